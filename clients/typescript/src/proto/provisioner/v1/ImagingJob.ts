// Original file: protos/provisioner/v1/imaging_resources.proto

import type { ImagingJobKind as _provisioner_v1_ImagingJobKind, ImagingJobKind__Output as _provisioner_v1_ImagingJobKind__Output } from '../../provisioner/v1/ImagingJobKind';
import type { ImagingJobState as _provisioner_v1_ImagingJobState, ImagingJobState__Output as _provisioner_v1_ImagingJobState__Output } from '../../provisioner/v1/ImagingJobState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

/**
 * An imaging job: one capture or one deploy on one host. It arms the host's
 * next network boot into the imaging environment, whose agent does the work
 * and reports its progress.
 */
export interface ImagingJob {
  /**
   * The resource name, `imagingJobs/{imaging_job}`. Output only.
   */
  'name'?: (string);
  /**
   * What the job does. Output only.
   */
  'kind'?: (_provisioner_v1_ImagingJobKind);
  /**
   * The host, `hosts/{host}`. Output only.
   */
  'host'?: (string);
  /**
   * The image captured or deployed, `images/{image}`. Output only.
   */
  'image'?: (string);
  /**
   * The state. Output only.
   */
  'state'?: (_provisioner_v1_ImagingJobState);
  /**
   * Bytes of the disk the agent has gone through. Output only.
   */
  'bytesDone'?: (number | string | Long);
  /**
   * The size of the disk. Output only.
   */
  'bytesTotal'?: (number | string | Long);
  /**
   * Bytes that crossed the network, compressed; what chunks the other side
   * already held did not travel. Output only.
   */
  'bytesTransferred'?: (number | string | Long);
  /**
   * Recent rate through the disk, bytes per second. Output only.
   */
  'rateBytesPerSecond'?: (number | string | Long);
  /**
   * Estimated seconds to the end at the recent rate; 0 when unknown.
   * Output only.
   */
  'etaSeconds'?: (number | string | Long);
  /**
   * The agent's or the server's last message, for example the reason of a
   * failure. Output only.
   */
  'message'?: (string);
  /**
   * The imaging environment the host boots, `operatingSystems/{...}`.
   * Output only.
   */
  'imagingEnvironment'?: (string);
  /**
   * When the job was created. Output only.
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * When the agent started it. Output only.
   */
  'startTime'?: (_google_protobuf_Timestamp | null);
  /**
   * When it ended. Output only.
   */
  'endTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * An imaging job: one capture or one deploy on one host. It arms the host's
 * next network boot into the imaging environment, whose agent does the work
 * and reports its progress.
 */
export interface ImagingJob__Output {
  /**
   * The resource name, `imagingJobs/{imaging_job}`. Output only.
   */
  'name': (string);
  /**
   * What the job does. Output only.
   */
  'kind': (_provisioner_v1_ImagingJobKind__Output);
  /**
   * The host, `hosts/{host}`. Output only.
   */
  'host': (string);
  /**
   * The image captured or deployed, `images/{image}`. Output only.
   */
  'image': (string);
  /**
   * The state. Output only.
   */
  'state': (_provisioner_v1_ImagingJobState__Output);
  /**
   * Bytes of the disk the agent has gone through. Output only.
   */
  'bytesDone': (string);
  /**
   * The size of the disk. Output only.
   */
  'bytesTotal': (string);
  /**
   * Bytes that crossed the network, compressed; what chunks the other side
   * already held did not travel. Output only.
   */
  'bytesTransferred': (string);
  /**
   * Recent rate through the disk, bytes per second. Output only.
   */
  'rateBytesPerSecond': (string);
  /**
   * Estimated seconds to the end at the recent rate; 0 when unknown.
   * Output only.
   */
  'etaSeconds': (string);
  /**
   * The agent's or the server's last message, for example the reason of a
   * failure. Output only.
   */
  'message': (string);
  /**
   * The imaging environment the host boots, `operatingSystems/{...}`.
   * Output only.
   */
  'imagingEnvironment': (string);
  /**
   * When the job was created. Output only.
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the agent started it. Output only.
   */
  'startTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it ended. Output only.
   */
  'endTime': (_google_protobuf_Timestamp__Output | null);
}

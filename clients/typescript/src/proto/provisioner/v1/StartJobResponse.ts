// Original file: protos/provisioner/v1/imaging_agent_service.proto

import type { ImagingJob as _provisioner_v1_ImagingJob, ImagingJob__Output as _provisioner_v1_ImagingJob__Output } from '../../provisioner/v1/ImagingJob';
import type { Long } from '@grpc/proto-loader';

/**
 * Response of ImagingAgentService.StartJob.
 */
export interface StartJobResponse {
  /**
   * The job.
   */
  'job'?: (_provisioner_v1_ImagingJob | null);
  /**
   * The chunk size, in bytes.
   */
  'chunkSizeBytes'?: (number);
  /**
   * The number of chunks in a manifest part (the last part may hold fewer).
   */
  'partSize'?: (number);
  /**
   * The size of the disk: for a deploy, the image's; the target disk must
   * be at least as large.
   */
  'sizeBytes'?: (number | string | Long);
  /**
   * For a deploy: the SHA-256 of the whole image, lower-case hex.
   */
  'sha256'?: (string);
  /**
   * The disk named by the job, or empty to let the agent pick.
   */
  'disk'?: (string);
}

/**
 * Response of ImagingAgentService.StartJob.
 */
export interface StartJobResponse__Output {
  /**
   * The job.
   */
  'job': (_provisioner_v1_ImagingJob__Output | null);
  /**
   * The chunk size, in bytes.
   */
  'chunkSizeBytes': (number);
  /**
   * The number of chunks in a manifest part (the last part may hold fewer).
   */
  'partSize': (number);
  /**
   * The size of the disk: for a deploy, the image's; the target disk must
   * be at least as large.
   */
  'sizeBytes': (string);
  /**
   * For a deploy: the SHA-256 of the whole image, lower-case hex.
   */
  'sha256': (string);
  /**
   * The disk named by the job, or empty to let the agent pick.
   */
  'disk': (string);
}

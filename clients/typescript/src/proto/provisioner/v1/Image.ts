// Original file: protos/provisioner/v1/imaging_resources.proto

import type { ImageState as _provisioner_v1_ImageState, ImageState__Output as _provisioner_v1_ImageState__Output } from '../../provisioner/v1/ImageState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

/**
 * A disk image: the bytes of a server's disk as captured, stored once per
 * distinct chunk and shared between images.
 */
export interface Image {
  /**
   * The resource name, `images/{image}`; the id is lower-case letters, digits
   * and hyphens, 1 to 63 characters, starting with a letter. Output only:
   * CaptureImage takes the id as image_id.
   */
  'name'?: (string);
  /**
   * A name for people, for example `web template 2026-12`.
   */
  'displayName'?: (string);
  /**
   * The state. Output only.
   */
  'state'?: (_provisioner_v1_ImageState);
  /**
   * The size of the disk in bytes. Output only.
   */
  'sizeBytes'?: (number | string | Long);
  /**
   * The SHA-256 of the whole disk, lower-case hex, as `sha256sum` prints it.
   * Output only; set once the image is ready.
   */
  'sha256'?: (string);
  /**
   * The host it was captured from, `hosts/{host}`. Output only.
   */
  'sourceHost'?: (string);
  /**
   * The operating system on the disk, `operatingSystems/{operating_system}`,
   * as the caller declared it. Optional.
   */
  'operatingSystem'?: (string);
  /**
   * The size of the chunks the disk was cut into, in bytes. Output only.
   */
  'chunkSizeBytes'?: (number);
  /**
   * How many chunks hold data; the others are all zeros and take no room.
   * Output only.
   */
  'dataChunkCount'?: (number | string | Long);
  /**
   * Labels, for the caller's own use.
   */
  'labels'?: ({[key: string]: string});
  /**
   * See OperatingSystem.etag. Output only.
   */
  'etag'?: (string);
  /**
   * When the capture began. Output only.
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * When the image last changed. Output only.
   */
  'updateTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * A disk image: the bytes of a server's disk as captured, stored once per
 * distinct chunk and shared between images.
 */
export interface Image__Output {
  /**
   * The resource name, `images/{image}`; the id is lower-case letters, digits
   * and hyphens, 1 to 63 characters, starting with a letter. Output only:
   * CaptureImage takes the id as image_id.
   */
  'name': (string);
  /**
   * A name for people, for example `web template 2026-12`.
   */
  'displayName': (string);
  /**
   * The state. Output only.
   */
  'state': (_provisioner_v1_ImageState__Output);
  /**
   * The size of the disk in bytes. Output only.
   */
  'sizeBytes': (string);
  /**
   * The SHA-256 of the whole disk, lower-case hex, as `sha256sum` prints it.
   * Output only; set once the image is ready.
   */
  'sha256': (string);
  /**
   * The host it was captured from, `hosts/{host}`. Output only.
   */
  'sourceHost': (string);
  /**
   * The operating system on the disk, `operatingSystems/{operating_system}`,
   * as the caller declared it. Optional.
   */
  'operatingSystem': (string);
  /**
   * The size of the chunks the disk was cut into, in bytes. Output only.
   */
  'chunkSizeBytes': (number);
  /**
   * How many chunks hold data; the others are all zeros and take no room.
   * Output only.
   */
  'dataChunkCount': (string);
  /**
   * Labels, for the caller's own use.
   */
  'labels': ({[key: string]: string});
  /**
   * See OperatingSystem.etag. Output only.
   */
  'etag': (string);
  /**
   * When the capture began. Output only.
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the image last changed. Output only.
   */
  'updateTime': (_google_protobuf_Timestamp__Output | null);
}

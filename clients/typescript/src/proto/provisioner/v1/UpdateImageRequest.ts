// Original file: protos/provisioner/v1/imaging_service.proto

import type { Image as _provisioner_v1_Image, Image__Output as _provisioner_v1_Image__Output } from '../../provisioner/v1/Image';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

/**
 * Request of ImagingService.UpdateImage.
 */
export interface UpdateImageRequest {
  /**
   * The image, its name set, with the new values of the fields in
   * update_mask; its etag, when set, makes the update conditional. Required.
   */
  'image'?: (_provisioner_v1_Image | null);
  /**
   * The fields to change: display_name, operating_system, labels. Required.
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ImagingService.UpdateImage.
 */
export interface UpdateImageRequest__Output {
  /**
   * The image, its name set, with the new values of the fields in
   * update_mask; its etag, when set, makes the update conditional. Required.
   */
  'image': (_provisioner_v1_Image__Output | null);
  /**
   * The fields to change: display_name, operating_system, labels. Required.
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

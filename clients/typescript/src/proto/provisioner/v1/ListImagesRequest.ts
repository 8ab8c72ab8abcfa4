// Original file: protos/provisioner/v1/imaging_service.proto

import type { ImageState as _provisioner_v1_ImageState, ImageState__Output as _provisioner_v1_ImageState__Output } from '../../provisioner/v1/ImageState';

/**
 * Request of ImagingService.ListImages.
 */
export interface ListImagesRequest {
  /**
   * See ListOperatingSystemsRequest.page_size.
   */
  'pageSize'?: (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken'?: (string);
  /**
   * Only images in this state.
   */
  'state'?: (_provisioner_v1_ImageState);
}

/**
 * Request of ImagingService.ListImages.
 */
export interface ListImagesRequest__Output {
  /**
   * See ListOperatingSystemsRequest.page_size.
   */
  'pageSize': (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken': (string);
  /**
   * Only images in this state.
   */
  'state': (_provisioner_v1_ImageState__Output);
}

// Original file: protos/provisioner/v1/imaging_service.proto

import type { Image as _provisioner_v1_Image, Image__Output as _provisioner_v1_Image__Output } from '../../provisioner/v1/Image';

/**
 * Response of ImagingService.ListImages.
 */
export interface ListImagesResponse {
  /**
   * The images, newest first.
   */
  'images'?: (_provisioner_v1_Image)[];
  /**
   * A token for the next page; empty when there are no more results.
   */
  'nextPageToken'?: (string);
}

/**
 * Response of ImagingService.ListImages.
 */
export interface ListImagesResponse__Output {
  /**
   * The images, newest first.
   */
  'images': (_provisioner_v1_Image__Output)[];
  /**
   * A token for the next page; empty when there are no more results.
   */
  'nextPageToken': (string);
}

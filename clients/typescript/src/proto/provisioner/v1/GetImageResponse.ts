// Original file: protos/provisioner/v1/imaging_service.proto

import type { Image as _provisioner_v1_Image, Image__Output as _provisioner_v1_Image__Output } from '../../provisioner/v1/Image';

/**
 * Response of ImagingService.GetImage.
 */
export interface GetImageResponse {
  /**
   * The image.
   */
  'image'?: (_provisioner_v1_Image | null);
}

/**
 * Response of ImagingService.GetImage.
 */
export interface GetImageResponse__Output {
  /**
   * The image.
   */
  'image': (_provisioner_v1_Image__Output | null);
}

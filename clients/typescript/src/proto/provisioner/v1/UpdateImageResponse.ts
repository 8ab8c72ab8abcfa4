// Original file: protos/provisioner/v1/imaging_service.proto

import type { Image as _provisioner_v1_Image, Image__Output as _provisioner_v1_Image__Output } from '../../provisioner/v1/Image';

/**
 * Response of ImagingService.UpdateImage.
 */
export interface UpdateImageResponse {
  /**
   * The image as updated.
   */
  'image'?: (_provisioner_v1_Image | null);
}

/**
 * Response of ImagingService.UpdateImage.
 */
export interface UpdateImageResponse__Output {
  /**
   * The image as updated.
   */
  'image': (_provisioner_v1_Image__Output | null);
}

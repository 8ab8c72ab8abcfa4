// Original file: protos/provisioner/v1/imaging_service.proto

import type { ImagingJob as _provisioner_v1_ImagingJob, ImagingJob__Output as _provisioner_v1_ImagingJob__Output } from '../../provisioner/v1/ImagingJob';
import type { Image as _provisioner_v1_Image, Image__Output as _provisioner_v1_Image__Output } from '../../provisioner/v1/Image';

/**
 * Response of ImagingService.CaptureImage.
 */
export interface CaptureImageResponse {
  /**
   * The job, armed.
   */
  'job'?: (_provisioner_v1_ImagingJob | null);
  /**
   * The image, CREATING.
   */
  'image'?: (_provisioner_v1_Image | null);
}

/**
 * Response of ImagingService.CaptureImage.
 */
export interface CaptureImageResponse__Output {
  /**
   * The job, armed.
   */
  'job': (_provisioner_v1_ImagingJob__Output | null);
  /**
   * The image, CREATING.
   */
  'image': (_provisioner_v1_Image__Output | null);
}

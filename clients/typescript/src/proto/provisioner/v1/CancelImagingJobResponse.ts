// Original file: protos/provisioner/v1/imaging_service.proto

import type { ImagingJob as _provisioner_v1_ImagingJob, ImagingJob__Output as _provisioner_v1_ImagingJob__Output } from '../../provisioner/v1/ImagingJob';

/**
 * Response of ImagingService.CancelImagingJob.
 */
export interface CancelImagingJobResponse {
  /**
   * The job, cancelled.
   */
  'job'?: (_provisioner_v1_ImagingJob | null);
}

/**
 * Response of ImagingService.CancelImagingJob.
 */
export interface CancelImagingJobResponse__Output {
  /**
   * The job, cancelled.
   */
  'job': (_provisioner_v1_ImagingJob__Output | null);
}

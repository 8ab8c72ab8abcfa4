// Original file: protos/provisioner/v1/imaging_service.proto

import type { ImagingJob as _provisioner_v1_ImagingJob, ImagingJob__Output as _provisioner_v1_ImagingJob__Output } from '../../provisioner/v1/ImagingJob';

/**
 * One message of ImagingService.WatchImagingJobs.
 */
export interface WatchImagingJobsResponse {
  /**
   * The job as it was at this change.
   */
  'job'?: (_provisioner_v1_ImagingJob | null);
  /**
   * The position of this message in the deployment's event log; pass it as
   * resume_cursor to resume after it. Opaque.
   */
  'cursor'?: (string);
}

/**
 * One message of ImagingService.WatchImagingJobs.
 */
export interface WatchImagingJobsResponse__Output {
  /**
   * The job as it was at this change.
   */
  'job': (_provisioner_v1_ImagingJob__Output | null);
  /**
   * The position of this message in the deployment's event log; pass it as
   * resume_cursor to resume after it. Opaque.
   */
  'cursor': (string);
}

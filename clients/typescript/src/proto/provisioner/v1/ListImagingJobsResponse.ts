// Original file: protos/provisioner/v1/imaging_service.proto

import type { ImagingJob as _provisioner_v1_ImagingJob, ImagingJob__Output as _provisioner_v1_ImagingJob__Output } from '../../provisioner/v1/ImagingJob';

/**
 * Response of ImagingService.ListImagingJobs.
 */
export interface ListImagingJobsResponse {
  /**
   * The jobs, newest first.
   */
  'jobs'?: (_provisioner_v1_ImagingJob)[];
  /**
   * A token for the next page; empty when there are no more results.
   */
  'nextPageToken'?: (string);
}

/**
 * Response of ImagingService.ListImagingJobs.
 */
export interface ListImagingJobsResponse__Output {
  /**
   * The jobs, newest first.
   */
  'jobs': (_provisioner_v1_ImagingJob__Output)[];
  /**
   * A token for the next page; empty when there are no more results.
   */
  'nextPageToken': (string);
}

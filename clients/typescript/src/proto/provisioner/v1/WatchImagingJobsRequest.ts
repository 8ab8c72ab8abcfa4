// Original file: protos/provisioner/v1/imaging_service.proto


/**
 * Request of ImagingService.WatchImagingJobs.
 */
export interface WatchImagingJobsRequest {
  /**
   * Only this job, `imagingJobs/{imaging_job}`. Unset: every job.
   */
  'job'?: (string);
  /**
   * The cursor of the last message received: the stream resumes right after
   * it. Unset: the stream starts with the next change.
   */
  'resumeCursor'?: (string);
}

/**
 * Request of ImagingService.WatchImagingJobs.
 */
export interface WatchImagingJobsRequest__Output {
  /**
   * Only this job, `imagingJobs/{imaging_job}`. Unset: every job.
   */
  'job': (string);
  /**
   * The cursor of the last message received: the stream resumes right after
   * it. Unset: the stream starts with the next change.
   */
  'resumeCursor': (string);
}

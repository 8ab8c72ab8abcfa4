// Original file: protos/provisioner/v1/imaging_service.proto


/**
 * Request of ImagingService.GetImagingJob.
 */
export interface GetImagingJobRequest {
  /**
   * The name, `imagingJobs/{imaging_job}`. Required.
   */
  'name'?: (string);
}

/**
 * Request of ImagingService.GetImagingJob.
 */
export interface GetImagingJobRequest__Output {
  /**
   * The name, `imagingJobs/{imaging_job}`. Required.
   */
  'name': (string);
}

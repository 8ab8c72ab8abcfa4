// Original file: protos/provisioner/v1/imaging_service.proto


/**
 * Request of ImagingService.CancelImagingJob.
 */
export interface CancelImagingJobRequest {
  /**
   * The name, `imagingJobs/{imaging_job}`. Required.
   */
  'name'?: (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ImagingService.CancelImagingJob.
 */
export interface CancelImagingJobRequest__Output {
  /**
   * The name, `imagingJobs/{imaging_job}`. Required.
   */
  'name': (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

// Original file: protos/provisioner/v1/imaging_agent_service.proto


/**
 * Request of ImagingAgentService.FailJob.
 */
export interface FailJobRequest {
  /**
   * Why, for people: it becomes the job's message. Required.
   */
  'message'?: (string);
}

/**
 * Request of ImagingAgentService.FailJob.
 */
export interface FailJobRequest__Output {
  /**
   * Why, for people: it becomes the job's message. Required.
   */
  'message': (string);
}

// Original file: protos/provisioner/v1/imaging_agent_service.proto


/**
 * Response of ImagingAgentService.FailJob.
 */
export interface FailJobResponse {
}

/**
 * Response of ImagingAgentService.FailJob.
 */
export interface FailJobResponse__Output {
}

// Original file: protos/provisioner/v1/imaging_agent_service.proto


/**
 * Response of ImagingAgentService.ReportProgress.
 */
export interface ReportProgressResponse {
}

/**
 * Response of ImagingAgentService.ReportProgress.
 */
export interface ReportProgressResponse__Output {
}

// Original file: protos/provisioner/v1/imaging_agent_service.proto


/**
 * Response of ImagingAgentService.UploadChunks.
 */
export interface UploadChunksResponse {
}

/**
 * Response of ImagingAgentService.UploadChunks.
 */
export interface UploadChunksResponse__Output {
}

// Original file: protos/provisioner/v1/imaging_agent_service.proto


/**
 * Request of ImagingAgentService.DownloadChunks.
 */
export interface DownloadChunksRequest {
  /**
   * The digests of the chunks wanted, in order.
   */
  'digests'?: (Buffer | Uint8Array | string)[];
}

/**
 * Request of ImagingAgentService.DownloadChunks.
 */
export interface DownloadChunksRequest__Output {
  /**
   * The digests of the chunks wanted, in order.
   */
  'digests': (Buffer)[];
}

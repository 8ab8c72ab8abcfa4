// Original file: protos/provisioner/v1/imaging_agent_service.proto


/**
 * Response of ImagingAgentService.OfferChunks.
 */
export interface OfferChunksResponse {
  /**
   * The positions within the part of the chunks to upload, ascending.
   */
  'missing'?: (number)[];
}

/**
 * Response of ImagingAgentService.OfferChunks.
 */
export interface OfferChunksResponse__Output {
  /**
   * The positions within the part of the chunks to upload, ascending.
   */
  'missing': (number)[];
}

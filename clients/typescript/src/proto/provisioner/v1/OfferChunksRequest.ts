// Original file: protos/provisioner/v1/imaging_agent_service.proto


/**
 * Request of ImagingAgentService.OfferChunks.
 */
export interface OfferChunksRequest {
  /**
   * The part of the manifest, from 0. Required.
   */
  'part'?: (number);
  /**
   * The digests of the part's chunks, in order; empty for a hole. Every
   * part but the last holds part_size of them. Required.
   */
  'digests'?: (Buffer | Uint8Array | string)[];
}

/**
 * Request of ImagingAgentService.OfferChunks.
 */
export interface OfferChunksRequest__Output {
  /**
   * The part of the manifest, from 0. Required.
   */
  'part': (number);
  /**
   * The digests of the part's chunks, in order; empty for a hole. Every
   * part but the last holds part_size of them. Required.
   */
  'digests': (Buffer)[];
}

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
   * part but the last holds part_size of them. Required unless fingerprints
   * are given instead.
   */
  'digests'?: (Buffer | Uint8Array | string)[];
  /**
   * The BLAKE3 fingerprints of the part's chunks, in order, 32 bytes each;
   * empty for a hole. Instead of digests: the server looks up the chunks it
   * learnt these fingerprints of. The chunks it lacks are uploaded as usual,
   * named by their SHA-256.
   */
  'fingerprints'?: (Buffer | Uint8Array | string)[];
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
   * part but the last holds part_size of them. Required unless fingerprints
   * are given instead.
   */
  'digests': (Buffer)[];
  /**
   * The BLAKE3 fingerprints of the part's chunks, in order, 32 bytes each;
   * empty for a hole. Instead of digests: the server looks up the chunks it
   * learnt these fingerprints of. The chunks it lacks are uploaded as usual,
   * named by their SHA-256.
   */
  'fingerprints': (Buffer)[];
}

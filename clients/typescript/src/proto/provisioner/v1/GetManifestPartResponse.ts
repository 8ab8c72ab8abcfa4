// Original file: protos/provisioner/v1/imaging_agent_service.proto


/**
 * Response of ImagingAgentService.GetManifestPart.
 */
export interface GetManifestPartResponse {
  /**
   * The digests of the part's chunks, in order; empty for a hole.
   */
  'digests'?: (Buffer | Uint8Array | string)[];
  /**
   * The BLAKE3 fingerprints of the same chunks, in the same order, as the
   * server computed them from the chunks' bytes; empty for a hole, and for a
   * chunk the server never computed one of. An agent may check a chunk
   * against its fingerprint rather than its digest, several times faster.
   */
  'fingerprints'?: (Buffer | Uint8Array | string)[];
}

/**
 * Response of ImagingAgentService.GetManifestPart.
 */
export interface GetManifestPartResponse__Output {
  /**
   * The digests of the part's chunks, in order; empty for a hole.
   */
  'digests': (Buffer)[];
  /**
   * The BLAKE3 fingerprints of the same chunks, in the same order, as the
   * server computed them from the chunks' bytes; empty for a hole, and for a
   * chunk the server never computed one of. An agent may check a chunk
   * against its fingerprint rather than its digest, several times faster.
   */
  'fingerprints': (Buffer)[];
}

// Original file: protos/provisioner/v1/imaging_agent_service.proto


/**
 * Response of ImagingAgentService.GetManifestPart.
 */
export interface GetManifestPartResponse {
  /**
   * The digests of the part's chunks, in order; empty for a hole.
   */
  'digests'?: (Buffer | Uint8Array | string)[];
}

/**
 * Response of ImagingAgentService.GetManifestPart.
 */
export interface GetManifestPartResponse__Output {
  /**
   * The digests of the part's chunks, in order; empty for a hole.
   */
  'digests': (Buffer)[];
}

// Original file: protos/provisioner/v1/imaging_agent_service.proto


/**
 * Request of ImagingAgentService.FinishJob.
 */
export interface FinishJobRequest {
  /**
   * The SHA-256 of the whole disk as read (capture) or as written (deploy),
   * lower-case hex. Required for a deploy; a capture may leave it empty (see
   * FinishJob).
   */
  'sha256'?: (string);
  /**
   * For a capture: the SHA-256 of the manifest as offered, each chunk's
   * digest or fingerprint (as its part was offered) in order joined
   * together, a hole counting as 32 zero bytes. Required then.
   */
  'manifestDigest'?: (Buffer | Uint8Array | string);
}

/**
 * Request of ImagingAgentService.FinishJob.
 */
export interface FinishJobRequest__Output {
  /**
   * The SHA-256 of the whole disk as read (capture) or as written (deploy),
   * lower-case hex. Required for a deploy; a capture may leave it empty (see
   * FinishJob).
   */
  'sha256': (string);
  /**
   * For a capture: the SHA-256 of the manifest as offered, each chunk's
   * digest or fingerprint (as its part was offered) in order joined
   * together, a hole counting as 32 zero bytes. Required then.
   */
  'manifestDigest': (Buffer);
}

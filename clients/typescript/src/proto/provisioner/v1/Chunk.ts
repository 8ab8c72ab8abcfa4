// Original file: protos/provisioner/v1/imaging_agent_service.proto


/**
 * A chunk in transit.
 */
export interface Chunk {
  /**
   * The SHA-256 of the chunk's bytes, 32 bytes. An upload may leave it empty
   * and give the fingerprint instead.
   */
  'digest'?: (Buffer | Uint8Array | string);
  /**
   * The chunk's bytes compressed as one zstandard frame.
   */
  'data'?: (Buffer | Uint8Array | string);
  /**
   * In an upload only: the BLAKE3 of the chunk's bytes, 32 bytes, as the
   * capture offered it. The server checks the bytes against it and computes
   * the digest itself when the digest is empty. (A download's fingerprints
   * come with the manifest part.)
   */
  'fingerprint'?: (Buffer | Uint8Array | string);
}

/**
 * A chunk in transit.
 */
export interface Chunk__Output {
  /**
   * The SHA-256 of the chunk's bytes, 32 bytes. An upload may leave it empty
   * and give the fingerprint instead.
   */
  'digest': (Buffer);
  /**
   * The chunk's bytes compressed as one zstandard frame.
   */
  'data': (Buffer);
  /**
   * In an upload only: the BLAKE3 of the chunk's bytes, 32 bytes, as the
   * capture offered it. The server checks the bytes against it and computes
   * the digest itself when the digest is empty. (A download's fingerprints
   * come with the manifest part.)
   */
  'fingerprint': (Buffer);
}

// Original file: protos/provisioner/v1/imaging_agent_service.proto


/**
 * A chunk in transit.
 */
export interface Chunk {
  /**
   * The SHA-256 of the chunk's bytes, 32 bytes.
   */
  'digest'?: (Buffer | Uint8Array | string);
  /**
   * The chunk's bytes compressed as one zstandard frame.
   */
  'data'?: (Buffer | Uint8Array | string);
}

/**
 * A chunk in transit.
 */
export interface Chunk__Output {
  /**
   * The SHA-256 of the chunk's bytes, 32 bytes.
   */
  'digest': (Buffer);
  /**
   * The chunk's bytes compressed as one zstandard frame.
   */
  'data': (Buffer);
}

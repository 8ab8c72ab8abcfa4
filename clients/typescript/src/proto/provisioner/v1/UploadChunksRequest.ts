// Original file: protos/provisioner/v1/imaging_agent_service.proto

import type { Chunk as _provisioner_v1_Chunk, Chunk__Output as _provisioner_v1_Chunk__Output } from '../../provisioner/v1/Chunk';

/**
 * Request of ImagingAgentService.UploadChunks.
 */
export interface UploadChunksRequest {
  /**
   * The chunks; up to the server's message size limit in all.
   */
  'chunks'?: (_provisioner_v1_Chunk)[];
}

/**
 * Request of ImagingAgentService.UploadChunks.
 */
export interface UploadChunksRequest__Output {
  /**
   * The chunks; up to the server's message size limit in all.
   */
  'chunks': (_provisioner_v1_Chunk__Output)[];
}

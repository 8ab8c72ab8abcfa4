// Original file: protos/provisioner/v1/imaging_agent_service.proto

import type { Chunk as _provisioner_v1_Chunk, Chunk__Output as _provisioner_v1_Chunk__Output } from '../../provisioner/v1/Chunk';

/**
 * Response of ImagingAgentService.DownloadChunks.
 */
export interface DownloadChunksResponse {
  /**
   * The first chunks asked for, in order: at least one.
   */
  'chunks'?: (_provisioner_v1_Chunk)[];
}

/**
 * Response of ImagingAgentService.DownloadChunks.
 */
export interface DownloadChunksResponse__Output {
  /**
   * The first chunks asked for, in order: at least one.
   */
  'chunks': (_provisioner_v1_Chunk__Output)[];
}

// Original file: protos/provisioner/v1/imaging_agent_service.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Request of ImagingAgentService.StartJob.
 */
export interface StartJobRequest {
  /**
   * For a capture: the size of the disk, in bytes, which the capture needs
   * before it offers chunks. 0 only asks what the job is.
   */
  'diskSizeBytes'?: (number | string | Long);
}

/**
 * Request of ImagingAgentService.StartJob.
 */
export interface StartJobRequest__Output {
  /**
   * For a capture: the size of the disk, in bytes, which the capture needs
   * before it offers chunks. 0 only asks what the job is.
   */
  'diskSizeBytes': (string);
}

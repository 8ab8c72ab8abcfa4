// Original file: protos/provisioner/v1/imaging_agent_service.proto

import type { ImagingJob as _provisioner_v1_ImagingJob, ImagingJob__Output as _provisioner_v1_ImagingJob__Output } from '../../provisioner/v1/ImagingJob';

/**
 * Response of ImagingAgentService.FinishJob.
 */
export interface FinishJobResponse {
  /**
   * The job, succeeded.
   */
  'job'?: (_provisioner_v1_ImagingJob | null);
  /**
   * The SHA-256 of the whole disk as the server recorded it, lower-case hex.
   */
  'sha256'?: (string);
}

/**
 * Response of ImagingAgentService.FinishJob.
 */
export interface FinishJobResponse__Output {
  /**
   * The job, succeeded.
   */
  'job': (_provisioner_v1_ImagingJob__Output | null);
  /**
   * The SHA-256 of the whole disk as the server recorded it, lower-case hex.
   */
  'sha256': (string);
}

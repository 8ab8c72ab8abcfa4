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
}

/**
 * Response of ImagingAgentService.FinishJob.
 */
export interface FinishJobResponse__Output {
  /**
   * The job, succeeded.
   */
  'job': (_provisioner_v1_ImagingJob__Output | null);
}

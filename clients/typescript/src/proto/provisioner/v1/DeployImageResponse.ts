// Original file: protos/provisioner/v1/imaging_service.proto

import type { ImagingJob as _provisioner_v1_ImagingJob, ImagingJob__Output as _provisioner_v1_ImagingJob__Output } from '../../provisioner/v1/ImagingJob';

/**
 * Response of ImagingService.DeployImage.
 */
export interface DeployImageResponse {
  /**
   * One job per host, in the order of the request.
   */
  'jobs'?: (_provisioner_v1_ImagingJob)[];
}

/**
 * Response of ImagingService.DeployImage.
 */
export interface DeployImageResponse__Output {
  /**
   * One job per host, in the order of the request.
   */
  'jobs': (_provisioner_v1_ImagingJob__Output)[];
}

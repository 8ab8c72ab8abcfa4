// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Provisioning as _provisioner_v1_Provisioning, Provisioning__Output as _provisioner_v1_Provisioning__Output } from '../../provisioner/v1/Provisioning';

/**
 * Response of ProvisioningService.GetProvisioning.
 */
export interface GetProvisioningResponse {
  /**
   * The provisioning.
   */
  'provisioning'?: (_provisioner_v1_Provisioning | null);
}

/**
 * Response of ProvisioningService.GetProvisioning.
 */
export interface GetProvisioningResponse__Output {
  /**
   * The provisioning.
   */
  'provisioning': (_provisioner_v1_Provisioning__Output | null);
}

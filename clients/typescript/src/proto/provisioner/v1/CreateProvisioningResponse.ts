// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Provisioning as _provisioner_v1_Provisioning, Provisioning__Output as _provisioner_v1_Provisioning__Output } from '../../provisioner/v1/Provisioning';

/**
 * Response of ProvisioningService.CreateProvisioning.
 */
export interface CreateProvisioningResponse {
  /**
   * The provisioning, armed.
   */
  'provisioning'?: (_provisioner_v1_Provisioning | null);
}

/**
 * Response of ProvisioningService.CreateProvisioning.
 */
export interface CreateProvisioningResponse__Output {
  /**
   * The provisioning, armed.
   */
  'provisioning': (_provisioner_v1_Provisioning__Output | null);
}

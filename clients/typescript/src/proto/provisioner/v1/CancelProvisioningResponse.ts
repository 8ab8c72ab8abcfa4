// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Provisioning as _provisioner_v1_Provisioning, Provisioning__Output as _provisioner_v1_Provisioning__Output } from '../../provisioner/v1/Provisioning';

/**
 * Response of ProvisioningService.CancelProvisioning.
 */
export interface CancelProvisioningResponse {
  /**
   * The provisioning, cancelled.
   */
  'provisioning'?: (_provisioner_v1_Provisioning | null);
}

/**
 * Response of ProvisioningService.CancelProvisioning.
 */
export interface CancelProvisioningResponse__Output {
  /**
   * The provisioning, cancelled.
   */
  'provisioning': (_provisioner_v1_Provisioning__Output | null);
}

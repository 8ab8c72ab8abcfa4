// Original file: protos/provisioner/v1/provisioning_service.proto

import type { OperatingSystem as _provisioner_v1_OperatingSystem, OperatingSystem__Output as _provisioner_v1_OperatingSystem__Output } from '../../provisioner/v1/OperatingSystem';

/**
 * Response of ProvisioningService.UpdateOperatingSystem.
 */
export interface UpdateOperatingSystemResponse {
  /**
   * The operating system as updated.
   */
  'operatingSystem'?: (_provisioner_v1_OperatingSystem | null);
}

/**
 * Response of ProvisioningService.UpdateOperatingSystem.
 */
export interface UpdateOperatingSystemResponse__Output {
  /**
   * The operating system as updated.
   */
  'operatingSystem': (_provisioner_v1_OperatingSystem__Output | null);
}

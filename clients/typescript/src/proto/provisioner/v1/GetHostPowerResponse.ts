// Original file: protos/provisioner/v1/provisioning_service.proto

import type { PowerState as _provisioner_v1_PowerState, PowerState__Output as _provisioner_v1_PowerState__Output } from '../../provisioner/v1/PowerState';

/**
 * Response of ProvisioningService.GetHostPower.
 */
export interface GetHostPowerResponse {
  /**
   * The power state the BMC reported.
   */
  'powerState'?: (_provisioner_v1_PowerState);
}

/**
 * Response of ProvisioningService.GetHostPower.
 */
export interface GetHostPowerResponse__Output {
  /**
   * The power state the BMC reported.
   */
  'powerState': (_provisioner_v1_PowerState__Output);
}

// Original file: protos/provisioner/v1/provisioning_service.proto

import type { PowerAction as _provisioner_v1_PowerAction, PowerAction__Output as _provisioner_v1_PowerAction__Output } from '../../provisioner/v1/PowerAction';

/**
 * Request of ProvisioningService.SetHostPower.
 */
export interface SetHostPowerRequest {
  /**
   * The host, `hosts/{host}`. Required.
   */
  'name'?: (string);
  /**
   * What to do. Required.
   */
  'action'?: (_provisioner_v1_PowerAction);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ProvisioningService.SetHostPower.
 */
export interface SetHostPowerRequest__Output {
  /**
   * The host, `hosts/{host}`. Required.
   */
  'name': (string);
  /**
   * What to do. Required.
   */
  'action': (_provisioner_v1_PowerAction__Output);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

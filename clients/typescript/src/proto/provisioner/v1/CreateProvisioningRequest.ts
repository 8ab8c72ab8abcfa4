// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Provisioning as _provisioner_v1_Provisioning, Provisioning__Output as _provisioner_v1_Provisioning__Output } from '../../provisioner/v1/Provisioning';

/**
 * Request of ProvisioningService.CreateProvisioning.
 */
export interface CreateProvisioningRequest {
  /**
   * The host, `hosts/{host}`. Required.
   */
  'parent'?: (string);
  /**
   * The provisioning to arm. Required.
   */
  'provisioning'?: (_provisioner_v1_Provisioning | null);
  /**
   * Also set the host's next boot to the network and power-cycle it through
   * its BMC.
   */
  'powerCycle'?: (boolean);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ProvisioningService.CreateProvisioning.
 */
export interface CreateProvisioningRequest__Output {
  /**
   * The host, `hosts/{host}`. Required.
   */
  'parent': (string);
  /**
   * The provisioning to arm. Required.
   */
  'provisioning': (_provisioner_v1_Provisioning__Output | null);
  /**
   * Also set the host's next boot to the network and power-cycle it through
   * its BMC.
   */
  'powerCycle': (boolean);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Provisioning as _provisioner_v1_Provisioning, Provisioning__Output as _provisioner_v1_Provisioning__Output } from '../../provisioner/v1/Provisioning';

/**
 * Request of ProvisioningService.PreviewProvisioning.
 */
export interface PreviewProvisioningRequest {
  /**
   * The host, `hosts/{host}`. Required.
   */
  'parent'?: (string);
  /**
   * The provisioning as it would be created. Required.
   */
  'provisioning'?: (_provisioner_v1_Provisioning | null);
}

/**
 * Request of ProvisioningService.PreviewProvisioning.
 */
export interface PreviewProvisioningRequest__Output {
  /**
   * The host, `hosts/{host}`. Required.
   */
  'parent': (string);
  /**
   * The provisioning as it would be created. Required.
   */
  'provisioning': (_provisioner_v1_Provisioning__Output | null);
}

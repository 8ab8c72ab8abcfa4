// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Host as _provisioner_v1_Host, Host__Output as _provisioner_v1_Host__Output } from '../../provisioner/v1/Host';

/**
 * Response of ProvisioningService.UpdateHost.
 */
export interface UpdateHostResponse {
  /**
   * The host as updated.
   */
  'host'?: (_provisioner_v1_Host | null);
}

/**
 * Response of ProvisioningService.UpdateHost.
 */
export interface UpdateHostResponse__Output {
  /**
   * The host as updated.
   */
  'host': (_provisioner_v1_Host__Output | null);
}

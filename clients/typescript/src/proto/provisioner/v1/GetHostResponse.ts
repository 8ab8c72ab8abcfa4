// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Host as _provisioner_v1_Host, Host__Output as _provisioner_v1_Host__Output } from '../../provisioner/v1/Host';

/**
 * Response of ProvisioningService.GetHost.
 */
export interface GetHostResponse {
  /**
   * The host.
   */
  'host'?: (_provisioner_v1_Host | null);
}

/**
 * Response of ProvisioningService.GetHost.
 */
export interface GetHostResponse__Output {
  /**
   * The host.
   */
  'host': (_provisioner_v1_Host__Output | null);
}

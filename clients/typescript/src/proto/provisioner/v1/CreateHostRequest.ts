// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Host as _provisioner_v1_Host, Host__Output as _provisioner_v1_Host__Output } from '../../provisioner/v1/Host';

/**
 * Request of ProvisioningService.CreateHost.
 */
export interface CreateHostRequest {
  /**
   * The host to create. Required.
   */
  'host'?: (_provisioner_v1_Host | null);
  /**
   * The id of the new host; see
   * CreateOperatingSystemRequest.operating_system_id. Required.
   */
  'hostId'?: (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ProvisioningService.CreateHost.
 */
export interface CreateHostRequest__Output {
  /**
   * The host to create. Required.
   */
  'host': (_provisioner_v1_Host__Output | null);
  /**
   * The id of the new host; see
   * CreateOperatingSystemRequest.operating_system_id. Required.
   */
  'hostId': (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Host as _provisioner_v1_Host, Host__Output as _provisioner_v1_Host__Output } from '../../provisioner/v1/Host';

/**
 * Response of ProvisioningService.ListHosts.
 */
export interface ListHostsResponse {
  /**
   * The hosts, oldest first.
   */
  'hosts'?: (_provisioner_v1_Host)[];
  /**
   * A token for the next page; empty when there are no more results.
   */
  'nextPageToken'?: (string);
}

/**
 * Response of ProvisioningService.ListHosts.
 */
export interface ListHostsResponse__Output {
  /**
   * The hosts, oldest first.
   */
  'hosts': (_provisioner_v1_Host__Output)[];
  /**
   * A token for the next page; empty when there are no more results.
   */
  'nextPageToken': (string);
}

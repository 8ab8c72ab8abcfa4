// Original file: protos/provisioner/v1/provisioning_service.proto

import type { OperatingSystem as _provisioner_v1_OperatingSystem, OperatingSystem__Output as _provisioner_v1_OperatingSystem__Output } from '../../provisioner/v1/OperatingSystem';

/**
 * Response of ProvisioningService.ListOperatingSystems.
 */
export interface ListOperatingSystemsResponse {
  /**
   * The operating systems, oldest first.
   */
  'operatingSystems'?: (_provisioner_v1_OperatingSystem)[];
  /**
   * A token for the next page; empty when there are no more results.
   */
  'nextPageToken'?: (string);
}

/**
 * Response of ProvisioningService.ListOperatingSystems.
 */
export interface ListOperatingSystemsResponse__Output {
  /**
   * The operating systems, oldest first.
   */
  'operatingSystems': (_provisioner_v1_OperatingSystem__Output)[];
  /**
   * A token for the next page; empty when there are no more results.
   */
  'nextPageToken': (string);
}

// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Provisioning as _provisioner_v1_Provisioning, Provisioning__Output as _provisioner_v1_Provisioning__Output } from '../../provisioner/v1/Provisioning';

/**
 * Response of ProvisioningService.ListProvisionings.
 */
export interface ListProvisioningsResponse {
  /**
   * The provisionings, newest first.
   */
  'provisionings'?: (_provisioner_v1_Provisioning)[];
  /**
   * A token for the next page; empty when there are no more results.
   */
  'nextPageToken'?: (string);
}

/**
 * Response of ProvisioningService.ListProvisionings.
 */
export interface ListProvisioningsResponse__Output {
  /**
   * The provisionings, newest first.
   */
  'provisionings': (_provisioner_v1_Provisioning__Output)[];
  /**
   * A token for the next page; empty when there are no more results.
   */
  'nextPageToken': (string);
}

// Original file: protos/provisioner/v1/provisioning_service.proto

import type { ProvisioningState as _provisioner_v1_ProvisioningState, ProvisioningState__Output as _provisioner_v1_ProvisioningState__Output } from '../../provisioner/v1/ProvisioningState';

/**
 * Request of ProvisioningService.ListProvisionings.
 */
export interface ListProvisioningsRequest {
  /**
   * The host, `hosts/{host}`, or `hosts/-` for every host. Required.
   */
  'parent'?: (string);
  /**
   * See ListOperatingSystemsRequest.page_size.
   */
  'pageSize'?: (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken'?: (string);
  /**
   * Only provisionings in this state.
   */
  'state'?: (_provisioner_v1_ProvisioningState);
}

/**
 * Request of ProvisioningService.ListProvisionings.
 */
export interface ListProvisioningsRequest__Output {
  /**
   * The host, `hosts/{host}`, or `hosts/-` for every host. Required.
   */
  'parent': (string);
  /**
   * See ListOperatingSystemsRequest.page_size.
   */
  'pageSize': (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken': (string);
  /**
   * Only provisionings in this state.
   */
  'state': (_provisioner_v1_ProvisioningState__Output);
}

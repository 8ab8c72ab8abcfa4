// Original file: protos/provisioner/v1/provisioning_service.proto

import type { ProvisioningState as _provisioner_v1_ProvisioningState, ProvisioningState__Output as _provisioner_v1_ProvisioningState__Output } from '../../provisioner/v1/ProvisioningState';

/**
 * Request of ProvisioningService.ListHosts.
 */
export interface ListHostsRequest {
  /**
   * See ListOperatingSystemsRequest.page_size.
   */
  'pageSize'?: (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken'?: (string);
  /**
   * Only the host with this MAC address, in any accepted notation.
   */
  'macAddress'?: (string);
  /**
   * Only hosts carrying every one of these labels, each `key=value`.
   */
  'labels'?: (string)[];
  /**
   * Only hosts whose latest provisioning is in this state.
   */
  'provisioningState'?: (_provisioner_v1_ProvisioningState);
}

/**
 * Request of ProvisioningService.ListHosts.
 */
export interface ListHostsRequest__Output {
  /**
   * See ListOperatingSystemsRequest.page_size.
   */
  'pageSize': (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken': (string);
  /**
   * Only the host with this MAC address, in any accepted notation.
   */
  'macAddress': (string);
  /**
   * Only hosts carrying every one of these labels, each `key=value`.
   */
  'labels': (string)[];
  /**
   * Only hosts whose latest provisioning is in this state.
   */
  'provisioningState': (_provisioner_v1_ProvisioningState__Output);
}

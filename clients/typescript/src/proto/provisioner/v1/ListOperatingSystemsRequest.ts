// Original file: protos/provisioner/v1/provisioning_service.proto

import type { OperatingSystemFamily as _provisioner_v1_OperatingSystemFamily, OperatingSystemFamily__Output as _provisioner_v1_OperatingSystemFamily__Output } from '../../provisioner/v1/OperatingSystemFamily';

/**
 * Request of ProvisioningService.ListOperatingSystems.
 */
export interface ListOperatingSystemsRequest {
  /**
   * The maximum number of results. 0 means 100; values above 1000 are
   * lowered to 1000; negative values are INVALID_ARGUMENT.
   */
  'pageSize'?: (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken'?: (string);
  /**
   * Only operating systems of this family.
   */
  'family'?: (_provisioner_v1_OperatingSystemFamily);
}

/**
 * Request of ProvisioningService.ListOperatingSystems.
 */
export interface ListOperatingSystemsRequest__Output {
  /**
   * The maximum number of results. 0 means 100; values above 1000 are
   * lowered to 1000; negative values are INVALID_ARGUMENT.
   */
  'pageSize': (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken': (string);
  /**
   * Only operating systems of this family.
   */
  'family': (_provisioner_v1_OperatingSystemFamily__Output);
}

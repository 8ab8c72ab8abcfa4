// Original file: protos/provisioner/v1/provisioning_service.proto

import type { InstallerKind as _provisioner_v1_InstallerKind, InstallerKind__Output as _provisioner_v1_InstallerKind__Output } from '../../provisioner/v1/InstallerKind';

/**
 * Request of ProvisioningService.ListTemplates.
 */
export interface ListTemplatesRequest {
  /**
   * See ListOperatingSystemsRequest.page_size.
   */
  'pageSize'?: (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken'?: (string);
  /**
   * Only templates of this installer kind.
   */
  'installerKind'?: (_provisioner_v1_InstallerKind);
}

/**
 * Request of ProvisioningService.ListTemplates.
 */
export interface ListTemplatesRequest__Output {
  /**
   * See ListOperatingSystemsRequest.page_size.
   */
  'pageSize': (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken': (string);
  /**
   * Only templates of this installer kind.
   */
  'installerKind': (_provisioner_v1_InstallerKind__Output);
}

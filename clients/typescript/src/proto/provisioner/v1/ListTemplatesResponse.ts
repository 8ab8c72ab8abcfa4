// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Template as _provisioner_v1_Template, Template__Output as _provisioner_v1_Template__Output } from '../../provisioner/v1/Template';

/**
 * Response of ProvisioningService.ListTemplates.
 */
export interface ListTemplatesResponse {
  /**
   * The templates, oldest first.
   */
  'templates'?: (_provisioner_v1_Template)[];
  /**
   * A token for the next page; empty when there are no more results.
   */
  'nextPageToken'?: (string);
}

/**
 * Response of ProvisioningService.ListTemplates.
 */
export interface ListTemplatesResponse__Output {
  /**
   * The templates, oldest first.
   */
  'templates': (_provisioner_v1_Template__Output)[];
  /**
   * A token for the next page; empty when there are no more results.
   */
  'nextPageToken': (string);
}

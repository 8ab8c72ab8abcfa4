// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Template as _provisioner_v1_Template, Template__Output as _provisioner_v1_Template__Output } from '../../provisioner/v1/Template';

/**
 * Response of ProvisioningService.GetTemplate.
 */
export interface GetTemplateResponse {
  /**
   * The template.
   */
  'template'?: (_provisioner_v1_Template | null);
}

/**
 * Response of ProvisioningService.GetTemplate.
 */
export interface GetTemplateResponse__Output {
  /**
   * The template.
   */
  'template': (_provisioner_v1_Template__Output | null);
}

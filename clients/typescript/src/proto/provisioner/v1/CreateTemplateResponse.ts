// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Template as _provisioner_v1_Template, Template__Output as _provisioner_v1_Template__Output } from '../../provisioner/v1/Template';

/**
 * Response of ProvisioningService.CreateTemplate.
 */
export interface CreateTemplateResponse {
  /**
   * The template as created.
   */
  'template'?: (_provisioner_v1_Template | null);
}

/**
 * Response of ProvisioningService.CreateTemplate.
 */
export interface CreateTemplateResponse__Output {
  /**
   * The template as created.
   */
  'template': (_provisioner_v1_Template__Output | null);
}

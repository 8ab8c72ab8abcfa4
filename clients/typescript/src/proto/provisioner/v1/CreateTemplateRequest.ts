// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Template as _provisioner_v1_Template, Template__Output as _provisioner_v1_Template__Output } from '../../provisioner/v1/Template';

/**
 * Request of ProvisioningService.CreateTemplate.
 */
export interface CreateTemplateRequest {
  /**
   * The template to create. Required.
   */
  'template'?: (_provisioner_v1_Template | null);
  /**
   * The id of the new template; see
   * CreateOperatingSystemRequest.operating_system_id. Required.
   */
  'templateId'?: (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ProvisioningService.CreateTemplate.
 */
export interface CreateTemplateRequest__Output {
  /**
   * The template to create. Required.
   */
  'template': (_provisioner_v1_Template__Output | null);
  /**
   * The id of the new template; see
   * CreateOperatingSystemRequest.operating_system_id. Required.
   */
  'templateId': (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Request of ProvisioningService.GetTemplate.
 */
export interface GetTemplateRequest {
  /**
   * The name, `templates/{template}`. Required.
   */
  'name'?: (string);
}

/**
 * Request of ProvisioningService.GetTemplate.
 */
export interface GetTemplateRequest__Output {
  /**
   * The name, `templates/{template}`. Required.
   */
  'name': (string);
}

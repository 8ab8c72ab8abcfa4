// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Request of ProvisioningService.GetProvisioning.
 */
export interface GetProvisioningRequest {
  /**
   * The name, `hosts/{host}/provisionings/{provisioning}`. Required.
   */
  'name'?: (string);
}

/**
 * Request of ProvisioningService.GetProvisioning.
 */
export interface GetProvisioningRequest__Output {
  /**
   * The name, `hosts/{host}/provisionings/{provisioning}`. Required.
   */
  'name': (string);
}

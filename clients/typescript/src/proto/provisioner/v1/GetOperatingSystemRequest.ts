// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Request of ProvisioningService.GetOperatingSystem.
 */
export interface GetOperatingSystemRequest {
  /**
   * The name, `operatingSystems/{operating_system}`. Required.
   */
  'name'?: (string);
}

/**
 * Request of ProvisioningService.GetOperatingSystem.
 */
export interface GetOperatingSystemRequest__Output {
  /**
   * The name, `operatingSystems/{operating_system}`. Required.
   */
  'name': (string);
}

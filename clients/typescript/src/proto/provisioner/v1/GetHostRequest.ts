// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Request of ProvisioningService.GetHost.
 */
export interface GetHostRequest {
  /**
   * The name, `hosts/{host}`. Required.
   */
  'name'?: (string);
}

/**
 * Request of ProvisioningService.GetHost.
 */
export interface GetHostRequest__Output {
  /**
   * The name, `hosts/{host}`. Required.
   */
  'name': (string);
}

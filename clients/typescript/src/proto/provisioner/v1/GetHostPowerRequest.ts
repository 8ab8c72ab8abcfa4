// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Request of ProvisioningService.GetHostPower.
 */
export interface GetHostPowerRequest {
  /**
   * The host, `hosts/{host}`. Required.
   */
  'name'?: (string);
}

/**
 * Request of ProvisioningService.GetHostPower.
 */
export interface GetHostPowerRequest__Output {
  /**
   * The host, `hosts/{host}`. Required.
   */
  'name': (string);
}

// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Request of ProvisioningService.CancelProvisioning.
 */
export interface CancelProvisioningRequest {
  /**
   * The name, `hosts/{host}/provisionings/{provisioning}`. Required.
   */
  'name'?: (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ProvisioningService.CancelProvisioning.
 */
export interface CancelProvisioningRequest__Output {
  /**
   * The name, `hosts/{host}/provisionings/{provisioning}`. Required.
   */
  'name': (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

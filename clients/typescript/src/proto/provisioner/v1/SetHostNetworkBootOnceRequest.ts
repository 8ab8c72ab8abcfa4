// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Request of ProvisioningService.SetHostNetworkBootOnce.
 */
export interface SetHostNetworkBootOnceRequest {
  /**
   * The host, `hosts/{host}`. Required.
   */
  'name'?: (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ProvisioningService.SetHostNetworkBootOnce.
 */
export interface SetHostNetworkBootOnceRequest__Output {
  /**
   * The host, `hosts/{host}`. Required.
   */
  'name': (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Request of ProvisioningService.DeleteHost.
 */
export interface DeleteHostRequest {
  /**
   * The name, `hosts/{host}`. Required.
   */
  'name'?: (string);
  /**
   * The etag last read; when set, the delete happens only if it matches.
   */
  'etag'?: (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ProvisioningService.DeleteHost.
 */
export interface DeleteHostRequest__Output {
  /**
   * The name, `hosts/{host}`. Required.
   */
  'name': (string);
  /**
   * The etag last read; when set, the delete happens only if it matches.
   */
  'etag': (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

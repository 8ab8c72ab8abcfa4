// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Request of ProvisioningService.DeleteOperatingSystem.
 */
export interface DeleteOperatingSystemRequest {
  /**
   * The name, `operatingSystems/{operating_system}`. Required.
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
 * Request of ProvisioningService.DeleteOperatingSystem.
 */
export interface DeleteOperatingSystemRequest__Output {
  /**
   * The name, `operatingSystems/{operating_system}`. Required.
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

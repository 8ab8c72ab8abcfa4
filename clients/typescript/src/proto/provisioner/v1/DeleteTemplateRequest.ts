// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Request of ProvisioningService.DeleteTemplate.
 */
export interface DeleteTemplateRequest {
  /**
   * The name, `templates/{template}`. Required.
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
 * Request of ProvisioningService.DeleteTemplate.
 */
export interface DeleteTemplateRequest__Output {
  /**
   * The name, `templates/{template}`. Required.
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

// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Response of ProvisioningService.PreviewProvisioning.
 */
export interface PreviewProvisioningResponse {
  /**
   * The answer file the installer would read.
   */
  'answerFile'?: (string);
  /**
   * The kernel arguments the installer would boot with.
   */
  'kernelArgs'?: (string);
  /**
   * Every parameter of the template with the value it would take; values
   * of secret parameters are masked as `********`.
   */
  'values'?: ({[key: string]: string});
  /**
   * The template used, `templates/{template}`.
   */
  'template'?: (string);
}

/**
 * Response of ProvisioningService.PreviewProvisioning.
 */
export interface PreviewProvisioningResponse__Output {
  /**
   * The answer file the installer would read.
   */
  'answerFile': (string);
  /**
   * The kernel arguments the installer would boot with.
   */
  'kernelArgs': (string);
  /**
   * Every parameter of the template with the value it would take; values
   * of secret parameters are masked as `********`.
   */
  'values': ({[key: string]: string});
  /**
   * The template used, `templates/{template}`.
   */
  'template': (string);
}

// Original file: protos/provisioner/v1/imaging_agent_service.proto


/**
 * Request of ImagingAgentService.GetManifestPart.
 */
export interface GetManifestPartRequest {
  /**
   * The part, from 0.
   */
  'part'?: (number);
}

/**
 * Request of ImagingAgentService.GetManifestPart.
 */
export interface GetManifestPartRequest__Output {
  /**
   * The part, from 0.
   */
  'part': (number);
}

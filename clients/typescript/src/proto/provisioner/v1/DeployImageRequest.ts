// Original file: protos/provisioner/v1/imaging_service.proto


/**
 * Request of ImagingService.DeployImage.
 */
export interface DeployImageRequest {
  /**
   * The image to deploy, `images/{image}`; it must be READY. Required.
   */
  'image'?: (string);
  /**
   * The hosts, `hosts/{host}` each; at least one, at most 100. Required.
   */
  'hosts'?: (string)[];
  /**
   * See CaptureImageRequest.imaging_environment. Required.
   */
  'imagingEnvironment'?: (string);
  /**
   * See CaptureImageRequest.power_cycle; applies to every host.
   */
  'powerCycle'?: (boolean);
  /**
   * See CaptureImageRequest.ttl_seconds.
   */
  'ttlSeconds'?: (number);
  /**
   * The disk the agent writes; see CaptureImageRequest.disk.
   */
  'disk'?: (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ImagingService.DeployImage.
 */
export interface DeployImageRequest__Output {
  /**
   * The image to deploy, `images/{image}`; it must be READY. Required.
   */
  'image': (string);
  /**
   * The hosts, `hosts/{host}` each; at least one, at most 100. Required.
   */
  'hosts': (string)[];
  /**
   * See CaptureImageRequest.imaging_environment. Required.
   */
  'imagingEnvironment': (string);
  /**
   * See CaptureImageRequest.power_cycle; applies to every host.
   */
  'powerCycle': (boolean);
  /**
   * See CaptureImageRequest.ttl_seconds.
   */
  'ttlSeconds': (number);
  /**
   * The disk the agent writes; see CaptureImageRequest.disk.
   */
  'disk': (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

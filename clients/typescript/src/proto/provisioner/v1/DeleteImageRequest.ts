// Original file: protos/provisioner/v1/imaging_service.proto


/**
 * Request of ImagingService.DeleteImage.
 */
export interface DeleteImageRequest {
  /**
   * The name, `images/{image}`. Required.
   */
  'name'?: (string);
  /**
   * When set, the delete happens only if the image still has this etag.
   */
  'etag'?: (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ImagingService.DeleteImage.
 */
export interface DeleteImageRequest__Output {
  /**
   * The name, `images/{image}`. Required.
   */
  'name': (string);
  /**
   * When set, the delete happens only if the image still has this etag.
   */
  'etag': (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

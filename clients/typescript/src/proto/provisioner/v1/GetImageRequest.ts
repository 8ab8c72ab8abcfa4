// Original file: protos/provisioner/v1/imaging_service.proto


/**
 * Request of ImagingService.GetImage.
 */
export interface GetImageRequest {
  /**
   * The name, `images/{image}`. Required.
   */
  'name'?: (string);
}

/**
 * Request of ImagingService.GetImage.
 */
export interface GetImageRequest__Output {
  /**
   * The name, `images/{image}`. Required.
   */
  'name': (string);
}

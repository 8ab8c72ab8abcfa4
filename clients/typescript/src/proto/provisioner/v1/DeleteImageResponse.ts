// Original file: protos/provisioner/v1/imaging_service.proto


/**
 * Response of ImagingService.DeleteImage.
 */
export interface DeleteImageResponse {
}

/**
 * Response of ImagingService.DeleteImage.
 */
export interface DeleteImageResponse__Output {
}

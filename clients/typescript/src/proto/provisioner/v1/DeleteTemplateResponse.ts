// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Response of ProvisioningService.DeleteTemplate.
 */
export interface DeleteTemplateResponse {
}

/**
 * Response of ProvisioningService.DeleteTemplate.
 */
export interface DeleteTemplateResponse__Output {
}

// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Response of ProvisioningService.DeleteOperatingSystem.
 */
export interface DeleteOperatingSystemResponse {
}

/**
 * Response of ProvisioningService.DeleteOperatingSystem.
 */
export interface DeleteOperatingSystemResponse__Output {
}

// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Response of ProvisioningService.DeleteHost.
 */
export interface DeleteHostResponse {
}

/**
 * Response of ProvisioningService.DeleteHost.
 */
export interface DeleteHostResponse__Output {
}

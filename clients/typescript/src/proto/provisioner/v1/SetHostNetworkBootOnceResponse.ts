// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Response of ProvisioningService.SetHostNetworkBootOnce.
 */
export interface SetHostNetworkBootOnceResponse {
}

/**
 * Response of ProvisioningService.SetHostNetworkBootOnce.
 */
export interface SetHostNetworkBootOnceResponse__Output {
}

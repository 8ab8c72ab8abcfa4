// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Response of ProvisioningService.SetHostPower.
 */
export interface SetHostPowerResponse {
}

/**
 * Response of ProvisioningService.SetHostPower.
 */
export interface SetHostPowerResponse__Output {
}

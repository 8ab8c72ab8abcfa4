// Original file: protos/provisioner/v1/auth_service.proto


/**
 * Request of AuthService.WhoAmI.
 */
export interface WhoAmIRequest {
}

/**
 * Request of AuthService.WhoAmI.
 */
export interface WhoAmIRequest__Output {
}

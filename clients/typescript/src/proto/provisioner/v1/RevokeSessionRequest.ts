// Original file: protos/provisioner/v1/auth_service.proto


/**
 * Request of AuthService.RevokeSession.
 */
export interface RevokeSessionRequest {
}

/**
 * Request of AuthService.RevokeSession.
 */
export interface RevokeSessionRequest__Output {
}

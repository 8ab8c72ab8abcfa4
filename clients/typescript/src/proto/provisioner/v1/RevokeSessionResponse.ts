// Original file: protos/provisioner/v1/auth_service.proto


/**
 * Response of AuthService.RevokeSession.
 */
export interface RevokeSessionResponse {
}

/**
 * Response of AuthService.RevokeSession.
 */
export interface RevokeSessionResponse__Output {
}

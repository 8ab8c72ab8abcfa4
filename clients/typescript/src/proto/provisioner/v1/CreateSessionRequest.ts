// Original file: protos/provisioner/v1/auth_service.proto


/**
 * Request of AuthService.CreateSession.
 */
export interface CreateSessionRequest {
  /**
   * The APID, as printed by `provisioner-apid create`. Required.
   */
  'apid'?: (string);
  /**
   * The user name bound to the APID. Required.
   */
  'userName'?: (string);
  /**
   * The password bound to the APID. Required.
   */
  'password'?: (string);
  /**
   * The wished lifetime of the token, in seconds. 0 means the server's
   * default; values above the server's maximum are lowered to it.
   */
  'ttlSeconds'?: (number);
  /**
   * An optional UUID4 making a retry safe: a repeated call with the same
   * request_id and the same fields revokes the token issued for the earlier
   * call and returns a new one, so a lost response never leaves a live token
   * behind. A reused request_id with other fields is INVALID_ARGUMENT.
   */
  'requestId'?: (string);
}

/**
 * Request of AuthService.CreateSession.
 */
export interface CreateSessionRequest__Output {
  /**
   * The APID, as printed by `provisioner-apid create`. Required.
   */
  'apid': (string);
  /**
   * The user name bound to the APID. Required.
   */
  'userName': (string);
  /**
   * The password bound to the APID. Required.
   */
  'password': (string);
  /**
   * The wished lifetime of the token, in seconds. 0 means the server's
   * default; values above the server's maximum are lowered to it.
   */
  'ttlSeconds': (number);
  /**
   * An optional UUID4 making a retry safe: a repeated call with the same
   * request_id and the same fields revokes the token issued for the earlier
   * call and returns a new one, so a lost response never leaves a live token
   * behind. A reused request_id with other fields is INVALID_ARGUMENT.
   */
  'requestId': (string);
}

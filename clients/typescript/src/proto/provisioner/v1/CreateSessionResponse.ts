// Original file: protos/provisioner/v1/auth_service.proto

import type { Session as _provisioner_v1_Session, Session__Output as _provisioner_v1_Session__Output } from '../../provisioner/v1/Session';

/**
 * Response of AuthService.CreateSession.
 */
export interface CreateSessionResponse {
  /**
   * The bearer token. It is shown only in this response; the server keeps
   * only its SHA-256 digest.
   */
  'token'?: (string);
  /**
   * The session the token stands for.
   */
  'session'?: (_provisioner_v1_Session | null);
}

/**
 * Response of AuthService.CreateSession.
 */
export interface CreateSessionResponse__Output {
  /**
   * The bearer token. It is shown only in this response; the server keeps
   * only its SHA-256 digest.
   */
  'token': (string);
  /**
   * The session the token stands for.
   */
  'session': (_provisioner_v1_Session__Output | null);
}

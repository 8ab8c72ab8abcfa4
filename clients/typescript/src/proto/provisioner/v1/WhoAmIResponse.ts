// Original file: protos/provisioner/v1/auth_service.proto

import type { Session as _provisioner_v1_Session, Session__Output as _provisioner_v1_Session__Output } from '../../provisioner/v1/Session';

/**
 * Response of AuthService.WhoAmI.
 */
export interface WhoAmIResponse {
  /**
   * The session of the presented token.
   */
  'session'?: (_provisioner_v1_Session | null);
}

/**
 * Response of AuthService.WhoAmI.
 */
export interface WhoAmIResponse__Output {
  /**
   * The session of the presented token.
   */
  'session': (_provisioner_v1_Session__Output | null);
}

// Original file: protos/provisioner/v1/policy.proto

/**
 * The credential an RPC requires.
 */
export const Scope = {
  /**
   * Never valid: an RPC without a scope is refused by the server.
   */
  SCOPE_UNSPECIFIED: 'SCOPE_UNSPECIFIED',
  /**
   * No credential: the RPC obtains one (for example CreateSession).
   */
  SCOPE_PUBLIC: 'SCOPE_PUBLIC',
  /**
   * Any valid session token, whatever the scopes of its APID.
   */
  SCOPE_SESSION: 'SCOPE_SESSION',
  /**
   * A session of an APID granted the provisioning scope.
   */
  SCOPE_PROVISIONING: 'SCOPE_PROVISIONING',
  /**
   * A session of an APID granted the imaging scope.
   */
  SCOPE_IMAGING: 'SCOPE_IMAGING',
  /**
   * A session of an APID granted the admin scope.
   */
  SCOPE_ADMIN: 'SCOPE_ADMIN',
  /**
   * No session: the one-time token of an imaging job, which the imaging
   * environment gets on its kernel command line. It acts on its own job
   * only, and stops working when the job ends.
   */
  SCOPE_JOB_TOKEN: 'SCOPE_JOB_TOKEN',
} as const;

/**
 * The credential an RPC requires.
 */
export type Scope =
  /**
   * Never valid: an RPC without a scope is refused by the server.
   */
  | 'SCOPE_UNSPECIFIED'
  | 0
  /**
   * No credential: the RPC obtains one (for example CreateSession).
   */
  | 'SCOPE_PUBLIC'
  | 1
  /**
   * Any valid session token, whatever the scopes of its APID.
   */
  | 'SCOPE_SESSION'
  | 2
  /**
   * A session of an APID granted the provisioning scope.
   */
  | 'SCOPE_PROVISIONING'
  | 3
  /**
   * A session of an APID granted the imaging scope.
   */
  | 'SCOPE_IMAGING'
  | 4
  /**
   * A session of an APID granted the admin scope.
   */
  | 'SCOPE_ADMIN'
  | 5
  /**
   * No session: the one-time token of an imaging job, which the imaging
   * environment gets on its kernel command line. It acts on its own job
   * only, and stops working when the job ends.
   */
  | 'SCOPE_JOB_TOKEN'
  | 6

/**
 * The credential an RPC requires.
 */
export type Scope__Output = typeof Scope[keyof typeof Scope]

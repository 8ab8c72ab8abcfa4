// Original file: protos/provisioner/v1/provisioning_resources.proto

/**
 * The life of a provisioning. ARMED and INSTALLING are active; the others
 * are final. Allowed transitions: ARMED to INSTALLING, CANCELLED or EXPIRED;
 * ARMED or INSTALLING to SUCCEEDED or FAILED.
 */
export const ProvisioningState = {
  /**
   * Never used for a provisioning; a host never provisioned shows it.
   */
  PROVISIONING_STATE_UNSPECIFIED: 'PROVISIONING_STATE_UNSPECIFIED',
  /**
   * The host's next network boot starts the installer.
   */
  PROVISIONING_STATE_ARMED: 'PROVISIONING_STATE_ARMED',
  /**
   * The installer has reported that it started.
   */
  PROVISIONING_STATE_INSTALLING: 'PROVISIONING_STATE_INSTALLING',
  /**
   * The installer reported success; the host boots from its disk.
   */
  PROVISIONING_STATE_SUCCEEDED: 'PROVISIONING_STATE_SUCCEEDED',
  /**
   * The installer reported failure; the host boots from its disk.
   */
  PROVISIONING_STATE_FAILED: 'PROVISIONING_STATE_FAILED',
  /**
   * Cancelled before the install started; the host boots as before.
   */
  PROVISIONING_STATE_CANCELLED: 'PROVISIONING_STATE_CANCELLED',
  /**
   * The install did not start within its time to live; the host boots as
   * before.
   */
  PROVISIONING_STATE_EXPIRED: 'PROVISIONING_STATE_EXPIRED',
} as const;

/**
 * The life of a provisioning. ARMED and INSTALLING are active; the others
 * are final. Allowed transitions: ARMED to INSTALLING, CANCELLED or EXPIRED;
 * ARMED or INSTALLING to SUCCEEDED or FAILED.
 */
export type ProvisioningState =
  /**
   * Never used for a provisioning; a host never provisioned shows it.
   */
  | 'PROVISIONING_STATE_UNSPECIFIED'
  | 0
  /**
   * The host's next network boot starts the installer.
   */
  | 'PROVISIONING_STATE_ARMED'
  | 1
  /**
   * The installer has reported that it started.
   */
  | 'PROVISIONING_STATE_INSTALLING'
  | 2
  /**
   * The installer reported success; the host boots from its disk.
   */
  | 'PROVISIONING_STATE_SUCCEEDED'
  | 3
  /**
   * The installer reported failure; the host boots from its disk.
   */
  | 'PROVISIONING_STATE_FAILED'
  | 4
  /**
   * Cancelled before the install started; the host boots as before.
   */
  | 'PROVISIONING_STATE_CANCELLED'
  | 5
  /**
   * The install did not start within its time to live; the host boots as
   * before.
   */
  | 'PROVISIONING_STATE_EXPIRED'
  | 6

/**
 * The life of a provisioning. ARMED and INSTALLING are active; the others
 * are final. Allowed transitions: ARMED to INSTALLING, CANCELLED or EXPIRED;
 * ARMED or INSTALLING to SUCCEEDED or FAILED.
 */
export type ProvisioningState__Output = typeof ProvisioningState[keyof typeof ProvisioningState]

// Original file: protos/provisioner/v1/provisioning_service.proto

/**
 * What a BMC reports of a host's power.
 */
export const PowerState = {
  /**
   * Never used.
   */
  POWER_STATE_UNSPECIFIED: 'POWER_STATE_UNSPECIFIED',
  /**
   * The host is powered on.
   */
  POWER_STATE_ON: 'POWER_STATE_ON',
  /**
   * The host is powered off.
   */
  POWER_STATE_OFF: 'POWER_STATE_OFF',
} as const;

/**
 * What a BMC reports of a host's power.
 */
export type PowerState =
  /**
   * Never used.
   */
  | 'POWER_STATE_UNSPECIFIED'
  | 0
  /**
   * The host is powered on.
   */
  | 'POWER_STATE_ON'
  | 1
  /**
   * The host is powered off.
   */
  | 'POWER_STATE_OFF'
  | 2

/**
 * What a BMC reports of a host's power.
 */
export type PowerState__Output = typeof PowerState[keyof typeof PowerState]

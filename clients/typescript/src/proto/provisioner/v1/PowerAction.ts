// Original file: protos/provisioner/v1/provisioning_service.proto

/**
 * A power action.
 */
export const PowerAction = {
  /**
   * Never valid.
   */
  POWER_ACTION_UNSPECIFIED: 'POWER_ACTION_UNSPECIFIED',
  /**
   * Power on; nothing happens to a host that is on.
   */
  POWER_ACTION_ON: 'POWER_ACTION_ON',
  /**
   * Power off at once, without asking the operating system.
   */
  POWER_ACTION_OFF: 'POWER_ACTION_OFF',
  /**
   * Power off, then on; a host that is off is powered on.
   */
  POWER_ACTION_CYCLE: 'POWER_ACTION_CYCLE',
  /**
   * A hard reset, without a power cycle.
   */
  POWER_ACTION_RESET: 'POWER_ACTION_RESET',
} as const;

/**
 * A power action.
 */
export type PowerAction =
  /**
   * Never valid.
   */
  | 'POWER_ACTION_UNSPECIFIED'
  | 0
  /**
   * Power on; nothing happens to a host that is on.
   */
  | 'POWER_ACTION_ON'
  | 1
  /**
   * Power off at once, without asking the operating system.
   */
  | 'POWER_ACTION_OFF'
  | 2
  /**
   * Power off, then on; a host that is off is powered on.
   */
  | 'POWER_ACTION_CYCLE'
  | 3
  /**
   * A hard reset, without a power cycle.
   */
  | 'POWER_ACTION_RESET'
  | 4

/**
 * A power action.
 */
export type PowerAction__Output = typeof PowerAction[keyof typeof PowerAction]

// Original file: protos/provisioner/v1/provisioning_resources.proto

/**
 * What an event reports.
 */
export const EventType = {
  /**
   * Never used.
   */
  EVENT_TYPE_UNSPECIFIED: 'EVENT_TYPE_UNSPECIFIED',
  /**
   * A provisioning changed state; Event.state holds the new one.
   */
  EVENT_TYPE_PROVISIONING_STATE_CHANGED: 'EVENT_TYPE_PROVISIONING_STATE_CHANGED',
  /**
   * The installer reported progress.
   */
  EVENT_TYPE_PROVISIONING_PROGRESS: 'EVENT_TYPE_PROVISIONING_PROGRESS',
  /**
   * A power action was sent to the host's BMC.
   */
  EVENT_TYPE_POWER_ACTION: 'EVENT_TYPE_POWER_ACTION',
  /**
   * The host fetched its boot configuration.
   */
  EVENT_TYPE_BOOT_CONFIG_SERVED: 'EVENT_TYPE_BOOT_CONFIG_SERVED',
} as const;

/**
 * What an event reports.
 */
export type EventType =
  /**
   * Never used.
   */
  | 'EVENT_TYPE_UNSPECIFIED'
  | 0
  /**
   * A provisioning changed state; Event.state holds the new one.
   */
  | 'EVENT_TYPE_PROVISIONING_STATE_CHANGED'
  | 1
  /**
   * The installer reported progress.
   */
  | 'EVENT_TYPE_PROVISIONING_PROGRESS'
  | 2
  /**
   * A power action was sent to the host's BMC.
   */
  | 'EVENT_TYPE_POWER_ACTION'
  | 3
  /**
   * The host fetched its boot configuration.
   */
  | 'EVENT_TYPE_BOOT_CONFIG_SERVED'
  | 4

/**
 * What an event reports.
 */
export type EventType__Output = typeof EventType[keyof typeof EventType]

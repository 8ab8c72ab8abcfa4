// Original file: protos/provisioner/v1/provisioning_resources.proto

/**
 * A family of operating systems.
 */
export const OperatingSystemFamily = {
  /**
   * Never valid.
   */
  OPERATING_SYSTEM_FAMILY_UNSPECIFIED: 'OPERATING_SYSTEM_FAMILY_UNSPECIFIED',
  /**
   * Linux distributions.
   */
  OPERATING_SYSTEM_FAMILY_LINUX: 'OPERATING_SYSTEM_FAMILY_LINUX',
  /**
   * Microsoft Windows.
   */
  OPERATING_SYSTEM_FAMILY_WINDOWS: 'OPERATING_SYSTEM_FAMILY_WINDOWS',
  /**
   * Anything else (BSDs, hypervisors, appliances).
   */
  OPERATING_SYSTEM_FAMILY_OTHER: 'OPERATING_SYSTEM_FAMILY_OTHER',
} as const;

/**
 * A family of operating systems.
 */
export type OperatingSystemFamily =
  /**
   * Never valid.
   */
  | 'OPERATING_SYSTEM_FAMILY_UNSPECIFIED'
  | 0
  /**
   * Linux distributions.
   */
  | 'OPERATING_SYSTEM_FAMILY_LINUX'
  | 1
  /**
   * Microsoft Windows.
   */
  | 'OPERATING_SYSTEM_FAMILY_WINDOWS'
  | 2
  /**
   * Anything else (BSDs, hypervisors, appliances).
   */
  | 'OPERATING_SYSTEM_FAMILY_OTHER'
  | 3

/**
 * A family of operating systems.
 */
export type OperatingSystemFamily__Output = typeof OperatingSystemFamily[keyof typeof OperatingSystemFamily]

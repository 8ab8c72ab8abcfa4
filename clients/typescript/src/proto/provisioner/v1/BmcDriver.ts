// Original file: protos/provisioner/v1/provisioning_resources.proto

/**
 * A BMC protocol.
 */
export const BmcDriver = {
  /**
   * Never valid.
   */
  BMC_DRIVER_UNSPECIFIED: 'BMC_DRIVER_UNSPECIFIED',
  /**
   * IPMI 2.0 over LAN (RMCP+).
   */
  BMC_DRIVER_IPMI: 'BMC_DRIVER_IPMI',
  /**
   * DMTF Redfish over HTTPS.
   */
  BMC_DRIVER_REDFISH: 'BMC_DRIVER_REDFISH',
} as const;

/**
 * A BMC protocol.
 */
export type BmcDriver =
  /**
   * Never valid.
   */
  | 'BMC_DRIVER_UNSPECIFIED'
  | 0
  /**
   * IPMI 2.0 over LAN (RMCP+).
   */
  | 'BMC_DRIVER_IPMI'
  | 1
  /**
   * DMTF Redfish over HTTPS.
   */
  | 'BMC_DRIVER_REDFISH'
  | 2

/**
 * A BMC protocol.
 */
export type BmcDriver__Output = typeof BmcDriver[keyof typeof BmcDriver]

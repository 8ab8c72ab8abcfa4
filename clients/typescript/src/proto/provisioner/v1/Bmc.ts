// Original file: protos/provisioner/v1/provisioning_resources.proto

import type { BmcDriver as _provisioner_v1_BmcDriver, BmcDriver__Output as _provisioner_v1_BmcDriver__Output } from '../../provisioner/v1/BmcDriver';

/**
 * How to reach a host's BMC.
 */
export interface Bmc {
  /**
   * The protocol. Required.
   */
  'driver'?: (_provisioner_v1_BmcDriver);
  /**
   * The BMC's IP address or DNS name. Required.
   */
  'address'?: (string);
  /**
   * The port; 0 means the driver's default (623 for IPMI, 443 for Redfish).
   */
  'port'?: (number);
  /**
   * The BMC user. Required.
   */
  'username'?: (string);
  /**
   * The BMC password. Input only: never returned, never logged. On update,
   * leave it empty to keep the stored one.
   */
  'password'?: (string);
  /**
   * Whether a password is stored. Output only.
   */
  'passwordSet'?: (boolean);
  /**
   * Redfish only: skip verification of the BMC's TLS certificate. Many BMCs
   * carry self-signed certificates; prefer installing a trusted one.
   */
  'insecureSkipTlsVerify'?: (boolean);
}

/**
 * How to reach a host's BMC.
 */
export interface Bmc__Output {
  /**
   * The protocol. Required.
   */
  'driver': (_provisioner_v1_BmcDriver__Output);
  /**
   * The BMC's IP address or DNS name. Required.
   */
  'address': (string);
  /**
   * The port; 0 means the driver's default (623 for IPMI, 443 for Redfish).
   */
  'port': (number);
  /**
   * The BMC user. Required.
   */
  'username': (string);
  /**
   * The BMC password. Input only: never returned, never logged. On update,
   * leave it empty to keep the stored one.
   */
  'password': (string);
  /**
   * Whether a password is stored. Output only.
   */
  'passwordSet': (boolean);
  /**
   * Redfish only: skip verification of the BMC's TLS certificate. Many BMCs
   * carry self-signed certificates; prefer installing a trusted one.
   */
  'insecureSkipTlsVerify': (boolean);
}

// Original file: protos/provisioner/v1/provisioning_resources.proto


/**
 * Static IPv4 or IPv6 settings.
 */
export interface NetworkSettings {
  /**
   * The address, for example `192.0.2.10` or `2001:db8::10`. Required.
   */
  'ipAddress'?: (string);
  /**
   * The prefix length, for example 24. Required.
   */
  'prefixLength'?: (number);
  /**
   * The default gateway, in the same family as ip_address. Optional.
   */
  'gateway'?: (string);
  /**
   * DNS servers, IPv4 or IPv6 addresses. Optional.
   */
  'dnsServers'?: (string)[];
}

/**
 * Static IPv4 or IPv6 settings.
 */
export interface NetworkSettings__Output {
  /**
   * The address, for example `192.0.2.10` or `2001:db8::10`. Required.
   */
  'ipAddress': (string);
  /**
   * The prefix length, for example 24. Required.
   */
  'prefixLength': (number);
  /**
   * The default gateway, in the same family as ip_address. Optional.
   */
  'gateway': (string);
  /**
   * DNS servers, IPv4 or IPv6 addresses. Optional.
   */
  'dnsServers': (string)[];
}

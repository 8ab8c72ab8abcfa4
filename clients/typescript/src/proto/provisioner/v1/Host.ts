// Original file: protos/provisioner/v1/provisioning_resources.proto

import type { NetworkSettings as _provisioner_v1_NetworkSettings, NetworkSettings__Output as _provisioner_v1_NetworkSettings__Output } from '../../provisioner/v1/NetworkSettings';
import type { Bmc as _provisioner_v1_Bmc, Bmc__Output as _provisioner_v1_Bmc__Output } from '../../provisioner/v1/Bmc';
import type { ProvisioningState as _provisioner_v1_ProvisioningState, ProvisioningState__Output as _provisioner_v1_ProvisioningState__Output } from '../../provisioner/v1/ProvisioningState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * A physical server known to the provisioner.
 */
export interface Host {
  /**
   * The resource name, `hosts/{host}`; the id follows the rules of
   * OperatingSystem.name. Output only: Create takes the id as host_id.
   */
  'name'?: (string);
  /**
   * The host name the installed system gets: an RFC 1123 name, labels of
   * letters, digits and hyphens joined by dots, at most 253 characters.
   * Required.
   */
  'hostname'?: (string);
  /**
   * The MAC addresses of the host's network interfaces. Any common notation
   * is accepted (`AA:BB:CC:DD:EE:FF`, `aa-bb-cc-dd-ee-ff`, `aabb.ccdd.eeff`,
   * `aabbccddeeff`); they are stored and returned as lower-case hex pairs
   * joined by colons. Unique across hosts. At least one is required.
   */
  'macAddresses'?: (string)[];
  /**
   * Static network settings for the installed system. Unset: DHCP.
   */
  'network'?: (_provisioner_v1_NetworkSettings | null);
  /**
   * The host's baseboard management controller. Unset: no power control.
   */
  'bmc'?: (_provisioner_v1_Bmc | null);
  /**
   * Free labels for selecting hosts: keys and values of at most 63
   * characters of letters, digits, `-`, `_` and `.`.
   */
  'labels'?: ({[key: string]: string});
  /**
   * The state of the host's latest provisioning; unspecified when the host
   * was never provisioned. Output only.
   */
  'provisioningState'?: (_provisioner_v1_ProvisioningState);
  /**
   * The latest provisioning, `hosts/{host}/provisionings/{provisioning}`.
   * Output only.
   */
  'latestProvisioning'?: (string);
  /**
   * See OperatingSystem.etag. Output only.
   */
  'etag'?: (string);
  /**
   * When the resource was created. Output only.
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * When the resource last changed. Output only.
   */
  'updateTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * A physical server known to the provisioner.
 */
export interface Host__Output {
  /**
   * The resource name, `hosts/{host}`; the id follows the rules of
   * OperatingSystem.name. Output only: Create takes the id as host_id.
   */
  'name': (string);
  /**
   * The host name the installed system gets: an RFC 1123 name, labels of
   * letters, digits and hyphens joined by dots, at most 253 characters.
   * Required.
   */
  'hostname': (string);
  /**
   * The MAC addresses of the host's network interfaces. Any common notation
   * is accepted (`AA:BB:CC:DD:EE:FF`, `aa-bb-cc-dd-ee-ff`, `aabb.ccdd.eeff`,
   * `aabbccddeeff`); they are stored and returned as lower-case hex pairs
   * joined by colons. Unique across hosts. At least one is required.
   */
  'macAddresses': (string)[];
  /**
   * Static network settings for the installed system. Unset: DHCP.
   */
  'network': (_provisioner_v1_NetworkSettings__Output | null);
  /**
   * The host's baseboard management controller. Unset: no power control.
   */
  'bmc': (_provisioner_v1_Bmc__Output | null);
  /**
   * Free labels for selecting hosts: keys and values of at most 63
   * characters of letters, digits, `-`, `_` and `.`.
   */
  'labels': ({[key: string]: string});
  /**
   * The state of the host's latest provisioning; unspecified when the host
   * was never provisioned. Output only.
   */
  'provisioningState': (_provisioner_v1_ProvisioningState__Output);
  /**
   * The latest provisioning, `hosts/{host}/provisionings/{provisioning}`.
   * Output only.
   */
  'latestProvisioning': (string);
  /**
   * See OperatingSystem.etag. Output only.
   */
  'etag': (string);
  /**
   * When the resource was created. Output only.
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the resource last changed. Output only.
   */
  'updateTime': (_google_protobuf_Timestamp__Output | null);
}

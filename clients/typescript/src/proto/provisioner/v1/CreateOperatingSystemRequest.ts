// Original file: protos/provisioner/v1/provisioning_service.proto

import type { OperatingSystem as _provisioner_v1_OperatingSystem, OperatingSystem__Output as _provisioner_v1_OperatingSystem__Output } from '../../provisioner/v1/OperatingSystem';

/**
 * Request of ProvisioningService.CreateOperatingSystem.
 */
export interface CreateOperatingSystemRequest {
  /**
   * The operating system to create. Required.
   */
  'operatingSystem'?: (_provisioner_v1_OperatingSystem | null);
  /**
   * The id of the new operating system, which becomes the last part of its
   * name: lower-case letters, digits and hyphens, 1 to 63 characters,
   * starting with a letter. Required.
   */
  'operatingSystemId'?: (string);
  /**
   * A unique id of this request (a UUID is best), so that a retry after a
   * lost response returns the first result instead of acting twice.
   */
  'requestId'?: (string);
}

/**
 * Request of ProvisioningService.CreateOperatingSystem.
 */
export interface CreateOperatingSystemRequest__Output {
  /**
   * The operating system to create. Required.
   */
  'operatingSystem': (_provisioner_v1_OperatingSystem__Output | null);
  /**
   * The id of the new operating system, which becomes the last part of its
   * name: lower-case letters, digits and hyphens, 1 to 63 characters,
   * starting with a letter. Required.
   */
  'operatingSystemId': (string);
  /**
   * A unique id of this request (a UUID is best), so that a retry after a
   * lost response returns the first result instead of acting twice.
   */
  'requestId': (string);
}

// Original file: protos/provisioner/v1/provisioning_service.proto

import type { OperatingSystem as _provisioner_v1_OperatingSystem, OperatingSystem__Output as _provisioner_v1_OperatingSystem__Output } from '../../provisioner/v1/OperatingSystem';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

/**
 * Request of ProvisioningService.UpdateOperatingSystem.
 */
export interface UpdateOperatingSystemRequest {
  /**
   * The operating system, with its name and the new values of the fields
   * that update_mask names. Required.
   */
  'operatingSystem'?: (_provisioner_v1_OperatingSystem | null);
  /**
   * The fields to change, for example `display_name,kernel_args`. Unset:
   * the fields set in operating_system. `*`: every field.
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ProvisioningService.UpdateOperatingSystem.
 */
export interface UpdateOperatingSystemRequest__Output {
  /**
   * The operating system, with its name and the new values of the fields
   * that update_mask names. Required.
   */
  'operatingSystem': (_provisioner_v1_OperatingSystem__Output | null);
  /**
   * The fields to change, for example `display_name,kernel_args`. Unset:
   * the fields set in operating_system. `*`: every field.
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

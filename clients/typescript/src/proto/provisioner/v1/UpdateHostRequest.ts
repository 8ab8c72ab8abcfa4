// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Host as _provisioner_v1_Host, Host__Output as _provisioner_v1_Host__Output } from '../../provisioner/v1/Host';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

/**
 * Request of ProvisioningService.UpdateHost.
 */
export interface UpdateHostRequest {
  /**
   * The host, with its name and the new values of the fields that
   * update_mask names. Required.
   */
  'host'?: (_provisioner_v1_Host | null);
  /**
   * The fields to change; see UpdateOperatingSystemRequest.update_mask.
   * `bmc.password` may be named alone to change only the password.
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ProvisioningService.UpdateHost.
 */
export interface UpdateHostRequest__Output {
  /**
   * The host, with its name and the new values of the fields that
   * update_mask names. Required.
   */
  'host': (_provisioner_v1_Host__Output | null);
  /**
   * The fields to change; see UpdateOperatingSystemRequest.update_mask.
   * `bmc.password` may be named alone to change only the password.
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Template as _provisioner_v1_Template, Template__Output as _provisioner_v1_Template__Output } from '../../provisioner/v1/Template';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

/**
 * Request of ProvisioningService.UpdateTemplate.
 */
export interface UpdateTemplateRequest {
  /**
   * The template, with its name and the new values of the fields that
   * update_mask names. Required.
   */
  'template'?: (_provisioner_v1_Template | null);
  /**
   * The fields to change; see UpdateOperatingSystemRequest.update_mask.
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ProvisioningService.UpdateTemplate.
 */
export interface UpdateTemplateRequest__Output {
  /**
   * The template, with its name and the new values of the fields that
   * update_mask names. Required.
   */
  'template': (_provisioner_v1_Template__Output | null);
  /**
   * The fields to change; see UpdateOperatingSystemRequest.update_mask.
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

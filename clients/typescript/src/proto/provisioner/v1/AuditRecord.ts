// Original file: protos/provisioner/v1/audit_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Code as _google_rpc_Code, Code__Output as _google_rpc_Code__Output } from '../../google/rpc/Code';
import type { Long } from '@grpc/proto-loader';

/**
 * The record of one API call.
 */
export interface AuditRecord {
  /**
   * The record's resource name, `auditRecords/{id}`. Output only.
   */
  'name'?: (string);
  /**
   * When the call arrived. Output only.
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * The APID the caller presented or authenticated as; empty when none
   * could be told. Output only.
   */
  'apid'?: (string);
  /**
   * The caller's address as the server saw it, for example
   * `ipv4:127.0.0.1:53422` or `ipv6:[::1]:53422`. Output only.
   */
  'peer'?: (string);
  /**
   * The full method name, for example
   * `/provisioner.v1.AuthService/WhoAmI`. Output only.
   */
  'method'?: (string);
  /**
   * The status code the call ended with. Output only.
   */
  'code'?: (_google_rpc_Code);
  /**
   * The request_id the caller sent, if any. Output only.
   */
  'requestId'?: (string);
  /**
   * How long the call took, in microseconds. Output only.
   */
  'durationMicros'?: (number | string | Long);
}

/**
 * The record of one API call.
 */
export interface AuditRecord__Output {
  /**
   * The record's resource name, `auditRecords/{id}`. Output only.
   */
  'name': (string);
  /**
   * When the call arrived. Output only.
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * The APID the caller presented or authenticated as; empty when none
   * could be told. Output only.
   */
  'apid': (string);
  /**
   * The caller's address as the server saw it, for example
   * `ipv4:127.0.0.1:53422` or `ipv6:[::1]:53422`. Output only.
   */
  'peer': (string);
  /**
   * The full method name, for example
   * `/provisioner.v1.AuthService/WhoAmI`. Output only.
   */
  'method': (string);
  /**
   * The status code the call ended with. Output only.
   */
  'code': (_google_rpc_Code__Output);
  /**
   * The request_id the caller sent, if any. Output only.
   */
  'requestId': (string);
  /**
   * How long the call took, in microseconds. Output only.
   */
  'durationMicros': (string);
}

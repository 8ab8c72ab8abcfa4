// Original file: protos/provisioner/v1/audit_service.proto

import type { Code as _google_rpc_Code, Code__Output as _google_rpc_Code__Output } from '../../google/rpc/Code';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * Request of AuditService.ListAuditRecords.
 */
export interface ListAuditRecordsRequest {
  /**
   * The maximum number of records to return. 0 means 100; values above
   * 1000 are lowered to 1000; negative values are INVALID_ARGUMENT.
   */
  'pageSize'?: (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken'?: (string);
  /**
   * Only records of this APID.
   */
  'apid'?: (string);
  /**
   * Only records of this full method name.
   */
  'method'?: (string);
  /**
   * Only records that ended with this code (OK included).
   */
  'code'?: (_google_rpc_Code);
  /**
   * Only records whose peer address is this IP address (IPv4 or IPv6,
   * without port).
   */
  'clientAddress'?: (string);
  /**
   * Only records created at or after this time.
   */
  'startTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Only records created before this time.
   */
  'endTime'?: (_google_protobuf_Timestamp | null);
  '_code'?: "code";
}

/**
 * Request of AuditService.ListAuditRecords.
 */
export interface ListAuditRecordsRequest__Output {
  /**
   * The maximum number of records to return. 0 means 100; values above
   * 1000 are lowered to 1000; negative values are INVALID_ARGUMENT.
   */
  'pageSize': (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken': (string);
  /**
   * Only records of this APID.
   */
  'apid': (string);
  /**
   * Only records of this full method name.
   */
  'method': (string);
  /**
   * Only records that ended with this code (OK included).
   */
  'code'?: (_google_rpc_Code__Output);
  /**
   * Only records whose peer address is this IP address (IPv4 or IPv6,
   * without port).
   */
  'clientAddress': (string);
  /**
   * Only records created at or after this time.
   */
  'startTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Only records created before this time.
   */
  'endTime': (_google_protobuf_Timestamp__Output | null);
  '_code'?: "code";
}

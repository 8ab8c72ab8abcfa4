// Original file: protos/provisioner/v1/audit_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListAuditRecordsRequest as _provisioner_v1_ListAuditRecordsRequest, ListAuditRecordsRequest__Output as _provisioner_v1_ListAuditRecordsRequest__Output } from '../../provisioner/v1/ListAuditRecordsRequest';
import type { ListAuditRecordsResponse as _provisioner_v1_ListAuditRecordsResponse, ListAuditRecordsResponse__Output as _provisioner_v1_ListAuditRecordsResponse__Output } from '../../provisioner/v1/ListAuditRecordsResponse';

/**
 * The audit trail: one record for every API call, allowed or denied.
 */
export interface AuditServiceClient extends grpc.Client {
  /**
   * Lists audit records, newest first, optionally filtered.
   */
  ListAuditRecords(argument: _provisioner_v1_ListAuditRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListAuditRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListAuditRecords(argument: _provisioner_v1_ListAuditRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListAuditRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListAuditRecords(argument: _provisioner_v1_ListAuditRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListAuditRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListAuditRecords(argument: _provisioner_v1_ListAuditRecordsRequest, callback: grpc.requestCallback<_provisioner_v1_ListAuditRecordsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists audit records, newest first, optionally filtered.
   */
  listAuditRecords(argument: _provisioner_v1_ListAuditRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListAuditRecordsResponse__Output>): grpc.ClientUnaryCall;
  listAuditRecords(argument: _provisioner_v1_ListAuditRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListAuditRecordsResponse__Output>): grpc.ClientUnaryCall;
  listAuditRecords(argument: _provisioner_v1_ListAuditRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListAuditRecordsResponse__Output>): grpc.ClientUnaryCall;
  listAuditRecords(argument: _provisioner_v1_ListAuditRecordsRequest, callback: grpc.requestCallback<_provisioner_v1_ListAuditRecordsResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * The audit trail: one record for every API call, allowed or denied.
 */
export interface AuditServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Lists audit records, newest first, optionally filtered.
   */
  ListAuditRecords: grpc.handleUnaryCall<_provisioner_v1_ListAuditRecordsRequest__Output, _provisioner_v1_ListAuditRecordsResponse>;
  
}

export interface AuditServiceDefinition extends grpc.ServiceDefinition {
  ListAuditRecords: MethodDefinition<_provisioner_v1_ListAuditRecordsRequest, _provisioner_v1_ListAuditRecordsResponse, _provisioner_v1_ListAuditRecordsRequest__Output, _provisioner_v1_ListAuditRecordsResponse__Output>
}

// Original file: protos/provisioner/v1/auth_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateSessionRequest as _provisioner_v1_CreateSessionRequest, CreateSessionRequest__Output as _provisioner_v1_CreateSessionRequest__Output } from '../../provisioner/v1/CreateSessionRequest';
import type { CreateSessionResponse as _provisioner_v1_CreateSessionResponse, CreateSessionResponse__Output as _provisioner_v1_CreateSessionResponse__Output } from '../../provisioner/v1/CreateSessionResponse';
import type { RevokeSessionRequest as _provisioner_v1_RevokeSessionRequest, RevokeSessionRequest__Output as _provisioner_v1_RevokeSessionRequest__Output } from '../../provisioner/v1/RevokeSessionRequest';
import type { RevokeSessionResponse as _provisioner_v1_RevokeSessionResponse, RevokeSessionResponse__Output as _provisioner_v1_RevokeSessionResponse__Output } from '../../provisioner/v1/RevokeSessionResponse';
import type { WhoAmIRequest as _provisioner_v1_WhoAmIRequest, WhoAmIRequest__Output as _provisioner_v1_WhoAmIRequest__Output } from '../../provisioner/v1/WhoAmIRequest';
import type { WhoAmIResponse as _provisioner_v1_WhoAmIResponse, WhoAmIResponse__Output as _provisioner_v1_WhoAmIResponse__Output } from '../../provisioner/v1/WhoAmIResponse';

/**
 * Sessions for API clients. A client holding an APID, with the user name and
 * password bound to it, exchanges them for a short-lived bearer token and
 * sends that token as `authorization: Bearer <token>` metadata on every other
 * call. Tokens are bound to the address the session was created from.
 */
export interface AuthServiceClient extends grpc.Client {
  /**
   * Exchanges an APID, its user name and its password for a session token.
   */
  CreateSession(argument: _provisioner_v1_CreateSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  CreateSession(argument: _provisioner_v1_CreateSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  CreateSession(argument: _provisioner_v1_CreateSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  CreateSession(argument: _provisioner_v1_CreateSessionRequest, callback: grpc.requestCallback<_provisioner_v1_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Exchanges an APID, its user name and its password for a session token.
   */
  createSession(argument: _provisioner_v1_CreateSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  createSession(argument: _provisioner_v1_CreateSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  createSession(argument: _provisioner_v1_CreateSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  createSession(argument: _provisioner_v1_CreateSessionRequest, callback: grpc.requestCallback<_provisioner_v1_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Revokes the presented token at once. A call with a token that is already
   * revoked gets UNAUTHENTICATED, so a retry after a lost response learns
   * that the token is gone.
   */
  RevokeSession(argument: _provisioner_v1_RevokeSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  RevokeSession(argument: _provisioner_v1_RevokeSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  RevokeSession(argument: _provisioner_v1_RevokeSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  RevokeSession(argument: _provisioner_v1_RevokeSessionRequest, callback: grpc.requestCallback<_provisioner_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Revokes the presented token at once. A call with a token that is already
   * revoked gets UNAUTHENTICATED, so a retry after a lost response learns
   * that the token is gone.
   */
  revokeSession(argument: _provisioner_v1_RevokeSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  revokeSession(argument: _provisioner_v1_RevokeSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  revokeSession(argument: _provisioner_v1_RevokeSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  revokeSession(argument: _provisioner_v1_RevokeSessionRequest, callback: grpc.requestCallback<_provisioner_v1_RevokeSessionResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Describes the session of the presented token and its APID.
   */
  WhoAmI(argument: _provisioner_v1_WhoAmIRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_WhoAmIResponse__Output>): grpc.ClientUnaryCall;
  WhoAmI(argument: _provisioner_v1_WhoAmIRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_WhoAmIResponse__Output>): grpc.ClientUnaryCall;
  WhoAmI(argument: _provisioner_v1_WhoAmIRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_WhoAmIResponse__Output>): grpc.ClientUnaryCall;
  WhoAmI(argument: _provisioner_v1_WhoAmIRequest, callback: grpc.requestCallback<_provisioner_v1_WhoAmIResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Describes the session of the presented token and its APID.
   */
  whoAmI(argument: _provisioner_v1_WhoAmIRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_WhoAmIResponse__Output>): grpc.ClientUnaryCall;
  whoAmI(argument: _provisioner_v1_WhoAmIRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_WhoAmIResponse__Output>): grpc.ClientUnaryCall;
  whoAmI(argument: _provisioner_v1_WhoAmIRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_WhoAmIResponse__Output>): grpc.ClientUnaryCall;
  whoAmI(argument: _provisioner_v1_WhoAmIRequest, callback: grpc.requestCallback<_provisioner_v1_WhoAmIResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Sessions for API clients. A client holding an APID, with the user name and
 * password bound to it, exchanges them for a short-lived bearer token and
 * sends that token as `authorization: Bearer <token>` metadata on every other
 * call. Tokens are bound to the address the session was created from.
 */
export interface AuthServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Exchanges an APID, its user name and its password for a session token.
   */
  CreateSession: grpc.handleUnaryCall<_provisioner_v1_CreateSessionRequest__Output, _provisioner_v1_CreateSessionResponse>;
  
  /**
   * Revokes the presented token at once. A call with a token that is already
   * revoked gets UNAUTHENTICATED, so a retry after a lost response learns
   * that the token is gone.
   */
  RevokeSession: grpc.handleUnaryCall<_provisioner_v1_RevokeSessionRequest__Output, _provisioner_v1_RevokeSessionResponse>;
  
  /**
   * Describes the session of the presented token and its APID.
   */
  WhoAmI: grpc.handleUnaryCall<_provisioner_v1_WhoAmIRequest__Output, _provisioner_v1_WhoAmIResponse>;
  
}

export interface AuthServiceDefinition extends grpc.ServiceDefinition {
  CreateSession: MethodDefinition<_provisioner_v1_CreateSessionRequest, _provisioner_v1_CreateSessionResponse, _provisioner_v1_CreateSessionRequest__Output, _provisioner_v1_CreateSessionResponse__Output>
  RevokeSession: MethodDefinition<_provisioner_v1_RevokeSessionRequest, _provisioner_v1_RevokeSessionResponse, _provisioner_v1_RevokeSessionRequest__Output, _provisioner_v1_RevokeSessionResponse__Output>
  WhoAmI: MethodDefinition<_provisioner_v1_WhoAmIRequest, _provisioner_v1_WhoAmIResponse, _provisioner_v1_WhoAmIRequest__Output, _provisioner_v1_WhoAmIResponse__Output>
}

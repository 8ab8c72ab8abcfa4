// Original file: protos/provisioner/v1/provisioning_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CancelProvisioningRequest as _provisioner_v1_CancelProvisioningRequest, CancelProvisioningRequest__Output as _provisioner_v1_CancelProvisioningRequest__Output } from '../../provisioner/v1/CancelProvisioningRequest';
import type { CancelProvisioningResponse as _provisioner_v1_CancelProvisioningResponse, CancelProvisioningResponse__Output as _provisioner_v1_CancelProvisioningResponse__Output } from '../../provisioner/v1/CancelProvisioningResponse';
import type { CreateHostRequest as _provisioner_v1_CreateHostRequest, CreateHostRequest__Output as _provisioner_v1_CreateHostRequest__Output } from '../../provisioner/v1/CreateHostRequest';
import type { CreateHostResponse as _provisioner_v1_CreateHostResponse, CreateHostResponse__Output as _provisioner_v1_CreateHostResponse__Output } from '../../provisioner/v1/CreateHostResponse';
import type { CreateOperatingSystemRequest as _provisioner_v1_CreateOperatingSystemRequest, CreateOperatingSystemRequest__Output as _provisioner_v1_CreateOperatingSystemRequest__Output } from '../../provisioner/v1/CreateOperatingSystemRequest';
import type { CreateOperatingSystemResponse as _provisioner_v1_CreateOperatingSystemResponse, CreateOperatingSystemResponse__Output as _provisioner_v1_CreateOperatingSystemResponse__Output } from '../../provisioner/v1/CreateOperatingSystemResponse';
import type { CreateProvisioningRequest as _provisioner_v1_CreateProvisioningRequest, CreateProvisioningRequest__Output as _provisioner_v1_CreateProvisioningRequest__Output } from '../../provisioner/v1/CreateProvisioningRequest';
import type { CreateProvisioningResponse as _provisioner_v1_CreateProvisioningResponse, CreateProvisioningResponse__Output as _provisioner_v1_CreateProvisioningResponse__Output } from '../../provisioner/v1/CreateProvisioningResponse';
import type { CreateTemplateRequest as _provisioner_v1_CreateTemplateRequest, CreateTemplateRequest__Output as _provisioner_v1_CreateTemplateRequest__Output } from '../../provisioner/v1/CreateTemplateRequest';
import type { CreateTemplateResponse as _provisioner_v1_CreateTemplateResponse, CreateTemplateResponse__Output as _provisioner_v1_CreateTemplateResponse__Output } from '../../provisioner/v1/CreateTemplateResponse';
import type { DeleteHostRequest as _provisioner_v1_DeleteHostRequest, DeleteHostRequest__Output as _provisioner_v1_DeleteHostRequest__Output } from '../../provisioner/v1/DeleteHostRequest';
import type { DeleteHostResponse as _provisioner_v1_DeleteHostResponse, DeleteHostResponse__Output as _provisioner_v1_DeleteHostResponse__Output } from '../../provisioner/v1/DeleteHostResponse';
import type { DeleteOperatingSystemRequest as _provisioner_v1_DeleteOperatingSystemRequest, DeleteOperatingSystemRequest__Output as _provisioner_v1_DeleteOperatingSystemRequest__Output } from '../../provisioner/v1/DeleteOperatingSystemRequest';
import type { DeleteOperatingSystemResponse as _provisioner_v1_DeleteOperatingSystemResponse, DeleteOperatingSystemResponse__Output as _provisioner_v1_DeleteOperatingSystemResponse__Output } from '../../provisioner/v1/DeleteOperatingSystemResponse';
import type { DeleteTemplateRequest as _provisioner_v1_DeleteTemplateRequest, DeleteTemplateRequest__Output as _provisioner_v1_DeleteTemplateRequest__Output } from '../../provisioner/v1/DeleteTemplateRequest';
import type { DeleteTemplateResponse as _provisioner_v1_DeleteTemplateResponse, DeleteTemplateResponse__Output as _provisioner_v1_DeleteTemplateResponse__Output } from '../../provisioner/v1/DeleteTemplateResponse';
import type { GetHostPowerRequest as _provisioner_v1_GetHostPowerRequest, GetHostPowerRequest__Output as _provisioner_v1_GetHostPowerRequest__Output } from '../../provisioner/v1/GetHostPowerRequest';
import type { GetHostPowerResponse as _provisioner_v1_GetHostPowerResponse, GetHostPowerResponse__Output as _provisioner_v1_GetHostPowerResponse__Output } from '../../provisioner/v1/GetHostPowerResponse';
import type { GetHostRequest as _provisioner_v1_GetHostRequest, GetHostRequest__Output as _provisioner_v1_GetHostRequest__Output } from '../../provisioner/v1/GetHostRequest';
import type { GetHostResponse as _provisioner_v1_GetHostResponse, GetHostResponse__Output as _provisioner_v1_GetHostResponse__Output } from '../../provisioner/v1/GetHostResponse';
import type { GetOperatingSystemRequest as _provisioner_v1_GetOperatingSystemRequest, GetOperatingSystemRequest__Output as _provisioner_v1_GetOperatingSystemRequest__Output } from '../../provisioner/v1/GetOperatingSystemRequest';
import type { GetOperatingSystemResponse as _provisioner_v1_GetOperatingSystemResponse, GetOperatingSystemResponse__Output as _provisioner_v1_GetOperatingSystemResponse__Output } from '../../provisioner/v1/GetOperatingSystemResponse';
import type { GetProvisioningRequest as _provisioner_v1_GetProvisioningRequest, GetProvisioningRequest__Output as _provisioner_v1_GetProvisioningRequest__Output } from '../../provisioner/v1/GetProvisioningRequest';
import type { GetProvisioningResponse as _provisioner_v1_GetProvisioningResponse, GetProvisioningResponse__Output as _provisioner_v1_GetProvisioningResponse__Output } from '../../provisioner/v1/GetProvisioningResponse';
import type { GetTemplateRequest as _provisioner_v1_GetTemplateRequest, GetTemplateRequest__Output as _provisioner_v1_GetTemplateRequest__Output } from '../../provisioner/v1/GetTemplateRequest';
import type { GetTemplateResponse as _provisioner_v1_GetTemplateResponse, GetTemplateResponse__Output as _provisioner_v1_GetTemplateResponse__Output } from '../../provisioner/v1/GetTemplateResponse';
import type { ListHostsRequest as _provisioner_v1_ListHostsRequest, ListHostsRequest__Output as _provisioner_v1_ListHostsRequest__Output } from '../../provisioner/v1/ListHostsRequest';
import type { ListHostsResponse as _provisioner_v1_ListHostsResponse, ListHostsResponse__Output as _provisioner_v1_ListHostsResponse__Output } from '../../provisioner/v1/ListHostsResponse';
import type { ListOperatingSystemsRequest as _provisioner_v1_ListOperatingSystemsRequest, ListOperatingSystemsRequest__Output as _provisioner_v1_ListOperatingSystemsRequest__Output } from '../../provisioner/v1/ListOperatingSystemsRequest';
import type { ListOperatingSystemsResponse as _provisioner_v1_ListOperatingSystemsResponse, ListOperatingSystemsResponse__Output as _provisioner_v1_ListOperatingSystemsResponse__Output } from '../../provisioner/v1/ListOperatingSystemsResponse';
import type { ListProvisioningsRequest as _provisioner_v1_ListProvisioningsRequest, ListProvisioningsRequest__Output as _provisioner_v1_ListProvisioningsRequest__Output } from '../../provisioner/v1/ListProvisioningsRequest';
import type { ListProvisioningsResponse as _provisioner_v1_ListProvisioningsResponse, ListProvisioningsResponse__Output as _provisioner_v1_ListProvisioningsResponse__Output } from '../../provisioner/v1/ListProvisioningsResponse';
import type { ListTemplatesRequest as _provisioner_v1_ListTemplatesRequest, ListTemplatesRequest__Output as _provisioner_v1_ListTemplatesRequest__Output } from '../../provisioner/v1/ListTemplatesRequest';
import type { ListTemplatesResponse as _provisioner_v1_ListTemplatesResponse, ListTemplatesResponse__Output as _provisioner_v1_ListTemplatesResponse__Output } from '../../provisioner/v1/ListTemplatesResponse';
import type { PreviewProvisioningRequest as _provisioner_v1_PreviewProvisioningRequest, PreviewProvisioningRequest__Output as _provisioner_v1_PreviewProvisioningRequest__Output } from '../../provisioner/v1/PreviewProvisioningRequest';
import type { PreviewProvisioningResponse as _provisioner_v1_PreviewProvisioningResponse, PreviewProvisioningResponse__Output as _provisioner_v1_PreviewProvisioningResponse__Output } from '../../provisioner/v1/PreviewProvisioningResponse';
import type { SetHostNetworkBootOnceRequest as _provisioner_v1_SetHostNetworkBootOnceRequest, SetHostNetworkBootOnceRequest__Output as _provisioner_v1_SetHostNetworkBootOnceRequest__Output } from '../../provisioner/v1/SetHostNetworkBootOnceRequest';
import type { SetHostNetworkBootOnceResponse as _provisioner_v1_SetHostNetworkBootOnceResponse, SetHostNetworkBootOnceResponse__Output as _provisioner_v1_SetHostNetworkBootOnceResponse__Output } from '../../provisioner/v1/SetHostNetworkBootOnceResponse';
import type { SetHostPowerRequest as _provisioner_v1_SetHostPowerRequest, SetHostPowerRequest__Output as _provisioner_v1_SetHostPowerRequest__Output } from '../../provisioner/v1/SetHostPowerRequest';
import type { SetHostPowerResponse as _provisioner_v1_SetHostPowerResponse, SetHostPowerResponse__Output as _provisioner_v1_SetHostPowerResponse__Output } from '../../provisioner/v1/SetHostPowerResponse';
import type { UpdateHostRequest as _provisioner_v1_UpdateHostRequest, UpdateHostRequest__Output as _provisioner_v1_UpdateHostRequest__Output } from '../../provisioner/v1/UpdateHostRequest';
import type { UpdateHostResponse as _provisioner_v1_UpdateHostResponse, UpdateHostResponse__Output as _provisioner_v1_UpdateHostResponse__Output } from '../../provisioner/v1/UpdateHostResponse';
import type { UpdateOperatingSystemRequest as _provisioner_v1_UpdateOperatingSystemRequest, UpdateOperatingSystemRequest__Output as _provisioner_v1_UpdateOperatingSystemRequest__Output } from '../../provisioner/v1/UpdateOperatingSystemRequest';
import type { UpdateOperatingSystemResponse as _provisioner_v1_UpdateOperatingSystemResponse, UpdateOperatingSystemResponse__Output as _provisioner_v1_UpdateOperatingSystemResponse__Output } from '../../provisioner/v1/UpdateOperatingSystemResponse';
import type { UpdateTemplateRequest as _provisioner_v1_UpdateTemplateRequest, UpdateTemplateRequest__Output as _provisioner_v1_UpdateTemplateRequest__Output } from '../../provisioner/v1/UpdateTemplateRequest';
import type { UpdateTemplateResponse as _provisioner_v1_UpdateTemplateResponse, UpdateTemplateResponse__Output as _provisioner_v1_UpdateTemplateResponse__Output } from '../../provisioner/v1/UpdateTemplateResponse';
import type { WatchEventsRequest as _provisioner_v1_WatchEventsRequest, WatchEventsRequest__Output as _provisioner_v1_WatchEventsRequest__Output } from '../../provisioner/v1/WatchEventsRequest';
import type { WatchEventsResponse as _provisioner_v1_WatchEventsResponse, WatchEventsResponse__Output as _provisioner_v1_WatchEventsResponse__Output } from '../../provisioner/v1/WatchEventsResponse';

/**
 * Provisioning: the catalogue of operating systems and answer-file
 * templates, the hosts, one-shot network installs, BMC power, and a watch
 * stream of what happens to the hosts. Every method needs a session of an
 * APID granted the provisioning scope.
 */
export interface ProvisioningServiceClient extends grpc.Client {
  /**
   * Cancels an armed provisioning: the host's next network boot boots from its
   * disk. An install that has started cannot be cancelled.
   */
  CancelProvisioning(argument: _provisioner_v1_CancelProvisioningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CancelProvisioningResponse__Output>): grpc.ClientUnaryCall;
  CancelProvisioning(argument: _provisioner_v1_CancelProvisioningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CancelProvisioningResponse__Output>): grpc.ClientUnaryCall;
  CancelProvisioning(argument: _provisioner_v1_CancelProvisioningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CancelProvisioningResponse__Output>): grpc.ClientUnaryCall;
  CancelProvisioning(argument: _provisioner_v1_CancelProvisioningRequest, callback: grpc.requestCallback<_provisioner_v1_CancelProvisioningResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Cancels an armed provisioning: the host's next network boot boots from its
   * disk. An install that has started cannot be cancelled.
   */
  cancelProvisioning(argument: _provisioner_v1_CancelProvisioningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CancelProvisioningResponse__Output>): grpc.ClientUnaryCall;
  cancelProvisioning(argument: _provisioner_v1_CancelProvisioningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CancelProvisioningResponse__Output>): grpc.ClientUnaryCall;
  cancelProvisioning(argument: _provisioner_v1_CancelProvisioningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CancelProvisioningResponse__Output>): grpc.ClientUnaryCall;
  cancelProvisioning(argument: _provisioner_v1_CancelProvisioningRequest, callback: grpc.requestCallback<_provisioner_v1_CancelProvisioningResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates a host.
   */
  CreateHost(argument: _provisioner_v1_CreateHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateHostResponse__Output>): grpc.ClientUnaryCall;
  CreateHost(argument: _provisioner_v1_CreateHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CreateHostResponse__Output>): grpc.ClientUnaryCall;
  CreateHost(argument: _provisioner_v1_CreateHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateHostResponse__Output>): grpc.ClientUnaryCall;
  CreateHost(argument: _provisioner_v1_CreateHostRequest, callback: grpc.requestCallback<_provisioner_v1_CreateHostResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a host.
   */
  createHost(argument: _provisioner_v1_CreateHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateHostResponse__Output>): grpc.ClientUnaryCall;
  createHost(argument: _provisioner_v1_CreateHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CreateHostResponse__Output>): grpc.ClientUnaryCall;
  createHost(argument: _provisioner_v1_CreateHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateHostResponse__Output>): grpc.ClientUnaryCall;
  createHost(argument: _provisioner_v1_CreateHostRequest, callback: grpc.requestCallback<_provisioner_v1_CreateHostResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates an operating system.
   */
  CreateOperatingSystem(argument: _provisioner_v1_CreateOperatingSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  CreateOperatingSystem(argument: _provisioner_v1_CreateOperatingSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CreateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  CreateOperatingSystem(argument: _provisioner_v1_CreateOperatingSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  CreateOperatingSystem(argument: _provisioner_v1_CreateOperatingSystemRequest, callback: grpc.requestCallback<_provisioner_v1_CreateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates an operating system.
   */
  createOperatingSystem(argument: _provisioner_v1_CreateOperatingSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  createOperatingSystem(argument: _provisioner_v1_CreateOperatingSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CreateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  createOperatingSystem(argument: _provisioner_v1_CreateOperatingSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  createOperatingSystem(argument: _provisioner_v1_CreateOperatingSystemRequest, callback: grpc.requestCallback<_provisioner_v1_CreateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Arms a host: its next network boot installs the operating system. With
   * power_cycle, also sets the host's next boot to the network through its BMC
   * and power-cycles it, so the install starts with nobody at the machine.
   */
  CreateProvisioning(argument: _provisioner_v1_CreateProvisioningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateProvisioningResponse__Output>): grpc.ClientUnaryCall;
  CreateProvisioning(argument: _provisioner_v1_CreateProvisioningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CreateProvisioningResponse__Output>): grpc.ClientUnaryCall;
  CreateProvisioning(argument: _provisioner_v1_CreateProvisioningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateProvisioningResponse__Output>): grpc.ClientUnaryCall;
  CreateProvisioning(argument: _provisioner_v1_CreateProvisioningRequest, callback: grpc.requestCallback<_provisioner_v1_CreateProvisioningResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Arms a host: its next network boot installs the operating system. With
   * power_cycle, also sets the host's next boot to the network through its BMC
   * and power-cycles it, so the install starts with nobody at the machine.
   */
  createProvisioning(argument: _provisioner_v1_CreateProvisioningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateProvisioningResponse__Output>): grpc.ClientUnaryCall;
  createProvisioning(argument: _provisioner_v1_CreateProvisioningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CreateProvisioningResponse__Output>): grpc.ClientUnaryCall;
  createProvisioning(argument: _provisioner_v1_CreateProvisioningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateProvisioningResponse__Output>): grpc.ClientUnaryCall;
  createProvisioning(argument: _provisioner_v1_CreateProvisioningRequest, callback: grpc.requestCallback<_provisioner_v1_CreateProvisioningResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates a template.
   */
  CreateTemplate(argument: _provisioner_v1_CreateTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  CreateTemplate(argument: _provisioner_v1_CreateTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  CreateTemplate(argument: _provisioner_v1_CreateTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  CreateTemplate(argument: _provisioner_v1_CreateTemplateRequest, callback: grpc.requestCallback<_provisioner_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a template.
   */
  createTemplate(argument: _provisioner_v1_CreateTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  createTemplate(argument: _provisioner_v1_CreateTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  createTemplate(argument: _provisioner_v1_CreateTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  createTemplate(argument: _provisioner_v1_CreateTemplateRequest, callback: grpc.requestCallback<_provisioner_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes a host.
   */
  DeleteHost(argument: _provisioner_v1_DeleteHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteHostResponse__Output>): grpc.ClientUnaryCall;
  DeleteHost(argument: _provisioner_v1_DeleteHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_DeleteHostResponse__Output>): grpc.ClientUnaryCall;
  DeleteHost(argument: _provisioner_v1_DeleteHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteHostResponse__Output>): grpc.ClientUnaryCall;
  DeleteHost(argument: _provisioner_v1_DeleteHostRequest, callback: grpc.requestCallback<_provisioner_v1_DeleteHostResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a host.
   */
  deleteHost(argument: _provisioner_v1_DeleteHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteHostResponse__Output>): grpc.ClientUnaryCall;
  deleteHost(argument: _provisioner_v1_DeleteHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_DeleteHostResponse__Output>): grpc.ClientUnaryCall;
  deleteHost(argument: _provisioner_v1_DeleteHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteHostResponse__Output>): grpc.ClientUnaryCall;
  deleteHost(argument: _provisioner_v1_DeleteHostRequest, callback: grpc.requestCallback<_provisioner_v1_DeleteHostResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes an operating system.
   */
  DeleteOperatingSystem(argument: _provisioner_v1_DeleteOperatingSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  DeleteOperatingSystem(argument: _provisioner_v1_DeleteOperatingSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_DeleteOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  DeleteOperatingSystem(argument: _provisioner_v1_DeleteOperatingSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  DeleteOperatingSystem(argument: _provisioner_v1_DeleteOperatingSystemRequest, callback: grpc.requestCallback<_provisioner_v1_DeleteOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes an operating system.
   */
  deleteOperatingSystem(argument: _provisioner_v1_DeleteOperatingSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  deleteOperatingSystem(argument: _provisioner_v1_DeleteOperatingSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_DeleteOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  deleteOperatingSystem(argument: _provisioner_v1_DeleteOperatingSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  deleteOperatingSystem(argument: _provisioner_v1_DeleteOperatingSystemRequest, callback: grpc.requestCallback<_provisioner_v1_DeleteOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes a template.
   */
  DeleteTemplate(argument: _provisioner_v1_DeleteTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  DeleteTemplate(argument: _provisioner_v1_DeleteTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  DeleteTemplate(argument: _provisioner_v1_DeleteTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  DeleteTemplate(argument: _provisioner_v1_DeleteTemplateRequest, callback: grpc.requestCallback<_provisioner_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a template.
   */
  deleteTemplate(argument: _provisioner_v1_DeleteTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  deleteTemplate(argument: _provisioner_v1_DeleteTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  deleteTemplate(argument: _provisioner_v1_DeleteTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  deleteTemplate(argument: _provisioner_v1_DeleteTemplateRequest, callback: grpc.requestCallback<_provisioner_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Gets a host.
   */
  GetHost(argument: _provisioner_v1_GetHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  GetHost(argument: _provisioner_v1_GetHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  GetHost(argument: _provisioner_v1_GetHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  GetHost(argument: _provisioner_v1_GetHostRequest, callback: grpc.requestCallback<_provisioner_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Gets a host.
   */
  getHost(argument: _provisioner_v1_GetHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  getHost(argument: _provisioner_v1_GetHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  getHost(argument: _provisioner_v1_GetHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  getHost(argument: _provisioner_v1_GetHostRequest, callback: grpc.requestCallback<_provisioner_v1_GetHostResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Asks a host's BMC whether the host is powered on.
   */
  GetHostPower(argument: _provisioner_v1_GetHostPowerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  GetHostPower(argument: _provisioner_v1_GetHostPowerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  GetHostPower(argument: _provisioner_v1_GetHostPowerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  GetHostPower(argument: _provisioner_v1_GetHostPowerRequest, callback: grpc.requestCallback<_provisioner_v1_GetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Asks a host's BMC whether the host is powered on.
   */
  getHostPower(argument: _provisioner_v1_GetHostPowerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  getHostPower(argument: _provisioner_v1_GetHostPowerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  getHostPower(argument: _provisioner_v1_GetHostPowerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  getHostPower(argument: _provisioner_v1_GetHostPowerRequest, callback: grpc.requestCallback<_provisioner_v1_GetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Gets an operating system.
   */
  GetOperatingSystem(argument: _provisioner_v1_GetOperatingSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  GetOperatingSystem(argument: _provisioner_v1_GetOperatingSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  GetOperatingSystem(argument: _provisioner_v1_GetOperatingSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  GetOperatingSystem(argument: _provisioner_v1_GetOperatingSystemRequest, callback: grpc.requestCallback<_provisioner_v1_GetOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Gets an operating system.
   */
  getOperatingSystem(argument: _provisioner_v1_GetOperatingSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  getOperatingSystem(argument: _provisioner_v1_GetOperatingSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  getOperatingSystem(argument: _provisioner_v1_GetOperatingSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  getOperatingSystem(argument: _provisioner_v1_GetOperatingSystemRequest, callback: grpc.requestCallback<_provisioner_v1_GetOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Gets a provisioning.
   */
  GetProvisioning(argument: _provisioner_v1_GetProvisioningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetProvisioningResponse__Output>): grpc.ClientUnaryCall;
  GetProvisioning(argument: _provisioner_v1_GetProvisioningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetProvisioningResponse__Output>): grpc.ClientUnaryCall;
  GetProvisioning(argument: _provisioner_v1_GetProvisioningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetProvisioningResponse__Output>): grpc.ClientUnaryCall;
  GetProvisioning(argument: _provisioner_v1_GetProvisioningRequest, callback: grpc.requestCallback<_provisioner_v1_GetProvisioningResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Gets a provisioning.
   */
  getProvisioning(argument: _provisioner_v1_GetProvisioningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetProvisioningResponse__Output>): grpc.ClientUnaryCall;
  getProvisioning(argument: _provisioner_v1_GetProvisioningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetProvisioningResponse__Output>): grpc.ClientUnaryCall;
  getProvisioning(argument: _provisioner_v1_GetProvisioningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetProvisioningResponse__Output>): grpc.ClientUnaryCall;
  getProvisioning(argument: _provisioner_v1_GetProvisioningRequest, callback: grpc.requestCallback<_provisioner_v1_GetProvisioningResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Gets a template.
   */
  GetTemplate(argument: _provisioner_v1_GetTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  GetTemplate(argument: _provisioner_v1_GetTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  GetTemplate(argument: _provisioner_v1_GetTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  GetTemplate(argument: _provisioner_v1_GetTemplateRequest, callback: grpc.requestCallback<_provisioner_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Gets a template.
   */
  getTemplate(argument: _provisioner_v1_GetTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  getTemplate(argument: _provisioner_v1_GetTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  getTemplate(argument: _provisioner_v1_GetTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  getTemplate(argument: _provisioner_v1_GetTemplateRequest, callback: grpc.requestCallback<_provisioner_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists hosts oldest first, a page at a time.
   */
  ListHosts(argument: _provisioner_v1_ListHostsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  ListHosts(argument: _provisioner_v1_ListHostsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  ListHosts(argument: _provisioner_v1_ListHostsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  ListHosts(argument: _provisioner_v1_ListHostsRequest, callback: grpc.requestCallback<_provisioner_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists hosts oldest first, a page at a time.
   */
  listHosts(argument: _provisioner_v1_ListHostsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  listHosts(argument: _provisioner_v1_ListHostsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  listHosts(argument: _provisioner_v1_ListHostsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  listHosts(argument: _provisioner_v1_ListHostsRequest, callback: grpc.requestCallback<_provisioner_v1_ListHostsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists operating systems oldest first, a page at a time.
   */
  ListOperatingSystems(argument: _provisioner_v1_ListOperatingSystemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListOperatingSystemsResponse__Output>): grpc.ClientUnaryCall;
  ListOperatingSystems(argument: _provisioner_v1_ListOperatingSystemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListOperatingSystemsResponse__Output>): grpc.ClientUnaryCall;
  ListOperatingSystems(argument: _provisioner_v1_ListOperatingSystemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListOperatingSystemsResponse__Output>): grpc.ClientUnaryCall;
  ListOperatingSystems(argument: _provisioner_v1_ListOperatingSystemsRequest, callback: grpc.requestCallback<_provisioner_v1_ListOperatingSystemsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists operating systems oldest first, a page at a time.
   */
  listOperatingSystems(argument: _provisioner_v1_ListOperatingSystemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListOperatingSystemsResponse__Output>): grpc.ClientUnaryCall;
  listOperatingSystems(argument: _provisioner_v1_ListOperatingSystemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListOperatingSystemsResponse__Output>): grpc.ClientUnaryCall;
  listOperatingSystems(argument: _provisioner_v1_ListOperatingSystemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListOperatingSystemsResponse__Output>): grpc.ClientUnaryCall;
  listOperatingSystems(argument: _provisioner_v1_ListOperatingSystemsRequest, callback: grpc.requestCallback<_provisioner_v1_ListOperatingSystemsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists the provisionings of a host, or of every host with the parent
   * `hosts/-`, newest first, a page at a time.
   */
  ListProvisionings(argument: _provisioner_v1_ListProvisioningsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListProvisioningsResponse__Output>): grpc.ClientUnaryCall;
  ListProvisionings(argument: _provisioner_v1_ListProvisioningsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListProvisioningsResponse__Output>): grpc.ClientUnaryCall;
  ListProvisionings(argument: _provisioner_v1_ListProvisioningsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListProvisioningsResponse__Output>): grpc.ClientUnaryCall;
  ListProvisionings(argument: _provisioner_v1_ListProvisioningsRequest, callback: grpc.requestCallback<_provisioner_v1_ListProvisioningsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists the provisionings of a host, or of every host with the parent
   * `hosts/-`, newest first, a page at a time.
   */
  listProvisionings(argument: _provisioner_v1_ListProvisioningsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListProvisioningsResponse__Output>): grpc.ClientUnaryCall;
  listProvisionings(argument: _provisioner_v1_ListProvisioningsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListProvisioningsResponse__Output>): grpc.ClientUnaryCall;
  listProvisionings(argument: _provisioner_v1_ListProvisioningsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListProvisioningsResponse__Output>): grpc.ClientUnaryCall;
  listProvisionings(argument: _provisioner_v1_ListProvisioningsRequest, callback: grpc.requestCallback<_provisioner_v1_ListProvisioningsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists templates oldest first, a page at a time.
   */
  ListTemplates(argument: _provisioner_v1_ListTemplatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  ListTemplates(argument: _provisioner_v1_ListTemplatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  ListTemplates(argument: _provisioner_v1_ListTemplatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  ListTemplates(argument: _provisioner_v1_ListTemplatesRequest, callback: grpc.requestCallback<_provisioner_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists templates oldest first, a page at a time.
   */
  listTemplates(argument: _provisioner_v1_ListTemplatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _provisioner_v1_ListTemplatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _provisioner_v1_ListTemplatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _provisioner_v1_ListTemplatesRequest, callback: grpc.requestCallback<_provisioner_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Renders what CreateProvisioning would install, without arming anything, so a
   * control panel can show the settings for confirmation.
   */
  PreviewProvisioning(argument: _provisioner_v1_PreviewProvisioningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_PreviewProvisioningResponse__Output>): grpc.ClientUnaryCall;
  PreviewProvisioning(argument: _provisioner_v1_PreviewProvisioningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_PreviewProvisioningResponse__Output>): grpc.ClientUnaryCall;
  PreviewProvisioning(argument: _provisioner_v1_PreviewProvisioningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_PreviewProvisioningResponse__Output>): grpc.ClientUnaryCall;
  PreviewProvisioning(argument: _provisioner_v1_PreviewProvisioningRequest, callback: grpc.requestCallback<_provisioner_v1_PreviewProvisioningResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Renders what CreateProvisioning would install, without arming anything, so a
   * control panel can show the settings for confirmation.
   */
  previewProvisioning(argument: _provisioner_v1_PreviewProvisioningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_PreviewProvisioningResponse__Output>): grpc.ClientUnaryCall;
  previewProvisioning(argument: _provisioner_v1_PreviewProvisioningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_PreviewProvisioningResponse__Output>): grpc.ClientUnaryCall;
  previewProvisioning(argument: _provisioner_v1_PreviewProvisioningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_PreviewProvisioningResponse__Output>): grpc.ClientUnaryCall;
  previewProvisioning(argument: _provisioner_v1_PreviewProvisioningRequest, callback: grpc.requestCallback<_provisioner_v1_PreviewProvisioningResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Makes the host's next boot, and only the next, a network boot, through its
   * BMC.
   */
  SetHostNetworkBootOnce(argument: _provisioner_v1_SetHostNetworkBootOnceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_SetHostNetworkBootOnceResponse__Output>): grpc.ClientUnaryCall;
  SetHostNetworkBootOnce(argument: _provisioner_v1_SetHostNetworkBootOnceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_SetHostNetworkBootOnceResponse__Output>): grpc.ClientUnaryCall;
  SetHostNetworkBootOnce(argument: _provisioner_v1_SetHostNetworkBootOnceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_SetHostNetworkBootOnceResponse__Output>): grpc.ClientUnaryCall;
  SetHostNetworkBootOnce(argument: _provisioner_v1_SetHostNetworkBootOnceRequest, callback: grpc.requestCallback<_provisioner_v1_SetHostNetworkBootOnceResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Makes the host's next boot, and only the next, a network boot, through its
   * BMC.
   */
  setHostNetworkBootOnce(argument: _provisioner_v1_SetHostNetworkBootOnceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_SetHostNetworkBootOnceResponse__Output>): grpc.ClientUnaryCall;
  setHostNetworkBootOnce(argument: _provisioner_v1_SetHostNetworkBootOnceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_SetHostNetworkBootOnceResponse__Output>): grpc.ClientUnaryCall;
  setHostNetworkBootOnce(argument: _provisioner_v1_SetHostNetworkBootOnceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_SetHostNetworkBootOnceResponse__Output>): grpc.ClientUnaryCall;
  setHostNetworkBootOnce(argument: _provisioner_v1_SetHostNetworkBootOnceRequest, callback: grpc.requestCallback<_provisioner_v1_SetHostNetworkBootOnceResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Powers a host on or off, power-cycles or resets it, through its BMC.
   */
  SetHostPower(argument: _provisioner_v1_SetHostPowerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_SetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  SetHostPower(argument: _provisioner_v1_SetHostPowerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_SetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  SetHostPower(argument: _provisioner_v1_SetHostPowerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_SetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  SetHostPower(argument: _provisioner_v1_SetHostPowerRequest, callback: grpc.requestCallback<_provisioner_v1_SetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Powers a host on or off, power-cycles or resets it, through its BMC.
   */
  setHostPower(argument: _provisioner_v1_SetHostPowerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_SetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  setHostPower(argument: _provisioner_v1_SetHostPowerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_SetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  setHostPower(argument: _provisioner_v1_SetHostPowerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_SetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  setHostPower(argument: _provisioner_v1_SetHostPowerRequest, callback: grpc.requestCallback<_provisioner_v1_SetHostPowerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Updates the fields of a host that update_mask names.
   */
  UpdateHost(argument: _provisioner_v1_UpdateHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  UpdateHost(argument: _provisioner_v1_UpdateHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  UpdateHost(argument: _provisioner_v1_UpdateHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  UpdateHost(argument: _provisioner_v1_UpdateHostRequest, callback: grpc.requestCallback<_provisioner_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Updates the fields of a host that update_mask names.
   */
  updateHost(argument: _provisioner_v1_UpdateHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  updateHost(argument: _provisioner_v1_UpdateHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  updateHost(argument: _provisioner_v1_UpdateHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  updateHost(argument: _provisioner_v1_UpdateHostRequest, callback: grpc.requestCallback<_provisioner_v1_UpdateHostResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Updates the fields of an operating system that update_mask names.
   */
  UpdateOperatingSystem(argument: _provisioner_v1_UpdateOperatingSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  UpdateOperatingSystem(argument: _provisioner_v1_UpdateOperatingSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_UpdateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  UpdateOperatingSystem(argument: _provisioner_v1_UpdateOperatingSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  UpdateOperatingSystem(argument: _provisioner_v1_UpdateOperatingSystemRequest, callback: grpc.requestCallback<_provisioner_v1_UpdateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Updates the fields of an operating system that update_mask names.
   */
  updateOperatingSystem(argument: _provisioner_v1_UpdateOperatingSystemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  updateOperatingSystem(argument: _provisioner_v1_UpdateOperatingSystemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_UpdateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  updateOperatingSystem(argument: _provisioner_v1_UpdateOperatingSystemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  updateOperatingSystem(argument: _provisioner_v1_UpdateOperatingSystemRequest, callback: grpc.requestCallback<_provisioner_v1_UpdateOperatingSystemResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Updates the fields of a template that update_mask names.
   */
  UpdateTemplate(argument: _provisioner_v1_UpdateTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  UpdateTemplate(argument: _provisioner_v1_UpdateTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  UpdateTemplate(argument: _provisioner_v1_UpdateTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  UpdateTemplate(argument: _provisioner_v1_UpdateTemplateRequest, callback: grpc.requestCallback<_provisioner_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Updates the fields of a template that update_mask names.
   */
  updateTemplate(argument: _provisioner_v1_UpdateTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  updateTemplate(argument: _provisioner_v1_UpdateTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  updateTemplate(argument: _provisioner_v1_UpdateTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  updateTemplate(argument: _provisioner_v1_UpdateTemplateRequest, callback: grpc.requestCallback<_provisioner_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Streams the events of one host, or of every host, as they happen. After a
   * reconnect, pass the cursor of the last event received to resume: no event
   * is lost or repeated. Events come from the shared database, so a stream sees
   * the events of every server of the deployment. The response headers arrive
   * once the stream's start is fixed: wait for them before acting (arming, say)
   * and no event of that action is missed.
   */
  WatchEvents(argument: _provisioner_v1_WatchEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_provisioner_v1_WatchEventsResponse__Output>;
  WatchEvents(argument: _provisioner_v1_WatchEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_provisioner_v1_WatchEventsResponse__Output>;
  /**
   * Streams the events of one host, or of every host, as they happen. After a
   * reconnect, pass the cursor of the last event received to resume: no event
   * is lost or repeated. Events come from the shared database, so a stream sees
   * the events of every server of the deployment. The response headers arrive
   * once the stream's start is fixed: wait for them before acting (arming, say)
   * and no event of that action is missed.
   */
  watchEvents(argument: _provisioner_v1_WatchEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_provisioner_v1_WatchEventsResponse__Output>;
  watchEvents(argument: _provisioner_v1_WatchEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_provisioner_v1_WatchEventsResponse__Output>;
  
}

/**
 * Provisioning: the catalogue of operating systems and answer-file
 * templates, the hosts, one-shot network installs, BMC power, and a watch
 * stream of what happens to the hosts. Every method needs a session of an
 * APID granted the provisioning scope.
 */
export interface ProvisioningServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Cancels an armed provisioning: the host's next network boot boots from its
   * disk. An install that has started cannot be cancelled.
   */
  CancelProvisioning: grpc.handleUnaryCall<_provisioner_v1_CancelProvisioningRequest__Output, _provisioner_v1_CancelProvisioningResponse>;
  
  /**
   * Creates a host.
   */
  CreateHost: grpc.handleUnaryCall<_provisioner_v1_CreateHostRequest__Output, _provisioner_v1_CreateHostResponse>;
  
  /**
   * Creates an operating system.
   */
  CreateOperatingSystem: grpc.handleUnaryCall<_provisioner_v1_CreateOperatingSystemRequest__Output, _provisioner_v1_CreateOperatingSystemResponse>;
  
  /**
   * Arms a host: its next network boot installs the operating system. With
   * power_cycle, also sets the host's next boot to the network through its BMC
   * and power-cycles it, so the install starts with nobody at the machine.
   */
  CreateProvisioning: grpc.handleUnaryCall<_provisioner_v1_CreateProvisioningRequest__Output, _provisioner_v1_CreateProvisioningResponse>;
  
  /**
   * Creates a template.
   */
  CreateTemplate: grpc.handleUnaryCall<_provisioner_v1_CreateTemplateRequest__Output, _provisioner_v1_CreateTemplateResponse>;
  
  /**
   * Deletes a host.
   */
  DeleteHost: grpc.handleUnaryCall<_provisioner_v1_DeleteHostRequest__Output, _provisioner_v1_DeleteHostResponse>;
  
  /**
   * Deletes an operating system.
   */
  DeleteOperatingSystem: grpc.handleUnaryCall<_provisioner_v1_DeleteOperatingSystemRequest__Output, _provisioner_v1_DeleteOperatingSystemResponse>;
  
  /**
   * Deletes a template.
   */
  DeleteTemplate: grpc.handleUnaryCall<_provisioner_v1_DeleteTemplateRequest__Output, _provisioner_v1_DeleteTemplateResponse>;
  
  /**
   * Gets a host.
   */
  GetHost: grpc.handleUnaryCall<_provisioner_v1_GetHostRequest__Output, _provisioner_v1_GetHostResponse>;
  
  /**
   * Asks a host's BMC whether the host is powered on.
   */
  GetHostPower: grpc.handleUnaryCall<_provisioner_v1_GetHostPowerRequest__Output, _provisioner_v1_GetHostPowerResponse>;
  
  /**
   * Gets an operating system.
   */
  GetOperatingSystem: grpc.handleUnaryCall<_provisioner_v1_GetOperatingSystemRequest__Output, _provisioner_v1_GetOperatingSystemResponse>;
  
  /**
   * Gets a provisioning.
   */
  GetProvisioning: grpc.handleUnaryCall<_provisioner_v1_GetProvisioningRequest__Output, _provisioner_v1_GetProvisioningResponse>;
  
  /**
   * Gets a template.
   */
  GetTemplate: grpc.handleUnaryCall<_provisioner_v1_GetTemplateRequest__Output, _provisioner_v1_GetTemplateResponse>;
  
  /**
   * Lists hosts oldest first, a page at a time.
   */
  ListHosts: grpc.handleUnaryCall<_provisioner_v1_ListHostsRequest__Output, _provisioner_v1_ListHostsResponse>;
  
  /**
   * Lists operating systems oldest first, a page at a time.
   */
  ListOperatingSystems: grpc.handleUnaryCall<_provisioner_v1_ListOperatingSystemsRequest__Output, _provisioner_v1_ListOperatingSystemsResponse>;
  
  /**
   * Lists the provisionings of a host, or of every host with the parent
   * `hosts/-`, newest first, a page at a time.
   */
  ListProvisionings: grpc.handleUnaryCall<_provisioner_v1_ListProvisioningsRequest__Output, _provisioner_v1_ListProvisioningsResponse>;
  
  /**
   * Lists templates oldest first, a page at a time.
   */
  ListTemplates: grpc.handleUnaryCall<_provisioner_v1_ListTemplatesRequest__Output, _provisioner_v1_ListTemplatesResponse>;
  
  /**
   * Renders what CreateProvisioning would install, without arming anything, so a
   * control panel can show the settings for confirmation.
   */
  PreviewProvisioning: grpc.handleUnaryCall<_provisioner_v1_PreviewProvisioningRequest__Output, _provisioner_v1_PreviewProvisioningResponse>;
  
  /**
   * Makes the host's next boot, and only the next, a network boot, through its
   * BMC.
   */
  SetHostNetworkBootOnce: grpc.handleUnaryCall<_provisioner_v1_SetHostNetworkBootOnceRequest__Output, _provisioner_v1_SetHostNetworkBootOnceResponse>;
  
  /**
   * Powers a host on or off, power-cycles or resets it, through its BMC.
   */
  SetHostPower: grpc.handleUnaryCall<_provisioner_v1_SetHostPowerRequest__Output, _provisioner_v1_SetHostPowerResponse>;
  
  /**
   * Updates the fields of a host that update_mask names.
   */
  UpdateHost: grpc.handleUnaryCall<_provisioner_v1_UpdateHostRequest__Output, _provisioner_v1_UpdateHostResponse>;
  
  /**
   * Updates the fields of an operating system that update_mask names.
   */
  UpdateOperatingSystem: grpc.handleUnaryCall<_provisioner_v1_UpdateOperatingSystemRequest__Output, _provisioner_v1_UpdateOperatingSystemResponse>;
  
  /**
   * Updates the fields of a template that update_mask names.
   */
  UpdateTemplate: grpc.handleUnaryCall<_provisioner_v1_UpdateTemplateRequest__Output, _provisioner_v1_UpdateTemplateResponse>;
  
  /**
   * Streams the events of one host, or of every host, as they happen. After a
   * reconnect, pass the cursor of the last event received to resume: no event
   * is lost or repeated. Events come from the shared database, so a stream sees
   * the events of every server of the deployment. The response headers arrive
   * once the stream's start is fixed: wait for them before acting (arming, say)
   * and no event of that action is missed.
   */
  WatchEvents: grpc.handleServerStreamingCall<_provisioner_v1_WatchEventsRequest__Output, _provisioner_v1_WatchEventsResponse>;
  
}

export interface ProvisioningServiceDefinition extends grpc.ServiceDefinition {
  CancelProvisioning: MethodDefinition<_provisioner_v1_CancelProvisioningRequest, _provisioner_v1_CancelProvisioningResponse, _provisioner_v1_CancelProvisioningRequest__Output, _provisioner_v1_CancelProvisioningResponse__Output>
  CreateHost: MethodDefinition<_provisioner_v1_CreateHostRequest, _provisioner_v1_CreateHostResponse, _provisioner_v1_CreateHostRequest__Output, _provisioner_v1_CreateHostResponse__Output>
  CreateOperatingSystem: MethodDefinition<_provisioner_v1_CreateOperatingSystemRequest, _provisioner_v1_CreateOperatingSystemResponse, _provisioner_v1_CreateOperatingSystemRequest__Output, _provisioner_v1_CreateOperatingSystemResponse__Output>
  CreateProvisioning: MethodDefinition<_provisioner_v1_CreateProvisioningRequest, _provisioner_v1_CreateProvisioningResponse, _provisioner_v1_CreateProvisioningRequest__Output, _provisioner_v1_CreateProvisioningResponse__Output>
  CreateTemplate: MethodDefinition<_provisioner_v1_CreateTemplateRequest, _provisioner_v1_CreateTemplateResponse, _provisioner_v1_CreateTemplateRequest__Output, _provisioner_v1_CreateTemplateResponse__Output>
  DeleteHost: MethodDefinition<_provisioner_v1_DeleteHostRequest, _provisioner_v1_DeleteHostResponse, _provisioner_v1_DeleteHostRequest__Output, _provisioner_v1_DeleteHostResponse__Output>
  DeleteOperatingSystem: MethodDefinition<_provisioner_v1_DeleteOperatingSystemRequest, _provisioner_v1_DeleteOperatingSystemResponse, _provisioner_v1_DeleteOperatingSystemRequest__Output, _provisioner_v1_DeleteOperatingSystemResponse__Output>
  DeleteTemplate: MethodDefinition<_provisioner_v1_DeleteTemplateRequest, _provisioner_v1_DeleteTemplateResponse, _provisioner_v1_DeleteTemplateRequest__Output, _provisioner_v1_DeleteTemplateResponse__Output>
  GetHost: MethodDefinition<_provisioner_v1_GetHostRequest, _provisioner_v1_GetHostResponse, _provisioner_v1_GetHostRequest__Output, _provisioner_v1_GetHostResponse__Output>
  GetHostPower: MethodDefinition<_provisioner_v1_GetHostPowerRequest, _provisioner_v1_GetHostPowerResponse, _provisioner_v1_GetHostPowerRequest__Output, _provisioner_v1_GetHostPowerResponse__Output>
  GetOperatingSystem: MethodDefinition<_provisioner_v1_GetOperatingSystemRequest, _provisioner_v1_GetOperatingSystemResponse, _provisioner_v1_GetOperatingSystemRequest__Output, _provisioner_v1_GetOperatingSystemResponse__Output>
  GetProvisioning: MethodDefinition<_provisioner_v1_GetProvisioningRequest, _provisioner_v1_GetProvisioningResponse, _provisioner_v1_GetProvisioningRequest__Output, _provisioner_v1_GetProvisioningResponse__Output>
  GetTemplate: MethodDefinition<_provisioner_v1_GetTemplateRequest, _provisioner_v1_GetTemplateResponse, _provisioner_v1_GetTemplateRequest__Output, _provisioner_v1_GetTemplateResponse__Output>
  ListHosts: MethodDefinition<_provisioner_v1_ListHostsRequest, _provisioner_v1_ListHostsResponse, _provisioner_v1_ListHostsRequest__Output, _provisioner_v1_ListHostsResponse__Output>
  ListOperatingSystems: MethodDefinition<_provisioner_v1_ListOperatingSystemsRequest, _provisioner_v1_ListOperatingSystemsResponse, _provisioner_v1_ListOperatingSystemsRequest__Output, _provisioner_v1_ListOperatingSystemsResponse__Output>
  ListProvisionings: MethodDefinition<_provisioner_v1_ListProvisioningsRequest, _provisioner_v1_ListProvisioningsResponse, _provisioner_v1_ListProvisioningsRequest__Output, _provisioner_v1_ListProvisioningsResponse__Output>
  ListTemplates: MethodDefinition<_provisioner_v1_ListTemplatesRequest, _provisioner_v1_ListTemplatesResponse, _provisioner_v1_ListTemplatesRequest__Output, _provisioner_v1_ListTemplatesResponse__Output>
  PreviewProvisioning: MethodDefinition<_provisioner_v1_PreviewProvisioningRequest, _provisioner_v1_PreviewProvisioningResponse, _provisioner_v1_PreviewProvisioningRequest__Output, _provisioner_v1_PreviewProvisioningResponse__Output>
  SetHostNetworkBootOnce: MethodDefinition<_provisioner_v1_SetHostNetworkBootOnceRequest, _provisioner_v1_SetHostNetworkBootOnceResponse, _provisioner_v1_SetHostNetworkBootOnceRequest__Output, _provisioner_v1_SetHostNetworkBootOnceResponse__Output>
  SetHostPower: MethodDefinition<_provisioner_v1_SetHostPowerRequest, _provisioner_v1_SetHostPowerResponse, _provisioner_v1_SetHostPowerRequest__Output, _provisioner_v1_SetHostPowerResponse__Output>
  UpdateHost: MethodDefinition<_provisioner_v1_UpdateHostRequest, _provisioner_v1_UpdateHostResponse, _provisioner_v1_UpdateHostRequest__Output, _provisioner_v1_UpdateHostResponse__Output>
  UpdateOperatingSystem: MethodDefinition<_provisioner_v1_UpdateOperatingSystemRequest, _provisioner_v1_UpdateOperatingSystemResponse, _provisioner_v1_UpdateOperatingSystemRequest__Output, _provisioner_v1_UpdateOperatingSystemResponse__Output>
  UpdateTemplate: MethodDefinition<_provisioner_v1_UpdateTemplateRequest, _provisioner_v1_UpdateTemplateResponse, _provisioner_v1_UpdateTemplateRequest__Output, _provisioner_v1_UpdateTemplateResponse__Output>
  WatchEvents: MethodDefinition<_provisioner_v1_WatchEventsRequest, _provisioner_v1_WatchEventsResponse, _provisioner_v1_WatchEventsRequest__Output, _provisioner_v1_WatchEventsResponse__Output>
}

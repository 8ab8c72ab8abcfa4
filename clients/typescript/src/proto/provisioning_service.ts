import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { DescriptorProto as _google_protobuf_DescriptorProto, DescriptorProto__Output as _google_protobuf_DescriptorProto__Output } from './google/protobuf/DescriptorProto';
import type { EnumDescriptorProto as _google_protobuf_EnumDescriptorProto, EnumDescriptorProto__Output as _google_protobuf_EnumDescriptorProto__Output } from './google/protobuf/EnumDescriptorProto';
import type { EnumOptions as _google_protobuf_EnumOptions, EnumOptions__Output as _google_protobuf_EnumOptions__Output } from './google/protobuf/EnumOptions';
import type { EnumValueDescriptorProto as _google_protobuf_EnumValueDescriptorProto, EnumValueDescriptorProto__Output as _google_protobuf_EnumValueDescriptorProto__Output } from './google/protobuf/EnumValueDescriptorProto';
import type { EnumValueOptions as _google_protobuf_EnumValueOptions, EnumValueOptions__Output as _google_protobuf_EnumValueOptions__Output } from './google/protobuf/EnumValueOptions';
import type { ExtensionRangeOptions as _google_protobuf_ExtensionRangeOptions, ExtensionRangeOptions__Output as _google_protobuf_ExtensionRangeOptions__Output } from './google/protobuf/ExtensionRangeOptions';
import type { FeatureSet as _google_protobuf_FeatureSet, FeatureSet__Output as _google_protobuf_FeatureSet__Output } from './google/protobuf/FeatureSet';
import type { FeatureSetDefaults as _google_protobuf_FeatureSetDefaults, FeatureSetDefaults__Output as _google_protobuf_FeatureSetDefaults__Output } from './google/protobuf/FeatureSetDefaults';
import type { FieldDescriptorProto as _google_protobuf_FieldDescriptorProto, FieldDescriptorProto__Output as _google_protobuf_FieldDescriptorProto__Output } from './google/protobuf/FieldDescriptorProto';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from './google/protobuf/FieldMask';
import type { FieldOptions as _google_protobuf_FieldOptions, FieldOptions__Output as _google_protobuf_FieldOptions__Output } from './google/protobuf/FieldOptions';
import type { FileDescriptorProto as _google_protobuf_FileDescriptorProto, FileDescriptorProto__Output as _google_protobuf_FileDescriptorProto__Output } from './google/protobuf/FileDescriptorProto';
import type { FileDescriptorSet as _google_protobuf_FileDescriptorSet, FileDescriptorSet__Output as _google_protobuf_FileDescriptorSet__Output } from './google/protobuf/FileDescriptorSet';
import type { FileOptions as _google_protobuf_FileOptions, FileOptions__Output as _google_protobuf_FileOptions__Output } from './google/protobuf/FileOptions';
import type { GeneratedCodeInfo as _google_protobuf_GeneratedCodeInfo, GeneratedCodeInfo__Output as _google_protobuf_GeneratedCodeInfo__Output } from './google/protobuf/GeneratedCodeInfo';
import type { MessageOptions as _google_protobuf_MessageOptions, MessageOptions__Output as _google_protobuf_MessageOptions__Output } from './google/protobuf/MessageOptions';
import type { MethodDescriptorProto as _google_protobuf_MethodDescriptorProto, MethodDescriptorProto__Output as _google_protobuf_MethodDescriptorProto__Output } from './google/protobuf/MethodDescriptorProto';
import type { MethodOptions as _google_protobuf_MethodOptions, MethodOptions__Output as _google_protobuf_MethodOptions__Output } from './google/protobuf/MethodOptions';
import type { OneofDescriptorProto as _google_protobuf_OneofDescriptorProto, OneofDescriptorProto__Output as _google_protobuf_OneofDescriptorProto__Output } from './google/protobuf/OneofDescriptorProto';
import type { OneofOptions as _google_protobuf_OneofOptions, OneofOptions__Output as _google_protobuf_OneofOptions__Output } from './google/protobuf/OneofOptions';
import type { ServiceDescriptorProto as _google_protobuf_ServiceDescriptorProto, ServiceDescriptorProto__Output as _google_protobuf_ServiceDescriptorProto__Output } from './google/protobuf/ServiceDescriptorProto';
import type { ServiceOptions as _google_protobuf_ServiceOptions, ServiceOptions__Output as _google_protobuf_ServiceOptions__Output } from './google/protobuf/ServiceOptions';
import type { SourceCodeInfo as _google_protobuf_SourceCodeInfo, SourceCodeInfo__Output as _google_protobuf_SourceCodeInfo__Output } from './google/protobuf/SourceCodeInfo';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { UninterpretedOption as _google_protobuf_UninterpretedOption, UninterpretedOption__Output as _google_protobuf_UninterpretedOption__Output } from './google/protobuf/UninterpretedOption';
import type { Bmc as _provisioner_v1_Bmc, Bmc__Output as _provisioner_v1_Bmc__Output } from './provisioner/v1/Bmc';
import type { CancelProvisioningRequest as _provisioner_v1_CancelProvisioningRequest, CancelProvisioningRequest__Output as _provisioner_v1_CancelProvisioningRequest__Output } from './provisioner/v1/CancelProvisioningRequest';
import type { CancelProvisioningResponse as _provisioner_v1_CancelProvisioningResponse, CancelProvisioningResponse__Output as _provisioner_v1_CancelProvisioningResponse__Output } from './provisioner/v1/CancelProvisioningResponse';
import type { CreateHostRequest as _provisioner_v1_CreateHostRequest, CreateHostRequest__Output as _provisioner_v1_CreateHostRequest__Output } from './provisioner/v1/CreateHostRequest';
import type { CreateHostResponse as _provisioner_v1_CreateHostResponse, CreateHostResponse__Output as _provisioner_v1_CreateHostResponse__Output } from './provisioner/v1/CreateHostResponse';
import type { CreateOperatingSystemRequest as _provisioner_v1_CreateOperatingSystemRequest, CreateOperatingSystemRequest__Output as _provisioner_v1_CreateOperatingSystemRequest__Output } from './provisioner/v1/CreateOperatingSystemRequest';
import type { CreateOperatingSystemResponse as _provisioner_v1_CreateOperatingSystemResponse, CreateOperatingSystemResponse__Output as _provisioner_v1_CreateOperatingSystemResponse__Output } from './provisioner/v1/CreateOperatingSystemResponse';
import type { CreateProvisioningRequest as _provisioner_v1_CreateProvisioningRequest, CreateProvisioningRequest__Output as _provisioner_v1_CreateProvisioningRequest__Output } from './provisioner/v1/CreateProvisioningRequest';
import type { CreateProvisioningResponse as _provisioner_v1_CreateProvisioningResponse, CreateProvisioningResponse__Output as _provisioner_v1_CreateProvisioningResponse__Output } from './provisioner/v1/CreateProvisioningResponse';
import type { CreateTemplateRequest as _provisioner_v1_CreateTemplateRequest, CreateTemplateRequest__Output as _provisioner_v1_CreateTemplateRequest__Output } from './provisioner/v1/CreateTemplateRequest';
import type { CreateTemplateResponse as _provisioner_v1_CreateTemplateResponse, CreateTemplateResponse__Output as _provisioner_v1_CreateTemplateResponse__Output } from './provisioner/v1/CreateTemplateResponse';
import type { DeleteHostRequest as _provisioner_v1_DeleteHostRequest, DeleteHostRequest__Output as _provisioner_v1_DeleteHostRequest__Output } from './provisioner/v1/DeleteHostRequest';
import type { DeleteHostResponse as _provisioner_v1_DeleteHostResponse, DeleteHostResponse__Output as _provisioner_v1_DeleteHostResponse__Output } from './provisioner/v1/DeleteHostResponse';
import type { DeleteOperatingSystemRequest as _provisioner_v1_DeleteOperatingSystemRequest, DeleteOperatingSystemRequest__Output as _provisioner_v1_DeleteOperatingSystemRequest__Output } from './provisioner/v1/DeleteOperatingSystemRequest';
import type { DeleteOperatingSystemResponse as _provisioner_v1_DeleteOperatingSystemResponse, DeleteOperatingSystemResponse__Output as _provisioner_v1_DeleteOperatingSystemResponse__Output } from './provisioner/v1/DeleteOperatingSystemResponse';
import type { DeleteTemplateRequest as _provisioner_v1_DeleteTemplateRequest, DeleteTemplateRequest__Output as _provisioner_v1_DeleteTemplateRequest__Output } from './provisioner/v1/DeleteTemplateRequest';
import type { DeleteTemplateResponse as _provisioner_v1_DeleteTemplateResponse, DeleteTemplateResponse__Output as _provisioner_v1_DeleteTemplateResponse__Output } from './provisioner/v1/DeleteTemplateResponse';
import type { Event as _provisioner_v1_Event, Event__Output as _provisioner_v1_Event__Output } from './provisioner/v1/Event';
import type { GetHostPowerRequest as _provisioner_v1_GetHostPowerRequest, GetHostPowerRequest__Output as _provisioner_v1_GetHostPowerRequest__Output } from './provisioner/v1/GetHostPowerRequest';
import type { GetHostPowerResponse as _provisioner_v1_GetHostPowerResponse, GetHostPowerResponse__Output as _provisioner_v1_GetHostPowerResponse__Output } from './provisioner/v1/GetHostPowerResponse';
import type { GetHostRequest as _provisioner_v1_GetHostRequest, GetHostRequest__Output as _provisioner_v1_GetHostRequest__Output } from './provisioner/v1/GetHostRequest';
import type { GetHostResponse as _provisioner_v1_GetHostResponse, GetHostResponse__Output as _provisioner_v1_GetHostResponse__Output } from './provisioner/v1/GetHostResponse';
import type { GetOperatingSystemRequest as _provisioner_v1_GetOperatingSystemRequest, GetOperatingSystemRequest__Output as _provisioner_v1_GetOperatingSystemRequest__Output } from './provisioner/v1/GetOperatingSystemRequest';
import type { GetOperatingSystemResponse as _provisioner_v1_GetOperatingSystemResponse, GetOperatingSystemResponse__Output as _provisioner_v1_GetOperatingSystemResponse__Output } from './provisioner/v1/GetOperatingSystemResponse';
import type { GetProvisioningRequest as _provisioner_v1_GetProvisioningRequest, GetProvisioningRequest__Output as _provisioner_v1_GetProvisioningRequest__Output } from './provisioner/v1/GetProvisioningRequest';
import type { GetProvisioningResponse as _provisioner_v1_GetProvisioningResponse, GetProvisioningResponse__Output as _provisioner_v1_GetProvisioningResponse__Output } from './provisioner/v1/GetProvisioningResponse';
import type { GetTemplateRequest as _provisioner_v1_GetTemplateRequest, GetTemplateRequest__Output as _provisioner_v1_GetTemplateRequest__Output } from './provisioner/v1/GetTemplateRequest';
import type { GetTemplateResponse as _provisioner_v1_GetTemplateResponse, GetTemplateResponse__Output as _provisioner_v1_GetTemplateResponse__Output } from './provisioner/v1/GetTemplateResponse';
import type { Host as _provisioner_v1_Host, Host__Output as _provisioner_v1_Host__Output } from './provisioner/v1/Host';
import type { ListHostsRequest as _provisioner_v1_ListHostsRequest, ListHostsRequest__Output as _provisioner_v1_ListHostsRequest__Output } from './provisioner/v1/ListHostsRequest';
import type { ListHostsResponse as _provisioner_v1_ListHostsResponse, ListHostsResponse__Output as _provisioner_v1_ListHostsResponse__Output } from './provisioner/v1/ListHostsResponse';
import type { ListOperatingSystemsRequest as _provisioner_v1_ListOperatingSystemsRequest, ListOperatingSystemsRequest__Output as _provisioner_v1_ListOperatingSystemsRequest__Output } from './provisioner/v1/ListOperatingSystemsRequest';
import type { ListOperatingSystemsResponse as _provisioner_v1_ListOperatingSystemsResponse, ListOperatingSystemsResponse__Output as _provisioner_v1_ListOperatingSystemsResponse__Output } from './provisioner/v1/ListOperatingSystemsResponse';
import type { ListProvisioningsRequest as _provisioner_v1_ListProvisioningsRequest, ListProvisioningsRequest__Output as _provisioner_v1_ListProvisioningsRequest__Output } from './provisioner/v1/ListProvisioningsRequest';
import type { ListProvisioningsResponse as _provisioner_v1_ListProvisioningsResponse, ListProvisioningsResponse__Output as _provisioner_v1_ListProvisioningsResponse__Output } from './provisioner/v1/ListProvisioningsResponse';
import type { ListTemplatesRequest as _provisioner_v1_ListTemplatesRequest, ListTemplatesRequest__Output as _provisioner_v1_ListTemplatesRequest__Output } from './provisioner/v1/ListTemplatesRequest';
import type { ListTemplatesResponse as _provisioner_v1_ListTemplatesResponse, ListTemplatesResponse__Output as _provisioner_v1_ListTemplatesResponse__Output } from './provisioner/v1/ListTemplatesResponse';
import type { NetworkSettings as _provisioner_v1_NetworkSettings, NetworkSettings__Output as _provisioner_v1_NetworkSettings__Output } from './provisioner/v1/NetworkSettings';
import type { OperatingSystem as _provisioner_v1_OperatingSystem, OperatingSystem__Output as _provisioner_v1_OperatingSystem__Output } from './provisioner/v1/OperatingSystem';
import type { PreviewProvisioningRequest as _provisioner_v1_PreviewProvisioningRequest, PreviewProvisioningRequest__Output as _provisioner_v1_PreviewProvisioningRequest__Output } from './provisioner/v1/PreviewProvisioningRequest';
import type { PreviewProvisioningResponse as _provisioner_v1_PreviewProvisioningResponse, PreviewProvisioningResponse__Output as _provisioner_v1_PreviewProvisioningResponse__Output } from './provisioner/v1/PreviewProvisioningResponse';
import type { Provisioning as _provisioner_v1_Provisioning, Provisioning__Output as _provisioner_v1_Provisioning__Output } from './provisioner/v1/Provisioning';
import type { ProvisioningServiceClient as _provisioner_v1_ProvisioningServiceClient, ProvisioningServiceDefinition as _provisioner_v1_ProvisioningServiceDefinition } from './provisioner/v1/ProvisioningService';
import type { ReturnCode as _provisioner_v1_ReturnCode, ReturnCode__Output as _provisioner_v1_ReturnCode__Output } from './provisioner/v1/ReturnCode';
import type { RpcPolicy as _provisioner_v1_RpcPolicy, RpcPolicy__Output as _provisioner_v1_RpcPolicy__Output } from './provisioner/v1/RpcPolicy';
import type { ServicePolicy as _provisioner_v1_ServicePolicy, ServicePolicy__Output as _provisioner_v1_ServicePolicy__Output } from './provisioner/v1/ServicePolicy';
import type { SetHostNetworkBootOnceRequest as _provisioner_v1_SetHostNetworkBootOnceRequest, SetHostNetworkBootOnceRequest__Output as _provisioner_v1_SetHostNetworkBootOnceRequest__Output } from './provisioner/v1/SetHostNetworkBootOnceRequest';
import type { SetHostNetworkBootOnceResponse as _provisioner_v1_SetHostNetworkBootOnceResponse, SetHostNetworkBootOnceResponse__Output as _provisioner_v1_SetHostNetworkBootOnceResponse__Output } from './provisioner/v1/SetHostNetworkBootOnceResponse';
import type { SetHostPowerRequest as _provisioner_v1_SetHostPowerRequest, SetHostPowerRequest__Output as _provisioner_v1_SetHostPowerRequest__Output } from './provisioner/v1/SetHostPowerRequest';
import type { SetHostPowerResponse as _provisioner_v1_SetHostPowerResponse, SetHostPowerResponse__Output as _provisioner_v1_SetHostPowerResponse__Output } from './provisioner/v1/SetHostPowerResponse';
import type { Template as _provisioner_v1_Template, Template__Output as _provisioner_v1_Template__Output } from './provisioner/v1/Template';
import type { TemplateParameter as _provisioner_v1_TemplateParameter, TemplateParameter__Output as _provisioner_v1_TemplateParameter__Output } from './provisioner/v1/TemplateParameter';
import type { UpdateHostRequest as _provisioner_v1_UpdateHostRequest, UpdateHostRequest__Output as _provisioner_v1_UpdateHostRequest__Output } from './provisioner/v1/UpdateHostRequest';
import type { UpdateHostResponse as _provisioner_v1_UpdateHostResponse, UpdateHostResponse__Output as _provisioner_v1_UpdateHostResponse__Output } from './provisioner/v1/UpdateHostResponse';
import type { UpdateOperatingSystemRequest as _provisioner_v1_UpdateOperatingSystemRequest, UpdateOperatingSystemRequest__Output as _provisioner_v1_UpdateOperatingSystemRequest__Output } from './provisioner/v1/UpdateOperatingSystemRequest';
import type { UpdateOperatingSystemResponse as _provisioner_v1_UpdateOperatingSystemResponse, UpdateOperatingSystemResponse__Output as _provisioner_v1_UpdateOperatingSystemResponse__Output } from './provisioner/v1/UpdateOperatingSystemResponse';
import type { UpdateTemplateRequest as _provisioner_v1_UpdateTemplateRequest, UpdateTemplateRequest__Output as _provisioner_v1_UpdateTemplateRequest__Output } from './provisioner/v1/UpdateTemplateRequest';
import type { UpdateTemplateResponse as _provisioner_v1_UpdateTemplateResponse, UpdateTemplateResponse__Output as _provisioner_v1_UpdateTemplateResponse__Output } from './provisioner/v1/UpdateTemplateResponse';
import type { WatchEventsRequest as _provisioner_v1_WatchEventsRequest, WatchEventsRequest__Output as _provisioner_v1_WatchEventsRequest__Output } from './provisioner/v1/WatchEventsRequest';
import type { WatchEventsResponse as _provisioner_v1_WatchEventsResponse, WatchEventsResponse__Output as _provisioner_v1_WatchEventsResponse__Output } from './provisioner/v1/WatchEventsResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      DescriptorProto: MessageTypeDefinition<_google_protobuf_DescriptorProto, _google_protobuf_DescriptorProto__Output>
      Edition: EnumTypeDefinition
      EnumDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumDescriptorProto, _google_protobuf_EnumDescriptorProto__Output>
      EnumOptions: MessageTypeDefinition<_google_protobuf_EnumOptions, _google_protobuf_EnumOptions__Output>
      EnumValueDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumValueDescriptorProto, _google_protobuf_EnumValueDescriptorProto__Output>
      EnumValueOptions: MessageTypeDefinition<_google_protobuf_EnumValueOptions, _google_protobuf_EnumValueOptions__Output>
      ExtensionRangeOptions: MessageTypeDefinition<_google_protobuf_ExtensionRangeOptions, _google_protobuf_ExtensionRangeOptions__Output>
      FeatureSet: MessageTypeDefinition<_google_protobuf_FeatureSet, _google_protobuf_FeatureSet__Output>
      FeatureSetDefaults: MessageTypeDefinition<_google_protobuf_FeatureSetDefaults, _google_protobuf_FeatureSetDefaults__Output>
      FieldDescriptorProto: MessageTypeDefinition<_google_protobuf_FieldDescriptorProto, _google_protobuf_FieldDescriptorProto__Output>
      FieldMask: MessageTypeDefinition<_google_protobuf_FieldMask, _google_protobuf_FieldMask__Output>
      FieldOptions: MessageTypeDefinition<_google_protobuf_FieldOptions, _google_protobuf_FieldOptions__Output>
      FileDescriptorProto: MessageTypeDefinition<_google_protobuf_FileDescriptorProto, _google_protobuf_FileDescriptorProto__Output>
      FileDescriptorSet: MessageTypeDefinition<_google_protobuf_FileDescriptorSet, _google_protobuf_FileDescriptorSet__Output>
      FileOptions: MessageTypeDefinition<_google_protobuf_FileOptions, _google_protobuf_FileOptions__Output>
      GeneratedCodeInfo: MessageTypeDefinition<_google_protobuf_GeneratedCodeInfo, _google_protobuf_GeneratedCodeInfo__Output>
      MessageOptions: MessageTypeDefinition<_google_protobuf_MessageOptions, _google_protobuf_MessageOptions__Output>
      MethodDescriptorProto: MessageTypeDefinition<_google_protobuf_MethodDescriptorProto, _google_protobuf_MethodDescriptorProto__Output>
      MethodOptions: MessageTypeDefinition<_google_protobuf_MethodOptions, _google_protobuf_MethodOptions__Output>
      OneofDescriptorProto: MessageTypeDefinition<_google_protobuf_OneofDescriptorProto, _google_protobuf_OneofDescriptorProto__Output>
      OneofOptions: MessageTypeDefinition<_google_protobuf_OneofOptions, _google_protobuf_OneofOptions__Output>
      ServiceDescriptorProto: MessageTypeDefinition<_google_protobuf_ServiceDescriptorProto, _google_protobuf_ServiceDescriptorProto__Output>
      ServiceOptions: MessageTypeDefinition<_google_protobuf_ServiceOptions, _google_protobuf_ServiceOptions__Output>
      SourceCodeInfo: MessageTypeDefinition<_google_protobuf_SourceCodeInfo, _google_protobuf_SourceCodeInfo__Output>
      SymbolVisibility: EnumTypeDefinition
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
      UninterpretedOption: MessageTypeDefinition<_google_protobuf_UninterpretedOption, _google_protobuf_UninterpretedOption__Output>
    }
    rpc: {
      Code: EnumTypeDefinition
    }
  }
  provisioner: {
    v1: {
      Bmc: MessageTypeDefinition<_provisioner_v1_Bmc, _provisioner_v1_Bmc__Output>
      BmcDriver: EnumTypeDefinition
      CancelProvisioningRequest: MessageTypeDefinition<_provisioner_v1_CancelProvisioningRequest, _provisioner_v1_CancelProvisioningRequest__Output>
      CancelProvisioningResponse: MessageTypeDefinition<_provisioner_v1_CancelProvisioningResponse, _provisioner_v1_CancelProvisioningResponse__Output>
      CreateHostRequest: MessageTypeDefinition<_provisioner_v1_CreateHostRequest, _provisioner_v1_CreateHostRequest__Output>
      CreateHostResponse: MessageTypeDefinition<_provisioner_v1_CreateHostResponse, _provisioner_v1_CreateHostResponse__Output>
      CreateOperatingSystemRequest: MessageTypeDefinition<_provisioner_v1_CreateOperatingSystemRequest, _provisioner_v1_CreateOperatingSystemRequest__Output>
      CreateOperatingSystemResponse: MessageTypeDefinition<_provisioner_v1_CreateOperatingSystemResponse, _provisioner_v1_CreateOperatingSystemResponse__Output>
      CreateProvisioningRequest: MessageTypeDefinition<_provisioner_v1_CreateProvisioningRequest, _provisioner_v1_CreateProvisioningRequest__Output>
      CreateProvisioningResponse: MessageTypeDefinition<_provisioner_v1_CreateProvisioningResponse, _provisioner_v1_CreateProvisioningResponse__Output>
      CreateTemplateRequest: MessageTypeDefinition<_provisioner_v1_CreateTemplateRequest, _provisioner_v1_CreateTemplateRequest__Output>
      CreateTemplateResponse: MessageTypeDefinition<_provisioner_v1_CreateTemplateResponse, _provisioner_v1_CreateTemplateResponse__Output>
      DeleteHostRequest: MessageTypeDefinition<_provisioner_v1_DeleteHostRequest, _provisioner_v1_DeleteHostRequest__Output>
      DeleteHostResponse: MessageTypeDefinition<_provisioner_v1_DeleteHostResponse, _provisioner_v1_DeleteHostResponse__Output>
      DeleteOperatingSystemRequest: MessageTypeDefinition<_provisioner_v1_DeleteOperatingSystemRequest, _provisioner_v1_DeleteOperatingSystemRequest__Output>
      DeleteOperatingSystemResponse: MessageTypeDefinition<_provisioner_v1_DeleteOperatingSystemResponse, _provisioner_v1_DeleteOperatingSystemResponse__Output>
      DeleteTemplateRequest: MessageTypeDefinition<_provisioner_v1_DeleteTemplateRequest, _provisioner_v1_DeleteTemplateRequest__Output>
      DeleteTemplateResponse: MessageTypeDefinition<_provisioner_v1_DeleteTemplateResponse, _provisioner_v1_DeleteTemplateResponse__Output>
      Event: MessageTypeDefinition<_provisioner_v1_Event, _provisioner_v1_Event__Output>
      EventType: EnumTypeDefinition
      GetHostPowerRequest: MessageTypeDefinition<_provisioner_v1_GetHostPowerRequest, _provisioner_v1_GetHostPowerRequest__Output>
      GetHostPowerResponse: MessageTypeDefinition<_provisioner_v1_GetHostPowerResponse, _provisioner_v1_GetHostPowerResponse__Output>
      GetHostRequest: MessageTypeDefinition<_provisioner_v1_GetHostRequest, _provisioner_v1_GetHostRequest__Output>
      GetHostResponse: MessageTypeDefinition<_provisioner_v1_GetHostResponse, _provisioner_v1_GetHostResponse__Output>
      GetOperatingSystemRequest: MessageTypeDefinition<_provisioner_v1_GetOperatingSystemRequest, _provisioner_v1_GetOperatingSystemRequest__Output>
      GetOperatingSystemResponse: MessageTypeDefinition<_provisioner_v1_GetOperatingSystemResponse, _provisioner_v1_GetOperatingSystemResponse__Output>
      GetProvisioningRequest: MessageTypeDefinition<_provisioner_v1_GetProvisioningRequest, _provisioner_v1_GetProvisioningRequest__Output>
      GetProvisioningResponse: MessageTypeDefinition<_provisioner_v1_GetProvisioningResponse, _provisioner_v1_GetProvisioningResponse__Output>
      GetTemplateRequest: MessageTypeDefinition<_provisioner_v1_GetTemplateRequest, _provisioner_v1_GetTemplateRequest__Output>
      GetTemplateResponse: MessageTypeDefinition<_provisioner_v1_GetTemplateResponse, _provisioner_v1_GetTemplateResponse__Output>
      Host: MessageTypeDefinition<_provisioner_v1_Host, _provisioner_v1_Host__Output>
      InstallerKind: EnumTypeDefinition
      ListHostsRequest: MessageTypeDefinition<_provisioner_v1_ListHostsRequest, _provisioner_v1_ListHostsRequest__Output>
      ListHostsResponse: MessageTypeDefinition<_provisioner_v1_ListHostsResponse, _provisioner_v1_ListHostsResponse__Output>
      ListOperatingSystemsRequest: MessageTypeDefinition<_provisioner_v1_ListOperatingSystemsRequest, _provisioner_v1_ListOperatingSystemsRequest__Output>
      ListOperatingSystemsResponse: MessageTypeDefinition<_provisioner_v1_ListOperatingSystemsResponse, _provisioner_v1_ListOperatingSystemsResponse__Output>
      ListProvisioningsRequest: MessageTypeDefinition<_provisioner_v1_ListProvisioningsRequest, _provisioner_v1_ListProvisioningsRequest__Output>
      ListProvisioningsResponse: MessageTypeDefinition<_provisioner_v1_ListProvisioningsResponse, _provisioner_v1_ListProvisioningsResponse__Output>
      ListTemplatesRequest: MessageTypeDefinition<_provisioner_v1_ListTemplatesRequest, _provisioner_v1_ListTemplatesRequest__Output>
      ListTemplatesResponse: MessageTypeDefinition<_provisioner_v1_ListTemplatesResponse, _provisioner_v1_ListTemplatesResponse__Output>
      NetworkSettings: MessageTypeDefinition<_provisioner_v1_NetworkSettings, _provisioner_v1_NetworkSettings__Output>
      OperatingSystem: MessageTypeDefinition<_provisioner_v1_OperatingSystem, _provisioner_v1_OperatingSystem__Output>
      OperatingSystemFamily: EnumTypeDefinition
      PowerAction: EnumTypeDefinition
      PowerState: EnumTypeDefinition
      PreviewProvisioningRequest: MessageTypeDefinition<_provisioner_v1_PreviewProvisioningRequest, _provisioner_v1_PreviewProvisioningRequest__Output>
      PreviewProvisioningResponse: MessageTypeDefinition<_provisioner_v1_PreviewProvisioningResponse, _provisioner_v1_PreviewProvisioningResponse__Output>
      Provisioning: MessageTypeDefinition<_provisioner_v1_Provisioning, _provisioner_v1_Provisioning__Output>
      /**
       * Provisioning: the catalogue of operating systems and answer-file
       * templates, the hosts, one-shot network installs, BMC power, and a watch
       * stream of what happens to the hosts. Every method needs a session of an
       * APID granted the provisioning scope.
       */
      ProvisioningService: SubtypeConstructor<typeof grpc.Client, _provisioner_v1_ProvisioningServiceClient> & { service: _provisioner_v1_ProvisioningServiceDefinition }
      ProvisioningState: EnumTypeDefinition
      ReturnCode: MessageTypeDefinition<_provisioner_v1_ReturnCode, _provisioner_v1_ReturnCode__Output>
      RpcPolicy: MessageTypeDefinition<_provisioner_v1_RpcPolicy, _provisioner_v1_RpcPolicy__Output>
      Scope: EnumTypeDefinition
      ServicePolicy: MessageTypeDefinition<_provisioner_v1_ServicePolicy, _provisioner_v1_ServicePolicy__Output>
      SetHostNetworkBootOnceRequest: MessageTypeDefinition<_provisioner_v1_SetHostNetworkBootOnceRequest, _provisioner_v1_SetHostNetworkBootOnceRequest__Output>
      SetHostNetworkBootOnceResponse: MessageTypeDefinition<_provisioner_v1_SetHostNetworkBootOnceResponse, _provisioner_v1_SetHostNetworkBootOnceResponse__Output>
      SetHostPowerRequest: MessageTypeDefinition<_provisioner_v1_SetHostPowerRequest, _provisioner_v1_SetHostPowerRequest__Output>
      SetHostPowerResponse: MessageTypeDefinition<_provisioner_v1_SetHostPowerResponse, _provisioner_v1_SetHostPowerResponse__Output>
      Template: MessageTypeDefinition<_provisioner_v1_Template, _provisioner_v1_Template__Output>
      TemplateParameter: MessageTypeDefinition<_provisioner_v1_TemplateParameter, _provisioner_v1_TemplateParameter__Output>
      UpdateHostRequest: MessageTypeDefinition<_provisioner_v1_UpdateHostRequest, _provisioner_v1_UpdateHostRequest__Output>
      UpdateHostResponse: MessageTypeDefinition<_provisioner_v1_UpdateHostResponse, _provisioner_v1_UpdateHostResponse__Output>
      UpdateOperatingSystemRequest: MessageTypeDefinition<_provisioner_v1_UpdateOperatingSystemRequest, _provisioner_v1_UpdateOperatingSystemRequest__Output>
      UpdateOperatingSystemResponse: MessageTypeDefinition<_provisioner_v1_UpdateOperatingSystemResponse, _provisioner_v1_UpdateOperatingSystemResponse__Output>
      UpdateTemplateRequest: MessageTypeDefinition<_provisioner_v1_UpdateTemplateRequest, _provisioner_v1_UpdateTemplateRequest__Output>
      UpdateTemplateResponse: MessageTypeDefinition<_provisioner_v1_UpdateTemplateResponse, _provisioner_v1_UpdateTemplateResponse__Output>
      WatchEventsRequest: MessageTypeDefinition<_provisioner_v1_WatchEventsRequest, _provisioner_v1_WatchEventsRequest__Output>
      WatchEventsResponse: MessageTypeDefinition<_provisioner_v1_WatchEventsResponse, _provisioner_v1_WatchEventsResponse__Output>
    }
  }
}


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
import type { CancelImagingJobRequest as _provisioner_v1_CancelImagingJobRequest, CancelImagingJobRequest__Output as _provisioner_v1_CancelImagingJobRequest__Output } from './provisioner/v1/CancelImagingJobRequest';
import type { CancelImagingJobResponse as _provisioner_v1_CancelImagingJobResponse, CancelImagingJobResponse__Output as _provisioner_v1_CancelImagingJobResponse__Output } from './provisioner/v1/CancelImagingJobResponse';
import type { CaptureImageRequest as _provisioner_v1_CaptureImageRequest, CaptureImageRequest__Output as _provisioner_v1_CaptureImageRequest__Output } from './provisioner/v1/CaptureImageRequest';
import type { CaptureImageResponse as _provisioner_v1_CaptureImageResponse, CaptureImageResponse__Output as _provisioner_v1_CaptureImageResponse__Output } from './provisioner/v1/CaptureImageResponse';
import type { DeleteImageRequest as _provisioner_v1_DeleteImageRequest, DeleteImageRequest__Output as _provisioner_v1_DeleteImageRequest__Output } from './provisioner/v1/DeleteImageRequest';
import type { DeleteImageResponse as _provisioner_v1_DeleteImageResponse, DeleteImageResponse__Output as _provisioner_v1_DeleteImageResponse__Output } from './provisioner/v1/DeleteImageResponse';
import type { DeployImageRequest as _provisioner_v1_DeployImageRequest, DeployImageRequest__Output as _provisioner_v1_DeployImageRequest__Output } from './provisioner/v1/DeployImageRequest';
import type { DeployImageResponse as _provisioner_v1_DeployImageResponse, DeployImageResponse__Output as _provisioner_v1_DeployImageResponse__Output } from './provisioner/v1/DeployImageResponse';
import type { GetImageRequest as _provisioner_v1_GetImageRequest, GetImageRequest__Output as _provisioner_v1_GetImageRequest__Output } from './provisioner/v1/GetImageRequest';
import type { GetImageResponse as _provisioner_v1_GetImageResponse, GetImageResponse__Output as _provisioner_v1_GetImageResponse__Output } from './provisioner/v1/GetImageResponse';
import type { GetImagingJobRequest as _provisioner_v1_GetImagingJobRequest, GetImagingJobRequest__Output as _provisioner_v1_GetImagingJobRequest__Output } from './provisioner/v1/GetImagingJobRequest';
import type { GetImagingJobResponse as _provisioner_v1_GetImagingJobResponse, GetImagingJobResponse__Output as _provisioner_v1_GetImagingJobResponse__Output } from './provisioner/v1/GetImagingJobResponse';
import type { Image as _provisioner_v1_Image, Image__Output as _provisioner_v1_Image__Output } from './provisioner/v1/Image';
import type { ImagingJob as _provisioner_v1_ImagingJob, ImagingJob__Output as _provisioner_v1_ImagingJob__Output } from './provisioner/v1/ImagingJob';
import type { ImagingServiceClient as _provisioner_v1_ImagingServiceClient, ImagingServiceDefinition as _provisioner_v1_ImagingServiceDefinition } from './provisioner/v1/ImagingService';
import type { ListImagesRequest as _provisioner_v1_ListImagesRequest, ListImagesRequest__Output as _provisioner_v1_ListImagesRequest__Output } from './provisioner/v1/ListImagesRequest';
import type { ListImagesResponse as _provisioner_v1_ListImagesResponse, ListImagesResponse__Output as _provisioner_v1_ListImagesResponse__Output } from './provisioner/v1/ListImagesResponse';
import type { ListImagingJobsRequest as _provisioner_v1_ListImagingJobsRequest, ListImagingJobsRequest__Output as _provisioner_v1_ListImagingJobsRequest__Output } from './provisioner/v1/ListImagingJobsRequest';
import type { ListImagingJobsResponse as _provisioner_v1_ListImagingJobsResponse, ListImagingJobsResponse__Output as _provisioner_v1_ListImagingJobsResponse__Output } from './provisioner/v1/ListImagingJobsResponse';
import type { ReturnCode as _provisioner_v1_ReturnCode, ReturnCode__Output as _provisioner_v1_ReturnCode__Output } from './provisioner/v1/ReturnCode';
import type { RpcPolicy as _provisioner_v1_RpcPolicy, RpcPolicy__Output as _provisioner_v1_RpcPolicy__Output } from './provisioner/v1/RpcPolicy';
import type { ServicePolicy as _provisioner_v1_ServicePolicy, ServicePolicy__Output as _provisioner_v1_ServicePolicy__Output } from './provisioner/v1/ServicePolicy';
import type { UpdateImageRequest as _provisioner_v1_UpdateImageRequest, UpdateImageRequest__Output as _provisioner_v1_UpdateImageRequest__Output } from './provisioner/v1/UpdateImageRequest';
import type { UpdateImageResponse as _provisioner_v1_UpdateImageResponse, UpdateImageResponse__Output as _provisioner_v1_UpdateImageResponse__Output } from './provisioner/v1/UpdateImageResponse';
import type { WatchImagingJobsRequest as _provisioner_v1_WatchImagingJobsRequest, WatchImagingJobsRequest__Output as _provisioner_v1_WatchImagingJobsRequest__Output } from './provisioner/v1/WatchImagingJobsRequest';
import type { WatchImagingJobsResponse as _provisioner_v1_WatchImagingJobsResponse, WatchImagingJobsResponse__Output as _provisioner_v1_WatchImagingJobsResponse__Output } from './provisioner/v1/WatchImagingJobsResponse';

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
      CancelImagingJobRequest: MessageTypeDefinition<_provisioner_v1_CancelImagingJobRequest, _provisioner_v1_CancelImagingJobRequest__Output>
      CancelImagingJobResponse: MessageTypeDefinition<_provisioner_v1_CancelImagingJobResponse, _provisioner_v1_CancelImagingJobResponse__Output>
      CaptureImageRequest: MessageTypeDefinition<_provisioner_v1_CaptureImageRequest, _provisioner_v1_CaptureImageRequest__Output>
      CaptureImageResponse: MessageTypeDefinition<_provisioner_v1_CaptureImageResponse, _provisioner_v1_CaptureImageResponse__Output>
      DeleteImageRequest: MessageTypeDefinition<_provisioner_v1_DeleteImageRequest, _provisioner_v1_DeleteImageRequest__Output>
      DeleteImageResponse: MessageTypeDefinition<_provisioner_v1_DeleteImageResponse, _provisioner_v1_DeleteImageResponse__Output>
      DeployImageRequest: MessageTypeDefinition<_provisioner_v1_DeployImageRequest, _provisioner_v1_DeployImageRequest__Output>
      DeployImageResponse: MessageTypeDefinition<_provisioner_v1_DeployImageResponse, _provisioner_v1_DeployImageResponse__Output>
      GetImageRequest: MessageTypeDefinition<_provisioner_v1_GetImageRequest, _provisioner_v1_GetImageRequest__Output>
      GetImageResponse: MessageTypeDefinition<_provisioner_v1_GetImageResponse, _provisioner_v1_GetImageResponse__Output>
      GetImagingJobRequest: MessageTypeDefinition<_provisioner_v1_GetImagingJobRequest, _provisioner_v1_GetImagingJobRequest__Output>
      GetImagingJobResponse: MessageTypeDefinition<_provisioner_v1_GetImagingJobResponse, _provisioner_v1_GetImagingJobResponse__Output>
      Image: MessageTypeDefinition<_provisioner_v1_Image, _provisioner_v1_Image__Output>
      ImageState: EnumTypeDefinition
      ImagingJob: MessageTypeDefinition<_provisioner_v1_ImagingJob, _provisioner_v1_ImagingJob__Output>
      ImagingJobKind: EnumTypeDefinition
      ImagingJobState: EnumTypeDefinition
      /**
       * Imaging: capture a host's disk into an image, deploy images onto hosts,
       * follow the jobs that do it. A job arms the host's next network boot into
       * an imaging environment (an operating system of installer kind
       * INSTALLER_KIND_IMAGE), whose agent moves the disk's chunks over
       * ImagingAgentService. Every method needs a session of an APID granted the
       * imaging scope.
       */
      ImagingService: SubtypeConstructor<typeof grpc.Client, _provisioner_v1_ImagingServiceClient> & { service: _provisioner_v1_ImagingServiceDefinition }
      ListImagesRequest: MessageTypeDefinition<_provisioner_v1_ListImagesRequest, _provisioner_v1_ListImagesRequest__Output>
      ListImagesResponse: MessageTypeDefinition<_provisioner_v1_ListImagesResponse, _provisioner_v1_ListImagesResponse__Output>
      ListImagingJobsRequest: MessageTypeDefinition<_provisioner_v1_ListImagingJobsRequest, _provisioner_v1_ListImagingJobsRequest__Output>
      ListImagingJobsResponse: MessageTypeDefinition<_provisioner_v1_ListImagingJobsResponse, _provisioner_v1_ListImagingJobsResponse__Output>
      ReturnCode: MessageTypeDefinition<_provisioner_v1_ReturnCode, _provisioner_v1_ReturnCode__Output>
      RpcPolicy: MessageTypeDefinition<_provisioner_v1_RpcPolicy, _provisioner_v1_RpcPolicy__Output>
      Scope: EnumTypeDefinition
      ServicePolicy: MessageTypeDefinition<_provisioner_v1_ServicePolicy, _provisioner_v1_ServicePolicy__Output>
      UpdateImageRequest: MessageTypeDefinition<_provisioner_v1_UpdateImageRequest, _provisioner_v1_UpdateImageRequest__Output>
      UpdateImageResponse: MessageTypeDefinition<_provisioner_v1_UpdateImageResponse, _provisioner_v1_UpdateImageResponse__Output>
      WatchImagingJobsRequest: MessageTypeDefinition<_provisioner_v1_WatchImagingJobsRequest, _provisioner_v1_WatchImagingJobsRequest__Output>
      WatchImagingJobsResponse: MessageTypeDefinition<_provisioner_v1_WatchImagingJobsResponse, _provisioner_v1_WatchImagingJobsResponse__Output>
    }
  }
}


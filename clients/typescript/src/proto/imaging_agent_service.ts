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
import type { Chunk as _provisioner_v1_Chunk, Chunk__Output as _provisioner_v1_Chunk__Output } from './provisioner/v1/Chunk';
import type { DownloadChunksRequest as _provisioner_v1_DownloadChunksRequest, DownloadChunksRequest__Output as _provisioner_v1_DownloadChunksRequest__Output } from './provisioner/v1/DownloadChunksRequest';
import type { DownloadChunksResponse as _provisioner_v1_DownloadChunksResponse, DownloadChunksResponse__Output as _provisioner_v1_DownloadChunksResponse__Output } from './provisioner/v1/DownloadChunksResponse';
import type { FailJobRequest as _provisioner_v1_FailJobRequest, FailJobRequest__Output as _provisioner_v1_FailJobRequest__Output } from './provisioner/v1/FailJobRequest';
import type { FailJobResponse as _provisioner_v1_FailJobResponse, FailJobResponse__Output as _provisioner_v1_FailJobResponse__Output } from './provisioner/v1/FailJobResponse';
import type { FinishJobRequest as _provisioner_v1_FinishJobRequest, FinishJobRequest__Output as _provisioner_v1_FinishJobRequest__Output } from './provisioner/v1/FinishJobRequest';
import type { FinishJobResponse as _provisioner_v1_FinishJobResponse, FinishJobResponse__Output as _provisioner_v1_FinishJobResponse__Output } from './provisioner/v1/FinishJobResponse';
import type { GetManifestPartRequest as _provisioner_v1_GetManifestPartRequest, GetManifestPartRequest__Output as _provisioner_v1_GetManifestPartRequest__Output } from './provisioner/v1/GetManifestPartRequest';
import type { GetManifestPartResponse as _provisioner_v1_GetManifestPartResponse, GetManifestPartResponse__Output as _provisioner_v1_GetManifestPartResponse__Output } from './provisioner/v1/GetManifestPartResponse';
import type { Image as _provisioner_v1_Image, Image__Output as _provisioner_v1_Image__Output } from './provisioner/v1/Image';
import type { ImagingAgentServiceClient as _provisioner_v1_ImagingAgentServiceClient, ImagingAgentServiceDefinition as _provisioner_v1_ImagingAgentServiceDefinition } from './provisioner/v1/ImagingAgentService';
import type { ImagingJob as _provisioner_v1_ImagingJob, ImagingJob__Output as _provisioner_v1_ImagingJob__Output } from './provisioner/v1/ImagingJob';
import type { OfferChunksRequest as _provisioner_v1_OfferChunksRequest, OfferChunksRequest__Output as _provisioner_v1_OfferChunksRequest__Output } from './provisioner/v1/OfferChunksRequest';
import type { OfferChunksResponse as _provisioner_v1_OfferChunksResponse, OfferChunksResponse__Output as _provisioner_v1_OfferChunksResponse__Output } from './provisioner/v1/OfferChunksResponse';
import type { ReportProgressRequest as _provisioner_v1_ReportProgressRequest, ReportProgressRequest__Output as _provisioner_v1_ReportProgressRequest__Output } from './provisioner/v1/ReportProgressRequest';
import type { ReportProgressResponse as _provisioner_v1_ReportProgressResponse, ReportProgressResponse__Output as _provisioner_v1_ReportProgressResponse__Output } from './provisioner/v1/ReportProgressResponse';
import type { ReturnCode as _provisioner_v1_ReturnCode, ReturnCode__Output as _provisioner_v1_ReturnCode__Output } from './provisioner/v1/ReturnCode';
import type { RpcPolicy as _provisioner_v1_RpcPolicy, RpcPolicy__Output as _provisioner_v1_RpcPolicy__Output } from './provisioner/v1/RpcPolicy';
import type { ServicePolicy as _provisioner_v1_ServicePolicy, ServicePolicy__Output as _provisioner_v1_ServicePolicy__Output } from './provisioner/v1/ServicePolicy';
import type { StartJobRequest as _provisioner_v1_StartJobRequest, StartJobRequest__Output as _provisioner_v1_StartJobRequest__Output } from './provisioner/v1/StartJobRequest';
import type { StartJobResponse as _provisioner_v1_StartJobResponse, StartJobResponse__Output as _provisioner_v1_StartJobResponse__Output } from './provisioner/v1/StartJobResponse';
import type { UploadChunksRequest as _provisioner_v1_UploadChunksRequest, UploadChunksRequest__Output as _provisioner_v1_UploadChunksRequest__Output } from './provisioner/v1/UploadChunksRequest';
import type { UploadChunksResponse as _provisioner_v1_UploadChunksResponse, UploadChunksResponse__Output as _provisioner_v1_UploadChunksResponse__Output } from './provisioner/v1/UploadChunksResponse';

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
      Chunk: MessageTypeDefinition<_provisioner_v1_Chunk, _provisioner_v1_Chunk__Output>
      DownloadChunksRequest: MessageTypeDefinition<_provisioner_v1_DownloadChunksRequest, _provisioner_v1_DownloadChunksRequest__Output>
      DownloadChunksResponse: MessageTypeDefinition<_provisioner_v1_DownloadChunksResponse, _provisioner_v1_DownloadChunksResponse__Output>
      FailJobRequest: MessageTypeDefinition<_provisioner_v1_FailJobRequest, _provisioner_v1_FailJobRequest__Output>
      FailJobResponse: MessageTypeDefinition<_provisioner_v1_FailJobResponse, _provisioner_v1_FailJobResponse__Output>
      FinishJobRequest: MessageTypeDefinition<_provisioner_v1_FinishJobRequest, _provisioner_v1_FinishJobRequest__Output>
      FinishJobResponse: MessageTypeDefinition<_provisioner_v1_FinishJobResponse, _provisioner_v1_FinishJobResponse__Output>
      GetManifestPartRequest: MessageTypeDefinition<_provisioner_v1_GetManifestPartRequest, _provisioner_v1_GetManifestPartRequest__Output>
      GetManifestPartResponse: MessageTypeDefinition<_provisioner_v1_GetManifestPartResponse, _provisioner_v1_GetManifestPartResponse__Output>
      Image: MessageTypeDefinition<_provisioner_v1_Image, _provisioner_v1_Image__Output>
      ImageState: EnumTypeDefinition
      /**
       * The service the imaging agent calls from the imaging environment. Every
       * method authenticates with the job's token alone, sent as
       * `authorization: Bearer <token>` metadata; a token acts on its own job and
       * stops working when the job ends.
       * 
       * A disk is cut into chunks of chunk_size_bytes; a chunk is named by the
       * SHA-256 of its bytes. An all-zero chunk is a hole: it is named by an empty
       * digest and never travels. Chunks travel compressed with zstandard, and a
       * chunk is stored once whatever the number of images that hold it. The list
       * of a disk's chunk digests in order is its manifest, read and written in
       * parts of up to part_size chunks.
       * 
       * A capture may offer a part by fingerprints instead of digests: the BLAKE3
       * hash (32 bytes) of each chunk, several times faster to compute than its
       * SHA-256. The server learns a chunk's fingerprint by computing it from the
       * bytes it receives, never from what an agent claims, and names the chunk by
       * its SHA-256 as always; an agent re-capturing a disk thus reads it once at
       * the speed of BLAKE3. It may upload a chunk by its fingerprint too, leaving
       * the server, which hashes what it receives anyway, to compute the SHA-256.
       */
      ImagingAgentService: SubtypeConstructor<typeof grpc.Client, _provisioner_v1_ImagingAgentServiceClient> & { service: _provisioner_v1_ImagingAgentServiceDefinition }
      ImagingJob: MessageTypeDefinition<_provisioner_v1_ImagingJob, _provisioner_v1_ImagingJob__Output>
      ImagingJobKind: EnumTypeDefinition
      ImagingJobState: EnumTypeDefinition
      OfferChunksRequest: MessageTypeDefinition<_provisioner_v1_OfferChunksRequest, _provisioner_v1_OfferChunksRequest__Output>
      OfferChunksResponse: MessageTypeDefinition<_provisioner_v1_OfferChunksResponse, _provisioner_v1_OfferChunksResponse__Output>
      ReportProgressRequest: MessageTypeDefinition<_provisioner_v1_ReportProgressRequest, _provisioner_v1_ReportProgressRequest__Output>
      ReportProgressResponse: MessageTypeDefinition<_provisioner_v1_ReportProgressResponse, _provisioner_v1_ReportProgressResponse__Output>
      ReturnCode: MessageTypeDefinition<_provisioner_v1_ReturnCode, _provisioner_v1_ReturnCode__Output>
      RpcPolicy: MessageTypeDefinition<_provisioner_v1_RpcPolicy, _provisioner_v1_RpcPolicy__Output>
      Scope: EnumTypeDefinition
      ServicePolicy: MessageTypeDefinition<_provisioner_v1_ServicePolicy, _provisioner_v1_ServicePolicy__Output>
      StartJobRequest: MessageTypeDefinition<_provisioner_v1_StartJobRequest, _provisioner_v1_StartJobRequest__Output>
      StartJobResponse: MessageTypeDefinition<_provisioner_v1_StartJobResponse, _provisioner_v1_StartJobResponse__Output>
      UploadChunksRequest: MessageTypeDefinition<_provisioner_v1_UploadChunksRequest, _provisioner_v1_UploadChunksRequest__Output>
      UploadChunksResponse: MessageTypeDefinition<_provisioner_v1_UploadChunksResponse, _provisioner_v1_UploadChunksResponse__Output>
    }
  }
}


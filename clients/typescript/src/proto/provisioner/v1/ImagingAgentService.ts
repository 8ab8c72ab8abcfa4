// Original file: protos/provisioner/v1/imaging_agent_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { DownloadChunksRequest as _provisioner_v1_DownloadChunksRequest, DownloadChunksRequest__Output as _provisioner_v1_DownloadChunksRequest__Output } from '../../provisioner/v1/DownloadChunksRequest';
import type { DownloadChunksResponse as _provisioner_v1_DownloadChunksResponse, DownloadChunksResponse__Output as _provisioner_v1_DownloadChunksResponse__Output } from '../../provisioner/v1/DownloadChunksResponse';
import type { FailJobRequest as _provisioner_v1_FailJobRequest, FailJobRequest__Output as _provisioner_v1_FailJobRequest__Output } from '../../provisioner/v1/FailJobRequest';
import type { FailJobResponse as _provisioner_v1_FailJobResponse, FailJobResponse__Output as _provisioner_v1_FailJobResponse__Output } from '../../provisioner/v1/FailJobResponse';
import type { FinishJobRequest as _provisioner_v1_FinishJobRequest, FinishJobRequest__Output as _provisioner_v1_FinishJobRequest__Output } from '../../provisioner/v1/FinishJobRequest';
import type { FinishJobResponse as _provisioner_v1_FinishJobResponse, FinishJobResponse__Output as _provisioner_v1_FinishJobResponse__Output } from '../../provisioner/v1/FinishJobResponse';
import type { GetManifestPartRequest as _provisioner_v1_GetManifestPartRequest, GetManifestPartRequest__Output as _provisioner_v1_GetManifestPartRequest__Output } from '../../provisioner/v1/GetManifestPartRequest';
import type { GetManifestPartResponse as _provisioner_v1_GetManifestPartResponse, GetManifestPartResponse__Output as _provisioner_v1_GetManifestPartResponse__Output } from '../../provisioner/v1/GetManifestPartResponse';
import type { OfferChunksRequest as _provisioner_v1_OfferChunksRequest, OfferChunksRequest__Output as _provisioner_v1_OfferChunksRequest__Output } from '../../provisioner/v1/OfferChunksRequest';
import type { OfferChunksResponse as _provisioner_v1_OfferChunksResponse, OfferChunksResponse__Output as _provisioner_v1_OfferChunksResponse__Output } from '../../provisioner/v1/OfferChunksResponse';
import type { ReportProgressRequest as _provisioner_v1_ReportProgressRequest, ReportProgressRequest__Output as _provisioner_v1_ReportProgressRequest__Output } from '../../provisioner/v1/ReportProgressRequest';
import type { ReportProgressResponse as _provisioner_v1_ReportProgressResponse, ReportProgressResponse__Output as _provisioner_v1_ReportProgressResponse__Output } from '../../provisioner/v1/ReportProgressResponse';
import type { StartJobRequest as _provisioner_v1_StartJobRequest, StartJobRequest__Output as _provisioner_v1_StartJobRequest__Output } from '../../provisioner/v1/StartJobRequest';
import type { StartJobResponse as _provisioner_v1_StartJobResponse, StartJobResponse__Output as _provisioner_v1_StartJobResponse__Output } from '../../provisioner/v1/StartJobResponse';
import type { UploadChunksRequest as _provisioner_v1_UploadChunksRequest, UploadChunksRequest__Output as _provisioner_v1_UploadChunksRequest__Output } from '../../provisioner/v1/UploadChunksRequest';
import type { UploadChunksResponse as _provisioner_v1_UploadChunksResponse, UploadChunksResponse__Output as _provisioner_v1_UploadChunksResponse__Output } from '../../provisioner/v1/UploadChunksResponse';

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
export interface ImagingAgentServiceClient extends grpc.Client {
  /**
   * Reads chunks of the image a deploy writes, as stored: compressed. The
   * response holds as many of the chunks asked for, in order, as fit in
   * about 4 MiB; the agent asks again for the rest.
   */
  DownloadChunks(argument: _provisioner_v1_DownloadChunksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DownloadChunksResponse__Output>): grpc.ClientUnaryCall;
  DownloadChunks(argument: _provisioner_v1_DownloadChunksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_DownloadChunksResponse__Output>): grpc.ClientUnaryCall;
  DownloadChunks(argument: _provisioner_v1_DownloadChunksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DownloadChunksResponse__Output>): grpc.ClientUnaryCall;
  DownloadChunks(argument: _provisioner_v1_DownloadChunksRequest, callback: grpc.requestCallback<_provisioner_v1_DownloadChunksResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reads chunks of the image a deploy writes, as stored: compressed. The
   * response holds as many of the chunks asked for, in order, as fit in
   * about 4 MiB; the agent asks again for the rest.
   */
  downloadChunks(argument: _provisioner_v1_DownloadChunksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DownloadChunksResponse__Output>): grpc.ClientUnaryCall;
  downloadChunks(argument: _provisioner_v1_DownloadChunksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_DownloadChunksResponse__Output>): grpc.ClientUnaryCall;
  downloadChunks(argument: _provisioner_v1_DownloadChunksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DownloadChunksResponse__Output>): grpc.ClientUnaryCall;
  downloadChunks(argument: _provisioner_v1_DownloadChunksRequest, callback: grpc.requestCallback<_provisioner_v1_DownloadChunksResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Ends the job as failed, with the agent's reason. A capture's image
   * becomes FAILED.
   */
  FailJob(argument: _provisioner_v1_FailJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_FailJobResponse__Output>): grpc.ClientUnaryCall;
  FailJob(argument: _provisioner_v1_FailJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_FailJobResponse__Output>): grpc.ClientUnaryCall;
  FailJob(argument: _provisioner_v1_FailJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_FailJobResponse__Output>): grpc.ClientUnaryCall;
  FailJob(argument: _provisioner_v1_FailJobRequest, callback: grpc.requestCallback<_provisioner_v1_FailJobResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Ends the job as failed, with the agent's reason. A capture's image
   * becomes FAILED.
   */
  failJob(argument: _provisioner_v1_FailJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_FailJobResponse__Output>): grpc.ClientUnaryCall;
  failJob(argument: _provisioner_v1_FailJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_FailJobResponse__Output>): grpc.ClientUnaryCall;
  failJob(argument: _provisioner_v1_FailJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_FailJobResponse__Output>): grpc.ClientUnaryCall;
  failJob(argument: _provisioner_v1_FailJobRequest, callback: grpc.requestCallback<_provisioner_v1_FailJobResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Ends the job successfully. For a capture the server checks that every
   * part of the manifest and every chunk it names is stored, and that the
   * manifest matches its digest, before the image becomes READY. A capture
   * may leave out the whole disk's SHA-256 when it is likely to be an image's
   * already (a re-capture that uploaded nothing): an image with the very same
   * chunks has the same SHA-256, which the server then records.
   */
  FinishJob(argument: _provisioner_v1_FinishJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_FinishJobResponse__Output>): grpc.ClientUnaryCall;
  FinishJob(argument: _provisioner_v1_FinishJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_FinishJobResponse__Output>): grpc.ClientUnaryCall;
  FinishJob(argument: _provisioner_v1_FinishJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_FinishJobResponse__Output>): grpc.ClientUnaryCall;
  FinishJob(argument: _provisioner_v1_FinishJobRequest, callback: grpc.requestCallback<_provisioner_v1_FinishJobResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Ends the job successfully. For a capture the server checks that every
   * part of the manifest and every chunk it names is stored, and that the
   * manifest matches its digest, before the image becomes READY. A capture
   * may leave out the whole disk's SHA-256 when it is likely to be an image's
   * already (a re-capture that uploaded nothing): an image with the very same
   * chunks has the same SHA-256, which the server then records.
   */
  finishJob(argument: _provisioner_v1_FinishJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_FinishJobResponse__Output>): grpc.ClientUnaryCall;
  finishJob(argument: _provisioner_v1_FinishJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_FinishJobResponse__Output>): grpc.ClientUnaryCall;
  finishJob(argument: _provisioner_v1_FinishJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_FinishJobResponse__Output>): grpc.ClientUnaryCall;
  finishJob(argument: _provisioner_v1_FinishJobRequest, callback: grpc.requestCallback<_provisioner_v1_FinishJobResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reads one part of the manifest of the image a deploy writes.
   */
  GetManifestPart(argument: _provisioner_v1_GetManifestPartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetManifestPartResponse__Output>): grpc.ClientUnaryCall;
  GetManifestPart(argument: _provisioner_v1_GetManifestPartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetManifestPartResponse__Output>): grpc.ClientUnaryCall;
  GetManifestPart(argument: _provisioner_v1_GetManifestPartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetManifestPartResponse__Output>): grpc.ClientUnaryCall;
  GetManifestPart(argument: _provisioner_v1_GetManifestPartRequest, callback: grpc.requestCallback<_provisioner_v1_GetManifestPartResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reads one part of the manifest of the image a deploy writes.
   */
  getManifestPart(argument: _provisioner_v1_GetManifestPartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetManifestPartResponse__Output>): grpc.ClientUnaryCall;
  getManifestPart(argument: _provisioner_v1_GetManifestPartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetManifestPartResponse__Output>): grpc.ClientUnaryCall;
  getManifestPart(argument: _provisioner_v1_GetManifestPartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetManifestPartResponse__Output>): grpc.ClientUnaryCall;
  getManifestPart(argument: _provisioner_v1_GetManifestPartRequest, callback: grpc.requestCallback<_provisioner_v1_GetManifestPartResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Records one part of a capture's manifest and answers which of its chunks
   * the server lacks, which the agent then uploads.
   */
  OfferChunks(argument: _provisioner_v1_OfferChunksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_OfferChunksResponse__Output>): grpc.ClientUnaryCall;
  OfferChunks(argument: _provisioner_v1_OfferChunksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_OfferChunksResponse__Output>): grpc.ClientUnaryCall;
  OfferChunks(argument: _provisioner_v1_OfferChunksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_OfferChunksResponse__Output>): grpc.ClientUnaryCall;
  OfferChunks(argument: _provisioner_v1_OfferChunksRequest, callback: grpc.requestCallback<_provisioner_v1_OfferChunksResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Records one part of a capture's manifest and answers which of its chunks
   * the server lacks, which the agent then uploads.
   */
  offerChunks(argument: _provisioner_v1_OfferChunksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_OfferChunksResponse__Output>): grpc.ClientUnaryCall;
  offerChunks(argument: _provisioner_v1_OfferChunksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_OfferChunksResponse__Output>): grpc.ClientUnaryCall;
  offerChunks(argument: _provisioner_v1_OfferChunksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_OfferChunksResponse__Output>): grpc.ClientUnaryCall;
  offerChunks(argument: _provisioner_v1_OfferChunksRequest, callback: grpc.requestCallback<_provisioner_v1_OfferChunksResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reports how far the agent has come; the server shows it to watchers.
   */
  ReportProgress(argument: _provisioner_v1_ReportProgressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  ReportProgress(argument: _provisioner_v1_ReportProgressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  ReportProgress(argument: _provisioner_v1_ReportProgressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  ReportProgress(argument: _provisioner_v1_ReportProgressRequest, callback: grpc.requestCallback<_provisioner_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reports how far the agent has come; the server shows it to watchers.
   */
  reportProgress(argument: _provisioner_v1_ReportProgressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  reportProgress(argument: _provisioner_v1_ReportProgressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  reportProgress(argument: _provisioner_v1_ReportProgressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  reportProgress(argument: _provisioner_v1_ReportProgressRequest, callback: grpc.requestCallback<_provisioner_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Starts the job, or resumes it after an interruption: the job becomes
   * RUNNING, and the host's boot config local boot again. Tells the agent
   * what to do.
   */
  StartJob(argument: _provisioner_v1_StartJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_StartJobResponse__Output>): grpc.ClientUnaryCall;
  StartJob(argument: _provisioner_v1_StartJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_StartJobResponse__Output>): grpc.ClientUnaryCall;
  StartJob(argument: _provisioner_v1_StartJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_StartJobResponse__Output>): grpc.ClientUnaryCall;
  StartJob(argument: _provisioner_v1_StartJobRequest, callback: grpc.requestCallback<_provisioner_v1_StartJobResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Starts the job, or resumes it after an interruption: the job becomes
   * RUNNING, and the host's boot config local boot again. Tells the agent
   * what to do.
   */
  startJob(argument: _provisioner_v1_StartJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_StartJobResponse__Output>): grpc.ClientUnaryCall;
  startJob(argument: _provisioner_v1_StartJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_StartJobResponse__Output>): grpc.ClientUnaryCall;
  startJob(argument: _provisioner_v1_StartJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_StartJobResponse__Output>): grpc.ClientUnaryCall;
  startJob(argument: _provisioner_v1_StartJobRequest, callback: grpc.requestCallback<_provisioner_v1_StartJobResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stores chunks. Each is checked against its digest, its fingerprint, or
   * both, before it is kept.
   */
  UploadChunks(argument: _provisioner_v1_UploadChunksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UploadChunksResponse__Output>): grpc.ClientUnaryCall;
  UploadChunks(argument: _provisioner_v1_UploadChunksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_UploadChunksResponse__Output>): grpc.ClientUnaryCall;
  UploadChunks(argument: _provisioner_v1_UploadChunksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UploadChunksResponse__Output>): grpc.ClientUnaryCall;
  UploadChunks(argument: _provisioner_v1_UploadChunksRequest, callback: grpc.requestCallback<_provisioner_v1_UploadChunksResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Stores chunks. Each is checked against its digest, its fingerprint, or
   * both, before it is kept.
   */
  uploadChunks(argument: _provisioner_v1_UploadChunksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UploadChunksResponse__Output>): grpc.ClientUnaryCall;
  uploadChunks(argument: _provisioner_v1_UploadChunksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_UploadChunksResponse__Output>): grpc.ClientUnaryCall;
  uploadChunks(argument: _provisioner_v1_UploadChunksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UploadChunksResponse__Output>): grpc.ClientUnaryCall;
  uploadChunks(argument: _provisioner_v1_UploadChunksRequest, callback: grpc.requestCallback<_provisioner_v1_UploadChunksResponse__Output>): grpc.ClientUnaryCall;
  
}

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
export interface ImagingAgentServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Reads chunks of the image a deploy writes, as stored: compressed. The
   * response holds as many of the chunks asked for, in order, as fit in
   * about 4 MiB; the agent asks again for the rest.
   */
  DownloadChunks: grpc.handleUnaryCall<_provisioner_v1_DownloadChunksRequest__Output, _provisioner_v1_DownloadChunksResponse>;
  
  /**
   * Ends the job as failed, with the agent's reason. A capture's image
   * becomes FAILED.
   */
  FailJob: grpc.handleUnaryCall<_provisioner_v1_FailJobRequest__Output, _provisioner_v1_FailJobResponse>;
  
  /**
   * Ends the job successfully. For a capture the server checks that every
   * part of the manifest and every chunk it names is stored, and that the
   * manifest matches its digest, before the image becomes READY. A capture
   * may leave out the whole disk's SHA-256 when it is likely to be an image's
   * already (a re-capture that uploaded nothing): an image with the very same
   * chunks has the same SHA-256, which the server then records.
   */
  FinishJob: grpc.handleUnaryCall<_provisioner_v1_FinishJobRequest__Output, _provisioner_v1_FinishJobResponse>;
  
  /**
   * Reads one part of the manifest of the image a deploy writes.
   */
  GetManifestPart: grpc.handleUnaryCall<_provisioner_v1_GetManifestPartRequest__Output, _provisioner_v1_GetManifestPartResponse>;
  
  /**
   * Records one part of a capture's manifest and answers which of its chunks
   * the server lacks, which the agent then uploads.
   */
  OfferChunks: grpc.handleUnaryCall<_provisioner_v1_OfferChunksRequest__Output, _provisioner_v1_OfferChunksResponse>;
  
  /**
   * Reports how far the agent has come; the server shows it to watchers.
   */
  ReportProgress: grpc.handleUnaryCall<_provisioner_v1_ReportProgressRequest__Output, _provisioner_v1_ReportProgressResponse>;
  
  /**
   * Starts the job, or resumes it after an interruption: the job becomes
   * RUNNING, and the host's boot config local boot again. Tells the agent
   * what to do.
   */
  StartJob: grpc.handleUnaryCall<_provisioner_v1_StartJobRequest__Output, _provisioner_v1_StartJobResponse>;
  
  /**
   * Stores chunks. Each is checked against its digest, its fingerprint, or
   * both, before it is kept.
   */
  UploadChunks: grpc.handleUnaryCall<_provisioner_v1_UploadChunksRequest__Output, _provisioner_v1_UploadChunksResponse>;
  
}

export interface ImagingAgentServiceDefinition extends grpc.ServiceDefinition {
  DownloadChunks: MethodDefinition<_provisioner_v1_DownloadChunksRequest, _provisioner_v1_DownloadChunksResponse, _provisioner_v1_DownloadChunksRequest__Output, _provisioner_v1_DownloadChunksResponse__Output>
  FailJob: MethodDefinition<_provisioner_v1_FailJobRequest, _provisioner_v1_FailJobResponse, _provisioner_v1_FailJobRequest__Output, _provisioner_v1_FailJobResponse__Output>
  FinishJob: MethodDefinition<_provisioner_v1_FinishJobRequest, _provisioner_v1_FinishJobResponse, _provisioner_v1_FinishJobRequest__Output, _provisioner_v1_FinishJobResponse__Output>
  GetManifestPart: MethodDefinition<_provisioner_v1_GetManifestPartRequest, _provisioner_v1_GetManifestPartResponse, _provisioner_v1_GetManifestPartRequest__Output, _provisioner_v1_GetManifestPartResponse__Output>
  OfferChunks: MethodDefinition<_provisioner_v1_OfferChunksRequest, _provisioner_v1_OfferChunksResponse, _provisioner_v1_OfferChunksRequest__Output, _provisioner_v1_OfferChunksResponse__Output>
  ReportProgress: MethodDefinition<_provisioner_v1_ReportProgressRequest, _provisioner_v1_ReportProgressResponse, _provisioner_v1_ReportProgressRequest__Output, _provisioner_v1_ReportProgressResponse__Output>
  StartJob: MethodDefinition<_provisioner_v1_StartJobRequest, _provisioner_v1_StartJobResponse, _provisioner_v1_StartJobRequest__Output, _provisioner_v1_StartJobResponse__Output>
  UploadChunks: MethodDefinition<_provisioner_v1_UploadChunksRequest, _provisioner_v1_UploadChunksResponse, _provisioner_v1_UploadChunksRequest__Output, _provisioner_v1_UploadChunksResponse__Output>
}

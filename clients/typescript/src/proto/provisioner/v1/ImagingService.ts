// Original file: protos/provisioner/v1/imaging_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CancelImagingJobRequest as _provisioner_v1_CancelImagingJobRequest, CancelImagingJobRequest__Output as _provisioner_v1_CancelImagingJobRequest__Output } from '../../provisioner/v1/CancelImagingJobRequest';
import type { CancelImagingJobResponse as _provisioner_v1_CancelImagingJobResponse, CancelImagingJobResponse__Output as _provisioner_v1_CancelImagingJobResponse__Output } from '../../provisioner/v1/CancelImagingJobResponse';
import type { CaptureImageRequest as _provisioner_v1_CaptureImageRequest, CaptureImageRequest__Output as _provisioner_v1_CaptureImageRequest__Output } from '../../provisioner/v1/CaptureImageRequest';
import type { CaptureImageResponse as _provisioner_v1_CaptureImageResponse, CaptureImageResponse__Output as _provisioner_v1_CaptureImageResponse__Output } from '../../provisioner/v1/CaptureImageResponse';
import type { DeleteImageRequest as _provisioner_v1_DeleteImageRequest, DeleteImageRequest__Output as _provisioner_v1_DeleteImageRequest__Output } from '../../provisioner/v1/DeleteImageRequest';
import type { DeleteImageResponse as _provisioner_v1_DeleteImageResponse, DeleteImageResponse__Output as _provisioner_v1_DeleteImageResponse__Output } from '../../provisioner/v1/DeleteImageResponse';
import type { DeployImageRequest as _provisioner_v1_DeployImageRequest, DeployImageRequest__Output as _provisioner_v1_DeployImageRequest__Output } from '../../provisioner/v1/DeployImageRequest';
import type { DeployImageResponse as _provisioner_v1_DeployImageResponse, DeployImageResponse__Output as _provisioner_v1_DeployImageResponse__Output } from '../../provisioner/v1/DeployImageResponse';
import type { GetImageRequest as _provisioner_v1_GetImageRequest, GetImageRequest__Output as _provisioner_v1_GetImageRequest__Output } from '../../provisioner/v1/GetImageRequest';
import type { GetImageResponse as _provisioner_v1_GetImageResponse, GetImageResponse__Output as _provisioner_v1_GetImageResponse__Output } from '../../provisioner/v1/GetImageResponse';
import type { GetImagingJobRequest as _provisioner_v1_GetImagingJobRequest, GetImagingJobRequest__Output as _provisioner_v1_GetImagingJobRequest__Output } from '../../provisioner/v1/GetImagingJobRequest';
import type { GetImagingJobResponse as _provisioner_v1_GetImagingJobResponse, GetImagingJobResponse__Output as _provisioner_v1_GetImagingJobResponse__Output } from '../../provisioner/v1/GetImagingJobResponse';
import type { ListImagesRequest as _provisioner_v1_ListImagesRequest, ListImagesRequest__Output as _provisioner_v1_ListImagesRequest__Output } from '../../provisioner/v1/ListImagesRequest';
import type { ListImagesResponse as _provisioner_v1_ListImagesResponse, ListImagesResponse__Output as _provisioner_v1_ListImagesResponse__Output } from '../../provisioner/v1/ListImagesResponse';
import type { ListImagingJobsRequest as _provisioner_v1_ListImagingJobsRequest, ListImagingJobsRequest__Output as _provisioner_v1_ListImagingJobsRequest__Output } from '../../provisioner/v1/ListImagingJobsRequest';
import type { ListImagingJobsResponse as _provisioner_v1_ListImagingJobsResponse, ListImagingJobsResponse__Output as _provisioner_v1_ListImagingJobsResponse__Output } from '../../provisioner/v1/ListImagingJobsResponse';
import type { UpdateImageRequest as _provisioner_v1_UpdateImageRequest, UpdateImageRequest__Output as _provisioner_v1_UpdateImageRequest__Output } from '../../provisioner/v1/UpdateImageRequest';
import type { UpdateImageResponse as _provisioner_v1_UpdateImageResponse, UpdateImageResponse__Output as _provisioner_v1_UpdateImageResponse__Output } from '../../provisioner/v1/UpdateImageResponse';
import type { WatchImagingJobsRequest as _provisioner_v1_WatchImagingJobsRequest, WatchImagingJobsRequest__Output as _provisioner_v1_WatchImagingJobsRequest__Output } from '../../provisioner/v1/WatchImagingJobsRequest';
import type { WatchImagingJobsResponse as _provisioner_v1_WatchImagingJobsResponse, WatchImagingJobsResponse__Output as _provisioner_v1_WatchImagingJobsResponse__Output } from '../../provisioner/v1/WatchImagingJobsResponse';

/**
 * Imaging: capture a host's disk into an image, deploy images onto hosts,
 * follow the jobs that do it. A job arms the host's next network boot into
 * an imaging environment (an operating system of installer kind
 * INSTALLER_KIND_IMAGE), whose agent moves the disk's chunks over
 * ImagingAgentService. Every method needs a session of an APID granted the
 * imaging scope.
 */
export interface ImagingServiceClient extends grpc.Client {
  /**
   * Cancels an armed or running job. The host boots from its disk again; a
   * capture's image becomes FAILED, and a deploy leaves the disk partly
   * written, never marked good.
   */
  CancelImagingJob(argument: _provisioner_v1_CancelImagingJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CancelImagingJobResponse__Output>): grpc.ClientUnaryCall;
  CancelImagingJob(argument: _provisioner_v1_CancelImagingJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CancelImagingJobResponse__Output>): grpc.ClientUnaryCall;
  CancelImagingJob(argument: _provisioner_v1_CancelImagingJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CancelImagingJobResponse__Output>): grpc.ClientUnaryCall;
  CancelImagingJob(argument: _provisioner_v1_CancelImagingJobRequest, callback: grpc.requestCallback<_provisioner_v1_CancelImagingJobResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Cancels an armed or running job. The host boots from its disk again; a
   * capture's image becomes FAILED, and a deploy leaves the disk partly
   * written, never marked good.
   */
  cancelImagingJob(argument: _provisioner_v1_CancelImagingJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CancelImagingJobResponse__Output>): grpc.ClientUnaryCall;
  cancelImagingJob(argument: _provisioner_v1_CancelImagingJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CancelImagingJobResponse__Output>): grpc.ClientUnaryCall;
  cancelImagingJob(argument: _provisioner_v1_CancelImagingJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CancelImagingJobResponse__Output>): grpc.ClientUnaryCall;
  cancelImagingJob(argument: _provisioner_v1_CancelImagingJobRequest, callback: grpc.requestCallback<_provisioner_v1_CancelImagingJobResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Starts capturing a host's disk into a new image: arms the host's next
   * network boot into the imaging environment, and with power_cycle also
   * sets its next boot to the network and power-cycles it through its BMC.
   * The image is CREATING until the job succeeds.
   */
  CaptureImage(argument: _provisioner_v1_CaptureImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CaptureImageResponse__Output>): grpc.ClientUnaryCall;
  CaptureImage(argument: _provisioner_v1_CaptureImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CaptureImageResponse__Output>): grpc.ClientUnaryCall;
  CaptureImage(argument: _provisioner_v1_CaptureImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CaptureImageResponse__Output>): grpc.ClientUnaryCall;
  CaptureImage(argument: _provisioner_v1_CaptureImageRequest, callback: grpc.requestCallback<_provisioner_v1_CaptureImageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Starts capturing a host's disk into a new image: arms the host's next
   * network boot into the imaging environment, and with power_cycle also
   * sets its next boot to the network and power-cycles it through its BMC.
   * The image is CREATING until the job succeeds.
   */
  captureImage(argument: _provisioner_v1_CaptureImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CaptureImageResponse__Output>): grpc.ClientUnaryCall;
  captureImage(argument: _provisioner_v1_CaptureImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_CaptureImageResponse__Output>): grpc.ClientUnaryCall;
  captureImage(argument: _provisioner_v1_CaptureImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_CaptureImageResponse__Output>): grpc.ClientUnaryCall;
  captureImage(argument: _provisioner_v1_CaptureImageRequest, callback: grpc.requestCallback<_provisioner_v1_CaptureImageResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes an image, and frees the chunks no other image uses.
   */
  DeleteImage(argument: _provisioner_v1_DeleteImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  DeleteImage(argument: _provisioner_v1_DeleteImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  DeleteImage(argument: _provisioner_v1_DeleteImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  DeleteImage(argument: _provisioner_v1_DeleteImageRequest, callback: grpc.requestCallback<_provisioner_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes an image, and frees the chunks no other image uses.
   */
  deleteImage(argument: _provisioner_v1_DeleteImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  deleteImage(argument: _provisioner_v1_DeleteImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  deleteImage(argument: _provisioner_v1_DeleteImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  deleteImage(argument: _provisioner_v1_DeleteImageRequest, callback: grpc.requestCallback<_provisioner_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Starts deploying a ready image onto one host or many: one job per host,
   * each arming its host as CaptureImage does. Either every host is armed or
   * none is.
   */
  DeployImage(argument: _provisioner_v1_DeployImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeployImageResponse__Output>): grpc.ClientUnaryCall;
  DeployImage(argument: _provisioner_v1_DeployImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_DeployImageResponse__Output>): grpc.ClientUnaryCall;
  DeployImage(argument: _provisioner_v1_DeployImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeployImageResponse__Output>): grpc.ClientUnaryCall;
  DeployImage(argument: _provisioner_v1_DeployImageRequest, callback: grpc.requestCallback<_provisioner_v1_DeployImageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Starts deploying a ready image onto one host or many: one job per host,
   * each arming its host as CaptureImage does. Either every host is armed or
   * none is.
   */
  deployImage(argument: _provisioner_v1_DeployImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeployImageResponse__Output>): grpc.ClientUnaryCall;
  deployImage(argument: _provisioner_v1_DeployImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_DeployImageResponse__Output>): grpc.ClientUnaryCall;
  deployImage(argument: _provisioner_v1_DeployImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_DeployImageResponse__Output>): grpc.ClientUnaryCall;
  deployImage(argument: _provisioner_v1_DeployImageRequest, callback: grpc.requestCallback<_provisioner_v1_DeployImageResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Gets an image.
   */
  GetImage(argument: _provisioner_v1_GetImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  GetImage(argument: _provisioner_v1_GetImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  GetImage(argument: _provisioner_v1_GetImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  GetImage(argument: _provisioner_v1_GetImageRequest, callback: grpc.requestCallback<_provisioner_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Gets an image.
   */
  getImage(argument: _provisioner_v1_GetImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  getImage(argument: _provisioner_v1_GetImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  getImage(argument: _provisioner_v1_GetImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  getImage(argument: _provisioner_v1_GetImageRequest, callback: grpc.requestCallback<_provisioner_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Gets an imaging job.
   */
  GetImagingJob(argument: _provisioner_v1_GetImagingJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetImagingJobResponse__Output>): grpc.ClientUnaryCall;
  GetImagingJob(argument: _provisioner_v1_GetImagingJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetImagingJobResponse__Output>): grpc.ClientUnaryCall;
  GetImagingJob(argument: _provisioner_v1_GetImagingJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetImagingJobResponse__Output>): grpc.ClientUnaryCall;
  GetImagingJob(argument: _provisioner_v1_GetImagingJobRequest, callback: grpc.requestCallback<_provisioner_v1_GetImagingJobResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Gets an imaging job.
   */
  getImagingJob(argument: _provisioner_v1_GetImagingJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetImagingJobResponse__Output>): grpc.ClientUnaryCall;
  getImagingJob(argument: _provisioner_v1_GetImagingJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_GetImagingJobResponse__Output>): grpc.ClientUnaryCall;
  getImagingJob(argument: _provisioner_v1_GetImagingJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_GetImagingJobResponse__Output>): grpc.ClientUnaryCall;
  getImagingJob(argument: _provisioner_v1_GetImagingJobRequest, callback: grpc.requestCallback<_provisioner_v1_GetImagingJobResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists images, newest first, a page at a time.
   */
  ListImages(argument: _provisioner_v1_ListImagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  ListImages(argument: _provisioner_v1_ListImagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  ListImages(argument: _provisioner_v1_ListImagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  ListImages(argument: _provisioner_v1_ListImagesRequest, callback: grpc.requestCallback<_provisioner_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists images, newest first, a page at a time.
   */
  listImages(argument: _provisioner_v1_ListImagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  listImages(argument: _provisioner_v1_ListImagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  listImages(argument: _provisioner_v1_ListImagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  listImages(argument: _provisioner_v1_ListImagesRequest, callback: grpc.requestCallback<_provisioner_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists imaging jobs, newest first, a page at a time.
   */
  ListImagingJobs(argument: _provisioner_v1_ListImagingJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListImagingJobsResponse__Output>): grpc.ClientUnaryCall;
  ListImagingJobs(argument: _provisioner_v1_ListImagingJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListImagingJobsResponse__Output>): grpc.ClientUnaryCall;
  ListImagingJobs(argument: _provisioner_v1_ListImagingJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListImagingJobsResponse__Output>): grpc.ClientUnaryCall;
  ListImagingJobs(argument: _provisioner_v1_ListImagingJobsRequest, callback: grpc.requestCallback<_provisioner_v1_ListImagingJobsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists imaging jobs, newest first, a page at a time.
   */
  listImagingJobs(argument: _provisioner_v1_ListImagingJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListImagingJobsResponse__Output>): grpc.ClientUnaryCall;
  listImagingJobs(argument: _provisioner_v1_ListImagingJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_ListImagingJobsResponse__Output>): grpc.ClientUnaryCall;
  listImagingJobs(argument: _provisioner_v1_ListImagingJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_ListImagingJobsResponse__Output>): grpc.ClientUnaryCall;
  listImagingJobs(argument: _provisioner_v1_ListImagingJobsRequest, callback: grpc.requestCallback<_provisioner_v1_ListImagingJobsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Updates the fields of an image that update_mask names: display_name,
   * operating_system and labels.
   */
  UpdateImage(argument: _provisioner_v1_UpdateImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateImageResponse__Output>): grpc.ClientUnaryCall;
  UpdateImage(argument: _provisioner_v1_UpdateImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_UpdateImageResponse__Output>): grpc.ClientUnaryCall;
  UpdateImage(argument: _provisioner_v1_UpdateImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateImageResponse__Output>): grpc.ClientUnaryCall;
  UpdateImage(argument: _provisioner_v1_UpdateImageRequest, callback: grpc.requestCallback<_provisioner_v1_UpdateImageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Updates the fields of an image that update_mask names: display_name,
   * operating_system and labels.
   */
  updateImage(argument: _provisioner_v1_UpdateImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateImageResponse__Output>): grpc.ClientUnaryCall;
  updateImage(argument: _provisioner_v1_UpdateImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_provisioner_v1_UpdateImageResponse__Output>): grpc.ClientUnaryCall;
  updateImage(argument: _provisioner_v1_UpdateImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_provisioner_v1_UpdateImageResponse__Output>): grpc.ClientUnaryCall;
  updateImage(argument: _provisioner_v1_UpdateImageRequest, callback: grpc.requestCallback<_provisioner_v1_UpdateImageResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Streams the changes of one job, or of every job, as they happen: state
   * changes and, about once a second while a job runs, its progress. After a
   * reconnect, pass the cursor of the last message received to resume: no
   * message is lost or repeated. The response headers arrive once the
   * stream's start is fixed: wait for them before acting (capturing, say) and
   * no change of that action is missed.
   */
  WatchImagingJobs(argument: _provisioner_v1_WatchImagingJobsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_provisioner_v1_WatchImagingJobsResponse__Output>;
  WatchImagingJobs(argument: _provisioner_v1_WatchImagingJobsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_provisioner_v1_WatchImagingJobsResponse__Output>;
  /**
   * Streams the changes of one job, or of every job, as they happen: state
   * changes and, about once a second while a job runs, its progress. After a
   * reconnect, pass the cursor of the last message received to resume: no
   * message is lost or repeated. The response headers arrive once the
   * stream's start is fixed: wait for them before acting (capturing, say) and
   * no change of that action is missed.
   */
  watchImagingJobs(argument: _provisioner_v1_WatchImagingJobsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_provisioner_v1_WatchImagingJobsResponse__Output>;
  watchImagingJobs(argument: _provisioner_v1_WatchImagingJobsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_provisioner_v1_WatchImagingJobsResponse__Output>;
  
}

/**
 * Imaging: capture a host's disk into an image, deploy images onto hosts,
 * follow the jobs that do it. A job arms the host's next network boot into
 * an imaging environment (an operating system of installer kind
 * INSTALLER_KIND_IMAGE), whose agent moves the disk's chunks over
 * ImagingAgentService. Every method needs a session of an APID granted the
 * imaging scope.
 */
export interface ImagingServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Cancels an armed or running job. The host boots from its disk again; a
   * capture's image becomes FAILED, and a deploy leaves the disk partly
   * written, never marked good.
   */
  CancelImagingJob: grpc.handleUnaryCall<_provisioner_v1_CancelImagingJobRequest__Output, _provisioner_v1_CancelImagingJobResponse>;
  
  /**
   * Starts capturing a host's disk into a new image: arms the host's next
   * network boot into the imaging environment, and with power_cycle also
   * sets its next boot to the network and power-cycles it through its BMC.
   * The image is CREATING until the job succeeds.
   */
  CaptureImage: grpc.handleUnaryCall<_provisioner_v1_CaptureImageRequest__Output, _provisioner_v1_CaptureImageResponse>;
  
  /**
   * Deletes an image, and frees the chunks no other image uses.
   */
  DeleteImage: grpc.handleUnaryCall<_provisioner_v1_DeleteImageRequest__Output, _provisioner_v1_DeleteImageResponse>;
  
  /**
   * Starts deploying a ready image onto one host or many: one job per host,
   * each arming its host as CaptureImage does. Either every host is armed or
   * none is.
   */
  DeployImage: grpc.handleUnaryCall<_provisioner_v1_DeployImageRequest__Output, _provisioner_v1_DeployImageResponse>;
  
  /**
   * Gets an image.
   */
  GetImage: grpc.handleUnaryCall<_provisioner_v1_GetImageRequest__Output, _provisioner_v1_GetImageResponse>;
  
  /**
   * Gets an imaging job.
   */
  GetImagingJob: grpc.handleUnaryCall<_provisioner_v1_GetImagingJobRequest__Output, _provisioner_v1_GetImagingJobResponse>;
  
  /**
   * Lists images, newest first, a page at a time.
   */
  ListImages: grpc.handleUnaryCall<_provisioner_v1_ListImagesRequest__Output, _provisioner_v1_ListImagesResponse>;
  
  /**
   * Lists imaging jobs, newest first, a page at a time.
   */
  ListImagingJobs: grpc.handleUnaryCall<_provisioner_v1_ListImagingJobsRequest__Output, _provisioner_v1_ListImagingJobsResponse>;
  
  /**
   * Updates the fields of an image that update_mask names: display_name,
   * operating_system and labels.
   */
  UpdateImage: grpc.handleUnaryCall<_provisioner_v1_UpdateImageRequest__Output, _provisioner_v1_UpdateImageResponse>;
  
  /**
   * Streams the changes of one job, or of every job, as they happen: state
   * changes and, about once a second while a job runs, its progress. After a
   * reconnect, pass the cursor of the last message received to resume: no
   * message is lost or repeated. The response headers arrive once the
   * stream's start is fixed: wait for them before acting (capturing, say) and
   * no change of that action is missed.
   */
  WatchImagingJobs: grpc.handleServerStreamingCall<_provisioner_v1_WatchImagingJobsRequest__Output, _provisioner_v1_WatchImagingJobsResponse>;
  
}

export interface ImagingServiceDefinition extends grpc.ServiceDefinition {
  CancelImagingJob: MethodDefinition<_provisioner_v1_CancelImagingJobRequest, _provisioner_v1_CancelImagingJobResponse, _provisioner_v1_CancelImagingJobRequest__Output, _provisioner_v1_CancelImagingJobResponse__Output>
  CaptureImage: MethodDefinition<_provisioner_v1_CaptureImageRequest, _provisioner_v1_CaptureImageResponse, _provisioner_v1_CaptureImageRequest__Output, _provisioner_v1_CaptureImageResponse__Output>
  DeleteImage: MethodDefinition<_provisioner_v1_DeleteImageRequest, _provisioner_v1_DeleteImageResponse, _provisioner_v1_DeleteImageRequest__Output, _provisioner_v1_DeleteImageResponse__Output>
  DeployImage: MethodDefinition<_provisioner_v1_DeployImageRequest, _provisioner_v1_DeployImageResponse, _provisioner_v1_DeployImageRequest__Output, _provisioner_v1_DeployImageResponse__Output>
  GetImage: MethodDefinition<_provisioner_v1_GetImageRequest, _provisioner_v1_GetImageResponse, _provisioner_v1_GetImageRequest__Output, _provisioner_v1_GetImageResponse__Output>
  GetImagingJob: MethodDefinition<_provisioner_v1_GetImagingJobRequest, _provisioner_v1_GetImagingJobResponse, _provisioner_v1_GetImagingJobRequest__Output, _provisioner_v1_GetImagingJobResponse__Output>
  ListImages: MethodDefinition<_provisioner_v1_ListImagesRequest, _provisioner_v1_ListImagesResponse, _provisioner_v1_ListImagesRequest__Output, _provisioner_v1_ListImagesResponse__Output>
  ListImagingJobs: MethodDefinition<_provisioner_v1_ListImagingJobsRequest, _provisioner_v1_ListImagingJobsResponse, _provisioner_v1_ListImagingJobsRequest__Output, _provisioner_v1_ListImagingJobsResponse__Output>
  UpdateImage: MethodDefinition<_provisioner_v1_UpdateImageRequest, _provisioner_v1_UpdateImageResponse, _provisioner_v1_UpdateImageRequest__Output, _provisioner_v1_UpdateImageResponse__Output>
  WatchImagingJobs: MethodDefinition<_provisioner_v1_WatchImagingJobsRequest, _provisioner_v1_WatchImagingJobsResponse, _provisioner_v1_WatchImagingJobsRequest__Output, _provisioner_v1_WatchImagingJobsResponse__Output>
}

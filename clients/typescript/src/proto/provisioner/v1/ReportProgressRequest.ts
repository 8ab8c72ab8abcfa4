// Original file: protos/provisioner/v1/imaging_agent_service.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Request of ImagingAgentService.ReportProgress.
 */
export interface ReportProgressRequest {
  /**
   * Bytes of the disk gone through so far.
   */
  'bytesDone'?: (number | string | Long);
  /**
   * Bytes sent or received over the network so far, compressed.
   */
  'bytesTransferred'?: (number | string | Long);
  /**
   * What the agent is doing, for people.
   */
  'message'?: (string);
}

/**
 * Request of ImagingAgentService.ReportProgress.
 */
export interface ReportProgressRequest__Output {
  /**
   * Bytes of the disk gone through so far.
   */
  'bytesDone': (string);
  /**
   * Bytes sent or received over the network so far, compressed.
   */
  'bytesTransferred': (string);
  /**
   * What the agent is doing, for people.
   */
  'message': (string);
}

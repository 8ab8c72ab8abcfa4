// Original file: protos/provisioner/v1/imaging_service.proto

import type { ImagingJobState as _provisioner_v1_ImagingJobState, ImagingJobState__Output as _provisioner_v1_ImagingJobState__Output } from '../../provisioner/v1/ImagingJobState';

/**
 * Request of ImagingService.ListImagingJobs.
 */
export interface ListImagingJobsRequest {
  /**
   * See ListOperatingSystemsRequest.page_size.
   */
  'pageSize'?: (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken'?: (string);
  /**
   * Only the jobs of this host, `hosts/{host}`.
   */
  'host'?: (string);
  /**
   * Only the jobs of this image, `images/{image}`.
   */
  'image'?: (string);
  /**
   * Only jobs in this state.
   */
  'state'?: (_provisioner_v1_ImagingJobState);
}

/**
 * Request of ImagingService.ListImagingJobs.
 */
export interface ListImagingJobsRequest__Output {
  /**
   * See ListOperatingSystemsRequest.page_size.
   */
  'pageSize': (number);
  /**
   * The next_page_token of a previous call with the same filters.
   */
  'pageToken': (string);
  /**
   * Only the jobs of this host, `hosts/{host}`.
   */
  'host': (string);
  /**
   * Only the jobs of this image, `images/{image}`.
   */
  'image': (string);
  /**
   * Only jobs in this state.
   */
  'state': (_provisioner_v1_ImagingJobState__Output);
}

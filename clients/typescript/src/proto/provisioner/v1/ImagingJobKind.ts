// Original file: protos/provisioner/v1/imaging_resources.proto

/**
 * What an imaging job does.
 */
export const ImagingJobKind = {
  /**
   * Never used.
   */
  IMAGING_JOB_KIND_UNSPECIFIED: 'IMAGING_JOB_KIND_UNSPECIFIED',
  /**
   * Reads the host's disk into a new image.
   */
  IMAGING_JOB_KIND_CAPTURE: 'IMAGING_JOB_KIND_CAPTURE',
  /**
   * Writes an image onto the host's disk.
   */
  IMAGING_JOB_KIND_DEPLOY: 'IMAGING_JOB_KIND_DEPLOY',
} as const;

/**
 * What an imaging job does.
 */
export type ImagingJobKind =
  /**
   * Never used.
   */
  | 'IMAGING_JOB_KIND_UNSPECIFIED'
  | 0
  /**
   * Reads the host's disk into a new image.
   */
  | 'IMAGING_JOB_KIND_CAPTURE'
  | 1
  /**
   * Writes an image onto the host's disk.
   */
  | 'IMAGING_JOB_KIND_DEPLOY'
  | 2

/**
 * What an imaging job does.
 */
export type ImagingJobKind__Output = typeof ImagingJobKind[keyof typeof ImagingJobKind]

// Original file: protos/provisioner/v1/imaging_resources.proto

/**
 * The life of an imaging job.
 */
export const ImagingJobState = {
  /**
   * Never used.
   */
  IMAGING_JOB_STATE_UNSPECIFIED: 'IMAGING_JOB_STATE_UNSPECIFIED',
  /**
   * The host's next network boot starts the imaging environment.
   */
  IMAGING_JOB_STATE_ARMED: 'IMAGING_JOB_STATE_ARMED',
  /**
   * The agent is at work.
   */
  IMAGING_JOB_STATE_RUNNING: 'IMAGING_JOB_STATE_RUNNING',
  /**
   * The job is done: the image is ready, or the disk holds the image and
   * was verified.
   */
  IMAGING_JOB_STATE_SUCCEEDED: 'IMAGING_JOB_STATE_SUCCEEDED',
  /**
   * The agent or the server gave up; `message` says why.
   */
  IMAGING_JOB_STATE_FAILED: 'IMAGING_JOB_STATE_FAILED',
  /**
   * Cancelled by a caller. The host boots from its disk again.
   */
  IMAGING_JOB_STATE_CANCELLED: 'IMAGING_JOB_STATE_CANCELLED',
  /**
   * The host did not boot the imaging environment within the job's time to
   * live.
   */
  IMAGING_JOB_STATE_EXPIRED: 'IMAGING_JOB_STATE_EXPIRED',
} as const;

/**
 * The life of an imaging job.
 */
export type ImagingJobState =
  /**
   * Never used.
   */
  | 'IMAGING_JOB_STATE_UNSPECIFIED'
  | 0
  /**
   * The host's next network boot starts the imaging environment.
   */
  | 'IMAGING_JOB_STATE_ARMED'
  | 1
  /**
   * The agent is at work.
   */
  | 'IMAGING_JOB_STATE_RUNNING'
  | 2
  /**
   * The job is done: the image is ready, or the disk holds the image and
   * was verified.
   */
  | 'IMAGING_JOB_STATE_SUCCEEDED'
  | 3
  /**
   * The agent or the server gave up; `message` says why.
   */
  | 'IMAGING_JOB_STATE_FAILED'
  | 4
  /**
   * Cancelled by a caller. The host boots from its disk again.
   */
  | 'IMAGING_JOB_STATE_CANCELLED'
  | 5
  /**
   * The host did not boot the imaging environment within the job's time to
   * live.
   */
  | 'IMAGING_JOB_STATE_EXPIRED'
  | 6

/**
 * The life of an imaging job.
 */
export type ImagingJobState__Output = typeof ImagingJobState[keyof typeof ImagingJobState]

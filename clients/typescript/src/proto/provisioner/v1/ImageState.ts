// Original file: protos/provisioner/v1/imaging_resources.proto

/**
 * The life of an image.
 */
export const ImageState = {
  /**
   * Never used.
   */
  IMAGE_STATE_UNSPECIFIED: 'IMAGE_STATE_UNSPECIFIED',
  /**
   * Its capture is under way; it cannot be deployed.
   */
  IMAGE_STATE_CREATING: 'IMAGE_STATE_CREATING',
  /**
   * Captured and verified: every chunk is stored and matched its hash.
   */
  IMAGE_STATE_READY: 'IMAGE_STATE_READY',
  /**
   * Its capture failed or was cancelled; it cannot be deployed. Delete it.
   */
  IMAGE_STATE_FAILED: 'IMAGE_STATE_FAILED',
} as const;

/**
 * The life of an image.
 */
export type ImageState =
  /**
   * Never used.
   */
  | 'IMAGE_STATE_UNSPECIFIED'
  | 0
  /**
   * Its capture is under way; it cannot be deployed.
   */
  | 'IMAGE_STATE_CREATING'
  | 1
  /**
   * Captured and verified: every chunk is stored and matched its hash.
   */
  | 'IMAGE_STATE_READY'
  | 2
  /**
   * Its capture failed or was cancelled; it cannot be deployed. Delete it.
   */
  | 'IMAGE_STATE_FAILED'
  | 3

/**
 * The life of an image.
 */
export type ImageState__Output = typeof ImageState[keyof typeof ImageState]

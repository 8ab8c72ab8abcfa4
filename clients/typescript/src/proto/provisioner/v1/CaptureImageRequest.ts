// Original file: protos/provisioner/v1/imaging_service.proto

import type { Image as _provisioner_v1_Image, Image__Output as _provisioner_v1_Image__Output } from '../../provisioner/v1/Image';

/**
 * Request of ImagingService.CaptureImage.
 */
export interface CaptureImageRequest {
  /**
   * The host whose disk is captured, `hosts/{host}`. Required.
   */
  'host'?: (string);
  /**
   * The id of the new image, which becomes the last part of its name:
   * lower-case letters, digits and hyphens, 1 to 63 characters, starting
   * with a letter. Required.
   */
  'imageId'?: (string);
  /**
   * The new image's display_name, operating_system and labels; the rest is
   * ignored.
   */
  'image'?: (_provisioner_v1_Image | null);
  /**
   * The operating system of installer kind INSTALLER_KIND_IMAGE that the
   * host boots to run the agent, `operatingSystems/{operating_system}`.
   * Required.
   */
  'imagingEnvironment'?: (string);
  /**
   * Also set the host's next boot to the network and power-cycle it through
   * its BMC.
   */
  'powerCycle'?: (boolean);
  /**
   * How long the job stays armed without the agent starting it, in seconds;
   * 0 means the server's default (3600), at most 7 days.
   */
  'ttlSeconds'?: (number);
  /**
   * The disk the agent reads, for example `/dev/sda`; empty lets the agent
   * pick the first disk it finds.
   */
  'disk'?: (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId'?: (string);
}

/**
 * Request of ImagingService.CaptureImage.
 */
export interface CaptureImageRequest__Output {
  /**
   * The host whose disk is captured, `hosts/{host}`. Required.
   */
  'host': (string);
  /**
   * The id of the new image, which becomes the last part of its name:
   * lower-case letters, digits and hyphens, 1 to 63 characters, starting
   * with a letter. Required.
   */
  'imageId': (string);
  /**
   * The new image's display_name, operating_system and labels; the rest is
   * ignored.
   */
  'image': (_provisioner_v1_Image__Output | null);
  /**
   * The operating system of installer kind INSTALLER_KIND_IMAGE that the
   * host boots to run the agent, `operatingSystems/{operating_system}`.
   * Required.
   */
  'imagingEnvironment': (string);
  /**
   * Also set the host's next boot to the network and power-cycle it through
   * its BMC.
   */
  'powerCycle': (boolean);
  /**
   * How long the job stays armed without the agent starting it, in seconds;
   * 0 means the server's default (3600), at most 7 days.
   */
  'ttlSeconds': (number);
  /**
   * The disk the agent reads, for example `/dev/sda`; empty lets the agent
   * pick the first disk it finds.
   */
  'disk': (string);
  /**
   * See CreateOperatingSystemRequest.request_id.
   */
  'requestId': (string);
}

// Original file: protos/provisioner/v1/provisioning_resources.proto

import type { ProvisioningState as _provisioner_v1_ProvisioningState, ProvisioningState__Output as _provisioner_v1_ProvisioningState__Output } from '../../provisioner/v1/ProvisioningState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * One install of an operating system on a host: armed for the host's next
 * network boot, then installing, then ended.
 */
export interface Provisioning {
  /**
   * The resource name, `hosts/{host}/provisionings/{provisioning}`. Output
   * only.
   */
  'name'?: (string);
  /**
   * The operating system to install, `operatingSystems/{operating_system}`.
   * Required.
   */
  'operatingSystem'?: (string);
  /**
   * The answer-file template, `templates/{template}`. Unset: the operating
   * system's default template.
   */
  'template'?: (string);
  /**
   * Values of the template's parameters. Values of secret parameters are
   * never returned.
   */
  'values'?: ({[key: string]: string});
  /**
   * How long the install stays armed without starting, in seconds; 0 means
   * the server's default (3600), at most 7 days. Input only.
   */
  'ttlSeconds'?: (number);
  /**
   * The state. Output only.
   */
  'state'?: (_provisioner_v1_ProvisioningState);
  /**
   * The installer's last reported progress, 0 to 100. Output only.
   */
  'progressPercent'?: (number);
  /**
   * The installer's or the server's last message, for example the reason of
   * a failure. Output only.
   */
  'message'?: (string);
  /**
   * When an armed provisioning expires unless its install has started.
   * Output only.
   */
  'expireTime'?: (_google_protobuf_Timestamp | null);
  /**
   * When the provisioning was armed. Output only.
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * When the installer reported that it started. Output only.
   */
  'startTime'?: (_google_protobuf_Timestamp | null);
  /**
   * When the provisioning ended (succeeded, failed, cancelled, expired).
   * Output only.
   */
  'endTime'?: (_google_protobuf_Timestamp | null);
  /**
   * See OperatingSystem.etag. Output only.
   */
  'etag'?: (string);
}

/**
 * One install of an operating system on a host: armed for the host's next
 * network boot, then installing, then ended.
 */
export interface Provisioning__Output {
  /**
   * The resource name, `hosts/{host}/provisionings/{provisioning}`. Output
   * only.
   */
  'name': (string);
  /**
   * The operating system to install, `operatingSystems/{operating_system}`.
   * Required.
   */
  'operatingSystem': (string);
  /**
   * The answer-file template, `templates/{template}`. Unset: the operating
   * system's default template.
   */
  'template': (string);
  /**
   * Values of the template's parameters. Values of secret parameters are
   * never returned.
   */
  'values': ({[key: string]: string});
  /**
   * How long the install stays armed without starting, in seconds; 0 means
   * the server's default (3600), at most 7 days. Input only.
   */
  'ttlSeconds': (number);
  /**
   * The state. Output only.
   */
  'state': (_provisioner_v1_ProvisioningState__Output);
  /**
   * The installer's last reported progress, 0 to 100. Output only.
   */
  'progressPercent': (number);
  /**
   * The installer's or the server's last message, for example the reason of
   * a failure. Output only.
   */
  'message': (string);
  /**
   * When an armed provisioning expires unless its install has started.
   * Output only.
   */
  'expireTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the provisioning was armed. Output only.
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the installer reported that it started. Output only.
   */
  'startTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the provisioning ended (succeeded, failed, cancelled, expired).
   * Output only.
   */
  'endTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * See OperatingSystem.etag. Output only.
   */
  'etag': (string);
}

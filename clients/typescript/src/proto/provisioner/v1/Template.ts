// Original file: protos/provisioner/v1/provisioning_resources.proto

import type { InstallerKind as _provisioner_v1_InstallerKind, InstallerKind__Output as _provisioner_v1_InstallerKind__Output } from '../../provisioner/v1/InstallerKind';
import type { TemplateParameter as _provisioner_v1_TemplateParameter, TemplateParameter__Output as _provisioner_v1_TemplateParameter__Output } from '../../provisioner/v1/TemplateParameter';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * An answer-file template: a Jinja2 body, rendered in a sandbox, with the
 * parameters a provisioning may set.
 */
export interface Template {
  /**
   * The resource name, `templates/{template}`; the id follows the rules of
   * OperatingSystem.name. Output only: Create takes the id as template_id.
   */
  'name'?: (string);
  /**
   * A name for people. Required.
   */
  'displayName'?: (string);
  /**
   * The kind of answer file the body produces. Required.
   */
  'installerKind'?: (_provisioner_v1_InstallerKind);
  /**
   * The Jinja2 body, at most 256 KiB. Besides the parameters it may use
   * `host` (hostname, mac_addresses, network, labels), `os` (name,
   * display_name, family) and `install` (answer_url, callback_url,
   * server_url). Its syntax is checked on create and update. Required.
   */
  'body'?: (string);
  /**
   * The parameters the body uses, with their defaults.
   */
  'parameters'?: (_provisioner_v1_TemplateParameter)[];
  /**
   * See OperatingSystem.etag. Output only.
   */
  'etag'?: (string);
  /**
   * When the resource was created. Output only.
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * When the resource last changed. Output only.
   */
  'updateTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * An answer-file template: a Jinja2 body, rendered in a sandbox, with the
 * parameters a provisioning may set.
 */
export interface Template__Output {
  /**
   * The resource name, `templates/{template}`; the id follows the rules of
   * OperatingSystem.name. Output only: Create takes the id as template_id.
   */
  'name': (string);
  /**
   * A name for people. Required.
   */
  'displayName': (string);
  /**
   * The kind of answer file the body produces. Required.
   */
  'installerKind': (_provisioner_v1_InstallerKind__Output);
  /**
   * The Jinja2 body, at most 256 KiB. Besides the parameters it may use
   * `host` (hostname, mac_addresses, network, labels), `os` (name,
   * display_name, family) and `install` (answer_url, callback_url,
   * server_url). Its syntax is checked on create and update. Required.
   */
  'body': (string);
  /**
   * The parameters the body uses, with their defaults.
   */
  'parameters': (_provisioner_v1_TemplateParameter__Output)[];
  /**
   * See OperatingSystem.etag. Output only.
   */
  'etag': (string);
  /**
   * When the resource was created. Output only.
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the resource last changed. Output only.
   */
  'updateTime': (_google_protobuf_Timestamp__Output | null);
}

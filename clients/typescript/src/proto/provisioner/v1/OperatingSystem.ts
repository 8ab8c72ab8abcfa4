// Original file: protos/provisioner/v1/provisioning_resources.proto

import type { OperatingSystemFamily as _provisioner_v1_OperatingSystemFamily, OperatingSystemFamily__Output as _provisioner_v1_OperatingSystemFamily__Output } from '../../provisioner/v1/OperatingSystemFamily';
import type { InstallerKind as _provisioner_v1_InstallerKind, InstallerKind__Output as _provisioner_v1_InstallerKind__Output } from '../../provisioner/v1/InstallerKind';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * An operating system that hosts can be provisioned with: how to boot its
 * installer and which kind of answer file drives it.
 */
export interface OperatingSystem {
  /**
   * The resource name, `operatingSystems/{operating_system}`; the id is
   * lower-case letters, digits and hyphens, 1 to 63 characters, starting with
   * a letter. Output only: Create takes the id as operating_system_id.
   */
  'name'?: (string);
  /**
   * A name for people, for example `Rocky Linux 9.4`. Required.
   */
  'displayName'?: (string);
  /**
   * The family of the system. Required.
   */
  'family'?: (_provisioner_v1_OperatingSystemFamily);
  /**
   * The kind of answer file its installer reads. Required.
   */
  'installerKind'?: (_provisioner_v1_InstallerKind);
  /**
   * The installer's kernel (for Windows: wimboot), as a path relative to the
   * server's boot directory (served over HTTP under /files/) or as an
   * absolute http:// or https:// URL. Required.
   */
  'kernel'?: (string);
  /**
   * The installer's initial ramdisks, in boot order, each a path relative to
   * the boot directory or an absolute URL. For Windows through wimboot: the
   * BCD, boot.sdi and boot.wim files.
   */
  'initrds'?: (string)[];
  /**
   * Kernel arguments. The server appends the argument that points the
   * installer at its answer file, chosen by installer_kind. The placeholders
   * {answer_url}, {callback_url}, {server_url} and {hostname} are replaced at
   * arming; no other braces are allowed.
   */
  'kernelArgs'?: (string);
  /**
   * The template used when a provisioning names none, `templates/{template}`.
   * Optional.
   */
  'defaultTemplate'?: (string);
  /**
   * Changes whenever the resource changes; send it back with an update or a
   * delete to make it conditional. Output only.
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
 * An operating system that hosts can be provisioned with: how to boot its
 * installer and which kind of answer file drives it.
 */
export interface OperatingSystem__Output {
  /**
   * The resource name, `operatingSystems/{operating_system}`; the id is
   * lower-case letters, digits and hyphens, 1 to 63 characters, starting with
   * a letter. Output only: Create takes the id as operating_system_id.
   */
  'name': (string);
  /**
   * A name for people, for example `Rocky Linux 9.4`. Required.
   */
  'displayName': (string);
  /**
   * The family of the system. Required.
   */
  'family': (_provisioner_v1_OperatingSystemFamily__Output);
  /**
   * The kind of answer file its installer reads. Required.
   */
  'installerKind': (_provisioner_v1_InstallerKind__Output);
  /**
   * The installer's kernel (for Windows: wimboot), as a path relative to the
   * server's boot directory (served over HTTP under /files/) or as an
   * absolute http:// or https:// URL. Required.
   */
  'kernel': (string);
  /**
   * The installer's initial ramdisks, in boot order, each a path relative to
   * the boot directory or an absolute URL. For Windows through wimboot: the
   * BCD, boot.sdi and boot.wim files.
   */
  'initrds': (string)[];
  /**
   * Kernel arguments. The server appends the argument that points the
   * installer at its answer file, chosen by installer_kind. The placeholders
   * {answer_url}, {callback_url}, {server_url} and {hostname} are replaced at
   * arming; no other braces are allowed.
   */
  'kernelArgs': (string);
  /**
   * The template used when a provisioning names none, `templates/{template}`.
   * Optional.
   */
  'defaultTemplate': (string);
  /**
   * Changes whenever the resource changes; send it back with an update or a
   * delete to make it conditional. Output only.
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

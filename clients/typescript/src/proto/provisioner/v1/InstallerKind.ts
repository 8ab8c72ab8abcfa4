// Original file: protos/provisioner/v1/provisioning_resources.proto

/**
 * The kind of answer file an installer reads.
 */
export const InstallerKind = {
  /**
   * Never valid.
   */
  INSTALLER_KIND_UNSPECIFIED: 'INSTALLER_KIND_UNSPECIFIED',
  /**
   * Anaconda kickstart (Red Hat family): `inst.ks=` points at it.
   */
  INSTALLER_KIND_KICKSTART: 'INSTALLER_KIND_KICKSTART',
  /**
   * Debian-installer preseed: `url=` points at it.
   */
  INSTALLER_KIND_PRESEED: 'INSTALLER_KIND_PRESEED',
  /**
   * Ubuntu autoinstall through cloud-init's NoCloud source.
   */
  INSTALLER_KIND_AUTOINSTALL: 'INSTALLER_KIND_AUTOINSTALL',
  /**
   * Windows Setup's unattend.xml, handed to WinPE through wimboot as
   * autounattend.xml.
   */
  INSTALLER_KIND_WINDOWS_UNATTEND: 'INSTALLER_KIND_WINDOWS_UNATTEND',
  /**
   * An imaging environment, which reads no answer file.
   */
  INSTALLER_KIND_IMAGE: 'INSTALLER_KIND_IMAGE',
} as const;

/**
 * The kind of answer file an installer reads.
 */
export type InstallerKind =
  /**
   * Never valid.
   */
  | 'INSTALLER_KIND_UNSPECIFIED'
  | 0
  /**
   * Anaconda kickstart (Red Hat family): `inst.ks=` points at it.
   */
  | 'INSTALLER_KIND_KICKSTART'
  | 1
  /**
   * Debian-installer preseed: `url=` points at it.
   */
  | 'INSTALLER_KIND_PRESEED'
  | 2
  /**
   * Ubuntu autoinstall through cloud-init's NoCloud source.
   */
  | 'INSTALLER_KIND_AUTOINSTALL'
  | 3
  /**
   * Windows Setup's unattend.xml, handed to WinPE through wimboot as
   * autounattend.xml.
   */
  | 'INSTALLER_KIND_WINDOWS_UNATTEND'
  | 4
  /**
   * An imaging environment, which reads no answer file.
   */
  | 'INSTALLER_KIND_IMAGE'
  | 5

/**
 * The kind of answer file an installer reads.
 */
export type InstallerKind__Output = typeof InstallerKind[keyof typeof InstallerKind]

"""Starter answer-file templates that a deployment can import and adapt.

One per installer: Kickstart (Rocky Linux, AlmaLinux), Debian preseed, Ubuntu
autoinstall and a Windows unattend.xml. Each ends the install by reporting to
the installer callback (POST {install.callback_url}/done), and reports the
start and failures too where the installer has a hook for them.

The bodies live beside this module as .j2 files, so that they read as the
answer files they make; their parameters are declared here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from provisiond.core.errors import NotFound
from provisiond.core.templates import Parameter


@dataclass(frozen=True)
class StarterTemplate:
    """A template of the catalogue, ready to be stored as any other."""

    template_id: str
    display_name: str
    installer_kind: str  # a core.records.InstallerKind value
    body: str
    parameters: tuple[Parameter, ...]


@functools.cache
def starter_templates() -> tuple[StarterTemplate, ...]:
    """Every template of the catalogue, in a stable order."""
    return (
        _starter(
            "kickstart-el9",
            "Rocky Linux / AlmaLinux 9 (Kickstart)",
            "kickstart",
            _ROOT_PASSWORD_HASH,
            *_linux_basics(disk="sda", account="root"),
            Parameter(
                "repository_url",
                "",
                "BaseOS repository URL; empty to use inst.repo from the boot line",
            ),
        ),
        _starter(
            "preseed-debian12",
            "Debian 12 (preseed)",
            "preseed",
            _ROOT_PASSWORD_HASH,
            *_linux_basics(disk="sda", account="root"),
            Parameter("domain", "", "DNS domain of the host"),
            Parameter("mirror_host", "deb.debian.org", "Debian mirror host name"),
            Parameter("mirror_directory", "/debian", "Debian mirror directory"),
        ),
        _starter(
            "autoinstall-ubuntu",
            "Ubuntu Server 22.04 and later (autoinstall)",
            "autoinstall",
            Parameter("username", "ubuntu", "the administrator account"),
            Parameter(
                "password_hash",
                None,
                "crypt(3) hash of the administrator's password",
                secret=True,
            ),
            *_linux_basics(disk="", account="the administrator"),
        ),
        _starter(
            "unattend-windows",
            "Windows 10, 11 and Server 2019 or later (unattend.xml)",
            "windows_unattend",
            Parameter(
                "administrator_password",
                None,
                "password of the built-in Administrator",
                secret=True,
            ),
            Parameter("product_key", "", "product key; empty for none", secret=True),
            Parameter("image_index", "1", "index of the edition in install.wim"),
            Parameter("timezone", "UTC", "Windows time zone name"),
            Parameter("locale", "en-US", "language and locale"),
            Parameter("keyboard", "en-US", "input locale"),
            Parameter("disk", "0", "number of the disk to wipe and install on"),
            Parameter("owner", "Administrator", "registered owner"),
            Parameter("organization", "", "registered organisation"),
        ),
    )


def starter_template(template_id: str) -> StarterTemplate:
    """The catalogue's template `template_id`; NotFound when there is none."""
    for template in starter_templates():
        if template.template_id == template_id:
            return template
    raise NotFound(
        f"the catalogue has no template {template_id!r}",
        "STARTER_TEMPLATE_NOT_FOUND",
        {"template_id": template_id},
    )


_ROOT_PASSWORD_HASH = Parameter(
    "root_password_hash",
    None,
    "crypt(3) hash of the root password, e.g. from `openssl passwd -6`",
    secret=True,
)


def _linux_basics(disk: str, account: str) -> tuple[Parameter, ...]:
    return (
        Parameter("timezone", "Etc/UTC", "time zone, as in the tz database"),
        Parameter("locale", "en_US.UTF-8", "system locale"),
        Parameter("keyboard", "us", "console keyboard layout"),
        Parameter(
            "disk",
            disk,
            "the disk to wipe and install on"
            + ("" if disk else "; empty for the largest"),
        ),
        Parameter(
            "ssh_authorized_keys",
            "",
            f"public keys that may log in as {account}, one a line",
        ),
    )


def _starter(
    template_id: str, display_name: str, installer_kind: str, *parameters: Parameter
) -> StarterTemplate:
    """A starter template whose body is the file named after its installer."""
    body = resources.files(__name__).joinpath(f"{installer_kind}.j2")
    return StarterTemplate(
        template_id=template_id,
        display_name=display_name,
        installer_kind=installer_kind,
        body=body.read_text(encoding="utf-8"),
        parameters=parameters,
    )

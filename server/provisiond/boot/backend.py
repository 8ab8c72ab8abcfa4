"""What the boot transports (TFTP, HTTP) ask of the rest of the server.

The transports know protocols and paths; the backend knows hosts, installs and
templates. Keeping them apart lets each be tested alone, the transports against
a small in-memory backend.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol


class ConfigKind(enum.Enum):
    """The boot loaders whose per-MAC configuration the server renders."""

    PXELINUX = "pxelinux"
    GRUB = "grub"
    IPXE = "ipxe"


class InstallerEvent(enum.Enum):
    """What an installer reports through its callback."""

    STARTED = "started"
    PROGRESS = "progress"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class InstallerReport:
    """One callback from an installer."""

    event: InstallerEvent
    percent: int | None = None  # 0..100, for PROGRESS
    message: str = ""  # free text, at most 1024 characters


class BootBackend(Protocol):
    def boot_config(self, kind: ConfigKind, mac: str, client_address: str) -> str:
        """The boot configuration of the machine with this MAC address.

        `mac` is normalised: lower-case hex pairs joined by colons. An armed
        host gets its installer entry; any other machine, known or not, gets
        a configuration that boots from the local disk. Never raises for an
        unknown MAC.
        """

    def answer_file(self, token: str, client_address: str) -> str:
        """The rendered answer file of the install that `token` belongs to.

        Raises core.errors.PermissionDenied for a token that is unknown or
        whose install has ended.
        """

    def installer_report(
        self, token: str, report: InstallerReport, client_address: str
    ) -> None:
        """Records an installer callback.

        Raises PermissionDenied for an unknown or ended token, and
        FailedPrecondition when the report does not fit the install's state.
        """

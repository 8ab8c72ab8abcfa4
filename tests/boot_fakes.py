"""In-memory BootBackends for the boot transport tests."""

from __future__ import annotations

import threading

from provisiond.boot.backend import ConfigKind, InstallerReport
from provisiond.core.errors import FailedPrecondition, PermissionDenied

# What a machine with nothing to install gets: boot from the local disk.
LOCAL_BOOT = {
    ConfigKind.PXELINUX: "DEFAULT local\nLABEL local\n  LOCALBOOT 0\n",
    ConfigKind.GRUB: "set timeout=0\nexit\n",
    ConfigKind.IPXE: "#!ipxe\nexit\n",
}

# An installer entry per loader, about the size the real templates render.
_INSTALL = {
    ConfigKind.PXELINUX: (
        "DEFAULT install\nPROMPT 0\nTIMEOUT 0\nLABEL install\n"
        "  KERNEL http://192.0.2.1:8080/files/debian-12/amd64/linux\n"
        "  APPEND initrd=http://192.0.2.1:8080/files/debian-12/amd64/initrd.gz "
        "auto=true priority=critical interface={mac} hostname={host} "
        "url=http://192.0.2.1:8080/answer/{token} console=ttyS0,115200n8 "
        "netcfg/choose_interface=auto DEBIAN_FRONTEND=text ---\n"
    ),
    ConfigKind.GRUB: (
        "set timeout=0\nset default=install\nmenuentry install {{\n"
        "  linux (http,192.0.2.1:8080)/files/debian-12/amd64/linux auto=true "
        "priority=critical interface={mac} hostname={host} "
        "url=http://192.0.2.1:8080/answer/{token} console=ttyS0,115200n8 ---\n"
        "  initrd (http,192.0.2.1:8080)/files/debian-12/amd64/initrd.gz\n}}\n"
    ),
    ConfigKind.IPXE: (
        "#!ipxe\nset base http://192.0.2.1:8080/files/debian-12/amd64\n"
        "kernel ${{base}}/linux initrd=initrd.gz auto=true priority=critical "
        "interface={mac} hostname={host} console=ttyS0,115200n8 "
        "url=http://192.0.2.1:8080/answer/{token} DEBIAN_FRONTEND=text ---\n"
        "initrd ${{base}}/initrd.gz\nboot || goto failed\n:failed\n"
        "echo install boot failed; booting from disk\nexit 1\n"
    ),
}


def install_config(kind: ConfigKind, mac: str, host: str, token: str) -> str:
    """The installer entry of `host` for `kind`."""
    return _INSTALL[kind].format(mac=mac, host=host, token=token)


class MemoryBackend:
    """Armed hosts by MAC, installs by token; records what it was asked.

    A lookup of a MAC in `failing` raises, as a bug would.
    """

    def __init__(self):
        self.configs: dict[tuple[ConfigKind, str], str] = {}
        self.answers: dict[str, str] = {}
        self.ended: set[str] = set()
        self.failing: set[str] = set()
        self.reports: list[tuple[str, InstallerReport, str]] = []
        self.config_requests: list[tuple[ConfigKind, str, str]] = []
        self._lock = threading.Lock()

    def arm(self, mac: str, host: str, token: str, answer: str = "") -> None:
        """Gives `mac` an installer entry for every loader, and `token` an
        answer file."""
        for kind in ConfigKind:
            self.configs[kind, mac] = install_config(kind, mac, host, token)
        self.answers[token] = answer or f"# answer file of {host}\n"

    def boot_config(self, kind: ConfigKind, mac: str, client_address: str) -> str:
        if mac in self.failing:
            raise RuntimeError(f"lookup of {mac} failed")
        with self._lock:
            self.config_requests.append((kind, mac, client_address))
        return self.configs.get((kind, mac), LOCAL_BOOT[kind])

    def answer_file(self, token: str, client_address: str) -> str:
        if token not in self.answers or token in self.ended:
            raise PermissionDenied("unknown or ended install token", "BAD_TOKEN")
        return self.answers[token]

    def installer_report(
        self, token: str, report: InstallerReport, client_address: str
    ) -> None:
        if token not in self.answers:
            raise PermissionDenied("unknown or ended install token", "BAD_TOKEN")
        if token in self.ended:
            raise FailedPrecondition("the install has ended", "INSTALL_ENDED")
        with self._lock:
            self.reports.append((token, report, client_address))


class BrokenBackend:
    """A backend whose every call fails as a bug would."""

    def boot_config(self, kind: ConfigKind, mac: str, client_address: str) -> str:
        raise RuntimeError("the backend is broken")

    def answer_file(self, token: str, client_address: str) -> str:
        raise RuntimeError("the backend is broken")

    def installer_report(
        self, token: str, report: InstallerReport, client_address: str
    ) -> None:
        raise RuntimeError("the backend is broken")

"""In-memory BootBackends for the boot transport tests and the boot benchmark."""

from __future__ import annotations

import threading
import time

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

# What one boot_config costs the real backend: a peewee Model.get on SQLite,
# measured here at about 200 us of Python, most of it holding the GIL.
LOOKUP_COST_SECONDS = 0.0002


def install_config(kind: ConfigKind, mac: str, host: str, token: str) -> str:
    """The installer entry of `host` for `kind`."""
    return _INSTALL[kind].format(mac=mac, host=host, token=token)


class MemoryBackend:
    """Armed hosts by MAC, installs by token; records what it was asked.

    `lookup_cost_seconds` of CPU is spent on each boot_config, as a database
    lookup would, so that a benchmark pays what production pays. A lookup of a
    MAC in `failing` raises, as a bug would.
    """

    def __init__(self, lookup_cost_seconds: float = 0.0):
        self.lookup_cost_seconds = lookup_cost_seconds
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
        _spend(self.lookup_cost_seconds)
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


def make_backend(macs: list[str]) -> MemoryBackend:
    """The benchmark's backend: every MAC armed, each lookup at a database's
    cost."""
    backend = MemoryBackend(lookup_cost_seconds=LOOKUP_COST_SECONDS)
    for number, mac in enumerate(macs):
        backend.arm(mac, f"node-{number:04d}", f"pit_{number:04d}.{'x' * 32}")
    return backend


def _spend(seconds: float) -> None:
    """Keeps this thread busy for `seconds`, as Python code would."""
    if seconds <= 0:
        return
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        pass

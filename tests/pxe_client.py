"""A real PXE client for tests: QEMU's iPXE ROM booting over a network that
reaches nothing but a loopback HTTP server, its serial console read as text.

The VM sits on QEMU's user-mode network with restrict=on, so the only thing it
can reach is GUEST_HTTP_ADDRESS:80, a guestfwd that tests/relay.py joins to
127.0.0.1:`http_port`, one relay per connection. QEMU's built-in DHCP server
hands out `bootfile` as the filename, which iPXE fetches when it is a URL.

With graphics off, SeaBIOS copies the BIOS text console, and so everything
iPXE prints, to the serial port, which QEMU writes to a file. This iPXE cannot
power off: a script ends with `exit`, SeaBIOS then finds nothing else to boot
and reboots, and -no-reboot turns that reboot into QEMU's own exit.

A boot can also attach raw disk images as virtio disks (/dev/vda, /dev/vdb...
in order), forward more guest ports at GUEST_HTTP_ADDRESS to loopback ports,
each through a relay of its own that lasts as long as the boot may (the
imaging agent's gRPC connection, say), and give the VM more memory than the
firmware alone needs.

NOTE(pxe): Debian's iPXE (2019) fails a relative URL whose path holds colons
("Operation not supported"), so a script chains `/ipxe/${net0/mac:hexhyp}`
(52-54-00-...) or an absolute URL, where the colons arrive as %3A.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pytest

from support import require_tool

GUEST_HTTP_ADDRESS = "10.0.2.100"
NIC_MODEL = "e1000"
# The ROM QEMU itself picks for an e1000; it holds both the BIOS and EFI iPXE.
IPXE_ROM = Path("/usr/lib/ipxe/qemu/efi-e1000.rom")
RELAY = Path(__file__).with_name("relay.py")
# How long an HTTP download may sit without a byte moving before its relay
# gives up; other forwards may be quiet for the whole boot.
HTTP_IDLE_TIMEOUT = 30.0

POLL_INTERVAL = 0.1
STOP_TIMEOUT = 5.0
RELAY_EXIT_TIMEOUT = 3.0

_ESCAPES = re.compile(r"\x1b(\[[0-9;?]*[A-Za-z]|[A-Za-z])")

Outcome = Literal["exited", "until", "timeout"]


@dataclass(frozen=True)
class PxeBoot:
    """One network boot of a VM whose NIC carries `mac`.

    Its HTTP requests to http://GUEST_HTTP_ADDRESS/ reach 127.0.0.1:`http_port`,
    and its connections to GUEST_HTTP_ADDRESS:guest port reach 127.0.0.1:port
    for each pair in `forwards` (guest ports other than 80). `disks` are raw
    images attached as virtio disks, in order. The boot ends when QEMU exits,
    when the console shows `until` (if given), or after `timeout` seconds,
    whichever comes first.
    """

    mac: str
    http_port: int
    bootfile: str = f"http://{GUEST_HTTP_ADDRESS}/boot.ipxe"
    timeout: float = 90.0
    until: str | None = None
    disks: Sequence[Path] = ()
    forwards: Mapping[int, int] = field(default_factory=dict)
    memory_mib: int = 64


@dataclass(frozen=True)
class BootResult:
    """What the firmware printed, how the boot ended and how long it took."""

    console: str
    outcome: Outcome
    seconds: float


def boot(pxe: PxeBoot, workdir: Path) -> BootResult:
    """Boots a VM as `pxe` says and returns its serial console as text.

    QEMU and every relay are stopped by PID before this returns, also on a
    timeout, whose result still carries the console so far. `workdir` keeps
    the raw console (console.log), QEMU's messages (qemu.log) and the relays'
    (relay.log). Skips when QEMU or the ROM is missing (fails under CI), and
    fails the test when QEMU exits with an error of its own.
    """
    qemu = require_tool("qemu-system-x86_64", "qemu-system-x86")
    _require_rom()
    console = workdir / "console.log"
    console.touch()
    relays = workdir / "relays"
    relays.mkdir()
    command = _command(qemu, pxe, console, relays, workdir / "relay.log")

    with (workdir / "qemu.log").open("wb") as log:
        started = time.monotonic()
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        outcome = _wait(process, console, pxe.until, started + pxe.timeout)
        seconds = time.monotonic() - started
    finally:
        _stop(process)
        _stop_relays(relays)

    text = readable(console.read_bytes())
    if outcome == "exited" and process.returncode != 0:
        qemu_log = (workdir / "qemu.log").read_text(errors="replace")
        pytest.fail(f"QEMU exited with {process.returncode}:\n{qemu_log}\n{text}")
    return BootResult(text, outcome, seconds)


def readable(raw: bytes) -> str:
    """Serial output as a person would have read it on the screen: without
    terminal escape sequences or carriage returns, backspaces applied."""
    text = _ESCAPES.sub("", raw.decode(errors="replace")).replace("\r", "")
    shown: list[str] = []
    for char in text:
        if char != "\b":
            shown.append(char)
        elif shown and shown[-1] != "\n":
            shown.pop()
    return "\n".join(line.rstrip() for line in "".join(shown).split("\n"))


def _require_rom() -> None:
    if IPXE_ROM.is_file():
        return
    message = f"{IPXE_ROM} is missing (Debian package ipxe-qemu)"
    if os.environ.get("CI") not in (None, "", "false"):
        pytest.fail(f"{message}: CI must provide it")
    pytest.skip(f"{message}; scripts/test installs it")


def _command(
    qemu: str, pxe: PxeBoot, console: Path, relays: Path, relay_log: Path
) -> list[str]:
    netdev = _netdev(pxe, relays, relay_log)
    nic = f"{NIC_MODEL},netdev=net0,mac={pxe.mac},romfile={_escape(str(IPXE_ROM))}"
    return [
        qemu,
        *("-accel", "tcg", "-m", str(pxe.memory_mib), "-nodefaults", "-no-reboot"),
        *("-machine", "graphics=off", "-display", "none", "-monitor", "none"),
        *("-boot", "order=n,reboot-timeout=0"),
        *("-netdev", netdev, "-device", nic),
        *_disk_options(pxe.disks),
        *("-serial", f"file:{console}"),
    ]


def _netdev(pxe: PxeBoot, relays: Path, relay_log: Path) -> str:
    """The restricted user-mode network, with a guestfwd for HTTP and one for
    each of `pxe.forwards`, each starting a relay per connection."""

    def relay(port: int, idle: float) -> str:
        # It may live as long as the boot; boot() stops any still running.
        limits = [str(idle), str(pxe.timeout)]
        argv = [str(port), str(relays), str(relay_log), *limits]
        return shlex.join([sys.executable, "-I", str(RELAY), *argv])

    commands = {80: relay(pxe.http_port, HTTP_IDLE_TIMEOUT)}
    for guest_port, port in pxe.forwards.items():
        commands[guest_port] = relay(port, pxe.timeout)
    options = ["user", "id=net0", "restrict=on", f"bootfile={_escape(pxe.bootfile)}"]
    for guest_port, command in commands.items():
        address = f"{GUEST_HTTP_ADDRESS}:{guest_port}"
        options.append(f"guestfwd=tcp:{address}-cmd:{_escape(command)}")
    return ",".join(options)


def _disk_options(disks: Sequence[Path]) -> list[str]:
    """QEMU options attaching `disks` as raw virtio disks, which the guest
    names /dev/vda, /dev/vdb... in this order (that of their PCI slots)."""
    options = []
    for index, disk in enumerate(disks):
        drive = f"if=none,id=disk{index},format=raw,file={_escape(str(disk))}"
        options += ["-drive", drive, "-device", f"virtio-blk-pci,drive=disk{index}"]
    return options


def _escape(value: str) -> str:
    """`value` inside a QEMU option list, where a comma is written twice."""
    return value.replace(",", ",,")


def _wait(
    process: subprocess.Popen, console: Path, until: str | None, deadline: float
) -> Outcome:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return "exited"
        if until is not None and until in readable(console.read_bytes()):
            return "until"
        time.sleep(POLL_INTERVAL)
    return "timeout"


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(STOP_TIMEOUT)


def _stop_relays(relays: Path) -> None:
    """Waits briefly for the relays to end, as they do once QEMU is gone, then
    kills any still running. Each relay leaves a file named by its PID in
    `relays`, and names that directory in its command line."""
    deadline = time.monotonic() + RELAY_EXIT_TIMEOUT
    while (running := _running_relays(relays)) and time.monotonic() < deadline:
        time.sleep(POLL_INTERVAL)

    for pid in running:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + STOP_TIMEOUT
    while _running_relays(relays) and time.monotonic() < deadline:
        time.sleep(POLL_INTERVAL)


def _running_relays(relays: Path) -> list[int]:
    """The relays of this boot still running. The directory in the command
    line tells them from a process that took over the PID of an ended one."""
    mark = b"\0" + str(relays).encode() + b"\0"
    running = []
    for pid_file in relays.iterdir():
        try:
            cmdline = Path(f"/proc/{pid_file.name}/cmdline").read_bytes()
        except OSError:
            continue
        if mark in cmdline:
            running.append(int(pid_file.name))
    return running

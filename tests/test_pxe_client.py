"""The PXE test client on its own: a QEMU VM booting iPXE from a loopback HTTP
server started here, which hands each MAC its own script."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pxe_client import BootResult, PxeBoot, boot

MACS = ["52:54:00:12:34:56", "52:54:00:ab:cd:ef"]
MARKER = "PXE-CLIENT-REACHED mac="
# iPXE's relative URLs cannot carry colons here, so the MAC comes hyphenated.
BOOT_SCRIPT = "#!ipxe\nchain /ipxe/${net0/mac:hexhyp}\n"
_MAC_PATH = re.compile(r"/ipxe/((?:[0-9a-f]{2}-){5}[0-9a-f]{2})")
# The half of a script that the stalling server sends before it stops.
HALF_SCRIPT = b"#!ipxe\n" + b"#" * 4089 + b"\n"
STALL_LIMIT = 60.0


class ScriptServer(ThreadingHTTPServer):
    """Serves iPXE scripts on 127.0.0.1 and records every path asked for.

    A stalling server sends headers and half of any answer, then holds the
    connection open until `release` is set: a download still under way.
    """

    daemon_threads = True

    def __init__(self, stall: bool) -> None:
        super().__init__(("127.0.0.1", 0), _ScriptHandler)
        self.stall = stall
        self.paths: list[str] = []
        self.release = threading.Event()

    @property
    def port(self) -> int:
        return self.server_address[1]


class _ScriptHandler(BaseHTTPRequestHandler):
    server: ScriptServer

    def do_GET(self) -> None:
        self.server.paths.append(self.path)
        if self.server.stall:
            self._send_half()
            return
        script = _script_for(self.path)
        if script is None:
            self.send_error(404)
            return
        self._send(200, script.encode(), len(script))

    def _send_half(self) -> None:
        self._send(200, HALF_SCRIPT, 2 * len(HALF_SCRIPT))
        self.server.release.wait(STALL_LIMIT)

    def _send(self, status: int, body: bytes, length: int) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(length))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()


def _script_for(path: str) -> str | None:
    """The boot script, or for /ipxe/<mac> one that prints that MAC and exits."""
    if path == "/boot.ipxe":
        return BOOT_SCRIPT
    match = _MAC_PATH.fullmatch(path)
    if match is None:
        return None
    mac = match.group(1).replace("-", ":")
    return f"#!ipxe\necho {MARKER}{mac}\nexit\n"


def _serve(stall: bool) -> Iterator[ScriptServer]:
    server = ScriptServer(stall)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def server() -> Iterator[ScriptServer]:
    yield from _serve(stall=False)


@pytest.fixture
def stalling_server() -> Iterator[ScriptServer]:
    yield from _serve(stall=True)


def _processes_mentioning(text: str) -> list[int]:
    """The PIDs whose command line contains `text`: QEMU and the relays name
    files under the test's directory in theirs."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if text.encode() in cmdline:
            found.append(int(entry.name))
    return found


def _report(result: BootResult, mac: str) -> None:
    print(f"PXE boot of {mac}: {result.outcome} after {result.seconds:.1f} s")


@pytest.mark.parametrize("mac", MACS)
def test_boot_runs_the_script_served_for_its_mac(
    server: ScriptServer, tmp_path: Path, mac: str
) -> None:
    result = boot(PxeBoot(mac=mac, http_port=server.port), tmp_path)
    _report(result, mac)

    assert result.outcome == "exited", result.console
    assert f"{MARKER}{mac}\n" in result.console, result.console
    assert server.paths == ["/boot.ipxe", "/ipxe/" + mac.replace(":", "-")]
    assert _processes_mentioning(str(tmp_path)) == []


def test_boot_stops_at_until_text_with_a_download_open(
    stalling_server: ScriptServer, tmp_path: Path
) -> None:
    # iPXE shows the progress of a download once half of it has arrived, so by
    # then a relay holds a connection the server keeps open.
    pxe = PxeBoot(mac=MACS[0], http_port=stalling_server.port, until="50%")
    result = boot(pxe, tmp_path)
    _report(result, pxe.mac)

    assert result.outcome == "until", result.console
    assert stalling_server.paths == ["/boot.ipxe"]
    assert _processes_mentioning(str(tmp_path)) == []


def test_boot_timeout_stops_qemu_and_keeps_the_console(
    server: ScriptServer, tmp_path: Path
) -> None:
    # Long enough for SeaBIOS to greet, far too short for iPXE to fetch anything.
    result = boot(PxeBoot(mac=MACS[0], http_port=server.port, timeout=4.0), tmp_path)

    assert result.outcome == "timeout"
    assert result.seconds >= 4.0
    assert "SeaBIOS" in result.console
    assert server.paths == []
    assert _processes_mentioning(str(tmp_path)) == []

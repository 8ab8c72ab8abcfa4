"""The imaging environment, built by scripts/build-imaging-env and PXE-booted in
QEMU: its self-test imports the agent's packages, lists the disk attached and
powers the VM off, all on its own. And the relay that joins the agent's gRPC
connection to the server, carrying a long stream both ways.

The build is cached in .tools/imaging-env, so only the first run (or one after
a change to its inputs) pays for debootstrap. Select or skip the boot with
`-m imaging_env` or `-m "not imaging_env"`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import grpc
import pytest

from pxe_client import GUEST_HTTP_ADDRESS, RELAY, BootResult, PxeBoot, boot
from support import require_tool

ROOT = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = ROOT / "scripts" / "build-imaging-env"
ENV_DIR = ROOT / ".tools" / "imaging-env"
FILES = ("vmlinuz", "initrd.img")

MAC = "52:54:00:1e:0a:01"
DISK_BYTES = 64 * 1024 * 1024
# The initramfs unpacks into RAM, 160 MiB from a 43 MiB archive: the VM needs
# 416 MiB for that (with 384 the modules no longer load), and the agent room
# for its buffers.
MEMORY_MIB = 512
# A kernel panic (too little memory, say) reboots, which ends QEMU at once.
KERNEL_ARGUMENTS = "console=ttyS0 panic=10"
AGENT_PORT = 50051
TOKEN = "test-token"

# A build from scratch takes about a minute here, a boot under TCG about 20 s;
# both limits leave room for a slower machine or mirror.
BUILD_TIMEOUT = 600.0
BOOT_TIMEOUT = 300.0

OK_MARK = "IMAGING-ENV-OK"
POWERED_OFF = "reboot: Power down"
# The guest's progress lines carry its uptime: "imaging-env [12.34s]: ...".
_UPTIME = re.compile(r"^imaging-env \[([0-9.]+)s\]: ", re.MULTILINE)

# What the relay test sends each way, in messages of STREAM_CHUNK bytes.
STREAM_BYTES = 32 * 1024 * 1024
STREAM_CHUNK = 256 * 1024
ECHO_METHOD = "/provisioner.test.Echo/Exchange"
RELAY_LIMIT = 60.0
STOP_TIMEOUT = 5.0


class FileServer(ThreadingHTTPServer):
    """Serves an iPXE script booting the environment in `directory` with
    `arguments` on 127.0.0.1, and the environment's files; records every path
    asked for."""

    daemon_threads = True

    def __init__(self, directory: Path, arguments: str) -> None:
        super().__init__(("127.0.0.1", 0), _FileHandler)
        self.directory = directory
        self.script = (
            "#!ipxe\n"
            f"kernel http://{GUEST_HTTP_ADDRESS}/vmlinuz initrd=initrd.img"
            f" {KERNEL_ARGUMENTS} {arguments}\n"
            f"initrd http://{GUEST_HTTP_ADDRESS}/initrd.img\n"
            "boot\n"
        )
        self.paths: list[str] = []

    @property
    def port(self) -> int:
        return self.server_address[1]


class _FileHandler(BaseHTTPRequestHandler):
    server: FileServer

    def do_GET(self) -> None:
        self.server.paths.append(self.path)
        name = self.path.lstrip("/")
        if self.path == "/boot.ipxe":
            self._send_headers(len(self.server.script))
            self.wfile.write(self.server.script.encode())
        elif name in FILES:
            path = self.server.directory / name
            self._send_headers(path.stat().st_size)
            with path.open("rb") as file:
                shutil.copyfileobj(file, self.wfile, 1 << 20)
        else:
            self.send_error(404)

    def _send_headers(self, length: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(length))
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: pytest keeps the paths in `server.paths` instead."""


@pytest.fixture(scope="module")
def imaging_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The directory holding vmlinuz and initrd.img, built or brought up to
    date by scripts/build-imaging-env."""
    require_tool("debootstrap", "debootstrap")
    # Checked before the build rather than after it, which may take minutes.
    require_tool("qemu-system-x86_64", "qemu-system-x86")
    log = tmp_path_factory.mktemp("imaging-env-build") / "build.log"
    with log.open("wb") as output:
        process = subprocess.run(
            [str(BUILD_SCRIPT)],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            timeout=BUILD_TIMEOUT,
        )
    text = log.read_text(errors="replace")
    print(text)
    if process.returncode != 0:
        _build_failed(text)
    return ENV_DIR


def _build_failed(output: str) -> None:
    message = f"scripts/build-imaging-env failed:\n{output[-4000:]}"
    in_ci = os.environ.get("CI") not in (None, "", "false")
    # Building needs root; a developer without it skips, as with a missing tool.
    if os.geteuid() != 0 and not in_ci:
        pytest.skip(message)
    pytest.fail(message)


@contextlib.contextmanager
def _serving(directory: Path, arguments: str) -> Iterator[FileServer]:
    """A FileServer booting the environment with `arguments`, in a thread."""
    server = FileServer(directory, arguments)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(STOP_TIMEOUT)


def _boot(
    server: FileServer,
    workdir: Path,
    disks: list[Path] | None = None,
    forwards: dict[int, int] | None = None,
) -> BootResult:
    workdir.mkdir()
    pxe = PxeBoot(
        mac=MAC,
        http_port=server.port,
        timeout=BOOT_TIMEOUT,
        disks=disks or [],
        forwards=forwards or {},
        memory_mib=MEMORY_MIB,
    )
    result = boot(pxe, workdir)

    uptimes = _UPTIME.findall(result.console)
    print(
        f"imaging env boot: {result.outcome} after {result.seconds:.1f} s,"
        f" the guest's last line at {uptimes[-1] if uptimes else '?'} s of uptime"
    )
    return result


def _blank_disk(path: Path) -> Path:
    """A sparse raw disk image of DISK_BYTES."""
    with path.open("wb") as file:
        file.truncate(DISK_BYTES)
    return path


@pytest.mark.imaging_env
@pytest.mark.timeout(BUILD_TIMEOUT + BOOT_TIMEOUT + 60)
def test_imaging_env_self_test_lists_the_disk_and_powers_off(
    imaging_env: Path, tmp_path: Path
) -> None:
    disk = _blank_disk(tmp_path / "disk.img")

    with _serving(imaging_env, "provisioner.selftest=1") as server:
        result = _boot(server, tmp_path / "vm", [disk])

    assert result.outcome == "exited", result.console
    assert f"\n{OK_MARK}\n" in result.console, result.console
    assert re.search(rf"^vda +{DISK_BYTES}$", result.console, re.MULTILINE), (
        result.console
    )
    assert POWERED_OFF in result.console, result.console
    assert "FAILED" not in result.console, result.console
    assert server.paths == ["/boot.ipxe", "/vmlinuz", "/initrd.img"]


@pytest.mark.imaging_env
@pytest.mark.timeout(BUILD_TIMEOUT + BOOT_TIMEOUT + 60)
def test_imaging_env_runs_the_agent_and_powers_off_when_it_ends(
    imaging_env: Path, tmp_path: Path
) -> None:
    disk = _blank_disk(tmp_path / "disk.img")
    arguments = (
        f"provisioner.url={GUEST_HTTP_ADDRESS}:{AGENT_PORT} provisioner.job=test"
        f" provisioner.token={TOKEN}"
    )

    with (
        _refusing_server() as (port, calls),
        _serving(imaging_env, arguments) as server,
    ):
        result = _boot(server, tmp_path / "vm", [disk], {AGENT_PORT: port})

    assert result.outcome == "exited", result.console
    assert "starting provisioner-agent from-cmdline" in result.console
    # The agent reached the server through the forward, and gave up when the
    # server refused its token.
    assert calls, result.console
    assert all(call == f"Bearer {TOKEN}" for _, call in calls), calls
    assert calls[0][0].startswith("/provisioner.v1.ImagingAgentService/"), calls
    exited = re.search(
        r"provisioner-agent exited with status (\d+)$", result.console, re.M
    )
    assert exited and exited.group(1) != "0", result.console
    assert POWERED_OFF in result.console, result.console
    assert OK_MARK not in result.console


class _Refusing(grpc.GenericRpcHandler):
    """Refuses every call as unauthenticated, noting its method and token."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def service(self, details: grpc.HandlerCallDetails) -> grpc.RpcMethodHandler:
        token = dict(details.invocation_metadata).get("authorization", "")
        self.calls.append((details.method, token))

        def refuse(request: bytes, context: grpc.ServicerContext) -> bytes:
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "test: token refused")

        return grpc.unary_unary_rpc_method_handler(refuse)


@contextlib.contextmanager
def _refusing_server() -> Iterator[tuple[int, list[tuple[str, str]]]]:
    """A gRPC server on loopback refusing every call; yields its port and the
    calls made so far, as (method, authorization metadata)."""
    handler = _Refusing()
    server = grpc.server(ThreadPoolExecutor(max_workers=2))
    server.add_generic_rpc_handlers((handler,))
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        yield port, handler.calls
    finally:
        server.stop(grace=None)


@contextlib.contextmanager
def _relayed(port: int, workdir: Path) -> Iterator[tuple[int, list]]:
    """A loopback port whose every connection is joined to `port` by a relay
    of its own, started as QEMU's guestfwd starts it: with the connection as
    its stdin and stdout. Yields the port and the relays started so far."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    relays: list[subprocess.Popen] = []
    stop = threading.Event()
    limits = [str(RELAY_LIMIT), str(RELAY_LIMIT)]
    argv = [sys.executable, "-I", str(RELAY), str(port), str(workdir)]
    argv += [str(workdir / "relay.log"), *limits]

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                fd = connection.fileno()
                relays.append(subprocess.Popen(argv, stdin=fd, stdout=fd))

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], relays
    finally:
        stop.set()
        thread.join(STOP_TIMEOUT)
        listener.close()
        for process in relays:
            _stop(process)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(STOP_TIMEOUT)


@contextlib.contextmanager
def _echo_server() -> Iterator[int]:
    """A gRPC server on loopback whose one method streams back every message
    as it arrives; yields its port."""

    def exchange(requests, context):
        yield from requests

    handler = grpc.method_handlers_generic_handler(
        "provisioner.test.Echo",
        {"Exchange": grpc.stream_stream_rpc_method_handler(exchange)},
    )
    server = grpc.server(ThreadPoolExecutor(max_workers=2))
    server.add_generic_rpc_handlers((handler,))
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        yield port
    finally:
        server.stop(grace=None)


def _exchange(channel: grpc.Channel, data: bytes) -> tuple[str, int]:
    """Streams `data` through the echo method; the SHA-256 and size of what
    came back, read while the rest is still being sent."""
    chunks = (data[at : at + STREAM_CHUNK] for at in range(0, len(data), STREAM_CHUNK))
    echoed = hashlib.sha256()
    size = 0
    for reply in channel.stream_stream(ECHO_METHOD)(chunks, timeout=RELAY_LIMIT):
        echoed.update(reply)
        size += len(reply)
    return echoed.hexdigest(), size


def test_relay_carries_a_long_grpc_stream_both_ways(tmp_path: Path) -> None:
    data = os.urandom(STREAM_BYTES)
    with _echo_server() as port, _relayed(port, tmp_path) as (relayed, relays):
        with grpc.insecure_channel(f"127.0.0.1:{relayed}") as channel:
            started = time.monotonic()
            first = _exchange(channel, data)
            seconds = time.monotonic() - started
            # A second call after a pause: the same connection, the same relay.
            time.sleep(1.0)
            second = _exchange(channel, data[:STREAM_CHUNK])
        print(f"relay: {STREAM_BYTES >> 20} MiB each way in {seconds:.1f} s")

        assert first == (hashlib.sha256(data).hexdigest(), STREAM_BYTES)
        assert second == (hashlib.sha256(data[:STREAM_CHUNK]).hexdigest(), STREAM_CHUNK)
        assert len(relays) == 1

"""The TFTP boot server against real clients: Debian's tftp-hpa, tftpy's own
client, and raw packets for what no polite client sends."""

from __future__ import annotations

import io
import logging
import socket
import subprocess
import time
from pathlib import Path

import pytest
import tftpy

from boot_clients import hpa_get
from boot_fakes import LOCAL_BOOT, MemoryBackend
from provisiond.boot.backend import ConfigKind
from provisiond.boot.tftp import TftpServer
from support import require_tool

MAC = "52:54:00:12:34:56"
OTHER_MAC = "52:54:00:65:43:21"
TOKEN = "pit_test.abcdefghijklmnopqrstuvwxyz"
SECRET = b"the secret beside the boot directory"
LOADER = bytes(range(256)) * 12 + b"tail"  # 3076 bytes: 7 blocks of 512
CLIENT_TIMEOUT_SECONDS = 10


def dashed(mac: str) -> str:
    return mac.replace(":", "-")


@pytest.fixture
def boot_dir(tmp_path: Path) -> Path:
    """A boot tree, beside a secret file and a sibling directory sharing the
    boot directory's name as a prefix; links out of the tree to both."""
    boot = tmp_path / "boot"
    (boot / "pxelinux.cfg").mkdir(parents=True)
    (boot / "efi64").mkdir()
    (boot / "pxelinux.0").write_bytes(LOADER)
    (boot / "efi64" / "ldlinux.e64").write_bytes(b"ldlinux")
    (boot / "pxelinux.cfg" / "default").write_text("DEFAULT local\n")
    (tmp_path / "secret.txt").write_bytes(SECRET)
    (tmp_path / "boot-private").mkdir()
    (tmp_path / "boot-private" / "secret.txt").write_bytes(SECRET)
    (boot / "escape").symlink_to(tmp_path / "secret.txt")
    (boot / "private").symlink_to(tmp_path / "boot-private")
    return boot


@pytest.fixture
def backend() -> MemoryBackend:
    fake = MemoryBackend()
    fake.arm(MAC, "node-1", TOKEN)
    return fake


@pytest.fixture
def serve(boot_dir, backend):
    """Starts a TftpServer on loopback; returns its port. Stopped afterwards,
    whatever the test did."""
    servers = []

    def start(**options) -> int:
        options.setdefault("timeout_seconds", 0.5)
        server = TftpServer("127.0.0.1", 0, boot_dir, backend, **options)
        servers.append(server)
        return server.start()

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def port(serve) -> int:
    return serve()


def tftpy_get(port: int, name: str, **options) -> bytes:
    """`name` fetched with tftpy's client; raises TftpException on a refusal."""
    output = io.BytesIO()
    client = tftpy.TftpClient("127.0.0.1", port, options=options)
    client.download(name, output, timeout=2, retries=3)
    return output.getvalue()


def pxelinux(mac: str, backend: MemoryBackend) -> bytes:
    return backend.configs[ConfigKind.PXELINUX, mac].encode()


@pytest.mark.parametrize("mac_in_name", [MAC, MAC.upper()])
def test_hpa_fetches_pxelinux_config(port, backend, tmp_path, mac_in_name):
    name = f"pxelinux.cfg/01-{dashed(mac_in_name)}"
    data, said = hpa_get(port, name, tmp_path / "config")
    assert data == pxelinux(MAC, backend), said
    assert backend.config_requests == [(ConfigKind.PXELINUX, MAC, "127.0.0.1")]


def test_hpa_fetches_grub_config(port, backend, tmp_path):
    data, said = hpa_get(port, f"grub/grub.cfg-01-{dashed(MAC)}", tmp_path / "cfg")
    assert data == backend.configs[ConfigKind.GRUB, MAC].encode(), said


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("pxelinux.0", LOADER),
        ("/pxelinux.0", LOADER),
        ("efi64\\ldlinux.e64", b"ldlinux"),
        ("pxelinux.cfg/default", b"DEFAULT local\n"),
    ],
)
def test_hpa_fetches_static_files(port, tmp_path, name, expected):
    data, said = hpa_get(port, name, tmp_path / "file")
    assert data == expected, said


def test_tftpy_fetches_configs_and_files(port, backend):
    assert tftpy_get(port, f"pxelinux.cfg/01-{dashed(MAC)}") == pxelinux(MAC, backend)
    assert tftpy_get(port, f"ipxe/01-{dashed(MAC)}") == (
        backend.configs[ConfigKind.IPXE, MAC].encode()
    )
    assert tftpy_get(port, "pxelinux.0") == LOADER


def test_unknown_mac_gets_local_boot(port, tmp_path):
    data, said = hpa_get(port, f"pxelinux.cfg/01-{dashed(OTHER_MAC)}", tmp_path / "c")
    assert data == LOCAL_BOOT[ConfigKind.PXELINUX].encode(), said


@pytest.mark.parametrize(
    "name",
    ["pxelinux.cfg/b8945908-d6a6-41a9-611d-74a6ab80b83d", "pxelinux.cfg/7F000001"],
)
def test_other_pxelinux_probes_are_not_found(port, backend, name):
    with pytest.raises(tftpy.TftpShared.TftpFileNotFoundError):
        tftpy_get(port, name)
    assert backend.config_requests == []


@pytest.mark.parametrize(
    "name",
    [
        "../secret.txt",
        "/../secret.txt",
        "..\\secret.txt",
        "efi64/../../secret.txt",
        "../boot-private/secret.txt",
        "escape",
        "private/secret.txt",
        "SECRET_ABSOLUTE",
    ],
)
def test_names_leaving_the_boot_dir_are_refused(port, boot_dir, tmp_path, name):
    if name == "SECRET_ABSOLUTE":
        name = str(tmp_path / "secret.txt")
    data, said = hpa_get(port, name, tmp_path / "got")
    assert data is None
    assert "Error code" in said
    with pytest.raises(tftpy.TftpException):
        tftpy_get(port, name)
    assert (
        not (tmp_path / "got").exists() or SECRET not in (tmp_path / "got").read_bytes()
    )


def test_writes_are_refused(port, boot_dir, tmp_path):
    source = tmp_path / "upload"
    source.write_bytes(b"overwrite")
    client = tftpy.TftpClient("127.0.0.1", port)
    with pytest.raises(tftpy.TftpException):
        client.upload("pxelinux.0", str(source), timeout=2, retries=1)
    with pytest.raises(tftpy.TftpException):
        client.upload("new-file", str(source), timeout=2, retries=1)
    assert (boot_dir / "pxelinux.0").read_bytes() == LOADER
    assert not (boot_dir / "new-file").exists()


def test_blksize_and_tsize_are_negotiated(port):
    blocks = []

    def count(packet) -> None:
        if isinstance(packet, tftpy.TftpPacketTypes.TftpPacketDAT):
            blocks.append(len(packet.data))

    client = tftpy.TftpClient("127.0.0.1", port, options={"blksize": 1024, "tsize": 0})
    output = io.BytesIO()
    client.download("pxelinux.0", output, packethook=count, timeout=2)
    assert output.getvalue() == LOADER
    assert blocks == [1024, 1024, 1024, len(LOADER) - 3072]
    assert client.context.options["tsize"] == str(len(LOADER))


def test_failing_backend_gets_an_error_and_the_server_goes_on(
    port, backend, tmp_path, caplog
):
    backend.failing.add(OTHER_MAC)
    with caplog.at_level(logging.INFO, logger="provisiond.boot"):
        data, said = hpa_get(
            port, f"pxelinux.cfg/01-{dashed(OTHER_MAC)}", tmp_path / "fails"
        )
        assert data is None and "Error code" in said
        assert tftpy_get(port, f"pxelinux.cfg/01-{dashed(MAC)}") == pxelinux(
            MAC, backend
        )
    assert "RuntimeError" in caplog.text  # the traceback, for the operator


def test_server_survives_hostile_packets(serve, backend, caplog):
    port = serve(timeout_seconds=0.2, retries=2)
    server = ("127.0.0.1", port)
    rrq = b"\0\1pxelinux.0\0octet\0"
    hostile = [
        b"",
        b"\0",
        b"\0\x63junk",  # unknown opcode
        b"\0\1\xff\xfe\0octet\0",  # a name that is not ASCII
        b"\0\1pxelinux.0\0octet\0blksize\0many\0",  # a malformed option
        b"\0\1pxelinux.0",  # no mode
        b"\0\3\0\1data",  # data without a transfer
        b"\0\5\0\1oops\0",  # an error without a transfer
    ]
    with caplog.at_level(logging.INFO, logger="provisiond.boot"):
        for packet in hostile:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
                sock.sendto(packet, server)
        # A client that asks, then vanishes: the server's data meets a closed
        # port. Another that asks and never acknowledges.
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.sendto(rrq, server)
        silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        silent.sendto(rrq, server)
        try:
            wait_for(lambda: "timed out" in caplog.text, "a silent client's timeout")
        finally:
            silent.close()
        assert tftpy_get(port, f"pxelinux.cfg/01-{dashed(MAC)}") == pxelinux(
            MAC, backend
        )
        assert tftpy_get(port, "pxelinux.0") == LOADER
    assert "the TFTP loop failed" not in caplog.text


def test_a_repeated_request_from_one_port_starts_over(port):
    """Some PXE ROMs send every request from the same port."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(CLIENT_TIMEOUT_SECONDS)
        rrq = b"\0\1efi64/ldlinux.e64\0octet\0"
        sock.sendto(rrq, ("127.0.0.1", port))
        first, first_tid = sock.recvfrom(1024)
        sock.sendto(rrq, ("127.0.0.1", port))  # gave up on the first one
        second, second_tid = sock.recvfrom(1024)
        while second_tid == first_tid:  # the first session resending
            second, second_tid = sock.recvfrom(1024)
        sock.sendto(b"\0\4" + second[2:4], second_tid)
    assert first == second == b"\0\3\0\1ldlinux"


def test_twenty_concurrent_clients_get_their_own_configs(port, backend, tmp_path):
    tftp = require_tool("tftp", "tftp-hpa")
    macs = [f"52:54:00:00:00:{n:02x}" for n in range(20)]
    for number, mac in enumerate(macs):
        backend.arm(mac, f"node-{number}", f"pit_{number}.{'t' * 24}")
    clients = [
        subprocess.Popen(
            [
                tftp,
                "-m",
                "binary",
                "127.0.0.1",
                str(port),
                "-c",
                "get",
                f"pxelinux.cfg/01-{dashed(mac)}",
                str(tmp_path / mac),
            ],  # fmt: skip
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for mac in macs
    ]
    try:
        said = [
            client.communicate(timeout=CLIENT_TIMEOUT_SECONDS)[0] for client in clients
        ]
    finally:
        for client in clients:
            if client.poll() is None:
                client.kill()
                client.wait()
    for mac, output in zip(macs, said, strict=True):
        assert (tmp_path / mac).read_bytes() == pxelinux(mac, backend), output


def test_one_log_line_per_transfer(port, tmp_path, caplog):
    with caplog.at_level(logging.INFO, logger="provisiond.boot"):
        tftpy_get(port, "pxelinux.0")
        with pytest.raises(tftpy.TftpException):
            tftpy_get(port, "missing")
        wait_for(lambda: "'missing'" in caplog.text, "the log line of a refusal")
    lines = [r.getMessage() for r in caplog.records if r.name == "provisiond.boot"]
    assert len(lines) == 2
    assert "127.0.0.1:" in lines[0]
    assert "read 'pxelinux.0': sent, 3076 bytes" in lines[0]
    assert "read 'missing': refused: file not found, 0 bytes" in lines[1]


def test_stop_is_prompt_and_frees_the_port(boot_dir, backend):
    server = TftpServer("127.0.0.1", 0, boot_dir, backend)
    port = server.start()
    began = time.monotonic()
    server.stop()
    assert time.monotonic() - began < 2
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", port))
    server.stop()  # a second stop is harmless


def test_ipv6_is_refused_at_start(boot_dir, backend):
    with pytest.raises(OSError, match="IPv4"):
        TftpServer("::1", 0, boot_dir, backend).start()


def test_a_busy_port_fails_start(boot_dir, backend):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as taken:
        taken.bind(("127.0.0.1", 0))
        with pytest.raises(OSError):
            TftpServer("127.0.0.1", taken.getsockname()[1], boot_dir, backend).start()


def wait_for(condition, what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what}")
        time.sleep(0.05)

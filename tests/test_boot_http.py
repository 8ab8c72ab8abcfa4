"""The boot HTTP server against curl, and raw sockets for misbehaving clients."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import time
from pathlib import Path

import pytest

from boot_clients import curl, post
from boot_fakes import LOCAL_BOOT, BrokenBackend, MemoryBackend
from provisiond.boot.backend import ConfigKind, InstallerEvent, InstallerReport
from provisiond.boot.http import ENTRY_SCRIPT, BootHttpServer

MAC = "52:54:00:12:34:56"
OTHER_MAC = "52:54:00:65:43:21"
TOKEN = "pit_test.abcdefghijklmnopqrstuvwxyz012345"
ENDED_TOKEN = "pit_ended.zyxwvutsrqponmlkjihgfedcba543210"
SECRET = b"the secret beside the boot directory"
KERNEL = os.urandom(3 * 1024 * 1024 + 17)


@pytest.fixture
def boot_dir(tmp_path: Path) -> Path:
    """A boot tree beside a secret, with links out of it."""
    boot = tmp_path / "boot"
    (boot / "debian").mkdir(parents=True)
    (boot / "debian" / "linux").write_bytes(KERNEL)
    (boot / "ipxe.efi").write_bytes(b"ipxe loader")
    (tmp_path / "secret.txt").write_bytes(SECRET)
    (tmp_path / "boot-private").mkdir()
    (tmp_path / "boot-private" / "secret.txt").write_bytes(SECRET)
    (boot / "escape").symlink_to(tmp_path / "secret.txt")
    (boot / "private").symlink_to(tmp_path / "boot-private")
    return boot


@pytest.fixture
def backend() -> MemoryBackend:
    fake = MemoryBackend()
    fake.arm(MAC, "node-1", TOKEN, answer="d-i debian-installer/locale string en_US\n")
    fake.arm(OTHER_MAC, "node-2", ENDED_TOKEN)
    fake.ended.add(ENDED_TOKEN)
    return fake


@pytest.fixture
def serve(boot_dir, backend):
    """Starts a BootHttpServer; returns its base URL. Stopped afterwards."""
    servers = []

    def start(address: str = "127.0.0.1", chosen_backend=None, **limits) -> str:
        server = BootHttpServer(
            address, 0, boot_dir, chosen_backend or backend, **limits
        )
        servers.append(server)
        port = server.start()
        host = f"[{address}]" if ":" in address else address
        return f"http://{host}:{port}"

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def base(serve) -> str:
    return serve()


def test_entry_script_chains_to_the_booting_nic(base):
    response = curl(f"{base}/boot.ipxe")
    assert response.status == 200
    assert response.body == ENTRY_SCRIPT.encode()
    assert response.body.startswith(b"#!ipxe\n")
    assert b"/ipxe/${netX/mac:hexhyp}" in response.body
    assert response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize("written", [MAC, MAC.upper(), MAC.replace(":", "-")])
def test_ipxe_script_per_mac(base, backend, written):
    response = curl(f"{base}/ipxe/{written}")
    assert response.status == 200
    assert response.body == backend.configs[ConfigKind.IPXE, MAC].encode()
    assert backend.config_requests == [(ConfigKind.IPXE, MAC, "127.0.0.1")]


def test_unknown_mac_gets_local_boot(base):
    response = curl(f"{base}/ipxe/{OTHER_MAC.replace('21', '22')}")
    assert response.body == LOCAL_BOOT[ConfigKind.IPXE].encode()


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"/pxelinux.cfg/01-{MAC.replace(':', '-')}", ConfigKind.PXELINUX),
        (f"/grub/grub.cfg-01-{MAC.replace(':', '-')}", ConfigKind.GRUB),
    ],
)
def test_loader_configs_over_http(base, backend, path, kind):
    response = curl(base + path)
    assert response.status == 200
    assert response.body == backend.configs[kind, MAC].encode()


def test_static_file_whole(base):
    response = curl(f"{base}/files/debian/linux")
    assert response.status == 200
    assert hashlib.sha256(response.body).digest() == hashlib.sha256(KERNEL).digest()
    assert response.headers["content-length"] == str(len(KERNEL))
    assert response.headers["accept-ranges"] == "bytes"
    assert response.headers["content-type"] == "application/octet-stream"


@pytest.mark.parametrize(
    ("asked", "first", "last"),
    [("100-199", 100, 199), ("-50", len(KERNEL) - 50, len(KERNEL) - 1)],
)
def test_static_file_range(base, asked, first, last):
    response = curl(f"{base}/files/debian/linux", "-r", asked)
    assert response.status == 206
    assert response.body == KERNEL[first : last + 1]
    assert response.headers["content-range"] == f"bytes {first}-{last}/{len(KERNEL)}"
    assert response.headers["content-length"] == str(last - first + 1)


def test_static_file_range_past_the_end(base):
    response = curl(f"{base}/files/debian/linux", "-r", f"{len(KERNEL)}-")
    assert response.status == 416
    assert response.headers["content-range"] == f"bytes */{len(KERNEL)}"


def test_static_file_head(base):
    response = curl(f"{base}/files/debian/linux", "-I", "-o", "/dev/null")
    assert response.status == 200
    assert response.headers["content-length"] == str(len(KERNEL))


def test_head_sends_no_body(base):
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        # A body after the HEAD reply would show before the GET reply.
        sock.sendall(
            b"HEAD /files/ipxe.efi HTTP/1.1\r\nHost: x\r\n\r\n"
            b"GET /files/ipxe.efi HTTP/1.1\r\nHost: x\r\n\r\n"
        )
        received = b""
        while not received.endswith(b"ipxe loader"):
            chunk = sock.recv(4096)
            assert chunk, "the server closed the connection"
            received += chunk
    head_reply, _, rest = received.partition(b"\r\n\r\n")
    assert b"Content-Length: 11" in head_reply
    assert rest.startswith(b"HTTP/1.1 200 ")


@pytest.mark.parametrize(
    "path",
    [
        "/files/../secret.txt",
        "/files/%2e%2e%2fsecret.txt",
        "/files/%2E%2E/%2E%2E/secret.txt",
        "/files/%252e%252e%252fsecret.txt",  # encoded twice: decoded once
        "/files/..%5csecret.txt",
        "/files/escape",
        "/files/private/secret.txt",
        "/files/../boot-private/secret.txt",
        "/files/%00secret.txt",
        "/../secret.txt",
    ],
)
def test_paths_leaving_the_boot_dir_are_refused(base, tmp_path, path):
    response = curl(base + path)
    assert response.status in (400, 403, 404)
    assert SECRET not in response.body


def test_absolute_file_names_stay_in_the_root(base, tmp_path):
    response = curl(f"{base}/files/{tmp_path}/secret.txt")
    assert response.status == 404
    assert SECRET not in response.body


def test_answer_file(base, backend):
    response = curl(f"{base}/answer/{TOKEN}")
    assert response.status == 200
    assert response.body == backend.answers[TOKEN].encode()


@pytest.mark.parametrize("token", ["pit_nobody.wrong", ENDED_TOKEN, ""])
def test_answer_file_bad_token(base, token):
    response = curl(f"{base}/answer/{token}")
    assert response.status == 403
    assert token.encode() not in response.body or not token


@pytest.mark.parametrize(
    ("body", "content_type", "percent", "message"),
    [
        (
            '{"percent": 40, "message": "partitioning"}',
            "application/json",
            40,
            "partitioning",
        ),
        ("percent=75&message=installing+packages", "", 75, "installing packages"),
        ("", "", None, ""),
    ],
)
def test_callback_records_the_report(
    base, backend, body, content_type, percent, message
):
    response = post(f"{base}/callback/{TOKEN}/progress", body, content_type)
    assert response.status == 204
    report = InstallerReport(InstallerEvent.PROGRESS, percent, message)
    assert backend.reports == [(TOKEN, report, "127.0.0.1")]


def test_callback_refusals(base, backend):
    assert post(f"{base}/callback/pit_nobody.wrong/done").status == 403
    assert post(f"{base}/callback/{ENDED_TOKEN}/done").status == 409
    assert post(f"{base}/callback/{TOKEN}/rebooted").status == 400
    not_allowed = curl(f"{base}/callback/{TOKEN}/done")
    assert not_allowed.status == 405
    assert not_allowed.headers["allow"] == "POST"
    assert backend.reports == []


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("x" * 5000, ""),
        ('{"percent": 40', "application/json"),
        ("[40]", "application/json"),
        ('{"percent": 101}', "application/json"),
        ('{"percent": "forty"}', "application/json"),
        ('{"percent": true}', "application/json"),
        (json.dumps({"message": "m" * 1025}), "application/json"),
        ("percent=40", "text/csv"),
        ("percent", ""),
    ],
)
def test_callback_bad_bodies(base, backend, body, content_type):
    response = post(f"{base}/callback/{TOKEN}/progress", body, content_type)
    assert response.status == 400
    assert backend.reports == []


def test_unknown_paths_and_methods(base):
    assert curl(f"{base}/nothing/here").status == 404
    assert curl(f"{base}/ipxe/not-a-mac").status == 404
    not_allowed = post(f"{base}/boot.ipxe")
    assert not_allowed.status == 405
    assert not_allowed.headers["allow"] == "GET, HEAD"
    assert curl(f"{base}/boot.ipxe", "-X", "DELETE").status == 501


def test_unexpected_errors_are_500_with_the_traceback_in_the_log(serve, caplog):
    base = serve(chosen_backend=BrokenBackend())
    with caplog.at_level(logging.INFO, logger="provisiond.boot"):
        for response in (
            curl(f"{base}/ipxe/{MAC}"),
            curl(f"{base}/answer/{TOKEN}"),
            post(f"{base}/callback/{TOKEN}/done"),
        ):
            assert response.status == 500
            assert response.body == b"internal error\n"
    assert "the backend is broken" in caplog.text
    assert TOKEN not in caplog.text


def test_access_log_hides_tokens_and_bodies(base, caplog):
    with caplog.at_level(logging.INFO, logger="provisiond.boot"):
        curl(f"{base}/answer/{TOKEN}")
        curl(f"{base}/answer/pit_nobody.wrong")
        post(f"{base}/callback/{TOKEN}/progress", "message=private+words")
        curl(f"{base}/answers/{TOKEN}")  # a mistyped route
        curl(f"{base}/%61nswer/{TOKEN}")  # an encoded one
        curl(f"{base}/files/ipxe.efi")
        # A line is logged once its reply is sent, which the client may see
        # a moment before.
        lines = wait_for(
            lambda: [
                r.getMessage() for r in caplog.records if r.name == "provisiond.boot"
            ],
            lambda found: len(found) >= 6,
        )
    assert len(lines) == 6
    assert TOKEN not in caplog.text and "pit_nobody" not in caplog.text
    assert "private" not in caplog.text
    assert "GET /answer/*** 200" in lines[0]
    assert "POST /callback/***/progress 204" in lines[2]
    assert "GET /files/ipxe.efi 200, 11 bytes" in lines[5]


def test_slow_client_does_not_block_others(serve):
    base = serve(head_seconds=1.0)
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as slow:
        slow.sendall(b"GET /boot.ipxe HTTP/1.1\r\nHost: slow")  # and no more
        began = time.monotonic()
        assert curl(f"{base}/boot.ipxe").status == 200
        assert time.monotonic() - began < 2
        # The server gives up on the late headers and closes the connection.
        assert slow.recv(1024) == b""
        assert time.monotonic() - began < 5


def test_connection_limit_turns_the_excess_away(serve):
    base = serve(max_connections=2, head_seconds=1.0)
    host, port = base.removeprefix("http://").split(":")
    idle = [socket.create_connection((host, int(port)), timeout=10) for _ in range(2)]
    try:
        busy = wait_for(lambda: curl(f"{base}/boot.ipxe"), lambda r: r.status == 503)
        assert busy.headers["retry-after"] == "1"
        # Once the idle connections are cut, there is room again.
        for sock in idle:
            assert sock.recv(1024) == b""
        wait_for(lambda: curl(f"{base}/boot.ipxe"), lambda r: r.status == 200)
    finally:
        for sock in idle:
            sock.close()


def test_keep_alive_serves_several_requests(base):
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        for _ in range(3):
            sock.sendall(b"GET /boot.ipxe HTTP/1.1\r\nHost: x\r\n\r\n")
            received = b""
            while not received.endswith(ENTRY_SCRIPT.encode()):
                chunk = sock.recv(4096)
                assert chunk, "the server closed a keep-alive connection"
                received += chunk
            assert received.startswith(b"HTTP/1.1 200 ")


def test_ipv6(serve):
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
    except OSError:
        pytest.skip("no IPv6 loopback here")
    base = serve("::1")
    assert curl(f"{base}/boot.ipxe").status == 200


def test_stop_is_prompt_with_a_client_connected(boot_dir, backend):
    server = BootHttpServer("127.0.0.1", 0, boot_dir, backend)
    port = server.start()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"GET /boot.ipxe HTTP/1.1\r\n")
        began = time.monotonic()
        server.stop()
        assert time.monotonic() - began < 3
        try:
            assert sock.recv(1024) == b""
        except ConnectionResetError:
            pass  # cut with its request unread: the kernel resets it
    server.stop()


def wait_for(attempt, accept, timeout: float = 10.0):
    """The first result of `attempt` that `accept` takes, tried until
    `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        result = attempt()
        if accept(result):
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"no acceptable result in {timeout} s: {result}")
        time.sleep(0.05)

"""The real clients that fetch from the boot servers in tests: curl for HTTP,
Debian's tftp-hpa for TFTP. Each run has a deadline."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from support import require_tool

CURL_TIMEOUT_SECONDS = 15
TFTP_TIMEOUT_SECONDS = 10


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


def curl(url: str, *options: str) -> Response:
    """A request made with curl: its status, headers (lower-case names) and
    body. --path-as-is keeps curl from tidying `..` away before sending."""
    command = require_tool("curl", "curl")
    done = subprocess.run(
        [command, "-sS", "-g", "--path-as-is", "-D", "-", *options, url],
        capture_output=True,
        timeout=CURL_TIMEOUT_SECONDS,
        check=True,
    )
    head, _, body = done.stdout.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Response(int(lines[0].split()[1]), headers, body)


def post(url: str, body: str = "", content_type: str = "") -> Response:
    options = ["-X", "POST", "--data-binary", body]
    if content_type:
        options += ["-H", f"Content-Type: {content_type}"]
    return curl(url, *options)


def hpa_get(port: int, name: str, dest: Path) -> tuple[bytes | None, str]:
    """`name` fetched with tftp-hpa: its bytes, or None and what it printed."""
    tftp = require_tool("tftp", "tftp-hpa")
    done = subprocess.run(
        [tftp, "-m", "binary", "127.0.0.1", str(port), "-c", "get", name, str(dest)],
        capture_output=True,
        text=True,
        timeout=TFTP_TIMEOUT_SECONDS,
    )
    said = done.stdout + done.stderr
    if done.returncode != 0 or "Error code" in said or not dest.exists():
        return None, said
    return dest.read_bytes(), said

"""Joins one guest connection to a loopback TCP port, for QEMU's guestfwd.

QEMU's user-mode network starts this program once per connection the guest
opens to a `guestfwd=...-cmd:` address, with that connection on stdin and
stdout. It copies bytes both ways until either side closes, falls idle, or
outlives its lifetime, so that it ends on its own however the VM ends.

It leaves a file named after its PID in the directory given on the command
line, so that the harness (tests/pxe_client.py) can find and stop any relay
still running. Its stderr would reach the guest, so it goes to a log file instead.

Usage: relay.py PORT PID_DIR LOG_FILE [IDLE_SECONDS [LIFETIME_SECONDS]]

The defaults suit a boot's HTTP downloads. A connection that may rightly sit
quiet for a while, such as gRPC's one HTTP/2 connection waiting on a long
call, needs a longer idle time, and one that lasts a whole boot a lifetime
as long as that boot.
"""

from __future__ import annotations

import os
import selectors
import socket
import sys
import time
from pathlib import Path

CONNECT_TIMEOUT = 5.0
IDLE_TIMEOUT = 30.0
LIFETIME = 300.0
CHUNK = 65536
GUEST_IN = 0
GUEST_OUT = 1


def relay(port: int, idle: float = IDLE_TIMEOUT, lifetime: float = LIFETIME) -> None:
    """Copies between the guest (stdin/stdout) and 127.0.0.1:`port` until a
    side closes, nothing moved for `idle` seconds or `lifetime` passed."""
    deadline = time.monotonic() + lifetime
    address = ("127.0.0.1", port)

    with (
        socket.create_connection(address, timeout=CONNECT_TIMEOUT) as upstream,
        selectors.DefaultSelector() as selector,
    ):
        selector.register(GUEST_IN, selectors.EVENT_READ)
        selector.register(upstream, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            ready = selector.select(idle)
            if not ready:
                return
            try:
                if not all(_copy_once(key.fileobj, upstream) for key, _ in ready):
                    return
            except ConnectionError:
                # A side that vanished without closing cleanly: the end as well.
                return


def _copy_once(source: object, upstream: socket.socket) -> bool:
    """Moves one chunk from `source` to the other side; False once it closed."""
    if source is upstream:
        data = upstream.recv(CHUNK)
        _write_all(GUEST_OUT, data)
    else:
        data = os.read(GUEST_IN, CHUNK)
        upstream.sendall(data)
    return bool(data)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def main(argv: list[str]) -> None:
    port, pid_dir, log_file = int(argv[1]), Path(argv[2]), argv[3]
    # IDLE_SECONDS and LIFETIME_SECONDS, where given.
    limits = [float(arg) for arg in argv[4:6]]
    # fd 2 rather than sys.stderr, so that a traceback at exit lands there too.
    log = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(log, 2)
    os.close(log)

    (pid_dir / str(os.getpid())).touch()
    relay(port, *limits)


if __name__ == "__main__":
    main(sys.argv)

"""TFTP for boot loaders: per-MAC configurations from the backend, every other
file from the boot directory, read-only.

tftpy supplies the protocol: the packet codecs and the state machine of one
transfer (its TftpContextServer). This module runs those transfers itself
rather than through tftpy's TftpServer.listen(), because listen()

- ends, taking the whole server with it, on any exception other than a
  TftpException from any one session: a non-ASCII file name, a malformed
  option, an ICMP "port unreachable" from a client that went away;
- select()s over every session's socket on each turn, which fails past 1024
  open sockets and costs time in proportion to the sessions in flight;
- opens files under its root by itself, following symbolic links out of it;
- notices a stop request only when its select() times out.

Here each session's failure ends that session alone, logged; a failure of the
loop itself is logged and the loop restarts on the same socket. tftpy is given
an empty directory as its root, so that every read comes through
`_open_for`, which applies paths.py's rules, and sessions skip tftpy's file
locking, which only works on real files.

Known limits: IPv4 only (tftpy's sessions open AF_INET sockets); the options
negotiated are blksize and tsize, not windowsize; backend calls run on the
serving thread, so a backend that takes long delays every transfer meanwhile.
"""

from __future__ import annotations

import errno
import io
import logging
import selectors
import socket
import struct
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tftpy.TftpContexts import TftpContextServer
from tftpy.TftpShared import TftpErrors, TftpException, TftpTimeoutExpectACK

from provisiond.boot.backend import BootBackend
from provisiond.boot.macs import config_request
from provisiond.boot.paths import BootDirectory, normalise
from provisiond.core.errors import (
    InvalidArgument,
    NotFound,
    PermissionDenied,
    ProvisionerError,
)

LOG = logging.getLogger("provisiond.boot")
_TFTPY_LOG = logging.getLogger("tftpy")

# Seconds without a reply before a session resends its last packet, and how
# many resends it makes before it gives up.
TIMEOUT_SECONDS = 2.0
RETRIES = 3
# Transfers in flight at most; requests beyond are dropped, and their clients
# retry, as they would after a lost packet.
MAX_SESSIONS = 1024
# A request packet is small; datagrams read per turn before serving sessions.
_REQUESTS_PER_TURN = 64
_SWEEP_SECONDS = 0.25
_RESTART_DELAY_SECONDS = 0.5
_STOP_TIMEOUT_SECONDS = 10.0

Client = tuple[str, int]


class _Refused(Exception):
    """A read to answer with a TFTP error packet instead of data."""

    def __init__(self, code: int, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class _Session:
    """One transfer: tftpy's state machine and what the client asked for."""

    client: Client
    context: TftpContextServer
    operation: str  # "read", or "write" for the uploads it refuses
    name: str


class TftpServer:
    """A read-only TFTP server on one IPv4 address, in a background thread."""

    def __init__(
        self,
        address: str,
        port: int,
        boot_dir: Path,
        backend: BootBackend,
        *,
        timeout_seconds: float = TIMEOUT_SECONDS,
        retries: int = RETRIES,
        max_sessions: int = MAX_SESSIONS,
    ):
        self._address = address
        self._port = port
        self._files = BootDirectory(boot_dir)
        self._backend = backend
        self._timeout = timeout_seconds
        self._retries = retries
        self._max_sessions = max_sessions
        self._sessions: dict[Client, _Session] = {}
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self._wake: tuple[socket.socket, socket.socket] | None = None
        self._empty_root: tempfile.TemporaryDirectory | None = None
        self._selector: selectors.BaseSelector | None = None

    def start(self) -> int:
        """Binds the socket and starts serving; returns the bound port.

        Raises OSError when the address cannot be bound or is not IPv4.
        """
        if ":" in self._address:
            raise OSError(errno.EAFNOSUPPORT, "the TFTP server listens on IPv4 only")
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            sock.bind((self._address, self._port))
        except OSError:
            sock.close()
            raise
        sock.setblocking(False)
        # tftpy narrates every packet at INFO; the one line per transfer that
        # _finish writes says what matters.
        if _TFTPY_LOG.level == logging.NOTSET:
            _TFTPY_LOG.setLevel(logging.WARNING)

        self._sock = sock
        self._wake = socket.socketpair()
        self._empty_root = tempfile.TemporaryDirectory(prefix="provisiond-tftp-")
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="tftp", daemon=True)
        self._thread.start()
        return sock.getsockname()[1]

    def stop(self) -> None:
        """Stops serving, abandons transfers in flight and waits for the
        thread; safe to call twice or before start()."""
        if self._thread is None:
            return
        self._stopping.set()
        self._wake[0].send(b"\0")
        self._thread.join(_STOP_TIMEOUT_SECONDS)
        if self._thread.is_alive():
            LOG.error("the TFTP thread did not stop within %s s", _STOP_TIMEOUT_SECONDS)
        self._thread = None

        for end in (self._sock, *self._wake):
            end.close()
        self._empty_root.cleanup()

    # The serving thread.

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                self._serve()
            except Exception:
                LOG.exception("the TFTP loop failed; restarting it")
                self._end_all("abandoned by a restart")
                self._stopping.wait(_RESTART_DELAY_SECONDS)
        self._end_all("abandoned by a stop")

    def _serve(self) -> None:
        with selectors.DefaultSelector() as selector:
            self._selector = selector
            selector.register(self._sock, selectors.EVENT_READ, "request")
            selector.register(self._wake[1], selectors.EVENT_READ, "wake")
            next_sweep = time.monotonic() + _SWEEP_SECONDS

            while not self._stopping.is_set():
                for key, _ in selector.select(_SWEEP_SECONDS):
                    if key.data == "request":
                        self._read_requests()
                    elif isinstance(key.data, _Session):
                        self._on_packet(key.data)
                if time.monotonic() >= next_sweep:
                    self._sweep_timeouts()
                    next_sweep = time.monotonic() + _SWEEP_SECONDS

    def _read_requests(self) -> None:
        for _ in range(_REQUESTS_PER_TURN):
            try:
                packet, client = self._sock.recvfrom(65536)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as error:
                # An ICMP error queued on the listening socket; nothing to do.
                LOG.debug("TFTP listening socket: %s", error)
                continue
            self._on_request(packet, client)

    def _on_request(self, packet: bytes, client: Client) -> None:
        if client in self._sessions:
            # The same address and port asking again has given up on the
            # transfer it had: some PXE ROMs reuse one port for every request.
            self._finish(client, "replaced by a new request")
        if len(self._sessions) >= self._max_sessions:
            LOG.warning(
                "TFTP: %d transfers in flight; dropped a request", len(self._sessions)
            )
            return

        context = TftpContextServer(
            client[0],
            client[1],
            self._timeout,
            self._empty_root.name,
            dyn_file_func=self._open_for,
            upload_open=_refuse_upload,
            retries=self._retries,
            flock=False,
        )
        session = _Session(client, context, *_describe(packet))
        self._sessions[client] = session
        self._selector.register(context.sock, selectors.EVENT_READ, session)
        self._step(session, lambda: context.start(packet))

    def _on_packet(self, session: _Session) -> None:
        # An event of a session that ended earlier in the same turn is stale;
        # reading its socket now could block.
        if self._sessions.get(session.client) is session:
            session.context.timeout_expectACK = False
            self._step(session, session.context.cycle)

    def _step(self, session: _Session, step: Callable[[], None]) -> None:
        """Runs one step of a session and ends the session if that step ended
        the transfer, successfully or not."""
        client, context = session.client, session.context
        try:
            step()
        except TftpTimeoutExpectACK:
            context.timeout_expectACK = True
            return
        except _Refused as refusal:
            _send_error(context, refusal.code, refusal.message)
            self._finish(client, f"refused: {refusal.message}")
            return
        except TftpException as error:
            self._finish(client, f"failed: {error}")
            return
        except Exception as error:
            # Malformed packets raise ValueError, UnicodeDecodeError or
            # struct.error from tftpy's codecs; a vanished client, OSError.
            self._finish(client, f"failed: {type(error).__name__}: {error}")
            return
        if context.state is None:
            self._finish(client, "sent")

    def _sweep_timeouts(self) -> None:
        now = time.time()
        for client, session in list(self._sessions.items()):
            context = session.context
            try:
                context.checkTimeout(now)
                continue
            except TftpException:
                context.retry_count += 1
            if context.retry_count >= context.retries:
                self._finish(client, "timed out")
                continue
            try:
                context.state.resendLast()
            except Exception as error:
                self._finish(client, f"failed: {type(error).__name__}: {error}")

    def _finish(self, client: Client, outcome: str) -> None:
        session = self._sessions.pop(client)
        context = session.context
        try:
            self._selector.unregister(context.sock)
        except (KeyError, ValueError):
            pass  # the socket was never registered, or is closed already
        try:
            context.end()
        except Exception as error:
            outcome += f"; clean-up failed: {type(error).__name__}"
        LOG.info(
            "tftp %s:%d %s %r: %s, %d bytes, %.1f ms",
            client[0],
            client[1],
            session.operation,
            session.name,
            outcome,
            context.metrics.bytes,
            (time.time() - context.metrics.start_time) * 1000,
        )

    def _end_all(self, outcome: str) -> None:
        for client in list(self._sessions):
            self._finish(client, outcome)

    # Called by tftpy from inside a session's first step.

    def _open_for(self, filename: str, raddress: str, rport: int) -> BinaryIO:
        """The contents to send for `filename`: a per-MAC configuration from
        the backend or a file from the boot directory.

        Raises _Refused, which _step turns into an error packet.
        """
        try:
            name = normalise(filename)
            wanted = config_request(name)
            if wanted is None:
                return self._files.open(name)
            kind, mac = wanted
            return io.BytesIO(self._backend.boot_config(kind, mac, raddress).encode())
        except NotFound as error:
            raise _Refused(TftpErrors.FileNotFound, "file not found") from error
        except (PermissionDenied, InvalidArgument) as error:
            raise _Refused(TftpErrors.AccessViolation, "access violation") from error
        except ProvisionerError as error:
            LOG.warning("TFTP %r for %s: %s", filename, raddress, error.code)
            raise _Refused(TftpErrors.NotDefined, "cannot serve it now") from error
        except Exception as error:
            LOG.exception("TFTP %r for %s failed", filename, raddress)
            raise _Refused(TftpErrors.NotDefined, "server error") from error


def _describe(packet: bytes) -> tuple[str, str]:
    """The operation and file name of a request packet, for the log, whatever
    the packet holds."""
    operation = {1: "read", 2: "write"}.get(packet[1] if len(packet) > 1 else 0, "?")
    name = packet[2:].partition(b"\0")[0]
    return operation, name.decode("ascii", "backslashreplace")


def _refuse_upload(path: str, context: TftpContextServer) -> None:
    """tftpy's upload hook: None makes it answer every write with an access
    violation."""
    return None


def _send_error(context: TftpContextServer, code: int, message: str) -> None:
    packet = struct.pack("!HH", 5, code) + message.encode() + b"\0"
    try:
        context.sock.sendto(packet, (context.host, context.tidport or context.port))
    except OSError as error:
        LOG.debug("TFTP error packet to %s not sent: %s", context.host, error)

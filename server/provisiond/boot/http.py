"""HTTP for boot loaders and installers: iPXE scripts, per-MAC configurations,
static boot files, answer files and installer callbacks.

One asyncio event loop, in its own thread, serves every connection, so that in
a boot storm connections are served in turn: with a thread per connection,
threads that already hold work starve new ones of the interpreter lock for
seconds. Backend calls, which may wait on a database, run on a few worker
threads. Made fit to face machines that misbehave:

- at most `max_connections` connections are open at once; the next ones get a
  503 at once;
- a request's line and headers must arrive within `head_seconds`, which also
  ends idle keep-alive connections: a client that trickles its headers
  (slowloris) loses its connection; a request body must follow within
  `io_timeout_seconds`, and each write waits at most that long;
- files are streamed with sendfile(2), never read whole into memory.

The server speaks the part of HTTP/1.1 that boot clients use: GET, HEAD and
POST, keep-alive, single byte ranges, bodies with a Content-Length (no chunked
uploads). Install tokens travel in URLs, so the access log shows token routes
with the token replaced by `***`; request bodies are never logged.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http import HTTPStatus
from pathlib import Path
from typing import BinaryIO
from urllib.parse import parse_qs, unquote

from provisiond.boot.backend import (
    BootBackend,
    ConfigKind,
    InstallerEvent,
    InstallerReport,
)
from provisiond.boot.macs import config_request, parse_mac
from provisiond.boot.paths import BootDirectory
from provisiond.core.errors import (
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    ProvisionerError,
    Unavailable,
    invalid_field,
)

LOG = logging.getLogger("provisiond.boot")

MAX_CONNECTIONS = 1024
HEAD_SECONDS = 10.0
IO_TIMEOUT_SECONDS = 30.0
BACKEND_THREADS = 8
MAX_CALLBACK_BODY = 4096
MAX_MESSAGE_CHARS = 1024
# Longest request line plus headers; boot clients send a few hundred bytes.
MAX_HEAD_BYTES = 16384
# sendfile() goes in slices, so that a reader that stalls times out.
_FILE_SLICE_BYTES = 1024 * 1024
_BACKLOG = 1024
_START_TIMEOUT_SECONDS = 10.0
_STOP_TIMEOUT_SECONDS = 5.0

# What every machine is told to fetch first: the script of the NIC that booted.
# netX is iPXE's name for the most recently opened interface. Its MAC goes
# hyphenated (hexhyp): older iPXE builds, Debian's among them, fail a relative
# URL whose path holds colons.
ENTRY_SCRIPT = "#!ipxe\nchain --autofree /ipxe/${netX/mac:hexhyp} || exit 1\n"

_STATUS_BY_ERROR = (
    (InvalidArgument, HTTPStatus.BAD_REQUEST),
    (PermissionDenied, HTTPStatus.FORBIDDEN),
    (NotFound, HTTPStatus.NOT_FOUND),
    (FailedPrecondition, HTTPStatus.CONFLICT),
    (Unavailable, HTTPStatus.SERVICE_UNAVAILABLE),
)
_TEXT = "text/plain; charset=utf-8"
_EVENTS = {event.value for event in InstallerEvent}
_SINGLE_RANGE = re.compile(r"bytes=(\d*)-(\d*)")
_REQUEST_LINE = re.compile(r"([A-Z]+) (/\S*) HTTP/1\.([01])")


class _BadRequest(Exception):
    """A request that cannot be parsed; answered with 400 and a close."""


@dataclass
class _Request:
    method: str
    target: str
    headers: dict[str, str]  # names in lower case
    keep_alive: bool
    content_length: int


@dataclass
class _Reply:
    """A response: a short body, or `length` bytes of `file` from `offset`."""

    status: int
    body: bytes = b""
    content_type: str = _TEXT
    headers: dict[str, str] = field(default_factory=dict)
    file: BinaryIO | None = None
    offset: int = 0
    length: int = 0
    close: bool = False  # end the connection after this reply


def _text(status: int, text: str) -> _Reply:
    return _Reply(status, (text + "\n").encode())


class _TrackedProtocol(asyncio.StreamReaderProtocol):
    """A stream protocol that keeps its transport in `transports` while it is
    open, so that stopping can cut connections no task has served yet."""

    def __init__(self, transports: set, reader, connected):
        super().__init__(reader, connected)
        self._open = transports
        self._tracked: asyncio.BaseTransport | None = None

    def connection_made(self, transport) -> None:
        self._tracked = transport
        self._open.add(transport)
        super().connection_made(transport)

    def connection_lost(self, exc) -> None:
        self._open.discard(self._tracked)
        super().connection_lost(exc)


class BootHttpServer:
    """The boot HTTP server on one IPv4 or IPv6 address, in a background
    thread."""

    def __init__(
        self,
        address: str,
        port: int,
        boot_dir: Path,
        backend: BootBackend,
        *,
        max_connections: int = MAX_CONNECTIONS,
        head_seconds: float = HEAD_SECONDS,
        io_timeout_seconds: float = IO_TIMEOUT_SECONDS,
        backend_threads: int = BACKEND_THREADS,
    ):
        self._address = (address, port)
        self._files = BootDirectory(boot_dir)
        self._backend = backend
        self._max_connections = max_connections
        self._head_seconds = head_seconds
        self._io_timeout = io_timeout_seconds
        self._backend_threads = backend_threads
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._connections: set[asyncio.StreamWriter] = set()
        # Every open transport, from the moment it is accepted.
        self._transports: set[asyncio.BaseTransport] = set()
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None

    def start(self) -> int:
        """Binds and starts serving; returns the bound port. Raises OSError
        when the address cannot be bound."""
        bound: concurrent.futures.Future[int] = concurrent.futures.Future()
        self._executor = concurrent.futures.ThreadPoolExecutor(
            self._backend_threads, thread_name_prefix="boot-http-backend"
        )
        self._thread = threading.Thread(
            target=asyncio.run, args=(self._serve(bound),), name="boot-http"
        )
        self._thread.daemon = True
        self._thread.start()
        try:
            return bound.result(_START_TIMEOUT_SECONDS)
        except BaseException:
            self._thread.join(_STOP_TIMEOUT_SECONDS)
            self._executor.shutdown(wait=False)
            self._thread = None
            raise

    def stop(self) -> None:
        """Stops accepting, cuts open connections and waits a bounded time
        for the serving thread; safe to call twice or before start()."""
        if self._thread is None:
            return
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stopping.set)
        self._thread.join(_STOP_TIMEOUT_SECONDS)
        if self._thread.is_alive():
            LOG.error(
                "the boot HTTP thread did not stop within %s s", _STOP_TIMEOUT_SECONDS
            )
        # A backend call still running is left to finish on its own.
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._thread = None

    async def _serve(self, bound: concurrent.futures.Future) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        try:
            server = await self._loop.create_server(
                self._protocol, *self._address, backlog=_BACKLOG
            )
        except OSError as error:
            bound.set_exception(error)
            return
        bound.set_result(server.sockets[0].getsockname()[1])

        await self._stopping.wait()
        # NOTE: an accept still under way fails, and leaks its socket, if the
        # server is closed first (Python 3.11 asserts the server is open when
        # it attaches a transport). So stop accepting, let accepts and
        # connection tasks run out (each sees that the server is stopping and
        # cuts its connection), and close the server last.
        for sock in server.sockets:
            self._loop.remove_reader(sock.fileno())
        deadline = self._loop.time() + _STOP_TIMEOUT_SECONDS
        while True:
            for transport in list(self._transports):
                transport.abort()
            others = asyncio.all_tasks() - {asyncio.current_task()}
            if not others or self._loop.time() >= deadline:
                break
            await asyncio.wait(others, timeout=deadline - self._loop.time())
        server.close()
        await server.wait_closed()

    def _protocol(self) -> asyncio.Protocol:
        reader = asyncio.StreamReader(limit=MAX_HEAD_BYTES)
        return _TrackedProtocol(self._transports, reader, self._connection)

    async def _connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        client = writer.get_extra_info("peername")[0]
        if self._stopping.is_set():
            writer.transport.abort()
            return
        if len(self._connections) >= self._max_connections:
            LOG.warning("boot HTTP: turned %s away, at the connection limit", client)
            writer.write(_encode(_busy(), head_only=False, close=True))
            writer.close()
            return
        self._connections.add(writer)
        try:
            while await self._exchange(reader, writer, client):
                pass
        except (OSError, TimeoutError, asyncio.IncompleteReadError) as error:
            LOG.debug("boot HTTP connection from %s ended: %r", client, error)
        except Exception:
            LOG.exception("boot HTTP connection from %s failed", client)
        finally:
            self._connections.discard(writer)
            writer.close()

    async def _exchange(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, client: str
    ) -> bool:
        """Reads one request and answers it; whether the connection goes on."""
        try:
            # asyncio.timeout, unlike wait_for, runs the read in this task
            # rather than a new one: a saving on every request.
            async with asyncio.timeout(self._head_seconds):
                head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, TimeoutError):
            return False  # closed, idle too long, or too slow to send its head
        except asyncio.LimitOverrunError:
            head = b""
        began = time.monotonic()
        exchange = _Exchange(self, reader, writer, client)
        request = None
        if not head:
            reply = _text(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "head too large")
        else:
            try:
                request = _parse_head(head)
            except _BadRequest as error:
                reply = _text(HTTPStatus.BAD_REQUEST, str(error))
        if request is None:
            reply.close = True
        else:
            reply = await exchange.answer(request)

        head_only = request is not None and request.method == "HEAD"
        close = reply.close or request is None or not request.keep_alive
        sent = await self._send(writer, reply, head_only, close)
        LOG.info(
            "http %s %s %s %d, %d bytes, %.1f ms",
            client,
            request.method if request else "-",
            exchange.log_path,
            reply.status,
            sent,
            (time.monotonic() - began) * 1000,
        )
        return not close

    async def _send(
        self, writer: asyncio.StreamWriter, reply: _Reply, head_only: bool, close: bool
    ) -> int:
        """Writes `reply`; the body bytes sent."""
        try:
            writer.write(_encode(reply, head_only, close))
            if writer.transport.get_write_buffer_size():
                # The kernel did not take it all at once: a slow reader.
                async with asyncio.timeout(self._io_timeout):
                    await writer.drain()
            if head_only:
                return 0
            if reply.file is None:
                return len(reply.body)
            return await self._send_file(writer, reply)
        finally:
            if reply.file is not None:
                reply.file.close()

    async def _send_file(self, writer: asyncio.StreamWriter, reply: _Reply) -> int:
        sent = 0
        while sent < reply.length:
            count = min(_FILE_SLICE_BYTES, reply.length - sent)
            sent += await asyncio.wait_for(
                self._loop.sendfile(
                    writer.transport, reply.file, reply.offset + sent, count
                ),
                self._io_timeout,
            )
        return sent

    async def call_backend(self, method: Callable, *args):
        """`method(*args)` on a backend thread, so that the loop goes on."""
        call = functools.partial(method, *args)
        return await self._loop.run_in_executor(self._executor, call)

    @property
    def backend(self) -> BootBackend:
        return self._backend

    @property
    def files(self) -> BootDirectory:
        return self._files

    @property
    def io_timeout(self) -> float:
        return self._io_timeout


class _Exchange:
    """One request on its way to a reply."""

    def __init__(
        self,
        server: BootHttpServer,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        client: str,
    ):
        self._server = server
        self._reader = reader
        self._writer = writer
        self._client = client
        self._body_read = False
        self.log_path = "-"

    async def answer(self, request: _Request) -> _Reply:
        """The reply to `request`; errors become their status codes."""
        try:
            path = unquote(request.target.split("?", 1)[0], errors="strict")
            self.log_path = _loggable(path)
            reply = await self._route(request, path)
        except ProvisionerError as error:
            reply = _error_reply(error, self._client)
        except UnicodeDecodeError:
            reply = _text(HTTPStatus.BAD_REQUEST, "the path is not UTF-8")
        except Exception:
            LOG.exception("boot HTTP %s %s failed", request.method, self.log_path)
            reply = _text(HTTPStatus.INTERNAL_SERVER_ERROR, "internal error")
        if request.content_length and not self._body_read:
            reply.close = True  # an unread body would be taken for a request
        return reply

    async def _route(self, request: _Request, path: str) -> _Reply:
        if request.method not in ("GET", "HEAD", "POST"):
            reply = _text(HTTPStatus.NOT_IMPLEMENTED, "not implemented")
            reply.headers["Allow"] = "GET, HEAD, POST"
            return reply
        if path.startswith("/callback/"):
            return await self._callback(request, path)
        read = self._getter(request, path)
        if read is None:
            return _text(HTTPStatus.NOT_FOUND, "no such path")
        if request.method == "POST":
            return _not_allowed("GET, HEAD")
        return await read()

    def _getter(self, request: _Request, path: str):
        """What answers a GET of `path`, if anything does: a coroutine
        function."""
        server, client = self._server, self._client
        if path == "/boot.ipxe":
            return functools.partial(
                _constant, _Reply(HTTPStatus.OK, ENTRY_SCRIPT.encode())
            )
        if path.startswith("/files/"):
            name = path[len("/files/") :]
            return functools.partial(self._file, request, name)
        if path.startswith("/answer/"):
            token = path[len("/answer/") :]
            return functools.partial(
                _backend_text, server, server.backend.answer_file, token, client
            )
        wanted = _config_wanted(path[1:])
        if wanted is None:
            return None
        kind, mac = wanted
        return functools.partial(
            _backend_text, server, server.backend.boot_config, kind, mac, client
        )

    async def _file(self, request: _Request, name: str) -> _Reply:
        handle = self._server.files.open(name)
        try:
            size = os.fstat(handle.fileno()).st_size
            reply = _ranged(request.headers.get("range"), size)
        except BaseException:
            handle.close()
            raise
        if reply.status == HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE:
            handle.close()
            return reply
        reply.file = handle
        reply.content_type = "application/octet-stream"
        reply.headers["Accept-Ranges"] = "bytes"
        return reply

    async def _callback(self, request: _Request, path: str) -> _Reply:
        parts = path[len("/callback/") :].split("/")
        if len(parts) != 2 or not parts[0]:
            return _text(HTTPStatus.NOT_FOUND, "no such path")
        if request.method != "POST":
            return _not_allowed("POST")
        token, event = parts
        if event not in _EVENTS:
            raise invalid_field("event", f"one of {', '.join(sorted(_EVENTS))}")

        body = await self._read_body(request)
        content_type = request.headers.get("content-type", "")
        report = _report(InstallerEvent(event), content_type, body)
        await self._server.call_backend(
            self._server.backend.installer_report, token, report, self._client
        )
        return _Reply(HTTPStatus.NO_CONTENT)

    async def _read_body(self, request: _Request) -> bytes:
        """The request body, at most MAX_CALLBACK_BODY bytes; raises
        InvalidArgument for a longer one, or a chunked one."""
        if "transfer-encoding" in request.headers:
            raise invalid_field("body", "send it with a Content-Length")
        if request.content_length > MAX_CALLBACK_BODY:
            raise invalid_field("body", f"at most {MAX_CALLBACK_BODY} bytes")
        if request.headers.get("expect", "").lower() == "100-continue":
            self._writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        body = await asyncio.wait_for(
            self._reader.readexactly(request.content_length), self._server.io_timeout
        )
        self._body_read = True
        return body


async def _constant(reply: _Reply) -> _Reply:
    return reply


async def _backend_text(server: BootHttpServer, method: Callable, *args) -> _Reply:
    text = await server.call_backend(method, *args)
    return _Reply(HTTPStatus.OK, text.encode())


def _not_allowed(allow: str) -> _Reply:
    reply = _text(HTTPStatus.METHOD_NOT_ALLOWED, f"use {allow}")
    reply.headers["Allow"] = allow
    return reply


def _busy() -> _Reply:
    reply = _text(HTTPStatus.SERVICE_UNAVAILABLE, "too many connections; try again")
    reply.headers["Retry-After"] = "1"
    return reply


def _parse_head(head: bytes) -> _Request:
    """The request in `head`, its line and headers up to the blank line.
    Raises _BadRequest."""
    lines = head.decode("latin-1").lstrip("\r\n").split("\r\n")
    match = _REQUEST_LINE.fullmatch(lines[0])
    if match is None:
        raise _BadRequest("malformed request line")
    method, target, minor = match.groups()

    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            continue
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            raise _BadRequest("malformed header")
        name, value = name.lower(), value.strip()
        if name in headers and name == "content-length" and headers[name] != value:
            raise _BadRequest("conflicting Content-Length")
        headers[name] = value

    length = headers.get("content-length", "0")
    if not length.isdigit():
        raise _BadRequest("malformed Content-Length")
    tokens = {t.strip().lower() for t in headers.get("connection", "").split(",")}
    keep_alive = minor == "1" and "close" not in tokens
    return _Request(method, target, headers, keep_alive, int(length))


def _encode(reply: _Reply, head_only: bool, close: bool) -> bytes:
    """The status line and headers of `reply`, and its body unless it is a
    file or the request was HEAD."""
    length = reply.length if reply.file is not None else len(reply.body)
    lines = [
        f"HTTP/1.1 {reply.status} {HTTPStatus(reply.status).phrase}",
        "Server: provisiond",
        f"Date: {formatdate(usegmt=True)}",
        f"Content-Type: {reply.content_type}",
        f"Content-Length: {length}",
        *(f"{name}: {value}" for name, value in reply.headers.items()),
    ]
    if close:
        lines.append("Connection: close")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    if head_only or reply.file is not None:
        return head
    return head + reply.body


def _config_wanted(name: str) -> tuple[ConfigKind, str] | None:
    """The per-MAC configuration `name` asks for: `ipxe/<mac>` or any name
    that config_request knows."""
    if name.startswith("ipxe/"):
        mac = parse_mac(name[len("ipxe/") :])
        if mac:
            return ConfigKind.IPXE, mac
    return config_request(name)


def _ranged(header: str | None, size: int) -> _Reply:
    """A 200 for the whole file or a 206 for the single range asked for.

    A header that is not one well-formed range is ignored, as RFC 9110 allows.
    """
    match = _SINGLE_RANGE.fullmatch(header.strip()) if header else None
    if match is None or match.groups() == ("", ""):
        return _Reply(HTTPStatus.OK, length=size)
    first, last = match.groups()
    if first:
        start, end = int(first), min(int(last), size - 1) if last else size - 1
    else:
        start, end = max(0, size - int(last)), size - 1
    if start >= size or start > end:
        reply = _text(
            HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "range not satisfiable"
        )
        reply.headers["Content-Range"] = f"bytes */{size}"
        return reply
    reply = _Reply(HTTPStatus.PARTIAL_CONTENT, offset=start, length=end - start + 1)
    reply.headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    return reply


def _report(event: InstallerEvent, content_type: str, body: bytes) -> InstallerReport:
    """The report in a callback body: empty, JSON or form-encoded, with the
    optional keys `percent` (0-100) and `message`. Raises InvalidArgument."""
    fields: dict = {}
    media_type = content_type.split(";", 1)[0].strip().lower()
    try:
        text = body.decode()
        if not body.strip():
            pass
        elif media_type == "application/json":
            fields = json.loads(text)
        elif media_type in ("application/x-www-form-urlencoded", ""):
            form = parse_qs(text, strict_parsing=True, max_num_fields=8)
            fields = {key: values[-1] for key, values in form.items()}
        else:
            raise invalid_field("body", "send JSON or a form")
    except (UnicodeDecodeError, ValueError) as error:
        raise invalid_field("body", "not valid JSON or form data") from error
    if not isinstance(fields, dict):
        raise invalid_field("body", "must be a JSON object")

    percent = fields.get("percent")
    if percent is not None:
        if isinstance(percent, str) and percent.isdigit():
            percent = int(percent)
        if isinstance(percent, bool) or not isinstance(percent, int):
            raise invalid_field("percent", "must be a whole number")
        if not 0 <= percent <= 100:
            raise invalid_field("percent", "must be between 0 and 100")
    message = fields.get("message", "")
    if not isinstance(message, str) or len(message) > MAX_MESSAGE_CHARS:
        raise invalid_field(
            "message", f"text of at most {MAX_MESSAGE_CHARS} characters"
        )
    return InstallerReport(event, percent, message)


def _error_reply(error: ProvisionerError, client: str) -> _Reply:
    for kind, status in _STATUS_BY_ERROR:
        if isinstance(error, kind):
            return _text(status, error.message)
    LOG.error("boot HTTP request from %s: unmapped %s", client, error.code)
    return _text(HTTPStatus.INTERNAL_SERVER_ERROR, "internal error")


def _loggable(path: str) -> str:
    """`path` fit for the access log: tokens replaced, unknown tails hidden
    (a token sent to a mistyped route must not show either), control
    characters escaped."""
    head, _, rest = path[1:].partition("/")
    if head == "answer":
        shown = "/answer/***"
    elif head == "callback":
        event = rest.rpartition("/")[2]
        shown = f"/callback/***/{event}" if event in _EVENTS else "/callback/***"
    elif head in ("files", "ipxe", "pxelinux.cfg", "grub") or not rest:
        shown = path
    else:
        shown = f"/{head}/***"
    return shown.encode("unicode_escape").decode("ascii")

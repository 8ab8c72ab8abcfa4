"""Provisioning templates: answer-file bodies with declared parameters.

An operator writes a template through the API; the server renders it for each
install with the operator's parameter values, as top-level names, and its own
context, as dicts:

    host     hostname, mac_addresses (list), network (ip_address,
             prefix_length, gateway, dns_servers; empty for DHCP)
    os       name, family
    install  answer_url, callback_url (the installer POSTs to its /started,
             /progress, /done and /failed), server_url

Parsing and rendering both run template code, so both happen in worker
processes (core.template_worker) under time, memory and output bounds. The
server side here checks what it can alone (sizes, parameter declarations,
values) and keeps a pool of workers for the rest.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import re
import select
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import provisiond
from provisiond.core.errors import (
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    Unavailable,
    invalid_field,
)
from provisiond.core.template_worker import sandbox_environment

CONTEXT_NAMES = ("host", "os", "install")
MAX_BODY_BYTES = 256 * 1024
MAX_PARAMETERS = 100
MAX_VALUE_BYTES = 64 * 1024
MAX_DESCRIPTION_CHARS = 1024
NAME_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,62}")
RENDER_SECONDS = 2.0
MAX_OUTPUT_BYTES = 1 << 20
RENDER_FAILED = "TEMPLATE_RENDER_FAILED"

LOG = logging.getLogger(__name__)

# Names a parameter may not take: the context, the sandbox's globals, and words
# that Jinja reads as literals, operators or loop and macro variables.
_RESERVED_NAMES = frozenset(
    [*CONTEXT_NAMES, *sandbox_environment().globals]
    + "true false none and or not in is if else loop self super caller varargs "
    "kwargs".split()
)
_REDACTED = "[redacted]"
_START_SECONDS = 10.0
_MAX_ANSWER_BYTES = 8 << 20
_READ_CHUNK = 1 << 16
_WORKER_MODULE = "provisiond.core.template_worker"
# Run from where `provisiond` is imported from, so the worker finds it however
# the server was installed.
_IMPORT_ROOT = Path(provisiond.__file__).resolve().parent.parent
# The worker gets only what starting Python needs: an escape from the sandbox
# would find no database password or token in its environment.
_WORKER_ENVIRONMENT = ("PATH", "PYTHONPATH", "LANG", "LC_ALL")


@dataclass(frozen=True)
class Parameter:
    """A value that a template takes from whoever provisions with it."""

    name: str  # [a-z][a-z0-9_]{0,62}; a top-level name in the template
    default: str | None  # None: the value is required
    description: str = ""
    secret: bool = False  # never shown back, nor in render errors


def check_template(
    body: str, parameters: Sequence[Parameter], *, pool: WorkerPool | None = None
) -> None:
    """Checks a template before it is stored.

    Raises InvalidArgument naming "template.parameters" for a bad parameter
    list, or "template.body", with the line number, for a body that is too
    large, does not parse, uses an unknown filter, loads other templates,
    reads a name that is neither a parameter nor a context name, or takes a
    worker past its bounds; Unavailable when no worker could be had in time.
    """
    _check_declaration(body, parameters)
    try:
        answer = (pool or default_pool()).run(body, parameters, None)
    except FailedPrecondition as error:
        raise invalid_field("template.body", str(error)) from None
    if "error" in answer:
        raise invalid_field("template.body", _located(answer))
    _raise_problems(answer["problems"])


def render_template(
    body: str,
    parameters: Sequence[Parameter],
    values: Mapping[str, str],
    context: Mapping[str, object],
    *,
    pool: WorkerPool | None = None,
) -> str:
    """Renders a template with parameter `values` over their defaults.

    `context` holds the server's names (CONTEXT_NAMES), as strings, lists
    and dicts; another name there is a caller's bug (ValueError). Raises
    InvalidArgument for an invalid template (as check_template), an
    undeclared value name or a missing required value ("values.<name>");
    FailedPrecondition with reason TEMPLATE_RENDER_FAILED when rendering
    fails, naming the template line where known; Unavailable when no worker
    could be had in time.
    """
    _check_declaration(body, parameters)
    unknown = set(context) - set(CONTEXT_NAMES)
    if unknown:
        raise ValueError(f"not context names: {sorted(unknown)}")
    variables = {**context, **_resolve_values(parameters, values)}

    answer = (pool or default_pool()).run(body, parameters, variables)
    if "problems" in answer:
        _raise_problems(answer["problems"])
    if "output" in answer:
        return answer["output"]
    secrets = [values.get(p.name) or p.default or "" for p in parameters if p.secret]
    raise _render_failure(answer, secrets)


def _check_declaration(body: str, parameters: Sequence[Parameter]) -> None:
    if len(parameters) > MAX_PARAMETERS:
        raise invalid_field(
            "template.parameters", f"at most {MAX_PARAMETERS} are allowed"
        )
    seen: set[str] = set()
    for index, parameter in enumerate(parameters):
        problem = _parameter_problem(parameter, seen)
        if problem:
            raise invalid_field("template.parameters", f"parameter {index}: {problem}")
        seen.add(parameter.name)
    if _too_long(body, MAX_BODY_BYTES):
        raise invalid_field("template.body", f"is over {MAX_BODY_BYTES} bytes")


def _parameter_problem(parameter: Parameter, seen: set[str]) -> str | None:
    name = parameter.name
    if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name):
        return f"name {_shown(name)} does not match {NAME_PATTERN.pattern}"
    if name in _RESERVED_NAMES:
        return f"name {name!r} is reserved"
    if name in seen:
        return f"name {name!r} is declared twice"
    if parameter.default is not None and not isinstance(parameter.default, str):
        return f"the default of {name!r} is not a string"
    if parameter.default is not None and _too_long(parameter.default):
        return f"the default of {name!r} is over {MAX_VALUE_BYTES} bytes"
    if len(parameter.description) > MAX_DESCRIPTION_CHARS:
        return f"the description of {name!r} is over {MAX_DESCRIPTION_CHARS} characters"
    return None


def _resolve_values(
    parameters: Sequence[Parameter], values: Mapping[str, str]
) -> dict[str, str]:
    declared = {parameter.name for parameter in parameters}
    for name, value in values.items():
        if name not in declared:
            raise invalid_field(
                "values", f"{_shown(name)} is not a parameter of this template"
            )
        if not isinstance(value, str):
            raise invalid_field(f"values.{name}", "must be a string")
        if _too_long(value):
            raise invalid_field(f"values.{name}", f"is over {MAX_VALUE_BYTES} bytes")

    resolved = {}
    for parameter in parameters:
        value = values.get(parameter.name, parameter.default)
        if value is None:
            raise invalid_field(f"values.{parameter.name}", "is required")
        resolved[parameter.name] = value
    return resolved


def _raise_problems(problems: list[dict]) -> None:
    if not problems:
        return
    violations = [FieldViolation("template.body", _located(p)) for p in problems]
    raise InvalidArgument(
        message="; ".join(f"template.body: {v.description}" for v in violations),
        reason="INVALID_FIELD",
        metadata={"field": "template.body"},
        violations=violations,
    )


def _render_failure(answer: dict, secrets: list[str]) -> FailedPrecondition:
    detail = answer["error"]
    # A message may quote a value, a secret one included ("no element '...'").
    for secret in secrets:
        if secret:
            detail = detail.replace(secret, _REDACTED)
            detail = detail.replace(repr(secret)[1:-1], _REDACTED)
    metadata = {"detail": detail}
    if answer["line"] is not None:
        metadata["line"] = str(answer["line"])
    return FailedPrecondition(
        _located({**answer, "error": detail}), RENDER_FAILED, metadata
    )


def _located(answer: dict) -> str:
    """A worker's problem or error, prefixed with its template line if known."""
    message = answer.get("message", answer.get("error"))
    return message if answer["line"] is None else f"line {answer['line']}: {message}"


def _too_long(text: str, limit: int = MAX_VALUE_BYTES) -> bool:
    return len(text.encode(errors="replace")) > limit


def _shown(name: object) -> str:
    """A caller's name as it may appear in a message: quoted and cut short."""
    return repr(name)[:64]


# Workers


class _NoAnswer(Exception):
    """The worker did not answer: it ran out of time, or it ended."""

    def __init__(self, timed_out: bool):
        super().__init__("timed out" if timed_out else "ended")
        self.timed_out = timed_out


class _Worker:
    """One worker process, used by one thread at a time."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", _WORKER_MODULE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
            cwd=_IMPORT_ROOT,
            env={
                name: os.environ[name]
                for name in _WORKER_ENVIRONMENT
                if name in os.environ
            },
        )
        os.set_blocking(self._process.stdin.fileno(), False)
        self._pending = bytearray()
        self._ready = False

    def alive(self) -> bool:
        return self._process.poll() is None

    def exchange(
        self, request: bytes, start_seconds: float, limit_seconds: float
    ) -> dict:
        """Sends one request and returns the answer, waiting first, if the
        worker is new, up to `start_seconds` for it to be ready."""
        if not self._ready:
            try:
                self._read_line(time.monotonic() + start_seconds)
            except _NoAnswer as error:
                raise Unavailable(
                    "the template worker did not start",
                    "TEMPLATE_WORKER_UNAVAILABLE",
                ) from error
            self._ready = True

        deadline = time.monotonic() + limit_seconds
        try:
            self._write(request, deadline)
            return json.loads(self._read_line(deadline))
        except _NoAnswer as error:
            raise _lost_work(error, limit_seconds) from error

    def kill(self) -> None:
        self._process.kill()
        self._reap()

    def stop(self) -> None:
        """Closes the worker's input, which ends it; kills it if it lingers."""
        self._process.stdin.close()
        try:
            self._process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self._process.kill()
        self._reap()

    def _reap(self) -> None:
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            LOG.warning("template worker %d did not exit", self._process.pid)
        self._process.stdin.close()
        self._process.stdout.close()

    def _read_line(self, deadline: float) -> bytes:
        fd = self._process.stdout.fileno()
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        # Bounded: each pass reads bytes, or lets the clock run down.
        while b"\n" not in self._pending:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _NoAnswer(timed_out=True)
            if not poller.poll(remaining * 1000):
                continue
            chunk = os.read(fd, _READ_CHUNK)
            if not chunk or len(self._pending) + len(chunk) > _MAX_ANSWER_BYTES:
                raise _NoAnswer(timed_out=False)
            self._pending += chunk
        line, _, rest = bytes(self._pending).partition(b"\n")
        self._pending = bytearray(rest)
        return line

    def _write(self, data: bytes, deadline: float) -> None:
        fd = self._process.stdin.fileno()
        poller = select.poll()
        poller.register(fd, select.POLLOUT)
        view = memoryview(data)
        # Bounded: each pass writes bytes, or lets the clock run down.
        while view:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _NoAnswer(timed_out=True)
            if not poller.poll(remaining * 1000):
                continue
            try:
                written = os.write(fd, view)
            except BlockingIOError:
                continue
            except BrokenPipeError as error:
                raise _NoAnswer(timed_out=False) from error
            view = view[written:]


def _lost_work(error: _NoAnswer, limit_seconds: float) -> FailedPrecondition:
    if error.timed_out:
        message = f"the template took longer than {limit_seconds:g} s"
    else:
        message = "the template worker stopped; the template may need too much memory"
    return FailedPrecondition(message, RENDER_FAILED)


class WorkerPool:
    """Template workers shared by the server's threads.

    A request borrows an idle worker, or starts one while fewer than `size`
    are busy, and otherwise waits up to `queue_seconds` for one. A worker that
    overruns `limit_seconds` or dies is killed and replaced at once, so a
    runaway template costs a process, never a server thread past the limit:
    a call returns within queue_seconds + limit_seconds, plus the start of a
    worker (about 0.15 s) when none was idle.
    """

    def __init__(
        self,
        size: int = min(4, os.cpu_count() or 1),
        *,
        limit_seconds: float = RENDER_SECONDS,
        queue_seconds: float = RENDER_SECONDS,
        start_seconds: float = _START_SECONDS,
        max_output_bytes: int = MAX_OUTPUT_BYTES,
    ):
        self._size = size
        self._limit_seconds = limit_seconds
        self._queue_seconds = queue_seconds
        self._start_seconds = start_seconds
        self._max_output_bytes = max_output_bytes
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []
        self._closed = False

    def run(
        self,
        body: str,
        parameters: Sequence[Parameter],
        variables: Mapping[str, object] | None,
    ) -> dict:
        """Checks `body` in a worker and, given `variables`, renders it.

        Returns the worker's answer (see core.template_worker). Raises
        FailedPrecondition (reason TEMPLATE_RENDER_FAILED) when the work
        overran or ended its worker, Unavailable when no worker could be had
        in time.
        """
        request = self._request(body, parameters, variables)
        if not self._slots.acquire(timeout=self._queue_seconds):
            raise Unavailable(
                "every template worker is busy; retry shortly",
                "TEMPLATE_WORKERS_BUSY",
            )
        try:
            return self._run_in(self._borrow(), request)
        finally:
            self._slots.release()

    def close(self) -> None:
        """Ends the idle workers; busy ones end when their request returns."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()

    def _request(
        self,
        body: str,
        parameters: Sequence[Parameter],
        variables: Mapping[str, object] | None,
    ) -> bytes:
        request = {
            "body": body,
            "parameter_names": [parameter.name for parameter in parameters],
            "context_names": CONTEXT_NAMES,
            "variables": None if variables is None else dict(variables),
            "limit_seconds": self._limit_seconds,
            "max_output_bytes": self._max_output_bytes,
        }
        return json.dumps(request).encode() + b"\n"

    def _run_in(self, worker: _Worker, request: bytes) -> dict:
        try:
            answer = worker.exchange(request, self._start_seconds, self._limit_seconds)
        except BaseException:
            worker.kill()
            self._start_spare()
            raise
        self._give_back(worker)
        return answer

    def _borrow(self) -> _Worker:
        dead = []
        with self._lock:
            if self._closed:
                raise Unavailable("the template workers are shut down", "SHUTTING_DOWN")
            # Bounded: every pass removes a worker from the idle list.
            while self._idle and not self._idle[-1].alive():
                dead.append(self._idle.pop())
            found = self._idle.pop() if self._idle else None
        for worker in dead:
            worker.kill()
        if found:
            return found
        try:
            return _Worker()
        except OSError as error:
            raise Unavailable(
                "could not start a template worker", "TEMPLATE_WORKER_UNAVAILABLE"
            ) from error

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < self._size:
                self._idle.append(worker)
                return
        worker.stop()

    def _start_spare(self) -> None:
        """Starts a replacement for a killed worker, so that the next request
        does not wait for an interpreter to start."""
        try:
            self._give_back(_Worker())
        except OSError:
            LOG.warning("could not start a spare template worker", exc_info=True)


_default_pool: WorkerPool | None = None
_default_pool_lock = threading.Lock()


def default_pool() -> WorkerPool:
    """The process-wide pool, started on first use and closed at exit."""
    global _default_pool
    with _default_pool_lock:
        if _default_pool is None:
            _default_pool = WorkerPool()
            atexit.register(_default_pool.close)
        return _default_pool

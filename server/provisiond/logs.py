"""Log set-up for the entry points: text or JSON lines, with secrets redacted."""

from __future__ import annotations

import atexit
import datetime
import json
import logging
import queue
import re
import sys
import threading
import time
from typing import NamedTuple

# Defence in depth: code never logs secrets, and this filter hides any that
# slip through: session tokens, install tokens, APID credentials and URL
# passwords.
# Each pattern comes with a literal that any match contains, a cheap test
# that spares most lines the regular expression.
_SECRET_PATTERNS = (
    ("pvs_", re.compile(r"pvs_[A-Za-z0-9_-]{16,}"), "pvs_***"),
    ("pit_", re.compile(r"(pit_[a-z0-9]+)\.[A-Za-z0-9_-]{16,}"), r"\1.***"),
    ("apid-", re.compile(r"(apid-[a-z2-7]{10})\.[A-Za-z0-9_-]{16,}"), r"\1.***"),
    ("://", re.compile(r"(://[^:/@\s]+):[^@\s]+@"), r"\1:***@"),
)

# Attributes of a LogRecord that are not `extra=` fields.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
}


def redact(text: str) -> str:
    """`text` with anything that looks like a secret replaced."""
    for literal, pattern, replacement in _SECRET_PATTERNS:
        if literal in text:
            text = pattern.sub(replacement, text)
    return text


class _TextFormatter(logging.Formatter):
    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self._second: tuple[int, str] = (-1, "")

    def formatTime(self, record, datefmt=None):  # noqa: N802 - logging's API
        return self.stamp(record.created)

    def stamp(self, created: float) -> str:
        # strftime once per second of log, not once per line.
        second = int(created)
        if second != self._second[0]:
            self._second = (
                second,
                time.strftime("%Y-%m-%d %H:%M:%S", self.converter(second)),
            )
        return f"{self._second[1]},{int((created - second) * 1000):03d}"

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": _json_time(record.created),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return redact(json.dumps(entry, default=str))


class CallRecord(NamedTuple):
    """The one line logged per API call, queued as is: building a LogRecord
    and running it through a Formatter costs about as much as the rest of the
    log line's life, on every call. The writer thread formats it exactly as a
    LogRecord with these `extra=` fields would be."""

    created: float
    levelno: int
    rpc_method: str
    peer: str
    apid: str
    request_id: str
    code: str
    duration_ms: float

    def message(self) -> str:
        return (
            f"rpc {self.rpc_method} peer={self.peer} apid={self.apid or '-'} "
            f"request_id={self.request_id or '-'} code={self.code} "
            f"duration_ms={self.duration_ms:.2f}"
        )

    def fields(self) -> dict:
        """The line's `extra=` fields, as the JSON format shows them."""
        return {
            "rpc_method": self.rpc_method,
            "peer": self.peer,
            "apid": self.apid,
            "request_id": self.request_id,
            "code": self.code,
            "duration_ms": round(self.duration_ms, 3),
        }


def _call_text(formatter: _TextFormatter, call: CallRecord) -> str:
    level = logging.getLevelName(call.levelno)
    return redact(
        f"{formatter.stamp(call.created)} {level} {CALL_LOGGER}: {call.message()}"
    )


def _call_json(call: CallRecord) -> str:
    entry = {
        "time": _json_time(call.created),
        "level": logging.getLevelName(call.levelno),
        "logger": CALL_LOGGER,
        "message": call.message(),
        **call.fields(),
    }
    return redact(json.dumps(entry, default=str))


def _json_time(created: float) -> str:
    # UTC with milliseconds: lines from several hosts sort together.
    return (
        datetime.datetime.fromtimestamp(created, datetime.UTC)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z")
    )


class _QueueHandler(logging.Handler):
    """Queues records, unformatted, for the writer thread; never blocks."""

    def __init__(self, records: queue.SimpleQueue):
        super().__init__()
        self._records = records

    def emit(self, record: logging.LogRecord) -> None:
        self._records.put(record)


class _BatchWriter:
    """Formats and writes queued records every `interval` seconds, in one write.

    Waking a writer for every record would make it fight the gRPC workers for
    the interpreter lock on every call; a batch costs one wake-up. A line
    reaches the stream at most `interval` seconds after it was logged.
    """

    def __init__(self, records: queue.SimpleQueue, formatter, stream, interval=0.05):
        self._records = records
        self._formatter = formatter
        self._stream = stream
        self._interval = interval
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(
            target=self._run, name="log-writer", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self.write_pending()

    def write_pending(self) -> None:
        with self._lock:
            lines = []
            while True:
                try:
                    record = self._records.get_nowait()
                except queue.Empty:
                    break
                lines.append(self._format(record))
            if lines:
                self._stream.write("\n".join(lines) + "\n")
                self._stream.flush()

    def _format(self, record: logging.LogRecord | CallRecord) -> str:
        try:
            if isinstance(record, CallRecord):
                if isinstance(self._formatter, _JsonFormatter):
                    return _call_json(record)
                return _call_text(self._formatter, record)
            return self._formatter.format(record)
        except Exception:  # a bad format string must not stop the log
            return f"unformattable log record from {record.name}: {record.msg!r}"

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.write_pending()
            except (OSError, ValueError):
                pass  # stream closed or full: nothing left to tell it


_writer: _BatchWriter | None = None
# Where log_call() queues its records while configure() is in force.
_call_queue: queue.SimpleQueue | None = None
CALL_LOGGER = "provisiond.calls"


def log_call(call: CallRecord) -> None:
    """Logs the line of one API call: through the writer's queue when this
    module set up logging and nothing filters that logger, else through
    logging, so that tests and embedding programs see an ordinary record."""
    target = _call_queue
    if target is not None and _plain(logging.getLogger(CALL_LOGGER)):
        target.put(call)
        return
    logging.getLogger(CALL_LOGGER).log(
        call.levelno, "%s", call.message(), extra=call.fields()
    )


def _plain(logger: logging.Logger) -> bool:
    """True when the logger's records go only to the root's queue handler."""
    root = logging.getLogger().handlers
    return (
        not logger.handlers
        and not logger.filters
        and logger.propagate
        and len(root) == 1
        and isinstance(root[0], _QueueHandler)
    )


def configure(log_format: str = "text", level: str = "INFO", stream=None) -> None:
    """Sends every log record to `stream` (stderr) in `log_format`.

    Records are written by a background thread, so that a call never waits on
    the stream; shutdown() writes what is still queued.
    """
    global _writer, _call_queue
    shutdown()
    # Our formats use neither the caller's source line nor thread and process
    # names, and finding them is most of what a log call costs: the logging
    # documentation's own advice is to switch them off.
    logging._srcfile = None
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    formatter = _JsonFormatter() if log_format == "json" else _TextFormatter()
    records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    _writer = _BatchWriter(records, formatter, stream or sys.stderr)
    _writer.start()
    atexit.register(shutdown)
    root = logging.getLogger()
    root.handlers[:] = [_QueueHandler(records)]
    root.setLevel(level)
    _call_queue = records
    # peewee logs every SQL statement with its parameters at DEBUG, parameters
    # that include password hashes; keep it quiet even in debug runs.
    logging.getLogger("peewee").setLevel(logging.INFO)


def shutdown() -> None:
    """Writes every queued record and stops the writer thread."""
    global _writer, _call_queue
    _call_queue = None
    if _writer is not None:
        _writer.stop()
        _writer = None

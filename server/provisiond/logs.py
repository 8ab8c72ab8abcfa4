"""Log set-up for the entry points: text or JSON lines, with secrets redacted."""

from __future__ import annotations

import atexit
import datetime
import json
import logging
import logging.handlers
import queue
import re
import sys

# Defence in depth: code never logs secrets, and this filter hides any that
# slip through: session tokens, APID credentials and URL passwords.
_SECRET_PATTERNS = (
    (re.compile(r"pvs_[A-Za-z0-9_-]{16,}"), "pvs_***"),
    (re.compile(r"(apid-[a-z2-7]{10})\.[A-Za-z0-9_-]{16,}"), r"\1.***"),
    (re.compile(r"(://[^:/@\s]+):[^@\s]+@"), r"\1:***@"),
)

# Attributes of a LogRecord that are not `extra=` fields.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
}


def redact(text: str) -> str:
    """`text` with anything that looks like a secret replaced."""
    for pattern, replacement in _SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class _TextFormatter(logging.Formatter):
    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            # UTC with milliseconds: lines from several hosts sort together.
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return redact(json.dumps(entry, default=str))


class _RecordQueueHandler(logging.handlers.QueueHandler):
    """Hands records to the writer thread as they are, unformatted.

    The stdlib version formats each record on the calling thread; here the
    writer thread formats and redacts, so a gRPC worker only enqueues.
    """

    def prepare(self, record: logging.LogRecord) -> logging.LogRecord:
        return record


_listener: logging.handlers.QueueListener | None = None


def configure(log_format: str = "text", level: str = "INFO", stream=None) -> None:
    """Sends every log record to `stream` (stderr) in `log_format`.

    Records are written by a background thread, so that a call never waits on
    the stream; shutdown() writes what is still queued.
    """
    global _listener
    shutdown()
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(_JsonFormatter() if log_format == "json" else _TextFormatter())
    records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    _listener = logging.handlers.QueueListener(records, handler)
    _listener.start()
    atexit.register(shutdown)
    root = logging.getLogger()
    root.handlers[:] = [_RecordQueueHandler(records)]
    root.setLevel(level)
    # peewee logs every SQL statement with its parameters at DEBUG, parameters
    # that include password hashes; keep it quiet even in debug runs.
    logging.getLogger("peewee").setLevel(logging.INFO)


def shutdown() -> None:
    """Writes every queued record and stops the writer thread."""
    global _listener
    if _listener is not None:
        _listener.stop()
        _listener = None

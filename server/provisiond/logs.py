"""Log set-up for the entry points: text or JSON lines, with secrets redacted."""

from __future__ import annotations

import json
import logging
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
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


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
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(
            {k: v for k, v in vars(record).items() if k not in _STANDARD}
        )
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return redact(json.dumps(entry, default=str))


def configure(log_format: str = "text", level: str = "INFO", stream=None) -> None:
    """Sends every log record to `stream` (stderr) in `log_format`."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(_JsonFormatter() if log_format == "json" else _TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # peewee logs every SQL statement with its parameters at DEBUG, parameters
    # that include password hashes; keep it quiet even in debug runs.
    logging.getLogger("peewee").setLevel(logging.INFO)

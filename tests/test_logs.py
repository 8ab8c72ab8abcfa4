"""The log set-up: the per-call line's fast path writes exactly what the
ordinary logging path writes, in both formats, and redacts secrets."""

from __future__ import annotations

import io
import json
import logging
import re

import pytest

from provisiond import logs

CALL = logs.CallRecord(
    created=1764842400.25,
    levelno=logging.INFO,
    rpc_method="/provisioner.v1.AuthService/WhoAmI",
    peer="ipv4:127.0.0.1:45678",
    apid="apid-abcdefghij",
    request_id="",
    code="OK",
    duration_ms=0.2834,
)


def _written(log_format: str, emit) -> str:
    stream = io.StringIO()
    logs.configure(log_format, "INFO", stream=stream)
    try:
        emit()
    finally:
        logs.shutdown()
    return stream.getvalue()


def _through_logging(call: logs.CallRecord) -> None:
    """The line as an ordinary LogRecord, with a filter to force that path."""
    logger = logging.getLogger(logs.CALL_LOGGER)
    logger.addFilter(_stamp(call.created))
    try:
        logs.log_call(call)
    finally:
        logger.filters.clear()


def _stamp(created: float):
    def set_time(record: logging.LogRecord) -> bool:
        record.created, record.msecs = created, (created % 1) * 1000
        return True

    return set_time


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_call_line_fast_path_matches_logging(log_format):
    fast = _written(log_format, lambda: logs.log_call(CALL))
    slow = _written(log_format, lambda: _through_logging(CALL))

    assert fast == slow
    assert fast.count("\n") == 1


def test_call_line_reads_as_documented():
    text = _written("text", lambda: logs.log_call(CALL))
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,250 INFO provisiond.calls: rpc "
        r"/provisioner.v1.AuthService/WhoAmI peer=ipv4:127.0.0.1:45678 "
        r"apid=apid-abcdefghij request_id=- code=OK duration_ms=0.28\n",
        text,
    )
    entry = json.loads(_written("json", lambda: logs.log_call(CALL)))
    assert entry["time"] == "2025-12-04T10:00:00.250Z"
    assert (entry["code"], entry["duration_ms"], entry["apid"]) == (
        "OK",
        0.283,
        "apid-abcdefghij",
    )


def test_call_line_redacts_a_token_that_slips_in():
    leaky = CALL._replace(request_id="pvs_" + "s" * 40)
    for log_format in ("text", "json"):
        written = _written(log_format, lambda c=leaky: logs.log_call(c))
        assert "pvs_***" in written and "s" * 40 not in written

"""The agent's side of ImagingAgentService: calls with the job's token,
retried when the network or the server falters."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

import grpc

from provisioner.v1 import imaging_agent_service_pb2 as pb
from provisioner.v1 import imaging_agent_service_pb2_grpc

T = TypeVar("T")

CALL_TIMEOUT_SECONDS = 60.0
# A call is retried while the server cannot be reached, for this long in all:
# long enough to ride out a server restart or a cut cable.
RETRY_SECONDS = 300.0
_RETRIED = {
    grpc.StatusCode.UNAVAILABLE,
    grpc.StatusCode.DEADLINE_EXCEEDED,
    grpc.StatusCode.RESOURCE_EXHAUSTED,
    grpc.StatusCode.INTERNAL,
}
MAX_MESSAGE_BYTES = 16 * 1024 * 1024


class AgentError(Exception):
    """A failure the agent reports and exits on; the message says why, and
    `reason` is the server's ErrorInfo reason when the server refused."""

    def __init__(self, message: str, reason: str = ""):
        super().__init__(message)
        self.reason = reason


class JobEnded(AgentError):
    """The server no longer accepts the job's token: it was cancelled, it
    failed, or it timed out."""


def open_channel(target: str, ca_file: str | None = None) -> grpc.Channel:
    options = [
        ("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
        ("grpc.max_send_message_length", MAX_MESSAGE_BYTES),
        ("grpc.keepalive_time_ms", 20_000),
    ]
    if ca_file:
        with open(ca_file, "rb") as handle:
            credentials = grpc.ssl_channel_credentials(handle.read())
        return grpc.secure_channel(target, credentials, options=options)
    return grpc.insecure_channel(target, options=options)


class AgentClient:
    """ImagingAgentService with the job's token on every call."""

    def __init__(
        self,
        channel: grpc.Channel,
        token: str,
        retry_seconds: float = RETRY_SECONDS,
        log: Callable[[str], None] = lambda line: None,
    ):
        self._stub = imaging_agent_service_pb2_grpc.ImagingAgentServiceStub(channel)
        self._metadata = (("authorization", f"Bearer {token}"),)
        self._retry_seconds = retry_seconds
        self._log = log

    def call(self, method: str, request):
        """Calls `method`, retrying with backoff while the server is out of
        reach. Raises JobEnded or AgentError."""
        rpc = getattr(self._stub, method)
        deadline = time.monotonic() + self._retry_seconds
        delay = 0.2
        while True:
            try:
                return rpc(
                    request, metadata=self._metadata, timeout=CALL_TIMEOUT_SECONDS
                )
            except grpc.RpcError as error:
                code = error.code()
                if code == grpc.StatusCode.PERMISSION_DENIED:
                    raise JobEnded(
                        f"the server refused the job's token ({error.details()}): "
                        "the job was cancelled, failed or timed out"
                    ) from None
                if code not in _RETRIED or time.monotonic() + delay > deadline:
                    raise AgentError(
                        f"{method} failed: {code.name}: {error.details()}",
                        reason_of(error),
                    ) from None
                self._log(f"{method}: {code.name}, retrying in {delay:.1f} s")
            time.sleep(delay * random.uniform(0.8, 1.2))  # noqa: S311 - jitter
            delay = min(delay * 2, 10.0)

    def start(self, disk_size: int = 0) -> pb.StartJobResponse:
        return self.call("StartJob", pb.StartJobRequest(disk_size_bytes=disk_size))

    def report(self, done: int, transferred: int, message: str) -> None:
        self.call(
            "ReportProgress",
            pb.ReportProgressRequest(
                bytes_done=done, bytes_transferred=transferred, message=message
            ),
        )

    def fail(self, message: str) -> None:
        self.call("FailJob", pb.FailJobRequest(message=message[:1000]))


def reason_of(error: grpc.RpcError) -> str:
    """The reason in the ErrorInfo the server attached to `error`, or ""."""
    # Imported here, where an error needs them: they cost a tenth of the
    # agent's start.
    from google.protobuf.message import DecodeError
    from google.rpc import error_details_pb2, status_pb2

    for key, value in error.trailing_metadata() or ():
        if key != "grpc-status-details-bin":
            continue
        try:
            status = status_pb2.Status.FromString(value)
        except DecodeError:
            return ""
        for detail in status.details:
            info = error_details_pb2.ErrorInfo()
            if detail.Unpack(info):
                return info.reason
    return ""

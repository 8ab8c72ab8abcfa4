"""The one place where errors become gRPC status, with google.rpc details.

Domain errors keep their code, message and reason. Anything else becomes
INTERNAL with a generic message and a reference to the logged traceback.
"""

from __future__ import annotations

import logging
import uuid

import grpc
from google.protobuf import any_pb2, duration_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from provisiond.core.errors import InvalidArgument, ProvisionerError, ResourceExhausted

LOG = logging.getLogger(__name__)

DOMAIN = "provisioner"


def from_error(error: ProvisionerError) -> grpc.Status:
    """The gRPC status of a domain error, with ErrorInfo and the details it implies."""
    details = [
        error_details_pb2.ErrorInfo(
            reason=error.reason, domain=DOMAIN, metadata=error.metadata
        )
    ]
    if isinstance(error, InvalidArgument) and error.violations:
        details.append(
            error_details_pb2.BadRequest(
                field_violations=[
                    error_details_pb2.BadRequest.FieldViolation(
                        field=v.field, description=v.description
                    )
                    for v in error.violations
                ]
            )
        )
    if isinstance(error, ResourceExhausted):
        delay = duration_pb2.Duration()
        delay.FromMilliseconds(int(error.retry_after_seconds * 1000))
        details.append(error_details_pb2.RetryInfo(retry_delay=delay))
    return _status(error.code, error.message, details)


def from_unexpected(method: str, exc: BaseException) -> grpc.Status:
    """INTERNAL for a bug: the traceback goes to the log under a reference id
    that the client sees, and nothing else about it leaves the server."""
    reference = uuid.uuid4().hex[:12]
    LOG.error("unexpected error in %s (reference %s)", method, reference, exc_info=exc)
    info = error_details_pb2.ErrorInfo(
        reason="INTERNAL_ERROR", domain=DOMAIN, metadata={"reference": reference}
    )
    return _status(
        "INTERNAL",
        f"internal server error (reference {reference}); the server log has details",
        [info],
    )


def _status(code_name: str, message: str, details) -> grpc.Status:
    packed = []
    for detail in details:
        wrapper = any_pb2.Any()
        wrapper.Pack(detail)
        packed.append(wrapper)
    proto = status_pb2.Status(
        code=code_pb2.Code.Value(code_name), message=message, details=packed
    )
    return rpc_status.to_status(proto)

"""The domain's exception tree; the API layer maps it to gRPC status in one place.

    ProvisionerError
    ├── InvalidArgument          bad input; carries field violations
    ├── NotFound
    ├── AlreadyExists
    ├── FailedPrecondition       wrong state for the operation
    ├── Aborted                  lost a race or an etag check
    ├── Unauthenticated          missing or bad credentials
    ├── PermissionDenied         good credentials, not allowed here
    ├── ResourceExhausted        throttled; carries a retry delay
    ├── OutOfRange               a cursor older than the data still kept
    ├── DeadlineExceeded         the caller's deadline passed mid-way
    ├── Unavailable              disabled, shutting down, or a peer is unreachable
    └── DataLoss                 stored data is missing or damaged

Each class names its status code by string, so this module needs no grpc import.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldViolation:
    """One bad field of a request: its path and what is wrong with it."""

    field: str
    description: str


@dataclass
class ProvisionerError(Exception):
    """Base of every error the API reports to a caller.

    `reason` is an UPPER_SNAKE identifier that clients may branch on;
    `metadata` holds every dynamic value that appears in `message`.
    """

    message: str
    reason: str = "UNSPECIFIED"
    metadata: dict[str, str] = field(default_factory=dict)

    code = "UNKNOWN"

    def __str__(self) -> str:
        return self.message


@dataclass
class InvalidArgument(ProvisionerError):
    """The request is malformed; `violations` names the offending fields."""

    violations: list[FieldViolation] = field(default_factory=list)
    code = "INVALID_ARGUMENT"


class NotFound(ProvisionerError):
    code = "NOT_FOUND"


class AlreadyExists(ProvisionerError):
    code = "ALREADY_EXISTS"


class FailedPrecondition(ProvisionerError):
    code = "FAILED_PRECONDITION"


class Aborted(ProvisionerError):
    code = "ABORTED"


class Unauthenticated(ProvisionerError):
    code = "UNAUTHENTICATED"


class PermissionDenied(ProvisionerError):
    code = "PERMISSION_DENIED"


@dataclass
class ResourceExhausted(ProvisionerError):
    """Too many requests; the caller should wait `retry_after_seconds`."""

    retry_after_seconds: float = 1.0
    code = "RESOURCE_EXHAUSTED"


class OutOfRange(ProvisionerError):
    code = "OUT_OF_RANGE"


class DeadlineExceeded(ProvisionerError):
    code = "DEADLINE_EXCEEDED"


class Unavailable(ProvisionerError):
    code = "UNAVAILABLE"


class DataLoss(ProvisionerError):
    code = "DATA_LOSS"


def invalid_field(name: str, description: str, reason: str = "INVALID_FIELD"):
    """Builds an InvalidArgument for a single bad field."""
    return InvalidArgument(
        message=f"{name}: {description}",
        reason=reason,
        metadata={"field": name},
        violations=[FieldViolation(name, description)],
    )

"""Shared pieces of the catalogue, host and provisioning modules: etags,
JSON columns, and the domain's enumerations (the API maps its enums to these)."""

from __future__ import annotations

import enum
import json
from typing import Any

from provisiond.core.errors import Aborted, invalid_field


class Family(enum.Enum):
    LINUX = "linux"
    WINDOWS = "windows"
    OTHER = "other"


class InstallerKind(enum.Enum):
    KICKSTART = "kickstart"
    PRESEED = "preseed"
    AUTOINSTALL = "autoinstall"
    WINDOWS_UNATTEND = "windows_unattend"
    IMAGE = "image"


class ProvisioningState(enum.Enum):
    ARMED = "armed"
    INSTALLING = "installing"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"

    @property
    def active(self) -> bool:
        return self in (ProvisioningState.ARMED, ProvisioningState.INSTALLING)


class BmcDriver(enum.Enum):
    IPMI = "ipmi"
    REDFISH = "redfish"


def etag(revision: int) -> str:
    return f'"{revision}"'


def check_etag(given: str, revision: int, what: str) -> None:
    """Raises Aborted when `given` (if any) is not the current etag."""
    if given and given != etag(revision):
        raise Aborted(
            f"the {what} changed since it was read (etag {given} is stale); "
            "read it again and retry",
            "ETAG_MISMATCH",
            {"etag": given, "current_etag": etag(revision)},
        )


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def loads(text: str | None, default: Any = None) -> Any:
    return json.loads(text) if text else default


def require(field: str, value: Any) -> Any:
    if value in (None, "", [], ()):
        raise invalid_field(field, "is required")
    return value


def check_text(field: str, value: str, limit: int = 256) -> str:
    """A one-line text field of at most `limit` characters."""
    if len(value) > limit:
        raise invalid_field(field, f"must be at most {limit} characters")
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise invalid_field(field, "must not contain control characters")
    return value

"""Conversion between domain values and provisioner.v1 messages."""

from __future__ import annotations

import functools
from datetime import UTC, datetime

from google.protobuf import timestamp_pb2

from provisiond.core import scopes
from provisiond.core.audit import AuditEntry
from provisiond.core.auth import Principal
from provisioner.v1 import audit_service_pb2, auth_service_pb2, policy_pb2

_SCOPE_ENUMS = {
    scopes.PROVISIONING: policy_pb2.SCOPE_PROVISIONING,
    scopes.IMAGING: policy_pb2.SCOPE_IMAGING,
    scopes.ADMIN: policy_pb2.SCOPE_ADMIN,
}


def timestamp(value: datetime) -> timestamp_pb2.Timestamp:
    """A Timestamp from a naive UTC datetime."""
    stamp = timestamp_pb2.Timestamp()
    stamp.FromDatetime(value.replace(tzinfo=UTC))
    return stamp


def to_datetime(stamp: timestamp_pb2.Timestamp) -> datetime:
    """A naive UTC datetime from a Timestamp."""
    return stamp.ToDatetime(tzinfo=UTC).replace(tzinfo=None)


@functools.lru_cache(maxsize=1024)
def session(principal: Principal) -> auth_service_pb2.Session:
    """The Session message of a principal. Cached, since a principal is
    immutable; callers copy it into their response and never change it."""
    return auth_service_pb2.Session(
        name=f"apids/{principal.apid}/sessions/{principal.session_name}",
        apid=principal.apid,
        user_name=principal.user_name,
        scopes=[_SCOPE_ENUMS[s] for s in principal.scopes if s in _SCOPE_ENUMS],
        client_address=principal.client_address,
        create_time=timestamp(principal.create_time),
        expire_time=timestamp(principal.expire_time),
    )


def audit_record(entry: AuditEntry) -> audit_service_pb2.AuditRecord:
    return audit_service_pb2.AuditRecord(
        name=f"auditRecords/{entry.id}",
        create_time=timestamp(entry.create_time),
        apid=entry.apid,
        peer=entry.peer,
        method=entry.method,
        code=entry.code,
        request_id=entry.request_id,
        duration_micros=entry.duration_micros,
    )

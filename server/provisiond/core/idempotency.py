"""request_id: a retried mutation returns the first outcome instead of acting twice.

The first call with a given (APID, request_id) claims a row before it runs and
stores its response when it succeeds. A retry with the same request returns
that response; a retry while the first call still runs gets ABORTED; the same
request_id with a different request is refused. A failed call gives up its
claim, so that a retry runs again. Responses are opaque bytes here: the API
layer serialises them.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass

import peewee

from provisiond.core.clock import utcnow
from provisiond.core.errors import Aborted, invalid_field
from provisiond.db.models import IdempotencyRecord

# A claim older than this belongs to a call that died (a crashed server); a
# retry may take it over.
_STALE_CLAIM = datetime.timedelta(minutes=5)
# How long a stored outcome answers retries.
RETENTION = datetime.timedelta(days=1)


@dataclass(frozen=True)
class Claim:
    """A claimed request_id; `response` is set when an earlier call finished."""

    record_id: int
    response: bytes | None


def claim(apid: str, request_id: str, method: str, request: bytes) -> Claim:
    """Claims `request_id` for this call, or returns the earlier outcome."""
    digest = hashlib.sha256(method.encode() + b"\0" + request).hexdigest()
    try:
        with IdempotencyRecord._meta.database.atomic():
            row = IdempotencyRecord.create(
                apid=apid,
                request_id=request_id,
                method=method,
                request_sha256=digest,
                create_time=utcnow(),
            )
        return Claim(row.id, None)
    except peewee.IntegrityError:
        pass
    row = IdempotencyRecord.get_or_none(
        (IdempotencyRecord.apid == apid) & (IdempotencyRecord.request_id == request_id)
    )
    if row is None:  # the other claim was given up meanwhile
        raise Aborted(
            "a call with this request_id just failed; retry it",
            "REQUEST_IN_PROGRESS",
            {"request_id": request_id},
        )
    if row.request_sha256 != digest:
        raise invalid_field(
            "request_id",
            "was used before with a different request; use a new request_id "
            "for a new request",
            reason="REQUEST_ID_REUSED",
        )
    if row.response is not None:
        return Claim(row.id, bytes(row.response))
    if utcnow() - row.create_time < _STALE_CLAIM:
        raise Aborted(
            "a call with this request_id is in progress; retry it in a moment",
            "REQUEST_IN_PROGRESS",
            {"request_id": request_id},
        )
    taken = (
        IdempotencyRecord.update(create_time=utcnow())
        .where(
            (IdempotencyRecord.id == row.id)
            & (IdempotencyRecord.create_time == row.create_time)
        )
        .execute()
    )
    if not taken:
        raise Aborted(
            "a call with this request_id is in progress; retry it in a moment",
            "REQUEST_IN_PROGRESS",
            {"request_id": request_id},
        )
    return Claim(row.id, None)


def complete(claim_: Claim, response: bytes) -> None:
    IdempotencyRecord.update(response=response).where(
        IdempotencyRecord.id == claim_.record_id
    ).execute()


def release(claim_: Claim) -> None:
    IdempotencyRecord.delete().where(
        (IdempotencyRecord.id == claim_.record_id)
        & IdempotencyRecord.response.is_null()
    ).execute()


def purge(now: datetime.datetime | None = None) -> int:
    """Deletes outcomes older than RETENTION; returns how many."""
    cutoff = (now or utcnow()) - RETENTION
    return (
        IdempotencyRecord.delete()
        .where(IdempotencyRecord.create_time < cutoff)
        .execute()
    )

"""Sessions: logging in with an APID, checking bearer tokens, revoking them.

A session token is a random 256-bit string that the server stores only as its
SHA-256 digest. It is bound to the address it was created from and expires
after its TTL. Failures are counted per client address and per APID, and a key
over its limit is refused before any credential is checked.
"""

from __future__ import annotations

import functools
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple, TypeVar

import peewee

from provisiond.core import apids, secrets
from provisiond.core.addresses import IPAddress, is_allowed
from provisiond.core.clock import utcnow
from provisiond.core.errors import (
    Aborted,
    FieldViolation,
    InvalidArgument,
    PermissionDenied,
    Unauthenticated,
    invalid_field,
)
from provisiond.core.throttle import FailureThrottle
from provisiond.db.database import PreparedSelect, db
from provisiond.db.models import ApiClient, Session

T = TypeVar("T")

TOKEN_PREFIX = "pvs_"  # noqa: S105 - a prefix naming what a token is, not a secret


@dataclass(frozen=True)
class Principal:
    """Who is calling: an authenticated session and its APID."""

    session_name: str
    apid: str
    user_name: str
    scopes: tuple[str, ...]
    client_address: str
    create_time: datetime
    expire_time: datetime


@dataclass(frozen=True)
class SessionPolicy:
    default_ttl_seconds: int
    max_ttl_seconds: int


class Authenticator:
    """Creates sessions and authenticates tokens, throttling failures."""

    def __init__(self, policy: SessionPolicy, throttle: FailureThrottle):
        self._policy = policy
        self._throttle = throttle

    def create_session(
        self,
        credential: str,
        user_name: str,
        password: str,
        address: IPAddress | None,
        ttl_seconds: int = 0,
        request_id: str = "",
    ) -> tuple[str, Principal]:
        """Exchanges APID credentials for a token bound to `address`.

        Returns the token, shown once, and the session. Raises InvalidArgument,
        Unauthenticated (wrong, disabled or expired credentials, never saying
        which), PermissionDenied (address not allowed) or ResourceExhausted.
        """
        _check_login_fields(credential, user_name, password, ttl_seconds, request_id)
        keys = (_address_key(address), "apid:" + apids.apid_of(credential))
        self._throttle.check(*keys)

        apid = apids.verify(credential, user_name, password)
        if apid is None or apid.disabled or apid.is_expired(utcnow()):
            self._throttle.record_failure(*keys)
            raise Unauthenticated(
                "the APID, user name or password is wrong, or the APID is "
                "disabled or expired",
                "INVALID_CREDENTIALS",
            )
        if not is_allowed(address, apid.networks):
            self._throttle.record_failure(*keys)
            raise _address_refused(apid.apid, address)

        ttl = min(
            ttl_seconds or self._policy.default_ttl_seconds,
            self._policy.max_ttl_seconds,
        )
        request_sha = _request_digest(credential, user_name, ttl_seconds)
        token = secrets.new_token(TOKEN_PREFIX)
        try:
            session = self._store_session(
                apid, address, token, ttl, request_id, request_sha
            )
        except peewee.IntegrityError:
            # Two calls with one request_id raced; the unique index let one in.
            raise Aborted(
                "a concurrent call with the same request_id created a session; "
                "retry with the same request_id to get a token",
                "REQUEST_ID_CONFLICT",
            ) from None
        return token, _principal(session, apid)

    def _store_session(
        self, apid, address, token, ttl, request_id, request_sha
    ) -> Session:
        with db.atomic():
            row = ApiClient.get(ApiClient.apid == apid.apid)
            if request_id:
                _replace_earlier_request(row, request_id, request_sha)
            now = utcnow()
            return Session.create(
                name=str(uuid.uuid4()),
                token_sha256=secrets.sha256_hex(token),
                api_client=row,
                client_address=str(address),
                create_time=now,
                expire_time=now + timedelta(seconds=ttl),
                request_id=request_id or None,
                request_sha256=request_sha if request_id else None,
            )

    def authenticate(self, token: str, address: IPAddress | None) -> Principal:
        """The principal of a bearer token presented from `address`.

        Raises Unauthenticated (missing, unknown, expired or revoked token),
        PermissionDenied (address not allowed for the APID or the session) or
        ResourceExhausted (too many failures from this address).
        """
        key = _address_key(address)
        self._throttle.check(key)
        try:
            return self._authenticate(token, address)
        except (Unauthenticated, PermissionDenied):
            self._throttle.record_failure(key)
            raise

    def throttled(self, address: IPAddress | None, check: Callable[[], T]) -> T:
        """`check()`, under the failure throttle of `address`: a check that
        fails too often from one address is refused for a while."""
        key = _address_key(address)
        self._throttle.check(key)
        try:
            return check()
        except (Unauthenticated, PermissionDenied):
            self._throttle.record_failure(key)
            raise

    def _authenticate(self, token: str, address: IPAddress | None) -> Principal:
        if not token:
            raise Unauthenticated(
                "no session token: call AuthService.CreateSession and send "
                "'authorization: Bearer <token>' metadata",
                "TOKEN_MISSING",
            )
        digest = secrets.sha256_hex(token)
        found = _find_session(digest)
        # The lookup is by digest; the constant-time comparison guards against a
        # database whose index comparison leaks timing.
        if found is None or not secrets.strings_equal(digest, found[0].token_sha256):
            raise Unauthenticated("the session token is not known", "TOKEN_UNKNOWN")
        session, apid = found
        now = utcnow()
        if session.revoke_time is not None:
            raise Unauthenticated("the session token was revoked", "TOKEN_REVOKED")
        if session.expire_time <= now:
            raise Unauthenticated("the session token has expired", "TOKEN_EXPIRED")

        if apid.disabled or apid.is_expired(now):
            raise Unauthenticated(
                "the session's APID is disabled or expired", "APID_INACTIVE"
            )
        if (
            not is_allowed(address, apid.networks)
            or str(address) != session.client_address
        ):
            raise _address_refused(apid.apid, address)
        return _principal(session, apid)

    def revoke(self, principal: Principal) -> None:
        """Revokes the session of `principal`; later calls with it are refused."""
        Session.update(revoke_time=utcnow()).where(
            (Session.name == principal.session_name) & Session.revoke_time.is_null()
        ).execute()


class _StoredSession(NamedTuple):
    """The columns of a session row that authentication reads."""

    name: str
    token_sha256: str
    client_address: str
    create_time: datetime
    expire_time: datetime
    revoke_time: datetime | None


_SESSION_COLUMNS = (
    Session.name,
    Session.token_sha256,
    Session.client_address,
    Session.create_time,
    Session.expire_time,
    Session.revoke_time,
)
_APID_COLUMNS = (
    ApiClient.apid,
    ApiClient.user_name,
    ApiClient.scopes,
    ApiClient.allowed_networks,
    ApiClient.disabled,
    ApiClient.expire_time,
    ApiClient.create_time,
)

# Runs on every authenticated call, so its SQL is rendered only once.
_SESSION_BY_DIGEST = PreparedSelect(
    lambda digest: (
        Session.select(*_SESSION_COLUMNS, *_APID_COLUMNS)
        .join(ApiClient)
        .where(Session.token_sha256 == digest)
    )
)


def _find_session(digest: str) -> tuple[_StoredSession, apids.Apid] | None:
    """The session stored under `digest` and its APID, as stored now."""
    row = _SESSION_BY_DIGEST.first(digest)
    return None if row is None else _convert_row(row)


@functools.lru_cache(maxsize=4096)
def _convert_row(row: tuple) -> tuple[_StoredSession, apids.Apid]:
    # The result depends on nothing but the row's stored values, read afresh on
    # every call: a revoked session or a changed APID is a new row, hence a
    # new conversion. Equal rows share one, which saves parsing the APID's
    # scopes and networks and the session's times on every call.
    split = len(_SESSION_COLUMNS)
    session = _StoredSession(*_SESSION_BY_DIGEST.python_values(row[:split]))
    values = _SESSION_BY_DIGEST.python_values(row[split:], start=split)
    names = [column.name for column in _APID_COLUMNS]
    apid = apids.to_apid(ApiClient(**dict(zip(names, values, strict=True))))
    return session, apid


def _replace_earlier_request(row: ApiClient, request_id: str, request_sha: str) -> None:
    earlier = Session.get_or_none(
        (Session.api_client == row) & (Session.request_id == request_id)
    )
    if earlier is None:
        return
    if not secrets.strings_equal(earlier.request_sha256 or "", request_sha):
        raise invalid_field(
            "request_id",
            "was already used for a request with other fields",
            reason="REQUEST_ID_REUSED",
        )
    # The earlier token may never have reached the caller: revoke it, and free
    # the request_id for the session created now.
    Session.update(revoke_time=utcnow(), request_id=None).where(
        Session.id == earlier.id
    ).execute()


def _check_login_fields(
    credential: str, user_name: str, password: str, ttl_seconds: int, request_id: str
) -> None:
    violations = []
    for name, value in (
        ("apid", credential),
        ("user_name", user_name),
        ("password", password),
    ):
        if not value:
            violations.append(FieldViolation(name, "is required"))
        elif len(value) > 1024:
            violations.append(FieldViolation(name, "is longer than 1024 characters"))
    if ttl_seconds < 0:
        violations.append(FieldViolation("ttl_seconds", "must not be negative"))
    if request_id and not _is_uuid(request_id):
        violations.append(
            FieldViolation(
                "request_id",
                "must be a UUID, like 1b4e28ba-2fa1-41d2-883f-0016d3cca427",
            )
        )
    if violations:
        raise InvalidArgument(
            "invalid request: "
            + "; ".join(f"{v.field} {v.description}" for v in violations),
            "INVALID_FIELD",
            {"fields": ",".join(v.field for v in violations)},
            violations=violations,
        )


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _request_digest(credential: str, user_name: str, ttl: int) -> str:
    # Never the password: a fast digest of it would invite offline guessing.
    material = "\0".join((apids.apid_of(credential), user_name, str(ttl)))
    return hashlib.sha256(material.encode()).hexdigest()


def _address_key(address: IPAddress | None) -> str:
    return f"addr:{address}"


def _address_refused(apid: str, address: IPAddress | None) -> PermissionDenied:
    return PermissionDenied(
        f"APID {apid} may not be used from {address}; an operator can add the "
        "address with provisioner-apid",
        "ADDRESS_NOT_ALLOWED",
        {"apid": apid, "client_address": str(address)},
    )


def _principal(session: Session | _StoredSession, apid: apids.Apid) -> Principal:
    return Principal(
        session_name=session.name,
        apid=apid.apid,
        user_name=apid.user_name,
        scopes=apid.scopes,
        client_address=session.client_address,
        create_time=session.create_time,
        expire_time=session.expire_time,
    )

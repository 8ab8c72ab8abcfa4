"""APIDs: the API credentials an operator creates on the server.

An APID binds a user name, a password, the client networks it may be used from,
its scopes and an optional expiry. Its credential, `<apid>.<secret>`, is shown
once at creation or rotation; the server keeps only the secret's SHA-256 and the
password's scrypt hash. These functions back the root-only provisioner-apid
script, which works on the database directly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime

from provisiond.core import scopes as scope_names
from provisiond.core import secrets
from provisiond.core.addresses import IPNetwork, parse_networks
from provisiond.core.clock import utcnow
from provisiond.core.errors import NotFound, invalid_field
from provisiond.db.database import db
from provisiond.db.models import ApiClient, Session

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024
_USER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
_APID = re.compile(r"^apid-[a-z2-7]{10}$")
_BASE32 = "abcdefghijklmnopqrstuvwxyz234567"


@dataclass(frozen=True)
class Apid:
    """What an APID allows; never its secrets."""

    apid: str
    user_name: str
    scopes: tuple[str, ...]
    networks: tuple[IPNetwork, ...]
    disabled: bool
    expire_time: datetime | None
    create_time: datetime

    def is_expired(self, now: datetime) -> bool:
        return self.expire_time is not None and self.expire_time <= now


def create(
    user_name: str,
    password: str,
    networks: list[str],
    scopes: list[str],
    expire_time: datetime | None = None,
) -> tuple[Apid, str]:
    """Creates an APID; returns it and its credential, which is shown only once.

    Raises InvalidArgument naming the bad field.
    """
    _check_user_name(user_name)
    check_password(password)
    parsed_networks = _check_networks(networks)
    parsed_scopes = _check_scopes(scopes)
    if expire_time is not None and expire_time <= utcnow():
        raise invalid_field("expire_time", "must be in the future")

    apid = "apid-" + secrets.random_string(_BASE32, 10)
    secret = secrets.new_token("")
    row = ApiClient.create(
        apid=apid,
        user_name=user_name,
        password_hash=secrets.hash_password(password),
        secret_sha256=secrets.sha256_hex(secret),
        scopes=",".join(parsed_scopes),
        allowed_networks=json.dumps([str(n) for n in parsed_networks]),
        expire_time=expire_time,
    )
    return to_apid(row), f"{apid}.{secret}"


def list_all() -> list[Apid]:
    """Every APID, oldest first."""
    return [to_apid(row) for row in ApiClient.select().order_by(ApiClient.id)]


def get(apid: str) -> Apid:
    """The APID named `apid`; raises NotFound."""
    return to_apid(_row(apid))


def set_disabled(apid: str, disabled: bool) -> Apid:
    """Disables or re-enables an APID; disabling revokes its live sessions."""
    with db.atomic():
        row = _row(apid)
        row.disabled = disabled
        row.update_time = utcnow()
        row.save()
        if disabled:
            _revoke_sessions(row)
    return to_apid(row)


def rotate(apid: str, password: str | None = None) -> str:
    """Issues a new secret (and password, if given) and revokes live sessions.

    Returns the new credential, shown only once.
    """
    if password is not None:
        check_password(password)
    secret = secrets.new_token("")
    with db.atomic():
        row = _row(apid)
        row.secret_sha256 = secrets.sha256_hex(secret)
        if password is not None:
            row.password_hash = secrets.hash_password(password)
        row.update_time = utcnow()
        row.save()
        _revoke_sessions(row)
    return f"{row.apid}.{secret}"


def delete(apid: str) -> None:
    """Deletes an APID and its sessions; audit records keep its name."""
    with db.atomic():
        row = _row(apid)
        Session.delete().where(Session.api_client == row).execute()
        row.delete_instance()


def verify(credential: str, user_name: str, password: str) -> Apid | None:
    """The APID if credential, user name and password all match, else None.

    Takes the same time whether or not the APID exists, and compares every
    secret in constant time.
    """
    apid, _, secret = credential.partition(".")
    row = ApiClient.get_or_none(ApiClient.apid == apid) if _APID.match(apid) else None
    if row is None:
        secrets.burn_password_check()
        return None
    password_ok = secrets.verify_password(password, row.password_hash)
    secret_ok = secrets.digest_matches(secret, row.secret_sha256)
    user_ok = secrets.strings_equal(user_name, row.user_name)
    return to_apid(row) if password_ok and secret_ok and user_ok else None


def apid_of(credential: str) -> str:
    """The public APID part of a credential, if it is well-formed, else ''."""
    apid = credential.partition(".")[0]
    return apid if _APID.match(apid) else ""


def check_password(password: str) -> None:
    """Raises InvalidArgument unless `password` is acceptable for an APID."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise invalid_field(
            "password", f"must have at least {MIN_PASSWORD_LENGTH} characters"
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise invalid_field(
            "password", f"must have at most {MAX_PASSWORD_LENGTH} characters"
        )


def to_apid(row: ApiClient) -> Apid:
    return Apid(
        apid=row.apid,
        user_name=row.user_name,
        scopes=tuple(s for s in row.scopes.split(",") if s),
        networks=tuple(parse_networks(json.loads(row.allowed_networks))),
        disabled=row.disabled,
        expire_time=row.expire_time,
        create_time=row.create_time,
    )


def _row(apid: str) -> ApiClient:
    row = ApiClient.get_or_none(ApiClient.apid == apid)
    if row is None:
        raise NotFound(f"no APID {apid!r}", "APID_NOT_FOUND", {"apid": apid})
    return row


def _revoke_sessions(row: ApiClient) -> None:
    now = utcnow()
    Session.update(revoke_time=now).where(
        (Session.api_client == row) & Session.revoke_time.is_null()
    ).execute()


def _check_user_name(user_name: str) -> None:
    if not _USER_NAME.match(user_name):
        raise invalid_field(
            "user_name",
            "must be 1-64 characters of letters, digits and . _ @ -, "
            "starting with a letter or digit",
        )


def _check_networks(networks: list[str]) -> list[IPNetwork]:
    if not networks:
        raise invalid_field(
            "networks", "give at least one client address or CIDR range"
        )
    try:
        return parse_networks(networks)
    except ValueError as exc:
        raise invalid_field("networks", str(exc)) from None


def _check_scopes(scopes: list[str]) -> list[str]:
    unknown = sorted(set(scopes) - set(scope_names.GRANTABLE))
    if unknown or not scopes:
        raise invalid_field(
            "scopes",
            f"give one or more of {', '.join(scope_names.GRANTABLE)}"
            + (f"; unknown: {', '.join(unknown)}" if unknown else ""),
        )
    return [s for s in scope_names.GRANTABLE if s in scopes]

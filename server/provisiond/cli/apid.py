"""provisioner-apid: create, list, disable, enable, rotate, delete and check APIDs.

Runs as root on the server and works on the database directly. An APID's
credential is printed once, at creation or rotation; only hashes are stored.
"""

from __future__ import annotations

import argparse
import getpass
import json
import secrets
import sys
from datetime import UTC, datetime, timedelta

from provisiond.cli import common
from provisiond.core import apids, deployment
from provisiond.core import scopes as scope_names
from provisiond.core.errors import invalid_field
from provisiond.db.database import db

PROG = "provisioner-apid"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    common.require_root(PROG)
    return common.run(lambda: _dispatch(args))


def _parser() -> argparse.ArgumentParser:
    parser = common.parser(PROG, __doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    create = commands.add_parser(
        "create", help="create an APID and print its credential"
    )
    create.add_argument("--user", required=True, help="user name bound to the APID")
    create.add_argument(
        "--network",
        action="append",
        required=True,
        metavar="CIDR",
        help="client address or CIDR range allowed to use it; repeat or comma-separate",
    )
    create.add_argument(
        "--scope",
        action="append",
        required=True,
        choices=scope_names.GRANTABLE,
        help="scope granted; repeat for several",
    )
    create.add_argument(
        "--expires",
        metavar="TIME",
        help="expiry, ISO 8601 (2027-01-31 or 2027-01-31T12:00:00Z)",
    )
    create.add_argument("--expires-in-days", type=int, metavar="DAYS")
    _password_options(create)

    commands.add_parser("list", help="list APIDs").add_argument(
        "--json", action="store_true", help="print JSON lines"
    )
    for name, text in (
        ("show", "show one APID"),
        ("disable", "disable an APID and revoke its sessions"),
        ("enable", "re-enable a disabled APID"),
    ):
        commands.add_parser(name, help=text).add_argument("apid")

    rotate = commands.add_parser("rotate", help="issue a new secret, revoking sessions")
    rotate.add_argument("apid")
    rotate.add_argument(
        "--new-password",
        action="store_true",
        help="also set a new password (prompted, or see below)",
    )
    _password_options(rotate)

    delete = commands.add_parser("delete", help="delete an APID and its sessions")
    delete.add_argument("apid")
    delete.add_argument("--yes", action="store_true", help="do not ask to confirm")

    check = commands.add_parser("check", help="check a credential, user and password")
    check.add_argument("credential", help="the credential printed by create or rotate")
    check.add_argument("--user", required=True)
    check.add_argument("--password-stdin", action="store_true")
    return parser


def _password_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    group.add_argument(
        "--generate-password",
        action="store_true",
        help="generate a password and print it once",
    )


def _dispatch(args: argparse.Namespace) -> int:
    common.open_settings_database(args)
    with db.connection_context():
        return _COMMANDS[args.command](args)


def _create(args: argparse.Namespace) -> int:
    networks = [
        n.strip() for item in args.network for n in item.split(",") if n.strip()
    ]
    expire_time = _expiry(args.expires, args.expires_in_days)
    password, generated = _new_password(args)
    apid, credential = apids.create(
        args.user, password, networks, args.scope, expire_time
    )

    print(f"APID:       {apid.apid}")
    print(f"credential: {credential}")
    if generated:
        print(f"password:   {password}")
    print(f"user:       {apid.user_name}")
    print(f"scopes:     {', '.join(apid.scopes)}")
    print(f"networks:   {', '.join(str(n) for n in apid.networks)}")
    print(f"expires:    {_when(apid.expire_time)}")
    print(
        "The credential"
        + (" and password are" if generated else " is")
        + " shown only now: store them safely."
    )
    if not deployment.api_enabled():
        print("Note: the API is disabled; enable it with 'provisioner-api enable'.")
    return 0


def _list(args: argparse.Namespace) -> int:
    rows = apids.list_all()
    if args.json:
        for apid in rows:
            print(json.dumps(_describe(apid)))
        return 0
    print(
        f"{'APID':<16} {'USER':<20} {'STATE':<9} {'SCOPES':<28} "
        f"{'EXPIRES':<20} NETWORKS"
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    for apid in rows:
        print(
            f"{apid.apid:<16} {apid.user_name:<20} {_state(apid, now):<9} "
            f"{','.join(apid.scopes):<28} {_when(apid.expire_time):<20} "
            f"{','.join(str(n) for n in apid.networks)}"
        )
    return 0


def _show(args: argparse.Namespace) -> int:
    print(json.dumps(_describe(apids.get(args.apid)), indent=2))
    return 0


def _disable(args: argparse.Namespace) -> int:
    apids.set_disabled(args.apid, True)
    print(f"{args.apid} disabled; its sessions are revoked")
    return 0


def _enable(args: argparse.Namespace) -> int:
    apids.set_disabled(args.apid, False)
    print(f"{args.apid} enabled")
    return 0


def _rotate(args: argparse.Namespace) -> int:
    apids.get(args.apid)
    password, generated = (None, False)
    if args.new_password or args.password_stdin or args.generate_password:
        password, generated = _new_password(args)
    credential = apids.rotate(args.apid, password)
    print(f"credential: {credential}")
    if generated:
        print(f"password:   {password}")
    print("The old secret no longer works and its sessions are revoked.")
    return 0


def _delete(args: argparse.Namespace) -> int:
    apids.get(args.apid)
    if not args.yes:
        if not sys.stdin.isatty():
            common.fail("refusing to delete without confirmation; add --yes", 2)
        if input(f"Delete {args.apid} and its sessions? [y/N] ").strip().lower() != "y":
            print("not deleted")
            return 1
    apids.delete(args.apid)
    print(f"{args.apid} deleted")
    return 0


def _check(args: argparse.Namespace) -> int:
    password = _read_password(args.password_stdin, confirm=False)
    apid = apids.verify(args.credential, args.user, password)
    if apid is None:
        print("wrong credential, user name or password", file=sys.stderr)
        return 1
    now = datetime.now(UTC).replace(tzinfo=None)
    print(f"{apid.apid}: credentials match; state {_state(apid, now)}")
    return 0 if _state(apid, now) == "active" else 1


_COMMANDS = {
    "create": _create,
    "list": _list,
    "show": _show,
    "disable": _disable,
    "enable": _enable,
    "rotate": _rotate,
    "delete": _delete,
    "check": _check,
}


def _new_password(args: argparse.Namespace) -> tuple[str, bool]:
    if args.generate_password:
        return secrets.token_urlsafe(18), True
    password = _read_password(args.password_stdin, confirm=True)
    apids.check_password(password)
    return password, False


def _read_password(from_stdin: bool, confirm: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        common.fail(
            "no terminal to ask for the password: pass --password-stdin "
            "and pipe it in, or use --generate-password",
            2,
        )
    password = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Repeat the password: ") != password:
        common.fail("the two passwords differ; nothing was changed", 2)
    return password


def _expiry(text: str | None, days: int | None) -> datetime | None:
    if text and days is not None:
        raise invalid_field("expires", "give --expires or --expires-in-days, not both")
    if days is not None:
        if days <= 0:
            raise invalid_field("expires_in_days", "must be at least 1")
        return datetime.now(UTC).replace(tzinfo=None) + timedelta(days=days)
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise invalid_field(
            "expires", f"{text!r} is not an ISO 8601 time like 2027-01-31T12:00:00Z"
        ) from None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def _describe(apid: apids.Apid) -> dict:
    now = datetime.now(UTC).replace(tzinfo=None)
    return {
        "apid": apid.apid,
        "user": apid.user_name,
        "state": _state(apid, now),
        "scopes": list(apid.scopes),
        "networks": [str(n) for n in apid.networks],
        "expires": _when(apid.expire_time),
        "created": _when(apid.create_time),
    }


def _state(apid: apids.Apid, now: datetime) -> str:
    if apid.disabled:
        return "disabled"
    return "expired" if apid.is_expired(now) else "active"


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else "never"

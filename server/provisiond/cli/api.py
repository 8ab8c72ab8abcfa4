"""provisioner-api: the API enabler. Turns the API on or off, makes TLS files.

Runs as root on the server and works on the database directly, so the switch
holds for every daemon sharing the database; running daemons see a change
within a second.
"""

from __future__ import annotations

import argparse
import socket

from provisiond import tls
from provisiond.cli import common
from provisiond.core import deployment
from provisiond.db.database import db

PROG = "provisioner-api"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    common.require_root(PROG)
    return common.run(lambda: _dispatch(args))


def _parser() -> argparse.ArgumentParser:
    parser = common.parser(PROG, __doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("enable", help="let API calls through")
    commands.add_parser("disable", help="answer every API call with UNAVAILABLE")
    commands.add_parser("status", help="say whether the API is on and TLS is set up")
    init = commands.add_parser(
        "tls-init",
        help="make a private key and self-signed certificate for the gRPC port",
    )
    init.add_argument(
        "--host",
        action="append",
        metavar="NAME_OR_IP",
        help="name or address clients connect to; repeat for several "
        "(default: this host's name, localhost, 127.0.0.1 and ::1)",
    )
    init.add_argument("--days", type=int, default=825, help="validity in days")
    init.add_argument("--force", action="store_true", help="replace existing files")
    return parser


def _dispatch(args: argparse.Namespace) -> int:
    settings = common.open_settings_database(args)
    if args.command == "tls-init":
        return _tls_init(settings, args)
    with db.connection_context():
        if args.command == "enable":
            deployment.set_api_enabled(True)
            print("API enabled")
        elif args.command == "disable":
            deployment.set_api_enabled(False)
            print(
                "API disabled: calls get UNAVAILABLE; health and reflection "
                "still answer"
            )
        else:
            state = "enabled" if deployment.api_enabled() else "disabled"
            files = tls.tls_files(settings)
            print(f"API {state}")
            print(f"TLS: {files.cert if files else 'off (plaintext)'}")
            if files and files.client_ca:
                print(f"client certificates required, signed by {files.client_ca}")
    return 0


def _tls_init(settings, args: argparse.Namespace) -> int:
    cert = settings.tls_dir / tls.CERT_FILE
    if cert.exists() and not args.force:
        common.fail(f"{cert} exists; add --force to replace it", 1)
    if args.days <= 0:
        common.fail("--days must be at least 1", 2)
    hosts = args.host or [socket.gethostname(), "localhost", "127.0.0.1", "::1"]
    key_path, cert_path = tls.make_self_signed(settings.tls_dir, hosts, args.days)
    print(f"private key: {key_path} (mode 0600)")
    print(f"certificate: {cert_path}")
    print(
        "provisiond uses them at its next start. Clients verify the server with "
        f"the certificate as their root: {cert_path}"
    )
    return 0

"""provisioner-catalog: stores the starter answer-file templates in the database.

The starters (Kickstart, preseed, autoinstall, Windows unattend) ship with the
server; once imported they are templates like any other, which the API can
read, change and preview. Runs as root on the server, as the other admin
scripts do.
"""

from __future__ import annotations

import argparse

from provisiond.catalog import StarterTemplate, starter_template, starter_templates
from provisiond.cli import common
from provisiond.core import catalog
from provisiond.core.errors import NotFound
from provisiond.core.records import InstallerKind
from provisiond.db.database import db

PROG = "provisioner-catalog"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    common.require_root(PROG)
    return common.run(lambda: _dispatch(args))


def _parser() -> argparse.ArgumentParser:
    parser = common.parser(PROG, __doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("list", help="list the starters and whether each is stored")
    add = commands.add_parser("import", help="store starters as templates")
    add.add_argument("template_ids", nargs="*", metavar="ID", help="starters to store")
    add.add_argument("--all", action="store_true", help="store every starter")
    add.add_argument(
        "--replace",
        action="store_true",
        help="overwrite a stored template of the same id (default: leave it)",
    )
    return parser


def _dispatch(args: argparse.Namespace) -> int:
    common.open_settings_database(args)
    with db.connection_context():
        if args.command == "list":
            return _list()
        if bool(args.template_ids) == args.all:
            common.fail("name the starters to import, or give --all", 2)
        wanted = (
            starter_templates()
            if args.all
            else [starter_template(name) for name in args.template_ids]
        )
        for starter in wanted:
            print(_import(starter, args.replace))
    return 0


def _list() -> int:
    for starter in starter_templates():
        state = "stored" if _stored(starter.template_id) else "not stored"
        print(f"{starter.template_id:20} {starter.display_name} ({state})")
    return 0


def _stored(template_id: str) -> catalog.TemplateRecord | None:
    try:
        return catalog.get_template(template_id)
    except NotFound:
        return None


def _import(starter: StarterTemplate, replace: bool) -> str:
    """Stores one starter; the line that says what was done."""
    name = f"templates/{starter.template_id}"
    fields = {
        "display_name": starter.display_name,
        "installer_kind": InstallerKind(starter.installer_kind),
        "body": starter.body,
        "parameters": starter.parameters,
    }
    stored = _stored(starter.template_id)
    if stored is None:
        catalog.create_template(catalog.TemplateRecord(starter.template_id, **fields))
        return f"{name}: imported"
    if not replace:
        return f"{name}: already stored, left as it is (--replace overwrites it)"
    catalog.update_template(starter.template_id, fields)
    return f"{name}: replaced"

"""provisioner-migrate: applies pending schema migrations, reports the version."""

from __future__ import annotations

from provisiond import config
from provisiond.cli import common
from provisiond.db import database, migrations
from provisiond.db.database import db


def main(argv: list[str] | None = None) -> int:
    parser = common.parser("provisioner-migrate", __doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="only report; exit 1 if migrations are pending",
    )
    args = parser.parse_args(argv)
    return common.run(lambda: _migrate(args))


def _migrate(args) -> int:
    settings = config.load(args)
    database.open_database(settings.database_url)
    if args.check:
        with db.connection_context():
            version = migrations.current_version()
        if version > migrations.LATEST_VERSION:
            # What migrate() and provisiond refuse; "0 pending" would hide it.
            raise migrations.SchemaTooNew(
                f"the database schema is at version {version}, newer than this "
                f"provisiond knows ({migrations.LATEST_VERSION}); upgrade provisiond"
            )
        pending = migrations.LATEST_VERSION - version
        print(f"schema version {version}; {pending} migration(s) pending")
        return 1 if pending > 0 else 0
    applied = migrations.migrate()
    print(
        f"applied {len(applied)} migration(s); schema version "
        f"{migrations.LATEST_VERSION}"
    )
    return 0

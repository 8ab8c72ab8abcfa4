"""What the entry points share: settings, the database, the root check, errors."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from provisiond import config
from provisiond.core.errors import ProvisionerError
from provisiond.db import database, migrations


def parser(prog: str, description: str) -> argparse.ArgumentParser:
    result = argparse.ArgumentParser(prog=prog, description=description)
    config.add_arguments(result)
    return result


def require_root(prog: str) -> None:
    """Exits with status 77 unless the effective user is root."""
    if os.geteuid() != 0:
        fail(
            f"{prog} works on the server's database directly and must run as root; "
            f"run it with sudo",
            77,
        )


def open_settings_database(
    args: argparse.Namespace, migrate: bool = True
) -> config.Settings:
    """Loads settings, binds the database and applies pending migrations."""
    settings = config.load(args)
    # Every gRPC worker and watch stream thread may hold a connection, plus
    # the boot servers' threads and the background writers.
    database.open_database(
        settings.database_url,
        settings.max_workers + settings.max_watch_streams + 16,
    )
    if migrate:
        migrations.migrate()
    return settings


def run(main: Callable[[], int]) -> int:
    """Runs `main`, turning expected errors into one line on stderr and a status."""
    try:
        return main()
    except config.ConfigError as exc:
        fail(f"configuration error: {exc}", 78)
    except database.DatabaseConfigError as exc:
        fail(str(exc), 78)
    except migrations.SchemaTooNew as exc:
        fail(str(exc), 78)
    except ProvisionerError as exc:
        fail(exc.message, 1)
    except KeyboardInterrupt:
        fail("interrupted", 130)
    return 1


def fail(message: str, status: int) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(status)

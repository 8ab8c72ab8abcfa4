"""The one database handle, bound at start to SQLite or PostgreSQL.

Models bind to `db`, a DatabaseProxy; `open_database()` initialises it from a
URL. Both backends use a connection pool so that each gRPC worker thread takes
a connection per call (`db.connection_context()`) without reconnecting.
"""

from __future__ import annotations

import logging
import os
from urllib.parse import unquote, urlparse

import peewee
from playhouse.pool import PooledPostgresqlDatabase, PooledSqliteDatabase

from provisiond.config import redact_url

LOG = logging.getLogger(__name__)

db = peewee.DatabaseProxy()

# WAL lets readers proceed while one writer commits; NORMAL skips the fsync per
# commit, which WAL makes safe against application crashes (an OS crash may
# lose the last commits, never corrupt the file).
_SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "normal",
    "foreign_keys": 1,
    "busy_timeout": 10000,
}


class DatabaseConfigError(Exception):
    """The database URL is malformed or the database cannot be reached."""


def open_database(url: str, max_connections: int = 32) -> peewee.Database:
    """Binds `db` to the database at `url` and checks that it answers.

    Raises DatabaseConfigError with a message that says how to fix the URL.
    """
    database = _make_database(url, max_connections)
    try:
        database.connect(reuse_if_open=True)
        database.execute_sql("SELECT 1")
    except peewee.OperationalError as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseConfigError(
            f"cannot open database {redact_url(url)}: {detail}; "
            "check the URL, that the server runs and that the credentials are right"
        ) from None
    finally:
        if not database.is_closed():
            database.close()

    db.initialize(database)
    return database


def _make_database(url: str, max_connections: int) -> peewee.Database:
    if url.startswith("sqlite:///"):
        # sqlite:///relative/path and sqlite:////absolute/path, as SQLAlchemy reads them.
        return _sqlite(url[len("sqlite:///") :], max_connections)
    if url.startswith(("postgresql://", "postgres://")):
        return _postgresql(url, max_connections)
    raise DatabaseConfigError(
        f"unsupported database URL {redact_url(url)!r}: "
        "use sqlite:///PATH or postgresql://USER:PASSWORD@HOST:PORT/NAME"
    )


def _sqlite(path: str, max_connections: int) -> peewee.Database:
    if path != ":memory:":
        directory = os.path.dirname(os.path.abspath(path))
        try:
            os.makedirs(directory, mode=0o700, exist_ok=True)
        except OSError as exc:
            raise DatabaseConfigError(
                f"cannot create data directory {directory}: {exc.strerror}; "
                "set --data-dir to a writable directory"
            ) from None
    return PooledSqliteDatabase(
        path,
        pragmas=_SQLITE_PRAGMAS,
        max_connections=max_connections,
        stale_timeout=300,
        check_same_thread=False,
    )


def _postgresql(url: str, max_connections: int) -> peewee.Database:
    parts = urlparse(url)
    name = parts.path.lstrip("/")
    if not name or not parts.hostname:
        raise DatabaseConfigError(
            f"database URL {redact_url(url)!r} lacks a host or database name: "
            "use postgresql://USER:PASSWORD@HOST:PORT/NAME"
        )
    try:
        port = parts.port or 5432
    except ValueError:
        raise DatabaseConfigError(
            f"database URL {redact_url(url)!r} has an invalid port"
        ) from None
    return PooledPostgresqlDatabase(
        unquote(name),
        user=unquote(parts.username or "") or None,
        password=unquote(parts.password or "") or None,
        host=parts.hostname,
        port=port,
        max_connections=max_connections,
        stale_timeout=300,
        connect_timeout=5,
    )


def is_postgresql() -> bool:
    """Whether `db` is bound to PostgreSQL."""
    return isinstance(db.obj, peewee.PostgresqlDatabase)

"""The one database handle, bound at start to SQLite or PostgreSQL.

Models bind to `db`, a DatabaseProxy; `open_database()` initialises it from a
URL. Both backends use a connection pool so that each gRPC worker thread takes
a connection per call (`db.connection_context()`) without reconnecting.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
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
        detail = (
            str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        )
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
        # sqlite:///relative/path and sqlite:////absolute/path, read as SQLAlchemy does.
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
        # Take the write lock when a transaction begins: a deferred transaction
        # that reads, then writes after another connection committed, fails at
        # once with "database is locked", whatever the busy timeout.
        lock_type="IMMEDIATE",
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


def connection_scope() -> contextlib.AbstractContextManager:
    """The database connection for one gRPC call.

    On SQLite, a local file, each worker thread keeps the connection it took
    for as long as it lives: taking and returning a pooled connection cost a
    tenth of a call. On PostgreSQL a call borrows a pooled connection and gives
    it back, so that a connection broken by a server restart is not kept.
    """
    database = db.obj
    if isinstance(database, peewee.SqliteDatabase):
        database.connect(reuse_if_open=True)
        return _KEEP_OPEN
    return database.connection_context()


_KEEP_OPEN = contextlib.nullcontext()


def is_postgresql() -> bool:
    """Whether `db` is bound to PostgreSQL."""
    return isinstance(db.obj, peewee.PostgresqlDatabase)


def lock_row(model: type[peewee.Model], row_id: int) -> None:
    """Holds the row until the transaction ends, so that transactions that
    change it go one at a time. On SQLite every write transaction already
    takes the database's one write lock when it begins.

    NOTE(db): PostgreSQL deadlocks two transactions that each insert a row
    referencing the same parent (a share lock on it) and then update the
    parent's unique column (which wants it exclusively); locking the parent
    first makes the second wait instead.
    """
    if is_postgresql():
        model.select(model.id).where(model.id == row_id).for_update().execute()


# peewee renders SQL from a query's expression tree every time the query runs.
# For the small statements made on every call that costs several times what the
# database spends on them, so the classes below render their SQL once per bound
# database, with a marker where each value goes, and bind values to it as given:
# in the form the column stores (str, int, datetime).


class PreparedSelect:
    """A SELECT run on every call. `build(marker, ...)` returns the query with
    a marker for each value bound later, and no other values."""

    def __init__(self, build: Callable[..., peewee.Select], arity: int = 1):
        self._build = build
        self._arity = arity
        self._rendered: tuple | None = None

    def first(self, *values) -> tuple | None:
        """The first row, as the driver returns it, or None."""
        database, sql, _ = self._render()
        return database.execute_sql(sql, values).fetchone()

    def python_values(self, raw: tuple, start: int = 0) -> tuple:
        """Driver values of the columns from `start` on, converted as their
        fields convert them (text to datetime, 0/1 to bool and so on)."""
        converters = self._render()[2][start : start + len(raw)]
        return tuple(
            convert(value) for convert, value in zip(converters, raw, strict=True)
        )

    def _render(self) -> tuple:
        rendered = self._rendered
        if rendered is None or rendered[0] is not db.obj:
            marker = peewee.SQL(db.obj.param)
            query = self._build(*[marker] * self._arity)
            sql = _sql_without_values(query)
            converters = [
                getattr(column, "python_value", None) or _same
                for column in query.selected_columns
            ]
            rendered = self._rendered = (db.obj, sql, converters)
        return rendered


class BatchInsert:
    """Inserts rows of values for `fields` of `model`, up to `chunk` rows per
    statement, for a writer that batches (the audit trail). Statements hold
    `chunk` rows or a power of two fewer, so that few shapes are rendered."""

    def __init__(self, model: type[peewee.Model], fields: list[str], chunk: int = 100):
        self._model = model
        self._fields = [getattr(model, name) for name in fields]
        # SQLite before 3.32 binds at most 999 values per statement.
        self._chunk = max(1, min(chunk, 999 // len(fields)))
        self._rendered: tuple[peewee.Database | None, dict[int, str]] = (None, {})

    def insert(self, rows: list[tuple]) -> None:
        database = db.obj
        while rows:
            count = min(self._chunk, len(rows))
            if count < self._chunk:
                count = 1 << (count.bit_length() - 1)
            part, rows = rows[:count], rows[count:]
            values = [value for row in part for value in row]
            database.execute_sql(self._sql(database, count), values)

    def _sql(self, database: peewee.Database, count: int) -> str:
        if self._rendered[0] is not database:
            self._rendered = (database, {})
        statements = self._rendered[1]
        if count not in statements:
            marker = peewee.SQL(database.param)
            query = self._model.insert_many(
                [[marker] * len(self._fields)] * count, fields=self._fields
            )
            statements[count] = _sql_without_values(query)
        return statements[count]


def _sql_without_values(query: peewee.Query) -> str:
    sql, params = query.sql()
    if params:
        raise ValueError(f"a prepared statement binds only its markers: {sql}")
    return sql


def _same(value):
    return value

"""The audit trail: one record per API call, written in batches off the call path.

Calls hand their record to AuditWriter, whose thread inserts them in one
transaction every `interval` seconds or `batch` records. A reader flushes the
writer first, so a caller sees its own earlier calls. At shutdown the writer
flushes what is left.
"""

from __future__ import annotations

import collections
import logging
import operator
import threading
from dataclasses import dataclass
from datetime import datetime

from provisiond.core.pagination import PageRequest, next_page_token
from provisiond.db.database import BatchInsert, db
from provisiond.db.models import AuditRecord

LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class AuditEntry:
    """One API call as the audit trail keeps it."""

    create_time: datetime
    apid: str
    peer: str
    client_address: str
    method: str
    code: int
    request_id: str
    duration_micros: int
    id: int = 0


# The columns an entry fills; the database numbers the records.
_COLUMNS = (
    "create_time",
    "apid",
    "peer",
    "client_address",
    "method",
    "code",
    "request_id",
    "duration_micros",
)
_row_of = operator.attrgetter(*_COLUMNS)
_INSERT = BatchInsert(AuditRecord, list(_COLUMNS))


@dataclass(frozen=True)
class AuditFilter:
    apid: str = ""
    method: str = ""
    code: int | None = None
    client_address: str = ""
    start_time: datetime | None = None
    end_time: datetime | None = None


class AuditWriter:
    """Writes audit entries in batches from a background thread."""

    def __init__(self, interval: float = 0.2, batch: int = 500):
        # A deque's append and popleft are atomic, and cheaper than a Queue's
        # locking on the path of every call.
        self._queue: collections.deque[AuditEntry] = collections.deque()
        self._interval = interval
        self._batch = batch
        self._flush_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name="audit-writer", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def record(self, entry: AuditEntry) -> None:
        """Queues `entry`; never blocks the call that made it."""
        self._queue.append(entry)

    def flush(self) -> None:
        """Writes every queued entry now."""
        with self._flush_lock:
            while self._queue:
                entries = self._take(self._batch)
                if entries:
                    self._write(entries)

    def stop(self) -> None:
        """Stops the thread and writes what is left."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        self.flush()

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.flush()
            except Exception:
                LOG.exception("could not write audit records; will retry")

    def _take(self, limit: int) -> list[AuditEntry]:
        entries = []
        while len(entries) < limit:
            try:
                entries.append(self._queue.popleft())
            except IndexError:
                break
        return entries

    def _write(self, entries: list[AuditEntry]) -> None:
        rows = [_row_of(entry) for entry in entries]
        try:
            with db.connection_context(), db.atomic():
                _INSERT.insert(rows)
        except Exception:
            # Put them back so that the next flush tries again.
            self._queue.extend(entries)
            raise


def list_entries(page: PageRequest, where: AuditFilter) -> tuple[list[AuditEntry], str]:
    """A page of audit entries, newest first, and the next page token."""
    query = AuditRecord.select().order_by(AuditRecord.id.desc())
    for condition in _conditions(where):
        query = query.where(condition)
    if page.after_key is not None:
        query = query.where(AuditRecord.id < page.after_key)
    rows = list(query.limit(page.size + 1))
    token = next_page_token(page, [row.id for row in rows])
    return [_entry(row) for row in rows[: page.size]], token


def _conditions(where: AuditFilter) -> list:
    conditions = []
    if where.apid:
        conditions.append(AuditRecord.apid == where.apid)
    if where.method:
        conditions.append(AuditRecord.method == where.method)
    if where.code is not None:
        conditions.append(AuditRecord.code == where.code)
    if where.client_address:
        conditions.append(AuditRecord.client_address == where.client_address)
    if where.start_time is not None:
        conditions.append(AuditRecord.create_time >= where.start_time)
    if where.end_time is not None:
        conditions.append(AuditRecord.create_time < where.end_time)
    return conditions


def _entry(row: AuditRecord) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        create_time=row.create_time,
        apid=row.apid,
        peer=row.peer,
        client_address=row.client_address,
        method=row.method,
        code=row.code,
        request_id=row.request_id,
        duration_micros=row.duration_micros,
    )

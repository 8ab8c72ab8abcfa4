"""The event log and the hub that feeds watch streams.

Events are rows in the shared database, appended in the transaction of the
change they report, so that every server of a deployment sees every event in
one order, and a watcher can resume from any event it has seen. Event ids are
the order. On PostgreSQL, transactions that append events take one advisory
lock, so that they commit in id order: otherwise a watcher that had read
event 11 could miss event 10 committing a moment later.

Each server runs one EventHub: a thread that reads new events from the
database a few times a second (and at once when this server appended some)
into a bounded window in memory, from which the watch streams of this server
read. A watcher too far behind for the window reads the database directly.
"""

from __future__ import annotations

import collections
import enum
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from provisiond.core.clock import utcnow
from provisiond.core.errors import OutOfRange, invalid_field
from provisiond.db.database import BatchInsert, connection_scope, db, is_postgresql
from provisiond.db.models import DeploymentSetting, Event

LOG = logging.getLogger(__name__)

# Which events a watch stream sends.
Wanted = Callable[["EventRecord"], bool]

_PG_EVENT_LOCK = 0x70726F77
# Every boot config served appends an event, so its SQL is rendered only once.
_INSERT = BatchInsert(
    Event,
    [
        "create_time",
        "type",
        "host_id",
        "provisioning_id",
        "state",
        "progress_percent",
        "message",
        "imaging",
        "detail",
    ],
)
_PURGED_THROUGH = "events_purged_through"


class EventType(enum.Enum):
    PROVISIONING_STATE_CHANGED = "provisioning_state_changed"
    PROVISIONING_PROGRESS = "provisioning_progress"
    POWER_ACTION = "power_action"
    BOOT_CONFIG_SERVED = "boot_config_served"
    IMAGING_PROGRESS = "imaging_progress"


@dataclass(frozen=True)
class EventRecord:
    id: int
    create_time: datetime
    type: EventType
    host_id: str
    provisioning_id: str = ""
    state: str = ""
    progress_percent: int = 0
    message: str = ""
    imaging: bool = False  # an event of the imaging job of provisioning_id
    detail: str = ""  # an imaging job's progress, JSON


def append(
    type_: EventType,
    host_id: str,
    provisioning_id: str = "",
    state: str = "",
    progress_percent: int = 0,
    message: str = "",
    imaging: bool = False,
    detail: str = "",
) -> None:
    """Appends an event. Call inside the transaction of the change it reports."""
    if is_postgresql():
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_EVENT_LOCK,))
    row = (
        utcnow(),
        type_.value,
        host_id,
        provisioning_id,
        state,
        progress_percent,
        message[:1024],
        imaging,
        detail,
    )
    _INSERT.insert([row])


def encode_cursor(event_id: int) -> str:
    return f"e{event_id}"


def decode_cursor(cursor: str) -> int:
    if cursor.startswith("e") and cursor[1:].isdigit() and len(cursor) < 20:
        return int(cursor[1:])
    raise invalid_field(
        "resume_cursor",
        "is not a cursor this server issued; pass Event.cursor unchanged",
        reason="INVALID_CURSOR",
    )


def _record(row: Event) -> EventRecord:
    return EventRecord(
        id=row.id,
        create_time=row.create_time,
        type=EventType(row.type),
        host_id=row.host_id,
        provisioning_id=row.provisioning_id,
        state=row.state,
        progress_percent=row.progress_percent,
        message=row.message,
        imaging=row.imaging,
        detail=row.detail,
    )


def read_after(after_id: int, host_id: str | None, limit: int) -> list[EventRecord]:
    """Events with ids above `after_id`, oldest first, from the database."""
    query = Event.select().where(Event.id > after_id)
    if host_id is not None:
        query = query.where(Event.host_id == host_id)
    return [_record(row) for row in query.order_by(Event.id).limit(limit)]


def latest_id() -> int:
    return Event.select(Event.id).order_by(Event.id.desc()).scalar() or 0


def check_cursor(after_id: int) -> None:
    """Raises OutOfRange when events after `after_id` may have been purged."""
    row = DeploymentSetting.get_or_none(DeploymentSetting.key == _PURGED_THROUGH)
    if row is not None and after_id < int(row.value):
        raise OutOfRange(
            "the cursor is older than the events this deployment keeps; start "
            "a new watch without a cursor and read the hosts again",
            "CURSOR_EXPIRED",
            {"purged_through": encode_cursor(int(row.value))},
        )


def purge(retention: timedelta, now: datetime | None = None) -> int:
    """Deletes events older than `retention`, and remembers the newest id
    deleted so that older cursors are refused instead of skipping events."""
    cutoff = (now or utcnow()) - retention
    with db.atomic():
        newest = (
            Event.select(Event.id)
            .where(Event.create_time < cutoff)
            .order_by(Event.id.desc())
            .scalar()
        )
        if newest is None:
            return 0
        count = Event.delete().where(Event.id <= newest).execute()
        DeploymentSetting.replace(key=_PURGED_THROUGH, value=str(newest)).execute()
    return count


class EventHub:
    """Reads new events into memory for this server's watch streams."""

    def __init__(self, poll_interval: float = 0.25, window: int = 10_000):
        self._poll_interval = poll_interval
        self._window: collections.deque[EventRecord] = collections.deque()
        self._window_size = window
        self._changed = threading.Condition()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        # Every event with an id in (_base, _last] is in the window.
        self._base = 0
        self._last = 0
        self._thread = threading.Thread(target=self._run, name="events", daemon=True)

    def start(self) -> None:
        with connection_scope():
            self._base = self._last = latest_id()
        self._thread.start()

    def stop(self) -> None:
        """Ends every watch: read() returns None from now on."""
        self._stopping.set()
        self._wake.set()
        with self._changed:
            self._changed.notify_all()
        self._thread.join(timeout=10)

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def appended(self) -> None:
        """Tells the hub that this server committed events: read them now."""
        self._wake.set()

    def position(self) -> int:
        """The id of the newest event the hub has read."""
        with self._changed:
            return self._last

    def read(
        self, after_id: int, wanted: Wanted, timeout: float
    ) -> tuple[list[EventRecord], int] | None:
        """The `wanted` events after `after_id`, waiting up to `timeout`
        seconds for one, and the id to read after next time; None when the
        hub stops. The events may be none (a timeout)."""
        with self._changed:
            if after_id >= self._base:
                found = self._from_window(after_id, wanted)
                if not found and not self._stopping.is_set():
                    self._changed.wait(timeout)
                    found = self._from_window(after_id, wanted)
                if self._stopping.is_set():
                    return None
                if after_id >= self._base:
                    return found, max(after_id, self._last)
            base = self._base
        # Behind the window: catch up from the database, a batch at a time.
        with connection_scope():
            batch = read_after(after_id, None, 500)
        if not batch:  # purged meanwhile: nothing left before the window
            return [], base
        return [e for e in batch if wanted(e)], batch[-1].id

    def _from_window(self, after_id: int, wanted: Wanted) -> list[EventRecord]:
        return [event for event in _newer(self._window, after_id) if wanted(event)]

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.wait(self._poll_interval)
            self._wake.clear()
            try:
                with connection_scope():
                    fresh = read_after(self._last, None, 1000)
            except Exception:  # a database outage must not end the hub
                LOG.exception("reading new events failed; retrying")
                self._stopping.wait(1.0)
                continue
            if fresh:
                self._take(fresh)
                if len(fresh) == 1000:
                    self._wake.set()

    def _take(self, fresh: Iterable[EventRecord]) -> None:
        with self._changed:
            for event in fresh:
                self._window.append(event)
                self._last = event.id
            while len(self._window) > self._window_size:
                self._base = self._window.popleft().id
            self._changed.notify_all()


def _newer(window: collections.deque[EventRecord], after_id: int):
    """The events of `window` with ids above `after_id` (ids ascend)."""
    if not window or window[-1].id <= after_id:
        return []
    # Scan from the end: watchers are usually near the newest events.
    index = len(window)
    while index > 0 and window[index - 1].id > after_id:
        index -= 1
    return [window[i] for i in range(index, len(window))]

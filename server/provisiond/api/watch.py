"""What every watch stream shares: where it starts, and how it waits for the
events it wants while the client is there."""

from __future__ import annotations

from collections.abc import Iterator

from provisiond.core import events
from provisiond.core.events import EventHub, EventRecord, Wanted


def start_after(hub: EventHub, resume_cursor: str) -> int:
    """The event id a stream starts after: the cursor's, or the newest one.
    Raises InvalidArgument or OutOfRange for a bad or purged cursor; call it
    with a database connection."""
    if not resume_cursor:
        return hub.position()
    after = events.decode_cursor(resume_cursor)
    events.check_cursor(after)
    return after


def batches(
    hub: EventHub, limit, context, after: int, wanted: Wanted
) -> Iterator[list[EventRecord]]:
    """The wanted events, a batch as they come, until the client goes or the
    server stops; `limit` (a WatchLimit) counts the stream while it lasts."""
    with limit:
        while context.is_active():
            result = hub.read(after, wanted, timeout=1.0)
            if result is None:  # the server is stopping: end cleanly
                return
            batch, after = result
            if batch:
                yield batch


def announce_start(context) -> None:
    """Sends the stream's response headers now that its start is fixed: a
    client that waits for them knows every later event reaches it, and can
    act (arm, capture) without racing its own watch."""
    context.send_initial_metadata(())

"""Periodic clean-up: expired sessions and audit records past their retention."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import timedelta

from provisiond.core.clock import utcnow
from provisiond.db.database import db
from provisiond.db.models import AuditRecord, Session

LOG = logging.getLogger(__name__)


def purge_sessions(grace: timedelta = timedelta(days=1)) -> int:
    """Deletes sessions that expired or were revoked more than `grace` ago.

    The grace keeps a recently ended session around, so that its token is
    refused as expired or revoked rather than unknown.
    """
    cutoff = utcnow() - grace
    return (
        Session.delete()
        .where((Session.expire_time < cutoff) | (Session.revoke_time < cutoff))
        .execute()
    )


def purge_audit(retention: timedelta) -> int:
    """Deletes audit records older than `retention`."""
    return (
        AuditRecord.delete()
        .where(AuditRecord.create_time < utcnow() - retention)
        .execute()
    )


class Housekeeper:
    """Runs clean-up tasks on a background thread every `interval` seconds."""

    def __init__(self, tasks: dict[str, Callable[[], int]], interval: float = 3600.0):
        self._tasks = tasks
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name="housekeeper", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def run_once(self) -> dict[str, int]:
        """Runs every task now; returns how many rows each removed."""
        removed = {}
        for name, task in self._tasks.items():
            try:
                with db.connection_context():
                    removed[name] = task()
            except Exception:
                LOG.exception("housekeeping task %s failed; will retry", name)
                continue
            if removed[name]:
                LOG.info("housekeeping: %s removed %d rows", name, removed[name])
        return removed

    def _run(self) -> None:
        while not self._stop.is_set():
            self.run_once()
            self._stop.wait(self._interval)

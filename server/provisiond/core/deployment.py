"""Deployment-wide switches kept in the database, such as whether the API is on."""

from __future__ import annotations

import threading
import time

from provisiond.db.database import db
from provisiond.db.models import DeploymentSetting

_API_ENABLED = "api_enabled"


def set_api_enabled(enabled: bool) -> None:
    """Turns the API on or off for every daemon sharing this database."""
    with db.atomic():
        DeploymentSetting.insert(
            key=_API_ENABLED, value="1" if enabled else "0"
        ).on_conflict(
            conflict_target=[DeploymentSetting.key],
            update={DeploymentSetting.value: "1" if enabled else "0"},
        ).execute()


def api_enabled() -> bool:
    """Whether the API is on. A fresh deployment starts with it off."""
    row = DeploymentSetting.get_or_none(DeploymentSetting.key == _API_ENABLED)
    return row is not None and row.value == "1"


class ApiSwitch:
    """Reads the API switch at most once per `ttl` seconds.

    A change made with provisioner-api therefore reaches a running daemon within
    `ttl` seconds, without a database read on every call.
    """

    def __init__(self, ttl: float = 1.0, clock=time.monotonic):
        self._ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._value = False
        self._read_at = float("-inf")

    def enabled(self) -> bool:
        now = self._clock()
        if now - self._read_at < self._ttl:
            return self._value  # fresh enough: no lock on the common path
        with self._lock:
            if now - self._read_at >= self._ttl:
                self._value = api_enabled()
                self._read_at = now
            return self._value

"""Throttling of repeated authentication failures, per client address and per APID."""

from __future__ import annotations

import collections
import threading
import time

from provisiond.core.errors import ResourceExhausted


class FailureThrottle:
    """Counts failures per key in a sliding window and refuses keys over the limit.

    NOTE: the counts live in this process's memory. Several daemons sharing one
    PostgreSQL database each throttle on their own, so a client spreading its
    guesses across N daemons gets N times the budget.
    """

    def __init__(self, max_failures: int, window_seconds: float, clock=time.monotonic):
        self._max = max_failures
        self._window = window_seconds
        self._clock = clock
        self._failures: dict[str, collections.deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, *keys: str) -> None:
        """Raises ResourceExhausted if any of `keys` has reached the limit."""
        if not any(key in self._failures for key in keys):
            return  # nothing failed lately: the common case takes no lock
        now = self._clock()
        with self._lock:
            waits = [self._wait(key, now) for key in keys if key]
        wait = max(waits, default=0.0)
        if wait > 0:
            raise ResourceExhausted(
                f"too many failed attempts; retry in {wait:.0f} s",
                "AUTH_THROTTLED",
                {"retry_after_seconds": f"{wait:.0f}"},
                retry_after_seconds=wait,
            )

    def record_failure(self, *keys: str) -> None:
        """Counts one failure against each of `keys`."""
        now = self._clock()
        with self._lock:
            for key in keys:
                if key:
                    stamps = self._failures.setdefault(key, collections.deque())
                    stamps.append(now)
                    self._expire(key, now)
            if len(self._failures) > 100_000:
                self._sweep(now)

    def _wait(self, key: str, now: float) -> float:
        stamps = self._expire(key, now)
        if len(stamps) < self._max:
            return 0.0
        return max(stamps[len(stamps) - self._max] + self._window - now, 1.0)

    def _expire(self, key: str, now: float) -> collections.deque[float]:
        stamps = self._failures.get(key, collections.deque())
        while stamps and stamps[0] <= now - self._window:
            stamps.popleft()
        while len(stamps) > self._max:
            stamps.popleft()
        if not stamps:
            self._failures.pop(key, None)
        return stamps

    def _sweep(self, now: float) -> None:
        for key in list(self._failures):
            self._expire(key, now)

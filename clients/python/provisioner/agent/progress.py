"""How far the agent has come: a bar on a terminal, plain lines otherwise, and
a report to the server about once a second."""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

from provisioner.agent.transport import AgentClient, AgentError

REPORT_SECONDS = 1.0
LINE_SECONDS = 10.0
_BAR_WIDTH = 30


class Progress:
    """Thread-safe counters of bytes gone through and bytes sent or received;
    a background thread shows them and reports them to the server."""

    def __init__(
        self, client: AgentClient, total: int, verb: str, out: TextIO = sys.stderr
    ):
        self.total = total
        self._client = client
        self._verb = verb
        self._out = out
        self._terminal = out.isatty()
        self._lock = threading.Lock()
        self._done = 0
        self._transferred = 0
        self._started = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="progress", daemon=True)

    def __enter__(self) -> Progress:
        self._thread.start()
        return self

    def __exit__(self, exc_type, *exc_info) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        if self._terminal:
            self._out.write("\n")
        if exc_type is None:
            # The last figures, so that the job shows where it ended.
            done, transferred = self.snapshot()
            self._client.report(done, transferred, self.line())

    def advance(self, done: int = 0, transferred: int = 0) -> None:
        with self._lock:
            self._done += done
            self._transferred += transferred

    def snapshot(self) -> tuple[int, int]:
        with self._lock:
            return self._done, self._transferred

    def line(self) -> str:
        done, transferred = self.snapshot()
        elapsed = max(time.monotonic() - self._started, 1e-6)
        rate = done / elapsed
        percent = 100 * done / self.total if self.total else 100
        eta = (self.total - done) / rate if rate else 0
        return (
            f"{self._verb} {percent:5.1f}%  {_size(done)} of {_size(self.total)}  "
            f"{_size(rate)}/s  {_size(transferred)} over the network  ETA {eta:.0f} s"
        )

    def _run(self) -> None:
        last_line = 0.0
        while not self._stop.wait(REPORT_SECONDS):
            self._show(last_line)
            if not self._terminal and time.monotonic() - last_line >= LINE_SECONDS:
                last_line = time.monotonic()
            done, transferred = self.snapshot()
            try:
                self._client.report(done, transferred, self.line())
            except AgentError:
                pass  # progress is advisory; the work itself will fail loudly

    def _show(self, last_line: float) -> None:
        if self._terminal:
            done, _ = self.snapshot()
            filled = int(_BAR_WIDTH * done / self.total) if self.total else _BAR_WIDTH
            bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
            self._out.write(f"\r[{bar}] {self.line()}")
            self._out.flush()
        elif time.monotonic() - last_line >= LINE_SECONDS:
            self._out.write(self.line() + "\n")
            self._out.flush()


def _size(count: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if count < 1024 or unit == "GiB":
            return f"{count:.1f} {unit}" if unit != "B" else f"{count:.0f} B"
        count /= 1024
    return f"{count:.1f} TiB"

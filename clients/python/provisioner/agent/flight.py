"""Work in flight on a pool of threads, a part's worth at a time, with at most
a few parts waiting: what bounds the agent's memory, whatever the disk."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

PARTS_IN_FLIGHT = 2


class Flight:
    def __init__(self, workers: int):
        self.pool = ThreadPoolExecutor(workers, thread_name_prefix="chunk")
        self._pending: list[Future] = []
        self._room = threading.Semaphore(PARTS_IN_FLIGHT)

    def send(self, tasks: list[Callable[[], None]]) -> None:
        """Runs one part's tasks on the pool; waits first while
        PARTS_IN_FLIGHT parts are under way."""
        if not tasks:
            return
        self._room.acquire()
        left = [len(tasks)]
        lock = threading.Lock()

        def one_done(_future: Future) -> None:
            with lock:
                left[0] -= 1
                last = left[0] == 0
            if last:
                self._room.release()

        for task in tasks:
            future = self.pool.submit(task)
            future.add_done_callback(one_done)
            self._pending.append(future)

    def drain(self) -> None:
        """Waits for every task sent; raises the first failure."""
        pending, self._pending = self._pending, []
        for future in pending:
            future.result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

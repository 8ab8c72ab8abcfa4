"""The threads gRPC handlers run on: calls on a few, response streams apart.

Python runs one thread at a time, so more threads serving calls only wait for
each other: past a few, each call costs more CPU. But a watch stream holds its
thread for as long as it is open. The server therefore gets this executor,
which runs response streams on a pool of their own and every other call on
`workers` threads.

NOTE(executor): grpcio submits every handler through the same executor; the
only sign of a response stream is the name of the function it submits
(_stream_response_in_pool in grpc/_server.py). If a grpcio release renames it,
streams run on the call pool: slower under load, never wrong.
"""

from __future__ import annotations

from concurrent import futures

_STREAM_RUNNERS = frozenset({"_stream_response_in_pool"})


class HandlerExecutor(futures.Executor):
    def __init__(self, workers: int, stream_workers: int):
        self._calls = futures.ThreadPoolExecutor(workers, thread_name_prefix="rpc")
        self._streams = futures.ThreadPoolExecutor(
            stream_workers, thread_name_prefix="rpc-stream"
        )

    def submit(self, fn, /, *args, **kwargs) -> futures.Future:
        streaming = getattr(fn, "__name__", "") in _STREAM_RUNNERS
        pool = self._streams if streaming else self._calls
        return pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        for pool in (self._calls, self._streams):
            pool.shutdown(wait=wait, cancel_futures=cancel_futures)

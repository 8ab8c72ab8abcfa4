"""One load-generating client process: WhoAmI calls, K in flight, for a set time.

The parent writes a JSON job on stdin (target, metadata, start time, warm-up,
duration, concurrency) and reads one JSON result from stdout: the calls that
completed inside the measured window, their latencies in microseconds, and the
failures by status code. Several such processes, started by bench_auth, share
one start time so that their windows coincide.
"""

from __future__ import annotations

import asyncio
import collections
import json
import signal
import sys
import time
from dataclasses import dataclass, field

import grpc

from provisioner.v1 import auth_service_pb2 as pb
from provisioner.v1 import auth_service_pb2_grpc

CALL_TIMEOUT_SECONDS = 5.0
CONNECT_TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class Job:
    target: str
    metadata: tuple[tuple[str, str], ...]
    start_wall: float  # time.time() at which every client begins
    warmup: float
    duration: float
    concurrency: int

    @classmethod
    def from_json(cls, text: str) -> Job:
        data = json.loads(text)
        data["metadata"] = tuple(tuple(pair) for pair in data["metadata"])
        return cls(**data)


@dataclass
class Tally:
    calls: int = 0
    latencies_us: list[int] = field(default_factory=list)
    errors: collections.Counter = field(default_factory=collections.Counter)


async def run(job: Job) -> Tally:
    """Runs the job's calls and tallies those that complete inside the measured
    window."""
    tally = Tally()
    async with grpc.aio.insecure_channel(job.target) as channel:
        await asyncio.wait_for(channel.channel_ready(), CONNECT_TIMEOUT_SECONDS)
        stub = auth_service_pb2_grpc.AuthServiceStub(channel)

        # Convert the shared wall-clock start into this process's monotonic clock.
        start = time.monotonic() + (job.start_wall - time.time())
        await asyncio.sleep(max(0.0, start - time.monotonic()))
        window = (start + job.warmup, start + job.warmup + job.duration)
        await asyncio.gather(
            *(
                _caller(stub, job.metadata, window, tally)
                for _ in range(job.concurrency)
            )
        )
    return tally


async def _caller(stub, metadata, window: tuple[float, float], tally: Tally) -> None:
    request = pb.WhoAmIRequest()
    measure_from, stop_at = window
    while (began := time.monotonic()) < stop_at:
        try:
            await stub.WhoAmI(request, metadata=metadata, timeout=CALL_TIMEOUT_SECONDS)
        except grpc.aio.AioRpcError as error:
            tally.errors[error.code().name] += 1
            continue
        ended = time.monotonic()
        if measure_from <= ended <= stop_at:
            tally.calls += 1
            tally.latencies_us.append(round((ended - began) * 1_000_000))


def main() -> int:
    job = Job.from_json(sys.stdin.read())
    # A hard bound, whatever happens to the server or the parent.
    signal.alarm(int(job.start_wall - time.time() + job.warmup + job.duration) + 30)
    tally = asyncio.run(run(job))
    json.dump(
        {
            "calls": tally.calls,
            "latencies_us": tally.latencies_us,
            "errors": dict(tally.errors),
        },
        sys.stdout,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

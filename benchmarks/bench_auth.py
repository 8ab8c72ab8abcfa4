"""Authenticated unary calls per second: provisiond against a bare grpcio server.

Each round runs the same load against a bare grpcio server answering
AuthService.WhoAmI with a canned response (the reference), and against
provisiond answering WhoAmI through the whole call pipeline with a bearer token,
once per log level. Servers and clients are separate processes, so that no two
share a GIL. The machine may be shared and noisy: rounds interleave the servers
and the report compares medians.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from benchmarks.processes import Children, free_port, read_line
from provisiond.config import Settings
from provisioner.v1 import auth_service_pb2, auth_service_pb2_grpc

REFERENCE = "bare grpcio"
USER = "bench"
PASSWORD = "benchmark password, loopback only"  # noqa: S105 - a throwaway APID
# Time the client processes get to import and connect before the load starts.
CLIENT_START_DELAY_SECONDS = 2.0
SERVER_START_TIMEOUT_SECONDS = 30.0
# What the reference is sent instead of a session: as long as a real token, so
# that both servers receive requests of the same size.
UNCHECKED_TOKEN = "pvs_" + "x" * 43
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")

Metadata = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Measurement:
    """One run of the load against one server."""

    calls_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    server_cpu: float  # cores the server process kept busy, on average


class BenchError(Exception):
    """A server or client did not behave; the benchmark cannot go on."""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    _check_args(parser, args)
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _interrupt)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-auth-") as tmp:
            with Children() as children:
                results = Bench(args, Path(tmp), children).run()
    except KeyboardInterrupt:
        print("\ninterrupted; every server and client is stopped", file=sys.stderr)
        return 130
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    passed = report(results, args)
    return 0 if passed or not args.check else 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bench-auth", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--duration",
        type=float,
        default=10.0,
        help="measured seconds per run (default 10)",
    )
    parser.add_argument(
        "--warmup",
        type=float,
        default=2.0,
        help="seconds of load before measuring (default 2)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="rounds, each running every server once (default 3)",
    )
    parser.add_argument(
        "--clients", type=int, default=2, help="client processes (default 2)"
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=8,
        help="calls in flight per client process (default 8)",
    )
    parser.add_argument(
        "--log-levels",
        default="INFO,WARNING",
        help="provisiond log levels to measure, comma-separated; "
        "INFO writes one line per call (default INFO,WARNING)",
    )
    parser.add_argument(
        "--target",
        type=float,
        default=0.6,
        help="lowest acceptable ratio to the reference (default 0.6)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit with status 2 when a ratio is below --target",
    )
    return parser


def _check_args(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if min(args.duration, args.rounds, args.clients, args.concurrency) <= 0:
        parser.error(
            "--duration, --rounds, --clients and --concurrency must be above 0"
        )
    if args.warmup < 0:
        parser.error("--warmup must not be negative")
    args.log_levels = [level.strip().upper() for level in args.log_levels.split(",")]
    unknown = [level for level in args.log_levels if level not in LOG_LEVELS]
    if unknown or not args.log_levels:
        parser.error(f"--log-levels takes some of {', '.join(LOG_LEVELS)}")


def _interrupt(signum, _frame) -> None:
    raise KeyboardInterrupt


class Bench:
    """Prepares a data directory with an APID, then runs the rounds."""

    def __init__(self, args: argparse.Namespace, tmp: Path, children: Children):
        self._args = args
        self._tmp = tmp
        self._children = children
        self._data_dir = tmp / "data"
        self._config = tmp / "empty.toml"
        self._credential = ""
        self._runs = 0

    def run(self) -> dict[str, list[Measurement]]:
        """Measurements by server label, one per round."""
        self._prepare()
        subjects = [REFERENCE, *(f"provisiond {lvl}" for lvl in self._args.log_levels)]
        results: dict[str, list[Measurement]] = {label: [] for label in subjects}

        for number in range(self._args.rounds):
            # Rotate the order so that no server always runs first or last.
            shift = number % len(subjects)
            for label in subjects[shift:] + subjects[:shift]:
                with self._server(label) as (target, metadata, pid):
                    measurement = self._load(target, metadata, pid)
                results[label].append(measurement)
                _progress(number + 1, label, measurement)
        return results

    def _prepare(self) -> None:
        self._config.write_text("")
        common = ["--config", str(self._config), "--data-dir", str(self._data_dir)]
        created = self._admin(
            [
                "provisioner-apid",
                *common,
                "create",
                "--user",
                USER,
                "--network",
                "127.0.0.1",
                "--scope",
                "admin",
                "--password-stdin",
            ],
            PASSWORD + "\n",
        )
        for line in created.splitlines():
            if line.startswith("credential:"):
                self._credential = line.split(":", 1)[1].strip()
        if not self._credential:
            raise BenchError(f"provisioner-apid printed no credential:\n{created}")
        self._admin(["provisioner-api", *common, "enable"], "")

    def _admin(self, args: list[str], stdin: str) -> str:
        if shutil.which(args[0]) is None:
            raise BenchError(f"{args[0]} is not on PATH; run pip install -e . first")
        proc = self._children.spawn(
            args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        out, err = proc.communicate(stdin.encode(), timeout=60)
        self._children.stop(proc)
        if proc.returncode != 0:
            raise BenchError(f"{' '.join(args[:2])} failed: {err.decode().strip()}")
        return out.decode()

    @contextlib.contextmanager
    def _server(self, label: str) -> Iterator[tuple[str, Metadata, int]]:
        self._runs += 1
        if label == REFERENCE:
            proc, target = self._start_reference()
        else:
            proc, target = self._start_provisiond(label.split()[-1])
        try:
            token = UNCHECKED_TOKEN if label == REFERENCE else self._login(target)
            yield target, (("authorization", f"Bearer {token}"),), proc.pid
        finally:
            self._children.stop(proc)

    def _start_reference(self):
        proc = self._children.spawn(
            [
                sys.executable,
                "-m",
                "benchmarks.echo_server",
                "--max-workers",
                str(Settings().max_workers),
            ],
            stdout=subprocess.PIPE,
        )
        line = read_line(proc, SERVER_START_TIMEOUT_SECONDS)
        if not line.startswith("port "):
            raise BenchError("the reference server did not start")
        return proc, f"127.0.0.1:{int(line.split()[1])}"

    def _start_provisiond(self, level: str):
        target = f"127.0.0.1:{free_port()}"
        log = self._tmp / f"provisiond-{self._runs}-{level}.log"
        with log.open("wb") as stream:
            proc = self._children.spawn(
                [
                    "provisiond",
                    "--config",
                    str(self._config),
                    "--data-dir",
                    str(self._data_dir),
                    "--grpc-listen",
                    target,
                    "--log-level",
                    level,
                    "--grace-seconds",
                    "1",
                ],
                stdout=stream,
                stderr=stream,
            )
        try:
            _wait_serving(target, proc)
        except BenchError:
            self._children.stop(proc)
            raise BenchError(
                f"provisiond did not start; its log:\n{_tail(log)}"
            ) from None
        return proc, target

    def _login(self, target: str) -> str:
        """A session token from provisiond at `target`."""
        with grpc.insecure_channel(target) as channel:
            stub = auth_service_pb2_grpc.AuthServiceStub(channel)
            request = auth_service_pb2.CreateSessionRequest(
                apid=self._credential, user_name=USER, password=PASSWORD
            )
            try:
                return stub.CreateSession(request, timeout=10).token
            except grpc.RpcError as exc:
                raise BenchError(f"CreateSession failed: {exc.details()}") from None

    def _load(self, target: str, metadata: Metadata, server_pid: int) -> Measurement:
        args = self._args
        start_wall = time.time() + CLIENT_START_DELAY_SECONDS
        job = json.dumps(
            {
                "target": target,
                "metadata": metadata,
                "start_wall": start_wall,
                "warmup": args.warmup,
                "duration": args.duration,
                "concurrency": args.concurrency,
            }
        ).encode()
        procs = [
            self._children.spawn(
                [sys.executable, "-m", "benchmarks.loadgen"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
            for _ in range(args.clients)
        ]
        try:
            for proc in procs:
                proc.stdin.write(job)
                proc.stdin.close()
            server_cpu = _cpu_during(
                server_pid, start_wall + args.warmup, args.duration
            )
            tallies = [self._tally(proc) for proc in procs]
        finally:
            # Clients go before their server, even on Ctrl-C.
            for proc in procs:
                self._children.stop(proc)
        return _measurement(tallies, args.duration, server_cpu)

    def _tally(self, proc: subprocess.Popen) -> dict:
        # A client ends by itself: its calls stop at the end of the window, and
        # an alarm bounds it.
        output = proc.stdout.read()
        proc.wait()
        if proc.returncode != 0:
            raise BenchError(f"a load client exited with status {proc.returncode}")
        return json.loads(output)


def _wait_serving(target: str, proc) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_SECONDS
    request = health_pb2.HealthCheckRequest(service="")
    with grpc.insecure_channel(target) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                reply = stub.Check(request, timeout=1, wait_for_ready=True)
            except grpc.RpcError:
                continue
            if reply.status == health_pb2.HealthCheckResponse.SERVING:
                return
            time.sleep(0.1)
    raise BenchError(f"no server answered health checks on {target}")


def _cpu_during(pid: int, start_wall: float, duration: float) -> float:
    """The CPU seconds per second `pid` used in the window from `start_wall`."""
    time.sleep(max(0.0, start_wall - time.time()))
    before = _cpu_seconds(pid)
    time.sleep(duration)
    return (_cpu_seconds(pid) - before) / duration


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        # Fields after the parenthesised command name; utime and stime are
        # the 14th and 15th fields of the whole line.
        fields = stat.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _measurement(
    tallies: list[dict], duration: float, server_cpu: float
) -> Measurement:
    latencies = sorted(us for tally in tallies for us in tally["latencies_us"])
    calls = sum(tally["calls"] for tally in tallies)
    errors = sum(sum(tally["errors"].values()) for tally in tallies)
    return Measurement(
        calls_per_second=calls / duration,
        p50_ms=_percentile(latencies, 50) / 1000,
        p99_ms=_percentile(latencies, 99) / 1000,
        errors=errors,
        server_cpu=server_cpu,
    )


def _percentile(ordered: list[int], percent: float) -> float:
    """Nearest-rank percentile of an ascending list; 0 for an empty one."""
    if not ordered:
        return 0.0
    rank = max(1, -(-len(ordered) * percent // 100))
    return float(ordered[int(rank) - 1])


def _tail(path: Path, lines: int = 20) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def _progress(number: int, label: str, m: Measurement) -> None:
    print(
        f"round {number}: {label:<20} {m.calls_per_second:8.0f} calls/s  "
        f"p50 {m.p50_ms:.2f} ms  p99 {m.p99_ms:.2f} ms",
        file=sys.stderr,
        flush=True,
    )


def report(results: dict[str, list[Measurement]], args: argparse.Namespace) -> bool:
    """Prints the table and the ratios; whether every ratio meets the target."""
    print(
        f"\ngrpcio {grpc.__version__}, {args.clients} client processes x "
        f"{args.concurrency} calls in flight, {args.duration:g} s measured after "
        f"{args.warmup:g} s warm-up, {args.rounds} rounds\n"
    )
    print(
        f"{'server':<20} {'round':>5} {'calls/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'errors':>7} {'srv CPU':>8} {'CPU us/call':>12}"
    )
    for label, runs in results.items():
        for number, m in enumerate(runs, 1):
            print(_row(label, str(number), m))
        median = Measurement(
            *(
                statistics.median(getattr(m, name) for m in runs)
                for name in Measurement.__dataclass_fields__
            )
        )
        print(_row(label, "med", median))
    print()

    reference = _median(results[REFERENCE], "calls_per_second")
    passed = True
    for label, runs in results.items():
        if label == REFERENCE:
            continue
        ratio = _median(runs, "calls_per_second") / reference if reference else 0.0
        errors = sum(m.errors for m in runs)
        ok = ratio >= args.target and errors == 0
        passed = passed and ok
        note = f"  ({errors} failed calls)" if errors else ""
        print(
            f"ratio ({label} / {REFERENCE}): {ratio:.2f}  "
            f"target >= {args.target:.2f}  {'PASS' if ok else 'FAIL'}{note}"
        )
    return passed


def _row(label: str, run: str, m: Measurement) -> str:
    per_call = m.server_cpu / m.calls_per_second * 1e6 if m.calls_per_second else 0.0
    return (
        f"{label:<20} {run:>5} {m.calls_per_second:9.0f} {m.p50_ms:8.2f} "
        f"{m.p99_ms:8.2f} {m.errors:7.0f} {m.server_cpu:8.2f} {per_call:12.0f}"
    )


def _median(runs: list[Measurement], name: str) -> float:
    return statistics.median(getattr(m, name) for m in runs)


if __name__ == "__main__":
    raise SystemExit(main())

"""Boot storm: per-MAC configurations per second from provisiond's boot servers,
against tftpd-hpa and nginx serving the same bytes as static files.

Every client asks for the configuration of its own MAC, again and again:
PXELINUX configs over TFTP (with the blksize and tsize options PXELINUX sends),
then iPXE scripts over HTTP (keep-alive, one request in flight per
connection). The load generator is the same program for both sides of a
comparison and runs in its own process; so does each server. provisiond's
boot servers run as the daemon runs them: over a SQLite database in which
every client's host is registered and armed, so that each request looks the
host up, renders its config and records a BOOT_CONFIG_SERVED event, and with
one INFO line logged per request; nginx writes its access log too. The
references serve, as static files, the very bytes provisiond rendered.
"""

from __future__ import annotations

import abc
import argparse
import json
import os
import pwd
import selectors
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, fields
from pathlib import Path

from benchmarks.processes import Children, free_port, nginx_conf, read_line
from provisiond.boot.backend import ConfigKind

TFTPD = "/usr/sbin/in.tftpd"
TFTP_REFERENCE = "tftpd-hpa"
HTTP_REFERENCE = "nginx"
PROJECT = "provisiond"
SERVER_START_TIMEOUT_SECONDS = 20.0
# Time the load process gets to start before its clients begin.
CLIENT_START_DELAY_SECONDS = 1.0
# A client resends after this long without an answer, up to RESENDS times,
# then counts the request as failed and starts the next one.
RESEND_SECONDS = 1.0
RESENDS = 3
KICKSTART = "lang {{ locale }}\nnetwork --hostname={{ host.hostname }}\n"
# What PXELINUX asks for in its read requests.
TFTP_OPTIONS = b"blksize\x001408\x00tsize\x000\x00"
TFTP_BLKSIZE = 1408


@dataclass(frozen=True)
class Measurement:
    """One run of the load against one server."""

    per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    server_cpu: float  # cores the server kept busy, on average
    client_cpu: float  # cores the load generator kept busy, on average


class BenchError(Exception):
    """A server or client did not behave; the benchmark cannot go on."""


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child:
        return _child()
    if min(args.seconds, args.rounds, *args.clients) <= 0 or args.warmup < 0:
        _parser().error("--seconds, --rounds and --clients must be above 0")
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _interrupt)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-boot-") as tmp:
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
        prog="bench-boot", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--seconds", type=float, default=5.0, help="measured seconds per run (5)"
    )
    parser.add_argument(
        "--warmup", type=float, default=1.0, help="seconds of load before (1)"
    )
    parser.add_argument(
        "--rounds", type=int, default=1, help="runs of each server, interleaved (1)"
    )
    parser.add_argument(
        "--clients",
        type=lambda text: [int(n) for n in text.split(",")],
        default=[50, 200],
        help="concurrent clients, comma-separated (50,200)",
    )
    parser.add_argument(
        "--tftp-target",
        type=float,
        default=1.0,
        help="lowest acceptable TFTP ratio, provisiond / tftpd-hpa (1.0)",
    )
    parser.add_argument(
        "--http-target",
        type=float,
        default=0.1,
        help="lowest acceptable HTTP ratio, provisiond / nginx (0.1)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit with status 2 when a ratio is below its target",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    return parser


def _interrupt(signum, _frame) -> None:
    raise KeyboardInterrupt


class Bench:
    """Starts the four servers once, then runs the load against each in turn."""

    def __init__(self, args: argparse.Namespace, tmp: Path, children: Children):
        self._args = args
        self._tmp = tmp
        self._children = children
        self._macs = [
            f"52:54:00:{n >> 16 & 255:02x}:{n >> 8 & 255:02x}:{n & 255:02x}"
            for n in range(max(args.clients))
        ]
        self._static = tmp / "static"
        self._sizes: dict[str, list[int]] = {}

    def run(self) -> dict[tuple[str, int, str], list[Measurement]]:
        """Measurements by (protocol, clients, server), one per round."""
        pids, ports = {}, {}
        pids[PROJECT], (ports["tftp", PROJECT], ports["http", PROJECT]) = (
            self._start_project()
        )
        self._measure_static()
        pids[TFTP_REFERENCE], ports["tftp", TFTP_REFERENCE] = self._start_tftpd()
        pids[HTTP_REFERENCE], ports["http", HTTP_REFERENCE] = self._start_nginx()

        results: dict[tuple[str, int, str], list[Measurement]] = {}
        for protocol, reference in (("tftp", TFTP_REFERENCE), ("http", HTTP_REFERENCE)):
            for clients in self._args.clients:
                subjects = [PROJECT, reference]
                for number in range(self._args.rounds):
                    # Alternate the order, so that neither always runs first.
                    for subject in subjects[number % 2 :] + subjects[: number % 2]:
                        port = ports[protocol, subject]
                        m = self._load(protocol, port, clients, pids[subject])
                        results.setdefault((protocol, clients, subject), []).append(m)
                        _progress(protocol, clients, subject, m)
        return results

    def _measure_static(self) -> None:
        """Notes the sizes of the references' files, which provisiond wrote,
        and lets the reference servers, which drop privileges, read them."""
        for kind, name in (
            (ConfigKind.PXELINUX, _tftp_name),
            (ConfigKind.IPXE, _http_path),
        ):
            self._sizes[kind.value] = [
                (self._static / name(mac).lstrip("/")).stat().st_size
                for mac in self._macs
            ]
        for path in (self._tmp, *self._static.rglob("*"), self._static):
            path.chmod(0o755 if path.is_dir() else 0o644)

    def _start_project(self) -> tuple[int, tuple[int, int]]:
        log = self._tmp / "provisiond.log"
        job = {
            "role": "serve",
            "macs": self._macs,
            "log": str(log),
            "data_dir": str(self._tmp / "provisiond"),
            "static": str(self._static),
        }
        proc = self._child(job)
        line = read_line(proc, SERVER_START_TIMEOUT_SECONDS)
        if not line.startswith("ports "):
            raise BenchError(f"provisiond's boot servers did not start: {line!r}")
        tftp_port, http_port = (int(n) for n in line.split()[1:3])
        return proc.pid, (tftp_port, http_port)

    def _start_tftpd(self) -> tuple[int, int]:
        if not os.path.exists(TFTPD):
            raise BenchError(f"{TFTPD} is missing; install the tftpd-hpa package")
        port = _free_udp_port()
        args = [TFTPD, "--foreground", "--address", f"127.0.0.1:{port}"]
        if os.getuid() == 0:
            # --secure chroots, which needs root; run as this user, who owns
            # the files.
            args += ["--secure", "--user", pwd.getpwuid(os.getuid()).pw_name]
        proc = self._children.spawn([*args, str(self._static)])
        probe = _tftp_name(self._macs[0])
        if not _wait(lambda: _tftp_fetch(port, probe) is not None, proc):
            raise BenchError("tftpd-hpa did not answer")
        return proc.pid, port

    def _start_nginx(self) -> tuple[int, int]:
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        if not os.path.exists(nginx):
            raise BenchError("nginx is missing; install the nginx-light package")
        port = free_port()
        conf = self._tmp / "nginx.conf"
        conf.write_text(nginx_conf(self._tmp, self._static, port))
        proc = self._children.spawn(
            [
                nginx,
                "-c",
                str(conf),
                "-e",
                str(self._tmp / "nginx-error.log"),
                "-g",
                "daemon off;",
            ]  # fmt: skip
        )
        path = _http_path(self._macs[0])
        if not _wait(lambda: _http_fetch(port, path) == 200, proc):
            raise BenchError("nginx did not answer")
        return proc.pid, port

    def _child(self, job: dict) -> subprocess.Popen:
        proc = self._children.spawn(
            [sys.executable, "-m", "benchmarks.bench_boot", "--child"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        proc.stdin.write(json.dumps(job).encode())
        proc.stdin.close()
        return proc

    def _load(
        self, protocol: str, port: int, clients: int, server_pid: int
    ) -> Measurement:
        args = self._args
        start_wall = time.time() + CLIENT_START_DELAY_SECONDS
        names = self._macs[:clients]
        kind = ConfigKind.PXELINUX if protocol == "tftp" else ConfigKind.IPXE
        name = _tftp_name if protocol == "tftp" else _http_path
        job = {
            "role": f"{protocol}-load",
            "port": port,
            "names": [name(mac) for mac in names],
            "sizes": self._sizes[kind.value][:clients],
            "start_wall": start_wall,
            "warmup": args.warmup,
            "duration": args.seconds,
        }
        proc = self._child(job)
        try:
            server_cpu = _cpu_during(server_pid, start_wall + args.warmup, args.seconds)
            output = proc.stdout.read()
            proc.wait()
        finally:
            self._children.stop(proc)
        if proc.returncode != 0:
            raise BenchError(f"a load generator exited with status {proc.returncode}")
        tally = json.loads(output)
        latencies = sorted(tally["latencies_us"])
        return Measurement(
            per_second=len(latencies) / args.seconds,
            p50_ms=_percentile(latencies, 50) / 1000,
            p99_ms=_percentile(latencies, 99) / 1000,
            errors=sum(tally["errors"].values()),
            server_cpu=server_cpu,
            client_cpu=tally["cpu_seconds"] / args.seconds,
        )


def _tftp_name(mac: str) -> str:
    return "pxelinux.cfg/01-" + mac.replace(":", "-")


def _http_path(mac: str) -> str:
    return "/ipxe/" + mac


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(ready, proc: subprocess.Popen) -> bool:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_SECONDS
    while time.monotonic() < deadline and proc.poll() is None:
        if ready():
            return True
        time.sleep(0.1)
    return False


def _tftp_fetch(port: int, name: str) -> bytes | None:
    """`name` over TFTP without options, or None; for readiness probes."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(0.5)
        sock.sendto(b"\0\1" + name.encode() + b"\0octet\0", ("127.0.0.1", port))
        data = b""
        try:
            while True:
                packet, server = sock.recvfrom(65536)
                if packet[:2] != b"\0\3":
                    return None
                data += packet[4:]
                sock.sendto(b"\0\4" + packet[2:4], server)
                if len(packet) - 4 < 512:
                    return data
        except OSError:
            return None


def _http_fetch(port: int, path: str) -> int:
    """The status of a GET of `path`, or 0; for readiness probes."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(f"GET {path} HTTP/1.0\r\n\r\n".encode())
            return int(sock.recv(64).split()[1])
    except (OSError, IndexError, ValueError):
        return 0


def _cpu_during(pid: int, start_wall: float, duration: float) -> float:
    """The CPU seconds per second that `pid` and its children used in the
    window from `start_wall`."""
    time.sleep(max(0.0, start_wall - time.time()))
    before = _cpu_seconds(pid)
    time.sleep(duration)
    return (_cpu_seconds(pid) - before) / duration


def _cpu_seconds(pid: int) -> float:
    """CPU seconds of `pid`, its reaped children and its live children (such as
    nginx's worker and tftpd-hpa's transfers)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            # utime, stime, cutime, cstime follow the command name.
            ticks = sum(int(f) for f in stat.read().rpartition(")")[2].split()[11:15])
        with open(f"/proc/{pid}/task/{pid}/children") as listing:
            children = [int(child) for child in listing.read().split()]
    except (OSError, ValueError):
        return 0.0  # it ended meanwhile
    return ticks / os.sysconf("SC_CLK_TCK") + sum(_cpu_seconds(c) for c in children)


def _percentile(ordered: list[int], percent: float) -> float:
    """Nearest-rank percentile of an ascending list; 0 for an empty one."""
    if not ordered:
        return 0.0
    rank = max(1, -(-len(ordered) * percent // 100))
    return float(ordered[int(rank) - 1])


def _progress(protocol: str, clients: int, subject: str, m: Measurement) -> None:
    print(
        f"{protocol} {clients:>4} clients  {subject:<10} {m.per_second:8.0f}/s  "
        f"p50 {m.p50_ms:7.2f} ms  p99 {m.p99_ms:7.2f} ms  errors {m.errors}",
        file=sys.stderr,
        flush=True,
    )


def report(
    results: dict[tuple[str, int, str], list[Measurement]], args: argparse.Namespace
) -> bool:
    """Prints the table and the ratios; whether every ratio meets its target."""
    print(
        f"\n{args.seconds:g} s measured after {args.warmup:g} s warm-up, "
        f"{args.rounds} round(s); medians over rounds\n"
    )
    print(
        f"{'protocol':<8} {'clients':>7} {'server':<10} {'per s':>8} {'p50 ms':>8} "
        f"{'p99 ms':>8} {'errors':>7} {'srv CPU':>8} {'us/req':>7} {'load CPU':>9}"
    )
    medians = {key: _median(runs) for key, runs in results.items()}
    for (protocol, clients, subject), m in medians.items():
        per_request = m.server_cpu / m.per_second * 1e6 if m.per_second else 0.0
        print(
            f"{protocol:<8} {clients:>7} {subject:<10} {m.per_second:8.0f} "
            f"{m.p50_ms:8.2f} {m.p99_ms:8.2f} {m.errors:7.0f} {m.server_cpu:8.2f} "
            f"{per_request:7.0f} {m.client_cpu:9.2f}"
        )
    print()

    passed = True
    for protocol, reference, target in (
        ("tftp", TFTP_REFERENCE, args.tftp_target),
        ("http", HTTP_REFERENCE, args.http_target),
    ):
        for clients in args.clients:
            ours, theirs = (
                medians[protocol, clients, PROJECT],
                medians[protocol, clients, reference],
            )
            ratio = ours.per_second / theirs.per_second if theirs.per_second else 0.0
            errors = sum(m.errors for m in results[protocol, clients, PROJECT])
            ok = ratio >= target and errors == 0
            passed = passed and ok
            note = f"  ({errors} failed requests)" if errors else ""
            print(
                f"{protocol} ratio, {clients} clients ({PROJECT} / {reference}): "
                f"{ratio:.2f}  target >= {target:.2f}  {'PASS' if ok else 'FAIL'}{note}"
            )
    return passed


def _median(runs: list[Measurement]) -> Measurement:
    return Measurement(
        *(
            statistics.median(getattr(m, f.name) for m in runs)
            for f in fields(Measurement)
        )
    )


# Child processes: provisiond's boot servers, and the load generators.


def _child() -> int:
    job = json.loads(sys.stdin.read())
    if job["role"] == "serve":
        return _serve(job)
    # A hard bound on a load generator, whatever happens to its server.
    signal.alarm(
        int(job["start_wall"] - time.time() + job["warmup"] + job["duration"]) + 30
    )
    load = _TftpLoad(job) if job["role"] == "tftp-load" else _HttpLoad(job)
    json.dump(load.run(), sys.stdout)
    return 0


def _serve(job: dict) -> int:
    """Runs provisiond's TFTP and HTTP boot servers until SIGTERM, after
    writing what they serve each MAC as the references' static files."""
    from provisiond import logs
    from provisiond.boot.http import BootHttpServer
    from provisiond.boot.tftp import TftpServer

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with open(job["log"], "a") as log, tempfile.TemporaryDirectory() as boot_dir:
        logs.configure(level="INFO", stream=log)
        backend = _armed_backend(Path(job["data_dir"]), job["macs"])
        _write_static(backend, job["macs"], Path(job["static"]))
        servers = [
            TftpServer("127.0.0.1", 0, Path(boot_dir), backend),
            BootHttpServer("127.0.0.1", 0, Path(boot_dir), backend),
        ]
        ports = [server.start() for server in servers]
        print("ports", *ports, flush=True)
        while not stop.wait(1.0):
            pass
        for server in servers:
            server.stop()
        logs.shutdown()
    return 0


def _armed_backend(data_dir: Path, macs: list[str]):
    """provisiond's boot backend over a new SQLite database in `data_dir`,
    with a host per MAC, every one armed to install Rocky Linux 9."""
    from provisiond.boot.provisioning_backend import ProvisioningBackend
    from provisiond.config import Settings
    from provisiond.core import catalog
    from provisiond.core.hosts import HostRecord
    from provisiond.core.provisioning import ProvisioningSpec
    from provisiond.core.records import Family, InstallerKind
    from provisiond.core.templates import Parameter
    from provisiond.db import database, migrations
    from provisiond.db.database import db
    from provisiond.services import Services

    data_dir.mkdir(parents=True)
    settings = Settings(data_dir=str(data_dir))
    database.open_database(settings.database_url)
    migrations.migrate()
    services = Services.build(settings)
    with db.connection_context():
        catalog.create_template(
            catalog.TemplateRecord(
                "rocky-ks",
                "Rocky kickstart",
                InstallerKind.KICKSTART,
                KICKSTART,
                (Parameter("locale", "en_US.UTF-8"),),
            )
        )
        catalog.create_os(
            catalog.OsRecord(
                "rocky-9",
                "Rocky Linux 9",
                Family.LINUX,
                InstallerKind.KICKSTART,
                "rocky9/vmlinuz",
                ("rocky9/initrd.img",),
                "inst.repo=http://mirror.example/rocky/9 ip=dhcp",
                "rocky-ks",
            )
        )
        for number, mac in enumerate(macs):
            host_id = f"node-{number:04d}"
            services.hosts.create(HostRecord(host_id, f"{host_id}.example.net", (mac,)))
            services.provisioner.arm(host_id, ProvisioningSpec("rocky-9"))
    return ProvisioningBackend(services.provisioner)


def _write_static(backend, macs: list[str], static: Path) -> None:
    for kind, name in (
        (ConfigKind.PXELINUX, _tftp_name),
        (ConfigKind.IPXE, _http_path),
    ):
        for mac in macs:
            path = static / name(mac).lstrip("/")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(backend.boot_config(kind, mac, "127.0.0.1"))


class _Load(abc.ABC):
    """One client per name, each asking for its name again and again; tallies
    the answers that complete inside the measured window."""

    def __init__(self, job: dict):
        self._port = job["port"]
        self._names = job["names"]
        self._sizes = job["sizes"]
        start = time.monotonic() + (job["start_wall"] - time.time())
        self._start = start
        self._window = (start + job["warmup"], start + job["warmup"] + job["duration"])
        self._selector = selectors.DefaultSelector()
        self._latencies: list[int] = []
        self._errors: dict[str, int] = {}

    def run(self) -> dict:
        time.sleep(max(0.0, self._start - time.monotonic()))
        cpu_before = time.process_time()
        for client in range(len(self._names)):
            self._begin(client)
        next_sweep = time.monotonic()
        while (now := time.monotonic()) < self._window[1]:
            for key, _ in self._selector.select(0.05):
                self._readable(key.data)
            if now >= next_sweep:
                self._sweep(now)
                next_sweep = now + 0.1
        cpu = time.process_time() - cpu_before
        measured = cpu * self._window_share()
        return {
            "latencies_us": self._latencies,
            "errors": self._errors,
            "cpu_seconds": measured,
        }

    def _window_share(self) -> float:
        # The CPU counted spans warm-up and measurement; scale to the latter.
        warmup, end = self._window[0] - self._start, self._window[1] - self._start
        return (end - warmup) / end if end else 0.0

    def _done(self, began: float, client: int, size: int) -> None:
        ended = time.monotonic()
        if size != self._sizes[client]:
            self._error("wrong size")
        elif self._window[0] <= ended <= self._window[1]:
            self._latencies.append(round((ended - began) * 1_000_000))

    def _error(self, what: str) -> None:
        now = time.monotonic()
        if self._window[0] <= now <= self._window[1]:
            self._errors[what] = self._errors.get(what, 0) + 1

    @abc.abstractmethod
    def _begin(self, client: int) -> None:
        """Sends the first request of `client`."""

    @abc.abstractmethod
    def _readable(self, state) -> None:
        """Handles what arrived on the socket of `state`."""

    @abc.abstractmethod
    def _sweep(self, now: float) -> None:
        """Resends or gives up on what has waited too long."""


@dataclass
class _TftpTransfer:
    client: int
    sock: socket.socket
    began: float
    last: bytes  # the last packet sent, for resending
    peer: tuple[str, int]
    due: float
    resends: int = 0
    received: int = 0
    block: int = 1


class _TftpLoad(_Load):
    """Reads over TFTP as PXELINUX does: options, OACK, ACK 0, data, ACKs."""

    def __init__(self, job: dict):
        super().__init__(job)
        self._transfers: dict[int, _TftpTransfer] = {}

    def _begin(self, client: int) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.setblocking(False)
        request = b"\0\1" + self._names[client].encode() + b"\0octet\0" + TFTP_OPTIONS
        now = time.monotonic()
        peer = ("127.0.0.1", self._port)
        transfer = _TftpTransfer(client, sock, now, request, peer, now + RESEND_SECONDS)
        self._transfers[client] = transfer
        self._selector.register(sock, selectors.EVENT_READ, transfer)
        sock.sendto(request, peer)

    def _readable(self, transfer: _TftpTransfer) -> None:
        try:
            packet, server = transfer.sock.recvfrom(65536)
        except OSError:
            return self._restart(transfer, "socket error")
        opcode = packet[1] if len(packet) > 1 else 0
        if opcode == 6:  # OACK: acknowledge it with block 0
            self._send(transfer, b"\0\4\0\0", server)
        elif opcode == 3 and struct.unpack("!H", packet[2:4])[0] == transfer.block:
            transfer.received += len(packet) - 4
            self._send(transfer, b"\0\4" + packet[2:4], server)
            transfer.block += 1
            if len(packet) - 4 < TFTP_BLKSIZE:
                self._done(transfer.began, transfer.client, transfer.received)
                self._restart(transfer, None)
        elif opcode == 5:
            self._restart(transfer, f"error packet {packet[2:4].hex()}")

    def _send(self, transfer: _TftpTransfer, packet: bytes, peer) -> None:
        transfer.last, transfer.peer = packet, peer
        transfer.due, transfer.resends = time.monotonic() + RESEND_SECONDS, 0
        transfer.sock.sendto(packet, peer)

    def _restart(self, transfer: _TftpTransfer, error: str | None) -> None:
        if error:
            self._error(error)
        self._selector.unregister(transfer.sock)
        transfer.sock.close()
        self._begin(transfer.client)

    def _sweep(self, now: float) -> None:
        for transfer in list(self._transfers.values()):
            if transfer.due > now:
                continue
            if transfer.resends >= RESENDS:
                self._restart(transfer, "timed out")
                continue
            transfer.resends += 1
            transfer.due = now + RESEND_SECONDS
            transfer.sock.sendto(transfer.last, transfer.peer)


@dataclass
class _HttpConnection:
    client: int
    sock: socket.socket | None = None
    began: float = 0.0
    due: float = 0.0
    buffer: bytes = b""


class _HttpLoad(_Load):
    """GETs over keep-alive connections, one request in flight on each."""

    def __init__(self, job: dict):
        super().__init__(job)
        self._connections = [_HttpConnection(n) for n in range(len(self._names))]

    def _begin(self, client: int) -> None:
        connection = self._connections[client]
        if connection.sock is None:
            connection.sock = socket.create_connection(("127.0.0.1", self._port))
            connection.sock.setblocking(False)
            self._selector.register(connection.sock, selectors.EVENT_READ, connection)
        connection.began = time.monotonic()
        connection.due = connection.began + RESEND_SECONDS * (RESENDS + 1)
        connection.buffer = b""
        request = f"GET {self._names[client]} HTTP/1.1\r\nHost: bench\r\n\r\n"
        connection.sock.sendall(request.encode())

    def _readable(self, connection: _HttpConnection) -> None:
        try:
            chunk = connection.sock.recv(65536)
        except OSError:
            chunk = b""
        if not chunk:
            return self._reconnect(connection, "connection closed")
        connection.buffer += chunk
        head, found, body = connection.buffer.partition(b"\r\n\r\n")
        if not found:
            return
        length = _content_length(head)
        if len(body) < length:
            return
        if not head.startswith(b"HTTP/1.1 200"):
            self._error(head.split(b"\r\n", 1)[0].decode(errors="replace"))
        else:
            self._done(connection.began, connection.client, length)
        self._begin(connection.client)

    def _reconnect(self, connection: _HttpConnection, error: str) -> None:
        self._error(error)
        self._selector.unregister(connection.sock)
        connection.sock.close()
        connection.sock = None
        self._begin(connection.client)

    def _sweep(self, now: float) -> None:
        for connection in self._connections:
            if connection.due <= now:
                self._reconnect(connection, "timed out")


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

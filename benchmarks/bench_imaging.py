"""Imaging throughput: capture and deploy of a disk file through provisiond and
provisioner-agent, against nginx serving the same raw image to curl.

One run, over loopback: a disk file of random, repeated, text and zero regions
is captured into an image, captured again unchanged, and deployed onto an
empty file; nginx (one worker, sendfile on) serves the same disk as a static
file to curl, which writes it to disk, the path a user of Ironic or of a
hand-made setup would take, in every round right after the agent. provisiond
runs as the daemon runs, its resident memory sampled throughout. Every figure
is printed, with the ratios.

NOTE(imaging): on two cores, capture and deploy are bound by the CPU the
agent and the server share. A first capture of the test disk hashes 1 GiB
with SHA-256 for the disk's digest (one core for about 0.8 s) and with BLAKE3
for the fingerprints, compresses what travels, and the server decompresses,
hashes and fsyncs a file for each chunk it lacked (about 1.6 s of its CPU);
curl leaves its bytes in the page cache. Measured on 2026-12-04 with nginx +
curl at 1.5-1.6 s: capture 0.66-0.75 of it, deploy 0.87-0.97, re-capture
speed-up 6.3-7.5, the server's peak RSS 185-205 MiB. A re-capture reads and
fingerprints 1 GiB in about 0.17 s and the agent's Python start and exit take
0.13 s more; the faster the first capture, the lower its ratio. On the machine
of an earlier session, where nginx + curl took 2.8 s: capture 1.10, deploy
1.81, speed-up 9.8. The targets of issue #4 (0.8, 1.0 and 10) are not all met.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import grpc

from benchmarks.processes import Children, free_port, nginx_conf
from provisiond.config import Settings
from provisiond.core import apids, deployment
from provisiond.db import database, migrations
from provisiond.db.database import db
from provisioner.v1 import (
    auth_service_pb2,
    auth_service_pb2_grpc,
    imaging_service_pb2_grpc,
    provisioning_service_pb2_grpc,
)
from provisioner.v1 import imaging_service_pb2 as ipb
from provisioner.v1 import provisioning_resources_pb2 as res
from provisioner.v1 import provisioning_service_pb2 as pb
from tests.disks import MIB, write_test_disk

USER = "bench"
PASSWORD = "imaging benchmark, loopback only"  # noqa: S105 - a throwaway APID
MAC = "52:54:00:be:00:01"
START_TIMEOUT_SECONDS = 30.0
JOB_TIMEOUT_SECONDS = 600.0
RSS_SAMPLE_SECONDS = 0.05
TARGETS = {"deploy": 1.0, "capture": 0.8, "recapture speed-up": 10.0}
RSS_LIMIT_MIB = 256


@dataclass
class Timing:
    seconds: float
    sha256: str


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if shutil.which("nginx") is None and not Path("/usr/sbin/nginx").exists():
        print("error: nginx is missing; apt-get install nginx-light", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-imaging-") as tmp:
        with Children() as children:
            passed = Bench(args, Path(tmp), children).run()
    return 0 if passed or not args.check else 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bench-imaging", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--size-mib", type=int, default=1024, help="disk size (1024)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each (3)")
    parser.add_argument(
        "--workers", type=int, default=4, help="agent's chunks in flight (4)"
    )
    parser.add_argument(
        "--check", action="store_true", help="exit 2 when a target is missed"
    )
    return parser


class Bench:
    def __init__(self, args: argparse.Namespace, tmp: Path, children: Children):
        self._args = args
        self._tmp = tmp
        self._children = children
        self._disk = tmp / "www" / "disk.img"
        self._peak_rss = 0
        self._sampling = threading.Event()

    def run(self) -> bool:
        self._disk.parent.mkdir()
        size = self._args.size_mib * MIB
        print(f"writing a {self._args.size_mib} MiB test disk...", flush=True)
        source_sha = write_test_disk(self._disk, size)
        self._disk.parent.chmod(0o755)
        self._disk.chmod(0o644)
        self._tmp.chmod(0o755)

        daemon = self._start_provisiond()
        self._nginx_port = self._start_nginx()
        sampler = threading.Thread(target=self._sample_rss, args=(daemon.pid,))
        self._sampling.set()
        sampler.start()
        try:
            results = self._measure(source_sha)
        finally:
            self._sampling.clear()
            sampler.join()
        return report(results, size, self._peak_rss)

    # provisiond ---------------------------------------------------------------

    def _start_provisiond(self) -> subprocess.Popen:
        data = self._tmp / "provisiond"
        self._grpc_port, http_port = free_port(), free_port()
        settings = Settings(data_dir=str(data))
        database.open_database(settings.database_url)
        migrations.migrate()
        with db.connection_context():
            deployment.set_api_enabled(True)
            _, self._credential = apids.create(
                USER, PASSWORD, ["127.0.0.1"], ["provisioning", "imaging"]
            )
        db.obj.close_all()
        log = (self._tmp / "provisiond.log").open("wb")
        proc = self._children.spawn(
            [
                "provisiond",
                "--data-dir",
                str(data),
                "--config",
                "/dev/null",
                "--grpc-listen",
                f"127.0.0.1:{self._grpc_port}",
                "--http-listen",
                f"127.0.0.1:{http_port}",
                "--tftp-listen",
                "",
                "--log-level",
                "WARNING",
            ],
            stdout=log,
            stderr=log,
        )
        self._http = f"http://127.0.0.1:{http_port}"
        self._channel = grpc.insecure_channel(f"127.0.0.1:{self._grpc_port}")
        grpc.channel_ready_future(self._channel).result(timeout=START_TIMEOUT_SECONDS)
        self._token = self._login()
        self._seed_catalogue()
        return proc

    def _login(self) -> str:
        stub = auth_service_pb2_grpc.AuthServiceStub(self._channel)
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while True:
            try:
                return stub.CreateSession(
                    auth_service_pb2.CreateSessionRequest(
                        apid=self._credential, user_name=USER, password=PASSWORD
                    ),
                    timeout=10,
                ).token
            except grpc.RpcError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def _call(self, stub, method: str, request):
        metadata = [("authorization", f"Bearer {self._token}")]
        return getattr(stub, method)(request, metadata=metadata, timeout=60)

    def _seed_catalogue(self) -> None:
        provisioning = provisioning_service_pb2_grpc.ProvisioningServiceStub(
            self._channel
        )
        self._call(
            provisioning,
            "CreateOperatingSystem",
            pb.CreateOperatingSystemRequest(
                operating_system_id="imaging-env",
                operating_system=res.OperatingSystem(
                    display_name="imaging environment",
                    family=res.OPERATING_SYSTEM_FAMILY_LINUX,
                    installer_kind=res.INSTALLER_KIND_IMAGE,
                    kernel="imaging/vmlinuz",
                ),
            ),
        )
        self._call(
            provisioning,
            "CreateHost",
            pb.CreateHostRequest(
                host_id="bench", host=res.Host(hostname="bench", mac_addresses=[MAC])
            ),
        )
        self._imaging = imaging_service_pb2_grpc.ImagingServiceStub(self._channel)

    def _measure(self, source_sha: str) -> dict[str, list[Timing]]:
        results: dict[str, list[Timing]] = {
            "capture": [],
            "recapture": [],
            "deploy": [],
            "nginx + curl": [],
        }
        for round_ in range(self._args.rounds):
            # A fresh store each round, so that every first capture is one.
            shutil.rmtree(self._tmp / "provisiond" / "chunks", ignore_errors=True)
            first = self._capture(f"first-{round_}")
            again = self._capture(f"again-{round_}")
            target = self._tmp / f"deployed-{round_}.img"
            target.touch()
            deployed = self._deploy(f"first-{round_}", target)
            for name, timing in (
                ("capture", first),
                ("recapture", again),
                ("deploy", deployed),
            ):
                _check(timing, source_sha, name)
                results[name].append(timing)
                print(
                    f"  round {round_ + 1}: {name} {timing.seconds:.2f} s", flush=True
                )
            target.unlink()
            # In the same round, so that the reference meets the machine (its
            # page cache, its other tenants) as the agent did.
            timing = self._curl(self._nginx_port, round_)
            _check(timing, source_sha, "curl")
            results["nginx + curl"].append(timing)
        return results

    def _capture(self, image_id: str) -> Timing:
        job = self._call(
            self._imaging,
            "CaptureImage",
            ipb.CaptureImageRequest(
                host="hosts/bench",
                image_id=image_id,
                imaging_environment="operatingSystems/imaging-env",
            ),
        ).job
        seconds = self._agent(self._disk)
        image = self._call(
            self._imaging, "GetImage", ipb.GetImageRequest(name=f"images/{image_id}")
        ).image
        self._check_job(job.name)
        return Timing(seconds, image.sha256)

    def _deploy(self, image_id: str, target: Path) -> Timing:
        (job,) = self._call(
            self._imaging,
            "DeployImage",
            ipb.DeployImageRequest(
                image=f"images/{image_id}",
                hosts=["hosts/bench"],
                imaging_environment="operatingSystems/imaging-env",
            ),
        ).jobs
        seconds = self._agent(target)
        self._check_job(job.name)
        return Timing(seconds, _file_sha256(target))

    def _agent(self, disk: Path) -> float:
        """Runs the agent on `disk` with the armed job's token, as the imaging
        environment would get it from its boot config; its wall time."""
        token = _token_of(
            subprocess.run(
                ["curl", "-fsS", f"{self._http}/ipxe/{MAC}"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        started = time.perf_counter()
        agent = subprocess.run(
            [
                sys.executable, "-m", "provisioner.agent", "run",
                "--server", f"127.0.0.1:{self._grpc_port}",
                "--token", token, "--disk", str(disk),
                "--workers", str(self._args.workers),
            ],
            capture_output=True, text=True, timeout=JOB_TIMEOUT_SECONDS,
        )  # fmt: skip
        seconds = time.perf_counter() - started
        if agent.returncode != 0:
            raise RuntimeError(f"the agent failed: {agent.stderr}")
        return seconds

    def _check_job(self, name: str) -> None:
        job = self._call(
            self._imaging, "GetImagingJob", ipb.GetImagingJobRequest(name=name)
        ).job
        if job.state != 3:  # IMAGING_JOB_STATE_SUCCEEDED
            raise RuntimeError(f"{name} ended in state {job.state}: {job.message}")

    def _sample_rss(self, pid: int) -> None:
        status = Path(f"/proc/{pid}/status")
        while self._sampling.is_set():
            for line in status.read_text().splitlines():
                if line.startswith("VmRSS:"):
                    self._peak_rss = max(self._peak_rss, int(line.split()[1]) * 1024)
            time.sleep(RSS_SAMPLE_SECONDS)

    # the reference ------------------------------------------------------------

    def _start_nginx(self) -> int:
        port = free_port()
        conf = self._tmp / "nginx.conf"
        conf.write_text(
            nginx_conf(self._tmp, self._disk.parent, port, "    sendfile on;")
        )
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        self._children.spawn([nginx, "-c", str(conf), "-g", "daemon off;"])
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while subprocess.run(
            ["curl", "-fsS", "-o", "/dev/null", f"http://127.0.0.1:{port}/"],
            capture_output=True,
        ).returncode not in (0, 22):
            if time.monotonic() > deadline:
                raise RuntimeError("nginx did not start")
            time.sleep(0.1)
        return port

    def _curl(self, port: int, round_: int) -> Timing:
        target = self._tmp / f"curl-{round_}.img"
        started = time.perf_counter()
        subprocess.run(
            ["curl", "-fsS", "-o", str(target), f"http://127.0.0.1:{port}/disk.img"],
            check=True,
        )
        # As the agent does before it reports success: the data on disk.
        with target.open("rb+") as handle:
            os.fsync(handle.fileno())
        seconds = time.perf_counter() - started
        timing = Timing(seconds, _file_sha256(target))
        target.unlink()
        print(f"  round {round_ + 1}: nginx + curl {seconds:.2f} s", flush=True)
        return timing


def report(results: dict[str, list[Timing]], size: int, peak_rss: int) -> bool:
    medians = {
        name: statistics.median(t.seconds for t in runs)
        for name, runs in results.items()
    }
    print()
    print(f"disk: {size // MIB} MiB; medians of {len(results['capture'])} round(s)")
    for name, seconds in medians.items():
        print(f"{name:18} {seconds:7.2f} s  {size / seconds / 1e6:8.1f} MB/s")
    reference = medians["nginx + curl"]
    ratios = {
        "deploy": reference / medians["deploy"],
        "capture": reference / medians["capture"],
        "recapture speed-up": medians["capture"] / medians["recapture"],
    }
    passed = True
    for name, ratio in ratios.items():
        ok = ratio >= TARGETS[name]
        passed &= ok
        what = (
            "first capture / re-capture"
            if "speed" in name
            else "provisiond / nginx + curl"
        )
        print(
            f"{name} ratio ({what}): {ratio:.2f}  target >= {TARGETS[name]:.1f}  "
            f"{'PASS' if ok else 'FAIL'}"
        )
    rss_ok = peak_rss < RSS_LIMIT_MIB * MIB
    passed &= rss_ok
    print(
        f"provisiond peak resident memory: {peak_rss / MIB:.0f} MiB  "
        f"target < {RSS_LIMIT_MIB} MiB  {'PASS' if rss_ok else 'FAIL'}"
    )
    return passed


def _check(timing: Timing, expected: str, what: str) -> None:
    if timing.sha256 != expected:
        raise RuntimeError(f"{what} produced SHA-256 {timing.sha256}, not {expected}")


def _token_of(script: str) -> str:
    for word in script.split():
        if word.startswith("provisioner.token="):
            return word.split("=", 1)[1]
    raise RuntimeError(f"no job token in the boot script:\n{script}")


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(4 * MIB):
            digest.update(block)
    return digest.hexdigest()


if __name__ == "__main__":
    raise SystemExit(main())

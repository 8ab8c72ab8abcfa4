"""The generated samples of every client language, built with their own
toolchain and run against a live server as an integrator would run them.

For each language in scripts/samplegen/languages: its toolchain script (if
any) and build commands run once; then each flow of samplegen.flows runs as a
process, with an APID that the root admin script created, while this test
plays the peers a real deployment has: the installer's callbacks, a fake BMC
speaking IPMI, the imaging agent on disk files. Each sample's labelled lines
and exit status are checked, and bad input must end in the right status code.
"""

from __future__ import annotations

import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import PASSWORD
from daemon import ROOT_ONLY, database_args, environment, run
from fakes.ipmi_bmc import start_fake_bmc
from imaging_support import (
    ENVIRONMENT,
    agent_command,
    file_sha256,
    make_environment,
)
from provisiond.boot.backend import InstallerEvent, InstallerReport
from provisiond.boot.provisioning_backend import ProvisioningBackend
from provisioner.v1 import (
    auth_service_pb2,
    auth_service_pb2_grpc,
    provisioning_service_pb2_grpc,
)
from provisioner.v1 import provisioning_resources_pb2 as res
from provisioner.v1 import provisioning_service_pb2 as pb
from provisioning_support import KICKSTART_BODY, Client, make_catalogue
from samplegen import model
from samplegen.languages import all_languages

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = {lang.name: lang for lang in all_languages()}
BUILD_TIMEOUT = 1800

pytestmark = [
    ROOT_ONLY,
    # The first test of a language builds it: minutes, for some toolchains.
    pytest.mark.timeout(BUILD_TIMEOUT + 300),
    # What is checked does not depend on the database: one backend will do.
    pytest.mark.parametrize("database_url", ["sqlite"], indirect=True),
]

SAMPLE_TIMEOUT = 180
LINE_TIMEOUT = 60
BMC_USER = "admin"
BMC_PASSWORD = "Bmc-pass-51c2"  # the fake BMC's, loopback only
HOST_MAC = "52:54:00:5a:01:0{}"
DISK_BYTES = 6 * 1024 * 1024 + 4321
# What the fake BMC records for a power cycle after the boot device is set.
BMC_CYCLE = "set_boot_device power_cycle"

# language -> None, or why its build failed and whether its toolchain did
_built: dict[str, tuple[str, bool] | None] = {}


def _build(name: str) -> None:
    """Builds `name`'s samples once per test session; fails if they did not.
    Without its toolchain the tests skip, except under CI."""
    if name not in _built:
        _built[name] = _run_build(LANGUAGES[name])
    if _built[name] is not None:
        why, toolchain_failed = _built[name]
        if toolchain_failed and not os.environ.get("CI"):
            pytest.skip(f"no toolchain for {name} here: {why}")
        pytest.fail(why)


def _run_build(lang) -> tuple[str, bool] | None:
    toolchain = ROOT / "scripts" / "toolchains" / lang.name
    steps = [[str(toolchain)]] if toolchain.exists() else []
    steps += [list(_local(words)) for words in lang.build]
    for number, words in enumerate(steps):
        done = subprocess.run(
            words,
            cwd=ROOT / lang.directory,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
            env=environment(),
        )
        if done.returncode != 0:
            output = (done.stdout + done.stderr)[-4000:]
            why = f"{lang.name}: {' '.join(words)} failed:\n{output}"
            return why, number == 0 and toolchain.exists()
    return None


def _local(words) -> tuple[str, ...]:
    """A command with `python3` as this interpreter, which has the stubs."""
    return tuple(sys.executable if w == "python3" else w for w in words)


@dataclass
class Credentials:
    apid: str  # the APID's id, as WhoAmI reports it
    credential: str  # what the sample is given as PROVISIONER_APID
    user: str


def create_apid(migrated: str, tmp_path: Path, *scopes: str) -> Credentials:
    """An APID made by the root admin script, as an operator makes one."""
    args = ["create", "--user", "panel", "--network", "127.0.0.1"]
    for scope in scopes:
        args += ["--scope", scope]
    done = run(
        "provisioner-apid",
        *database_args(migrated, tmp_path),
        *args,
        "--password-stdin",
        input=PASSWORD,
    )
    assert done.returncode == 0, done.stderr
    printed = dict(
        (name.strip(), value.strip())
        for name, value in (
            line.split(":", 1) for line in done.stdout.splitlines() if ":" in line
        )
    )
    return Credentials(printed["APID"], printed["credential"], "panel")


class Sample:
    """One sample program running; its stdout read line by line as it comes."""

    def __init__(
        self, lang, flow: str, args, address: str, who: Credentials, extra=None
    ):
        env = environment()
        env.pop("PROVISIONER_CONFIG", None)
        env.update(
            PROVISIONER_ADDRESS=address,
            PROVISIONER_APID=who.credential,
            PROVISIONER_USER=who.user,
            PROVISIONER_PASSWORD=PASSWORD,
            **(extra or {}),
        )
        self.command = [*_local(lang.run(flow)), *args]
        self.process = subprocess.Popen(
            self.command,
            cwd=ROOT / lang.directory,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._fresh: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            self._fresh.put(self.lines[-1])
        self._fresh.put(None)

    def wait_for(self, label: str, timeout: float = LINE_TIMEOUT) -> str:
        """The value of the next line starting with `label: `."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._fresh.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            if line.startswith(f"{label}: "):
                return line[len(label) + 2 :]
        _, stderr = self.finish(timeout=0)
        raise AssertionError(f"no {label!r} line; {self.describe()}\n{stderr}")

    def finish(self, timeout: float = SAMPLE_TIMEOUT) -> tuple[int, str]:
        """Its exit status and stderr, once it has ended by itself."""
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            if timeout:
                raise AssertionError(
                    f"still running after {timeout}s; {self.describe()}"
                ) from None
        self._reader.join(10)
        with self.process.stdout, self.process.stderr:
            return self.process.returncode, self.process.stderr.read()

    def values(self, label: str) -> list[str]:
        return [
            line[len(label) + 2 :]
            for line in self.lines
            if line.startswith(f"{label}: ")
        ]

    def describe(self) -> str:
        return f"{' '.join(self.command)} printed:\n" + "\n".join(self.lines)


def sample(lang, flow, *args, api, who, **extra) -> Sample:
    return Sample(lang, flow, args, f"127.0.0.1:{api.port}", who, extra)


@pytest.fixture(params=list(LANGUAGES))
def lang(request):
    _build(request.param)
    return LANGUAGES[request.param]


@pytest.fixture
def apid(migrated, tmp_path) -> Credentials:
    return create_apid(migrated, tmp_path, "provisioning", "imaging")


@pytest.fixture
def panel(api, apid) -> Client:
    """The test's own client, for what a panel's operator set up beforehand."""
    channel = api.channel()
    token = (
        auth_service_pb2_grpc.AuthServiceStub(channel)
        .CreateSession(
            auth_service_pb2.CreateSessionRequest(
                apid=apid.credential, user_name=apid.user, password=PASSWORD
            )
        )
        .token
    )
    return Client(provisioning_service_pb2_grpc.ProvisioningServiceStub(channel), token)


def test_sample_authenticate(lang, api, apid):
    running = sample(lang, "authenticate", api=api, who=apid)
    status, stderr = running.finish()

    assert (status, stderr) == (0, ""), running.describe()
    assert running.values("signed in") == [
        f"{apid.apid} as panel with scopes SCOPE_PROVISIONING,SCOPE_IMAGING"
    ]
    assert "session revoked" in running.lines


def test_sample_provision(lang, api, apid, panel, tmp_path):
    make_catalogue(panel)
    # A system whose template needs no values, as the sample passes none.
    panel.CreateTemplate(
        pb.CreateTemplateRequest(
            template_id="alma-ks",
            template=res.Template(
                display_name="Alma kickstart",
                installer_kind=res.INSTALLER_KIND_KICKSTART,
                body=KICKSTART_BODY.replace(
                    "{{ root_password_hash }}", "$6$x$y"
                ).replace("{{ locale }}", "en_US.UTF-8"),
            ),
        )
    )
    panel.CreateOperatingSystem(
        pb.CreateOperatingSystemRequest(
            operating_system_id="alma-9",
            operating_system=res.OperatingSystem(
                display_name="AlmaLinux 9",
                family=res.OPERATING_SYSTEM_FAMILY_LINUX,
                installer_kind=res.INSTALLER_KIND_KICKSTART,
                kernel="alma9/vmlinuz",
                initrds=["alma9/initrd.img"],
                default_template="templates/alma-ks",
            ),
        )
    )
    bmc = start_fake_bmc(tmp_path, BMC_USER, BMC_PASSWORD, power="on")
    try:
        running = sample(
            lang,
            "provision",
            "web-01",
            HOST_MAC.format(1),
            "operatingSystems/alma-9",
            f"127.0.0.1:{bmc.port}",
            api=api,
            who=apid,
            PROVISIONER_BMC_USER=BMC_USER,
            PROVISIONER_BMC_PASSWORD=BMC_PASSWORD,
        )
        armed = running.wait_for("armed with power cycle")
        # The host booted from the network and its installer calls back.
        _install(api, armed)
        status, stderr = running.finish()
        commands = bmc.commands()
    finally:
        bmc.stop()

    assert (status, stderr) == (0, ""), running.describe()
    assert sorted(running.values("operating system")) == [
        "operatingSystems/alma-9 AlmaLinux 9",
        "operatingSystems/rocky-9 Rocky Linux 9",
    ]
    assert running.values("host created") == ["hosts/web-01"]
    assert re.fullmatch(r"[1-9]\d* bytes of answer file", running.values("preview")[0])
    first = running.values("armed")
    assert running.values("cancelled") == first and first[0].startswith("hosts/web-01/")
    assert armed != first[0]
    events = running.values("event")
    assert events[-1] == (
        "EVENT_TYPE_PROVISIONING_STATE_CHANGED PROVISIONING_STATE_SUCCEEDED 100%"
    ), running.describe()
    assert running.values("finished") == ["PROVISIONING_STATE_SUCCEEDED"]
    assert panel.GetProvisioning(
        pb.GetProvisioningRequest(name=armed)
    ).provisioning.state == (res.PROVISIONING_STATE_SUCCEEDED)
    assert BMC_CYCLE in " ".join(commands), commands


def _install(api, provisioning: str) -> None:
    """What the installer does once the host has booted it."""
    provisioner = api.server.services.provisioner
    token = provisioner.token(provisioning.rsplit("/", 1)[1])
    backend = ProvisioningBackend(provisioner)
    backend.answer_file(token, "127.0.0.1")
    backend.installer_report(
        token, InstallerReport(InstallerEvent.PROGRESS, 50, "disk"), ""
    )
    backend.installer_report(token, InstallerReport(InstallerEvent.DONE), "")


def test_sample_imaging(lang, api, apid, panel, tmp_path):
    make_environment(panel)
    panel.CreateHost(
        pb.CreateHostRequest(
            host_id="node-1",
            host=res.Host(hostname="node-1", mac_addresses=[HOST_MAC.format(2)]),
        )
    )
    source, target = tmp_path / "source.img", tmp_path / "target.img"
    source.write_bytes(
        os.urandom(DISK_BYTES // 2) + bytes(DISK_BYTES - DISK_BYTES // 2)
    )
    target.write_bytes(bytes(DISK_BYTES))

    running = sample(
        lang, "imaging", "node-1", "golden", ENVIRONMENT, api=api, who=apid
    )
    _agent(api, running.wait_for("capture job"), source, running)
    _agent(api, running.wait_for("deploy job"), target, running)
    status, stderr = running.finish()

    assert (status, stderr) == (0, ""), running.describe()
    digest = file_sha256(source)
    assert running.values("image") == [
        f"images/golden {DISK_BYTES} bytes sha256 {digest}"
    ]
    assert file_sha256(target) == digest
    finished = running.values("finished")
    assert len(finished) == 1 and finished[0].endswith(" IMAGING_JOB_STATE_SUCCEEDED")
    progress = running.values("progress")
    assert any(
        p.endswith(f"IMAGING_JOB_STATE_SUCCEEDED {DISK_BYTES}/{DISK_BYTES}")
        for p in progress
    )


def _agent(api, job: str, disk: Path, running: Sample) -> None:
    """The imaging agent, as the imaging environment runs it for `job`."""
    token = api.server.services.provisioner.token(job.rsplit("/", 1)[1])
    done = subprocess.run(
        agent_command(api.port, disk),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=dict(environment(), PROVISIONER_JOB_TOKEN=token),
        timeout=SAMPLE_TIMEOUT,
    )
    assert done.returncode == 0, done.stderr + running.describe()


# Bad input ---------------------------------------------------------------


def _meaning(service: str, method: str, code: str) -> str:
    declared = {c.name: c.meaning for c in API.method(service, method).codes}
    return declared[code]


API = model.load()


def test_sample_wrong_address_is_unavailable(lang, apid):
    running = Sample(lang, "authenticate", (), f"127.0.0.1:{_closed_port()}", apid)
    status, stderr = running.finish(timeout=60)

    assert status == 1, running.describe()
    assert stderr.startswith("error: AuthService.CreateSession: UNAVAILABLE: "), stderr


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_sample_wrong_apid_is_unauthenticated(lang, api, apid):
    apid_id, secret = apid.credential.split(".", 1)
    wrong = Credentials(apid.apid, f"{apid_id}.{secret[::-1]}", apid.user)
    running = sample(lang, "authenticate", api=api, who=wrong)
    status, stderr = running.finish(timeout=60)

    assert status == 1, running.describe()
    meaning = _meaning("AuthService", "CreateSession", "UNAUTHENTICATED")
    assert stderr.startswith("error: AuthService.CreateSession: UNAUTHENTICATED: "), (
        stderr
    )
    assert stderr.rstrip("\n").endswith(f" ({meaning})"), stderr
    assert stderr.count("\n") == 1, stderr


def test_sample_refused_scope_is_permission_denied(lang, api, migrated, tmp_path):
    provisioning_only = create_apid(migrated, tmp_path, "provisioning")
    running = sample(
        lang, "imaging", "node-1", "golden", ENVIRONMENT, api=api, who=provisioning_only
    )
    status, stderr = running.finish(timeout=60)

    assert status == 1, running.describe()
    assert re.match(r"error: ImagingService\.\w+: PERMISSION_DENIED: \S", stderr), (
        stderr
    )
    assert "imaging" in stderr


def test_sample_wrong_arguments_print_the_usage(lang, api, apid):
    running = sample(lang, "provision", "web-01", api=api, who=apid)
    status, stderr = running.finish(timeout=60)

    assert status == 2, running.describe()
    assert "usage" in stderr.lower(), stderr

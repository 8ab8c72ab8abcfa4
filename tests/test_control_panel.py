"""The control-panel story end to end, against provisiond as a real process.

A hosting company's customer re-installs a server: the panel lists the
operating systems, shows the rendered settings to confirm, arms the install,
the customer changes their mind and cancels, arms again and has the server
power-cycled through its BMC, and the installer does the rest. Every step is
seen the way the real peers see it: the panel through gRPC, the machine's
firmware through TFTP (tftp-hpa) and HTTP (curl), the installer through its
HTTP callbacks, the BMC as a fake speaking real IPMI. A watch stream opened at
the start must see every step, in order.
"""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import grpc
import pytest

from boot_clients import curl, hpa_get, post
from conftest import bearer
from daemon import Daemons, database_args, seed
from fakes.ipmi_bmc import start_fake_bmc
from provisioner.v1 import (
    auth_service_pb2,
    auth_service_pb2_grpc,
    provisioning_service_pb2_grpc,
)
from provisioner.v1 import provisioning_resources_pb2 as res
from provisioner.v1 import provisioning_service_pb2 as pb
from provisioning_support import make_catalogue

pytestmark = pytest.mark.database

MAC = "52:54:00:7a:11:3c"
BMC_USER = "admin"
BMC_PASSWORD = "Bmc-pass-7f3e"  # noqa: S105 - the fake BMC's, loopback only
WATCH_SECONDS = 60.0
_TFTP_PORT = re.compile(r"TFTP serving \S+ on port (\d+)")
_HTTP_PORT = re.compile(r"boot HTTP on port (\d+)")
_TOKEN = re.compile(r"/answer/(pit_[A-Za-z0-9_.-]+)")


@pytest.fixture
def daemons(tmp_path):
    started = Daemons(tmp_path)
    yield started
    started.stop_all()


@pytest.fixture
def bmc(tmp_path):
    # The customer's server is running its old system.
    fake = start_fake_bmc(tmp_path, BMC_USER, BMC_PASSWORD, power="on")
    try:
        yield fake
    finally:
        fake.stop()


class Machine:
    """What the server's firmware sees: its PXE configs over TFTP and HTTP."""

    def __init__(self, tftp_port: int, http_port: int, scratch: Path):
        self.tftp_port = tftp_port
        self.http = f"http://127.0.0.1:{http_port}"
        self._scratch = scratch
        self._fetches = 0

    def pxelinux(self) -> str:
        self._fetches += 1
        name = "pxelinux.cfg/01-" + MAC.replace(":", "-")
        body, said = hpa_get(self.tftp_port, name, self._scratch / f"{self._fetches}")
        assert body is not None, said
        return body.decode()

    def ipxe(self) -> str:
        reply = curl(f"{self.http}/ipxe/{MAC}")
        assert reply.status == 200
        return reply.body.decode()


class Watcher:
    """Collects the events of one host's watch stream in a thread."""

    def __init__(self, stub, token: str):
        self.events: list[res.Event] = []
        self._stream = stub.WatchEvents(
            pb.WatchEventsRequest(host="hosts/web-07"),
            metadata=bearer(token),
            timeout=WATCH_SECONDS,
        )
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            for reply in self._stream:
                self.events.append(reply.event)
        except grpc.RpcError as error:
            if error.code() != grpc.StatusCode.CANCELLED:
                raise

    def wait_for(self, state: int, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not any(e.state == state for e in self.events):
            assert time.monotonic() < deadline, self.steps()
            time.sleep(0.05)

    def close(self) -> None:
        self._stream.cancel()
        self._thread.join(5)

    def steps(self) -> list[tuple[str, str]]:
        return [
            (res.EventType.Name(e.type), res.ProvisioningState.Name(e.state))
            for e in self.events
        ]


def test_customer_reinstalls_a_server_from_the_panel(daemons, migrated, tmp_path, bmc):
    apid = seed(scopes=("provisioning",))
    boot_dir = tmp_path / "boot"
    daemon = daemons.start(
        *database_args(migrated, tmp_path), "--boot-dir", str(boot_dir)
    )
    log = daemon.log()
    machine = Machine(
        int(_TFTP_PORT.search(log)[1]), int(_HTTP_PORT.search(log)[1]), tmp_path
    )
    channel = daemon.channel()
    token = (
        auth_service_pb2_grpc.AuthServiceStub(channel)
        .CreateSession(
            auth_service_pb2.CreateSessionRequest(
                apid=apid.credential, user_name=apid.user_name, password=apid.password
            )
        )
        .token
    )
    stub = provisioning_service_pb2_grpc.ProvisioningServiceStub(channel)

    def call(method: str, request):
        return getattr(stub, method)(request, metadata=bearer(token), timeout=30)

    class _Panel:
        def __getattr__(self, method):
            return lambda request, **_: call(method, request)

    panel = _Panel()
    make_catalogue(panel)
    panel.CreateHost(
        pb.CreateHostRequest(
            host_id="web-07",
            host=res.Host(
                hostname="web-07.example.net",
                mac_addresses=[MAC.upper().replace(":", "-")],
                bmc=res.Bmc(
                    driver=res.BMC_DRIVER_IPMI,
                    address="127.0.0.1",
                    port=bmc.port,
                    username=BMC_USER,
                    password=BMC_PASSWORD,
                ),
            ),
        )
    )
    watcher = Watcher(stub, token)
    time.sleep(0.5)  # the stream is open before the first step
    try:
        _reinstall(panel, machine, bmc, watcher)
    finally:
        watcher.close()
    assert BMC_PASSWORD not in daemon.log()
    assert token not in daemon.log()


def _reinstall(panel, machine: Machine, bmc, watcher: Watcher) -> None:
    # The customer picks an operating system and confirms the settings.
    systems = panel.ListOperatingSystems(pb.ListOperatingSystemsRequest())
    chosen = next(
        s for s in systems.operating_systems if s.display_name == "Rocky Linux 9"
    )
    values = {"root_password_hash": "$6$salt$confirmed", "locale": "de_DE.UTF-8"}
    wanted = res.Provisioning(operating_system=chosen.name, values=values)
    preview = panel.PreviewProvisioning(
        pb.PreviewProvisioningRequest(parent="hosts/web-07", provisioning=wanted)
    )
    assert "lang de_DE.UTF-8" in preview.answer_file
    assert "network --hostname=web-07.example.net" in preview.answer_file
    assert preview.values["root_password_hash"] == "********"
    assert "local" in machine.pxelinux().lower()

    # Armed: the next boot installs. Then the customer cancels: local boot.
    first = panel.CreateProvisioning(
        pb.CreateProvisioningRequest(parent="hosts/web-07", provisioning=wanted)
    ).provisioning
    assert first.state == res.PROVISIONING_STATE_ARMED
    armed_config = machine.pxelinux()
    assert "rocky9/vmlinuz" in armed_config and "inst.ks=" in armed_config
    panel.CancelProvisioning(pb.CancelProvisioningRequest(name=first.name))
    assert "rocky9/vmlinuz" not in machine.pxelinux()
    assert "rocky9/vmlinuz" not in machine.ipxe()

    # Armed again, and power-cycled through the BMC: network boot once, cycle.
    second = panel.CreateProvisioning(
        pb.CreateProvisioningRequest(
            parent="hosts/web-07", provisioning=wanted, power_cycle=True
        )
    ).provisioning
    assert second.state == res.PROVISIONING_STATE_ARMED
    set_boot, cycle = bmc.state()["actions"][-2:]
    assert set_boot == {"command": "set_boot_device", "device": "network", "once": True}
    assert cycle == {"command": "power_cycle", "booted_from": "network"}
    # The override was for one boot only: the next one is from disk again.
    assert bmc.state()["boot_device"] == "default"

    # The machine boots: iPXE fetches its script, the installer its answer
    # file, which starts the install. A reboot now must not install again.
    script = machine.ipxe()
    install_token = _TOKEN.search(script)[1]
    answer = curl(f"{machine.http}/answer/{install_token}")
    assert answer.status == 200
    assert b"lang de_DE.UTF-8" in answer.body
    watcher.wait_for(res.PROVISIONING_STATE_INSTALLING)
    assert "rocky9/vmlinuz" not in machine.pxelinux()

    # The installer reports its progress and the end.
    callback = f"{machine.http}/callback/{install_token}"
    assert post(f"{callback}/progress", "percent=60&message=packages").status == 204
    assert post(f"{callback}/done").status == 204
    watcher.wait_for(res.PROVISIONING_STATE_SUCCEEDED)
    got = panel.GetProvisioning(pb.GetProvisioningRequest(name=second.name))
    assert got.provisioning.state == res.PROVISIONING_STATE_SUCCEEDED
    assert "rocky9/vmlinuz" not in machine.pxelinux()
    assert "rocky9/vmlinuz" not in machine.ipxe()
    # The install token ended with the install.
    assert curl(f"{machine.http}/answer/{install_token}").status in (403, 404, 410)

    assert _without_repeats(watcher.steps()) == [
        ("EVENT_TYPE_PROVISIONING_STATE_CHANGED", "PROVISIONING_STATE_ARMED"),
        ("EVENT_TYPE_BOOT_CONFIG_SERVED", "PROVISIONING_STATE_ARMED"),
        ("EVENT_TYPE_PROVISIONING_STATE_CHANGED", "PROVISIONING_STATE_CANCELLED"),
        ("EVENT_TYPE_PROVISIONING_STATE_CHANGED", "PROVISIONING_STATE_ARMED"),
        ("EVENT_TYPE_POWER_ACTION", "PROVISIONING_STATE_UNSPECIFIED"),
        ("EVENT_TYPE_BOOT_CONFIG_SERVED", "PROVISIONING_STATE_ARMED"),
        ("EVENT_TYPE_PROVISIONING_STATE_CHANGED", "PROVISIONING_STATE_INSTALLING"),
        ("EVENT_TYPE_PROVISIONING_PROGRESS", "PROVISIONING_STATE_INSTALLING"),
        ("EVENT_TYPE_PROVISIONING_STATE_CHANGED", "PROVISIONING_STATE_SUCCEEDED"),
    ]
    assert [e.provisioning for e in watcher.events if e.provisioning][0] == first.name
    assert watcher.events[-1].provisioning == second.name
    cursors = [e.cursor for e in watcher.events]
    assert len(set(cursors)) == len(cursors)


def _without_repeats(steps: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The steps with runs of the same step folded into one: the firmware
    fetches its config more than once (TFTP and HTTP), and the BMC acts in
    two steps (boot device, then power)."""
    folded: list[tuple[str, str]] = []
    for step in steps:
        if not folded or folded[-1] != step:
            folded.append(step)
    return folded

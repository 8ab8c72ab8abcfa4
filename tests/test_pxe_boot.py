"""A real PXE client against the project: QEMU's iPXE ROM boots a VM whose NIC
carries a registered host's MAC, fetches the project's entry script and then
its own per-MAC script over HTTP, and prints what it was told on the serial
console. Armed, it is sent to the installer; after a cancel, to local disk.

The VM reaches the boot HTTP server only through tests/pxe_client.py's relay,
at http://GUEST_HTTP_ADDRESS/, so that is the URL the rendered configs carry.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provisiond.boot.servers import BootServers
from provisiond.core.events import EventType
from provisiond.db.database import db
from provisiond.db.models import Event
from provisioner.v1 import provisioning_service_pb2 as pb
from provisioning_support import arm, client, make_catalogue, make_host
from pxe_client import GUEST_HTTP_ADDRESS, PxeBoot, boot

MAC = "52:54:00:5e:a1:07"
INSTALLING = "Provisioner: Install Rocky Linux 9 on web-07.example.net"
INITRD_FETCHED = f"http://{GUEST_HTTP_ADDRESS}/files/rocky9/initrd.img... ok"
LOCAL = "Provisioner: booting from local disk"
# Not a kernel: the boot ends once iPXE has downloaded the installer's files.
FAKE_KERNEL = b"not a kernel\n" * 64


# One backend: what differs between them is covered by the other tests, and
# each boot costs seconds of emulation.
@pytest.fixture(params=["sqlite"])
def database_url(request, tmp_path):
    yield f"sqlite:///{tmp_path}/provisioner.db"


@pytest.fixture
def machine_room(api_factory, tmp_path):
    """The API and the boot servers, as a daemon runs them, with the URLs
    rendered for the VM's side of the relay."""
    boot_dir = tmp_path / "boot"
    (boot_dir / "rocky9").mkdir(parents=True)
    (boot_dir / "rocky9" / "vmlinuz").write_bytes(FAKE_KERNEL)
    (boot_dir / "rocky9" / "initrd.img").write_bytes(b"\0" * 4096)
    api = api_factory(
        boot_dir=str(boot_dir),
        boot_url=f"http://{GUEST_HTTP_ADDRESS}",
        http_listen="127.0.0.1:0",
        tftp_listen="",
    )
    servers = BootServers(api.server._settings, api.server.services.provisioner)
    servers.start()
    try:
        yield api, servers.http_port
    finally:
        servers.stop()


def _boot(http_port: int, workdir: Path, until: str):
    workdir.mkdir()
    return boot(PxeBoot(mac=MAC, http_port=http_port, until=until), workdir)


def _served_events() -> int:
    with db.connection_context():
        return (
            Event.select()
            .where(Event.type == EventType.BOOT_CONFIG_SERVED.value)
            .count()
        )


def test_vm_boots_the_installer_when_armed_and_local_disk_after_cancel(
    machine_room, tmp_path
):
    api, http_port = machine_room
    panel = client(api)
    make_catalogue(panel)
    make_host(panel, host_id="web-07", mac=MAC.upper())

    armed = arm(panel, host_id="web-07")
    result = _boot(http_port, tmp_path / "armed", until=INITRD_FETCHED)

    console = result.console
    assert result.outcome == "until", console
    assert INSTALLING in console, console
    assert LOCAL not in console, console
    # The firmware went on to fetch the installer's kernel from the project.
    assert f"http://{GUEST_HTTP_ADDRESS}/files/rocky9/vmlinuz... ok" in console
    assert _served_events() == 1

    panel.CancelProvisioning(pb.CancelProvisioningRequest(name=armed.name))
    result = _boot(http_port, tmp_path / "cancelled", until=LOCAL)

    assert result.outcome == "until", result.console
    assert INSTALLING not in result.console
    assert _served_events() == 1

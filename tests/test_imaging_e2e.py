"""Imaging as a machine lives it: a QEMU VM network-boots through the project's
own PXE path into the imaging environment (scripts/build-imaging-env), whose
agent captures the VM's virtual disk into an image; a second boot deploys
that image onto a blank disk, and the two disks are compared.

The VM reaches the boot HTTP server and the gRPC API only through
tests/pxe_client.py's relays, at GUEST_HTTP_ADDRESS, which is therefore the
address the boot entries carry.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from disks import MIB, write_test_disk
from imaging_support import (
    capture,
    deploy,
    file_sha256,
    get_image,
    get_job,
    imaging_client,
    make_environment,
)
from provisiond.boot.servers import BootServers
from provisioner.v1 import imaging_resources_pb2 as ires
from provisioning_support import client, make_host
from pxe_client import GUEST_HTTP_ADDRESS, PxeBoot, boot
from test_imaging_env import (
    BUILD_TIMEOUT,
    imaging_env,  # noqa: F401 - the built environment
)

pytestmark = pytest.mark.imaging_env

MAC = "52:54:00:1e:0e:01"
DISK_BYTES = 64 * MIB
AGENT_PORT = 50051
MEMORY_MIB = 512
BOOT_TIMEOUT = 600.0
AGENT_DONE = "provisioner-agent exited with status 0"


# One backend: the others are covered by tests/test_imaging.py, and each boot
# costs a minute or more of emulation.
@pytest.fixture(params=["sqlite"])
def database_url(request, tmp_path):
    yield f"sqlite:///{tmp_path}/provisioner.db"


@pytest.fixture
def machine_room(api_factory, imaging_env, tmp_path):  # noqa: F811
    """The API and the boot servers, as a daemon runs them, with the imaging
    environment in the boot directory and the URLs seen from the VM."""
    boot_dir = tmp_path / "boot"
    (boot_dir / "imaging").mkdir(parents=True)
    for name in ("vmlinuz", "initrd.img"):
        _place(imaging_env / name, boot_dir / "imaging" / name)
    api = api_factory(
        boot_dir=str(boot_dir),
        boot_url=f"http://{GUEST_HTTP_ADDRESS}",
        http_listen="127.0.0.1:0",
        tftp_listen="",
        grpc_url=f"{GUEST_HTTP_ADDRESS}:{AGENT_PORT}",
    )
    servers = BootServers(api.server._settings, api.server.services.provisioner)
    servers.start()
    try:
        yield api, servers.http_port
    finally:
        servers.stop()


def _place(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _boot(api, http_port: int, disk: Path, workdir: Path) -> str:
    workdir.mkdir()
    result = boot(
        PxeBoot(
            mac=MAC,
            http_port=http_port,
            timeout=BOOT_TIMEOUT,
            disks=[disk],
            forwards={AGENT_PORT: api.port},
            memory_mib=MEMORY_MIB,
        ),
        workdir,
    )
    print(f"imaging boot: {result.outcome} after {result.seconds:.1f} s")
    assert result.outcome == "exited", result.console
    return result.console


# Its first run builds the imaging environment (a minute or more) before the
# two boots under TCG (half a minute each): more than the default timeout.
@pytest.mark.timeout(BUILD_TIMEOUT + 2 * BOOT_TIMEOUT)
def test_vm_captures_its_disk_and_a_second_vm_receives_it(machine_room, tmp_path):
    api, http_port = machine_room
    panel = client(api, scopes=("provisioning", "imaging"))
    make_environment(panel, kernel_args="console=ttyS0 panic=10")
    make_host(panel, "vm", mac=MAC)
    ic = imaging_client(api, panel.token)
    source = tmp_path / "source.img"
    source_sha = write_test_disk(source, DISK_BYTES)

    captured = capture(ic, "vm", "from-vm", disk="/dev/vda")
    console = _boot(api, http_port, source, tmp_path / "capture")
    captured = get_job(ic, captured)
    image = get_image(ic, "from-vm")

    target = tmp_path / "blank.img"
    with target.open("wb") as blank:
        blank.truncate(DISK_BYTES)
    (deployed,) = deploy(ic, "from-vm", "vm", disk="/dev/vda")
    second_console = _boot(api, http_port, target, tmp_path / "deploy")
    deployed = get_job(ic, deployed)

    assert AGENT_DONE in console, console
    assert captured.state == ires.IMAGING_JOB_STATE_SUCCEEDED, captured.message
    assert image.state == ires.IMAGE_STATE_READY
    assert image.sha256 == source_sha
    assert AGENT_DONE in second_console, second_console
    assert deployed.state == ires.IMAGING_JOB_STATE_SUCCEEDED, deployed.message
    assert file_sha256(target) == source_sha

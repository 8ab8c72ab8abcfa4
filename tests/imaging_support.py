"""Imaging for tests: an imaging environment in the catalogue, jobs armed
through the API, and their tokens as the boot config would hand them out."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import grpc
import pytest

from daemon import environment
from disks import MIB
from provisiond.db.database import connection_scope
from provisioner.v1 import imaging_agent_service_pb2_grpc, imaging_service_pb2_grpc
from provisioner.v1 import imaging_resources_pb2 as ires
from provisioner.v1 import imaging_service_pb2 as ipb
from provisioner.v1 import provisioning_resources_pb2 as res
from provisioner.v1 import provisioning_service_pb2 as pb
from provisioning_support import Client

ENVIRONMENT = "operatingSystems/imaging-env"
_TOKEN = re.compile(r"provisioner\.token=(\S+)")


def make_environment(c: Client, kernel_args: str = "console=ttyS0") -> None:
    """The imaging environment as an operating system of the image kind."""
    c.CreateOperatingSystem(
        pb.CreateOperatingSystemRequest(
            operating_system_id="imaging-env",
            operating_system=res.OperatingSystem(
                display_name="Provisioner imaging environment",
                family=res.OPERATING_SYSTEM_FAMILY_LINUX,
                installer_kind=res.INSTALLER_KIND_IMAGE,
                kernel="imaging/vmlinuz",
                initrds=["imaging/initrd.img"],
                kernel_args=kernel_args,
            ),
        )
    )


def imaging_client(api, token: str) -> Client:
    """A client of ImagingService that sends `token` with every call."""
    return Client(imaging_service_pb2_grpc.ImagingServiceStub(api.channel()), token)


def capture(ic: Client, host_id: str, image_id: str, **fields) -> ires.ImagingJob:
    return ic.CaptureImage(
        ipb.CaptureImageRequest(
            host=f"hosts/{host_id}",
            image_id=image_id,
            imaging_environment=ENVIRONMENT,
            **fields,
        )
    ).job


def deploy(
    ic: Client, image_id: str, *host_ids: str, **fields
) -> list[ires.ImagingJob]:
    return list(
        ic.DeployImage(
            ipb.DeployImageRequest(
                image=f"images/{image_id}",
                hosts=[f"hosts/{h}" for h in host_ids],
                imaging_environment=ENVIRONMENT,
                **fields,
            )
        ).jobs
    )


def job_token(api, job: ires.ImagingJob) -> str:
    """The job's token, as the host's boot config carries it."""
    return api.server.services.provisioner.token(job.name.split("/")[-1])


def boot_args(api, mac: str) -> str:
    """The kernel arguments the host with `mac` boots with now."""
    with connection_scope():
        entry = api.server.services.provisioner.boot_entry(mac)
    return entry.kernel_args if entry else ""


def token_in(kernel_args: str) -> str:
    return _TOKEN.search(kernel_args)[1]


# Not a whole number of chunks: the last one is short.
DISK_SIZE = 256 * MIB + 123_457
AGENT_TIMEOUT = 120


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as disk:
        while block := disk.read(4 * MIB):
            digest.update(block)
    return digest.hexdigest()


def agent_command(port: int, disk: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "provisioner.agent",
        "run",
        "--server",
        f"127.0.0.1:{port}",
        "--disk",
        str(disk),
        *extra,
    ]


def run_agent(api, token: str, disk: Path, *extra: str, port: int | None = None):
    return subprocess.run(
        agent_command(port or api.port, disk, *extra),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=dict(environment(), PROVISIONER_JOB_TOKEN=token),
        timeout=AGENT_TIMEOUT,
    )


def get_job(ic, job: ires.ImagingJob) -> ires.ImagingJob:
    return ic.GetImagingJob(ipb.GetImagingJobRequest(name=job.name)).job


def get_image(ic, image_id: str) -> ires.Image:
    return ic.GetImage(ipb.GetImageRequest(name=f"images/{image_id}")).image


class Agent:
    """ImagingAgentService with a job's token, for requests no agent sends."""

    def __init__(self, api, token: str):
        self._stub = imaging_agent_service_pb2_grpc.ImagingAgentServiceStub(
            api.channel()
        )
        self._metadata = [("authorization", f"Bearer {token}")]

    def __getattr__(self, method):
        call = getattr(self._stub, method)
        return lambda request: call(request, metadata=self._metadata, timeout=10)


def refused(call, request) -> grpc.RpcError:
    with pytest.raises(grpc.RpcError) as caught:
        call(request)
    return caught.value

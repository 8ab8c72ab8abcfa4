"""Imaging refuses bad input clearly, and nothing half-done is ever marked good:
forged chunks and manifests, disks too small or read-only, a full data
directory, unknown hosts and images."""

from __future__ import annotations

import hashlib
import subprocess

import grpc
import pytest
import zstandard

from daemon import ROOT_ONLY, as_nobody, environment
from disks import write_test_disk
from imaging_support import (
    MIB,
    Agent,
    agent_command,
    capture,
    deploy,
    get_image,
    get_job,
    imaging_client,
    job_token,
    make_environment,
    refused,
    run_agent,
)
from provisiond.core.images import CHUNK_SIZE, PART_SIZE
from provisioner.v1 import imaging_agent_service_pb2 as apb
from provisioner.v1 import imaging_resources_pb2 as ires
from provisioner.v1 import imaging_service_pb2 as ipb
from provisioning_support import client, make_catalogue, make_host
from support import reason

pytestmark = pytest.mark.database


@pytest.fixture
def lab(api):
    panel = client(api, scopes=("provisioning", "imaging"))
    make_catalogue(panel)
    make_environment(panel)
    for number in range(2):
        make_host(panel, f"node-{number}", mac=f"52:54:00:2e:00:{number:02x}")
    return panel, imaging_client(api, panel.token)


@pytest.fixture
def small_disk(tmp_path):
    path = tmp_path / "small.img"
    data = b"".join(hashlib.sha256(bytes([n])).digest() * (MIB // 32) for n in range(3))
    path.write_bytes(data)
    return path, data


def test_forged_chunks_are_refused_and_not_kept(api, lab):
    panel, ic = lab
    job = capture(ic, "node-0", "forged")
    agent = Agent(api, job_token(api, job))
    agent.StartJob(apb.StartJobRequest(disk_size_bytes=CHUNK_SIZE))
    raw = b"\x07" * CHUNK_SIZE
    frame = zstandard.ZstdCompressor().compress(raw)
    wrong = hashlib.sha256(b"something else").digest()
    too_big = zstandard.ZstdCompressor().compress(b"\x07" * (CHUNK_SIZE + 1))
    right = hashlib.sha256(raw).digest()

    mismatch = refused(
        agent.UploadChunks,
        apb.UploadChunksRequest(chunks=[apb.Chunk(digest=wrong, data=frame)]),
    )
    garbage = refused(
        agent.UploadChunks,
        apb.UploadChunksRequest(chunks=[apb.Chunk(digest=right, data=b"not zstd")]),
    )
    oversize = refused(
        agent.UploadChunks,
        apb.UploadChunksRequest(chunks=[apb.Chunk(digest=right, data=too_big)]),
    )
    short = refused(
        agent.UploadChunks,
        apb.UploadChunksRequest(chunks=[apb.Chunk(digest=b"short", data=frame)]),
    )
    store = api.server.services.imaging.store

    assert (mismatch.code(), reason(mismatch)) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "CHUNK_DIGEST_MISMATCH",
    )
    assert reason(garbage) == reason(oversize) == "CHUNK_MALFORMED"
    assert short.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert list(store.digests()) == []
    assert not list(store.root.rglob(".partial-*"))


def test_manifest_that_does_not_match_its_digest_fails_the_capture(api, lab):
    panel, ic = lab
    job = capture(ic, "node-0", "lying")
    agent = Agent(api, job_token(api, job))
    agent.StartJob(apb.StartJobRequest(disk_size_bytes=2 * CHUNK_SIZE))
    raw = b"\x05" * CHUNK_SIZE
    digest = hashlib.sha256(raw).digest()
    agent.OfferChunks(apb.OfferChunksRequest(part=0, digests=[digest, b""]))
    frame = zstandard.ZstdCompressor().compress(raw)
    agent.UploadChunks(
        apb.UploadChunksRequest(chunks=[apb.Chunk(digest=digest, data=frame)])
    )

    error = refused(
        agent.FinishJob,
        apb.FinishJobRequest(sha256="0" * 64, manifest_digest=b"\x01" * 32),
    )

    assert (error.code(), reason(error)) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "MANIFEST_DIGEST_MISMATCH",
    )
    assert get_job(ic, job).state == ires.IMAGING_JOB_STATE_FAILED
    assert get_image(ic, "lying").state == ires.IMAGE_STATE_FAILED


def test_finish_before_every_chunk_is_stored_is_refused(api, lab):
    panel, ic = lab
    job = capture(ic, "node-0", "early")
    agent = Agent(api, job_token(api, job))
    agent.StartJob(apb.StartJobRequest(disk_size_bytes=CHUNK_SIZE))
    digest = hashlib.sha256(b"\x09" * CHUNK_SIZE).digest()
    agent.OfferChunks(apb.OfferChunksRequest(part=0, digests=[digest]))

    error = refused(
        agent.FinishJob,
        apb.FinishJobRequest(
            sha256="0" * 64, manifest_digest=hashlib.sha256(digest).digest()
        ),
    )

    assert reason(error) == "CAPTURE_INCOMPLETE"
    assert get_job(ic, job).state == ires.IMAGING_JOB_STATE_RUNNING
    assert get_image(ic, "early").state == ires.IMAGE_STATE_CREATING


def test_offers_outside_the_disk_are_refused(api, lab):
    panel, ic = lab
    job = capture(ic, "node-0", "bounds")
    agent = Agent(api, job_token(api, job))
    before = refused(agent.OfferChunks, apb.OfferChunksRequest(part=0, digests=[b""]))
    agent.StartJob(apb.StartJobRequest(disk_size_bytes=3 * CHUNK_SIZE))

    beyond = refused(agent.OfferChunks, apb.OfferChunksRequest(part=1, digests=[b""]))
    wrong_count = refused(
        agent.OfferChunks, apb.OfferChunksRequest(part=0, digests=[b""] * PART_SIZE)
    )

    assert reason(before) == "JOB_NOT_STARTED"
    assert beyond.code() == wrong_count.code() == grpc.StatusCode.INVALID_ARGUMENT


def test_chunk_calls_of_the_other_kind_of_job_are_refused(api, lab, tmp_path):
    panel, ic = lab
    disk = tmp_path / "disk.img"
    disk.write_bytes(b"\x03" * CHUNK_SIZE)
    first = capture(ic, "node-0", "kinds")
    assert run_agent(api, job_token(api, first), disk).returncode == 0
    capturing = Agent(api, job_token(api, capture(ic, "node-1", "other")))
    capturing.StartJob(apb.StartJobRequest(disk_size_bytes=CHUNK_SIZE))
    (deploying,) = deploy(ic, "kinds", "node-0")
    deployer = Agent(api, job_token(api, deploying))
    deployer.StartJob(apb.StartJobRequest())
    frame = zstandard.ZstdCompressor().compress(b"\x03" * CHUNK_SIZE)
    digest = hashlib.sha256(b"\x03" * CHUNK_SIZE).digest()

    upload = refused(
        deployer.UploadChunks,
        apb.UploadChunksRequest(chunks=[apb.Chunk(digest=digest, data=frame)]),
    )
    download = refused(
        capturing.DownloadChunks, apb.DownloadChunksRequest(digests=[digest])
    )
    fetched = deployer.DownloadChunks(apb.DownloadChunksRequest(digests=[digest]))

    assert (upload.code(), reason(upload)) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "WRONG_JOB_KIND",
    )
    assert (download.code(), reason(download)) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "WRONG_JOB_KIND",
    )
    assert [c.digest for c in fetched.chunks] == [digest]


def test_image_larger_than_the_target_disk(api, lab, small_disk, tmp_path):
    panel, ic = lab
    source, _ = small_disk
    job = capture(ic, "node-0", "three")
    assert run_agent(api, job_token(api, job), source).returncode == 0
    target = tmp_path / "two.img"
    target.write_bytes(bytes(2 * MIB))

    (deployed,) = deploy(ic, "three", "node-1")
    result = run_agent(api, job_token(api, deployed), target)

    assert result.returncode == 1
    assert f"{target} holds {2 * MIB} bytes, less than the image's {3 * MIB}" in (
        result.stderr
    )
    assert get_job(ic, deployed).state == ires.IMAGING_JOB_STATE_FAILED
    assert target.read_bytes() == bytes(2 * MIB)


@ROOT_ONLY
def test_read_only_target_fails_clearly(api, lab, small_disk, tmp_path):
    panel, ic = lab
    source, _ = small_disk
    job = capture(ic, "node-0", "three")
    assert run_agent(api, job_token(api, job), source).returncode == 0
    target = tmp_path / "root-owned.img"
    target.write_bytes(bytes(3 * MIB))
    target.chmod(0o644)
    tmp_path.chmod(0o755)

    (deployed,) = deploy(ic, "three", "node-1")
    command = [*as_nobody(), *agent_command(api.port, target)]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(environment(), PROVISIONER_JOB_TOKEN=job_token(api, deployed)),
        stdin=subprocess.DEVNULL,
    )

    assert result.returncode == 1
    assert f"cannot open {target} for writing: Permission denied" in result.stderr
    assert get_job(ic, deployed).state == ires.IMAGING_JOB_STATE_FAILED


@ROOT_ONLY
def test_full_data_directory_fails_the_capture_and_keeps_nothing(api_factory, tmp_path):
    chunks = tmp_path / "small-chunks"
    chunks.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(chunks)],
        capture_output=True,
        text=True,
    )
    assert mounted.returncode == 0, mounted.stderr
    try:
        api = api_factory(chunk_dir=str(chunks))
        panel = client(api, scopes=("provisioning", "imaging"))
        make_catalogue(panel)
        make_environment(panel)
        make_host(panel, "node-0", mac="52:54:00:2e:00:00")
        ic = imaging_client(api, panel.token)
        source = tmp_path / "random.img"
        write_test_disk(source, size=16 * MIB)
        job = capture(ic, "node-0", "too-big")

        result = run_agent(api, job_token(api, job), source, "--retry-seconds", "2")

        assert result.returncode == 1
        assert "data directory is full" in result.stderr
        assert get_job(ic, job).state == ires.IMAGING_JOB_STATE_FAILED
        assert get_image(ic, "too-big").state == ires.IMAGE_STATE_FAILED
        assert not list(chunks.rglob(".partial-*"))
    finally:
        subprocess.run(["umount", "-l", str(chunks)], check=False)


def test_unknown_host_image_and_environment_are_not_found(api, lab):
    panel, ic = lab
    cases = [
        (
            ic.CaptureImage,
            ipb.CaptureImageRequest(
                host="hosts/nobody",
                image_id="x",
                imaging_environment="operatingSystems/imaging-env",
            ),
        ),
        (
            ic.CaptureImage,
            ipb.CaptureImageRequest(
                host="hosts/node-0",
                image_id="x",
                imaging_environment="operatingSystems/none",
            ),
        ),
        (
            ic.DeployImage,
            ipb.DeployImageRequest(
                image="images/none",
                hosts=["hosts/node-0"],
                imaging_environment="operatingSystems/imaging-env",
            ),
        ),
    ]
    codes = [refused(call, request).code() for call, request in cases]
    not_image_kind = refused(
        ic.CaptureImage,
        ipb.CaptureImageRequest(
            host="hosts/node-0",
            image_id="x",
            imaging_environment="operatingSystems/rocky-9",
        ),
    )

    assert codes == [grpc.StatusCode.NOT_FOUND] * 3
    assert not_image_kind.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "INSTALLER_KIND_IMAGE" in not_image_kind.details()
    assert list(ic.ListImages(ipb.ListImagesRequest()).images) == []

"""Imaging end to end over real gRPC: provisioner-agent, run as the imaging
environment runs it, captures a disk file into an image and deploys it onto
another, against a server on loopback."""

from __future__ import annotations

import hashlib
import itertools
import os
import subprocess
import threading
from pathlib import Path

import grpc
import pytest
import zstandard

from cutting_proxy import CuttingProxy
from daemon import ROOT_ONLY, database_args, environment, run
from disks import write_test_disk
from fakes.ipmi_bmc import start_fake_bmc
from imaging_support import (
    AGENT_TIMEOUT,
    DISK_SIZE,
    MIB,
    agent_command,
    boot_args,
    capture,
    deploy,
    file_sha256,
    get_image,
    get_job,
    imaging_client,
    job_token,
    make_environment,
    run_agent,
    token_in,
)
from provisiond.db.database import db
from provisiond.db.models import ChunkFingerprint
from provisioner.v1 import imaging_resources_pb2 as ires
from provisioner.v1 import imaging_service_pb2 as ipb
from provisioner.v1 import imaging_service_pb2_grpc
from provisioner.v1 import provisioning_resources_pb2 as res
from provisioner.v1 import provisioning_service_pb2 as pb
from provisioning_support import client, make_catalogue, make_host
from support import reason

pytestmark = pytest.mark.database

MAC = "52:54:00:1e:00:01"


def start_agent(port: int, token: str, disk: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        agent_command(port, disk, *extra),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(environment(), PROVISIONER_JOB_TOKEN=token),
    )


def finish(agent: subprocess.Popen) -> tuple[int, str]:
    try:
        _, stderr = agent.communicate(timeout=AGENT_TIMEOUT)
    finally:
        if agent.poll() is None:
            agent.kill()
            agent.wait()
    return agent.returncode, stderr


@pytest.fixture(scope="module")
def source_disk(tmp_path_factory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("disks") / "source.img"
    return path, write_test_disk(path, DISK_SIZE)


@pytest.fixture
def lab(api):
    """A catalogue with an imaging environment, three hosts, and clients."""
    panel = client(api, scopes=("provisioning", "imaging"))
    make_catalogue(panel)
    make_environment(panel)
    for number in range(3):
        make_host(panel, f"node-{number}", mac=f"52:54:00:1e:00:{number:02x}")
    return panel, imaging_client(api, panel.token)


def captured(api, ic, disk: Path, image_id: str, host: str = "node-0"):
    job = capture(ic, host, image_id)
    result = run_agent(api, job_token(api, job), disk)
    assert result.returncode == 0, result.stderr
    return get_job(ic, job)


def test_capture_then_deploy_gives_an_identical_disk(api, lab, source_disk, tmp_path):
    panel, ic = lab
    source, source_sha = source_disk

    job = capture(ic, "node-0", "golden")
    args = boot_args(api, MAC.replace("01", "00"))
    assert token_in(args) == job_token(api, job)
    assert f"provisioner.url=127.0.0.1:{api.port}" in args
    captured_job = get_job(ic, job)
    assert captured_job.state == ires.IMAGING_JOB_STATE_ARMED
    result = run_agent(api, job_token(api, job), source)
    assert result.returncode == 0, result.stderr
    done = get_job(ic, job)
    image = get_image(ic, "golden")

    target = tmp_path / "target.img"
    target.touch()
    (deployed,) = deploy(ic, "golden", "node-1")
    result = run_agent(api, job_token(api, deployed), target)
    assert result.returncode == 0, result.stderr
    deployed = get_job(ic, deployed)

    assert done.state == ires.IMAGING_JOB_STATE_SUCCEEDED
    assert done.bytes_done == done.bytes_total == DISK_SIZE
    assert image.state == ires.IMAGE_STATE_READY
    assert image.sha256 == source_sha
    assert image.size_bytes == DISK_SIZE
    assert image.source_host == "hosts/node-0"
    # Zeros take no chunk; the repeated region is one chunk stored once.
    assert image.data_chunk_count == 193
    assert deployed.state == ires.IMAGING_JOB_STATE_SUCCEEDED
    assert file_sha256(target) == source_sha
    # Zero and compressible regions never crossed the network in full.
    assert done.bytes_transferred < 0.55 * DISK_SIZE
    assert deployed.bytes_transferred < 0.55 * DISK_SIZE
    # The job over, both hosts boot from their disks again.
    assert boot_args(api, "52:54:00:1e:00:00") == ""
    assert boot_args(api, "52:54:00:1e:00:01") == ""


def test_recapture_sends_only_what_changed(api, lab, source_disk, tmp_path):
    panel, ic = lab
    source, _ = source_disk
    first = captured(api, ic, source, "monday")
    again = captured(api, ic, source, "tuesday")

    changed = tmp_path / "changed.img"
    changed.write_bytes(source.read_bytes())
    with changed.open("r+b") as disk:
        # 1% of the disk, rewritten in four places.
        for place in range(4):
            disk.seek(place * 60 * MIB + 3 * MIB + 4096)
            disk.write(os.urandom(DISK_SIZE // 100 // 4))
    third = captured(api, ic, changed, "wednesday")

    assert again.bytes_transferred < 0.001 * DISK_SIZE
    assert third.bytes_transferred <= 0.05 * DISK_SIZE
    assert first.bytes_transferred > 20 * third.bytes_transferred
    assert get_image(ic, "wednesday").sha256 == file_sha256(changed)


def test_deploy_onto_a_disk_holding_the_image_writes_nothing(
    api, lab, source_disk, tmp_path
):
    panel, ic = lab
    source, source_sha = source_disk
    captured(api, ic, source, "golden")
    target = tmp_path / "target.img"
    target.write_bytes(source.read_bytes())

    (job,) = deploy(ic, "golden", "node-1")
    result = run_agent(api, job_token(api, job), target)
    job = get_job(ic, job)

    assert result.returncode == 0, result.stderr
    assert job.state == ires.IMAGING_JOB_STATE_SUCCEEDED
    assert job.bytes_transferred == 0
    assert file_sha256(target) == source_sha


def test_without_fingerprints_a_deploy_checks_chunks_by_their_digest(
    api, lab, source_disk, tmp_path
):
    panel, ic = lab
    source, source_sha = source_disk
    captured(api, ic, source, "golden")
    with db.connection_context():
        ChunkFingerprint.delete().execute()
    target = tmp_path / "target.img"
    held = bytearray(source.read_bytes())
    held[MIB + 7] ^= 0xFF  # the second chunk differs, the rest is in place
    target.write_bytes(held)

    (job,) = deploy(ic, "golden", "node-1")
    result = run_agent(api, job_token(api, job), target)
    job = get_job(ic, job)

    assert result.returncode == 0, result.stderr
    assert job.state == ires.IMAGING_JOB_STATE_SUCCEEDED
    assert 0 < job.bytes_transferred <= MIB + 1024  # that chunk alone
    assert file_sha256(target) == source_sha


def test_deploy_to_many_hosts_arms_all_or_none(api, lab, source_disk):
    panel, ic = lab
    source, _ = source_disk
    captured(api, ic, source, "golden")
    busy = capture(ic, "node-2", "other")

    with pytest.raises(grpc.RpcError) as caught:
        deploy(ic, "golden", "node-1", "node-2")
    jobs = ic.ListImagingJobs(ipb.ListImagingJobsRequest(image="images/golden")).jobs
    both = deploy(ic, "golden", "node-0", "node-1")

    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert [j.host for j in jobs] == ["hosts/node-0"]  # the capture alone
    assert [j.host for j in both] == ["hosts/node-0", "hosts/node-1"]
    assert all(j.state == ires.IMAGING_JOB_STATE_ARMED for j in both)
    assert busy.state == ires.IMAGING_JOB_STATE_ARMED


@pytest.mark.parametrize("checked_by", ["fingerprint", "digest"])
def test_corrupt_chunk_fails_the_deploy_loudly(
    api, lab, source_disk, tmp_path, checked_by
):
    panel, ic = lab
    source, _ = source_disk
    captured(api, ic, source, "golden")
    if checked_by == "digest":
        # Chunks the server never learnt the fingerprint of (stored before
        # fingerprints were): the agent checks them by their SHA-256.
        with db.connection_context():
            ChunkFingerprint.delete().execute()
    store = api.server.services.imaging.store
    # The image's first chunk: every later one arrives, and the agent must not
    # wait for the missing one forever.
    with source.open("rb") as disk:
        victim = hashlib.sha256(disk.read(MIB)).digest()
    # A sound frame of other bytes: only the chunk's check can tell.
    store.path(victim).write_bytes(zstandard.ZstdCompressor().compress(b"Z" * MIB))
    target = tmp_path / "target.img"
    target.touch()

    (job,) = deploy(ic, "golden", "node-1")
    result = run_agent(api, job_token(api, job), target)
    job = get_job(ic, job)

    assert result.returncode == 1
    assert "does not match its hash: the stored image is damaged" in result.stderr
    assert job.state == ires.IMAGING_JOB_STATE_FAILED
    assert "damaged" in job.message
    assert boot_args(api, "52:54:00:1e:00:01") == ""


@pytest.fixture
def proxy(api):
    cutter = CuttingProxy(api.port)
    yield cutter
    cutter.close()


def test_cancel_mid_capture_leaves_nothing_marked_good(api, lab, source_disk, proxy):
    panel, ic = lab
    source, _ = source_disk
    job = capture(ic, "node-0", "halfway")
    # The agent's traffic stops a fifth of the way through, while the job is
    # cancelled: the agent learns of it on its next call.
    proxy.hold_at("up", DISK_SIZE // 5)
    agent = start_agent(proxy.port, job_token(api, job), source)
    assert proxy.holding.wait(60), finish(agent)
    cancelled = ic.CancelImagingJob(ipb.CancelImagingJobRequest(name=job.name)).job
    proxy.release()
    status, stderr = finish(agent)

    assert cancelled.state == ires.IMAGING_JOB_STATE_CANCELLED
    assert status == 3
    assert "the job was cancelled, failed or timed out" in stderr
    assert get_image(ic, "halfway").state == ires.IMAGE_STATE_FAILED
    assert boot_args(api, "52:54:00:1e:00:00") == ""
    with pytest.raises(grpc.RpcError) as caught:
        deploy(ic, "halfway", "node-1")
    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION


# What may travel twice when a connection is cut: the calls in flight, one
# per worker, each carrying up to 3 MiB of chunks (uploads of up to four,
# downloads of three), and the calls around them.
IN_FLIGHT_SLACK = 4 * (3 * MIB + 64 * 1024)


def test_capture_cut_mid_upload_resumes_and_sends_only_what_is_missing(
    api, lab, source_disk, proxy
):
    panel, ic = lab
    source, source_sha = source_disk
    clean = capture(ic, "node-0", "clean")
    assert (
        run_agent(api, job_token(api, clean), source, port=proxy.port).returncode == 0
    )
    clean_bytes = proxy.upstream
    api.server.services.imaging.store.delete(
        list(api.server.services.imaging.store.digests())
    )
    proxy.reset_counts()

    job = capture(ic, "node-1", "cut")
    proxy.cut_at("up", int(0.4 * clean_bytes))
    status, stderr = finish(start_agent(proxy.port, job_token(api, job), source))

    assert status == 0, stderr
    assert "retrying" in stderr
    assert proxy.cuts == 1
    assert proxy.upstream <= clean_bytes + IN_FLIGHT_SLACK
    assert get_image(ic, "cut").sha256 == source_sha


def test_capture_rerun_after_the_agent_died_sends_only_the_rest(
    api, lab, source_disk, proxy
):
    panel, ic = lab
    source, source_sha = source_disk
    clean = capture(ic, "node-0", "clean")
    run_agent(api, job_token(api, clean), source, port=proxy.port)
    clean_bytes = proxy.upstream
    api.server.services.imaging.store.delete(
        list(api.server.services.imaging.store.digests())
    )
    proxy.reset_counts()

    job = capture(ic, "node-1", "killed")
    token = job_token(api, job)
    proxy.hold_at("up", clean_bytes // 2)
    agent = start_agent(proxy.port, token, source)
    assert proxy.holding.wait(60), finish(agent)
    agent.kill()
    finish(agent)
    first_run = proxy.upstream
    proxy.cut()
    proxy.release()
    proxy.reset_counts()
    rerun = run_agent(api, token, source, port=proxy.port)

    assert rerun.returncode == 0, rerun.stderr
    assert first_run > 0.3 * clean_bytes
    assert first_run + proxy.upstream <= clean_bytes + IN_FLIGHT_SLACK
    assert get_image(ic, "killed").sha256 == source_sha


def test_deploy_cut_mid_download_resumes_and_fetches_only_what_is_missing(
    api, lab, source_disk, proxy, tmp_path
):
    panel, ic = lab
    source, source_sha = source_disk
    captured(api, ic, source, "golden")
    clean_target = tmp_path / "clean.img"
    clean_target.touch()
    (clean,) = deploy(ic, "golden", "node-1")
    assert (
        run_agent(api, job_token(api, clean), clean_target, port=proxy.port).returncode
        == 0
    )
    clean_bytes = proxy.downstream
    proxy.reset_counts()

    target = tmp_path / "target.img"
    target.touch()
    (job,) = deploy(ic, "golden", "node-2")
    proxy.cut_at("down", int(0.4 * clean_bytes))
    status, stderr = finish(start_agent(proxy.port, job_token(api, job), target))

    assert status == 0, stderr
    assert "retrying" in stderr
    assert proxy.downstream <= clean_bytes + IN_FLIGHT_SLACK
    assert file_sha256(target) == source_sha


def test_deploy_rerun_after_the_agent_died_writes_only_the_rest(
    api, lab, source_disk, proxy, tmp_path
):
    panel, ic = lab
    source, source_sha = source_disk
    captured(api, ic, source, "golden")
    clean_target = tmp_path / "clean.img"
    clean_target.touch()
    (clean,) = deploy(ic, "golden", "node-2")
    run_agent(api, job_token(api, clean), clean_target, port=proxy.port)
    clean_bytes = proxy.downstream
    proxy.reset_counts()

    target = tmp_path / "target.img"
    target.touch()
    (job,) = deploy(ic, "golden", "node-1")
    token = job_token(api, job)
    proxy.hold_at("down", clean_bytes // 2)
    agent = start_agent(proxy.port, token, target)
    assert proxy.holding.wait(60), finish(agent)
    agent.kill()
    finish(agent)
    first_run = proxy.downstream
    proxy.cut()
    proxy.release()
    proxy.reset_counts()
    rerun = run_agent(api, token, target, port=proxy.port)

    assert rerun.returncode == 0, rerun.stderr
    assert first_run >= clean_bytes // 2
    # What reached the disk stays; at most the batches in flight come twice.
    assert first_run + proxy.downstream <= clean_bytes + IN_FLIGHT_SLACK
    assert file_sha256(target) == source_sha


@ROOT_ONLY
def test_scrub_names_the_images_a_damaged_chunk_affects(
    api, lab, migrated, source_disk, tmp_path
):
    panel, ic = lab
    source, _ = source_disk
    captured(api, ic, source, "golden")
    captured(api, ic, source, "twin")
    store = api.server.services.imaging.store
    victim = next(store.digests())
    store.path(victim).write_bytes(b"not zstandard")
    where = database_args(migrated, tmp_path)

    found = run("provisioner-scrub", *where)
    mended = run("provisioner-scrub", *where, "--delete-damaged")
    gone = store.has(victim)
    again = captured(api, ic, source, "golden-2")
    clean = run("provisioner-scrub", *where)

    assert found.returncode == 1, found.stderr
    assert f"chunk {victim.hex()}: not a valid zstandard frame" in found.stdout
    assert "image golden: 1 chunk(s) damaged or missing" in found.stdout
    assert "image twin: 1 chunk(s) damaged or missing" in found.stdout
    assert "deleted 1 damaged chunk(s)" in mended.stdout
    assert not gone
    assert 0 < again.bytes_transferred <= 2 * MIB  # the one chunk, sent again
    assert clean.returncode == 0, clean.stdout
    assert "0 damaged or missing" in clean.stdout


def test_watch_follows_a_job_and_resumes_where_it_left(api, lab, source_disk):
    panel, ic = lab
    source, _ = source_disk
    channel = grpc.insecure_channel(f"127.0.0.1:{api.port}")
    stub = imaging_service_pb2_grpc.ImagingServiceStub(channel)
    metadata = [("authorization", f"Bearer {panel.token}")]
    stream = stub.WatchImagingJobs(
        ipb.WatchImagingJobsRequest(), metadata=metadata, timeout=60
    )
    seen: list[ipb.WatchImagingJobsResponse] = []

    def read():
        for reply in stream:
            seen.append(reply)
            if reply.job.state == ires.IMAGING_JOB_STATE_SUCCEEDED:
                return

    stream.initial_metadata()  # the watch has started: nothing after is missed
    job = capture(ic, "node-0", "watched")
    reader = threading.Thread(target=read)
    reader.start()
    # Slow enough that the agent reports its progress along the way.
    result = run_agent(api, job_token(api, job), source, "--workers", "1")
    reader.join(30)
    stream.cancel()

    states = [reply.job.state for reply in seen]
    progress = [reply.job.bytes_done for reply in seen[2:-1]]
    resumed = list(
        itertools.islice(
            stub.WatchImagingJobs(
                ipb.WatchImagingJobsRequest(job=job.name, resume_cursor=seen[1].cursor),
                metadata=metadata,
                timeout=10,
            ),
            len(seen) - 2,
        )
    )
    channel.close()

    assert result.returncode == 0, result.stderr
    assert states[:2] == [ires.IMAGING_JOB_STATE_ARMED, ires.IMAGING_JOB_STATE_RUNNING]
    assert states[-1] == ires.IMAGING_JOB_STATE_SUCCEEDED
    assert progress and progress == sorted(progress)
    assert seen[-2].job.bytes_done == DISK_SIZE
    assert all(reply.job.name == job.name for reply in seen)
    assert [r.cursor for r in resumed] == [r.cursor for r in seen[2:]]


def test_deleting_an_image_frees_only_the_chunks_no_other_image_holds(
    api, lab, source_disk, tmp_path
):
    panel, ic = lab
    source, _ = source_disk
    other = tmp_path / "other.img"
    write_test_disk(other, 8 * MIB, seed=b"other")
    captured(api, ic, source, "big")
    captured(api, ic, source, "twin")
    captured(api, ic, other, "small")
    store = api.server.services.imaging.store
    everything = set(store.digests())

    ic.DeleteImage(ipb.DeleteImageRequest(name="images/twin"))
    after_twin = set(store.digests())
    ic.DeleteImage(ipb.DeleteImageRequest(name="images/big"))
    after_big = set(store.digests())
    ic.DeleteImage(ipb.DeleteImageRequest(name="images/small"))

    assert after_twin == everything  # "big" holds every chunk "twin" held
    assert 0 < len(after_big) < len(everything)
    assert list(store.digests()) == []
    with pytest.raises(grpc.RpcError) as caught:
        get_image(ic, "big")
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND


def test_delete_refuses_an_image_a_job_is_using(api, lab, source_disk):
    panel, ic = lab
    source, _ = source_disk
    captured(api, ic, source, "golden")
    (job,) = deploy(ic, "golden", "node-1")

    with pytest.raises(grpc.RpcError) as caught:
        ic.DeleteImage(ipb.DeleteImageRequest(name="images/golden"))
    ic.CancelImagingJob(ipb.CancelImagingJobRequest(name=job.name))
    ic.DeleteImage(ipb.DeleteImageRequest(name="images/golden"))

    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert reason(caught.value) == "IMAGE_IN_USE"


@pytest.fixture
def bmc(tmp_path):
    fake = start_fake_bmc(tmp_path, "admin", "Bmc-pass-9c1d", power="on")
    yield fake
    fake.stop()


def test_capture_with_power_cycle_boots_the_host_into_the_environment(api, lab, bmc):
    panel, ic = lab
    panel.CreateHost(
        pb.CreateHostRequest(
            host_id="with-bmc",
            host=res.Host(
                hostname="with-bmc.example.net",
                mac_addresses=["52:54:00:1e:00:aa"],
                bmc=res.Bmc(
                    driver=res.BMC_DRIVER_IPMI,
                    address="127.0.0.1",
                    port=bmc.port,
                    username="admin",
                    password="Bmc-pass-9c1d",
                ),
            ),
        )
    )

    job = capture(ic, "with-bmc", "cycled", power_cycle=True)
    set_boot, cycle = bmc.state()["actions"][-2:]
    no_bmc = pytest.raises(grpc.RpcError)
    with no_bmc as caught:
        capture(ic, "node-2", "no-bmc", power_cycle=True)

    assert job.state == ires.IMAGING_JOB_STATE_ARMED
    assert set_boot == {"command": "set_boot_device", "device": "network", "once": True}
    assert cycle == {"command": "power_cycle", "booted_from": "network"}
    assert "provisioner.token=" in boot_args(api, "52:54:00:1e:00:aa")
    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert get_job(ic, job).state == ires.IMAGING_JOB_STATE_ARMED

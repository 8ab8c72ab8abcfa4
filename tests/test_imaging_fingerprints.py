"""Captures offered by BLAKE3 fingerprints: the server trusts only the
fingerprints it computed from bytes it received, a re-capture of an unchanged
disk reads it once and takes its SHA-256 from the image with the same chunks,
and a capture no image matches hashes the whole disk after all."""

from __future__ import annotations

import errno
import hashlib
import threading

import blake3
import grpc
import pytest
import zstandard

from disks import write_test_disk
from imaging_support import (
    MIB,
    Agent,
    capture,
    deploy,
    file_sha256,
    get_image,
    get_job,
    imaging_client,
    job_token,
    make_environment,
    refused,
    run_agent,
)
from provisiond.core.images import CHUNK_SIZE
from provisioner.agent import capture as agent_capture
from provisioner.agent.disk import Disk
from provisioner.agent.transport import AgentClient, AgentError
from provisioner.v1 import imaging_agent_service_pb2 as apb
from provisioner.v1 import imaging_resources_pb2 as ires
from provisioning_support import client, make_catalogue, make_host
from support import reason

pytestmark = pytest.mark.database

ONE = b"\x11" * CHUNK_SIZE
TWO = b"\x22" * CHUNK_SIZE


@pytest.fixture
def lab(api):
    panel = client(api, scopes=("provisioning", "imaging"))
    make_catalogue(panel)
    make_environment(panel)
    make_host(panel, "node-0", mac="52:54:00:3e:00:00")
    return panel, imaging_client(api, panel.token)


def _started(api, ic, image_id: str, size: int) -> tuple[Agent, ires.ImagingJob]:
    job = capture(ic, "node-0", image_id)
    agent = Agent(api, job_token(api, job))
    agent.StartJob(apb.StartJobRequest(disk_size_bytes=size))
    return agent, job


def _upload(agent: Agent, raw: bytes) -> None:
    frame = zstandard.ZstdCompressor().compress(raw)
    chunk = apb.Chunk(digest=hashlib.sha256(raw).digest(), data=frame)
    agent.UploadChunks(apb.UploadChunksRequest(chunks=[chunk]))


def _digest(*names: bytes) -> bytes:
    return hashlib.sha256(b"".join(name or bytes(32) for name in names)).digest()


def _captured_by_fingerprints(api, ic, image_id: str, raws: list[bytes]) -> str:
    """A capture of `raws` as the agent makes it; the disk's SHA-256."""
    agent, _ = _started(api, ic, image_id, len(raws) * CHUNK_SIZE)
    prints = [blake3.blake3(raw).digest() for raw in raws]
    missing = agent.OfferChunks(
        apb.OfferChunksRequest(part=0, fingerprints=prints)
    ).missing
    for position in missing:
        _upload(agent, raws[position])
    sha256 = hashlib.sha256(b"".join(raws)).hexdigest()
    agent.FinishJob(
        apb.FinishJobRequest(sha256=sha256, manifest_digest=_digest(*prints))
    )
    return sha256


def test_fingerprints_the_server_learnt_name_chunks_it_holds(api, lab):
    panel, ic = lab
    sha256 = _captured_by_fingerprints(api, ic, "first", [ONE, TWO])
    agent, job = _started(api, ic, "again", 2 * CHUNK_SIZE)
    prints = [blake3.blake3(ONE).digest(), blake3.blake3(TWO).digest()]

    offered = agent.OfferChunks(apb.OfferChunksRequest(part=0, fingerprints=prints))
    done = agent.FinishJob(apb.FinishJobRequest(manifest_digest=_digest(*prints)))

    assert list(offered.missing) == []
    # No SHA-256 sent: the image with the same chunks has it.
    assert done.sha256 == sha256
    assert done.job.state == ires.IMAGING_JOB_STATE_SUCCEEDED
    first, again = get_image(ic, "first"), get_image(ic, "again")
    assert again.state == ires.IMAGE_STATE_READY
    assert (again.sha256, again.data_chunk_count) == (first.sha256, 2)


def test_a_fingerprint_the_server_never_computed_is_missing(api, lab):
    panel, ic = lab
    _captured_by_fingerprints(api, ic, "first", [ONE])
    agent, job = _started(api, ic, "claimed", CHUNK_SIZE)
    claimed = blake3.blake3(b"bytes the server never saw").digest()

    offered = agent.OfferChunks(apb.OfferChunksRequest(part=0, fingerprints=[claimed]))
    error = refused(
        agent.FinishJob,
        apb.FinishJobRequest(sha256="0" * 64, manifest_digest=_digest(claimed)),
    )

    assert list(offered.missing) == [0]
    assert (error.code(), reason(error)) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "CAPTURE_INCOMPLETE",
    )
    assert get_job(ic, job).state == ires.IMAGING_JOB_STATE_RUNNING


def test_without_a_sha256_a_capture_no_image_matches_must_send_one(api, lab):
    panel, ic = lab
    _captured_by_fingerprints(api, ic, "first", [ONE, TWO])
    agent, job = _started(api, ic, "swapped", 2 * CHUNK_SIZE)
    prints = [blake3.blake3(TWO).digest(), blake3.blake3(ONE).digest()]
    offered = agent.OfferChunks(apb.OfferChunksRequest(part=0, fingerprints=prints))

    error = refused(
        agent.FinishJob, apb.FinishJobRequest(manifest_digest=_digest(*prints))
    )
    still = get_job(ic, job).state
    sha256 = hashlib.sha256(TWO + ONE).hexdigest()
    done = agent.FinishJob(
        apb.FinishJobRequest(sha256=sha256, manifest_digest=_digest(*prints))
    )

    assert list(offered.missing) == []
    assert (error.code(), reason(error)) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "SHA256_REQUIRED",
    )
    assert still == ires.IMAGING_JOB_STATE_RUNNING
    assert done.sha256 == get_image(ic, "swapped").sha256 == sha256


def test_malformed_fingerprint_offers_are_refused(api, lab):
    panel, ic = lab
    agent, _ = _started(api, ic, "bad", CHUNK_SIZE)
    digest = hashlib.sha256(ONE).digest()

    both = refused(
        agent.OfferChunks,
        apb.OfferChunksRequest(part=0, digests=[digest], fingerprints=[digest]),
    )
    short = refused(
        agent.OfferChunks, apb.OfferChunksRequest(part=0, fingerprints=[b"short"])
    )
    deploy_sha = refused(
        agent.FinishJob, apb.FinishJobRequest(sha256="not hex", manifest_digest=b"")
    )

    for error, field in (
        (both, "fingerprints"),
        (short, "fingerprints[0]"),
        (deploy_sha, "sha256"),
    ):
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert field in error.details()


class CountingDisk(Disk):
    def __init__(self, path):
        super().__init__(str(path), writable=False)
        self.reads = 0
        self.upload_reads = 0  # read() serves uploads, read_into() the hashes

    def read(self, offset, length):
        self.reads += 1
        self.upload_reads += 1
        return super().read(offset, length)

    def read_into(self, offset, buffer):
        self.reads += 1
        super().read_into(offset, buffer)


def _capture_in_process(
    api, ic, image_id: str, path, counted: list | None = None
) -> tuple[str, int]:
    """provisioner.agent's capture, run here; its SHA-256 and disk reads."""
    job = capture(ic, "node-0", image_id)
    client = AgentClient(api.channel(), job_token(api, job), retry_seconds=5)
    disk = CountingDisk(path)
    if counted is not None:
        counted.append(disk)
    try:
        return agent_capture.capture(client, disk, workers=2), disk.reads
    finally:
        disk.close()


def test_a_first_capture_reads_the_disk_once_for_both_hashes_past_its_start(
    api, lab, tmp_path
):
    panel, ic = lab
    path = tmp_path / "disk.img"
    part = 64  # chunks per part, as the server has them
    size = 4 * part * MIB + 5
    source_sha = write_test_disk(path, size)
    chunks = -(-size // CHUNK_SIZE)
    counted: list[CountingDisk] = []

    sha, _ = _capture_in_process(api, ic, "first", path, counted)

    hash_reads = counted[0].reads - counted[0].upload_reads
    assert sha == source_sha == get_image(ic, "first").sha256
    # The second reader reads every chunk; the first, only the parts it had
    # read when the server's first answer started the second (two, and the
    # one it was at), and not the whole disk again.
    assert chunks <= hash_reads <= chunks + 3 * part
    assert counted[0].upload_reads > 0


def test_an_unchanged_disk_is_read_once_and_its_sha256_comes_from_its_image(
    api, lab, tmp_path
):
    panel, ic = lab
    path = tmp_path / "disk.img"
    size = 40 * MIB + 5
    source_sha = write_test_disk(path, size)
    chunks = -(-size // CHUNK_SIZE)

    first_sha, first_reads = _capture_in_process(api, ic, "monday", path)
    again_sha, again_reads = _capture_in_process(api, ic, "tuesday", path)

    # The first capture read the disk a second time for its SHA-256, and
    # the chunks it uploaded once more.
    assert first_reads > 2 * chunks
    assert again_reads == chunks
    assert first_sha == again_sha == source_sha
    assert get_image(ic, "tuesday").sha256 == source_sha


def test_a_disk_of_known_chunks_in_a_new_order_gets_its_own_sha256(api, lab, tmp_path):
    panel, ic = lab
    source = tmp_path / "source.img"
    source.write_bytes(ONE + TWO + ONE)
    before = run_agent(api, job_token(api, capture(ic, "node-0", "before")), source)
    assert before.returncode == 0, before.stderr
    swapped = tmp_path / "swapped.img"
    swapped.write_bytes(TWO + ONE + TWO)

    job = capture(ic, "node-0", "after")
    result = run_agent(api, job_token(api, job), swapped)

    assert result.returncode == 0, result.stderr
    done = get_job(ic, job)
    assert done.bytes_transferred == 0
    assert get_image(ic, "after").sha256 == file_sha256(swapped)
    assert get_image(ic, "before").sha256 == file_sha256(source)


def test_a_disk_written_to_during_the_capture_fails_it(tmp_path):
    path = tmp_path / "disk.img"
    path.write_bytes(ONE + TWO)
    disk = Disk(str(path), writable=False)
    whole = agent_capture.WholeDigest(disk, CHUNK_SIZE, part_size=64)
    # What the capture read and offered, before the disk changed.
    whole.expect(0, [agent_capture.fingerprint(ONE), agent_capture.fingerprint(ONE)])
    try:
        whole.start()
        with pytest.raises(
            AgentError, match=f"changed while it was captured .at byte {CHUNK_SIZE}"
        ):
            whole.result()
    finally:
        whole.close()
        disk.close()


def test_the_agent_hashes_what_it_read_when_nothing_was_changed(tmp_path):
    path = tmp_path / "disk.img"
    path.write_bytes(ONE + bytes(CHUNK_SIZE) + TWO[:1000])
    disk = Disk(str(path), writable=False)
    whole = agent_capture.WholeDigest(disk, CHUNK_SIZE, part_size=2)
    fingerprint = agent_capture.fingerprint
    whole.expect(0, [fingerprint(ONE), b""])
    whole.expect(1, [fingerprint(TWO[:1000])])
    try:
        whole.start()
        assert whole.result() == file_sha256(path)
    finally:
        whole.close()
        disk.close()


def test_the_agent_sees_the_reason_the_server_gave(api, lab):
    panel, ic = lab
    job = capture(ic, "node-0", "early")
    client = AgentClient(api.channel(), job_token(api, job), retry_seconds=5)
    client.start(CHUNK_SIZE)
    client.call(
        "OfferChunks",
        apb.OfferChunksRequest(part=0, fingerprints=[blake3.blake3(ONE).digest()]),
    )

    with pytest.raises(AgentError) as caught:
        client.call(
            "FinishJob",
            apb.FinishJobRequest(manifest_digest=_digest(blake3.blake3(ONE).digest())),
        )

    # What the agent's capture acts on: it offers every part again.
    assert caught.value.reason == "CAPTURE_INCOMPLETE"
    assert "FAILED_PRECONDITION" in str(caught.value)


class BrokenDisk:
    path = "/dev/broken"
    size = CHUNK_SIZE

    def read(self, offset, length):
        raise ValueError("a fault of the reader's own")


def test_a_fault_in_the_second_reader_fails_the_capture_clearly():
    whole = agent_capture.WholeDigest(BrokenDisk(), CHUNK_SIZE, part_size=64)
    whole.expect(0, [agent_capture.fingerprint(ONE)])
    try:
        whole.start()
        with pytest.raises(AgentError, match="hashing /dev/broken failed"):
            whole.result()
    finally:
        whole.close()


def test_a_chunk_changed_before_its_upload_fails_the_capture_and_is_not_kept(
    api, lab, tmp_path
):
    panel, ic = lab
    job = capture(ic, "node-0", "moving")
    client = AgentClient(api.channel(), job_token(api, job), retry_seconds=5)
    client.start(CHUNK_SIZE)
    offered = agent_capture.fingerprint(ONE)
    client.call("OfferChunks", apb.OfferChunksRequest(part=0, fingerprints=[offered]))
    path = tmp_path / "disk.img"
    path.write_bytes(TWO)  # it held ONE when the capture fingerprinted it
    disk = Disk(str(path), writable=False)
    uploader = agent_capture._Uploader(client, disk, workers=1, whole=None)
    try:
        with pytest.raises(AgentError, match="changed while it was captured"):
            uploader._send([((0, CHUNK_SIZE), offered)])
    finally:
        uploader.close()
        disk.close()
    assert list(api.server.services.imaging.store.digests()) == []


def _by_fingerprint(raw: bytes, fingerprint: bytes | None = None) -> apb.Chunk:
    return apb.Chunk(
        fingerprint=blake3.blake3(raw).digest() if fingerprint is None else fingerprint,
        data=zstandard.ZstdCompressor().compress(raw),
    )


def test_a_chunk_uploaded_by_its_fingerprint_is_named_by_its_sha256(api, lab):
    panel, ic = lab
    agent, _ = _started(api, ic, "named", 2 * CHUNK_SIZE)
    prints = [blake3.blake3(ONE).digest(), blake3.blake3(TWO).digest()]
    missing = agent.OfferChunks(
        apb.OfferChunksRequest(part=0, fingerprints=prints)
    ).missing
    assert list(missing) == [0, 1]

    agent.UploadChunks(
        apb.UploadChunksRequest(chunks=[_by_fingerprint(ONE), _by_fingerprint(TWO)])
    )

    store = api.server.services.imaging.store
    assert sorted(store.digests()) == sorted(
        hashlib.sha256(raw).digest() for raw in (ONE, TWO)
    )
    again = agent.OfferChunks(apb.OfferChunksRequest(part=0, fingerprints=prints))
    assert list(again.missing) == []
    finished = agent.FinishJob(
        apb.FinishJobRequest(
            sha256=hashlib.sha256(ONE + TWO).hexdigest(),
            manifest_digest=_digest(*prints),
        )
    )
    assert finished.sha256 == hashlib.sha256(ONE + TWO).hexdigest()
    assert get_image(ic, "named").state == ires.IMAGE_STATE_READY


def test_uploads_that_do_not_match_or_name_nothing_are_refused(api, lab):
    panel, ic = lab
    agent, _ = _started(api, ic, "liar", CHUNK_SIZE)
    sha_of_one = hashlib.sha256(ONE).digest()

    cases = {
        "wrong fingerprint": _by_fingerprint(ONE, blake3.blake3(TWO).digest()),
        "short fingerprint": _by_fingerprint(ONE, b"short"),
        "no name": apb.Chunk(data=zstandard.ZstdCompressor().compress(ONE)),
        "right digest, wrong fingerprint": apb.Chunk(
            digest=sha_of_one,
            fingerprint=blake3.blake3(TWO).digest(),
            data=zstandard.ZstdCompressor().compress(ONE),
        ),
    }
    errors = {
        name: refused(agent.UploadChunks, apb.UploadChunksRequest(chunks=[chunk]))
        for name, chunk in cases.items()
    }

    assert {name: error.code() for name, error in errors.items()} == dict.fromkeys(
        cases, grpc.StatusCode.INVALID_ARGUMENT
    )
    assert reason(errors["wrong fingerprint"]) == "CHUNK_FINGERPRINT_MISMATCH"
    assert reason(errors["right digest, wrong fingerprint"]) == (
        "CHUNK_FINGERPRINT_MISMATCH"
    )
    assert "chunks[0]" in errors["no name"].details()
    assert "chunks[0]" in errors["short fingerprint"].details()
    store = api.server.services.imaging.store
    assert list(store.digests()) == []
    assert not list(store.root.rglob(".partial-*"))


def test_manifest_parts_carry_the_fingerprints_the_server_computed(api, lab):
    panel, ic = lab
    raws = [ONE, bytes(CHUNK_SIZE), TWO]
    capturing, _ = _started(api, ic, "carried", len(raws) * CHUNK_SIZE)
    prints = [agent_capture.fingerprint(raw) for raw in raws]  # b"" for a hole
    offer = apb.OfferChunksRequest(part=0, fingerprints=prints)
    for position in capturing.OfferChunks(offer).missing:
        _upload(capturing, raws[position])
    capturing.FinishJob(
        apb.FinishJobRequest(
            sha256=hashlib.sha256(b"".join(raws)).hexdigest(),
            manifest_digest=_digest(*prints),
        )
    )
    (job,) = deploy(ic, "carried", "node-0")
    agent = Agent(api, job_token(api, job))
    agent.StartJob(apb.StartJobRequest())

    part = agent.GetManifestPart(apb.GetManifestPartRequest(part=0))

    assert list(part.digests) == [_sha(ONE), b"", _sha(TWO)]
    assert list(part.fingerprints) == [
        blake3.blake3(ONE).digest(),
        b"",
        blake3.blake3(TWO).digest(),
    ]


def _sha(raw: bytes) -> bytes:
    return hashlib.sha256(raw).digest()


def test_the_second_reader_fingerprints_the_parts_it_takes(tmp_path):
    path = tmp_path / "disk.img"
    path.write_bytes(ONE + TWO + ONE)
    disk = Disk(str(path), writable=False)
    whole = agent_capture.WholeDigest(disk, CHUNK_SIZE, part_size=1)
    whole.expect(0, [agent_capture.fingerprint(ONE)])
    try:
        assert whole.take(1) is None  # it does not run yet
        whole.start()
        second = whole.take(1)
        third = whole.take(2)
        assert second is not None and third is not None
        assert second.result(timeout=10) == [agent_capture.fingerprint(TWO)]
        assert third.result(timeout=10) == [agent_capture.fingerprint(ONE)]
        assert whole.result() == file_sha256(path)
        assert whole.take(2) is None  # it is done
    finally:
        whole.close()
        disk.close()


def test_the_second_reader_takes_no_part_whose_fingerprints_it_has(tmp_path):
    # A second pass over the disk (the server lost chunks): every part was
    # offered before, and the reader checks them rather than taking them.
    path = tmp_path / "disk.img"
    path.write_bytes(ONE + TWO)
    disk = Disk(str(path), writable=False)
    whole = agent_capture.WholeDigest(disk, CHUNK_SIZE, part_size=1)
    whole.expect(0, [agent_capture.fingerprint(ONE)])
    whole.expect(1, [agent_capture.fingerprint(TWO)])
    try:
        whole.start()
        assert whole.take(1) is None
        assert whole.result() == file_sha256(path)
    finally:
        whole.close()
        disk.close()


class FailingHasherDisk(Disk):
    """A disk whose second part the capture's own readers cannot read."""

    def __init__(self, path, part_bytes: int):
        super().__init__(str(path), writable=False)
        self._bad = range(part_bytes, 2 * part_bytes)

    def read_into(self, offset, buffer):
        if offset in self._bad and threading.current_thread().name.startswith(
            "fingerprint"
        ):
            raise OSError(errno.EIO, "Input/output error")
        super().read_into(offset, buffer)


def test_a_read_error_after_the_second_reader_started_fails_the_capture(
    api, lab, tmp_path
):
    panel, ic = lab
    path = tmp_path / "disk.img"
    part = 64 * MIB
    write_test_disk(path, 2 * part + 5)
    job = capture(ic, "node-0", "unreadable")
    client = AgentClient(api.channel(), job_token(api, job), retry_seconds=5)
    disk = FailingHasherDisk(path, part)
    outcome: list[BaseException] = []

    def run():
        try:
            agent_capture.capture(client, disk, workers=2)
        except BaseException as error:  # noqa: BLE001 - the test reads it
            outcome.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=60)
    disk.close()

    assert not worker.is_alive(), "the capture hangs"
    assert len(outcome) == 1
    assert isinstance(outcome[0], OSError)
    assert "Input/output error" in str(outcome[0])

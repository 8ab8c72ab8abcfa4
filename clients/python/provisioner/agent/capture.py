"""Capture: the disk becomes a new image, sending only what the server lacks.

The disk is read once, in order, by one thread that also feeds the whole
disk's SHA-256. Each chunk's digest is computed on two threads of its own
(hashlib and zstandard let other threads run meanwhile); a part's digests are
offered to the server as soon as they are known, and the chunks it lacks are
compressed and uploaded, several calls at once, while the next parts are
read. A resumed capture (the same job, after the agent or the network failed)
sends only what is missing.
"""

from __future__ import annotations

import functools
import hashlib
import threading
from concurrent.futures import Future, ThreadPoolExecutor

import zstandard

from provisioner.agent.disk import Disk
from provisioner.agent.flight import Flight
from provisioner.agent.progress import Progress
from provisioner.agent.transport import AgentClient, AgentError
from provisioner.v1 import imaging_agent_service_pb2 as pb

_FINISH_ATTEMPTS = 3
_ZEROS = bytes(1024 * 1024)
# Parts read but not yet offered; each holds up to part_size chunks.
_PARTS_IN_FLIGHT = 1
# Chunks one upload task compresses, sent in calls of at most _UPLOAD_BYTES.
_GROUP = 4
_UPLOAD_BYTES = 3 * 1024 * 1024


def capture(client: AgentClient, disk: Disk, workers: int, progress_out=None) -> str:
    """Captures `disk`; returns its SHA-256 in hex."""
    started = client.start(disk.size)
    chunk_size, part_size = started.chunk_size_bytes, started.part_size
    uploader = _Uploader(client, workers)
    try:
        return _capture(client, disk, chunk_size, part_size, uploader, progress_out)
    finally:
        uploader.close()


def _capture(client, disk, chunk_size, part_size, uploader, progress_out) -> str:
    with Progress(client, disk.size, "captured", *_out(progress_out)) as progress:
        uploader.progress = progress
        whole, manifest = _send_parts(disk, chunk_size, part_size, uploader, progress)
        uploader.drain()
    for attempt in range(_FINISH_ATTEMPTS):
        try:
            client.call(
                "FinishJob",
                pb.FinishJobRequest(sha256=whole, manifest_digest=manifest),
            )
            return whole
        except AgentError as error:
            if (
                "CAPTURE_INCOMPLETE" not in str(error)
                or attempt == _FINISH_ATTEMPTS - 1
            ):
                raise
            # Chunks went missing on the server meanwhile: offer everything
            # again, which sends what it lacks now.
            with Progress(
                client, disk.size, "re-sending", *_out(progress_out)
            ) as again:
                uploader.progress = again
                _send_parts(disk, chunk_size, part_size, uploader, again)
                uploader.drain()
    return whole


def _out(progress_out):
    return () if progress_out is None else (progress_out,)


def _send_parts(disk, chunk_size, part_size, uploader, progress) -> tuple[str, bytes]:
    """Reads the disk in order and hands each part to the uploader; the whole
    disk's SHA-256 and the manifest's."""
    whole = hashlib.sha256()
    chunks = -(-disk.size // chunk_size)
    parts = -(-chunks // part_size)
    for part in range(parts):
        first = part * part_size
        raws = []
        for index in range(first, min(first + part_size, chunks)):
            offset = index * chunk_size
            raw = disk.read(offset, min(chunk_size, disk.size - offset))
            whole.update(raw)
            raws.append(raw)
        uploader.send_part(part, raws)
        progress.advance(done=sum(len(raw) for raw in raws))
    uploader.drain()
    return whole.hexdigest(), uploader.manifest_digest(parts)


class _Uploader:
    """Names, offers and uploads the parts of a disk on threads of its own, so
    that reading goes on meanwhile; a few parts at most are in memory."""

    def __init__(self, client: AgentClient, workers: int):
        self._client = client
        self._hashers = ThreadPoolExecutor(2, thread_name_prefix="digest")
        self._offers = ThreadPoolExecutor(1, thread_name_prefix="offer")
        self._flight = Flight(workers)
        self._room = threading.Semaphore(_PARTS_IN_FLIGHT)
        self._names: dict[int, list[bytes]] = {}
        self._offered: list[Future] = []
        self._local = threading.local()
        self.progress: Progress | None = None

    def send_part(self, part: int, raws: list[bytes]) -> None:
        self._room.acquire()
        digests = [self._hashers.submit(_digest, raw) for raw in raws]
        self._offered.append(self._offers.submit(self._offer, part, raws, digests))

    def drain(self) -> None:
        offered, self._offered = self._offered, []
        for future in offered:
            future.result()
        self._flight.drain()

    def manifest_digest(self, parts: int) -> bytes:
        digest = hashlib.sha256()
        for part in range(parts):
            for name in self._names[part]:
                digest.update(name or bytes(32))
        return digest.digest()

    def close(self) -> None:
        for pool in (self._offers, self._hashers):
            pool.shutdown(wait=True, cancel_futures=True)
        self._flight.close()

    def _offer(self, part: int, raws: list[bytes], digests: list[Future]) -> None:
        try:
            names = self._names[part] = [future.result() for future in digests]
            request = pb.OfferChunksRequest(part=part, digests=names)
            missing = self._client.call("OfferChunks", request).missing
            wanted = [(names[i], raws[i]) for i in missing]
            groups = [wanted[i : i + _GROUP] for i in range(0, len(wanted), _GROUP)]
            self._flight.send([functools.partial(self._send, g) for g in groups])
        finally:
            self._room.release()

    def _send(self, group: list[tuple[bytes, bytes]]) -> None:
        compressor = getattr(self._local, "compressor", None)
        if compressor is None:
            compressor = self._local.compressor = zstandard.ZstdCompressor(level=1)
        batch, size = [], 0
        for name, raw in group:
            frame = compressor.compress(raw)
            if batch and size + len(frame) > _UPLOAD_BYTES:
                self._upload(batch, size)
                batch, size = [], 0
            batch.append(pb.Chunk(digest=name, data=frame))
            size += len(frame)
        self._upload(batch, size)

    def _upload(self, batch: list[pb.Chunk], size: int) -> None:
        self._client.call("UploadChunks", pb.UploadChunksRequest(chunks=batch))
        if self.progress is not None:
            self.progress.advance(transferred=size)


def _digest(raw: bytes) -> bytes:
    """The chunk's name: b"" for a hole, else its SHA-256."""
    if raw == (_ZEROS if len(raw) == len(_ZEROS) else bytes(len(raw))):
        return b""
    return hashlib.sha256(raw).digest()

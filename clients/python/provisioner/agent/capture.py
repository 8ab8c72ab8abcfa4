"""Capture: the disk becomes a new image, sending only what the server lacks.

The disk is read once, in order. Each chunk's digest is computed on a pool of
threads (hashlib and zstandard let other threads run meanwhile), while the
reading thread feeds the whole disk's SHA-256. A part's digests are offered
to the server as soon as they are known; the chunks it lacks are compressed
and uploaded by the pool while the next part is read. A resumed capture (the
same job, after the agent or the network failed) sends only what is missing.
"""

from __future__ import annotations

import functools
import hashlib
import threading
from concurrent.futures import Future

import zstandard

from provisioner.agent.disk import Disk
from provisioner.agent.flight import Flight
from provisioner.agent.progress import Progress
from provisioner.agent.transport import AgentClient, AgentError
from provisioner.v1 import imaging_agent_service_pb2 as pb

_FINISH_ATTEMPTS = 3
_ZEROS = bytes(1024 * 1024)


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
    whole = hashlib.sha256()
    manifest = hashlib.sha256()
    chunks = -(-disk.size // chunk_size)
    for part in range(-(-chunks // part_size)):
        first = part * part_size
        positions = range(first, min(first + part_size, chunks))
        raws, digests = [], []
        for index in positions:
            offset = index * chunk_size
            raw = disk.read(offset, min(chunk_size, disk.size - offset))
            whole.update(raw)
            raws.append(raw)
            digests.append(uploader.digest(raw))
        names = [future.result() for future in digests]
        for name in names:
            manifest.update(name or bytes(32))
        missing = uploader.offer(part, names)
        uploader.upload([(names[i], raws[i]) for i in missing])
        progress.advance(done=sum(len(raw) for raw in raws))
        del raws
    return whole.hexdigest(), manifest.digest()


class _Uploader:
    """Digests and uploads chunks on a pool of threads, a part at a time."""

    def __init__(self, client: AgentClient, workers: int):
        self._client = client
        self._flight = Flight(workers)
        self._local = threading.local()
        self.progress: Progress | None = None

    def digest(self, raw: bytes) -> Future:
        return self._flight.pool.submit(_digest, raw)

    def offer(self, part: int, names: list[bytes]) -> list[int]:
        request = pb.OfferChunksRequest(part=part, digests=names)
        return list(self._client.call("OfferChunks", request).missing)

    def upload(self, chunks: list[tuple[bytes, bytes]]) -> None:
        self._flight.send([functools.partial(self._send, n, r) for n, r in chunks])

    def drain(self) -> None:
        self._flight.drain()

    def close(self) -> None:
        self._flight.close()

    def _send(self, name: bytes, raw: bytes) -> None:
        compressor = getattr(self._local, "compressor", None)
        if compressor is None:
            compressor = self._local.compressor = zstandard.ZstdCompressor(level=1)
        frame = compressor.compress(raw)
        self._client.call(
            "UploadChunks",
            pb.UploadChunksRequest(chunks=[pb.Chunk(digest=name, data=frame)]),
        )
        if self.progress is not None:
            self.progress.advance(transferred=len(frame))


def _digest(raw: bytes) -> bytes:
    """The chunk's name: b"" for a hole, else its SHA-256."""
    if raw == (_ZEROS if len(raw) == len(_ZEROS) else bytes(len(raw))):
        return b""
    return hashlib.sha256(raw).digest()

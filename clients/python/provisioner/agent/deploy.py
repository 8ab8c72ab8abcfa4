"""Deploy: an image onto the disk, writing only what the disk lacks.

For each part of the manifest the agent reads the disk where the image has
data: a chunk that already matches stays (a resumed or repeated deploy writes
nothing twice). The others are downloaded a few at a time, each decompressed
and checked against its digest before a byte of it is written. Holes become
zeros where the disk is not zero already. At the end the disk is read back
and its SHA-256 compared with the image's: only then does the job succeed.
"""

from __future__ import annotations

import functools
import hashlib
from concurrent.futures import ThreadPoolExecutor

import zstandard

from provisioner.agent.disk import Disk
from provisioner.agent.flight import Flight
from provisioner.agent.progress import Progress
from provisioner.agent.transport import AgentClient, AgentError
from provisioner.v1 import imaging_agent_service_pb2 as pb

# Chunks asked for in one DownloadChunks call.
_BATCH = 3
_ZEROS = bytes(1024 * 1024)


def deploy(client: AgentClient, disk: Disk, workers: int, progress_out=None) -> str:
    """Writes the job's image onto `disk`; returns the SHA-256 read back."""
    started = client.start(0)
    size = started.size_bytes
    if disk.is_file and disk.size == 0:
        disk.grow_to(size)  # a new, empty file stands for a blank disk
    if disk.size < size:
        raise AgentError(
            f"{disk.path} holds {disk.size} bytes, less than the image's {size}"
        )
    out = () if progress_out is None else (progress_out,)
    writer = _Writer(client, disk, workers)
    try:
        with Progress(client, size, "deployed", *out) as progress:
            writer.progress = progress
            _write_parts(client, disk, started, writer, progress)
            writer.drain()
    finally:
        writer.close()
    # The disk flushes while it is read back: both wait on the kernel.
    with ThreadPoolExecutor(1) as flusher:
        flushed = flusher.submit(disk.sync)
        sha256 = read_back(disk, size)
        flushed.result()
    if sha256 != started.sha256:
        message = (
            f"{disk.path} as read back has SHA-256 {sha256}, not the image's "
            f"{started.sha256}"
        )
        client.fail(message)
        raise AgentError(message)
    client.call("FinishJob", pb.FinishJobRequest(sha256=sha256))
    return sha256


def _write_parts(client, disk, started, writer, progress) -> None:
    size, chunk_size, part_size = (
        started.size_bytes,
        started.chunk_size_bytes,
        started.part_size,
    )
    chunks = -(-size // chunk_size)
    for part in range(-(-chunks // part_size)):
        reply = client.call("GetManifestPart", pb.GetManifestPartRequest(part=part))
        wanted: dict[bytes, list[tuple[int, int]]] = {}
        for position, name in enumerate(reply.digests):
            offset = (part * part_size + position) * chunk_size
            length = min(chunk_size, size - offset)
            current = disk.read(offset, length)
            zero = _is_zero(current)
            if not name:
                if not zero:
                    disk.write(offset, bytes(length))
            elif zero or hashlib.sha256(current).digest() != name:
                wanted.setdefault(name, []).append((offset, length))
                continue
            progress.advance(done=length)
        writer.fetch(wanted)


class _Writer:
    """Downloads, checks and writes chunks on a pool of threads."""

    def __init__(self, client: AgentClient, disk: Disk, workers: int):
        self._client = client
        self._disk = disk
        self._flight = Flight(workers)
        self.progress: Progress | None = None

    def fetch(self, wanted: dict[bytes, list[tuple[int, int]]]) -> None:
        names = list(wanted)
        batches = [names[i : i + _BATCH] for i in range(0, len(names), _BATCH)]
        self._flight.send(
            [functools.partial(self._fetch, batch, wanted) for batch in batches]
        )

    def drain(self) -> None:
        self._flight.drain()

    def close(self) -> None:
        self._flight.close()

    def _fetch(self, names: list[bytes], wanted) -> None:
        decompressor = zstandard.ZstdDecompressor()
        while names:
            reply = self._client.call(
                "DownloadChunks", pb.DownloadChunksRequest(digests=names)
            )
            if not reply.chunks:
                raise AgentError("the server sent no chunk of those asked for")
            for chunk in reply.chunks:
                try:
                    raw = decompressor.decompress(
                        chunk.data, max_output_size=len(_ZEROS)
                    )
                except zstandard.ZstdError:
                    raw = b""
                if hashlib.sha256(raw).digest() != chunk.digest:
                    raise AgentError(
                        f"chunk {chunk.digest.hex()} from the server does not match "
                        "its SHA-256: the stored image is damaged (an operator "
                        "runs provisioner-scrub to find what it affects); nothing "
                        "of it was written"
                    )
                for offset, length in wanted[chunk.digest]:
                    self._disk.write(offset, raw[:length])
                    if self.progress is not None:
                        self.progress.advance(done=length)
                if self.progress is not None:
                    self.progress.advance(transferred=len(chunk.data))
            names = names[len(reply.chunks) :]


def read_back(disk: Disk, size: int, block: int = 4 * 1024 * 1024) -> str:
    """The SHA-256 of the first `size` bytes of `disk`."""
    digest = hashlib.sha256()
    for offset in range(0, size, block):
        digest.update(disk.read(offset, min(block, size - offset)))
    return digest.hexdigest()


def _is_zero(data: bytes) -> bool:
    return data == (_ZEROS if len(data) == len(_ZEROS) else bytes(len(data)))

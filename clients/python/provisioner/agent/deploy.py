"""Deploy: an image onto the disk, writing only what the disk lacks.

For each part of the manifest the agent reads the disk where the image has
data: a chunk that already matches stays (a resumed or repeated deploy writes
nothing twice). The others are downloaded a few at a time, each decompressed
and checked before a byte of it is written: against the BLAKE3 fingerprint the
server computed of it when it arrived, which the manifest part carries, or
against its SHA-256 when the server has none. Holes become
zeros where the disk is not zero already. Meanwhile a thread hashes what the
disk now holds, in order, as the pieces settle: once everything is written and
flushed, that SHA-256 must be the image's, or the job fails.

A new, empty file stands for a blank disk: it is known to read as zeros, so it
is not read first.
"""

from __future__ import annotations

import functools
import hashlib
import threading
from typing import NamedTuple

import blake3
import zstandard

from provisioner.agent.disk import Disk
from provisioner.agent.flight import Flight
from provisioner.agent.progress import Progress
from provisioner.agent.transport import AgentClient, AgentError
from provisioner.v1 import imaging_agent_service_pb2 as pb

# Chunks asked for in one DownloadChunks call.
_BATCH = 3
# Parts' worth of data that may wait for the hashing thread.
PARTS_AHEAD = 2
_ZEROS = bytes(1024 * 1024)


def deploy(client: AgentClient, disk: Disk, workers: int, progress_out=None) -> str:
    """Writes the job's image onto `disk`; returns the SHA-256 it now holds."""
    started = client.start(0)
    size = started.size_bytes
    blank = disk.is_file and disk.size == 0
    if blank:
        disk.grow_to(size)
    if disk.size < size:
        raise AgentError(
            f"{disk.path} holds {disk.size} bytes, less than the image's {size}"
        )
    out = () if progress_out is None else (progress_out,)
    digest = ImageDigest(size)
    writer = _Writer(client, disk, workers, digest)
    try:
        with Progress(client, size, "deployed", *out) as progress:
            writer.progress = progress
            _write_parts(client, disk, started, writer, progress, blank)
            writer.drain()
        disk.sync()
        sha256 = digest.result()
    finally:
        writer.close()
        digest.close()
    if sha256 != started.sha256:
        message = (
            f"{disk.path} now holds data with SHA-256 {sha256}, not the image's "
            f"{started.sha256}"
        )
        client.fail(message)
        raise AgentError(message)
    client.call("FinishJob", pb.FinishJobRequest(sha256=sha256))
    return sha256


def _write_parts(client, disk, started, writer, progress, blank: bool) -> None:
    size, chunk_size, part_size = (
        started.size_bytes,
        started.chunk_size_bytes,
        started.part_size,
    )
    chunks = -(-size // chunk_size)
    for part in range(-(-chunks // part_size)):
        # The hashing thread may not fall far behind: it holds what it has
        # not hashed yet.
        writer.digest.wait_below(PARTS_AHEAD * part_size * chunk_size)
        reply = client.call("GetManifestPart", pb.GetManifestPartRequest(part=part))
        prints = list(reply.fingerprints)
        if len(prints) != len(reply.digests):  # a server that sends none
            prints = [b""] * len(reply.digests)
        wanted: dict[bytes, list[tuple[int, int]]] = {}
        for position, name in enumerate(reply.digests):
            offset = (part * part_size + position) * chunk_size
            length = min(chunk_size, size - offset)
            current = None if blank else disk.read(offset, length)
            zero = current is None or _is_zero(current)
            check = Check(name, prints[position])
            if not name:
                if not zero:
                    disk.write(offset, bytes(length))
                writer.digest.add(offset, length)
            elif zero or not check.matches(current):
                wanted.setdefault(check, []).append((offset, length))
                continue
            else:
                writer.digest.add(offset, current)
            progress.advance(done=length)
        writer.fetch(wanted)


class Check(NamedTuple):
    """What a chunk's bytes are checked against: its fingerprint (BLAKE3)
    when the server knows it, several times faster, else its digest."""

    digest: bytes
    fingerprint: bytes

    def matches(self, raw: bytes) -> bool:
        if self.fingerprint:
            return blake3.blake3(raw).digest() == self.fingerprint
        return hashlib.sha256(raw).digest() == self.digest


class _Writer:
    """Downloads, checks and writes chunks on a pool of threads."""

    def __init__(self, client: AgentClient, disk: Disk, workers: int, digest):
        self._client = client
        self._disk = disk
        self.digest = digest
        self._flight = Flight(workers)
        self.progress: Progress | None = None

    def fetch(self, wanted: dict[Check, list[tuple[int, int]]]) -> None:
        checks = list(wanted)
        batches = [checks[i : i + _BATCH] for i in range(0, len(checks), _BATCH)]
        self._flight.send(
            [functools.partial(self._fetch, batch, wanted) for batch in batches]
        )

    def drain(self) -> None:
        self._flight.drain()

    def close(self) -> None:
        self._flight.close()

    def _fetch(self, checks: list[Check], wanted) -> None:
        try:
            self._fetch_batch(checks, wanted)
        except BaseException:
            # Its pieces never come: the hashing thread stops at the gap, and
            # the main thread, which may be waiting for it, goes on to drain()
            # and meets this error there.
            self.digest.close()
            raise

    def _fetch_batch(self, checks: list[Check], wanted) -> None:
        decompressor = zstandard.ZstdDecompressor()
        while checks:
            reply = self._client.call(
                "DownloadChunks",
                pb.DownloadChunksRequest(digests=[c.digest for c in checks]),
            )
            if not reply.chunks:
                raise AgentError("the server sent no chunk of those asked for")
            for chunk, check in zip(reply.chunks, checks, strict=False):
                try:
                    raw = decompressor.decompress(
                        chunk.data, max_output_size=len(_ZEROS)
                    )
                except zstandard.ZstdError:
                    raw = b""
                if chunk.digest != check.digest or not check.matches(raw):
                    raise AgentError(
                        f"chunk {check.digest.hex()} from the server does not match "
                        "its hash: the stored image is damaged (an operator "
                        "runs provisioner-scrub to find what it affects); nothing "
                        "of it was written"
                    )
                for offset, length in wanted[check]:
                    piece = raw if length == len(raw) else raw[:length]
                    self._disk.write(offset, piece)
                    self.digest.add(offset, piece)
                    if self.progress is not None:
                        self.progress.advance(done=length)
                if self.progress is not None:
                    self.progress.advance(transferred=len(chunk.data))
            checks = checks[len(reply.chunks) :]


class ImageDigest:
    """The SHA-256 of the image as the agent settles its pieces, which come in
    any order: a thread hashes them in offset order as soon as the ones before
    are there (hashlib lets other threads run meanwhile), so the transfer does
    not wait for a read-back of the whole disk at the end."""

    def __init__(self, size: int):
        self._size = size
        self._sha = hashlib.sha256()
        self._hashed = 0
        self._pieces: dict[int, bytes | int] = {}  # offset -> data, or zeros
        self._held = 0  # bytes of data waiting to be hashed
        self._closed = False
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="digest", daemon=True)
        self._thread.start()

    def add(self, offset: int, piece: bytes | int) -> None:
        """`piece` is the data now at `offset`, or a number of zero bytes."""
        with self._changed:
            self._pieces[offset] = piece
            if not isinstance(piece, int):
                self._held += len(piece)
            self._changed.notify_all()

    def wait_below(self, held: int) -> None:
        """Waits while more than `held` bytes wait to be hashed."""
        with self._changed:
            self._changed.wait_for(lambda: self._held <= held or self._closed)

    def result(self) -> str:
        """The SHA-256 of the whole image, once every piece was added."""
        self.close()
        self._thread.join()
        if self._hashed != self._size:
            raise AgentError(
                f"the data from byte {self._hashed} on was never settled: "
                "an agent fault, nothing was reported as done"
            )
        return self._sha.hexdigest()

    def close(self) -> None:
        """No more pieces come: the thread ends at the first gap."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def _run(self) -> None:
        while self._hashed < self._size:
            with self._changed:
                self._changed.wait_for(
                    lambda: self._hashed in self._pieces or self._closed
                )
                piece = self._pieces.pop(self._hashed, None)
            if piece is None:
                return
            length = _feed(self._sha, piece)
            with self._changed:
                self._hashed += length
                if not isinstance(piece, int):
                    self._held -= length
                self._changed.notify_all()


def _feed(sha, piece: bytes | int) -> int:
    if not isinstance(piece, int):
        sha.update(piece)
        return len(piece)
    zeros = memoryview(_ZEROS)
    for start in range(0, piece, len(_ZEROS)):
        sha.update(zeros[: min(len(_ZEROS), piece - start)])
    return piece


def _is_zero(data: bytes) -> bool:
    return data == (_ZEROS if len(data) == len(_ZEROS) else bytes(len(data)))

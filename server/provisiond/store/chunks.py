"""Content-addressed chunk storage: each chunk a file named by its SHA-256.

A chunk is kept as the zstandard frame it travelled in, under
`ROOT/ab/abcdef...` (its digest in hex). A file is written whole under a
temporary name, fsynced, then renamed into place: a reader never sees part of
a chunk, and a crash leaves no half-written chunk under its name. Before a
chunk is kept, its frame is decompressed and hashed: what the store holds
matched its name when it arrived. Reads do not check again (the agent that
writes a chunk to a disk does); scrub() does, for every chunk.

A chunk arrives named by its SHA-256, by its BLAKE3 fingerprint (the name a
capture offers it by), or both; the store computes both from its bytes and
checks them against what it came with.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

import blake3
import zstandard

from provisiond.core.errors import DataLoss, InvalidArgument, ResourceExhausted

LOG = logging.getLogger(__name__)

DIGEST_BYTES = 32
_TEMPORARY_PREFIX = ".partial-"
# A chunk's write waits on its fsync, which takes milliseconds on most disks;
# several run at once, so that an upload of many chunks waits for about one.
_WRITERS = ThreadPoolExecutor(8, thread_name_prefix="chunk-writer")


class Arrival(NamedTuple):
    """A chunk as it arrives: its zstandard frame, named by its SHA-256, its
    BLAKE3 fingerprint, or both (the other empty)."""

    digest: bytes
    fingerprint: bytes
    frame: bytes


class ChunkStore:
    def __init__(self, root: Path, chunk_size: int):
        self._root = root
        self._chunk_size = chunk_size

    @property
    def root(self) -> Path:
        return self._root

    def path(self, digest: bytes) -> Path:
        name = digest.hex()
        return self._root / name[:2] / name

    def has(self, digest: bytes) -> bool:
        return self.path(digest).is_file()

    def missing(self, digests: Iterable[bytes]) -> list[bytes]:
        """The digests of `digests` that the store lacks, in their order."""
        return [digest for digest in digests if not self.has(digest)]

    def put_many(self, chunks: list[Arrival]) -> list[tuple[bytes, bytes]]:
        """Keeps chunks once every one is checked: the writes, each waiting
        on its fsync, run in parallel. Returns (fingerprint, digest) of every
        chunk, stored before or not, both computed from its bytes.

        Raises InvalidArgument for a frame that is not zstandard, holds more
        than a chunk, or does not match its digest or fingerprint, and
        ResourceExhausted when the disk is full; nothing of the chunk is kept
        then.
        """
        named = [self._check_frame(chunk) for chunk in chunks]
        fresh = {
            digest: chunk.frame
            for (_, digest), chunk in zip(named, chunks, strict=True)
            if not self.has(digest)
        }
        writes = [
            _WRITERS.submit(self._write, self.path(digest), frame)
            for digest, frame in fresh.items()
        ]
        failures = [future.exception() for future in writes]
        for failure in failures:
            if failure is not None:
                raise failure
        return named

    def get(self, digest: bytes) -> bytes:
        """The frame stored under `digest`. Raises DataLoss when it is gone."""
        try:
            return self.path(digest).read_bytes()
        except FileNotFoundError:
            raise _damaged(digest, "is missing") from None

    def check(self, digest: bytes) -> str | None:
        """What is wrong with the stored chunk, or None when it is sound."""
        try:
            frame = self.path(digest).read_bytes()
            raw = zstandard.ZstdDecompressor().decompress(
                frame, max_output_size=self._chunk_size
            )
        except FileNotFoundError:
            return "missing"
        except zstandard.ZstdError:
            return "not a valid zstandard frame"
        if hashlib.sha256(raw).digest() != digest:
            return "does not match its digest"
        return None

    def delete(self, digests: Iterable[bytes]) -> int:
        """Removes the chunks; returns how many were there."""
        removed = 0
        for digest in digests:
            try:
                self.path(digest).unlink()
                removed += 1
            except FileNotFoundError:
                pass
        return removed

    def digests(self) -> Iterator[bytes]:
        """Every stored chunk's digest, in no particular order."""
        if not self._root.is_dir():
            return
        for directory in self._root.iterdir():
            if not directory.is_dir():
                continue
            for entry in directory.iterdir():
                if entry.name.startswith(_TEMPORARY_PREFIX):
                    continue
                try:
                    yield bytes.fromhex(entry.name)
                except ValueError:
                    LOG.warning("not a chunk, left alone: %s", entry)

    def _check_frame(self, chunk: Arrival) -> tuple[bytes, bytes]:
        """The chunk's fingerprint and digest, from its bytes, once they
        match those it came with."""
        label = _label(chunk)
        raw = self._decompress(label, chunk.frame)
        digest = hashlib.sha256(raw).digest()
        if chunk.digest and digest != chunk.digest:
            raise _mismatch(
                label,
                "its digest: it was damaged on its way; send it again",
                "CHUNK_DIGEST_MISMATCH",
            )
        fingerprint = blake3.blake3(raw).digest()
        if chunk.fingerprint and fingerprint != chunk.fingerprint:
            raise _mismatch(
                label,
                "the fingerprint it was offered by: the disk changed after the "
                "agent read it, or it was damaged on its way",
                "CHUNK_FINGERPRINT_MISMATCH",
            )
        return fingerprint, digest

    def _decompress(self, label: tuple[str, str], frame: bytes) -> bytes:
        try:
            if zstandard.frame_content_size(frame) > self._chunk_size:
                raise zstandard.ZstdError("its content is larger than a chunk")
            return zstandard.ZstdDecompressor().decompress(
                frame, max_output_size=self._chunk_size
            )
        except zstandard.ZstdError as error:
            raise InvalidArgument(
                f"chunk {label[1]} is not one zstandard frame of at most "
                f"{self._chunk_size} bytes ({error})",
                "CHUNK_MALFORMED",
                dict([label]),
            ) from None

    def _write(self, final: Path, frame: bytes) -> None:
        # Two uploads of one chunk may race: each writes a file of its own.
        partial = final.with_name(f"{_TEMPORARY_PREFIX}{final.name}.{uuid.uuid4().hex}")
        try:
            fd = _create(partial)
            try:
                view = memoryview(frame)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(partial, final)
        except OSError as error:
            partial.unlink(missing_ok=True)
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise ResourceExhausted(
                    "the server's data directory is full; make room and resume the job",
                    "STORAGE_FULL",
                    retry_after_seconds=60.0,
                ) from None
            raise


def _create(path: Path) -> int:
    """Opens a new file for writing, making its directory the first time."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    try:
        return os.open(path, flags, 0o600)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return os.open(path, flags, 0o600)


def _label(chunk: Arrival) -> tuple[str, str]:
    """How errors name a chunk: by its digest, else by its fingerprint."""
    if chunk.digest:
        return "digest", chunk.digest.hex()
    return "fingerprint", chunk.fingerprint.hex()


def _mismatch(label: tuple[str, str], why: str, reason: str) -> InvalidArgument:
    return InvalidArgument(
        f"chunk {label[1]} does not match {why}", reason, dict([label])
    )


def _damaged(digest: bytes, what: str) -> DataLoss:
    return DataLoss(
        f"stored chunk {digest.hex()} {what}: the images that hold it cannot be "
        "deployed; run provisioner-scrub to list them",
        "CHUNK_DAMAGED",
        {"digest": digest.hex()},
    )

"""Capture: the disk becomes a new image, sending only what the server lacks.

The disk is read once, in order, each chunk read and fingerprinted with BLAKE3
on one of two threads (the reads, blake3, hashlib and zstandard let other
threads run meanwhile), into a buffer each thread reuses; a part's
fingerprints are offered to the server as soon as they are known. The chunks
it lacks are read again (from the page cache, mostly), compressed and uploaded
by their fingerprint, each chunk once however often the disk repeats it,
several calls at once, while the next parts are read. The server checks each
against its fingerprint (a chunk that changed since it was offered fails the
capture) and names it by its SHA-256, which it computes anyway. The agent's
memory is thus a few chunks per thread, whatever the part size.
A resumed capture (the same job, after the agent or the network failed) sends
only what is missing.

The whole disk's SHA-256 is the one slow hash left: a second reader computes
it from the first part the server lacked something of on. It reads again the
parts the first reader had read by then, and takes over the rest, reading each
chunk once for both hashes at the pace of SHA-256, which the uploads do not
outrun anyway. A re-capture of an unchanged disk uploads nothing and does not
compute it: the server knows it from the image that has the very same chunks.
Should it have none, the agent reads the disk a second time for it.
"""

from __future__ import annotations

import functools
import hashlib
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor

import blake3
import zstandard

from provisioner.agent.disk import Disk
from provisioner.agent.flight import Flight
from provisioner.agent.progress import Progress
from provisioner.agent.transport import AgentClient, AgentError
from provisioner.v1 import imaging_agent_service_pb2 as pb

_FINISH_ATTEMPTS = 3
_ZEROS = bytes(1024 * 1024)
# Parts read but not yet offered. Two, so that the next part is read while
# one is offered.
_PARTS_IN_FLIGHT = 2
# Chunks one upload task compresses, sent in calls of at most _UPLOAD_BYTES:
# one call for three chunks that did not compress (a frame is a little larger
# than its chunk), under the 4 MiB a gRPC message holds by default.
_GROUP = 3
_UPLOAD_BYTES = 3 * 1024 * 1024 + 64 * 1024
# Chunk names remembered as sent, to send a repeated chunk once: 32 bytes each.
_RECENT_SENT = 4096


def capture(client: AgentClient, disk: Disk, workers: int, progress_out=None) -> str:
    """Captures `disk`; returns its SHA-256 in hex."""
    started = client.start(disk.size)
    chunk_size, part_size = started.chunk_size_bytes, started.part_size
    whole = WholeDigest(disk, chunk_size, part_size)
    uploader = _Uploader(client, disk, workers, whole)
    try:
        return _capture(client, disk, chunk_size, part_size, uploader, progress_out)
    finally:
        # The reader first: an offer may be waiting for a part it took.
        whole.close()
        uploader.close()


def _capture(client, disk, chunk_size, part_size, uploader, progress_out) -> str:
    with Progress(client, disk.size, "captured", *_out(progress_out)) as progress:
        uploader.progress = progress
        manifest = _send_parts(disk, chunk_size, part_size, uploader, progress)
    whole = uploader.whole
    for attempt in range(_FINISH_ATTEMPTS):
        request = pb.FinishJobRequest(sha256=whole.result(), manifest_digest=manifest)
        try:
            return client.call("FinishJob", request).sha256
        except AgentError as error:
            last = attempt == _FINISH_ATTEMPTS - 1
            if error.reason == "SHA256_REQUIRED" and not last:
                # No image has these chunks: the agent must hash the disk.
                whole.start()
                continue
            if error.reason != "CAPTURE_INCOMPLETE" or last:
                raise
            # Chunks went missing on the server meanwhile: offer everything
            # again, which sends what it lacks now.
            uploader.forget_sent()
            with Progress(
                client, disk.size, "re-sending", *_out(progress_out)
            ) as again:
                uploader.progress = again
                _send_parts(disk, chunk_size, part_size, uploader, again)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _out(progress_out):
    return () if progress_out is None else (progress_out,)


def _send_parts(disk, chunk_size, part_size, uploader, progress) -> bytes:
    """Hands each part of the disk, in order, to the uploader; the manifest's
    digest, over the fingerprints offered."""
    chunks = -(-disk.size // chunk_size)
    parts = -(-chunks // part_size)
    for part in range(parts):
        first = part * part_size
        pieces = [
            (index * chunk_size, min(chunk_size, disk.size - index * chunk_size))
            for index in range(first, min(first + part_size, chunks))
        ]
        uploader.send_part(part, pieces)
        progress.advance(done=sum(length for _, length in pieces))
    uploader.drain()
    return uploader.manifest_digest(parts)


class _Uploader:
    """Fingerprints, offers and uploads the parts of a disk on threads of its
    own, so that reading goes on meanwhile."""

    def __init__(
        self, client: AgentClient, disk: Disk, workers: int, whole: WholeDigest
    ):
        self._client = client
        self._disk = disk
        self.whole = whole
        self._hashers = ThreadPoolExecutor(2, thread_name_prefix="fingerprint")
        self._offers = ThreadPoolExecutor(1, thread_name_prefix="offer")
        self._flight = Flight(workers)
        self._room = threading.Semaphore(_PARTS_IN_FLIGHT)
        self._names: dict[int, list[bytes]] = {}
        # Names of the chunks sent lately, oldest first; only the one thread
        # that offers touches it.
        self._sent: dict[bytes, None] = {}
        self._offered: list[Future] = []
        self._local = threading.local()
        self.progress: Progress | None = None

    def send_part(self, part: int, pieces: list[tuple[int, int]]) -> None:
        """Reads and offers the chunks at `pieces` (offset, length): the
        second reader does, once it runs (see WholeDigest.take)."""
        self._room.acquire()
        prints: Future | list[Future] | None = self.whole.take(part)
        if prints is None:
            prints = [
                self._hashers.submit(_fingerprint_at, self._disk, *piece)
                for piece in pieces
            ]
        self._offered.append(self._offers.submit(self._offer, part, pieces, prints))

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

    def _offer(self, part: int, pieces, prints: Future | list[Future]) -> None:
        """Offers a part once its fingerprints are known: a future of them
        all (the second reader's) or one per chunk (the hashers')."""
        try:
            if isinstance(prints, Future):
                names = prints.result()
            else:
                names = [future.result() for future in prints]
            self._names[part] = names
            self.whole.expect(part, names)
            request = pb.OfferChunksRequest(part=part, fingerprints=names)
            missing = self._client.call("OfferChunks", request).missing
            if missing:
                self.whole.start()
            wanted = [
                (pieces[i], names[i]) for i in missing if self._first_send(names[i])
            ]
            groups = [wanted[i : i + _GROUP] for i in range(0, len(wanted), _GROUP)]
            self._flight.send([functools.partial(self._send, g) for g in groups])
        except BaseException:
            # The part is never offered: a second reader waiting for it, and
            # the offers waiting for parts that reader took, would wait on.
            self.whole.close()
            raise
        finally:
            self._room.release()

    def forget_sent(self) -> None:
        """Lets every chunk be sent again: the server lost some."""
        self._sent.clear()

    def _first_send(self, name: bytes) -> bool:
        """Whether the chunk `name` is not on its way already: a disk holds
        the same chunk many times over (a filled region, copies of a file),
        and the server names it missing in every part it is in until one
        upload of it lands. Recent names only, so that memory stays bounded;
        an older repeat is sent again, which costs nothing but the time."""
        if name in self._sent:
            return False
        self._sent[name] = None
        if len(self._sent) > _RECENT_SENT:
            del self._sent[next(iter(self._sent))]
        return True

    def _send(self, group: list[tuple[tuple[int, int], bytes]]) -> None:
        """Reads the chunks again and uploads them by the fingerprints they
        were offered by, which the server checks them against (and names
        them by their SHA-256 itself)."""
        compressor = getattr(self._local, "compressor", None)
        if compressor is None:
            compressor = self._local.compressor = zstandard.ZstdCompressor(level=1)
        batch, size = [], 0
        for (offset, length), offered in group:
            frame = compressor.compress(self._disk.read(offset, length))
            if batch and size + len(frame) > _UPLOAD_BYTES:
                self._upload(batch, size)
                batch, size = [], 0
            batch.append(pb.Chunk(fingerprint=offered, data=frame))
            size += len(frame)
        self._upload(batch, size)

    def _upload(self, batch: list[pb.Chunk], size: int) -> None:
        request = pb.UploadChunksRequest(chunks=batch)
        try:
            self._client.call("UploadChunks", request)
        except AgentError as error:
            if error.reason == "CHUNK_FINGERPRINT_MISMATCH":
                raise _changed_while_read() from None
            raise
        if self.progress is not None:
            self.progress.advance(transferred=size)


class WholeDigest:
    """The SHA-256 of the whole disk, from a second reader that follows the
    capture once started: it reads each chunk again (from the page cache,
    mostly, being close behind) and checks it against the fingerprint the
    capture offered, so that a disk written to during the capture fails it
    rather than giving an image a SHA-256 that is not its bytes'. The parts
    the capture has not read yet when it starts, it reads for the capture
    (take): one read of those serves both hashes."""

    def __init__(self, disk: Disk, chunk_size: int, part_size: int):
        self._disk = disk
        self._chunk_size = chunk_size
        self._part_size = part_size
        self._expected: dict[int, list[bytes]] = {}
        self._taken: dict[int, Future] = {}
        self._part = 0  # the part the reader is at
        self._changed = threading.Condition()
        self._closed = False
        self._thread: threading.Thread | None = None
        self._sha256 = ""
        self._error: AgentError | None = None

    def expect(self, part: int, names: list[bytes]) -> None:
        """The fingerprints the capture offered for `part`."""
        with self._changed:
            known = self._expected.get(part)
            if known is not None and known != names:
                self._error = _changed_while_read(part * self._part_size)
            self._expected[part] = names
            self._changed.notify_all()

    def start(self) -> None:
        """Starts the second reader, if it is not running yet."""
        with self._changed:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="whole-digest", daemon=True
                )
                self._thread.start()

    def take(self, part: int) -> Future | None:
        """Has the running reader fingerprint `part` for the capture, as it
        reads it anyway: a future of the part's fingerprints. None when it
        does not run, has gone past `part`, or knows the part's fingerprints
        already (a second pass), which it checks instead."""
        with self._changed:
            running = self._thread is not None and self._thread.is_alive()
            known = part < self._part or part in self._expected
            if not running or self._closed or known:
                return None
            future: Future = Future()
            self._taken[part] = future
            self._changed.notify_all()
            return future

    def result(self) -> str:
        """The SHA-256, or "" when the reader was never started."""
        if self._thread is None:
            return ""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._sha256

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def _run(self) -> None:
        try:
            self._sha256 = self._hash()
        except AgentError as error:
            self._error = error
        except OSError as error:
            self._error = AgentError(f"cannot read {self._disk.path}: {error}")
        except Exception as error:  # noqa: BLE001 - result() reports it
            self._error = AgentError(f"hashing {self._disk.path} failed: {error!r}")
        finally:
            with self._changed:
                self._part = sys.maxsize  # take() hands out nothing more
                taken, self._taken = self._taken, {}
            failure = self._error or AgentError("the capture stopped")
            for future in taken.values():
                if not future.done():
                    future.set_exception(failure)

    def _hash(self) -> str:
        sha = hashlib.sha256()
        size, chunk = self._disk.size, self._chunk_size
        buffer = bytearray(chunk)
        taken: Future | None = None
        names: list[bytes] = []
        for offset in range(0, size, chunk):
            index = offset // chunk
            part, position = divmod(index, self._part_size)
            if position == 0:
                taken, names = self._next_part(part)
                if taken is None and names is None:
                    return ""
            raw = buffer if size - offset >= chunk else bytearray(size - offset)
            self._disk.read_into(offset, raw)
            print_ = fingerprint(raw)
            if taken is not None:
                names.append(print_)
            elif print_ != names[position]:
                raise _changed_while_read(offset)
            sha.update(raw)
            last = offset + chunk >= size or position == self._part_size - 1
            if taken is not None and last:
                with self._changed:
                    del self._taken[part]
                taken.set_result(names)
        return sha.hexdigest()

    def _next_part(self, part: int) -> tuple[Future | None, list[bytes] | None]:
        """Waits until `part` is either read by the capture (its offered
        fingerprints, to check) or taken (a future to fill); (None, None)
        when the capture ended first."""
        with self._changed:
            self._part = part
            self._changed.wait_for(
                lambda: part in self._expected or part in self._taken or self._closed
            )
            if self._error is not None:
                return None, None
            if part in self._taken:
                return self._taken[part], []
            if part in self._expected:
                return None, list(self._expected[part])
            return None, None


def _changed_while_read(offset: int | None = None) -> AgentError:
    where = "" if offset is None else f" (at byte {offset})"
    return AgentError(
        f"the disk changed while it was captured{where}: capture it again while "
        "nothing writes to it"
    )


_buffers = threading.local()


def _fingerprint_at(disk: Disk, offset: int, length: int) -> bytes:
    """The fingerprint of the chunk at `offset`, read into this thread's
    buffer."""
    buffer = getattr(_buffers, "chunk", None)
    if buffer is None or len(buffer) != length:
        buffer = _buffers.chunk = bytearray(length)
    disk.read_into(offset, buffer)
    return fingerprint(buffer)


def fingerprint(raw: bytes | bytearray) -> bytes:
    """The chunk's fingerprint: b"" for a hole, else its BLAKE3."""
    if raw == (_ZEROS if len(raw) == len(_ZEROS) else bytes(len(raw))):
        return b""
    return blake3.blake3(raw).digest()

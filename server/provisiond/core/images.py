"""Disk images and their manifests: the ordered chunk digests of a disk.

A disk is cut into chunks of CHUNK_SIZE bytes, the last one shorter. A chunk
is named by the SHA-256 of its bytes; an all-zero chunk is a hole, written as
32 zero bytes in a manifest and never stored. Manifests are kept in parts of
PART_SIZE digests, one database row each, so that a part is written as the
agent reads the disk and a resumed capture rewrites only what it reads again.
A capture may offer a part by the chunks' BLAKE3 fingerprints; the part keeps
them until the capture finishes and resolve_part() names its chunks, through
the fingerprints the server learnt from chunks it received.

An image is "creating" while its capture runs, "ready" once the capture
succeeded, and reads as "failed" when its capture ended otherwise.
"""

from __future__ import annotations

import enum
import functools
import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee

from provisiond.core import names
from provisiond.core.clock import utcnow
from provisiond.core.errors import (
    DataLoss,
    FailedPrecondition,
    NotFound,
    invalid_field,
)
from provisiond.core.pagination import PageRequest, next_page_token
from provisiond.core.records import ProvisioningState, check_etag, dumps, loads
from provisiond.db.database import db
from provisiond.db.models import (
    ChunkFingerprint,
    Image,
    ImagingJob,
    ManifestPart,
    Provisioning,
)
from provisiond.store.chunks import DIGEST_BYTES, ChunkStore

CHUNK_SIZE = 1024 * 1024
PART_SIZE = 64
HOLE = bytes(DIGEST_BYTES)


class ImageState(enum.Enum):
    CREATING = "creating"
    READY = "ready"
    FAILED = "failed"


@dataclass(frozen=True)
class ImageRecord:
    image_id: str
    display_name: str
    state: ImageState
    source_host_id: str
    os_id: str | None
    labels: Mapping[str, str]
    size_bytes: int
    sha256: str
    chunk_size: int
    data_chunk_count: int
    revision: int
    create_time: datetime
    update_time: datetime


def chunk_count(size_bytes: int) -> int:
    return -(-size_bytes // CHUNK_SIZE)


def part_count(size_bytes: int) -> int:
    return -(-chunk_count(size_bytes) // PART_SIZE)


def part_length(size_bytes: int, part: int) -> int:
    """How many digests part `part` of a disk of `size_bytes` holds."""
    return min(PART_SIZE, chunk_count(size_bytes) - part * PART_SIZE)


def split_digests(blob: bytes) -> list[bytes]:
    """The digests of a manifest part, b"" for a hole."""
    digests = [blob[i : i + DIGEST_BYTES] for i in range(0, len(blob), DIGEST_BYTES)]
    return [b"" if digest == HOLE else digest for digest in digests]


# Reading --------------------------------------------------------------------


def _state(row: Image, capture_state: str | None) -> ImageState:
    stored = ImageState(row.state)
    if stored is ImageState.CREATING and capture_state is not None:
        if not ProvisioningState(capture_state).active:
            return ImageState.FAILED
    return stored


def _record(row: Image, capture_state: str | None) -> ImageRecord:
    return ImageRecord(
        image_id=row.image_id,
        display_name=row.display_name,
        state=_state(row, capture_state),
        source_host_id=row.source_host_id,
        os_id=row.os_id,
        labels=loads(row.labels, {}),
        size_bytes=row.size_bytes,
        sha256=row.sha256,
        chunk_size=row.chunk_size,
        data_chunk_count=row.data_chunk_count,
        revision=row.revision,
        create_time=row.create_time,
        update_time=row.update_time,
    )


def _with_capture_state():
    return Image.select(Image, Provisioning.state).join(
        Provisioning,
        peewee.JOIN.LEFT_OUTER,
        on=(Provisioning.provisioning_id == Image.capture_job_id),
        attr="capture",
    )


def _capture_state(row: Image) -> str | None:
    capture = getattr(row, "capture", None)
    return capture.state if capture is not None else None


def row(image_id: str) -> Image:
    found = Image.get_or_none(Image.image_id == image_id)
    if found is None:
        raise NotFound(
            f"image {image_id} does not exist",
            "IMAGE_NOT_FOUND",
            {"image": names.image(image_id)},
        )
    return found


def get(image_id: str) -> ImageRecord:
    found = _with_capture_state().where(Image.image_id == image_id).first()
    if found is None:
        row(image_id)  # raises NotFound
    return _record(found, _capture_state(found))


def list_images(
    page: PageRequest, state: ImageState | None
) -> tuple[list[ImageRecord], str]:
    """Newest first; page keys are negated ids, as for provisionings."""
    query = _with_capture_state().order_by(Image.id.desc())
    if page.after_key is not None:
        query = query.where(Image.id < -page.after_key)
    # The state of a creating image depends on its capture, so it is
    # filtered here rather than in SQL.
    found, kept = [], []
    for candidate in query.iterator():
        found.append(candidate)
        record = _record(candidate, _capture_state(candidate))
        if state is None or record.state is state:
            kept.append((candidate, record))
        if len(kept) > page.size:
            break
    token = next_page_token(page, [-r.id for r, _ in kept])
    return [record for _, record in kept[: page.size]], token


def update(image_id: str, changes: Mapping[str, Any], etag: str = "") -> ImageRecord:
    """Changes display_name, os_id or labels, if `etag` is current."""
    with db.atomic():
        found = row(image_id)
        check_etag(etag, found.revision, "image")
        fields: dict[str, Any] = {}
        if "display_name" in changes:
            fields["display_name"] = _display_name(changes["display_name"])
        if "os_id" in changes:
            fields["os_id"] = changes["os_id"] or None
        if "labels" in changes:
            fields["labels"] = dumps(changes["labels"])
        Image.update(**fields, revision=found.revision + 1, update_time=utcnow()).where(
            Image.id == found.id
        ).execute()
    return get(image_id)


def _display_name(value: str) -> str:
    if len(value) > 200:
        raise invalid_field("image.display_name", "must be at most 200 characters")
    return value


# Manifests ------------------------------------------------------------------


def write_part(image_row: Image, part: int, digests: list[bytes]) -> None:
    blob = _join(digests)
    (
        ManifestPart.insert(image=image_row.id, part=part, digests=blob)
        .on_conflict(
            conflict_target=[ManifestPart.image, ManifestPart.part],
            update={ManifestPart.digests: blob, ManifestPart.fingerprints: None},
        )
        .execute()
    )


def write_part_fingerprints(
    image_row: Image, part: int, fingerprints: list[bytes]
) -> None:
    """Records a part offered by fingerprints; its digests are unknown until
    resolve_part()."""
    blob = _join(fingerprints)
    (
        ManifestPart.insert(
            image=image_row.id, part=part, digests=b"", fingerprints=blob
        )
        .on_conflict(
            conflict_target=[ManifestPart.image, ManifestPart.part],
            update={ManifestPart.digests: b"", ManifestPart.fingerprints: blob},
        )
        .execute()
    )


def _join(names: list[bytes]) -> bytes:
    return b"".join(name or HOLE for name in names)


def resolve_part(image_row: Image, part: int, fingerprints: bytes) -> int:
    """Names the chunks of a part offered by fingerprints; how many it could
    not name (their chunks never reached the server), 0 once it is done."""
    wanted = split_digests(fingerprints)
    known = digests_of(wanted)
    if any(f and f not in known for f in wanted):
        return sum(1 for f in wanted if f and f not in known)
    blob = b"".join(known[f] if f else HOLE for f in wanted)
    ManifestPart.update(digests=blob).where(
        (ManifestPart.image == image_row.id) & (ManifestPart.part == part)
    ).execute()
    return 0


# Fingerprints ---------------------------------------------------------------


def learn_fingerprints(named: list[tuple[bytes, bytes]]) -> None:
    """Records (fingerprint, digest) pairs the server computed itself."""
    rows = [{"fingerprint": f, "digest": d} for f, d in dict(named).items()]
    if rows:
        ChunkFingerprint.insert_many(rows).on_conflict_ignore().execute()


def digests_of(fingerprints: list[bytes]) -> dict[bytes, bytes]:
    """The digests of the chunks of those fingerprints the server learnt."""
    wanted = list({f for f in fingerprints if f})
    if not wanted:
        return {}
    query = ChunkFingerprint.select().where(ChunkFingerprint.fingerprint.in_(wanted))
    return {bytes(row.fingerprint): bytes(row.digest) for row in query}


def fingerprints_of(digests: list[bytes]) -> list[bytes]:
    """The fingerprints the server learnt of these chunks, in their order; b""
    for a hole or a chunk it never computed one of."""
    wanted = list({d for d in digests if d})
    if not wanted:
        return [b""] * len(digests)
    query = ChunkFingerprint.select().where(ChunkFingerprint.digest.in_(wanted))
    known = {bytes(row.digest): bytes(row.fingerprint) for row in query}
    return [known.get(d, b"") for d in digests]


def forget_fingerprints(digests: set[bytes]) -> None:
    """Drops the fingerprints of chunks no longer stored."""
    batch = list(digests)
    for start in range(0, len(batch), 500):
        ChunkFingerprint.delete().where(
            ChunkFingerprint.digest.in_(batch[start : start + 500])
        ).execute()


def read_part(image_row: Image, part: int) -> list[bytes]:
    found = ManifestPart.get_or_none(
        (ManifestPart.image == image_row.id) & (ManifestPart.part == part)
    )
    if found is None:
        raise DataLoss(
            f"image {image_row.image_id} has no manifest part {part}",
            "MANIFEST_PART_MISSING",
            {"part": str(part)},
        )
    return split_digests(bytes(found.digests))


def parts(image_row: Image) -> Iterator[tuple[int, bytes]]:
    """(part number, blob) of every stored part of an image, in order."""
    query = (
        ManifestPart.select(ManifestPart.part, ManifestPart.digests)
        .where(ManifestPart.image == image_row.id)
        .order_by(ManifestPart.part)
    )
    for found in query.iterator():
        yield found.part, bytes(found.digests)


def offered_parts(image_row: Image) -> Iterator[tuple[int, bytes, bool]]:
    """(part number, blob as offered, whether it holds fingerprints) of
    every stored part of a capture's image, in order."""
    query = (
        ManifestPart.select(
            ManifestPart.part, ManifestPart.digests, ManifestPart.fingerprints
        )
        .where(ManifestPart.image == image_row.id)
        .order_by(ManifestPart.part)
    )
    for found in query.iterator():
        if found.fingerprints is not None:
            yield found.part, bytes(found.fingerprints), True
        else:
            yield found.part, bytes(found.digests), False


def same_image(manifest_sha256: str, size_bytes: int) -> Image | None:
    """A ready image with that manifest and size: the same bytes."""
    return (
        Image.select()
        .where(
            (Image.manifest_sha256 == manifest_sha256)
            & (Image.size_bytes == size_bytes)
            & (Image.state == ImageState.READY.value)
            & (Image.sha256 != "")
        )
        .first()
    )


def manifest_digest(image_row: Image) -> bytes:
    """SHA-256 over every digest in order, holes as 32 zero bytes."""
    digest = hashlib.sha256()
    for _, blob in parts(image_row):
        digest.update(blob)
    return digest.digest()


@functools.lru_cache(maxsize=8)
def chunk_set(image_id: str, revision_key: str) -> frozenset[bytes]:
    """Every data chunk digest of a ready image (whose manifest no longer
    changes); `revision_key` names the image's one readiness."""
    found = row(image_id)
    return frozenset(
        digest for _, blob in parts(found) for digest in split_digests(blob) if digest
    )


def referenced_digests(among: set[bytes]) -> set[bytes]:
    """Those of `among` that some manifest holds."""
    held: set[bytes] = set()
    for found in ManifestPart.select(ManifestPart.digests).iterator():
        blob = bytes(found.digests)
        for i in range(0, len(blob), DIGEST_BYTES):
            digest = blob[i : i + DIGEST_BYTES]
            if digest in among:
                held.add(digest)
    return held


# Deleting -------------------------------------------------------------------


def delete(image_id: str, etag: str, store: ChunkStore) -> int:
    """Deletes an image and the chunks no other image holds; how many chunks
    were freed. Raises FailedPrecondition while a job uses the image.

    NOTE(gc): a capture that offers one of the freed chunks while this runs
    is told the server holds it; its FinishJob then finds the chunk missing
    and the agent sends it again.
    """
    with db.atomic():
        found = row(image_id)
        check_etag(etag, found.revision, "image")
        _refuse_if_in_use(found)
        mine = {
            digest
            for _, blob in parts(found)
            for digest in split_digests(blob)
            if digest
        }
        found.delete_instance(recursive=True)
        freed = mine - referenced_digests(mine)
        forget_fingerprints(freed)
    return store.delete(freed)


def _refuse_if_in_use(found: Image) -> None:
    active = [state.value for state in ProvisioningState if state.active]
    busy = (
        ImagingJob.select(ImagingJob.job_id)
        .join(Provisioning, on=(Provisioning.provisioning_id == ImagingJob.job_id))
        .where((ImagingJob.image_id == found.image_id) & Provisioning.state.in_(active))
        .first()
    )
    if busy is not None:
        raise FailedPrecondition(
            f"imaging job {busy.job_id} uses image {found.image_id}; cancel it or "
            "wait for it to end",
            "IMAGE_IN_USE",
            {"imaging_job": names.imaging_job(busy.job_id)},
        )

"""Imaging jobs: capture a host's disk into an image, deploy an image onto hosts.

A job arms its host's next network boot into an imaging environment (an
operating system of the "image" installer kind) through the Provisioner, so
that a job is a provisioning too: the two share an id, and the provisioning's
state is the job's (armed, installing = running, succeeded, failed, cancelled,
expired). The boot entry carries the job's token, the provisioning's install
token, and the URL of the gRPC API; the agent in the environment presents the
token to ImagingAgentService, which calls the Agent methods below.
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from provisiond.core import catalog, events, images, names
from provisiond.core.clock import utcnow
from provisiond.core.errors import (
    AlreadyExists,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    invalid_field,
)
from provisiond.core.events import EventType
from provisiond.core.hosts import Hosts, check_labels
from provisiond.core.images import CHUNK_SIZE, ImageState
from provisiond.core.pagination import PageRequest, next_page_token
from provisiond.core.provisioning import Provisioner, ProvisioningSpec
from provisiond.core.records import InstallerKind, ProvisioningState, dumps
from provisiond.db.database import PreparedSelect, db
from provisiond.db.models import Image, ImagingJob, Provisioning
from provisiond.store.chunks import DIGEST_BYTES, Arrival, ChunkStore

MAX_DEPLOY_HOSTS = 100
# DownloadChunks answers with chunks up to this many bytes in all: three
# chunks that did not compress (a frame is a little larger than its chunk),
# well under the 4 MiB a gRPC message holds by default.
DOWNLOAD_BUDGET_BYTES = 3 * 1024 * 1024 + 64 * 1024
# A running job's progress reaches watchers at most this often.
PROGRESS_EVENT_SECONDS = 1.0
_DISK = re.compile(r"/dev/[A-Za-z0-9/_-]{1,64}")
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


class JobKind(enum.Enum):
    CAPTURE = "capture"
    DEPLOY = "deploy"


class JobState(enum.Enum):
    ARMED = "armed"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


_JOB_STATES = {
    ProvisioningState.ARMED: JobState.ARMED,
    ProvisioningState.INSTALLING: JobState.RUNNING,
    ProvisioningState.SUCCEEDED: JobState.SUCCEEDED,
    ProvisioningState.FAILED: JobState.FAILED,
    ProvisioningState.CANCELLED: JobState.CANCELLED,
    ProvisioningState.EXPIRED: JobState.EXPIRED,
}


def job_state(provisioning_state: str) -> JobState | None:
    """The job state of a provisioning state's value; None for none."""
    if not provisioning_state:
        return None
    return _JOB_STATES[ProvisioningState(provisioning_state)]


@dataclass(frozen=True)
class JobRecord:
    job_id: str
    kind: JobKind
    host_id: str
    image_id: str
    state: JobState
    bytes_done: int
    bytes_total: int
    bytes_transferred: int
    rate: int
    eta_seconds: int
    message: str
    environment_os_id: str
    disk: str
    create_time: datetime
    start_time: datetime | None
    end_time: datetime | None


@dataclass(frozen=True)
class JobSpec:
    """What every job needs: the environment to boot and how."""

    environment_os_id: str
    disk: str = ""
    ttl_seconds: int = 0


@dataclass(frozen=True)
class CaptureSpec:
    image_id: str
    display_name: str = ""
    os_id: str | None = None
    labels: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class JobPrincipal:
    """An agent, authenticated by its job's token."""

    job_id: str
    host_id: str


@dataclass(frozen=True)
class StartInfo:
    job: JobRecord
    size_bytes: int
    sha256: str
    disk: str


class Imaging:
    def __init__(
        self,
        provisioner: Provisioner,
        hosts: Hosts,
        store: ChunkStore,
        grpc_url: str,
        notify: Callable[[], None] = lambda: None,
    ):
        self._provisioner = provisioner
        self._hosts = hosts
        self._store = store
        self._grpc_url = grpc_url
        self._notify = notify

    @property
    def store(self) -> ChunkStore:
        return self._store

    @property
    def grpc_url(self) -> str:
        """HOST:PORT the agents are told to reach the gRPC API at."""
        return self._grpc_url

    def use_grpc_url(self, grpc_url: str) -> None:
        """Points the jobs armed from now on at `grpc_url`: the API's address
        once it is bound, when it was asked for port 0."""
        self._grpc_url = grpc_url

    # Starting jobs ------------------------------------------------------

    def capture(
        self, host_id: str, capture: CaptureSpec, spec: JobSpec
    ) -> tuple[JobRecord, images.ImageRecord]:
        """Arms a capture of the host's disk into a new, creating image."""
        names.check_id("image_id", capture.image_id)
        self._hosts.row(host_id)
        self._check_spec(spec)
        if capture.os_id is not None:
            catalog.get_os(capture.os_id)
        labels = check_labels(capture.labels, "image.labels")
        with db.atomic():
            if Image.get_or_none(Image.image_id == capture.image_id) is not None:
                raise AlreadyExists(
                    f"image {capture.image_id} exists",
                    "IMAGE_EXISTS",
                    {"image": names.image(capture.image_id)},
                )
            job_id = self._arm(host_id, JobKind.CAPTURE, capture.image_id, spec, 0)
            Image.create(
                image_id=capture.image_id,
                display_name=capture.display_name[:200],
                state=ImageState.CREATING.value,
                source_host_id=host_id,
                os_id=capture.os_id,
                labels=dumps(labels),
                chunk_size=CHUNK_SIZE,
                capture_job_id=job_id,
            )
        self._notify()
        return self.get_job(job_id), images.get(capture.image_id)

    def deploy(
        self, image_id: str, host_ids: list[str], spec: JobSpec
    ) -> list[JobRecord]:
        """Arms a deploy of a ready image on every host, or on none."""
        if not host_ids:
            raise invalid_field("hosts", "name at least one host")
        if len(host_ids) > MAX_DEPLOY_HOSTS:
            raise invalid_field("hosts", f"at most {MAX_DEPLOY_HOSTS} per call")
        if len(set(host_ids)) != len(host_ids):
            raise invalid_field("hosts", "names a host twice")
        image = images.get(image_id)
        if image.state is not ImageState.READY:
            raise FailedPrecondition(
                f"image {image_id} is {image.state.value}, not ready",
                "IMAGE_NOT_READY",
                {"image": names.image(image_id)},
            )
        for host_id in host_ids:
            self._hosts.row(host_id)
        self._check_spec(spec)
        with db.atomic():
            job_ids = [
                self._arm(host_id, JobKind.DEPLOY, image_id, spec, image.size_bytes)
                for host_id in host_ids
            ]
        self._notify()
        return [self.get_job(job_id) for job_id in job_ids]

    def _check_spec(self, spec: JobSpec) -> None:
        environment = catalog.get_os(spec.environment_os_id)
        if environment.installer_kind is not InstallerKind.IMAGE:
            raise invalid_field(
                "imaging_environment",
                f"{names.operating_system(environment.os_id)} installs with "
                f"{environment.installer_kind.value}; name an operating system "
                "of installer kind INSTALLER_KIND_IMAGE",
            )
        if spec.disk and not _DISK.fullmatch(spec.disk):
            raise invalid_field("disk", "must be a device path such as /dev/sda")

    def _arm(
        self, host_id: str, kind: JobKind, image_id: str, spec: JobSpec, total: int
    ) -> str:
        agent_args = (
            f"provisioner.url={self._grpc_url} provisioner.token={{install_token}}"
        )
        if spec.disk:
            agent_args += f" provisioner.disk={spec.disk}"
        record, _ = self._provisioner.arm(
            host_id,
            ProvisioningSpec(
                spec.environment_os_id,
                ttl_seconds=spec.ttl_seconds,
                agent_args=agent_args,
                imaging_job=True,
            ),
        )
        ImagingJob.create(
            job_id=record.provisioning_id,
            kind=kind.value,
            host_id=host_id,
            image_id=image_id,
            environment_os_id=spec.environment_os_id,
            disk=spec.disk,
            bytes_total=total,
        )
        return record.provisioning_id

    # Reading and cancelling ---------------------------------------------

    def get_job(self, job_id: str) -> JobRecord:
        return _job_record(*_job_rows(job_id))

    def list_jobs(
        self,
        page: PageRequest,
        host_id: str | None,
        image_id: str | None,
        state: JobState | None,
    ) -> tuple[list[JobRecord], str]:
        """Newest first; page keys are negated ids."""
        query = (
            ImagingJob.select(ImagingJob, Provisioning)
            .join(
                Provisioning,
                on=(Provisioning.provisioning_id == ImagingJob.job_id),
            )
            .order_by(ImagingJob.id.desc())
            .limit(page.size + 1)
        )
        if page.after_key is not None:
            query = query.where(ImagingJob.id < -page.after_key)
        if host_id is not None:
            query = query.where(ImagingJob.host_id == host_id)
        if image_id is not None:
            query = query.where(ImagingJob.image_id == image_id)
        if state is not None:
            sources = [p.value for p, j in _JOB_STATES.items() if j is state]
            query = query.where(Provisioning.state.in_(sources))
        rows = list(query)
        token = next_page_token(page, [-r.id for r in rows])
        return [_job_record(r, r.provisioning) for r in rows[: page.size]], token

    def cancel(self, job_id: str) -> JobRecord:
        """Cancels an armed or running job; the host boots locally again."""
        job, provisioning = _job_rows(job_id)
        state = ProvisioningState(provisioning.state)
        if state is ProvisioningState.CANCELLED:
            return _job_record(job, provisioning)
        if not state.active:
            raise FailedPrecondition(
                f"imaging job {job_id} has ended ({_JOB_STATES[state].value})",
                "JOB_ENDED",
                {"imaging_job": names.imaging_job(job_id)},
            )
        self._provisioner.end(
            provisioning, job.host_id, ProvisioningState.CANCELLED, "cancelled"
        )
        return self.get_job(job_id)

    # The agent's side ---------------------------------------------------

    def authenticate(self, token: str) -> JobPrincipal:
        """The job a token belongs to. Raises PermissionDenied unless it is the
        token of an imaging job that has not ended."""
        holder = self._provisioner.holder(token)
        if not holder.imaging_job:
            raise PermissionDenied(
                "this token belongs to an install, not to an imaging job",
                "NOT_A_JOB_TOKEN",
            )
        return JobPrincipal(holder.provisioning_id, holder.host_id)

    def start(self, agent: JobPrincipal, disk_size: int) -> StartInfo:
        """Marks the job running (again, after an interruption)."""
        job, provisioning = _job_rows(agent.job_id)
        self._provisioner.start(
            provisioning, agent.host_id, "the imaging agent started"
        )
        if job.kind == JobKind.CAPTURE.value:
            self._start_capture(job, disk_size)
            image, sha256 = images.row(job.image_id), ""
        else:
            image = images.row(job.image_id)
            sha256 = image.sha256
        self._notify()
        return StartInfo(self.get_job(agent.job_id), image.size_bytes, sha256, job.disk)

    def _start_capture(self, job: ImagingJob, disk_size: int) -> None:
        if disk_size < 0:
            raise invalid_field("disk_size_bytes", "must be the disk's size in bytes")
        if disk_size == 0:
            return  # the agent only asks what the job is
        with db.atomic():
            image = images.row(job.image_id)
            if image.size_bytes and image.size_bytes != disk_size:
                raise FailedPrecondition(
                    f"the capture began with a disk of {image.size_bytes} bytes, "
                    f"not {disk_size}",
                    "DISK_SIZE_CHANGED",
                )
            Image.update(size_bytes=disk_size).where(Image.id == image.id).execute()
            ImagingJob.update(bytes_total=disk_size).where(
                ImagingJob.id == job.id
            ).execute()

    def offer(
        self,
        agent: JobPrincipal,
        part: int,
        digests: list[bytes],
        fingerprints: list[bytes] | None = None,
    ) -> list[int]:
        """Records a part of a capture's manifest, by digests or by
        fingerprints; the positions in it of the chunks the store lacks."""
        job, image = self._capture_of(agent)
        if digests and fingerprints:
            raise invalid_field(
                "fingerprints", "offer digests or fingerprints, not both"
            )
        field, names = (
            ("fingerprints", fingerprints) if fingerprints else ("digests", digests)
        )
        _check_digests(names, field)
        if not 0 <= part < images.part_count(image.size_bytes):
            raise invalid_field("part", "lies beyond the disk")
        expected = images.part_length(image.size_bytes, part)
        if len(names) != expected:
            raise invalid_field(field, f"part {part} holds {expected} chunks")
        if fingerprints:
            images.write_part_fingerprints(image, part, fingerprints)
            known = images.digests_of(fingerprints)
            stored = [known.get(f) for f in fingerprints]
        else:
            images.write_part(image, part, digests)
            stored = list(digests)
        return [
            i
            for i, (name, digest) in enumerate(zip(names, stored, strict=True))
            if name and (digest is None or not self._store.has(digest))
        ]

    def upload(
        self, agent: JobPrincipal, chunks: list[tuple[bytes, bytes, bytes]]
    ) -> None:
        """Stores chunks, (digest, fingerprint, zstandard frame) each, named
        by the digest, the fingerprint or both."""
        _check_started_capture(agent.job_id)
        arrivals = [Arrival(*chunk) for chunk in chunks]
        for index, chunk in enumerate(arrivals):
            names = (chunk.digest, chunk.fingerprint)
            if not any(names) or any(n and len(n) != DIGEST_BYTES for n in names):
                raise invalid_field(
                    f"chunks[{index}]",
                    "name the chunk by its SHA-256 digest, its BLAKE3 "
                    "fingerprint, or both, 32 bytes each",
                )
        images.learn_fingerprints(self._store.put_many(arrivals))

    def manifest_part(
        self, agent: JobPrincipal, part: int
    ) -> tuple[list[bytes], list[bytes]]:
        """The digests of a part of the deploy's manifest, and the
        fingerprints of the same chunks (b"" where unknown)."""
        image = self._deploy_image(agent)
        if not 0 <= part < images.part_count(image.size_bytes):
            raise invalid_field("part", "lies beyond the image")
        digests = images.read_part(image, part)
        return digests, images.fingerprints_of(digests)

    def download(
        self, agent: JobPrincipal, digests: list[bytes]
    ) -> list[tuple[bytes, bytes]]:
        """The first of the chunks asked for, as stored, up to the budget."""
        held = _deployed_chunks(agent.job_id)
        if not digests:
            raise invalid_field("digests", "name at least one chunk")
        chunks: list[tuple[bytes, bytes]] = []
        size = 0
        for digest in digests:
            if digest not in held:
                raise invalid_field(
                    "digests", f"{digest.hex()[:16]}... is not a chunk of the image"
                )
            frame = self._store.get(digest)
            if chunks and size + len(frame) > DOWNLOAD_BUDGET_BYTES:
                break
            chunks.append((digest, frame))
            size += len(frame)
        return chunks

    def progress(
        self, agent: JobPrincipal, done: int, transferred: int, message: str
    ) -> None:
        """Records the agent's progress; watchers hear of it about once a
        second."""
        job, provisioning = _job_rows(agent.job_id)
        now = utcnow()
        rate = job.rate
        if job.progress_time is not None:
            elapsed = (now - job.progress_time).total_seconds()
            if elapsed > 0 and done >= job.bytes_done:
                recent = (done - job.bytes_done) / elapsed
                # Smoothed, so that one slow second does not swing the ETA.
                rate = int(recent if not rate else 0.7 * recent + 0.3 * rate)
        # The last report, the whole disk gone through, always reaches them.
        due = (
            job.progress_time is None
            or (now - job.progress_time).total_seconds() >= PROGRESS_EVENT_SECONDS
            or (job.bytes_total and done >= job.bytes_total > job.bytes_done)
        )
        fields = dict(
            bytes_done=max(0, done),
            bytes_transferred=max(0, transferred),
            message=message[:1024],
            update_time=now,
        )
        if due:
            fields.update(rate=rate, progress_time=now)
        with db.atomic():
            ImagingJob.update(**fields).where(ImagingJob.id == job.id).execute()
            if due:
                record = self.get_job(agent.job_id)
                events.append(
                    EventType.IMAGING_PROGRESS,
                    agent.host_id,
                    agent.job_id,
                    provisioning.state,
                    message=message,
                    imaging=True,
                    detail=progress_detail(record),
                )
        if due:
            self._notify()

    def finish(
        self, agent: JobPrincipal, sha256: str, manifest: bytes
    ) -> tuple[JobRecord, str]:
        """Ends the job successfully once what it did checks out; the job and
        the whole disk's SHA-256 as recorded."""
        job, provisioning = _job_rows(agent.job_id)
        capture = job.kind == JobKind.CAPTURE.value
        if not _SHA256_HEX.fullmatch(sha256) and (sha256 or not capture):
            raise invalid_field("sha256", "must be 64 lower-case hex digits")
        if capture:
            sha256 = self._finish_capture(agent, job, provisioning, sha256, manifest)
        else:
            image = images.row(job.image_id)
            if sha256 != image.sha256:
                self._fail(
                    agent,
                    job,
                    provisioning,
                    "the disk as written does not match the image",
                )
                raise FailedPrecondition(
                    "the disk as written does not match the image's SHA-256; "
                    "the job failed",
                    "DISK_DIGEST_MISMATCH",
                )
            self._provisioner.end(
                provisioning,
                agent.host_id,
                ProvisioningState.SUCCEEDED,
                "the image was written and verified",
            )
        return self.get_job(agent.job_id), sha256

    def _finish_capture(
        self, agent, job, provisioning, sha256: str, manifest: bytes
    ) -> str:
        image = images.row(job.image_id)
        offered = {part: (blob, by) for part, blob, by in images.offered_parts(image)}
        expected = images.part_count(image.size_bytes)
        absent = [p for p in range(expected) if p not in offered]
        if absent:
            raise FailedPrecondition(
                f"the manifest lacks {len(absent)} part(s), from part {absent[0]}; "
                "offer them and finish again",
                "CAPTURE_INCOMPLETE",
                {"first_missing_part": str(absent[0])},
            )
        as_offered = b"".join(offered[p][0] for p in range(expected))
        if hashlib.sha256(as_offered).digest() != manifest:
            self._fail(
                agent, job, provisioning, "the manifest does not match its digest"
            )
            raise FailedPrecondition(
                "the manifest the server holds does not match the digest the agent "
                "computed; the capture failed",
                "MANIFEST_DIGEST_MISMATCH",
            )
        unnamed = sum(
            images.resolve_part(image, part, blob)
            for part, (blob, by_fingerprint) in offered.items()
            if by_fingerprint
        )
        if unnamed:
            raise FailedPrecondition(
                f"{unnamed} chunk(s) of the manifest never reached the server; "
                "offer the parts again and finish",
                "CAPTURE_INCOMPLETE",
                {"missing_chunks": str(unnamed)},
            )
        blob = b"".join(blob for _, blob in images.parts(image))
        data = [d for d in images.split_digests(blob) if d]
        missing = self._store.missing(set(data))
        if missing:
            raise FailedPrecondition(
                f"{len(missing)} chunk(s) of the manifest are not stored, "
                f"{missing[0].hex()} among them; offer the parts again and finish",
                "CAPTURE_INCOMPLETE",
                {"missing_chunks": str(len(missing))},
            )
        manifest_sha256 = hashlib.sha256(blob).hexdigest()
        if not sha256:
            same = images.same_image(manifest_sha256, image.size_bytes)
            if same is None:
                raise FailedPrecondition(
                    "no image holds the same chunks, so the server cannot know the "
                    "disk's SHA-256; hash the whole disk and finish again with it",
                    "SHA256_REQUIRED",
                )
            sha256 = same.sha256
        with db.atomic():
            ended = self._provisioner.end(
                provisioning,
                agent.host_id,
                ProvisioningState.SUCCEEDED,
                "the image was captured and verified",
            )
            if not ended:
                raise PermissionDenied("the imaging job has ended", "JOB_ENDED")
            Image.update(
                state=ImageState.READY.value,
                sha256=sha256,
                manifest_sha256=manifest_sha256,
                data_chunk_count=len(data),
                update_time=utcnow(),
                revision=image.revision + 1,
            ).where(Image.id == image.id).execute()
        return sha256

    def fail(self, agent: JobPrincipal, message: str) -> None:
        if not message.strip():
            raise invalid_field("message", "say why the job failed")
        job, provisioning = _job_rows(agent.job_id)
        self._fail(agent, job, provisioning, message)

    def _fail(self, agent, job, provisioning, message: str) -> None:
        with db.atomic():
            ImagingJob.update(message=message[:1024]).where(
                ImagingJob.id == job.id
            ).execute()
            self._provisioner.end(
                provisioning, agent.host_id, ProvisioningState.FAILED, message
            )

    def _capture_of(self, agent: JobPrincipal) -> tuple[ImagingJob, Image]:
        job, image = _job_and_image(agent.job_id)
        _check_capture(job.kind, image.size_bytes)
        return job, image

    def _deploy_image(self, agent: JobPrincipal) -> Image:
        job, image = _job_and_image(agent.job_id)
        if job.kind != JobKind.DEPLOY.value:
            raise InvalidArgument(
                "this job is a capture, not a deploy", "WRONG_JOB_KIND"
            )
        return image


# Runs on every UploadChunks and DownloadChunks call.
_JOB_IMAGE = PreparedSelect(
    lambda job_id: (
        ImagingJob.select(
            ImagingJob.kind, Image.id, Image.image_id, Image.sha256, Image.size_bytes
        )
        .join(Image, on=(ImagingJob.image_id == Image.image_id))
        .where(ImagingJob.job_id == job_id)
    )
)


def _job_image(job_id: str) -> tuple[str, int, str, str, int]:
    """(kind, image row id, image id, SHA-256, size) of a job: what the chunk
    calls check on each of their many calls, five columns rather than two
    whole rows."""
    found = _JOB_IMAGE.first(job_id)
    if found is None:
        job, image = _job_and_image(job_id)  # raises the error that fits
        return job.kind, image.id, image.image_id, image.sha256, image.size_bytes
    return found


def _deployed_chunks(job_id: str) -> frozenset[bytes]:
    """The data chunks of the image a deploy writes."""
    kind, row_id, image_id, sha256, _ = _job_image(job_id)
    if kind != JobKind.DEPLOY.value:
        raise InvalidArgument("this job is a capture, not a deploy", "WRONG_JOB_KIND")
    return images.chunk_set(image_id, f"{row_id}:{sha256}")


def _check_started_capture(job_id: str) -> None:
    kind, _, _, _, size_bytes = _job_image(job_id)
    _check_capture(kind, size_bytes)


def _check_capture(kind: str, size_bytes: int) -> None:
    if kind != JobKind.CAPTURE.value:
        raise InvalidArgument("this job is a deploy, not a capture", "WRONG_JOB_KIND")
    if not size_bytes:
        raise FailedPrecondition(
            "call StartJob with the disk's size first", "JOB_NOT_STARTED"
        )


def _job_and_image(job_id: str) -> tuple[ImagingJob, Image]:
    """A job and its image in one query: what every chunk call checks (its
    token's job is known to be active already)."""
    found = (
        ImagingJob.select(ImagingJob, Image)
        .join(Image, on=(ImagingJob.image_id == Image.image_id), attr="image")
        .where(ImagingJob.job_id == job_id)
        .first()
    )
    if found is None:
        job, _ = _job_rows(job_id)  # raises the error that fits
        return job, images.row(job.image_id)
    return found, found.image


def _job_rows(job_id: str) -> tuple[ImagingJob, Provisioning]:
    job = ImagingJob.get_or_none(ImagingJob.job_id == job_id)
    provisioning = Provisioning.get_or_none(Provisioning.provisioning_id == job_id)
    if job is None or provisioning is None:
        raise NotFound(
            f"imaging job {job_id} does not exist",
            "IMAGING_JOB_NOT_FOUND",
            {"imaging_job": names.imaging_job(job_id)},
        )
    return job, provisioning


def _job_record(job: ImagingJob, provisioning: Provisioning) -> JobRecord:
    state = _JOB_STATES[ProvisioningState(provisioning.state)]
    remaining = max(0, job.bytes_total - job.bytes_done)
    running = state is JobState.RUNNING
    return JobRecord(
        job_id=job.job_id,
        kind=JobKind(job.kind),
        host_id=job.host_id,
        image_id=job.image_id,
        state=state,
        bytes_done=job.bytes_done,
        bytes_total=job.bytes_total,
        bytes_transferred=job.bytes_transferred,
        rate=job.rate if running else 0,
        eta_seconds=int(remaining / job.rate) if running and job.rate else 0,
        message=job.message or provisioning.message,
        environment_os_id=job.environment_os_id,
        disk=job.disk,
        create_time=job.create_time,
        start_time=provisioning.start_time,
        end_time=provisioning.end_time,
    )


def progress_detail(record: JobRecord) -> str:
    """What a progress event carries of its job."""
    return json.dumps(
        {
            "bytes_done": record.bytes_done,
            "bytes_total": record.bytes_total,
            "bytes_transferred": record.bytes_transferred,
            "rate": record.rate,
            "eta_seconds": record.eta_seconds,
        }
    )


def _check_digests(names: list[bytes], field: str, allow_hole: bool = True) -> None:
    what = "a BLAKE3 fingerprint" if field == "fingerprints" else "a SHA-256"
    for index, name in enumerate(names):
        if len(name) == DIGEST_BYTES or (allow_hole and not name):
            continue
        raise invalid_field(
            f"{field}[{index}]",
            f"must be {what} of 32 bytes"
            + (", or empty for a hole" if allow_hole else ""),
        )

"""Conversion between the imaging messages and the domain's records."""

from __future__ import annotations

import json

from provisiond.api.convert import timestamp
from provisiond.api.provisioning_convert import EnumMap
from provisiond.core import events, images, imaging, names
from provisiond.core.images import ImageState
from provisiond.core.imaging import JobKind, JobRecord, JobState
from provisiond.core.records import etag
from provisioner.v1 import imaging_resources_pb2 as res

IMAGE_STATE = EnumMap(res.ImageState, "IMAGE_STATE_", ImageState)
JOB_STATE = EnumMap(res.ImagingJobState, "IMAGING_JOB_STATE_", JobState)
JOB_KIND = EnumMap(res.ImagingJobKind, "IMAGING_JOB_KIND_", JobKind)

# The fields UpdateImage may change: domain field, reader of the new value.
IMAGE_FIELDS = {
    "display_name": ("display_name", lambda m: m.display_name),
    "operating_system": (
        "os_id",
        lambda m: (
            names.parse(
                "image.operating_system", m.operating_system, "operatingSystems"
            )
            if m.operating_system
            else None
        ),
    ),
    "labels": ("labels", lambda m: dict(m.labels)),
}


def image(record: images.ImageRecord) -> res.Image:
    return res.Image(
        name=names.image(record.image_id),
        display_name=record.display_name,
        state=IMAGE_STATE.proto(record.state),
        size_bytes=record.size_bytes,
        sha256=record.sha256,
        source_host=names.host(record.source_host_id),
        operating_system=names.operating_system(record.os_id) if record.os_id else "",
        chunk_size_bytes=record.chunk_size,
        data_chunk_count=record.data_chunk_count,
        labels=record.labels,
        etag=etag(record.revision),
        create_time=timestamp(record.create_time),
        update_time=timestamp(record.update_time),
    )


def job(record: JobRecord) -> res.ImagingJob:
    message = res.ImagingJob(
        name=names.imaging_job(record.job_id),
        kind=JOB_KIND.proto(record.kind),
        host=names.host(record.host_id),
        image=names.image(record.image_id),
        state=JOB_STATE.proto(record.state),
        bytes_done=record.bytes_done,
        bytes_total=record.bytes_total,
        bytes_transferred=record.bytes_transferred,
        rate_bytes_per_second=record.rate,
        eta_seconds=record.eta_seconds,
        message=record.message,
        imaging_environment=names.operating_system(record.environment_os_id),
        create_time=timestamp(record.create_time),
    )
    if record.start_time is not None:
        message.start_time.CopyFrom(timestamp(record.start_time))
    if record.end_time is not None:
        message.end_time.CopyFrom(timestamp(record.end_time))
    return message


def job_at(event: events.EventRecord, current: JobRecord) -> res.ImagingJob:
    """The job as an event saw it: its state then, and for a progress event
    its figures then; the rest as it is now."""
    message = job(current)
    state = imaging.job_state(event.state)
    if state is not None:
        message.state = JOB_STATE.proto(state)
    if event.detail:
        figures = json.loads(event.detail)
        message.bytes_done = figures["bytes_done"]
        message.bytes_total = figures["bytes_total"]
        message.bytes_transferred = figures["bytes_transferred"]
        message.rate_bytes_per_second = figures["rate"]
        message.eta_seconds = figures["eta_seconds"]
    if event.message:
        message.message = event.message
    return message

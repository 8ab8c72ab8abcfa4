"""ImagingService. Thin: reads requests, calls the domain, builds responses."""

from __future__ import annotations

from provisiond.api import imaging_convert as convert
from provisiond.api import watch
from provisiond.api.provisioning_convert import update_changes
from provisiond.api.provisioning_servicer import WatchLimit
from provisiond.core import catalog, events, images, names
from provisiond.core.events import EventHub
from provisiond.core.hosts import Hosts
from provisiond.core.imaging import CaptureSpec, Imaging, JobSpec
from provisiond.core.pagination import page_request
from provisiond.core.power import PowerService
from provisiond.db.database import connection_scope
from provisiond.hardware.power import PowerAction
from provisioner.v1 import imaging_service_pb2 as pb
from provisioner.v1 import imaging_service_pb2_grpc


class ImagingServicer(imaging_service_pb2_grpc.ImagingServiceServicer):
    def __init__(
        self,
        imaging: Imaging,
        hosts: Hosts,
        power: PowerService,
        hub: EventHub,
        watch_limit: WatchLimit,
    ):
        self._imaging = imaging
        self._hosts = hosts
        self._power = power
        self._hub = hub
        self._watch_limit = watch_limit

    # Jobs -----------------------------------------------------------------

    def CaptureImage(self, request, context):
        host_id = names.parse("host", request.host, "hosts")
        capture = CaptureSpec(
            image_id=request.image_id,
            display_name=request.image.display_name,
            os_id=names.parse_optional(
                "image.operating_system",
                request.image.operating_system,
                "operatingSystems",
            ),
            labels=dict(request.image.labels),
        )
        spec = _job_spec(request)
        if request.power_cycle:
            self._hosts.bmc_password(host_id)  # no BMC: refuse before arming
        job, image = self._imaging.capture(host_id, capture, spec)
        if request.power_cycle:
            self._power_cycle([host_id], context)
        return pb.CaptureImageResponse(job=convert.job(job), image=convert.image(image))

    def DeployImage(self, request, context):
        image_id = names.parse("image", request.image, "images")
        host_ids = [
            names.parse(f"hosts[{index}]", name, "hosts")
            for index, name in enumerate(request.hosts)
        ]
        if request.power_cycle:
            for host_id in host_ids:
                self._hosts.bmc_password(host_id)
        jobs = self._imaging.deploy(image_id, host_ids, _job_spec(request))
        if request.power_cycle:
            self._power_cycle(host_ids, context)
        return pb.DeployImageResponse(jobs=[convert.job(j) for j in jobs])

    def _power_cycle(self, host_ids: list[str], context) -> None:
        deadline = self._power.deadline(context.time_remaining())
        for host_id in host_ids:
            self._power.network_boot_once(host_id, deadline)
            self._power.act(host_id, PowerAction.CYCLE, deadline)

    def GetImagingJob(self, request, context):
        job_id = names.parse("name", request.name, "imagingJobs")
        return pb.GetImagingJobResponse(job=convert.job(self._imaging.get_job(job_id)))

    def ListImagingJobs(self, request, context):
        host_id = names.parse_optional("host", request.host, "hosts")
        image_id = names.parse_optional("image", request.image, "images")
        state = convert.JOB_STATE.domain("state", request.state, required=False)
        page = page_request(
            request.page_size,
            request.page_token,
            {"host": host_id, "image": image_id, "state": request.state},
        )
        records, token = self._imaging.list_jobs(page, host_id, image_id, state)
        return pb.ListImagingJobsResponse(
            jobs=[convert.job(r) for r in records], next_page_token=token
        )

    def CancelImagingJob(self, request, context):
        job_id = names.parse("name", request.name, "imagingJobs")
        return pb.CancelImagingJobResponse(
            job=convert.job(self._imaging.cancel(job_id))
        )

    # Images ---------------------------------------------------------------

    def GetImage(self, request, context):
        image_id = names.parse("name", request.name, "images")
        return pb.GetImageResponse(image=convert.image(images.get(image_id)))

    def ListImages(self, request, context):
        state = convert.IMAGE_STATE.domain("state", request.state, required=False)
        page = page_request(
            request.page_size, request.page_token, {"state": request.state}
        )
        records, token = images.list_images(page, state)
        return pb.ListImagesResponse(
            images=[convert.image(r) for r in records], next_page_token=token
        )

    def UpdateImage(self, request, context):
        message = request.image
        image_id = names.parse("image.name", message.name, "images")
        changes = update_changes(
            message, request.update_mask, convert.IMAGE_FIELDS, "image"
        )
        if changes.get("os_id"):
            catalog.get_os(changes["os_id"])
        record = images.update(image_id, changes, message.etag)
        return pb.UpdateImageResponse(image=convert.image(record))

    def DeleteImage(self, request, context):
        image_id = names.parse("name", request.name, "images")
        images.delete(image_id, request.etag, self._imaging.store)
        return pb.DeleteImageResponse()

    # Watch ----------------------------------------------------------------

    def WatchImagingJobs(self, request, context):
        """Runs as a generator inside the call pipeline: it borrows a database
        connection only while it reads."""
        with connection_scope():
            job_id = names.parse_optional("job", request.job, "imagingJobs")
            if job_id is not None:
                self._imaging.get_job(job_id)
            after = watch.start_after(self._hub, request.resume_cursor)
        watch.announce_start(context)

        def wanted(event: events.EventRecord) -> bool:
            return event.imaging and (job_id is None or event.provisioning_id == job_id)

        for batch in watch.batches(
            self._hub, self._watch_limit, context, after, wanted
        ):
            with connection_scope():
                replies = [
                    pb.WatchImagingJobsResponse(
                        job=convert.job_at(
                            event, self._imaging.get_job(event.provisioning_id)
                        ),
                        cursor=events.encode_cursor(event.id),
                    )
                    for event in batch
                ]
            yield from replies


def _job_spec(request) -> JobSpec:
    return JobSpec(
        environment_os_id=names.parse(
            "imaging_environment", request.imaging_environment, "operatingSystems"
        ),
        disk=request.disk,
        ttl_seconds=request.ttl_seconds,
    )

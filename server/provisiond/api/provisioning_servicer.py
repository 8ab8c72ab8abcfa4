"""ProvisioningService. Thin: reads requests, calls the domain, builds responses."""

from __future__ import annotations

import threading
from dataclasses import replace

from provisiond.api import provisioning_convert as convert
from provisiond.api import watch
from provisiond.core import catalog, events, names
from provisiond.core.errors import ResourceExhausted, invalid_field
from provisiond.core.events import EventHub, EventType
from provisiond.core.hosts import HostFilter, Hosts, parse_label_filter
from provisiond.core.identity import normalize_mac
from provisiond.core.pagination import page_request
from provisiond.core.power import PowerService
from provisiond.core.provisioning import Provisioner
from provisiond.db.database import connection_scope
from provisiond.hardware.power import PowerAction, PowerState
from provisioner.v1 import provisioning_service_pb2 as pb
from provisioner.v1 import provisioning_service_pb2_grpc

_POWER_ACTIONS = {
    pb.POWER_ACTION_ON: PowerAction.ON,
    pb.POWER_ACTION_OFF: PowerAction.OFF,
    pb.POWER_ACTION_CYCLE: PowerAction.CYCLE,
    pb.POWER_ACTION_RESET: PowerAction.RESET,
}
_POWER_STATES = {PowerState.ON: pb.POWER_STATE_ON, PowerState.OFF: pb.POWER_STATE_OFF}


class WatchLimit:
    """Counts open watch streams, each of which holds a worker thread."""

    def __init__(self, limit: int):
        self._slots = threading.BoundedSemaphore(limit)
        self._limit = limit

    def __enter__(self):
        if not self._slots.acquire(blocking=False):
            raise ResourceExhausted(
                f"this server already serves {self._limit} watch streams; retry "
                "later or watch every host on one stream",
                "TOO_MANY_WATCHES",
                {"limit": str(self._limit)},
                retry_after_seconds=5.0,
            )
        return self

    def __exit__(self, *exc_info):
        self._slots.release()


class ProvisioningServicer(provisioning_service_pb2_grpc.ProvisioningServiceServicer):
    def __init__(
        self,
        hosts: Hosts,
        provisioner: Provisioner,
        power: PowerService,
        hub: EventHub,
        watch_limit: WatchLimit,
    ):
        self._hosts = hosts
        self._provisioner = provisioner
        self._power = power
        self._hub = hub
        self._watch_limit = watch_limit

    # Operating systems --------------------------------------------------

    def CreateOperatingSystem(self, request, context):
        record = catalog.create_os(
            convert.os_record(request.operating_system, request.operating_system_id)
        )
        return pb.CreateOperatingSystemResponse(
            operating_system=convert.operating_system(record)
        )

    def GetOperatingSystem(self, request, context):
        os_id = names.parse("name", request.name, "operatingSystems")
        return pb.GetOperatingSystemResponse(
            operating_system=convert.operating_system(catalog.get_os(os_id))
        )

    def ListOperatingSystems(self, request, context):
        family = convert.FAMILY.domain("family", request.family, required=False)
        page = page_request(
            request.page_size, request.page_token, {"family": request.family}
        )
        records, token = catalog.list_os(page, family)
        return pb.ListOperatingSystemsResponse(
            operating_systems=[convert.operating_system(r) for r in records],
            next_page_token=token,
        )

    def UpdateOperatingSystem(self, request, context):
        message = request.operating_system
        os_id = names.parse("operating_system.name", message.name, "operatingSystems")
        changes = convert.update_changes(
            message, request.update_mask, convert.OS_FIELDS, "operating_system"
        )
        record = catalog.update_os(os_id, changes, message.etag)
        return pb.UpdateOperatingSystemResponse(
            operating_system=convert.operating_system(record)
        )

    def DeleteOperatingSystem(self, request, context):
        os_id = names.parse("name", request.name, "operatingSystems")
        catalog.delete_os(os_id, request.etag)
        return pb.DeleteOperatingSystemResponse()

    # Templates ----------------------------------------------------------

    def CreateTemplate(self, request, context):
        record = catalog.create_template(
            convert.template_record(request.template, request.template_id)
        )
        return pb.CreateTemplateResponse(template=convert.template(record))

    def GetTemplate(self, request, context):
        template_id = names.parse("name", request.name, "templates")
        return pb.GetTemplateResponse(
            template=convert.template(catalog.get_template(template_id))
        )

    def ListTemplates(self, request, context):
        kind = convert.INSTALLER.domain(
            "installer_kind", request.installer_kind, required=False
        )
        page = page_request(
            request.page_size, request.page_token, {"kind": request.installer_kind}
        )
        records, token = catalog.list_templates(page, kind)
        return pb.ListTemplatesResponse(
            templates=[convert.template(r) for r in records], next_page_token=token
        )

    def UpdateTemplate(self, request, context):
        message = request.template
        template_id = names.parse("template.name", message.name, "templates")
        changes = convert.update_changes(
            message, request.update_mask, convert.TEMPLATE_FIELDS, "template"
        )
        record = catalog.update_template(template_id, changes, message.etag)
        return pb.UpdateTemplateResponse(template=convert.template(record))

    def DeleteTemplate(self, request, context):
        template_id = names.parse("name", request.name, "templates")
        catalog.delete_template(template_id, request.etag)
        return pb.DeleteTemplateResponse()

    # Hosts --------------------------------------------------------------

    def CreateHost(self, request, context):
        record = self._hosts.create(convert.host_record(request.host, request.host_id))
        return pb.CreateHostResponse(host=convert.host(record))

    def GetHost(self, request, context):
        host_id = names.parse("name", request.name, "hosts")
        return pb.GetHostResponse(host=convert.host(self._hosts.get(host_id)))

    def ListHosts(self, request, context):
        where = HostFilter(
            mac=normalize_mac("mac_address", request.mac_address)
            if request.mac_address
            else None,
            labels=parse_label_filter(list(request.labels)),
            provisioning_state=convert.STATE.domain(
                "provisioning_state", request.provisioning_state, required=False
            ),
        )
        page = page_request(
            request.page_size,
            request.page_token,
            {
                "mac": where.mac,
                "labels": where.labels,
                "state": request.provisioning_state,
            },
        )
        records, token = self._hosts.list(page, where)
        return pb.ListHostsResponse(
            hosts=[convert.host(r) for r in records], next_page_token=token
        )

    def UpdateHost(self, request, context):
        message = request.host
        host_id = names.parse("host.name", message.name, "hosts")
        # Naming bmc.password alone changes the password and keeps the rest.
        if list(request.update_mask.paths) == ["bmc.password"]:
            current = self._hosts.get(host_id).bmc
            if current is None:
                raise invalid_field(
                    "update_mask", "the host has no BMC whose password could change"
                )
            changes = {"bmc": replace(current, password=message.bmc.password)}
        else:
            changes = convert.update_changes(
                message, request.update_mask, convert.HOST_FIELDS, "host"
            )
        record = self._hosts.update(host_id, changes, message.etag)
        return pb.UpdateHostResponse(host=convert.host(record))

    def DeleteHost(self, request, context):
        host_id = names.parse("name", request.name, "hosts")
        self._hosts.delete(host_id, request.etag)
        return pb.DeleteHostResponse()

    # Provisionings ------------------------------------------------------

    def PreviewProvisioning(self, request, context):
        host_id = names.parse("parent", request.parent, "hosts")
        result = self._provisioner.preview(
            host_id, convert.provisioning_spec(request.provisioning)
        )
        return convert.preview(result)

    def CreateProvisioning(self, request, context):
        host_id = names.parse("parent", request.parent, "hosts")
        spec = convert.provisioning_spec(request.provisioning)
        if request.power_cycle:
            self._hosts.bmc_password(host_id)  # no BMC: refuse before arming
        record, _ = self._provisioner.arm(host_id, spec, request.request_id)
        if request.power_cycle:
            deadline = self._power.deadline(context.time_remaining())
            self._power.network_boot_once(host_id, deadline)
            self._power.act(host_id, PowerAction.CYCLE, deadline)
        return pb.CreateProvisioningResponse(
            provisioning=convert.provisioning_message(record)
        )

    def GetProvisioning(self, request, context):
        host_id, provisioning_id = names.parse_provisioning("name", request.name)
        record = self._provisioner.get(host_id, provisioning_id)
        return pb.GetProvisioningResponse(
            provisioning=convert.provisioning_message(record)
        )

    def ListProvisionings(self, request, context):
        host_id = (
            None
            if request.parent == "hosts/-"
            else names.parse("parent", request.parent, "hosts")
        )
        state = convert.STATE.domain("state", request.state, required=False)
        page = page_request(
            request.page_size,
            request.page_token,
            {"parent": request.parent, "state": request.state},
        )
        records, token = self._provisioner.list(page, host_id, state)
        return pb.ListProvisioningsResponse(
            provisionings=[convert.provisioning_message(r) for r in records],
            next_page_token=token,
        )

    def CancelProvisioning(self, request, context):
        host_id, provisioning_id = names.parse_provisioning("name", request.name)
        record = self._provisioner.cancel(host_id, provisioning_id)
        return pb.CancelProvisioningResponse(
            provisioning=convert.provisioning_message(record)
        )

    # Power --------------------------------------------------------------

    def GetHostPower(self, request, context):
        host_id = names.parse("name", request.name, "hosts")
        deadline = self._power.deadline(context.time_remaining())
        state = self._power.state(host_id, deadline)
        return pb.GetHostPowerResponse(power_state=_POWER_STATES[state])

    def SetHostPower(self, request, context):
        host_id = names.parse("name", request.name, "hosts")
        if request.action not in _POWER_ACTIONS:
            raise invalid_field(
                "action",
                "is required: POWER_ACTION_ON, POWER_ACTION_OFF, "
                "POWER_ACTION_CYCLE or POWER_ACTION_RESET",
            )
        deadline = self._power.deadline(context.time_remaining())
        self._power.act(host_id, _POWER_ACTIONS[request.action], deadline)
        return pb.SetHostPowerResponse()

    def SetHostNetworkBootOnce(self, request, context):
        host_id = names.parse("name", request.name, "hosts")
        deadline = self._power.deadline(context.time_remaining())
        self._power.network_boot_once(host_id, deadline)
        return pb.SetHostNetworkBootOnceResponse()

    # Watch --------------------------------------------------------------

    def WatchEvents(self, request, context):
        """Runs as a generator inside the call pipeline: it borrows a database
        connection only while it reads."""
        with connection_scope():
            host_id = (
                names.parse("host", request.host, "hosts") if request.host else None
            )
            if host_id is not None:
                self._hosts.row(host_id)
            after = watch.start_after(self._hub, request.resume_cursor)
        watch.announce_start(context)

        def wanted(event: events.EventRecord) -> bool:
            # An imaging job's progress goes to the imaging watch only.
            return event.type is not EventType.IMAGING_PROGRESS and (
                host_id is None or event.host_id == host_id
            )

        for batch in watch.batches(
            self._hub, self._watch_limit, context, after, wanted
        ):
            for record in batch:
                yield pb.WatchEventsResponse(event=convert.event(record))

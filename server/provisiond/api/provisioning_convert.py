"""Conversion between the provisioning messages and the domain's records."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any

from provisiond.api.convert import timestamp
from provisiond.core import catalog, events, hosts, names, provisioning, templates
from provisiond.core.errors import invalid_field
from provisiond.core.records import (
    BmcDriver,
    Family,
    InstallerKind,
    ProvisioningState,
    etag,
)
from provisioner.v1 import provisioning_resources_pb2 as res
from provisioner.v1 import provisioning_service_pb2 as svc


class EnumMap:
    """A proto enum and a domain enum whose members share names after a
    prefix (OPERATING_SYSTEM_FAMILY_LINUX and Family.LINUX)."""

    def __init__(self, proto_enum, prefix: str, domain: type[enum.Enum]):
        self._to_domain = {}
        self._to_proto = {}
        for member in domain:
            number = proto_enum.Value(prefix + member.name)
            self._to_domain[number] = member
            self._to_proto[member] = number

    def domain(self, field: str, number: int, required: bool = True):
        """The domain member of `number`; None for UNSPECIFIED when optional."""
        if number == 0 and not required:
            return None
        if number == 0:
            raise invalid_field(field, "is required")
        try:
            return self._to_domain[number]
        except KeyError:
            raise invalid_field(field, f"has no value numbered {number}") from None

    def proto(self, member) -> int:
        return self._to_proto[member] if member is not None else 0


FAMILY = EnumMap(res.OperatingSystemFamily, "OPERATING_SYSTEM_FAMILY_", Family)
INSTALLER = EnumMap(res.InstallerKind, "INSTALLER_KIND_", InstallerKind)
STATE = EnumMap(res.ProvisioningState, "PROVISIONING_STATE_", ProvisioningState)
DRIVER = EnumMap(res.BmcDriver, "BMC_DRIVER_", BmcDriver)
EVENT_TYPES = {
    events.EventType.PROVISIONING_STATE_CHANGED: (
        res.EVENT_TYPE_PROVISIONING_STATE_CHANGED
    ),
    events.EventType.PROVISIONING_PROGRESS: res.EVENT_TYPE_PROVISIONING_PROGRESS,
    events.EventType.POWER_ACTION: res.EVENT_TYPE_POWER_ACTION,
    events.EventType.BOOT_CONFIG_SERVED: res.EVENT_TYPE_BOOT_CONFIG_SERVED,
}


def _time(value):
    return timestamp(value) if value is not None else None


# Field masks -----------------------------------------------------------


def update_changes(
    message,
    mask,
    readers: Mapping[str, tuple[str, Callable[[Any], Any]]],
    prefix: str,
) -> dict[str, Any]:
    """The domain changes an Update request asks for.

    `readers` maps each writable field path to the domain field it sets and a
    function reading the new value from `message`. An empty mask means the
    fields set in `message`; `*` means every writable field.
    """
    paths = list(mask.paths)
    if not paths:
        present = {field.name for field, _ in message.ListFields()}
        paths = [path for path in readers if path.split(".")[0] in present]
    elif paths == ["*"]:
        paths = [path for path in readers if "." not in path]
    changes: dict[str, Any] = {}
    for index, path in enumerate(paths):
        if path not in readers:
            raise invalid_field(
                f"update_mask.paths[{index}]",
                f"{path!r} is not a field of {prefix} that can be updated; "
                "writable: " + ", ".join(readers),
            )
        domain_field, read = readers[path]
        changes[domain_field] = read(message)
    return changes


# Templates -------------------------------------------------------------


def parameters_from(messages) -> tuple[templates.Parameter, ...]:
    return tuple(
        templates.Parameter(
            name=p.name,
            default=p.default_value if p.HasField("default_value") else None,
            description=p.description,
            secret=p.secret,
        )
        for p in messages
    )


def template_record(message: res.Template, template_id: str) -> catalog.TemplateRecord:
    return catalog.TemplateRecord(
        template_id=template_id,
        display_name=message.display_name,
        installer_kind=INSTALLER.domain(
            "template.installer_kind", message.installer_kind
        ),
        body=message.body,
        parameters=parameters_from(message.parameters),
    )


TEMPLATE_FIELDS = {
    "display_name": ("display_name", lambda m: m.display_name),
    "installer_kind": (
        "installer_kind",
        lambda m: INSTALLER.domain("template.installer_kind", m.installer_kind),
    ),
    "body": ("body", lambda m: m.body),
    "parameters": ("parameters", lambda m: parameters_from(m.parameters)),
}


def template(record: catalog.TemplateRecord) -> res.Template:
    return res.Template(
        name=names.template(record.template_id),
        display_name=record.display_name,
        installer_kind=INSTALLER.proto(record.installer_kind),
        body=record.body,
        parameters=[
            res.TemplateParameter(
                name=p.name,
                default_value=None if p.secret else p.default,
                description=p.description,
                secret=p.secret,
            )
            for p in record.parameters
        ],
        etag=etag(record.revision),
        create_time=_time(record.create_time),
        update_time=_time(record.update_time),
    )


# Operating systems -----------------------------------------------------


def _default_template(message) -> str | None:
    return names.parse_optional(
        "operating_system.default_template", message.default_template, "templates"
    )


def os_record(message: res.OperatingSystem, os_id: str) -> catalog.OsRecord:
    return catalog.OsRecord(
        os_id=os_id,
        display_name=message.display_name,
        family=FAMILY.domain("operating_system.family", message.family),
        installer_kind=INSTALLER.domain(
            "operating_system.installer_kind", message.installer_kind
        ),
        kernel=message.kernel,
        initrds=tuple(message.initrds),
        kernel_args=message.kernel_args,
        default_template_id=_default_template(message),
    )


OS_FIELDS = {
    "display_name": ("display_name", lambda m: m.display_name),
    "family": (
        "family",
        lambda m: FAMILY.domain("operating_system.family", m.family),
    ),
    "installer_kind": (
        "installer_kind",
        lambda m: INSTALLER.domain("operating_system.installer_kind", m.installer_kind),
    ),
    "kernel": ("kernel", lambda m: m.kernel),
    "initrds": ("initrds", lambda m: tuple(m.initrds)),
    "kernel_args": ("kernel_args", lambda m: m.kernel_args),
    "default_template": ("default_template_id", _default_template),
}


def operating_system(record: catalog.OsRecord) -> res.OperatingSystem:
    return res.OperatingSystem(
        name=names.operating_system(record.os_id),
        display_name=record.display_name,
        family=FAMILY.proto(record.family),
        installer_kind=INSTALLER.proto(record.installer_kind),
        kernel=record.kernel,
        initrds=list(record.initrds),
        kernel_args=record.kernel_args,
        default_template=names.template(record.default_template_id)
        if record.default_template_id
        else "",
        etag=etag(record.revision),
        create_time=_time(record.create_time),
        update_time=_time(record.update_time),
    )


# Hosts -----------------------------------------------------------------


def _network(message: res.Host) -> hosts.Network | None:
    if not message.HasField("network"):
        return None
    net = message.network
    return hosts.Network(
        ip_address=net.ip_address,
        prefix_length=net.prefix_length,
        gateway=net.gateway,
        dns_servers=tuple(net.dns_servers),
    )


def _bmc(message: res.Host) -> hosts.Bmc | None:
    if not message.HasField("bmc"):
        return None
    bmc = message.bmc
    return hosts.Bmc(
        driver=DRIVER.domain("host.bmc.driver", bmc.driver),
        address=bmc.address,
        port=bmc.port,
        username=bmc.username,
        password=bmc.password,
        insecure_skip_tls_verify=bmc.insecure_skip_tls_verify,
    )


def host_record(message: res.Host, host_id: str) -> hosts.HostRecord:
    return hosts.HostRecord(
        host_id=host_id,
        hostname=message.hostname,
        macs=tuple(message.mac_addresses),
        network=_network(message),
        bmc=_bmc(message),
        labels=dict(message.labels),
    )


HOST_FIELDS = {
    "hostname": ("hostname", lambda m: m.hostname),
    "mac_addresses": ("macs", lambda m: tuple(m.mac_addresses)),
    "network": ("network", _network),
    "bmc": ("bmc", _bmc),
    "labels": ("labels", lambda m: dict(m.labels)),
}


def host(record: hosts.HostRecord) -> res.Host:
    message = res.Host(
        name=names.host(record.host_id),
        hostname=record.hostname,
        mac_addresses=list(record.macs),
        labels=dict(record.labels),
        provisioning_state=STATE.proto(record.provisioning_state),
        latest_provisioning=names.provisioning(
            record.host_id, record.latest_provisioning_id
        )
        if record.latest_provisioning_id
        else "",
        etag=etag(record.revision),
        create_time=_time(record.create_time),
        update_time=_time(record.update_time),
    )
    if record.network is not None:
        message.network.CopyFrom(
            res.NetworkSettings(
                ip_address=record.network.ip_address,
                prefix_length=record.network.prefix_length,
                gateway=record.network.gateway,
                dns_servers=list(record.network.dns_servers),
            )
        )
    if record.bmc is not None:
        message.bmc.CopyFrom(
            res.Bmc(
                driver=DRIVER.proto(record.bmc.driver),
                address=record.bmc.address,
                port=record.bmc.port,
                username=record.bmc.username,
                password_set=record.bmc.password_set,
                insecure_skip_tls_verify=record.bmc.insecure_skip_tls_verify,
            )
        )
    return message


# Provisionings ---------------------------------------------------------


def provisioning_spec(message: res.Provisioning) -> provisioning.ProvisioningSpec:
    return provisioning.ProvisioningSpec(
        os_id=names.parse(
            "provisioning.operating_system",
            message.operating_system,
            "operatingSystems",
        ),
        template_id=names.parse_optional(
            "provisioning.template", message.template, "templates"
        ),
        values=dict(message.values),
        ttl_seconds=message.ttl_seconds,
    )


def provisioning_message(record: provisioning.ProvisioningRecord) -> res.Provisioning:
    return res.Provisioning(
        name=names.provisioning(record.host_id, record.provisioning_id),
        operating_system=names.operating_system(record.os_id),
        template=names.template(record.template_id) if record.template_id else "",
        values={
            key: value
            for key, value in record.values.items()
            if value != provisioning.MASK and value is not None
        },
        state=STATE.proto(record.state),
        progress_percent=record.progress_percent,
        message=record.message,
        expire_time=_time(record.expire_time),
        create_time=_time(record.create_time),
        start_time=_time(record.start_time),
        end_time=_time(record.end_time),
        etag=etag(record.revision),
    )


def preview(result: provisioning.Preview) -> svc.PreviewProvisioningResponse:
    return svc.PreviewProvisioningResponse(
        answer_file=result.answer_file,
        kernel_args=result.kernel_args,
        values={k: v for k, v in result.values.items() if v is not None},
        template=names.template(result.template_id) if result.template_id else "",
    )


def event(record: events.EventRecord) -> res.Event:
    state = ProvisioningState(record.state) if record.state else None
    return res.Event(
        cursor=events.encode_cursor(record.id),
        create_time=timestamp(record.create_time),
        type=EVENT_TYPES[record.type],
        host=names.host(record.host_id),
        provisioning=names.provisioning(record.host_id, record.provisioning_id)
        if record.provisioning_id
        else "",
        state=STATE.proto(state),
        progress_percent=record.progress_percent,
        message=record.message,
    )

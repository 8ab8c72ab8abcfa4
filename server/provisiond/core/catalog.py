"""The catalogue: answer-file templates and the operating systems they install."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import peewee

from provisiond.core import names, templates
from provisiond.core.clock import utcnow
from provisiond.core.errors import (
    AlreadyExists,
    FailedPrecondition,
    NotFound,
    invalid_field,
)
from provisiond.core.pagination import PageRequest, next_page_token
from provisiond.core.records import (
    Family,
    InstallerKind,
    check_etag,
    check_text,
    dumps,
    loads,
    require,
)
from provisiond.db.database import db
from provisiond.db.models import OperatingSystem, Provisioning, Template

ACTIVE_STATES = ("armed", "installing")
KERNEL_ARG_PLACEHOLDERS = ("answer_url", "callback_url", "server_url", "hostname")
_PLACEHOLDER = re.compile(r"\{([a-z_]*)\}")


@dataclass(frozen=True)
class TemplateRecord:
    template_id: str
    display_name: str
    installer_kind: InstallerKind
    body: str
    parameters: tuple[templates.Parameter, ...]
    revision: int = 1
    create_time: datetime | None = None
    update_time: datetime | None = None


@dataclass(frozen=True)
class OsRecord:
    os_id: str
    display_name: str
    family: Family
    installer_kind: InstallerKind
    kernel: str
    initrds: tuple[str, ...] = ()
    kernel_args: str = ""
    default_template_id: str | None = None
    revision: int = 1
    create_time: datetime | None = None
    update_time: datetime | None = None


# Templates ------------------------------------------------------------------


def _template_record(row: Template) -> TemplateRecord:
    return TemplateRecord(
        template_id=row.template_id,
        display_name=row.display_name,
        installer_kind=InstallerKind(row.installer_kind),
        body=row.body,
        parameters=tuple(
            templates.Parameter(
                name=p["name"],
                default=p.get("default"),
                description=p.get("description", ""),
                secret=p.get("secret", False),
            )
            for p in loads(row.parameters, [])
        ),
        revision=row.revision,
        create_time=row.create_time,
        update_time=row.update_time,
    )


def _check_template(record: TemplateRecord) -> None:
    require("template.display_name", record.display_name)
    check_text("template.display_name", record.display_name)
    require("template.installer_kind", record.installer_kind)
    require("template.body", record.body)
    templates.check_template(record.body, record.parameters)


def _parameters_json(parameters) -> str:
    return dumps(
        [
            {
                "name": p.name,
                "default": p.default,
                "description": p.description,
                "secret": p.secret,
            }
            for p in parameters
        ]
    )


def create_template(record: TemplateRecord) -> TemplateRecord:
    names.check_id("template_id", record.template_id)
    _check_template(record)
    now = utcnow()
    try:
        with db.atomic():
            row = Template.create(
                template_id=record.template_id,
                display_name=record.display_name,
                installer_kind=record.installer_kind.value,
                body=record.body,
                parameters=_parameters_json(record.parameters),
                create_time=now,
                update_time=now,
            )
    except peewee.IntegrityError:
        raise AlreadyExists(
            f"template {record.template_id} already exists",
            "TEMPLATE_EXISTS",
            {"template": names.template(record.template_id)},
        ) from None
    return _template_record(row)


def _template_row(template_id: str) -> Template:
    row = Template.get_or_none(Template.template_id == template_id)
    if row is None:
        raise NotFound(
            f"template {template_id} does not exist",
            "TEMPLATE_NOT_FOUND",
            {"template": names.template(template_id)},
        )
    return row


def get_template(template_id: str) -> TemplateRecord:
    return _template_record(_template_row(template_id))


def list_templates(
    page: PageRequest, installer_kind: InstallerKind | None
) -> tuple[list[TemplateRecord], str]:
    query = Template.select().order_by(Template.id).limit(page.size + 1)
    if page.after_key is not None:
        query = query.where(Template.id > page.after_key)
    if installer_kind is not None:
        query = query.where(Template.installer_kind == installer_kind.value)
    rows = list(query)
    token = next_page_token(page, [row.id for row in rows])
    return [_template_record(row) for row in rows[: page.size]], token


def update_template(
    template_id: str, changes: Mapping[str, Any], etag: str = ""
) -> TemplateRecord:
    """Applies `changes` (field name to new value) if `etag` is current."""
    with db.atomic():
        row = _template_row(template_id)
        check_etag(etag, row.revision, "template")
        record = replace(_template_record(row), **changes)
        _check_template(record)
        Template.update(
            display_name=record.display_name,
            installer_kind=record.installer_kind.value,
            body=record.body,
            parameters=_parameters_json(record.parameters),
            revision=row.revision + 1,
            update_time=utcnow(),
        ).where(Template.id == row.id).execute()
        return _template_record(Template.get_by_id(row.id))


def delete_template(template_id: str, etag: str = "") -> None:
    with db.atomic():
        row = _template_row(template_id)
        check_etag(etag, row.revision, "template")
        user = OperatingSystem.get_or_none(OperatingSystem.default_template == row.id)
        if user is not None:
            raise FailedPrecondition(
                f"template {template_id} is the default template of operating "
                f"system {user.os_id}; change that first",
                "TEMPLATE_IN_USE",
                {"operating_system": names.operating_system(user.os_id)},
            )
        _refuse_if_active(Provisioning.template_id == template_id, "template")
        row.delete_instance()


# Operating systems ----------------------------------------------------------


def _os_record(row: OperatingSystem, template_id: str | None) -> OsRecord:
    return OsRecord(
        os_id=row.os_id,
        display_name=row.display_name,
        family=Family(row.family),
        installer_kind=InstallerKind(row.installer_kind),
        kernel=row.kernel,
        initrds=tuple(loads(row.initrds, [])),
        kernel_args=row.kernel_args,
        default_template_id=template_id,
        revision=row.revision,
        create_time=row.create_time,
        update_time=row.update_time,
    )


def _os_query():
    # Flat rows: the default template's id comes along in the same query.
    return (
        OperatingSystem.select(
            OperatingSystem, Template.template_id.alias("default_template_name")
        )
        .join(Template, peewee.JOIN.LEFT_OUTER)
        .objects()
    )


def _os_from_joined(row: OperatingSystem) -> OsRecord:
    return _os_record(row, row.default_template_name)


def check_boot_file(field: str, value: str) -> str:
    """A path under the boot directory or an absolute http(s) URL."""
    if re.match(r"https?://", value):
        if re.search(r"\s", value):
            raise invalid_field(field, "must not contain white space")
        return value
    parts = value.split("/")
    if (
        not value
        or value.startswith("/")
        or "\\" in value
        or any(part in ("", ".", "..") for part in parts)
        or re.search(r"[\x00-\x20\x7f]", value)
    ):
        raise invalid_field(
            field,
            "must be a relative path under the boot directory (no '..', no "
            "leading '/', no spaces) or an http:// or https:// URL",
        )
    return value


def _check_os(record: OsRecord) -> int | None:
    """Validates `record`; returns the row id of its default template."""
    require("operating_system.display_name", record.display_name)
    check_text("operating_system.display_name", record.display_name)
    require("operating_system.family", record.family)
    require("operating_system.installer_kind", record.installer_kind)
    check_boot_file("operating_system.kernel", record.kernel)
    for index, initrd in enumerate(record.initrds):
        check_boot_file(f"operating_system.initrds[{index}]", initrd)
    check_text("operating_system.kernel_args", record.kernel_args, 2048)
    unknown = set(_PLACEHOLDER.findall(record.kernel_args)) - set(
        KERNEL_ARG_PLACEHOLDERS
    )
    stray = _PLACEHOLDER.sub("", record.kernel_args)
    if unknown or "{" in stray or "}" in stray:
        raise invalid_field(
            "operating_system.kernel_args",
            "may hold only the placeholders "
            + ", ".join("{" + p + "}" for p in KERNEL_ARG_PLACEHOLDERS)
            + " and no other braces",
        )
    if record.default_template_id is None:
        return None
    template = Template.get_or_none(Template.template_id == record.default_template_id)
    if template is None:
        raise NotFound(
            f"default template {record.default_template_id} does not exist",
            "TEMPLATE_NOT_FOUND",
            {"template": names.template(record.default_template_id)},
        )
    return template.id


def _os_fields(record: OsRecord, template_row_id: int | None) -> dict:
    return {
        "display_name": record.display_name,
        "family": record.family.value,
        "installer_kind": record.installer_kind.value,
        "kernel": record.kernel,
        "initrds": dumps(list(record.initrds)),
        "kernel_args": record.kernel_args,
        "default_template": template_row_id,
    }


def create_os(record: OsRecord) -> OsRecord:
    names.check_id("operating_system_id", record.os_id)
    now = utcnow()
    try:
        with db.atomic():
            template_row_id = _check_os(record)
            row = OperatingSystem.create(
                os_id=record.os_id,
                create_time=now,
                update_time=now,
                **_os_fields(record, template_row_id),
            )
    except peewee.IntegrityError:
        raise AlreadyExists(
            f"operating system {record.os_id} already exists",
            "OPERATING_SYSTEM_EXISTS",
            {"operating_system": names.operating_system(record.os_id)},
        ) from None
    return _os_record(row, record.default_template_id)


def _os_row(os_id: str) -> OperatingSystem:
    row = _os_query().where(OperatingSystem.os_id == os_id).first()
    if row is None:
        raise NotFound(
            f"operating system {os_id} does not exist",
            "OPERATING_SYSTEM_NOT_FOUND",
            {"operating_system": names.operating_system(os_id)},
        )
    return row


def get_os(os_id: str) -> OsRecord:
    return _os_from_joined(_os_row(os_id))


def list_os(page: PageRequest, family: Family | None) -> tuple[list[OsRecord], str]:
    query = _os_query().order_by(OperatingSystem.id).limit(page.size + 1)
    if page.after_key is not None:
        query = query.where(OperatingSystem.id > page.after_key)
    if family is not None:
        query = query.where(OperatingSystem.family == family.value)
    rows = list(query)
    token = next_page_token(page, [row.id for row in rows])
    return [_os_from_joined(row) for row in rows[: page.size]], token


def update_os(os_id: str, changes: Mapping[str, Any], etag: str = "") -> OsRecord:
    with db.atomic():
        row = _os_row(os_id)
        check_etag(etag, row.revision, "operating system")
        record = replace(_os_from_joined(row), **changes)
        template_row_id = _check_os(record)
        OperatingSystem.update(
            revision=row.revision + 1,
            update_time=utcnow(),
            **_os_fields(record, template_row_id),
        ).where(OperatingSystem.id == row.id).execute()
        return get_os(os_id)


def delete_os(os_id: str, etag: str = "") -> None:
    with db.atomic():
        row = _os_row(os_id)
        check_etag(etag, row.revision, "operating system")
        _refuse_if_active(Provisioning.os_id == os_id, "operating system")
        OperatingSystem.delete().where(OperatingSystem.id == row.id).execute()


def _refuse_if_active(condition, what: str) -> None:
    active = (
        Provisioning.select(Provisioning.provisioning_id, Provisioning.host)
        .where(condition & Provisioning.state.in_(ACTIVE_STATES))
        .first()
    )
    if active is not None:
        raise FailedPrecondition(
            f"an armed or installing provisioning uses this {what}; cancel it "
            "or wait for it to end",
            f"{what.upper().replace(' ', '_')}_IN_USE",
            {"provisioning": active.provisioning_id},
        )

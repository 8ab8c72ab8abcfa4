"""Resource ids and names: `hosts/web-01`, `hosts/web-01/provisionings/x7k2`."""

from __future__ import annotations

import re

from provisiond.core.errors import invalid_field

# Lower-case DNS-label style, as AIP-122 recommends for user-chosen ids.
_ID = re.compile(r"[a-z]([a-z0-9-]{0,61}[a-z0-9])?")


def check_id(field: str, value: str) -> str:
    """`value` when it is a valid resource id; InvalidArgument otherwise."""
    if not value:
        raise invalid_field(field, "is required")
    if not _ID.fullmatch(value):
        raise invalid_field(
            field,
            "must be 1 to 63 lower-case letters, digits and hyphens, starting "
            "with a letter and not ending with a hyphen",
        )
    return value


def parse(field: str, name: str, collection: str) -> str:
    """The id in `name`, which must be `{collection}/{id}`."""
    prefix = collection + "/"
    if not name:
        raise invalid_field(field, "is required")
    if not name.startswith(prefix):
        raise invalid_field(field, f"must look like {collection}/{{id}}")
    return check_id(field, name[len(prefix) :])


def parse_optional(field: str, name: str, collection: str) -> str | None:
    return parse(field, name, collection) if name else None


def parse_provisioning(field: str, name: str) -> tuple[str, str]:
    """(host id, provisioning id) of `hosts/{host}/provisionings/{id}`."""
    parts = name.split("/")
    if len(parts) != 4 or parts[0] != "hosts" or parts[2] != "provisionings":
        raise invalid_field(
            field, "must look like hosts/{host}/provisionings/{provisioning}"
        )
    return check_id(field, parts[1]), check_id(field, parts[3])


def host(host_id: str) -> str:
    return f"hosts/{host_id}"


def provisioning(host_id: str, provisioning_id: str) -> str:
    return f"hosts/{host_id}/provisionings/{provisioning_id}"


def template(template_id: str) -> str:
    return f"templates/{template_id}"


def operating_system(os_id: str) -> str:
    return f"operatingSystems/{os_id}"


def image(image_id: str) -> str:
    return f"images/{image_id}"


def imaging_job(job_id: str) -> str:
    return f"imagingJobs/{job_id}"

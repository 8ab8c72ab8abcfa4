"""One-shot installs: arm, cancel, installer callbacks, expiry, boot configs.

A provisioning is armed for a host's next network boot. Everything the install
needs is rendered when it is armed (the answer file, the kernel arguments), so
the host installs exactly what the caller previewed and confirmed. While it is
armed the host's boot config carries the installer entry; once the installer
has fetched its answer file or reported that it started, the provisioning is
installing and the host's boot config is local boot again, so a reboot in the
middle of an install can never start a second one. "done" or "failed" ends it.

The state machine:

    ARMED ──> INSTALLING ──> SUCCEEDED | FAILED
      │  └──────────────────> SUCCEEDED | FAILED
      └──> CANCELLED | EXPIRED

Every transition is a conditional update on the current state, so of two
racing callers exactly one wins; the host row's `active_provisioning`, set only
when it is empty, lets one arm per host win.

Install tokens are `pit_{provisioning id}.{signature}`, signed with the server
key: the server recomputes them when it renders a boot config, and stores none.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import NamedTuple

from provisiond.boot.backend import InstallerEvent, InstallerReport
from provisiond.core import bootconfig, catalog, events, names, templates
from provisiond.core.clock import utcnow
from provisiond.core.errors import (
    Aborted,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    invalid_field,
)
from provisiond.core.events import EventType
from provisiond.core.hosts import Hosts
from provisiond.core.keys import ServerKey
from provisiond.core.pagination import PageRequest, next_page_token
from provisiond.core.records import (
    InstallerKind,
    ProvisioningState,
    dumps,
    loads,
)
from provisiond.core.secrets import random_string
from provisiond.db.database import PreparedSelect, db, lock_row
from provisiond.db.models import Host, HostMac, Provisioning

LOG = logging.getLogger(__name__)

TOKEN_PREFIX = "pit_"  # noqa: S105 - a prefix, not a secret
_TOKEN_PURPOSE = "install-token"  # noqa: S105 - a key-derivation label
# Stands for the install token in what is stored; replaced when served.
_TOKEN_MARK = "\x01install-token\x01"  # noqa: S105
_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
MASK = "********"
MAX_TTL = timedelta(days=7)

ARMED = ProvisioningState.ARMED
INSTALLING = ProvisioningState.INSTALLING
ACTIVE = (ARMED, INSTALLING)


@dataclass(frozen=True)
class ProvisioningSpec:
    """What a caller asks to install."""

    os_id: str
    template_id: str | None = None
    values: Mapping[str, str] | None = None
    ttl_seconds: int = 0
    # For an imaging job: kernel arguments for its agent, where
    # "{install_token}" stands for the job's token.
    agent_args: str = ""
    imaging_job: bool = False


@dataclass(frozen=True)
class ProvisioningRecord:
    host_id: str
    provisioning_id: str
    os_id: str
    template_id: str
    values: Mapping[str, str]
    state: ProvisioningState
    progress_percent: int
    message: str
    expire_time: datetime
    create_time: datetime
    start_time: datetime | None
    end_time: datetime | None
    revision: int


@dataclass(frozen=True)
class Preview:
    template_id: str
    answer_file: str
    kernel_args: str
    values: Mapping[str, str]


@dataclass(frozen=True)
class _Rendered:
    template_id: str
    answer_file: str
    entry: bootconfig.InstallEntry
    shown_values: dict[str, str]


class TokenHolder(NamedTuple):
    """Who holds an active install or imaging token."""

    provisioning_id: str
    host_id: str
    imaging_job: bool


def _token_refused() -> PermissionDenied:
    return PermissionDenied(
        "the install token is unknown, or its install has ended",
        "INSTALL_TOKEN_REFUSED",
    )


class Provisioner:
    def __init__(
        self,
        key: ServerKey,
        hosts: Hosts,
        boot_url: str,
        default_ttl_seconds: int = 3600,
        install_timeout: timedelta = timedelta(hours=4),
        notify: Callable[[], None] = lambda: None,
    ):
        self._key = key
        self._hosts = hosts
        self._boot_url = boot_url.rstrip("/")
        self._default_ttl = default_ttl_seconds
        self._install_timeout = install_timeout
        self._notify = notify

    @property
    def boot_url(self) -> str:
        """The URL hosts reach the boot HTTP server at."""
        return self._boot_url

    def use_boot_url(self, boot_url: str) -> None:
        """Points the URLs rendered from now on at `boot_url`: the boot HTTP
        server's address once it is bound, when it was asked for port 0."""
        self._boot_url = boot_url.rstrip("/")

    # Rendering ------------------------------------------------------------

    def _render(self, host_id: str, spec: ProvisioningSpec, token: str) -> _Rendered:
        host = self._hosts.get(host_id)
        if not spec.os_id:
            raise invalid_field("provisioning.operating_system", "is required")
        system = catalog.get_os(spec.os_id)
        template_id = spec.template_id or system.default_template_id
        if template_id is None and system.installer_kind is not InstallerKind.IMAGE:
            raise FailedPrecondition(
                f"operating system {system.os_id} has no default template; name "
                "a template in provisioning.template",
                "TEMPLATE_REQUIRED",
                {"operating_system": names.operating_system(system.os_id)},
            )
        answer_url = f"{self._boot_url}/answer/{token}"
        callback_url = f"{self._boot_url}/callback/{token}"
        answer_file, shown = "", {}
        if template_id is not None:
            template = catalog.get_template(template_id)
            if template.installer_kind is not system.installer_kind:
                raise invalid_field(
                    "provisioning.template",
                    f"produces a {template.installer_kind.value} answer file, but "
                    f"{system.os_id} installs with {system.installer_kind.value}",
                )
            values = dict(spec.values or {})
            context = {
                "host": {
                    "name": names.host(host.host_id),
                    "hostname": host.hostname,
                    "mac_addresses": list(host.macs),
                    "network": dict(
                        host.network.__dict__,
                        dns_servers=list(host.network.dns_servers),
                    )
                    if host.network
                    else {},
                    "labels": dict(host.labels),
                },
                "os": {
                    "name": names.operating_system(system.os_id),
                    "display_name": system.display_name,
                    "family": system.family.value,
                },
                "install": {
                    "answer_url": answer_url,
                    "callback_url": callback_url,
                    "server_url": self._boot_url,
                },
            }
            answer_file = templates.render_template(
                template.body, template.parameters, values, context
            )
            secret = {p.name for p in template.parameters if p.secret}
            for parameter in template.parameters:
                value = values.get(parameter.name, parameter.default)
                shown[parameter.name] = MASK if parameter.name in secret else value
        entry = self._boot_entry(system, host.hostname, answer_url, callback_url)
        if spec.agent_args:
            agent_args = spec.agent_args.replace("{install_token}", token)
            entry = replace(entry, kernel_args=f"{entry.kernel_args} {agent_args}")
        return _Rendered(template_id or "", answer_file, entry, shown)

    def _boot_entry(
        self, system: catalog.OsRecord, hostname: str, answer_url: str, callback: str
    ) -> bootconfig.InstallEntry:
        places = {
            "answer_url": answer_url,
            "callback_url": callback,
            "server_url": self._boot_url,
            "hostname": hostname,
        }
        args = system.kernel_args
        for name, value in places.items():
            args = args.replace("{" + name + "}", value)
        if "{answer_url}" not in system.kernel_args:
            args = " ".join(
                part for part in (args, _answer_argument(system, answer_url)) if part
            )
        initrds = [self._file_url(path) for path in system.initrds]
        if system.installer_kind is InstallerKind.WINDOWS_UNATTEND:
            # wimboot puts each initrd into WinPE's X:\Windows\System32 under
            # its own name, where Setup finds autounattend.xml by itself.
            initrds.append(f"{answer_url}/autounattend.xml")
        return bootconfig.InstallEntry(
            label=f"Install {system.display_name} on {hostname}",
            kernel_url=self._file_url(system.kernel),
            initrd_urls=tuple(initrds),
            kernel_args=args,
        )

    def _file_url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        return f"{self._boot_url}/files/{path}"

    def preview(self, host_id: str, spec: ProvisioningSpec) -> Preview:
        """What arm() would install, with a sample token in the URLs."""
        rendered = self._render(host_id, spec, TOKEN_PREFIX + "preview")
        return Preview(
            template_id=rendered.template_id,
            answer_file=rendered.answer_file,
            kernel_args=rendered.entry.kernel_args,
            values=rendered.shown_values,
        )

    # Arming and cancelling ----------------------------------------------

    def arm(
        self, host_id: str, spec: ProvisioningSpec, request_id: str = ""
    ) -> tuple[ProvisioningRecord, bool]:
        """Arms a provisioning; returns it and whether this call created it
        (False: a retry of `request_id` found the one it had armed)."""
        host = self._hosts.row(host_id)
        if request_id:
            earlier = (
                Provisioning.select()
                .where(
                    (Provisioning.host == host.id)
                    & (Provisioning.request_id == request_id)
                )
                .first()
            )
            if earlier is not None:
                return self._record(earlier, host_id), False
        ttl = spec.ttl_seconds or self._default_ttl
        if ttl < 0 or ttl > MAX_TTL.total_seconds():
            raise invalid_field(
                "provisioning.ttl_seconds",
                f"must be between 1 and {int(MAX_TTL.total_seconds())} (7 days)",
            )
        if host.active_provisioning is not None:
            raise _busy(host_id)
        rendered = self._render(host_id, spec, _TOKEN_MARK)
        now = utcnow()
        # A letter first, as resource ids must start with one.
        provisioning_id = random_string(_ID_ALPHABET[:26], 1) + random_string(
            _ID_ALPHABET, 9
        )
        with db.atomic():
            lock_row(Host, host.id)
            row = Provisioning.create(
                provisioning_id=provisioning_id,
                host=host.id,
                os_id=spec.os_id,
                template_id=rendered.template_id,
                values=dumps(rendered.shown_values),
                state=ARMED.value,
                boot_entry=dumps(rendered.entry.__dict__),
                answer_file=rendered.answer_file,
                expire_time=now + timedelta(seconds=ttl),
                create_time=now,
                update_time=now,
                request_id=request_id or None,
                imaging_job=spec.imaging_job,
            )
            won = (
                Host.update(
                    active_provisioning=row.id,
                    latest_provisioning=provisioning_id,
                    latest_state=ARMED.value,
                )
                .where((Host.id == host.id) & Host.active_provisioning.is_null())
                .execute()
            )
            if not won:  # raising inside the transaction rolls it back
                raise Aborted(
                    f"another call armed host {host_id} a moment ago; read the "
                    "host to see its provisioning",
                    "HOST_ARMED_CONCURRENTLY",
                    {"host": names.host(host_id)},
                )
            events.append(
                EventType.PROVISIONING_STATE_CHANGED,
                host_id,
                provisioning_id,
                ARMED.value,
                message=f"armed: {rendered.entry.label}",
                imaging=spec.imaging_job,
            )
        self._notify()
        return self._record(row, host_id), True

    def cancel(self, host_id: str, provisioning_id: str) -> ProvisioningRecord:
        row = self._row(host_id, provisioning_id)
        state = ProvisioningState(row.state)
        if state is ProvisioningState.CANCELLED:
            return self._record(row, host_id)
        if state is not ARMED:
            raise FailedPrecondition(
                f"provisioning {provisioning_id} is {state.value}: only an armed "
                "provisioning can be cancelled",
                "PROVISIONING_NOT_ARMED",
                {"state": state.value},
            )
        if not self._transition(
            row, host_id, (ARMED,), ProvisioningState.CANCELLED, "cancelled"
        ):
            raise Aborted(
                f"provisioning {provisioning_id} changed state while it was being "
                "cancelled; read it and decide again",
                "PROVISIONING_CHANGED",
            )
        return self.get(host_id, provisioning_id)

    def _transition(
        self,
        row: Provisioning,
        host_id: str,
        sources: tuple[ProvisioningState, ...],
        target: ProvisioningState,
        message: str,
        progress: int | None = None,
    ) -> bool:
        """Moves `row` from one of `sources` to `target`; False if it was no
        longer in one of them (another caller moved it first)."""
        now = utcnow()
        fields = {
            "state": target.value,
            "message": message[:1024],
            "update_time": now,
            "revision": Provisioning.revision + 1,
        }
        if target is INSTALLING:
            fields["start_time"] = now
        if not target.active:
            fields["end_time"] = now
        if progress is not None:
            fields["progress_percent"] = progress
        with db.atomic():
            moved = (
                Provisioning.update(**fields)
                .where(
                    (Provisioning.id == row.id)
                    & Provisioning.state.in_([s.value for s in sources])
                )
                .execute()
            )
            if not moved:
                return False
            host_fields = {"latest_state": target.value}
            if not target.active:
                host_fields["active_provisioning"] = None
            Host.update(**host_fields).where(
                (Host.id == row.host_id)
                & (Host.latest_provisioning == row.provisioning_id)
            ).execute()
            events.append(
                EventType.PROVISIONING_STATE_CHANGED,
                host_id,
                row.provisioning_id,
                target.value,
                progress_percent=progress or 0,
                message=message,
                imaging=row.imaging_job,
            )
        self._notify()
        return True

    # Reading ------------------------------------------------------------

    def _record(self, row: Provisioning, host_id: str) -> ProvisioningRecord:
        return ProvisioningRecord(
            host_id=host_id,
            provisioning_id=row.provisioning_id,
            os_id=row.os_id,
            template_id=row.template_id,
            values=loads(row.values, {}),
            state=ProvisioningState(row.state),
            progress_percent=row.progress_percent,
            message=row.message,
            expire_time=row.expire_time,
            create_time=row.create_time,
            start_time=row.start_time,
            end_time=row.end_time,
            revision=row.revision,
        )

    def _row(self, host_id: str, provisioning_id: str) -> Provisioning:
        row = (
            Provisioning.select()
            .join(Host)
            .where(
                (Host.host_id == host_id)
                & (Provisioning.provisioning_id == provisioning_id)
            )
            .first()
        )
        if row is None:
            raise NotFound(
                f"provisioning {names.provisioning(host_id, provisioning_id)} "
                "does not exist",
                "PROVISIONING_NOT_FOUND",
                {"provisioning": names.provisioning(host_id, provisioning_id)},
            )
        return row

    def get(self, host_id: str, provisioning_id: str) -> ProvisioningRecord:
        return self._record(self._row(host_id, provisioning_id), host_id)

    def list(
        self,
        page: PageRequest,
        host_id: str | None,
        state: ProvisioningState | None,
    ) -> tuple[list[ProvisioningRecord], str]:
        """Newest first. Page keys are negated ids, so that the keyset
        pagination, which continues after the last key, walks down."""
        query = (
            Provisioning.select(Provisioning, Host.host_id)
            .join(Host)
            .order_by(Provisioning.id.desc())
            .limit(page.size + 1)
        )
        if host_id is not None:
            self._hosts.row(host_id)
            query = query.where(Host.host_id == host_id)
        if page.after_key is not None:
            query = query.where(Provisioning.id < -page.after_key)
        if state is not None:
            query = query.where(Provisioning.state == state.value)
        rows = list(query)
        token = next_page_token(page, [-row.id for row in rows])
        return [self._record(row, row.host.host_id) for row in rows[: page.size]], token

    # What the boot server asks ------------------------------------------

    def token(self, provisioning_id: str) -> str:
        return _token(self._key, provisioning_id)

    def by_token(self, token: str) -> tuple[Provisioning, str]:
        """The active provisioning a token belongs to, and its host id.
        Raises PermissionDenied for any other token."""
        provisioning_id = self._signed_id(token)
        row = (
            Provisioning.select(Provisioning, Host.host_id)
            .join(Host)
            .where(Provisioning.provisioning_id == provisioning_id)
            .first()
        )
        if row is None or not ProvisioningState(row.state).active:
            raise _token_refused()
        if row.state == ARMED.value and self._expire(row, row.host.host_id):
            raise _token_refused()
        return row, row.host.host_id

    def holder(self, token: str) -> TokenHolder:
        """by_token() for the calls an imaging agent makes by the hundred: a
        few columns rather than two whole rows. An armed provisioning goes
        through by_token(), which expires it when it is past due."""
        provisioning_id = self._signed_id(token)
        found = _HOLDER_BY_ID.first(provisioning_id)
        if found is None:
            raise _token_refused()
        state, imaging_job, host_id = _HOLDER_BY_ID.python_values(found)
        if not ProvisioningState(state).active:
            raise _token_refused()
        if state == ARMED.value:
            row, host_id = self.by_token(token)
            imaging_job = row.imaging_job
        return TokenHolder(provisioning_id, host_id, bool(imaging_job))

    def _signed_id(self, token: str) -> str:
        """The provisioning id a token names, once its signature checks out."""
        body = token[len(TOKEN_PREFIX) :] if token.startswith(TOKEN_PREFIX) else ""
        provisioning_id, _, signature = body.partition(".")
        if not signature or not self._key.verify(
            _TOKEN_PURPOSE, provisioning_id, signature
        ):
            raise _token_refused()
        return provisioning_id

    def _expire(self, row: Provisioning, host_id: str) -> bool:
        """Expires an armed provisioning past its time to live, without
        waiting for the housekeeper; whether it had expired."""
        if row.expire_time >= utcnow():
            return False
        self._transition(
            row,
            host_id,
            (ARMED,),
            ProvisioningState.EXPIRED,
            "the host did not start the install within its time to live",
        )
        return True

    def boot_entry(self, mac: str) -> bootconfig.InstallEntry | None:
        """The installer entry of the host with this MAC when it is armed.

        Every boot config request of a boot storm comes here: one prepared
        query finds the host's active provisioning, and one insert records
        that the host was served.
        """
        found = _ACTIVE_BY_MAC.first(mac)
        if found is None:
            return None
        host_id, row_id, provisioning_id, state, expire_time, stored, imaging = (
            _ACTIVE_BY_MAC.python_values(found)
        )
        if state != ARMED.value:
            return None
        if expire_time < utcnow():
            self._expire(Provisioning.get_by_id(row_id), host_id)
            return None
        entry = _served_entry(stored, self.token(provisioning_id))
        with db.atomic():
            events.append(
                EventType.BOOT_CONFIG_SERVED,
                host_id,
                provisioning_id,
                ARMED.value,
                message="the host fetched its installer boot config",
                imaging=imaging,
            )
        self._notify()
        return entry

    def answer_file(self, token: str) -> str:
        """The answer file; its first fetch marks the install as started."""
        row, host_id = self.by_token(token)
        if row.state == ARMED.value:
            self._transition(
                row,
                host_id,
                (ARMED,),
                INSTALLING,
                "the installer fetched its answer file",
            )
        return row.answer_file.replace(_TOKEN_MARK, token)

    def installer_report(self, token: str, report: InstallerReport) -> None:
        row, host_id = self.by_token(token)
        state = ProvisioningState(row.state)
        event = report.event
        if event is InstallerEvent.STARTED:
            if state is ARMED:
                self._transition(
                    row, host_id, (ARMED,), INSTALLING, report.message or "started"
                )
            return
        if event is InstallerEvent.PROGRESS:
            percent = report.percent if report.percent is not None else 0
            if not 0 <= percent <= 100:
                raise InvalidArgument("percent must be between 0 and 100")
            if state is ARMED:
                self._transition(row, host_id, (ARMED,), INSTALLING, "started")
            with db.atomic():
                Provisioning.update(
                    progress_percent=percent,
                    message=report.message[:1024],
                    update_time=utcnow(),
                    revision=Provisioning.revision + 1,
                ).where(Provisioning.id == row.id).execute()
                events.append(
                    EventType.PROVISIONING_PROGRESS,
                    host_id,
                    row.provisioning_id,
                    INSTALLING.value,
                    progress_percent=percent,
                    message=report.message,
                )
            self._notify()
            return
        target, default = (
            (ProvisioningState.SUCCEEDED, "the installer reported success")
            if event is InstallerEvent.DONE
            else (ProvisioningState.FAILED, "the installer reported failure")
        )
        if not self._transition(
            row,
            host_id,
            ACTIVE,
            target,
            report.message or default,
            progress=100 if target is ProvisioningState.SUCCEEDED else None,
        ):
            raise FailedPrecondition(
                "the install ended while the report was being recorded",
                "PROVISIONING_ENDED",
            )

    # What imaging jobs drive ----------------------------------------------

    def start(self, row: Provisioning, host_id: str, message: str) -> None:
        """Marks an armed provisioning as under way (installing); from then on
        the host's boot config is local boot."""
        if row.state == ARMED.value:
            self._transition(row, host_id, (ARMED,), INSTALLING, message)

    def end(
        self, row: Provisioning, host_id: str, target: ProvisioningState, message: str
    ) -> bool:
        """Ends an armed or installing provisioning in `target`; False when it
        had already ended."""
        return self._transition(row, host_id, ACTIVE, target, message)

    # Housekeeping -------------------------------------------------------

    def expire_due(self, now: datetime | None = None) -> int:
        """Ends armed provisionings past their time to live, and installs that
        have not reported within the install timeout; returns how many."""
        now = now or utcnow()
        ended = 0
        armed = (
            Provisioning.select(Provisioning, Host.host_id)
            .join(Host)
            .where(
                (Provisioning.state == ARMED.value) & (Provisioning.expire_time < now)
            )
        )
        for row in armed:
            ended += self._transition(
                row,
                row.host.host_id,
                (ARMED,),
                ProvisioningState.EXPIRED,
                "the host did not start the install within its time to live",
            )
        stalled = (
            Provisioning.select(Provisioning, Host.host_id)
            .join(Host)
            .where(
                (Provisioning.state == INSTALLING.value)
                & (Provisioning.update_time < now - self._install_timeout)
            )
        )
        for row in stalled:
            ended += self._transition(
                row,
                row.host.host_id,
                (INSTALLING,),
                ProvisioningState.FAILED,
                "the installer sent no report within the install timeout",
            )
        return ended


# Runs on every boot config request, so its SQL is rendered only once.
_ACTIVE_BY_MAC = PreparedSelect(
    lambda mac: (
        HostMac.select(
            Host.host_id,
            Provisioning.id,
            Provisioning.provisioning_id,
            Provisioning.state,
            Provisioning.expire_time,
            Provisioning.boot_entry,
            Provisioning.imaging_job,
        )
        .join(Host)
        .join(Provisioning, on=(Provisioning.id == Host.active_provisioning))
        .where(HostMac.mac == mac)
    )
)


# Runs on every call of an imaging agent.
_HOLDER_BY_ID = PreparedSelect(
    lambda provisioning_id: (
        Provisioning.select(Provisioning.state, Provisioning.imaging_job, Host.host_id)
        .join(Host)
        .where(Provisioning.provisioning_id == provisioning_id)
    )
)


@functools.lru_cache(maxsize=4096)
def _token(key: ServerKey, provisioning_id: str) -> str:
    """The install token of a provisioning: the same on every boot config
    served, so signed once."""
    signature = key.sign(_TOKEN_PURPOSE, provisioning_id)
    return f"{TOKEN_PREFIX}{provisioning_id}.{signature}"


@functools.lru_cache(maxsize=1024)
def _served_entry(stored: str, token: str) -> bootconfig.InstallEntry:
    """The stored entry with its install token in place: the same for every
    boot of one provisioning, so made once."""
    # The mark is replaced in the decoded values: JSON escapes it.
    fields = {
        field: tuple(v.replace(_TOKEN_MARK, token) for v in value)
        if isinstance(value, list)
        else value.replace(_TOKEN_MARK, token)
        for field, value in json.loads(stored).items()
    }
    return bootconfig.InstallEntry(**fields)


def _answer_argument(system: catalog.OsRecord, answer_url: str) -> str:
    """The kernel argument that points an installer at its answer file."""
    kind = system.installer_kind
    if kind is InstallerKind.KICKSTART:
        return f"inst.ks={answer_url}"
    if kind is InstallerKind.PRESEED:
        return f"auto=true priority=critical url={answer_url}"
    if kind is InstallerKind.AUTOINSTALL:
        # cloud-init's NoCloud source appends user-data and meta-data.
        return f"autoinstall ds=nocloud-net;s={answer_url}/"
    return ""


def _busy(host_id: str) -> FailedPrecondition:
    return FailedPrecondition(
        f"host {host_id} already has an armed or installing provisioning; "
        "cancel it first",
        "HOST_BUSY",
        {"host": names.host(host_id)},
    )

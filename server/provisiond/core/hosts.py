"""Hosts: MAC addresses, host name, network settings, BMC access and labels.

BMC passwords are write-only: encrypted with the server key when stored, and
decrypted only to talk to the BMC.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import peewee

from provisiond.core import names
from provisiond.core.clock import utcnow
from provisiond.core.errors import (
    AlreadyExists,
    FailedPrecondition,
    NotFound,
    invalid_field,
)
from provisiond.core.identity import check_hostname, normalize_mac
from provisiond.core.keys import ServerKey
from provisiond.core.pagination import PageRequest, next_page_token
from provisiond.core.records import (
    BmcDriver,
    ProvisioningState,
    check_etag,
    dumps,
    loads,
    require,
)
from provisiond.db.database import db, is_postgresql
from provisiond.db.models import Host, HostMac

_LABEL_TEXT = re.compile(r"[A-Za-z0-9._-]{1,63}")
_MAX_MACS = 16
_MAX_LABELS = 64


@dataclass(frozen=True)
class Network:
    ip_address: str
    prefix_length: int
    gateway: str = ""
    dns_servers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bmc:
    driver: BmcDriver
    address: str
    port: int = 0
    username: str = ""
    # Plain text on its way in; never filled when read back.
    password: str = field(default="", repr=False)
    password_set: bool = False
    insecure_skip_tls_verify: bool = False


@dataclass(frozen=True)
class HostRecord:
    host_id: str
    hostname: str
    macs: tuple[str, ...]
    network: Network | None = None
    bmc: Bmc | None = None
    labels: Mapping[str, str] = field(default_factory=dict)
    provisioning_state: ProvisioningState | None = None
    latest_provisioning_id: str | None = None
    revision: int = 1
    create_time: datetime | None = None
    update_time: datetime | None = None


@dataclass(frozen=True)
class HostFilter:
    mac: str | None = None
    labels: tuple[tuple[str, str], ...] = ()
    provisioning_state: ProvisioningState | None = None


def check_network(network: Network) -> Network:
    prefix = "host.network."
    try:
        address = ipaddress.ip_address(network.ip_address)
    except ValueError:
        raise invalid_field(prefix + "ip_address", "is not an IP address") from None
    if not 0 < network.prefix_length <= address.max_prefixlen:
        raise invalid_field(
            prefix + "prefix_length",
            f"must be between 1 and {address.max_prefixlen} for this address",
        )
    if network.gateway:
        try:
            gateway = ipaddress.ip_address(network.gateway)
        except ValueError:
            raise invalid_field(prefix + "gateway", "is not an IP address") from None
        if gateway.version != address.version:
            raise invalid_field(
                prefix + "gateway", "must be of the same IP version as ip_address"
            )
    if len(network.dns_servers) > 8:
        raise invalid_field(prefix + "dns_servers", "may hold at most 8 addresses")
    for index, server in enumerate(network.dns_servers):
        try:
            ipaddress.ip_address(server)
        except ValueError:
            raise invalid_field(
                f"{prefix}dns_servers[{index}]", "is not an IP address"
            ) from None
    return network


def check_bmc(bmc: Bmc, creating: bool) -> Bmc:
    require("host.bmc.driver", bmc.driver)
    require("host.bmc.address", bmc.address)
    try:
        ipaddress.ip_address(bmc.address)
    except ValueError:
        check_hostname("host.bmc.address", bmc.address)
    if not 0 <= bmc.port <= 65535:
        raise invalid_field("host.bmc.port", "must be between 0 and 65535")
    require("host.bmc.username", bmc.username)
    if len(bmc.username) > 64 or len(bmc.password) > 256:
        raise invalid_field("host.bmc", "user name or password is too long")
    if creating and not bmc.password:
        raise invalid_field("host.bmc.password", "is required")
    return bmc


def check_labels(
    labels: Mapping[str, str], field: str = "host.labels"
) -> dict[str, str]:
    if len(labels) > _MAX_LABELS:
        raise invalid_field(field, f"may hold at most {_MAX_LABELS} labels")
    for key, value in labels.items():
        if not _LABEL_TEXT.fullmatch(key) or not _LABEL_TEXT.fullmatch(value):
            raise invalid_field(
                f"{field}[{key[:64]}]",
                "keys and values must be 1 to 63 letters, digits, '.', '_' or '-'",
            )
    return dict(labels)


def parse_label_filter(items: list[str]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for index, item in enumerate(items):
        key, sep, value = item.partition("=")
        if (
            not sep
            or not _LABEL_TEXT.fullmatch(key)
            or not _LABEL_TEXT.fullmatch(value)
        ):
            raise invalid_field(
                f"labels[{index}]",
                "must be key=value, each 1 to 63 letters, digits, '.', '_' or '-'",
            )
        pairs.append((key, value))
    return tuple(sorted(pairs))


class Hosts:
    def __init__(self, key: ServerKey):
        self._key = key

    # Reading ------------------------------------------------------------

    def _record(self, row: Host, macs: list[str]) -> HostRecord:
        network = loads(row.network)
        return HostRecord(
            host_id=row.host_id,
            hostname=row.hostname,
            macs=tuple(macs),
            network=Network(
                network["ip_address"],
                network["prefix_length"],
                network.get("gateway", ""),
                tuple(network.get("dns_servers", ())),
            )
            if network
            else None,
            bmc=Bmc(
                driver=BmcDriver(row.bmc_driver),
                address=row.bmc_address,
                port=row.bmc_port,
                username=row.bmc_username,
                password_set=bool(row.bmc_password),
                insecure_skip_tls_verify=row.bmc_insecure,
            )
            if row.bmc_driver
            else None,
            labels=loads(row.labels, {}),
            provisioning_state=ProvisioningState(row.latest_state)
            if row.latest_state
            else None,
            latest_provisioning_id=row.latest_provisioning,
            revision=row.revision,
            create_time=row.create_time,
            update_time=row.update_time,
        )

    def _records(self, rows: list[Host]) -> list[HostRecord]:
        macs: dict[int, list[str]] = {row.id: [] for row in rows}
        if rows:
            for mac in (
                HostMac.select(HostMac.host, HostMac.mac)
                .where(HostMac.host.in_(list(macs)))
                .order_by(HostMac.id)
            ):
                macs[mac.host_id].append(mac.mac)
        return [self._record(row, macs[row.id]) for row in rows]

    def row(self, host_id: str) -> Host:
        row = Host.get_or_none(Host.host_id == host_id)
        if row is None:
            raise NotFound(
                f"host {host_id} does not exist",
                "HOST_NOT_FOUND",
                {"host": names.host(host_id)},
            )
        return row

    def get(self, host_id: str) -> HostRecord:
        return self._records([self.row(host_id)])[0]

    def list(
        self, page: PageRequest, where: HostFilter
    ) -> tuple[list[HostRecord], str]:
        query = Host.select().order_by(Host.id).limit(page.size + 1)
        if page.after_key is not None:
            query = query.where(Host.id > page.after_key)
        if where.mac is not None:
            query = query.where(
                Host.id.in_(
                    HostMac.select(HostMac.host).where(HostMac.mac == where.mac)
                )
            )
        for key, value in where.labels:
            # Labels are stored as canonical JSON of restricted characters,
            # so an exact "key":"value" substring is an exact label match.
            needle = dumps({key: value})[1:-1]
            find = peewee.fn.strpos if is_postgresql() else peewee.fn.instr
            query = query.where(find(Host.labels, needle) > 0)
        if where.provisioning_state is not None:
            query = query.where(Host.latest_state == where.provisioning_state.value)
        rows = list(query)
        token = next_page_token(page, [row.id for row in rows])
        return self._records(rows[: page.size]), token

    def bmc_password(self, host_id: str) -> tuple[Bmc, str]:
        """The BMC settings of a host with the decrypted password."""
        row = self.row(host_id)
        record = self._record(row, [])
        if record.bmc is None or not row.bmc_password:
            raise FailedPrecondition(
                f"host {host_id} has no BMC; set host.bmc first",
                "HOST_HAS_NO_BMC",
                {"host": names.host(host_id)},
            )
        return record.bmc, self._key.decrypt(row.bmc_password)

    # Writing ------------------------------------------------------------

    def _check(self, record: HostRecord, creating: bool) -> HostRecord:
        hostname = check_hostname("host.hostname", record.hostname)
        require("host.mac_addresses", record.macs)
        if len(record.macs) > _MAX_MACS:
            raise invalid_field(
                "host.mac_addresses", f"may hold at most {_MAX_MACS} addresses"
            )
        macs = tuple(
            normalize_mac(f"host.mac_addresses[{i}]", mac)
            for i, mac in enumerate(record.macs)
        )
        if len(set(macs)) != len(macs):
            raise invalid_field("host.mac_addresses", "lists an address twice")
        if record.network is not None:
            check_network(record.network)
        if record.bmc is not None:
            check_bmc(record.bmc, creating)
        labels = check_labels(record.labels)
        return replace(record, hostname=hostname, macs=macs, labels=labels)

    def _bmc_fields(self, bmc: Bmc | None, stored_password: str | None) -> dict:
        if bmc is None:
            return {
                "bmc_driver": None,
                "bmc_address": None,
                "bmc_port": 0,
                "bmc_username": None,
                "bmc_password": None,
                "bmc_insecure": False,
            }
        return {
            "bmc_driver": bmc.driver.value,
            "bmc_address": bmc.address,
            "bmc_port": bmc.port,
            "bmc_username": bmc.username,
            "bmc_password": self._key.encrypt(bmc.password)
            if bmc.password
            else stored_password,
            "bmc_insecure": bmc.insecure_skip_tls_verify,
        }

    def _claim_macs(self, host_row_id: int, host_id: str, macs: tuple[str, ...]):
        taken = (
            HostMac.select(HostMac.mac, Host.host_id)
            .join(Host)
            .where(HostMac.mac.in_(list(macs)) & (HostMac.host != host_row_id))
            .first()
        )
        if taken is not None:
            raise _mac_taken(taken.mac, taken.host.host_id)
        HostMac.delete().where(HostMac.host == host_row_id).execute()
        HostMac.insert_many(
            [{"mac": mac, "host": host_row_id} for mac in macs]
        ).execute()

    def create(self, record: HostRecord) -> HostRecord:
        names.check_id("host_id", record.host_id)
        record = self._check(record, creating=True)
        now = utcnow()
        try:
            with db.atomic():
                row = Host.create(
                    host_id=record.host_id,
                    hostname=record.hostname,
                    network=dumps(record.network.__dict__) if record.network else None,
                    labels=dumps(record.labels),
                    create_time=now,
                    update_time=now,
                    **self._bmc_fields(record.bmc, None),
                )
                self._claim_macs(row.id, record.host_id, record.macs)
        except peewee.IntegrityError:
            # A concurrent create took the id or a MAC address between our
            # checks and the insert: tell which.
            if Host.get_or_none(Host.host_id == record.host_id) is not None:
                raise AlreadyExists(
                    f"host {record.host_id} already exists",
                    "HOST_EXISTS",
                    {"host": names.host(record.host_id)},
                ) from None
            raise AlreadyExists(
                "a MAC address of the host belongs to another host",
                "MAC_ADDRESS_IN_USE",
            ) from None
        return self.get(record.host_id)

    def update(
        self, host_id: str, changes: Mapping[str, Any], etag: str = ""
    ) -> HostRecord:
        try:
            with db.atomic():
                row = self.row(host_id)
                check_etag(etag, row.revision, "host")
                current = self._records([row])[0]
                record = self._check(replace(current, **changes), creating=False)
                if record.bmc is not None and not (
                    record.bmc.password or row.bmc_password
                ):
                    raise invalid_field("host.bmc.password", "is required")
                Host.update(
                    hostname=record.hostname,
                    network=dumps(record.network.__dict__) if record.network else None,
                    labels=dumps(record.labels),
                    revision=row.revision + 1,
                    update_time=utcnow(),
                    **self._bmc_fields(record.bmc, row.bmc_password),
                ).where(Host.id == row.id).execute()
                if record.macs != current.macs:
                    self._claim_macs(row.id, host_id, record.macs)
        except peewee.IntegrityError:
            raise AlreadyExists(
                "a MAC address of the host belongs to another host",
                "MAC_ADDRESS_IN_USE",
            ) from None
        return self.get(host_id)

    def delete(self, host_id: str, etag: str = "") -> None:
        with db.atomic():
            row = self.row(host_id)
            check_etag(etag, row.revision, "host")
            if row.active_provisioning is not None:
                raise FailedPrecondition(
                    f"host {host_id} has an armed or installing provisioning; "
                    "cancel it or wait for it to end",
                    "HOST_BUSY",
                    {"host": names.host(host_id)},
                )
            row.delete_instance(recursive=True)


def _mac_taken(mac: str, owner: str) -> AlreadyExists:
    return AlreadyExists(
        f"MAC address {mac} belongs to host {owner}",
        "MAC_ADDRESS_IN_USE",
        {"mac_address": mac, "host": names.host(owner)},
    )

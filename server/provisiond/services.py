"""The domain services of one daemon, shared by its API and boot servers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from provisiond.config import Settings
from provisiond.core.events import EventHub
from provisiond.core.hosts import Hosts
from provisiond.core.images import CHUNK_SIZE
from provisiond.core.imaging import Imaging
from provisiond.core.keys import ServerKey
from provisiond.core.power import PowerService
from provisiond.core.provisioning import Provisioner
from provisiond.hardware.power import RetryPolicy
from provisiond.store.chunks import ChunkStore


@dataclass
class Services:
    key: ServerKey
    hosts: Hosts
    hub: EventHub
    provisioner: Provisioner
    power: PowerService
    imaging: Imaging

    @classmethod
    def build(cls, settings: Settings) -> Services:
        """Raises keys.ServerKeyError when the key file is unusable."""
        key = ServerKey.load_or_create(settings.secret_key_path)
        hosts = Hosts(key)
        hub = EventHub()
        provisioner = Provisioner(
            key,
            hosts,
            settings.boot_base_url,
            default_ttl_seconds=settings.provisioning_ttl_seconds,
            install_timeout=timedelta(hours=4),
            notify=hub.appended,
        )
        power = PowerService(
            hosts,
            RetryPolicy(attempt_timeout=settings.bmc_timeout_seconds),
            notify=hub.appended,
        )
        imaging = Imaging(
            provisioner,
            hosts,
            ChunkStore(settings.chunk_path, CHUNK_SIZE),
            settings.agent_grpc_url,
            notify=hub.appended,
        )
        return cls(key, hosts, hub, provisioner, power, imaging)

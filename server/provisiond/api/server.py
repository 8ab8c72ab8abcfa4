"""Assembles the gRPC server: servicers, the call pipeline, health and reflection."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from provisiond import tls
from provisiond.api import contract, reflection
from provisiond.api.audit_servicer import AuditServicer
from provisiond.api.auth_servicer import AuthServicer
from provisiond.api.executor import HandlerExecutor
from provisiond.api.imaging_agent_servicer import ImagingAgentServicer
from provisiond.api.imaging_servicer import ImagingServicer
from provisiond.api.pipeline import CallPipeline
from provisiond.api.provisioning_servicer import ProvisioningServicer, WatchLimit
from provisiond.config import ConfigError, Settings
from provisiond.core import events, idempotency
from provisiond.core.audit import AuditWriter
from provisiond.core.auth import Authenticator, SessionPolicy
from provisiond.core.deployment import ApiSwitch
from provisiond.core.housekeeping import Housekeeper, purge_audit, purge_sessions
from provisiond.core.throttle import FailureThrottle
from provisiond.services import Services
from provisioner.v1 import (
    audit_service_pb2_grpc,
    auth_service_pb2_grpc,
    imaging_agent_service_pb2_grpc,
    imaging_service_pb2_grpc,
    provisioning_service_pb2_grpc,
)

LOG = logging.getLogger(__name__)

_EXPIRY_INTERVAL = 5.0


@dataclass(frozen=True)
class Listener:
    """An address the server listens on, with the port actually bound."""

    address: str
    port: int
    tls: bool


class ApiServer:
    """The gRPC API server: start() binds and serves, stop() drains and closes."""

    def __init__(self, settings: Settings, services: Services | None = None):
        self._settings = settings
        self.services = services or Services.build(settings)
        self.audit = AuditWriter()
        self.authenticator = Authenticator(
            SessionPolicy(
                settings.session_ttl_seconds, settings.session_ttl_max_seconds
            ),
            FailureThrottle(
                settings.throttle_failures, settings.throttle_window_seconds
            ),
        )
        retention = timedelta(days=settings.audit_retention_days)
        event_retention = timedelta(days=settings.event_retention_days)
        self.housekeeper = Housekeeper(
            {
                "expired sessions": purge_sessions,
                "old audit records": lambda: purge_audit(retention),
                "old events": lambda: events.purge(event_retention),
                "old request_id outcomes": idempotency.purge,
            }
        )
        # Armed installs past their time to live end within seconds, even
        # when no host asks for its boot config.
        self.expirer = Housekeeper(
            {"expired provisionings": self.services.provisioner.expire_due},
            interval=_EXPIRY_INTERVAL,
        )
        self.health = health.HealthServicer()
        self.listeners: list[Listener] = []
        self._server = self._build()

    def _build(self) -> grpc.Server:
        settings = self._settings
        limit = settings.max_message_bytes
        server = grpc.server(
            # Watch streams wait for events on threads of their own; a few
            # spare ones turn away the streams past the limit.
            HandlerExecutor(settings.max_workers, settings.max_watch_streams + 4),
            interceptors=[
                CallPipeline(
                    contract.load(),
                    self.authenticator,
                    ApiSwitch(),
                    self.audit,
                    job_tokens=self.services.imaging.authenticate,
                )
            ],
            options=[
                ("grpc.max_receive_message_length", limit),
                ("grpc.max_send_message_length", limit),
                ("grpc.so_reuseport", 0),
            ],
            maximum_concurrent_rpcs=settings.max_concurrent_rpcs,
        )
        auth_service_pb2_grpc.add_AuthServiceServicer_to_server(
            AuthServicer(self.authenticator), server
        )
        audit_service_pb2_grpc.add_AuditServiceServicer_to_server(
            AuditServicer(self.audit), server
        )
        services = self.services
        # One limit for every kind of watch stream: each holds a thread.
        watch_limit = WatchLimit(settings.max_watch_streams)
        provisioning_service_pb2_grpc.add_ProvisioningServiceServicer_to_server(
            ProvisioningServicer(
                services.hosts,
                services.provisioner,
                services.power,
                services.hub,
                watch_limit,
            ),
            server,
        )
        imaging_service_pb2_grpc.add_ImagingServiceServicer_to_server(
            ImagingServicer(
                services.imaging,
                services.hosts,
                services.power,
                services.hub,
                watch_limit,
            ),
            server,
        )
        imaging_agent_service_pb2_grpc.add_ImagingAgentServiceServicer_to_server(
            ImagingAgentServicer(services.imaging), server
        )
        health_pb2_grpc.add_HealthServicer_to_server(self.health, server)
        names = [s.full_name for s in contract.services()]
        reflection.enable(
            server, [*names, health_pb2.DESCRIPTOR.services_by_name["Health"].full_name]
        )
        self._service_names = names
        return server

    def _publish_grpc_url(self) -> None:
        # With port 0 only the bound socket knows the port agents must use.
        settings = self._settings
        if settings.grpc_url or not settings.grpc_listen[0].endswith(":0"):
            return
        host = settings.agent_grpc_url.rsplit(":", 1)[0]
        self.services.imaging.use_grpc_url(f"{host}:{self.listeners[0].port}")

    def start(self) -> list[Listener]:
        """Binds every listen address and starts serving.

        Raises ConfigError when an address cannot be bound or TLS files are bad.
        """
        files = tls.tls_files(self._settings)
        credentials = tls.server_credentials(files) if files else None
        for address in self._settings.grpc_listen:
            try:
                if credentials is not None:
                    port = self._server.add_secure_port(address, credentials)
                else:
                    port = self._server.add_insecure_port(address)
            except RuntimeError:
                port = 0
            if port == 0:
                raise ConfigError(
                    f"cannot listen on {address}: the port is in use or the address "
                    "is not on this machine; change --grpc-listen"
                )
            self.listeners.append(Listener(address, port, credentials is not None))
        self._publish_grpc_url()

        self.audit.start()
        self.housekeeper.start()
        self.services.hub.start()
        self.expirer.start()
        self._server.start()
        for name in ("", *self._service_names):
            self.health.set(name, health_pb2.HealthCheckResponse.SERVING)
        return self.listeners

    def stop(self, grace: float | None = None) -> None:
        """Stops taking calls, lets calls in flight finish within `grace`
        seconds, then writes the remaining audit records."""
        grace = self._settings.grace_seconds if grace is None else grace
        self.health.enter_graceful_shutdown()
        # Watch streams end at once, cleanly, so that clients reconnect to
        # another server instead of waiting out the grace period.
        self.services.hub.stop()
        self._server.stop(grace).wait()
        self.expirer.stop()
        self.housekeeper.stop()
        self.audit.stop()

    def wait(self) -> None:
        self._server.wait_for_termination()

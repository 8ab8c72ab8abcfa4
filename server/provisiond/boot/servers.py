"""The boot servers of one daemon: TFTP and HTTP, each optional."""

from __future__ import annotations

import logging

from provisiond.boot.http import BootHttpServer
from provisiond.boot.provisioning_backend import ProvisioningBackend
from provisiond.boot.tftp import TftpServer
from provisiond.config import ConfigError, Settings
from provisiond.core.provisioning import Provisioner

LOG = logging.getLogger(__name__)


def _split(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    return host.strip("[]") or "0.0.0.0", int(port)  # noqa: S104 - operator's choice


class BootServers:
    def __init__(self, settings: Settings, provisioner: Provisioner):
        self._provisioner = provisioner
        backend = ProvisioningBackend(provisioner)
        boot_dir = settings.boot_path
        self.tftp = (
            TftpServer(*_split(settings.tftp_listen), boot_dir, backend)
            if settings.tftp_listen
            else None
        )
        self.http = (
            BootHttpServer(*_split(settings.http_listen), boot_dir, backend)
            if settings.http_listen
            else None
        )
        self._settings = settings
        self.tftp_port = self.http_port = 0

    def start(self) -> None:
        """Raises ConfigError when a port cannot be bound."""
        self._settings.boot_path.mkdir(parents=True, exist_ok=True)
        try:
            if self.tftp is not None:
                self.tftp_port = self.tftp.start()
                LOG.info(
                    "TFTP serving %s on port %d",
                    self._settings.boot_path,
                    self.tftp_port,
                )
            if self.http is not None:
                self.http_port = self.http.start()
                self._publish_url()
                LOG.info(
                    "boot HTTP on port %d; hosts reach it as %s",
                    self.http_port,
                    self._provisioner.boot_url,
                )
                self._warn_of_loopback_url()
        except OSError as error:
            self.stop()
            raise ConfigError(
                f"cannot start the boot servers: {error.strerror or error}; check "
                "tftp_listen and http_listen (ports below 1024 need root or "
                "CAP_NET_BIND_SERVICE)"
            ) from None

    def _publish_url(self) -> None:
        # With port 0 only the bound socket knows the port hosts must use.
        settings = self._settings
        host, port = _split(settings.http_listen)
        if settings.boot_url or port != 0:
            return
        base = settings.boot_base_url.rsplit(":", 1)[0]
        self._provisioner.use_boot_url(f"{base}:{self.http_port}")

    def _warn_of_loopback_url(self) -> None:
        # Listening on every address suggests machines on a network, which a
        # URL derived from the wildcard (loopback) would not reach.
        host, _ = _split(self._settings.http_listen)
        if not self._settings.boot_url and host in ("0.0.0.0", "::"):  # noqa: S104
            LOG.warning(
                "boot_url is not set: configs tell machines to fetch from %s, "
                "which only this server can reach; set boot_url to this "
                "server's URL on the provisioning network",
                self._provisioner.boot_url,
            )

    def stop(self) -> None:
        for server in (self.http, self.tftp):
            if server is not None:
                server.stop()

"""The Redfish driver, on pyghmi's HTTPS client.

A pyghmi Command is kept per BMC and reused: on a BMC with a SessionService it
logs in once and holds the token, where a Command per exchange would open a
session each time that lingers until the BMC's idle timeout and, on BMCs with
few session slots, would lock every client out.
"""

from __future__ import annotations

import http.client
import ssl
import threading

from pyghmi import exceptions as pyghmi_errors
from pyghmi.redfish import command

from provisiond.core.errors import ProvisionerError
from provisiond.hardware.bmc import (
    BmcAccess,
    PowerAction,
    PowerState,
    certificate_rejected,
    credentials_rejected,
    refused,
    unreachable,
)

# pyghmi's power requests; it offers no PowerCycle (an optional ResetType that
# many BMCs lack), so a cycle is a forced restart.
_REQUESTS = {
    PowerAction.ON: "on",
    PowerAction.OFF: "off",
    PowerAction.CYCLE: "reset",
    PowerAction.RESET: "reset",
}


def _accept_any_certificate(certificate: bytes) -> bool:
    return True


class RedfishSession:
    """Calls on one BMC's pyghmi Command."""

    def __init__(self, client: command.Command):
        self._client = client

    def power_state(self) -> PowerState:
        # Redfish also reports PoweringOn, PoweringOff and Paused: all draw power.
        state = self._client.get_power()["powerstate"]
        return PowerState.OFF if state == "off" else PowerState.ON

    def send_power(self, action: PowerAction) -> None:
        self._client.set_power(_REQUESTS[action])

    def boot_from_network_once(self) -> None:
        # NOTE: pyghmi also asks for BootSourceOverrideMode UEFI here.
        self._client.set_bootdev("network", persist=False)

    def close(self) -> None:
        """Keeps the Command, and its login, for the next exchange."""


class RedfishDriver:
    """Opens sessions over HTTPS, reusing each BMC's last good Command."""

    default_port = 443

    def __init__(self):
        self._clients: dict[tuple[str, int], tuple[BmcAccess, command.Command]] = {}
        self._lock = threading.Lock()

    def connect(self, access: BmcAccess) -> RedfishSession:
        key = (access.address, access.port)
        with self._lock:
            cached = self._clients.get(key)
        if cached is not None and cached[0] == access:
            return RedfishSession(cached[1])

        verify = None if access.verify_tls else _accept_any_certificate
        client = command.Command(
            access.address, access.username, access.password, verify, port=access.port
        )
        with self._lock:
            self._clients[key] = (access, client)
        return RedfishSession(client)

    def failure(self, error: Exception, access: BmcAccess) -> ProvisionerError | None:
        """Translates `error`, and forgets the BMC's Command: the next
        exchange starts with a fresh login."""
        with self._lock:
            self._clients.pop((access.address, access.port), None)

        if isinstance(error, ssl.SSLCertVerificationError):
            return certificate_rejected(access, error.verify_message or str(error))
        if isinstance(error, OSError | http.client.HTTPException):
            return unreachable(access, str(error) or type(error).__name__)
        if isinstance(error, pyghmi_errors.RedfishError):
            return refused(access, str(error))
        if isinstance(error, pyghmi_errors.PyghmiException):
            return _pyghmi_failure(str(error), access)
        return None


def _pyghmi_failure(text: str, access: BmcAccess) -> ProvisionerError:
    if text == "Access Denied":
        return credentials_rejected(access)
    if text == "Redfish not ready":
        return unreachable(access, "its Redfish service is not ready")
    return refused(access, text)

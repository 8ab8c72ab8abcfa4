"""What every BMC driver shares: the power vocabulary, how to reach a BMC, the
session a driver opens, and the errors a failed exchange becomes.

Errors name the BMC by driver, address and port, and never carry its password:

    Unavailable          BMC_UNREACHABLE            no answer, refused connection
    FailedPrecondition   BMC_CREDENTIALS_REJECTED   wrong user name or password
    FailedPrecondition   BMC_CERTIFICATE_REJECTED   untrusted TLS certificate
    FailedPrecondition   BMC_ERROR                  the BMC refused the command
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Protocol

from provisiond.core.errors import FailedPrecondition, ProvisionerError, Unavailable


class PowerState(enum.Enum):
    ON = "on"
    OFF = "off"


class PowerAction(enum.Enum):
    """A change of power. CYCLE cuts power and restores it, RESET restarts the
    machine without cutting power; either turns on a machine that is off."""

    ON = "on"
    OFF = "off"
    CYCLE = "cycle"
    RESET = "reset"


@dataclass(frozen=True)
class BmcAccess:
    """How to reach and log in to one machine's BMC.

    `port` 0 means the driver's default (623 for IPMI, 443 for Redfish).
    `verify_tls` (Redfish only) checks the BMC's certificate against the
    system's trusted CAs and its address; turn it off for self-signed ones.
    """

    driver: str
    address: str
    port: int
    username: str
    password: str = field(repr=False)
    verify_tls: bool = True

    @property
    def label(self) -> str:
        """The BMC as messages name it: "ipmi BMC 10.0.0.5:623"."""
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"{self.driver} BMC {host}:{self.port}"

    def metadata(self) -> dict[str, str]:
        return {"driver": self.driver, "address": self.address, "port": str(self.port)}


class BmcSession(Protocol):
    """One logged-in conversation with a BMC. Its calls block, and raise the
    library's own errors, which the driver's `failure` translates."""

    def power_state(self) -> PowerState: ...

    def send_power(self, action: PowerAction) -> None:
        """Sends `action` as is, whatever the machine's present state."""

    def boot_from_network_once(self) -> None:
        """Makes the next boot, and only that one, a network (PXE) boot."""

    def close(self) -> None:
        """Ends the conversation; never raises."""


class BmcDriver(Protocol):
    """Opens sessions with one kind of BMC and explains their failures."""

    default_port: int

    def connect(self, access: BmcAccess) -> BmcSession:
        """Logs in; blocks as long as the library's own timeouts allow."""

    def failure(self, error: Exception, access: BmcAccess) -> ProvisionerError | None:
        """The domain error that `error`, raised by a session, stands for;
        None for errors that are bugs rather than the BMC's doing."""


def unreachable(access: BmcAccess, detail: str) -> Unavailable:
    """The BMC did not answer, or the connection to it failed."""
    detail = _scrub(detail, access)
    return Unavailable(
        f"{access.label} is unreachable: {detail}",
        "BMC_UNREACHABLE",
        {**access.metadata(), "detail": detail},
    )


def credentials_rejected(access: BmcAccess) -> FailedPrecondition:
    """The BMC refused the user name or password; retrying cannot help."""
    return FailedPrecondition(
        f"{access.label} rejected the credentials of user {access.username!r}",
        "BMC_CREDENTIALS_REJECTED",
        {**access.metadata(), "username": access.username},
    )


def certificate_rejected(access: BmcAccess, detail: str) -> FailedPrecondition:
    """The BMC's TLS certificate is not trusted for its address."""
    detail = _scrub(detail, access)
    return FailedPrecondition(
        f"{access.label} presented an untrusted TLS certificate: {detail}",
        "BMC_CERTIFICATE_REJECTED",
        {**access.metadata(), "detail": detail},
    )


def refused(access: BmcAccess, detail: str) -> FailedPrecondition:
    """The BMC answered, and refused the command."""
    detail = _scrub(detail, access)
    return FailedPrecondition(
        f"{access.label} refused the command: {detail}",
        "BMC_ERROR",
        {**access.metadata(), "detail": detail},
    )


def _scrub(text: str, access: BmcAccess) -> str:
    # Library messages have never been seen to quote the password; this makes
    # sure none ever reaches a caller or a log through them.
    return text.replace(access.password, "***") if access.password else text

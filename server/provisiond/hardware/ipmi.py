"""The IPMI 2.0 (RMCP+) driver, on pyghmi's client.

It sends the standard chassis commands itself rather than through pyghmi's
helpers, which probe for OEM extensions first, offer no power cycle, and drop
the completion code a refusal carries.
"""

from __future__ import annotations

import logging
import socket

from pyghmi import exceptions as pyghmi_errors
from pyghmi.ipmi import command

from provisiond.core.errors import ProvisionerError
from provisiond.hardware.bmc import (
    BmcAccess,
    PowerAction,
    PowerState,
    credentials_rejected,
    refused,
    unreachable,
)

LOG = logging.getLogger(__name__)

# Chassis network function and its commands (IPMI 2.0, table G-1).
_CHASSIS = 0x00
_GET_CHASSIS_STATUS = 0x01
_CHASSIS_CONTROL = 0x02
_SET_BOOT_OPTIONS = 0x08
_CONTROLS = {
    PowerAction.OFF: 0x00,
    PowerAction.ON: 0x01,
    PowerAction.CYCLE: 0x02,
    PowerAction.RESET: 0x03,
}

# Boot option parameter 3 stops the BMC from dropping the boot flags if no
# power command follows within 60 seconds; parameter 5 then sets them: valid,
# next boot only, force PXE (table 28-14).
_KEEP_BOOT_FLAGS = (0x03, 0x08)
_NETWORK_BOOT_ONCE = (0x05, 0x80, 0x04, 0x00, 0x00, 0x00)

# The code pyghmi gives a command that went unanswered.
_NO_ANSWER = 0xFFFF

# Words in pyghmi's login errors that mean the BMC refused who we are.
_CREDENTIAL_ERRORS = (
    "Incorrect password",
    "Unauthorized name",
    "Invalid username length",
    "Unauthorized role",
    "Invalid role",
)


class IpmiSession:
    """A logged-in RMCP+ session."""

    def __init__(self, access: BmcAccess):
        self._label = access.label
        # NOTE: pyghmi files a session under the credentials as given but looks
        # it up by their encoded form. Given str, a later session with the same
        # BMC and user is handed this one even after it has logged out; bytes
        # keep the two in agreement.
        self._command = command.Command(
            bmc=access.address,
            userid=access.username.encode(),
            password=access.password.encode(),
            port=access.port,
        )

    def power_state(self) -> PowerState:
        reply = self._chassis(_GET_CHASSIS_STATUS)
        return PowerState.ON if reply["data"][0] & 0x01 else PowerState.OFF

    def send_power(self, action: PowerAction) -> None:
        self._chassis(_CHASSIS_CONTROL, (_CONTROLS[action],))

    def boot_from_network_once(self) -> None:
        self._chassis(_SET_BOOT_OPTIONS, _KEEP_BOOT_FLAGS)
        self._chassis(_SET_BOOT_OPTIONS, _NETWORK_BOOT_ONCE)

    def close(self) -> None:
        # Logging out frees one of the BMC's few session slots now; left open,
        # pyghmi would keep the session alive in the background.
        try:
            self._command.ipmi_session.logout()
        except (pyghmi_errors.PyghmiException, OSError) as error:
            LOG.debug("%s: logout failed: %s", self._label, error)

    def _chassis(self, code: int, data: tuple[int, ...] = ()) -> dict:
        return self._command.xraw_command(netfn=_CHASSIS, command=code, data=data)


class IpmiDriver:
    """Opens RMCP+ sessions (cipher suite 3 or 17, as the BMC offers)."""

    default_port = 623

    def connect(self, access: BmcAccess) -> IpmiSession:
        return IpmiSession(access)

    def failure(self, error: Exception, access: BmcAccess) -> ProvisionerError | None:
        if isinstance(error, socket.gaierror):
            return unreachable(access, "its address does not resolve")
        if not isinstance(error, pyghmi_errors.IpmiException):
            return None

        text = str(error.args[0]) if error.args and error.args[0] else ""
        if any(words in text for words in _CREDENTIAL_ERRORS):
            return credentials_rejected(access)
        if error.ipmicode and error.ipmicode != _NO_ANSWER:
            return refused(access, f"{text} (completion code 0x{error.ipmicode:02X})")
        # pyghmi reports a login that timed out with no message at all.
        return unreachable(access, text or "no answer")

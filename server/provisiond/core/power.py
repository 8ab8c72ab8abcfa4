"""Power control of hosts through their BMCs, with an event for every action.

The drivers (hardware.power) bound every exchange by the caller's deadline and
retry with backoff; this module finds a host's BMC and credentials, and
records what was done.
"""

from __future__ import annotations

import logging
import time

from provisiond.core import events
from provisiond.core.errors import DeadlineExceeded
from provisiond.core.events import EventType
from provisiond.core.hosts import Hosts
from provisiond.db.database import db
from provisiond.hardware.power import (
    BmcAccess,
    PowerAction,
    PowerState,
    RetryPolicy,
    controller_for,
)

LOG = logging.getLogger(__name__)


class PowerService:
    def __init__(
        self,
        hosts: Hosts,
        policy: RetryPolicy,
        default_timeout: float = 60.0,
        notify=lambda: None,
    ):
        self._hosts = hosts
        self._policy = policy
        self._default_timeout = default_timeout
        self._notify = notify

    def deadline(self, remaining: float | None) -> float:
        """An absolute deadline from the caller's remaining time, if any."""
        budget = self._default_timeout if remaining is None else remaining
        if budget <= 0:
            raise DeadlineExceeded("the call's deadline has passed", "DEADLINE_PASSED")
        return time.monotonic() + min(budget, self._default_timeout)

    def _controller(self, host_id: str):
        bmc, password = self._hosts.bmc_password(host_id)
        access = BmcAccess(
            driver=bmc.driver.value,
            address=bmc.address,
            port=bmc.port,
            username=bmc.username,
            password=password,
            verify_tls=not bmc.insecure_skip_tls_verify,
        )
        return controller_for(access, self._policy)

    def state(self, host_id: str, deadline: float) -> PowerState:
        return self._controller(host_id).power_state(deadline)

    def act(self, host_id: str, action: PowerAction, deadline: float) -> None:
        self._controller(host_id).set_power(action, deadline)
        self._record(host_id, f"power {action.value}")

    def network_boot_once(self, host_id: str, deadline: float) -> None:
        self._controller(host_id).boot_from_network_once(deadline)
        self._record(host_id, "next boot set to network, once")

    def _record(self, host_id: str, message: str) -> None:
        LOG.info("host %s: %s", host_id, message)
        with db.atomic():
            events.append(EventType.POWER_ACTION, host_id, message=message)
        self._notify()

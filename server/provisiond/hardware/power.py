"""Power control of machines through their BMCs, answered within the caller's
deadline whatever the BMC does.

pyghmi's calls block for as long as its own retries last: about 5 s for a
silent IPMI BMC, up to 60 s for a Redfish BMC that accepts a connection and
says nothing. So each exchange runs in a worker thread and the caller waits
only until its attempt's time is up; an abandoned exchange finishes in the
background. Exchanges with one BMC run one at a time, which BMCs prefer and
which bounds the threads a hung BMC can hold to one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from provisiond.core.errors import Unavailable, invalid_field
from provisiond.hardware.bmc import (
    BmcAccess,
    BmcDriver,
    BmcSession,
    PowerAction,
    PowerState,
    unreachable,
)
from provisiond.hardware.ipmi import IpmiDriver
from provisiond.hardware.redfish import RedfishDriver

__all__ = [
    "DEFAULT_POLICY",
    "BmcAccess",
    "PowerAction",
    "PowerController",
    "PowerState",
    "RetryPolicy",
    "controller_for",
]

LOG = logging.getLogger(__name__)

T = TypeVar("T")

# Seconds kept back before the caller's deadline, for it to send its answer.
_REPLY_MARGIN = 0.1


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try a BMC that does not answer.

    Only failures to reach the BMC are retried, never a rejection; and no
    attempt starts, nor pause lasts, past the caller's deadline.
    """

    attempt_timeout: float = 10.0  # seconds one exchange may take
    attempts: int = 3
    backoff: float = 0.5  # seconds before the second attempt, doubled after


DEFAULT_POLICY = RetryPolicy()


class PowerController(Protocol):
    """One machine's power, through its BMC.

    `deadline` is a time.monotonic() value; each call returns or raises before
    it. Raises Unavailable (BMC_UNREACHABLE) when the BMC cannot be reached in
    time, FailedPrecondition when it rejects the credentials
    (BMC_CREDENTIALS_REJECTED) or the command (BMC_ERROR).
    """

    def power_state(self, deadline: float) -> PowerState: ...

    def set_power(self, action: PowerAction, deadline: float) -> None:
        """Brings the machine to `action`; see PowerAction. Asking for the
        state the machine is already in does nothing."""

    def boot_from_network_once(self, deadline: float) -> None:
        """Makes the machine's next boot, and only that one, a network boot."""


_DRIVERS: dict[str, BmcDriver] = {"ipmi": IpmiDriver(), "redfish": RedfishDriver()}

# One lock per BMC (address and port), held for the whole of an exchange.
_bmc_locks: dict[tuple[str, int], threading.Lock] = {}
_bmc_locks_guard = threading.Lock()


def controller_for(
    access: BmcAccess, policy: RetryPolicy = DEFAULT_POLICY
) -> PowerController:
    """A controller for the BMC `access` describes; raises InvalidArgument
    for an unknown driver, an empty address or a port out of range."""
    driver = _DRIVERS.get(access.driver)
    if driver is None:
        raise invalid_field("bmc.driver", f"must be one of {', '.join(_DRIVERS)}")
    if not access.address:
        raise invalid_field("bmc.address", "must not be empty")
    if not 0 <= access.port <= 65535:
        raise invalid_field("bmc.port", "must be between 0 and 65535")

    if access.port == 0:
        access = replace(access, port=driver.default_port)
    return _Controller(driver, access, policy)


class _Controller:
    def __init__(self, driver: BmcDriver, access: BmcAccess, policy: RetryPolicy):
        self._driver = driver
        self._access = access
        self._policy = policy

    def power_state(self, deadline: float) -> PowerState:
        return self._exchange("read the power state", _read_state, deadline)

    def set_power(self, action: PowerAction, deadline: float) -> None:
        was, sent = self._exchange(
            f"power {action.value}", lambda session: _apply(session, action), deadline
        )
        LOG.info(
            "%s: power %s: machine was %s, sent %s",
            self._access.label,
            action.value,
            was.value,
            sent.value if sent else "nothing",
        )

    def boot_from_network_once(self, deadline: float) -> None:
        self._exchange("set a one-time network boot", _boot_once, deadline)
        LOG.info("%s: next boot is a network boot", self._access.label)

    def _exchange(
        self, purpose: str, work: Callable[[BmcSession], T], deadline: float
    ) -> T:
        """`work` done in a session, retried while the BMC is unreachable."""
        deadline -= _REPLY_MARGIN
        failure: Unavailable | None = None
        pause = self._policy.backoff
        for attempt in range(1, self._policy.attempts + 1):
            budget = min(self._policy.attempt_timeout, deadline - time.monotonic())
            if budget <= 0:
                break
            try:
                return self._attempt(work, budget)
            except Unavailable as error:
                failure = error
                LOG.warning(
                    "%s: attempt %d of %d to %s failed: %s",
                    self._access.label,
                    attempt,
                    self._policy.attempts,
                    purpose,
                    error.message,
                )
            if attempt == self._policy.attempts or time.monotonic() + pause >= deadline:
                break
            time.sleep(pause)
            pause *= 2

        raise failure or unreachable(self._access, "no time left before the deadline")

    def _attempt(self, work: Callable[[BmcSession], T], budget: float) -> T:
        """One exchange in a worker thread, waited for at most `budget` seconds."""
        give_up = time.monotonic() + budget
        lock = _bmc_lock(self._access)
        if not lock.acquire(timeout=budget):
            raise unreachable(self._access, "an earlier exchange has not finished")

        outcome: Future[T] = Future()
        worker = threading.Thread(
            target=self._run,
            args=(work, outcome, lock),
            name=f"bmc {self._access.label}",
            daemon=True,
        )
        try:
            worker.start()
        except BaseException:
            lock.release()
            raise

        try:
            return outcome.result(timeout=max(0.0, give_up - time.monotonic()))
        except TimeoutError:
            raise unreachable(
                self._access, f"no answer within {budget:.1f} s"
            ) from None

    def _run(
        self,
        work: Callable[[BmcSession], T],
        outcome: Future[T],
        lock: threading.Lock,
    ) -> None:
        """The worker: converses, frees the BMC, then hands over the result."""
        try:
            try:
                result = self._converse(work)
            finally:
                lock.release()
        except Exception as error:
            outcome.set_exception(error)
        else:
            outcome.set_result(result)

    def _converse(self, work: Callable[[BmcSession], T]) -> T:
        try:
            session = self._driver.connect(self._access)
            try:
                return work(session)
            finally:
                session.close()
        except Exception as error:
            translated = self._driver.failure(error, self._access)
            if translated is None:
                raise
            raise translated from error


def _bmc_lock(access: BmcAccess) -> threading.Lock:
    with _bmc_locks_guard:
        return _bmc_locks.setdefault((access.address, access.port), threading.Lock())


def _read_state(session: BmcSession) -> PowerState:
    return session.power_state()


def _apply(
    session: BmcSession, action: PowerAction
) -> tuple[PowerState, PowerAction | None]:
    """Carries out `action` given the machine's present state, and returns
    that state and the command sent, if any."""
    state = session.power_state()
    command = _command_for(action, state)
    if command is not None:
        session.send_power(command)
    return state, command


def _command_for(action: PowerAction, state: PowerState) -> PowerAction | None:
    # BMCs refuse or ignore a cycle or reset of a machine that is off.
    if state is PowerState.OFF:
        return None if action is PowerAction.OFF else PowerAction.ON
    return None if action is PowerAction.ON else action


def _boot_once(session: BmcSession) -> None:
    session.boot_from_network_once()

"""A fake IPMI 2.0 BMC on loopback that records what it is told in a JSON file.

Run it as its own process: pyghmi's client and server share one module-level
I/O loop, so it cannot live inside a test that also uses the client.

    python tests/fakes/ipmi_bmc.py --port N --user U --password P --state-file F

The state file holds the machine's power state, its boot override and every
command received, in order. It is first written once the UDP socket is bound,
with the port, so its appearance tells a test the BMC is ready and where.
Tests start one with start_fake_bmc().
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from pyghmi.ipmi import bmc
from pyghmi.ipmi.private import constants, serversession

# RMCP+ status codes (IPMI 2.0, table 13-15).
_INVALID_AUTH_ALGORITHM = 0x04
_INVALID_INTEGRITY_ALGORITHM = 0x05
_UNAUTHORIZED_NAME = 0x0D

# pyghmi's server side implements cipher suite 3 only: RAKP-HMAC-SHA1 with
# HMAC-SHA1-96 integrity. It must refuse SHA-256 proposals, or pyghmi's client
# (which tries SHA-256 first) would carry on with keys the server cannot make.
_RAKP_HMAC_SHA1 = 1
_HMAC_SHA1_96 = 1

# IPMI completion codes (table 5-2).
_PARAMETER_OUT_OF_RANGE = 0xC9
_INVALID_DATA = 0xCC
_NOT_IN_PRESENT_STATE = 0xD5

# The boot flags parameter of the system boot options (table 28-14).
_BOOT_FLAGS = 5
_FLAGS_VALID = 0x80
_FLAGS_PERSISTENT = 0x40
_DEVICES = {0: "default", 1: "network", 2: "disk", 5: "cdrom", 6: "setup"}
_SELECTORS = {name: number for number, name in _DEVICES.items()}

START_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0


@dataclass
class FakeBmcProcess:
    """A fake BMC running in its own process, seen from a test."""

    process: subprocess.Popen
    state_file: Path
    log_path: Path
    port: int = 0

    def state(self) -> dict:
        """The BMC's state file: power, boot_device, boot_once, actions."""
        return json.loads(self.state_file.read_text())

    def commands(self) -> list[str]:
        """The commands received so far, in order."""
        return [action["command"] for action in self.state()["actions"]]

    def stop(self) -> None:
        """Terminates the BMC, killing it if it lingers."""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=STOP_TIMEOUT)


def start_fake_bmc(
    directory: Path, user: str, password: str, power: str = "off"
) -> FakeBmcProcess:
    """Starts a fake BMC on a free loopback port, its machine's power `power`
    ("on" or "off") and its files in `directory`, and waits until it listens.
    The caller must stop() it."""
    state_file = directory / "bmc-state.json"
    log_path = directory / "bmc.log"
    command = [sys.executable, __file__, "--user", user, "--password", password]
    command += ["--state-file", str(state_file), "--power", power]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
        )
    bmc = FakeBmcProcess(process, state_file, log_path)
    try:
        bmc.port = _wait_for_port(bmc)
    except BaseException:
        bmc.stop()
        raise
    return bmc


def _wait_for_port(bmc: FakeBmcProcess) -> int:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if bmc.state_file.exists():
            return bmc.state()["port"]
        if bmc.process.poll() is not None:
            log = bmc.log_path.read_text(errors="replace")
            raise RuntimeError(f"the fake BMC exited:\n{log}")
        time.sleep(0.02)
    raise TimeoutError("the fake BMC did not start")


class _Session(serversession.ServerSession):
    """A server session that answers refusals the way a real BMC does,
    where pyghmi's own would accept anything or stay silent."""

    def create_open_session_response(self, request):
        if request[12] != _RAKP_HMAC_SHA1:
            return _refusal(request, _INVALID_AUTH_ALGORITHM)
        if request[20] != _HMAC_SHA1_96:
            return _refusal(request, _INVALID_INTEGRITY_ALGORITHM)
        return super().create_open_session_response(request)

    def _got_rakp1(self, data):
        name = bytes(data[28 : 28 + data[27]]).decode("utf-8", "replace")
        if self.authdata.get(name) is not None:
            super()._got_rakp1(data)
            return
        reply = bytearray([data[0], _UNAUTHORIZED_NAME, 0, 0]) + self.clientsessionid
        self.send_payload(reply, constants.payload_types["rakp2"], retry=False)


def _refusal(request: bytearray, status: int) -> bytearray:
    """An RMCP+ open session response carrying an error status."""
    return bytearray([request[0], status, 0, 0]) + request[4:8]


def _is_open_session_request(packet: bytearray) -> bool:
    """Whether `packet` is an RMCP+ (IPMI 2.0) open session request."""
    return (
        len(packet) >= 48
        and packet[0] == 6
        and packet[2:4] == b"\xff\x07"
        and packet[4] == 6
        and packet[5] & 0x3F == constants.payload_types["rmcpplusopenreq"]
    )


class FakeBmc(bmc.Bmc):
    """A machine that powers on and off, takes a boot override, and writes
    down everything it is asked to do."""

    def __init__(self, users: dict[str, str], port: int, state_file: Path, power: str):
        super().__init__(users, port=port, address="127.0.0.1")
        # pyghmi routes session packets by the port a session was opened on,
        # so with port 0 it must learn the one the kernel chose.
        self.port = self.serversocket.getsockname()[1]
        self._state_file = state_file
        self._state = {
            "port": self.port,
            "power": power,
            "boot_device": "default",
            "boot_once": False,
            "actions": [],
        }
        self._save()

    def sessionless_data(self, data, sockaddr):
        packet = bytearray(data)
        if not _is_open_session_request(packet):
            super().sessionless_data(data, sockaddr)
            return
        _Session(
            self.authdata,
            self.kg,
            sockaddr,
            self.serversocket,
            packet[16:],
            self.uuid,
            bmc=self,
        )

    def get_power_state(self):
        return self._state["power"]

    def power_on(self):
        if self._state["power"] == "on":
            self._record({"command": "power_on"})
            return 0
        return self._boot("power_on")

    def power_off(self):
        self._state["power"] = "off"
        self._record({"command": "power_off"})

    def power_cycle(self):
        return self._reboot("power_cycle")

    def power_reset(self):
        return self._reboot("power_reset")

    def get_system_boot_options(self, request, session):
        if request["data"][0] & 0x7F != _BOOT_FLAGS:
            session.send_ipmi_response(code=_PARAMETER_OUT_OF_RANGE)
            return
        device = self._state["boot_device"]
        flags = 0
        if device != "default":
            flags = _FLAGS_VALID
        if device != "default" and not self._state["boot_once"]:
            flags |= _FLAGS_PERSISTENT
        data = [1, _BOOT_FLAGS, flags, _SELECTORS[device] << 2, 0, 0, 0]
        session.send_ipmi_response(data=data)

    def set_system_boot_options(self, request, session):
        data = request["data"]
        if data[0] & 0x7F != _BOOT_FLAGS:
            # Set-in-progress, valid-bit clearing and acknowledgements change
            # nothing this fake models; accept them as a BMC would.
            session.send_ipmi_response()
            return
        device = _DEVICES.get((data[2] >> 2) & 0b1111)
        if device is None:
            session.send_ipmi_response(code=_INVALID_DATA)
            return
        if not data[1] & _FLAGS_VALID:
            device = "default"
        once = device != "default" and not data[1] & _FLAGS_PERSISTENT

        self._state["boot_device"] = device
        self._state["boot_once"] = once
        self._record({"command": "set_boot_device", "device": device, "once": once})
        session.send_ipmi_response()

    def _reboot(self, command: str) -> int:
        # A real BMC ignores or refuses a cycle or reset of a machine that is off.
        if self._state["power"] == "off":
            self._record({"command": command, "refused": "machine is off"})
            return _NOT_IN_PRESENT_STATE
        return self._boot(command)

    def _boot(self, command: str) -> int:
        """Starts the machine from its boot device, consuming a one-time override."""
        device = self._state["boot_device"]
        self._state["power"] = "on"
        if self._state["boot_once"]:
            self._state["boot_device"] = "default"
            self._state["boot_once"] = False
        self._record({"command": command, "booted_from": device})
        return 0

    def _record(self, action: dict) -> None:
        self._state["actions"].append(action)
        self._save()

    def _save(self) -> None:
        # Write then rename, so a reader never sees half a file.
        partial = self._state_file.with_name(self._state_file.name + ".partial")
        partial.write_text(json.dumps(self._state, indent=2))
        os.replace(partial, self._state_file)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--port", type=int, default=0, help="UDP port; 0 (default) picks a free one"
    )
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--state-file", type=Path, required=True)
    parser.add_argument(
        "--power", choices=("on", "off"), default="off", help="power at start"
    )
    args = parser.parse_args(argv)

    FakeBmc({args.user: args.password}, args.port, args.state_file, args.power)
    bmc.Bmc.listen()


if __name__ == "__main__":
    main()

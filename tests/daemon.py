"""Runs provisiond and the admin scripts as real processes, for end-to-end tests.

A daemon listens on loopback port 0 and names the port it bound in its log
("gRPC API listening on ADDR (port N, ...)"), which start() waits for. Every
process is stopped by its PID, and every wait has a deadline.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import grpc
import pytest

from conftest import PASSWORD, Apid
from provisiond.core import apids, deployment
from provisiond.db.database import db
from provisiond.db.models import SchemaVersion

# The interpreter and the console scripts live side by side in the venv.
SCRIPTS = Path(sys.executable).parent
START_TIMEOUT = 20.0
STOP_TIMEOUT = 15.0
RUN_TIMEOUT = 30.0
NOBODY = 65534

# For tests whose subject does not depend on the backend, such as a check
# made before the database is opened: the `database_url` fixture's SQLite only.
SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

# The admin scripts refuse anyone but root; on a developer's own account the
# tests that run them skip (under CI, which runs as root, they never do).
ROOT_ONLY = pytest.mark.skipif(
    os.geteuid() != 0 and not os.environ.get("CI"),
    reason="runs the root-only admin scripts; run the suite as root",
)

# The boot servers too on free ports, so that daemons never share one.
BOOT_PORT_FLAGS = ("--tftp-listen", "127.0.0.1:0", "--http-listen", "127.0.0.1:0")
_LISTENING = re.compile(r"gRPC API listening on (\S+) \(port (\d+), (TLS|plaintext)\)")


def script(name: str) -> str:
    """The path of console script `name`, preferring the one beside python."""
    path = SCRIPTS / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} is not installed; run pip install -e .")
    return found


def environment() -> dict[str, str]:
    """The environment for a script: no PROVISIONER_* settings from the caller
    and no config file (/dev/null reads as an empty TOML file)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROVISIONER_")}
    env["PROVISIONER_CONFIG"] = os.devnull
    return env


def as_nobody() -> list[str]:
    """A command prefix that runs the command as the unprivileged `nobody`.

    The interpreter lives under /root (mode 0700), which nobody cannot enter;
    the ambient CAP_DAC_READ_SEARCH lets it read its way there, and grants
    nothing else: the process still has a non-root effective user id.
    """
    return [
        "setpriv",
        f"--reuid={NOBODY}",
        f"--regid={NOBODY}",
        "--clear-groups",
        "--inh-caps=+dac_read_search",
        "--ambient-caps=+dac_read_search",
    ]


def run(
    prog: str,
    *args: str,
    input: str | None = None,
    nobody: bool = False,
    timeout: float = RUN_TIMEOUT,
) -> subprocess.CompletedProcess:
    """Runs a script to completion, with `input` on stdin or none at all."""
    command = [*(as_nobody() if nobody else []), script(prog), *args]
    return subprocess.run(
        command,
        input=input,
        stdin=None if input is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=environment(),
        timeout=timeout,
    )


def database_args(database_url: str, data_dir: Path) -> list[str]:
    """Flags pointing a script at `database_url`.

    A SQLite URL of `DIR/provisioner.db` becomes `--data-dir DIR`, so the tests
    also exercise the default database location; others become --database.
    """
    if database_url.startswith("sqlite:///"):
        path = Path(database_url[len("sqlite:///") :])
        assert path.name == "provisioner.db", database_url
        return ["--data-dir", str(path.parent)]
    return ["--database", database_url, "--data-dir", str(data_dir)]


def seed(
    enable_api: bool = True,
    scopes: tuple[str, ...] = ("provisioning", "imaging", "admin"),
    user: str = "panel",
) -> Apid:
    """Turns the API on and adds an APID, in the database `db` is bound to
    (the `migrated` fixture binds it), faster than two script runs."""
    with db.connection_context():
        if enable_api:
            deployment.set_api_enabled(True)
        apid, credential = apids.create(user, PASSWORD, ["127.0.0.1"], list(scopes))
    return Apid(credential, apid.apid, user, PASSWORD)


def mark_schema_from_future(version: int = 999) -> None:
    """Records a schema version this code does not know, as a newer
    provisiond would, in the database `db` is bound to."""
    with db.connection_context():
        SchemaVersion.create(version=version, name="from the future")
    db.obj.close_all()


@dataclass
class Daemon:
    """A running provisiond and the file its log goes to."""

    process: subprocess.Popen
    log_path: Path
    port: int = 0
    tls: bool = False
    channels: list[grpc.Channel] = field(default_factory=list)

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def target(self) -> str:
        return f"127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def channel(self) -> grpc.Channel:
        """A plaintext channel to the daemon, closed when the test ends."""
        return self.track(grpc.insecure_channel(self.target))

    def track(self, channel: grpc.Channel) -> grpc.Channel:
        """Closes `channel` at teardown, so that it stops reconnecting."""
        self.channels.append(channel)
        return channel

    def wait_for_log(self, pattern: str, timeout: float = 5.0) -> str:
        """The log once `pattern` matches in it, waiting up to `timeout`."""
        deadline = time.monotonic() + timeout
        while not re.search(pattern, log := self.log()):
            if time.monotonic() > deadline:
                raise AssertionError(f"no {pattern!r} in the log:\n{log}")
            time.sleep(0.02)
        return log

    def send(self, signum: int) -> None:
        os.kill(self.pid, signum)

    def wait(self, timeout: float = STOP_TIMEOUT) -> int:
        """The exit status; raises subprocess.TimeoutExpired after `timeout`."""
        return self.process.wait(timeout=timeout)

    def stop(self, signum: int = signal.SIGTERM, timeout: float = STOP_TIMEOUT) -> int:
        """Signals the daemon and returns its exit status. One that outlives
        `timeout` is killed, and the test fails."""
        if self.process.poll() is None:
            self.send(signum)
        try:
            return self.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
            raise AssertionError(
                f"provisiond {self.pid} ignored {signal.Signals(signum).name} "
                f"for {timeout} s; log:\n{self.log()}"
            ) from None


class Daemons:
    """Starts daemons for one test and stops whichever are left at teardown."""

    def __init__(self, log_dir: Path):
        self._log_dir = log_dir
        self._started: list[Daemon] = []

    def start(self, *args: str, timeout: float = START_TIMEOUT) -> Daemon:
        """Starts provisiond with `args` on 127.0.0.1 port 0 and waits until
        it listens; fails the test, showing the log, if it exits first.

        The data directory is the test's unless `args` name another: the
        machine's own (/var/lib/provisioner) may hold TLS files.
        """
        log_path = self._log_dir / f"provisiond-{len(self._started)}.log"
        defaults = [
            *("--grpc-listen", "127.0.0.1:0", "--data-dir", str(self._log_dir)),
            *BOOT_PORT_FLAGS,
        ]
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [script("provisiond"), *defaults, *args],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                env=environment(),
            )
        daemon = Daemon(process, log_path)
        self._started.append(daemon)
        self._wait_listening(daemon, timeout)
        return daemon

    def stop_all(self) -> None:
        """Stops every daemon still running: SIGTERM, then SIGKILL."""
        for daemon in self._started:
            for channel in daemon.channels:
                channel.close()
            if daemon.process.poll() is not None:
                continue
            daemon.send(signal.SIGTERM)
            try:
                daemon.wait(timeout=5)
            except subprocess.TimeoutExpired:
                daemon.send(signal.SIGKILL)
                daemon.wait(timeout=5)

    @staticmethod
    def _wait_listening(daemon: Daemon, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            match = _LISTENING.search(daemon.log())
            if match:
                daemon.port, daemon.tls = int(match[2]), match[3] == "TLS"
                return
            if daemon.process.poll() is not None:
                status = daemon.process.returncode
                raise AssertionError(
                    f"provisiond exited with {status}:\n{daemon.log()}"
                )
            time.sleep(0.02)
        raise AssertionError(
            f"provisiond did not listen within {timeout} s:\n{daemon.log()}"
        )

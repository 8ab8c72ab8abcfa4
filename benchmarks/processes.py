"""Child processes of a benchmark: each in its own session, all stopped at the end.

Children run in their own session so that a Ctrl-C reaches only the parent,
which then stops them in order instead of leaving a half-stopped daemon.
"""

from __future__ import annotations

import os
import pwd
import select
import signal
import socket
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STOP_TIMEOUT_SECONDS = 15.0


class Children:
    """The processes a benchmark started; close() stops any still running."""

    def __init__(self):
        self._procs: list[subprocess.Popen] = []

    def __enter__(self) -> Children:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def spawn(self, args: list[str], **kwargs) -> subprocess.Popen:
        """Starts `args` in a new session with a clean environment."""
        proc = subprocess.Popen(args, env=child_env(), start_new_session=True, **kwargs)
        self._procs.append(proc)
        return proc

    def stop(self, proc: subprocess.Popen) -> None:
        """SIGTERM, then SIGKILL if `proc` is still there after the timeout."""
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
        if proc in self._procs:
            self._procs.remove(proc)

    def close(self) -> None:
        # A second Ctrl-C must not cut the clean-up short.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            for proc in reversed(list(self._procs)):
                self.stop(proc)
        finally:
            signal.signal(signal.SIGINT, previous)


def child_env() -> dict[str, str]:
    """This environment without PROVISIONER_* settings, with the repo importable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROVISIONER_")}
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO), env.get("PYTHONPATH", "")) if p
    )
    return env


def free_port() -> int:
    """A loopback TCP port that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def read_line(proc: subprocess.Popen, timeout: float) -> str:
    """The next line `proc` writes on stdout, or '' on timeout or exit."""
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([proc.stdout], [], [], min(left, 0.5))
        if ready:
            return proc.stdout.readline().decode(errors="replace")
        if proc.poll() is not None:
            break
    return ""


def nginx_conf(tmp: Path, root: Path, port: int, extra: str = "") -> str:
    """An nginx.conf serving `root` on 127.0.0.1:`port`, its files in `tmp`."""
    user = f"user {pwd.getpwuid(os.getuid()).pw_name};" if os.getuid() == 0 else ""
    temp = "\n".join(
        f"    {kind}_temp_path {tmp}/nginx-{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    # One worker: provisiond's HTTP server, bound by one interpreter lock,
    # uses about one core too.
    return f"""{user}
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log {tmp}/nginx-access.log;
{temp}
    keepalive_requests 1000000;
{extra}
    default_type text/plain;
    server {{
        listen 127.0.0.1:{port};
        root {root};
    }}
}}
"""

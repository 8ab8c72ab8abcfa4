"""provisioner-agent: the command line of the imaging agent.

    provisioner-agent run --server HOST:PORT --token TOKEN [--disk PATH]
    provisioner-agent capture ... | deploy ...   (the same, for one kind only)
    provisioner-agent from-cmdline               (in the imaging environment)

`run` asks the server what the job is and does it. The token may also come
from the PROVISIONER_JOB_TOKEN environment variable, which keeps it out of
the process list. It exits 0 when the job succeeded, and otherwise prints
one line saying why and exits non-zero, having told the server (FailJob)
when it still could.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys

from provisioner.agent import capture, deploy
from provisioner.agent.disk import Disk, first_disk
from provisioner.agent.memory import keep_freed_buffers
from provisioner.agent.transport import (
    RETRY_SECONDS,
    AgentClient,
    AgentError,
    JobEnded,
    open_channel,
)
from provisioner.v1 import imaging_resources_pb2 as res

PROG = "provisioner-agent"
DEFAULT_WORKERS = 4
# What the imaging environment's kernel command line names.
_CMDLINE_KEYS = {
    "provisioner.url": "server",
    "provisioner.token": "token",
    "provisioner.disk": "disk",
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "from-cmdline":
        try:
            args = _from_cmdline(args)
        except (OSError, ValueError) as error:
            return _fail(f"cannot read the kernel command line: {error}")
    token = args.token or os.environ.get("PROVISIONER_JOB_TOKEN", "")
    if not args.server or not token:
        return _fail("give --server and --token (or PROVISIONER_JOB_TOKEN)", 2)
    keep_freed_buffers()
    channel = open_channel(args.server, args.ca)
    client = AgentClient(channel, token, args.retry_seconds, log=_note)
    try:
        return _run(client, args)
    except JobEnded as error:
        return _fail(str(error), 3)
    except (AgentError, OSError) as error:
        _tell_server(client, str(error))
        return _fail(str(error))
    except KeyboardInterrupt:
        _tell_server(client, "the agent was interrupted")
        return _fail("interrupted", 130)
    finally:
        channel.close()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, text in (
        ("run", "do the job the server has for this token"),
        ("capture", "capture the disk into the job's image"),
        ("deploy", "write the job's image onto the disk"),
        ("from-cmdline", "run with the settings of the kernel command line"),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("--server", help="HOST:PORT of the Provisioner gRPC API")
        command.add_argument("--token", help="the job's token")
        command.add_argument(
            "--disk",
            help="block device or file (default: the job's, or the first disk)",
        )
        command.add_argument("--ca", help="PEM certificate to trust, for TLS")
        command.add_argument(
            "--workers",
            type=int,
            default=DEFAULT_WORKERS,
            help=f"chunks in flight at once ({DEFAULT_WORKERS})",
        )
        command.add_argument(
            "--retry-seconds",
            type=float,
            default=RETRY_SECONDS,
            help=f"how long a call is retried while the server is out of reach "
            f"({RETRY_SECONDS:.0f})",
        )
        if name == "from-cmdline":
            command.add_argument(
                "--cmdline", default="/proc/cmdline", help=argparse.SUPPRESS
            )
    return parser


def _from_cmdline(args: argparse.Namespace) -> argparse.Namespace:
    with open(args.cmdline, encoding="utf-8") as handle:
        words = shlex.split(handle.read())
    for word in words:
        key, _, value = word.partition("=")
        if key in _CMDLINE_KEYS and value:
            setattr(args, _CMDLINE_KEYS[key], value)
    args.command = "run"
    return args


def _run(client: AgentClient, args: argparse.Namespace) -> int:
    job = client.start(0)
    kind = "capture" if job.job.kind == res.IMAGING_JOB_KIND_CAPTURE else "deploy"
    if args.command in ("capture", "deploy") and args.command != kind:
        raise AgentError(f"this token's job is a {kind}, not a {args.command}")
    path = args.disk or job.disk or first_disk()
    workers = max(1, args.workers)
    _note(f"{job.job.name}: {kind} of {job.job.image} on {path}")
    disk = Disk(path, writable=kind == "deploy")
    try:
        if kind == "capture":
            digest = capture.capture(client, disk, workers)
        else:
            digest = deploy.deploy(client, disk, workers)
    finally:
        disk.close()
    _note(f"{kind} done: {path} has SHA-256 {digest}")
    return 0


def _tell_server(client: AgentClient, message: str) -> None:
    try:
        client.fail(message)
    except AgentError:
        pass  # it will learn from the job's timeout instead


def _note(line: str) -> None:
    print(f"{PROG}: {line}", file=sys.stderr, flush=True)


def _fail(message: str, status: int = 1) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr, flush=True)
    return status

"""provisiond-health: asks a running provisiond whether it is serving.

Exits 0 only when the gRPC health service answers SERVING, so it can serve as
a container or service-manager health check. Any other answer, or none, is one
line on stderr and status 1.
"""

from __future__ import annotations

import argparse
import ipaddress

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from provisiond import config, tls
from provisiond.cli import common

PROG = "provisiond-health"


def main(argv: list[str] | None = None) -> int:
    parser = common.parser(PROG, __doc__.splitlines()[0])
    parser.add_argument(
        "--address",
        metavar="HOST:PORT",
        help="server to ask (default: the first grpc_listen address of the settings)",
    )
    parser.add_argument(
        "--tls-ca",
        metavar="FILE",
        help="PEM CA bundle to verify the server with; connects with TLS "
        "(default: plaintext, or the server certificate when the settings "
        "enable TLS)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="how long to wait for the answer, in seconds (default: 5)",
    )
    args = parser.parse_args(argv)
    if args.timeout <= 0:
        parser.error("--timeout must be above 0")
    return common.run(lambda: _check(args))


def _check(args: argparse.Namespace) -> int:
    address, ca_file = args.address, args.tls_ca
    if address is None:
        settings = config.load(args)
        address = _client_address(settings.grpc_listen[0])
        if ca_file is None and (files := tls.tls_files(settings)) is not None:
            ca_file = files.cert
    channel = _channel(address, ca_file)

    try:
        stub = health_pb2_grpc.HealthStub(channel)
        reply = stub.Check(health_pb2.HealthCheckRequest(), timeout=args.timeout)
    except grpc.RpcError as exc:
        common.fail(
            f"{address}: no health answer: {exc.code().name}: {exc.details()}", 1
        )
    finally:
        channel.close()

    status = health_pb2.HealthCheckResponse.ServingStatus.Name(reply.status)
    if reply.status != health_pb2.HealthCheckResponse.SERVING:
        common.fail(f"{address}: {status}", 1)
    print(f"{address}: {status}")
    return 0


def _client_address(listen: str) -> str:
    """The address a local client reaches a listen address at: a wildcard host
    becomes the loopback address of the same family."""
    host, _, port = listen.rpartition(":")
    if port == "0":
        raise config.ConfigError(
            f"grpc_listen {listen} has port 0, so the port is unknown; pass --address"
        )
    if host in ("", "[]"):
        return f"127.0.0.1:{port}"
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return listen  # a host name, such as localhost
    if not ip.is_unspecified:
        return listen
    return f"[::1]:{port}" if ip.version == 6 else f"127.0.0.1:{port}"


def _channel(address: str, ca_file: str | None) -> grpc.Channel:
    if ca_file is None:
        return grpc.insecure_channel(address)
    try:
        with open(ca_file, "rb") as handle:
            ca = handle.read()
    except OSError as exc:
        raise config.ConfigError(
            f"cannot read --tls-ca {ca_file}: {exc.strerror}"
        ) from None
    return grpc.secure_channel(
        address, grpc.ssl_channel_credentials(root_certificates=ca)
    )


if __name__ == "__main__":
    raise SystemExit(main())

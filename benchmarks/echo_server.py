"""The reference server: AuthService.WhoAmI with a canned answer and no auth.

It is what a bare grpcio server does per call, and the yardstick provisiond is
measured against: the same grpcio, the same sync server and thread pool size,
the same method and a response of the same size. It prints `port N` on stdout
once serving and stops on SIGTERM or SIGINT.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from concurrent import futures
from datetime import datetime, timedelta

import grpc
from google.protobuf import timestamp_pb2

from provisioner.v1 import auth_service_pb2 as pb
from provisioner.v1 import auth_service_pb2_grpc, policy_pb2


def canned_response() -> pb.WhoAmIResponse:
    """A WhoAmI answer shaped like provisiond's, field for field."""
    created = datetime(2025, 1, 1, 12, 0, 0)
    return pb.WhoAmIResponse(
        session=pb.Session(
            name="apids/apid-abcdefghij/sessions/1b4e28ba-2fa1-41d2-883f-0016d3cca427",
            apid="apid-abcdefghij",
            user_name="bench",
            scopes=[policy_pb2.SCOPE_ADMIN],
            client_address="127.0.0.1",
            create_time=_timestamp(created),
            expire_time=_timestamp(created + timedelta(hours=1)),
        )
    )


class CannedAuthServicer(auth_service_pb2_grpc.AuthServiceServicer):
    def __init__(self):
        self._response = canned_response()

    def WhoAmI(self, request, context):  # noqa: N802 - generated servicer name
        return self._response


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", default="127.0.0.1:0", help="HOST:PORT to bind")
    parser.add_argument(
        "--max-workers",
        type=int,
        default=16,
        help="threads serving calls, as provisiond's max_workers",
    )
    args = parser.parse_args(argv)

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=args.max_workers))
    auth_service_pb2_grpc.add_AuthServiceServicer_to_server(
        CannedAuthServicer(), server
    )
    port = server.add_insecure_port(args.listen)
    if port == 0:
        print(f"cannot listen on {args.listen}", file=sys.stderr)
        return 1

    stopping = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stopping.set())
    server.start()
    print(f"port {port}", flush=True)

    stopping.wait()
    server.stop(grace=0).wait()
    return 0


def _timestamp(value: datetime) -> timestamp_pb2.Timestamp:
    stamp = timestamp_pb2.Timestamp()
    stamp.FromDatetime(value)
    return stamp


if __name__ == "__main__":
    raise SystemExit(main())

"""Helpers for tests: reading gRPC errors, finding the tools a test needs."""

import os
import shutil

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status


def details(error: grpc.RpcError) -> dict:
    """The google.rpc details of a failed call, by type name."""
    found = {}
    status = rpc_status.from_call(error)
    for packed in status.details if status else []:
        for kind in (
            error_details_pb2.ErrorInfo,
            error_details_pb2.BadRequest,
            error_details_pb2.RetryInfo,
        ):
            detail = kind()
            if packed.Unpack(detail):
                found[kind.__name__] = detail
    return found


def reason(error: grpc.RpcError) -> str:
    info = details(error).get("ErrorInfo")
    return info.reason if info else ""


def require_tool(command: str, package: str) -> str:
    """The path of `command`; a skip when it is missing, a failure under CI,
    which must install `package` (scripts/test does)."""
    path = shutil.which(command)
    if path:
        return path
    message = f"{command} is not installed (Debian package {package})"
    if os.environ.get("CI") not in (None, "", "false"):
        pytest.fail(f"{message}: CI must provide it")
    pytest.skip(f"{message}; scripts/test installs it")

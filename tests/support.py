"""Helpers for reading gRPC errors in tests."""

import grpc
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

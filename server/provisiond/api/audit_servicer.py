"""AuditService: the audit trail, for admins. Thin: the logic is in core.audit."""

from __future__ import annotations

import dataclasses

from google.rpc import code_pb2

from provisiond.api import convert
from provisiond.core import audit, pagination
from provisiond.core.addresses import parse_networks
from provisiond.core.errors import invalid_field
from provisioner.v1 import audit_service_pb2 as pb
from provisioner.v1 import audit_service_pb2_grpc


class AuditServicer(audit_service_pb2_grpc.AuditServiceServicer):
    def __init__(self, writer: audit.AuditWriter):
        self._writer = writer

    def ListAuditRecords(self, request: pb.ListAuditRecordsRequest, context):
        where = _filter(request)
        page = pagination.page_request(
            request.page_size, request.page_token, dataclasses.asdict(where)
        )
        self._writer.flush()
        entries, next_token = audit.list_entries(page, where)
        return pb.ListAuditRecordsResponse(
            audit_records=[convert.audit_record(e) for e in entries],
            next_page_token=next_token,
        )


def _filter(request: pb.ListAuditRecordsRequest) -> audit.AuditFilter:
    code = None
    if request.HasField("code"):
        if request.code not in code_pb2.Code.values():
            raise invalid_field(
                "code", f"{request.code} is not a google.rpc.Code value"
            )
        code = request.code
    address = request.client_address.strip()
    if address:
        try:
            network = parse_networks([address])[0]
        except ValueError as exc:
            raise invalid_field("client_address", str(exc)) from None
        if network.num_addresses != 1:
            raise invalid_field("client_address", "must be one address, not a range")
        address = str(network.network_address)
    start = (
        convert.to_datetime(request.start_time)
        if request.HasField("start_time")
        else None
    )
    end = (
        convert.to_datetime(request.end_time) if request.HasField("end_time") else None
    )
    if start and end and start >= end:
        raise invalid_field("end_time", "must be later than start_time")
    return audit.AuditFilter(
        apid=request.apid,
        method=request.method,
        code=code,
        client_address=address,
        start_time=start,
        end_time=end,
    )

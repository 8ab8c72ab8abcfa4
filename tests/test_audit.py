"""AuditService: every call leaves a record; admins list them, filtered and paged."""

import time

import grpc
import pytest
from google.protobuf import timestamp_pb2

from conftest import bearer
from provisiond.core.clock import utcnow
from provisiond.db.database import db
from provisiond.db.models import AuditRecord
from provisioner.v1 import audit_service_pb2 as pb
from provisioner.v1 import (
    audit_service_pb2_grpc,
    auth_service_pb2,
    auth_service_pb2_grpc,
)
from support import reason

WHOAMI = "/provisioner.v1.AuthService/WhoAmI"
CREATE = "/provisioner.v1.AuthService/CreateSession"


@pytest.fixture
def admin(api):
    """(AuditService stub, metadata) of an admin session."""
    token = api.login(api.create_apid(scopes=("admin",), user="auditor"))
    return audit_service_pb2_grpc.AuditServiceStub(api.channel()), bearer(token)


def list_all(stub, metadata, **filters):
    records, token = [], ""
    for _ in range(100):
        page = stub.ListAuditRecords(
            pb.ListAuditRecordsRequest(page_token=token, **filters), metadata=metadata
        )
        records.extend(page.audit_records)
        token = page.next_page_token
        if not token:
            return records
    raise AssertionError("pagination did not end")


def whoami(api, token=None, request_id=None):
    metadata = bearer(token) if token else []
    if request_id:
        metadata.append(("x-request-id", request_id))
    stub = auth_service_pb2_grpc.AuthServiceStub(api.channel())
    try:
        stub.WhoAmI(auth_service_pb2.WhoAmIRequest(), metadata=metadata)
    except grpc.RpcError:
        pass


def test_audit_records_allowed_and_denied_calls(api, admin):
    stub, metadata = admin
    panel = api.create_apid(user="panel")
    token = api.login(panel)
    whoami(api, token, request_id="req-allowed")
    whoami(api, None, request_id="req-denied")

    records = list_all(stub, metadata, method=WHOAMI)

    assert [(r.apid, r.code, r.request_id) for r in records] == [
        ("", grpc.StatusCode.UNAUTHENTICATED.value[0], "req-denied"),
        (panel.apid, grpc.StatusCode.OK.value[0], "req-allowed"),
    ]
    assert all(r.peer.startswith("ipv4:127.0.0.1:") for r in records)
    assert all(r.duration_micros > 0 and r.create_time.seconds > 0 for r in records)


def test_audit_names_apid_of_failed_login(api, admin):
    stub, metadata = admin
    panel = api.create_apid(user="panel")
    with pytest.raises(grpc.RpcError):
        auth_service_pb2_grpc.AuthServiceStub(api.channel()).CreateSession(
            auth_service_pb2.CreateSessionRequest(
                apid=panel.credential, user_name="panel", password="wrong password!"
            )
        )

    records = list_all(stub, metadata, apid=panel.apid)

    assert [(r.method, r.code) for r in records] == [
        (CREATE, grpc.StatusCode.UNAUTHENTICATED.value[0])
    ]


def test_audit_pages_cover_every_record_once(api, admin):
    stub, metadata = admin
    token = api.login(api.create_apid(user="panel"))
    for number in range(7):
        whoami(api, token, request_id=f"r{number}")

    paged = []
    page_token = ""
    for _ in range(10):
        page = stub.ListAuditRecords(
            pb.ListAuditRecordsRequest(
                page_size=3, page_token=page_token, method=WHOAMI
            ),
            metadata=metadata,
        )
        assert len(page.audit_records) <= 3
        paged.extend(r.request_id for r in page.audit_records)
        page_token = page.next_page_token
        if not page_token:
            break

    assert paged == [f"r{n}" for n in reversed(range(7))]


def test_audit_filters_combine(api, admin):
    stub, metadata = admin
    token = api.login(api.create_apid(user="panel"))
    whoami(api, token)
    whoami(api, "pvs_wrong")
    after = timestamp_pb2.Timestamp()
    after.GetCurrentTime()
    time.sleep(0.01)
    whoami(api, token, request_id="late")

    ok_only = list_all(stub, metadata, method=WHOAMI, code=0)
    late = list_all(stub, metadata, method=WHOAMI, start_time=after)
    by_address = list_all(stub, metadata, method=WHOAMI, client_address="127.0.0.1")
    elsewhere = list_all(stub, metadata, client_address="192.0.2.1")

    assert len(ok_only) == 2 and all(r.code == 0 for r in ok_only)
    assert [r.request_id for r in late] == ["late"]
    assert len(by_address) == 3
    assert elsewhere == []


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"page_size": -1}, "page_size"),
        ({"page_token": "not a token"}, "page_token"),
        ({"client_address": "10.0.0.0/8"}, "client_address"),
        ({"client_address": "nowhere"}, "client_address"),
    ],
)
def test_audit_rejects_bad_request(admin, fields, field):
    stub, metadata = admin

    with pytest.raises(grpc.RpcError) as caught:
        stub.ListAuditRecords(pb.ListAuditRecordsRequest(**fields), metadata=metadata)

    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in caught.value.details()


def test_audit_page_token_is_bound_to_filters(api, admin):
    stub, metadata = admin
    token = api.login(api.create_apid(user="panel"))
    for _ in range(3):
        whoami(api, token)
    first = stub.ListAuditRecords(
        pb.ListAuditRecordsRequest(page_size=1, method=WHOAMI), metadata=metadata
    )

    with pytest.raises(grpc.RpcError) as caught:
        stub.ListAuditRecords(
            pb.ListAuditRecordsRequest(page_size=1, page_token=first.next_page_token),
            metadata=metadata,
        )

    assert reason(caught.value) == "PAGE_TOKEN_FILTER_MISMATCH"


def test_audit_page_size_is_capped(admin):
    stub, metadata = admin
    row = dict(
        create_time=utcnow(),
        apid="",
        peer="ipv4:192.0.2.1:1",
        client_address="192.0.2.1",
        method=WHOAMI,
        code=0,
        request_id="",
        duration_micros=1,
    )
    with db.connection_context(), db.atomic():
        AuditRecord.insert_many([row] * 1005).execute()

    page = stub.ListAuditRecords(
        pb.ListAuditRecordsRequest(page_size=5000), metadata=metadata
    )

    assert len(page.audit_records) == 1000
    assert page.next_page_token

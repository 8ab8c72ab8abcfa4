"""Every RPC that needs a credential refuses every bad one, with no side effect.

The RPCs come from the service descriptors, so a new RPC is covered the moment
it is added to a service.
"""

from datetime import timedelta

import grpc
import pytest
from google.protobuf import message_factory
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from conftest import bearer
from imaging_support import capture, imaging_client, job_token, make_environment
from provisiond.api import contract
from provisiond.core import scopes
from provisiond.core.clock import utcnow
from provisiond.db.database import db
from provisiond.db.models import ALL_MODELS, ApiClient, AuditRecord, Session
from provisioner.v1 import imaging_service_pb2 as ipb
from provisioning_support import arm, client, make_catalogue, make_host

GUARDED = [
    (service, method)
    for service in contract.services()
    for method in service.methods
    if contract.policy_of(service, method).scope
    not in (scopes.PUBLIC, scopes.JOB_TOKEN)
]
# What the imaging agent calls with its job's token, and no session.
JOB_GUARDED = [
    (service, method)
    for service in contract.services()
    for method in service.methods
    if contract.policy_of(service, method).scope == scopes.JOB_TOKEN
]
SCOPED = [
    (s, m) for s, m in GUARDED if contract.policy_of(s, m).scope in scopes.GRANTABLE
]

# The reasons the pipeline gives when it turns a caller away.
ADMISSION_REASONS = {
    "TOKEN_MISSING",
    "TOKEN_UNKNOWN",
    "TOKEN_EXPIRED",
    "TOKEN_REVOKED",
    "ADDRESS_NOT_ALLOWED",
    "SCOPE_MISSING",
    "METHOD_NOT_ALLOWED",
    "API_DISABLED",
    "INSTALL_TOKEN_REFUSED",
    "NOT_A_JOB_TOKEN",
}


def _ids(rpcs):
    return [f"{s.name}.{m.name}" for s, m in rpcs]


def call(channel, service, method, token=None):
    """Calls `method` with an empty request; returns (code, ErrorInfo reason)."""
    request_class = message_factory.GetMessageClass(method.input_type)
    response_class = message_factory.GetMessageClass(method.output_type)
    stub = channel.unary_unary(
        f"/{service.full_name}/{method.name}",
        request_serializer=request_class.SerializeToString,
        response_deserializer=response_class.FromString,
    )
    try:
        stub(request_class(), metadata=bearer(token) if token else None, timeout=10)
    except grpc.RpcError as error:
        return error.code(), _reason(error)
    return grpc.StatusCode.OK, ""


def _reason(error) -> str:
    status = rpc_status.from_call(error)
    for detail in status.details if status else []:
        info = error_details_pb2.ErrorInfo()
        if detail.Unpack(info):
            return info.reason
    return ""


def snapshot():
    """Every row of every table but the audit trail, which records the refusals."""
    with db.connection_context():
        return {
            model.__name__: sorted(
                tuple(row.values()) for row in model.select().dicts()
            )
            for model in ALL_MODELS
            if model is not AuditRecord
        }


def _expire(apid):
    with db.connection_context():
        Session.update(expire_time=utcnow() - timedelta(seconds=1)).where(
            Session.api_client == ApiClient.get(ApiClient.apid == apid)
        ).execute()


def _revoke(api, token):
    from provisioner.v1 import auth_service_pb2, auth_service_pb2_grpc

    stub = auth_service_pb2_grpc.AuthServiceStub(api.channel())
    stub.RevokeSession(auth_service_pb2.RevokeSessionRequest(), metadata=bearer(token))


def _narrow_networks(apid, networks):
    with db.connection_context():
        ApiClient.update(allowed_networks=networks).where(
            ApiClient.apid == apid
        ).execute()


@pytest.mark.parametrize(("service", "method"), GUARDED, ids=_ids(GUARDED))
def test_rpc_refuses_bad_credentials_without_side_effect(api, service, method):
    apid = api.create_apid(networks=("127.0.0.1", "::1"))
    token = api.login(apid)
    expiring = api.create_apid(user="expired")
    expired = api.login(expiring)
    _expire(expiring.apid)
    revoked = api.login(api.create_apid(user="revoked"))
    _revoke(api, revoked)
    v6_holder = api.create_apid(user="v6", networks=("127.0.0.1", "::1"))
    v6_token = api.login(v6_holder, channel=api.channel6())
    _narrow_networks(v6_holder.apid, '["127.0.0.1/32"]')
    before = snapshot()

    v4, v6 = api.channel(), api.channel6()
    cases = {
        "no token": (v4, None, grpc.StatusCode.UNAUTHENTICATED, "TOKEN_MISSING"),
        "wrong token": (
            v4,
            "pvs_" + "A" * 43,
            grpc.StatusCode.UNAUTHENTICATED,
            "TOKEN_UNKNOWN",
        ),
        "expired token": (
            v4,
            expired,
            grpc.StatusCode.UNAUTHENTICATED,
            "TOKEN_EXPIRED",
        ),
        "revoked token": (
            v4,
            revoked,
            grpc.StatusCode.UNAUTHENTICATED,
            "TOKEN_REVOKED",
        ),
        "address the APID does not allow": (
            v6,
            v6_token,
            grpc.StatusCode.PERMISSION_DENIED,
            "ADDRESS_NOT_ALLOWED",
        ),
        "address other than the session's": (
            v6,
            token,
            grpc.StatusCode.PERMISSION_DENIED,
            "ADDRESS_NOT_ALLOWED",
        ),
    }
    outcomes = {
        name: call(channel, service, method, presented)
        for name, (channel, presented, _, _) in cases.items()
    }

    expected = {name: (code, reason) for name, (_, _, code, reason) in cases.items()}
    assert outcomes == expected
    assert snapshot() == before


@pytest.mark.parametrize(("service", "method"), SCOPED, ids=_ids(SCOPED))
def test_rpc_refuses_token_without_its_scope(api, service, method):
    needed = contract.policy_of(service, method).scope
    others = tuple(s for s in scopes.GRANTABLE if s != needed)
    token = api.login(api.create_apid(scopes=others))
    before = snapshot()

    outcome = call(api.channel(), service, method, token)

    assert outcome == (grpc.StatusCode.PERMISSION_DENIED, "SCOPE_MISSING")
    assert snapshot() == before


@pytest.mark.parametrize(("service", "method"), GUARDED, ids=_ids(GUARDED))
def test_rpc_accepts_valid_token_with_scope(api, service, method):
    token = api.login(api.create_apid())

    code, reason = call(api.channel(), service, method, token)

    # An empty request may well be refused, but for what it holds, not for
    # who sent it.
    assert code not in (
        grpc.StatusCode.UNAUTHENTICATED,
        grpc.StatusCode.PERMISSION_DENIED,
    )
    assert reason not in ADMISSION_REASONS


@pytest.fixture
def tokens(api):
    """A session, the install token of an OS install, the token of a live
    imaging job and that of a cancelled one."""
    session = api.login(api.create_apid())
    panel = client(api, scopes=("provisioning", "imaging"))
    make_catalogue(panel)
    make_environment(panel)
    for number in range(3):
        make_host(panel, f"web-{number}", mac=f"52:54:00:00:00:{number:02x}")
    install = arm(panel, "web-0")
    ic = imaging_client(api, panel.token)
    live = capture(ic, "web-1", "live")
    ended = capture(ic, "web-2", "ended")
    ic.CancelImagingJob(ipb.CancelImagingJobRequest(name=ended.name))
    provisioner = api.server.services.provisioner
    return {
        "session": session,
        "install": provisioner.token(install.name.split("/")[-1]),
        "live": job_token(api, live),
        "ended": job_token(api, ended),
    }


@pytest.mark.parametrize(("service", "method"), JOB_GUARDED, ids=_ids(JOB_GUARDED))
def test_agent_rpc_refuses_all_but_a_live_job_token(api, tokens, service, method):
    before = snapshot()
    refused = grpc.StatusCode.PERMISSION_DENIED
    cases = {
        "no token": (None, grpc.StatusCode.UNAUTHENTICATED, "TOKEN_MISSING"),
        "wrong token": ("pit_abc.x" + "A" * 42, refused, "INSTALL_TOKEN_REFUSED"),
        "a session's token": (tokens["session"], refused, "INSTALL_TOKEN_REFUSED"),
        "an install's token": (tokens["install"], refused, "NOT_A_JOB_TOKEN"),
        "an ended job's token": (tokens["ended"], refused, "INSTALL_TOKEN_REFUSED"),
    }

    outcomes = {
        name: call(api.channel(), service, method, token)
        for name, (token, _, _) in cases.items()
    }

    assert outcomes == {
        name: (code, reason) for name, (_, code, reason) in cases.items()
    }
    assert snapshot() == before


@pytest.mark.parametrize(("service", "method"), JOB_GUARDED, ids=_ids(JOB_GUARDED))
def test_agent_rpc_admits_a_live_job_token(api, tokens, service, method):
    code, reason = call(api.channel(), service, method, tokens["live"])

    assert code not in (
        grpc.StatusCode.UNAUTHENTICATED,
        grpc.StatusCode.PERMISSION_DENIED,
    )
    assert reason not in ADMISSION_REASONS

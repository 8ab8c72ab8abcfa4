"""AuthService: creating, describing and revoking sessions, and throttling."""

import uuid

import grpc
import pytest

from conftest import PASSWORD, bearer
from provisiond.core import apids
from provisiond.db.database import db
from provisiond.db.models import ApiClient, Session
from provisioner.v1 import auth_service_pb2 as pb
from provisioner.v1 import auth_service_pb2_grpc
from support import details, reason


def stub(channel):
    return auth_service_pb2_grpc.AuthServiceStub(channel)


def create(api, holder, channel=None, **overrides):
    fields = dict(
        apid=holder.credential, user_name=holder.user_name, password=holder.password
    )
    fields.update(overrides)
    return stub(channel or api.channel()).CreateSession(
        pb.CreateSessionRequest(**fields)
    )


def refused(function, *args, **kwargs) -> grpc.RpcError:
    with pytest.raises(grpc.RpcError) as caught:
        function(*args, **kwargs)
    return caught.value


def test_create_session_returns_token_bound_to_caller(api):
    apid = api.create_apid(scopes=("imaging", "admin"))

    reply = create(api, apid)

    assert reply.token.startswith("pvs_")
    assert reply.session.apid == apid.apid
    assert reply.session.client_address == "127.0.0.1"
    assert reply.session.name.startswith(f"apids/{apid.apid}/sessions/")
    lifetime = reply.session.expire_time.seconds - reply.session.create_time.seconds
    assert lifetime == 3600


def test_create_session_stores_only_digests(api):
    apid = api.create_apid()

    token = create(api, apid).token

    with db.connection_context():
        stored = [str(v) for row in Session.select().dicts() for v in row.values()]
        stored += [str(v) for row in ApiClient.select().dicts() for v in row.values()]
    secret = apid.credential.split(".", 1)[1]
    assert not any(token in v or secret in v or PASSWORD in v for v in stored)


@pytest.mark.parametrize(
    "change",
    [
        {"password": "wrong password, long enough"},
        {"user_name": "someone-else"},
        {"apid": "apid-aaaaaaaaaa.not-the-secret"},
        {"apid": "not-an-apid"},
    ],
    ids=["password", "user", "unknown apid", "malformed apid"],
)
def test_create_session_refuses_wrong_credentials_alike(api, change):
    apid = api.create_apid()

    error = refused(create, api, apid, **change)

    assert error.code() == grpc.StatusCode.UNAUTHENTICATED
    assert reason(error) == "INVALID_CREDENTIALS"
    assert "wrong" in error.details()


@pytest.mark.parametrize("state", ["disabled", "expired"])
def test_create_session_refuses_inactive_apid(api, state):
    apid = api.create_apid()
    with db.connection_context():
        if state == "disabled":
            apids.set_disabled(apid.apid, True)
        else:
            ApiClient.update(expire_time="2000-01-01 00:00:00").execute()

    error = refused(create, api, apid)

    assert (error.code(), reason(error)) == (
        grpc.StatusCode.UNAUTHENTICATED,
        "INVALID_CREDENTIALS",
    )


def test_create_session_refuses_address_not_allowed(api):
    apid = api.create_apid(networks=("192.0.2.0/24",))

    error = refused(create, api, apid)

    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    assert reason(error) == "ADDRESS_NOT_ALLOWED"
    assert "127.0.0.1" in error.details()


def test_create_session_names_every_missing_field(api):
    error = refused(stub(api.channel()).CreateSession, pb.CreateSessionRequest())

    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    fields = [v.field for v in details(error)["BadRequest"].field_violations]
    assert fields == ["apid", "user_name", "password"]


@pytest.mark.parametrize(
    ("fields", "bad_field"),
    [
        ({"ttl_seconds": -1}, "ttl_seconds"),
        ({"request_id": "not-a-uuid"}, "request_id"),
    ],
)
def test_create_session_rejects_bad_field(api, fields, bad_field):
    apid = api.create_apid()

    error = refused(create, api, apid, **fields)

    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert details(error)["BadRequest"].field_violations[0].field == bad_field


def test_create_session_lowers_ttl_to_maximum(api_factory):
    api = api_factory(session_ttl_seconds=60, session_ttl_max_seconds=120)
    apid = api.create_apid()

    short = create(api, apid, ttl_seconds=30).session
    capped = create(api, apid, ttl_seconds=999999).session

    assert short.expire_time.seconds - short.create_time.seconds == 30
    assert capped.expire_time.seconds - capped.create_time.seconds == 120


def test_create_session_retry_with_request_id_leaves_one_live_token(api):
    apid = api.create_apid()
    request_id = str(uuid.uuid4())

    first = create(api, apid, request_id=request_id).token
    second = create(api, apid, request_id=request_id).token

    whoami = stub(api.channel()).WhoAmI
    assert whoami(pb.WhoAmIRequest(), metadata=bearer(second)).session.apid == apid.apid
    error = refused(whoami, pb.WhoAmIRequest(), metadata=bearer(first))
    assert reason(error) == "TOKEN_REVOKED"


def test_create_session_refuses_request_id_reused_with_other_fields(api):
    apid = api.create_apid()
    request_id = str(uuid.uuid4())
    create(api, apid, request_id=request_id)

    error = refused(create, api, apid, request_id=request_id, ttl_seconds=60)

    assert (error.code(), reason(error)) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "REQUEST_ID_REUSED",
    )


def test_create_session_concurrent_retries_leave_one_live_token(api):
    apid = api.create_apid()
    request_id = str(uuid.uuid4())
    channel = api.channel()
    futures = [
        stub(channel).CreateSession.future(
            pb.CreateSessionRequest(
                apid=apid.credential,
                user_name=apid.user_name,
                password=apid.password,
                request_id=request_id,
            )
        )
        for _ in range(4)
    ]
    outcomes = []
    for future in futures:
        try:
            outcomes.append(future.result(timeout=30).token)
        except grpc.RpcError as error:
            outcomes.append(error.code())

    with db.connection_context():
        live = Session.select().where(Session.revoke_time.is_null()).count()
    assert live == 1
    assert any(isinstance(outcome, str) for outcome in outcomes)
    assert all(isinstance(o, str) or o == grpc.StatusCode.ABORTED for o in outcomes)


def test_revoke_session_stops_token_at_once(api):
    token = api.login(api.create_apid())
    auth = stub(api.channel())

    auth.RevokeSession(pb.RevokeSessionRequest(), metadata=bearer(token))

    error = refused(auth.WhoAmI, pb.WhoAmIRequest(), metadata=bearer(token))
    assert (error.code(), reason(error)) == (
        grpc.StatusCode.UNAUTHENTICATED,
        "TOKEN_REVOKED",
    )
    again = refused(
        auth.RevokeSession, pb.RevokeSessionRequest(), metadata=bearer(token)
    )
    assert reason(again) == "TOKEN_REVOKED"


def test_revoke_session_leaves_other_sessions(api):
    apid = api.create_apid()
    kept, revoked = api.login(apid), api.login(apid)
    auth = stub(api.channel())

    auth.RevokeSession(pb.RevokeSessionRequest(), metadata=bearer(revoked))

    assert auth.WhoAmI(pb.WhoAmIRequest(), metadata=bearer(kept)).session.apid


def test_bearer_scheme_other_than_bearer_is_no_token(api):
    token = api.login(api.create_apid())

    error = refused(
        stub(api.channel()).WhoAmI,
        pb.WhoAmIRequest(),
        metadata=[("authorization", f"Basic {token}")],
    )

    assert reason(error) == "TOKEN_MISSING"


def test_login_failures_throttle_the_address(api_factory):
    api = api_factory(throttle_failures=3)
    apid = api.create_apid()
    for _ in range(3):
        refused(create, api, apid, password="wrong password, long enough")

    error = refused(create, api, apid)

    assert error.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert reason(error) == "AUTH_THROTTLED"
    assert details(error)["RetryInfo"].retry_delay.seconds >= 1


def test_login_failures_throttle_the_apid_from_any_address(api_factory):
    api = api_factory(throttle_failures=3)
    apid = api.create_apid(networks=("127.0.0.1", "::1"))
    for _ in range(3):
        refused(create, api, apid, password="wrong password, long enough")

    error = refused(create, api, apid, channel=api.channel6())

    assert error.code() == grpc.StatusCode.RESOURCE_EXHAUSTED


def test_token_failures_throttle_the_address(api_factory):
    api = api_factory(throttle_failures=3)
    token = api.login(api.create_apid())
    whoami = stub(api.channel()).WhoAmI
    for _ in range(3):
        refused(whoami, pb.WhoAmIRequest(), metadata=bearer("pvs_guess"))

    error = refused(whoami, pb.WhoAmIRequest(), metadata=bearer(token))

    assert error.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    ok = stub(api.channel6()).WhoAmI
    assert reason(refused(ok, pb.WhoAmIRequest(), metadata=bearer(token))) == (
        "ADDRESS_NOT_ALLOWED"
    )


def test_create_session_race_on_request_id_is_aborted(api, monkeypatch):
    from provisiond.core import auth

    apid = api.create_apid()
    request_id = str(uuid.uuid4())
    create(api, apid, request_id=request_id)
    # Both racers see no earlier session: skip the look-up the winner made.
    monkeypatch.setattr(auth, "_replace_earlier_request", lambda *args: None)

    error = refused(create, api, apid, request_id=request_id)

    assert (error.code(), reason(error)) == (
        grpc.StatusCode.ABORTED,
        "REQUEST_ID_CONFLICT",
    )
    with db.connection_context():
        assert Session.select().count() == 1

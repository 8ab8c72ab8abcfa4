"""The call pipeline on a real server: deny by default, malformed and oversize
requests, unexpected errors, the API switch, health and reflection."""

from concurrent import futures

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)

from conftest import bearer
from provisiond.api.contract import Contract, Policy
from provisiond.api.pipeline import CallPipeline
from provisiond.core import deployment
from provisiond.core.audit import AuditWriter
from provisiond.core.auth import Authenticator, SessionPolicy
from provisiond.core.deployment import ApiSwitch
from provisiond.core.throttle import FailureThrottle
from provisiond.db.database import db
from provisioner.v1 import (
    audit_service_pb2,
    audit_service_pb2_grpc,
    auth_service_pb2_grpc,
)
from provisioner.v1 import auth_service_pb2 as pb
from support import details, reason

ALL_CODES = {code.name: "" for code in grpc.StatusCode}


@pytest.fixture
def mini(migrated):
    """A server with two test methods behind the pipeline: /t.T/Public, whose
    policy is public, and /t.T/Unlisted, which has no policy at all."""
    with db.connection_context():
        deployment.set_api_enabled(True)

    def public(request, context):
        if request == b"boom":
            raise RuntimeError("secret internals: SELECT * FROM api_client")
        if request == b"abort":
            context.abort(grpc.StatusCode.NOT_FOUND, "chosen by the handler")
        return request

    handlers = grpc.method_handlers_generic_handler(
        "t.T",
        {
            name: grpc.unary_unary_rpc_method_handler(public)
            for name in ("Public", "Unlisted")
        },
    )
    contract = Contract([Policy("/t.T/Public", "public", ALL_CODES)])
    auth = Authenticator(SessionPolicy(60, 60), FailureThrottle(100, 60))
    audit = AuditWriter()
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=4),
        interceptors=[CallPipeline(contract, auth, ApiSwitch(ttl=0), audit)],
        handlers=[handlers],
    )
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    channel = grpc.insecure_channel(f"127.0.0.1:{port}")
    yield channel
    channel.close()
    server.stop(0)
    audit.stop()


def test_pipeline_serves_declared_method(mini):
    assert mini.unary_unary("/t.T/Public")(b"hello", timeout=5) == b"hello"


def test_pipeline_keeps_status_a_handler_aborted_with(mini):
    with pytest.raises(grpc.RpcError) as caught:
        mini.unary_unary("/t.T/Public")(b"abort", timeout=5)

    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    assert caught.value.details() == "chosen by the handler"


def test_pipeline_refuses_method_without_policy(mini):
    with pytest.raises(grpc.RpcError) as caught:
        mini.unary_unary("/t.T/Unlisted")(b"hello", timeout=5)

    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert reason(caught.value) == "METHOD_NOT_ALLOWED"


def test_pipeline_hides_unexpected_error_behind_reference(mini, caplog):
    with pytest.raises(grpc.RpcError) as caught:
        mini.unary_unary("/t.T/Public")(b"boom", timeout=5)

    error = caught.value
    assert error.code() == grpc.StatusCode.INTERNAL
    reference = details(error)["ErrorInfo"].metadata["reference"]
    assert reference in error.details()
    assert "SELECT" not in error.details() and "Traceback" not in error.details()
    logged = [r for r in caplog.records if reference in r.getMessage()]
    assert logged and logged[0].exc_info is not None


def test_pipeline_refuses_calls_while_api_disabled(mini):
    with db.connection_context():
        deployment.set_api_enabled(False)

    with pytest.raises(grpc.RpcError) as caught:
        mini.unary_unary("/t.T/Public")(b"hello", timeout=5)

    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
    assert reason(caught.value) == "API_DISABLED"
    assert "provisioner-api enable" in caught.value.details()


def test_api_disabled_leaves_health_and_reflection_answering(api):
    with db.connection_context():
        deployment.set_api_enabled(False)
    channel = api.channel()

    health = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest())
    services = ProtoReflectionDescriptorDatabase(channel).get_services()

    assert health.status == health_pb2.HealthCheckResponse.SERVING
    assert "provisioner.v1.AuthService" in services


def test_malformed_request_is_invalid_argument(api):
    raw = api.channel().unary_unary("/provisioner.v1.AuthService/CreateSession")

    with pytest.raises(grpc.RpcError) as caught:
        raw(b"\xff\xff\xff\xff", timeout=5)

    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert reason(caught.value) == "MALFORMED_REQUEST"


def test_oversize_request_is_resource_exhausted(api_factory):
    api = api_factory(max_message_bytes=64 * 1024)
    request = pb.CreateSessionRequest(apid="x", user_name="u", password="p" * 100_000)

    with pytest.raises(grpc.RpcError) as caught:
        auth_service_pb2_grpc.AuthServiceStub(api.channel()).CreateSession(
            request, timeout=5
        )

    assert caught.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED


def test_unknown_enum_value_is_invalid_argument(api):
    token = api.login(api.create_apid(scopes=("admin",)))
    audit = audit_service_pb2_grpc.AuditServiceStub(api.channel())

    with pytest.raises(grpc.RpcError) as caught:
        audit.ListAuditRecords(
            audit_service_pb2.ListAuditRecordsRequest(code=99), metadata=bearer(token)
        )

    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert details(caught.value)["BadRequest"].field_violations[0].field == "code"

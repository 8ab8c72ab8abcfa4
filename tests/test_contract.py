"""The protos' declarations: every RPC has a policy, and the codes the call
pipeline can return are declared for every RPC it guards."""

import grpc
import pytest

from conftest import ContractRecorder
from provisiond.api import contract
from provisiond.core import scopes

RPCS = [
    (service, method) for service in contract.services() for method in service.methods
]
IDS = [f"{s.name}.{m.name}" for s, m in RPCS]

# What the pipeline itself may answer to any call, before or around a servicer.
PIPELINE_CODES = {"INVALID_ARGUMENT", "UNAVAILABLE", "RESOURCE_EXHAUSTED", "INTERNAL"}
AUTHENTICATED_CODES = {"UNAUTHENTICATED", "PERMISSION_DENIED"}


def test_contract_lists_every_service():
    names = {s.full_name for s in contract.services()}
    assert {"provisioner.v1.AuthService", "provisioner.v1.AuditService"} <= names


@pytest.mark.parametrize(("service", "method"), RPCS, ids=IDS)
def test_rpc_declares_scope_and_codes(service, method):
    policy = contract.policy_of(service, method)

    assert policy.scope is not None, f"{policy.method} has no rpc_policy scope"
    assert "OK" in policy.return_codes
    assert PIPELINE_CODES <= set(policy.return_codes)
    if policy.scope != scopes.PUBLIC:
        assert AUTHENTICATED_CODES <= set(policy.return_codes)
    assert all(meaning.strip() for meaning in policy.return_codes.values())


def test_policy_without_option_has_no_scope():
    from google.protobuf import descriptor_pb2, descriptor_pool

    pool = descriptor_pool.DescriptorPool()
    proto = descriptor_pb2.FileDescriptorProto(name="x.proto", package="x")
    proto.message_type.add(name="M")
    service = proto.service.add(name="S")
    service.method.add(name="Call", input_type=".x.M", output_type=".x.M")
    pool.Add(proto)
    found = pool.FindServiceByName("x.S")

    policy = contract.policy_of(found, found.methods[0])

    assert policy.scope is None
    assert policy.return_codes == {}


def test_recorder_flags_undeclared_code():
    recorder = ContractRecorder(contract.load())

    recorder.check("/provisioner.v1.AuthService/WhoAmI", grpc.StatusCode.OK)
    recorder.check("/provisioner.v1.AuthService/WhoAmI", grpc.StatusCode.NOT_FOUND)

    assert recorder.undeclared == [("/provisioner.v1.AuthService/WhoAmI", "NOT_FOUND")]

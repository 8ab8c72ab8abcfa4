"""The API contract as the protos declare it: each RPC's scope and return codes.

Read once from the generated descriptors (the provisioner.v1.rpc_policy and
service_policy options). The authorization layer uses the scopes; tests and the
generators of samples and reference use the return codes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import grpc
from google.protobuf import descriptor, message_factory
from google.rpc import code_pb2

from provisiond.core import scopes
from provisioner.v1 import (
    audit_service_pb2,
    auth_service_pb2,
    imaging_agent_service_pb2,
    imaging_service_pb2,
    policy_pb2,
    provisioning_service_pb2,
)

# Every module that defines provisioner.v1 services; a new service file is
# added here and to api/server.py.
SERVICE_MODULES = (
    auth_service_pb2,
    audit_service_pb2,
    provisioning_service_pb2,
    imaging_service_pb2,
    imaging_agent_service_pb2,
)

_SCOPES = {
    policy_pb2.SCOPE_PUBLIC: scopes.PUBLIC,
    policy_pb2.SCOPE_SESSION: scopes.SESSION,
    policy_pb2.SCOPE_PROVISIONING: scopes.PROVISIONING,
    policy_pb2.SCOPE_IMAGING: scopes.IMAGING,
    policy_pb2.SCOPE_ADMIN: scopes.ADMIN,
    policy_pb2.SCOPE_JOB_TOKEN: scopes.JOB_TOKEN,
}


@dataclass(frozen=True)
class Policy:
    """Who may call one RPC, and the codes it may return with their meanings."""

    method: str
    scope: str | None
    return_codes: dict[str, str]
    # The class of the RPC's response message.
    response_class: type | None = None

    def declares(self, code: grpc.StatusCode) -> bool:
        return code.name in self.return_codes


class Contract:
    """Policies by full method name (`/package.Service/Method`)."""

    def __init__(self, policies: Iterable[Policy]):
        self._policies = {p.method: p for p in policies}

    def policy(self, method: str) -> Policy | None:
        return self._policies.get(method)

    def __iter__(self):
        return iter(self._policies.values())


def services() -> list[descriptor.ServiceDescriptor]:
    """Every provisioner.v1 service descriptor."""
    return [
        service
        for module in SERVICE_MODULES
        for service in module.DESCRIPTOR.services_by_name.values()
    ]


def load() -> Contract:
    """The contract of every provisioner.v1 service."""
    return Contract(
        policy_of(service, method)
        for service in services()
        for method in service.methods
    )


def policy_of(
    service: descriptor.ServiceDescriptor, method: descriptor.MethodDescriptor
) -> Policy:
    """The merged service and method policy of one RPC.

    A method without an rpc_policy, or with SCOPE_UNSPECIFIED, gets scope None,
    which the server refuses to serve.
    """
    common = service.GetOptions().Extensions[policy_pb2.service_policy]
    own = method.GetOptions().Extensions[policy_pb2.rpc_policy]
    codes = {_code_name(rc.code): rc.meaning for rc in common.return_codes}
    codes.update({_code_name(rc.code): rc.meaning for rc in own.return_codes})
    return Policy(
        method=f"/{service.full_name}/{method.name}",
        scope=_SCOPES.get(own.scope),
        return_codes=codes,
        response_class=message_factory.GetMessageClass(method.output_type),
    )


def _code_name(code: int) -> str:
    return code_pb2.Code.Name(code)

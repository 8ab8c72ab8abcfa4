from google.protobuf import descriptor_pb2 as _descriptor_pb2
from google.rpc import code_pb2 as _code_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Scope(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SCOPE_UNSPECIFIED: _ClassVar[Scope]
    SCOPE_PUBLIC: _ClassVar[Scope]
    SCOPE_SESSION: _ClassVar[Scope]
    SCOPE_PROVISIONING: _ClassVar[Scope]
    SCOPE_IMAGING: _ClassVar[Scope]
    SCOPE_ADMIN: _ClassVar[Scope]
    SCOPE_JOB_TOKEN: _ClassVar[Scope]
SCOPE_UNSPECIFIED: Scope
SCOPE_PUBLIC: Scope
SCOPE_SESSION: Scope
SCOPE_PROVISIONING: Scope
SCOPE_IMAGING: Scope
SCOPE_ADMIN: Scope
SCOPE_JOB_TOKEN: Scope
RPC_POLICY_FIELD_NUMBER: _ClassVar[int]
rpc_policy: _descriptor.FieldDescriptor
SERVICE_POLICY_FIELD_NUMBER: _ClassVar[int]
service_policy: _descriptor.FieldDescriptor

class RpcPolicy(_message.Message):
    __slots__ = ("scope", "return_codes")
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    RETURN_CODES_FIELD_NUMBER: _ClassVar[int]
    scope: Scope
    return_codes: _containers.RepeatedCompositeFieldContainer[ReturnCode]
    def __init__(self, scope: _Optional[_Union[Scope, str]] = ..., return_codes: _Optional[_Iterable[_Union[ReturnCode, _Mapping]]] = ...) -> None: ...

class ServicePolicy(_message.Message):
    __slots__ = ("return_codes",)
    RETURN_CODES_FIELD_NUMBER: _ClassVar[int]
    return_codes: _containers.RepeatedCompositeFieldContainer[ReturnCode]
    def __init__(self, return_codes: _Optional[_Iterable[_Union[ReturnCode, _Mapping]]] = ...) -> None: ...

class ReturnCode(_message.Message):
    __slots__ = ("code", "meaning")
    CODE_FIELD_NUMBER: _ClassVar[int]
    MEANING_FIELD_NUMBER: _ClassVar[int]
    code: _code_pb2.Code
    meaning: str
    def __init__(self, code: _Optional[_Union[_code_pb2.Code, str]] = ..., meaning: _Optional[str] = ...) -> None: ...

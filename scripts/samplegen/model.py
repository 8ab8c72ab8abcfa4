"""The API as the generators see it: services, methods with their scopes and
return codes, messages and enums, read from the compiled descriptors of
protos/ with their comments."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from google.protobuf import descriptor_pb2

# Imported before any descriptor is parsed, so that the custom options parse
# as extensions rather than unknown fields.
from provisioner.v1 import policy_pb2

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "provisioner.v1"

# google.rpc.Code numbers and names, which the generators print.
CODE_NAMES = {
    0: "OK",
    1: "CANCELLED",
    2: "UNKNOWN",
    3: "INVALID_ARGUMENT",
    4: "DEADLINE_EXCEEDED",
    5: "NOT_FOUND",
    6: "ALREADY_EXISTS",
    7: "PERMISSION_DENIED",
    8: "RESOURCE_EXHAUSTED",
    9: "FAILED_PRECONDITION",
    10: "ABORTED",
    11: "OUT_OF_RANGE",
    12: "UNIMPLEMENTED",
    13: "INTERNAL",
    14: "UNAVAILABLE",
    15: "DATA_LOSS",
    16: "UNAUTHENTICATED",
}

# Codes after which the same call, with the same request_id, may succeed.
RETRYABLE = frozenset({"UNAVAILABLE", "ABORTED", "RESOURCE_EXHAUSTED"})


@dataclass(frozen=True)
class ReturnCode:
    """One documented outcome of a method."""

    name: str  # canonical upper-case name, such as NOT_FOUND
    number: int
    meaning: str
    shared: bool  # declared by the service for all its methods


@dataclass(frozen=True)
class Field:
    name: str
    number: int
    type_name: str  # a scalar's proto name, or a message's or enum's full name
    repeated: bool
    map_entry: str | None  # the full name of the entry message of a map field
    optional: bool  # proto3 `optional`
    doc: str


@dataclass(frozen=True)
class Message:
    full_name: str
    name: str
    doc: str
    fields: tuple[Field, ...]
    file: str


@dataclass(frozen=True)
class EnumValue:
    name: str
    number: int
    doc: str


@dataclass(frozen=True)
class Enum:
    full_name: str
    name: str
    doc: str
    values: tuple[EnumValue, ...]
    file: str


@dataclass(frozen=True)
class Method:
    name: str
    service: str  # the service's short name, such as ProvisioningService
    doc: str
    input: str  # full names of the request and response messages
    output: str
    server_streaming: bool
    client_streaming: bool
    scope: str  # lower-case scope, such as "provisioning" or "job_token"
    codes: tuple[ReturnCode, ...]  # OK first, then by number

    @property
    def errors(self) -> tuple[ReturnCode, ...]:
        return tuple(c for c in self.codes if c.name != "OK")


@dataclass(frozen=True)
class Service:
    name: str
    doc: str
    file: str  # the .proto file, relative to protos/
    methods: tuple[Method, ...]


@dataclass
class Api:
    services: tuple[Service, ...]
    messages: dict[str, Message] = field(default_factory=dict)
    enums: dict[str, Enum] = field(default_factory=dict)

    def method(self, service: str, name: str) -> Method:
        for candidate in self.service(service).methods:
            if candidate.name == name:
                return candidate
        raise KeyError(f"{service}.{name}")

    def service(self, name: str) -> Service:
        for candidate in self.services:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    @property
    def methods(self) -> tuple[Method, ...]:
        return tuple(m for s in self.services for m in s.methods)


def load(protos: Path = ROOT / "protos") -> Api:
    """Compiles protos/ with grpcio-tools' protoc and reads the result."""
    return read(compile_descriptors(protos))


def compile_descriptors(protos: Path) -> descriptor_pb2.FileDescriptorSet:
    import google.rpc.code_pb2 as rpc_code
    import grpc_tools

    googleapis = Path(rpc_code.__file__).parents[2]
    well_known = Path(grpc_tools.__file__).parent / "_proto"
    files = sorted(
        str(p.relative_to(protos)) for p in (protos / "provisioner/v1").glob("*.proto")
    )
    with tempfile.TemporaryDirectory() as scratch:
        out = os.path.join(scratch, "api.binpb")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "grpc_tools.protoc",
                f"-I{protos}",
                f"-I{googleapis}",
                f"-I{well_known}",
                "--include_imports",
                "--include_source_info",
                f"--descriptor_set_out={out}",
                *files,
            ],
            check=True,
        )
        return descriptor_pb2.FileDescriptorSet.FromString(Path(out).read_bytes())


def read(files: descriptor_pb2.FileDescriptorSet) -> Api:
    """The Api of the provisioner.v1 files in a descriptor set."""
    api = Api(services=())
    services = []
    for file in files.file:
        if file.package != PACKAGE:
            continue
        comments = _comments(file)
        for index, message in enumerate(file.message_type):
            _add_message(api, file.name, message, f".{PACKAGE}", (4, index), comments)
        for index, enum in enumerate(file.enum_type):
            _add_enum(api, file.name, enum, f".{PACKAGE}", (5, index), comments)
        for index, service in enumerate(file.service):
            services.append(_service(file.name, service, (6, index), comments))
    api.services = tuple(services)
    return api


def _comments(file: descriptor_pb2.FileDescriptorProto) -> dict[tuple, str]:
    found = {}
    for location in file.source_code_info.location:
        text = location.leading_comments.strip()
        if text:
            lines = (line.strip() for line in text.splitlines())
            found[tuple(location.path)] = " ".join(line for line in lines if line)
    return found


def _add_message(api, file, message, scope, path, comments) -> None:
    full_name = f"{scope}.{message.name}"
    fields = tuple(
        _field(api, full_name, message, f, comments.get((*path, 2, i), ""))
        for i, f in enumerate(message.field)
    )
    api.messages[full_name[1:]] = Message(
        full_name[1:], message.name, comments.get(path, ""), fields, file
    )
    for index, nested in enumerate(message.nested_type):
        _add_message(api, file, nested, full_name, (*path, 3, index), comments)
    for index, enum in enumerate(message.enum_type):
        _add_enum(api, file, enum, full_name, (*path, 4, index), comments)


def _field(api, owner, message, field, doc) -> Field:
    fd = descriptor_pb2.FieldDescriptorProto
    if field.type in (fd.TYPE_MESSAGE, fd.TYPE_ENUM):
        type_name = field.type_name.lstrip(".")
    else:
        type_name = fd.Type.Name(field.type)[len("TYPE_") :].lower()
    entry = None
    if field.type == fd.TYPE_MESSAGE:
        nested = {f"{owner}.{n.name}": n for n in message.nested_type}
        candidate = nested.get(field.type_name)
        if candidate is not None and candidate.options.map_entry:
            entry = field.type_name.lstrip(".")
    return Field(
        name=field.name,
        number=field.number,
        type_name=type_name,
        repeated=field.label == fd.LABEL_REPEATED and entry is None,
        map_entry=entry,
        optional=field.proto3_optional,
        doc=doc,
    )


def _add_enum(api, file, enum, scope, path, comments) -> None:
    full_name = f"{scope}.{enum.name}"[1:]
    values = tuple(
        EnumValue(v.name, v.number, comments.get((*path, 2, i), ""))
        for i, v in enumerate(enum.value)
    )
    api.enums[full_name] = Enum(
        full_name, enum.name, comments.get(path, ""), values, file
    )


def _service(file, service, path, comments) -> Service:
    shared = _service_codes(service.options)
    methods = []
    for index, method in enumerate(service.method):
        scope, own = _rpc_policy(method.options)
        codes = {c.name: c for c in shared}
        codes.update((c.name, c) for c in own)  # a method's meaning wins
        methods.append(
            Method(
                name=method.name,
                service=service.name,
                doc=comments.get((*path, 2, index), ""),
                input=method.input_type.lstrip("."),
                output=method.output_type.lstrip("."),
                server_streaming=method.server_streaming,
                client_streaming=method.client_streaming,
                scope=scope,
                codes=tuple(sorted(codes.values(), key=lambda c: c.number)),
            )
        )
    return Service(service.name, comments.get(path, ""), file, tuple(methods))


def _rpc_policy(options) -> tuple[str, tuple[ReturnCode, ...]]:
    policy = options.Extensions[policy_pb2.rpc_policy]
    scope = policy_pb2.Scope.Name(policy.scope)[len("SCOPE_") :].lower()
    return scope, tuple(_code(c, shared=False) for c in policy.return_codes)


def _service_codes(options) -> tuple[ReturnCode, ...]:
    policy = options.Extensions[policy_pb2.service_policy]
    return tuple(_code(c, shared=True) for c in policy.return_codes)


def _code(declared, shared: bool) -> ReturnCode:
    return ReturnCode(
        CODE_NAMES[declared.code], declared.code, declared.meaning, shared
    )

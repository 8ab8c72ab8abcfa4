from google.protobuf import field_mask_pb2 as _field_mask_pb2
from provisioner.v1 import policy_pb2 as _policy_pb2
from provisioner.v1 import provisioning_resources_pb2 as _provisioning_resources_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PowerState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POWER_STATE_UNSPECIFIED: _ClassVar[PowerState]
    POWER_STATE_ON: _ClassVar[PowerState]
    POWER_STATE_OFF: _ClassVar[PowerState]

class PowerAction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POWER_ACTION_UNSPECIFIED: _ClassVar[PowerAction]
    POWER_ACTION_ON: _ClassVar[PowerAction]
    POWER_ACTION_OFF: _ClassVar[PowerAction]
    POWER_ACTION_CYCLE: _ClassVar[PowerAction]
    POWER_ACTION_RESET: _ClassVar[PowerAction]
POWER_STATE_UNSPECIFIED: PowerState
POWER_STATE_ON: PowerState
POWER_STATE_OFF: PowerState
POWER_ACTION_UNSPECIFIED: PowerAction
POWER_ACTION_ON: PowerAction
POWER_ACTION_OFF: PowerAction
POWER_ACTION_CYCLE: PowerAction
POWER_ACTION_RESET: PowerAction

class CreateOperatingSystemRequest(_message.Message):
    __slots__ = ("operating_system", "operating_system_id", "request_id")
    OPERATING_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    OPERATING_SYSTEM_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    operating_system: _provisioning_resources_pb2.OperatingSystem
    operating_system_id: str
    request_id: str
    def __init__(self, operating_system: _Optional[_Union[_provisioning_resources_pb2.OperatingSystem, _Mapping]] = ..., operating_system_id: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateOperatingSystemResponse(_message.Message):
    __slots__ = ("operating_system",)
    OPERATING_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    operating_system: _provisioning_resources_pb2.OperatingSystem
    def __init__(self, operating_system: _Optional[_Union[_provisioning_resources_pb2.OperatingSystem, _Mapping]] = ...) -> None: ...

class GetOperatingSystemRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetOperatingSystemResponse(_message.Message):
    __slots__ = ("operating_system",)
    OPERATING_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    operating_system: _provisioning_resources_pb2.OperatingSystem
    def __init__(self, operating_system: _Optional[_Union[_provisioning_resources_pb2.OperatingSystem, _Mapping]] = ...) -> None: ...

class ListOperatingSystemsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "family")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    family: _provisioning_resources_pb2.OperatingSystemFamily
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., family: _Optional[_Union[_provisioning_resources_pb2.OperatingSystemFamily, str]] = ...) -> None: ...

class ListOperatingSystemsResponse(_message.Message):
    __slots__ = ("operating_systems", "next_page_token")
    OPERATING_SYSTEMS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    operating_systems: _containers.RepeatedCompositeFieldContainer[_provisioning_resources_pb2.OperatingSystem]
    next_page_token: str
    def __init__(self, operating_systems: _Optional[_Iterable[_Union[_provisioning_resources_pb2.OperatingSystem, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateOperatingSystemRequest(_message.Message):
    __slots__ = ("operating_system", "update_mask", "request_id")
    OPERATING_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    operating_system: _provisioning_resources_pb2.OperatingSystem
    update_mask: _field_mask_pb2.FieldMask
    request_id: str
    def __init__(self, operating_system: _Optional[_Union[_provisioning_resources_pb2.OperatingSystem, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateOperatingSystemResponse(_message.Message):
    __slots__ = ("operating_system",)
    OPERATING_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    operating_system: _provisioning_resources_pb2.OperatingSystem
    def __init__(self, operating_system: _Optional[_Union[_provisioning_resources_pb2.OperatingSystem, _Mapping]] = ...) -> None: ...

class DeleteOperatingSystemRequest(_message.Message):
    __slots__ = ("name", "etag", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    etag: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteOperatingSystemResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CreateTemplateRequest(_message.Message):
    __slots__ = ("template", "template_id", "request_id")
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    template: _provisioning_resources_pb2.Template
    template_id: str
    request_id: str
    def __init__(self, template: _Optional[_Union[_provisioning_resources_pb2.Template, _Mapping]] = ..., template_id: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateTemplateResponse(_message.Message):
    __slots__ = ("template",)
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    template: _provisioning_resources_pb2.Template
    def __init__(self, template: _Optional[_Union[_provisioning_resources_pb2.Template, _Mapping]] = ...) -> None: ...

class GetTemplateRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetTemplateResponse(_message.Message):
    __slots__ = ("template",)
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    template: _provisioning_resources_pb2.Template
    def __init__(self, template: _Optional[_Union[_provisioning_resources_pb2.Template, _Mapping]] = ...) -> None: ...

class ListTemplatesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "installer_kind")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    INSTALLER_KIND_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    installer_kind: _provisioning_resources_pb2.InstallerKind
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., installer_kind: _Optional[_Union[_provisioning_resources_pb2.InstallerKind, str]] = ...) -> None: ...

class ListTemplatesResponse(_message.Message):
    __slots__ = ("templates", "next_page_token")
    TEMPLATES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    templates: _containers.RepeatedCompositeFieldContainer[_provisioning_resources_pb2.Template]
    next_page_token: str
    def __init__(self, templates: _Optional[_Iterable[_Union[_provisioning_resources_pb2.Template, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateTemplateRequest(_message.Message):
    __slots__ = ("template", "update_mask", "request_id")
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    template: _provisioning_resources_pb2.Template
    update_mask: _field_mask_pb2.FieldMask
    request_id: str
    def __init__(self, template: _Optional[_Union[_provisioning_resources_pb2.Template, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateTemplateResponse(_message.Message):
    __slots__ = ("template",)
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    template: _provisioning_resources_pb2.Template
    def __init__(self, template: _Optional[_Union[_provisioning_resources_pb2.Template, _Mapping]] = ...) -> None: ...

class DeleteTemplateRequest(_message.Message):
    __slots__ = ("name", "etag", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    etag: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteTemplateResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CreateHostRequest(_message.Message):
    __slots__ = ("host", "host_id", "request_id")
    HOST_FIELD_NUMBER: _ClassVar[int]
    HOST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    host: _provisioning_resources_pb2.Host
    host_id: str
    request_id: str
    def __init__(self, host: _Optional[_Union[_provisioning_resources_pb2.Host, _Mapping]] = ..., host_id: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateHostResponse(_message.Message):
    __slots__ = ("host",)
    HOST_FIELD_NUMBER: _ClassVar[int]
    host: _provisioning_resources_pb2.Host
    def __init__(self, host: _Optional[_Union[_provisioning_resources_pb2.Host, _Mapping]] = ...) -> None: ...

class GetHostRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetHostResponse(_message.Message):
    __slots__ = ("host",)
    HOST_FIELD_NUMBER: _ClassVar[int]
    host: _provisioning_resources_pb2.Host
    def __init__(self, host: _Optional[_Union[_provisioning_resources_pb2.Host, _Mapping]] = ...) -> None: ...

class ListHostsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "mac_address", "labels", "provisioning_state")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    MAC_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    PROVISIONING_STATE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    mac_address: str
    labels: _containers.RepeatedScalarFieldContainer[str]
    provisioning_state: _provisioning_resources_pb2.ProvisioningState
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., mac_address: _Optional[str] = ..., labels: _Optional[_Iterable[str]] = ..., provisioning_state: _Optional[_Union[_provisioning_resources_pb2.ProvisioningState, str]] = ...) -> None: ...

class ListHostsResponse(_message.Message):
    __slots__ = ("hosts", "next_page_token")
    HOSTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    hosts: _containers.RepeatedCompositeFieldContainer[_provisioning_resources_pb2.Host]
    next_page_token: str
    def __init__(self, hosts: _Optional[_Iterable[_Union[_provisioning_resources_pb2.Host, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateHostRequest(_message.Message):
    __slots__ = ("host", "update_mask", "request_id")
    HOST_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    host: _provisioning_resources_pb2.Host
    update_mask: _field_mask_pb2.FieldMask
    request_id: str
    def __init__(self, host: _Optional[_Union[_provisioning_resources_pb2.Host, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateHostResponse(_message.Message):
    __slots__ = ("host",)
    HOST_FIELD_NUMBER: _ClassVar[int]
    host: _provisioning_resources_pb2.Host
    def __init__(self, host: _Optional[_Union[_provisioning_resources_pb2.Host, _Mapping]] = ...) -> None: ...

class DeleteHostRequest(_message.Message):
    __slots__ = ("name", "etag", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    etag: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteHostResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PreviewProvisioningRequest(_message.Message):
    __slots__ = ("parent", "provisioning")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PROVISIONING_FIELD_NUMBER: _ClassVar[int]
    parent: str
    provisioning: _provisioning_resources_pb2.Provisioning
    def __init__(self, parent: _Optional[str] = ..., provisioning: _Optional[_Union[_provisioning_resources_pb2.Provisioning, _Mapping]] = ...) -> None: ...

class PreviewProvisioningResponse(_message.Message):
    __slots__ = ("answer_file", "kernel_args", "values", "template")
    class ValuesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ANSWER_FILE_FIELD_NUMBER: _ClassVar[int]
    KERNEL_ARGS_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    answer_file: str
    kernel_args: str
    values: _containers.ScalarMap[str, str]
    template: str
    def __init__(self, answer_file: _Optional[str] = ..., kernel_args: _Optional[str] = ..., values: _Optional[_Mapping[str, str]] = ..., template: _Optional[str] = ...) -> None: ...

class CreateProvisioningRequest(_message.Message):
    __slots__ = ("parent", "provisioning", "power_cycle", "request_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PROVISIONING_FIELD_NUMBER: _ClassVar[int]
    POWER_CYCLE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    provisioning: _provisioning_resources_pb2.Provisioning
    power_cycle: bool
    request_id: str
    def __init__(self, parent: _Optional[str] = ..., provisioning: _Optional[_Union[_provisioning_resources_pb2.Provisioning, _Mapping]] = ..., power_cycle: _Optional[bool] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateProvisioningResponse(_message.Message):
    __slots__ = ("provisioning",)
    PROVISIONING_FIELD_NUMBER: _ClassVar[int]
    provisioning: _provisioning_resources_pb2.Provisioning
    def __init__(self, provisioning: _Optional[_Union[_provisioning_resources_pb2.Provisioning, _Mapping]] = ...) -> None: ...

class GetProvisioningRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetProvisioningResponse(_message.Message):
    __slots__ = ("provisioning",)
    PROVISIONING_FIELD_NUMBER: _ClassVar[int]
    provisioning: _provisioning_resources_pb2.Provisioning
    def __init__(self, provisioning: _Optional[_Union[_provisioning_resources_pb2.Provisioning, _Mapping]] = ...) -> None: ...

class ListProvisioningsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "state")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    state: _provisioning_resources_pb2.ProvisioningState
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., state: _Optional[_Union[_provisioning_resources_pb2.ProvisioningState, str]] = ...) -> None: ...

class ListProvisioningsResponse(_message.Message):
    __slots__ = ("provisionings", "next_page_token")
    PROVISIONINGS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    provisionings: _containers.RepeatedCompositeFieldContainer[_provisioning_resources_pb2.Provisioning]
    next_page_token: str
    def __init__(self, provisionings: _Optional[_Iterable[_Union[_provisioning_resources_pb2.Provisioning, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CancelProvisioningRequest(_message.Message):
    __slots__ = ("name", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class CancelProvisioningResponse(_message.Message):
    __slots__ = ("provisioning",)
    PROVISIONING_FIELD_NUMBER: _ClassVar[int]
    provisioning: _provisioning_resources_pb2.Provisioning
    def __init__(self, provisioning: _Optional[_Union[_provisioning_resources_pb2.Provisioning, _Mapping]] = ...) -> None: ...

class GetHostPowerRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetHostPowerResponse(_message.Message):
    __slots__ = ("power_state",)
    POWER_STATE_FIELD_NUMBER: _ClassVar[int]
    power_state: PowerState
    def __init__(self, power_state: _Optional[_Union[PowerState, str]] = ...) -> None: ...

class SetHostPowerRequest(_message.Message):
    __slots__ = ("name", "action", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    action: PowerAction
    request_id: str
    def __init__(self, name: _Optional[str] = ..., action: _Optional[_Union[PowerAction, str]] = ..., request_id: _Optional[str] = ...) -> None: ...

class SetHostPowerResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SetHostNetworkBootOnceRequest(_message.Message):
    __slots__ = ("name", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class SetHostNetworkBootOnceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class WatchEventsRequest(_message.Message):
    __slots__ = ("host", "resume_cursor")
    HOST_FIELD_NUMBER: _ClassVar[int]
    RESUME_CURSOR_FIELD_NUMBER: _ClassVar[int]
    host: str
    resume_cursor: str
    def __init__(self, host: _Optional[str] = ..., resume_cursor: _Optional[str] = ...) -> None: ...

class WatchEventsResponse(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: _provisioning_resources_pb2.Event
    def __init__(self, event: _Optional[_Union[_provisioning_resources_pb2.Event, _Mapping]] = ...) -> None: ...

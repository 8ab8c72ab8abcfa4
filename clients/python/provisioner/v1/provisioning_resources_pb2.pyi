import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OperatingSystemFamily(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OPERATING_SYSTEM_FAMILY_UNSPECIFIED: _ClassVar[OperatingSystemFamily]
    OPERATING_SYSTEM_FAMILY_LINUX: _ClassVar[OperatingSystemFamily]
    OPERATING_SYSTEM_FAMILY_WINDOWS: _ClassVar[OperatingSystemFamily]
    OPERATING_SYSTEM_FAMILY_OTHER: _ClassVar[OperatingSystemFamily]

class InstallerKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INSTALLER_KIND_UNSPECIFIED: _ClassVar[InstallerKind]
    INSTALLER_KIND_KICKSTART: _ClassVar[InstallerKind]
    INSTALLER_KIND_PRESEED: _ClassVar[InstallerKind]
    INSTALLER_KIND_AUTOINSTALL: _ClassVar[InstallerKind]
    INSTALLER_KIND_WINDOWS_UNATTEND: _ClassVar[InstallerKind]
    INSTALLER_KIND_IMAGE: _ClassVar[InstallerKind]

class BmcDriver(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BMC_DRIVER_UNSPECIFIED: _ClassVar[BmcDriver]
    BMC_DRIVER_IPMI: _ClassVar[BmcDriver]
    BMC_DRIVER_REDFISH: _ClassVar[BmcDriver]

class ProvisioningState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROVISIONING_STATE_UNSPECIFIED: _ClassVar[ProvisioningState]
    PROVISIONING_STATE_ARMED: _ClassVar[ProvisioningState]
    PROVISIONING_STATE_INSTALLING: _ClassVar[ProvisioningState]
    PROVISIONING_STATE_SUCCEEDED: _ClassVar[ProvisioningState]
    PROVISIONING_STATE_FAILED: _ClassVar[ProvisioningState]
    PROVISIONING_STATE_CANCELLED: _ClassVar[ProvisioningState]
    PROVISIONING_STATE_EXPIRED: _ClassVar[ProvisioningState]

class EventType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EVENT_TYPE_UNSPECIFIED: _ClassVar[EventType]
    EVENT_TYPE_PROVISIONING_STATE_CHANGED: _ClassVar[EventType]
    EVENT_TYPE_PROVISIONING_PROGRESS: _ClassVar[EventType]
    EVENT_TYPE_POWER_ACTION: _ClassVar[EventType]
    EVENT_TYPE_BOOT_CONFIG_SERVED: _ClassVar[EventType]
OPERATING_SYSTEM_FAMILY_UNSPECIFIED: OperatingSystemFamily
OPERATING_SYSTEM_FAMILY_LINUX: OperatingSystemFamily
OPERATING_SYSTEM_FAMILY_WINDOWS: OperatingSystemFamily
OPERATING_SYSTEM_FAMILY_OTHER: OperatingSystemFamily
INSTALLER_KIND_UNSPECIFIED: InstallerKind
INSTALLER_KIND_KICKSTART: InstallerKind
INSTALLER_KIND_PRESEED: InstallerKind
INSTALLER_KIND_AUTOINSTALL: InstallerKind
INSTALLER_KIND_WINDOWS_UNATTEND: InstallerKind
INSTALLER_KIND_IMAGE: InstallerKind
BMC_DRIVER_UNSPECIFIED: BmcDriver
BMC_DRIVER_IPMI: BmcDriver
BMC_DRIVER_REDFISH: BmcDriver
PROVISIONING_STATE_UNSPECIFIED: ProvisioningState
PROVISIONING_STATE_ARMED: ProvisioningState
PROVISIONING_STATE_INSTALLING: ProvisioningState
PROVISIONING_STATE_SUCCEEDED: ProvisioningState
PROVISIONING_STATE_FAILED: ProvisioningState
PROVISIONING_STATE_CANCELLED: ProvisioningState
PROVISIONING_STATE_EXPIRED: ProvisioningState
EVENT_TYPE_UNSPECIFIED: EventType
EVENT_TYPE_PROVISIONING_STATE_CHANGED: EventType
EVENT_TYPE_PROVISIONING_PROGRESS: EventType
EVENT_TYPE_POWER_ACTION: EventType
EVENT_TYPE_BOOT_CONFIG_SERVED: EventType

class OperatingSystem(_message.Message):
    __slots__ = ("name", "display_name", "family", "installer_kind", "kernel", "initrds", "kernel_args", "default_template", "etag", "create_time", "update_time")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    INSTALLER_KIND_FIELD_NUMBER: _ClassVar[int]
    KERNEL_FIELD_NUMBER: _ClassVar[int]
    INITRDS_FIELD_NUMBER: _ClassVar[int]
    KERNEL_ARGS_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    display_name: str
    family: OperatingSystemFamily
    installer_kind: InstallerKind
    kernel: str
    initrds: _containers.RepeatedScalarFieldContainer[str]
    kernel_args: str
    default_template: str
    etag: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., display_name: _Optional[str] = ..., family: _Optional[_Union[OperatingSystemFamily, str]] = ..., installer_kind: _Optional[_Union[InstallerKind, str]] = ..., kernel: _Optional[str] = ..., initrds: _Optional[_Iterable[str]] = ..., kernel_args: _Optional[str] = ..., default_template: _Optional[str] = ..., etag: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Template(_message.Message):
    __slots__ = ("name", "display_name", "installer_kind", "body", "parameters", "etag", "create_time", "update_time")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTALLER_KIND_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    display_name: str
    installer_kind: InstallerKind
    body: str
    parameters: _containers.RepeatedCompositeFieldContainer[TemplateParameter]
    etag: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., display_name: _Optional[str] = ..., installer_kind: _Optional[_Union[InstallerKind, str]] = ..., body: _Optional[str] = ..., parameters: _Optional[_Iterable[_Union[TemplateParameter, _Mapping]]] = ..., etag: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class TemplateParameter(_message.Message):
    __slots__ = ("name", "default_value", "description", "secret")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_VALUE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    name: str
    default_value: str
    description: str
    secret: bool
    def __init__(self, name: _Optional[str] = ..., default_value: _Optional[str] = ..., description: _Optional[str] = ..., secret: _Optional[bool] = ...) -> None: ...

class Host(_message.Message):
    __slots__ = ("name", "hostname", "mac_addresses", "network", "bmc", "labels", "provisioning_state", "latest_provisioning", "etag", "create_time", "update_time")
    class LabelsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    HOSTNAME_FIELD_NUMBER: _ClassVar[int]
    MAC_ADDRESSES_FIELD_NUMBER: _ClassVar[int]
    NETWORK_FIELD_NUMBER: _ClassVar[int]
    BMC_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    PROVISIONING_STATE_FIELD_NUMBER: _ClassVar[int]
    LATEST_PROVISIONING_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    hostname: str
    mac_addresses: _containers.RepeatedScalarFieldContainer[str]
    network: NetworkSettings
    bmc: Bmc
    labels: _containers.ScalarMap[str, str]
    provisioning_state: ProvisioningState
    latest_provisioning: str
    etag: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., hostname: _Optional[str] = ..., mac_addresses: _Optional[_Iterable[str]] = ..., network: _Optional[_Union[NetworkSettings, _Mapping]] = ..., bmc: _Optional[_Union[Bmc, _Mapping]] = ..., labels: _Optional[_Mapping[str, str]] = ..., provisioning_state: _Optional[_Union[ProvisioningState, str]] = ..., latest_provisioning: _Optional[str] = ..., etag: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class NetworkSettings(_message.Message):
    __slots__ = ("ip_address", "prefix_length", "gateway", "dns_servers")
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    PREFIX_LENGTH_FIELD_NUMBER: _ClassVar[int]
    GATEWAY_FIELD_NUMBER: _ClassVar[int]
    DNS_SERVERS_FIELD_NUMBER: _ClassVar[int]
    ip_address: str
    prefix_length: int
    gateway: str
    dns_servers: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, ip_address: _Optional[str] = ..., prefix_length: _Optional[int] = ..., gateway: _Optional[str] = ..., dns_servers: _Optional[_Iterable[str]] = ...) -> None: ...

class Bmc(_message.Message):
    __slots__ = ("driver", "address", "port", "username", "password", "password_set", "insecure_skip_tls_verify")
    DRIVER_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    PORT_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_SET_FIELD_NUMBER: _ClassVar[int]
    INSECURE_SKIP_TLS_VERIFY_FIELD_NUMBER: _ClassVar[int]
    driver: BmcDriver
    address: str
    port: int
    username: str
    password: str
    password_set: bool
    insecure_skip_tls_verify: bool
    def __init__(self, driver: _Optional[_Union[BmcDriver, str]] = ..., address: _Optional[str] = ..., port: _Optional[int] = ..., username: _Optional[str] = ..., password: _Optional[str] = ..., password_set: _Optional[bool] = ..., insecure_skip_tls_verify: _Optional[bool] = ...) -> None: ...

class Provisioning(_message.Message):
    __slots__ = ("name", "operating_system", "template", "values", "ttl_seconds", "state", "progress_percent", "message", "expire_time", "create_time", "start_time", "end_time", "etag")
    class ValuesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    OPERATING_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TTL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_PERCENT_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    name: str
    operating_system: str
    template: str
    values: _containers.ScalarMap[str, str]
    ttl_seconds: int
    state: ProvisioningState
    progress_percent: int
    message: str
    expire_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    etag: str
    def __init__(self, name: _Optional[str] = ..., operating_system: _Optional[str] = ..., template: _Optional[str] = ..., values: _Optional[_Mapping[str, str]] = ..., ttl_seconds: _Optional[int] = ..., state: _Optional[_Union[ProvisioningState, str]] = ..., progress_percent: _Optional[int] = ..., message: _Optional[str] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ...) -> None: ...

class Event(_message.Message):
    __slots__ = ("cursor", "create_time", "type", "host", "provisioning", "state", "progress_percent", "message")
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    PROVISIONING_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_PERCENT_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    cursor: str
    create_time: _timestamp_pb2.Timestamp
    type: EventType
    host: str
    provisioning: str
    state: ProvisioningState
    progress_percent: int
    message: str
    def __init__(self, cursor: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., type: _Optional[_Union[EventType, str]] = ..., host: _Optional[str] = ..., provisioning: _Optional[str] = ..., state: _Optional[_Union[ProvisioningState, str]] = ..., progress_percent: _Optional[int] = ..., message: _Optional[str] = ...) -> None: ...

import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ImageState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IMAGE_STATE_UNSPECIFIED: _ClassVar[ImageState]
    IMAGE_STATE_CREATING: _ClassVar[ImageState]
    IMAGE_STATE_READY: _ClassVar[ImageState]
    IMAGE_STATE_FAILED: _ClassVar[ImageState]

class ImagingJobKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IMAGING_JOB_KIND_UNSPECIFIED: _ClassVar[ImagingJobKind]
    IMAGING_JOB_KIND_CAPTURE: _ClassVar[ImagingJobKind]
    IMAGING_JOB_KIND_DEPLOY: _ClassVar[ImagingJobKind]

class ImagingJobState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IMAGING_JOB_STATE_UNSPECIFIED: _ClassVar[ImagingJobState]
    IMAGING_JOB_STATE_ARMED: _ClassVar[ImagingJobState]
    IMAGING_JOB_STATE_RUNNING: _ClassVar[ImagingJobState]
    IMAGING_JOB_STATE_SUCCEEDED: _ClassVar[ImagingJobState]
    IMAGING_JOB_STATE_FAILED: _ClassVar[ImagingJobState]
    IMAGING_JOB_STATE_CANCELLED: _ClassVar[ImagingJobState]
    IMAGING_JOB_STATE_EXPIRED: _ClassVar[ImagingJobState]
IMAGE_STATE_UNSPECIFIED: ImageState
IMAGE_STATE_CREATING: ImageState
IMAGE_STATE_READY: ImageState
IMAGE_STATE_FAILED: ImageState
IMAGING_JOB_KIND_UNSPECIFIED: ImagingJobKind
IMAGING_JOB_KIND_CAPTURE: ImagingJobKind
IMAGING_JOB_KIND_DEPLOY: ImagingJobKind
IMAGING_JOB_STATE_UNSPECIFIED: ImagingJobState
IMAGING_JOB_STATE_ARMED: ImagingJobState
IMAGING_JOB_STATE_RUNNING: ImagingJobState
IMAGING_JOB_STATE_SUCCEEDED: ImagingJobState
IMAGING_JOB_STATE_FAILED: ImagingJobState
IMAGING_JOB_STATE_CANCELLED: ImagingJobState
IMAGING_JOB_STATE_EXPIRED: ImagingJobState

class Image(_message.Message):
    __slots__ = ("name", "display_name", "state", "size_bytes", "sha256", "source_host", "operating_system", "chunk_size_bytes", "data_chunk_count", "labels", "etag", "create_time", "update_time")
    class LabelsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    SOURCE_HOST_FIELD_NUMBER: _ClassVar[int]
    OPERATING_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    CHUNK_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    DATA_CHUNK_COUNT_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    display_name: str
    state: ImageState
    size_bytes: int
    sha256: str
    source_host: str
    operating_system: str
    chunk_size_bytes: int
    data_chunk_count: int
    labels: _containers.ScalarMap[str, str]
    etag: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., display_name: _Optional[str] = ..., state: _Optional[_Union[ImageState, str]] = ..., size_bytes: _Optional[int] = ..., sha256: _Optional[str] = ..., source_host: _Optional[str] = ..., operating_system: _Optional[str] = ..., chunk_size_bytes: _Optional[int] = ..., data_chunk_count: _Optional[int] = ..., labels: _Optional[_Mapping[str, str]] = ..., etag: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ImagingJob(_message.Message):
    __slots__ = ("name", "kind", "host", "image", "state", "bytes_done", "bytes_total", "bytes_transferred", "rate_bytes_per_second", "eta_seconds", "message", "imaging_environment", "create_time", "start_time", "end_time")
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    BYTES_DONE_FIELD_NUMBER: _ClassVar[int]
    BYTES_TOTAL_FIELD_NUMBER: _ClassVar[int]
    BYTES_TRANSFERRED_FIELD_NUMBER: _ClassVar[int]
    RATE_BYTES_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    ETA_SECONDS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    IMAGING_ENVIRONMENT_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: ImagingJobKind
    host: str
    image: str
    state: ImagingJobState
    bytes_done: int
    bytes_total: int
    bytes_transferred: int
    rate_bytes_per_second: int
    eta_seconds: int
    message: str
    imaging_environment: str
    create_time: _timestamp_pb2.Timestamp
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[_Union[ImagingJobKind, str]] = ..., host: _Optional[str] = ..., image: _Optional[str] = ..., state: _Optional[_Union[ImagingJobState, str]] = ..., bytes_done: _Optional[int] = ..., bytes_total: _Optional[int] = ..., bytes_transferred: _Optional[int] = ..., rate_bytes_per_second: _Optional[int] = ..., eta_seconds: _Optional[int] = ..., message: _Optional[str] = ..., imaging_environment: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

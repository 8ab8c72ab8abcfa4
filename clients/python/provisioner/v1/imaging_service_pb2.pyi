from google.protobuf import field_mask_pb2 as _field_mask_pb2
from provisioner.v1 import imaging_resources_pb2 as _imaging_resources_pb2
from provisioner.v1 import policy_pb2 as _policy_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CaptureImageRequest(_message.Message):
    __slots__ = ("host", "image_id", "image", "imaging_environment", "power_cycle", "ttl_seconds", "disk", "request_id")
    HOST_FIELD_NUMBER: _ClassVar[int]
    IMAGE_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    IMAGING_ENVIRONMENT_FIELD_NUMBER: _ClassVar[int]
    POWER_CYCLE_FIELD_NUMBER: _ClassVar[int]
    TTL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    DISK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    host: str
    image_id: str
    image: _imaging_resources_pb2.Image
    imaging_environment: str
    power_cycle: bool
    ttl_seconds: int
    disk: str
    request_id: str
    def __init__(self, host: _Optional[str] = ..., image_id: _Optional[str] = ..., image: _Optional[_Union[_imaging_resources_pb2.Image, _Mapping]] = ..., imaging_environment: _Optional[str] = ..., power_cycle: _Optional[bool] = ..., ttl_seconds: _Optional[int] = ..., disk: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class CaptureImageResponse(_message.Message):
    __slots__ = ("job", "image")
    JOB_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    job: _imaging_resources_pb2.ImagingJob
    image: _imaging_resources_pb2.Image
    def __init__(self, job: _Optional[_Union[_imaging_resources_pb2.ImagingJob, _Mapping]] = ..., image: _Optional[_Union[_imaging_resources_pb2.Image, _Mapping]] = ...) -> None: ...

class DeployImageRequest(_message.Message):
    __slots__ = ("image", "hosts", "imaging_environment", "power_cycle", "ttl_seconds", "disk", "request_id")
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    HOSTS_FIELD_NUMBER: _ClassVar[int]
    IMAGING_ENVIRONMENT_FIELD_NUMBER: _ClassVar[int]
    POWER_CYCLE_FIELD_NUMBER: _ClassVar[int]
    TTL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    DISK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    image: str
    hosts: _containers.RepeatedScalarFieldContainer[str]
    imaging_environment: str
    power_cycle: bool
    ttl_seconds: int
    disk: str
    request_id: str
    def __init__(self, image: _Optional[str] = ..., hosts: _Optional[_Iterable[str]] = ..., imaging_environment: _Optional[str] = ..., power_cycle: _Optional[bool] = ..., ttl_seconds: _Optional[int] = ..., disk: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeployImageResponse(_message.Message):
    __slots__ = ("jobs",)
    JOBS_FIELD_NUMBER: _ClassVar[int]
    jobs: _containers.RepeatedCompositeFieldContainer[_imaging_resources_pb2.ImagingJob]
    def __init__(self, jobs: _Optional[_Iterable[_Union[_imaging_resources_pb2.ImagingJob, _Mapping]]] = ...) -> None: ...

class GetImageRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetImageResponse(_message.Message):
    __slots__ = ("image",)
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    image: _imaging_resources_pb2.Image
    def __init__(self, image: _Optional[_Union[_imaging_resources_pb2.Image, _Mapping]] = ...) -> None: ...

class ListImagesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "state")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    state: _imaging_resources_pb2.ImageState
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., state: _Optional[_Union[_imaging_resources_pb2.ImageState, str]] = ...) -> None: ...

class ListImagesResponse(_message.Message):
    __slots__ = ("images", "next_page_token")
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    images: _containers.RepeatedCompositeFieldContainer[_imaging_resources_pb2.Image]
    next_page_token: str
    def __init__(self, images: _Optional[_Iterable[_Union[_imaging_resources_pb2.Image, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateImageRequest(_message.Message):
    __slots__ = ("image", "update_mask", "request_id")
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    image: _imaging_resources_pb2.Image
    update_mask: _field_mask_pb2.FieldMask
    request_id: str
    def __init__(self, image: _Optional[_Union[_imaging_resources_pb2.Image, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateImageResponse(_message.Message):
    __slots__ = ("image",)
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    image: _imaging_resources_pb2.Image
    def __init__(self, image: _Optional[_Union[_imaging_resources_pb2.Image, _Mapping]] = ...) -> None: ...

class DeleteImageRequest(_message.Message):
    __slots__ = ("name", "etag", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    etag: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteImageResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetImagingJobRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetImagingJobResponse(_message.Message):
    __slots__ = ("job",)
    JOB_FIELD_NUMBER: _ClassVar[int]
    job: _imaging_resources_pb2.ImagingJob
    def __init__(self, job: _Optional[_Union[_imaging_resources_pb2.ImagingJob, _Mapping]] = ...) -> None: ...

class ListImagingJobsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "host", "image", "state")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    host: str
    image: str
    state: _imaging_resources_pb2.ImagingJobState
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., host: _Optional[str] = ..., image: _Optional[str] = ..., state: _Optional[_Union[_imaging_resources_pb2.ImagingJobState, str]] = ...) -> None: ...

class ListImagingJobsResponse(_message.Message):
    __slots__ = ("jobs", "next_page_token")
    JOBS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    jobs: _containers.RepeatedCompositeFieldContainer[_imaging_resources_pb2.ImagingJob]
    next_page_token: str
    def __init__(self, jobs: _Optional[_Iterable[_Union[_imaging_resources_pb2.ImagingJob, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CancelImagingJobRequest(_message.Message):
    __slots__ = ("name", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class CancelImagingJobResponse(_message.Message):
    __slots__ = ("job",)
    JOB_FIELD_NUMBER: _ClassVar[int]
    job: _imaging_resources_pb2.ImagingJob
    def __init__(self, job: _Optional[_Union[_imaging_resources_pb2.ImagingJob, _Mapping]] = ...) -> None: ...

class WatchImagingJobsRequest(_message.Message):
    __slots__ = ("job", "resume_cursor")
    JOB_FIELD_NUMBER: _ClassVar[int]
    RESUME_CURSOR_FIELD_NUMBER: _ClassVar[int]
    job: str
    resume_cursor: str
    def __init__(self, job: _Optional[str] = ..., resume_cursor: _Optional[str] = ...) -> None: ...

class WatchImagingJobsResponse(_message.Message):
    __slots__ = ("job", "cursor")
    JOB_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    job: _imaging_resources_pb2.ImagingJob
    cursor: str
    def __init__(self, job: _Optional[_Union[_imaging_resources_pb2.ImagingJob, _Mapping]] = ..., cursor: _Optional[str] = ...) -> None: ...

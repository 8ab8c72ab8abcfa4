from provisioner.v1 import imaging_resources_pb2 as _imaging_resources_pb2
from provisioner.v1 import policy_pb2 as _policy_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class StartJobRequest(_message.Message):
    __slots__ = ("disk_size_bytes",)
    DISK_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    disk_size_bytes: int
    def __init__(self, disk_size_bytes: _Optional[int] = ...) -> None: ...

class StartJobResponse(_message.Message):
    __slots__ = ("job", "chunk_size_bytes", "part_size", "size_bytes", "sha256", "disk")
    JOB_FIELD_NUMBER: _ClassVar[int]
    CHUNK_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    PART_SIZE_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    DISK_FIELD_NUMBER: _ClassVar[int]
    job: _imaging_resources_pb2.ImagingJob
    chunk_size_bytes: int
    part_size: int
    size_bytes: int
    sha256: str
    disk: str
    def __init__(self, job: _Optional[_Union[_imaging_resources_pb2.ImagingJob, _Mapping]] = ..., chunk_size_bytes: _Optional[int] = ..., part_size: _Optional[int] = ..., size_bytes: _Optional[int] = ..., sha256: _Optional[str] = ..., disk: _Optional[str] = ...) -> None: ...

class OfferChunksRequest(_message.Message):
    __slots__ = ("part", "digests", "fingerprints")
    PART_FIELD_NUMBER: _ClassVar[int]
    DIGESTS_FIELD_NUMBER: _ClassVar[int]
    FINGERPRINTS_FIELD_NUMBER: _ClassVar[int]
    part: int
    digests: _containers.RepeatedScalarFieldContainer[bytes]
    fingerprints: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, part: _Optional[int] = ..., digests: _Optional[_Iterable[bytes]] = ..., fingerprints: _Optional[_Iterable[bytes]] = ...) -> None: ...

class OfferChunksResponse(_message.Message):
    __slots__ = ("missing",)
    MISSING_FIELD_NUMBER: _ClassVar[int]
    missing: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, missing: _Optional[_Iterable[int]] = ...) -> None: ...

class Chunk(_message.Message):
    __slots__ = ("digest", "data", "fingerprint")
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    digest: bytes
    data: bytes
    fingerprint: bytes
    def __init__(self, digest: _Optional[bytes] = ..., data: _Optional[bytes] = ..., fingerprint: _Optional[bytes] = ...) -> None: ...

class UploadChunksRequest(_message.Message):
    __slots__ = ("chunks",)
    CHUNKS_FIELD_NUMBER: _ClassVar[int]
    chunks: _containers.RepeatedCompositeFieldContainer[Chunk]
    def __init__(self, chunks: _Optional[_Iterable[_Union[Chunk, _Mapping]]] = ...) -> None: ...

class UploadChunksResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetManifestPartRequest(_message.Message):
    __slots__ = ("part",)
    PART_FIELD_NUMBER: _ClassVar[int]
    part: int
    def __init__(self, part: _Optional[int] = ...) -> None: ...

class GetManifestPartResponse(_message.Message):
    __slots__ = ("digests", "fingerprints")
    DIGESTS_FIELD_NUMBER: _ClassVar[int]
    FINGERPRINTS_FIELD_NUMBER: _ClassVar[int]
    digests: _containers.RepeatedScalarFieldContainer[bytes]
    fingerprints: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, digests: _Optional[_Iterable[bytes]] = ..., fingerprints: _Optional[_Iterable[bytes]] = ...) -> None: ...

class DownloadChunksRequest(_message.Message):
    __slots__ = ("digests",)
    DIGESTS_FIELD_NUMBER: _ClassVar[int]
    digests: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, digests: _Optional[_Iterable[bytes]] = ...) -> None: ...

class DownloadChunksResponse(_message.Message):
    __slots__ = ("chunks",)
    CHUNKS_FIELD_NUMBER: _ClassVar[int]
    chunks: _containers.RepeatedCompositeFieldContainer[Chunk]
    def __init__(self, chunks: _Optional[_Iterable[_Union[Chunk, _Mapping]]] = ...) -> None: ...

class ReportProgressRequest(_message.Message):
    __slots__ = ("bytes_done", "bytes_transferred", "message")
    BYTES_DONE_FIELD_NUMBER: _ClassVar[int]
    BYTES_TRANSFERRED_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    bytes_done: int
    bytes_transferred: int
    message: str
    def __init__(self, bytes_done: _Optional[int] = ..., bytes_transferred: _Optional[int] = ..., message: _Optional[str] = ...) -> None: ...

class ReportProgressResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class FinishJobRequest(_message.Message):
    __slots__ = ("sha256", "manifest_digest")
    SHA256_FIELD_NUMBER: _ClassVar[int]
    MANIFEST_DIGEST_FIELD_NUMBER: _ClassVar[int]
    sha256: str
    manifest_digest: bytes
    def __init__(self, sha256: _Optional[str] = ..., manifest_digest: _Optional[bytes] = ...) -> None: ...

class FinishJobResponse(_message.Message):
    __slots__ = ("job", "sha256")
    JOB_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    job: _imaging_resources_pb2.ImagingJob
    sha256: str
    def __init__(self, job: _Optional[_Union[_imaging_resources_pb2.ImagingJob, _Mapping]] = ..., sha256: _Optional[str] = ...) -> None: ...

class FailJobRequest(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: str
    def __init__(self, message: _Optional[str] = ...) -> None: ...

class FailJobResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

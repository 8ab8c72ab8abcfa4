"""ImagingAgentService: what the imaging agent calls, with its job's token.
Thin: the pipeline authenticates the token; the domain does the rest."""

from __future__ import annotations

from provisiond.api import imaging_convert as convert
from provisiond.api.pipeline import current_agent
from provisiond.core.images import CHUNK_SIZE, PART_SIZE
from provisiond.core.imaging import Imaging
from provisioner.v1 import imaging_agent_service_pb2 as pb
from provisioner.v1 import imaging_agent_service_pb2_grpc


class ImagingAgentServicer(imaging_agent_service_pb2_grpc.ImagingAgentServiceServicer):
    def __init__(self, imaging: Imaging):
        self._imaging = imaging

    def StartJob(self, request, context):
        info = self._imaging.start(current_agent(), request.disk_size_bytes)
        return pb.StartJobResponse(
            job=convert.job(info.job),
            chunk_size_bytes=CHUNK_SIZE,
            part_size=PART_SIZE,
            size_bytes=info.size_bytes,
            sha256=info.sha256,
            disk=info.disk,
        )

    def OfferChunks(self, request, context):
        missing = self._imaging.offer(
            current_agent(),
            request.part,
            list(request.digests),
            list(request.fingerprints),
        )
        return pb.OfferChunksResponse(missing=missing)

    def UploadChunks(self, request, context):
        chunks = [
            (chunk.digest, chunk.fingerprint, chunk.data) for chunk in request.chunks
        ]
        self._imaging.upload(current_agent(), chunks)
        return pb.UploadChunksResponse()

    def GetManifestPart(self, request, context):
        digests, fingerprints = self._imaging.manifest_part(
            current_agent(), request.part
        )
        return pb.GetManifestPartResponse(digests=digests, fingerprints=fingerprints)

    def DownloadChunks(self, request, context):
        chunks = self._imaging.download(current_agent(), list(request.digests))
        return pb.DownloadChunksResponse(
            chunks=[pb.Chunk(digest=digest, data=data) for digest, data in chunks]
        )

    def ReportProgress(self, request, context):
        self._imaging.progress(
            current_agent(),
            request.bytes_done,
            request.bytes_transferred,
            request.message,
        )
        return pb.ReportProgressResponse()

    def FinishJob(self, request, context):
        job, sha256 = self._imaging.finish(
            current_agent(), request.sha256, request.manifest_digest
        )
        return pb.FinishJobResponse(job=convert.job(job), sha256=sha256)

    def FailJob(self, request, context):
        self._imaging.fail(current_agent(), request.message)
        return pb.FailJobResponse()

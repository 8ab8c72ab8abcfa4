"""AuthService: sessions for APID holders. Thin: the logic is in core.auth."""

from __future__ import annotations

from provisiond.api import convert
from provisiond.api.pipeline import current_principal, note_apid
from provisiond.core import apids
from provisiond.core.addresses import peer_address
from provisiond.core.auth import Authenticator
from provisioner.v1 import auth_service_pb2 as pb
from provisioner.v1 import auth_service_pb2_grpc


class AuthServicer(auth_service_pb2_grpc.AuthServiceServicer):
    def __init__(self, authenticator: Authenticator):
        self._auth = authenticator

    def CreateSession(self, request: pb.CreateSessionRequest, context):
        note_apid(apids.apid_of(request.apid))
        token, principal = self._auth.create_session(
            credential=request.apid,
            user_name=request.user_name,
            password=request.password,
            address=peer_address(context.peer()),
            ttl_seconds=request.ttl_seconds,
            request_id=request.request_id,
        )
        return pb.CreateSessionResponse(token=token, session=convert.session(principal))

    def WhoAmI(self, request: pb.WhoAmIRequest, context):
        return pb.WhoAmIResponse(session=convert.session(current_principal()))

    def RevokeSession(self, request: pb.RevokeSessionRequest, context):
        self._auth.revoke(current_principal())
        return pb.RevokeSessionResponse()

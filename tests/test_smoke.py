from conftest import bearer
from provisioner.v1 import auth_service_pb2 as pb
from provisioner.v1 import auth_service_pb2_grpc


def test_whoami_returns_session_of_token(api):
    apid = api.create_apid(scopes=("provisioning",))
    token = api.login(apid)

    stub = auth_service_pb2_grpc.AuthServiceStub(api.channel())
    session = stub.WhoAmI(pb.WhoAmIRequest(), metadata=bearer(token)).session

    assert session.apid == apid.apid
    assert session.user_name == "panel"
    assert session.client_address == "127.0.0.1"

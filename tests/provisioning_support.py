"""A client of ProvisioningService for tests, with a small catalogue to install."""

from __future__ import annotations

from dataclasses import dataclass

import grpc

from conftest import bearer
from provisioner.v1 import provisioning_resources_pb2 as res
from provisioner.v1 import provisioning_service_pb2 as pb
from provisioner.v1 import provisioning_service_pb2_grpc

KICKSTART_BODY = """\
# kickstart for {{ host.hostname }}
lang {{ locale }}
rootpw --iscrypted {{ root_password_hash }}
network --hostname={{ host.hostname }}
%post
curl -fsS -X POST {{ install.callback_url }}/done
%end
"""


@dataclass
class Client:
    """A ProvisioningService stub that sends a session token with every call."""

    stub: provisioning_service_pb2_grpc.ProvisioningServiceStub
    token: str

    def __getattr__(self, method):
        call = getattr(self.stub, method)

        def invoke(request, **kwargs):
            return call(request, metadata=bearer(self.token), **kwargs)

        return invoke


def client(api, scopes=("provisioning",)) -> Client:
    apid = api.create_apid(scopes=scopes)
    channel = api.channel()
    return Client(
        provisioning_service_pb2_grpc.ProvisioningServiceStub(channel),
        api.login(apid, channel),
    )


def stream_stub(api, token: str):
    """A raw stub (no contract interceptor) for the server-streaming call."""
    channel = grpc.insecure_channel(f"127.0.0.1:{api.port}")
    return channel, provisioning_service_pb2_grpc.ProvisioningServiceStub(channel)


def make_catalogue(c: Client) -> None:
    c.CreateTemplate(
        pb.CreateTemplateRequest(
            template_id="rocky-ks",
            template=res.Template(
                display_name="Rocky kickstart",
                installer_kind=res.INSTALLER_KIND_KICKSTART,
                body=KICKSTART_BODY,
                parameters=[
                    res.TemplateParameter(name="locale", default_value="en_US.UTF-8"),
                    res.TemplateParameter(name="root_password_hash", secret=True),
                ],
            ),
        )
    )
    c.CreateOperatingSystem(
        pb.CreateOperatingSystemRequest(
            operating_system_id="rocky-9",
            operating_system=res.OperatingSystem(
                display_name="Rocky Linux 9",
                family=res.OPERATING_SYSTEM_FAMILY_LINUX,
                installer_kind=res.INSTALLER_KIND_KICKSTART,
                kernel="rocky9/vmlinuz",
                initrds=["rocky9/initrd.img"],
                kernel_args="inst.repo=http://mirror.example/rocky/9 ip=dhcp",
                default_template="templates/rocky-ks",
            ),
        )
    )


def make_host(
    c: Client, host_id="web-01", mac="52:54:00:12:34:56", bmc=None
) -> res.Host:
    host = res.Host(hostname=f"{host_id}.example.net", mac_addresses=[mac])
    if bmc is not None:
        host.bmc.CopyFrom(bmc)
    return c.CreateHost(pb.CreateHostRequest(host_id=host_id, host=host)).host


def arm(c: Client, host_id="web-01", request_id="", **fields) -> res.Provisioning:
    provisioning = res.Provisioning(
        operating_system="operatingSystems/rocky-9",
        values={"root_password_hash": "$6$salt$hash"},
        **fields,
    )
    return c.CreateProvisioning(
        pb.CreateProvisioningRequest(
            parent=f"hosts/{host_id}",
            provisioning=provisioning,
            request_id=request_id,
        )
    ).provisioning

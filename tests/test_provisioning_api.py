"""ProvisioningService over real gRPC: catalogue, hosts, arming, races, watch."""

from __future__ import annotations

import threading
import time

import grpc
import pytest

from provisiond.boot.backend import ConfigKind, InstallerEvent, InstallerReport
from provisiond.db.database import db
from provisiond.db.models import Event, Provisioning
from provisioner.v1 import provisioning_resources_pb2 as res
from provisioner.v1 import provisioning_service_pb2 as pb
from provisioning_support import (
    arm,
    client,
    make_catalogue,
    make_host,
    stream_stub,
)
from support import details, reason

pytestmark = pytest.mark.database


@pytest.fixture
def c(api):
    return client(api)


@pytest.fixture
def catalogue(c):
    make_catalogue(c)
    return c


def _code(call) -> grpc.StatusCode:
    with pytest.raises(grpc.RpcError) as caught:
        call()
    return caught.value


# Catalogue ---------------------------------------------------------------


def test_operating_system_crud_and_etag(catalogue):
    c = catalogue
    got = c.GetOperatingSystem(
        pb.GetOperatingSystemRequest(name="operatingSystems/rocky-9")
    )
    system = got.operating_system
    assert system.default_template == "templates/rocky-ks"
    assert system.etag

    system.display_name = "Rocky Linux 9.4"
    updated = c.UpdateOperatingSystem(
        pb.UpdateOperatingSystemRequest(
            operating_system=system, update_mask={"paths": ["display_name"]}
        )
    ).operating_system
    assert updated.display_name == "Rocky Linux 9.4"
    assert updated.etag != system.etag

    # The old etag is stale now: the update is refused and nothing changes.
    system.kernel_args = "changed"
    error = _code(
        lambda: c.UpdateOperatingSystem(
            pb.UpdateOperatingSystemRequest(
                operating_system=system, update_mask={"paths": ["kernel_args"]}
            )
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED
    assert reason(error) == "ETAG_MISMATCH"
    again = c.GetOperatingSystem(pb.GetOperatingSystemRequest(name=system.name))
    assert again.operating_system.kernel_args.startswith("inst.repo")

    error = _code(
        lambda: c.UpdateOperatingSystem(
            pb.UpdateOperatingSystemRequest(
                operating_system=updated, update_mask={"paths": ["etag"]}
            )
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT


@pytest.mark.parametrize(
    "change, field",
    [
        ({"kernel": "../../etc/shadow"}, "operating_system.kernel"),
        ({"kernel": "/boot/vmlinuz"}, "operating_system.kernel"),
        ({"kernel_args": "x={__class__}"}, "operating_system.kernel_args"),
        ({"kernel_args": "a\nb"}, "operating_system.kernel_args"),
        ({"family": 99}, "operating_system.family"),
        ({"installer_kind": 0}, "operating_system.installer_kind"),
    ],
)
def test_operating_system_bad_input(catalogue, change, field):
    system = res.OperatingSystem(
        display_name="Broken",
        family=res.OPERATING_SYSTEM_FAMILY_LINUX,
        installer_kind=res.INSTALLER_KIND_KICKSTART,
        kernel="k/vmlinuz",
    )
    for key, value in change.items():
        setattr(system, key, value)
    error = _code(
        lambda: catalogue.CreateOperatingSystem(
            pb.CreateOperatingSystemRequest(
                operating_system_id="broken", operating_system=system
            )
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    violations = details(error)["BadRequest"].field_violations
    assert violations[0].field == field


def test_template_syntax_error_names_the_line(c):
    error = _code(
        lambda: c.CreateTemplate(
            pb.CreateTemplateRequest(
                template_id="bad",
                template=res.Template(
                    display_name="bad",
                    installer_kind=res.INSTALLER_KIND_KICKSTART,
                    body="line one\nline two\n{% if %}\n",
                ),
            )
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "line 3" in error.details()
    listed = c.ListTemplates(pb.ListTemplatesRequest())
    assert list(listed.templates) == []


def test_template_in_use_cannot_be_deleted(catalogue):
    error = _code(
        lambda: catalogue.DeleteTemplate(
            pb.DeleteTemplateRequest(name="templates/rocky-ks")
        )
    )
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert reason(error) == "TEMPLATE_IN_USE"


def test_list_pages_through_everything(c):
    for index in range(7):
        make_host(c, f"node-{index}", f"52:54:00:00:00:{index:02x}")
    seen, token, pages = [], "", 0
    while True:
        reply = c.ListHosts(pb.ListHostsRequest(page_size=3, page_token=token))
        seen += [h.name for h in reply.hosts]
        pages += 1
        token = reply.next_page_token
        if not token:
            break
    assert seen == [f"hosts/node-{i}" for i in range(7)]
    assert pages == 3
    error = _code(lambda: c.ListHosts(pb.ListHostsRequest(page_size=-1)))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT


# Hosts -------------------------------------------------------------------


@pytest.mark.parametrize(
    "notation",
    ["52:54:00:AB:CD:EF", "52-54-00-ab-cd-ef", "5254.00ab.cdef", "525400abcdef"],
)
def test_mac_notations_are_normalised(c, notation):
    host = make_host(c, mac=notation)
    assert list(host.mac_addresses) == ["52:54:00:ab:cd:ef"]
    found = c.ListHosts(pb.ListHostsRequest(mac_address="52-54-00-AB-CD-EF")).hosts
    assert [h.name for h in found] == ["hosts/web-01"]


@pytest.mark.parametrize(
    "mac",
    [
        "52:54:00:12:34",
        "52:54:00:12:34:56:78",
        "zz:54:00:12:34:56",
        "52:54-00:12:34:56",
        "01:00:5e:00:00:01",  # multicast
        "52:54:00:12:34:56\n",
        "'; DROP TABLE host; --",
        "",
    ],
)
def test_hostile_macs_are_refused(c, mac):
    error = _code(lambda: make_host(c, mac=mac))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert list(c.ListHosts(pb.ListHostsRequest()).hosts) == []


@pytest.mark.parametrize(
    "hostname",
    [
        "-web.example.net",
        "web_01.example",
        "a" * 64 + ".net",
        "web..net",
        "x" * 254,
        "web.123",
        "web 01",
        "web\x00.net",
        "ünï.net",
    ],
)
def test_hostile_hostnames_are_refused(c, hostname):
    error = _code(
        lambda: c.CreateHost(
            pb.CreateHostRequest(
                host_id="web-01",
                host=res.Host(hostname=hostname, mac_addresses=["52:54:00:12:34:56"]),
            )
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT


def test_mac_belongs_to_one_host(c):
    make_host(c, "web-01", "52:54:00:12:34:56")
    error = _code(lambda: make_host(c, "web-02", "52-54-00-12-34-56"))
    assert error.code() == grpc.StatusCode.ALREADY_EXISTS
    assert reason(error) == "MAC_ADDRESS_IN_USE"
    names = [h.name for h in c.ListHosts(pb.ListHostsRequest()).hosts]
    assert names == ["hosts/web-01"]


def test_bmc_password_is_write_only(api, c, caplog):
    bmc = res.Bmc(
        driver=res.BMC_DRIVER_IPMI,
        address="127.0.0.1",
        username="admin",
        password="bmc-Secret-0001",
    )
    host = make_host(c, bmc=bmc)
    assert host.bmc.password == ""
    assert host.bmc.password_set
    got = c.GetHost(pb.GetHostRequest(name="hosts/web-01")).host
    assert got.bmc.password == "" and got.bmc.password_set
    # Updating other fields keeps the stored password.
    got.bmc.username = "root"
    kept = c.UpdateHost(
        pb.UpdateHostRequest(host=got, update_mask={"paths": ["bmc"]})
    ).host
    assert kept.bmc.username == "root" and kept.bmc.password_set
    with db.connection_context():
        _, password = api.server.services.hosts.bmc_password("web-01")
    assert password == "bmc-Secret-0001"
    assert "bmc-Secret-0001" not in caplog.text


def test_labels_filter(c):
    make_host(c, "web-01", "52:54:00:00:00:01")
    host = make_host(c, "db-01", "52:54:00:00:00:02")
    host.labels["role"] = "db"
    host.labels["rack"] = "r_1"
    c.UpdateHost(pb.UpdateHostRequest(host=host, update_mask={"paths": ["labels"]}))
    found = c.ListHosts(pb.ListHostsRequest(labels=["role=db", "rack=r_1"])).hosts
    assert [h.name for h in found] == ["hosts/db-01"]
    assert not c.ListHosts(pb.ListHostsRequest(labels=["rack=r-1"])).hosts
    for bad in ("role", "rack=r%1", 'role":"db'):
        error = _code(lambda bad=bad: c.ListHosts(pb.ListHostsRequest(labels=[bad])))
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT


# Provisioning ------------------------------------------------------------


def _boot(api, kind=ConfigKind.IPXE, mac="52:54:00:12:34:56") -> str:
    from provisiond.boot.provisioning_backend import ProvisioningBackend

    backend = ProvisioningBackend(api.server.services.provisioner)
    return backend.boot_config(kind, mac, "127.0.0.1")


def test_preview_shows_the_settings_and_masks_secrets(catalogue):
    make_host(catalogue)
    preview = catalogue.PreviewProvisioning(
        pb.PreviewProvisioningRequest(
            parent="hosts/web-01",
            provisioning=res.Provisioning(
                operating_system="operatingSystems/rocky-9",
                values={"root_password_hash": "$6$salt$hash", "locale": "de_DE.UTF-8"},
            ),
        )
    )
    assert "network --hostname=web-01.example.net" in preview.answer_file
    assert "lang de_DE.UTF-8" in preview.answer_file
    assert preview.values["root_password_hash"] == "********"
    assert preview.values["locale"] == "de_DE.UTF-8"
    assert "inst.ks=" in preview.kernel_args
    assert preview.template == "templates/rocky-ks"
    assert not catalogue.ListProvisionings(
        pb.ListProvisioningsRequest(parent="hosts/-")
    ).provisionings


def test_missing_required_value_is_refused(catalogue):
    make_host(catalogue)
    error = _code(
        lambda: catalogue.CreateProvisioning(
            pb.CreateProvisioningRequest(
                parent="hosts/web-01",
                provisioning=res.Provisioning(
                    operating_system="operatingSystems/rocky-9"
                ),
            )
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "root_password_hash" in error.details()


def test_arm_cancel_and_boot_configs(api, catalogue):
    c = catalogue
    make_host(c)
    assert "local" in _boot(api).lower()
    armed = arm(c)
    assert armed.state == res.PROVISIONING_STATE_ARMED
    assert "root_password_hash" not in armed.values
    config = _boot(api)
    assert "rocky9/vmlinuz" in config and "inst.ks=" in config

    error = _code(lambda: arm(c))
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert reason(error) == "HOST_BUSY"

    cancelled = c.CancelProvisioning(pb.CancelProvisioningRequest(name=armed.name))
    assert cancelled.provisioning.state == res.PROVISIONING_STATE_CANCELLED
    assert "rocky9/vmlinuz" not in _boot(api)
    host = c.GetHost(pb.GetHostRequest(name="hosts/web-01")).host
    assert host.provisioning_state == res.PROVISIONING_STATE_CANCELLED

    again = arm(c)
    assert again.name != armed.name
    assert "rocky9/vmlinuz" in _boot(api)


def test_install_lifecycle_through_the_backend(api, catalogue):
    make_host(catalogue)
    armed = arm(catalogue)
    provisioner = api.server.services.provisioner
    token = provisioner.token(armed.name.rsplit("/", 1)[1])
    from provisiond.boot.provisioning_backend import ProvisioningBackend

    backend = ProvisioningBackend(provisioner)
    answer = backend.answer_file(token, "127.0.0.1")
    assert f"/callback/{token}/done" in answer
    # Fetching the answer file means the installer runs: no second install.
    assert "rocky9/vmlinuz" not in _boot(api)
    error = _code(
        lambda: catalogue.CancelProvisioning(
            pb.CancelProvisioningRequest(name=armed.name)
        )
    )
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION

    backend.installer_report(
        token, InstallerReport(InstallerEvent.PROGRESS, 40, "disk"), ""
    )
    backend.installer_report(token, InstallerReport(InstallerEvent.DONE), "")
    done = catalogue.GetProvisioning(pb.GetProvisioningRequest(name=armed.name))
    assert done.provisioning.state == res.PROVISIONING_STATE_SUCCEEDED
    assert done.provisioning.progress_percent == 100
    from provisiond.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):  # the token ended with the install
        backend.answer_file(token, "127.0.0.1")
    with pytest.raises(PermissionDenied):
        backend.answer_file(token[:-2] + "xx", "127.0.0.1")


def test_request_id_returns_the_first_result(catalogue):
    make_host(catalogue)
    first = arm(catalogue, request_id="req-1")
    second = arm(catalogue, request_id="req-1")
    assert second.name == first.name
    error = _code(lambda: arm(catalogue, request_id="req-1", ttl_seconds=60))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert reason(error) == "REQUEST_ID_REUSED"


def test_racing_arms_one_wins(api, catalogue):
    make_host(catalogue)
    clients = [client(api) for _ in range(6)]
    barrier = threading.Barrier(len(clients))
    outcomes = []

    def race(c):
        barrier.wait()
        try:
            arm(c)
            outcomes.append(grpc.StatusCode.OK)
        except grpc.RpcError as error:
            outcomes.append(error.code())

    threads = [threading.Thread(target=race, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert outcomes.count(grpc.StatusCode.OK) == 1
    assert set(outcomes) <= {
        grpc.StatusCode.OK,
        grpc.StatusCode.FAILED_PRECONDITION,
        grpc.StatusCode.ABORTED,
    }
    with db.connection_context():
        assert Provisioning.select().count() == 1


def test_armed_install_expires(api, catalogue):
    make_host(catalogue)
    armed = arm(catalogue, ttl_seconds=1)
    time.sleep(1.2)
    assert "rocky9/vmlinuz" not in _boot(api)
    got = catalogue.GetProvisioning(pb.GetProvisioningRequest(name=armed.name))
    assert got.provisioning.state == res.PROVISIONING_STATE_EXPIRED
    error = _code(
        lambda: catalogue.CancelProvisioning(
            pb.CancelProvisioningRequest(name=armed.name)
        )
    )
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION


def test_expiry_without_any_boot_request(api, catalogue):
    make_host(catalogue)
    armed = arm(catalogue, ttl_seconds=1)
    deadline = time.monotonic() + 15
    state = None
    while time.monotonic() < deadline:
        state = catalogue.GetProvisioning(
            pb.GetProvisioningRequest(name=armed.name)
        ).provisioning.state
        if state == res.PROVISIONING_STATE_EXPIRED:
            break
        time.sleep(0.25)
    assert state == res.PROVISIONING_STATE_EXPIRED


# Watch -------------------------------------------------------------------


def _collect(stream, count, into, timeout=15.0):
    deadline = time.monotonic() + timeout
    for reply in stream:
        into.append(reply.event)
        if len(into) >= count or time.monotonic() > deadline:
            break


def test_watch_sees_every_step_and_resumes(api, catalogue):
    make_host(catalogue)
    channel, stub = stream_stub(api, catalogue.token)
    metadata = [("authorization", f"Bearer {catalogue.token}")]
    stream = stub.WatchEvents(
        pb.WatchEventsRequest(host="hosts/web-01"), metadata=metadata, timeout=30
    )
    # The headers arrive once the stream's start is fixed: no event after
    # them is missed, so no sleep is needed before acting.
    stream.initial_metadata()
    first = arm(catalogue)
    received = []
    reader = threading.Thread(target=_collect, args=(stream, 3, received))
    reader.start()
    catalogue.CancelProvisioning(pb.CancelProvisioningRequest(name=first.name))
    second = arm(catalogue)
    reader.join(timeout=20)
    stream.cancel()
    states = [(e.provisioning, e.state) for e in received]
    assert states == [
        (first.name, res.PROVISIONING_STATE_ARMED),
        (first.name, res.PROVISIONING_STATE_CANCELLED),
        (second.name, res.PROVISIONING_STATE_ARMED),
    ]

    # Events that happen while disconnected arrive after a resume, once each.
    catalogue.CancelProvisioning(pb.CancelProvisioningRequest(name=second.name))
    third = arm(catalogue)
    resumed = []
    stream = stub.WatchEvents(
        pb.WatchEventsRequest(host="hosts/web-01", resume_cursor=received[1].cursor),
        metadata=metadata,
        timeout=30,
    )
    _collect(stream, 3, resumed)
    stream.cancel()
    channel.close()
    assert [(e.provisioning, e.state) for e in resumed] == [
        (second.name, res.PROVISIONING_STATE_ARMED),
        (second.name, res.PROVISIONING_STATE_CANCELLED),
        (third.name, res.PROVISIONING_STATE_ARMED),
    ]
    assert len({e.cursor for e in received + resumed}) == 5


def test_watch_rejects_bad_cursor_and_unknown_host(api, c):
    channel, stub = stream_stub(api, c.token)
    metadata = [("authorization", f"Bearer {c.token}")]
    for request, code in [
        (
            pb.WatchEventsRequest(resume_cursor="garbage"),
            grpc.StatusCode.INVALID_ARGUMENT,
        ),
        (pb.WatchEventsRequest(host="hosts/nobody"), grpc.StatusCode.NOT_FOUND),
    ]:
        with pytest.raises(grpc.RpcError) as caught:
            next(iter(stub.WatchEvents(request, metadata=metadata, timeout=10)))
        assert caught.value.code() == code
    with pytest.raises(grpc.RpcError) as caught:
        next(iter(stub.WatchEvents(pb.WatchEventsRequest(), timeout=10)))
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED
    channel.close()


def test_watch_on_one_server_sees_every_event_of_two(api, api_factory, catalogue):
    # Two servers share the database, as a deployment on PostgreSQL does: a
    # watcher on the second sees what callers do through both, in the order
    # of the event log, and resumes on the first without a gap or a repeat.
    other = api_factory()
    panels = [catalogue, client(other)]
    hosts = [f"rack-{n}" for n in range(6)]
    for number, host_id in enumerate(hosts):
        make_host(panels[number % 2], host_id, mac=f"52:54:00:00:01:{number:02x}")
    channel, stub = stream_stub(other, panels[1].token)
    metadata = [("authorization", f"Bearer {panels[1].token}")]
    stream = stub.WatchEvents(pb.WatchEventsRequest(), metadata=metadata, timeout=30)
    received = []
    expected = 3 * len(hosts)  # armed, cancelled, armed again
    reader = threading.Thread(target=_collect, args=(stream, expected, received))
    reader.start()
    time.sleep(0.5)

    def churn(panel, mine):
        for host_id in mine:
            first = arm(panel, host_id)
            panel.CancelProvisioning(pb.CancelProvisioningRequest(name=first.name))
            arm(panel, host_id)

    writers = [
        threading.Thread(target=churn, args=(panels[n], hosts[n::2])) for n in (0, 1)
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(30)
    reader.join(20)
    stream.cancel()
    channel.close()

    with db.connection_context():
        logged = [
            f"e{row.id}"
            for row in Event.select(Event.id)
            .where(Event.type == "provisioning_state_changed")
            .order_by(Event.id)
        ]
    assert [e.cursor for e in received] == logged
    assert len(logged) == expected
    for host_id in hosts:
        states = [e.state for e in received if e.host == f"hosts/{host_id}"]
        assert states == [
            res.PROVISIONING_STATE_ARMED,
            res.PROVISIONING_STATE_CANCELLED,
            res.PROVISIONING_STATE_ARMED,
        ]

    channel, stub = stream_stub(api, catalogue.token)
    resumed = []
    _collect(
        stub.WatchEvents(
            pb.WatchEventsRequest(resume_cursor=received[expected // 2 - 1].cursor),
            metadata=[("authorization", f"Bearer {catalogue.token}")],
            timeout=30,
        ),
        expected - expected // 2,
        resumed,
    )
    channel.close()
    assert [e.cursor for e in resumed] == logged[expected // 2 :]


def test_watch_streams_past_the_limit_are_turned_away_at_once(api_factory):
    limited = api_factory(max_watch_streams=2)
    c = client(limited)
    channel, stub = stream_stub(limited, c.token)
    metadata = [("authorization", f"Bearer {c.token}")]
    open_streams = [
        stub.WatchEvents(pb.WatchEventsRequest(), metadata=metadata, timeout=30)
        for _ in range(2)
    ]
    time.sleep(0.5)  # both streams are being served

    began = time.monotonic()
    with pytest.raises(grpc.RpcError) as caught:
        next(
            iter(
                stub.WatchEvents(pb.WatchEventsRequest(), metadata=metadata, timeout=10)
            )
        )
    refused_after = time.monotonic() - began
    # Unary calls still have their own threads meanwhile.
    c.ListHosts(pb.ListHostsRequest(), timeout=5)
    for stream in open_streams:
        stream.cancel()
    channel.close()

    assert caught.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert reason(caught.value) == "TOO_MANY_WATCHES"
    assert refused_after < 5

"""provisiond as a real process: start-up, the API switch, graceful stop, the
call log and its secrets, unexpected errors and a schema from the future."""

import json
import re
import signal
import sqlite3
import threading
import time
import urllib.parse
import uuid

import grpc
import psycopg2
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)

from conftest import PASSWORD, bearer
from daemon import Daemons, database_args, mark_schema_from_future, run, seed
from provisiond.db.database import db
from provisioner.v1 import auth_service_pb2 as pb
from provisioner.v1 import auth_service_pb2_grpc
from support import details, reason

SERVING = health_pb2.HealthCheckResponse.SERVING
WRONG_PASSWORD = "not the password, though long"
DSN_SECRET = "dsn-secret-pw"


@pytest.fixture
def daemons(tmp_path):
    started = Daemons(tmp_path)
    yield started
    started.stop_all()


def health(channel, service: str = "") -> int:
    stub = health_pb2_grpc.HealthStub(channel)
    return stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=5).status


def reflected_services(channel) -> list[str]:
    return list(ProtoReflectionDescriptorDatabase(channel).get_services())


def auth(channel) -> auth_service_pb2_grpc.AuthServiceStub:
    return auth_service_pb2_grpc.AuthServiceStub(channel)


def login_request(holder, password: str = PASSWORD, credential: str = ""):
    return pb.CreateSessionRequest(
        apid=credential or holder.credential,
        user_name=holder.user_name,
        password=password,
    )


def refused(function, *args, **kwargs) -> grpc.RpcError:
    with pytest.raises(grpc.RpcError) as caught:
        function(*args, **kwargs)
    return caught.value


def test_daemon_starts_on_sqlite_defaults_and_answers_health(daemons, tmp_path):
    started = daemons.start("--data-dir", str(tmp_path))
    channel = started.channel()

    assert health(channel) == SERVING
    assert health(channel, "provisioner.v1.AuthService") == SERVING
    assert health(channel, "provisioner.v1.ProvisioningService") == SERVING
    assert {
        "provisioner.v1.AuthService",
        "provisioner.v1.AuditService",
        "provisioner.v1.ProvisioningService",
        "grpc.health.v1.Health",
    } <= set(reflected_services(channel))
    assert (tmp_path / "provisioner.db").exists()
    assert (tmp_path / "boot").is_dir()
    assert not started.tls
    assert "TLS is off" in started.log()
    assert "boot_url is not set" not in started.log()


@pytest.mark.parametrize(
    ("extra", "warned"),
    [
        ([], True),
        (["--boot-url", "http://192.0.2.10:8080"], False),
    ],
)
def test_daemon_warns_when_machines_would_be_sent_to_loopback(
    daemons, tmp_path, extra, warned
):
    # Bound on every address, reached by nothing: the test connects to none.
    started = daemons.start("--http-listen", "0.0.0.0:0", *extra)

    log = started.log()
    assert ("boot_url is not set: configs tell machines to fetch from" in log) is warned
    if not warned:
        assert "hosts reach it as http://192.0.2.10:8080" in log


def test_daemon_api_switch_refuses_then_admits_calls(daemons, database_url, tmp_path):
    where = database_args(database_url, tmp_path)
    started = daemons.start(*where)
    channel = started.channel()

    off = refused(auth(channel).WhoAmI, pb.WhoAmIRequest(), timeout=5)

    assert off.code() == grpc.StatusCode.UNAVAILABLE
    assert reason(off) == "API_DISABLED"
    assert "provisioner-api enable" in off.details()
    assert health(channel) == SERVING
    assert "provisioner.v1.AuthService" in reflected_services(channel)

    enabled = run("provisioner-api", *where, "enable")
    assert enabled.returncode == 0, enabled.stderr
    since = time.monotonic()
    code = grpc.StatusCode.UNAVAILABLE
    while code == grpc.StatusCode.UNAVAILABLE and time.monotonic() - since < 5:
        time.sleep(0.05)
        code = refused(auth(channel).WhoAmI, pb.WhoAmIRequest(), timeout=5).code()

    assert code == grpc.StatusCode.UNAUTHENTICATED
    # The switch is read at most once a second; allow for a loaded machine.
    assert time.monotonic() - since < 2.5


def test_daemon_concurrent_logins_all_succeed(daemons, migrated, tmp_path):
    holder = seed()
    started = daemons.start(*database_args(migrated, tmp_path))
    stub = auth(started.channel())

    calls = [
        stub.CreateSession.future(login_request(holder), timeout=30) for _ in range(20)
    ]
    codes = [call.code() for call in calls]

    assert codes == [grpc.StatusCode.OK] * 20, started.log()


def wait_not_serving(daemon, timeout: float = 5.0) -> None:
    """Returns once health on a new connection is no longer SERVING."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with grpc.insecure_channel(daemon.target) as channel:
            try:
                if health(channel) != SERVING:
                    return
            except grpc.RpcError:
                return
        time.sleep(0.02)
    raise AssertionError(f"still SERVING {timeout} s after the signal:\n{daemon.log()}")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["TERM", "INT"])
def test_daemon_stop_finishes_calls_in_flight(daemons, migrated, tmp_path, signum):
    holder = seed()
    started = daemons.start(*database_args(migrated, tmp_path), "--grace-seconds", "10")
    channel = started.channel()
    assert health(channel) == SERVING
    finished: list[float] = []
    first = threading.Event()

    def note(_future):
        finished.append(time.monotonic())
        first.set()

    # Each login spends ~50 ms of CPU in scrypt, so 20 keep two cores busy for
    # half a second. The signal comes when the first is done: by then the
    # server has taken them all, while most are still running.
    calls = [
        auth(channel).CreateSession.future(login_request(holder), timeout=30)
        for _ in range(20)
    ]
    for call in calls:
        call.add_done_callback(note)
    assert first.wait(timeout=15)
    signalled = time.monotonic()
    started.send(signum)
    wait_not_serving(started)
    time.sleep(0.1)
    with grpc.insecure_channel(started.target) as late_channel:
        late = refused(auth(late_channel).WhoAmI, pb.WhoAmIRequest(), timeout=2)

    tokens = {call.result().token for call in calls}
    status = started.wait(timeout=15)
    stopped_after = time.monotonic() - signalled

    assert len(tokens) == 20
    assert max(finished) > signalled, "no call was still in flight at the signal"
    assert late.code() == grpc.StatusCode.UNAVAILABLE
    assert status == 0
    assert stopped_after < 10
    log = started.log()
    assert f"received {signal.Signals(signum).name}" in log
    assert log.rstrip().endswith("provisiond stopped")


def url_with_password(url: str) -> tuple[str, str]:
    """`url` with a password in it, and the password. One already there is
    kept; else DSN_SECRET goes in, which a server trusting loopback ignores."""
    parts = urllib.parse.urlsplit(url)
    if parts.password:
        return url, parts.password
    host = parts.netloc.rpartition("@")[2]
    netloc = f"{parts.username or 'postgres'}:{DSN_SECRET}@{host}"
    return parts._replace(netloc=netloc).geturl(), DSN_SECRET


CALL_FIELDS = ("rpc_method", "peer", "apid", "request_id", "code", "duration_ms")


def call_lines(log: str, log_format: str) -> list[dict]:
    """The per-call log lines, as dicts of CALL_FIELDS."""
    if log_format == "json":
        entries = [json.loads(line) for line in log.splitlines()]
        return [e for e in entries if e["logger"] == "provisiond.calls"]
    pattern = re.compile(
        r"INFO provisiond\.calls: rpc (?P<rpc_method>\S+) peer=(?P<peer>\S+) "
        r"apid=(?P<apid>\S+) request_id=(?P<request_id>\S+) code=(?P<code>\S+) "
        r"duration_ms=(?P<duration_ms>[\d.]+)$"
    )
    lines = [line for line in log.splitlines() if "provisiond.calls" in line]
    matches = [pattern.search(line) for line in lines]
    assert all(matches), lines
    return [m.groupdict() for m in matches]


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_daemon_log_has_one_line_per_call_and_no_secrets(
    daemons, migrated, tmp_path, log_format
):
    holder = seed()
    where, dsn_password = database_args(migrated, tmp_path), DSN_SECRET
    if where[0] == "--database":
        where[1], dsn_password = url_with_password(migrated)
    started = daemons.start(*where, "--log-format", log_format, "--log-level", "DEBUG")
    stub = auth(started.channel())
    wrong_secret = holder.apid + ".x" + uuid.uuid4().hex * 2
    bogus_token = "pvs_" + uuid.uuid4().hex * 2

    token = stub.CreateSession(login_request(holder)).token
    refused(stub.CreateSession, login_request(holder, WRONG_PASSWORD))
    refused(stub.CreateSession, login_request(holder, credential=wrong_secret))
    stub.WhoAmI(pb.WhoAmIRequest(), metadata=[*bearer(token), ("x-request-id", "r-42")])
    refused(stub.WhoAmI, pb.WhoAmIRequest(), metadata=bearer(bogus_token))
    stub.RevokeSession(pb.RevokeSessionRequest(), metadata=bearer(token))
    refused(stub.WhoAmI, pb.WhoAmIRequest(), metadata=bearer(token))
    assert started.stop() == 0

    log = started.log()
    secrets = [
        PASSWORD,
        WRONG_PASSWORD,
        token,
        bogus_token[4:],
        dsn_password,
        holder.credential.split(".", 1)[1],
        wrong_secret.split(".", 1)[1],
    ]
    assert [s for s in secrets if s in log] == []
    if where[0] == "--database":
        assert re.search(r"setting database='postgresql://[^:]+:\*\*\*@", log)
    lines = call_lines(log, log_format)
    assert [(line["rpc_method"].rsplit("/", 1)[1], line["code"]) for line in lines] == [
        ("CreateSession", "OK"),
        ("CreateSession", "UNAUTHENTICATED"),
        ("CreateSession", "UNAUTHENTICATED"),
        ("WhoAmI", "OK"),
        ("WhoAmI", "UNAUTHENTICATED"),
        ("RevokeSession", "OK"),
        ("WhoAmI", "UNAUTHENTICATED"),
    ]
    for line in lines:
        assert set(CALL_FIELDS) <= set(line)
        assert line["peer"].startswith("ipv4:127.0.0.1:")
        assert float(line["duration_ms"]) > 0
    assert [line["apid"] for line in lines[:4]] == [holder.apid] * 4
    assert lines[3]["request_id"] == "r-42"


def drop_table(url: str, table: str) -> None:
    """Drops `table` behind the running daemon's back."""
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url[len("sqlite:///") :]) as conn:
            conn.execute(f"DROP TABLE {table}")
        return
    conn = psycopg2.connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            cursor.execute(f"DROP TABLE {table}")
    finally:
        conn.close()


def test_daemon_unexpected_error_is_internal_with_reference(
    daemons, migrated, tmp_path
):
    holder = seed()
    started = daemons.start(*database_args(migrated, tmp_path))
    stub = auth(started.channel())
    db.obj.close_all()
    drop_table(migrated, "session")

    error = refused(stub.CreateSession, login_request(holder), timeout=10)

    info = details(error)["ErrorInfo"]
    reference = info.metadata["reference"]
    assert error.code() == grpc.StatusCode.INTERNAL
    assert (info.reason, info.domain) == ("INTERNAL_ERROR", "provisioner")
    assert error.details() == (
        f"internal server error (reference {reference}); the server log has details"
    )
    # The call's own log line may land just after its answer.
    log = started.wait_for_log(r"CreateSession .* code=INTERNAL")
    assert f"(reference {reference})" in log
    assert "Traceback (most recent call last)" in log
    assert re.search(r'no such table: session|relation "session" does not exist', log)


def test_daemon_refuses_schema_newer_than_code(migrated, tmp_path):
    mark_schema_from_future()

    result = run("provisiond", *database_args(migrated, tmp_path))

    assert result.returncode == 78
    assert "schema is at version 999" in result.stderr
    assert "upgrade provisiond" in result.stderr
    assert "listening" not in result.stderr

"""Shared fixtures: a database per test (SQLite, and PostgreSQL when configured),
a real API server on loopback port 0, and channels that check the contract.

PostgreSQL tests need PROVISIONER_TEST_POSTGRES, a DSN of a role that may create
databases (scripts/test starts such a server). Without it they skip, except
under CI (CI=true), where a missing PostgreSQL is a failure.
"""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass, field, replace

import grpc
import peewee
import psycopg2
import pytest

from provisiond.api import contract
from provisiond.api.server import ApiServer
from provisiond.config import Settings
from provisiond.core import apids, deployment
from provisiond.db import database, migrations
from provisiond.db.database import db
from provisioner.v1 import auth_service_pb2, auth_service_pb2_grpc

POSTGRES_ENV = "PROVISIONER_TEST_POSTGRES"
PASSWORD = "correct horse battery staple"

BACKENDS = ["sqlite", "postgresql"]


def postgres_admin_dsn() -> str | None:
    """The DSN of the test PostgreSQL server, or a skip (a failure under CI)."""
    dsn = os.environ.get(POSTGRES_ENV)
    if dsn:
        return dsn
    if os.environ.get("CI"):
        pytest.fail(f"{POSTGRES_ENV} is not set: CI must run the PostgreSQL tests")
    pytest.skip(f"{POSTGRES_ENV} is not set; scripts/test starts a PostgreSQL server")


def _with_database(dsn: str, name: str) -> str:
    return re.sub(r"/[^/]*$", "/" + name, dsn)


def _admin(dsn: str, sql: str) -> None:
    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql)
    finally:
        conn.close()


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path):
    """A fresh, empty database URL for each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/provisioner.db"
        return
    admin = postgres_admin_dsn()
    name = "test_" + uuid.uuid4().hex[:12]
    _admin(admin, f'CREATE DATABASE "{name}"')
    try:
        yield _with_database(admin, name)
    finally:
        if not isinstance(db.obj, peewee.SqliteDatabase) and db.obj is not None:
            db.obj.close_all()
        _admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def migrated(database_url):
    """The database bound to the models, with every migration applied."""
    database.open_database(database_url)
    migrations.migrate()
    yield database_url
    db.obj.close_all()


@dataclass
class ContractRecorder:
    """Collects the (method, code) pairs a channel saw that the contract lacks."""

    contract: contract.Contract
    undeclared: list[tuple[str, str]] = field(default_factory=list)

    def check(self, method: str, code: grpc.StatusCode) -> None:
        policy = self.contract.policy(method)
        if policy is not None and not policy.declares(code):
            self.undeclared.append((method, code.name))


class _ContractInterceptor(grpc.UnaryUnaryClientInterceptor):
    def __init__(self, recorder: ContractRecorder):
        self._recorder = recorder

    def intercept_unary_unary(self, continuation, call_details, request):
        outcome = continuation(call_details, request)
        self._recorder.check(call_details.method, outcome.code())
        return outcome


@dataclass
class Apid:
    credential: str
    apid: str
    user_name: str
    password: str


class RunningApi:
    """A started ApiServer and helpers to reach it as a client would."""

    def __init__(self, server: ApiServer, recorder: ContractRecorder):
        self.server = server
        self.recorder = recorder
        self.port = server.listeners[0].port
        self.port6 = server.listeners[1].port if len(server.listeners) > 1 else None
        self._channels: list[grpc.Channel] = []

    def channel(self, target: str | None = None) -> grpc.Channel:
        """A channel to the server, checked against the contract."""
        raw = grpc.insecure_channel(target or f"127.0.0.1:{self.port}")
        self._channels.append(raw)
        return grpc.intercept_channel(raw, _ContractInterceptor(self.recorder))

    def channel6(self) -> grpc.Channel:
        """A channel over IPv6 loopback, a second client address."""
        return self.channel(f"[::1]:{self.port6}")

    def create_apid(
        self,
        scopes=("provisioning", "imaging", "admin"),
        networks=("127.0.0.1",),
        user="panel",
    ) -> Apid:
        with db.connection_context():
            apid, credential = apids.create(
                user, PASSWORD, list(networks), list(scopes)
            )
        return Apid(credential, apid.apid, user, PASSWORD)

    def login(self, apid: Apid, channel: grpc.Channel | None = None, **fields) -> str:
        stub = auth_service_pb2_grpc.AuthServiceStub(channel or self.channel())
        reply = stub.CreateSession(
            auth_service_pb2.CreateSessionRequest(
                apid=apid.credential,
                user_name=apid.user_name,
                password=apid.password,
                **fields,
            )
        )
        return reply.token

    def close(self) -> None:
        for channel in self._channels:
            channel.close()


TEST_SETTINGS = Settings(
    grpc_listen=("127.0.0.1:0", "[::1]:0"),
    data_dir="/nonexistent",
    throttle_failures=1000,
    grace_seconds=2.0,
)


@pytest.fixture
def settings(tmp_path, migrated) -> Settings:
    return replace(TEST_SETTINGS, data_dir=str(tmp_path), database=migrated)


@pytest.fixture
def api(settings):
    """A running API server with the API enabled, on loopback port 0."""
    yield from _running_api(settings)


def _running_api(settings: Settings):
    with db.connection_context():
        deployment.set_api_enabled(True)
    server = ApiServer(settings)
    server.start()
    running = RunningApi(server, ContractRecorder(contract.load()))
    try:
        yield running
    finally:
        running.close()
        server.stop(grace=0)
    assert not running.recorder.undeclared, (
        "calls returned status codes their rpc_policy does not declare: "
        f"{running.recorder.undeclared}"
    )


@pytest.fixture
def api_factory(settings):
    """Starts API servers with settings changed from the test defaults."""
    generators = []

    def start(**changes) -> RunningApi:
        generator = _running_api(replace(settings, **changes))
        generators.append(generator)
        return next(generator)

    yield start
    for generator in generators:
        next(generator, None)


def bearer(token: str) -> list[tuple[str, str]]:
    return [("authorization", f"Bearer {token}")]

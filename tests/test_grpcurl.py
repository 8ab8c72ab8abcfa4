"""The API as a generic gRPC client sees it: grpcurl over server reflection.

grpcurl is the binary that scripts/grpcurl builds, named by
PROVISIONER_TEST_GRPCURL. Without it these tests skip, except under CI.
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest

GRPCURL_ENV = "PROVISIONER_TEST_GRPCURL"
TIMEOUT = 30

# What these tests check does not depend on the database, so one backend will do.
pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture(scope="module")
def grpcurl() -> str:
    path = os.environ.get(GRPCURL_ENV)
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{GRPCURL_ENV} is not set: CI must run the grpcurl tests")
    pytest.skip(f"{GRPCURL_ENV} is not set; scripts/test builds grpcurl")


def _run(grpcurl: str, api, *words: str, flags=()) -> subprocess.CompletedProcess:
    """Runs `grpcurl -plaintext FLAGS ADDRESS WORDS` against the test server."""
    return subprocess.run(
        [grpcurl, "-plaintext", *flags, f"127.0.0.1:{api.port}", *words],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _create_session(grpcurl: str, api, apid) -> dict:
    request = {
        "apid": apid.credential,
        "user_name": apid.user_name,
        "password": apid.password,
    }
    result = _run(
        grpcurl,
        api,
        "provisioner.v1.AuthService/CreateSession",
        flags=("-d", json.dumps(request)),
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_grpcurl_list_shows_services(api, grpcurl):
    result = _run(grpcurl, api, "list")

    assert result.returncode == 0, result.stderr
    services = result.stdout.split()
    for name in (
        "provisioner.v1.AuthService",
        "provisioner.v1.AuditService",
        "grpc.health.v1.Health",
    ):
        assert name in services


def test_grpcurl_describe_service_shows_methods(api, grpcurl):
    result = _run(grpcurl, api, "describe", "provisioner.v1.AuthService")

    assert result.returncode == 0, result.stderr
    assert "rpc WhoAmI ( .provisioner.v1.WhoAmIRequest )" in result.stdout
    assert "returns ( .provisioner.v1.WhoAmIResponse )" in result.stdout


def test_grpcurl_describe_message_shows_fields(api, grpcurl):
    result = _run(grpcurl, api, "describe", "provisioner.v1.CreateSessionRequest")

    assert result.returncode == 0, result.stderr
    assert "string user_name = 2;" in result.stdout


def test_grpcurl_describe_method_shows_signature(api, grpcurl):
    result = _run(grpcurl, api, "describe", "provisioner.v1.AuthService.WhoAmI")

    assert result.returncode == 0, result.stderr
    assert "rpc WhoAmI ( .provisioner.v1.WhoAmIRequest )" in result.stdout


def test_grpcurl_session_token_authenticates_whoami(api, grpcurl):
    apid = api.create_apid(scopes=("provisioning",))
    token = _create_session(grpcurl, api, apid)["token"]

    result = _run(
        grpcurl,
        api,
        "provisioner.v1.AuthService/WhoAmI",
        flags=("-H", f"authorization: Bearer {token}"),
    )

    assert result.returncode == 0, result.stderr
    session = json.loads(result.stdout)["session"]
    assert session["apid"] == apid.apid
    assert session["user_name"] == "panel"


def test_grpcurl_without_token_is_unauthenticated(api, grpcurl):
    result = _run(grpcurl, api, "provisioner.v1.AuthService/WhoAmI")

    assert result.returncode != 0
    assert "Code: Unauthenticated" in result.stderr
    assert "TOKEN_MISSING" in result.stderr

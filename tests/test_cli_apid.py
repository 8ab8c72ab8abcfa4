"""provisioner-apid as operators run it: a real process, as root (or refused as
nobody), on SQLite through --data-dir and on PostgreSQL through --database."""

import json

import grpc
import pytest

from conftest import PASSWORD, bearer
from daemon import ROOT_ONLY, SQLITE_ONLY, database_args, run, seed
from provisiond.core import secrets
from provisiond.db.database import db
from provisiond.db.models import ApiClient
from provisioner.v1 import auth_service_pb2 as pb
from provisioner.v1 import auth_service_pb2_grpc
from support import reason

pytestmark = ROOT_ONLY


def create(*extra, user="panel", network="127.0.0.1", scope="admin", stdin=True):
    """Arguments of `provisioner-apid create`, by default reading the password
    from stdin."""
    fixed = ("create", "--user", user, "--network", network, "--scope", scope)
    return (*fixed, *extra, *(["--password-stdin"] if stdin else []))


def apid_cli(url, tmp_path, *args, input=None, nobody=False):
    return run(
        "provisioner-apid",
        *database_args(url, tmp_path),
        *args,
        input=input,
        nobody=nobody,
    )


def fields(stdout: str) -> dict[str, str]:
    """The `name: value` lines that create and rotate print."""
    pairs = (line.split(":", 1) for line in stdout.splitlines() if ":" in line)
    return {name.strip(): value.strip() for name, value in pairs}


def stored_rows() -> list[dict]:
    with db.connection_context():
        return list(ApiClient.select().dicts())


def login(channel, credential, password=PASSWORD, user="panel"):
    return auth_service_pb2_grpc.AuthServiceStub(channel).CreateSession(
        pb.CreateSessionRequest(apid=credential, user_name=user, password=password)
    )


def who_am_i(channel, token):
    return auth_service_pb2_grpc.AuthServiceStub(channel).WhoAmI(
        pb.WhoAmIRequest(), metadata=bearer(token)
    )


def refused(function, *args) -> grpc.RpcError:
    with pytest.raises(grpc.RpcError) as caught:
        function(*args)
    return caught.value


def test_apid_create_prints_credential_once(migrated, tmp_path):
    result = apid_cli(
        migrated,
        tmp_path,
        *create("--scope", "imaging", "--network", "10.0.0.0/8,192.0.2.1"),
        "--expires-in-days",
        "30",
        input=PASSWORD + "\n",
    )

    assert result.returncode == 0, result.stderr
    printed = fields(result.stdout)
    apid, secret = printed["credential"].split(".", 1)
    assert apid == printed["APID"]
    assert printed["scopes"] == "imaging, admin"
    assert printed["networks"] == "127.0.0.1/32, 10.0.0.0/8, 192.0.2.1/32"
    assert "shown only now" in result.stdout
    assert PASSWORD not in result.stdout
    [row] = stored_rows()
    assert row["secret_sha256"] == secrets.sha256_hex(secret)
    assert secrets.verify_password(PASSWORD, row["password_hash"])


def test_apid_list_and_show_never_print_secrets(migrated, tmp_path):
    holder = seed(enable_api=False)
    [row] = stored_rows()
    hidden = (
        holder.credential.split(".", 1)[1],
        PASSWORD,
        row["password_hash"],
        row["secret_sha256"],
        "scrypt",
    )

    table = apid_cli(migrated, tmp_path, "list")
    lines = apid_cli(migrated, tmp_path, "list", "--json")
    shown = apid_cli(migrated, tmp_path, "show", holder.apid)

    assert (table.returncode, lines.returncode, shown.returncode) == (0, 0, 0)
    assert holder.apid in table.stdout and "active" in table.stdout
    assert [json.loads(line)["apid"] for line in lines.stdout.splitlines()] == [
        holder.apid
    ]
    described = json.loads(shown.stdout)
    assert set(described) == {
        "apid",
        "user",
        "state",
        "scopes",
        "networks",
        "expires",
        "created",
    }
    assert described["state"] == "active"
    for output in (table.stdout, lines.stdout, shown.stdout):
        assert not any(secret in output for secret in hidden)


def test_apid_create_generates_password_that_checks(migrated, tmp_path):
    created = apid_cli(migrated, tmp_path, *create(stdin=False), "--generate-password")
    printed = fields(created.stdout)

    checked = apid_cli(
        migrated,
        tmp_path,
        "check",
        printed["credential"],
        "--user",
        "panel",
        "--password-stdin",
        input=printed["password"] + "\n",
    )

    assert created.returncode == 0, created.stderr
    assert "credential and password are shown only now" in created.stdout
    assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize(
    "args, stdin, status, message",
    [
        (create(), "too short\n", 1, "password: must have at least 12 characters"),
        (create(network="10.0.0.0/33"), PASSWORD, 1, "not an IP address or CIDR range"),
        (create(scope="root"), PASSWORD, 2, "invalid choice: 'root'"),
        (create("--expires", "2001-01-31"), PASSWORD, 1, "must be in the future"),
        (create("--expires", "next week"), PASSWORD, 1, "is not an ISO 8601 time"),
        (
            create("--expires", "2099-01-31", "--expires-in-days", "3"),
            PASSWORD,
            1,
            "give --expires or --expires-in-days, not both",
        ),
        (create(user="not a name"), PASSWORD, 1, "user_name: must be"),
        (create(stdin=False), None, 2, "no terminal to ask for the password"),
    ],
    ids=[
        "short password",
        "bad cidr",
        "unknown scope",
        "past expiry",
        "malformed expiry",
        "both expiries",
        "bad user",
        "no tty",
    ],
)
@SQLITE_ONLY
def test_apid_create_refuses_bad_input_and_stores_nothing(
    migrated, tmp_path, args, stdin, status, message
):
    result = apid_cli(migrated, tmp_path, *args, input=stdin)

    assert result.returncode == status
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert "credential" not in result.stdout
    assert stored_rows() == []


@pytest.mark.parametrize(
    "user, password, status, stream, words",
    [
        ("panel", PASSWORD, 0, "stdout", "credentials match; state active"),
        ("panel", "wrong password, long enough", 1, "stderr", "wrong credential"),
        ("someone", PASSWORD, 1, "stderr", "wrong credential"),
    ],
    ids=["right", "wrong password", "wrong user"],
)
def test_apid_check_exits_by_match(
    migrated, tmp_path, user, password, status, stream, words
):
    holder = seed(enable_api=False)

    result = apid_cli(
        migrated,
        tmp_path,
        "check",
        holder.credential,
        "--user",
        user,
        "--password-stdin",
        input=password + "\n",
    )

    assert result.returncode == status
    assert words in getattr(result, stream)


def test_apid_disable_revokes_sessions_and_enable_restores_login(
    api, migrated, tmp_path
):
    holder = api.create_apid()
    channel = api.channel()
    token = login(channel, holder.credential).token
    who_am_i(channel, token)

    disabled = apid_cli(migrated, tmp_path, "disable", holder.apid)
    revoked = refused(who_am_i, channel, token)
    locked_out = refused(login, channel, holder.credential)
    enabled = apid_cli(migrated, tmp_path, "enable", holder.apid)
    fresh = login(channel, holder.credential).token

    assert disabled.returncode == 0, disabled.stderr
    assert "sessions are revoked" in disabled.stdout
    assert (revoked.code(), reason(revoked)) == (
        grpc.StatusCode.UNAUTHENTICATED,
        "TOKEN_REVOKED",
    )
    assert locked_out.code() == grpc.StatusCode.UNAUTHENTICATED
    assert enabled.returncode == 0, enabled.stderr
    assert who_am_i(channel, fresh).session.apid == holder.apid
    assert refused(who_am_i, channel, token).code() == grpc.StatusCode.UNAUTHENTICATED


NEW_PASSWORD = "a different passphrase"


@pytest.mark.parametrize("new_password", [False, True], ids=["secret", "and password"])
def test_apid_rotate_replaces_credential(api, migrated, tmp_path, new_password):
    holder = api.create_apid()
    channel = api.channel()
    token = login(channel, holder.credential).token
    extra = ("--password-stdin",) if new_password else ()

    result = apid_cli(
        migrated,
        tmp_path,
        "rotate",
        holder.apid,
        *extra,
        input=NEW_PASSWORD + "\n" if new_password else None,
    )
    assert result.returncode == 0, result.stderr
    credential = fields(result.stdout)["credential"]
    password = NEW_PASSWORD if new_password else PASSWORD

    assert credential.startswith(holder.apid + ".") and credential != holder.credential
    assert refused(login, channel, holder.credential, password).code() == (
        grpc.StatusCode.UNAUTHENTICATED
    )
    assert refused(who_am_i, channel, token).code() == grpc.StatusCode.UNAUTHENTICATED
    if new_password:
        assert refused(login, channel, credential, PASSWORD).code() == (
            grpc.StatusCode.UNAUTHENTICATED
        )
    assert login(channel, credential, password).session.apid == holder.apid


def test_apid_delete_needs_yes_without_tty(api, migrated, tmp_path):
    holder = api.create_apid()
    channel = api.channel()
    token = login(channel, holder.credential).token
    url = migrated

    unconfirmed = apid_cli(url, tmp_path, "delete", holder.apid)
    kept = [row["apid"] for row in stored_rows()]
    deleted = apid_cli(url, tmp_path, "delete", holder.apid, "--yes")
    shown = apid_cli(url, tmp_path, "show", holder.apid)

    assert unconfirmed.returncode == 2
    assert "refusing to delete without confirmation; add --yes" in unconfirmed.stderr
    assert kept == [holder.apid]
    assert deleted.returncode == 0, deleted.stderr
    assert stored_rows() == []
    assert refused(who_am_i, channel, token).code() == grpc.StatusCode.UNAUTHENTICATED
    assert shown.returncode == 1
    assert f"no APID '{holder.apid}'" in shown.stderr


@pytest.mark.parametrize(
    "args, stdin",
    [
        (create(), PASSWORD + "\n"),
        (("disable", "{apid}"), None),
        (("list",), None),
    ],
    ids=["create", "disable", "list"],
)
@SQLITE_ONLY
def test_apid_refuses_non_root_and_changes_nothing(migrated, tmp_path, args, stdin):
    holder = seed(enable_api=False)
    before = stored_rows()

    result = apid_cli(
        migrated,
        tmp_path,
        *(a.format(apid=holder.apid) for a in args),
        input=stdin,
        nobody=True,
    )

    assert result.returncode == 77
    assert "must run as root; run it with sudo" in result.stderr
    assert result.stdout == ""
    assert stored_rows() == before

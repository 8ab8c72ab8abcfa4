"""provisioner-api and provisioner-migrate as operators run them: real
processes against SQLite through --data-dir and PostgreSQL through --database."""

import pytest

from daemon import ROOT_ONLY, SQLITE_ONLY, database_args, mark_schema_from_future, run
from provisiond.core import deployment
from provisiond.db import migrations
from provisiond.db.database import db

pytestmark = ROOT_ONLY


def api_enabled() -> bool:
    with db.connection_context():
        return deployment.api_enabled()


def test_api_enable_disable_and_status(migrated, tmp_path):
    where = database_args(migrated, tmp_path)

    fresh = run("provisioner-api", *where, "status")
    enabled = run("provisioner-api", *where, "enable")
    on = api_enabled()
    status = run("provisioner-api", *where, "status")
    disabled = run("provisioner-api", *where, "disable")

    assert fresh.returncode == 0, fresh.stderr
    assert fresh.stdout.splitlines() == ["API disabled", "TLS: off (plaintext)"]
    assert (enabled.returncode, enabled.stdout) == (0, "API enabled\n")
    assert on
    assert status.stdout.splitlines()[0] == "API enabled"
    assert disabled.returncode == 0, disabled.stderr
    assert (
        "calls get UNAVAILABLE; health and reflection still answer" in disabled.stdout
    )
    assert not api_enabled()


@SQLITE_ONLY
@pytest.mark.parametrize("command", ["enable", "status", "tls-init"])
def test_api_refuses_non_root_and_changes_nothing(migrated, tmp_path, command):
    result = run(
        "provisioner-api", *database_args(migrated, tmp_path), command, nobody=True
    )

    assert result.returncode == 77
    assert (
        "provisioner-api works on the server's database directly and must run as "
        "root; run it with sudo" in result.stderr
    )
    assert result.stdout == ""
    assert not api_enabled()
    assert not (tmp_path / "tls").exists()


def test_migrate_checks_then_applies(database_url, tmp_path):
    where = database_args(database_url, tmp_path)

    before = run("provisioner-migrate", *where, "--check")
    applied = run("provisioner-migrate", *where)
    after = run("provisioner-migrate", *where, "--check")
    again = run("provisioner-migrate", *where)

    latest = migrations.LATEST_VERSION
    assert before.returncode == 1
    assert before.stdout == f"schema version 0; {latest} migration(s) pending\n"
    assert applied.returncode == 0, applied.stderr
    assert applied.stdout == f"applied {latest} migration(s); schema version {latest}\n"
    assert (after.returncode, after.stdout) == (
        0,
        f"schema version {latest}; 0 migration(s) pending\n",
    )
    assert again.stdout.startswith("applied 0 migration(s)")


@pytest.mark.parametrize("check", [True, False], ids=["check", "apply"])
def test_migrate_refuses_schema_newer_than_code(migrated, tmp_path, check):
    mark_schema_from_future()

    result = run(
        "provisioner-migrate",
        *database_args(migrated, tmp_path),
        *(["--check"] if check else []),
    )

    assert result.returncode == 78
    assert "schema is at version 999" in result.stderr
    assert "upgrade provisiond" in result.stderr


def test_migrate_unreachable_database_exits_with_advice(tmp_path):
    url = "postgresql://u:secretpw@127.0.0.1:1/x"

    result = run("provisioner-migrate", "--database", url, "--data-dir", str(tmp_path))

    assert result.returncode == 78
    assert "cannot open database postgresql://u:***@127.0.0.1:1/x" in result.stderr
    assert "secretpw" not in result.stderr

"""The developer scripts and the health check, run as a user or CI would."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from grpc_health.v1 import health_pb2

from provisiond import tls
from provisiond.cli import health

REPO = Path(__file__).resolve().parent.parent
AUTH_PROTO = "protos/provisioner/v1/auth_service.proto"
TIMEOUT = 60

# The health check does not read the database behind the server it asks.
sqlite_only = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def checkout(tmp_path) -> Path:
    """A git checkout of the files the proto scripts read, free to be broken:
    the Python client and no other language."""
    root = tmp_path / "repo"
    for name in ("scripts", "protos", "clients/python", "docs"):
        shutil.copytree(
            REPO / name,
            root / name,
            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
        )
    for name in ("buf.yaml", ".gitignore"):
        shutil.copy(REPO / name, root)
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "checkout")
    return root


def _script(root: Path, *args: str) -> subprocess.CompletedProcess:
    # The venv's tools (python3 with grpc_tools, buf) come first on PATH.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    return subprocess.run(
        [str(root / "scripts" / args[0]), *args[1:]],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        env={**os.environ, "PATH": path},
    )


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def _git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@localhost", *args],
        cwd=root,
        check=True,
        capture_output=True,
        timeout=TIMEOUT,
    )


def test_check_generated_matching_stubs_pass(checkout):
    result = _script(checkout, "check-generated", "python")

    assert result.returncode == 0, result.stdout + result.stderr


def test_check_generated_proto_change_fails_with_diff(checkout):
    _edit(
        checkout / AUTH_PROTO,
        "  string password = 3;",
        "  string password = 3;\n\n  // New.\n  string otp = 6;",
    )

    result = _script(checkout, "check-generated", "python")

    assert result.returncode == 1
    assert "clients/python/provisioner/v1/auth_service_pb2.py" in result.stdout
    assert "run scripts/gen-clients" in result.stderr


def test_check_generated_stray_stub_fails(checkout):
    stray = checkout / "clients/python/provisioner/v1/stray_pb2.py"
    stray.write_text("# not generated from any proto\n")

    result = _script(checkout, "check-generated", "python")

    assert result.returncode == 1
    assert "stray_pb2.py" in result.stdout


def test_check_generated_leaves_work_tree_alone(checkout):
    stub = checkout / "clients/python/provisioner/v1/auth_service_pb2.py"
    stub.write_text(stub.read_text() + "# edited by hand\n")
    before = stub.read_text()

    _script(checkout, "check-generated", "python")

    assert stub.read_text() == before


def test_lint_protos_clean_protos_pass(checkout):
    result = _script(checkout, "lint-protos")

    assert result.returncode == 0, result.stdout + result.stderr


def test_lint_protos_style_violation_fails(checkout):
    _edit(checkout / AUTH_PROTO, "string user_name = 2;", "string userName = 2;")

    result = _script(checkout, "lint-protos")

    assert result.returncode != 0
    assert 'Field name "userName" should be lower_snake_case' in result.stdout


def test_lint_protos_breaking_removed_field_fails(checkout):
    _edit(checkout / AUTH_PROTO, "  string password = 3;", "  reserved 3;")

    result = _script(checkout, "lint-protos", "--breaking", "HEAD")

    assert result.returncode != 0
    assert 'field "3" with name "password"' in result.stdout


def test_lint_protos_breaking_unchanged_passes(checkout):
    result = _script(checkout, "lint-protos", "--breaking", "HEAD")

    assert result.returncode == 0, result.stdout + result.stderr


@sqlite_only
def test_health_serving_server_exits_zero(api, capsys):
    status = health.main(["--address", f"127.0.0.1:{api.port}"])

    assert status == 0
    assert "SERVING" in capsys.readouterr().out


@sqlite_only
def test_health_address_from_settings_wildcard_means_loopback(api, tmp_path, capsys):
    status = health.main(
        [
            "--grpc-listen",
            f"0.0.0.0:{api.port}",
            "--data-dir",
            str(tmp_path),
            "--config",
            _empty_config(tmp_path),
        ]
    )

    assert status == 0
    assert f"127.0.0.1:{api.port}: SERVING" in capsys.readouterr().out


@sqlite_only
def test_health_not_serving_exits_one(api, capsys):
    api.server.health.set("", health_pb2.HealthCheckResponse.NOT_SERVING)

    with pytest.raises(SystemExit) as exit_info:
        health.main(["--address", f"127.0.0.1:{api.port}"])

    assert exit_info.value.code == 1
    assert "NOT_SERVING" in capsys.readouterr().err


def test_health_closed_port_fails_fast(capsys):
    port = _closed_port()
    started = time.monotonic()

    with pytest.raises(SystemExit) as exit_info:
        health.main(["--address", f"127.0.0.1:{port}", "--timeout", "10"])

    assert exit_info.value.code == 1
    assert time.monotonic() - started < 5
    err = capsys.readouterr().err
    assert "UNAVAILABLE" in err
    assert "Traceback" not in err


@sqlite_only
def test_health_tls_server_verified_with_ca(api_factory, tmp_path, capsys):
    key, cert = tls.make_self_signed(tmp_path / "tls", ["127.0.0.1"])
    api = api_factory(tls_cert=str(cert), tls_key=str(key))

    status = health.main(["--address", f"127.0.0.1:{api.port}", "--tls-ca", str(cert)])

    assert status == 0
    assert "SERVING" in capsys.readouterr().out


def test_health_console_script_closed_port_exits_one():
    script = Path(sys.executable).parent / "provisiond-health"
    if not script.exists():
        pytest.fail(f"{script} is missing: reinstall with pip install -e '.[dev]'")

    result = subprocess.run(
        [str(script), "--address", f"127.0.0.1:{_closed_port()}", "--timeout", "5"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )

    assert result.returncode == 1
    assert result.stderr.startswith("error: 127.0.0.1:")
    assert "Traceback" not in result.stderr


def _closed_port() -> int:
    """A loopback port nothing listens on: bound for a moment, then released."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _empty_config(tmp_path: Path) -> str:
    path = tmp_path / "provisioner.toml"
    path.write_text("")
    return str(path)

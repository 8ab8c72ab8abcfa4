"""Settings: precedence of flags, environment, config file and defaults, and
the errors bad values give, in process and through provisiond itself."""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from daemon import NOBODY, environment, run
from provisiond import config
from provisiond.config import ConfigError, Settings

SECRET = "secretpw"


def flags(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    config.add_arguments(parser)
    return parser.parse_args(list(argv))


def write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def load(tmp_path: Path, *argv: str, toml: str = "", **env: str) -> Settings:
    """Settings from `argv`, a config file holding `toml` and `env`."""
    environ = {"PROVISIONER_CONFIG": str(write(tmp_path / "p.toml", toml)), **env}
    return config.load(flags(*argv), environ)


def refusal(tmp_path: Path, *argv: str, toml: str = "", **env: str) -> str:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, *argv, toml=toml, **env)
    return str(caught.value)


@pytest.mark.parametrize(
    "sources, expected",
    [
        ((), Settings().max_workers),
        (("file",), 3),
        (("file", "env"), 5),
        (("file", "env", "flag"), 7),
        (("env", "flag"), 7),
        (("file", "flag"), 7),
    ],
)
def test_load_precedence_flag_env_file_default(tmp_path, sources, expected):
    argv = ["--max-workers", "7"] if "flag" in sources else []
    env = {"PROVISIONER_MAX_WORKERS": "5"} if "env" in sources else {}
    toml = "max_workers = 3\n" if "file" in sources else ""

    settings = load(tmp_path, *argv, toml=toml, **env)

    assert settings.max_workers == expected


def test_load_empty_variable_leaves_file_value(tmp_path):
    settings = load(tmp_path, toml='log_format = "json"\n', PROVISIONER_LOG_FORMAT="")

    assert settings.log_format == "json"


def test_load_config_flag_overrides_config_variable(tmp_path):
    chosen = write(tmp_path / "chosen.toml", "max_workers = 2\n")

    settings = load(tmp_path, "--config", str(chosen), toml="max_workers = 9\n")

    assert settings.max_workers == 2


def test_load_defaults_are_safe(tmp_path):
    settings = load(tmp_path, "--data-dir", str(tmp_path))

    assert settings.grpc_listen == ("127.0.0.1:50051",)
    assert settings.database_url == f"sqlite:///{tmp_path}/provisioner.db"
    assert (settings.tls_cert, settings.tls_client_ca) == ("", "")
    assert settings.log_format == "text"
    assert settings.session_ttl_seconds <= settings.session_ttl_max_seconds


@pytest.mark.parametrize(
    "variable, value, attribute, expected",
    [
        (
            "GRPC_LISTEN",
            "127.0.0.1:1, [::1]:2",
            "grpc_listen",
            ("127.0.0.1:1", "[::1]:2"),
        ),
        ("LOG_FORMAT", "JSON", "log_format", "json"),
        ("LOG_LEVEL", "debug", "log_level", "DEBUG"),
        ("GRACE_SECONDS", "2.5", "grace_seconds", 2.5),
        ("DATA_DIR", "~/p", "data_dir", os.path.expanduser("~/p")),
    ],
)
def test_load_parses_variable_text(tmp_path, variable, value, attribute, expected):
    settings = load(tmp_path, **{"PROVISIONER_" + variable: value})

    assert getattr(settings, attribute) == expected


# (source, setting, value, words the message must hold). A file value is
# written as a TOML literal; a flag or variable value is text.
BAD_VALUES = [
    ("flag", "grpc_listen", "127.0.0.1", "HOST:PORT"),
    ("flag", "grpc_listen", "127.0.0.1:70000", "HOST:PORT"),
    ("env", "grpc_listen", "example.com:50051", "not an IP address"),
    ("file", "grpc_listen", '"::1:50051"', "brackets"),
    ("env", "max_workers", "many", "whole number above 0"),
    ("flag", "max_workers", "0", "whole number above 0"),
    ("file", "max_workers", "2.5", "whole number above 0"),
    ("file", "session_ttl_seconds", "true", "whole number above 0"),
    ("env", "grace_seconds", "nan", "number above 0"),
    ("flag", "throttle_window_seconds", "-1", "number above 0"),
    ("file", "log_format", '"xml"', "text, json"),
    ("env", "log_level", "verbose", "DEBUG, INFO, WARNING, ERROR"),
    ("flag", "database", f"mysql://u:{SECRET}@db/x", "sqlite:///PATH or postgresql://"),
    ("env", "database", f"postgresql://u:{SECRET}@[::1/x", "brackets"),
    ("file", "database", f'"postgresql://u:{SECRET}@db:99999/x"', "check the port"),
    ("flag", "database", "postgresql://", "needs a host and a database name"),
    ("flag", "database", "sqlite:///", "give a file"),
]


@pytest.mark.parametrize("source, name, value, advice", BAD_VALUES)
def test_load_bad_value_names_source_and_fix(tmp_path, source, name, value, advice):
    flag, variable = "--" + name.replace("_", "-"), "PROVISIONER_" + name.upper()
    argv = [flag, value] if source == "flag" else []
    env = {variable: value} if source == "env" else {}
    toml = f"{name} = {value}\n" if source == "file" else ""
    file_label = f"{tmp_path / 'p.toml'}: {name}"
    label = {"flag": flag, "env": variable, "file": file_label}[source]

    message = refusal(tmp_path, *argv, toml=toml, **env)

    assert message.startswith(label + ": invalid " + name)
    assert advice in message
    assert SECRET not in message


@pytest.mark.parametrize(
    "contents, advice",
    [
        (None, ["does not exist; create it or fix the path"]),
        ("directory", ["is a directory; name a TOML file"]),
        ('max_workers = 4\nlog_format = "text\n', ["not valid TOML", "line 2"]),
        ("max_worker = 4\n", ["unknown setting(s) max_worker; known settings are"]),
        ("[server]\nmax_workers = 4\n", ["unknown setting(s) server"]),
    ],
    ids=["missing", "directory", "invalid toml", "unknown key", "table"],
)
def test_load_bad_config_file_says_how_to_fix(tmp_path, contents, advice):
    path = tmp_path / "provisioner.toml"
    if contents == "directory":
        path.mkdir()
    elif contents is not None:
        path.write_text(contents)

    message = refusal(tmp_path, "--config", str(path))

    assert str(path) in message
    assert all(words in message for words in advice), message


@pytest.fixture
def unreadable_config():
    """A config file of mode 000 in a directory anyone may traverse (tmp_path
    is root's alone, which would fail earlier, on the directory)."""
    directory = Path(tempfile.mkdtemp(prefix="provisioner-config-"))
    try:
        directory.chmod(0o711)
        path = write(directory / "provisioner.toml", "max_workers = 4\n")
        path.chmod(0)
        yield path
    finally:
        shutil.rmtree(directory)


# Runs provisiond's main as `nobody`, with no capabilities: the modules are
# imported first, as root, because the interpreter lives under /root (0700).
# Everything the daemon imports lazily is imported before the privileges go:
# nobody cannot read the interpreter's library under /root (argparse's help
# formatter imports shutil on first use).
_AS_NOBODY = f"""
import os, shutil, sys
from provisiond.cli import serve
os.setgroups([]); os.setgid({NOBODY}); os.setuid({NOBODY})
sys.exit(serve.main(sys.argv[1:]))
"""


def test_provisiond_unreadable_config_file_exits_with_advice(unreadable_config):
    result = subprocess.run(
        [sys.executable, "-c", _AS_NOBODY, "--config", str(unreadable_config)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=environment(),
        timeout=30,
    )

    assert result.returncode == 78, result.stderr
    assert (
        f"config file {unreadable_config} is not readable by this user; "
        "fix its permissions"
    ) in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "argv, env, advice",
    [
        (
            ["--tls-cert", "/c.pem"],
            {},
            "--tls-cert sets tls_cert but nothing sets tls_key",
        ),
        (
            [],
            {"PROVISIONER_TLS_KEY": "/k.pem"},
            "PROVISIONER_TLS_KEY sets tls_key but nothing sets tls_cert",
        ),
        (
            ["--tls-client-ca", "/ca.pem"],
            {},
            "--tls-client-ca sets tls_client_ca, which "
            "requires TLS: set tls_cert and tls_key",
        ),
        (
            ["--tls-cert", "/nonexistent/c.pem", "--tls-key", "/nonexistent/k.pem"],
            {},
            "--tls-cert: tls_cert /nonexistent/c.pem is missing or unreadable",
        ),
        (
            ["--session-ttl-max-seconds", "3600"],
            {"PROVISIONER_SESSION_TTL_SECONDS": "7200"},
            "session_ttl_seconds 7200 (from PROVISIONER_SESSION_TTL_SECONDS) exceeds "
            "session_ttl_max_seconds 3600 (from --session-ttl-max-seconds)",
        ),
    ],
    ids=[
        "cert without key",
        "key without cert",
        "client ca without cert",
        "missing cert file",
        "ttl over max",
    ],
)
def test_load_inconsistent_settings_name_source(tmp_path, argv, env, advice):
    message = refusal(tmp_path, *argv, **env)

    assert advice in message


def test_describe_hides_database_password():
    settings = Settings(database=f"postgresql://provisioner:{SECRET}@db:5432/p")

    lines = config.describe(settings)

    assert "database='postgresql://provisioner:***@db:5432/p'" in lines
    assert not any(SECRET in line for line in lines)


@pytest.mark.parametrize(
    "url, shown",
    [
        (f"postgresql://u:{SECRET}@db:5432/p", "postgresql://u:***@db:5432/p"),
        (f"postgresql://u:{SECRET}@with@db/p", "postgresql://u:***@db/p"),
        (f"postgres://:{SECRET}@[::1]/p", "postgres://:***@[::1]/p"),
        ("postgresql://u@db/p", "postgresql://u@db/p"),
        ("postgresql://db/p", "postgresql://db/p"),
        (
            "sqlite:////var/lib/provisioner/provisioner.db",
            "sqlite:////var/lib/provisioner/provisioner.db",
        ),
        ("", ""),
    ],
)
def test_redact_url_hides_only_password(url, shown):
    assert config.redact_url(url) == shown


def closed_port() -> int:
    """A loopback port that nothing listens on: bound, then released."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_provisiond_unreachable_database_exits_quickly_without_password(tmp_path):
    url = f"postgresql://u:{SECRET}@127.0.0.1:{closed_port()}/x"

    started = time.monotonic()
    result = run("provisiond", "--database", url, "--data-dir", str(tmp_path))
    elapsed = time.monotonic() - started

    assert result.returncode == 78
    assert elapsed < 10
    assert "cannot open database postgresql://u:***@127.0.0.1:" in result.stderr
    assert "Connection refused" in result.stderr
    assert SECRET not in result.stderr + result.stdout


@pytest.mark.parametrize(
    "url, advice",
    [
        ("postgresql://", "needs a host and a database name"),
        (f"postgresql://u:{SECRET}@[::1/x", "write an IPv6 host in brackets"),
        (f"postgresql://u:{SECRET}@127.0.0.1:99999/x", "check the port"),
        (f"mysql://u:{SECRET}@127.0.0.1/x", "must be sqlite:///PATH or postgresql://"),
    ],
)
def test_provisiond_malformed_database_url_exits_with_advice(tmp_path, url, advice):
    result = run("provisiond", "--database", url, "--data-dir", str(tmp_path))

    assert result.returncode == 78
    assert result.stderr.startswith("error: configuration error: --database: invalid")
    assert advice in result.stderr
    assert SECRET not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr

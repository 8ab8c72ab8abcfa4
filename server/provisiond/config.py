"""Settings: one typed object built from flags, PROVISIONER_* variables and a TOML file.

Precedence, highest first: command-line flags, environment variables, the config
file (--config, PROVISIONER_CONFIG, or /etc/provisioner/provisioner.toml when it
exists), built-in defaults. Every value is validated at start, and an error says
which source gave the bad value and how to fix it.
"""

from __future__ import annotations

import argparse
import dataclasses
import ipaddress
import math
import os
import re
import tomllib
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

DEFAULT_CONFIG_FILE = Path("/etc/provisioner/provisioner.toml")
ENV_PREFIX = "PROVISIONER_"


class ConfigError(Exception):
    """A setting is missing or invalid; the message says how to fix it."""


def _default_data_dir() -> str:
    if os.geteuid() == 0:
        return "/var/lib/provisioner"
    base = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
    return os.path.join(base, "provisioner")


@dataclasses.dataclass(frozen=True)
class Settings:
    """Every setting of the daemon and of the admin scripts."""

    grpc_listen: tuple[str, ...] = ("127.0.0.1:50051",)
    data_dir: str = dataclasses.field(default_factory=_default_data_dir)
    database: str = ""
    tls_cert: str = ""
    tls_key: str = ""
    tls_client_ca: str = ""
    log_format: str = "text"
    log_level: str = "INFO"
    # Python runs one thread at a time: past a few threads, workers mostly wait
    # for each other (measured with scripts/bench-auth: 16 threads spent 30%
    # more CPU per call than 4). Raise it when calls wait on slow peers.
    max_workers: int = 4
    max_concurrent_rpcs: int = 256
    max_message_bytes: int = 4 * 1024 * 1024
    grace_seconds: float = 10.0
    session_ttl_seconds: int = 3600
    session_ttl_max_seconds: int = 86400
    throttle_failures: int = 10
    throttle_window_seconds: float = 60.0
    audit_retention_days: int = 90
    # Boot serving. Unprivileged ports by default; production uses 69 and 80.
    tftp_listen: str = "127.0.0.1:6969"
    http_listen: str = "127.0.0.1:8080"
    boot_url: str = ""
    boot_dir: str = ""
    secret_key_file: str = ""
    provisioning_ttl_seconds: int = 3600
    event_retention_days: int = 30
    # Each watch stream holds a worker thread while it waits for events.
    max_watch_streams: int = 32
    bmc_timeout_seconds: float = 10.0
    # Imaging.
    grpc_url: str = ""
    chunk_dir: str = ""

    @property
    def boot_base_url(self) -> str:
        """The URL hosts reach the boot HTTP server at, without a final slash."""
        if self.boot_url:
            return self.boot_url.rstrip("/")
        host, _, port = self.http_listen.rpartition(":")
        if host in ("", "0.0.0.0", "[::]"):  # noqa: S104 - text, not a bind
            host = "127.0.0.1"
        return f"http://{host}:{port}"

    @property
    def agent_grpc_url(self) -> str:
        """HOST:PORT the imaging agents reach the gRPC API at."""
        if self.grpc_url:
            return self.grpc_url
        host, _, port = self.grpc_listen[0].rpartition(":")
        if host in ("", "0.0.0.0", "[::]"):  # noqa: S104 - text, not a bind
            host = "127.0.0.1"
        return f"{host}:{port}"

    @property
    def chunk_path(self) -> Path:
        """The directory of the images' chunks."""
        return Path(self.chunk_dir or os.path.join(self.data_dir, "chunks"))

    @property
    def boot_path(self) -> Path:
        """The directory of static boot files (boot loaders, kernels, initrds)."""
        return Path(self.boot_dir or os.path.join(self.data_dir, "boot"))

    @property
    def secret_key_path(self) -> Path:
        """The file holding the key that protects BMC passwords and signs
        install tokens; every server sharing a database needs the same one."""
        return Path(self.secret_key_file or os.path.join(self.data_dir, "secret.key"))

    @property
    def database_url(self) -> str:
        """The database to use: the configured one, or SQLite in the data directory."""
        if self.database:
            return self.database
        return "sqlite:///" + os.path.join(self.data_dir, "provisioner.db")

    @property
    def tls_dir(self) -> Path:
        """Where `provisioner-api tls-init` writes a key and certificate."""
        return Path(self.data_dir) / "tls"


@dataclasses.dataclass(frozen=True)
class _Option:
    name: str
    parse: Callable[[Any], Any]
    help: str
    # A URL that may hold a password: error messages show it redacted.
    secret_url: bool = False


def _listen_list(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else str(value).split(",")
    addresses = tuple(str(item).strip() for item in items if str(item).strip())
    if not addresses:
        raise ValueError("give at least one HOST:PORT")
    for address in addresses:
        _check_listen_address(address)
    return addresses


def _check_listen_address(address: str) -> None:
    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"{address!r} is not HOST:PORT (for IPv6 use [::1]:50051)")
    bracketed = host.startswith("[") and host.endswith("]")
    host = host[1:-1] if bracketed else host
    if host in ("", "localhost"):
        return
    if ":" in host and not bracketed:
        raise ValueError(
            f"{address!r}: write an IPv6 address in brackets, like [::1]:50051"
        )
    try:
        ipaddress.ip_address(host)
    except ValueError:
        raise ValueError(f"{host!r} in {address!r} is not an IP address") from None


def _positive_int(value: Any) -> int:
    # TOML gives bools and floats too: int() would quietly turn true into 1
    # and 2.5 into 2.
    message = "must be a whole number above 0"
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(message)
    try:
        number = int(value)
    except ValueError:
        raise ValueError(message) from None
    if number <= 0:
        raise ValueError(message)
    return number


def _positive_float(value: Any) -> float:
    message = "must be a number above 0"
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(message)
    try:
        number = float(value)
    except ValueError:
        raise ValueError(message) from None
    if not math.isfinite(number) or number <= 0:
        raise ValueError(message)
    return number


def _choice(*choices: str) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        text = str(value).strip()
        if text.lower() not in choices and text.upper() not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}")
        return text.upper() if text.upper() in choices else text.lower()

    return parse


def _database(value: Any) -> str:
    url = str(value).strip()
    if url.startswith(("postgresql://", "postgres://")):
        _check_postgresql_url(url)
    elif url.startswith("sqlite:///"):
        if url == "sqlite:///":
            raise ValueError(
                "give a file after sqlite:///, like sqlite:////var/lib/p.db"
            )
    elif url:
        raise ValueError(
            "must be sqlite:///PATH or postgresql://USER:PASSWORD@HOST:PORT/NAME"
        )
    return url


def _check_postgresql_url(url: str) -> None:
    try:
        parts = urllib.parse.urlsplit(url)
        _ = parts.port  # reading it validates the port
    except ValueError:
        raise ValueError(
            "is not a valid URL: check the port, and write an IPv6 host in "
            "brackets, like postgresql://USER:PASSWORD@[::1]:5432/NAME"
        ) from None
    if not parts.hostname or not parts.path.strip("/"):
        raise ValueError(
            "needs a host and a database name: postgresql://USER:PASSWORD@HOST:PORT/NAME"
        )


def _optional_listen(value: Any) -> str:
    text = str(value).strip()
    if text:
        _check_listen_address(text)
    return text


def _http_url(value: Any) -> str:
    text = str(value).strip()
    if text and not re.fullmatch(r"https?://[^/\s?#]+(/[^\s?#]*)?", text):
        raise ValueError(f"{text!r} is not an http:// or https:// URL")
    return text


def _path(value: Any) -> str:
    return os.path.expanduser(str(value).strip())


_OPTIONS = (
    _Option(
        "grpc_listen", _listen_list, "gRPC listen addresses, HOST:PORT, comma-separated"
    ),
    _Option("data_dir", _path, "directory for the SQLite database, TLS files and data"),
    _Option(
        "database",
        _database,
        "database URL; empty means SQLite in the data directory",
        secret_url=True,
    ),
    _Option("tls_cert", _path, "PEM certificate for TLS on the gRPC port"),
    _Option("tls_key", _path, "PEM private key for TLS on the gRPC port"),
    _Option(
        "tls_client_ca",
        _path,
        "PEM CA bundle; when set, clients must present a certificate it signed",
    ),
    _Option("log_format", _choice("text", "json"), "log format: text or json"),
    _Option("log_level", _choice("DEBUG", "INFO", "WARNING", "ERROR"), "log level"),
    _Option("max_workers", _positive_int, "threads serving gRPC calls"),
    _Option(
        "max_concurrent_rpcs",
        _positive_int,
        "calls in progress before new ones get RESOURCE_EXHAUSTED",
    ),
    _Option(
        "max_message_bytes",
        _positive_int,
        "largest gRPC message accepted, in bytes (imaging agents send up to "
        "3.1 MiB at once)",
    ),
    _Option(
        "grace_seconds",
        _positive_float,
        "seconds calls in flight get to finish at shutdown",
    ),
    _Option(
        "session_ttl_seconds",
        _positive_int,
        "default session token lifetime, in seconds",
    ),
    _Option(
        "session_ttl_max_seconds",
        _positive_int,
        "longest session token lifetime, in seconds",
    ),
    _Option(
        "throttle_failures",
        _positive_int,
        "failed attempts per address or APID before throttling",
    ),
    _Option(
        "throttle_window_seconds",
        _positive_float,
        "window in which failed attempts are counted, in seconds",
    ),
    _Option("audit_retention_days", _positive_int, "days audit records are kept"),
    _Option(
        "tftp_listen",
        _optional_listen,
        "TFTP listen address, IPv4 HOST:PORT; empty turns TFTP off",
    ),
    _Option(
        "http_listen",
        _optional_listen,
        "boot HTTP listen address, HOST:PORT; empty turns it off",
    ),
    _Option(
        "boot_url",
        _http_url,
        "URL hosts reach the boot HTTP server at (default: from http_listen)",
    ),
    _Option("boot_dir", _path, "directory of boot loaders, kernels and initrds"),
    _Option(
        "secret_key_file",
        _path,
        "key protecting BMC passwords and install tokens (default: in data_dir)",
    ),
    _Option(
        "provisioning_ttl_seconds",
        _positive_int,
        "how long an armed install waits for its host, by default, in seconds",
    ),
    _Option("event_retention_days", _positive_int, "days watch events are kept"),
    _Option(
        "max_watch_streams",
        _positive_int,
        "watch streams open at once before new ones get RESOURCE_EXHAUSTED",
    ),
    _Option(
        "grpc_url",
        _optional_listen,
        "HOST:PORT imaging agents reach the gRPC API at (default: from grpc_listen)",
    ),
    _Option("chunk_dir", _path, "directory of image chunks (default: in data_dir)"),
    _Option(
        "bmc_timeout_seconds",
        _positive_float,
        "seconds one BMC exchange may take before it is retried",
    ),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Adds --config and one flag per setting to `parser`."""
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="TOML config file (default: $PROVISIONER_CONFIG or "
        f"{DEFAULT_CONFIG_FILE})",
    )
    for option in _OPTIONS:
        flag = "--" + option.name.replace("_", "-")
        env = ENV_PREFIX + option.name.upper()
        parser.add_argument(flag, dest=option.name, help=f"{option.help} [{env}]")


def load(
    args: argparse.Namespace | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Builds validated Settings from flags, environment and config file.

    Raises ConfigError with a message naming the bad value's source.
    """
    environ = os.environ if environ is None else environ
    flags = vars(args) if args is not None else {}
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}

    file_path = _config_file(flags.get("config"), environ)
    if file_path is not None:
        for key, value in _read_file(file_path).items():
            values[key], sources[key] = value, f"{file_path}: {key}"
    for option in _OPTIONS:
        env = ENV_PREFIX + option.name.upper()
        if environ.get(env, "") != "":
            values[option.name], sources[option.name] = environ[env], env
        if flags.get(option.name) is not None:
            flag = "--" + option.name.replace("_", "-")
            values[option.name], sources[option.name] = flags[option.name], flag

    parsed = {o.name: _parse(o, values, sources) for o in _OPTIONS if o.name in values}
    settings = Settings(**parsed)
    _check_consistency(settings, sources)
    return settings


def _config_file(flag: str | None, environ: Mapping[str, str]) -> Path | None:
    if flag:
        return Path(flag)
    if environ.get(ENV_PREFIX + "CONFIG"):
        return Path(environ[ENV_PREFIX + "CONFIG"])
    return DEFAULT_CONFIG_FILE if DEFAULT_CONFIG_FILE.exists() else None


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(
            f"config file {path} does not exist; create it or fix the path"
        ) from None
    except PermissionError:
        raise ConfigError(
            f"config file {path} is not readable by this user; fix its permissions"
        ) from None
    except IsADirectoryError:
        raise ConfigError(
            f"config file {path} is a directory; name a TOML file"
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None

    known = {o.name for o in _OPTIONS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(
            f"config file {path}: unknown setting(s) {', '.join(unknown)}; "
            f"known settings are {', '.join(sorted(known))}"
        )
    return data


def _parse(option: _Option, values: dict[str, Any], sources: dict[str, str]) -> Any:
    value = values[option.name]
    try:
        return option.parse(value)
    except (TypeError, ValueError) as exc:
        shown = redact_url(str(value)) if option.secret_url else value
        raise ConfigError(
            f"{sources[option.name]}: invalid {option.name} {shown!r}: {exc}"
        ) from None


def _check_consistency(settings: Settings, sources: dict[str, str]) -> None:
    def source(name: str) -> str:
        return sources.get(name, "the default")

    for given, missing in (("tls_cert", "tls_key"), ("tls_key", "tls_cert")):
        if getattr(settings, given) and not getattr(settings, missing):
            raise ConfigError(
                f"{source(given)} sets {given} but nothing sets {missing}: TLS "
                "needs both; set both, or neither for plaintext"
            )
    if settings.tls_client_ca and not settings.tls_cert:
        raise ConfigError(
            f"{source('tls_client_ca')} sets tls_client_ca, which requires TLS: "
            "set tls_cert and tls_key as well"
        )
    for name in ("tls_cert", "tls_key", "tls_client_ca"):
        path = getattr(settings, name)
        if path and not os.access(path, os.R_OK):
            raise ConfigError(
                f"{source(name)}: {name} {path} is missing or unreadable; fix the path"
            )
    if settings.session_ttl_seconds > settings.session_ttl_max_seconds:
        raise ConfigError(
            f"session_ttl_seconds {settings.session_ttl_seconds} (from "
            f"{source('session_ttl_seconds')}) exceeds session_ttl_max_seconds "
            f"{settings.session_ttl_max_seconds} (from "
            f"{source('session_ttl_max_seconds')}); lower the first or raise the second"
        )


def describe(settings: Settings) -> Sequence[str]:
    """Lines describing the effective settings, for the start-up log.

    The database URL's password, if any, is replaced by `***`.
    """
    lines = []
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        if f.name == "database":
            value = redact_url(value)
        lines.append(f"{f.name}={value!r}")
    return lines


def redact_url(url: str) -> str:
    """Hides the password of a `scheme://user:password@host/...` URL."""
    scheme, sep, rest = url.partition("://")
    userinfo, at, host = rest.rpartition("@")
    if not sep or not at or ":" not in userinfo:
        return url
    return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{host}"

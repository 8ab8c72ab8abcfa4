"""Runs sushy-tools' Redfish emulator (its fake driver, no libvirt) over TLS on
loopback, behind HTTP basic authentication.

The emulator ignores BootSourceOverrideEnabled (it always reports
"Continuous"), so this module also serves as its launcher: run as a script, it
wraps the emulator's WSGI application to write the JSON body of every
authenticated PATCH and POST to a file, before handing over to sushy-tools.

    python tests/fakes/redfish.py --record FILE -- SUSHY-EMULATOR-ARGS...

The fake driver applies a power change 1 to 11 seconds after accepting it:
tests poll `Emulator.power_state()`, they do not sleep.
"""

from __future__ import annotations

import argparse
import base64
import datetime
import io
import ipaddress
import json
import re
import ssl
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import bcrypt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0
SYSTEM_ID = "27946b59-9e44-4fa7-8e91-f3527a1ef094"

_LISTENING = re.compile(r"Running on https://127\.0\.0\.1:(\d+)")


@dataclass
class Emulator:
    """A running emulator and the files that describe it."""

    process: subprocess.Popen
    port: int
    username: str
    password: str
    log_path: Path
    record_path: Path

    def system(self) -> dict:
        """The emulated machine's Redfish ComputerSystem resource."""
        return self._get(f"/redfish/v1/Systems/{SYSTEM_ID}")

    def power_state(self) -> str:
        """ "On" or "Off", as the emulator reports it now."""
        return self.system()["PowerState"]

    def recorded(self) -> list[dict]:
        """Every PATCH and POST the emulator accepted, in order: method,
        path and JSON body."""
        if not self.record_path.exists():
            return []
        lines = self.record_path.read_text().splitlines()
        return [json.loads(line) for line in lines]

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        """Terminates the emulator, killing it if it lingers."""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=STOP_TIMEOUT)

    def _get(self, path: str) -> dict:
        credentials = base64.b64encode(f"{self.username}:{self.password}".encode())
        request = urllib.request.Request(
            f"https://127.0.0.1:{self.port}{path}",
            headers={"Authorization": "Basic " + credentials.decode()},
        )
        # The emulator's certificate is self-signed: this reader checks state,
        # not TLS, which the controller under test verifies its own way.
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        # noqa reason: the URL is https to loopback, built right above.
        with urllib.request.urlopen(request, context=context, timeout=10) as reply:  # noqa: S310
            return json.load(reply)


def start_emulator(
    directory: Path, username: str, password: str, power_state: str = "Off"
) -> Emulator:
    """Starts an emulator of one machine, in state `power_state`, on a free
    port; its files go in `directory`. The caller must stop() it."""
    cert, key = write_certificate(directory)
    config = _write_config(directory, username, password, power_state)
    log_path = directory / "emulator.log"
    record_path = directory / "requests.jsonl"
    command = [
        sys.executable,
        __file__,
        "--record",
        str(record_path),
        "--",
        "--config",
        str(config),
        "--fake",
        "--interface",
        "127.0.0.1",
        "--ssl-certificate",
        str(cert),
        "--ssl-key",
        str(key),
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
        )
    emulator = Emulator(process, 0, username, password, log_path, record_path)
    try:
        emulator.port = _wait_for_port(emulator)
    except BaseException:
        emulator.stop()
        raise
    return emulator


def write_certificate(directory: Path) -> tuple[Path, Path]:
    """A fresh self-signed certificate for 127.0.0.1 and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake BMC")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "bmc.crt", directory / "bmc.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def _write_config(
    directory: Path, username: str, password: str, power_state: str
) -> Path:
    """The emulator's configuration (a Python file) and its htpasswd file."""
    # Few rounds: the emulator checks the hash on every request.
    digest = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4)).decode()
    users = directory / "htpasswd"
    users.write_text(f"{username}:{digest}\n")
    system = {
        "uuid": SYSTEM_ID,
        "name": "fake",
        "power_state": power_state,
        "external_notifier": False,
        "nics": [{"mac": "52:54:00:12:34:56", "ip": "192.0.2.10"}],
    }
    settings = {
        "SUSHY_EMULATOR_AUTH_FILE": str(users),
        "SUSHY_EMULATOR_STATE_DIR": str(directory / "state"),
        "SUSHY_EMULATOR_FAKE_SYSTEMS": [system],
        # 0 lets the kernel choose; the emulator logs the port it got.
        "SUSHY_EMULATOR_LISTEN_PORT": 0,
    }
    config = directory / "emulator.conf"
    lines = [f"{name} = {value!r}\n" for name, value in settings.items()]
    config.write_text("".join(lines))
    return config


def _wait_for_port(emulator: Emulator) -> int:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        found = _LISTENING.search(emulator.log())
        if found:
            return int(found.group(1))
        if emulator.process.poll() is not None:
            raise RuntimeError(f"the Redfish emulator exited:\n{emulator.log()}")
        time.sleep(0.05)
    raise TimeoutError(f"the Redfish emulator did not start:\n{emulator.log()}")


class _Recorder:
    """WSGI middleware that appends each PATCH and POST body to a file."""

    def __init__(self, app, path: Path):
        self._app = app
        self._path = path

    def __call__(self, environ, start_response):
        method = environ["REQUEST_METHOD"]
        if method in ("PATCH", "POST"):
            length = int(environ.get("CONTENT_LENGTH") or 0)
            body = environ["wsgi.input"].read(length)
            environ["wsgi.input"] = io.BytesIO(body)
            entry = {
                "method": method,
                "path": environ.get("PATH_INFO", ""),
                "body": json.loads(body) if body else None,
            }
            with self._path.open("a") as record:
                record.write(json.dumps(entry) + "\n")
        return self._app(environ, start_response)


def main() -> int:
    parser = argparse.ArgumentParser(description="sushy-emulator, recording requests")
    parser.add_argument("--record", type=Path, required=True)
    parser.add_argument("emulator_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    rest = args.emulator_args
    if rest[:1] == ["--"]:
        rest = rest[1:]

    # Imported here: only the launched process needs the emulator (and Flask).
    from sushy_tools.emulator import main as emulator

    # Wrapped before the emulator configures itself, so that its
    # authentication runs first and only accepted requests are recorded.
    emulator.app.wsgi_app = _Recorder(emulator.app.wsgi_app, args.record)
    sys.argv = ["sushy-emulator", *rest]
    return emulator.main()


if __name__ == "__main__":
    sys.exit(main())

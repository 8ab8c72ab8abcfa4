"""TLS for the gRPC port: loading server credentials and making a self-signed pair."""

from __future__ import annotations

import datetime
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

import grpc
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from provisiond.config import ConfigError, Settings

CERT_FILE = "server.crt"
KEY_FILE = "server.key"


@dataclass(frozen=True)
class TlsFiles:
    cert: str
    key: str
    client_ca: str = ""


def tls_files(settings: Settings) -> TlsFiles | None:
    """The TLS files to use: the configured ones, else a pair made by
    `provisioner-api tls-init` in the data directory, else None (plaintext)."""
    if settings.tls_cert:
        return TlsFiles(settings.tls_cert, settings.tls_key, settings.tls_client_ca)
    cert, key = settings.tls_dir / CERT_FILE, settings.tls_dir / KEY_FILE
    if cert.exists() and key.exists():
        return TlsFiles(str(cert), str(key), settings.tls_client_ca)
    return None


def server_credentials(files: TlsFiles) -> grpc.ServerCredentials:
    """gRPC server credentials; with a client CA, clients must present a
    certificate it signed or the handshake fails."""
    try:
        key = Path(files.key).read_bytes()
        cert = Path(files.cert).read_bytes()
        ca = Path(files.client_ca).read_bytes() if files.client_ca else None
    except OSError as exc:
        raise ConfigError(f"cannot read TLS file {exc.filename}: {exc.strerror}") from None
    for name, data in (("certificate", cert), ("private key", key)):
        if b"-----BEGIN" not in data:
            raise ConfigError(f"the TLS {name} is not PEM; give PEM files")
    return grpc.ssl_server_credentials(
        [(key, cert)], root_certificates=ca, require_client_auth=ca is not None
    )


def make_self_signed(
    directory: Path, hosts: list[str], days: int = 825
) -> tuple[Path, Path]:
    """Writes a new EC P-256 key (mode 0600) and a self-signed certificate for
    `hosts` (names or IP addresses) into `directory`; returns their paths."""
    key = ec.generate_private_key(ec.SECP256R1())
    names = [_san(host) for host in hosts]
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    key_path, cert_path = directory / KEY_FILE, directory / CERT_FILE
    _write_private(
        key_path,
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def _san(host: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        return x509.DNSName(host)


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)

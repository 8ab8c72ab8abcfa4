"""TLS for the gRPC port: loading server credentials and making a self-signed pair."""

from __future__ import annotations

import datetime
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

import grpc
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
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
        # Config allows tls_client_ca only beside an explicit tls_cert.
        return TlsFiles(str(cert), str(key))
    return None


def server_credentials(files: TlsFiles) -> grpc.ServerCredentials:
    """gRPC server credentials; with a client CA, clients must present a
    certificate it signed or the handshake fails.

    Raises ConfigError naming the file when one is unreadable, not PEM, or
    when the key does not belong to the certificate.
    """
    try:
        key = Path(files.key).read_bytes()
        cert = Path(files.cert).read_bytes()
        ca = Path(files.client_ca).read_bytes() if files.client_ca else None
    except OSError as exc:
        raise ConfigError(
            f"cannot read TLS file {exc.filename}: {exc.strerror}"
        ) from None

    # grpc reports a bad key or certificate only as a failure to bind the
    # port, which would send the operator after the listen address instead.
    certificate = _load_certificates(files.cert, cert)[0]
    _check_key(files, key, certificate)
    if ca is not None:
        _load_certificates(files.client_ca, ca)

    return grpc.ssl_server_credentials(
        [(key, cert)], root_certificates=ca, require_client_auth=ca is not None
    )


def _load_certificates(path: str, data: bytes) -> list[x509.Certificate]:
    try:
        return x509.load_pem_x509_certificates(data)
    except ValueError:
        raise ConfigError(
            f"{path} holds no PEM certificate (-----BEGIN CERTIFICATE-----); "
            "give a PEM file, or convert it with openssl x509 -outform PEM"
        ) from None


def _check_key(files: TlsFiles, data: bytes, certificate: x509.Certificate) -> None:
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise ConfigError(
            f"the TLS private key {files.key} is encrypted; give an unencrypted key"
        ) from None
    except (ValueError, UnsupportedAlgorithm):
        raise ConfigError(
            f"the TLS private key {files.key} is not a PEM private key "
            "(-----BEGIN PRIVATE KEY-----); give a PEM file"
        ) from None
    if _public_der(key.public_key()) != _public_der(certificate.public_key()):
        raise ConfigError(
            f"the TLS private key {files.key} does not belong to the certificate "
            f"{files.cert}; give the key the certificate was issued for"
        )


def _public_der(public_key) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
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

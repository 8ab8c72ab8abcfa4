"""TLS on the gRPC port: files made by tls-init, server TLS, mutual TLS, and
the start-up errors of bad key and certificate files."""

import datetime
import ipaddress
import sqlite3
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from grpc_health.v1 import health_pb2, health_pb2_grpc

from daemon import BOOT_PORT_FLAGS, SQLITE_ONLY, Daemons, run, seed
from provisioner.v1 import auth_service_pb2 as pb
from provisioner.v1 import auth_service_pb2_grpc

SERVING = health_pb2.HealthCheckResponse.SERVING
TLS_INIT = ("tls-init", "--host", "127.0.0.1", "--host", "localhost")


@dataclass
class Pair:
    """A private key and the certificate issued for it."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    @property
    def key_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def write(self, directory: Path, name: str) -> tuple[Path, Path]:
        key, cert = directory / f"{name}.key", directory / f"{name}.crt"
        key.write_bytes(self.key_pem)
        cert.write_bytes(self.cert_pem)
        return key, cert


def _certificate(
    subject: str, issuer: Pair | None, key, extensions
) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer.cert.subject if issuer else name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
    )
    for extension, critical in extensions:
        builder = builder.add_extension(extension, critical=critical)
    return builder.sign(issuer.key if issuer else key, hashes.SHA256())


def make_ca(subject: str) -> Pair:
    key = ec.generate_private_key(ec.SECP256R1())
    constraints = x509.BasicConstraints(ca=True, path_length=None)
    return Pair(key, _certificate(subject, None, key, [(constraints, True)]))


def issue(ca: Pair, subject: str, usage, ip: str = "") -> Pair:
    key = ec.generate_private_key(ec.SECP256R1())
    extensions = [
        (x509.BasicConstraints(ca=False, path_length=None), True),
        (x509.ExtendedKeyUsage([usage]), False),
    ]
    if ip:
        names = [x509.IPAddress(ipaddress.ip_address(ip))]
        extensions.append((x509.SubjectAlternativeName(names), False))
    return Pair(key, _certificate(subject, ca, key, extensions))


def health(channel) -> int:
    stub = health_pb2_grpc.HealthStub(channel)
    return stub.Check(health_pb2.HealthCheckRequest(), timeout=5).status


def refused(function, *args, **kwargs) -> grpc.RpcError:
    with pytest.raises(grpc.RpcError) as caught:
        function(*args, **kwargs)
    return caught.value


@pytest.fixture
def daemons(tmp_path):
    started = Daemons(tmp_path)
    yield started
    started.stop_all()


def test_tls_init_writes_private_key_and_certificate(tmp_path):
    where = ("--data-dir", str(tmp_path))

    made = run("provisioner-api", *where, *TLS_INIT)
    key_path, cert_path = tmp_path / "tls/server.key", tmp_path / "tls/server.crt"
    first = key_path.read_bytes()
    again = run("provisioner-api", *where, "tls-init", "--host", "127.0.0.1")
    status = run("provisioner-api", *where, "status")

    assert made.returncode == 0, made.stderr
    assert f"private key: {key_path} (mode 0600)" in made.stdout
    assert key_path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "tls").stat().st_mode & 0o077 == 0
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    key = serialization.load_pem_private_key(first, password=None)
    assert cert.public_key() == key.public_key()
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.IPAddress) == [
        ipaddress.ip_address("127.0.0.1")
    ]
    assert names.get_values_for_type(x509.DNSName) == ["localhost"]
    assert again.returncode == 1
    assert "exists; add --force to replace it" in again.stderr
    assert key_path.read_bytes() == first
    assert f"TLS: {cert_path}" in status.stdout


@SQLITE_ONLY
def test_tls_daemon_serves_init_files_over_tls_only(daemons, migrated, tmp_path):
    holder = seed()
    made = run("provisioner-api", "--data-dir", str(tmp_path), *TLS_INIT)
    assert made.returncode == 0, made.stderr
    started = daemons.start("--data-dir", str(tmp_path))
    trusted = grpc.ssl_channel_credentials((tmp_path / "tls/server.crt").read_bytes())
    foreign = grpc.ssl_channel_credentials(make_ca("someone else").cert_pem)

    by_ip = started.track(grpc.secure_channel(started.target, trusted))
    by_name = started.track(
        grpc.secure_channel(
            started.target,
            trusted,
            options=[("grpc.ssl_target_name_override", "localhost")],
        )
    )
    reply = auth_service_pb2_grpc.AuthServiceStub(by_ip).CreateSession(
        pb.CreateSessionRequest(
            apid=holder.credential, user_name=holder.user_name, password=holder.password
        ),
        timeout=10,
    )

    assert started.tls
    assert health(by_ip) == SERVING
    assert health(by_name) == SERVING
    assert reply.token.startswith("pvs_")
    with grpc.insecure_channel(started.target) as plaintext:
        assert refused(health, plaintext).code() == grpc.StatusCode.UNAVAILABLE
    with grpc.secure_channel(started.target, foreign) as unverified:
        assert refused(health, unverified).code() == grpc.StatusCode.UNAVAILABLE


@dataclass
class MutualTls:
    """A daemon that requires client certificates, and what clients may hold."""

    target: str
    log_path: Path
    database: Path
    server_ca: Pair
    client: Pair
    foreign_client: Pair


@pytest.fixture(scope="module")
def mutual_tls(tmp_path_factory):
    directory = tmp_path_factory.mktemp("mtls")
    server_ca, client_ca, other_ca = (
        make_ca("server CA"),
        make_ca("client CA"),
        make_ca("other CA"),
    )
    server = issue(
        server_ca, "provisiond", ExtendedKeyUsageOID.SERVER_AUTH, "127.0.0.1"
    )
    key, cert = server.write(directory, "server")
    (directory / "clients.pem").write_bytes(client_ca.cert_pem)
    enabled = run("provisioner-api", "--data-dir", str(directory), "enable")
    assert enabled.returncode == 0, enabled.stderr

    daemons = Daemons(directory)
    started = daemons.start(
        "--data-dir",
        str(directory),
        "--tls-cert",
        str(cert),
        "--tls-key",
        str(key),
        "--tls-client-ca",
        str(directory / "clients.pem"),
    )
    yield MutualTls(
        target=started.target,
        log_path=started.log_path,
        database=directory / "provisioner.db",
        server_ca=server_ca,
        client=issue(client_ca, "panel", ExtendedKeyUsageOID.CLIENT_AUTH),
        foreign_client=issue(other_ca, "panel", ExtendedKeyUsageOID.CLIENT_AUTH),
    )
    daemons.stop_all()


def mtls_channel(setup: MutualTls, client: Pair | None) -> grpc.Channel:
    credentials = grpc.ssl_channel_credentials(
        setup.server_ca.cert_pem,
        private_key=client.key_pem if client else None,
        certificate_chain=client.cert_pem if client else None,
    )
    return grpc.secure_channel(setup.target, credentials)


def who_am_i(channel, request_id: str):
    stub = auth_service_pb2_grpc.AuthServiceStub(channel)
    return stub.WhoAmI(
        pb.WhoAmIRequest(), metadata=[("x-request-id", request_id)], timeout=5
    )


def audited_request_ids(database: Path) -> set[str]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        return {row[0] for row in conn.execute("SELECT request_id FROM audit_record")}


def wait_audited(setup: MutualTls, request_id: str) -> set[str]:
    """Every audited request id, once `request_id` is among them."""
    for _ in range(100):
        found = audited_request_ids(setup.database)
        if request_id in found:
            return found
        time.sleep(0.05)
    raise AssertionError(f"{request_id} was never audited")


def test_tls_client_certificate_signed_by_client_ca_is_served(mutual_tls):
    request_id = "trusted-" + uuid.uuid4().hex

    with mtls_channel(mutual_tls, mutual_tls.client) as channel:
        error = refused(who_am_i, channel, request_id)
        status = health(channel)

    assert status == SERVING
    # No token: the call went through TLS and reached the call pipeline.
    assert error.code() == grpc.StatusCode.UNAUTHENTICATED
    assert request_id in wait_audited(mutual_tls, request_id)


@pytest.mark.parametrize("holder", ["none", "foreign"])
def test_tls_client_without_trusted_certificate_fails_handshake(mutual_tls, holder):
    client = mutual_tls.foreign_client if holder == "foreign" else None
    probe, barrier = "probe-" + uuid.uuid4().hex, "barrier-" + uuid.uuid4().hex

    with mtls_channel(mutual_tls, client) as channel:
        error = refused(who_am_i, channel, probe)
    with mtls_channel(mutual_tls, mutual_tls.client) as channel:
        refused(who_am_i, channel, barrier)

    assert error.code() == grpc.StatusCode.UNAVAILABLE
    # The audit trail keeps calls in order: once the later call is there,
    # the refused one would be too had it reached the server.
    assert probe not in wait_audited(mutual_tls, barrier)
    assert probe not in mutual_tls.log_path.read_text()


@pytest.fixture
def tls_files(tmp_path):
    """A good key and certificate, another key, and a CA bundle, as files."""
    ca = make_ca("server CA")
    key, cert = issue(
        ca, "provisiond", ExtendedKeyUsageOID.SERVER_AUTH, "127.0.0.1"
    ).write(tmp_path, "server")
    other = tmp_path / "other.key"
    other.write_bytes(issue(ca, "x", ExtendedKeyUsageOID.SERVER_AUTH).key_pem)
    der = tmp_path / "server.der"
    der.write_bytes(
        serialization.load_pem_private_key(key.read_bytes(), None).private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    garbage = tmp_path / "garbage.pem"
    garbage.write_text(
        "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n"
    )
    text = tmp_path / "notes.txt"
    text.write_text("this is not a key\n")
    return {
        "key": key,
        "cert": cert,
        "other key": other,
        "der": der,
        "garbage": garbage,
        "text": text,
    }


@pytest.mark.parametrize(
    "setting, bad, advice",
    [
        ("tls_key", "text", "is not a PEM private key"),
        ("tls_key", "der", "is not a PEM private key"),
        ("tls_key", "garbage", "is not a PEM private key"),
        ("tls_key", "other key", "does not belong to the certificate"),
        ("tls_cert", "text", "holds no PEM certificate"),
        ("tls_client_ca", "garbage", "holds no PEM certificate"),
    ],
)
def test_tls_bad_file_stops_startup_with_clear_error(
    tmp_path, tls_files, setting, bad, advice
):
    files = {
        "tls_cert": tls_files["cert"],
        "tls_key": tls_files["key"],
        setting: tls_files[bad],
    }
    flags = [
        a
        for name, path in files.items()
        for a in ("--" + name.replace("_", "-"), str(path))
    ]

    result = run(
        "provisiond",
        "--data-dir",
        str(tmp_path),
        "--grpc-listen",
        "127.0.0.1:0",
        *BOOT_PORT_FLAGS,
        *flags,
    )

    assert result.returncode == 78
    assert str(tls_files[bad]) in result.stderr
    assert advice in result.stderr
    assert "listening" not in result.stderr

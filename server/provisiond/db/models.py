"""Peewee models: the current shape of every table.

A change here needs a new step in migrations.py; tests check that the schema the
migrations build matches these models.
"""

from __future__ import annotations

import peewee

from provisiond.core.clock import utcnow
from provisiond.db.database import db


class BaseModel(peewee.Model):
    class Meta:
        database = db
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row per applied migration."""

    version = peewee.IntegerField(primary_key=True)
    name = peewee.CharField()
    applied_time = peewee.DateTimeField(default=utcnow)


class DeploymentSetting(BaseModel):
    """Deployment-wide switches, such as whether the API is enabled."""

    key = peewee.CharField(primary_key=True)
    value = peewee.TextField()


class ApiClient(BaseModel):
    """An APID: credentials bound to a user name and to client networks."""

    apid = peewee.CharField(unique=True)
    user_name = peewee.CharField()
    password_hash = peewee.CharField()
    secret_sha256 = peewee.CharField()
    scopes = peewee.CharField()
    allowed_networks = peewee.TextField()
    disabled = peewee.BooleanField(default=False)
    expire_time = peewee.DateTimeField(null=True)
    create_time = peewee.DateTimeField(default=utcnow)
    update_time = peewee.DateTimeField(default=utcnow)


class Session(BaseModel):
    """A session token, stored as its SHA-256 digest."""

    name = peewee.CharField(unique=True)
    token_sha256 = peewee.CharField(unique=True)
    api_client = peewee.ForeignKeyField(ApiClient, on_delete="CASCADE")
    client_address = peewee.CharField()
    create_time = peewee.DateTimeField(default=utcnow)
    expire_time = peewee.DateTimeField()
    revoke_time = peewee.DateTimeField(null=True)
    request_id = peewee.CharField(null=True)
    request_sha256 = peewee.CharField(null=True)

    class Meta:
        indexes = ((("api_client", "request_id"), True),)


class AuditRecord(BaseModel):
    """One API call, allowed or denied."""

    create_time = peewee.DateTimeField(index=True)
    apid = peewee.CharField(index=True)
    peer = peewee.CharField()
    client_address = peewee.CharField(index=True)
    method = peewee.CharField(index=True)
    code = peewee.IntegerField()
    request_id = peewee.CharField()
    duration_micros = peewee.BigIntegerField()


class Template(BaseModel):
    """An answer-file template with its declared parameters (JSON)."""

    template_id = peewee.CharField(unique=True)
    display_name = peewee.CharField()
    installer_kind = peewee.CharField()
    body = peewee.TextField()
    parameters = peewee.TextField()
    revision = peewee.IntegerField(default=1)
    create_time = peewee.DateTimeField(default=utcnow)
    update_time = peewee.DateTimeField(default=utcnow)


class OperatingSystem(BaseModel):
    """An installable operating system: boot files and installer kind."""

    os_id = peewee.CharField(unique=True)
    display_name = peewee.CharField()
    family = peewee.CharField()
    installer_kind = peewee.CharField()
    kernel = peewee.TextField()
    initrds = peewee.TextField()
    kernel_args = peewee.TextField()
    default_template = peewee.ForeignKeyField(
        Template, null=True, on_delete="RESTRICT", backref="operating_systems"
    )
    revision = peewee.IntegerField(default=1)
    create_time = peewee.DateTimeField(default=utcnow)
    update_time = peewee.DateTimeField(default=utcnow)


class Host(BaseModel):
    """A physical server. `active_provisioning` is set while one is armed or
    installing; setting it with a conditional update is how one arm wins."""

    host_id = peewee.CharField(unique=True)
    hostname = peewee.CharField()
    network = peewee.TextField(null=True)
    bmc_driver = peewee.CharField(null=True)
    bmc_address = peewee.CharField(null=True)
    bmc_port = peewee.IntegerField(default=0)
    bmc_username = peewee.CharField(null=True)
    bmc_password = peewee.TextField(null=True)
    bmc_insecure = peewee.BooleanField(default=False)
    labels = peewee.TextField()
    active_provisioning = peewee.BigIntegerField(null=True, unique=True)
    latest_provisioning = peewee.CharField(null=True)
    latest_state = peewee.CharField(null=True, index=True)
    revision = peewee.IntegerField(default=1)
    create_time = peewee.DateTimeField(default=utcnow)
    update_time = peewee.DateTimeField(default=utcnow)


class HostMac(BaseModel):
    """One MAC address of a host, normalised; unique across hosts."""

    mac = peewee.CharField(unique=True)
    host = peewee.ForeignKeyField(Host, on_delete="CASCADE", backref="macs")


class Provisioning(BaseModel):
    """One install of a host, with everything rendered when it was armed."""

    id = peewee.BigAutoField()
    provisioning_id = peewee.CharField(unique=True)
    host = peewee.ForeignKeyField(Host, on_delete="CASCADE", backref="provisionings")
    os_id = peewee.CharField(index=True)
    template_id = peewee.CharField(index=True)
    values = peewee.TextField()
    state = peewee.CharField(index=True)
    progress_percent = peewee.IntegerField(default=0)
    message = peewee.TextField(default="")
    boot_entry = peewee.TextField()
    answer_file = peewee.TextField()
    expire_time = peewee.DateTimeField(index=True)
    create_time = peewee.DateTimeField(default=utcnow)
    start_time = peewee.DateTimeField(null=True)
    end_time = peewee.DateTimeField(null=True)
    update_time = peewee.DateTimeField(default=utcnow)
    revision = peewee.IntegerField(default=1)
    request_id = peewee.CharField(null=True, index=True)
    # Boots the imaging environment for the imaging job of the same id.
    imaging_job = peewee.BooleanField(default=False)


class Event(BaseModel):
    """The deployment's event log, read by watch streams in id order."""

    id = peewee.BigAutoField()
    create_time = peewee.DateTimeField(index=True)
    type = peewee.CharField()
    host_id = peewee.CharField(index=True)
    provisioning_id = peewee.CharField(default="")
    state = peewee.CharField(default="")
    progress_percent = peewee.IntegerField(default=0)
    message = peewee.TextField(default="")
    # Set on the events of imaging jobs, whose progress `detail` holds (JSON).
    imaging = peewee.BooleanField(default=False)
    detail = peewee.TextField(default="")


class IdempotencyRecord(BaseModel):
    """The outcome of a mutating call made with a request_id, so that a retry
    returns it instead of acting twice. `response` is empty while the first
    call is still running."""

    apid = peewee.CharField()
    request_id = peewee.CharField()
    method = peewee.CharField()
    request_sha256 = peewee.CharField()
    response = peewee.BlobField(null=True)
    create_time = peewee.DateTimeField(default=utcnow, index=True)

    class Meta:
        indexes = ((("apid", "request_id"), True),)


class Image(BaseModel):
    """A disk image. `state` is "creating" until its capture succeeds; a
    creating image whose capture job has ended otherwise reads as failed."""

    image_id = peewee.CharField(unique=True)
    display_name = peewee.CharField(default="")
    state = peewee.CharField()
    source_host_id = peewee.CharField()
    os_id = peewee.CharField(null=True)
    labels = peewee.TextField(default="{}")
    size_bytes = peewee.BigIntegerField(default=0)
    sha256 = peewee.CharField(default="")
    # SHA-256 of the manifest (every chunk digest in order, holes as 32 zero
    # bytes), hex, once ready: images with the same one hold the same bytes.
    manifest_sha256 = peewee.CharField(default="", index=True)
    chunk_size = peewee.IntegerField()
    data_chunk_count = peewee.BigIntegerField(default=0)
    capture_job_id = peewee.CharField()
    revision = peewee.IntegerField(default=1)
    create_time = peewee.DateTimeField(default=utcnow)
    update_time = peewee.DateTimeField(default=utcnow)


class ManifestPart(BaseModel):
    """`part_size` chunk digests of an image, in order, 32 bytes each; a hole
    is 32 zero bytes. A part a capture offered by fingerprints keeps them, and
    has its digests (empty until then) once the capture finishes."""

    image = peewee.ForeignKeyField(Image, on_delete="CASCADE", backref="parts")
    part = peewee.IntegerField()
    digests = peewee.BlobField()
    fingerprints = peewee.BlobField(null=True)

    class Meta:
        indexes = ((("image", "part"), True),)


class ChunkFingerprint(BaseModel):
    """The BLAKE3 of a chunk's bytes and their SHA-256, as the server computed
    both from bytes it received. A function of the bytes: a row is never
    wrong, only possibly about a chunk no longer stored."""

    fingerprint = peewee.BlobField(primary_key=True)
    digest = peewee.BlobField(index=True)


class ImagingJob(BaseModel):
    """A capture or a deploy. Its id is that of the provisioning that boots the
    host into the imaging environment, whose state is the job's."""

    job_id = peewee.CharField(unique=True)
    kind = peewee.CharField()
    host_id = peewee.CharField(index=True)
    image_id = peewee.CharField(index=True)
    environment_os_id = peewee.CharField()
    disk = peewee.CharField(default="")
    bytes_done = peewee.BigIntegerField(default=0)
    bytes_total = peewee.BigIntegerField(default=0)
    bytes_transferred = peewee.BigIntegerField(default=0)
    rate = peewee.BigIntegerField(default=0)
    progress_time = peewee.DateTimeField(null=True)
    message = peewee.TextField(default="")
    create_time = peewee.DateTimeField(default=utcnow)
    update_time = peewee.DateTimeField(default=utcnow)


ALL_MODELS = (
    SchemaVersion,
    DeploymentSetting,
    ApiClient,
    Session,
    AuditRecord,
    Template,
    OperatingSystem,
    Host,
    HostMac,
    Provisioning,
    Event,
    IdempotencyRecord,
    Image,
    ManifestPart,
    ChunkFingerprint,
    ImagingJob,
)

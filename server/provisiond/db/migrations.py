"""Versioned schema migrations, applied in order at start and by provisioner-migrate.

Each step is a function of the database that runs inside one transaction, and is
recorded in schema_version. A step never imports the current models: it declares
the tables as they were at its version, so that later model changes cannot alter
what an old step does.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Callable

import peewee
from playhouse import migrate as playhouse_migrate

from provisiond.core.clock import utcnow
from provisiond.db.database import db, is_postgresql

LOG = logging.getLogger(__name__)

# An arbitrary constant naming our advisory lock, so that two daemons starting
# together on one PostgreSQL database do not migrate it twice.
_PG_LOCK_KEY = 0x70726F76


class SchemaTooNew(Exception):
    """The database was migrated by a newer provisiond than this one."""


def _v1_initial(database: peewee.Database) -> None:
    class Base(peewee.Model):
        class Meta:
            legacy_table_names = False

    class DeploymentSetting(Base):
        key = peewee.CharField(primary_key=True)
        value = peewee.TextField()

    class ApiClient(Base):
        apid = peewee.CharField(unique=True)
        user_name = peewee.CharField()
        password_hash = peewee.CharField()
        secret_sha256 = peewee.CharField()
        scopes = peewee.CharField()
        allowed_networks = peewee.TextField()
        disabled = peewee.BooleanField(default=False)
        expire_time = peewee.DateTimeField(null=True)
        create_time = peewee.DateTimeField()
        update_time = peewee.DateTimeField()

    class Session(Base):
        name = peewee.CharField(unique=True)
        token_sha256 = peewee.CharField(unique=True)
        api_client = peewee.ForeignKeyField(ApiClient, on_delete="CASCADE")
        client_address = peewee.CharField()
        create_time = peewee.DateTimeField()
        expire_time = peewee.DateTimeField()
        revoke_time = peewee.DateTimeField(null=True)
        request_id = peewee.CharField(null=True)
        request_sha256 = peewee.CharField(null=True)

        class Meta:
            indexes = ((("api_client", "request_id"), True),)

    class AuditRecord(Base):
        create_time = peewee.DateTimeField(index=True)
        apid = peewee.CharField(index=True)
        peer = peewee.CharField()
        client_address = peewee.CharField(index=True)
        method = peewee.CharField(index=True)
        code = peewee.IntegerField()
        request_id = peewee.CharField()
        duration_micros = peewee.BigIntegerField()

    tables = [DeploymentSetting, ApiClient, Session, AuditRecord]
    with database.bind_ctx(tables):
        database.create_tables(tables)


def _v2_provisioning(database: peewee.Database) -> None:
    class Base(peewee.Model):
        class Meta:
            legacy_table_names = False

    class Template(Base):
        template_id = peewee.CharField(unique=True)
        display_name = peewee.CharField()
        installer_kind = peewee.CharField()
        body = peewee.TextField()
        parameters = peewee.TextField()
        revision = peewee.IntegerField(default=1)
        create_time = peewee.DateTimeField()
        update_time = peewee.DateTimeField()

    class OperatingSystem(Base):
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
        create_time = peewee.DateTimeField()
        update_time = peewee.DateTimeField()

    class Host(Base):
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
        create_time = peewee.DateTimeField()
        update_time = peewee.DateTimeField()

    class HostMac(Base):
        mac = peewee.CharField(unique=True)
        host = peewee.ForeignKeyField(Host, on_delete="CASCADE", backref="macs")

    class Provisioning(Base):
        id = peewee.BigAutoField()
        provisioning_id = peewee.CharField(unique=True)
        host = peewee.ForeignKeyField(
            Host, on_delete="CASCADE", backref="provisionings"
        )
        os_id = peewee.CharField(index=True)
        template_id = peewee.CharField(index=True)
        values = peewee.TextField()
        state = peewee.CharField(index=True)
        progress_percent = peewee.IntegerField(default=0)
        message = peewee.TextField(default="")
        boot_entry = peewee.TextField()
        answer_file = peewee.TextField()
        expire_time = peewee.DateTimeField(index=True)
        create_time = peewee.DateTimeField()
        start_time = peewee.DateTimeField(null=True)
        end_time = peewee.DateTimeField(null=True)
        update_time = peewee.DateTimeField()
        revision = peewee.IntegerField(default=1)
        request_id = peewee.CharField(null=True, index=True)

    class Event(Base):
        id = peewee.BigAutoField()
        create_time = peewee.DateTimeField(index=True)
        type = peewee.CharField()
        host_id = peewee.CharField(index=True)
        provisioning_id = peewee.CharField(default="")
        state = peewee.CharField(default="")
        progress_percent = peewee.IntegerField(default=0)
        message = peewee.TextField(default="")

    class IdempotencyRecord(Base):
        apid = peewee.CharField()
        request_id = peewee.CharField()
        method = peewee.CharField()
        request_sha256 = peewee.CharField()
        response = peewee.BlobField(null=True)
        create_time = peewee.DateTimeField(index=True)

        class Meta:
            indexes = ((("apid", "request_id"), True),)

    tables = [
        Template,
        OperatingSystem,
        Host,
        HostMac,
        Provisioning,
        Event,
        IdempotencyRecord,
    ]
    with database.bind_ctx(tables):
        database.create_tables(tables)


def _v3_imaging(database: peewee.Database) -> None:
    class Base(peewee.Model):
        class Meta:
            legacy_table_names = False

    class Image(Base):
        image_id = peewee.CharField(unique=True)
        display_name = peewee.CharField(default="")
        state = peewee.CharField()
        source_host_id = peewee.CharField()
        os_id = peewee.CharField(null=True)
        labels = peewee.TextField(default="{}")
        size_bytes = peewee.BigIntegerField(default=0)
        sha256 = peewee.CharField(default="")
        chunk_size = peewee.IntegerField()
        data_chunk_count = peewee.BigIntegerField(default=0)
        capture_job_id = peewee.CharField()
        revision = peewee.IntegerField(default=1)
        create_time = peewee.DateTimeField()
        update_time = peewee.DateTimeField()

    class ManifestPart(Base):
        image = peewee.ForeignKeyField(Image, on_delete="CASCADE", backref="parts")
        part = peewee.IntegerField()
        digests = peewee.BlobField()

        class Meta:
            indexes = ((("image", "part"), True),)

    class ImagingJob(Base):
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
        create_time = peewee.DateTimeField()
        update_time = peewee.DateTimeField()

    tables = [Image, ManifestPart, ImagingJob]
    with database.bind_ctx(tables):
        database.create_tables(tables)
    migrator = (
        playhouse_migrate.PostgresqlMigrator(database)
        if is_postgresql()
        else playhouse_migrate.SqliteMigrator(database)
    )
    playhouse_migrate.migrate(
        migrator.add_column(
            "provisioning", "imaging_job", peewee.BooleanField(default=False)
        ),
        migrator.add_column("event", "imaging", peewee.BooleanField(default=False)),
        migrator.add_column("event", "detail", peewee.TextField(default="")),
    )


def _v4_fingerprints(database: peewee.Database) -> None:
    class Base(peewee.Model):
        class Meta:
            legacy_table_names = False

    class ChunkFingerprint(Base):
        fingerprint = peewee.BlobField(primary_key=True)
        digest = peewee.BlobField(index=True)

    class Image(Base):
        state = peewee.CharField()
        manifest_sha256 = peewee.CharField(default="")

    class ManifestPart(Base):
        image = peewee.ForeignKeyField(Image, on_delete="CASCADE")
        part = peewee.IntegerField()
        digests = peewee.BlobField()

    with database.bind_ctx([ChunkFingerprint]):
        database.create_tables([ChunkFingerprint])
    migrator = (
        playhouse_migrate.PostgresqlMigrator(database)
        if is_postgresql()
        else playhouse_migrate.SqliteMigrator(database)
    )
    # Not through the migrator: on SQLite it adds a NOT NULL column by
    # rebuilding the table, and dropping the old "image" would delete every
    # manifest part through their ON DELETE CASCADE.
    database.execute_sql(
        "ALTER TABLE image ADD COLUMN manifest_sha256 VARCHAR(255) NOT NULL DEFAULT ''"
    )
    playhouse_migrate.migrate(
        migrator.add_index("image", ("manifest_sha256",)),
        migrator.add_column(
            "manifest_part", "fingerprints", peewee.BlobField(null=True)
        ),
    )
    # Ready images get their manifest's SHA-256, as captures record it now.
    with database.bind_ctx([Image, ManifestPart]):
        for image in Image.select().where(Image.state == "ready"):
            digest = hashlib.sha256()
            parts = (
                ManifestPart.select(ManifestPart.digests)
                .where(ManifestPart.image == image.id)
                .order_by(ManifestPart.part)
            )
            for part in parts:
                digest.update(bytes(part.digests))
            Image.update(manifest_sha256=digest.hexdigest()).where(
                Image.id == image.id
            ).execute()


MIGRATIONS: tuple[tuple[int, str, Callable[[peewee.Database], None]], ...] = (
    (1, "initial: deployment settings, APIDs, sessions, audit", _v1_initial),
    (
        2,
        "provisioning: templates, operating systems, hosts, installs, events",
        _v2_provisioning,
    ),
    (3, "imaging: images, manifests, imaging jobs", _v3_imaging),
    (4, "imaging: chunk fingerprints, manifest digests", _v4_fingerprints),
)

LATEST_VERSION = MIGRATIONS[-1][0]


class _SchemaVersion(peewee.Model):
    version = peewee.IntegerField(primary_key=True)
    name = peewee.CharField()
    applied_time = peewee.DateTimeField()

    class Meta:
        database = db
        table_name = "schema_version"


def current_version() -> int:
    """The highest applied migration, 0 for an empty database."""
    if not db.table_exists("schema_version"):
        return 0
    latest = _SchemaVersion.select(peewee.fn.MAX(_SchemaVersion.version)).scalar()
    return latest or 0


def migrate() -> list[int]:
    """Applies every pending migration; returns the versions applied.

    Raises SchemaTooNew when the database is ahead of this code.
    """
    applied = []
    with db.connection_context():
        db.create_tables([_SchemaVersion], safe=True)
        with _exclusive_transaction():
            version = current_version()
            if version > LATEST_VERSION:
                raise SchemaTooNew(
                    f"the database schema is at version {version}, newer than this "
                    f"provisiond knows ({LATEST_VERSION}); upgrade provisiond"
                )
            for number, name, step in MIGRATIONS:
                if number <= version:
                    continue
                LOG.info("applying schema migration %d: %s", number, name)
                step(db.obj)
                _SchemaVersion.create(version=number, name=name, applied_time=utcnow())
                applied.append(number)
    return applied


@contextlib.contextmanager
def _exclusive_transaction():
    """A transaction that no other migrating process runs at the same time."""
    if is_postgresql():
        with db.atomic():
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK_KEY,))
            yield
    else:
        # IMMEDIATE takes SQLite's write lock up front instead of upgrading
        # a read lock later, which could fail with "database is locked".
        with db.atomic("IMMEDIATE"):
            yield

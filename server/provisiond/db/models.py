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


ALL_MODELS = (SchemaVersion, DeploymentSetting, ApiClient, Session, AuditRecord)

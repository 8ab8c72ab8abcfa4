"""Schema migrations: they build what the models describe, once, in order."""

import hashlib

import pytest

from provisiond.db import database, migrations
from provisiond.db.database import db, is_postgresql
from provisiond.db.models import ALL_MODELS


def _columns(table):
    return {(c.name, c.null, c.primary_key) for c in db.get_columns(table)}


def _model_columns(model):
    return {
        (field.column_name, field.null, field is model._meta.primary_key)
        for field in model._meta.sorted_fields
    }


def _unique_indexes(table):
    return {tuple(sorted(i.columns)) for i in db.get_indexes(table) if i.unique}


def _model_unique_indexes(model):
    unique = {(f.column_name,) for f in model._meta.sorted_fields if f.unique}
    for fields, is_unique in model._meta.indexes:
        if is_unique:
            unique.add(tuple(sorted(model._meta.fields[f].column_name for f in fields)))
    return unique


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__name__)
def test_migrations_build_the_models_schema(migrated, model):
    table = model._meta.table_name
    with db.connection_context():
        assert _columns(table) == _model_columns(model)
        assert _model_unique_indexes(model) <= _unique_indexes(table)


def test_migrate_is_idempotent(migrated):
    assert migrations.migrate() == []
    with db.connection_context():
        assert migrations.current_version() == migrations.LATEST_VERSION


def test_migrate_refuses_newer_schema(migrated):
    with db.connection_context():
        db.execute_sql(
            "INSERT INTO schema_version (version, name, applied_time) "
            "VALUES (999, 'future', '2030-01-01 00:00:00')"
        )

    with pytest.raises(migrations.SchemaTooNew, match="upgrade provisiond"):
        migrations.migrate()


def test_v4_gives_ready_images_their_manifest_digest(database_url, monkeypatch):
    database.open_database(database_url)
    try:
        monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
        migrations.migrate()
        first, second = b"\x01" * 32 * 2, b"\x02" * 32
        with db.connection_context():
            for image_id, state in (("old", "ready"), ("half", "creating")):
                db.execute_sql(
                    "INSERT INTO image (image_id, display_name, state, "
                    "source_host_id, labels, size_bytes, sha256, chunk_size, "
                    "data_chunk_count, capture_job_id, revision, create_time, "
                    "update_time) VALUES (?, '', ?, 'h', '{}', 3, '', 1, 3, 'j', "
                    "1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')".replace(
                        "?", "%s" if is_postgresql() else "?"
                    ),
                    (image_id, state),
                )
            image = db.execute_sql("SELECT id FROM image WHERE image_id = 'old'")
            image_id = image.fetchone()[0]
            for part, blob in ((1, second), (0, first)):
                db.execute_sql(
                    "INSERT INTO manifest_part (image_id, part, digests) "
                    "VALUES (?, ?, ?)".replace("?", "%s" if is_postgresql() else "?"),
                    (image_id, part, blob),
                )
        monkeypatch.undo()

        assert migrations.migrate() == [4]
        with db.connection_context():
            rows = dict(db.execute_sql("SELECT image_id, manifest_sha256 FROM image"))
        assert rows == {"old": hashlib.sha256(first + second).hexdigest(), "half": ""}
    finally:
        db.obj.close_all()

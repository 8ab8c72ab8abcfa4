"""Schema migrations: they build what the models describe, once, in order."""

import pytest

from provisiond.db import migrations
from provisiond.db.database import db
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

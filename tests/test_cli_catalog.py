"""provisioner-catalog as operators run it: the starter templates go into the
database, where the API treats them like any other template."""

import pytest

from daemon import ROOT_ONLY, SQLITE_ONLY, database_args, run
from provisiond.catalog import starter_templates
from provisiond.core import catalog
from provisiond.db.database import db
from provisiond.db.models import Template

pytestmark = ROOT_ONLY

STARTER_IDS = [starter.template_id for starter in starter_templates()]


def stored_bodies() -> dict[str, str]:
    with db.connection_context():
        return {row.template_id: row.body for row in Template.select()}


def test_catalog_imports_every_starter_once(migrated, tmp_path):
    where = database_args(migrated, tmp_path)

    before = run("provisioner-catalog", *where, "list")
    imported = run("provisioner-catalog", *where, "import", "--all")
    after = run("provisioner-catalog", *where, "list")

    assert before.returncode == 0, before.stderr
    assert len(before.stdout.splitlines()) == len(STARTER_IDS) == 4
    assert before.stdout.count("(not stored)") == 4
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines() == [
        f"templates/{name}: imported" for name in STARTER_IDS
    ]
    assert after.stdout.count("(stored)") == 4
    bodies = stored_bodies()
    for starter in starter_templates():
        assert bodies[starter.template_id] == starter.body
    with db.connection_context():
        windows = catalog.get_template("unattend-windows")
    assert [p.name for p in windows.parameters if p.secret] == [
        "administrator_password",
        "product_key",
    ]


def test_catalog_keeps_an_edited_template_unless_told_to_replace(migrated, tmp_path):
    where = database_args(migrated, tmp_path)
    run("provisioner-catalog", *where, "import", "kickstart-el9")
    with db.connection_context():
        catalog.update_template("kickstart-el9", {"body": "# edited\n"})

    kept = run("provisioner-catalog", *where, "import", "kickstart-el9")
    edited = stored_bodies()["kickstart-el9"]
    replaced = run("provisioner-catalog", *where, "import", "--replace", "--all")

    assert kept.returncode == 0, kept.stderr
    assert "already stored, left as it is" in kept.stdout
    assert edited == "# edited\n"
    assert replaced.returncode == 0, replaced.stderr
    assert "templates/kickstart-el9: replaced" in replaced.stdout
    assert "templates/preseed-debian12: imported" in replaced.stdout
    assert stored_bodies()["kickstart-el9"] != "# edited\n"


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["import", "kickstart-el9", "no-such"], 1, "no template 'no-such'"),
        (["import"], 2, "name the starters to import, or give --all"),
        (["import", "--all", "kickstart-el9"], 2, "or give --all"),
    ],
)
def test_catalog_refuses_bad_requests_and_stores_nothing(
    migrated, tmp_path, args, status, message
):
    result = run("provisioner-catalog", *database_args(migrated, tmp_path), *args)

    assert result.returncode == status
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert stored_bodies() == {}


@SQLITE_ONLY
def test_catalog_refuses_non_root(migrated, tmp_path):
    where = database_args(migrated, tmp_path)
    result = run("provisioner-catalog", *where, "import", "--all", nobody=True)

    assert result.returncode == 77
    assert "must run as root" in result.stderr
    assert stored_bodies() == {}

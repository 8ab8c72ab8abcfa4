"""Housekeeping removes ended sessions and old audit records, and nothing else."""

from datetime import timedelta

from provisiond.core import apids
from provisiond.core.clock import utcnow
from provisiond.core.housekeeping import Housekeeper, purge_audit, purge_sessions
from provisiond.db.database import db
from provisiond.db.models import ApiClient, AuditRecord, Session


def _session(client, name, expire_days=1, revoke_days=None):
    now = utcnow()
    return Session.create(
        name=name,
        token_sha256=name,
        api_client=client,
        client_address="127.0.0.1",
        expire_time=now + timedelta(days=expire_days),
        revoke_time=None if revoke_days is None else now + timedelta(days=revoke_days),
    )


def _audit(days_ago):
    AuditRecord.create(
        create_time=utcnow() - timedelta(days=days_ago),
        apid="",
        peer="",
        client_address="",
        method="/m",
        code=0,
        request_id="",
        duration_micros=1,
    )


def test_housekeeping_purges_only_what_has_ended(migrated):
    with db.connection_context():
        apids.create("panel", "a long passphrase", ["127.0.0.1"], ["admin"])
        client = ApiClient.get()
        _session(client, "live")
        _session(client, "just-expired", expire_days=-0.5)
        _session(client, "long-expired", expire_days=-2)
        _session(client, "long-revoked", revoke_days=-3)
        for days in (1, 89, 91):
            _audit(days)
    keeper = Housekeeper(
        {
            "sessions": purge_sessions,
            "audit": lambda: purge_audit(timedelta(days=90)),
        }
    )

    removed = keeper.run_once()

    assert removed == {"sessions": 2, "audit": 1}
    with db.connection_context():
        assert sorted(s.name for s in Session.select()) == ["just-expired", "live"]
        assert AuditRecord.select().count() == 2


def test_housekeeping_survives_failing_task(migrated, caplog):
    def broken():
        raise RuntimeError("disk on fire")

    removed = Housekeeper({"broken": broken, "sessions": purge_sessions}).run_once()

    assert removed == {"sessions": 0}
    assert "housekeeping task broken failed" in caplog.text

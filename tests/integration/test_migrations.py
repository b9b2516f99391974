"""Migrations upgrade a database that already holds data, on both engines."""

import pytest
from alembic import command
from sqlalchemy import text

from mailbot.store.db import alembic_config, current_revision, is_current, make_engine, upgrade


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    else:
        eng = request.getfixturevalue("pg_engine_factory")()
    yield eng
    eng.dispose()


def test_upgrade_from_first_revision_with_rows(engine):
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO leads (state, temperature, company, contact_name, contact_email, "
            "contact_phone, country, postal_code, city, source, reason, requirement, notes, "
            "product, skills, certifications, partner_type, language, currency, extra, "
            "created_at, updated_at, wave, deal_currency, lost_reason) VALUES ('new', 'warm', "
            "'', '', '', '', '', '', '', '', '', '', '', '', '[]', '[]', '', '', '', '{}', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 0, '', '')"))
    upgrade(engine)
    assert is_current(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT exclude_partners FROM leads")).scalar() in ("[]", [])
    command.downgrade(alembic_config(engine), "base")
    assert current_revision(engine) is None

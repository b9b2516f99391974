"""Shared fixtures: a fixed config copy and an App on SQLite and (when available) PostgreSQL.

PostgreSQL tests run when MAILBOT_TEST_POSTGRES_URL is set. In CI (CI=true) a
missing PostgreSQL is a failure, never a silent skip.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailbot.app import App, build_app, load_config
from mailbot.store.db import make_engine

# The `dovecot` fixture (a private Dovecot IMAP server per test) for any test that asks for it.
pytest_plugins = ["tests.support.dovecot"]

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent
T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # a Monday


def postgres_url() -> str | None:
    url = os.environ.get("MAILBOT_TEST_POSTGRES_URL")
    if not url and os.environ.get("CI"):
        pytest.fail("CI=true but MAILBOT_TEST_POSTGRES_URL is not set: PostgreSQL tests "
                    "must run in CI (scripts/test sets it up)")
    return url


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    """A private copy of the fixed test config; tests may edit it."""
    target = tmp_path / "config"
    shutil.copytree(FIXTURES / "config", target)
    return target


@pytest.fixture
def pg_engine_factory():
    """Engines bound to throwaway PostgreSQL schemas, dropped after the test."""
    url = postgres_url()
    if not url:
        pytest.skip("MAILBOT_TEST_POSTGRES_URL not set")
    admin = make_engine(url)
    schemas = []

    def make(**kwargs):
        schema = f"t_{uuid.uuid4().hex[:12]}"
        with admin.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
        schemas.append(schema)
        return make_engine(url, connect_args={"options": f"-csearch_path={schema}"}, **kwargs)

    yield make
    with admin.begin() as conn:
        for schema in schemas:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def app(request, config_dir: Path, tmp_path: Path) -> Iterator[App]:
    """The application on each database, with the fixed directory synced in."""
    config = load_config(config_dir, environ={})
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'mailbot.db'}")
    else:
        engine = request.getfixturevalue("pg_engine_factory")(pool_size=25, max_overflow=10)
    application = build_app(config, engine=engine)
    yield application
    engine.dispose()

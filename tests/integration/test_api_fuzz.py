"""Schemathesis fuzzes the API from its own OpenAPI document: no request, valid or not,
may produce a server error, and every answer must match the document."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from mailbot.app import build_app
from mailbot.inbound.web import create_app
from mailbot.store.db import make_engine
from tests.integration.test_api import CRM, Clock, api_config

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from schemathesis.checks import not_a_server_error


@pytest.fixture(params=["sqlite", "postgres"])
def api_schema(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    config_dir = tmp / "config"
    import shutil

    from tests.conftest import FIXTURES
    shutil.copytree(FIXTURES / "config", config_dir)
    config = api_config(Path(config_dir))
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp / 'mailbot.db'}")
    else:
        engine = request.getfixturevalue("pg_engine_factory")()
    asgi = create_app(build_app(config, engine=engine), clock=Clock())
    yield schemathesis.openapi.from_asgi("/api/openapi.json", asgi)
    engine.dispose()


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    case.call_and_validate(headers={"Authorization": f"Bearer {CRM}"}, checks=[
        not_a_server_error, status_code_conformance, content_type_conformance,
        response_schema_conformance])

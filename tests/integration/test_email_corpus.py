"""Accuracy on the real-client corpus (tests/fixtures/emails): what `mailbot parse` reads
from each message equals the hand label. Bars (issue 5): kind >= 98 %, intent and status
>= 90 %; every other field is checked and reported too."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime

import pytest

from mailbot.app import build_app, load_config
from mailbot.handlers.mail_received import read
from mailbot.store.db import make_engine
from tests.conftest import FIXTURES

CORPUS = FIXTURES / "emails"
EXPECTED = json.loads((CORPUS / "expected.json").read_text())
NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)
FIELDS = ("kind", "lead", "contact", "intent", "status", "amount", "currency", "paused_until")


@pytest.fixture(scope="module")
def readings(tmp_path_factory) -> dict[str, dict]:
    """Every corpus file read through the real lookup (directory in SQLite)."""
    tmp = tmp_path_factory.mktemp("corpus")
    shutil.copytree(FIXTURES / "config", tmp / "config")
    app = build_app(load_config(tmp / "config", environ={}),
                    engine=make_engine(f"sqlite:///{tmp / 'c.db'}"))
    return {name: read(app, (CORPUS / name).read_bytes(), NOW).as_json() for name in EXPECTED}


def test_the_corpus_is_complete():
    files = {str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*.eml")}
    assert files == set(EXPECTED) and len(files) >= 90


def test_kind_accuracy(readings):
    wrong = {n: (r["kind"], EXPECTED[n]["kind"]) for n, r in readings.items()
             if r["kind"] != EXPECTED[n]["kind"]}
    assert 1 - len(wrong) / len(readings) >= 0.98, wrong


def test_intent_and_status_accuracy(readings):
    replies = [n for n, e in EXPECTED.items() if e["kind"] == "reply"]
    wrong = {n: ((readings[n]["intent"], readings[n]["status"]),
                 (EXPECTED[n]["intent"], EXPECTED[n]["status"])) for n in replies
             if (readings[n]["intent"], readings[n]["status"]) !=
             (EXPECTED[n]["intent"], EXPECTED[n]["status"])}
    assert 1 - len(wrong) / len(replies) >= 0.90, wrong


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_field(readings, name):
    got, expected = readings[name], EXPECTED[name]
    assert {f: got[f] for f in FIELDS} == {f: expected[f] for f in FIELDS}
    if expected["bounce"] is None:
        assert got["bounce"] is None
    else:
        assert got["bounce"]["permanent"] == expected["bounce"]["permanent"]
        assert sorted(got["bounce"]["recipients"]) == sorted(expected["bounce"]["recipients"])


def test_quoted_history_never_reaches_the_text(readings):
    for name, got in readings.items():
        assert "Reply above this line" not in got["text"], name
        assert "https://" not in got["text"] or EXPECTED[name]["kind"] != "reply", name


def test_parse_cli_prints_the_same_object(tmp_path):
    from click.testing import CliRunner

    from mailbot.cli import cli
    shutil.copytree(FIXTURES / "config", tmp_path / "config")
    toml = tmp_path / "config" / "mailbot.toml"
    toml.write_text(toml.read_text().replace("sqlite:///var/mailbot.db",
                                             f"sqlite:///{tmp_path}/cli.db"))
    name = "replies/gmail_web_de_won_eur.eml"
    result = CliRunner().invoke(cli, ["--config", str(tmp_path / "config"), "parse",
                                      str(CORPUS / name), "--json", "--now", NOW.isoformat()])
    assert result.exit_code == 0, result.output
    got = json.loads(result.output)
    assert {f: got[f] for f in FIELDS} == {f: EXPECTED[name][f] for f in FIELDS}

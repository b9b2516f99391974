"""Shared fixtures for the end-to-end tests: external tools and a running capture web server.

The tools (Debian packages ``chromium`` and ``spamassassin``) are installed by
scripts/services.sh. In CI (CI set) a missing tool is a failure, never a silent skip;
locally the tests that need it are skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
import uvicorn
import yaml
from sqlalchemy import select

from mailbot.app import App, build_app, load_config
from mailbot.inbound.web import create_app
from mailbot.outbound.render import LANGUAGES
from mailbot.outbound.sender import Sender
from mailbot.store import models as m
from mailbot.store.db import make_engine
from tests.conftest import FIXTURES, T0
from tests.integration.helpers import add_lead

if TYPE_CHECKING:
    from playwright.sync_api import Browser

#: contact address -> the language it is configured with (see ``e2e_config_dir``)
CONTACT_LANGUAGES = {
    "aino@fi-gold.example": "en",
    "mikko@fi-gold.example": "de",
    "pia@fi-plc.example": "fi",
    "juha@fi-silver.example": "sv",
    "olga@fi-silver.example": "ru",
}
assert sorted(CONTACT_LANGUAGES.values()) == sorted(LANGUAGES)


def require_tool(names: tuple[str, ...], package: str, purpose: str) -> str:
    """The path of the first of ``names`` on PATH; fail in CI, skip locally, when none is."""
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    reason = (f"{' / '.join(names)} not found on PATH: {purpose} needs the Debian package "
              f"{package!r} (scripts/services.sh installs it)")
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> str:
    return require_tool(("chromium", "chromium-browser"), "chromium",
                        "the browser tests (capture screenshots, link pages)")


@pytest.fixture(scope="session")
def spamassassin() -> str:
    return require_tool(("spamassassin",), "spamassassin", "the spam score tests")


@pytest.fixture(scope="module")
def e2e_config_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixed test config, with the wave-one contacts set to one language each.

    ``add_lead`` offers a FI lead to fi-gold (Aino, Mikko), fi-plc (Pia) and fi-silver
    (Juha); fi-silver gets a second contact (Olga) so all five languages receive an offer.
    """
    target = tmp_path_factory.mktemp("e2e") / "config"
    shutil.copytree(FIXTURES / "config", target)
    path = target / "partners.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    orgs = {org["id"]: org for org in data["organisations"]}
    orgs["fi-silver"]["contacts"].append({"name": "Olga", "emails": ["olga@fi-silver.example"]})
    for org in orgs.values():
        for contact in org.get("contacts", []):
            if contact["emails"][0] in CONTACT_LANGUAGES:
                contact["language"] = CONTACT_LANGUAGES[contact["emails"][0]]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


@dataclass(frozen=True)
class Captured:
    app: App
    lead_id: int
    lead_ref: str
    #: offer rows: recipient address -> (language, contact id)
    offers: dict[str, tuple[str, int]]


@pytest.fixture(scope="module")
def captured(e2e_config_dir: Path) -> Iterator[Captured]:
    """An app on SQLite whose capture Maildir holds one offer email per language."""
    config = load_config(e2e_config_dir, environ={})
    assert not config.settings.file.smtp.host, "the capture needs a config without [smtp].host"
    engine = make_engine(f"sqlite:///{e2e_config_dir.parent / 'mailbot.db'}")
    app = build_app(config, engine=engine)
    try:
        intake = add_lead(app, T0)
        assert intake.state == "offered", intake
        with app.sessions() as s:
            rows = s.execute(select(m.OutboundMessage.to_addr, m.OutboundMessage.language,
                                    m.OutboundMessage.contact_id)
                             .where(m.OutboundMessage.lead_id == intake.lead_id,
                                    m.OutboundMessage.template == "offer")).all()
            ref = s.get(m.Lead, intake.lead_id).ref
        offers = {addr: (lang, contact_id) for addr, lang, contact_id in rows}
        assert {a: lang for a, (lang, _) in offers.items()} == CONTACT_LANGUAGES, (
            "the wave-one offers no longer reach one contact per language; "
            "update CONTACT_LANGUAGES / e2e_config_dir")
        report = Sender(app, app.transport()).drain(T0)
        assert report.failed == 0 and not report.errors, report.errors
        assert report.sent >= len(CONTACT_LANGUAGES), report.summary()
        yield Captured(app, intake.lead_id, ref, offers)
    finally:
        engine.dispose()


def _serve(server: uvicorn.Server, sock: socket.socket) -> None:
    server.run(sockets=[sock])


def loopback_socket() -> socket.socket:
    """A listening-ready socket on a free loopback port: bind first, so the port is ours
    from here on (no pick-then-bind race) and can go into the config before the app exists."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@contextmanager
def serving(asgi_app, sock: socket.socket, probe: str) -> Iterator[str]:
    """Run ``asgi_app`` under uvicorn on ``sock`` in a thread; yield its base URL once
    ``probe`` (a path) answers 200; stop the server and close the socket afterwards."""
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(asgi_app, host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=_serve, args=(server, sock), name="uvicorn", daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while True:  # bounded poll until the server answers
            try:
                if server.started and httpx.get(f"{base}{probe}", trust_env=False,
                                                timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if not thread.is_alive() or time.monotonic() > deadline:
                pytest.fail(f"the web server did not come up on {base}")
            time.sleep(0.02)
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def capture_server(captured: Captured) -> Iterator[str]:
    """The real web app under uvicorn on a free loopback port; yields its base URL."""
    with serving(create_app(captured.app), loopback_socket(), "/_mail") as base:
        yield base


#: Chromium flags for every browser test: quiet, offline apart from loopback, no sandbox
#: (tests may run as root), no proxy from the environment
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--no-proxy-server"]


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Browser]:
    """Headless Debian Chromium driven by Playwright's Python package (the test extra).

    Playwright only drives the system browser (``executable_path``); it downloads nothing.
    Missing Playwright fails in CI and skips locally, like a missing tool."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = ("the Python package 'playwright' is not installed: the browser tests need "
                  "it (pip install -e '.[test]')")
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {reason}")
        pytest.skip(reason)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, headless=True,
                                              args=CHROMIUM_FLAGS, timeout=30_000)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def http(capture_server: str) -> Iterator[httpx.Client]:
    # trust_env=False: never send loopback requests through a proxy from the environment
    with httpx.Client(base_url=capture_server, trust_env=False, timeout=10) as client:
        yield client

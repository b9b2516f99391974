"""A real week's digest (English for sales management, Finnish for the Finnish partner
account manager) rendered and screenshotted in headless Chromium."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from mailbot.app import build_app, load_config
from mailbot.handlers import digest
from mailbot.store.db import make_engine
from tests.conftest import T0
from tests.e2e.test_capture_screenshots import _png_problem, _screenshot, keep_screenshots
from tests.integration.test_digest import week


def test_digest_screenshots(chromium: str, config_dir: Path, tmp_path: Path) -> None:
    app = build_app(load_config(config_dir, environ={}),
                    engine=make_engine(f"sqlite:///{tmp_path / 'd.db'}"))
    week(app)
    problems = []
    for manager in ("boss", "pam-fi"):
        email, _ = digest.render(app, manager, T0 + timedelta(days=7))
        page = tmp_path / f"digest-{manager}.html"
        page.write_text(email.html, encoding="utf-8")
        png = tmp_path / f"digest-{manager}.png"
        problem = _screenshot(chromium, page.as_uri(), png, tmp_path / "profile")
        problem = problem or _png_problem(png)
        if problem:
            problems.append(f"{manager}: {problem}")
    keep_screenshots(tmp_path, "digest-*.png")
    assert not problems, "\n".join(problems)
    assert "Kumppani" in (tmp_path / "digest-pam-fi.html").read_text() or \
        "Partner" in (tmp_path / "digest-pam-fi.html").read_text()

"""Log lines carry the lead and message they concern, as text or as JSON fields."""

from __future__ import annotations

import io
import json
import logging

from mailbot import logs


def _capture(fmt: str) -> io.StringIO:
    out = io.StringIO()
    logs.configure(fmt, "info", stream=out)
    return out


def teardown_function() -> None:
    logs.configure("text", "warning")


def test_json_lines_have_lead_and_message_ids():
    out = _capture("json")
    log = logging.getLogger("mailbot.test")
    with logs.about(lead=12, message_id="<a@b>"):
        log.info("processed %s", "reply")
    log.warning("no ids here")
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["message"] == "processed reply" and first["lead"] == "L-12"
    assert first["message_id"] == "<a@b>" and first["level"] == "INFO"
    assert first["logger"] == "mailbot.test" and "time" in first
    assert "lead" not in second and "message_id" not in second and "ids" not in second


def test_text_lines_show_the_ids_and_nesting_restores_them():
    out = _capture("text")
    log = logging.getLogger("mailbot.test")
    with logs.about(message_id="<m@x>"):
        with logs.about(lead=7):
            log.info("inner")
        log.info("outer")
    log.info("none")
    inner, outer, none = out.getvalue().splitlines()
    assert inner.endswith("inner [L-7 <m@x>]")
    assert outer.endswith("outer [<m@x>]")
    assert none.endswith("none")


def test_configuring_twice_keeps_one_handler():
    logs.configure("json", "info")
    logs.configure("text", "info")
    ours = [h for h in logging.getLogger().handlers if getattr(h, "mailbot", False)]
    assert len(ours) == 1

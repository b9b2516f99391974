"""Log lines for people or for collectors, with the lead and message they concern.

Adapters and workers wrap each unit of work in ``about(lead=…, message_id=…)``; every
line logged inside carries those ids (``[L-12 <id@host>]`` in text, ``"lead"`` and
``"message_id"`` fields in JSON), without passing them down through every call.
"""

from __future__ import annotations

import contextvars
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from pythonjsonlogger.json import JsonFormatter

_LEAD: contextvars.ContextVar[str | None] = contextvars.ContextVar("lead", default=None)
_MESSAGE: contextvars.ContextVar[str | None] = contextvars.ContextVar("message_id",
                                                                      default=None)
TEXT = "%(asctime)s %(levelname)s %(name)s: %(message)s%(ids)s"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING,
          "error": logging.ERROR}


@contextmanager
def about(*, lead: int | str | None = None, message_id: str | None = None) -> Iterator[None]:
    """Tag every log line inside with this lead (an id or ``L-n``) and/or message id."""
    tokens = []
    if lead is not None:
        ref = lead if isinstance(lead, str) else f"L-{lead}"
        tokens.append((_LEAD, _LEAD.set(ref)))
    if message_id is not None:
        tokens.append((_MESSAGE, _MESSAGE.set(message_id)))
    try:
        yield
    finally:
        for var, token in reversed(tokens):
            var.reset(token)


def tag(*, lead: int | None = None, message_id: str | None = None) -> None:
    """Like ``about`` for the rest of the current task or thread (a web request runs in
    its own task, so the tag ends with it)."""
    _LEAD.set(None if lead is None else f"L-{lead}")
    _MESSAGE.set(message_id)


class Ids(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.lead, record.message_id = _LEAD.get(), _MESSAGE.get()
        shown = " ".join(x for x in (record.lead, record.message_id) if x)
        record.ids = f" [{shown}]" if shown else ""
        return True


class Json(JsonFormatter):
    def add_fields(self, log_record: dict, record: logging.LogRecord, message_dict: dict):
        super().add_fields(log_record, record, message_dict)
        log_record.pop("ids", None)
        for key in ("lead", "message_id"):
            if log_record.get(key) is None:
                log_record.pop(key, None)


def configure(fmt: str = "text", level: str = "warning", *, stream=None) -> None:
    """Log to ``stream`` (stderr), one line per record, text or JSON; called again, it
    replaces its own handler."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.addFilter(Ids())
    if fmt == "json":
        handler.setFormatter(Json("%(asctime)s %(levelname)s %(name)s %(message)s "
                                  "%(lead)s %(message_id)s",
                                  rename_fields={"asctime": "time", "levelname": "level",
                                                 "name": "logger"}))
    else:
        handler.setFormatter(logging.Formatter(TEXT))
    handler.mailbot = True  # type: ignore[attr-defined]
    root = logging.getLogger()
    for old in list(root.handlers):  # ours only: test runners keep their capture handlers
        if getattr(old, "mailbot", False):
            root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(LEVELS[level])

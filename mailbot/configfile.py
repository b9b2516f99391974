"""Reading config files and turning pydantic's errors into admin-readable problems."""

from __future__ import annotations

import re
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError

from mailbot.domain.calendar import WrittenDuration
from mailbot.errors import ConfigError, Problem

_DURATION = re.compile(r"^\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*$")
DURATION_HINT = "a duration such as '12h', '2d', '1d12h' or '30m'"


def parse_duration(value: Any) -> timedelta:
    """Parse '2d', '12h', '1d6h', '30m' into a timedelta (never negative) that remembers
    its written days: with business hours on, '24h' is 24 working hours, '1d' one
    working day (domain/calendar.py)."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, str):
        match = _DURATION.match(value)
        if match and any(match.groups()):
            days, hours, minutes = (int(g) if g else 0 for g in match.groups())
            return WrittenDuration(days=days, hours=hours, minutes=minutes)
    raise ValueError(f"not a duration: {value!r}")


Duration = Annotated[timedelta, BeforeValidator(parse_duration)]


class Section(BaseModel):
    """Base for every config section: unknown keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def load_toml(path: Path) -> dict:
    """Load a TOML file; a syntax error becomes a Problem naming line and column."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError([Problem(path.name, "", "file not found", str(path))]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([Problem(path.name, "", f"TOML syntax error: {exc}")]) from None


def validate(model: type[BaseModel], data: Any, file: str) -> Any:
    """Validate ``data`` against ``model``; every error becomes one Problem."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(problems_from(exc, file, model)) from None


def problems_from(exc: ValidationError, file: str, model: type[BaseModel],
                  prefix: str = "") -> list[Problem]:
    problems = []
    for err in exc.errors():
        loc = [str(p) for p in err["loc"]]
        key = _dotted(prefix, loc)
        problems.append(Problem(file, key, *_explain(err, model, loc)))
    return problems


def _dotted(prefix: str, loc: list[str]) -> str:
    out = prefix
    for part in loc:
        if part.isdigit():
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def _explain(err: dict, model: type[BaseModel], loc: list[str]) -> tuple[str, str]:
    kind = err["type"]
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, loc[:-1])
        return "unknown key", "one of: " + ", ".join(allowed) if allowed else "no such key"
    if kind == "missing":
        return "is required but missing", ""
    msg = err["msg"].removeprefix("Value error, ")
    if "not a duration" in msg:
        return msg, DURATION_HINT
    expected = ""
    ctx = err.get("ctx") or {}
    if "expected" in ctx:
        expected = str(ctx["expected"])
    elif "ge" in ctx:
        expected = f"a number >= {ctx['ge']}"
    elif "gt" in ctx:
        expected = f"a number > {ctx['gt']}"
    elif "le" in ctx:
        expected = f"a number <= {ctx['le']}"
    if "(expected" in msg or isinstance(err.get("input"), dict | list | type(None)):
        return msg, expected
    return f"{msg}, got {err['input']!r}", expected


def _allowed_keys(model: type[BaseModel], loc: list[str]) -> list[str]:
    """Walk the model along ``loc`` to list the keys that would have been valid there."""
    current: Any = model
    for part in loc:
        if part.isdigit():
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            return []
        current = _inner_model(fields[part].annotation)
    fields = getattr(current, "model_fields", None)
    return sorted(fields) if fields else []


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def check_timezone(value: str | None) -> str | None:
    """A pydantic validator body: an IANA timezone name (or None)."""
    if value is not None:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {value!r} (expected an IANA name such as "
                             "'Europe/Berlin')") from None
    return value

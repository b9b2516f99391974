"""Render every email in every language with sample data, so `mailbot check` finds template
syntax errors and missing variables with the file and line, before any partner would."""

from __future__ import annotations

import traceback
from pathlib import Path

from jinja2 import TemplateError, TemplateSyntaxError

from mailbot.errors import Problem
from mailbot.outbound.emails import EMAILS, sample_context
from mailbot.outbound.render import LANGUAGES, Renderer

MAX_BYTES = 100 * 1024  # Gmail clips messages above ~102 KB


def template_problems(renderer: Renderer) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    for kind in EMAILS:
        for lang in LANGUAGES:
            try:
                rendered = renderer.render_email(kind, lang, sample_context(kind))
            except TemplateError as exc:
                problem = _locate(exc, kind, lang)
                if str(problem) not in seen:  # one syntax error breaks every language
                    seen.add(str(problem))
                    problems.append(problem)
                continue
            size = len(rendered.html.encode()) + len(rendered.text.encode())
            if size > MAX_BYTES:
                problems.append(Problem(f"templates/email/{kind}.html", lang,
                                        f"{size // 1024} KB with sample data",
                                        "under 100 KB (Gmail clips longer mail)"))
    return problems


def _locate(exc: TemplateError, kind: str, lang: str) -> Problem:
    if isinstance(exc, TemplateSyntaxError):
        where = _short(exc.filename or exc.name or f"email/{kind}")
        return Problem(f"{where}:{exc.lineno}", "", f"template syntax error: {exc.message}")
    # Jinja rewrites tracebacks so template frames carry the template file and line.
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if "/templates/" in frame.filename:
            return Problem(f"{_short(frame.filename)}:{frame.lineno}", lang,
                           f"{type(exc).__name__}: {exc}", f"rendering {kind!r} with sample data")
    return Problem(f"templates/email/{kind}", lang, f"{type(exc).__name__}: {exc}")


def _short(filename: str) -> str:
    parts = Path(filename).parts
    return str(Path(*parts[parts.index("templates"):])) if "templates" in parts else filename

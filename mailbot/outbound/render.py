"""Render emails and pages: Jinja2 (autoescape, StrictUndefined), gettext in five languages,
and CSS inlined ONCE per template at load time.

Inlining per message costs several times a Jinja render (premailer ~21 ms, css-inline ~0.7 ms
against ~0.2 ms), so :class:`InliningLoader` inlines the template *source*: Jinja syntax is
swapped for inert placeholders (block tags become HTML comments, expressions plain tokens), the
stylesheet ``email/styles.css`` is applied with css-inline, and the Jinja syntax is put back.
Jinja then compiles and caches the inlined source, so a message costs one render.

Rules for template authors (see templates/README.md): no ``{% %}`` inside a tag, classes chosen
at render time need inline ``style`` attributes, and block content must be valid inside ``<td>``.
"""

from __future__ import annotations

import gettext as _gettext
import io
import re
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import css_inline
from babel import Locale
from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal
from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    Template,
    TemplateNotFound,
    select_autoescape,
)

LANGUAGES = ("en", "de", "fi", "sv", "ru")
LOCALE_DIR = Path(__file__).parent.parent / "locale"
STYLESHEET = "email/styles.css"
_JINJA = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.S)
# Inside raw-text elements (<title>) the inliner escapes comments: accept both forms.
_PLACEHOLDER = re.compile(r"<!--JB(\d+)-->|&lt;!--JB(\d+)--&gt;|JV(\d+)J")
_lang: ContextVar[str] = ContextVar("mailbot_lang", default="en")
_tz: ContextVar[str] = ContextVar("mailbot_tz", default="UTC")


class InliningLoader(BaseLoader):
    """Wraps a loader; email HTML sources come back with the stylesheet already inlined."""

    def __init__(self, base: BaseLoader) -> None:
        self.base = base
        self._css: tuple[str, Callable[[], bool] | None] | None = None

    def get_source(self, environment: Environment, template: str):
        source, filename, uptodate = self.base.get_source(environment, template)
        if template.startswith("email/") and template.endswith(".html"):
            css, css_uptodate = self._stylesheet(environment)
            source = inline_template_source(source, css)
            return source, filename, _both(uptodate, css_uptodate)
        return source, filename, uptodate

    def list_templates(self) -> list[str]:
        return self.base.list_templates()

    def _stylesheet(self, environment: Environment) -> tuple[str, Callable[[], bool] | None]:
        if self._css is None or (self._css[1] is not None and not self._css[1]()):
            css, _, uptodate = self.base.get_source(environment, STYLESHEET)
            self._css = (css, uptodate)
        return self._css


def _both(a, b):
    if a is None or b is None:
        return a or b
    return lambda: a() and b()


def inline_template_source(source: str, css: str) -> str:
    """Inline ``css`` into a Jinja HTML template source without disturbing its Jinja syntax."""
    saved: list[str] = []

    def protect(match: re.Match) -> str:
        saved.append(match.group(0))
        n = len(saved) - 1
        return f"<!--JB{n}-->" if match.group(0).startswith(("{%", "{#")) else f"JV{n}J"

    protected = _JINJA.sub(protect, source)
    inliner = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False,
                                    extra_css=css)
    if "<html" in protected.lower():
        inlined = inliner.inline(protected)
    else:
        inlined = css_inline.inline_fragment(protected, css)
    restored = _PLACEHOLDER.sub(lambda m: saved[int(next(g for g in m.groups() if g))],
                               inlined)
    if "JB" in restored and re.search(r"JB\d+|JV\d+J", restored):
        raise ValueError("CSS inlining lost a Jinja placeholder; see templates/README.md")
    return restored


def _load_translations() -> dict[str, _gettext.NullTranslations]:
    """Compile the .po catalogs in memory (no binary .mo files in git)."""
    out: dict[str, _gettext.NullTranslations] = {"en": _gettext.NullTranslations()}
    for lang in LANGUAGES[1:]:
        po = LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"
        if not po.exists():
            out[lang] = _gettext.NullTranslations()
            continue
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        buf = io.BytesIO()
        write_mo(buf, catalog)
        buf.seek(0)
        out[lang] = _gettext.GNUTranslations(buf)
    return out


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    html: str
    text: str


class Renderer:
    """One Jinja environment for every language; the language is a per-render context var."""

    def __init__(self, override_dir: Path | None = None) -> None:
        loaders: list[BaseLoader] = []
        if override_dir is not None and override_dir.is_dir():
            loaders.append(FileSystemLoader(str(override_dir)))
        loaders.append(PackageLoader("mailbot", "templates"))
        self.env = Environment(
            loader=InliningLoader(ChoiceLoader(loaders)),
            autoescape=select_autoescape(["html", "htm"]),
            undefined=StrictUndefined, extensions=["jinja2.ext.i18n"],
            trim_blocks=True, lstrip_blocks=True, auto_reload=False)
        self.translations = _load_translations()
        _TRANSLATIONS_BY_LANG.update(self.translations)
        self.env.install_gettext_callables(  # type: ignore[attr-defined]
            lambda s: self.translations[_lang.get()].gettext(s),
            lambda s, p, n: self.translations[_lang.get()].ngettext(s, p, n), newstyle=True)
        self.env.filters.update(datetime=_fmt_datetime, date=_fmt_date, money=_fmt_money,
                                number=_fmt_number)
        self.env.globals.update(language_name=_language_name, state_label=state_label,
                                reason_label=reason_label)

    def template(self, name: str) -> Template:
        return self.env.get_template(name)

    def render_email(self, kind: str, lang: str, context: Mapping[str, Any],
                     tz: str = "UTC") -> RenderedEmail:
        """Render ``email/<kind>.html`` and ``.txt``; the subject is the txt's first line."""
        lang = lang if lang in LANGUAGES else "en"
        lang_token, tz_token = _lang.set(lang), _tz.set(tz)
        try:
            ctx = {**context, "lang": lang}
            # base.txt puts the subject block on the first line: one render gives both.
            subject, _, text = self.template(f"email/{kind}.txt").render(ctx).partition("\n")
            return RenderedEmail(subject=" ".join(subject.split()),
                                 html=self.template(f"email/{kind}.html").render(ctx),
                                 text=_tidy(text))
        finally:
            _lang.reset(lang_token)
            _tz.reset(tz_token)

    def render_page(self, name: str, lang: str, context: Mapping[str, Any],
                    tz: str = "UTC") -> str:
        lang = lang if lang in LANGUAGES else "en"
        lang_token, tz_token = _lang.set(lang), _tz.set(tz)
        try:
            return self.template(name).render({**context, "lang": lang})
        finally:
            _lang.reset(lang_token)
            _tz.reset(tz_token)

    def gettext(self, lang: str, message: str) -> str:
        return self.translations.get(lang, self.translations["en"]).gettext(message)


def _tidy(text: str) -> str:
    """Collapse the blank-line runs that template conditionals leave in plain text."""
    return re.sub(r"\n{3,}", "\n\n", text.strip("\n")) + "\n"


def _(message: str) -> str:
    """Mark a string for extraction; it is translated at render time via gettext."""
    return message


#: lead states and unclaimed reasons as people read them; translated when rendered
STATE_LABELS = {
    "new": _("new"), "qualified": _("qualified"), "offered": _("offered"),
    "accepted": _("accepted"), "contacted": _("contacted"), "meeting": _("meeting"),
    "proposal": _("proposal"), "won": _("won"), "lost": _("lost"), "rejected": _("rejected"),
    "unclaimed": _("unclaimed"), "returned": _("returned"),
}
REASON_LABELS = {
    "waves_exhausted": _("no partner accepted in any wave"),
    "no_eligible_partner": _("no eligible partner was left"),
}


def state_label(state: str) -> str:
    return _translate(STATE_LABELS.get(state, state))


def reason_label(code: str) -> str:
    return _translate(REASON_LABELS.get(code, code))


def _translate(message: str) -> str:
    return _TRANSLATIONS_BY_LANG.get(_lang.get(), _gettext.NullTranslations()).gettext(message)


_TRANSLATIONS_BY_LANG: dict[str, _gettext.NullTranslations] = {}


def _fmt_datetime(value: datetime | None, fmt: str = "medium") -> str:
    if value is None:
        return "–"
    return format_datetime(value, format=fmt, tzinfo=_zone(), locale=_lang.get())


def _fmt_date(value: datetime | None, fmt: str = "medium") -> str:
    if value is None:
        return "–"
    if isinstance(value, datetime):
        value = value.astimezone(_zone())
    return format_date(value, format=fmt, locale=_lang.get())


def _zone():
    from zoneinfo import ZoneInfo
    return ZoneInfo(_tz.get())


def _fmt_money(value: Decimal | float | None, currency: str = "EUR") -> str:
    if value is None:
        return "–"
    return format_currency(value, currency or "EUR", locale=_lang.get(),
                           format_type="standard", currency_digits=False,
                           decimal_quantization=False)


def _fmt_number(value: Decimal | float | None) -> str:
    return "–" if value is None else format_decimal(value, locale=_lang.get())


def _language_name(code: str) -> str:
    return Locale.parse(code).get_display_name(code) or code


def template_exists(renderer: Renderer, name: str) -> bool:
    try:
        renderer.env.loader.get_source(renderer.env, name)  # type: ignore[union-attr]
        return True
    except TemplateNotFound:
        return False

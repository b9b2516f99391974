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
import html
import io
import re
import unicodedata
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import css_inline
from babel.dates import format_date, format_datetime, get_timezone_gmt
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal, format_percent
from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    Template,
    pass_eval_context,
    select_autoescape,
)
from jinja2.ext import Extension
from jinja2.lexer import (
    TOKEN_COMMA,
    TOKEN_LPAREN,
    TOKEN_NAME,
    TOKEN_RPAREN,
    TOKEN_STRING,
    Token,
    TokenStream,
)
from jinja2.nodes import EvalContext
from markupsafe import Markup

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
        self._inlined: dict[str, tuple[str, str | None, Callable[[], bool] | None]] = {}

    def get_source(self, environment: Environment, template: str):
        if not (template.startswith("email/") and template.endswith(".html")):
            return self.base.get_source(environment, template)
        cached = self._inlined.get(template)  # one inlining serves every language's env
        if cached is not None and (cached[2] is None or cached[2]()):
            return cached
        source, filename, uptodate = self.base.get_source(environment, template)
        css, css_uptodate = self._stylesheet(environment)
        result = (inline_template_source(source, css), filename, _both(uptodate, css_uptodate))
        self._inlined[template] = result
        return result

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


class Pretranslate(Extension):
    """Translate ``_("literal")`` when a template is compiled, for the environment's language.

    A Jinja gettext call costs ~5 µs at render time (two context calls, a Markup wrap) and an
    email makes dozens; translations do not change while Mailbot runs, so each language gets
    its own environment and the literal is replaced in the token stream: ``_("Decline")``
    becomes ``"Ablehnen"``, ``_("Hi %(n)s", n=x)`` becomes ``_fmt("Hallo %(n)s", n=x)``.
    """

    def filter_stream(self, stream: TokenStream):
        translate = self.environment.mailbot_gettext  # type: ignore[attr-defined]
        buffer: list[Token] = []
        for token in stream:
            buffer.append(token)
            while buffer and not _is_prefix(buffer):  # pass through what cannot match
                yield buffer.pop(0)
            if len(buffer) == 4:  # _ ( "literal" ) or _ ( "literal" ,
                call, paren, literal, after = buffer
                text = Token(literal.lineno, TOKEN_STRING, translate(literal.value))
                if after.type == TOKEN_RPAREN:
                    yield text
                else:
                    yield from (Token(call.lineno, TOKEN_NAME, "_fmt"), paren, text, after)
                buffer = []
        yield from buffer


def _is_prefix(tokens: list[Token]) -> bool:
    """Does ``tokens`` start the pattern  _ ( "literal" ) | , ?"""
    expected = ((TOKEN_NAME, "_"), (TOKEN_LPAREN, None), (TOKEN_STRING, None),
                ((TOKEN_RPAREN, TOKEN_COMMA), None))
    for token, (kind, value) in zip(tokens, expected, strict=False):
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if token.type not in kinds or (value is not None and token.value != value):
            return False
    return True


@pass_eval_context
def _fmt(eval_ctx: EvalContext, message: str, **variables: Any) -> str:
    """``%``-format a pre-translated message like Jinja's newstyle gettext does."""
    if eval_ctx.autoescape:
        return Markup(message) % variables
    return message % variables


@lru_cache(maxsize=1)
def _catalogs() -> dict[str, Catalog]:
    """The .po catalogs, parsed once per process (translations and the inbound reader's
    list of our own words both come from them)."""
    out: dict[str, Catalog] = {}
    for lang in LANGUAGES[1:]:
        po = LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"
        if po.exists():
            with po.open("rb") as fh:
                out[lang] = read_po(fh, locale=lang)
    return out


@lru_cache(maxsize=1)
def _load_translations() -> dict[str, _gettext.NullTranslations]:
    """Compile the .po catalogs in memory (no binary .mo files in git), once per process:
    every Renderer and the inbound preheader pattern share them (read only)."""
    out: dict[str, _gettext.NullTranslations] = {"en": _gettext.NullTranslations()}
    catalogs = _catalogs()
    for lang in LANGUAGES[1:]:
        if lang not in catalogs:
            out[lang] = _gettext.NullTranslations()
            continue
        buf = io.BytesIO()
        write_mo(buf, catalogs[lang])
        buf.seek(0)
        out[lang] = _gettext.GNUTranslations(buf)
    return out


@lru_cache(maxsize=8)
def _email_sources(override_dir: Path | None) -> tuple[tuple[Path, str], ...]:
    """The source of every email template, the package's then an admin's overrides, read
    once per process for the inbound reader's ``preheader_pattern`` and ``quoted_ours``."""
    folders = [Path(__file__).parent.parent / "templates" / "email"]
    if override_dir is not None:
        folders.append(override_dir / "email")
    return tuple((path, path.read_text(encoding="utf-8")) for folder in folders
                 for path in sorted(folder.glob("*.*")))


def _overriding(override_dir: Path | None) -> Path | None:
    """``override_dir`` when it holds email templates, else None: a configuration without
    overrides shares the package's patterns, which take seconds to build (every app of the
    test suite, each in its own folder, built them again)."""
    if override_dir is None or not any((override_dir / "email").glob("*.*")):
        return None
    return override_dir


def preheader_pattern(override_dir: Path | None = None) -> re.Pattern[str]:
    """The preheader of each of our emails in each language, built once per set of
    templates (``_preheader_pattern``)."""
    return _preheader_pattern(_overriding(override_dir))


@lru_cache(maxsize=8)
def _preheader_pattern(override_dir: Path | None) -> re.Pattern[str]:
    """The preheader of each of our emails in each language (the line a mail client shows
    beside the subject, and the first line of our mail when quoted), its fields matching
    anything: inbound finds a reply typed into the quote before it. An admin's templates in
    ``override_dir`` count as well as the package's: mail sent before an override was
    installed is still answered."""
    blocks = [m[1] for path, source in _email_sources(override_dir) if path.suffix == ".html"
              for m in _PREHEADER_BLOCK.finditer(source)]
    texts: set[str] = set()
    for block in blocks:
        message = _TRANSLATED.fullmatch(block.strip())
        if message is None:  # an admin's literal preheader: "Neuer Lead in {{ lead.region }}"
            literal = _TAG.sub("", _JINJA_STATEMENT.sub("", block))
            texts.add(html.unescape(_JINJA_EXPRESSION.sub("%(field)s", literal)))
        else:
            texts.update(t.gettext(message[1]) for t in _load_translations().values())
    texts = {text.strip() for text in texts if _FIELD.sub("", text).strip()}
    return re.compile("|".join(
        ".{1,80}?".join(re.escape(part) for part in _FIELD.split(text))
        for text in sorted(texts, key=len, reverse=True)) or "(?!)")


class QuotedOurs:
    """Our emails' own words in every language, to tell them from a partner's answer typed
    between them in a quote. The ~1,300 messages are grouped by their first word, so a line
    is tried against a handful of them, not all (tried all at every line, they cost tens
    of milliseconds a mail)."""

    def __init__(self, texts: set[str], labels: set[str]) -> None:
        ordered = sorted(texts, key=len, reverse=True)
        self._lines = _by_first_word(ordered, r"[ \t]*(?:{})[ \t]*")
        self._words = _by_first_word(
            [t for t in ordered if len(_FIELD.sub("", t)) >= 12], r"[ \t]*(?:{})")
        label = "|".join(re.escape(t) for t in sorted(labels, key=len, reverse=True)) or "(?!)"
        self._fact = re.compile(rf"[ \t]*(?:{label})[ \t]*[\t:].*", re.I)
        #: a fact's label alone on its line ("Lisätiedot"), its value on the next
        self.label = re.compile(rf"^[ \t]*(?:{label})[ \t]*:?[ \t]*$", re.I)
        #: a fact's label opening a line ("Lämpötila kylmä": a table row turned into text)
        self.label_start = re.compile(rf"^[ \t]*(?:{label})(?:[\s:]|$)", re.I)

    def line(self, line: str) -> bool:
        """A whole line of ours: a message, a fact's label with its value, a button or
        link line."""
        if _LINK.search(line) or self._fact.fullmatch(line):
            return True
        group = _group(self._lines, line, 0)
        return group is not None and group.fullmatch(line) is not None

    def without_words(self, text: str) -> str:
        """``text`` less our longer messages opening a line or following one of them (a
        client may wrap them over lines)."""
        out, pos = [], 0
        while pos < len(text):
            group = _group(self._words, text, pos)
            found = group.match(text, pos) if group is not None else None
            if found is not None and found.end() > pos:
                out.append(" ")
                pos = found.end()
                continue
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end + 1
            out.append(text[pos:end])
            pos = end
        return "".join(out)


def _by_first_word(texts: list[str], shape: str) -> dict[str, re.Pattern[str]]:
    """One pattern per first word. Messages opening with a field ("%(ref)s %(company)s:
    nobody took it.") are left out: they are the managers' and customers' mails, which no
    partner answers, and tried at every line they would cost most of the time."""
    groups: dict[str, list[str]] = {}
    for text in texts:
        if (key := _first_word(text)) is not None:
            groups.setdefault(key, []).append(_flexible(text))
    return {key: re.compile(shape.format("|".join(group)), re.I)
            for key, group in groups.items()}


def _group(groups: dict[str, re.Pattern[str]], text: str, pos: int) -> re.Pattern[str] | None:
    """The pattern of the messages whose first word opens ``text`` at ``pos``."""
    return groups.get(_first_word(text[pos:pos + 60]) or "")


def _first_word(text: str) -> str | None:
    """The first word, lower case; None when a field opens the message."""
    if _FIELD.match(text.lstrip()):
        return None
    found = _WORD_AT.search(text)
    return found[0].lower() if found else ""


_WORD_AT = re.compile(r"[^\W_]+")
_LINK = re.compile(r"<https?://[^>\s]+>|https?://\S+")


def quoted_ours(override_dir: Path | None = None) -> QuotedOurs:
    """Our words from the catalogues and the email templates, built once per set of
    templates (``_quoted_ours``)."""
    return _quoted_ours(_overriding(override_dir))


@lru_cache(maxsize=8)
def _quoted_ours(override_dir: Path | None) -> QuotedOurs:
    """Our words from the catalogues (every message, in every language, its fields
    matching anything) and the literal text of the email templates, an admin's included."""
    texts = {line.strip() for message in _catalogue_messages()
             for line in message.splitlines() if _FIELD.sub("", line).strip()}
    sources = _email_sources(override_dir)
    for _path, source in sources:
        literal = _TAG.sub("\n", _JINJA.sub("\n", source))
        texts.update(line.strip() for line in html.unescape(literal).splitlines()
                     if len(line.strip()) >= 3 and re.search(r"[^\W\d_]", line))
    templates = [source for path, source in sources if path.suffix == ".txt"]
    labels = {t.gettext(m[1]) for template in templates
              for m in _FACT_LABEL.finditer(template) for t in _load_translations().values()}
    # (an admin's override may write a label as it is: "Kundennummer: {{ lead.ref }}")
    labels.update(m[1].strip() for template in templates
                  for m in _LITERAL_FACT_LABEL.finditer(template))
    # (and as a legacy charset writes them, the marks lost: The Bat!'s KOI8-R quote of a
    # Finnish mail has "Missa mennaan?" for "Missä mennään?")
    return QuotedOurs(texts | {_unmarked(t) for t in texts},
                      labels | {_unmarked(t) for t in labels})


def _unmarked(text: str) -> str:
    """``text`` without its diacritics: "ä" as "a", "ö" as "o"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _flexible(text: str) -> str:
    """A message as a pattern: any run of spaces may be a line break, a field anything."""
    return r"[^\S\n]*\n?[^\S\n]*".join(
        ".{0,80}?".join(re.escape(part) for part in _FIELD.split(word))
        for word in text.split())


def _catalogue_messages() -> set[str]:
    """Every message of the .po catalogues, as written (English) and translated."""
    return {t for catalog in _catalogs().values() for message in catalog
            for text in (message.id, message.string)
            for t in (text if isinstance(text, tuple) else (text,)) if t}


#: a lead fact's label in the text templates: "{{ _("Region") }}: {{ lead.region }}"
_FACT_LABEL = re.compile(r'\{\{ _\("([^"]+)"\) \}\}: \{\{ (?!links\.|\w+_url)')
_LITERAL_FACT_LABEL = re.compile(r"^[ \t]*([^\W\d_][^{}\n:]{1,40}): \{\{ (?!links\.|\w+_url)",
                                 re.M)
_PREHEADER_BLOCK = re.compile(r"\{% block preheader %\}(.*?)\{% endblock %\}", re.S)
_TRANSLATED = re.compile(r'\{\{ _\("([^"]+)".*\}\}', re.S)
_JINJA_EXPRESSION = re.compile(r"\{\{.*?\}\}", re.S)
_JINJA_STATEMENT = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.S)
_TAG = re.compile(r"<[^>]*>")
_FIELD = re.compile(r"%\(\w+\)s")


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
        loader = InliningLoader(ChoiceLoader(loaders))
        self.translations = _load_translations()
        _TRANSLATIONS_BY_LANG.update(self.translations)
        self.envs = {lang: self._environment(loader, lang) for lang in LANGUAGES}
        self.env = self.envs["en"]

    def _environment(self, loader: BaseLoader, lang: str) -> Environment:
        env = Environment(
            loader=loader, autoescape=select_autoescape(["html", "htm"]),
            undefined=StrictUndefined, extensions=["jinja2.ext.i18n", Pretranslate],
            trim_blocks=True, lstrip_blocks=True, auto_reload=False)
        translations = self.translations[lang]
        env.mailbot_gettext = translations.gettext  # type: ignore[attr-defined]
        # Calls the pre-translation cannot see (a computed message) still work at render time.
        env.install_gettext_callables(  # type: ignore[attr-defined]
            translations.gettext, translations.ngettext, newstyle=True)
        env.filters.update(datetime=_fmt_datetime, date=_fmt_date, money=_fmt_money,
                           number=_fmt_number, percent=_fmt_percent, decimal1=_fmt_decimal1)
        env.globals.update(state_label=state_label, reason_label=reason_label, _fmt=_fmt)
        return env

    def template(self, name: str, lang: str = "en") -> Template:
        return self.envs[lang].get_template(name)

    def render_email(self, kind: str, lang: str, context: Mapping[str, Any],
                     tz: str = "UTC") -> RenderedEmail:
        """Render ``email/<kind>.html`` and ``.txt``; the subject is the txt's first line."""
        lang = lang if lang in LANGUAGES else "en"
        lang_token, tz_token = _lang.set(lang), _tz.set(tz)
        try:
            ctx = {**context, "lang": lang}
            # base.txt puts the subject block on the first line: one render gives both.
            subject, _sep, text = self.template(f"email/{kind}.txt", lang).render(
                ctx).partition("\n")
            return RenderedEmail(subject=" ".join(subject.split()),
                                 html=self.template(f"email/{kind}.html", lang).render(ctx),
                                 text=_tidy(text))
        finally:
            _lang.reset(lang_token)
            _tz.reset(tz_token)

    def render_page(self, name: str, lang: str, context: Mapping[str, Any],
                    tz: str = "UTC") -> str:
        lang = lang if lang in LANGUAGES else "en"
        lang_token, tz_token = _lang.set(lang), _tz.set(tz)
        try:
            return self.template(name, lang).render({**context, "lang": lang})
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
    """Date and time in the reader's zone, naming the zone: a deadline read abroad, or in a
    colleague's forwarded mail, must not be an hour off."""
    if value is None:
        return "–"
    return _datetime_text(value, fmt, _zone(), _locale())


@lru_cache(maxsize=4096)
def _datetime_text(value: datetime, fmt: str, zone, locale: str) -> str:
    """Babel's formatting costs ~0.1 ms; a wave's offers, their reminders and every open
    of their pages show the same deadline in the same few zones and languages."""
    shown = format_datetime(value, format=fmt, tzinfo=zone, locale=locale)
    return f"{shown} {_zone_name(value.astimezone(zone), locale)}"


def _zone_name(value: datetime, locale: str) -> str:
    """The locale's abbreviation (EET, MEZ, CET) or, where it has none (Finnish, Russian),
    the localised offset (UTC+02:00, GMT+03:00) instead of Babel's bare "+0200"."""
    name = format_datetime(value, format="z", tzinfo=value.tzinfo, locale=locale)
    if name[:1] in "+-":
        return get_timezone_gmt(value, width="long", locale=locale)
    return name


def _fmt_date(value: datetime | None, fmt: str = "medium") -> str:
    if value is None:
        return "–"
    if isinstance(value, datetime):
        value = value.astimezone(_zone())
    return format_date(value, format=fmt, locale=_locale())


def _locale() -> str:
    # English for a European audience: day.month order and a 24-hour clock (en_GB).
    lang = _lang.get()
    return "en_GB" if lang == "en" else lang


def _zone():
    from zoneinfo import ZoneInfo
    return ZoneInfo(_tz.get())


def _fmt_money(value: Decimal | float | None, currency: str = "EUR") -> str:
    if value is None:
        return "–"
    return format_currency(value, currency or "EUR", locale=_locale(),
                           format_type="standard", currency_digits=False,
                           decimal_quantization=False)


def _fmt_number(value: Decimal | float | None) -> str:
    return "–" if value is None else format_decimal(value, locale=_locale())


def _fmt_percent(value: float | None) -> str:
    return "–" if value is None else format_percent(value, locale=_locale())


def _fmt_decimal1(value: float | None) -> str:
    """One decimal place (days, hours, an index) in the reader's notation."""
    return "–" if value is None else format_decimal(round(value, 1), format="#,##0.0",
                                                    locale=_locale())



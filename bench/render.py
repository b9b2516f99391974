"""Messages per second: bare Jinja, the full render+compose pipeline, naive per-message premailer.

Bar: the full pipeline (render_email + compose to wire bytes) keeps >= 0.66 x the Jinja-only rate.
All figures come from one run on one email (the "offer" kind, English, sample context), so the
ratio compares like with like. The premailer pipeline shows what load-time inlining saves.

Run from the project folder: ``python3 bench/render.py``. Prints a report; always exits 0.
"""

from __future__ import annotations

import logging
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import jinja2
import premailer

import mailbot
from mailbot.outbound import render as render_mod
from mailbot.outbound.compose import Identity, compose
from mailbot.outbound.emails import EMAILS, sample_context
from mailbot.outbound.render import RenderedEmail, Renderer

KIND, LANG = "offer", "en"
BAR = 0.66
ROUNDS = 7
# Per-round message counts: sized so each pipeline takes ~1-3 s in total on a slow 2-core box.
N_FAST = 500
N_PREMAILER = 50
CSS_PATH = Path(mailbot.__file__).parent / "templates" / "email" / "styles.css"
IDENTITY = Identity("ACME Partner Desk", "leads@mailbot.localhost", "mailbot.localhost")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def median_rate(fn: Callable[[], object], n: int, rounds: int = ROUNDS) -> float:
    """Median messages/second over ``rounds`` rounds of ``n`` calls, after n/10 warm-up calls."""
    for _ in range(max(1, n // 10)):
        fn()  # warm-up: template compile, Babel locale data, premailer's cssutils parse caches
    rates = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        rates.append(n / (time.perf_counter() - start))
    return statistics.median(rates)


def bare_jinja(renderer: Renderer, ctx: dict) -> Callable[[], object]:
    """Just the two compiled (pre-inlined) templates: no subject split, no text tidying."""
    html = renderer.template(f"email/{KIND}.html")
    text = renderer.template(f"email/{KIND}.txt")
    full_ctx = {**ctx, "lang": LANG}

    def run() -> tuple[str, str]:
        return html.render(full_ctx), text.render(full_ctx)
    return run


def compose_one(rendered: RenderedEmail) -> bytes:
    """compose() with the headers an offer really carries (reply key, VERP): wire bytes."""
    return compose(identity=IDENTITY, kind=EMAILS[KIND], rendered=rendered,
                   to_addr="aino.virtanen@partner.example", to_name="Aino Virtanen",
                   message_id="<mailbot.bench@mailbot.localhost>", now=NOW,
                   reply_key="BENCHKEY", verp_key="BENCHVERP").data


def full_pipeline(renderer: Renderer, ctx: dict) -> Callable[[], bytes]:
    """What the sender pays per message once the context is built: render + MIME bytes."""
    def run() -> bytes:
        return compose_one(renderer.render_email(KIND, LANG, ctx))
    return run


def naive_env(renderer: Renderer) -> jinja2.Environment:
    """The package templates WITHOUT the inlining loader: base.html keeps an empty <style>."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("mailbot", "templates"), autoescape=True,
        undefined=jinja2.StrictUndefined, extensions=["jinja2.ext.i18n"],
        trim_blocks=True, lstrip_blocks=True)
    env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
    env.filters.update(renderer.env.filters)
    return env


def naive_premailer(renderer: Renderer, ctx: dict) -> Callable[[], str]:
    """Render raw HTML, then premailer on every message, as a naive implementation would."""
    template = naive_env(renderer).get_template(f"email/{KIND}.html")
    css = CSS_PATH.read_text(encoding="utf-8")
    full_ctx = {**ctx, "lang": LANG}

    # premailer caches parsed CSS across instances (cache_css_parsing, on by default), so after
    # the warm-up this is its best case; a cold or uncached call costs several times more.
    def run() -> str:
        html = template.render(full_ctx)
        # The stylesheet must come in via css_text: the raw base.html's <style> is empty.
        return premailer.Premailer(html, css_text=css, strip_important=False,
                                   keep_style_tags=True, disable_validation=True,
                                   cssutils_logging_level=logging.CRITICAL).transform()
    return run


def mime_ms(rendered: RenderedEmail) -> float:
    """Median ms of compose() (MIME to wire bytes): where the rest of the time goes."""
    return 1000 / median_rate(lambda: compose_one(rendered), N_FAST)


def line(label: str, rate: float, extra: str = "") -> str:
    return f"  {label:<18} {rate:7.0f} msg/s ({1000 / rate:.2f} ms)   {extra}".rstrip()


def main() -> None:
    logging.getLogger("CSSUTILS").setLevel(logging.CRITICAL)  # premailer's cssutils chatter
    renderer = Renderer()
    ctx = sample_context(KIND)
    html_kb = len(renderer.render_email(KIND, LANG, ctx).html.encode()) / 1024
    token = render_mod._lang.set(LANG)  # the bare path skips render_email, which sets it
    try:
        jinja = median_rate(bare_jinja(renderer, ctx), N_FAST)
    finally:
        render_mod._lang.reset(token)
    render_only = median_rate(lambda: renderer.render_email(KIND, LANG, ctx), N_FAST)
    full = median_rate(full_pipeline(renderer, ctx), N_FAST)
    naive = median_rate(naive_premailer(renderer, ctx), N_PREMAILER)
    compose_ms = mime_ms(renderer.render_email(KIND, LANG, ctx))
    ratio = full / jinja
    verdict = "PASS" if ratio >= BAR else "FAIL"
    print(f"email '{KIND}' ({LANG}): rendered HTML {html_kb:.1f} KB; "
          f"median of {ROUNDS} rounds ({N_FAST} msgs, premailer {N_PREMAILER})")
    print(line("jinja-only", jinja, "(two compiled templates, CSS inlined at load time)"))
    print(line("render_email", render_only, f"render_email/jinja = {render_only / jinja:.2f}"))
    print(line("full pipeline", full, f"ratio full/jinja = {ratio:.2f}  (bar >= {BAR}: {verdict})"))
    print(line("premailer/message", naive, f"full pipeline is {full / naive:.1f}x faster"))
    print(f"  full pipeline per message: render {1000 / render_only:.2f} ms + compose() to "
          f"bytes {compose_ms:.2f} ms")


if __name__ == "__main__":
    main()

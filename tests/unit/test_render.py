"""Templates: every kind in every language, autoescape, strictness, inlining, overrides."""

import re
from datetime import UTC, datetime

import pytest
from jinja2 import UndefinedError

from mailbot.outbound.checks import template_problems
from mailbot.outbound.emails import EMAILS, sample_context
from mailbot.outbound.render import LANGUAGES, Renderer, inline_template_source


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", list(EMAILS))
def test_every_email_renders_in_every_language(renderer, kind, lang):
    email = renderer.render_email(kind, lang, sample_context(kind))
    assert email.subject and "\n" not in email.subject
    assert email.text.strip() and email.html.startswith("<!DOCTYPE html>")
    assert len(email.html.encode()) + len(email.text.encode()) < 100 * 1024
    assert f'lang="{lang}"' in email.html
    # no Jinja syntax or inliner placeholders survive, no external resources are needed
    assert not re.search(r"\{\{|\{%|JB\d+|JV\d+J", email.html + email.text)
    assert not re.search(r"<(img|link|script)\b", email.html)
    assert "<style" in email.html and 'style="' in email.html  # CSS was inlined


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_translations_are_real_not_english_copies(renderer, lang):
    en = {k: renderer.render_email(k, "en", sample_context(k)).text for k in EMAILS}
    for kind in EMAILS:
        text = renderer.render_email(kind, lang, sample_context(kind)).text
        assert text != en[kind]
    catalog = renderer.translations[lang]
    assert renderer.gettext(lang, "Accept lead") != "Accept lead"
    assert catalog.gettext("Decline") != "Decline"


def test_dates_and_greetings_are_localised(renderer):
    ctx = sample_context("offer")
    assert "23/11/2026, 21:00" in renderer.render_email("offer", "en", ctx).text  # en_GB
    assert "23.11.26" in renderer.render_email("offer", "de", ctx).text
    assert "Guten Tag Aino Virtanen" in renderer.render_email("offer", "de", ctx).text


@pytest.mark.parametrize(("lang", "zone", "shown"), [
    ("en", "Europe/Helsinki", "23:00 EET"), ("de", "Europe/Berlin", "22:00 MEZ"),
    ("sv", "Europe/Stockholm", "22:00 CET"), ("fi", "Europe/Helsinki", "23.00 UTC+02:00"),
    ("ru", "Europe/Moscow", "24.11.2026, 00:00 GMT+03:00"), ("en", "UTC", "21:00 UTC")])
def test_times_name_their_zone(renderer, lang, zone, shown):
    """A deadline without a zone is ambiguous for a partner abroad or a manager reading a
    partner's mail; where the locale has no abbreviation, the offset stands in."""
    text = renderer.render_email("offer", lang, sample_context("offer"), tz=zone).text
    assert shown in text


def test_offer_is_a_teaser_the_details_mail_has_everything(renderer):
    ctx = sample_context("offer")
    offer = renderer.render_email("offer", "en", ctx)
    for private in ("Kylmävarasto", "pekka.lahtinen", "+358 40 123 4567"):
        assert private not in offer.html and private not in offer.text
    for shown in ("sensors", "Helsinki", "10 000 – 50 000 EUR", "hot"):
        assert shown in offer.text
    details = renderer.render_email("lead_details", "en", sample_context("lead_details"))
    for field in ("Kylmävarasto", "pekka.lahtinen", "+358 40 123 4567", "demo_request",
                  "cold store", "end of the quarter"):
        assert field in details.text and field in details.html


def test_autoescape_in_html_plain_in_text(renderer):
    ctx = sample_context("lead_details")
    ctx["lead"] = {**ctx["lead"], "company": '<script>alert("x")</script> & Co'}
    email = renderer.render_email("lead_details", "en", ctx)
    assert "<script>" not in email.html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co" in email.html
    assert '<script>alert("x")</script> & Co' in email.text


def test_missing_variables_fail_loudly(renderer):
    ctx = sample_context("offer")
    del ctx["offer"]
    with pytest.raises(UndefinedError):
        renderer.render_email("offer", "en", ctx)


def test_locked_offer_names_the_leads_that_need_feedback(renderer):
    ctx = sample_context("offer")
    ctx["locked_leads"] = [{"ref": "L-7", "company": "X", "due": datetime.now(UTC),
                            "status_url": "https://x/l/status/1"}]
    assert "L-7" in renderer.render_email("offer", "en", ctx).text


def test_inlining_keeps_jinja_intact():
    source = ('<table class="t"><tbody><!--x-->{% for r in rows %}<tr><td class="k">{{ r }}'
              '</td></tr>{% endfor %}</tbody></table><a class="b" href="{{url}}">{{ _("Go") }}</a>')
    out = inline_template_source(source, ".k{color:red}.b{color:blue}")
    assert '{% for r in rows %}<tr><td class="k" style="color: red;">{{ r }}</td></tr>' \
           '{% endfor %}' in out
    assert 'href="{{url}}"' in out and 'style="color: blue;"' in out


def test_admin_override_from_config_templates(tmp_path):
    override = tmp_path / "templates" / "email"
    override.mkdir(parents=True)
    (override / "already_taken.txt").write_text(
        '{% extends "email/base.txt" %}{% block content %}Custom: {{ lead.ref }}'
        '{% endblock %}')
    r = Renderer(tmp_path / "templates")
    assert "Custom: L-1042" in r.render_email("already_taken", "en",
                                              sample_context("already_taken")).text


def test_check_reports_template_errors_with_file_and_line(tmp_path):
    override = tmp_path / "templates" / "email"
    override.mkdir(parents=True)
    (override / "decline_confirmation.html").write_text(
        '{% extends "email/base.html" %}\n{% block content %}\n<p>{{ lead.ref }</p>\n'
        '{% endblock %}\n')
    (override / "already_taken.txt").write_text(
        '{% extends "email/base.txt" %}\n{% block content %}\n{{ no_such_variable }}\n'
        '{% endblock %}\n')
    problems = [str(p) for p in template_problems(Renderer(tmp_path / "templates"))]
    assert any(p.startswith("templates/email/decline_confirmation.html:3: template syntax "
                            "error") for p in problems), problems
    assert any(p.startswith("templates/email/already_taken.txt:3: en: UndefinedError: "
                            "'no_such_variable' is undefined") for p in problems), problems
    assert template_problems(Renderer()) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_offer_gone_email_says_why_in_every_language(renderer, lang):
    """"already_taken" also answers a late "yes" by reply: taken, expired or withdrawn."""
    seen = set()
    for outcome in ("taken", "expired", "withdrawn"):
        mail = renderer.render_email("already_taken", lang,
                                     {**sample_context("already_taken"), "outcome": outcome})
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", mail.html, re.S).group(1).strip()
        body = mail.text.split("\n\n")[1]
        seen.add((heading, body))
    assert len(seen) == 3

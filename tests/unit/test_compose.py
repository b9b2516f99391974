import email
import email.policy
from datetime import UTC, datetime

from mailbot.outbound.compose import Identity, compose, thread_root
from mailbot.outbound.emails import EMAILS, sample_context
from mailbot.outbound.render import Renderer

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
ID = Identity("ACME Partner Desk", "leads@acme.example", "reply.acme.example")


def build(kind: str, reply_key: str | None = "1042-7-AbCdEfGhIj"):
    rendered = Renderer().render_email(kind, "de", sample_context(kind))
    env = compose(identity=ID, kind=EMAILS[kind], rendered=rendered, to_addr="aino@p.example",
                  to_name="Aino Virtanen", message_id="<m1@reply.acme.example>", now=NOW,
                  reply_key=reply_key, verp_key="55-XyZxYzXyZx")
    return env, email.message_from_bytes(env.data, policy=email.policy.default)


def test_threading_reply_key_and_verp():
    env, msg = build("offer")
    root = thread_root("1042-7-AbCdEfGhIj", "reply.acme.example")
    assert msg["Reply-To"].addresses[0].addr_spec == \
        "leads+1042-7-AbCdEfGhIj@reply.acme.example"
    assert msg["References"] == root and msg["In-Reply-To"] == root
    assert msg["Message-ID"] == "<m1@reply.acme.example>"
    assert msg["Subject"].startswith("[L-1042] ")
    assert msg["Thread-Topic"] == msg["Subject"]
    assert env.mail_from == "bounce+55-XyZxYzXyZx@reply.acme.example"
    assert env.rcpt_to == "aino@p.example"


def test_every_lead_mail_to_a_contact_shares_one_thread_and_subject():
    subjects, roots = set(), set()
    for kind in ("offer", "offer_reminder", "lead_details", "feedback_request",
                 "feedback_overdue", "already_taken", "decline_confirmation"):
        _, msg = build(kind)
        subjects.add(msg["Subject"])
        roots.add(msg["References"])
    assert len(subjects) == 1 and len(roots) == 1


def test_bulk_headers():
    _, offer = build("offer")
    assert offer["Auto-Submitted"] == "auto-generated"
    assert "AutoReply" in offer["X-Auto-Response-Suppress"]
    assert "OOF" not in offer["X-Auto-Response-Suppress"]  # out-of-office pauses the contact
    _, notice = build("already_taken", reply_key=None)
    assert notice["X-Auto-Response-Suppress"] == "OOF, AutoReply"
    assert notice["Reply-To"] is None and notice["List-Unsubscribe"] is None


def test_multipart_alternative_with_text_and_html_utf8():
    _, msg = build("lead_details")
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "Kylmävarasto Oy" in text and "Kylmävarasto Oy" in html
    assert msg["From"].addresses[0].display_name == "ACME Partner Desk"
    env, _ = build("lead_details")
    assert b"\n" not in env.data.replace(b"\r\n", b"")  # CRLF only, as SMTP wants
    assert all(len(line) <= 998 for line in env.data.split(b"\r\n"))


def test_non_latin_headers_and_bodies_round_trip():
    from mailbot.outbound.mime import address, alternative
    subject = "[L-7] Лид: датчики, Москва — очень длинная тема " * 3
    data = alternative([("Subject", subject.strip()),
                        ("To", address("Ольга", "olga@x.example"))],
                       "Здравствуйте, Ольга!\n" * 40, "<p>Здравствуйте</p>" * 40)
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert msg["Subject"] == subject.strip()
    assert msg["To"].addresses[0].display_name == "Ольга"
    assert text_of(msg) == "Здравствуйте, Ольга!\n" * 40
    assert msg.get_body(("plain",))["Content-Transfer-Encoding"] == "base64"
    assert msg.get_body(("html",)).get_content() == "<p>Здравствуйте</p>" * 40
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))


def test_quoted_printable_keeps_long_lines_and_dots_intact():
    from mailbot.outbound.mime import alternative
    text = "." + "x" * 300 + "\n.\nend = 50% \t\n"
    data = alternative([("Subject", "t")], text, "<p>" + "é" * 10 + "</p>")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert text_of(msg) == text
    assert all(len(line) <= 78 for line in data.split(b"\r\n"))


def text_of(msg) -> str:
    """The plain part with canonical CRLF line breaks turned back into newlines."""
    return msg.get_body(("plain",)).get_content().replace("\r\n", "\n")

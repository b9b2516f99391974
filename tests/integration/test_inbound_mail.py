"""Inbound mail on both databases: replies act like links, out-of-office pauses and moves
offers on, bounces mark addresses and reroute, and nothing is lost or done twice."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import undefer

from mailbot.handlers.mail_received import ingest, process, reprocess, store_raw
from mailbot.handlers.partner_actions import accept_offer
from mailbot.store import models as m
from tests.conftest import T0
from tests.integration.helpers import add_lead, events, lead_row, offer_of, offers, outbox

DOMAIN = "mailbot.localhost"


def mail(frm: str, body: str, *, subject: str = "Re: lead", to: str = f"leads@{DOMAIN}",
         headers: dict | None = None, html: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = frm, to, subject
    msg["Date"] = format_datetime(T0)
    msg["Message-ID"] = make_msgid(domain="client.example")
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def reply_to(app, lead_id: int, partner: str, body: str, *, frm: str | None = None,
             at=T0, **kw):
    """A reply addressed to the reply key of the partner's first contact."""
    _, contact_id = offer_of(app, lead_id, partner)
    key = app.signer.reply_key(lead_id, contact_id)
    with app.sessions() as s:
        addr = frm or s.get(m.Contact, contact_id).key
    quoted = ("\n\nOn Mon, 23 Nov 2026 at 09:00, Mailbot <leads@mailbot.localhost> wrote:\n"
              "> — Reply above this line to answer by email —\n> Accept lead: https://x/l/a\n"
              "> Decline: https://x/l/d\n> won lost meeting\n")
    raw = mail(addr, body + quoted, to=f"leads+{key}@{DOMAIN}", **kw)
    return ingest(app, raw, via="test", now=at)


def inbound(app, inbound_id: int) -> m.InboundMessage:
    with app.sessions() as s:
        return s.get(m.InboundMessage, inbound_id, options=[undefer(m.InboundMessage.raw)])


def test_yes_by_reply_accepts_like_the_link(app):
    lead = add_lead(app, T0)
    done = reply_to(app, lead.lead_id, "fi-plc", "Yes, we'll take it!\n\nBest regards,\nPia")
    assert (done.status, done.kind) == ("processed", "reply"), done.reason
    row = lead_row(app, lead.lead_id)
    assert row.state == "accepted" and row.partner_id == "fi-plc"
    assert offers(app, lead.lead_id)["fi-gold"] == "withdrawn"
    assert ("lead_details", "pia@fi-plc.example") in outbox(app, lead.lead_id)
    kinds = [k for k, _, _ in events(app, lead.lead_id)]
    assert "reply" in kinds and kinds.index("reply") < len(kinds) - 1
    # the same mail delivered again changes nothing
    again = reply_to(app, lead.lead_id, "fi-plc", "Yes, we'll take it!\n\nBest regards,\nPia")
    assert again.status == "processed"  # a new Message-ID: read again, but already accepted
    assert "already_yours" in again.reason


def test_a_thumbs_up_to_an_offer_accepts_it(app):
    lead = add_lead(app, T0)
    done = reply_to(app, lead.lead_id, "fi-plc", "👍\n\nSent from my iPhone")
    assert (done.status, done.kind) == ("processed", "reply"), done.reason
    assert lead_row(app, lead.lead_id).partner_id == "fi-plc"


def test_the_news_of_a_win_in_one_word_from_offer_and_from_holder(app):
    # to the partner with the lead on offer "Deal!" is a yes; to the holder, the win
    lead = add_lead(app, T0)
    done = reply_to(app, lead.lead_id, "fi-plc", "Deal!\n\nSent from my iPhone")
    assert "accept: accepted" in done.reason, done.reason
    assert lead_row(app, lead.lead_id).partner_id == "fi-plc"
    done = reply_to(app, lead.lead_id, "fi-plc", "Kauppa! 🎉", at=T0 + timedelta(days=3))
    assert "won: updated" in done.reason, done.reason
    assert lead_row(app, lead.lead_id).state == "won"


def test_yes_to_an_offer_that_is_gone_is_answered_like_the_link_page(app):
    lead = add_lead(app, T0)
    accept_offer(app, *offer_of(app, lead.lead_id, "fi-gold"), T0)
    notices = outbox(app, lead.lead_id).count(("already_taken", "pia@fi-plc.example"))
    soon = reply_to(app, lead.lead_id, "fi-plc", "Yes please", at=T0 + timedelta(hours=2))
    assert "taken" in soon.reason and lead_row(app, lead.lead_id).partner_id == "fi-gold"
    # the "taken" notice went out two hours ago: no second answer the same day
    assert outbox(app, lead.lead_id).count(("already_taken", "pia@fi-plc.example")) == notices
    later = reply_to(app, lead.lead_id, "fi-plc", "Yes please", at=T0 + timedelta(days=2))
    assert "taken" in later.reason
    assert _answers(app, lead.lead_id, "pia@fi-plc.example") == ["taken"] * (notices + 1)

    late = add_lead(app, T0, company="Late Oy")
    with app.sessions() as s:
        expiry = s.scalar(select(m.Offer.expires_at).where(m.Offer.lead_id == late.lead_id))
    done = reply_to(app, late.lead_id, "fi-plc", "Yes please", at=expiry + timedelta(hours=1))
    assert "expired" in done.reason and lead_row(app, late.lead_id).state != "accepted"
    assert _answers(app, late.lead_id, "pia@fi-plc.example") == ["expired"]


def test_yes_with_a_next_step_accepts_an_offered_lead(app):
    """"Yes, and we'll set up a meeting" to an offer is an accept in every language; the
    next step is kept as a note, not applied to a lead the partner does not hold yet."""
    texts = {"fi-plc": "Yes, we'll take it. We had a call with them already.",
             "fi-gold": "Kyllä, otetaan. Sovimme tapaamisen asiakkaan kanssa."}
    for partner, text in texts.items():
        lead = add_lead(app, T0, company=f"{partner} Oy")
        done = reply_to(app, lead.lead_id, partner, text)
        assert "accepted" in done.reason, done.reason
        row = lead_row(app, lead.lead_id)
        assert row.state == "accepted" and row.partner_id == partner


def test_yes_with_a_status_from_the_partner_holding_the_lead_is_a_status(app):
    """"Yes, met them on Friday" from the partner who already works the lead reports the
    meeting; reading it as an accept would change nothing ("already yours")."""
    lead = add_lead(app, T0)
    accept_offer(app, *offer_of(app, lead.lead_id, "fi-plc"), T0)
    done = reply_to(app, lead.lead_id, "fi-plc", "Yes, we had a meeting with them on Friday.")
    assert "meeting: updated" in done.reason, done.reason
    assert lead_row(app, lead.lead_id).state == "meeting"


def test_a_status_change_that_is_not_possible_goes_to_the_manager(app):
    """'Not won after all, it is still at proposal' on a lead already won cannot be
    applied (won is final): a person must look at it, so the responsible manager gets
    the partner's words, as with a question."""
    from mailbot.handlers.partner_actions import report_status
    lead = add_lead(app, T0)
    _, pia = offer_of(app, lead.lead_id, "fi-plc")
    accept_offer(app, *offer_of(app, lead.lead_id, "fi-plc"), T0)
    report_status(app, lead.lead_id, pia, "won", T0 + timedelta(days=1))
    done = reply_to(app, lead.lead_id, "fi-plc", "Correction: we sent a proposal, that's all.",
                    at=T0 + timedelta(days=2))
    assert "forwarded" in done.reason, done.reason
    assert lead_row(app, lead.lead_id).state == "won"
    assert ("partner_question", "sanna@maker.example") in outbox(app, lead.lead_id)


def test_a_status_for_a_lead_still_on_offer_asks_instead_of_dropping_it(app):
    """"Meeting next week" to an offer the partner has not accepted: nothing to apply, so
    the partner is asked, with the accept and decline buttons (not status buttons)."""
    lead = add_lead(app, T0)
    done = reply_to(app, lead.lead_id, "fi-plc", "Meeting with the customer next Tuesday.")
    assert lead_row(app, lead.lead_id).state == "offered"
    assert "asked pia@fi-plc.example" in done.reason, done.reason
    with app.sessions() as s:
        row = s.scalar(select(m.OutboundMessage).where(
            m.OutboundMessage.template == "not_understood",
            m.OutboundMessage.lead_id == lead.lead_id))
        from mailbot.outbound.context import build
        ctx = build(s, row, app.signer, "b", "UTC", now=T0).context
    text = app.renderer.render_email("not_understood", "en", ctx).text
    assert "/l/accept/" in text and "/l/decline/" in text and "/l/status/" not in text


def test_an_accept_by_reply_during_a_cooldown_is_answered(app):
    lead = add_lead(app, T0)
    with app.sessions.begin() as s:
        s.get(m.Partner, "fi-plc").cooldown_until = T0 + timedelta(days=20)
    done = reply_to(app, lead.lead_id, "fi-plc", "Yes, we'll take it!")
    assert "cooldown" in done.reason and lead_row(app, lead.lead_id).state == "offered"
    assert ("cooldown_notice", "pia@fi-plc.example") in outbox(app, lead.lead_id)
    reply_to(app, lead.lead_id, "fi-plc", "Yes please!")
    assert outbox(app, lead.lead_id).count(("cooldown_notice", "pia@fi-plc.example")) == 1


def test_a_question_by_reply_goes_to_the_responsible_manager(app):
    lead = add_lead(app, T0)
    done = reply_to(app, lead.lead_id, "fi-plc",
                    "Do they need the installation too, or only the sensors?")
    assert done.status == "processed" and "forwarded to pam-fi" in done.reason
    assert lead_row(app, lead.lead_id).state == "offered"  # a question changes nothing
    with app.sessions() as s:
        sent = s.scalars(select(m.OutboundMessage).where(
            m.OutboundMessage.template == "partner_question")).all()
    assert [(x.to_addr, x.language) for x in sent] == [("sanna@maker.example", "fi")]
    assert sent[0].context["asker"]["email"] == "pia@fi-plc.example"
    assert sent[0].context["question"].startswith("Do they need the installation too")
    # Pia learns who will answer; a second question that day is forwarded, not re-noted
    reply_to(app, lead.lead_id, "fi-plc", "And is there a deadline for the quote?")
    with app.sessions() as s:
        notes = s.scalars(select(m.OutboundMessage).where(
            m.OutboundMessage.template == "question_forwarded")).all()
        forwarded = s.scalars(select(m.OutboundMessage.id).where(
            m.OutboundMessage.template == "partner_question")).all()
    assert [(x.to_addr, x.context["managers"]) for x in notes] == [
        ("pia@fi-plc.example", ["Sanna"])]
    assert len(forwarded) == 2


def _answers(app, lead_id: int, to: str) -> list[str]:
    """The outcome each "already taken" email to ``to`` about the lead names."""
    with app.sessions() as s:
        rows = s.scalars(select(m.OutboundMessage).where(
            m.OutboundMessage.lead_id == lead_id, m.OutboundMessage.to_addr == to,
            m.OutboundMessage.template == "already_taken").order_by(m.OutboundMessage.id))
        return [r.context.get("outcome", "taken") for r in rows]


def test_duplicate_message_id_is_stored_once_and_processed_once(app):
    lead = add_lead(app, T0)
    _, contact_id = offer_of(app, lead.lead_id, "fi-plc")
    key = app.signer.reply_key(lead.lead_id, contact_id)
    raw = mail("pia@fi-plc.example", "Kyllä, otetaan.", to=f"leads+{key}@{DOMAIN}")
    first = ingest(app, raw, via="smtp", now=T0)
    second = ingest(app, raw, via="imap", now=T0)
    assert first.id == second.id and second.status == "skipped"
    with app.sessions() as s:
        assert s.scalar(select(m.InboundMessage.id).where(m.InboundMessage.id != first.id)) \
            is None


def test_a_reused_message_id_on_a_different_mail_is_kept_as_its_own(app):
    """The same mail delivered twice (another Received line, another way in) is one
    message; a different mail that reuses its Message-ID (a broken gateway, or someone
    trying to shadow a reply) is stored and read as its own, never dropped unseen."""
    lead = add_lead(app, T0)
    _, contact_id = offer_of(app, lead.lead_id, "fi-plc")
    key = app.signer.reply_key(lead.lead_id, contact_id)
    raw = mail("pia@fi-plc.example", "Hmm, perhaps.", to=f"leads+{key}@{DOMAIN}")
    first = ingest(app, raw, via="smtp", now=T0)
    again = ingest(app, b"Received: from relay2.example by mx\r\n" + raw, via="imap", now=T0)
    assert again.id == first.id and again.status == "skipped"
    other = raw.replace(b"Hmm, perhaps.", b"Yes, we take it.")
    reused = ingest(app, other, via="smtp", now=T0)
    assert reused.id != first.id and "accept" in reused.reason, reused.reason
    with app.sessions() as s:
        ids = s.scalars(select(m.InboundMessage.message_id).order_by(m.InboundMessage.id)).all()
    assert len(ids) == 2 and ids[1] != ids[0] and "reused" in ids[1]


def test_decline_by_reply_in_german_keeps_the_reason(app):
    lead = add_lead(app, T0, country="DE", postal_code="80331")
    assert "de-gold" in offers(app, lead.lead_id)
    done = reply_to(app, lead.lead_id, "de-gold", "Leider keine Kapazität diesen Monat.")
    assert "declined" in done.reason
    assert offers(app, lead.lead_id)["de-gold"] == "declined"
    # coded as the link page's list codes it, the partner's words after the code
    with app.sessions() as s:
        reason = s.scalar(select(m.Offer.decline_reason).where(
            m.Offer.lead_id == lead.lead_id, m.Offer.partner_id == "de-gold"))
    assert reason == "no_capacity: Leider keine Kapazität diesen Monat."


def test_giving_a_lead_back_by_reply_returns_it_like_the_link(app):
    """'We have to give this one back' from the partner working the lead does what the
    give-back link does: the lead goes to the partners not yet asked, and the partner is
    told, with the reason kept. Before, it met the accepted offer ("taken") and nothing
    happened, without a word to the partner."""
    lead = add_lead(app, T0)
    accept_offer(app, *offer_of(app, lead.lead_id, "fi-plc"), T0)
    done = reply_to(app, lead.lead_id, "fi-plc",
                    "Sorry, we have to give this lead back, our installer quit.",
                    at=T0 + timedelta(days=1))
    assert "decline: returned" in done.reason, done.reason
    row = lead_row(app, lead.lead_id)
    assert row.state != "accepted" and row.partner_id is None
    assert ("decline_confirmation", "pia@fi-plc.example") in outbox(app, lead.lead_id)
    assert "returned" in [to_state for _, to_state, _ in events(app, lead.lead_id)]


def test_a_refusal_of_a_closed_lead_goes_to_the_manager(app):
    """A lead already won cannot be given back: a person must look at the partner's
    words, so the responsible manager gets them, as with a question."""
    from mailbot.handlers.partner_actions import report_status
    lead = add_lead(app, T0)
    _, pia = offer_of(app, lead.lead_id, "fi-plc")
    accept_offer(app, *offer_of(app, lead.lead_id, "fi-plc"), T0)
    report_status(app, lead.lead_id, pia, "won", T0 + timedelta(days=1))
    done = reply_to(app, lead.lead_id, "fi-plc", "We have to give this lead back, sorry.",
                    at=T0 + timedelta(days=2))
    assert "forwarded" in done.reason, done.reason
    assert lead_row(app, lead.lead_id).state == "won"
    assert ("partner_question", "sanna@maker.example") in outbox(app, lead.lead_id)


def test_status_won_with_amount_by_reply(app):
    lead = add_lead(app, T0)
    offer_id, contact_id = offer_of(app, lead.lead_id, "fi-gold")
    accept_offer(app, offer_id, contact_id, T0)
    done = reply_to(app, lead.lead_id, "fi-gold", "Voitettu! Kauppa 12 500 EUR.\n\nTerveisin\nAino",
                    at=T0 + timedelta(days=1))
    assert "won: updated" in done.reason
    row = lead_row(app, lead.lead_id)
    assert row.state == "won" and row.deal_amount == 12500 and row.deal_currency == "EUR"


def test_a_report_on_several_customers_is_read_where_it_tells_of_this_leads(app):
    # no request quoted that names the customer: the lead's own company and town say which
    lead = add_lead(app, T0, company="Kotkan Sellu Oy", city="Kotka")
    offer_id, contact_id = offer_of(app, lead.lead_id, "fi-gold")
    accept_offer(app, offer_id, contact_id, T0)
    done = reply_to(app, lead.lead_id, "fi-gold",
                    "Kotka: tapaaminen sovittu tiistaille klo 10 paikan päällä.\n\n"
                    "Muuta: Haminan Satama hävittiin hinnalla.\n\nAino",
                    at=T0 + timedelta(days=1))
    assert "meeting: updated" in done.reason, done.reason
    assert lead_row(app, lead.lead_id).state == "meeting"


def test_unclear_reply_is_kept_and_answered_once_a_day(app):
    lead = add_lead(app, T0)
    first = reply_to(app, lead.lead_id, "fi-plc", "Maybe, let me check with my boss.")
    second = reply_to(app, lead.lead_id, "fi-plc", "Hmm, perhaps next week.")
    assert lead_row(app, lead.lead_id).state == "offered"
    assert "asked pia@fi-plc.example" in first.reason
    assert "not answered" in second.reason
    assert outbox(app, lead.lead_id).count(("not_understood", "pia@fi-plc.example")) == 1
    notes = [k for k, _, _ in events(app, lead.lead_id)].count("reply")
    assert notes == 2  # both texts are on the timeline


def test_unclear_replies_arriving_together_get_one_answer(app):
    """The SMTP receiver processes messages in parallel: six unclear replies from one
    partner at once must still get one "please choose" email, not several."""
    import threading
    lead = add_lead(app, T0)
    _, contact = offer_of(app, lead.lead_id, "fi-plc")
    key = app.signer.reply_key(lead.lead_id, contact)
    raws = [mail("pia@fi-plc.example", f"Hmm, perhaps ({n}).", to=f"leads+{key}@{DOMAIN}")
            for n in range(6)]
    start = threading.Barrier(len(raws))
    done = []

    def deliver(raw: bytes) -> None:
        start.wait(timeout=10)
        done.append(ingest(app, raw, via="test", now=T0))

    threads = [threading.Thread(target=deliver, args=(raw,)) for raw in raws]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(done) == 6 and {d.status for d in done} == {"processed"}
    assert outbox(app, lead.lead_id).count(("not_understood", "pia@fi-plc.example")) == 1


def test_unregistered_sender_and_dmarc_failure_change_nothing(app):
    lead = add_lead(app, T0)
    stranger = reply_to(app, lead.lead_id, "fi-plc", "Yes!", frm="mallory@evil.example")
    assert stranger.status == "quarantined" and "not a registered" in stranger.reason
    forged = reply_to(app, lead.lead_id, "fi-plc", "Yes!", headers={
        "Authentication-Results": "mx.mailbot.localhost; dmarc=fail (p=none) "
                                  "header.from=fi-plc.example"})
    assert forged.status == "quarantined" and "DMARC" in forged.reason
    assert lead_row(app, lead.lead_id).state == "offered"


def test_a_contact_removed_from_the_directory_cannot_act(app):
    """A directory reload marks removed contacts and partners inactive (history keeps
    them): their replies are a stranger's, and their old links accept nothing."""
    from starlette.testclient import TestClient

    from mailbot.inbound.web import create_app
    lead = add_lead(app, T0)
    _, pia = offer_of(app, lead.lead_id, "fi-plc")
    _, aino = offer_of(app, lead.lead_id, "fi-gold")
    with app.sessions.begin() as s:
        s.get(m.Contact, pia).active = False
        s.get(m.Partner, "fi-gold").active = False
    done = reply_to(app, lead.lead_id, "fi-plc", "Yes, we'll take it!")
    assert done.status == "quarantined" and "not a registered" in done.reason
    client = TestClient(create_app(app), base_url="http://127.0.0.1:8025")
    url = app.signer.url("accept", lead.lead_id, aino).removeprefix("http://127.0.0.1:8025")
    page = client.post(url, data={"token": url.rsplit("/", 1)[1]})
    assert page.status_code == 404 and lead_row(app, lead.lead_id).state == "offered"
    from mailbot.handlers.partner_actions import Outcome, accept_offer
    offer_id, _ = offer_of(app, lead.lead_id, "fi-plc")
    assert accept_offer(app, offer_id, pia, T0).outcome == Outcome.UNKNOWN
    assert lead_row(app, lead.lead_id).state == "offered"


def test_plus_tag_and_case_of_a_registered_address_are_accepted(app):
    lead = add_lead(app, T0)
    done = reply_to(app, lead.lead_id, "fi-plc", "Yes, we take it", frm="Pia+CRM@FI-PLC.example")
    assert "accepted" in done.reason
    assert lead_row(app, lead.lead_id).partner_id == "fi-plc"


def test_subject_reference_from_a_registered_contact_without_reply_key(app):
    lead = add_lead(app, T0)
    raw = mail("pia@fi-plc.example", "Kyllä, otetaan tämä.",
               subject=f"VS: [L-{lead.lead_id}] Liidi: sensors")
    done = ingest(app, raw, via="test", now=T0)
    assert "accepted" in done.reason, done.reason


def _strict_subject_app(config_dir, tmp_path):
    """The app with [inbound] subject_reference_needs_authentication on, trusting the
    receiving MTA mx.mailbot.localhost."""
    from mailbot.app import build_app, load_config
    from mailbot.store.db import make_engine
    rules = config_dir / "rules.toml"
    rules.write_text(rules.read_text().replace(
        "trusted_authserv_ids = []", 'trusted_authserv_ids = ["mx.mailbot.localhost"]').replace(
        "subject_reference_needs_authentication = false",
        "subject_reference_needs_authentication = true"))
    return build_app(load_config(config_dir, environ={}),
                     engine=make_engine(f"sqlite:///{tmp_path / 'strict.db'}"))


def test_a_subject_reference_needs_an_authenticated_sender_when_configured(config_dir,
                                                                           tmp_path):
    """A new email naming the lead only in its subject is trusted by its From alone; with
    the rule on, a forged From changes nothing and the real partner is asked to answer our
    email, while the trusted server's dmarc=pass lets it act."""
    app = _strict_subject_app(config_dir, tmp_path)
    lead = add_lead(app, T0)
    subject = f"[L-{lead.lead_id}] Liidi: sensors"
    forged = ingest(app, mail("pia@fi-plc.example", "Kyllä, otetaan tämä.", subject=subject,
                              headers={"Authentication-Results":
                                       "evil.example; dmarc=pass header.from=fi-plc.example"}),
                    via="test", now=T0)
    assert forged.status == "quarantined" and "not authenticated" in forged.reason
    assert lead_row(app, lead.lead_id).state == "offered"
    assert ("not_understood", "pia@fi-plc.example") in outbox(app, None)
    signed = ingest(app, mail("pia@fi-plc.example", "Kyllä, otetaan tämä.", subject=subject,
                              headers={"Authentication-Results":
                                       "mx.mailbot.localhost; dkim=pass header.d=fi-plc.example"
                                       "; dmarc=pass header.from=fi-plc.example"}),
                    via="test", now=T0)
    assert "accepted" in signed.reason, signed.reason
    # a reply to our email (signed reply address) needs no such verdict
    other = add_lead(app, T0)
    assert "accepted" in reply_to(app, other.lead_id, "fi-gold", "Yes, we'll take it!").reason


def test_the_subject_rule_without_a_trusted_server_is_a_config_error(config_dir):
    from mailbot.app import load_config
    from mailbot.errors import ConfigError
    rules = config_dir / "rules.toml"
    rules.write_text(rules.read_text().replace(
        "subject_reference_needs_authentication = false",
        "subject_reference_needs_authentication = true"))
    with pytest.raises(ConfigError) as exc:
        load_config(config_dir, environ={})
    assert "needs trusted_authserv_ids" in str(exc.value)


def test_out_of_office_pauses_and_moves_the_offer_on(app):
    lead = add_lead(app, T0)
    before = offers(app, lead.lead_id)
    assert "fi-plc" in before and len(before) == 3
    done = reply_to(app, lead.lead_id, "fi-plc",
                    "Olen lomalla ja palaan toimistolle 30.11.2026.",
                    subject="Automaattinen vastaus: [L-1] Liidi",
                    headers={"Auto-Submitted": "auto-replied"})
    assert done.kind == "auto_reply" and "paused until 2026-11-30" in done.reason
    after = offers(app, lead.lead_id)
    assert after["fi-plc"] == "withdrawn"
    replacement = set(after) - set(before)
    assert len(replacement) == 1 and after[replacement.pop()] == "pending"
    with app.sessions() as s:
        pia = s.scalar(select(m.Contact).where(m.Contact.key == "pia@fi-plc.example"))
        # back at midnight where Pia works (her partner has no timezone: mailbot's, Berlin)
        local = pia.paused_until.astimezone(ZoneInfo("Europe/Berlin"))
        assert (local.date().isoformat(), local.hour) == ("2026-11-30", 0)
    # never answered
    assert not [t for t, a in outbox(app, lead.lead_id) if a == "pia@fi-plc.example"
                and t == "not_understood"]


def test_out_of_office_of_one_colleague_keeps_the_offer(app):
    lead = add_lead(app, T0)
    done = reply_to(app, lead.lead_id, "fi-gold", "I am out of office until 27.11.",
                    headers={"X-Autoreply": "yes"})
    assert done.kind == "auto_reply" and "re-offered" not in done.reason
    assert offers(app, lead.lead_id)["fi-gold"] == "pending"  # Mikko is still in


def _sent_offer(app, lead_id: int, addr: str) -> m.OutboundMessage:
    with app.sessions() as s:
        return s.scalar(select(m.OutboundMessage).where(
            m.OutboundMessage.lead_id == lead_id, m.OutboundMessage.to_addr == addr))


def dsn(app, out: m.OutboundMessage, recipient: str, *, status: str = "5.1.1",
        action: str = "failed") -> bytes:
    verp = app.identity.bounce_address(app.signer.verp_key(out.id))
    code = "550" if status.startswith("5") else "450"
    return (
        f"From: Mail Delivery System <MAILER-DAEMON@mx.fi-gold.example>\r\n"
        f"To: {verp}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        f"Message-ID: <{out.id}.{action}.dsn@mx.fi-gold.example>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n"
        f"--B\r\nContent-Type: text/plain\r\n\r\nDelivery to {recipient} failed.\r\n"
        f"--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: {action}\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; {code} {status} <{recipient}>: Recipient address rejected\r\n"
        f"--B\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: {out.message_id}\r\n"
        f"--B--\r\n").encode()


def test_hard_bounce_marks_undeliverable_reroutes_and_tells_the_manager(app):
    lead = add_lead(app, T0)
    offer_id, _ = offer_of(app, lead.lead_id, "fi-gold")
    with app.sessions() as s:
        aino = s.scalar(select(m.Contact).where(m.Contact.key == "aino@fi-gold.example"))
    accept_offer(app, offer_id, aino.id, T0)
    details = [o for o in outbox(app, lead.lead_id) if o[0] == "lead_details"]
    assert details == [("lead_details", "aino@fi-gold.example")]
    with app.sessions() as s:
        out = s.scalar(select(m.OutboundMessage).where(
            m.OutboundMessage.lead_id == lead.lead_id,
            m.OutboundMessage.template == "lead_details"))
    done = ingest(app, dsn(app, out, "aino@fi-gold.example"), via="test", now=T0)
    assert (done.kind, done.status) == ("bounce", "processed"), done.reason
    with app.sessions() as s:
        addr = s.scalar(select(m.ContactAddress).where(
            m.ContactAddress.email == "aino@fi-gold.example"))
        assert addr.undeliverable and "Recipient address rejected" in addr.bounce_detail
    sent = outbox(app, lead.lead_id)
    assert ("lead_details", "aino.alt@fi-gold.example") in sent  # her second address
    assert ("address_bounced", "sanna@maker.example") in sent
    assert "address_bounced" in [k for k, _, _ in events(app, lead.lead_id)]


def test_a_hard_bounce_leaving_a_partner_unreachable_moves_its_offer_on(app):
    """fi-plc has one contact: once her address bounces, nobody there can get or take
    the offer, so it leaves the wave at once and a replacement joins (as for an
    out-of-office), instead of waiting out the escalation."""
    lead = add_lead(app, T0)
    out = _sent_offer(app, lead.lead_id, "pia@fi-plc.example")
    done = ingest(app, dsn(app, out, "pia@fi-plc.example"), via="test", now=T0)
    assert done.status == "processed", done.reason
    states = offers(app, lead.lead_id)
    assert states["fi-plc"] == "withdrawn"
    assert list(states.values()).count("pending") == 3  # fi-gold, fi-silver + a replacement


def _undeliverable(app, addr: str) -> bool:
    with app.sessions() as s:
        return s.scalar(select(m.ContactAddress.undeliverable).where(
            m.ContactAddress.email == addr))


def test_a_forged_bounce_changes_nothing(app):
    """Anyone can send a DSN: one that fails DMARC, or that comes to no signed VERP address
    and quotes none of our emails, must not mark a partner's address dead."""
    lead = add_lead(app, T0)
    out = _sent_offer(app, lead.lead_id, "pia@fi-plc.example")
    genuine = dsn(app, out, "pia@fi-plc.example")
    verp = app.identity.bounce_address(app.signer.verp_key(out.id))
    failing = genuine.replace(b"From: Mail", b"Authentication-Results: mx.mailbot.localhost; "
                              b"dmarc=fail header.from=fi-gold.example\r\nFrom: Mail", 1)
    done = ingest(app, failing.replace(b"dsn@", b"dsn1@"), via="test", now=T0)
    assert (done.kind, done.status) == ("bounce", "quarantined") and "DMARC" in done.reason
    stranger = genuine.replace(verp.encode(), f"leads@{DOMAIN}".encode()).replace(
        out.message_id.encode(), b"<somebody-else@example.com>")
    done = ingest(app, stranger.replace(b"dsn@", b"dsn2@"), via="test", now=T0)
    assert (done.kind, done.status) == ("bounce", "quarantined"), done.reason
    assert not _undeliverable(app, "pia@fi-plc.example")
    # not to our VERP address, but quoting the offer we sent her: an old MTA's bounce
    quoting = genuine.replace(verp.encode(), f"leads@{DOMAIN}".encode())
    done = ingest(app, quoting.replace(b"dsn@", b"dsn3@"), via="test", now=T0)
    assert (done.kind, done.status) == ("bounce", "processed"), done.reason
    assert _undeliverable(app, "pia@fi-plc.example")


def test_soft_bounce_sends_again_later_and_delay_only_records(app):
    lead = add_lead(app, T0)
    out = _sent_offer(app, lead.lead_id, "juha@fi-silver.example")
    delayed = ingest(app, dsn(app, out, "juha@fi-silver.example", status="4.4.1",
                              action="delayed"), via="test", now=T0)
    assert "delayed" in delayed.reason
    failed = ingest(app, dsn(app, out, "juha@fi-silver.example", status="4.2.2"),
                    via="test", now=T0)
    assert "sending again" in failed.reason, failed.reason
    with app.sessions() as s:
        row = s.get(m.OutboundMessage, out.id)
        assert row.status == "pending" and row.due_at == T0 + timedelta(hours=1)
        assert row.soft_bounces == 1
        addr = s.scalar(select(m.ContactAddress).where(
            m.ContactAddress.email == "juha@fi-silver.example"))
        assert not addr.undeliverable


def test_our_own_mail_and_strangers_auto_replies_are_ignored(app):
    own = mail(f"Mailbot <leads@{DOMAIN}>", "hello", headers={"X-Mailbot-Kind": "offer"})
    assert ingest(app, own, via="test", now=T0).status == "ignored"
    news = mail("news@shop.example", "Sale!", headers={"Precedence": "bulk"})
    done = ingest(app, news, via="test", now=T0)
    assert (done.kind, done.status) == ("auto_reply", "ignored")


def test_a_failure_is_stored_and_reprocess_runs_it_again(app, monkeypatch):
    lead = add_lead(app, T0)
    _, contact_id = offer_of(app, lead.lead_id, "fi-plc")
    key = app.signer.reply_key(lead.lead_id, contact_id)
    raw = mail("pia@fi-plc.example", "Yes, we take it", to=f"leads+{key}@{DOMAIN}")
    stored = store_raw(app, raw, via="test", now=T0)
    from mailbot.handlers import mail_received

    def broken(*args, **kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setitem(mail_received.EFFECTS, "reply", broken)
    failed = process(app, stored.id, T0)
    assert failed.status == "failed"
    row = inbound(app, stored.id)
    assert row.status == "failed" and "simulated bug" in row.error and row.raw == raw
    assert lead_row(app, lead.lead_id).state == "offered"  # rolled back
    monkeypatch.undo()
    again = reprocess(app, stored.id, T0)
    assert again.status == "processed" and "accepted" in again.reason


def test_unrelated_mail_from_a_partner_is_answered_strangers_are_not(app):
    partner = mail("juha@fi-silver.example", "Can we have a call about the partnership?",
                   subject="Partnership")
    done = ingest(app, partner, via="test", now=T0)
    assert done.status == "quarantined" and "asked juha@fi-silver.example" in done.reason
    stranger = mail("someone@gmail.example", "Please quote 100 sensors", subject="Quote")
    done = ingest(app, stranger, via="test", now=T0)
    assert done.status == "quarantined" and "not registered" in done.reason
    with app.sessions() as s:
        sent = s.scalars(select(m.OutboundMessage.to_addr).where(
            m.OutboundMessage.template == "not_understood")).all()
    assert sent == ["juha@fi-silver.example"]


def test_garbage_is_stored_and_quarantined_never_lost(app):
    samples = [b"", b"\x00\xff" * 500, b"From: <<<\r\nSubject: =?koi8-r?B?!!?=\r\n\r\n\x80\x81",
               b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nbroken",
               "From: Пиа <pia@fi-plc.example>\r\nSubject: [L-999999]\r\n\r\nДа".encode(),
               b"From: pia@fi-plc.example\r\nSubject: [L-1] hi\x00there\r\n\r\nyes\x00"]
    for raw in samples:
        done = ingest(app, raw, via="test", now=T0)
        assert done.status in ("quarantined", "ignored"), (raw[:40], done)
        row = inbound(app, done.id)
        assert row.raw == raw and row.reason


def test_emails_caused_by_inbound_mail_render_from_real_data(app, tmp_path):
    import mailbox
    from email.header import decode_header, make_header

    from mailbot.outbound.sender import Sender
    from mailbot.outbound.transport import CaptureTransport
    lead = add_lead(app, T0)
    reply_to(app, lead.lead_id, "fi-plc", "Maybe, not sure yet.")  # not_understood + lead
    reply_to(app, lead.lead_id, "fi-gold", "Is the customer <b>& partner</b> in Espoo?")
    ingest(app, mail("eero@fi-extra.example", "Hello?", subject="Question"), via="test",
           now=T0)  # not_understood without a lead
    out = _sent_offer(app, lead.lead_id, "juha@fi-silver.example")
    ingest(app, dsn(app, out, "juha@fi-silver.example"), via="test", now=T0)  # address_bounced
    report = Sender(app, CaptureTransport(tmp_path / "mail")).drain(T0)
    assert report.failed == 0, report.errors
    with app.sessions() as s:
        kinds = set(s.scalars(select(m.OutboundMessage.template)))
    assert {"not_understood", "address_bounced", "partner_question",
            "question_forwarded"} <= kinds
    subjects = {str(make_header(decode_header(msg["Subject"])))
                for msg in mailbox.Maildir(str(tmp_path / "mail"))}
    assert f"[L-{lead.lead_id}] Sähköposti osoitteeseen juha@fi-silver.example palautui" \
        in subjects  # Sanna reads Finnish
    assert "We could not read your answer" in subjects  # Eero reads English
    assert any("Is the customer &lt;b&gt;&amp; partner&lt;/b&gt; in Espoo?" in
               msg.get_body(("html",)).get_content()
               for msg in mailbox.Maildir(str(tmp_path / "mail"), factory=_email_message)
               if msg["X-Mailbot-Kind"] == "partner_question")  # autoescaped


def _email_message(fp):
    import email
    import email.policy
    return email.message_from_binary_file(fp, policy=email.policy.default)


def test_a_ticket_robot_is_not_an_out_of_office(app):
    lead = add_lead(app, T0)
    done = reply_to(app, lead.lead_id, "fi-plc",
                    "Thank you for contacting support. Your ticket number is 4711.",
                    headers={"Auto-Submitted": "auto-replied"})
    assert done.status == "ignored" and "not an out-of-office" in done.reason
    assert offers(app, lead.lead_id)["fi-plc"] == "pending"


def test_an_absurd_lead_reference_is_quarantined_not_failed(app):
    raw = mail("pia@fi-plc.example", "Yes", subject="Re: [L-99999999999] and [L-999999999]")
    done = ingest(app, raw, via="test", now=T0)
    assert done.status == "quarantined" and "L-999999999 does not exist" in done.reason

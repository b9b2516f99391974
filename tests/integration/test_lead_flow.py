"""Intake, waves, accept, decline, status, give back and escalation on both databases."""

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select

from mailbot.handlers.due_work import due_work
from mailbot.handlers.partner_actions import (
    Outcome,
    accept_offer,
    decline_offer,
    give_back,
    report_status,
)
from mailbot.store import models as m
from tests.conftest import T0
from tests.integration.helpers import add_lead, events, lead_row, offer_of, offers, outbox


def test_qualified_lead_gets_wave_one_for_the_expected_partners(app):
    intake = add_lead(app, T0)
    # fi-gold: postal prefix 00, both skills, gold; fi-plc: plc + gold; fi-silver/fi-small/
    # fi-extra tie on sensors, broken by region (fi-silver is nearest by distance) and level.
    assert intake.state == "offered"
    assert intake.offered_to == ["fi-gold", "fi-plc", "fi-silver"]
    assert offers(app, intake.lead_id) == dict.fromkeys(intake.offered_to, "pending")
    lead = lead_row(app, intake.lead_id)
    assert lead.wave == 1 and lead.escalation_due_at == T0 + timedelta(hours=12)
    # one offer email per deliverable contact, in the outbox with the state change
    assert sorted(a for t, a in outbox(app, intake.lead_id) if t == "offer") == [
        "aino@fi-gold.example", "juha@fi-silver.example", "mikko@fi-gold.example",
        "pia@fi-plc.example"]


def test_unqualified_lead_is_rejected_with_the_missing_fields(app):
    intake = add_lead(app, T0, requirement="", country="")
    assert intake.state == "rejected"
    assert intake.missing == ["country", "requirement"]
    assert offers(app, intake.lead_id) == {}
    assert events(app, intake.lead_id)[-1] == ("lead_state", "rejected",
                                               "qualification.required")


def test_enrichment_fills_country_from_email(app):
    intake = add_lead(app, T0, country="", contact_email="buyer@kylma.example.fi")
    assert intake.state == "offered"
    assert lead_row(app, intake.lead_id).country == "FI"


def test_external_id_makes_intake_idempotent(app):
    first = add_lead(app, T0, external_id="crm-1")
    again = add_lead(app, T0, external_id="crm-1")
    assert not again.created and again.lead_id == first.lead_id
    with app.sessions() as s:
        assert s.scalar(select(m.Lead.id).where(m.Lead.id != first.lead_id)) is None


def test_first_accept_wins_and_the_others_are_withdrawn(app):
    intake = add_lead(app, T0)
    offer_id, contact_id = offer_of(app, intake.lead_id, "fi-plc")
    result = accept_offer(app, offer_id, contact_id, T0 + timedelta(hours=1))
    assert result.outcome == Outcome.ACCEPTED
    assert offers(app, intake.lead_id) == {"fi-gold": "withdrawn", "fi-plc": "accepted",
                                           "fi-silver": "withdrawn"}
    lead = lead_row(app, intake.lead_id)
    assert (lead.state, lead.partner_id) == ("accepted", "fi-plc")
    assert lead.feedback_due_at == T0 + timedelta(hours=1, days=2)
    templates = [t for t, _ in outbox(app, intake.lead_id)]
    assert templates.count("lead_details") == 1 and templates.count("already_taken") == 3
    assert "customer_notice" in templates
    # a double click is idempotent, another partner sees "taken"
    assert accept_offer(app, offer_id, contact_id, T0 + timedelta(hours=2)).outcome == \
        Outcome.ALREADY_YOURS
    other, other_contact = offer_of(app, intake.lead_id, "fi-gold")
    assert accept_offer(app, other, other_contact, T0 + timedelta(hours=2)).outcome == \
        Outcome.TAKEN


def test_contact_of_another_partner_cannot_accept(app):
    intake = add_lead(app, T0)
    offer_id, _ = offer_of(app, intake.lead_id, "fi-plc")
    _, stranger = offer_of(app, intake.lead_id, "fi-gold")
    assert accept_offer(app, offer_id, stranger, T0).outcome == Outcome.UNKNOWN
    assert lead_row(app, intake.lead_id).state == "offered"


def test_no_accept_escalates_to_wave_two_then_unclaimed(app):
    intake = add_lead(app, T0)
    assert due_work(app, T0 + timedelta(hours=11)).escalated == []
    report = due_work(app, T0 + timedelta(hours=12))
    assert report.escalated == [intake.ref]
    state = offers(app, intake.lead_id)
    assert [p for p, s in state.items() if s == "expired"] == ["fi-gold", "fi-plc", "fi-silver"]
    assert sorted(p for p, s in state.items() if s == "pending") == ["fi-extra", "fi-small"]
    # the FI partner account manager hears who got it now and who stayed silent
    with app.sessions() as s:
        note = s.scalar(select(m.OutboundMessage).where(
            m.OutboundMessage.template == "escalation"))
    assert note.to_addr == "sanna@maker.example"
    assert note.context == {"wave": 2, "partners": ["FI Extra Oy", "FI Small Ab"],
                            "silent": ["FI Gold Oy", "FI PLC Oy", "FI Silver Oy"]}
    # a second tick at the same instant does nothing twice
    assert due_work(app, T0 + timedelta(hours=12)).escalated == []
    report = due_work(app, T0 + timedelta(hours=24))
    assert report.unclaimed == [intake.ref]
    lead = lead_row(app, intake.lead_id)
    assert lead.state == "unclaimed" and lead.escalation_due_at is None
    # the responsible manager (FI scope) is told
    assert ("unclaimed", "sanna@maker.example") in outbox(app, intake.lead_id)
    kinds = [e for e in events(app, intake.lead_id) if e[0] == "wave_expired"]
    assert kinds[0][2] == "offers.warm.escalation_after"


def test_hot_leads_escalate_sooner(app):
    intake = add_lead(app, T0, temperature="hot")
    assert due_work(app, T0 + timedelta(hours=4)).escalated == [intake.ref]


def test_when_the_whole_wave_declines_the_next_wave_goes_out_at_once(app):
    intake = add_lead(app, T0)
    for partner in ("fi-gold", "fi-plc", "fi-silver"):
        offer_id, contact_id = offer_of(app, intake.lead_id, partner)
        result = decline_offer(app, offer_id, contact_id, T0, reason="no capacity")
        assert result.outcome == Outcome.DECLINED
    state = offers(app, intake.lead_id)
    assert sorted(p for p, s in state.items() if s == "pending") == ["fi-extra", "fi-small"]
    assert lead_row(app, intake.lead_id).wave == 2
    again = decline_offer(app, *offer_of(app, intake.lead_id, "fi-gold"), T0)
    assert again.outcome == Outcome.ALREADY_DECLINED


def test_status_updates_follow_the_table_and_move_the_deadline(app):
    intake = add_lead(app, T0)
    offer_id, contact = offer_of(app, intake.lead_id, "fi-gold")
    accept_offer(app, offer_id, contact, T0)
    t1 = T0 + timedelta(days=1)
    assert report_status(app, intake.lead_id, contact, "meeting", t1).outcome == Outcome.UPDATED
    assert lead_row(app, intake.lead_id).feedback_due_at == t1 + timedelta(days=14)
    won = report_status(app, intake.lead_id, contact, "won", t1, amount=12500, currency="eur")
    assert won.outcome == Outcome.UPDATED
    lead = lead_row(app, intake.lead_id)
    assert (lead.state, float(lead.deal_amount), lead.deal_currency) == ("won", 12500.0, "EUR")
    assert lead.feedback_due_at is None and lead.closed_at == t1
    illegal = report_status(app, intake.lead_id, contact, "contacted", t1)
    assert illegal.outcome == Outcome.ILLEGAL
    with app.sessions() as s:
        points = s.scalars(select(m.PointsEntry.reason).order_by(m.PointsEntry.id)).all()
    assert points == ["accept", "feedback_on_time", "feedback_on_time", "won"]


def test_partner_who_does_not_hold_the_lead_cannot_report(app):
    intake = add_lead(app, T0)
    offer_id, contact = offer_of(app, intake.lead_id, "fi-gold")
    accept_offer(app, offer_id, contact, T0)
    _, other = offer_of(app, intake.lead_id, "fi-plc")
    assert report_status(app, intake.lead_id, other, "won", T0).outcome == Outcome.NOT_YOURS


def test_give_back_reoffers_to_partners_not_yet_asked(app):
    intake = add_lead(app, T0)
    offer_id, contact = offer_of(app, intake.lead_id, "fi-gold")
    accept_offer(app, offer_id, contact, T0)
    assert give_back(app, intake.lead_id, contact, T0, reason="too far").outcome == \
        Outcome.RETURNED
    lead = lead_row(app, intake.lead_id)
    assert lead.state == "offered" and lead.partner_id is None
    pending = sorted(p for p, s in offers(app, intake.lead_id).items() if s == "pending")
    assert pending == ["fi-extra", "fi-small"]
    assert ("lead_state", "returned", "") in events(app, intake.lead_id)


def test_a_lead_given_back_with_nobody_new_left_goes_to_those_who_raced_for_it(app):
    """Partners not yet asked come first after a give-back; when there are none, the ones
    who only lost the race for it (offer withdrawn, never declined) are asked again,
    rather than the lead going straight to 'unclaimed'."""
    intake = add_lead(app, T0, exclude_partners=["fi-extra", "fi-small"])
    offer_id, contact = offer_of(app, intake.lead_id, "fi-gold")
    _, juha = offer_of(app, intake.lead_id, "fi-silver")
    decline_offer(app, offer_of(app, intake.lead_id, "fi-plc")[0],
                  offer_of(app, intake.lead_id, "fi-plc")[1], T0)
    accept_offer(app, offer_id, contact, T0)
    give_back(app, intake.lead_id, contact, T0 + timedelta(hours=1), reason="no time")
    lead = lead_row(app, intake.lead_id)
    assert lead.state == "offered", lead.state
    states = offers(app, intake.lead_id)
    assert states["fi-silver"] == "pending"  # lost the race, asked again
    assert states["fi-plc"] == "declined" and states["fi-gold"] == "accepted"
    with app.sessions() as s:
        sent = s.scalar(select(func.count()).select_from(m.OutboundMessage).where(
            m.OutboundMessage.lead_id == intake.lead_id, m.OutboundMessage.template == "offer",
            m.OutboundMessage.contact_id == juha))
    assert sent == 2  # the first offer, and this one
    assert accept_offer(app, offer_of(app, intake.lead_id, "fi-silver")[0], juha,
                        T0 + timedelta(hours=2)).outcome == Outcome.ACCEPTED


def test_pick_lock_blocks_accept_until_feedback_is_given(app):
    first = add_lead(app, T0)
    offer_id, contact = offer_of(app, first.lead_id, "fi-gold")
    accept_offer(app, offer_id, contact, T0)  # feedback due T0+2d, lock after T0+5d
    later = T0 + timedelta(days=6)
    second = add_lead(app, later, company="Other Oy")
    with app.sessions() as s:
        locked = s.scalar(select(m.Offer.locked_at_offer).where(
            m.Offer.lead_id == second.lead_id, m.Offer.partner_id == "fi-gold"))
    assert locked is True  # still offered (sees the lead), marked locked
    offer2, _ = offer_of(app, second.lead_id, "fi-gold")
    assert accept_offer(app, offer2, contact, later).outcome == Outcome.LOCKED
    report_status(app, first.lead_id, contact, "contacted", later)
    assert accept_offer(app, offer2, contact, later).outcome == Outcome.ACCEPTED


def test_a_locked_offer_lists_what_is_overdue_when_it_is_sent(app):
    """The offer email is rendered when it leaves: feedback given while it waited (outside
    business hours, say) must not be asked for again, and what fell due meanwhile is named."""
    from mailbot.outbound.context import build
    first = add_lead(app, T0)
    offer_id, contact = offer_of(app, first.lead_id, "fi-gold")
    accept_offer(app, offer_id, contact, T0)
    later = T0 + timedelta(days=6)
    second = add_lead(app, later, company="Other Oy")
    with app.sessions() as s:
        row = s.scalar(select(m.OutboundMessage).where(
            m.OutboundMessage.lead_id == second.lead_id, m.OutboundMessage.template == "offer",
            m.OutboundMessage.contact_id == contact))
        assert [x["ref"] for x in build(s, row, app.signer, "b", "UTC", now=later)
                .context["locked_leads"]] == [f"L-{first.lead_id}"]
    report_status(app, first.lead_id, contact, "contacted", later + timedelta(hours=1))
    with app.sessions() as s:
        row = s.get(m.OutboundMessage, row.id)
        ctx = build(s, row, app.signer, "b", "UTC", now=later + timedelta(hours=2)).context
        assert ctx["locked_leads"] == []


def test_a_closed_lead_asks_the_customer_to_rate_the_partner_a_day_later(app):
    """The customer's rating links come in the satisfaction request, queued when the
    partner reports won or lost and due a day later (rules: [customer])."""
    intake = add_lead(app, T0)
    offer_id, contact = offer_of(app, intake.lead_id, "fi-gold")
    accept_offer(app, offer_id, contact, T0)
    assert ("satisfaction_request", "buyer@kylma.example") not in outbox(app, intake.lead_id)
    report_status(app, intake.lead_id, contact, "won", T0 + timedelta(days=3))
    with app.sessions() as s:
        rows = s.scalars(select(m.OutboundMessage).where(
            m.OutboundMessage.lead_id == intake.lead_id,
            m.OutboundMessage.template == "satisfaction_request")).all()
    assert [(r.to_addr, r.due_at) for r in rows] == [
        ("buyer@kylma.example", T0 + timedelta(days=4))]


def test_a_partner_removed_from_the_directory_leaves_the_wave(app):
    """A directory reload keeps removed partners inactive. Their pending offers can no
    longer be accepted, so the next tick withdraws them and a replacement joins the wave
    (same deadline), as when a partner's only contact is away."""
    intake = add_lead(app, T0)
    assert sorted(intake.offered_to) == ["fi-gold", "fi-plc", "fi-silver"]
    with app.sessions.begin() as s:
        s.get(m.Partner, "fi-plc").active = False
    due_work(app, T0 + timedelta(minutes=5))
    states = offers(app, intake.lead_id)
    assert states["fi-plc"] == "withdrawn"
    assert sorted(p for p, st in states.items() if st == "pending") == \
        ["fi-extra", "fi-gold", "fi-silver"]
    assert ("offer_withdrawn", None, "directory.removed") in [
        (k, f, r) for k, f, r in _events_with_rule(app, intake.lead_id)]
    due_work(app, T0 + timedelta(minutes=6))  # once
    assert list(offers(app, intake.lead_id).values()).count("pending") == 3


def _events_with_rule(app, lead_id):
    with app.sessions() as s:
        return s.execute(select(m.LeadEvent.kind, m.LeadEvent.from_state, m.LeadEvent.rule)
                         .where(m.LeadEvent.lead_id == lead_id)).all()


def test_paused_contacts_partner_is_skipped(app):
    with app.sessions.begin() as s:
        for c in s.scalars(select(m.Contact).where(m.Contact.partner_id == "fi-gold")):
            c.paused_until = T0 + timedelta(days=7)
    intake = add_lead(app, T0)
    assert "fi-gold" not in intake.offered_to


def test_directory_resync_keeps_runtime_state(app):
    from mailbot.store.directory_sync import sync_directory
    with app.sessions.begin() as s:
        s.get(m.Partner, "fi-gold").paused_until = T0
    with app.sessions.begin() as s:
        result = sync_directory(s, app.config.directory, T0)
    assert result.partners == 6 and result.contacts == 7 and result.managers == 2
    with app.sessions() as s:
        assert s.get(m.Partner, "fi-gold").paused_until == T0


def test_lead_can_exclude_partners_and_unknown_ids_are_rejected(app):
    import pytest

    from mailbot.errors import InputError
    intake = add_lead(app, T0, exclude_partners=["fi-gold"])
    assert "fi-gold" not in intake.offered_to and len(intake.offered_to) == 3
    with pytest.raises(InputError) as err:
        add_lead(app, T0, exclude_partners="fi-plc; fi-nope", external_id="x-1")
    assert str(err.value) == ("lead: exclude_partners[1]: unknown partner 'fi-nope' "
                              "(expected a partner id from the directory)")
    with app.sessions() as s:  # nothing half-written
        assert s.scalar(select(m.Lead.id).where(m.Lead.external_id == "x-1")) is None


def test_every_change_on_the_timeline_moves_updated_at(app):
    """API clients sync with ``updated_since``: a confirmed status with a new amount, a
    reply kept as a note, a rating: each changes the lead's document, so each must move
    ``updated_at``, not only state changes."""
    lead = add_lead(app, T0)
    offer_id, contact = offer_of(app, lead.lead_id, "fi-gold")
    accept_offer(app, offer_id, contact, T0)
    report_status(app, lead.lead_id, contact, "contacted", T0 + timedelta(hours=1))
    later = T0 + timedelta(days=2)
    report_status(app, lead.lead_id, contact, "contacted", later, amount=Decimal("9000"),
                  currency="EUR")
    row = lead_row(app, lead.lead_id)
    assert row.deal_amount == Decimal("9000") and row.updated_at == later


def test_two_resends_of_a_rejected_lead_at_once_offer_it_once(app):
    """Resends of a rejected lead race (a CRM retrying): the rejected row is locked
    (FOR UPDATE on PostgreSQL; on SQLite the transaction takes the write lock when it
    begins), so only one of them qualifies and offers it."""
    import threading

    from mailbot.handlers.lead_received import parse_lead, receive_lead
    from tests.integration.helpers import QUALIFIED
    broken = {**QUALIFIED, "company": "", "external_id": "crm-race"}
    first = receive_lead(app, parse_lead(broken), T0)
    assert first.state == "rejected"
    fixed = parse_lead({**broken, "company": "Korjattu Oy"})
    start, done = threading.Barrier(4), []

    def resend() -> None:
        start.wait(timeout=10)
        done.append(receive_lead(app, fixed, T0 + timedelta(minutes=5)))

    threads = [threading.Thread(target=resend) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(done) == 4 and {d.lead_id for d in done} == {first.lead_id}
    kinds = [k for k, _, _ in events(app, first.lead_id)]
    assert kinds.count("resubmitted") == 1 and kinds.count("wave_offered") == 1

"""The clock as the third actor, driven tick by tick (no sleeping): offer reminders, the
next wave, feedback reminders before and at the deadline, the pick-lock notice, the lock
itself, and feedback that lifts it. Both databases."""

import threading
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from mailbot.app import build_app, load_config
from mailbot.handlers.due_work import due_work
from mailbot.handlers.partner_actions import Outcome, accept_offer, report_status
from mailbot.store import models as m
from tests.conftest import T0
from tests.integration.helpers import add_lead, events, lead_row, offer_of, offers, outbox

H = timedelta(hours=1)
D = timedelta(days=1)


def sent(app, lead_id: int, template: str) -> list[str]:
    return sorted(addr for t, addr in outbox(app, lead_id) if t == template)


def points(app, partner_id: str) -> list[tuple[str, int]]:
    with app.sessions() as s:
        return list(s.execute(select(m.PointsEntry.reason, m.PointsEntry.points).where(
            m.PointsEntry.partner_id == partner_id).order_by(m.PointsEntry.id)).all())


def test_offer_reminder_once_then_next_wave(app):
    lead = add_lead(app, T0).lead_id
    assert not due_work(app, T0 + 4 * H - timedelta(seconds=1))
    report = due_work(app, T0 + 4 * H)
    assert sorted(report.reminded) == ["L-1 fi-gold", "L-1 fi-plc", "L-1 fi-silver"]
    assert sent(app, lead, "offer_reminder") == [
        "aino@fi-gold.example", "juha@fi-silver.example", "mikko@fi-gold.example",
        "pia@fi-plc.example"]
    assert not due_work(app, T0 + 5 * H), "a reminder goes out once"
    assert ("offer_reminder", None, "offers.warm.reminder_after") in events(app, lead)
    report = due_work(app, T0 + 12 * H)
    assert report.escalated == ["L-1"] and not report.reminded
    wave2 = [p for p, state in offers(app, lead).items() if state == "pending"]
    assert wave2 and lead_row(app, lead).wave == 2
    # the second wave is reminded on its own clock, 4 h after it was offered
    assert sorted(due_work(app, T0 + 16 * H).reminded) == [f"L-1 {p}" for p in sorted(wave2)]


def test_no_reminder_for_an_offer_already_decided(app):
    lead = add_lead(app, T0).lead_id
    offer_id, contact = offer_of(app, lead, "fi-gold")
    assert accept_offer(app, offer_id, contact, T0 + H).outcome == Outcome.ACCEPTED
    assert not due_work(app, T0 + 4 * H).reminded
    assert sent(app, lead, "offer_reminder") == []


def test_feedback_chase_lock_and_unlock(app):
    lead = add_lead(app, T0).lead_id
    offer_id, contact = offer_of(app, lead, "fi-gold")
    accepted = T0 + H
    assert accept_offer(app, offer_id, contact, accepted).outcome == Outcome.ACCEPTED
    due = accepted + 2 * D  # feedback.deadlines.accepted
    assert lead_row(app, lead).feedback_due_at == due

    assert not due_work(app, due - D - timedelta(seconds=1)).chased
    assert due_work(app, due - D).chased == ["L-1 feedback_request"]
    assert not due_work(app, due - H).chased, "each step once"
    assert due_work(app, due).chased == ["L-1 feedback_overdue"]
    assert points(app, "fi-gold")[-1] == ("overdue_feedback", -3)

    # within the 3-day grace fi-gold can still pick; after it, a lock notice (once)
    within = add_lead(app, due + D).lead_id
    within_offer, _ = offer_of(app, within, "fi-gold")
    assert accept_offer(app, within_offer, contact, due + D + H).outcome == Outcome.ACCEPTED
    report = due_work(app, due + 3 * D)
    assert "L-1 pick_lock" in report.chased
    assert sent(app, lead, "pick_lock") == ["aino@fi-gold.example"]
    late = due + 3 * D + H
    other = add_lead(app, late, company="Lämpö Oy").lead_id
    other_offer, _ = offer_of(app, other, "fi-gold")
    assert accept_offer(app, other_offer, contact, late).outcome == Outcome.LOCKED
    assert "L-1 pick_lock" not in due_work(app, late).chased, "one lock notice"

    # feedback lifts the lock at once and starts a new chase from the new deadline
    assert report_status(app, lead, contact, "contacted", late).outcome == Outcome.UPDATED
    row = lead_row(app, lead)
    assert row.feedback_due_at == late + 14 * D and row.feedback_chase_step == 0
    assert row.feedback_chase_at == late + 13 * D
    assert accept_offer(app, other_offer, contact, late + H).outcome == Outcome.ACCEPTED
    assert [c for c in due_work(app, late + 2 * H).chased if c.startswith("L-1 ")] == []
    kinds = [(k, r) for k, _, r in events(app, lead) if k in (
        "feedback_request", "feedback_overdue", "pick_lock")]
    assert kinds == [("feedback_request", "feedback.remind_before"),
                     ("feedback_overdue", "feedback.deadlines.accepted"),
                     ("pick_lock", "pick_lock.overdue_by")]


def test_on_time_feedback_earns_points_once_per_deadline(app):
    """A replayed status form, or a partner confirming "still contacted" every day, must
    not mint points: a confirmation earns them only once its reminder was due."""
    lead = add_lead(app, T0).lead_id
    offer_id, contact = offer_of(app, lead, "fi-gold")
    accept_offer(app, offer_id, contact, T0)

    def on_time() -> int:
        return sum(1 for r, _ in points(app, "fi-gold") if r == "feedback_on_time")

    for _ in range(5):  # the same form sent five times
        assert report_status(app, lead, contact, "contacted", T0 + H).outcome == \
            Outcome.UPDATED
    assert on_time() == 1
    due = lead_row(app, lead).feedback_due_at  # 14 days on
    report_status(app, lead, contact, "contacted", due - 2 * D)  # early, unasked
    assert on_time() == 1
    due = lead_row(app, lead).feedback_due_at  # every report starts a new deadline
    report_status(app, lead, contact, "contacted", due - H)  # answering the reminder
    assert on_time() == 2
    report_status(app, lead, contact, "meeting", due - H + 60 * timedelta(seconds=1))
    assert on_time() == 3  # real progress earns


def test_a_late_tick_sends_the_latest_step_only(app):
    lead = add_lead(app, T0).lead_id
    offer_id, contact = offer_of(app, lead, "fi-gold")
    accept_offer(app, offer_id, contact, T0 + H)
    # the scheduler was down for a week: one lock notice, not three emails in a row
    assert due_work(app, T0 + H + 7 * D).chased == ["L-1 pick_lock"]
    assert sent(app, lead, "feedback_request") == sent(app, lead, "feedback_overdue") == []
    assert points(app, "fi-gold")[-1] == ("overdue_feedback", -3)


def test_reminders_to_a_paused_contact_are_held(app):
    lead = add_lead(app, T0).lead_id
    offer_id, contact = offer_of(app, lead, "fi-gold")
    accept_offer(app, offer_id, contact, T0 + H)
    back = T0 + 10 * D
    with app.sessions.begin() as s:
        s.get(m.Contact, contact).paused_until = back
    assert not due_work(app, T0 + H + D).chased
    assert lead_row(app, lead).feedback_chase_at == back
    assert due_work(app, back).chased == ["L-1 pick_lock"]


def test_closing_a_lead_stops_the_chase(app):
    lead = add_lead(app, T0).lead_id
    offer_id, contact = offer_of(app, lead, "fi-gold")
    accept_offer(app, offer_id, contact, T0 + H)
    report_status(app, lead, contact, "won", T0 + 2 * H)
    assert lead_row(app, lead).feedback_chase_at is None
    assert not due_work(app, T0 + 30 * D)


@pytest.mark.postgres
def test_two_instances_ticking_together_send_each_email_once(config_dir, pg_engine_factory):
    """Two schedulers on one PostgreSQL, ticking the same instants at the same time:
    every reminder and escalation notice exactly once (row locks, SKIP LOCKED)."""
    engine = pg_engine_factory(pool_size=10, max_overflow=0)
    first = build_app(load_config(config_dir, environ={}), engine=engine)
    second = build_app(load_config(config_dir, environ={}), engine=engine, migrate=False)
    leads = [add_lead(first, T0, company=f"Firma {i}").lead_id for i in range(4)]
    instants = [T0 + k * timedelta(minutes=12) for k in range(1, 201)]  # 200 ticks, 40 h
    barrier = threading.Barrier(2)

    def tick_all(app) -> None:
        barrier.wait()
        for at in instants:
            due_work(app, at)

    threads = [threading.Thread(target=tick_all, args=(a,)) for a in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with first.sessions() as s:
        rows = s.execute(select(m.OutboundMessage.template, m.OutboundMessage.offer_id,
                                m.OutboundMessage.contact_id, m.OutboundMessage.manager_id,
                                m.OutboundMessage.lead_id, m.OutboundMessage.context)).all()
        offer_count = s.scalar(select(func.count()).select_from(m.Offer).where(
            m.Offer.lead_id.in_(leads)))
    reminders = [(r.offer_id, r.contact_id) for r in rows if r.template == "offer_reminder"]
    assert len(reminders) == len(set(reminders)), "a reminder went out twice"
    assert len({offer for offer, _ in reminders}) == offer_count, "an offer was not reminded"
    notices = [(r.lead_id, r.manager_id, r.template, r.context.get("wave"))
               for r in rows if r.manager_id is not None]
    assert len(notices) == len(set(notices)), "a manager notice went out twice"
    for lead in leads:
        kinds = Counter(n[2] for n in notices if n[0] == lead)
        assert kinds["unclaimed"] == 1 and kinds["escalation"] >= 1, kinds
        assert lead_row(first, lead).state == "unclaimed"

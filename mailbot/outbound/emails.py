"""The registry of email kinds: who receives them and which headers they carry.

One name, one registry: the outbox stores a kind's name, ``mailbot check`` renders
every kind in every language, and an unknown name is an error, not a silent skip.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta


@dataclass(frozen=True)
class EmailKind:
    name: str
    audience: str  # partner | manager | customer | sender
    #: invites a reply that Mailbot will read (reply marker, Reply-To with the reply key)
    replyable: bool = True
    #: flags merged into the template context (variants sharing one template)
    flags: dict = field(default_factory=dict)
    #: a digest-like mail where List-Unsubscribe makes sense
    unsubscribable: bool = False


EMAILS: dict[str, EmailKind] = {k.name: k for k in (
    EmailKind("offer", "partner", flags={"reminder": False}),
    EmailKind("offer_reminder", "partner", flags={"reminder": True}),
    EmailKind("lead_details", "partner"),
    # also the answer to an accept by reply once the offer is gone: "expired", "withdrawn"
    EmailKind("already_taken", "partner", replyable=False, flags={"outcome": "taken"}),
    EmailKind("decline_confirmation", "partner", replyable=False),
    EmailKind("feedback_request", "partner", flags={"overdue": False}),
    EmailKind("feedback_overdue", "partner", flags={"overdue": True}),
    EmailKind("pick_lock", "partner", replyable=False),
    EmailKind("escalation", "manager", replyable=False),
    EmailKind("unclaimed", "manager", replyable=False),
    EmailKind("customer_not_contacted", "manager", replyable=False),
    EmailKind("customer_notice", "customer", replyable=False),
    EmailKind("satisfaction_request", "customer", replyable=False),
    # "offered": about a lead on offer to the sender (accept/decline buttons, not statuses)
    EmailKind("not_understood", "sender", flags={"offered": False}),
    EmailKind("address_bounced", "manager", replyable=False),
    EmailKind("partner_question", "manager", replyable=False),
    EmailKind("question_forwarded", "partner", replyable=False),
    EmailKind("cooldown_notice", "partner"),
    EmailKind("digest", "manager", replyable=False, unsubscribable=True),
    # replyable: "Own deal: customer, amount" in a reply registers a deal of their own
    EmailKind("open_leads", "partner", unsubscribable=True),
    EmailKind("own_deal_registered", "partner", replyable=False),
)}


def sample_context(kind: str, base_url: str = "https://leads.example.com",
                   now: datetime | None = None) -> dict:
    """Realistic data for previews, `mailbot check` and template tests."""
    now = now or datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    link = f"{base_url}/l"
    lead = {
        "ref": "L-1042", "company": "Kylmävarasto Oy", "contact_name": "Pekka Lahtinen",
        "contact_email": "pekka.lahtinen@kylmavarasto.example", "contact_phone": "+358 40 123 4567",
        "address": "Satamakatu 3, 00160 Helsinki, FI", "region": "Helsinki, FI (00160)",
        "product": "sensors", "temperature": "hot", "size_hint": "10 000 – 50 000 EUR",
        "source": "demo_request", "reason": "Asked for a demo on the website",
        "requirement": "120 temperature sensors with a PLC gateway for a cold store",
        "notes": "Decision before the end of the quarter", "status_label": "contacted",
    }
    status = {s: f"{link}/status/SAMPLE-{s}" for s in
              ("contacted", "meeting", "proposal", "won", "lost")}
    ctx = {
        "brand": {"name": "ACME Partner Desk"}, "recipient": {"name": "Aino Virtanen"},
        "partner": {"name": "Helsinki Automation Oy"}, "lead": lead,
        "reply_marker": EMAILS[kind].replyable,
        "offer": {"deadline": now + timedelta(hours=12), "wave": 1},
        "locked_leads": [], "feedback_due": now + timedelta(days=2),
        "links": {"accept": f"{link}/accept/SAMPLE", "decline": f"{link}/decline/SAMPLE",
                  "giveback": f"{link}/giveback/SAMPLE", "offer_all": f"{link}/offer_all/S",
                  "not_contacted": f"{link}/not_contacted/SAMPLE",
                  "rate": {n: f"{link}/rate/SAMPLE?stars={n}" for n in range(1, 6)},
                  **status},
        "reason": "", "wave": 2, "partners": ["Tampere Systems Oy", "Oulu Tech Ab"],
        "silent": ["Helsinki Automation Oy"], "contact_by": now + timedelta(days=2),
        "partner_contact": "Aino Virtanen, +358 40 765 4321",
        "assign": [{"name": "Tampere Systems Oy", "url": f"{link}/assign/SAMPLE"}],
    }
    if EMAILS[kind].unsubscribable:
        ctx["unsubscribe_url"] = f"{link}/unsubscribe/SAMPLE"
    if kind in ("open_leads", "cooldown_notice"):
        ctx["own_deal_url"] = f"{link}/own_deal/SAMPLE"
    if kind == "pick_lock":
        ctx["locked_leads"] = [
            {"ref": "L-1001", "company": "Sähkö Oy", "due": now - timedelta(days=5),
             "status_url": f"{link}/status/SAMPLE-1001"},
            {"ref": "L-1017", "company": "Valo Ab", "due": now - timedelta(days=4),
             "status_url": f"{link}/status/SAMPLE-1017"}]
    if kind == "decline_confirmation":
        ctx["reason"] = "No capacity this month"
    if kind == "address_bounced":
        ctx["bounced"] = {"address": "aino@helsinki-automation.example", "contact": "Aino Virtanen",
                          "partner": "Helsinki Automation Oy",
                          "detail": "550 5.1.1 <aino@helsinki-automation.example>: "
                                    "Recipient address rejected: User unknown",
                          "rerouted": ["mikko@helsinki-automation.example"]}
    if kind == "question_forwarded":
        ctx["managers"] = ["Sanna Mäkelä"]
    if kind == "partner_question":
        ctx["asker"] = {"name": "Aino Virtanen", "partner": "Helsinki Automation Oy",
                        "email": "aino@helsinki-automation.example"}
        ctx["question"] = ("Does the customer need the installation too, or only the sensors?\n"
                           "Who do we send the quote to?")
    if kind == "cooldown_notice":
        ctx.update(lead=None, cooldown_until=now + timedelta(days=30), won=3, days=180)
    if kind == "open_leads":
        ctx.update(lead=None, open_leads=[
            {"ref": "L-1001", "company": "Sähkö Oy", "state": "contacted",
             "due": now + timedelta(days=3), "links": status},
            {"ref": "L-1017", "company": "Valo Ab", "state": "proposal",
             "due": now - timedelta(days=1), "links": status}])
    if kind == "digest":
        ctx.update(lead=None, digest=sample_digest(now, link),
                   period_start=now - timedelta(days=7), period_end=now)
    if kind == "own_deal_registered":
        ctx.update(lead=None, company="Satama Logistics Oy")
    if kind == "unclaimed":
        ctx["reason"] = "waves_exhausted"
    return {**ctx, **EMAILS[kind].flags}


def sample_digest(now: datetime, link: str) -> dict:
    """A week of a small scope, as ``handlers.digest.build`` returns it."""
    def partner(pid, name, accepted, won, lost, overdue, points, locked=False, silent=0):
        return {"partner": pid, "name": name, "offered": accepted + 3, "accepted": accepted,
                "declined": 2, "expired": 1, "won": won, "lost": lost,
                "cr": won / (won + lost) if won + lost else None, "adt_days": 21.5,
                "ttp_hours": 5.0, "won_value": {"EUR": 12500.0 * won}, "open": 4,
                "overdue": overdue, "silent": silent, "locked": locked, "points": points,
                "satisfaction": 4.5, "active": True}
    return {
        "manager": {"id": "pam-fi", "name": "Sanna"},
        "period": {"start": (now - timedelta(days=7)).isoformat(), "end": now.isoformat(),
                   "every": "weekly"},
        "currency": "EUR",
        "rows_are": "partners",
        "headline": [
            {"key": "cr", "value": 0.6, "previous": 0.5, "trend": "up", "good": True},
            {"key": "adt_days", "value": 21.5, "previous": 18.0, "trend": "up", "good": False},
            {"key": "ttp_hours", "value": 5.0, "previous": 7.5, "trend": "down", "good": True},
            {"key": "ads", "value": 12500.0, "previous": None, "trend": "", "good": None},
            {"key": "pli", "value": 1.4, "previous": 1.4, "trend": "same", "good": None}],
        "scope": {"offered": 14, "accepted": 5, "declined": 6, "expired": 3, "won": 3,
                  "lost": 2, "active_share": 0.75, "feedback_rate": 0.8, "silent": 1,
                  "satisfaction": 4.5},
        "partners": [
            partner("fi-gold", "Helsinki Automation Oy", 3, 2, 1, 2, 40, locked=True),
            partner("fi-silver", "Tampere Systems Oy", 2, 1, 1, 0, 22, silent=1),
            partner("fi-small", "Oulu Tech Ab", 0, 0, 0, 0, 0)],
        "leaderboard": [{"partner": "fi-gold", "name": "Helsinki Automation Oy", "points": 40},
                        {"partner": "fi-silver", "name": "Tampere Systems Oy", "points": 22}],
        "actions": [
            {"kind": "unclaimed", "ref": "L-1042", "company": "Kylmävarasto Oy",
             "since": now.isoformat(), "url": f"{link}/offer_all/SAMPLE"},
            {"kind": "overdue", "ref": "L-1001", "company": "Sähkö Oy", "partner": "fi-gold",
             "since": now.isoformat()}],
    }

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
    EmailKind("already_taken", "partner", replyable=False),
    EmailKind("decline_confirmation", "partner", replyable=False),
    EmailKind("feedback_request", "partner", flags={"overdue": False}),
    EmailKind("feedback_overdue", "partner", flags={"overdue": True}),
    EmailKind("pick_lock", "partner", replyable=False),
    EmailKind("escalation", "manager", replyable=False),
    EmailKind("unclaimed", "manager", replyable=False),
    EmailKind("customer_not_contacted", "manager", replyable=False),
    EmailKind("customer_notice", "customer", replyable=False),
    EmailKind("satisfaction_request", "customer", replyable=False),
    EmailKind("not_understood", "sender"),
    EmailKind("address_bounced", "manager", replyable=False),
    EmailKind("cooldown_notice", "partner"),
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
    if kind == "cooldown_notice":
        ctx.update(lead=None, cooldown_until=now + timedelta(days=30), won=3, days=180)
    if kind == "own_deal_registered":
        ctx.update(lead=None, company="Satama Logistics Oy")
    if kind == "unclaimed":
        ctx["reason"] = "waves_exhausted"
    return {**ctx, **EMAILS[kind].flags}

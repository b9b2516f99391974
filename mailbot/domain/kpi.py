"""The digest's KPIs from per-partner aggregates. Pure: the database sums and counts
(``handlers/digest.py``), this module divides, compares and ranks.

- **CR** conversion rate: won / (won + lost) among leads closed in the period
  (also won / accepted);
- **ADT** average deal time: mean days from accept to won/lost, leads closed in the period;
- **TTP** time to pick: median hours from the first offer to the accept;
- **ADS** average deal size: mean amount of the deals won in the period, per currency;
- **PLI** pipeline index: the open pipeline's value weighted by the probability of its
  working state, divided by the value won in the period (> 1: more is coming than was
  just won; per currency, the digest's main currency).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class PartnerStats:
    """What the database counted for one partner and one period."""

    partner_id: str
    name: str = ""
    offered: int = 0            # offers made in the period
    accepted: int = 0           # leads accepted in the period
    declined: int = 0           # offers declined in the period
    expired: int = 0            # offers expired in the period
    won: int = 0                # leads won in the period
    lost: int = 0               # leads lost in the period
    deal_days: float = 0.0      # sum of accept → close days over won + lost
    won_value: dict[str, Decimal] = field(default_factory=dict)   # per currency
    won_deals: dict[str, int] = field(default_factory=dict)       # won with an amount
    open_leads: int = 0         # working leads now
    pipeline: dict[str, Decimal] = field(default_factory=dict)    # weighted, per currency
    overdue: int = 0            # working leads with feedback overdue now
    silent: int = 0             # working leads without feedback for silent_after
    fed_back: int = 0           # working leads with feedback within silent_after
    feedback_given: int = 0     # status updates given in the period
    locked: bool = False
    points: int = 0             # points earned in the period
    ratings: list[int] = field(default_factory=list)
    pick_hours: list[float] = field(default_factory=list)

    @property
    def active(self) -> bool:
        """Accepted a lead or gave feedback in the period (seed 004's "active partner")."""
        return self.accepted > 0 or self.feedback_given > 0

    @property
    def attention(self) -> tuple:
        """Sort key: what needs a manager first."""
        return (-self.overdue, -int(self.locked), -self.silent, -self.declined,
                -self.expired, self.partner_id)


@dataclass(frozen=True)
class Kpis:
    cr: float | None
    won_per_accepted: float | None
    adt_days: float | None
    ttp_hours: float | None
    ads: dict[str, Decimal]
    pli: float | None
    pick_rate: float | None
    declined: int
    expired: int
    feedback_rate: float | None
    silent: int
    active_share: float | None
    satisfaction: float | None
    won: int
    lost: int
    accepted: int
    offered: int


def ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def kpis(rows: list[PartnerStats], currency: str = "EUR") -> Kpis:
    """The scope's KPIs from its partners' rows (a single row gives a partner's own)."""
    won, lost = sum(r.won for r in rows), sum(r.lost for r in rows)
    accepted, offered = sum(r.accepted for r in rows), sum(r.offered for r in rows)
    won_value = _add(r.won_value for r in rows)
    won_deals = _add(r.won_deals for r in rows)
    pipeline = _add(r.pipeline for r in rows)
    hours = [h for r in rows for h in r.pick_hours]
    ratings = [s for r in rows for s in r.ratings]
    working = sum(r.open_leads for r in rows)
    return Kpis(
        cr=ratio(won, won + lost),
        won_per_accepted=ratio(won, accepted),
        adt_days=ratio(sum(r.deal_days for r in rows), won + lost),
        ttp_hours=statistics.median(hours) if hours else None,
        ads={cur: value / won_deals[cur] for cur, value in won_value.items()
             if won_deals.get(cur)},
        pli=ratio(float(pipeline.get(currency, 0)), float(won_value.get(currency, 0))),
        pick_rate=ratio(accepted, offered),
        declined=sum(r.declined for r in rows), expired=sum(r.expired for r in rows),
        feedback_rate=ratio(sum(r.fed_back for r in rows), working),
        silent=sum(r.silent for r in rows),
        active_share=ratio(sum(r.active for r in rows), len(rows)),
        satisfaction=statistics.fmean(ratings) if ratings else None,
        won=won, lost=lost, accepted=accepted, offered=offered)


def _add(dicts) -> dict[str, Decimal]:
    total: dict[str, Decimal] = {}
    for d in dicts:
        for key, value in d.items():
            total[key] = total.get(key, Decimal(0)) + Decimal(value)
    return total


def trend(now: float | None, before: float | None) -> str:
    """"up" / "down" / "same", or "" when either period has no value."""
    if now is None or before is None:
        return ""
    if abs(now - before) < 1e-9:
        return "same"
    return "up" if now > before else "down"


def good(direction: str, higher_is_better: bool) -> bool | None:
    """Whether a move is good news (a shorter time to pick is); None for no move."""
    if direction in ("", "same"):
        return None
    return (direction == "up") == higher_is_better

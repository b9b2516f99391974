"""KPIs on a hand-computed dataset, and their edge cases."""

from decimal import Decimal

from mailbot.domain.kpi import PartnerStats, good, kpis, trend

GOLD = PartnerStats(
    "gold", offered=10, accepted=4, declined=3, expired=3, won=2, lost=1, deal_days=45.0,
    won_value={"EUR": Decimal("30000")}, won_deals={"EUR": 2}, open_leads=4,
    pipeline={"EUR": Decimal("12000")}, overdue=1, silent=1, fed_back=3, feedback_given=5,
    points=40, ratings=[5, 4], pick_hours=[2.0, 6.0, 30.0, 1.0])
SILVER = PartnerStats(
    "silver", offered=6, accepted=1, declined=5, won=1, lost=2, deal_days=30.0,
    won_value={"SEK": Decimal("50000")}, won_deals={"SEK": 1},
    open_leads=1, pipeline={"EUR": Decimal("3000")}, fed_back=1, feedback_given=1,
    ratings=[3], pick_hours=[10.0])
IDLE = PartnerStats("idle", offered=4, expired=4)


def test_scope_kpis_by_hand():
    k = kpis([GOLD, SILVER, IDLE])
    assert k.cr == 3 / 6                    # won 3 of 6 closed
    assert k.won_per_accepted == 3 / 5
    assert k.adt_days == 75.0 / 6           # 45 + 30 days over 6 closed leads
    assert k.ttp_hours == 6.0               # median of 1, 2, 6, 10, 30
    assert k.ads == {"EUR": Decimal("15000"), "SEK": Decimal("50000")}
    assert k.pli == 15000 / 30000           # weighted EUR pipeline / EUR won
    assert k.pick_rate == 5 / 20
    assert (k.declined, k.expired) == (8, 7)
    assert k.feedback_rate == 4 / 5 and k.silent == 1
    assert k.active_share == 2 / 3          # idle neither accepted nor gave feedback
    assert k.satisfaction == 4.0


def test_one_partner_alone():
    k = kpis([GOLD])
    assert (k.cr, k.adt_days, k.ttp_hours) == (2 / 3, 15.0, 4.0)
    assert k.ads == {"EUR": Decimal("15000")} and k.active_share == 1.0


def test_no_closed_leads_no_offers_no_currency():
    k = kpis([IDLE])
    assert k.cr is None and k.adt_days is None and k.ads == {} and k.pli is None
    assert k.pick_rate == 0.0 and k.ttp_hours is None and k.satisfaction is None
    nothing = kpis([PartnerStats("new")])
    assert nothing.pick_rate is None and nothing.active_share == 0.0
    assert kpis([]).active_share is None


def test_a_currency_missing_in_the_period():
    k = kpis([SILVER], currency="SEK")
    assert k.ads == {"SEK": Decimal("50000")}   # no EUR deal: no EUR average
    assert k.pli == 0.0                          # no SEK pipeline against 50 000 won
    assert kpis([SILVER], currency="USD").pli is None


def test_attention_order_and_trends():
    locked = PartnerStats("locked", locked=True)
    ranked = sorted([IDLE, SILVER, GOLD, locked], key=lambda r: r.attention)
    assert [r.partner_id for r in ranked] == ["gold", "locked", "silver", "idle"]
    assert trend(0.5, 0.4) == "up" and trend(None, 0.4) == "" and trend(1, 1) == "same"
    assert good("down", higher_is_better=False) is True and good("same", True) is None

"""Amounts are stored as NUMERIC(14, 2): what rounds to 10^12 or more does not fit."""

from decimal import Decimal

import pytest

from mailbot.domain.money import storable, typed_amount
from mailbot.inbound.amounts import find_amount


@pytest.mark.parametrize(("value", "fits"), [
    ("0", True), ("12500.50", True), ("999999999999.99", True), ("999999999999.994", True),
    ("999999999999.995", False), ("999999999999.9999", False), ("1e12", False), ("-0.01", False),
    ("NaN", False), ("Infinity", False)])
def test_storable(value, fits):
    assert storable(Decimal(value)) is fits


def test_an_absurd_amount_in_a_reply_is_not_read_as_one():
    assert find_amount("won, 12.500 €") == (Decimal("12500"), "EUR")
    assert find_amount("won, 5 000 000 000 000 EUR") == (None, None)


@pytest.mark.parametrize(("typed", "value"), [
    ("12500", "12500"), ("12 500,50", "12500.50"), ("12.500,50", "12500.50"),
    ("12,500.50", "12500.50"), ("8.400,50", "8400.50"), ("12\u202f500", "12500"),
    ("7,25", "7.25"), ("1'250'000", "1250000"), ("0", "0")])
def test_amounts_as_people_type_them(typed, value):
    assert typed_amount(typed) == Decimal(value)


@pytest.mark.parametrize("typed", ["1e9", "1E3", "1_000", "-0", "-5", "0.001", "12,34,56",
                                   "١٢٣", "１２３", "NaN", "Infinity", "12.5.3", "", "0.1.2",
                                   "01.000"])
def test_what_is_not_an_amount(typed):
    assert typed_amount(typed) is None


@pytest.mark.parametrize(("text", "amount"), [
    ("Hab mit dem Werkstattleiter gesprochen, das Budget liegt laut ihm bei ca. 8.000 € für "
     "die Halle.", None),
    ("Ägarna godkänner årets investeringsbudget, som enligt honom ligger runt 25 000 euro.",
     None),
    ("их бюджет на этот год около 15 000 евро.", None),
    ("They have 20 000 € budget. We quoted 18 500 € net.", Decimal(18500)),
    ("Budget price given on the phone: roughly EUR 38,000 excl. VAT.", Decimal(38000)),
    ("Budgetangebot über 12.000 € ist raus.", Decimal(12000)),
    ("Their budget was 20 000 €, we won at 18 500 €.", Decimal(18500)),
])
def test_a_customers_budget_is_no_deal_amount(text, amount):
    assert find_amount(text)[0] == amount


def test_the_final_amount_replaces_the_first_offer():
    text = "We originally offered €31,500; after some back and forth the final order is €29,800."
    assert find_amount(text) == (Decimal(29800), "EUR")
    assert find_amount("Won at 9 450 €, the first offer was 9 900 €.")[0] == Decimal(9450)

"""Amounts are stored as NUMERIC(14, 2): what rounds to 10^12 or more does not fit."""

from decimal import Decimal

import pytest

from mailbot.domain.money import storable
from mailbot.inbound.replies import find_amount


@pytest.mark.parametrize(("value", "fits"), [
    ("0", True), ("12500.50", True), ("999999999999.99", True), ("999999999999.994", True),
    ("999999999999.995", False), ("999999999999.9999", False), ("1e12", False), ("-0.01", False),
    ("NaN", False), ("Infinity", False)])
def test_storable(value, fits):
    assert storable(Decimal(value)) is fits


def test_an_absurd_amount_in_a_reply_is_not_read_as_one():
    assert find_amount("won, 12.500 €") == (Decimal("12500"), "EUR")
    assert find_amount("won, 5 000 000 000 000 EUR") == (None, None)

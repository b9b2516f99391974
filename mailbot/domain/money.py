"""Amounts as the database stores them: NUMERIC(14, 2), so at most 999 999 999 999.99."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

LIMIT = Decimal("1e12")
CENT = Decimal("0.01")


def storable(amount: Decimal) -> bool:
    """Finite, not negative, and below 10^12 once rounded to cents (999999999999.999
    rounds to 10^12: PostgreSQL refuses it with 'numeric field overflow')."""
    try:
        return amount.is_finite() and amount >= 0 and \
            amount.quantize(CENT, rounding=ROUND_HALF_EVEN) < LIMIT
    except InvalidOperation:
        return False


def check_storable(amount: Decimal | None) -> Decimal | None:
    """For pydantic validators: the amount, or ValueError naming the limit."""
    if amount is not None and not storable(amount):
        raise ValueError("must be from 0 to 999999999999.99")
    return amount

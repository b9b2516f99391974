"""Amounts as the database stores them: NUMERIC(14, 2), so at most 999 999 999 999.99."""

from __future__ import annotations

import re
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


#: an amount as people type it into a form: ASCII digits, thousands grouped by a space,
#: point, comma or apostrophe, and up to two decimals after a point or comma
_TYPED = re.compile(r"(?:[1-9][0-9]{0,2}(?:(?P<group>[ .,'\u00a0\u202f])[0-9]{3})"
                    r"(?:(?P=group)[0-9]{3})*|[0-9]+)(?:[.,][0-9]{1,2})?")


def typed_amount(text: str) -> Decimal | None:
    """"12 500,50", "12.500,50", "12,500.50", "1'250'000" → a Decimal; None for anything
    else ("1e9", "-5", "0.001", other scripts' digits, two decimal separators)."""
    text = text.strip()
    if not _TYPED.fullmatch(text):
        return None
    tail = re.search(r"[.,]([0-9]{1,2})$", text)
    whole, cents = (text[:tail.start()], tail.group(1)) if tail else (text, "")
    digits = re.sub(r"[^0-9]", "", whole)
    amount = Decimal(f"{digits}.{cents}" if cents else digits)
    return amount if storable(amount) else None

"""What sum does a partner's text name? The deal amount and its currency in five languages.

Pure functions on text. An amount is read as written for this lead and net of tax: a figure
and a currency ("12.500 €", "voitettu 12 500 EUR", "300 000 руб.", "SEK 212 tkr", "27 tonnia"),
a correction taken over the first figure, a total or a tax line in a record told apart
(``record_sums_marked``), and a table's column of net sums read at its newest row
(``net_column``); budgets, unit prices, ranges and discounts are no deal amount.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from price_parser import Price

from mailbot.domain.money import storable
from mailbot.inbound.spelled_numbers import digits_for_words
from mailbot.inbound.typed_letters import as_typed

# (Finnish inflects it: "12 500 euron tarjous", "eurolla"; Swedish "en 95 000 kronors order")
_CURRENCY = (r"€|eur(?:o(?:[as]|n|lla|sta|ksi|on|ssa)?|ot)?|евро|"
             # "17 300 e + alv", "9800e alv", "11 300e + moms"
             # "9900e net"
             r"e(?=\s*(?:\+\s*)?(?:alv|moms|mwst|vat|ндс|net(?:to)?|excl|exkl|zzgl)"
             r"(?![^\W\d_]))|"
             r"\$|usd|dollars?|доллар(?:ов|а|ы)?(?: сша)?|долл\.|£|gbp|chf|sek|nok|dkk|kr\.?|"
             r"kronors?|"
             r"руб(?:\.|лей|ля)?|р\.|₽|rub")
# "27.350,-", "12 870:-": no cents
_NUMBER = (r"\d{1,3}(?:[ .,'\u00a0\u202f]\d{3})+(?:[.,]\d{1,2}|[,:][-–])?|"
           r"\d+(?:[.,]\d{1,2}|[,:][-–])?")
_MONEY = as_typed(
    # "74 500:-" is Swedish kronor, unless a currency is named after it ("12 870:- euro")
    rf"(?:(?<![\w\d.,])(?P<kr>\d{{1,3}}(?:[ .\u00a0]\d{{3}})+|\d+):-(?!\s?(?:{_CURRENCY})(?!\w))|"
    # "34.275,- netto" is euros where no currency is named around it (a German price tag)
    rf"(?<![\w\d.,])(?P<eur>\d{{1,3}}(?:\.\d{{3}})+),[-–]"
    rf"(?!\s?(?:{_CURRENCY})(?!\w))|"
    # ("SEK 212 tkr": thousand kronor)
    rf"(?P<pre>{_CURRENCY})\s?(?P<n1>{_NUMBER})\s?(?P<k1>tkr|k|к|t)?(?![\w\d])|"
    rf"(?<![\w\d.,])(?P<n2>{_NUMBER})\s?(?P<k2>k|к|t\.?|tuhatta|tausend|тыс\.?|"
    rf"(?P<m>млн\.?|mio\.?|millionen|million|miljoonaa|milj\.|miljoner|лям\w*|"
    rf"m(?=\s?(?:€|eur|sek|kr|usd|\$))))?\s{{0,2}}"
    rf"(?P<post>{_CURRENCY})(?!\w)|"
    # Finnish money slang: a "tonni" is a thousand euros ("27 tonnia alv0")
    rf"(?<![\w\d.,])(?P<tonni>{_NUMBER})\s?tonni(?:a|n)?(?!\w)|"
    # Russian money slang: a "лям" is a million roubles ("2,3 ляма без ндс")
    rf"(?<![\w\d.,])(?P<lyam>{_NUMBER})\s?лям(?:а|ов)?(?!\w))", re.I)
_ISO = {"€": "EUR", "$": "USD", "£": "GBP", "₽": "RUB", "kr": "SEK", "kronor": "SEK",
        "р": "RUB", "руб": "RUB", "dollar": "USD", "долл": "USD"}


class _Amount(NamedTuple):
    """One amount written in a reply, and what its words say about it."""

    amount: Decimal
    currency: str
    final: bool  # "the final order is …"
    total: bool  # "… installation 1 480 €, totalt 8 900 €"
    gross: bool  # "… brutto", "… inkl. moms"
    quoted: bool  # a won deal's quote figure: "we quoted …"
    earlier: bool  # "zunächst …", "a first figure of …"


#: a figure denied, the right one after it: "summa ei ollut 32 000 € vaan 29 800 €", "not
#: 32,000 but 29,800", "nicht 32.000 €, sondern 29.800 €", "inte 32 000 utan 29 800"
_NOT_BEFORE = as_typed(r"(?<!\w)(?:ei ollut|ei ole|not|wasn'?t|isn'?t|nicht|inte|не)(?:\s+(?:über|"
                       r"of|for|at|på|för|на|auf|about|um))?\s*$", re.I)
#: (with an aside before the turn: "nicht über 18.400 €, wie ich es … geschätzt hatte, sondern")
_BUT_AFTER = as_typed(r"[^.!?\d]{0,80}?[\s,–—-](?:vaan|but|sondern|utan|а)(?!\w)", re.I)


def find_amount(text: str, *, won: bool = False) -> tuple[Decimal | None, str | None]:
    """The first amount written next to a currency ("12.500 €", "300 000 руб.", "$7,250"),
    or the one called final ("we offered €31,500; the final order is €29,800"); never
    the customer's budget ("das Budget liegt bei ca. 8.000 €"); not the gross amount when the
    net one is written too ("23.681,00 € brutto, das sind 19.900,00 € netto"); in a won deal
    (``won``), not the figure of the quote when the order's is written too ("we quoted
    21 900 €, … their purchase order arrived: 19 450 €")."""
    # "450 т.р." as phones write it; "сорок две тысячи евро" as some write it out
    text = digits_for_words(_THOUSAND_RUBLES.sub(r"\g<1> тыс. руб.", text))
    found: list[_Amount] = []
    card = _CRM_STAGE.search(text)
    since = 0  # where the text about this amount starts: the sentence, or the last amount
    for match in _MONEY.finditer(text):
        after_last = since
        before, since = text[_sentence_start(text, after_last, match.start()):match.start()], \
            match.end()
        if text[max(match.start() - 1, 0):match.start()] in ("-", "−") or \
                _DEDUCTED.search(text, max(match.start() - 4, 0), match.start()):
            continue  # "-5000 EUR", "Projektrabatt: – 7.860,00 €" are no deal amount
        if (_budget_before(before) and not (card and _BUDGET_FIELD.fullmatch(before))) or \
                _BUDGET_AFTER.match(text, match.end()) or \
                _OTHER_FIGURE.search(before) or _per_unit_or_range(text, match, before) or \
                _DISCOUNT_AFTER.match(text, match.end()):
            continue
        if _NOT_BEFORE.search(before) and _BUT_AFTER.match(text, match.end()):
            continue  # "summa ei ollut 32 000 € vaan 29 800 € + alv": the figure denied
        if found and text[:match.start()].rstrip(" \t").endswith("*"):
            # "£14.2k + vat ¶ *£14.8k, forgot the commissioning day": typed again, starred
            found[-1] = found[-1]._replace(earlier=True)
        correction = _CORRECTION.match(text, match.end())  # "21,5 T€ netto *23,5 sorry"
        value = _money_value(match, correction["n"] if correction else None)
        if value is not None:
            # the sentence may have started at a point inside a date ("vom 20. Februar")
            window = text[max(after_last, match.start() - 120):match.start()]
            found.append(_Amount(*value, final=bool(_FINAL.search(before)),
                                 total=bool(_TOTAL.search(before)
                                            or _TOTAL_AFTER.match(text, match.end())),
                                 gross=bool(_GROSS.match(text, match.end())
                                            or _GROSS_BEFORE.search(before)),
                                 quoted=bool(won and _QUOTED_AMOUNT.search(before)),
                                 earlier=bool(_EARLIER.search(window)
                                              or _EARLIER_AFTER.match(text, match.end()))))
    # gross beside net; in a won deal, the quote's figure beside the order's; a figure
    # named first ("zunächst einen Richtpreis von 52.000 EUR") beside a later one
    for flag in ("gross", "quoted", "earlier"):
        marked = [getattr(f, flag) for f in found]
        if any(marked) and not all(marked):
            found = [f for f in found if not getattr(f, flag)]
    # of several sums the last: "185 €/pc = 22 200 €, plus installation 4 800 €, so
    # 27 000 € net in total"
    totals = [f for f in found if f.total]
    best = next((f for f in found if f.final), None) or \
        (totals[-1] if totals else found[0] if found else None)
    if best is None:
        return _thousands(text)
    if not best.final and (share := _SHARE_IN_THOUSANDS.search(text)):
        # the share written without its currency, the whole with it: "koko tilaus on 96,4
        # tuhatta euroa + alv. Tämän liidin osuus … on 31,2 tuhatta"
        return _normal(Decimal(share["n"].replace(",", ".")) * 1000), best.currency
    return best.amount, best.currency


#: a record's tax line, by its label: "VAT (23%)", "USt. 20 %", "Moms 25,5 %", "НДС (22%):"
_TAX_LABEL = as_typed(r"[ \t]*(?:(?:zzgl|plus|incl|inkl)\.?\s*)?(?:\d+(?:[.,]\d+)?\s*%\s*)?"
                      r"(?:vat|tax|mwst\.?|ust\.?|umsatzsteuer|mehrwertsteuer|moms|alv|"
                      r"arvonlisävero|ндс)\b[^\n\d]*(?:\d+(?:[.,]\d+)?\s*%\)?)?[^\n\d]*$", re.I)
#: a record's total line, by its label: "Gross total", "Gesamtbetrag", "Totalt", "Всего к оплате"
_TOTAL_LABEL = as_typed(r"[ \t]*(?:gross|total|grand total|gesamt\w*|brutto\w*|summe|totalt|"
                        r"att betala|yhteensä|maksettava\w*|всего|итого с ндс|к оплате)\b"
                        r"[^\n\d]*$", re.I)
#: the head of a column of net sums: "Belopp exkl. moms", "Сумма без НДС", "Net", "Netto"
_NET_HEAD = as_typed(r"(?<!\w)(?:net|netto\w*|exkl\.?(?: moms| mwst\.?)?|excl\.?(?: vat)?|"
                     r"ohne mwst|без ндс|alv 0 ?%|veroton)(?!\w)", re.I)
#: the gap between a table's cells as clients paste them: tabs, or two spaces or more
CELL_GAP = r"\t+| {2,}"
#: (a CSV export's semicolons too: "Kund;Lead;Status;Ordervärde exkl. moms (SEK)")
_CELL_SPLIT = re.compile(CELL_GAP + "|;")
#: the head of a column of sums, and the text saying they are net
_SUM_HEAD = as_typed(r"(?:belopp|amount|betrag|summe|summa|сумма|value|wert|arvo)\w*", re.I)
_SUMS_NET = as_typed(r"(?:beloppen|amounts|sums|beträge|summat|суммы) (?:är|are|sind|ovat|"
                     r"указаны)? ?(?:\w+ )?(?:exkl|excl|netto|net|ohne|alv 0|без ндс)", re.I)
_CURRENCY_CELL = as_typed(rf"(?:{_CURRENCY})$", re.I)
#: the currency a record names in words: "Суммы в рублях", "all amounts in SEK"
_SUMS_IN = as_typed(r"(?:в рублях|в евро|amounts? in|beträge in|belopp i|summat|positionen in|"
                    r"preise in|prices in|priser i)\s*"
                    rf"(?P<c>{_CURRENCY})?", re.I)


#: a figure said after it to be the earlier one: "€42,600 was the first draft with the second
#: gauge still in", "… war der erste Entwurf"
_EARLIER_AFTER = as_typed(r"\s*(?:ex vat |netto |exkl\.? moms )?(?:was|is|war|ist|oli|on|var|är|"
                          r"была|был|было) (?:just |nur |vain |bara |только )?(?:the |our |der |"
                          r"die |unser |ett |en )?(?:(?:first|erste\w*|ensimmäi\w*|första|перв\w*) "
                          r"(?:draft|entwurf|luonnos|utkast|черновик|version|versio\w*|"
                          r"versionen|вариант)|"
                          # ("£18,600 was the draft with both effluent tanks", "£23,480 was
                          # the version with the spare transmitters")
                          r"(?:draft|entwurf|luonnos|utkast|черновик)\b|(?:version|variante|"
                          r"versio|versionen|вариант) (?:with|mit|med|jossa|с)\b)", re.I)


def record_sums_marked(text: str) -> str:
    """A record's sums as a sentence tells them: its tax line left out ("VAT (23%)
    €11,097.50" is no deal amount) and the total under it called gross ("Gross total
    €59,347.50", "Всего к оплате: 1 878 800,00 руб."), so the net sum above them counts."""
    lines, taxed = text.split("\n"), False
    for i, line in enumerate(lines):
        money = _MONEY.search(line)
        if money is None:
            continue
        label = line[:money.start()]
        if _TAX_LABEL.fullmatch(label):
            lines[i], taxed = "", True
        elif taxed and _TOTAL_LABEL.fullmatch(label):
            lines[i] = f"brutto: {line[money.start():]}"
    return "\n".join(lines)


_ROW_DATE = re.compile(r"\b(?:(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})|(?P<d2>\d{1,2})[./]"
                       r"(?P<m2>\d{1,2})[./](?P<y2>\d{4}))\b")


def _row_date(cells: list[str]) -> tuple[int, int, int] | None:
    """The first date written in a table row, as (year, month, day)."""
    for cell in cells:
        if (found := _ROW_DATE.search(cell)) is not None:
            if found["y"]:
                return int(found["y"]), int(found["m"]), int(found["d"])
            return int(found["y2"]), int(found["m2"]), int(found["d2"])
    return None


def net_column(text: str, within: str = "") -> tuple[Decimal, str] | None:
    """A table with a column of net sums (a quote register, an ERP's history): the newest
    row's net sum, in the currency its row, its heading or the text names ("OF-2044-188 \t 2
    \t 2045-01-16 \t 412 500,00 \t 103 125,00 \t 515 625,00 \t SEK"); a total row under the
    items ("Итого \t\t 1 230 000,00 \t …") gives the total; ``within``: the part of the text
    about this lead, whose rows are the ones to read. None without one."""
    lines = text.split("\n")
    # (searched once, not once per line: a long paste of rows took minutes)
    sums_net = _SUMS_NET.search(text) is not None
    for i, line in enumerate(lines):
        head = _CELL_SPLIT.split(line.strip())
        # (the last net column: "EP netto | GP netto" are the unit's and the line's)
        column = next((k for k, cell in reversed(list(enumerate(head)))
                       if _NET_HEAD.search(cell)), None)
        if column is None and sums_net:  # "Belopp" over the sums, "Beloppen är
            # exkl. moms." under them
            column = next((k for k, cell in enumerate(head) if _SUM_HEAD.fullmatch(cell)), None)
        if len(head) < 3 or column is None:
            continue
        rows, total = _table_rows(lines[i + 1:], len(head))
        # the newest row with a sum: by its date where every such row has one, else the last
        rows = [row for row in rows if _cell_sum(row[column])]
        if within:
            rows = [row for row in rows if all(cell in within for cell in row)]
            total = None
        dated = [(_row_date(row), row) for row in rows]
        if dated and all(day for day, _ in dated):
            rows = [max(dated, key=lambda pair: pair[0])[1]]
        row = total if total and _cell_sum(total[column]) else (rows[-1] if rows else None)
        if row is None:
            continue
        number, written = _cell_sum(row[column])
        amount = Price.fromstring(number, decimal_separator=_decimal_separator(number)).amount
        currency = _iso(written) if written else _column_currency(row, head, text)
        if amount is None or not storable(amount) or currency is None:
            return None
        return _normal(amount), currency
    return _net_field(lines)


def _net_field(lines: list[str]) -> tuple[Decimal, str] | None:
    """A record's field of the net sum, its currency in the label ("Amount (USD, net)
    \t61,900.00", "Summe netto (EUR): 23.480,00")."""
    for line in lines:
        cells = [c for c in _FIELD_SPLIT.split(line.strip(), maxsplit=1) if c]
        if len(cells) != 2 or not (_SUM_HEAD.search(cells[0]) and _NET_HEAD.search(cells[0])):
            continue
        found, named = _cell_sum(cells[1]), _CURRENCY_IN_LABEL.search(cells[0])
        if found is None or not (found[1] or named):
            continue
        amount = Price.fromstring(found[0], decimal_separator=_decimal_separator(found[0])).amount
        if amount is not None and storable(amount):
            return _normal(amount), _iso(found[1] or named[1])
    return None


#: a record's label and its value: a tab, two spaces or a colon between them
_FIELD_SPLIT = re.compile(CELL_GAP + r"|:\s*")
#: the currency named in a label's brackets: "Amount (USD, net)", "Wert (EUR)"
_CURRENCY_IN_LABEL = as_typed(rf"\((?:[^()]*?\b)?({_CURRENCY})\b[^()]*\)", re.I)


#: a table's total row: "Итого", "Total", "Summe", "Yhteensä", "Totalt"
_TOTAL_ROW = as_typed(r"(?:итого|всего|total|totalt|summe|gesamt\w*|yhteensä|summa)\b", re.I)


def _table_rows(lines: list[str], width: int) -> tuple[list[list[str]], list[str] | None]:
    """The rows under a table's head (as many cells as the head), and its total row: the
    first line after them that opens with "Итого", "Total"…, its cells aligned from the
    right (its label spans the columns with no sum)."""
    rows = []
    for line in lines:
        cells = _CELL_SPLIT.split(line.strip())
        if len(cells) == width:
            rows.append(cells)
            continue
        if _TOTAL_ROW.match(cells[0]) and 1 < len(cells) <= width:
            return rows, [""] * (width - len(cells)) + cells
        break
    return rows, None


def _cell_sum(cell: str) -> tuple[str, str | None] | None:
    """A cell's sum and the currency written with it ("312 800 kr", "24,860.00"), or None."""
    found = re.fullmatch(rf"({_NUMBER})(?:\s?({_CURRENCY}))?", cell.strip(), re.I)
    return (found[1], found[2]) if found else None


def _column_currency(row: list[str], head: list[str], text: str) -> str | None:
    """The currency of a table's sums: a cell of the row or the heading ("SEK", "Net (USD)"),
    else the text's word for it ("Суммы в рублях")."""
    named = next((c for c in (*row, *head) if _CURRENCY_CELL.search(c.strip(" ()"))), None)
    if named is not None:
        return _iso(_CURRENCY_CELL.search(named.strip(" ()"))[0])
    words = _SUMS_IN.search(text)
    if words and words["c"]:
        return _iso(words["c"])
    return "RUB" if words and "рубл" in words[0].lower() else None


#: a sum named as the discount: "efter 1 800 euro rabatt blev det 27 900 euro", "2.000 €
#: Nachlass", "1 800 euroa alennusta"
_DISCOUNT_AFTER = as_typed(r"\s*(?:(?:in|im|of|i|av)\s+)?(?:rabatt\w*|discount|nachlass|"
                           r"preisnachlass|alennus\w*|скидк\w*)(?!\w)", re.I)
#: a sum taken off after a colon: "abzgl. 15 % Projektrabatt: – 7.860,00 €"
_DEDUCTED = as_typed(r":\s?[-−–]\s?$")
#: (the dots left out too: "подписали 450т р", "450 тр")
_THOUSAND_RUBLES = as_typed(r"(\d)\s?т(?:\.\s?|\s)?р\.?(?!\w)")
#: a deal card from a CRM, its stage in a field of its own ("Этап:  КП отправлено"): there
#: the field "Бюджет:" is the deal's value (amoCRM names it so), not the customer's budget
_CRM_STAGE = as_typed(r"^[ \t]*(?:этап|стадия)(?: сделки)?[ \t]*:", re.I | re.M)
_BUDGET_FIELD = as_typed(r"[ \t]*бюджет(?: сделки)?[ \t]*:[ \t]*", re.I)


def _budget_before(before: str) -> bool:
    """The figure is a budget: a budget word before it in the sentence, not followed by the
    order that came of it ("before the budget expires, so the order came fast: 23 750 €")."""
    budgets = list(_BUDGET.finditer(before))
    return bool(budgets) and not _ORDER_CAME.search(before, budgets[-1].end())


#: the order after a budget: the figure that follows is the order's
_ORDER_CAME = as_typed(r"(?<!\w)(?:the order|order came|auftrag kam|tilaus tuli|ordern kom|"
                       r"заказ пришёл|заказ пришел|"
                       # the order's own paper: "Asiakkaan hallitus hyväksyi budjetin …, ja
                       # eilen tuli ostotilaus, 18 400 €", "Kick-off … angesetzt, die
                       # Auftragsbestätigung über 22.315 €"
                       r"purchase order|ostotilaus|tilausvahvistus|auftragsbestätigung|"
                       r"orderbekräftelse|orderbekräftelsen|"
                       # (a plan is no budget: "die Montage ist … eingeplant, und gestern kam
                       # die unterschriebene Bestellung: 17.940 € netto")
                       r"(?:unterschriebene |schriftliche )?bestellung)(?!\w)", re.I)
#: thousands written the short way without a currency: "quote out 11k", "32,5k", "180к"
#: (not "5k units": a quantity)
_BARE_THOUSANDS = as_typed(
    r"(?<![\w\d.,])(?P<n>\d{1,4}(?:[.,]\d{1,2})?)\s?(?:(?P<k>k|к|тыс\.?)|(?P<m>млн\.?|mio\.?))"
    r"(?!\w)(?!\s?(?:units?|pcs|pieces|stk|st|kpl|шт|m2|m²|km|kg)\b)", re.I)


def _thousands(text: str) -> tuple[Decimal | None, str | None]:
    """The first short-written amount (currency unknown), not a budget."""
    for match in _BARE_THOUSANDS.finditer(text):
        before = text[_sentence_start(text, 0, match.start()):match.start()]
        if _budget_before(before) or _BUDGET_AFTER.match(text, match.end()) or \
                _OTHER_FIGURE.search(before) or _per_unit_or_range(text, match, before):
            continue
        if _NOT_BEFORE.search(before) and _BUT_AFTER.match(text, match.end()):
            continue  # "summa ei ollut 32 000 € vaan 29 800 € + alv": the figure denied
        amount = Decimal(match["n"].replace(",", ".")) * (1000 if match["k"] else 1_000_000)
        if storable(amount):
            return _normal(amount), None
    match = _BARE_NET.search(text)  # "tilaus saatiin, 14 500 + alv": tax named, no currency
    if match is not None:
        price = Price.fromstring(match["n"], decimal_separator=_decimal_separator(match["n"]))
        if price.amount is not None and storable(price.amount):
            return _normal(price.amount), None
    return None, None


#: a sum without a currency but with its tax named: "86 500 exkl. moms", "14 500 + alv",
#: "12.400 netto" (not a year, a postcode or a phone number: thousands grouped, or 4-7 digits
#: right before the tax words)
_BARE_NET = as_typed(
    r"(?<![\w\d.,+])(?P<n>\d{1,3}(?:[ .\u00a0]\d{3})+(?:,\d{2})?|"
    r"(?!(?:19|20)\d\d\b)\d{4,7}(?:[.,]\d{2})?)\s?"
    r"(?:\+\s?(?:alv|moms|mwst|ust|vat|ндс)|(?:exkl|excl|ex|zzgl|ohne|без|ilman|plus)\.?\s*"
    r"(?:moms|mwst|ust|vat|alv|ндс)|netto|net(?!\w)|alv\s?0)", re.I)


def _money_value(match: re.Match, corrected: str | None = None) -> tuple[Decimal, str] | None:
    """The amount of one ``_MONEY`` match; ``corrected``: the number typed again after a
    star, in the same unit."""
    if match["kr"] or match["eur"]:
        whole = Decimal(re.sub(r"\D", "", corrected or match["kr"] or match["eur"]))
        return (_normal(whole), "SEK" if match["kr"] else "EUR") if storable(whole) else None
    number = (corrected or match["n1"] or match["n2"] or match["tonni"] or match["lyam"]).replace(
        "–", "-").replace(":-", "")
    price = Price.fromstring(number, decimal_separator=_decimal_separator(number))
    if price.amount is None:
        return None
    amount = price.amount
    if match["m"] or match["lyam"]:
        amount *= 1_000_000
    elif match["k1"] or match["k2"] or match["tonni"]:
        amount *= 1000
    if not storable(amount):
        return None  # "5 000 000 000 000 EUR" is no deal amount; a typo, not a value
    slang = "EUR" if match["tonni"] else "RUB" if match["lyam"] else None
    return _normal(amount), slang or _iso(match["pre"] or match["post"])


#: a typo corrected chat-style right after the amount: "21,5 T€ netto *23,5"
_CORRECTION = as_typed(r"[^*\d]{0,12}?\*\s?(?P<n>\d[\d.,]*\d|\d)(?!\s?%)")
#: a figure named as the first or earlier one, before it in its sentence
_EARLIER = as_typed(
    r"(?<!\w)(?:(?:first|initial|original|earlier) (?:\w+ )?(?:quote|quotation|offer|price|"
    r"figure|version|proposal|estimate)|initially|originally|zunächst|ursprünglich\w*|"
    # another deal's figure back then: "Pirkkala meni silloin 27 900 eurolla, tämä on vähän
    # isompi: 31 250 €"
    r"silloin|damals|back then|at the time|тогда|"
    r"erste[nrs]? (?:angebot|preis|richtpreis|version|kalkulation)|alun perin|alkuperäi\w*|"
    r"ursprunglig\w*|сначала|изначально|первоначальн\w*|erstangebot\w*|ensimmäi\w*|"
    r"första (?:offert\w*|versionen|förslaget|anbudet)|перв(?:ы|о|а|у)\w* (?:вариант|редакци\w*|"
    r"предложени\w*|кп)|"
    # the list price, before the discount the deal got
    r"listenpreis\w*|list price|listahin\w*|listpris\w*|прайсов\w*|по прайсу|"
    # "laut Ihrer Preisliste kämen die 24 Sensoren auf 31.200 €"
    r"preisliste\w*|price ?list|hinnasto\w*|prislista\w*|прайс-лист\w*)(?!\w)", re.I)
#: the amount of a quote or offer, named before it in its sentence
_QUOTED_AMOUNT = as_typed(
    r"(?<!\w)(?:quot\w*|offer\w*|proposal|pitched|angebot\w*|tarjo\w*|offert\w*|предложени\w*|"
    r"кп)(?!\w)",
    re.I)
#: an amount named gross, right after it: "inkl. moms", "sis. alv 25,5 %", "с НДС"
_GROSS = as_typed(
    # (\s+: a point after "inkl." ends a sentence, and sentences are joined with a space)
    # (or said of it: "Die 16.957,50 € in der Bestellung sind brutto", "the 16,957 in the PO
    # is gross")
    r"(?:\s+(?:[\w.]+\s+){0,4}?(?:sind|ist|is|are|är|on|ovat)(?=\s+(?:brutto|gross)\b))?"
    r"\s{0,2}(?:brutto|gross|incl\.?(?:uding)?\s+(?:vat|tax)|inkl\.?\s+(?:mwst|ust|moms)|"
    r"inklusive\s+(?:mwst|moms)|sis\.?\s+alv|sisältäen\s+alv|alv:n\s+kanssa|med\s+moms|"
    r"с\s+ндс|включая\s+ндс|vat\s+included)(?!\w)", re.I)
#: an amount named gross just before it: "… без НДС, с НДС 2 949 960 руб.", "brutto: 17.076 €"
_GROSS_BEFORE = as_typed(
    r"(?<!\w)(?:с\s+ндс|включая\s+ндс|brutto|gross|incl\.?\s+vat|inkl\.?\s+(?:mwst|ust|moms)|"
    r"sis\.?\s+alv|med\s+moms)\s*:?\s*$|"
    # said with a verb: "31 740 € (alv 0 %), verollisena se on 39 833,70 €", "brutto sind das
    # …", "med moms blir det …", "with VAT that is …"
    r"(?<!\w)(?:verollisena|verollinen (?:hinta|summa)|brutto|med moms|inkl\.?\s+moms|"
    # ("With Irish VAT on top that comes to €34,255.50")
    r"inkl\.?\s+mwst|with (?:\w+ )?vat(?: on top| added)?|incl\.?\s+vat|с ндс)\s+(?:(?:se|summa|"
    r"hinta|das|es|det|that|"
    r"it|это)\s+)?(?:on|ovat|sind|ist|macht|blir|är|is|comes to|makes|составляет|будет)"
    r"(?:\s+(?:das|det|es|it))?\s*:?\s*$|"
    # the sum with the tax added: "9 800 € + alv 25,5 % = 12 299 €"
    r"\+\s*(?:alv|moms|mwst|ust|vat|ндс)[^=\n]{0,12}=\s*$|"
    # or summed in words: "28 000 € + alv 25,5 %, eli yhteensä 35 140 €"
    # (the rate written: "+ alv, asennus 1 200 € + alv, yhteensä 11 000 €" sums net figures)
    r"\+\s*(?:alv|moms|mwst|ust|vat|ндс)[^\d\n]{0,4}\d+(?:[.,]\d+)?\s?%[^\d\n]{0,12}?"
    r"(?:eli|dvs\.?|i\.\s?e\.|so|also|т\.\s?е\.|то есть)?\s*(?:yhteensä|totalt|sammanlagt|"
    r"in total|total|insgesamt|gesamt|итого|всего)\s*:?\s*$", re.I)
#: the sum of the figures before it: "28 givare à 265 € och installation 1 480 €, totalt
#: 8 900 €", "pauschal 2.160 €, macht 11.400 € netto", "итого 9 920 евро"
_TOTAL = as_typed(r"(?<!\w)(?:total\w*|in all|all in|(?:that )?makes|comes? to|adds up to|"
                  # (a compound's too: "Angebotssumme:", "tarjoussumma", "ordersumma")
                  r"insgesamt|gesamt\w*|\w*summe|macht|zusammen|"
                  r"yhteensä|kaikkiaan|kokonais\w*|sammanlagt|\w*summa\w*|итого|всего|в сумме|"
                  r"на сумму|общ\w* сумм\w*)(?!\w)[^\d,;()]{0,24}$|=\s*$", re.I)
#: the sum named so after it: "… plus installation 4 800 €, so 27 000 € net in total"
_TOTAL_AFTER = as_typed(r"\s{0,2}(?:(?:net|netto|nett|alv\s?0)\s+)?(?:in total|in all|all in|"
                        r"insgesamt|yhteensä|kaikkiaan|totalt|sammanlagt|i allt|итого|всего|"
                        r"в сумме)(?!\w)", re.I)
#: the amount that replaced an earlier one
_FINAL = as_typed(r"final|endgültig|schlussendlich|lopullin|slutlig|slutgiltig|итогов|"
                  # our share of a bigger investment: "insgesamt rund 64.000 €, unser Anteil
                  # … sind 12.350 € netto"
                  r"unser anteil|our (?:share|part)|vår (?:andel|del)|meidän osuu\w*|наша доля|"
                  # this lead's part of an order for several sites: "Gesamtauftrag 84 t€.
                  # Davon entfallen auf diesen Lead (Werk Freising) 31,5 t€"
                  r"davon entf(?:a|ä)ll\w*|(?:auf|für) diesen lead|(?:of which|for) this lead|"
                  r"this lead'?s (?:share|part)|tämän liidin osuu\w*|(?:det här|detta) leads? "
                  r"andel|den här leadens andel|доля (?:этого|по этому) лид\w*|"
                  r"tämän liidin osuus|tähän liidiin|för (?:det här|denna) lead\w*|"
                  r"(?:по|на) (?:этому|этот) лиду?|"
                  # the revised quote replaces the first one
                  r"revised|updated|überarbeitet\w*|reviderad\w*|uppdaterad\w*|päivitet\w*|"
                  r"исправленн\w*|обновл[её]нн\w*|"
                  # a new quote after a first one: "отправили новое КП: 17 900 евро"
                  r"new (?:quote|offer|proposal)|neue[sn]? angebot|uusi tarjous|uuden tarjouksen|"
                  r"ny offert|nya offerten|нов\w* (?:кп|предложени\w*)|"
                  r"окончательн|в итоге|сошлись на|in the end|lopulta|till slut|nunmehr|somit|"
                  r"the one that counts|"
                  r"nach (?:der|den|langen|zähen) verhandlung|(?:wir uns|man sich) (?:\w+ )?auf",
                  re.I)


#: the amount that replaced an earlier one, in thousands without a currency
_SHARE_IN_THOUSANDS = as_typed(
    rf"(?:{_FINAL.pattern})[^.!?\n\d]{{0,40}}?(?<![\w.,])(?P<n>\d{{1,4}}(?:[.,]\d{{1,2}})?)\s?"
    r"(?:tuhatta|tausend|thousand|tusen|тысяч\w*)(?!\w)(?!\s?(?:€|eur|euro|sek|kr|руб|\$))",
    re.I)
#: a budget, named before its amount in the same sentence or right after it; not a
#: budget price or quote ("Budgetangebot", "budget price given"), which is a proposal
_BUDGET = as_typed(r"\s{0,2}(?:budget(?!angebot|preis|\s?(?:price|quote|offer)|ary)|"
                   r"budjet(?!ti(?:hinta|tarjous))|бюджет(?!н)|varattu|avsatt|eingeplant|"
                   r"earmarked|set aside|заложен\w*|заложил\w*|выделен\w*|angesetzt|veranschlagt|"
                   r"varann\w*|varasi\w*|"
                   r"käytettävissä|zur verfügung|в распоряжении|"
                   # a limit the buyer may sign alone: "approval limit … is USD 50,000"
                   r"approval limit|spending limit|freigabe(?:grenze|limit)|hyväksymisraja|"
                   r"attestgräns|лимит\w*|"
                   # a public tender's ceiling or estimated value
                   r"ceiling|estimated (?:contract )?value|schätzwert|geschätzte\w* auftragswert|"
                   r"kostenschätzung|kustannusarvio|ennakoitu arvo|arvioitu arvo|takpris|"
                   r"uppskattat värde|нмцк|начальн\w* (?:\(?максимальн\w*\)? )?цен\w*|"
                   # a frame for the whole project: "en ram på ungefär 150 000 DKK"
                   r"(?<!\w)(?:budget)?ram(?:en)? (?:på|om)\b|kostenrahmen|rahmen von|"
                   r"kustannuskehy\w*|budjettikehy\w*|"
                   # a threshold or the buyer's own ceiling: "anything over $25,000 has to be
                   # signed off", "deras egen övre gräns låg på 12 000 euro"
                   r"(?<!\w)(?:anything|everything|orders?) (?:over|above)|alles (?:über|ab)|"
                   r"kaikki yli|allt över|(?:всё|все),? что (?:свыше|больше)|övre gräns\w*|"
                   r"upper limit|obergrenze|yläraja\w*|верхн\w* (?:границ|предел)\w*)",
                   re.I)


#: a figure that is not this deal's value: a discount given ("einen Nachlass von 1.200 €"),
#: an earlier order ("their previous order with us two years ago was about €9,000")
_OTHER_FIGURE = as_typed(
    # (not the price after it: "Final price after their discount round was EUR 29,800")
    r"(?<!\w)(?:nachlass|rabatt|discount|скидк\w*)\s+(?:von|of|på|om|в размере|на)\s+"
    r"(?:(?:ca\.?|about|around|noin|ungefär|около|rund|etwa)\s+)?$|alennusta\s+$|"
    r"(?<!\w)(?:(?:previous|earlier|former|prior) (?:\w+ )?(?:order|purchase|project|deal)|"
    r"(?:vorherige|frühere|vorige)\w* (?:\w+ )?(?:bestellung|auftrag|projekt)|vorgänger\w*|"
    r"(?:edelli\w*|aiemp\w*) (?:\w+ )?(?:tilau\w*|kaup\w*|projekt\w*)|"
    r"(?:förra|tidigare) (?:\w+ )?(?:beställning\w*|order|affär\w*|projekt\w*)|"
    r"(?:предыдущ\w*|прошл\w*) (?:\w+ )?(?:заказ\w*|сделк\w*|проект\w*)|"
    # last year's order, a purchase years ago, what something else cost them
    r"last year|letztes jahr|im vorjahr|viime vuonna|förra året|в прошлом году|"
    r"years ago|vor \w+ jahren|vuotta sitten|år sedan|(?:лет|года?) назад|"
    r"cost them|cost us|kostete|kostade|стоил\w*|"
    # what a third party charges, in their words: "der Haus-Elektriker …, der nach eigener
    # Aussage „um die 3.000 €“ dafür nimmt"
    r"nach eigener aussage|by (?:his|her|their) own account|omien sanojensa mukaan|enligt "
    r"egen utsago|по (?:его |её |ее |их )?собственным словам)", re.I)


#: a price per piece: "3 Stück à 4.200 €", "at €4,150 each", "1 200 €/kpl"
_UNIT_BEFORE = as_typed(r"(?<!\w)(?:à|á|@|je|pro)\s*$|"
                        # "64 датчика по 155 евро"
                        r"\d\s+[^\W\d]+\s+по\s*$", re.I)
_UNIT_AFTER = as_typed(
    r"\s*(?:(?:netto|net|exkl\.? mwst|excl\.? vat|alv 0 ?%)\s+)?(?:each|apiece|a piece|per "
    r"(?:measuring |mess)?(?:unit|piece|pc|item|device|panel|sensor|stück|point|punkt)|"
    # "185 € net per measuring point", "pro Messstelle", "per mätpunkt", "mittapisteeltä"
    r"(?:pro|je) (?:stück|einheit|messstelle|messpunkt)|je stück|per mätpunkt|"
    r"(?:per )?mittapiste(?:eltä|ttä)|за (?:точку|точку измерения)|"
    r"/\s?(?:stk|st|kpl|шт|pcs?|unit|piece)|(?:per|pro) st(?:yck|k)\.?|kappaleelta|kappale|"
    # "189 € / anturi + asennus 85 € / h"
    r"/\s?(?:anturi|sensori|sensor|givare|fühler|датчик|h|std|час)|"
    r"per (?:day|hour|month)|a day|päivässä|tunnissa|kuukaudessa|pro (?:tag|stunde|monat)|"
    r"am tag|om dagen|per dag|i månaden|в (?:день|сутки|час|месяц)|"
    r"за (?:шт|штуку|единицу))(?!\w)", re.I)
#: a range, not yet a value: "20–25 k€", "20 000 € – 25 000 €"
#: (not a date before a dash: "Order mottagen 9.1 – 87 450 SEK")
_RANGE_BEFORE = as_typed(r"(?<!\d[./])(?<!\d[./]\d)\d\s?(?:[kt]?€|k|eur|t?kr\.?|sek|rub|"
                         r"руб\.?|₽|usd|\$|£)?\s?[–—-]\s?$", re.I)
_RANGE_AFTER = as_typed(r"\s?[–—-]\s?\d")


#: a range in words: "somewhere between €38,000 and €42,000", "zwischen 38.000 und 42.000 €",
#: "от 1,2 до 1,5 млн руб." (its first figure, and its second)
_BETWEEN_FIRST = as_typed(r"(?<!\w)(?:between|zwischen|mellan|от)\s*$", re.I)
_BETWEEN_AFTER = as_typed(r"\s+(?:and|und|och|до)\s+\S{0,3}\d", re.I)
_BETWEEN_SECOND = as_typed(r"(?<!\w)(?:between|zwischen|mellan|от)\s+\S{1,16}(?:\s\S{1,8})?\s+"
                           r"(?:and|und|och|до)\s*$", re.I)


def _per_unit_or_range(text: str, match: re.Match, before: str) -> bool:
    return bool(_UNIT_BEFORE.search(before) or _UNIT_AFTER.match(text, match.end())
                or _RANGE_BEFORE.search(text[max(match.start() - 12, 0):match.start()])
                or _RANGE_AFTER.match(text, match.end())
                or _in_words_range(text, match))


def _in_words_range(text: str, match: re.Match) -> bool:
    ahead = text[max(match.start() - 40, 0):match.start()]
    return bool(_BETWEEN_FIRST.search(ahead) and _BETWEEN_AFTER.match(text, match.end())
                or _BETWEEN_SECOND.search(ahead))


#: a budget named just after its amount: "15 000 euro i årets budget" (but not "well within
#: their budget", said of a deal's value)
_BUDGET_AFTER = as_typed(
    r"(?:(?!within|innerhalb|inom|sisällä|в рамках)[^.!?\n,;(]){0,20}?(?:budget|budjet|бюджет|"
    r"att röra sig med|zur verfügung|to spend|käytettävissä|в распоряжении|set aside|earmarked|"
    r"avsatt|varattu|zurückgelegt|заложен\w*|выделен\w*)",
    re.I)


def _sentence_start(text: str, since: int, end: int) -> int:
    """Where the sentence holding ``end`` starts, but not before ``since``. A point
    before a small letter or a digit ends no sentence: "ca. 8.000 €", "inkl. MwSt."."""
    stops = [m.end() for m in _SENTENCE_END.finditer(text, since, end)]
    return stops[-1] if stops else since


_SENTENCE_END = as_typed(r"[.!?]\s+(?=[A-ZÄÖÜÅА-ЯЁ])|\n")


def _decimal_separator(number: str) -> str | None:
    """"12.500" is twelve thousand five hundred; "8.400,50" has a decimal comma."""
    tail = re.search(r"[.,](\d+)$", number)
    if tail is None:
        return None
    sep = number[tail.start()]
    return sep if len(tail.group(1)) <= 2 else ("," if sep == "." else ".")


def _normal(amount: Decimal) -> Decimal:
    """Whole amounts stay whole (12500, not 1.25E+4); cents keep two places."""
    try:
        whole = amount.quantize(Decimal(1))
        return whole if whole == amount else amount.quantize(Decimal("0.01"))
    except InvalidOperation:
        return amount


def _iso(token: str) -> str:
    token = token.lower().rstrip(".")
    if token.startswith("eur") or token in ("евро", "e"):
        return "EUR"
    if token.startswith("руб") or token == "rub":
        return "RUB"
    for prefix, iso in _ISO.items():
        if token.startswith(prefix):
            return iso
    return token.upper()

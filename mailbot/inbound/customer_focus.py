"""Which customer a status reply is about, and the part of the reply that is about it.

Partners answer our feedback request with news of several customers at once ("Espoon
Datakeskus: quote sent Monday … Leppävaara: still waiting … Saarijärven Saha hävittiin
hinnalla"). Our request names the lead's customer in every language ("You are working on
Kotkan Sellu (…)", "Sie betreuen …", "Hoidat asiakasta …"), so the quote below the answer
says which customer this reply is about; the reader then reads the sentences and list
items that name that customer, and what follows them until the writer turns to another.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
#: the sentence of ``templates/email/feedback_request`` that names the customer
WORKING_ON = ("You are working on %(company)s (%(product)s). Where do things stand? The "
              "current status is: %(status)s.")
#: legal forms left out of a name: the partner writes "Kotkan Sellu", not "Kotkan Sellu Oy"
_LEGAL_FORM = re.compile(r"(?<!\w)(?:oyj?|ab|ky|tmi|gmbh|ag|kg|ohg|e\.\s?v\.|ltd|inc|llc|"
                         r"plc|co|& co\.?|ооо|оао|зао|ао|ип)\.?(?!\w)", re.I)
#: a customer name runs to the product in parentheses, at most a line's length
_NAME = r"(?P<name>[^()\n]{2,80}?)\s+\("


@lru_cache(maxsize=1)
def _working_on() -> re.Pattern:
    """The request's sentence in every language, up to the customer's name."""
    openings = {WORKING_ON.split("%(company)s")[0]}
    for po in LOCALE_DIR.glob("*/LC_MESSAGES/messages.po"):
        with po.open("rb") as fh:
            message = read_po(fh).get(WORKING_ON)
        if message is not None and message.string and "%(company)s" in message.string:
            openings.add(message.string.split("%(company)s")[0])
    words = "|".join(r"\s+".join(map(re.escape, o.split())) for o in sorted(openings))
    return re.compile(rf"(?:{words})\s+{_NAME}", re.I)


_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)


def quoted_customer(body: str) -> str | None:
    """The customer our quoted feedback request names, without its legal form; None when
    the body quotes no such request."""
    found = _working_on().search(" ".join(_QUOTE_MARKS.sub("", body).split()))
    if found is None:
        return None
    name = " ".join(_LEGAL_FORM.sub(" ", found["name"]).split()).strip(" ,.")
    return name if len(name) >= 3 else None


@lru_cache(maxsize=256)
def _naming(customer: str) -> re.Pattern | None:
    """The customer named as partners write it: every word of the name in its order, each
    inflected ("Porin Konepajalle", "Äänekosken Kartongilla", "Uleåborgs Bageri")."""
    words = re.findall(r"[^\W_]+", customer)
    if not words:
        return None
    if len(words) == 1:  # one word alone must be whole ("Valio", not "valitettavasti")
        return re.compile(rf"(?<!\w){re.escape(words[0])}(?:s|n|a|ä|lle|lla|llä|ssa|ssä|"
                          r"sta|stä|ille|ilta|iltä|in|e|u|y|om|ом|е|у|а)?(?!\w)", re.I)
    stems = [re.escape(w[:max(3, min(5, len(w) - 3))] if len(w) > 4 else w[:3]) + r"\w*"
             for w in words]
    # a place after the first word may shrink to its licence-plate letters ("Stadtwerke
    # FFB" for Stadtwerke Fürstenfeldbruck)
    stems[1:] = [rf"(?:{stem}|(?-i:{re.escape(w[0].upper())}[A-ZÄÖÜ]{{1,3}})(?!\w))"
                 for stem, w in zip(stems[1:], words[1:], strict=True)]
    return re.compile(r"(?<!\w)" + r"[\s-]+".join(stems), re.I)


def about_customer(text: str, customer: str) -> str | None:
    """The sentences of ``text`` about ``customer``: those naming it and those after it in
    the same paragraph or list item, until the writer turns to other news. None when the
    text does not name it, or tells of nothing else (then all of it is about it)."""
    naming = _naming(customer)
    if naming is None or not naming.search(text):
        return None
    kept, elsewhere, about = [], False, False
    for item in _ITEM.split(text):
        for sentence in _SENTENCE.findall(item):
            if naming.search(sentence):
                about = True
                own = _own_clauses(sentence, naming)
                elsewhere, sentence = elsewhere or own != sentence, own
            elif _TURN.match(sentence) or _opens_with_other(sentence, naming):
                about, elsewhere = False, True
            if about:
                kept.append(sentence)
        kept.append("\n")
    return "".join(kept).strip() if elsewhere else None


def _own_clauses(sentence: str, naming: re.Pattern) -> str:
    """A sentence naming this customer and then another ("Lahden Lämpö signed yesterday,
    and the same afternoon we lost Heinolan Energia"): up to the clause that turns to the
    other."""
    clauses = _CLAUSE.split(sentence)
    named = next(i for i, c in enumerate(clauses) if naming.search(c))
    other = next((i for i in range(named + 1, len(clauses))
                  if _names_other(clauses[i], naming)), None)
    return sentence if other is None else " ".join(clauses[:other])


def _opens_with_other(sentence: str, naming: re.Pattern) -> bool:
    """The sentence opens with another customer's name: a list item's subject of two
    capitalised words ("- Leppävaara sports centre (Leppävaaran Liikuntakeskus): still
    waiting", "– Saarijärven Saha hävittiin"), or a name in Latin letters opening Russian
    text ("Porvoon Energia подписали"). Not a capitalised word opening a sentence ("Tarjous
    Kangasalan …", "Einen Termin …"), nor names further in: people, products and places."""
    header = _HEADER.match(sentence)
    name = header["subject"] if header and _TWO_CAPITALS.search(header["subject"]) else None
    opening = _OPENING_NAME.match(sentence) if (
        _CYRILLIC.search(sentence) or _BULLETED.match(sentence)) else None
    name = name or (opening["name"] if opening else None)
    return name is not None and not naming.search(name)


def _names_other(clause: str, naming: re.Pattern) -> bool:
    """A later clause of a sentence names another customer: two capitalised words in a
    row, not a title or a time ("Herrn Obermaier", "Ende Mai")."""
    return any(not naming.search(m[0]) for m in _CAPITALISED.finditer(clause))


#: paragraphs and list items ("- Espoon Datakeskus: …", "2. Käserei …", "* Kempele …")
_BULLET = r"[ \t]*(?:[-–—•*·]|\d{1,2}[.)])[ \t]"
_ITEM = re.compile(rf"\n\s*\n|\n(?={_BULLET})")
#: a list item's subject: "- Leppävaara sports centre (…): …", "3. Molkerei Gut R. – …"
_HEADER = re.compile(rf"\s*(?:{_BULLET})\s*(?P<subject>[^:\n–—]{{3,60}}?)\s*(?::|\s[–—]\s)")
#: a sentence; a list number ("1. Pfaffenhofener Molkerei – …") ends none
_SENTENCE = re.compile(r"(?:^[ \t]*\d{1,2}\.[ \t]+)?(?:[^.!?\n]|\.(?=\d)|\.(?=\S))+"
                       r"(?:[.!?]+\s*|\n|$)", re.M)
_CLAUSE = re.compile(r",\s+(?=(?:and|but|while|und|aber|während|ja|mutta|och|men|и|а|но)\s)|"
                     r";\s+|\s+[–—]\s+")
_UPPER, _LOWER = "A-ZÄÖÅÜ", "a-zäöåüß"
_CAPITALISED = re.compile(
    rf"(?:(?<=[\w,(] )|(?<=\())(?!(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Ende|Anfang|Mitte|Mid|End|Early|Late|"
    rf"Monday|Tuesday|Wednesday|Thursday|Friday|KW|Q[1-4])\b)[{_UPPER}][{_LOWER}-]+"
    rf"(?:\s+[{_UPPER}][\w-]+)+")
_BULLETED = re.compile(_BULLET)
_TWO_CAPITALS = re.compile(rf"[{_UPPER}][\w-]+\s+\(?[{_UPPER}]")
_CYRILLIC = re.compile(r"[а-яё]", re.I)
_OPENING_NAME = re.compile(
    rf"\s*(?:{_BULLET})?\s*(?i:(?:die|der|das|den|dem|ein|eine|einen|bei|beim|mit|zur|zum|für|"
    rf"the|at|for|with|about|hos|för|med|om|vid|по|у|в|с|для|про)\s+)*"
    rf"(?P<name>(?!(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|FI|DE)\b)[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)+)")
#: the writer turns to other news: "Meanwhile", "Unrelated:", "Ansonsten", "Dafür", "Toinen
#: asia", "Lite annat", "При этом", "Остальное по плану"
_TURN = re.compile(
    r"\s*(?:meanwhile|unrelated|elsewhere|in other news|by the way|ansonsten|sonst|dafür|"
    r"übrigens|ganz anders|toinen asia|muuten|lite annat|annars|förresten|och goda nyheter|"
    r"при этом|остальное|кстати|а вот)(?!\w)", re.I)

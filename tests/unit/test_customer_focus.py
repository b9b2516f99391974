"""Which customer a status reply is about (named by our quoted feedback request) and the
part of a crowded report that tells of it."""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.inbound.customer_focus import about_customer, quoted_customer
from mailbot.inbound.replies import read_reply

TODAY = date(2032, 5, 20)


@pytest.mark.parametrize(("quote", "customer"), [
    ("> You are working on Lohjan Paperi Oy (level sensors). Where do things stand? The\n"
     "> current status is: contacted.", "Lohjan Paperi"),
    ("> Sie betreuen Brauerei Hallertau GmbH (Drucksensoren). Wie ist der Stand der Dinge?",
     "Brauerei Hallertau"),
    ("> Hoidat asiakasta Kuopion Vesi Oy (pinta-anturit). Missä mennään? Nykyinen tila:"
     " tarjous.", "Kuopion Vesi"),
    ("> Du arbetar med Gävle Kartong AB (givare). Hur ligger det till? Aktuell status: möte.",
     "Gävle Kartong"),
    ("> Вы работаете с клиентом Tverin Tehdas (датчики). Как обстоят дела?", "Tverin Tehdas"),
])
def test_the_quoted_request_names_the_customer(quote, customer):
    assert quoted_customer(f"Quote went out.\n\nOn Mon, Maker wrote:\n{quote}\n") == customer


def test_no_request_quoted_names_no_customer():
    assert quoted_customer("We are working on it.\n> Thanks for the lead!") is None


@pytest.mark.parametrize(("text", "kept"), [
    # a list: only this customer's item
    ("- Lohjan Paperi: quote sent on Monday.\n- Vihdin Saha: lost on price.",
     "- Lohjan Paperi: quote sent on Monday."),
    # a turn to other news ends it
    ("Lohjan Paperi signed today. Meanwhile the Vihti sawmill went elsewhere.",
     "Lohjan Paperi signed today."),
    # a later clause naming another customer is cut off
    ("Lohjan Paperi had a visit from us, but Karkkilan Valimo said no to everything.",
     "Lohjan Paperi had a visit from us"),
    # the customer's short plate-letter form ("Stadtwerke FFB")
    ("Stadtwerke FFB haben abgesagt. Dafür hat die Brauerei Moosburg bestellt.",
     "Stadtwerke FFB haben abgesagt."),
])
def test_the_part_about_the_customer(text, kept):
    customer = "Stadtwerke Fürstenfeldbruck" if "FFB" in text else "Lohjan Paperi"
    assert about_customer(text, customer) == kept


@pytest.mark.parametrize("text", [
    "Lohjan Paperi: quote sent on Monday, they will decide in June.",  # nothing else told
    "Quote sent on Monday. Meanwhile the Vihti sawmill went elsewhere.",  # not named
])
def test_no_focus_when_the_reply_tells_nothing_else_or_names_no_one(text):
    assert about_customer(text, "Lohjan Paperi") is None


def test_another_customers_win_does_not_blur_this_ones_loss():
    text = ("Lohjan Paperi went to a competitor, sadly. Unrelated: Vihdin Saha ordered "
            "yesterday, 18 000 €.")
    assert read_reply(text, TODAY, "status").status is None  # both: undecided
    reading = read_reply(text, TODAY, "status", customer="Lohjan Paperi")
    assert (reading.intent, reading.status, reading.amount) == ("status", "lost", None)
    assert reading.text == text  # the whole text is kept on the timeline

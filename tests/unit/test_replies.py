"""Reply reading on single sentences: the cases that were read wrong once (black-box
tests, blind corpora), each the smallest text that shows it."""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.inbound.replies import read_reply

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(("text", "intent", "status"), [
    # a closing still planned is no win; a loss denied is no loss
    ("Angebot verschickt, Abschluss Ende Q1 geplant.", "status", "proposal"),
    ("Nicht verloren, Termin vereinbart.", "status", "meeting"),
    ("Not lost, meeting booked.", "status", "meeting"),
    ("We haven't lost it yet, quote sent.", "status", "proposal"),
    ("Kauppa ei syntynyt, hävittiin hinnalla.", "status", "lost"),
    # a negated clause reports nothing; the rest of the reply still counts
    ("Soitin eilen, mutta palaveria ei ole vielä sovittu.", "status", "contacted"),
    ("Встреча была во вторник. КП пока не отправляли.", "status", "meeting"),
    ("We have not contacted them yet.", None, None),
    # steps still ahead are not the state
    ("Vor-Ort-Termin war heute, Angebot kommt nächste Woche.", "status", "meeting"),
    ("Had a call today, then we'll book a site visit.", "status", "contacted"),
    # yes with a next step accepts; a refusal beats a generic yes
    ("Kyllä, otetaan. Sovimme tapaamisen asiakkaan kanssa.", "accept", None),
    ("Sorry, we can't take it.", "decline", None),
    ("Den lassen wir aus, Gebäudeautomation machen wir nur mit eigenem Personal.",
     "decline", None),
    ("Thanks for thinking of us, but we'll pass. Happy to take the next one.",
     "decline", None),
    # thanks for our offer is not their proposal
    ("Danke für das Angebot, nehmen wir gerne.", "accept", None),
    ("Hard to say where we are, the meeting was cancelled.", None, None),
])
def test_reading(text, intent, status):
    reading = read_reply(text, TODAY)
    assert (reading.intent, reading.status) == (intent, status)


def test_a_negative_amount_is_no_deal_amount():
    reading = read_reply("won -5000 EUR", TODAY)
    assert (reading.status, reading.amount) == ("won", None)

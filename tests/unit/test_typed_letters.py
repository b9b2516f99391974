"""Replies typed without their letters: "sen jalkeen sovitaan kaynti", "den har far nagon
annan ta", "nae. Wo.", "еще ждем". The patterns are written with ä, ö, ü, å, ß and ё;
each also matches what people type instead."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest

from mailbot.inbound import customer_focus, replies
from mailbot.inbound.replies import read_reply
from mailbot.inbound.typed_letters import spelling_key, tolerant

TODAY = date(2027, 5, 20)


@pytest.mark.parametrize(("source", "typed", "not_typed"), [
    ("käynti", ["käynti", "kaynti", "kaeynti"], ["kynti"]),
    ("på måndag", ["pa mandag", "på mandag"], ["pe mandag"]),
    ("übernehmen", ["uebernehmen", "ubernehmen"], ["bernehmen"]),
    ("Grüße", ["Grüsse", "Gruesse", "Grusse"], ["Gruse"]),
    ("ещё ждём", ["еще ждем", "ещё ждем"], ["ещо ждам"]),
])
def test_each_letter_also_matches_what_is_typed_for_it(source, typed, not_typed):
    pattern = re.compile(tolerant(source))
    assert all(pattern.fullmatch(t) for t in typed)
    assert not any(pattern.fullmatch(t) for t in not_typed)


def test_a_look_behind_keeps_its_fixed_width_and_keeps_out_the_typed_words():
    pattern = re.compile(tolerant(r"(?<!någon annan )tar den"), re.I)
    assert pattern.search("vi tar den")
    assert not pattern.search("någon annan tar den")
    assert not pattern.search("nagon annan tar den")


def test_a_negated_class_is_left_as_written():
    assert tolerant(r"[^äö]") == r"[^äö]"
    assert re.fullmatch(tolerant(r"[äö]+"), "aoäö")
    assert tolerant(r"\ä") == r"\ä"


def test_where_the_one_letter_spelling_is_another_word_only_the_long_one_counts():
    # "waren wir" is "we were", not "wären wir" ("we would be"); "install…" is English
    would_be = re.compile(tolerant("wären wir"), re.I)
    assert would_be.search("waeren wir") and not would_be.search("waren wir")
    cancelled = re.compile(tolerant(r"inställ\w*"), re.I)
    assert cancelled.search("mötet är instaellt")
    assert not cancelled.search("installation")


def test_every_reply_pattern_compiles_tolerant():
    compiled = [p for module in (replies, customer_focus) for p in vars(module).values()
                if isinstance(p, re.Pattern)]
    assert compiled and any("(?:ä|a|ae)" in p.pattern for p in compiled)


def test_spelling_key_makes_every_spelling_one():
    assert spelling_key("Gärna") == spelling_key("garna") == spelling_key("gaerna")
    assert spelling_key("nä. wo.") == spelling_key("nae. Wo.")
    assert spelling_key("счёт") == spelling_key("счет")


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    # a visit still to be agreed is no meeting
    ("asiakkaalle on soitettu ja sahkopostia laitettu. Odotellaan etta ne lahettaa "
     "pohjapiirustukset, sen jalkeen sovitaan kaynti.", "status", "status", "contacted"),
    # "där tar vi allt" is a weak yes about other leads; the refusal stands
    ("Nej tack, den har far nagon annan ta. Skicka garna fler leads runt Haparanda, dar tar "
     "vi allt.", "offer", "decline", None),
    ("Vi har lamnat en offert pa 96 500 kronor exkl. moms, installation inraknad.", "status",
     "status", "proposal"),
    ("Waeren wir 5 % guenstiger gewesen, haetten wir den Auftrag bekommen. Guenstiger waren "
     "wir nicht, und so hat ein Mitbewerber den Zuschlag erhalten.", "status", "status",
     "lost"),
    ("Встреча прошла, еще ждем ответа по смете.", "status", "status", "meeting"),
])
def test_replies_typed_without_their_letters_read_as_with_them(text, answering, intent,
                                                                status):
    reading = read_reply(text, TODAY, answering)
    assert (reading.intent, reading.status) == (intent, status)


def test_shorthand_typed_without_its_letters_is_spelled_out():
    # "nae. Wo." is "nä. Wo." (nächste Woche): looked up by its spelling, not missed
    reading = read_reply("Kd. am Tel. gehabt, Angebot geht nae. Wo. raus.", TODAY, "status")
    assert (reading.intent, reading.status) == ("status", "contacted")


def test_a_month_typed_without_its_letter_is_a_month():
    assert replies._has_month_date("Termin am 3. Marz")


def test_decomposed_letters_read_as_composed_ones():
    from mailbot.inbound.classify import _clean
    decomposed = unicodedata.normalize("NFD", "sen jälkeen sovitaan käynti")
    assert decomposed != "sen jälkeen sovitaan käynti"
    assert _clean(decomposed) == "sen jälkeen sovitaan käynti"

"""Replies typed without their letters: "sen jalkeen sovitaan kaynti", "den har far nagon
annan ta", "nae. Wo.", "еще ждем". The patterns are written with ä, ö, ü, å, ß and ё;
each also matches what people type instead."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest

from mailbot.inbound import customer_focus, replies, text_dates
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
    assert text_dates._has_month_date("Termin am 3. Marz")


def test_decomposed_letters_read_as_composed_ones():
    from mailbot.inbound.classify import _clean
    decomposed = unicodedata.normalize("NFD", "sen jälkeen sovitaan käynti")
    assert decomposed != "sen jälkeen sovitaan käynti"
    assert _clean(decomposed) == "sen jälkeen sovitaan käynti"


# --- capitals ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "status"), [
    # all in small letters: each sentence is still one, so "no new date yet" denies only
    # the new meeting, not the calls
    ("der vor-ort-termin vom 9. mai ist ausgefallen, der haustechniker war krank. seitdem "
     "haben wir nur telefoniert, zuletzt gestern. einen neuen termin gibt es noch nicht, er "
     "meldet sich nach pfingsten.\n\ngruß stefan", "contacted"),
    ("sorry, i've been on the road for two weeks. finally got their maintenance manager on "
     "the phone yesterday. he'll email me the drawings this week and we take it from there. "
     "nothing booked yet.\n\njuha", "contacted"),
    # all in capitals
    ("STATUS: I REACHED THE CUSTOMER'S MAINTENANCE GUY BY PHONE ON TUESDAY. THEY WANT FIRST "
     "TO SEE A DATASHEET, I EMAILED IT YESTERDAY. NO VISIT AGREED YET, HE PROMISED TO COME "
     "BACK AFTER THEIR BUDGET MEETING.\n\n--\nEERO MÄKELÄ", "contacted"),
])
def test_replies_typed_without_capitals_or_in_capitals_read_sentence_by_sentence(text, status):
    reading = read_reply(text, TODAY, "status")
    assert (reading.intent, reading.status) == ("status", status)
    assert reading.text == text  # read with capitals, kept as written


def test_sentences_get_capitals_only_where_the_writer_gives_none():
    written = "Hi,\n\nwe met them yesterday. Quote next week.\n\nJuha"
    assert replies._capitalised(written) == written
    small = "hei, kävimme siellä 16.10. ja kierrettiin linja. tarjous ca. 20 anturille."
    assert replies._capitalised(small) == (
        "Hei, kävimme siellä 16.10. ja kierrettiin linja. Tarjous ca. 20 anturille.")
    assert replies._capitalised("WE MET THEM. QUOTE NEXT WEEK.") == (
        "We met them. Quote next week.")


def test_a_lead_reference_in_small_letters_is_one():
    reading = read_reply("l-88007: proposal sent on monday, waiting for their answer. the two "
                         "older leads: l-87962 we lost, l-87990 we won.", TODAY, "status",
                         lead_id=88007)
    assert (reading.intent, reading.status) == ("status", "proposal")

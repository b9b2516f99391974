"""The literal screen in front of the reply patterns: a search it skips could never have
matched. Checked on hand-picked patterns and on random ones against random texts full of the
letters whose case folding is odd (İ, ı, ſ, K, ß, Σ, ς)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.inbound import literal_screen, replies
from mailbot.inbound.literal_screen import Screened, folded, required, screened


@pytest.mark.parametrize(("source", "flags", "needs"), [
    (r"(?:den|die) Lead (?:nehmen|übernehmen)", re.I, ("nehmen",)),
    (r"(?<!not )accept(?:ed)?", re.I, ("accept",)),
    (r"[kK](?i:yllä|iitos)", 0, ("kyllä", "kiitos")),
    (r"(?:foo)?bar", 0, ("bar",)),
    (r"x{3}", 0, ("xxx",)),
    (r"\w+ing\b", 0, ("ing",)),
    (r"ſtraße", re.I, ("straße",)),
    (r"СКИЙ", re.I, ("ский",)),
    # nothing of three letters every match must hold
    (r"\bok\b", re.I, None), (r"ab?c", 0, None), (r"\w+", 0, None),
    (r"(?:yes|\w+ly)", 0, None), (r"(?:very )?", 0, None), (r"(?:abc)*", 0, None),
])
def test_the_literals_a_pattern_cannot_match_without(source, flags, needs):
    found = required(source, flags)
    assert (None if found is None else tuple(sorted(found))) == \
        (None if needs is None else tuple(sorted(needs)))


def test_a_text_without_them_is_not_searched():
    pattern = screened(re.compile(r"(?:den|die) Lead (?:nehmen|übernehmen)", re.I))
    assert isinstance(pattern, Screened)
    assert pattern.search("Wir können DIE LEAD ÜBERNEHMEN").group(0) == "DIE LEAD ÜBERNEHMEN"
    assert pattern.search("Wir haben keine Zeit") is None
    assert pattern.sub("-", "nichts da") == "nichts da"
    assert pattern.subn("-", "nichts da") == ("nichts da", 0)
    assert pattern.findall("nichts da") == []
    assert list(pattern.finditer("nichts da")) == []
    assert pattern.split("nichts da") == ["nichts da"]
    assert pattern.pattern.startswith("(?:den")  # attributes are the pattern's own
    assert pattern.flags & re.I


def test_many_literals_are_looked_for_through_one_trie():
    words = [f"{a}{b}word" for a in "abcdefg" for b in "xyz"]
    pattern = screened(re.compile("|".join(words)))
    assert len(pattern.needs) == len(words)
    assert pattern.search("a dxword here").group(0) == "dxword"
    assert pattern.search("a word here") is None
    assert literal_screen._trie(("abc", "abd", "xyz")) == "(?:ab(?:c|d)|xyz)"


def test_folding_is_the_same_fast_or_slow():
    for text in ("Plain ASCII Text", "Grüße aus MÜNCHEN", "ИСТАНБУЛ İstanbul",
                 "ſtraße KELVIN", "ΟΔΟΣ ΟΔΟΣ."):
        assert folded(text) == text.translate(literal_screen._FOLD)
    assert folded("İSTANBUL") == "istanbul"  # one letter each, as the engine compares them


def test_the_reply_patterns_are_screened():
    assert isinstance(replies._NEXT_TIME, Screened)
    assert isinstance(replies._PATTERNS["de"]["accept"], Screened | re.Pattern)


#: letters whose case folding is not one-to-one, next to plain ones
_LETTERS = "aAbBiIİısSſkKKßẞσςΣäÄ ."
_PIECES = st.one_of(
    st.sampled_from(list(_LETTERS)).map(re.escape),
    st.sampled_from([r"\b", r"\w", r".", r"[aİ]", r"[sſK]", r"[^a]", r"[^as]", r"(?<!a)", r"(?=s)",
                     r"\s", r"(?i:k)", r"(?-i:S)"]),
)


@st.composite
def _patterns(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.integers(0, 5 if depth < 2 else 0))
        if kind == 0:
            parts.append(draw(_PIECES))
        elif kind in (1, 2):
            parts.append("(?:" + "|".join(draw(st.lists(_patterns(depth + 1), min_size=1,
                                                        max_size=3))) + ")")
        elif kind == 3:
            parts.append("(" + draw(_patterns(depth + 1)) + ")")
        else:  # a repeat of plain pieces: nested repeats would backtrack for minutes
            body = "".join(draw(st.lists(_PIECES, min_size=1, max_size=3)))
            parts.append(f"(?:{body})" + draw(st.sampled_from(["?", "*", "+", "{2}", "{1,3}",
                                                               "+?"])))
    return "".join(parts)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.filter_too_much])
@given(source=_patterns(), flags=st.sampled_from([0, re.I]), data=st.data())
def test_a_screen_never_hides_a_match(source, flags, data):
    try:
        raw = re.compile(source, flags)
    except re.error:
        return
    # the cut-offs off, so that short literals are screened too
    needs = literal_screen._Need.of_sequence(literal_screen._parser.parse(source, flags))[1]
    if needs is None:
        return
    pattern = Screened(raw, tuple(literal_screen._least(needs)))
    try:  # texts the pattern matches (hypothesis knows no look-behind)
        matching = st.from_regex(raw)
        texts = [data.draw(matching) for _ in range(2)]
    except Exception:  # noqa: BLE001 - an unsupported construct: random texts only
        texts = []
    texts += data.draw(st.lists(st.text(alphabet=_LETTERS + "xyz", max_size=30), max_size=2))
    for text in texts:
        for variant in (text, text.upper(), text.lower(), text.swapcase()):
            found, expected = pattern.search(variant), raw.search(variant)
            assert (found and found.span()) == (expected and expected.span()), \
                (source, variant, pattern.needs)
            assert pattern.sub("#", variant) == raw.sub("#", variant)

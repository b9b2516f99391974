"""Amounts written out in words ("kaksikymmentäkaksi tuhatta euroa", "сорок две тысячи
евро", "zwölftausend Euro") turned into digits, so the amount reader finds them as it finds
"22 000 €". Only a run of number words right before a currency is converted: a number word
elsewhere ("I called two times") is no amount."""

from __future__ import annotations

import re
from decimal import Decimal

from ovos_number_parser import extract_number

from mailbot.inbound.typed_letters import as_typed

#: the words numbers are built of in each language, as ovos-number-parser reads them; a
#: Finnish, German or Swedish number is one word made of them ("kaksikymmentäkaksi",
#: "zweiundzwanzig", "tjugotvå")
_WORDS = {
    "fi-fi": r"(?:yksi|yhden|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|"
             r"kymmenen|toista|kymmentä|sataa|sata|tuhatta|tuhat)+",
    "de-de": r"(?:ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
             r"zwanzig|dreißig|zig|ßig|und|hundert|tausend)+",
    "sv-se": r"(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|"
             r"femton|sexton|sjutton|arton|nitton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|"
             r"åttio|nittio|hundra|tusen)+",
    "en-us": r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
             r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|and|a)"
             r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?",
    "ru-ru": r"(?:один|одна|одной|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|"
             r"\w+надцать|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|"
             r"девяносто|сто|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|"
             r"девятьсот|тысяча|тысячи|тысяч)",
}
#: what makes a run a sum of money (the thousand word must be in it: a bare "kaksi euroa"
#: is no deal)
_CURRENCY = (r"(?:euro\w*|eur|€|kronor|kr|sek|rubl\w*|руб\w*|евро|dollars?|usd)(?!\w)")
_THOUSAND = as_typed(r"tuhat|tausend|tusen|thousand|тысяч", re.I)
_RUNS = {lang: as_typed(rf"(?<!\w)((?:{word})(?:[ \t-]+(?:{word}))*)[ \t]+(?={_CURRENCY})",
                        re.I)
         for lang, word in _WORDS.items()}
#: Finnish writes the thousands apart ("kaksikymmentäkaksi tuhatta"), which the parser reads
#: only written together
_FINNISH_THOUSANDS = as_typed(r"[ \t]+(tuhatta)", re.I)


def digits_for_words(text: str) -> str:
    """``text`` with each amount written in words before its currency in digits."""
    if not _THOUSAND.search(text):  # (the common case: no thousand written out at all)
        return text
    for lang, run in _RUNS.items():
        text = run.sub(lambda m, lang=lang: _digits(m, lang), text)
    return text


def _digits(match: re.Match, lang: str) -> str:
    words = match[1]
    # (a figure's own word: "between 18 and 20 thousand euros" is the reader's to judge)
    if not _THOUSAND.search(words) or match.string[:match.start()].rstrip()[-1:].isdigit():
        return match[0]
    if lang == "fi-fi":
        words = _FINNISH_THOUSANDS.sub(r"\1", words)
    number = extract_number(words, lang=lang)
    if not number or number < 1000:
        return match[0]
    value = Decimal(str(number)).normalize()
    return f"{value:f} "

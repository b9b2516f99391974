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
    # (and spoken: "kolkytkaks tonnia" is thirty-two thousand)
    "fi-fi": r"(?:yksi|yhden|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|"
             r"kymmenen|toista|kymmentä|sataa|sata|tuhatta|tuhat|kyt|kaks|yks|viis|kuus|kol|"
             r"nel|seit|kaheks|yheks|tonnia|tonni)+",
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
_THOUSAND = as_typed(r"tuhat|tonni|tausend|tusen|thousand|тысяч", re.I)
#: spoken Finnish numbers as written Finnish: "kolkyt" is "kolmekymmentä", "kaks" "kaksi"
_SPOKEN_FINNISH = {"kol": "kolme", "kaks": "kaksi", "yks": "yksi", "nel": "neljä",
                   "viis": "viisi", "kuus": "kuusi", "seit": "seitsemän", "kaheks": "kahdeksan",
                   "yheks": "yhdeksän", "kyt": "kymmentä", "tonnia": "tuhatta", "tonni": "tuhat"}
_SPOKEN_FINNISH_PART = as_typed("|".join(sorted(_SPOKEN_FINNISH, key=len, reverse=True)), re.I)
_RUNS = {lang: as_typed(rf"(?<!\w)((?:{word})(?:[ \t-]+(?:{word}))*)[ \t]+(?={_CURRENCY})",
                        re.I)
         for lang, word in _WORDS.items()}
#: Finnish writes the thousands apart ("kaksikymmentäkaksi tuhatta"), which the parser reads
#: only written together
_FINNISH_THOUSANDS = as_typed(r"[ \t]+(tuhatta)", re.I)


#: Finnish thousands of euros in slang, the number spoken: "kolkytkaks tonnia" (the amount
#: reader takes "32 tonnia" as euros)
_TONNIA = as_typed(rf"(?<!\w)({_WORDS['fi-fi']})[ \t]+(?=tonni(?:a|\b))", re.I)


def digits_for_words(text: str) -> str:
    """``text`` with each amount written in words before its currency in digits."""
    if not _THOUSAND.search(text):  # (the common case: no thousand written out at all)
        return text
    for lang, run in _RUNS.items():
        text = run.sub(lambda m, lang=lang: _digits(m, lang), text)
    return _TONNIA.sub(_thousands_spoken, text)


def _as_written(words: str) -> str:
    """Spoken Finnish number words as written ones ("kolkytkaks" → "kolmekymmentäkaksi")."""
    return _SPOKEN_FINNISH_PART.sub(lambda m: _SPOKEN_FINNISH[m[0].lower()], words)


def _thousands_spoken(match: re.Match) -> str:
    # (not words already written: "kolme" holds the spoken "kol")
    words = _as_written(match[1]) if not re.search(
        r"kymmen|kolme|kaksi|yksi|neljä|viisi|kuusi", match[1]) else match[1]
    number = extract_number(words, lang="fi-fi")
    return f"{number} " if number and 1 <= number < 1000 else match[0]


def _digits(match: re.Match, lang: str) -> str:
    words = match[1]
    # (a figure's own word: "between 18 and 20 thousand euros" is the reader's to judge)
    if not _THOUSAND.search(words) or match.string[:match.start()].rstrip()[-1:].isdigit():
        return match[0]
    if lang == "fi-fi":
        if not re.search(r"kymmen|kolme|kaksi|yksi|neljä|viisi|kuusi|sata|tuhat", words):
            words = _as_written(words)
        words = _FINNISH_THOUSANDS.sub(r"\1", words)
    number = extract_number(words, lang=lang)
    if not number or number < 1000:
        return match[0]
    value = Decimal(str(number)).normalize()
    return f"{value:f} "

"""Patterns that also match words typed without their letters.

A partner on a borrowed keyboard or a phone set to English writes "pa mandag", "kaynti",
"Rueckmeldung", "Termin naechste Woche"; a Russian writes "еще" for "ещё". The reply
patterns are written with the letters, so each of ä, ö, ü, å, ß and ё in a pattern is
rewritten to accept what people type instead: ä as a or ae, ö as o or oe, ü as u or ue,
å as a, ß as ss, ё as е. Inside a look-behind, which must keep a fixed width, only the
one-letter spellings are accepted; a negated character class is left as it is (adding
"a" to "[^ä]" would exclude every a). Where the one-letter spelling is another word
("hätte" typed "hatte" is "had", "wären" typed "waren" is "were", "inställt" typed
"install…" is English), only the longer one is accepted.
"""

from __future__ import annotations

import re

from mailbot.inbound.literal_screen import Screened, screened

#: each letter's other spellings; the one-letter ones also go into classes and look-behinds
_SPELLINGS = {"ä": ("a", "ae"), "ö": ("o", "oe"), "ü": ("u", "ue"), "å": ("a",),
              "ß": ("ss",), "ё": ("е",),
              "Ä": ("A", "Ae", "AE"), "Ö": ("O", "Oe", "OE"), "Ü": ("U", "Ue", "UE"),
              "Å": ("A",), "Ё": ("Е",)}

#: stems whose letter typed alone spells another word: the letter is only ae, oe, ue there
_NOT_BARE = ("wär", "hätt", "würd", "könnt", "müsst", "dürft", "möcht", "schön", "zähl",
             "inställ")


def tolerant(source: str) -> str:
    """``source`` (a regular expression) with each letter of ``_SPELLINGS`` outside
    escapes and negated classes also matching its other spellings."""
    out: list[str] = []
    groups: list[bool] = []  # per open group: is it a look-behind?
    i, in_class, negated, first = 0, False, False, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            out.append(source[i:i + 2])
            i += 2
            continue
        if in_class:
            if char == "]" and i > first:  # a "]" first in a class is a literal one
                in_class = False
                out.append(char)
            else:
                out.append(char + ("" if negated else _one_letter(char)))
            i += 1
            continue
        if char == "[":
            in_class, negated = True, source[i + 1:i + 2] == "^"
            first = i + 2 if negated else i + 1
        elif char == "(":
            groups.append(source.startswith(("(?<=", "(?<!"), i))
        elif char == ")" and groups:
            groups.pop()
        elif char in _SPELLINGS:
            char = _spelled(char, fixed_width=any(groups),
                            bare=not _in_stem(source, i, _NOT_BARE))
        out.append(char)
        i += 1
    return "".join(out)


def as_typed(source: str, flags: int = 0) -> re.Pattern | Screened:
    """``re.compile`` of ``tolerant(source)``: a pattern for what people type, behind a
    screen of the words it cannot match without."""
    return screened(re.compile(tolerant(source), flags))


def _one_letter(char: str) -> str:
    return "".join(s for s in _SPELLINGS.get(char, ()) if len(s) == 1)


def _in_stem(source: str, i: int, stems: tuple[str, ...]) -> bool:
    """Whether the letter at ``i`` is part of one of ``stems`` as spelled in ``source``."""
    letter = source[i].lower()
    return any(i >= at and source[i - at:i - at + len(stem)].lower() == stem
               for stem in stems for at, char in enumerate(stem) if char == letter)


def _spelled(char: str, *, fixed_width: bool, bare: bool = True) -> str:
    others = _SPELLINGS[char] if bare else tuple(s for s in _SPELLINGS[char] if len(s) > 1)
    if fixed_width:
        single = "".join(s for s in others if len(s) == 1)
        return f"[{char}{single}]" if single else char
    return "(?:" + "|".join((char, *others)) + ")"


_OTHER_SPELLING = re.compile(r"ae|oe|ue|ss|[äöüåßё]")
_ONE_SPELLING = {"ae": "a", "ä": "a", "oe": "o", "ö": "o", "ue": "u", "ü": "u", "å": "a",
                 "ss": "s", "ß": "s", "ё": "е"}


def spelling_key(text: str) -> str:
    """``text`` lower-cased with every spelling of a letter made one ("gärna" and "garna",
    "nächste" and "naechste", "счёт" and "счет" have one key): for looking up a matched
    word in a table written with the letters."""
    return _OTHER_SPELLING.sub(lambda m: _ONE_SPELLING[m.group(0)], text.lower())

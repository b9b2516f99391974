"""Which dates does a partner's text write? Dates in five languages, relative to ``today``.

Pure functions on text (no clock: ``today`` is a parameter): numeric and written dates
("30.11.", "2045-05-02", "den 4 mars", "12 ноября"), weekdays, ordinal days, weeks ("KW 26",
"v. 19"), and loose times ("end of June", "Q3", "next month", "in two weeks"). The reply
reader takes an expected close date from them, the auto-reply reader a return date.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from functools import lru_cache

from babel.dates import get_month_names

from mailbot.inbound.typed_letters import as_typed, spelling_key

LANGUAGES = ("en", "de", "fi", "sv", "ru")

#: a weekday as a deadline: "by Friday", "bis Freitag", "perjantaihin mennessä", "senast
#: fredag", "к пятнице" (not "they decided on Monday to wait")
BY_WEEKDAY_WORDS = (
    r"(?:by|until|bis(?: spätestens)?|senast(?: på)?|till|к|до) (?:monday|tuesday|"
    r"wednesday|thursday|friday|montag|dienstag|mittwoch|donnerstag|freitag|måndag|tisdag|"
    r"onsdag|torsdag|fredag|понедельник\w*|вторник\w*|сред[еыу]|четверг\w*|пятниц[еыу])|"
    r"(?:maanantai|tiistai|keskiviikko|torstai|perjantai)hin")


@lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    """Month names as people write them in our five languages (Babel's CLDR data),
    including Finnish and Russian inflected forms ("marraskuuta", "ноября")."""
    names: dict[str, int] = {}
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, lang).items():
                    names[spelling_key(name).rstrip(".")] = number
    # keyed by spelling_key: "märz", "maerz" and "marz" are one
    names.update({"sept": 9, spelling_key("märz"): 3, spelling_key("jänner"): 1})
    return names


_NUMERIC_DATE = as_typed(
    r"(?<![\d.])(?:(?P<iy>20\d\d)-(?P<im>\d\d)-(?P<id>\d\d)|"
    r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})\.?(?:[./](?P<y>(?:20)?\d\d))?)(?![\d])")
_DAY_MONTH = as_typed(
    r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<mon>[^\W\d_]{3,12})\.?"
    r"(?:,?\s+(?P<y>20\d\d))?", re.I)
_MONTH_DAY = as_typed(
    r"(?P<mon>[^\W\d_]{3,12})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>20\d\d))?",
    re.I)


def find_dates(text: str, today: date, *, relative: bool = False) -> list[date]:
    """Every calendar date written in the text; a date without a year is the next one.
    ``relative``: also weekdays ("bis Mittwoch", the next one) and week numbers ("åter
    v. 33", its Monday), as absence notices write them."""
    found = []
    for match in _NUMERIC_DATE.finditer(text):
        if match["iy"]:
            parts = (int(match["iy"]), int(match["im"]), int(match["id"]))
        else:
            year = match["y"]
            parts = (int(year) + (2000 if len(year) == 2 else 0) if year else None,
                     int(match["m"]), int(match["d"]))
            if parts[1] > 12 >= parts[2] and match[0].count("/"):  # "08/16/2027": US
                parts = (parts[0], parts[2], parts[1])
        found.append(_date(parts, today))
    if relative:
        # a weekday alone counts only where no date is written: "vom 14.–16.6. … ab Montag
        # wieder im Büro" is away until the 16th
        found += _weeks(text, today) + ([] if found or _has_month_date(text) else
                                         _weekdays(text, today)) + _ordinal_days(text, today)
    months = _month_names()
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(text):
            month = months.get(spelling_key(match["mon"]))
            if month is not None:
                year = int(match["y"]) if match["y"] else None
                found.append(_date((year, month, int(match["d"])), today))
    return [d for d in found if d is not None]


def _has_month_date(text: str) -> bool:
    """A date written with its month's name ("8 May", "June 14th")."""
    months = _month_names()
    return any(months.get(spelling_key(m["mon"])) for pattern in (_DAY_MONTH, _MONTH_DAY)
               for m in pattern.finditer(text))


def _date(parts: tuple[int | None, int, int], today: date) -> date | None:
    year, month, day = parts
    try:
        if year is not None:
            return date(year, month, day)
        candidate = date(today.year, month, day)
        # a date of the last month is past, not next year's: "talvilomalla 19.1.–30.1.2032"
        # written on 20.1. began yesterday
        recent = today.toordinal() - candidate.toordinal() <= 31
        return candidate if candidate >= today or recent else date(today.year + 1, month, day)
    except ValueError:
        return None


#: a month named alone ("Entscheidung Ende Juni", "päätös kesäkuussa", "в июне"); English
#: "may" only after a preposition ("they may decide" names no month)
#: Finnish months' stems, January first ("kesä" + "kuu": June)
_FI_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys",
              "loka", "marras", "joulu")
_MONTH_ALONE = as_typed(
    rf"(?<![\w.])(?:(?P<fi>(?:{'|'.join(_FI_MONTHS)})kuu\w*)|"
    r"(?P<ru>январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]|июн\w*|июл\w*|"
    r"август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)|"
    r"(?:(?<=in )|(?<=of )|(?<=by )|(?<=early )|(?<=late )|(?<=mid-)|(?<=mid ))may|"
    r"(?P<word>january|february|march|april|june|july|august|september|october|november|"
    r"december|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|januari|februari|"
    r"mars|maj|augusti))(?!\w)", re.I)
_BY_WEEKDAY = as_typed(rf"(?<!\w)(?:{BY_WEEKDAY_WORDS})(?!\w)", re.I)
_FI_MONTH_KEYS = tuple(spelling_key(stem) for stem in _FI_MONTHS)
_RU_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
              "октябр", "ноябр", "декабр")
#: a quarter: "Q3", "Q3/2027", "im 3. Quartal", "tredje kvartalet", "в 3 квартале"
_QUARTER = as_typed(
    r"(?<!\w)(?:q([1-4])(?:\s?[/-]?\s?(20\d\d))?|([1-4])\.\s?(?:quartal|kvartal\w*|"
    r"neljännes\w*)|([1-4])(?:-?(?:м|й|ем))?\s?кв(?:\.|артал\w*))(?!\w)", re.I)
#: this month's or this year's end, next week or month, in a number of weeks
_MONTH_END = as_typed(r"(?<!\w)(?:end of (?:the |this )?month|monatsende|ende (?:des|dieses) "
                      r"monats|kuun loppu\w*|i slutet av (?:månaden|denna månad)|до конца "
                      r"(?:этого )?месяца|в конце месяца)(?!\w)", re.I)
_YEAR_END = as_typed(r"(?<!\w)(?:(?:the )?end of (?:the |this )?year|year[- ]end|jahresende|"
                     r"ende des jahres|vuoden loppu\w*|vuodenvaihtee\w*|årsskiftet|i slutet "
                     r"av året|до конца года|в конце года)(?!\w)", re.I)
_NEXT_WEEK = as_typed(r"(?<!\w)(?:next week|nächste[nr]? woche|ensi viiko\w*|nästa vecka|"
                      r"следующ\w+ недел\w+)(?!\w)", re.I)
_NEXT_MONTH = as_typed(r"(?<!\w)(?:next month|nächste(?:n)? monat|ensi kuussa|nästa månad|в "
                       r"следующем месяце)(?!\w)", re.I)
_IN_WEEKS = as_typed(
    r"(?<!\w)(?:in|innerhalb von|om|через|within|for|für|i|на)\s+(?P<n>\d{1,2}|two|three|four|"
    r"zwei|drei|vier|två|tre|fyra|две|три|четыре)\s+(?:weeks|wochen|veckor|недел[иь])(?!\w)|"
    r"(?P<fi>\d{1,2}|kahden|kolmen|neljän) viikon (?:päästä|sisällä|kuluttua)|"
    r"(?P<fi2>\d{1,2}|kahdeksi|kolmeksi|neljäksi) viikoksi", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "zwei": 2, "drei": 3, "vier": 4, "två": 2,
                 "tre": 3, "fyra": 4, "две": 2, "три": 3, "четыре": 4, "kahden": 2,
                 "kolmen": 3, "neljän": 4, "kahdeksi": 2, "kolmeksi": 3, "neljäksi": 4}


def loose_dates(text: str, today: date) -> list[date]:
    """The dates a closing sentence gives without a day: the last day of a month or a
    quarter named, the Friday of a week number or of next week, the last day of this or
    next month or year, today and a number of weeks."""
    found = [monday + timedelta(days=4) for monday in _weeks(text, today)]
    for match in _BY_WEEKDAY.finditer(text):  # "decision by Friday": the next Friday
        found += _weekdays(match[0], today)
    for month, part in _months_alone(text):
        first = _next_month(today, month)
        found.append(first.replace(day=_PART_DAY[part]) if part in _PART_DAY
                     else _month_end(first))
    for match in _QUARTER.finditer(text):
        quarter = int(match[1] or match[3] or match[4])
        year = int(match[2]) if match[2] else today.year
        if not match[2] and _month_end(date(year, quarter * 3, 1)) < today:
            year += 1  # "Q1" said in May is next year's
        found.append(_month_end(date(year, quarter * 3, 1)))
    if _MONTH_END.search(text):
        found.append(_month_end(today))
    if _YEAR_END.search(text):
        found.append(date(today.year, 12, 31))
    if _NEXT_WEEK.search(text):
        found.append(today + timedelta(days=11 - today.weekday()))  # next week's Friday
    if _NEXT_MONTH.search(text):
        found.append(_month_end(_month_end(today) + timedelta(days=1)))
    for match in _IN_WEEKS.finditer(text):
        count = match["n"] or match["fi"] or match["fi2"]
        found.append(today + timedelta(weeks=int(_NUMBER_WORDS.get(count.lower(), count))))
    return found


#: which part of a month named alone: its beginning or its middle (else its end)
_EARLY = as_typed(r"(?:early|beginning of|start of|anfang|zu beginn|början av|в начале|к "
                  r"началу)\s*$|^\s*(?:alussa|alkupuolella|alkuun)", re.I)
_MID = as_typed(r"(?:mid-?|middle of|mitte|mitten av|в середине|к середине)\s*$|"
                r"^\s*(?:puolivälissä|puoliväliin|puolivälin)", re.I)
_PART_DAY = {"early": 10, "mid": 15}


def _months_alone(text: str) -> list[tuple[int, str]]:
    """Each month named alone and the part of it meant: "early", "mid" or "end"."""
    months = []
    for match in _MONTH_ALONE.finditer(text):
        word = spelling_key(match[0])
        if match["fi"]:
            number = next(i for i, stem in enumerate(_FI_MONTH_KEYS, 1)
                          if word.startswith(stem))
        elif match["ru"]:
            number = next(i for i, stem in enumerate(_RU_MONTHS, 1) if word.startswith(stem))
        else:
            number = 5 if word == "may" else _month_names().get(word)
        if number is None:
            continue
        before, after = text[max(0, match.start() - 20):match.start()], text[match.end():]
        part = "early" if _EARLY.search(before) or _EARLY.match(after) else \
            "mid" if _MID.search(before) or _MID.match(after) else "end"
        months.append((number, part))
    return months


def _next_month(today: date, month: int) -> date:
    """The first day of ``month``, this year's, or next year's when it is over."""
    year = today.year if month >= today.month else today.year + 1
    return date(year, month, 1)


def _month_end(day: date) -> date:
    return day.replace(day=monthrange(day.year, day.month)[1])


def latest_date(text: str, today: date, *, relative: bool = False) -> date | None:
    """The latest date from today on within a year: an absence's end, a closing date.
    ``relative`` (an absence): without a date, also "until the end of May", "bis Ende
    nächster Woche", "for two weeks"."""
    found = find_dates(text, today, relative=relative)
    dates = [d for d in found if today <= d <= date(today.year + 1, 12, 31)]
    past = [d for d in found if today - timedelta(days=366) <= d < today]
    if relative and past and dates and min(dates) > today + timedelta(days=180) and \
            max(past) >= today - timedelta(days=60):
        # the absence's start read as next year's: "julledig 21.12-6.1 och tillbaka måndag
        # 7.1." sent on 16 January, the notice left on after it
        dates = []
    if relative and not dates and past:
        # a notice left on after the absence ("vuosilomalla 27.12.2039–6.1.2040", sent on
        # 24 January): its end is past, not "December" a year on
        return max(past)
    if relative and not dates:
        dates = [d for d in loose_dates(text, today)
                 if today <= d <= date(today.year + 1, 12, 31)]
    return max(dates, default=None)


#: weekday names in the five languages (Finnish and Russian inflected), Monday first
_WEEKDAYS = as_typed(
    r"(?<!\w)(?:(?P<d0>monday|montag|maanantai\w*|måndag\w*|понедельник\w*)|"
    r"(?P<d1>tuesday|dienstag|tiistai\w*|tisdag\w*|вторник\w*)|"
    r"(?P<d2>wednesday|mittwoch|keskiviikko\w*|onsdag\w*|сред[уаые])|"
    r"(?P<d3>thursday|donnerstag|torstai\w*|torsdag\w*|четверг\w*)|"
    r"(?P<d4>friday|freitag|perjantai\w*|fredag\w*|пятниц[уаые])|"
    r"(?P<d5>saturday|samstag|lauantai\w*|lördag\w*|суббот[уаые])|"
    r"(?P<d6>sunday|sonntag|sunnuntai\w*|söndag\w*|воскресень[ея]))(?!\w)", re.I)
#: a date right after a weekday's name: "Monday 8 May", "Montag, 8.5.", "den 8 maj"
_DATED = as_typed(r"[,.]?\s+(?:(?:the|den)\s+)?\d{1,2}(?!\d)")
_THIS_WEEK = as_typed(r"(?<!\w)(?:dieser woche|this week|den här veckan|denna vecka|tällä "
                      r"viikolla|на этой неделе)(?!\w)", re.I)
#: a day of the month alone, as an ordinal: "den 3:e", "the 3rd", "с 1-го", "1-го числа"
_ORDINAL_DAY = as_typed(r"(?<![\w.])(?:den |the |on the |с |со )?([1-9]|[12]\d|3[01])"
                        r"(?::e|:a|st|nd|rd|th|-го|-ого)(?!\w)", re.I)
#: "v. 33", "vecka 33", "KW 33", "week 33", "viikolla 33", "на 33 неделе"
_WEEK = as_typed(r"(?<!\w)(?:v\.|vecka|week|wk|kw|kalenderwoche|vk\.?|viiko(?:lla|lle|n)?|"
                 r"неде\w+)\s*"
                 r"(\d{1,2})(?!\d)", re.I)


def _weekdays(text: str, today: date) -> list[date]:
    """The next such weekday after ``today`` (this week's, today's included, when the text
    says "dieser Woche"); not a weekday that names the date written next to it ("back on
    Monday 8 May", "ti 9.5.")."""
    out = []
    for m in _WEEKDAYS.finditer(text):
        if _DATED.match(text, m.end()):
            continue
        day = next(int(k[1]) for k, v in m.groupdict().items() if v)
        ahead = (day - today.weekday() - 1) % 7 + 1
        if ahead == 7 and _THIS_WEEK.search(text, m.end(), m.end() + 60):
            ahead = 0  # "Am Donnerstag und Freitag dieser Woche" written on a Thursday
        out.append(today + timedelta(days=ahead))
    return out


#: a month's name just before (US order, "October 8th")
_AFTER_MONTH = as_typed(r"(?<!\w)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
                        r"\.?,?\s*$", re.I)


def _ordinal_days(text: str, today: date) -> list[date]:
    """A day of the month alone, the next one: "Tillbaka den 3:e", "с 1-го", "back on the
    3rd"."""
    out = []
    for m in _ORDINAL_DAY.finditer(text):
        if _AFTER_MONTH.search(text, 0, m.start()):
            continue  # "October 8th": a date with its month, read with it
        day, month, year = int(m[1]), today.month, today.year
        if day <= today.day:
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        try:
            out.append(date(year, month, day))
        except ValueError:
            continue
    return out


def _weeks(text: str, today: date) -> list[date]:
    """The Monday of each week number, this year's or, if over, next year's."""
    out = []
    for match in _WEEK.finditer(text):
        week = int(match[1])
        for year in (today.year, today.year + 1):
            try:
                monday = date.fromisocalendar(year, week, 1)
            except ValueError:
                continue
            if monday >= today - timedelta(days=6):
                out.append(monday)
                break
    return out

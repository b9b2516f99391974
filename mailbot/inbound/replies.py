"""What does the partner say? The new text of a reply, and its intent, in five languages.

Pure functions on text (no I/O, no clock: ``today`` is a parameter). Quote stripping is
done by mail-parser-reply, whose language table we extend with Finnish and Russian (it
ships en/de/sv among others); our own reply-marker line cuts first, because every email
we send starts with one; text written below or between ">" quotes counts when nothing but
a greeting or "see below" stands above them. Intent is read from the new text only, never
from the quote: a status beats accept/decline ("no luck, we lost it" is ``lost``), except
that a strong yes with an early state is an accept naming its next step; negated clauses,
steps still ahead and thanks for our offer are set aside first; contradictory or hedged
text is not guessed (``intent`` None), and a bare question is ``question``.

The deal amount is read by ``amounts`` and the dates by ``text_dates``. The word lists were
widened against the corpora written blind to this code (tests/fixtures/emails_heldout*/;
docs/inbound.md has the figures measured blind).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from babel.dates import get_month_names
from mailparser_reply import EmailReplyParser
from mailparser_reply.constants import MAIL_LANGUAGES

from mailbot.inbound.amounts import CELL_GAP, find_amount, net_column, record_sums_marked
from mailbot.inbound.customer_focus import (
    GERMAN_MONTH,
    SAME_TIME_PHRASES,
    about_customer,
    customer_naming,
    joined_wraps,
    without_other_customers,
)
from mailbot.inbound.text_dates import BY_WEEKDAY_WORDS, LANGUAGES, find_dates, loose_dates
from mailbot.inbound.typed_letters import as_typed, spelling_key

# mail-parser-reply knows en/de/sv; these two entries follow its table's format.
MAIL_LANGUAGES.setdefault("fi", {
    "wrote_header": r"^((?:> ?)*.{0,200}\skirjoitti\s*:)$",
    "from_header": r"((?:(?:^|\n|\n(?:> ?)*)[* ]*(?:Lähettäjä|Lähetetty|Vastaanottaja|Aihe|"
                   r"Päivämäärä|Kopio):[ *]*(?:\s{,2}).*){2,}(?:\n.*){,1})",
    "disclaimers": [],
    "signatures": ["Ystävällisin terveisin", "Ystävällisesti", "Parhain terveisin",
                   "Terveisin", "Terv\\.", "T\\.\\s*\\w+$"],
    "sent_from": "Lähetetty (?:iPhonesta|iPadista|Androidista|Outlookista|mobiililaitteesta)",
})
MAIL_LANGUAGES.setdefault("ru", {
    "wrote_header": r"^((?:> ?)*.{0,200}(?:написал\(а\)|написала|написал|пишет)\s*:)$",
    "from_header": r"((?:(?:^|\n|\n(?:> ?)*)[* ]*(?:От|Отправлено|Кому|Тема|Дата|Копия):"
                   r"[ *]*(?:\s{,2}).*){2,}(?:\n.*){,1})",
    "disclaimers": [],
    "signatures": ["С уважением", "С наилучшими пожеланиями", "Всего доброго"],
    "sent_from": "Отправлено (?:с|из)",
})

#: the first line of every email we send, in every language (outbound templates)
_MARKER = as_typed(
    r"^(?:>|[^\S\n])*—\s*(?:Reply above this line|Kirjoita vastauksesi|Ihre Antwort bitte oberhalb|"
    r"Skriv ovanför den här raden|Чтобы ответить письмом)", re.M)
#: quote openers in any language: forwarded/original blocks, Outlook's rule, and the
#: "<date>, Name <addr> wrote:" line of Gmail, Apple Mail and Thunderbird (whatever the
#: verb, or none, as in Gmail's Russian "<date>, Name <addr>:")
_OPENERS = as_typed(
    r"^(?:>|[^\S\n])*(?:-{3,}\s*(?:Original Message|Ursprüngliche Nachricht|Alkuperäinen viesti|"
    r"Ursprungligt meddelande|Исходное сообщение|Forwarded message|Weitergeleitete Nachricht|"
    r"Välitetty viesti|Vidarebefordrat meddelande|Пересылаемое сообщение|"
    r"Переадресованное сообщение)"
    r".*|_{10,}\s*|.{0,160}<[^<>\s]+@[^<>\s]+>.{0,40}:\s*)$", re.M | re.I)
#: a mobile client's own line ("Sent from my iPhone", Outlook mobile's "Get Outlook for iOS",
#: "Outlook für iOS beziehen", …): never the partner's words
_DEVICE_LINE = (
    # whole lines only (see _DEVICE): "Sent via Outlook the quote" is an answer
    r"sent (?:from|with|via) (?:my \w+.*|(?:mail|outlook|yahoo mail|gmail)(?: (?:for|app|"
    r"mobile)\b.*)?|\w+ for (?:ios|android|windows|iphone|ipad).*)|"
    r"von meinem .{0,40}? ?gesendet\.?|"
    r"gesendet (?:von|mit|über) (?:mail für windows|der [\w-]+ (?:mail )?app|outlook(?: für "
    r"\w+)?|[\w-]+ (?:für|for) (?:ios|android|windows|iphone|ipad))\.?|"
    r"lähetetty .{0,40}?\w+sta|"
    r"skickat från (?:min \w+.*|outlook(?: för \w+)?|mail för windows|yahoo mail.*)|"
    r"отправлено (?:с|из|через) (?:\w+ )?(?:iphone|ipad|android|samsung|galaxy|почты|"
    r"мобильн\w*|приложени\w*|яндекс|mail\.ru|outlook|телефона|смартфона).*|"
    # ("Von Outlook für iOS<https://aka.ms/o0ukef> gesendet")
    r"(?:(?:get|hanki|skaffa|hämta|holen sie sich|von|"
    r"загрузите|получить|скачать|скачайте|download) )?outlook (?:(?:for|för|für|для) )?"
    r"(?:ios|android)\S*.*")
_SIGNOFF = as_typed(
    r"^\s*(?:--\s*|(?:best|kind|warm)?\s*regards,?|thanks?,?|thank you,?|cheers,?|br,?|"
    r"(?:yours )?sincerely,?|best wishes,?|all the best,?|"
    r"mit freundlichen grüßen|viele grüße|beste grüße|mfg|gruß|grüße,?|lg|vg|"
    # "Freundliche Grüße", "Herzliche Grüße aus München", "Schöne Grüße"
    r"(?:mit )?(?:freundlich|herzlich|schön|lieb|sonnig|best)\w* grüße?(?: aus [\w ]+)?,?|"
    r"bästa hälsningar|всего доброго,?|"
    r"ystävällisin terveisin|terveisin|parhain terveisin|t\.|"
    r"med vänlig(?:a)? hälsning(?:ar)?|vänlig(?:a)? hälsning(?:ar)?|hälsningar|hälsn\.|mvh|"
    r"terv\.|"
    r"с уважением,?|с наилучшими пожеланиями|спасибо,?|/[^\W\d_]{2,20}|"
    rf"{_DEVICE_LINE})\s*$", re.I)
_DEVICE = as_typed(rf"^\s*(?:{_DEVICE_LINE})\.?\s*$", re.I)

#: an attribution line without an address ("On Tue, …, Mailbot wrote:", "Den 2026-11-25
#: kl. 09:51, skrev Mailbot:"): mutt, Thunderbird and others write the name only. (Not a
#: colleague's words quoted in the partner's own text: "Jonna … kirjoitti perjantaina:" over
#: a line in quotation marks, "”Kunden skrev på i dag.”")
_ATTRIBUTION = as_typed(
    r"^(?:>|[^\S\n])*.{0,200}\b(?:wrote|schrieb|kirjoitti|skrev|написал\(а\)|написала|написали|"
    r"написал|"
    r"писали|писала?|пишет)"
    # (no sentence ends between the verb and the colon: "the customer wrote to us directly
    # this morning. Pasting it here:" is the partner's own line)
    r"\b(?:(?![.!?]\s)[^\n]){0,120}:[ \t]*$(?!\n(?:[ \t]*\n)?[ \t]*[«\"„“”‚‘])\s*",
    re.M | re.I)

#: Gmail wraps a long attribution: "Am Mo., 21. Dez. 2026 um 10:03 Uhr schrieb Mailbot" /
#: "<leads@…>:" — the line break before the address is joined away
_SPLIT_ATTRIBUTION = as_typed(
    r"\n(?=[ \t>]*<[^<>\s]+@[^<>\s]+>[ \t]*(?:wrote|schrieb|kirjoitti|skrev|"
    r"написал\(а\)|написала|написал|пишет)?[ \t]*:[ \t]*$)", re.M | re.I)
#: a greeting on its own line: all there is above a bottom-posted answer, sometimes
_GREETING = as_typed(
    r"^\s*(?:hi|hello|dear \w+|good (?:morning|afternoon)|hallo|guten (?:tag|morgen)|"
    r"moi|moin|hei|terve|hej|god (?:morgon|dag)|добрый (?:день|вечер)|здравствуйте|привет|"
    r"grüß gott|grüss gott|servus|hejsan|tjena|moikka)"
    # (a smiley may follow it: "Hei! 🙂", "Здравствуйте, Mailbot. :)")
    r"(?:,? \w+)?[,.!]?(?:[ \t]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?|[:;]-?[)D]))*\s*$",
    re.I | re.M)
#: a last line that is only a name or initials: "-M", "/Elsa", "Stefan", "Aino K."; after a
#: dash typed small too ("ei\n\n-m" from a phone)
_SIGNED = re.compile(r"\n\s*(?:[-–—/~]\s*[^\W\d_]|[A-ZÅÄÖÜА-ЯЁ])[\w.]*"
                     r"(?:[ \t]+[A-ZÅÄÖÜА-ЯЁ][\w.]*)?\s*\Z")
#: a quoted line: "> …", or The Bat!'s and supercite's "M> …" with the writer's initials
_QUOTED = as_typed(r"\s*(?:[^\W\d_]{1,3})?>")
#: "see below": the answers are written between the quoted lines
SEE_BELOW = as_typed(
    r"\b(?:see below|answers? below|comments? below|inline|siehe unten|antworte?n? unten|"
    r"vastaus alla|vastaukset alla|kommentit alla|svar nedan|se nedan|kommentarer nedan|"
    r"ответ(?:ы)? ниже|см\.? ниже|комментарии ниже|вопрос(?:ы)? ниже|в тексте|"
    # "вопросы вписала прямо в текст", "answers typed into your mail"
    r"в текст|into (?:the|your) (?:text|e-?mail|mail)|in (?:den|ihren) text|in i texten|"
    r"tekstiin|"
    r"tekstin seassa|alla|alle|nedan|ниже|im text|unten|välissä|väliin|"
    # "see my question below", "kysymys alempana", "frågan längre ner"
    r"below|alempana|alempaa|längre (?:ner|ned)|weiter unten)\b", re.I)

_PARSER = EmailReplyParser(languages=list(LANGUAGES))


def points_at_what_follows(text: str) -> bool:
    """The partner's text sends the reader below it: "see below", or a line announcing what
    follows ("Kunden svarade i morse:", "Pasting it here:")."""
    return bool(SEE_BELOW.search(text)) or text.rstrip().endswith(":")


#: four or more blank lines in a row: kept as three, for the quote parser's signature
#: pattern scans every run of blank lines from each of its lines (a paste of 100,000 blank
#: lines took hours)
_BLANK_RUN = re.compile(r"\n(?:[^\S\n]*\n){4,}")


def new_text(body: str) -> str:
    """The partner's own words: quotes, our marker, headers and signatures removed. Text
    written above the quote (top-posting), else text written below or between
    ``>``-quoted lines (bottom-posting, inline answers)."""
    body = _SPLIT_ATTRIBUTION.sub(" ", body.replace("\r\n", "\n").replace("\u00a0", " "))
    body = _BANNER.sub("", _BLANK_RUN.sub("\n\n\n\n", body), count=1)
    cut = [m.start() for m in (_MARKER.search(body), _OPENERS.search(body),
                               _ATTRIBUTION.search(body)) if m]
    top = body[:min(cut)] if cut else body
    try:
        text = _PARSER.parse_reply(text=top) or ""
    except Exception:  # a regex edge case in the library must not lose the mail
        text = top
    # Only when nothing stands above the quote, or only "see below": in a top-posted
    # reply, lines below it are the quoted original, sometimes wrapped without their ">".
    own = _without_contact_block(_until_signature(text.split("\n")))
    if not _GREETING.sub("", own).strip(" ,.!\n"):  # nothing, or only "Добрый день."
        answer = _answers_between_quotes(body) or _after_our_footer(body)
        below = _answer_below(answer)
        # (a postscript under the signature of an answer written below the quote too)
        later = _correction_below(_after_last_quote(body), body) if below else ""
        later = "" if later and later.strip() in below else later
        return "\n".join(part for part in (own, below, later) if part)
    if len(own) < 200 and SEE_BELOW.search(own):
        below = _answer_below(_answers_between_quotes(body))
        return "\n".join(part for part in (own, below) if part)
    later = _correction_below(text, body)
    return f"{own}\n\n{later}" if later else own


def _after_last_quote(body: str) -> str:
    """The lines below the last ">"-quoted one: an answer written under the quote."""
    lines = body.replace("\r\n", "\n").split("\n")
    last = max((i for i, line in enumerate(lines) if line.startswith(">")), default=-1)
    return "\n".join(lines[last + 1:])


def _correction_below(text: str, body: str) -> str:
    """A correction written below the answer: after the signature ("Viele Grüße … ¶ Gerade
    kam die Bestellung rein - vergessen Sie den Satz oben: …") or under the writer's own
    line quoted back ("> tapaaminen on sovittu ensi viikolle. ¶ Ei, tuo on väärin, …")."""
    lines = text.split("\n")
    signed = next((i for i, line in enumerate(lines) if i and _SIGNOFF.match(line)), None)
    after = []
    if signed is not None:
        rest = "\n".join(lines[signed + 1:])
        # a postscript under the name and contact lines: "PS. Soitin vielä ennen kuin painoin
        # lähetä: asiakas valitsi toisen toimittajan", "Nachtrag 11:40: Kunde hat abgesagt"
        if (postscript := _POSTSCRIPT.search(rest)) is not None:
            return re.split(r"\n\s*\n", rest[postscript.start():].strip(), maxsplit=1)[0]
        after = re.split(r"\n\s*\n", rest, maxsplit=1)[1:]  # past the name and contact lines
    for part in (*after, _answers_between_quotes(body)):
        part = _until_signature(part.strip().split("\n"))
        if part and _CORRECTED.search(part[:160]):
            return part
    return ""


#: a postscript's opening: "PS.", "P.S.:", "Nachtrag 11:40:", "Tillägg:", "Lisäys:", "П.С."
_POSTSCRIPT = as_typed(r"^[ \t]*(?:p\.?[ \t]?s\.?(?=[\s:,])|nachtrag\b|tillägg(?=\s*[:\d])|"
                       r"lisäys(?=\s*[:\d])|п\.?[ \t]?с\.?(?=[\s:])|постскриптум\b)", re.I | re.M)
#: a forwarded message's header lines, in the clients' languages ("> Von: Thomas Huber <…>",
#: "Från: Linnea Berg <…>", Thunderbird's "From: \tTomi Laakso <…>")
_HEADER_LINE = as_typed(
    r"^[ \t]*(?:>[ \t]?)*(?P<key>From|Von|Från|Lähettäjä|От|Sent|Date|Datum|Gesendet|Skickat|"
    r"Lähetetty|Päivämäärä|Отправлено|Дата|To|An|Till|Vastaanottaja|Кому|Cc|Kopie|Kopio|Kopia|"
    r"Копия|"
    r"Subject|Betreff|Ämne|Aihe|Тема):[ \t]*(?P<value>.*)$", re.I)
_FROM_KEYS = {"from", "von", "från", "lähettäjä", "от"}


def forwarded_answer(body: str) -> str:
    """The newest message of a chain forwarded under the partner's line ("siehe Thomas'
    Nachricht unten", "se Linneas mejl nedan"): a colleague's answer, when the first
    forwarded header block is not our own mail. Its text, without quote marks, header
    lines or signature; "" when there is none."""
    lines = body.replace("\r\n", "\n").replace("\u00a0", " ").split("\n")
    for i in range(len(lines)):
        if _NOTE_SEPARATOR.match(lines[i]):  # "-----Notiz Wimmer-----": a colleague's note
            return _quoted_message(lines[i + 1:])
        block = _header_block(lines, i)
        if block is None:
            continue
        end, sender = block
        if not sender or re.search(r"leads@|mailbot", sender, re.I):
            return ""
        return _quoted_message(lines[end:])
    return ""


#: a colleague's note pasted below its own line: "-----Notiz Wimmer-----", "--- Jarin muistiinpanot
#: ---" (not a client's "-----Original Message-----" or "---------- Forwarded message ---------")
_NOTE_SEPARATOR = as_typed(
    r"^[ \t]*-{3,}[ \t]*(?![ \t-])(?!(?:original|ursprüngliche|alkuperäinen|originalmeddelande|"
    r"ursprungligt|"
    r"исходное|пересылаемое|forwarded|weitergeleitete|välitetty|vidarebefordrat)\b)"
    r"[^-\n]{2,40}?[ \t]*-{3,}[ \t]*$", re.I)


def own_earlier_mail(body: str, sender: str, name: str = "") -> str:
    """The partner's own earlier mail quoted below a follow-up ("sorry typo!! the quote is
    12,8k € not 2,8k", "поправка: не в четверг а в пятницу", "I forgot the amount: …"): the
    text under the first attribution line or header block that names ``sender`` (or the
    sender's display ``name``: "04.05.2040 09:30, Juha Heikkinen пишет:"); "" when the first
    quoted mail is not the sender's."""
    lines = body.replace("\r\n", "\n").replace("\u00a0", " ").split("\n")
    for i, line in enumerate(lines):
        block = _header_block(lines, i)
        if block is None and not _ATTRIBUTION.match(line) and not _ADDRESS_LINE.match(line):
            continue
        by = (block[1] if block else line).lower()
        end = block[0] if block else i + 1
        own = sender.lower() in by or bool(name.strip()) and name.strip().lower() in by
        return _quoted_message(lines[end:]) if own else ""
    return ""


#: an attribution line without a verb, as Gmail writes it in Russian: "чт, 3 мая 2040 г. в
#: 09:00, Mikko Rantanen <mikko@fi-gold.example>:"
_ADDRESS_LINE = as_typed(r"^[ \t>]*[^\n<>]{0,200}<[^<>\s@]+@[^<>\s]+>:[ \t]*$")


def opens_quoted_mail(line: str) -> bool:
    """A line that opens a quoted or forwarded mail: one of its header lines ("Von: …",
    "Lähettäjä: …") or an attribution ("… skrev Mailbot:", "чт, 3 мая …, Mikko <mikko@…>:")."""
    return bool(_HEADER_LINE.match(line) or _ATTRIBUTION.match(line) or _ADDRESS_LINE.match(line))


def _quoted_message(lines: list[str]) -> str:
    """One quoted message's text, without quote marks, header lines or signature, up to
    the mail it quotes in turn."""
    kept: list[str] = []
    for text in lines:
        text = re.sub(r"^[ \t]*(?:>[ \t]?)*", "", text).rstrip()
        if opens_quoted_mail(text) or _MARKER.match(text) or _OPENERS.match(text):
            break
        kept.append(text)
    return _SIGNED.sub("", _answer_below(_until_signature(kept))).strip()


#: a mail that corrects or completes the partner's own mail before it: a typo, the amount
#: forgotten, a line added ("Nachtrag:", "Ja vielä:", "glömde säga en sak")
CORRECTION_NOTE = as_typed(
    r"(?<!\w)(?:correction|sorry,? typo|typo|autocorrect|fat fingers|korrektur|tippfehler|"
    r"vertippt|autokorrektur|korjaus|kirjoitusvirhe|lyöntivirhe|rättelse|felskrivning|"
    r"skrivfel|autokorrigering|поправка|опечатк\w*|автозамена|исправляю|уточнение|"
    r"(?:i )?forgot(?: to (?:say|mention|add))?|one more thing|addendum|nachtrag|vergessen|"
    r"noch was|unohtui|unohdin|unohtu\w*|ja vielä|lisäys|glömde|glömt|tillägg|en sak till|"
    r"забыл\w*|забыла|добавлю|ещё одно|еще одно)(?!\w)", re.I)


def _header_block(lines: list[str], start: int) -> tuple[int, str] | None:
    """(the line after it, the sender) when a forwarded message's header block of at
    least three lines, one of them its sender, starts at ``start``."""
    sender, i = None, start
    while i < len(lines) and (match := _HEADER_LINE.match(lines[i])):
        if match["key"].lower() in _FROM_KEYS:
            sender = match["value"]
        i += 1
    return (i, sender or "") if i - start >= 3 and sender is not None else None


def _answer_below(text: str) -> str:
    """The answer found below the quote without its signature block and disclaimer, which
    it has as a top-posted one does."""
    return _without_contact_block(_without_disclaimer(text))


#: what the partner's mail server puts above their words: an external-sender warning
#: ("CAUTION: This email originated from outside …", "ACHTUNG: … externen Absender …") and
#: Microsoft's "You don't often get email from …" tip, in our five languages
_BANNER = as_typed(
    r"\A\s*(?:\[?(?:external|extern|ulkoinen|extern)(?: e-?mail| sender)?\]:?\s*)?"
    r"(?:(?:caution|warning|external|achtung|hinweis|vorsicht|warnung|huom(?:io)?|varoitus|"
    r"varning|obs|внимание|осторожно)!?:?\s"
    r"(?=[^\n]{0,120}?(?:outside|external|externen?|ulkopuol|ulkoinen|utanför|extern|внешн))"
    r"(?:.|\n(?!\s*\n)){0,500}(?:sender|content is safe|absender\w*|lähettäjä\w*|"
    r"avsändar\w*|отправител\w*)[^.\n]*\.?|"
    r"(?:you don'?t often get email from|sie erhalten nicht oft e-?mails? von|et saa usein "
    r"sähköpostia|du får inte ofta e-?post från|вы нечасто получаете (?:письма|почту) от)"
    r"[^\n]*?(?:learn why this is important|erfahren sie, warum dies wichtig ist|lue, miksi "
    r"tämä on tärkeää|läs om varför det här är viktigt|узнайте, почему это важно|\n))\s*",
    re.I)


def _until_signature(lines: list[str]) -> str:
    kept: list[str] = []
    for line in lines:
        if _QUOTED.match(line):
            break
        if _DEVICE.match(line):
            continue  # "Sent from my iPhone" says nothing, wherever it stands
        if _SIGNOFF.match(line) and kept:
            break
        kept.append(line.rstrip())
    return "\n".join(kept).strip()


def _without_contact_block(text: str) -> str:
    """The text without a signature that has no sign-off line: from a name alone on its
    line (or a phone or web line) on, short lines only, with a phone, an e-mail address,
    a web site or a register entry among them ("Stammkapital 25.000 €" is no deal
    amount). The first line is never taken for one, nor a line that mentions an address
    in a sentence ("Angebot ging an einkauf@kunde.example"). A legal disclaimer under it
    goes with it."""
    lines = _without_disclaimer(text, keep=1).split("\n")
    cut, contact = None, False
    for i in range(len(lines) - 1, 0, -1):  # from the end up: the earliest start wins
        line = lines[i].strip()
        if not line:
            continue
        if len(line) > 90 or (_SENTENCE_LINE.match(line) and not _CONTACT.search(line)
                              and not _is_disclaimer(line)):
            # a signature has short lines only, and no sentence: what stands above one ("So
            # we're meeting them on Thursday.", under a table of CRM rows) is the message
            break
        contact = contact or bool(_CONTACT.search(line))
        if contact and (_is_name(line) or _CONTACT_LINE.match(line) or
                        ("|" in line and _CONTACT.search(line))):  # "Eero | Oy | www.…"
            cut = i
    return "\n".join(lines if cut is None else lines[:cut]).strip()


def _without_disclaimer(text: str, keep: int = 0) -> str:
    """The text without the legal disclaimer at its end, a paragraph of its own or right
    under the last line ("Aino¶Diese E-Mail enthält vertrauliche …", as a server appends
    it), keeping at least ``keep`` lines."""
    lines = text.strip().split("\n")
    while len(lines) > keep and len(lines[-1]) > 60 and _is_disclaimer(lines[-1]):
        lines.pop()
    paragraphs = re.split(r"\n[ \t]*\n", "\n".join(lines))
    # (one that starts so: "ne vyshlo :( …¶Tämä sähköpostiviesti … on luottamuksellinen" is
    # an answer with the disclaimer under it)
    while len(paragraphs) > keep and _is_disclaimer(_FIRST_SENTENCE.match(paragraphs[-1])[0]):
        paragraphs.pop()
    return "\n\n".join(paragraphs)


_FIRST_SENTENCE = as_typed(r"(?s).*?(?:[.!?](?=\s)|$)")


def _is_disclaimer(text: str) -> bool:
    return bool(_DISCLAIMER.search(text) and _ABOUT_MAIL.search(text))


def _is_name(line: str) -> bool:
    """A name alone on its line, not two capitalised words of a report ("Closed Won")."""
    return bool(_NAME_LINE.match(line)) and not any(
        pattern.search(line) for words in _PATTERNS.values() for pattern in words.values())


#: a legal disclaimer paragraph, in our languages
_DISCLAIMER = as_typed(
    r"confidential|intended (?:solely |only )?for|received (?:it|this (?:e-?mail|message)) in "
    r"error|vertraulich|irrtümlich|luottamuksell|erehdyksessä|konfidentiell|av misstag|"
    r"конфиденциальн|по ошибке", re.I)
#: a disclaimer speaks of the mail itself ("our price stays confidential until the tenders
#: are opened" is the partner's news, not a disclaimer)
_ABOUT_MAIL = as_typed(
    r"e-?mail|message|recipient|nachricht|empfänger|viesti|vastaanotta|meddelande|mottagare|"
    r"письм|сообщени|получател|adressat", re.I)
#: a person's name alone on its line: "Stefan Huber", "Dr. Juha Mäkelä", "Ээро Лахти" (not a
#: table's head, its columns spaced apart: "Fråga                 Svar")
_NAME_LINE = as_typed(
    r"^(?:Dr\.?\s+)?[A-ZÄÖÜÅА-ЯЁ][\w'’-]+(?:[ \t]{1,2}[A-ZÄÖÜÅА-ЯЁ][\w'’.-]+){1,3}$")
#: a line that is a sentence of four words or more
_SENTENCE_LINE = as_typed(r"^(?:\S+\s+){3,}\S*[^\W\d][.!?]$")
#: a line that starts with contact details
_CONTACT_LINE = as_typed(r"^(?:tel|tfn|phone|fon|mob|gsm|puh|fax|тел|моб|e-?mail|www\.|"
                         r"https?://|\+\d)", re.I)
#: what only contact details hold: a phone, an e-mail address, a web site, a register entry
_CONTACT = as_typed(
    r"(?:\b(?:tel|tfn|phone|fon|mob|mobile|gsm|puh|fax|тел|моб)\w*\.?:?\s*\+?\(?\d|"
    r"\+\d{1,3}[\s(]*\d|[\w.+-]+@[\w-]+\.[\w.]+|\bwww\.|https?://|"
    r"\b(?:HRB|Amtsgericht|Handelsregister|Geschäftsführer\w*|Stammkapital|USt-?Id\w*|"
    r"Y-tunnus|Org\.?\s?nr|ИНН|КПП|ОГРН|Share capital|Business ID|VAT (?:no|number|reg))\b)",
    re.I)


def _answers_between_quotes(body: str) -> str:
    """Unquoted text after ``>``-quoted lines: a bottom-posted or inline answer. Outlook's
    unprefixed quotes never get here (they have no ``>`` lines before the original)."""
    lines = body.split("\n")
    first = next((i for i, line in enumerate(lines) if _QUOTED.match(line)), None)
    if first is None:
        return ""
    kept: list[str] = []
    padded = ["", *lines, ""]
    for i in range(first + 1, len(lines) + 1):
        above, line, below = padded[i - 1:i + 2]
        if _QUOTED.match(line) or _ATTRIBUTION.match(line) or _quote_tail(above, line, below):
            continue
        if kept and _OPENERS.match(line) and re.match(r"\s*(?:-{3}|_{10})", line):
            break  # a forwarded note under the answer ("-------- Forwarded Message ---")
        if kept and (header := _HEADER_LINE.match(line)) and header["key"].lower() in _FROM_KEYS:
            break  # the mail replied to, unprefixed under a pasted quote ("Von: Mailbot <…>")
        if line.rstrip() in ("--", "-- ", "__") or (_SIGNOFF.match(line) and kept):
            break  # the signature: nothing after it is an answer
        kept.append(line.rstrip())
    return "\n".join(kept).strip()


def _quote_tail(above: str, line: str, below: str) -> bool:
    """Whether ``line`` is the end of the quoted line above it, wrapped by a client that
    does not quote the wrapped part again ("> Or reply in your own words, e.g. "contacted,
    meeting next¶week" or "won, 12 500 EUR".¶>"): the line above broke at a space it kept
    (format=flowed), or it is long and stops mid-sentence, and the line goes on in lower
    case with the quote right under it. An answer typed under a quoted question is
    neither."""
    if not _QUOTED.match(above) or not line.strip():
        return False
    quoted = _QUOTED.sub("", above, count=1)
    return quoted.endswith(" ") and bool(quoted.strip()) or (
        len(above) >= 60 and not re.search(r"[.!?:]\s*$", above) and line[:1].islower()
        and bool(_QUOTED.match(below)))


#: the end of our own emails: "--", "Reference: L-12", the "Sent by …" line and, in
#: summaries, the unsubscribe line (base.txt, in the five languages)
_OUR_FOOTER = as_typed(
    r"^(?:Reference|Referenz|Viite|Referens|Номер лида): L-\d+[ \t]*\n[^\n]*\n"
    r"(?:[^\n]*https?://\S+/l/unsubscribe/\S*[ \t]*\n)?", re.M)


def _after_our_footer(body: str) -> str:
    """An answer written after a whole forwarded copy of our email: what follows its
    footer, up to the signature."""
    ends = [m.end() for m in _OUR_FOOTER.finditer(body)]
    if not ends:
        return ""
    return _until_signature(body[ends[-1]:].strip("\n").split("\n"))


# --- intent ---------------------------------------------------------------------------------

#: "pass" as a refusal, not forwarding: "I will pass them on to him"
_PASS = (r"pass(?! (?:it|them|this|that|these|those|(?:the )?(?:details|info\w*|lead)) on\b)"
         r"(?! on to\b)")
#: a Russian refusal word, not machines failing: "в мороз отказывают насосы и котлы"
_RU_REFUSAL = r"отказ\w*(?!\w)(?! (?:насос|котл|оборудовани|техник|систем|компрессор|двигател))"
#: a Swedish "take" not negated after it: "Den här tar vi inte" refuses
_SV_NOT = r"(?! (?:\w+ )?(?:inte|int|ej)\b)"
#: a stretch within one sentence (the dots of "23.760,00 €", "9.12." and "exkl. moms" do not
#: end it)
_IN_SENTENCE = r"(?:[^.!?\n]|(?<=\d)\.|\.(?=\d|\s[a-zäöåа-я]))"
#: the lead left to another partner, a decline word and the other branch of a conditional
#: yes (``_HAND_ON``) alike: "någon annan får ta den här", "joku pohjoisempi kumppani saa tämän"
_SOMEONE_ELSE_TAKES_SV = (r"(?:låt någon annan|någon annan (?:får|fick|måste|kan)) ta (?:den|det|"
                          r"leadet|hand om)")
_SOMEONE_ELSE_TAKES_FI = (r"joku (?:muu|\w+(?:mpi|mpaa)) (?:kumppani )?(?:ottaa|saa) "
                          r"(?:tämän|sen|tän)")


def _alone(word: str, thanks: str) -> str:
    """``word`` as a whole answer: at its line's end, before a mark, or before the thanks
    ("nej⏎sorry, glömde svara", "Ei, kiitos.", "нет спасибо")."""
    return rf"{word}(?=[ \t]*\n|\s*(?:[,.!;:–—-]|$|{thanks}))"


#: per language, strongest status first: a won deal is reported even if "meeting" appears too
WORDS: dict[str, dict[str, list[str]]] = {
    "en": {
        "won": [
            # the customer's order number arrived: "order number 4471-B, £23,900 net"
            r"(?<!waiting for )(?<!for )(?<!need )(?:the |their )?(?:order|po|"
            r"purchase order) (?:number|no\.?|#) ?[\w/-]*\d",
                # "We've got it! 11 000 EUR." (not "we've got it on our list"), "Order in, 4 750
                # EUR."
                r"(?:we'?ve|we have) got (?:it|the (?:order|job|contract|deal))"
                r"(?=\s*(?:[!.,;–—-]|$))",
                r"(?:^|(?<=\n))(?:the )?order(?:'s| is)? in(?=\s*(?:[!.,:;–—-]|$))",
                # plain forms: "The order is ours.", "They awarded us the contract.", "Deal
                # done.", "They bought from us.", "The order came through this morning."
                r"(?:the )?(?:order|deal|job|contract|project|tender) is ours",
                r"(?<!\w)(?:order|deal|job|contract|project|tender)'s ours",
                # "They are going ahead with our quote." (not "not going ahead")
                r"(?<!not )(?<!n't )(?:going|go|decided to go) ahead with (?:our|us\b)",
                r"awarded us (?:the |a |this |that )?(?:contract|order|job|deal|project|tender)",
                r"deal (?:is )?done\b(?! yet)",
                r"bought (?:it |them |the \w+ )?(?:from|through) us\b",
                r"order (?:came|has come) through",
                r"letter of award (?:\w+ ){0,2}?(?:came|has come|arrived|is in|'s in)",
                # "PO came thru this morning from their US parent, $38,400 net"
                r"(?:po|p\.o\.|purchase order)(?: \w+)? (?:came|has come|'s come|is|arrived)"
                r"(?: in)?(?: thru| through| in)",
                # "Carrow's purchasing office … countersigned our quotation on Friday"
                r"countersign(?:ed|s) (?:our|the) (?:quotation|quote|offer|proposal|contract|"
                r"order)",
                # "we invoiced them for the whole delivery yesterday"
                r"invoiced (?:them|the customer|\w+) (?:\w+ ){0,2}?for the (?:whole |full )?"
                r"(?:delivery|job|installation|order)",
                # "Donau Logistik made a call-off under their framework agreement with us"
                r"(?:made|placed|sent) (?:us )?a call-off",
                r"call-off (?:order )?(?:under|against|from) "
                r"(?:their|the|our) framework",
                r"(?<!who )(?<!that )(?<!which )won", r"closed[- ]won",
                # "The 30 % down payment from Lapin Kala landed on our account yesterday"
                rf"down ?payment\b{_IN_SENTENCE}{{0,50}}?\b(?:landed|arrived|came in|was paid|"
                r"is paid|"
                r"received)|(?:received|got) (?:the |their )?down ?payment",
                # "It landed this morning - 30 % of EUR 24,300 + VAT" (the deposit)
                r"(?:the )?deposit (?:has )?(?:landed|arrived|came in|was paid)",
                r"deposit\b[^!?]{0,80}?\bit (?:has )?(?:finally )?(?:landed|arrived|came in)",
                r"(?:down ?payment|advance payment) (?:has )?(?:landed|arrived|came in)",
                r"(?:the |our |their )?invoice (?:[\w€,.]+ ){0,6}?(?:went out|has gone out|"
                r"was sent)",
                # "Lohja said yes! The swimming hall is ours" (not "said yes to a meeting")
                r"(?:customer|client|they|he|she|[A-Z][a-zäöå]+) said yes(?! to (?:a |the |our )?"
                r"(?:meeting|visit|call|demo))",
                # "… both lost to the local electrician, but this one came through"
                r"this one came through",
                # public tenders: the award decision, even while its appeal period runs
                r"(?:we are|we're|we were) (?:now )?the (?:selected|chosen|preferred|winning) "
                r"(?:supplier|bidder|vendor|tenderer|contractor)",
                r"decision went our way", r"awarded (?:the (?:contract|tender) )?to us",
                r"we (?:were|have been) awarded", r"won the tender",
                r"deal (?:is )?(?:closed|signed)", r"signed",
                r"got the (?:order|deal|contract|job)", r"order received",
                r"(?:got|received|won) (?:the |a |their )?"
                r"(?:po|purchase order|order|deal|contract|tender)",
                r"(?:they|customer|client) (?:signed|placed (?:the|an|their) order)",
                # "It arrived on Friday: Vaasa Marine ordered vibration monitoring …" (not
                # samples, a demo or a quote; not what we ordered)
                # (not a condition: "if it has to be ordered before then")
                r"(?<!we )(?<!i )(?<!we've )(?<!i've )(?<!to )(?<!not )(?<!never )(?<!be )ordered"
                r"(?! (?:a |an |the |some |\w+ )?(?:samples?|demo|quote|quotation|brochures?|"
                r"catalogues?|trial|test|more information|info|price))",
                r"(?:they|customer|client) (?:has|have) (?:\w+ )?(?:signed|ordered)",
                r"order (?:is |was |has been )?confirmed", r"confirmed (?:the|their) order",
                r"po (?:came through|came in|arrived|received|is in)", r"(?:got|received) the po",
                r"closed the deal", r"order is in", r"it'?s a win",
                r"put pen to paper",
                r"signed on the dotted line",
                r"in the bag", r"order value(?: \w+){0,2}:? ?(?:€|eur )?\d[\d.,]*",
                # ("Calder paid the 30% deposit invoice on Wednesday")
                r"paid (?:the |their )?(?:\d+ ?% )?(?:deposit|down payment|advance|first invoice)",
                r"paid (?:our|the|their) (?:\w+ )?invoice",
                r"it'?s ours",
                r"(?:order|po) (?:came|is|has come) in",
                r"we got it",
                r"accepted (?:our|the) (?:\w+ )?(?:quote|quotation|offer|proposal)",
                # "we sent the quote in December, and last week the customer accepted it"
                r"(?:customer|client|they) (?:has |have )?(?:accepted|approved) it"
                r"(?!,? (?:that|but|as))",
                # asked for the bank details to pay: "so they can pay the invoice"
                r"asked for our bank (?:details|account)", r"pay (?:the|our) invoice",
                # "this closed on Tuesday" (not "mark it closed"); "their PO is already in"
                r"(?:this|it|that)(?: one)? (?:has )?closed (?:on|last|yesterday|today|this)\b",
                r"po is (?:already )?in(?: our system)?",
                r"(?:sent|placed|issued|signed) (?:us )?(?:their|the|a) "
                r"(?:purchase order|po|order)",
                r"(?:customer|client|they) (?:made|gave us|placed) (?:the|an|their) order"],
        "lost": [
            # the new owners' own contract; everything we would have supplied done by others
            r"the new owners?\b[^.!?]{0,40}?\b(?:already )?(?:has|have) (?:a |"
            r"their own )?(?:contract|agreement|supplier)",
            r"(?:covers|does|did|has done) everything we would have (?:put in|installed|supplied|"
            r"offered|done|fitted)",
            # "you can close this one, sadly"
            r"you can (?:\w+ )?close (?:it|this(?: one)?|that(?: one)?|"
            r"the lead)(?! for)(?![^.!?\n]{0,30}?\b(?:as won|als gewonnen|som vunn|voitettuna|"
            r"как (?:выигранн|успешн)))",
                 # "The dairy in Plymouth didn't go our way."
                 r"(?:didn'?t|did not) go our way",
                 # "Gone to another supplier."
                 r"gone (?:to|with) (?:an ?other|a different|a competing|a rival|"
                 r"the competitor'?s?) (?:supplier|company|firm|installer|integrator|competitor|"
                 r"partner)",
                 r"gone to (?:a|the) competitor",
                 r"lost", r"closed[- ]lost", r"chose (?:a |the )?competitor", r"went with",
                 # plain forms: "They decided not to go ahead.", "The customer isn't going
                 # ahead with it.", "They've decided against it.", "Customer cancelled."
                 r"(?:decided|chose|opted) not to (?:go ahead|proceed|go forward)",
                 r"(?:isn'?t|is not|aren'?t|are not|won'?t be|will not be|not) (?:going ahead|"
                 r"proceeding)(?! yet)",
                 r"decided against (?:it|the (?:project|purchase|upgrade|order|investment))",
                 # (not a meeting called off: "They cancelled Tuesday's meeting")
                 # (not another lead's: "That one they cancelled, the whole project was
                 # postponed")
                 r"(?:the )?(?:customer|client) (?:has )?cancell?ed(?![^.!?\n]*(?:meeting|call|"
                 r"visit|appointment|demo|survey))",
                 r"they(?:'ve| have)? cancell?ed (?:the|their) (?:project|order|tender|plans?|"
                 r"purchase)",
                 # the customer did it without us: "They did the measurements themselves."
                 r"(?:they|the customer|the client|customer|client) (?:\w+ ){0,2}?(?:did|have done|"
                 r"'ve done|handled|sorted|installed) (?:it|the \w+|the job|the work|everything)"
                 r"(?: \w+){0,2}? (?:themselves|in-house|itself)\b",
                 # "The customer shelved the project."
                 r"shelved (?:the|their|this|that) (?:\w+ )?(?:project|plans?|order|upgrade|"
                 r"investment|purchase)",
                 # "Marlow's gone, I'm afraid – the machine shop bought a package through their
                 # existing Siemens integrator"
                 r"\w+'s gone,? (?:i'?m afraid|sadly|unfortunately)",
                 r"bought (?:\w+ ){0,3}?(?:through|from|via) (?:their|its|an?|the) (?:existing |"
                 r"own |usual |regular |other )?(?:\w+ )?(?:integrator|supplier|installer|"
                 r"contractor|distributor)",
                 # "Northgate are closing for good … there's nothing left to sell them"
                 r"closing (?:down )?for good", r"nothing (?:left )?to sell (?:them|to them)",
                 # "… can fit float switches for a third of our price. So thats the end of
                 # that one."
                 r"that'?s the end of (?:that|this|it)(?: one)?\b",
                 r"went to (?:an ?other|a different) (?:company|firm|supplier|installer)",
                 r"took a cheaper (?:offer|quote|bid)",
                 r"nothing (?:more |else )?for us (?:to do )?(?:there|here)",
                 # "we are no longer needed there" (the customer does it in-house)
                 r"we(?:'re| are) (?:not|no longer) needed (?:there )?(?:any ?more)?",
                 # "they didn't choose us but a local electrician"
                 r"(?:didn'?t|did not) (?:choose|pick|go with) us\b(?! yet)",
                 # "Either way, they won't be needing us for this one."
                 r"(?:won'?t|will not|don'?t|do not|doesn'?t|does not) (?:be )?need(?:ing)? us",
                 # "the deal didn't happen" ("Сделка не состоялась")
                 r"(?:the )?(?:deal|sale|order) (?:didn'?t|did not|never) (?:happen|go through|"
                 r"come (?:off|through))",
                 # "Our EUR 9,600 offer never stood a chance"
                 r"never stood a chance",
                 # "They're going with his old employer's kit", "our quote can go in the drawer"
                 r"(?:they'?re|they are|they'?ll be) going with (?!us\b)",
                 r"quote (?:can|could) go in the drawer",
                 # "they have decided not to go with us … our offer is off the table"
                 r"(?:decided|chose|opted) not to go with us",
                 # "So that's a no from the customer, and I'm writing it off on our side."
                 r"(?:that'?s|it'?s) a (?:\w+ )?no from (?:the customer|the client|them)",
                 # (not "Don't write this one off just because they've gone quiet")
                 r"(?<!n't )(?<!not )(?<!never )writ(?:e|ing) (?:it|this(?: one)?|the lead|the "
                 r"deal) off",
                 # "They bought the cheapest transmitters … so there's nothing left for us"
                 r"(?:there'?s|there is) nothing left for us",
                 # "Long story short: the framework wins, we don't."
                 # (not a habit: "The competitor wins on price every time, but this one …")
                 r"(?:the )?framework(?: agreement)? wins\b|(?:the )?(?:competitor|competition) "
                 r"wins (?:it|this one|the (?:order|deal|contract|job|tender))\b",
                 r"(?:our|the) (?:offer|quote|proposal) is off the table",
                 r"(?:chose|picked|went for) the cheapest (?:offer|quote|bid|option)",
                 # "Tampere Metal Works dropped the whole project"
                 r"dropped (?:the |their )?(?:whole |entire )?(?:project|plans?|idea)",
                 r"froze (?:all |their )?(?:\w+ )?investments?",
                 r"(?:handed|gave|awarded) (?:the )?(?:whole )?(?:job|project|contract|order|"
                 r"work|tender) to(?= (?!us\b))",
                 r"awarded to (?:another|a different|the other) (?:bidder|tenderer|supplier)",
                 r"nothing (?:more|else) (?:to do|we can do) (?:on|with|for) (?:this|that)",
                 r"(?:this one|the deal|the lead) is over",
                 r"must buy from (?:the |their )?(?:\w+ )?(?:supplier|vendor)",
                 r"(?:we're|we are) closing (?:the|this) (?:case|lead)",
                 r"no deal", r"no luck", r"stayed with",
                 r"(?:went|gone) (?:to|with) (?:a |the |another )?"
                 r"(?:competitor|other (?:supplier|vendor))",
                 r"undercut", r"lost (?:out|it|the deal)",
                 r"called (?:it|the (?:\w+ )?(?:project|deal|order)) off",
                 # "Unfortunately no deal here. The customer … cancelled the tender"
                 r"no deal(?! yet)", r"(?:cancel+ed|scrapped|dropped) the (?:tender|project|"
                 r"purchase|order)",
                 r"didn'?t (?:get|win) (?:it|this one|that one|the (?:order|deal|job|contract))",
                 r"not going ahead", r"decided to stay with",
                 r"(?:we )?closed (?:the|this) (?:lead|opportunity|case)",
                 r"(?:we're|we are) closing (?:this|it)(?: one)?", r"that'?s that for this one",
                 r"(?:we're|we are) out (?:on|of) this one", r"closing (?:it|this one|"
                 r"the lead) on our side",
                 # (not "You can close this one as won.")
                 r"(?:you can|can|please) close(?! (?:this|it|the lead)(?: one)? (?:as|to) "
                 r"(?:won|a win|closed[- ]won)\b) (?:this|it|the lead)(?: one)?",
                 r"framework (?:agreement|contract) with (?:another|a different|an other)",
                 r"(?:extended|renewed) (?:the |their )?(?:\w+ )?(?:contract|agreement) with "
                 r"(?:their|the) (?:\w+ )?(?:old|current|existing|incumbent)",
                 r"(?:placed|gave|awarded) (?:the |their |an? )?(?:order|contract|job) (?:to|with) "
                 r"(?!us\b|me\b)\w+",
                 r"project (?:was )?(?:cancelled|canceled|shelved)",
                 r"incumbent",
                 r"signed with (?:a |the |another )?(?!us\b|me\b)\w+",
                 r"signed (?:a |the |their )?(?:contract |deal |agreement |order )?with (?:the |"
                 r"an? )?(?:other|another|different|competing|rival)\b[^.,;!?]*",
                 r"stay(?:ed|ing|s)? with (?:their|the) (?:current|existing|old|usual) "
                 r"(?:supplier|vendor|partner)",
                 r"didn'?t go our way",
                 r"went the other way",
                 r"gone south",
                 r"no joy",
                 r"binned",
                 r"stick(?:ing)? with",
                 r"nothing in it for us",
                 r"fell through",
                 r"went elsewhere",
                 r"didn'?t come off",
                 r"(?:this one|the deal|the lead|it) is (?:gone|dead)",
                 r"(?:that|this) one'?s gone",
                 # the customer's signature for a competitor: "signed a Nordic framework
                 # agreement with another integrator"
                 r"signed (?:\w+ ){0,5}?with (?:a |an |another |the other )(?:\w+ )?(?:integrator|"
                 r"supplier|vendor|installer|contractor|provider|competitor)",
                 r"postponed indefinitely", r"on hold indefinitely",
                 r"(?:has |have )?gone with (?:a |an |another |the other )(?:\w+ )?(?:integrator|"
                 r"supplier|vendor|installer|partner|company|competitor)",
                 r"did(?:n'?t| not) work out",
                 r"chose (?:for )?(?:a |another |the )?(?:local |other |cheaper )?"
                 r"(?:installer|supplier|vendor|partner|competitor)",
                 r"(?:another|a competing|the other) (?:\w+ )?(?:won|got) (?:it|the \w+)",
                 r"cancell?ed the (?:whole |entire )?(?:tender|project|order|renovation)",
                 r"(?:this one|the deal) is off",
                 r"went nowhere",
                 r"nothing came of (?:it|this|that)(?: one)?",
                 r"(?:doing|do|does) (?:the job|the work|it) "
                 r"(?:himself|herself|themselves|in-house)",
                 # "Vibrotec won it" (a name: not "We won it")
                 r"\b(?!We\b|I\b|They\b)(?-i:[A-Z][\w-]+) won (?:it|the (?:tender|deal|order|"
                 r"contract|bid|job|project))",
                 # "the contractor who won that uses their own supplier"
                 r"(?:contractor|company|competitor|supplier|firm|bidder|installer|integrator)s? "
                 r"(?:who|that|which) won",
                 r"(?:ordered|bought) (?:it )?from (?!us\b)(?:a |another |the )?"
                 r"(?:(?:local|other|different|cheapest|cheaper|online) )*(?:electrician|installer|"
                 r"supplier|company|firm|shop|store|seller|vendor)",
                 r"bought (?:it )?from (?:the |a |another |our )?(?:concurrent|competitor\w*|"
                 r"someone else|other supplier)"],
        "proposal": [
            # "They've had our price since Friday"
            r"(?:they'?ve|they have|the customer has|the client has) had (?:our|the) (?:price|"
            r"quote|offer|proposal|figures)\b",
                     # "We've priced it up and sent it across."
                     r"priced (?:it|this|the job|the work) up\b(?! yet)",
                     # "The costed schedule went to Marsh Lane's facilities director"
                     r"(?:costed schedule|costing|price schedule|cost breakdown) (?:went|was sent|"
                     r"has gone) (?:out )?to\b",
                     # "Our tender response went into Shannonside's procurement portal"
                     r"(?:tender|bid)(?: response| submission)? (?:went|was submitted|was "
                     r"uploaded) (?:in|into|to)\b",
                     # "on Monday I left the facilities manager our price for the full roll-out"
                     r"(?:left|gave|handed|sent|emailed|mailed) (?:\w+ ){0,3}?our "
                     r"(?:price|prices|pricing|figures)\b",
                     # a quote number given: "Our quote no. 2044-0317 went to …"
                     r"(?:our |the )?quote (?:nr|number|#) ?\d[\w-]*",
                     r"proposal", r"quote sent", r"quotation", r"quoted",
                     r"price ?list (?:with|for|of|at|over) (?:\S+ ){0,2}?(?:€|eur\b|\d+)",
                     # "the survey report went to Ms Laine, together with our price"
                     r"together with (?:our|the) (?:price|quote|offer)\b",
                     r"(?:have|has) (?:got|received|had) our (?:figures|numbers|prices)",
                     # "the offer to Brauerei Sonnenried is 41,800 EUR net"
                     r"(?:the|our|my) offer (?:to|for) (?:[\w&-]+ ){0,4}?(?:is|was|came to|"
                     r"comes to|totals?|amounts? to) (?:about |around )?(?:€|eur |usd |\$|sek )?"
                     r"\d+",
                     # "we reworked the offer …, and it went to the customer this morning"
                     r"(?:it|the (?:offer|quote|proposal)) went (?:out |off )?to (?:the customer|"
                     r"them|the client)",
                     # the stage told by its facts (set 86): "The customer has had our figures
                     # since last Friday", "weighing us against two other suppliers"
                     r"(?:had|has|have|received|got) our (?:figures|prices|numbers|pricing|"
                     r"price document|calculation)",
                     # "They have our offer, 27 350 EUR net", "Savon Kylmä got our offer"
                     r"(?<!we )(?<!i )(?<!you )(?:now |already )?(?:has|have|had|received|got) "
                     r"our (?:\w+ )?(?:offer|quote)(?! (?:accepted|approved|back)\b)",
                     r"(?:price document|figures|pricing|calculation|prices?) went (?:out )?to",
                     # the figure put between: "Our pricing for the tank sensors, €38,640 ex
                     # VAT with installation, went to Siobhán Kilbride by email on Friday"
                     r"(?:our|the) (?:pricing|prices|figures|quote|quotation|proposal)\b"
                     r"[^.!?]{0,80}?\bwent (?:over |out |off )?to(?= (?!another|a competitor|"
                     r"someone|the competition))",
                     r"(?:weighing|comparing|comparing) us (?:against|with)",
                     # "the revised version went to Heikki yesterday"
                     r"(?:revised|updated|new) (?:version|offer|quote)\w* (?:went|was sent|"
                     r"has gone)",
                     r"(?:have |has )?sen(?:t|ded) (?:\w+ ){0,3}?(?:offer|quote|proposal)",
                     r"(?:offer|quote|proposal) (?:is|was|has been) (?:sent|sended|submitted)",
                     # as second-language English has it (set 158): "offer is made to customer"
                     r"(?:offer|quote|proposal) (?:is|was|has been|have been) (?:made|given|"
                     r"presented|delivered)(?! to (?:us|me)\b)",
                     r"handed (?:the |our )?(?:offer|quote|proposal) over",
                     r"handed over (?:the |our )?(?:offer|quote|proposal)",
                     r"sent (?:a|the|our|them an?) (?:quote|offer|proposal)", r"quote",
                     r"(?:offer|quote|proposal) is with them",
                     r"(?:sent|submitted|emailed|gave) (?:them |the customer |him |her )?"
                     r"(?:a |an |the |our )?(?:\w+ )?"
                     r"(?:quote|quotation|proposal|pricing|tender)",
                     r"pricing (?:sent|out)",
                     r"(?:made|gave|submitted) (?:an? |the |our )?offer(?! to (?:take|help))",
                     r"(?:offer|bid|tender) (?:was |has been |is )?(?:submitted|sent|out)",
                     r"submitted (?:our|an|the|a) (?:offer|bid|tender)",
                     r"sent (?:them |him |her |the customer )?(?:a |an |the |our )?(?:\w+ )?"
                     r"(?:quote|offer|proposal|quotation)",
                     r"pricing (?:went|is|has gone) (?:out|over)",
                     r"prices? (?:sent|went out|went over)",
                     r"sent (?:over )?(?:our |the )?pricing",
                     r"went in (?:through|via) (?:the|their) (?:\w+ )?portal",
                     r"(?:our |the )?(?:bid|tender|offer|quote) went in",
                     # "our offer went to the customer on Thursday"
                     r"(?:our|the) (?:offer|quote|proposal) (?:went|has gone) (?:out )?to",
                     # "price list and calculation is sent to customer on Tuesday"
                     r"(?:price list|calculation|pricing)(?: and (?:the )?(?:calculation|price "
                     r"list|pricing))? (?:is|was|has been|were|are|have been) sent",
                     # "the Angebot is out since yesterday", "the tarjous went out"
                     r"(?:the|our) (?:angebot|tarjous|offert|кп) (?:is|was|went|has gone) "
                     r"(?:out|sent)"],
        "meeting": [
            # "he promised to open the basement for us on Thursday at 1"
            r"(?:promised|is going|agreed) to (?:open|unlock|show) (?:\w+ ){0,4}?(?:for us|"
            r"to us) (?:on|at|next|this|tomorrow)\b",
            # let onto the site at a time: "Their caretaker is letting us onto the roof on Thursday
            # at 8"
            r"(?:is |are |will be )?letting us (?:onto|into|in|on|up) (?:the )?\w+ (?:on|at|next|"
            r"this)\b",
                    # "Helen Marsh has us down for Wednesday 6 February at 9.30"
                    r"(?:has|have|'s|'ve) (?:got )?us (?:down|booked in|pencilled in) for "
                    r"(?:monday|tuesday|wednesday|thursday|friday|the \d|\d)",
                    # "She wants us at the bond at half eight on Tuesday the 12th"
                    r"wants (?:us|me) (?:at|on site|there|in|over)\b[^!?\n]{0,70}?\b"
                    r"(?:monday|tuesday|wednesday|thursday|friday|\d{1,2}(?:st|nd|rd|th)|"
                    r"half (?:six|seven|eight|nine|ten)|\d{1,2}(?:[:.]\d\d)? ?(?:am|pm))",
                    # a meeting set again: "New date agreed: Tuesday 11 December at 10."
                    r"(?<!no )new (?:date|time|slot) (?:is |has been )?(?:now )?"
                    r"(?:agreed|set|fixed|booked|confirmed)(?! yet)",
                    # "we're booked in for Thursday 1 November at 10 am", "He's put Dev and me
                    # down for half nine on Tuesday", "asked us to come over"
                    r"(?:we'?re|we are|i'?m|i am) booked in (?:for|on)\b",
                    r"(?:put|pencilled|penciled|booked) (?:\w+\s+(?:and\s+|,\s+)?){0,3}?(?:us|me) "
                    r"(?:down |in )?"
                    r"for (?:half |quarter )?\w+",
                    r"asked (?:us|me) to come (?:over|in|round|out|along)\b",
                    # "has given us the slot at the start of their Tuesday engineering session"
                    r"(?:given|gave|offered|booked) us (?:a |the |an )?(?:\w+ ){0,3}?(?:slot|"
                    r"time ?slot)\b",
                    # "going in Tuesday the 13th at 10 to walk the plant room with him"
                    r"walk (?:the|their|his|her) (?:\w+ ){0,2}?(?:site|plant|plant room|line|"
                    r"floor|building|premises|boiler house|warehouse|chambers?|cold ?stores?|"
                    r"rooms?|stores?|kitchens?|halls?|units?) with",
                    # the customer shows us round: "she can take Dan and me round the line
                    # herself at 2pm" (the "and" read as a clause break)
                    r"(?:take|show|walk)(?:s|ing)? (?:[\w,]+\s+){0,4}?(?:round|around) "
                    r"(?:the|their|her|his) (?:line|site|plant|factory|building|hall|works|"
                    r"premises|warehouse|production)\b",
                    # "he'll take us round the kiln and the finishing shop himself"
                    r"(?:'ll|will) (?:take|show) (?:us|me) (?:round|around)\b",
                    # "He wants us in on Thursday the 12th at half eight"
                    r"wants? (?:us|me) (?:in|there|on site|over|round|out|up)(?: on)? "
                    r"(?:mon|tues|wednes|thurs|fri)day",
                    # "Raj and I are going, Tuesday 12th at 10:00, at the school"
                    # "We're going up to Milton Keynes to see him … on Thursday 20 July"
                    r"(?:we|i)(?:'re| are| am|'m) going (?:up |over |down |out )?to (?:\w+ ){0,3}?"
                    r"to (?:see|meet)\b",
                    r"(?:we|i)(?:'re| are| am|'m) going(?: over| there| in| up)?\s*,?\s*"
                    r"(?:on )?(?:mon|tues|wednes|thurs|fri)day",
                    # "I'm sitting down with their estates manager on Tuesday 4 July"
                    r"(?:i'?m|we'?re|i am|we are|i'?ll be|we'?ll be) sitting down with\b",
                    # the customer expects us on a day: "Priya's sent over the visitor passes
                    # and the site induction for Wednesday 24th", "they're expecting Dev and me
                    # on Tuesday at nine"
                    # (clauses are read apart: "and" splits "the passes and the induction")
                    r"(?:visitor pass(?:es)?|(?:site |safety )?induction) (?:\w+ ){0,2}?(?:for|on) "
                    r"(?:mon|tues|wednes|thurs|fri)day",
                    # a cancelled meeting set again: "It's been rearranged: Wednesday 22 August,
                    # 2 pm, on site in Maidstone."
                    r"(?:it'?s|it has|it was|has been|'s been) (?:been )?(?:rearranged|rescheduled|"
                    r"re-?booked)\W+(?:for |to )?(?:mon|tues|wednes|thurs|fri)day",
                    # "Hannah Pryce's office has emailed us two visitor badges - QR codes for
                    # Thursday 2 August"
                    r"(?:sent|emailed|mailed)(?: over)? (?:us |me )?(?:\w+ )?visitor (?:badges?|"
                    r"pass(?:es)?)\b",
                    r"(?:is|are|'s|'re) expecting (?:us|me|(?-i:[A-Z])\w+)\b(?! to)[^.!?]{0,40}?"
                    r"\b(?:mon|tues|wednes|thurs|fri)day",
                    # "I booked site induction for me and installer on Tuesday 12.7."
                    r"(?:booked|scheduled|arranged) (?:a |the |our )?site induction",
                    r"site induction (?:is )?(?:booked|scheduled)",
                    r"we go through (?:the )?\w+ together with (?:their|the customer)",
                    r"meeting", r"met (?:the|with|their|them|him|her)", r"visit(?:ed)?",
                    # "their maintenance chief walks us through the cold rooms"
                    r"(?:walks|walked|walking|will walk|shows|showed|will show) (?:us|me) "
                    r"(?:through|round|around)",
                    # "customer engineer comes to our showroom in Tampere on Thursday"
                    r"comes? to our (?:showroom|office|premises|demo room)",
                    r"(?:it'?s|is|was) booked for (?:mon|tues|wednes|thurs|fri)day",
                    # "we meet the plant manager on Tuesday 5 April at 9:00 on site"
                    r"we meet (?:the|them|him|her|their)\b",
                    # "accepted my calendar invite for Tuesday", "we walk through the warehouse"
                    r"accepted (?:my|our|the) (?:calendar |meeting |teams |zoom )?invit\w*",
                    # the customer's invitation with its day: "Mrs Okafor's assistant sent over
                    # a calendar invite this morning: Thursday 5 July, 10:00"
                    # (not ours: "I sent over a calendar invite")
                    r"(?:(?<!\bi )(?<!\bwe )sent|sends|got|received)(?: over| us| me)? (?:a |an |"
                    r"the )?(?:calendar|meeting|teams|zoom|outlook) invit\w*",
                    r"(?:we|i)(?:'ll| will)? walk (?:through|round|around) the",
                    # the customer shows the site: "Tero Laine promised to walk us through
                    # the line at 9"
                    r"(?:walk|show) (?:us|me|him|her|them) (?:through|round|around) (?:the |their "
                    r"|his |her )?(?:\w+ )?(?:line|plant|site|factory|hall|premises|building|"
                    r"warehouse|mill|station|facilit\w+|kitchen|store|cellar)s?\b",
                    # a neighbour language's word in English: "we have a palaveri with the
                    # customer on Monday 22.6.", "a Termin on Tuesday"
                    r"(?:a|the|our) (?:palaveri|termin|möte)\b",
                    # "we meet Ms Lindholm on Wednesday 28 May at 9:00"
                    r"(?:we|i) (?:meet|are meeting|'re meeting|will meet|'ll meet)\b[^.!?]{0,40}?"
                    r"\b(?:monday|tuesday|wednesday|thursday|friday)\b",
                    # "We'll meet at the school on Wednesday 2 May at 10:00"
                    r"(?:we'll|we will|we are going to|we're going to|we) meet (?:them |him |her )?"
                    r"(?:at|on|in)\b", r"(?:so )?that'?s (?:now )?booked",
                    # "It's in my calendar now: Wednesday 22.7. at 9:00 at their plant"
                    # "so it's in the diary: Thursday 23 November, 10:00"
                    r"(?:it'?s|is) in the (?:diary|calendar)\b",
                    r"in (?:my|our) calendar(?: now)?[\s:,]+(?:for )?(?:on )?(?:monday|tuesday|"
                    r"wednesday|thursday|friday)\b",
                    # "we agreed to meet at the school next Wednesday 4.2. at 13:00"
                    r"(?:agreed|arranged|decided) to meet\b",
                    # "walking all six of their pumping stations with Harri on Friday"
                    r"walk(?:ed|ing) (?:all |the |both )?(?:\w+ ){0,3}(?:of )?their "
                     r"(?:\w+ ){0,2}(?:stations|sites|plants|halls|lines|premises) with",
                    # "We're on site with both of them tomorrow, Thursday 30 August, at 10am"
                    r"(?:we'?re|we are|i'?m|i am|we'?ll be|i'?ll be) on site with (?:\w+ ){0,3}?"
                    r"(?:tomorrow|today|on )?\W*(?:mon|tues|wednes|thurs|fri)day",
                    # "we're walking all three buildings with her on Tuesday 24 July"
                    r"walk(?:ed|ing) (?:all|the|both) (?:\w+ )?(?:buildings|blocks|sites|plants|"
                     r"halls|floors|stations) with",
                    # "spending yesterday morning in their control room with the automation lead"
                    r"(?:in|at) their (?:\w+ )?(?:control room|office|plant|site|workshop|premises|"
                     r"factory|mill) with (?:the|their) \w+",
                    # "We have now met Tuusulan Vesihuolto twice"
                    r"(?:have|has|had|we've) (?:now |already )?met (?-i:[A-Z])\w+",
                    r"(?:we're|we are|i'm|i am) (?:seeing|meeting) (?:their|the|them|him|her)\b",
                    r"(?:we're|we are|i'm|i am) (?:seeing|meeting) (?-i:[A-Z])\w+ (?:at|on|in)\b",
                    r"(?:we|i) met (?-i:[A-Z])\w+",
                    # "we're going over on Wednesday 16 June at 13:00"
                    r"(?:we're|we are|i'm|i am) going (?:over|out|there|up|down|round)"
                    r"(?: there)? on (?:mon|tues|wednes|thurs|fri)day",
                    # "she invited us to the yard next Thursday"
                    r"invited (?:us|me) (?:to|over|for|out)",
                    # "Thursday was spent at the hospital … we walked through the blood bank"
                    r"(?:was|were) spent (?:at|on site|with)",
                    r"spent (?:the|a) (?:day|morning|afternoon) (?:at|with|on site)",
                    r"walked (?:through|round|around) (?:the|their|both|all)",
                    r"demo (?:booked|scheduled|held|done)",
                    r"meet(?:s|ing)? (?:them|the customer|the client|on)", r"appointment",
                    # "The library's facility manager meets us on site on Monday 22.8."
                    r"(?:meets|is meeting|will meet|'ll meet) (?:us|me)(?: on[- ]site)? "
                    r"(?:on|at|in)\b",
                    r"site visit", r"workshop", r"sat down with",
                    r"(?:was|were|been|went|visited them|visited the customer) on[- ]site",
                    r"site walk\w*",
                    r"walk(?:ed)? (?:the |their )?site",
                    r"walked (?:the |their |through )?(?:\w+ ){0,2}(?:line|plant|site|floor|"
                    r"warehouses?|halls?|premises|buildings?|rooms?)",
                    r"met (?:them |him |her )?on[- ]site",
                    r"walk-?through",
                    r"walk(?:ing)? the site",
                    r"on site with them",
                    r"(?:we're|we are|i'm|i am) (?:seeing|visiting) (?:them|the customer|"
                    r"the client|him|her)",
                    r"visiting (?:them|their \w+|the customer|the client|the site)",
                    r"site survey", r"survey (?:done|completed|held)",
                    r"(?:teams|zoom|video|online) (?:call|meeting)", r"showed them",
                    r"(?:we'll|we will|i'll|i will) be (?:there|on site|over there) (?:on )?"
                    r"(?:mon|tues|wednes|thurs|fri)day \d{1,2}",
                    # "she's put us down for a walk-round of the chill stores on Thursday"
                    r"walk-?rounds?\b", r"put us down for (?:a |an |the )?\w+",
                    # "Priya and I will be at their Reading depot on the 16th"
                    r"(?:we'll|we will|i'll|i will) be (?:at|in) (?:their|the customer'?s|the "
                    r"client'?s) (?:\w+ ){0,2}(?:site|depot|plant|office|premises|factory|"
                    r"warehouse|store|facility|mill|dairy|place|hq|headquarters|yard) (?:on|next|"
                    r"this) (?:the \d{1,2}(?:st|nd|rd|th)\b|(?:mon|tues|wednes|thurs|fri)day)",
                    r"(?:had|held|did|gave) (?:a |an |the )?(?:\w+ )?demo",
                    r"(?:were|was) (?:at|on) (?:their|the customer'?s|the client'?s) (?:\w+ ){0,2}"
                    r"(?:plant|site|office|premises|factory|warehouse|store|facility|mill|dairy|"
                    r"place)",
                    # "we have a date with the customer on Wednesday" (Termin, tapaaminen)
                    r"(?:have|had|got|made) a date with (?:the customer|the client|them|their)",
                    r"(?:was|were|been) out at (?:the|their) \w+",
                    r"measured (?:up )?(?:the|their)",
                    r"invited us (?:over )?to (?:the |their )?(?:site|plant|factory|office)"
                    r"[^.!?]{0,30}?\bon (?:mon|tues|wednes|thurs|fri)day",
                    # "Ville and I will drive down to their Kotka terminal on Wednesday"
                    r"will (?:drive|go|head|travel|fly) (?:down |over |out |up )?to (?:their|the "
                    r"customer'?s?) [^.!?]{0,80}?\bon (?:mon|tues|wednes|thurs|fri)day",
                    r"(?:we're|we are|i'm|i am) going (?:out )?to (?:look at|see|visit|check) "
                    r"[^.!?]{0,60}?\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day",
                    # second-language English: "we have fixed a date at the customer on Thursday"
                    # (Termin vereinbart)
                    r"(?:fixed|agreed|set|arranged) (?:a |the )?(?:date|time) (?:at|with) (?:the "
                    r"customer|the client|them|their)",
                    r"(?:have|had) fixed (?:a |the )?(?:date|time|appointment)"],
        # (not "they called it off": lost)
        "contacted": [
            # "Doesn't change anything: we've spoken, she's sending floor plans next week"
            r"(?<!haven't )(?:we'?ve|we have|i'?ve|i have) spoken(?= *[,.;:!]| (?:to|with) (?:her|"
            r"him|them|the customer|the client|their))",
                      # "just off the phone with Mrs Quarrie, nice lady"
                      r"(?:just |only just )off the phone with",
                      # "Had Joanne Hale, the trust's estates manager, on the phone for …"
                      r"had (?:[\w']+\s*,?\s+){1,7}?on the phone\b",
                      # "Caught Gareth Hughes at their gatehouse yesterday afternoon"
                      r"(?:caught|collared|grabbed) (?:(?-i:[A-Z])\w+ (?-i:[A-Z])\w+|him|her|them) "
                      r"(?:at|outside|in|on) (?:the|their|his|her)\b",
                      # "added us to their supplier portal"
                      r"added us to their (?:\w+ )?portal",
                      # "their purchasing department sent me the link to their supplier portal"
                      r"(?:their|the customer'?s) (?:purchasing|procurement|buying|facilities) "
                      r"(?:department|team|manager|people) (?:sent|emailed|called|rang) "
                      r"(?:me|us)\b",
                      r"registered us (?:there|on their|in their)\b",
                      # "Logged a call with their facilities manager in our CRM yesterday"
                      r"(?:logged|had|took) a (?:phone )?call with",
                      r"logged (?:the|our) (?:phone )?call",
                      r"contacted", r"(?:just )?(?:come|came|got) off the phone with",
                      r"only a (?:short |brief )?(?:phone )?call",
                      # "I have spoken yesterday with Mr. Gruber"
                      r"(?:have|had) spoken (?:\w+ ){0,3}?(?:with|to)\b",
                      # "we've spoken on the phone (a good half-hour call on Friday)"
                      r"(?:we|i)(?:'ve| have) (?:now )?spoken (?:on the phone|by phone|briefly)\b",
                      r"called(?! (?:it|the (?:\w+ )?(?:project|deal|order)) off)",
                      # "I ran into their facilities guy … we swapped cards"
                      r"swapped (?:business )?cards",
                      r"ran into their \w+",
                      # "I got Tapio Nurmi, the maintenance lead there, on the phone"
                      r"got (?:[\w,]+ ){1,6}on the phone",
                      r"(?:first )?contact (?:established|made)", r"clarification questions?",
                      r"(?:had|have had|i've had) (?:\w+ ){0,4}on the phone",
                      r"(?:had|have had|i've had) (?:\w+ ){0,2}(?:phone )?calls? with",
                      r"(?:did )?(?:get|got) (?:[\w,]+\s+){0,8}?on the phone",
                      # "we're still at the very beginning: one phone call with …"
                      r"(?:one|a single|a first|first) (?:short )?(?:phone )?call with",
                      r"(?:we've|we have) talked",
                      r"reached (?:their|the customer'?s?) (?:\w+ )?(?:engineer|manager|buyer|"
                      r"director|owner|head|planner|chief|contact|purchaser|officer|lead)",
                      # samples sent, no price yet: first contact
                      r"(?:sent|couriered|shipped|posted) (?:them |him |her |over )?(?:\w+ )?"
                      r"samples?(?: units?)?", r"samples? (?:units? )?(?:sent|couriered|shipped)",
                      r"\d+[- ]min(?:ute)?s? (?:phone |video |teams )?call",
                      r"(?:had|held) (?:a |an |our )?(?:\w+ )?call with",
                      r"reached (?:the )?(?:customer|them|him|her|owner|buyer|manager|mrs?|ms)",
                      # a person by name: "I reached Harri Koivu this afternoon"
                      r"(?<=i )reached (?-i:[A-ZÄÖÅ][a-zäöå]+ [A-ZÄÖÅ][a-zäöå]+)",
                      r"reached (?:\w+ ){1,4}by (?:phone|telephone|e-?mail)",
                      # "emailed it … to their purchasing coordinator. She answered on Friday"
                      r"(?:she|he|they) (?:answered|replied|wrote back)",
                      # (not "put me in touch with them": a request)
                      r"spoke (?:to|with)", r"talked (?:to|with)",
                      r"(?<!put me )(?<!put us )in touch",
                      r"(?:been|got|get|are|were) in contact with",
                      r"(?:had|made) (?:a |an |the )?(?:\w+ ){0,3}(?:call|chat|phone call|talk)",
                      r"phoned", r"telephoned",
                      r"rang", r"got hold of", r"reached out", r"first call",
                      r"spoken (?:to|with)", r"spoke w/?(?= )",
                      r"(?:traded|exchanged|swapped) (?:a few |some )?e-?mails",
                      r"(?:been )?e-?mailing (?:with|back and forth)", r"e-?mailed with",
                      r"emailed (?:them|the customer|the client|him|her)",
                      r"left (?:a )?(?:voicemail|message)",
                      r"natter",
                      r"chat(?:ted)? with",
                      r"had a (?:good |quick |long )?(?:chat|talk|natter)",
                      r"spoke to",
                      r"got through to",
                      r"on the phone with",
                      r"got (?:\w+ ){1,3}on the (?:phone|line)"],
        "accept": [
            # "you don't have to ask twice"
            r"(?:no need to|(?:you )?don'?t (?:have|need) to) ask (?:us |me )?twice",
            # "Put it in our name, please."
            r"put it (?:down )?in our name",
                   # "kk ours thx" (a phone's "okay", a line's first word; not a Finnish "kk" of
                   # months)
                   r"(?:^|(?<=\n))kk(?![:\d])(?! ?(?:months?|kuukau))",
                   r"yes", r"yep",
                   # "Sounds good, we're on it.", "We'd love to.", "Why not."
                   r"(?:we'?re|we are|i'?m|i am) on it(?!\w)", r"we'?d love to(?=\s*(?:[.!]|$))",
                   r"why not(?=\s*(?:[.!]|$))",
                   # (not "I'm sure it will go brilliantly": a certainty, no yes)
                   r"sure(?! (?:it|they|that|this)(?: will|'ll| is|'s| was| went| would)\b)",
                   r"accept(?:ed)?(?! (?:my|our|the|their) (?:calendar |meeting |teams |zoom )?"
                   r"invit)", r"take (?:it|this|the lead)(?!(?: one)? off\b)",
                   # the customer named: "We'll take the bakery if it's still open."
                   r"(?:we'll|we will|we can|i'll) take the (?:\w+ ){0,2}?\w+(?=\s*(?:[.!,;]|$|"
                   r"if\b|then\b))",
                   # the lead named by its town: "We'll take Croydon."
                   r"(?:we'll|we will|we can|i'll) take (?-i:[A-Z])[\w-]+(?=\s*(?:[.!,;]|$|"
                   r"if\b|then\b|too\b))",
                   r"go for it",
                   # "Yes, FI Gold is in."
                   r"yes,? [\w ]{1,25}? (?:is|are) in(?=[.!,])",
                   r"put us down for (?:it|this|that|the lead)", r"not uninterested",
                   r"(?:we'll|we will|i'll|i will) (?:happily|gladly) (?:do|take|handle) "
                   r"(?:it|this|that)",
                   # "FI Extra Oy would like to take on this lead"
                   r"(?:would|'d) like to take (?:on )?(?:it|this|that|the)(?: (?:lead|one|job|"
                   r"project|customer|enquiry))?",
                   r"count us in",
                   # (not "we're in the middle of a dispute with them", "we're in Leeds")
                   r"we(?:'| a)?re in(?=\s*(?:[.!,;:–—-]|$|on (?:this|it|that)\b|for (?:this|it|"
                   r"that)\b))", r"we(?:'| wi)ll (?:take|handle) it",
                   r"interested", r"send it (?:over|our way)", r"go ahead",
                   r"happy to (?:take|handle|help)", r"we'?ll (?:take|handle|do) (?:it|this|that)",
                   r"let'?s do it", r"absolutely", r"definitely",
                   # (not a slot the customer gave us: "she's put us down for a walk-round")
                   r"put us down(?: for it)?(?! for (?:a |an |the )?(?:walk|visit|meeting|site|"
                   r"slot|survey|demo|tour|induction|call))",
                   r"sign us up",
                   r"we(?:'d| would) like (?:it|to take it)",
                   r"we want it", r"we (?:do |really )?want (?:this|the|that) (?:lead|one)",
                   r"send it (?:to us|our way)",
                   # (not work picked up again later: "on the road til weds will pick it up
                   # then")
                   r"pick (?:this|it|that)(?: one)? up(?! (?:then|later|again|tomorrow|next|on|"
                   r"when|after|once|monday|tuesday|wednesday|thursday|friday)\b)",
                   r"(?:happy|glad) to pick",
                   r"put it (?:our|my) way",
                   r"right up our (?:street|alley)",
                   r"we'?ll have (?:this|it|that)",
                   r"go on then",
                   r"yes please",
                   r"we'?ll take (?:this|that) one",
                   r"(?:we|i)(?:'d|’d| would) like to have (?:this|it|that)(?: one)?",
                   r"send me the details", r"put our name on it",
                   r"send (?:us |me )?the details over",
                   r"(?:we|i)(?:'d|’d| would) like (?:this|that) one",
                   r"take over the lead", r"with pleasure",
                   r"(?:can'?t|don'?t) see why not",
                   # second-language English: "We take gladly this lead", "We take lead.",
                   # "this lead we take"
                   # "That one has our name written all over it", "Leave it with me 👍"
                   r"(?:has|have) our name (?:written )?all over it", r"leave it with (?:me|us)",
                   r"sounds like (?:one|something|a job) for us",
                   r"(?:we|i) take (?:gladly |happily |with pleasure )?(?:this |the |that )?"
                   r"(?:lead|one|job|project)",
                   r"(?:this|the|that) (?:lead|one|job) (?:we|i) take",
                   # "So please put it through to us"
                   r"put it through to us", r"send it (?:our way|over to us)"],
        # (not a mock dismay: "Oh no, another job right in our own backyard.")
        "decline": [
            # "The Isle of Wight is out of reach for us this spring"; "a job this size would cost us
            # more than it brings in"
            r"(?:is|are) out of (?:our )?reach(?: for us)?",
            r"cost us more than it (?:brings in|earns|pays)",
                    # "This one wants a partner with an engineer who lives up there."
                    r"(?:this one|this job|this lead|it) (?:wants|needs) "
                    r"(?:a partner|someone|somebody) (?:with|who|closer|based|nearer|local|up)",
                    _alone(r"(?<!oh )no", r"thanks?|thank you|thx|ty\b"),
                    r"nope",
                    # "Croydon will have to do without us this time"
                    r"(?:have|has) to (?:do|manage|make do) without us",
                    # "Better you give this one to a colleague who sits closer"
                    r"give (?:this|it)(?: one)? to (?:a|another) (?:colleague|partner)\b",
                    # "Not this one, thanks. We have no one free for a cold store job"
                    r"(?<!\w)not this one(?=\s*(?:[,.!;:–—-]|$|thanks?|thank you))",
                    r"(?:have )?(?:no one|nobody) (?:free|available)",
                    # "I fear we would not do them justice"
                    r"(?:would|could|wouldn'?t|couldn'?t) (?:not )?do (?:them|it|the customer|"
                    r"the job|this(?: one)?) justice",
                    # "So no from us, better give it to someone who does also HVAC"
                    r"(?:so |it'?s )?(?:a )?no from (?:us|me|our side)",
                    r"better (?:give|pass|send) it to (?:someone|somebody|another partner)",
                    # "Please give it to a partner who can start sooner."
                    r"give it to a partner (?:who|that|closer|nearer)",
                    # "Neither our installer nor our subcontractor is free before …", "none of
                    # our fitters is available", "no installers free in March"
                    r"neither (?:our |the )?[\w-]+ nor (?:our |the )?[\w-]+ (?:is|are) "
                    r"(?:free|available)",
                    r"(?:none of (?:our|the) |no )(?:installers?|fitters?|technicians?|"
                    r"engineers?|electricians?|crews?|teams?|people) (?:is |are )?(?:free|"
                    r"available)",
                    # "Unfortunately not." as the whole answer
                    r"(?:unfortunately|sadly|i'?m afraid),? not(?=\s*(?:[.!;]|$))",
                    # "It's kinder to them if one of the other partners picks it up."
                    r"(?:one of )?(?:the )?other partners? (?:picks?|takes?) (?:it|this|them) "
                    r"(?:up|on)",
                    # "Better that someone who can actually start next week picks this up."
                    r"better (?:that |if )?someone (?:else|who can)",
                    # "Thanks, but we'll leave this one."
                    r"(?:we'?ll|we will|i'?ll) leave this one",
                    # "a partner up in Oulu who would love this … Please let them have it."
                    r"(?:please )?let (?:them|someone else|another partner) have (?:it|this one)",
                    # "Better that someone with a full crew gets it."
                    r"better (?:that )?someone (?:else )?(?:with [\w ]{1,20} )?(?:gets|takes|"
                    r"has) it",
                    # "It would be in better hands with a partner who has people free"
                    r"(?:would be|is|'d be) in better hands with",
                    r"can ?not take (?:this|it|the lead|that)",
                    r"(?:don'?t|do not) (?:really )?want (?:it|this|that|the lead)(?: one| lead)?"
                    r"(?=\s*(?:[,.!;:–—-]|$|thanks?|thank you))",
                    # "this isn't really our kind of work"
                    r"(?:isn'?t|is not|not) (?:really |quite )?our kind of (?:work|job|thing|"
                    r"project)",
                    r"not interested", r"out of our (?:area|region|territory)",
                    r"(?:couldn'?t|could|can'?t) you find someone (?:else|closer|based|local)",
                    # (not the customer's: "they declined our offer in May")
                    r"(?<!they )(?<!customer )(?<!client )decline[sd]?", _PASS, r"no capacity",
                    r"can(?:'|no)t", r"unable",
                    # "Sorry, it's a no from us", "We're too busy, sorry"
                    r"(?:it'?s|it is) a no", r"(?<!not )too busy",
                    # (not an excuse for answering late: "been snowed under since the
                    # holidays")
                    r"(?<!been )(?:swamped|overloaded|snowed under)(?! since| after| over the)",
                    # "a bit outside our patch", "someone else will have to have this one",
                    # "Let someone who knows … have a go at this one"
                    r"outside our patch", r"someone else will have to (?:have|take|do) (?:this|it)",
                    r"let someone (?:else|who)\b[^.!?]{0,60}?\bhave a go",
                    r"someone (?:up north|down south|closer|local)\b[^.!?]{0,40}?\bbetter job",
                    r"not for us", r"no thanks?", r"too far",
                    # "…needs someone who can be on site the same afternoon, and that isn't us"
                    r"(?:and|but|which) that(?:'s| is)(?:n't| not) us\b",
                    # "we could drive up, but not at a price we could quote"
                    r"but not (?:at|for) (?:a|the|any) price (?:we|i)(?:'d| would| could)",
                    r"outside (?:our )?(?:area|region|territory)",
                    r"not our (?:field|area|thing|business)",
                    r"not (?:in|within) our (?:area|region|territory|patch)",
                    # "Whoever goes in there needs to be someone they haven't already had a row
                    # with."
                    r"(?:best|better) (?:to )?(?:put|give|pass|send) (?:it|this|this one) "
                    r"(?:to|with) (?:somebody|someone|a partner|another partner)\b",
                    r"whoever (?:goes|takes|gets) (?:in there|this|it)(?: one)? "
                    r"(?:needs|has|ought) to be (?:someone|somebody)",
                    r"(?:don'?t|do not) do (?:that|this|these|those) (?:kinds?|sorts?|types?) of "
                    r"(?:work|jobs?|things?|projects?)",
                    r"(?:have to|must|will|'ll) decline",
                    rf"(?:have to|must|will|'ll) {_PASS}", r"skip (?:this|it|that)",
                    r"(?:that's|that is) a no", r"count (?:us|me) out",
                    r"(?:please )?find (?:someone|somebody|another partner)(?: else)? for "
                    r"(?:this|it)",
                    r"(?:can'?t|cannot|unable to|not able to) (?:take|handle|do|cover)",
                    r"sit (?:this|it) (?:one )?out",
                    r"fully booked",
                    # "nobody here who isn't booked solid until the end of August", "Don't hold
                    # it for us."
                    r"booked solid", r"(?:don't|do not|no need to) hold (?:it|this|this one|the "
                    r"lead) for us",
                    # "Best let somebody else have it, sorry."
                    r"(?:best|better) (?:to )?let (?:somebody|someone) else (?:have|take) "
                    r"(?:it|this)\b",
                    r"(?:will|'ll|shall) not (?:be )?tak(?:e|ing) (?:this|it|that)",
                    r"won'?t (?:be )?tak(?:e|ing) (?:this|it|that)",
                    r"let (?:this|it) (?:one )?go",
                    r"have to decline",
                    r"(?:hand|give|pass) (?:it|this one|this) (?:on |over )?to (?:another|"
                    r"a different"
                    r"|someone else|somebody else)",
                    # second-language English: "we must leave this one", "say no for this"
                    r"(?:have to|must(?: to)?|need to) leave (?:this|it|that)(?: one)?(?! to)",
                    r"(?:have to|must|need to) say no",
                    r"give (?:this|it|that) (?:one )?a miss",
                    r"(?:count|take) (?:this|it) as a no",
                    # "this one isn't for us", "let someone with a shorter drive have the fun",
                    # "Better you give it to some other partner"
                    r"(?:isn'?t|is not|wasn'?t) (?:really |quite )?(?:one |a job |something )?for "
                    r"us",
                    r"someone else will have to pick (?:it|this|that)(?: one)? up",
                    r"let someone (?:else |with |who |closer |nearer )[^.!?]{0,60}?\bhave (?:the "
                    r"fun|the honou?r|this one|it)\b",
                    r"give (?:it|this|this one|that one) to (?:some |an)?other partner",
                    # "I'd rather not take it on and then disappoint the customer", "Would
                    # you mind offering this one to another partner?"
                    r"(?:i'?d|i would|we'?d|we would) rather not (?:take|accept|do|handle) "
                    r"(?:it|this|that|the lead)(?: one)?(?: on)?",
                    r"(?:would you mind|could you|can you|please) (?:offer|offering|give|giving|"
                    r"pass|passing) (?:it|this|this one|that one|the lead) (?:on )?to (?:some |"
                    r"an)?other partner"],
        "hedge": [
            # "I'm not saying no. I'm not saying yes either"; "I'll have a proper answer for you in
            # the morning"
            r"not saying yes(?: either)?\b",
            r"(?:i'?ll|we'?ll) have (?:a |an |the )?(?:proper |final |real |"
            r"definite )?answer for you",
            r"maybe", r"perhaps", r"not sure", r"let me check", r"(?:i'll|will) check",
                  r"or not", r"depends", r"get back to you",
                  # German "eventuell" in English: "The customer is eventually interested"
                  r"(?:is|are|would be) eventually (?:interested|possible|ready|open)",
                  # "I cannot promise yet … I give you a definitive answer tomorrow"
                  r"(?:cannot|can'?t|can not) promise (?:yet|that yet)",
                  r"(?:give|send) you (?:a |my |the )?(?:definitive|final|definite|proper) answer",
                  # (not a fallback day: "Tuesday, otherwise the week after")
                  r"otherwise(?!,? (?:(?:it'?s|it'?ll be|it will be|then) )?(?:the )?(?:week|day|"
                  r"next|following|monday|tuesday|wednesday|thursday|friday)\b)",
                  r"hard to say",
                  r"difficult to say",
                  r"not clear yet",
                  r"actually,? no",
                  r"actually,? wait",
                  # "I honestly don't know yet", "I'd rather not say yes and then …"
                  r"(?:don'?t|do not) know yet", r"(?:i'?d|i would|we'?d|we would) rather not "
                  r"say yes",
                  # second-language English: "I must first ask from my boss", "need first check"
                  r"(?:need|must|have) (?:to )?first (?:to )?(?:check|ask|clarify|see)",
                  # a yes in principle that still waits: "In principle yes, but I need to
                  # confirm with the installers", "will confirm by Friday", "pending …"
                  r"in principle[^.!?]{0,20}?,? but", r"pending",
                  r"(?:need|have) to (?:confirm|check|clear (?:it|this)) (?:\w+ ){0,2}?with",
                  r"(?:will|'ll) confirm (?:it |this |that )?(?:tomorrow|later|by|on|once|when|"
                  r"after|asap|shortly|next)",
                  r"probably,? yes",
                  # (not a moment's pause before the answer: "Let me think about this one
                  # for a second. … Tough call. Ville is already looking for his car keys.")
                  r"let me think(?! about (?:this|it|that)(?: one)? for a (?:second|sec|moment)\b)",
                  r"sleep on it",
                  r"can(?:'|no)t promise (?:anything|it)",
                  r"think about it", r"give me a couple of days", r"your guess",
                  r"can(?:'|no)t say yes or no", r"can'?t tell (?:you )?yet",
                  r"could work,? could not"],
    },
    "de": {
        "won": [
            # "Bestellnummer 4500123 ist da"
            r"bestellnummer \S+ (?:ist (?:jetzt )?da|kam|erhalten|bekommen|liegt vor)",
                # "unsere Auftragsbestätigung über 18.740 € netto ist gestern an den Kunden
                # gegangen"
                r"auftragsbestätigung (?:[\w.,€]+ ){0,6}?(?:ist |wurde |haben wir )?(?:\w+ ){0,4}"
                r"?(?:gegangen|verschickt|versandt|versendet|rausgegangen|raus)\b",
                # "heute Vormittag ist von der Kunsteisbahn die Bestellung Nr. KEF-2047-031
                # gekommen"
                r"(?<!keine )bestellung\b[^!?\n]{0,40}?\b"
                r"(?:gekommen|eingegangen|eingetroffen|reingekommen)",
                # "auftrag fix!! 🥂" (the order is certain)
                r"(?:auftrag|bestellung|zuschlag|vertrag) (?:ist )?(?:jetzt |nun )?fix(?!\w)"
                r"(?! und fertig)",
                # "Damit ist der Auftrag über 26.940 € netto fix"
                r"(?:der )?auftrag\b(?:[^.!?]|\.(?=\d)){0,40}?\b(?:ist|steht) "
                r"(?:jetzt |nun |damit )?(?:fix|fest|sicher|in trockenen tüchern)\b",
                r"(?:ist|steht) (?:jetzt |nun |damit )?der auftrag\b(?:[^.!?]|\.(?=\d)){0,40}?"
                r"\b(?:fix|fest|sicher|in trockenen tüchern)\b",
                # "Der Auftrag ist unser.", "Der Kunde hat bei uns gekauft.", "Deal ist durch."
                r"(?:der )?(?:auftrag|zuschlag|deal) (?:ist|gehört) (?:jetzt |nun )?"
                r"(?:unser|uns)\b",
                r"(?:kunde|kundin|kunden) (?:hat|haben) (?:jetzt |nun |doch |heute |gestern )?"
                r"bei uns (?:gekauft|bestellt)", r"deal ist durch",
                # "Die Anzahlung von 30 % auf die 27.400 € netto ist heute früh bei uns
                # eingegangen"
                r"anzahlung\b(?:[^.!?]|(?<=\d)\.(?=\d)){0,60}?\b(?:eingegangen|gekommen|"
                r"überwiesen)",
                # "Die Anzahlungsrechnung über 30 % ist am Freitag rausgegangen, die
                # Auftragsbestätigung lautet auf 24.800 € netto"
                r"anzahlungsrechnung (?:[\w%,.]+ ){0,5}?(?:raus\w*|verschickt|gestellt|bezahlt|"
                r"beglichen)",
                rf"auftragsbestätigung\b{_IN_SENTENCE}{{0,40}}?\b(?:lautet|ist raus|ging "
                r"(?:\w+ ){0,2}?raus|verschickt|rausgegangen)",
                r"gewonnen", r"zuschlag ist da",
                # "Der Auftrag ist unter Dach und Fach" ("und" is read as a clause's join)
                r"(?:ist|sind) unter dach\b",
                rf"anzahlung\b{_IN_SENTENCE}{{0,50}}?\b(?:eingegangen|ist da|bezahlt|überwiesen)",
                # "Der Auftrag vom Klinikum ist da: 41.200 € netto"
                r"(?:der )?auftrag (?:\w+ ){0,3}?ist (?:jetzt |nun |endlich )?da(?=\s*[:.!,]|$)",
                # the customer's yes: "Autohaus Wimmer hat zugesagt!" (not a promise: "hat
                # zugesagt, die Pläne zu schicken"; not ours: "wir haben zugesagt")
                # (nor a meeting agreed to: "hat gleich zugesagt, wir treffen uns am Dienstag")
                r"(?<!wir )(?<!ich )hat (?:\w+ ){0,3}zugesagt(?!\s*,?\s*(?:dass|(?:\w+ ){0,6}?zu "
                r"\w+|wir treffen uns|(?:\w+ ){0,3}(?:termin|treffen|besuch)))",
                r"(?:die )?zusage (?:vom kunden|des kunden|ist da|bekommen|erhalten)",
                r"auftrag (?:erhalten|bekommen|ist unterschrieben)",
                # "Er nimmt das Angebot so, wie es ist", "Sie nimmt's, 4.190 € netto"
                r"(?:er|sie|der kunde|die kundin) nimmt(?:'s| es| das angebot)(?!\w)",
                # "Der unterschriebene Auftrag lag … in unserem Faxgerät"
                r"unterschriebenen? (?:auftrag|bestellung|vertrag) (?:lag|liegt|ist|kam)",
                r"auftragswert:\s*\d",
                r"rechnung (?:[\w€,.]+ ){0,6}?(?:ist raus|rausgegangen|verschickt)",
                r"zuschlag (?:erhalten|bekommen)", r"unterschrieben",
                r"zu unseren gunsten (?:gefallen|entschieden|ausgefallen)",
                r"zuschlag (?:geht|ging) an uns",
                r"(?:hat|haben) uns (?:\w+ )?den (?:zuschlag|auftrag) (?:gegeben|erteilt)",
                r"(?:hat|haben) (?:\w+ ){0,4}(?:die|eine|ihre|seine) bestellung (?:geschickt|"
                r"gesendet|übermittelt|erteilt|aufgegeben)",
                r"bestellung (?:ist )?(?:eingegangen|eingetroffen)",
                r"zuschlag (?:soll |wird |wurde |ist )?(?:\w+ )?(?:auf unser angebot|an uns|uns) "
                r"(?:erteilt|gegeben)",
                r"auftrag (?:ist )?(?:durch|da|rein|erteilt)",
                # "Bauabschnitt 1 ist fest beauftragt"
                r"(?:ist|sind|wurde|wurden) (?:\w+ )?(?:fest |verbindlich )beauftragt",
                r"kam (?:\w+ ){0,3}die bestellung",
                r"zahlung\b(?:[^.!?]|\.(?=\d)){0,100}?\beingegangen",
                r"(?:hat|haben) (?:die|unsere) rechnung bezahlt",
                r"(?:haben|hat) (?:den )?(?:auftrag|zuschlag) (?:erhalten|bekommen)",
                r"bestellung (?:erhalten|ist da|eingegangen|kam|ist gekommen)",
                r"(?:kam|kommt) (?:heute |gestern |jetzt )?(?:die |eine |der )?"
                r"(?:bestellung|auftrag)",
                r"(?:kunde|er|sie) hat (?:\w+ )?(?:bestellt|unterschrieben)",
                # "… hat sich für Variante 2 entschieden (Funk) und heute bestellt"
                r"(?<!wird )(?<!soll )(?<!nicht )(?<!kein )(?:heute|gestern) (?:auch |schon )?"
                r"(?:bestellt|unterschrieben)(?! werden| haben| hätte)",
                r"abschluss (?:ist )?(?:erzielt|gemacht|perfekt)",
                r"unter dach und fach",
                r"auftragswert(?: \w+){0,2}:? ?(?:€|eur )?\d",
                r"anzahlung (?:ist )?(?:eingegangen|bezahlt|überwiesen)",
                r"in trockenen tüchern",
                r"(?:bestellung|auftrag) (?:über [^.!?]{0,30} )?kam",
                r"bestellung über",
                r"bestellung (?:ist )?(?:\w+ ){0,3}(?:gekommen|eingegangen|eingetroffen)",
                r"unterschriebene (?:bestellung|auftragsbestätigung)", r"(?:lag|liegt) (?:die|"
                r"eine) "
                r"bestellung",
                r"kam (?:die |der |heute die |heute der )?(?:bestellung|auftrag) rein",
                # Austrian "eingelangt"
                r"(?:bestellung|auftrag) (?:ist )?(?:rein|reingekommen|eingegangen|eingelangt)",
                r"(?:wir )?haben den auftrag",
                # the object first: "Den Auftrag haben wir!", "Den Zuschlag haben wir."
                r"(?<!\w)den (?:auftrag|zuschlag) haben wir(?=\s*[!.,;]|\s*$)",
                # "am Freitag kam dann die Bestellung. Auftrag über 9.450 € netto"
                r"kam (?:\w+ ){0,2}(?:die|der) (?:bestellung|auftrag)(?! nicht)(?!\w)",
                r"auftrag über (?=\d)",
                # Bavarian: "mia ham den Auftrag!", "jetzt ham ma den Auftrag"
                r"(?:mia|mir) ham (?:den|an) auftrag", r"ham ma (?:den|an) auftrag",
                # "Die Zimmerei hat gleich beim ersten Anruf bestellt"
                r"hat (?:[\w.]+ ){0,4}(?:bestellt|unterschrieben)",
                # "hat nach dem Termin letzte Woche bestellt"
                r"hat nach dem (?:termin|besuch|treffen) (?:\w+ ){0,3}(?:bestellt|unterschrieben)",
                r"(?:angebot|offerte|kva) (?:\w+ ){0,2}angenommen"],
        # (not "verloren ist da keineswegs etwas")
        "lost": [
            # "da ist der Zug leider abgefahren"; "Sie können die Sache also schließen"
            r"(?:der )?zug (?:ist )?(?:\w+ )?abgefahren",
            r"sie können (?:\w+ ){0,3}?(?:schließen|zumachen)(?![^.!?\n]{0,30}?\b(?:as won|"
            r"als gewonnen|som vunn|voitettuna|как (?:выигранн|успешн)))",
            # "der neue Eigentümer hat schon einen Vertrag mit seinem eigenen Dienstleister"
            r"(?:der|die) neuen? (?:eigentümer|besitzer|betreiber)\w*\b[^.!?]{0,40}?\b(?:hat|"
            r"haben) (?:schon |bereits )?(?:einen |ihren |seinen )?(?:eigenen )?(?:vertrag|"
            r"rahmenvertrag|dienstleister)",
            # "den können Sie leider schließen"
            r"(?:können|könnt) (?:sie|ihr) (?:\w+ )?(?:leider )?(?:schließen|"
            r"zumachen)(?![^.!?\n]{0,30}?\b(?:as won|als gewonnen|som vunn|voitettuna|"
            r"как (?:выигранн|успешн)))",
            # "sie haben mit einer Firma aus der Region unterschrieben"
            r"(?:mit|bei) (?:einer|einem|der|dem) (?:anderen |lokalen |regionalen )?(?:firma|"
            r"anbieter|wettbewerber|konkurrenz|konkurrenten|lieferanten|"
            r"mitbewerber)\b[^.!?]{0,40}?unterschrieben",
                 # plain forms: "Der Kunde hat sich dagegen entschieden.", "der Kunde bleibt
                 # beim bisherigen Lieferanten"
                 r"(?:hat|haben) sich (?:\w+ ){0,2}?dagegen entschieden",
                 # (not the customer's guess, quoted: "„wir bleiben wohl beim bisherigen
                 # Lieferanten“")
                 r"bleibt (?:also |nun |jetzt |doch )?(?:beim|bei (?:seinem|ihrem)) (?:bisherigen |"
                 r"alten |jetzigen |)(?:lieferanten|anbieter|errichter|dienstleister|partner)\b",
                 # "die Sensorik ist jetzt im Paket des Generalunternehmers gelandet, und der
                 # bringt seinen eigenen Elektro-Sub mit … mehr kommt da nicht"
                 r"im paket (?:des|vom) generalunternehmers? (?:\w+ )?gelandet",
                 r"bringt (?:seinen|ihren) eigenen (?:[\w]+-)?(?:sub\w*|elektriker|errichter|"
                 r"installateur\w*|lieferanten) mit", r"mehr kommt da nicht\b",
                 r"für uns ist (?:dort|da|hier) nichts mehr zu (?:tun|holen|machen)",
                 # the customer did it without us: "Der Kunde hat das selbst gemacht."
                 r"(?:der kunde|die kundin|die kunden|die haustechnik|der hausmeister|sie|er) "
                 r"(?:hat|haben) (?:\w+ ){0,4}?(?:selbst|selber|in eigenregie) (?:gemacht|erledigt|"
                 r"installiert|montiert|umgesetzt|gelöst)",
                 # the customer's site closing: "die Mälzerei macht den Standort Freising Ende
                 # September zu … Da wird in Freising nichts mehr eingebaut."
                 r"macht (?:den|das|die) (?:standort|werk|betrieb|filiale|halle|lager) "
                 r"(?:(?!nicht\b|doch\b)\w+ ){0,4}?zu\b",
                 r"(?:da|dort|hier) wird (?:\w+ ){0,3}?nichts mehr (?:eingebaut|gebaut|investiert|"
                 r"installiert|gemacht)",
                 # the customer gone bankrupt: "über die Bäckerei … ist am Montag das
                 # Insolvenzverfahren eröffnet worden"
                 # (not a neighbour's: "Die Gärtnerei Sedlmeier hat gestern Insolvenz
                 # angemeldet … die Lex … will so was auf keinen Fall erleben")
                 r"(?:über|gegen) (?:die|den|das) (?:[\w-]+ ){1,3}?ist (?:\w+ ){0,3}?das "
                 r"insolvenzverfahren (?:\w+ ){0,2}?eröffnet",
                 # someone else chosen in the end: "haben sich am Ende für Siemens entschieden"
                 r"(?:haben|hat) sich (?:am ende|letztlich|schließlich|dann doch|doch) für "
                 r"(?!uns|unser)\S+ (?:\w+ )?entschieden",
                 # "Die haben den Auftrag letzte Woche an die Firma vergeben, die schon ihre
                 # Lüftungsanlage wartet", "Da war für uns nichts mehr zu machen"
                 r"(?:den )?auftrag (?:\w+ ){0,3}?an (?:die|eine|einen|den) (?!uns)(?:\w+ )?"
                 r"(?:firma|anbieter|\w+firma|wettbewerber|mitbewerber)\w* (?:\w+ )?vergeben",
                 r"(?:da )?war für uns nichts (?:mehr )?zu (?:machen|holen)",
                 # "Den Auftrag bekommt die Firma seines Schwagers"
                 r"(?:den )?(?:auftrag|zuschlag) (?:bekommt|kriegt) (?:die|der|eine|ein|seine?) "
                 r"(?!uns\b)\w+",
                 r"verloren(?! ist (?:da |hier |noch )?(?:keineswegs|gar nichts|nichts|nicht))",
                 r"verlorn",
                 # "Das hat sich für uns wohl erledigt."
                 r"(?:das|es) hat sich (?:für uns )?(?:wohl |damit |leider |dann )*erledigt",
                 # "Da ist für uns nichts mehr zu holen."
                 r"(?:da|dort|hier) ist für uns nichts mehr zu holen",
                 # "Da brauchen wir nichts mehr zu machen."
                 r"(?:da|dort|hier) (?:brauchen|müssen) wir nichts mehr (?:zu )?(?:machen|tun)",
                 r"für uns ist (?:da|dort|hier) nichts mehr zu holen",
                 r"wir werden (?:dort |da )?nicht mehr gebraucht",
                 # "den Auftrag vom Autohaus Kögl haben wir leider nicht bekommen"
                 r"(?:auftrag|zuschlag)\b[^.!?]{0,40}?\b(?:leider )?nicht bekommen",
                 # "haben sich nicht für uns entschieden, sondern für einen Elektriker"
                 r"(?:hat|haben) sich (?:(?!noch\b)\w+ )?nicht für uns entschieden(?! haben)",
                 r"brauch\w* uns (?:\w+ ){0,2}?(?:nicht mehr|doch nicht|nicht)",
                 # "das des Mitbewerbers … Er hat sich letzte Woche für den anderen entschieden"
                 r"für (?:den|die|das) (?:anderen?|andere) entschieden",
                 r"(?:auftrag|geschäft|deal) (?:ist |kam |wird )?(?:leider )?nicht zustande\w*",
                 # "die Säge in Buch ist leider raus"
                 r"ist leider raus(?! gegangen)",
                 # "Unser Angebot über 15.300 € netto können Sie also abhaken."
                 r"können sie (?:also |dann )?abhaken",
                 # "unser Angebot über 7.240 € netto war damit natürlich chancenlos"
                 r"chancenlos",
                 # "Fischer in Erding ist raus, die haben beim Mitbewerber unterschrieben"
                 r"beim (?:mitbewerber|wettbewerber|konkurrenten) (?:\w+ )?(?:unterschrieben|"
                 r"bestellt|gekauft)",
                 # "Gegen so einen Heimvorteil kommt man … nicht an"
                 r"gegen (?:so einen|einen solchen|diesen|den) heimvorteil",
                 # "beim Zehetmair brauchen wir nicht mehr weiterzumachen": given up
                 r"(?:brauchen|müssen) wir (?:da |dort )?nicht (?:mehr )?weiter(?:zu)?machen",
                 r"(?:investiert|investieren) (?:er|sie) nichts mehr",
                 # "Für uns ist das Projekt damit leider erledigt"
                 r"für uns ist (?:das|der) (?:projekt|auftrag|thema|lead) (?:damit |also )?"
                 r"(?:leider )?erledigt",
                 # "das Sägewerk Bad Aibling können Sie abhaken. … Da war nichts zu machen."
                 r"(?:können|kann|könnt) (?:\w+ )?abhaken", r"da war nichts zu machen",
                 # "… hat ihm gestern den Zuschlag gegeben. Wir sind also raus."
                 r"wir sind (?:also |leider |damit |jetzt |da )?raus",
                 # "Zum Zug gekommen ist am Ende ein Anbieter aus Innsbruck"
                 r"zum zug gekommen ist (?:am ende |schließlich |letztlich )?(?:ein|eine|der|die)",
                 # (not one of our own options: "hat sich für Variante 2 entschieden")
                 r"(?:hat|habe|haben) sich (?:\w+ )?für (?!(?:die |das |den )?(?:variante|"
                 r"option|version|ausführung|unser|uns\b))[^.!?\n]{1,40} entschieden",
                 r"absage (?:erhalten|bekommen)",
                 r"(?:kam|kommt|gab es) (?:\w+ )?(?:die |eine )?absage",
                 r"bleiben (?:\w+ )?bei (?:ihrer|ihrem|der|dem) (?:bestehenden|bisherigen|alten)",
                 r"zuschlag (?:\w+ ){0,2}(?:mitbewerber|wettbewerber|konkurrent)\w* gegeben",
                 r"projekt (?:ist )?(?:gestorben|gestoppt|eingestellt)",
                 r"(?:projekt|vorhaben) (?:\w+ ){0,3}gestrichen",
                 r"(?:ausschreibung|auftrag|zuschlag) (?:ging|geht) an (?:einen|eine|den|die) "
                 r"(?:anderen |andere )?(?:anbieter|bieter|firma|wettbewerber|mitbewerber)\w*",
                 r"(?:nur )?auf platz (?:zwei|drei|vier|2|3|4)\b",
                 r"(?:haben|hat) den auftrag nicht bekommen",
                 r"ging an einen (?:anderen )?(?:anbieter|bieter|wettbewerber|mitbewerber)",
                 r"ausschreibung (?:\w+ )?aufgehoben", r"(?:projekt|vorhaben) wird nicht umgesetzt",
                 r"für uns damit erledigt|(?:damit|das) ist (?:es |das )?für uns erledigt",
                 r"(?:das )?thema ist (?:\w+ )?durch",
                 r"(?:den )?vorgang (?:können sie|kannst du|bitte) (?:\w+ )?schließen",
                 r"auftrag (?:bekommt|bekam|geht an|ging an) (?:ein|einen|der|den) (?:mitbewerber|"
                 r"wettbewerber|konkurrent)\w*", r"(?:der )?lead (?:ist )?(?:für uns )?erledigt",
                 r"zuschlag (?:\w+ ){0,2}(?:einem anderen|an einen anderen|an andere) (?:bieter|"
                 r"anbieter)\w*",
                 r"(?:auftrag|zuschlag) geht an \w+,? nicht an uns",
                 r"zuschlag (?:geht|ging) an (?!uns\b)\w+",  # a tender's award, to someone else
                 r"(?:damit )?(?:war|ist) das thema (?:\w+ )?durch", r"(?:der|das|die) ist tot",
                 r"projekt\b[^.!?]{0,40}?\b(?:gestorben|gestoppt|eingestellt|auf eis gelegt)",
                 r"investitionen\b[^.!?]{0,40}?\bgestoppt",
                 r"budget (?:\w+ )?gestrichen",
                 r"(?:einen )?anderen (?:lieferant|anbieter|partner)\w* (?:gewählt|genommen|"
                 r"beauftragt)",
                 r"leider kein auftrag", r"hat sich (?:\w+ )?erledigt", r"bitte schließen",
                 # "Sie können den Lead schließen", "bei der Zahnklinik … ist es leider vorbei"
                 r"können (?:den|das) (?:lead|projekt|vorgang) (?:\w+ )?schließen",
                 r"ist es (?:\w+ )?(?:leider )?vorbei",
                 # "Die Wäscherei können Sie schließen.", "Den Getränkehändler in Wolnzach
                 # können Sie streichen"
                 r"(?:die|den|das) \w+ (?:in \w+ )?können sie (?:\w+ )?(?:schließen|streichen)",
                 r"ersatzlos gestrichen",
                 r"(?:mit|durch) (?:ihrer|seiner|der) eigenen (?:instandhaltung|mannschaft|"
                 r"technik|leuten)",
                 r"(?:bestellt|gekauft|unterschrieben|beauftragt)\b[^.!?]{0,30}\b(?:beim|"
                 r"bei der|bei "
                 r"einem|bei einer) (?:wettbewerb|mitbewerb|konkurren)\w*", r"für (?:einen|"
                 r"den) wettbewerber", r"nichts geworden",
                 r"(?:nichts|nix) (?:da)?raus geworden", r"nix geworden",
                 r"bleibt (?:\w+ )?bei (?:seinem|seiner|ihrem|ihrer|dem|der) (?:bestehenden|"
                 r"bisherigen|alten)", r"lassen es (?:\w+ ){0,3}bleiben",
                 r"das wird (?:leider )?nichts", r"wird das (?:leider )?nichts",
                 r"wird (?:nix|nichts) (?:da|d)?raus",
                 r"(?:hat es|es hat) (?:leider )?nicht geklappt",
                 r"an (?:einen|eine|die) (?:anderen?|andere) \w+ gegangen",
                 # "gewonnen hat leider die Firma Kessler"
                 r"gewonnen hat (?:leider |aber )?(?:die|der|das|ein|eine)\b",
                 r"(?:der|die|das|er|es) ist (?:leider )?(?:weg|futsch)",
                 r"hatten wir keine chance",
                 r"nicht bekommen",
                 # not "bitte nicht doppelt vergeben", nor awarded to us: "hat beide
                 # Standorte zusammen vergeben", "hat uns den Auftrag vergeben"
                 r"(?<!doppelt )(?<!nicht )(?<!zusammen )(?<!gemeinsam )(?<!an uns )"
                 # (nor one still to be awarded: "Vergeben wird dort erst, wenn der
                 # Aufsichtsrat im März getagt hat")
                 r"(?<!uns den auftrag )(?<!uns den zuschlag )vergeben(?! (?:wird|werden|soll|"
                 r"sollen)\b)",
                 r"abgesagt", r"hat abgesagt", r"geplatzt",
                 # "Den Auftrag hat ein Mitbewerber bekommen": someone else got it
                 r"(?:auftrag|zuschlag) hat (?!unser)[^.!?,]{1,60}?(?:bekommen|erhalten)",
                 r"nicht zu unseren gunsten",
                 # "das Projekt ist trotzdem vom Tisch", "für uns ist da nichts mehr zu holen"
                 r"(?:projekt|thema|auftrag|angebot|vorhaben|das ganze|die sache)\b[^.!?]{0,30}?"
                 r"\bvom tisch", r"nichts (?:mehr )?zu holen",
                 r"(?:beim|bei der|mit dem) (?:wettbewerb|konkurrenten?)\w*",
                 r"(?:beim|bei der|mit dem|mit der) (?:wettbewerb|konkurren)\w*\s+"
                 r"(?:unterschrieben|bestellt|abgeschlossen|gekauft)"],
        "proposal": [
            # "Unser Preis liegt dem Kunden seit Freitag vor"
            r"unser (?:preis|angebot) liegt (?:dem kunden|der kundin|ihnen|"
            r"denen) (?:\w+ ){0,3}?vor\b",
                     # "unsere Unterlagen sind seit Montag im Vergabeportal der Stadt hochgeladen"
                     r"(?:im|ins|auf dem|aufs) vergabeportal (?:\w+ ){0,4}?"
                     r"(?:hochgeladen|eingereicht|abgegeben)",
                     # "unser Preis liegt seit gestern Mittag beim Kunden: 17.385,00 € netto"
                     r"(?:unser (?:preis|angebot|kostenvoranschlag)|unsere kalkulation) liegt "
                     r"(?:\w+ ){0,4}?(?:beim|bei dem|bei der) (?:kunden|kundin|bauherr\w*|"
                     r"auftraggeber\w*|einkauf)",
                     r"(?:unterlagen|angebot) (?:\w+ ){0,6}?(?:hochgeladen|eingereicht)",
                     r"leistungsverzeichnis (?:\w+ )?(?:ausgefüllt|abgegeben|eingereicht)",
                     r"angebot", r"angebote", r"angebotsrunde\w*", r"kostenvoranschlag",
                     # "unsere Preisaufstellung über 27.385,00 € netto liegt seit Freitag bei
                     # Herrn Sailer"
                     r"preisaufstellung\w*", r"preisübersicht\w*",
                     r"unseres angebots",
                     # "… nicht mehr nur in Arbeit, sondern seit Dienstag beim Kunden"
                     r"sondern (?:seit \w+ |schon |bereits )?beim kunden",
                     # "Die Preisliste mit 23.760,00 € netto … liegt seit Freitag beim Einkauf"
                     r"preisliste (?:mit|über|von|für) (?:\S+ ){0,2}?(?:€|eur\b|\d+)",
                     r"unsere preise\b[^!?]{0,100}?\b(?:bekommen|erhalten)",
                     r"kalkulation (?:ist )?(?:raus|beim kunden|verschickt)",
                     r"kalkulation",
                     r"angebotsphase", r"angebotssumme",
                     r"(?:an den einkauf|an den kunden) (?:\w+ )?(?:übermittelt|geschickt|"
                     r"verschickt|gesendet)",
                     r"(?:kva|ab|kostenvoranschlag)\b[^.!?]{0,30}?ist raus",
                     # "hab dem kunden am freitag den KV geschickt" (Kostenvoranschlag)
                     r"(?:geschickt|verschickt|geschickt|gemailt|übermittelt)\b[^.!?]{0,20}?"
                     r"\b(?:den|einen|unseren|unser) kva?\b|(?:den|einen|unseren|unser|der) kva?\b"
                     r"[^.!?]{0,30}?(?:geschickt|verschickt|gemailt|übermittelt|raus)",
                     r"(?:budget|richt)angebot\w*",
                     r"preise? (?:geschickt|übermittelt)",
                     r"bepreist",
                     r"kalkulation liegt (?:vor|beim)",
                     r"angebot liegt (?:beim|bei)",
                     # "inzwischen liegt unser Angebot über 14.380 € netto beim Kunden"
                     r"liegt (?:unser|das) angebot\b(?:[^.!?]|(?<=\d)\.(?=\d)){0,40}\bbeim kunden",
                     r"offert\w*"],
        "meeting": [
            # "Wir sind am Dienstag, 28. Mai, um 14 Uhr im Hotel und schauen uns Küche und
            # Kühlzellen an"
            r"wir sind (?:am|nächsten|kommenden) (?:montag|dienstag|mittwoch|donnerstag|"
            r"freitag)\b[^!?\n]{0,40}?\bum \d{1,2}(?:[.:]\d\d)? uhr (?:\w+ ){0,3}?(?:im|in der|"
            r"beim|bei|vor ort)\b",
            # "Herr Rinne schließt uns am Donnerstag um 13 Uhr den Keller auf"
            r"schließt uns (?:am|um|morgen)\b[^.!?]{0,50}?\bauf\b",
            # "Der Hausmeister lässt uns am Donnerstag um 8 aufs Dach"
            r"lässt uns (?:am|um|nächste|diese|morgen)\b[^.!?]{0,40}?\b(?:aufs|auf das|in die|ins|"
            r"rein|aufs gelände)",
                    # "ist der Besprechungsraum für Dienstag, 12. Februar, 10 Uhr reserviert"
                    r"besprechungsraum (?:[\w.,]+\s+){0,8}?(?:reserviert|gebucht)",
                    # "Herr Brandl will uns am Dienstag, 12.2., um sieben Uhr früh an der Talstation
                    # haben"
                    r"will (?:uns|mich) (?:am|um)\b[^!?\n]{0,100}?\b(?:haben|sehen|dabeihaben)\b",
                    # "Herr Obermaier hat uns für Freitag, 9.11., um 8 Uhr in die
                    # Übergabestation … bestellt"
                    # "Wir sitzen am Dienstag, 30.10., um 9 Uhr mit dem Betriebsleiter … zusammen"
                    # (with the customer's people, not the team: "Wir sitzen am Montag früh
                    # zusammen und schauen, wer … Luft hat")
                    r"sitzen (?:am|an dem) (?:montag|dienstag|mittwoch|donnerstag|freitag)\b"
                    r".{0,60}?\bmit (?:dem|der|den|herrn?|frau)\b.{0,60}?\bzusammen\b",
                    r"(?:hat|haben) uns (?:\w+ ){0,3}?für (?:montag|dienstag|mittwoch|donnerstag|"
                    r"freitag)\b.{0,100}?\bbestellt",
                    # "Heute kam die Bestätigung per Mail: Dienstag, 21.11., 9:00 Uhr"
                    # "Er hat uns eine Kalendereinladung für Donnerstag geschickt"
                    r"(?:kalender|teams|outlook)-?einladung\w* (?:\w+ )?(?:für|zum|am) "
                    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|\d)",
                    r"(?:kam|kommt|ist) (?:heute |eben |gerade )?die (?:termin)?bestätigung\b",
                    # "der Braumeister führt Malte und mich am Donnerstag, 25.5., um 8 Uhr durch
                    # den Gärkeller", "Herr Kraus erwartet uns am Dienstag"
                    rf"führt (?:uns|mich|(?-i:[A-ZÄÖÜ])\w+)\b{_IN_SENTENCE}{{0,60}}?\bdurch "
                    r"(?:den|die|das|seinen|seine|ihren|ihre)\b",
                    r"(?:erwartet|empfängt) (?:uns|mich)\b(?! zu)",
                    # the site shown to us: "damit uns sein Schichtleiter um sieben die
                    # Leitungen zeigen kann"
                    r"(?:uns|mir) (?:\w+ ){0,4}?(?:die|den|das|seine|ihre) (?:leitungen|anlage\w*|"
                    r"halle\w*|räume|betrieb|werk|produktion|technikräume|messstellen|"
                    r"heizzentrale|keller) (?:\w+ )?(?:zeigen|zeigt|zeigen kann|vorführen)\b",
                    # the customer's "Dienstag, 18.10., 10 Uhr passt uns gut"
                    rf"(?:montag|dienstag|mittwoch|donnerstag|freitag)\b{_IN_SENTENCE}{{0,30}}?"
                    r"\b\d{1,2}(?:[:.]\d\d)? uhr passt (?:uns|mir|gut|prima|bestens)\b",
                    # "Frau Lechner hat unsere Besucherausweise für Mittwoch, 21.09., hinterlegt"
                    r"besucherausweis\w* (?:für|am) "
                    r"(?:montag|dienstag|mittwoch|donnerstag|freitag)",
                    r"wir gehen (?:dann )?mit (?:dem|der|den) \w+ (?:die |den |das )?"
                    r"(?:\w+ ){0,3}?ab\b",
                    r"termin", r"treffen", r"getroffen", r"besuch", r"besucht",
                    # "Bin am Mittwoch um 14 Uhr bei denen in Moosburg", "sind mit dem
                    # Braumeister alle vier Kühlkeller abgelaufen"
                    r"(?:bin|sind|war|waren) (?:\w+ ){0,5}?bei (?:denen|ihnen|dem kunden|der "
                    r"kundin) (?:in|vor ort|im|auf)\b",
                    # "kommt am Mittwoch … in unseren Showroom in Garching"
                    rf"(?:kommt|kommen)\b{_IN_SENTENCE}{{0,80}}?\bin unseren? (?:showroom|"
                    r"ausstellung|vorführraum)",
                    # "hat die Einladung für Mittwoch, 9.12., 10:00 Uhr angenommen"
                    rf"einladung\b{_IN_SENTENCE}{{0,50}}?\b(?:angenommen|bestätigt|zugesagt)",
                    r"(?:sind|haben) mit (?:dem|der|den) \w+ (?:\w+ ){0,4}?(?:abgelaufen|"
                    r"angeschaut|besichtigt|durchgegangen)",
                    # "der Lagerleiter will ihm die Halle und die alten Fühler zeigen"
                    r"(?:will|möchte|wollte|wird) (?:ihm|ihr|uns|mir) [^.!?]{0,60}?\bzeigen",
                    # "Wir sind jedenfalls am Dienstag, 10. März, um 10 Uhr bei ihm in Freising."
                    r"(?:wir sind|ich bin) (?:\w+ ){0,2}?am (?:montag|dienstag|mittwoch|"
                    r"donnerstag|freitag)\b[^!?]{0,40}?\bbei (?:ihm|ihr|ihnen|dem kunden|"
                    r"der kundin)\b",
                    # a look on site with its day: "wir schauen uns seine Kühlregale … am
                    # Montag, 13.2., um 7 Uhr an"
                    r"(?:wir )?(?:schauen|sehen) (?:wir )?uns\s+(?:[\w.,-]+\s+){0,16}?(?:am "
                    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|\d{1,2}\.)|um "
                    r"\d{1,2}(?::\d\d)? uhr)",
                    # "saß ich … bei Lechner im Besprechungsraum", "Rundgang durch beide Hallen"
                    # ("… sitzen wir bei Frau Dr. Lenz im Besprechungsraum")
                    r"(?:saß|saßen|sitze|sitzen) (?:ich|wir) (?:\w+ ){0,3}bei "
                    r"(?:[\w.]+\s+){1,3}?im (?:besprechungsraum|büro|konferenzraum)",
                    r"rundgang durch",
                    # "Hebebühne ist für Mittwoch, 15.03., gemietet. Um 10 Uhr schauen wir uns …"
                    r"(?:hebebühne|scherenbühne|arbeitsbühne|steiger) (?:ist )?(?:für|am) "
                    r"(?:montag|dienstag|mittwoch|donnerstag|freitag)\b[^.!?]{0,20}?(?:gemietet|"
                    r"reserviert|bestellt)",
                    r"um \d{1,2}(?::\d\d)? uhr (?:schauen|sehen) wir uns\b",
                    # "wir schauen uns am Freitag, 6. Mai um 7 Uhr früh die Backstube … an"
                    r"schauen uns (?:am|nächste\w*|morgen|\w+tag)\b[^!?\n]{0,80}?\ban\b",
                    # "beim Autohaus waren wir heute Vormittag, Herr Seidl junior hat uns
                    # Werkstatt, Lackiererei und die Waschstraße gezeigt"
                    r"beim \w+ (?:waren|war) (?:wir|ich)\b",
                    r"(?:hat|haben) uns (?:[\w-]+,? ){1,8}gezeigt",
                    # "sind wir am Mittwoch, 22.9., um 10 Uhr vor Ort verabredet"
                    r"(?:vor ort|beim kunden|uhr|zum termin) verabredet",
                    # "in Kranzberg waren wir heute Vormittag mit dem Kirchenpfleger … in der
                    # Pfarrkirche" (not "war ich mit dem Angebot zu spät")
                    r"(?:wir waren|waren wir|ich war|war ich) (?:heute|gestern|am \w+|diese "
                    r"woche|letzte woche)(?: \w+)? mit (?:dem|der|den|herrn|frau) (?!angebot|"
                    r"preis|ergebnis|termin)\w+",
                    # "Wir haben uns für Donnerstag 26.1. auf seiner Baustelle … verabredet"
                    r"(?:haben|hab|habe) (?:uns|mich) (?:[\w.]+ ){0,8}?verabredet",
                    r"(?:halle|lager\w*|anlage|gelände) (?:\w+ )?begangen",
                    # "sind … rausgefahren und haben die komplette Anlage abgelaufen"
                    r"rausgefahren", r"(?:anlage|halle|gelände|werk|produktion) (?:\w+ )?"
                    r"abgelaufen", r"gespräch vor ort",
                    r"besprechung mit", r"(?:hat|haben) uns\b[^!?]{0,90}?\beingeladen",
                    r"\w+begehung",
                    r"vorführung", r"wir sehen uns (?:am|nächste\w*|morgen|\w+tag)",
                    # "am Dienstag war ich mit unserem Techniker draußen bei denen"
                    r"(?:war|waren) (?:ich|wir)\b[^.!?]{0,50}?\b(?:draußen|vor ort|beim kunden|"
                    r"bei (?:denen|ihnen|dem kunden))",
                    # "hab mir die Kühlräume angeschaut" (not "hab mir das angeschaut": the lead)
                    r"(?:hab|habe|haben) (?:mir|uns) (?!das\b|es\b|den lead\b|die anfrage\b|"
                    r"die beschreibung\b)[^.!?]{0,40}?angeschaut",
                    r"aufmaß (?:ist )?(?:gemacht|genommen|erledigt)",
                    # "waren mein Kollege und ich mit dem Haustechniker im Archivkeller"
                    r"(?:waren|war) [^.!?]{0,60}?\bmit (?:dem|der|den|ihrem|ihrer|seinem) "
                    r"(?:\w*techniker|hausmeister|\w*leiter\w*|kunden|geschäftsführer\w*|"
                    r"einkäufer\w*|inhaber\w*|\w*meister) (?:im|in der|in den|auf dem|auf der|"
                    r"beim|vor ort)\b",
                    r"termin\w*", r"trifft",
                    # "Ortstermin … ist für nächsten Mittwoch vereinbart" (not "Liefertermin")
                    r"(?:orts|besichtigungs|vorführ|besprechungs|beratungs|kunden|aufmaß|"
                    r"präsentations)termin\w*", r"treffen uns", r"vor-ort-termin", r"begehung",
                    r"präsentation",
                    r"(?:waren|warn|war|sind|bin) (?:\w+ )?vor ort",
                    # "wir sind am Montag, 21.03., um 10 Uhr bei ihr vor Ort": a date's dots
                    # are no sentence's end
                    r"(?:waren|warn|war|sind|bin)\b(?:[^.!?]|(?<=\d)\.){0,60}\b(?:vor ort|beim "
                    r"kunden)",
                    # "heute Abend um 19 Uhr bin ich bei der Feuerwehr …, der Kommandant hat
                    # mich nach der Übung eingeplant"
                    r"(?:um \d{1,2}(?:[.:]\d\d)? uhr|heute abend|heute nachmittag|morgen früh) "
                    r"(?:bin ich|sind wir) (?:bei|beim)\b",
                    r"hat (?:mich|uns) (?:\w+ ){0,4}eingeplant",
                    r"(?:beim|bei dem) kunden vor ort", r"vor ort beim kunden",
                    # "Wir sind am Dienstag, 15. Mai, um 9 Uhr bei ihr in der Kanzlei."
                    r"(?:sind|bin) am\b(?:[^.!?]|(?<=\d)\.){0,60}?\bbei (?:ihr|ihm|ihnen|dem "
                    r"kunden|der kundin)\b",
                    # a look on site, on a day: "dass wir uns am Dienstag, 6. Dezember, um 9 Uhr
                    # mit dem Haustechniker vor Ort die Messpunkte anschauen"
                    r"(?:am|um)\b(?:[^.!?]|(?<=\d)\.){0,60}?\bvor ort (?:\w+ ){0,3}(?:anschauen|"
                    r"ansehen|besichtigen|begehen)",
                    # "Di 9.5. 8:30 beim Kunden": a time at the customer's is a meeting
                    r"\d{1,2}[:.]\d\d (?:uhr )?(?:beim|bei dem) kunden",
                    r"(?:waren|war)\b[^.!?]{0,50}\bin der (?:halle|produktion|werkstatt|fabrik)",
                    r"saßen\b[^.!?]{0,40}\bmit (?:dem|der|den|ihm|ihr|ihnen)",
                    r"(?:waren|war|bin|sind) (?:\w+ ){0,6}beim kunden", r"aufmaß\w*",
                    r"(?:waren|war) (?:\w+ ){0,4}bei dem kunden?",
                    r"(?:fahren|kommen) [^!?\n]{0,50}?\bhin\b",
                    r"(?:halle|anlage|objekt|baustelle|räume) (?:\w+ )?(?:angeschaut|besichtigt)",
                    # (not "Zugang zu unserem Demo-Dashboard": a login, no meeting)
                    r"besichtigung", r"(?:online-)?demo\w*(?!-)", r"per (?:zoom|teams)",
                    r"(?:video|teams|zoom)-?(?:call|konferenz)",
                    r"meeting",
                    r"workshop",
                    r"haben uns\b[^.!?]{0,80}?\b(?:angesehen|angeschaut|besichtigt)"],
        "contacted": [
                      # "Kunde hat sich gemeldet." (not "hat sich nicht gemeldet")
                      r"hat sich (?:(?!nicht|nie|noch|kein)\w+ )?(?:bei (?:uns|mir) )?gemeldet",
                      r"kontaktiert", r"angerufen", r"kontakt aufgenommen", r"gesprochen",
                      # "Erstgespräch geführt." (a first talk had, not one booked)
                      r"erst(?:es )?gespräch (?:\w+ ){0,2}?(?:geführt|gehabt)",
                      # "Herr Obermaier hat seit gestern einen Zugang zu unserem Demo-Dashboard"
                      r"(?:hat|haben) (?:seit \w+ )?(?:einen )?zugang zu unserem",
                      # "nach meinem Anruf beim Braumeister hat sich heute die Einkaufsabteilung
                      # des Kunden gemeldet"
                      r"nach meinem (?:anruf|telefonat|gespräch)",
                      # "Hatte gestern ein gutes Gespräch mit dem Betriebsleiter"
                      r"(?:hatte|hatten|habe|haben) (?:\w+ ){0,2}?(?:ein |einen )?(?:\w+ )?"
                      r"(?:gespräch|telefonat) mit",
                      r"nur (?:ein )?(?:kurzes )?telefonat",
                      # "habe ich gestern endlich Herrn Obermaier von der Haustechnik erwischt",
                      # "Reisinger hab ich erst am Montag erwischt" (not erwischt: negated)
                      r"erwischt",
                      # "Unterlagen zur CO-Überwachung hat er per Mail bekommen"
                      r"(?:unterlagen|prospekte|datenblätter|infos?)\b[^.!?\n]{0,40}?\b"
                      r"(?:hat er|hat sie|haben sie) (?:\w+ ){0,3}(?:bekommen|erhalten)",
                      # "sind wir bei der Molkerei noch ganz am Anfang"
                      r"sind wir (?:[\w.]+ ){0,5}?(?:noch )?(?:ganz )?am anfang",
                      # "Mit Pfaffenhofen bin ich in Kontakt"
                      r"(?:bin|sind) (?:ich |wir )?(?:mit \w+ )?in kontakt",
                      r"zurückgerufen", r"durchgestellt",
                      r"(?:eine )?(?:e-?mail|mail) geschrieben", r"kam seine antwort",
                      r"am tel(?:efon)? gehabt", r"telefonisch geantwortet",
                      r"(?:in dem|im|nach dem|beim) (?:\w+ ){0,2}\w*gespräch",
                      r"telefoniert", r"erreicht", r"telefonat", r"telefonate", r"angeschrieben",
                      r"gemailt",
                      r"(?:hat|haben) (?:\w+ ){0,2}(?:auf (?:meine|unsere|die) (?:e-?mail|"
                      r"mail|nachricht|anfrage) )?(?:geantwortet|zurückgerufen)",
                      r"kontakt (?:ist )?hergestellt", r"kontakt steht",
                      # a CRM line: "Status: Erstkontakt ✓"
                      # (the tick ends a clause: the label stands alone before it)
                      r"erstkontakt(?:(?=\s*(?:[✓✔☑,]|$))| (?:ist )?(?:erfolgt|hergestellt|"
                      r"gemacht|gehabt)|\s*:\s*(?:ok|erledigt|ja|done)\b)",
                      r"mit (?:dem|der) kunden? gesprochen",
                      r"angesprochen", r"(?:visiten)?karten getauscht",
                      r"call", r"(?:hatten|hatte|habe|haben) (?:\w+ ){0,6}am telefon",
                      # "Ich hatte den Juniorchef, Herrn Wimmer, am Apparat"
                      r"(?:hatten|hatte|habe|haben) (?:[\w.]+\s*,?\s+){0,6}am (?:telefon|apparat|"
                      r"hörer)",
                      r"bieterfrage\w*", r"(?:hat|haben) sich (?:\w+ ){0,8}?zurückgemeldet",
                      r"mails? (?:hin und her|ausgetauscht)",
                      r"ans telefon (?:bekommen|gekriegt)", r"am telefon gehabt"],
        # (not "vorher würde ich gerne wissen, …": a wish to know is no yes)
        "accept": [
            # "das muss man uns nicht zweimal sagen"
            r"(?:muss|müssen) (?:man|sie) (?:uns|mir) nicht zweimal (?:sagen|fragen)",
                   # "Das Häkchen können Sie also bei uns setzen."
                   r"(?:das )?häkchen (?:\w+ ){0,3}?bei uns (?:setzen|machen)",
                   # "passt, machma 👍" (Bavarian and Austrian "machen wir")
                   r"mach ?ma(?! (?:\w+ ){0,3}?(?:aus|ab|fest|nicht|net|ned)\b)",
                   r"ja", r"jawohl",
                   # the lead by its town: "Wir nehmen Passau.", "Passau nehmen wir gern."
                   r"(?:wir|ich) nehmen (?-i:[A-ZÄÖÜ])[\w-]+(?=\s*(?:[.!,;]|$))",
                   r"(?-i:[A-ZÄÖÜ])[\w-]+ nehmen wir(?=\s*(?:[.!,;]|$|gerne?\b))",
                   # "damit steht einer Zusage nichts mehr im Weg"
                   r"(?:steht|stünde) (?:einer|unserer) zusage nichts (?:mehr )?im weg",
                   r"gerne(?! (?:noch )?(?:wissen|erfahren|fragen|verstehen|hören))",
                   r"übernehmen", r"zusage von uns",
                   # a one-word yes: "Klar!", "Ja, passt." (not "alles klar", "Affären
                   # klar!", "passt nicht", "das Kunde ist in Oulu, das passt, aber …")
                   r"(?<!\w )(?:klar|passt)(?=\s*(?:[.!]|$))",
                   # (not the next step's object: "Danach machen wir das Angebot fertig")
                   r"(?:wir machen|machen wir) das(?! nicht)(?! \w+ (?:fertig|\w+ aus\b))",
                   r"geht an uns",
                   # "Wenn der noch zu haben ist: her damit"
                   r"her damit",
                   r"(?:da )?sind wir (?:gern |gerne )?dabei",
                   r"bestätigen wir (?:\w+ )?(?:die )?übernahme",
                   r"wir kümmern uns (?:drum|darum)",
                   r"(?<!sie )(?<!die )nehmen (?:wir|ihn|das|den)(?! (?:\w+ ){0,4}?ab\b)",
                   r"nehme? ich",
                   # (not "das zweite nehmen wir im Februar ab": an acceptance test)
                   # (nor a line of work coming to its end: "Kühlzellen machen wir nur noch bis
                   # Jahresende")
                   r"machen wir(?! (?:\w+ ){0,4}?(?:aus|ab|fest)\b)(?! nur noch)", r"sind dabei",
                   # (a separable verb: "einen Termin machen wir aus, wenn …" arranges one)
                   r"nehmen wir(?! (?:\w+ ){0,4}?ab\b)",
                   r"übernehmen wir", r"sehr gerne",
                   r"her damit",
                   r"schicken sie (?:ihn|den|es|das) (?:rüber|her|uns)",
                   r"nehmen wir mit",
                   # "Damit ist das entschieden – tragen Sie uns bitte für die Molkerei ein."
                   r"tragen sie uns (?:bitte )?(?:(?!nicht\b)\w+ ){0,4}?ein\b",
                   # "Das Ding ist also durch – bitte buchen Sie die Brauerei auf uns."
                   r"buchen sie (?:\w+ ){0,3}?auf uns\b",
                   r"das nehmen wir",
                   r"geht klar",
                   r"schnappen (?:wir )?(?:uns )?(?:den|ihn|das)",
                   r"den schnappen wir",
                   r"nehma",
                   # Bavarian "den nehm ma!" (nehmen wir)
                   r"(?:den|des|das|die) nehm ma",
                   r"pack ma",
                   r"packen wir",
                   # Austrian: "das geht sich bei uns gut aus" (it fits), not "… nicht aus"
                   r"geht sich (?!(?:\w+ ){0,3}?(?:nicht|nie|niemals|kaum)\b)(?:\w+ ){0,3}?aus\b",
                   r"passt wie die faust aufs auge"],
        "decline": [
                    # "Das ist was für einen Partner, der schon Windparks betreut."
                    r"(?:das|der|dieser|den) ist (?:eher |mehr )?(?:was|etwas) für einen "
                    r"(?:anderen )?partner",
                    _alone(r"nein", r"danke"),
                    r"(?:muss|müssen) (?:\w+ ){0,3}?ohne uns auskommen",
                    # (not "viel Neues kann ich leider nicht berichten": nothing to tell)
                    r"leider (?:nicht|kein\w*)(?! (?:\w+ )?(?:berichten|erzählen|mitteilen)\b)",
                    # "Garmisch schaffen wir im Moment nicht … Bitte an einen anderen Partner
                    # geben."
                    r"schaffen wir (?:im moment |gerade |zeitlich |derzeit |leider )?nicht",
                    r"geht sich (?:\w+ ){0,3}?nicht (?:mehr )?aus\b",
                    # "Da muss jemand anders ran."
                    r"muss jemand (?:anders|anderes|anderer) ran\b",
                    r"(?:bitte )?an einen anderen partner (?:geben|weitergeben|vergeben)",
                    # "Das sollte ein Partner mit ATEX-Erfahrung übernehmen", "den Lead einem
                    # anderen Partner anzubieten", "von einer Übernahme … Abstand nehmen"
                    r"(?:das|den|die|es|ihn|dies) (?:sollte|soll|müsste|könnte) (?:besser |"
                    r"lieber |eher )?(?:ein|eine|einer) (?:anderer |andere )?(?:partner|kollege|"
                    r"kollegin)\b[^.!?]{0,40}?(?:übernehmen|machen)",
                    r"einem anderen partner (?:an(?:zu)?bieten|geben|zu geben|weitergeben)",
                    # "Geben Sie das lieber einem Kollegen, der sich damit auskennt."
                    r"geben sie (?:das|den lead|ihn|es) (?:lieber|besser) (?:einem|an einen) "
                    r"(?:anderen )?(?:kollegen|partner)",
                    # "Bitte geben Sie den Lead weiter."
                    r"(?:geben|reichen|leiten) sie (?:den lead|ihn|das|es|die anfrage) (?:bitte )?"
                    r"weiter",
                    r"abstand nehmen",
                    # Bavarian: "des wird nix", "Gebt's den bitte an wen anders weiter"
                    r"(?:des|das) wird nix", r"an (?:wen|jemand|jemanden) anders",
                    # "da lassen wir lieber die Finger davon", "Gebt den Lead an jemand anderen"
                    r"(?:lassen|lasse) (?:wir|ich) (?:\w+ )?(?:lieber |besser )?die finger davon",
                    r"(?:die )?finger davon lassen",
                    r"an (?:jemand|jemanden|einen) (?:anderen|andern)(?: partner)? weiter",
                    r"kein bedarf",
                    # "Geben Sie den Lead bitte einem Partner, der dort in der Nähe sitzt"
                    r"geben sie (?:den lead|ihn|das) (?:bitte )?einem (?:anderen )?partner",
                    # "Geben Sie es bitte an einen Partner weiter, der jetzt Kapazität hat."
                    r"geben sie (?:es|ihn|das|den lead) (?:bitte )?an einen (?:anderen )?partner "
                    r"weiter",
                    # "Bitte geben Sie den Lead an einen Partner weiter, der das abdecken kann"
                    r"geben sie (?:den|diesen) lead (?:bitte )?an (?:einen|eine) (?:anderen )?"
                    r"(?:partner|kollegen|händler)\w* weiter",
                    r"(?:muss|müssen) (?:\w+ ){0,3}?absagen",
                    r"ohne uns", r"winken wir (?:\w+ )?ab",
                    r"rechnet sich (?:\w+ ){0,4}nicht",
                    r"diesmal nicht", r"bitte weitergeben",
                    # "hi, leider nein diesmal", "gebt den lead bitte weiter"
                    r"leider nein\b", r"gebt (?:den lead|ihn|das) (?:bitte )?weiter",
                    r"zu viel zu tun", r"(?:völlig |komplett )?überlastet",
                    r"(?:lassen|lass) (?:\w+ ){0,3}?sausen",
                    r"nehmen (?:den|diesen) lead (?:\w+ )?nicht an",
                    # "Deshalb nehmen wir den Lead nicht an"
                    r"nehmen wir (?:den|diesen|das|dieses|ihn|es) (?:\w+ )?(?:\w+ )?nicht an",
                    # "diesen Lead nehmen wir nicht", "den machen wir nicht"
                    # (not a rule of the house: "Ex-Bereiche machen wir grundsätzlich nicht")
                    r"(?:nehmen|übernehmen|machen) wir (?!grundsätzlich|generell|prinzipiell|"
                    r"normalerweise)(?:\w+ )?nicht(?! nur)(?! \w+ an\b)",
                    # "Den Lead müssen wir deshalb leider sausen lassen."
                    r"sausen lassen", r"lassen (?:wir |ihn |den |das )?(?:\w+ )?sausen",
                    # "Wir nehmen den Lead nicht.", "wir übernehmen dieses Projekt nicht"
                    r"(?:wir|ich) (?:nehmen|übernehmen|nehme|übernehme) (?:den|diesen|das|dieses|"
                    r"die|diese) (?:\w+ )?(?:\w+ )?nicht(?! nur)(?! \w+ an\b)"
                    r"(?=\s*(?:[,.!;:–—-]|$))",
                    r"keine kapazität\w*", r"kein interesse", r"ablehnen", r"lehnen .{0,20}ab",
                    r"(?<!gut )(?<!gerade )(?<!prima )(?<!super )(?<!perfekt )(?<!würde )passen",
                    r"außerhalb unseres \w*gebiet\w*", r"lassen wir (?:\w+ )?aus",
                    r"zu weit", r"nicht unser \w+",
                    # "Das liegt nicht in unserem Gebiet.", "Lieber nicht."
                    r"(?:liegt|ist) (?:leider |aber |halt )?(?:nicht in|außerhalb) unser\w* "
                    r"(?:gebiet|region|bereich|einzugsgebiet|revier)",
                    r"lieber nicht(?=\s*(?:[.!]|$))",
                    r"müssen (?:wir )?(?:hier )?(?:leider )?(?:hier )?(?:absagen|passen)",
                    r"müssen wir (?:\w+ ){1,4}?(?:absagen|passen)",  # "… bei diesem Lead absagen"
                    # "aber Klagenfurt müssen wir leider auslassen"
                    r"(?:müssen|werden) wir (?:\w+ ){0,3}?auslassen",
                    r"verzichten", r"keine zeit", r"ausgelastet",
                    r"nee",
                    r"zu klein",
                    r"lohnt (?:sich )?(?:\w+ )?(?:\w+ )?nicht",
                    r"lohnt sich\b[^.!?]{0,60}?\bnicht",
                    r"sagen (?:\w+ )?(?:\w+ )?ab",
                    r"müssen (?:wir )?(?:leider )?ablehnen",
                    r"(?:leider )?nicht (?:\w+ )?übernehmen",
                    r"können (?:\w+ )?nicht (?:\w+ ){0,2}?(?:nehmen|annehmen|machen)",
                    r"keine leute (?:frei|verfügbar)",
                    # "Technisch gesehen ja, aber wir haben keine Leute."
                    r"aber (?:wir haben|haben wir) (?:\w+ )?keine leute",
                    r"keine freien\s+(?:monteure|leute|techniker|kapazitäten)", r"duplikat",
                    r"(?:nix|nichts) für uns",
                    # "vor Weihnachten wird das nix mehr"
                    r"(?:wird|werd) (?:das|des|es) (?:\w+ )?(?:nix|nichts) mehr",
                    r"brauchen wir (?:\w+ )?nicht", r"können (?:\w+ )?nicht bearbeiten",
                    r"besser aufgehoben", r"wäre das nicht eher (?:was|etwas) für",
                    # "Schicken Sie den Lead bitte an einen anderen Partner in der Gegend."
                    r"(?:schicken|senden|leiten) sie (?:ihn|es|den lead|das|den) (?:bitte )?"
                    r"(?:weiter )?an (?:einen|eine|jemand\w*) (?:anderen|andere)\w*",
                    r"tragen sie uns (?:\w+ ){0,4}?nicht ein\b",
                    # "das ist bei uns schlicht nicht drin", "Das sollte bitte jemand machen, der
                    # im August Leute hat."
                    r"(?:ist|wäre) (?:das )?bei uns (?:\w+ )?nicht drin",
                    r"(?:das|den|die) sollte (?:bitte |besser |lieber |eher )?jemand "
                    r"(?:anders |anderes )?machen",
                    # "Neue Kühlprojekte fangen wir deshalb nicht mehr an"
                    r"fangen wir (?:\w+ ){0,2}?nicht mehr an",
                    # "Geben Sie das Depot bitte jemandem, der im Sommer noch Leute frei hat."
                    r"geben sie (?:ihn|es|den lead|das|die|den) (?:\w+ )?(?:bitte )?jemand\w*"
                    r"(?: anderem| anders| anderen|,? der|,? die)\b",
                    r"geben sie (?:ihn|es|den lead|das) (?:bitte )?an (?:einen|"
                    r"jemand\w*) (?:anderen|andere)\w*",
                    r"können\b[^.!?]{0,40}\bnicht (?:\w+ )?betreuen",
                    # „Das bekommen wir beim besten Willen nicht hin“, „wir sind raus“, „ein
                    # Traumprojekt – für jemand anderen“
                    # (not a date's condition: "Vorher bekommen wir das personell nicht hin")
                    r"(?<!vorher )(?<!davor )(?<!dahin )(?:bekommen|kriegen|schaffen) wir "
                    r"(?:\w+ ){0,4}?nicht hin",
                    r"beim besten willen nicht", r"wir sind raus",
                    r"(?:[–—-]|was|etwas|eher|nur) für jemand(?:en)? ander(?:en|s)"],
        "hedge": [r"vielleicht", r"eventuell", r"mal sehen", r"weiß (?:ich )?nicht",
                  r"kann (?:aber )?(?:auch )?(?:gut )?sein,? dass",
                  # "Ich schau mir das am Montag nochmal an"
                  r"schau(?:e)? (?:mir|ich mir) (?:das|des|es) (?:\w+ ){0,3}?(?:nochmal|noch mal|"
                  r"in ruhe) an",
                  # "ich kann Ihnen ehrlich gesagt noch keine Antwort geben"
                  r"noch keine (?:antwort|zusage|entscheidung) geben", r"ob ja oder nein",
                  r"melde mich (?:später|nochmal|wieder)", r"unklar",
                  r"(?:ich|und) melde mich(?=\s*[.!]|\s*$)",
                  r"muss (?:ich )?(?:erst|noch) (?:\w+ ){0,4}?(?:klären|prüfen)",
                  # "Eher ja als nein, aber versprechen kann ich noch nichts."
                  r"eher ja als nein", r"versprechen kann ich (?:\w+ )?nichts",
                  # "das müssen wir erst im Team besprechen"
                  r"müssen wir (?:erst|noch) (?:\w+ ){0,3}?(?:besprechen|klären|abstimmen)",
                  # "Grundsätzlich ja, aber ich muss das noch mit dem Team abstimmen"
                  r"(?:grundsätzlich|im prinzip|prinzipiell) ja,? aber",
                  r"muss (?:das |es )?noch (?:\w+ ){0,4}?(?:abstimmen|klären|besprechen|prüfen)",
                  # "Ich muss aber erst mit Herrn Wimmer klären, ob …"
                  r"muss (?:aber )?(?:erst|zuerst|vorher) (?:\w+ ){0,4}?(?:klären|abklären|"
                  r"fragen|abstimmen|besprechen|prüfen)",
                  # (not a fallback day: "vor Ostern, sonst die Woche danach")
                  r"sonst(?!,? (?:(?:wird es|eben|halt|dann) )?(?:die woche|nächste woche|in der "
                  r"woche|danach|am (?:montag|dienstag|mittwoch|donnerstag|freitag))\b)",
                  r"schwierig",
                  r"kommt darauf an",
                  r"hängt davon ab",
                  r"schwer zu sagen",
                  r"noch unklar",
                  r"überlege\w*",
                  r"muss (?:ich )?(?:mir )?(?:das )?überlegen",
                  r"muss (?:das )?(?:aber )?erst",
                  # (not "ich wollte erst klären, ob …": done before the answer)
                  r"(?<!wollte )(?<!wollten )erst (?:noch )?(?:mit \w+ \w+ )?(?:besprechen|"
                  r"klären|abstimmen|sprechen|reden)",
                  r"(?:ich )?gebe (?:\w+ )?bescheid"],
    },
    "fi": {
        "won": [
            # "Tilausnumero 4471 tuli tänään"
            r"tilausnumero\w* \S+ (?:tuli|saatiin|on tullut)",
                # "Meillä on tilaus, 5 200 €."
                r"meillä on (?:nyt )?(?:tilaus|kauppa)(?!\w)",
                # "Laskutin Lempäälän Konepajaa eilen koko toimituksesta"
                r"laskut(?:in|imme|ettiin) (?:\w+ ){0,3}?(?:koko )?(?:toimitukse\w*|työ\w*|"
                r"asennukse\w*)",
                # "eilen heidän järjestelmästään tuli ostotilaus"
                r"(?:tuli|saatiin|saimme) (?:\w+ ){0,3}?ostotilaus",
                r"ostotilaus (?:tuli|saapui|on tullut)",
                # "Asiakas kuittasi lähetteen eilen … lasku 12 740 € + alv lähti tänään"
                r"kuittasi (?:\w+ )?(?:lähetteen|rahtikirjan|vastaanoton)",
                r"lasku (?:[\w€,.+%]+ ){0,5}?(?:lähti|lähetettiin|on lähetetty|meni)",
                r"voitettu", r"voitimme", r"voitettiin",
                r"kauppa (?:syntyi|tehty|on (?:\w+ )?tehty)",
                rf"ennakkomaksu\b{_IN_SENTENCE}{{0,50}}?\b(?:tuli|on tullut|saapui|maksettu|"
                r"on maksettu)",
                # "toimitus on sovittu viikolle 34. Summa on 12 900 € + alv."
                r"toimitus on (?:nyt )?sovittu",
                # "Asiakas palautti allekirjoitetun tilausvahvistuksen perjantaina"
                r"allekirjoitetu\w* (?:tilausvahvistu\w*|tilau\w*|sopimu\w*)",
                # (not another place's: "Oriveden koululla, jossa kauppa tehtiin jo syyskuussa")
                r"(?<!jossa )(?<!missä )(?<!joissa )kauppa tehtiin",
                # "Kauppasumma 21 600 € alv 0 %."
                r"kauppasumma(?!\w)",
                # "pyysi, että laskutamme vielä tämän vuoden puolella"
                r"pyysi,? että laskutamme|laskutamme (?:vielä )?tämän vuoden",
                r"(?:anturit|laitteet|tavarat) lähtevät (?:siis )?heille",
                r"lasku (?:[\w€,.]+ ){0,6}?(?:lähti|on lähetetty|lähetettiin)",
                # "Hangon satama kuittasi tilauksen perjantaina"
                r"kuittasi\w* (?:\w+ )?tilauks\w*",
                # the office anglicism: "dealin closasimme eilen!"
                r"(?:closasimme|closattiin|klousasimme|klousattiin)",
                r"ostotilaus (?:\w+ )?(?:tuli|saatiin)", r"ennakkolasku (?:on )?(?:jo )?maksettu",
                r"valitsi\w* (?:\w+ )?(?:tarjouksemme|meidän tarjouksemme|meidät)",
                # "Leipomo tilasi!" (not "tilasi esitteen", not "tilasi kilpailijalta")
                # (spoken, the last vowel dropped: "keravan kiinteistöhuolto tilas")
                r"\btilasi?\b(?! (?:\w+ )?(?:tarjou|esitte|lisätie|näyttei))"
                r"(?![^.!?]{0,60}\b(?:kilpailijalta|muualta|toiselta|netistä|jostain))",
                r"saimme (?:kaupan|tilauksen|sopimuksen)", r"tilaus saatu", r"allekirjoitettu",
                r"teki(?:vät)? (?:\w+ )?tilauksen(?! (?:\w+ )?(?:toiselle|kilpailijalle|muualle|"
                r"muualta|toiselta|kilpailijalta))",
                r"sopimus (?:syntyi|allekirjoitettu)", r"kauppa tuli", r"kaupat tuli",
                r"(?:tilaus|kauppa|sopimus) saatiin",
                r"tuli (?:tilaus|kauppa|kaupat)",
                r"saatiin (?:kauppa|tilaus|sopimus|diili)", r"tilaus tuli",
                r"tilaus (?:on )?(?:saatu|tullut)", r"kauppa (?:on )?(?:kotiutettu|selvä)",
                r"allekirjoitti\w*",
                r"allekirjoitettiin", r"allekirjotettiin", r"allekirjotettu",
                r"kaupat (?:tehtiin|on tehty|syntyi)",
                r"nimet (?:on )?paperissa",
                r"tilausvahvistus (?:lähti|tuli|on)",
                r"tilaus (?:tuli|on sisässä)",
                r"kauppa on meidän",
                # "Allekirjoitus tuli vasta eilen: tilaus on meillä, 19 640 € + alv."
                r"tilaus on (?:nyt )?meillä", r"allekirjoitus (?:tuli|saatiin)",
                # "toimitusjohtaja kuittasi tilausvahvistuksen jo viime tiistaina"
                r"kuittasi (?:\w+ )?(?:tilausvahvistuksen|tilauksen|sopimuksen)",
                r"(?:tilausvahvistus|tilaus|sopimus) (?:on )?kuitattu",
                r"tilauksen arvo(?: \w+){0,2}:? ?(?:€|eur )?\d",
                # "Heidi sai sopimuksen takaisin allekirjoitettuna. Eli tämä on meidän."
                r"sai (?:\w+ )?(?:kaupan|tilauksen|sopimuksen)", r"allekirjoitettuna",
                r"(?:tämä|tää|se) on (?:nyt )?meidän(?! osalta)",
                r"maksoi (?:\w+ )?(?:ennakko\w*|ensimmäisen laskun)",
                r"maksoi (?:\w+ )?lasku\w*", r"lasku (?:on )?maksettu",
                r"tuli (?:\w+ )?tilaus",
                # (not "hyväksyivät kilpailijan tarjouksen": lost)
                r"hyväksy\w* (?!kilpailij)(?:\w+ )?(?:tarjouksen|tarjouksemme)",
                # "lähetimme tarjouksen joulukuussa, ja viime viikolla asiakas hyväksyi sen"
                r"(?:asiakas|tilaaja|he) (?:\w+ )?hyväksyi(?:vät)? (?:sen|tämän)(?!,? että)"],
        "lost": [
            # "uudella omistajalla on jo sopimus omasta huoltoyhtiöstä"
            r"uude(?:lla|t) omistaja\w*\b[^.!?]{0,40}?\b(?:on|ovat) jo (?:oma )?(?:sopimus|"
            r"toimittaja)",
            r"uusi omistaja\b[^.!?]{0,40}?\bon jo (?:oma )?(?:sopimus|toimittaja)",
            # "tämän voitte valitettavasti sulkea"
            r"(?:voitte|voit) (?:\w+ )?(?:valitettavasti )?sulkea(?![^.!?\n]{0,30}?\b(?:as won|"
            r"als gewonnen|som vunn|voitettuna|как (?:выигранн|успешн)))",
            # "asiakas allekirjoitti paikallisen firman kanssa"
            r"allekirjoitti\w* (?:\w+ ){0,2}?(?:firman|yrityksen|kilpailijan|toimittajan) kanssa",
                 # "Jäimme toiseksi."
                 r"jäimme toiseksi|jäätiin toiseksi|jäimme kakkosiksi|jäätiin kakkosiksi",
                 r"hävittiin", r"hävisimme", r"hävitty", r"menetettiin", r"menetetty",
                 # "tää ei valitettavasti toteutunu … teki mittaukset ite, ei tarvinnu meitä"
                 r"(?:tämä|tää|se|tuo|kauppa|projekti|hanke|diili|homma) ei (?:\w+ )?"
                 r"toteutunu(?:t)?", r"(?:teki|tekivät|hoiti|hoitivat|asensi|asensivat) "
                 r"(?:(?:\w+ )?(?:mittaukset|asennukset|asennuksen|työt|työn|kaiken|sen|homman|"
                 r"jutun|anturit) )?(?:itse|ite)\b", r"ei (?:\w+ )?tarvin(?:nu|nut) meitä",
                 # "Asiakas valitsi Siemensin.", "Urakka meni Siemensille."
                 r"valitsi(?:vat)? (?-i:[A-ZÅÄÖ])[\w-]*(?::n|n)\b",
                 r"(?:urakka|kauppa|tilaus|sopimus|tarjouskilpailu) meni (?-i:[A-ZÅÄÖ])[\w-]*"
                 r"(?::lle|lle)\b",
                 # "valitettavasti valinta oli Sensorteknikka Oy eikä me"
                 r"valinta (?:oli|osui|kohdistui) [^.!?]{1,60}? eikä (?:me|meihin|meidät|meitä)",
                 # "Asiakas … kertoi valinneensa paikallisen toimittajan"
                 r"(?:valitsi|valinneensa|valinnut|valitsivat) (?:\w+ )?(?:paikallisen|toisen|"
                 r"halvemman|kilpailijan) (?:toimittajan|urakoitsijan|asentajan|firman)",
                 # "Meidän laskelmille ei siis ole enää käyttöä."
                 r"(?:meidän )?(?:laskelmille|tarjoukselle|tarjouksellemme) ei (?:siis )?ole "
                 r"(?:enää )?käyttöä",
                 # "sen puitesopimuksessa kylmäketjun valvonnan toimittaa toinen yritys. Meidän
                 # laskelmamme jäi siis pöydälle"
                 r"puitesopimukse\w* [^.!?]{0,60}?toimittaa toinen (?:yritys|toimittaja|firma)",
                 r"(?:laskelma|tarjous|hinta-arvio)(?:mme)? jäi (?:siis |näin )?pöydälle",
                 # "Asiakkaan projektipäällikkö pyysi arkistoimaan meidän laskelmat"
                 r"pyysi (?:\w+ )?arkistoimaan (?:meidän )?(?:laskelm|tarjou|hinta-arvi)\w*",
                 # "kilpailija tarjosi kolmanneksen halvemmalla, ja siihen se sitten kaatui"
                 # (the cheaper offer alone is no loss: "kilpailija tarjosi halvemmalla, mutta …")
                 r"siihen (?:se )?(?:sitten )?kaatui",
                 # "ne valitsi lopulta Sensoteqin" (not "valitsi lopulta meidät")
                 r"valitsi(?:vat)? lopulta (?!mei|tarjouksemme)\w+",
                 # "Meille ei tästä jäänyt mitään."
                 r"(?:meille|meidän) ei (?:tästä |siitä )?(?:jäänyt|jää) (?:tästä |siitä )?mitään",
                 # "Vanhaan halliin ei enää laiteta euroakaan, joten tästä ei tule meille
                 # mitään" (not a forecast of the time: "ei tule mitään ennen kesää")
                 r"(?:tästä|siitä) ei tule (?:meille )?(?:enää )?mitään(?! ennen)(?!\w)",
                 # "Asiakas valitsi toinen toimittaja, halvempi." (a learner's "toisen")
                 r"valitsi(?:vat)? (?:toisen|toinen) (?:toimittaja\w*|kumppani\w*|"
                 r"urakoitsija\w*|firma\w*|yritykse\w*|yritys)",
                 r"(?:tämä|se|projekti|hanke) ei ole enää ajankohtai\w*",
                 # "Toivotaan heille onnea, meitä ei siellä enää tarvita."
                 r"meitä ei (?:siellä |sinne )?enää tarvita",
                 # "he eivät valinneet meitä vaan paikallisen sähköliikkeen"
                 r"(?:eivät|ei) valinneet meitä\b(?! vielä)",
                 # "Asiakas tilasi anturit suoraan maahantuojalta", "Ei siis kauppaa tästä."
                 r"tilasi\w* (?:\w+ ){0,3}?(?:suoraan )?(?:maahantuojalta|valmistajalta|"
                 r"tehtaalta|kilpailijalta|muualta|netistä|verkkokaupasta)",
                 r"(?<!\w )ei (?:siis |sitten |tällä kertaa )?(?:tullut )?kauppaa(?: tästä| "
                 r"tällä kertaa)?(?=\s*[.!]|\s*$)",
                 # "Tästä ei meille jää mitään."
                 r"(?:tästä|siitä) ei (?:meille )?jää mitään",
                 r"(?:eivät|ei) (?:enää |sittenkään )?tarvitse meitä",
                 # "kauppa ei toteutunut: asiakas jätti anturit pois budjetin takia"
                 r"(?:kauppa|kaupat|diili|tilaus) ei (?:\w+ )?(?:toteutunut|syntynyt|tullut)",
                 r"kauppaa ei (?:\w+ )?(?:tullut|syntynyt)",
                 # "hanke pantiin jäihin"
                 r"(?:pantiin|laitettiin|pistettiin|on pantu|on laitettu) (?:\w+ )?jäihin",
                 # the project called off: "projekti peruttiin", "hanke peruuntui"
                 # (not "Ellivuoren samanlainen hanke peruttiin": another place's project)
                 r"(?<!samanlainen )(?<!toinen )(?:projekti|hanke|remontti|tilaus|kauppa|"
                 r"hankinta) (?:\w+ )?(?:peruttiin|"
                 r"peruuntui|on peruttu|on peruuntunut|keskeytettiin|kaatui)",
                 r"perui\w* (?:koko )?(?:hankkeen|projektin|tilauksen|remontin|hankinnan)",
                 # "Tarjouksemme oli 19 400 €, mutta siitä ei tule kauppaa."
                 r"(?:siitä|tästä) ei tule kauppaa",
                 # "kilpailijan asentajat", "Meidän 8 400 euron tarjous jäi siis siihen."
                 r"tarjou\w* jäi (?:siis )?siihen",
                 r"kilpailijan asentajat",
                 # "Meidän 9 870 euron tarjouksemme jäi siis pöydälle"
                 r"tarjou\w* jäi (?:siis )?pöydälle",
                 r"vaihtavat anturit itse",
                 # "Tarjouksemme hylättiin virallisesti", "peli on pelattu" (the game is up)
                 r"(?:tarjouksemme|tarjous|tarjouksenne) (?:\w+ )?hylättiin",
                 r"(?:tarjouksemme|tarjous|tarjouksenne) on (?:\w+ )?hylätty",
                 # "ilmoitti, etteivät tilaa meiltä", "Tämä jäi siis meiltä"
                 r"etteivät (?:\w+ )?tilaa meiltä", r"(?:tämä|se|kauppa) jäi (?:siis |nyt )?meiltä",
                 r"hylkäsi\w* (?:\w+ )?tarjouksemme", r"peli on pelattu",
                 # "He hyväksyivät kilpailijan tarjouksen"
                 r"hyväksy\w* (?:\w+ )?kilpailija\w* tarjou\w*",
                 # "Nurmijärven puutarhalta tuli tänään kielteinen päätös"
                 r"kielteinen päätös", r"kielteisen päätöksen",
                 # "Vihdin kanssa kävi huonosti: kunta päätti hoitaa saneerauksen omalla väellä"
                 # (the customer doing it, not "asennamme omalla väellä": ours)
                 r"kävi huonosti", r"(?:päätti|päättivät|hoitaa|hoitavat|tekee|tekevät) "
                 r"(?:\w+ ){0,4}?(?:omalla väellä|omin voimin)",
                 r"jäi meiltä", r"meni meiltä ohi",
                 r"valitsi (?:\w+ ){0,2}(?:halvemm|kiinalai|toise)\w*",
                 # "meille ei tästä tule kauppaa", "päätyivät kilpailijan ratkaisuun", "tämä on
                 # meidän osaltamme päättynyt"
                 r"(?:meille )?ei (?:\w+ )?tule kauppaa", r"päätyi\w* (?:\w+ )?kilpailija\w*",
                 r"(?:meidän )?osalta\w* (?:päättynyt|loppu|ohi)", r"loppuun käsitel\w*",
                 r"jäädytet\w*", r"suljimme (?:liidin|tämän)",
                 r"päätti\w* (?:olla )?jatkamatta",
                 r"valin\w* toisen (?:toimittaja|kumppani|urakoitsija)\w*",
                 r"(?:tästä|siitä) ei (?:enää )?tullut? (?:mitään|kauppaa)",
                 # (not our own means: "pystymmekö hoitamaan tämän omin voimin", "asennamme
                 # omin voimin")
                 r"(?:asiakas|kunta|kaupunki|yhtiö|tilaaja|he|ne|hän|isännöitsijä|taloyhtiö)"
                 r"\b[^.!?]{0,60}?\b(?:omilla miehillä|omin voimin)",
                 r"(?:hoiti|hoitivat|teki|tekivät|asensi|asensivat|asentaa|asentavat) "
                 r"(?:\w+ ){0,3}?(?:omilla miehillä|omin voimin)",
                 r"ei (?:\w+ )?edennyt",
                 r"jatkaa nykyise\w* \w+ kanssa", r"merkitkää (?:liidi|tämä) suljetuksi",
                 r"ei (?:\w+ )?tullut meille", r"valitsi\w* (?:halvimman|halvemman)", r"ei toteudu",
                 r"ei tullu kauppaa", r"ei tullut? kauppoja", r"hinta ei kelvannut?",
                 r"perui (?:koko )?(?:hankkeen|projektin|tilauksen)",
                 r"kauppa ei syntynyt",
                 r"valitsi kilpailijan", r"meni kilpailijalle", r"ei kauppaa", r"hävi\w*",
                 # (not our mail slipping by: "tää meni vähän ohi kun oltiin … tukossa")
                 r"meni (?:\w+ ){0,2}(?:kilpailijalle|(?<!vähän )ohi(?!,? (?:kun|koska))|"
                 r"muualle)",
                 r"päätyi (?:toiseen|toisen|muuhun) (?:toimittaja|kumppani)\w*",
                 r"(?:tämän|sen|liidin) voi sulkea", r"jäi (?:meiltä )?saamatta",
                 r"(?:päätti|päättivät) jatkaa nykyise\w*",
                 r"(?:tästä|siitä) ei (?:enää )?tule (?:meille )?(?:mitään|kauppaa)",
                 r"(?:tämä|se|homma|kauppa|hanke|projekti) kaatui",
                 r"(?:sopimus|hankinta|kauppa) meni toiselle tarjoajalle",
                 # "Heille riitti halvempi ratkaisu toiselta toimittajalta"
                 r"(?:riitti|valitsi\w*|ottivat|otti|ostivat|osti) (?:\w+ ){0,3}?toiselta "
                 r"(?:toimittajalta|valmistajalta|kumppanilta)",
                 r"(?:tämä|kauppa|hanke|projekti|se) ei (?:\w+ )?toteudu",
                 r"suljemme (?:asian|tämän|liidin)",
                 r"tilasi\w* (?:\w+ ){0,3}(?:kilpailijalta|muualta|toiselta)",
                 r"ostetaan (?:jatkossa )?(?:\w+ ){0,2}(?:puitesopimus\w*|kilpailija\w*|toiselta)",
                 r"(?:tarjouksemme|tarjous) ei (?:siis )?ole enää (?:edes )?(?:arvioitavana|mukana|"
                 r"kilpailussa)",
                 r"valitsi (?:\w+ )?(?:halvemman|toisen|kilpailijan) (?:tarjouksen|toimittajan)",
                 r"ei tullut kauppaa",
                 r"ei tärpännyt", r"valitsivat (?:toisen|muun)",
                 r"sivu suun",
                 r"nykyise\w* toimittaja\w*", r"omilla asentaj\w*", r"ei (?:\w+ )?etene",
                 r"suljen (?:tämän|liidin)", r"suljetaan (?:liidi|tämä)\w*"],
        "proposal": [
            # "Hinta on ollut asiakkaalla perjantaista asti"
            r"(?:hinta|hintamme|tarjous) on ollut (?:asiakkaalla|heillä|niillä)",
                     # "Hinta- ja toteutusehdotus liitteineen lähti asiakkaalle maanantaina."
                     r"\w*ehdotus (?:\w+ ){0,2}?lähti (?:\w+ )?asiakkaalle",
                     # "kustannusarvio lähti tiistaina Otaniemen projektipäällikölle"
                     r"(?:kustannusarvio|hinta-arvio|hintalaskelma|"
                     r"laskelma)\w*\s+(?:[\w,]+\s+){0,3}?"
                     r"(?:lähti|lähtivät|lähetettiin|meni)\b",
                     # "hintalaskelmamme on nyt asiakkaan pöydällä"
                     r"(?:tarjou|hintalaskelm|laskelm|kustannusarvi)\w* (?:\w+ ){0,2}?asiakkaan "
                     r"pöydällä",
                     # "lähetin … kaksi laiteluetteloa hintoineen tarkistettavaksi"
                     r"(?:lähetin|lähetimme|lähti|lähtivät|toimitin|toimitimme)\b[^.!?]{0,100}?"
                     r"\bhintoineen",
                     r"hintoineen (?:\w+ )?(?:lähti|lähetetty|toimitettu|meni)",
                     r"tarjous", r"tarjouksen", r"tarjousta", r"lähetimme tarjouksen",
                     # "hinnat ja toimitusaikataulu lähtivät Lahden Levyn tuotantopäällikölle"
                     # (not "esite ja hinnasto on lähetetty": a brochure and price list)
                     rf"hinnat\b{_IN_SENTENCE}{{0,30}}?\b(?:lähtivät|on lähetetty|lähetettiin)",
                     # the loan word: "Lähetin offertin asiakkaalle maanantaina"
                     r"offert(?:in|ti|tia|ia|it)",
                     r"(?:hinnat|laskelma|hinta-arvio)\w* (?:[\w,]+\s+){0,7}?(?:on (?:nyt )?"
                     r"asiakkaalla|lähti|lähetetty)",
                     r"vertailevat (?:\w+ ){0,4}(?:toimittaj|tarjou)\w*",
                     r"hinta (?:on )?lähetetty", r"lähetettiin hinta",
                     r"tarjous (?:lähti|lähetetty|on lähetetty)", r"tarjouksemme",
                     r"tarjouksen (?:lähetin|lähetimme|tein|teimme)",
                     r"\w+tarjou(?:s|ksen|ksemme|sta)(?!pyyn)",  # "urakkatarjous"
                     r"hinnat (?:lähti|on lähetetty|lähetetty)",
                     r"hinta-arvio\w*",
                     r"(?:offer|quote)\w* (?:on )?(?:lähti|lähetetty)",
                     r"lähetettiin (?:\w+ ){0,2}?(?:tarjou\w*|versio)",
                     r"tarjouksesta (?:uusi|toinen|päivitetty) versio",
                     # the office anglicism "offeri": "lähetimme offerin asiakkaalle"
                     r"(?:lähetimme|lähetin|laitoimme|laitoin|teimme|tein) (?:\w+ )?offeri\w*",
                     # "asiakkaalla on nyt kaikki hinnat ja toimitusaika meiltä"
                     r"(?:asiakkaalla|heillä) on (?:nyt )?(?:kaikki )?(?:meidän )?hinnat",
                     # "hinta lähti asiakkaalle tiistaina"
                     r"hin(?:ta|nat) (?:lähti|lähtivät|meni|menivät) (?:\w+ )?asiakkaalle",
                     r"offeri (?:lähti|on lähetetty|meni)"],
        "meeting": [
            # "Tiistaina 9.4. klo 10 olemme paikalla hänen kanssaan"
            r"(?:maanantaina|tiistaina|keskiviikkona|torstaina|"
            r"perjantaina)\b[^!?\n]{0,30}?\bolemme (?:siellä|paikalla|paikan päällä)",
            r"olemme (?:siellä|paikalla|paikan päällä) (?:\w+ ){0,3}?(?:maanantaina|tiistaina|"
            r"keskiviikkona|torstaina|perjantaina|klo|kello)",
            # "kiinteistöpäällikkö Rinne lupasi avata meille kirkon kellarin torstaina 18.4. kello
            # 13"
            r"(?:lupasi|lupaa) (?:avata|näyttää) meille\b[^.!?]{0,60}?\b(?:maanantaina|tiistaina|"
            r"keskiviikkona|torstaina|perjantaina|klo|kello|huomenna)",
            # "Huoltomies päästää meidät katolle torstaina klo 8"
            r"päästää meidät \w+ (?:\w+ ){0,2}?(?:maanantaina|tiistaina|keskiviikkona|torstaina|"
            r"perjantaina|klo|huomenna)",
                    # "olemme paikalla klo 9 katsomassa alakeskusta"
                    r"(?:olemme|olen|ollaan) paikalla (?:\w+ ){0,2}?klo",
                    # "Uusi aika on nyt sovittu: tiistaina 11.12. klo 10"
                    r"uusi (?:aika|päivä|ajankohta) (?:on )?(?:nyt )?"
                    r"(?:sovittu|varattu|vahvistettu)",
                    # "Olen asiakkaan luona ensi viikolla."
                    r"(?:olen|olemme|olin|olimme|käyn|käymme|käydään) asiakkaan luona",
                    # "Käymme kohteessa torstaina.", "käydään paikan päällä"
                    r"(?:käymme|käydään|menemme|mennään) (?:\w+ )?(?:kohteessa|kohteeseen|"
                    r"paikan päällä|paikan päälle|asiakkaan luona|asiakkaalla)",
                    # "Antti Kivikko pyysi tulemaan torstaina kello 16"
                    # "Aaltonen pyysi meidät kirkolle keskiviikkona 7.11. kello 10", "kysyi,
                    # sopisiko meille torstai 1.11. klo 13"
                    r"pyysi (?:meidät|meitä|minut|minua) (?:\w+ ){0,2}?(?:maanantaina|tiistaina|"
                    r"keskiviikkona|torstaina|perjantaina|huomenna)\b",
                    r"kysyi\s*,?\s*sop(?:iiko|isiko) (?:meille |teille )?(?:\w+ )?(?:maanantai|"
                    r"tiistai|keskiviikko|torstai|perjantai)\w*",
                    r"pyysi (?:meitä |minua |meidät )?(?:tulemaan|käymään|tulla|käydä) "
                    r"(?:\w+ ){0,3}?(?:maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|"
                    r"huomenna|ensi viikolla|klo|kello)\b",
                    # "ilmoittauduin Jarin kanssa asiakkaan urakoitsijaperehdytykseen
                    # tiistaiksi 17.10. … kiinteistöpäällikkönsä kiertää kanssamme pakkashallit"
                    r"ilmoittau\w* (?:\w+ ){0,4}?\w*perehdytykseen", r"kiertää kanssamme",
                    # "Riikka Laaksonen varasi meille jo neuvotteluhuoneen torstaiksi 28.6.",
                    # "lähetti kalenterikutsun torstaille"
                    r"varasi (?:\w+ ){0,2}?neuvotteluhuonee\w*",
                    # (the customer's, not ours to send: "Lähetän asiakkaalle kalenterikutsun")
                    r"(?:lähetti|lähettivät|laittoi|laittoivat|saimme|saatiin|sain) "
                    r"(?:\w+ ){0,2}?kalenterikutsu\w*|kalenterikutsu (?:tuli|saapui|on tullut)",
                    # the room booked for us: "Lindholm varasi meille neuvotteluhuoneen ja
                    # kahvit tiistaiksi 30.1. klo 9"
                    r"vara(?:si|nnut|ttu) (?:meille |meitä varten )?neuvotteluhuonee\w*",
                    # "Eli torstaina 23.11. klo 13 ollaan Porvoossa."
                    rf"(?:maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina)"
                    rf"{_IN_SENTENCE}{{0,25}}?\bollaan (?-i:[A-ZÄÖ])\w+",
                    # "Nokialla odotetaan meitä keskiviikkona 24.5. klo 13", "tuotantopäällikkö
                    # ottaa meidät vastaan tiistaina"
                    r"(?:odotetaan|odottaa|odottavat) (?:meitä|meidät)\b",
                    r"ottaa? (?:meidät|minut|(?-i:[A-ZÄÖ])\w+)\b[^.!?]{0,30}?\bvastaan",
                    # "käyttöpäällikkö lähetti Teams-kutsun tiistaille 20.9. klo 14"
                    r"(?:teams|zoom|meet)-?kutsu\w*",
                    # "Asiakkaalta tuli porttikoodi … Tiistai 1.8. klo 13 on blokattu minulta ja
                    # Jannelta"
                    r"porttikoodi\w*",
                    r"on blokattu (?:minulta|meiltä|kalenterista)",
                    r"kutsun (?:\w+ )?"
                    r"(?:maanantaille|tiistaille|keskiviikolle|torstaille|perjantaille)",
                    # "kiinteistöpäällikkö tulee paikalle klo 9 näyttämään meille varaston"
                    r"(?:tulee|tulevat) paikalle (?:klo )?\d",
                    r"(?:tulee|tulevat) (?:\w+ )?näyttämään (?:meille|meitä)",
                    r"tapaaminen", r"tapaamisen", r"tapaamista", r"palaveri", r"palaverin",
                    # a site survey set or held: "kartoitus sovittu to 28.7. klo 9"
                    r"kartoitu\w* (?:on )?(?:sovittu|sovittiin|tehty|tehtiin|pidetty|"
                    r"pidettiin|varattu)",
                    r"(?:sovittiin|sovimme|varasimme|varattiin|teimme|tehtiin) kartoitu\w*",
                    # "Asiakas kuittasi kutsun, katselmus paikan päällä ti 8.12. klo 13"
                    r"katselmu\w*", r"katselmoin\w*",
                    # "Turvallisuusperehdytys on varattu torstaille 16.3. klo 8"
                    r"\w*perehdy\w* (?:on )?(?:varattu|sovittu)",
                    r"(?:kuittasi|hyväksyi) (?:\w+ )?kutsun",
                    # "Tulokset käydään läpi … heidän tuotantopäällikön kanssa torstaina 5.5."
                    r"tulokset käydään läpi",
                    # "laitospäällikkö esittelee puhdistamon ja ohjauskeskuksen klo 10"
                    r"(?:esittelee|näyttää|esittelevät|näyttävät)\b[^.!?]{0,60}?\b(?:klo|kello) "
                    r"\d+",
                    # "Ikaalisissa käytiin torstaina"
                    r"\w{3,}(?:ssa|ssä) käytiin",
                    # "Käytiin tiistaina Nikkilän koululla … katsomassa valvontaa" (a clause
                    # ends at "ja": the place, "-lla", says it), not "käytiin läpi"
                    r"(?:käytiin|kävimme|kävin) (?!(?:\w+ ){0,4}läpi)(?:\w+ ){0,3}?"
                    r"(?:(?!(?:aamu|ilta|viiko|päivä|yö|kerra|tava)ll)\w{3,}(?:lla|llä)|"
                    r"katsomassa|tutustumassa|paikan päällä|kartoittamassa)",
                    # "Lohjalle mennään maanantaina 14.6. klo 9", "Riihimäen Lasitehtaalla
                    # käydään torstaina 8.7."
                    r"\w{3,}(?:lle|lla|llä) (?:mennään|käydään) (?:\w+ )?(?:maanantaina|tiistaina|"
                    r"keskiviikkona|torstaina|perjantaina|\d)",
                    r"kutsui (?:meidät|minut)",
                    # "Menemme asentajan kanssa tiistaina 4.8. klo 9 katsomaan kattilahuoneen"
                    r"(?:menemme|mennään|tulemme|tullaan|menen|tulen)\b[^.!?\n]{0,40}?"
                    r"(?:maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina)\b[^!?\n]"
                    r"{0,30}?(?:katsomaan|kartoittamaan|tutustumaan)",
                    # the place after the verb: "Eli mennään Nokialle torstaina 5.3. klo 13"
                    r"(?:mennään|käydään|menemme|menen) \w{3,}(?:lle|lla|llä) (?:\w+ )?"
                    r"(?:maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|\d{1,2}\.\d)",
                    # "tulemme katsomaan paikkaa jo tiistaina 9.12. klo 10"
                    r"(?:tulemme|tullaan|tulen|menemme|mennään|menen) (?:\w+ )?(?:katsomaan|"
                    r"kartoittamaan|tutustumaan)\b[^.!?\n]{0,40}?(?:maanantaina|tiistaina|"
                    r"keskiviikkona|torstaina|perjantaina|\d{1,2}\.\d{1,2}\.)",
                    r"(?:asiakkaan|heidän) luona (?:käytiin|kävimme|olimme|oltiin)",
                    # "sovin …, että tavataan heidän luonaan torstaina 11.9. klo 9": a day set
                    r"tavataan\b[^.!?]{0,60}?(?:\d{1,2}\.\d{1,2}|maanantaina|tiistaina|"
                    r"keskiviikkona|torstaina|perjantaina|klo)",
                    # "Ei olla vielä tavattu, mutta tiistaina tavataan."
                    r"(?:maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|huomenna|"
                    r"ensi viikolla) tavataan\b",
                    r"istuttiin (?:\w+ ){0,4}alas",
                    r"kierrettiin (?:\w+ ){0,3}(?:tuotantolinja|tehdas|tilat|halli)\w*",
                    r"kävi (?:\w+ ){0,3}(?:asiakkaan|asiakkaalla|varastolla|tehtaalla|"
                    r"paikan päällä|kohteessa)", r"kiersi (?:\w+ )?tilat",
                    r"tapasimme", r"käynti", r"käynnin",
                    r"kävimme(?![^.!?,]{0,40}\bläpi\b)",  # "kävimme tarpeet läpi": discussed
                    r"palaver\w*", r"tapaami\w*",
                    # "sovittiin jatkopalaveri torstaiksi 3.3.": a compound's meeting too
                    r"(?:jatko|aloitus|työ|kick-off-?)(?:palaveri|tapaami)\w*",
                    r"tapasin", r"kävin (?:asiakkaan|heidän|paikan)",
                    # (not "kirjallisen esittelyn": a brochure)
                    # (nor "Esittelyviesti lähetetty": an introduction mail)
                    r"(?<!kirjallisen )(?<!kirjallinen )esittely(?!viesti|kirje|materiaali|"
                    r"posti)\w*", r"demo\w*",
                    r"asiakaskäyn\w*",
                    # "Menemme heille torstaina 13.6. … katsomaan koneet" (a dated visit)
                    r"(?:menemme|mennään|lähdemme) (?:heille|asiakkaalle|paikan päälle)",
                    r"(?:käytiin|kävimme|kävin) (?:\w+ )?"
                    r"(?:paikan päällä|asiakkaalla|kohteessa|katsomassa|kattomassa)",
                    # "kävin perjantaina Hervannassa tekemässä kenttämittaukset"
                    r"(?:käytiin|kävimme|kävin)\b[^.!?]{0,40}?\b(?:tekemässä|mittaamassa|"
                    r"katsomassa|kattomassa|asiakkaan|asiakkaalla|tehtaalla|varastolla|"
                    r"työmaalla|tiloissa)",
                    r"kenttämittau\w*",
                    r"istutaan (?:\w+ )*?alas",
                    r"paikan päällä", r"asiakastapaami\w*", r"työpaja\w*",
                    r"käydään tarpeet läpi",
                    r"tapaamme", r"katselmu\w*", r"tavattiin",
                    r"nähdään",
                    # "Leena Salo haluaa nähdä meidät torstaina 26.7. klo 13"
                    r"haluaa? (?:nähdä|tavata) meidät\b",
                    r"(?:mennään|menemme|tullaan) (?:\w+ )?(?:katsomaan|esittelemään)",
                    r"(?:oltiin|olimme|olin)\b[^.!?]{0,40}?(?:katsomassa|kattomassa|paikan päällä|"
                    r"asiakkaalla|tehtaalla|varastolla|työmaalla)",
                    # office anglicisms: "Meillä oli meetingi asiakkaan kanssa", "miitti"
                    r"meeting\w*", r"miiti\w*", r"miitti\w*",
                    # "Äänekosken Kartongilla käytiin tiistaina"
                    r"\w{3,}(?:lla|llä) käytiin",
                    r"käytiin (?:\w+ )?(?:katsomassa|paikan päällä|paikalla)"],
        "contacted": [
            # "Yhteys on siis otettu."
            r"yhteys on (?:siis |nyt |jo )otettu",
            # "olen puhunut heidän insinöörinsä kanssa kahdesti"
            r"(?<!en )(?<!emme )(?:olen|olemme|ollaan) puhu(?:nut|neet|ttu) (?:\w+ ){0,3}?kanssa",
                      # "Asiakas otti yhteyttä."
                      r"(?:asiakas|he|hän) otti (?:meihin |minuun |meille )?yhteyttä",
                      r"soitettu", r"soitin", r"soitimme", r"otettu yhteyttä", r"otin yhteyttä",
                      # "kunnossapitopäällikkö lisäsi meidät eilen heidän toimittajaportaaliinsa"
                      r"lisäsi meidät (?:\w+ ){0,3}?\w*portaali\w*",
                      # "Kävin hyvän puhelun heidän käyttöpäällikkönsä kanssa"
                      r"kävi(?:n|mme) (?:\w+ )?(?:puhelun|keskustelun)",
                      # "Riikka Salo lähetti heti puhelun perään sähköpostilla sähkökuvat"
                      r"puhelun (?:perään|jälkeen)",
                      # "Nyström vastasi vihdoin puhelimeen … Yhteys on kuitenkin nyt olemassa"
                      r"yhteys on (?:kuitenkin )?(?:nyt )?olemassa",
                      r"vastasi (?:vihdoin )?puhelimeen",
                      r"tavoitettiin", r"tavoitin", r"tavoitimme",
                      # "isäntään sain eilen puhelimella yhteyden"
                      r"sain (?:\w+ ){0,2}yhteyden", r"sain (?:\w+ ){0,2}kiinni",
                      r"otettiin yhteyttä", r"laitoin (?:\w+ ){0,3}viestiä",
                      r"vastasi (?:\w+ )?sähköpostiini",
                      r"(?:hän|he) vastasi(?:vat)?\w*",
                      r"otimme yhteyttä", r"olemme olleet yhteydessä", r"yhteydessä",
                      # (not the present, which tells a call still to make: "soitan", "Jarkko
                      # soittaa asiakkaalle heti, kun saamme yhteystiedot")
                      r"soit(?!an\b|taa\b|amme\b|tavat\b)\w*",
                      # (a call managed: "Mikko ehti soittaa asiakkaalle ennen lähtöään")
                      r"(?:ehti\w*|ehdin|ehdimme) (?:\w+ )?soittaa",
                      r"oltiin yhteydessä", r"olin yhteydessä", r"yhteyksissä",
                      r"puhuttu (?:\w+ )?kanssa", r"lisäkysymy\w*", r"selvennyspyyn\w*",
                      r"puhelu\w* läpi",
                      r"(?:lähetettiin|lähetimme|lähetin) (?:\w+ ){0,3}näyte\w*",
                      r"laitoin (?:\w+ )?(?:viestiä|sähköpostia|meiliä)",
                      r"yhteys (?:on )?otettu",
                      r"tavoitin",
                      # "Sain perjantaina tuotantopäällikön puhelimeen"
                      r"(?:sain|saatiin|saimme)\b[^.!?]{0,50}?\bpuhelimeen",
                      r"juttel\w*",
                      r"tavoitettu", r"kontaktoitu", r"kontaktoin", r"kontaktoimme",
                      r"(?:eka|ensimmäinen) (?:call|puhelu)\w*", r"call (?:\w+ ){0,3}pidettiin",
                      r"(?:nyt |jo )?tuli vastaus", r"sai(?:n|mme) (?:jo )?vastauksen",
                      r"(?:yritin|yritimme) tavoittaa[^.!?]{0,60}onnistui",
                      r"puhelimella", r"puhelimessa", r"jutt?elin", r"juteltiin",
                      r"saatiin (?:\w+ )?yhteys", r"yhteys saatiin",
                      r"puhuin", r"sai(?:n|mme) (?:\w+ ){0,3}kiinni"],
        "accept": [
            # "ei tarvitse kahdesti kysyä"
            r"ei (?:tarvitse|tartte) (?:kahdesti|kahteen kertaan) kysyä",
                   # "kk meille" ("okei, meille"; not "3 kk", "kk:n päästä")
                   r"(?:^|(?<=\n))kk(?![:\d])(?= meille|[ \t]*(?:[,.!]|\n|$))",
                   r"kyllä", r"joo", r"juu", r"otetaan(?! (?:\w+ )?mukaan)", r"otamme",
                   # "Jari ja Sami palaavat jo maanantaina … Ehditään hyvin."
                   r"(?<!ei )(?<!emme )(?:ehditään|ehdimme) (?:kyllä )?hyvin",
                   # "Eli pysyn alkuperäisessä: hyväksymme liidin."
                   r"hyväksy(?:mme|n|tään) (?:\w+ )?(?:liidin|tämän|tän|sen|kohteen)",
                   r"hoidamme", r"hoidetaan",
                   r"sopii",
                   # "Ei tätä kannata muille antaa": not worth giving to anyone else
                   r"ei (?:tätä|sitä|tää) kannata (?:\w+ )?muille antaa",
                   r"(?:voidaan|voimme) (?:hyvin |kyllä |mielellään )?ottaa",
                   r"mielellämme", r"mielellään", r"ottaa (?:\w+ )?(?:liidin|tämän|tän)",
                   r"ota(?:mme)?", r"otan(?! (?:\w+ )?mukaan)", r"hoidan", r"käy(?! ilmi)",
                   r"(?<!on )(?<!oli )selvä",  # (not "tarve on selvä": the need is clear)
                   r"tottakai", r"totta kai", r"ilman muuta",
                   r"pistä (?:meille|tänne|tulemaan)",
                   r"laita (?:meille|tulemaan)",
                   r"meille (?:vaan|sopii)",
                   r"tartutaan", r"napataan", r"nappaamme",
                   r"tartumme",
                   r"kiinnostaa", r"meille kiitos", r"laittakaa meille", r"meidän nimiin",
                   r"laitta?(?:kaa)? (?:\w+ ){0,2}tulemaan",
                   r"käy meille", r"(?:laitetaan|pistetään|otetaan) (?:se |tämä |tää )?työn alle",
                   r"(?:laitetaan|pistetään) (?:se |tämä |tää )?meille"],
        # ("Ei, kiitos.", not "… oltu yhteydessä vai ei.", "no voi ei, taas yksi liidi")
        "decline": [_alone(r"(?<!vai )(?<!voi )(?<!tai )ei", r"kiitos"),
                    r"ei kiitos", r"emme (?:siis |kuitenkaan |tällä kertaa |nyt )?ota",
                    r"(?:pärjätä|pärjää|pärjätköön|selvitä|selviää) (?:\w+ ){0,2}?ilman meitä",
                    # "Tampereelta sinne kyllä ajaa, mutta ei sillä hinnalla, jota tähän
                    # kehtaa tarjota": the yes conceded only to be refused
                    r"kyllä (?:\w+ ){0,2}?\w+,? mutta ei (?:sillä|tällä|sellaisella|semmoisella) "
                    r"hinnalla",
                    # "eikä Kuopio muutenkaan ole meidän aluettamme"
                    r"(?:ei|eikä) (?:\w+ ){0,3}?ole meidän alue\w*",
                    # "tämä ei oikein ole meidän heiniämme"
                    r"ei (?:oikein |ihan |aivan )?(?:ole )?meidän heini\w*",
                    # spoken, and a learner's: "valitettavasti me ei ota tämä liidi"
                    r"(?:me|mä|meillä) ei (?:siis |kuitenkaan |tällä kertaa |nyt )?(?:ota|oteta)\b",
                    # "Joku pohjoisempi kumppani saa tämän ilon."
                    _SOMEONE_ELSE_TAKES_FI,
                    r"emme pysty", r"ei (?:ole )?resursseja",
                    # "EI. Rovaniemi on 600 km Tampereelta, ei todellakaan meidän aluetta."
                    # (not "onko asiakkaaseen oltu yhteydessä vai ei.")
                    r"(?<!vai )(?<!tai )ei(?=[.!]+(?:\s|$))",
                    # "tämä saa tällä kertaa mennä sivu suun"
                    r"(?:saa|saakoon|annetaan) (?:\w+ ){0,3}?mennä sivu suun",
                    r"ei (?:\w+ )?(?:ole )?(?:meidän |meiän )?(?:aluetta|alueellamme|alueemme)",
                    # "Olkoon tämä siis jonkun toisen joululahja."
                    r"olkoon (?:tämä|se) (?:siis )?jonkun toisen",
                    # "Annetaan tämä suosiolla jollekin toiselle kumppanille"
                    r"annetaan (?:tämä |tää |se )?(?:suosiolla )?(?:jollekin )?(?:toiselle|muille|"
                    r"toisille)",
                    # "Annetaan tämän mennä jollekin paikalliselle."
                    r"annetaan (?:tämän|tän|sen) mennä",
                    # (no news is no refusal: "Lohjan osalta ei valitettavasti mitään uutta")
                    r"ei valitettavasti(?! (?:vielä )?(?:mitään|ole|uutta|tietoa|kuulu\w*)\b)",
                    r"(?:on|täytyy) sanoa?(?:ttava)? ei",
                    # "kukapa ei unelmoisi? No, me emme."; "antakaa tämä jollekulle lähempänä"
                    r"no,? me emme", r"antakaa (?:tämä|se) (?:\w+ )?(?:jollekulle|jollekin|"
                    r"toiselle|muille)",
                    # "tämä ei meiltä onnistu"
                    r"(?:tämä|tää) ei (?:meiltä |meillä )?onnistu", r"ei meiltä onnistu",
                    # "tämä pitää valitettavasti jättää väliin"
                    r"(?:pitää|täytyy|joudumme|joudun) (?:\w+ )?jättää (?:tämä |tää )?väliin",
                    r"liikaa (?:töitä|hommia)", r"kädet täynnä",
                    r"jättä(?:mään|ä) (?:tämä |tämän |tää |se |sen )?väliin",
                    r"saa mennä muille", r"antakaa (?:\w+ )?muille",
                    # "Ei meiltä kyllä nyt löydy tähän ketään" ("kyllä" is "really" there)
                    r"ei (?:\w+ ){0,4}?löydy (?:\w+ ){0,3}?(?:ketään|tekijää|asentajaa|resursseja)",
                    # "ei taida meiltä onnistua", "ei meidän heiniä", "Antakaa sellaiselle, joka"
                    r"ei taida (?:\w+ )?onnistua", r"(?:ei|eipä) (?:\w+ ){0,2}meidän heiniä",
                    r"antakaa (?:se |tämä )?(?:sellaiselle|jollekin)",
                    r"jätetään (?:tämä |tää |se )?(?:suosiolla )?jollekin (?:toiselle|muulle)",
                    r"jätetään (?:tämä |tää |se )?väliin", r"jätämme (?:tämän )?väliin",
                    # "Tämä täytyy jättää meidän osalta väliin", "tällä kertaa ei", "me ei
                    # tätä oteta"
                    r"jättää (?:\w+ ){0,3}väliin", r"tällä kertaa ei", r"ei tällä kertaa",
                    r"(?:me )?ei (?:\w+ )?oteta",
                    r"ei onnistu", r"kieltäydymme", r"ei käy(?! ilmi)", r"ei sovi", r"ei kiinnosta",
                    r"emme (?:valitettavasti |nyt |tällä kertaa )(?:pysty|voi|ehdi|ota)",
                    r"ei (?:valitettavasti|oikein|nyt|tällä kertaa) (?:sovi|käy|onnistu)",
                    r"tarjotkaa (?:\w+ )?(?:jollekin|muille|toiselle)",
                    r"jätämme väliin", r"ohitamme", r"emme voi", r"jätetään (?:\w+ ){0,3}?väliin",
                    # "ei kerkeä nyt", "emme kerkiä" (no time)
                    r"(?:ei|emme|en) (?:\w+ )?(?:kerkeä|kerkiä|kerkii)",
                    r"liian kaukana", r"ei meille", r"ei tällä kertaa", r"emme ehdi",
                    r"ei ole kapasiteettia", r"pakko kieltäytyä",
                    # "Teknisesti kyllä, mutta meillä ei ole ketään vapaana."
                    r"mutta meillä ei ole ketään (?:\w+ )?vapaana",
                    r"ei nyt",
                    r"ei (?:tällä|tätä) kertaa",
                    r"jät\w* (?:\w+ )?väliin",
                    r"(?:ei|eivät) (?:\w+ ){0,2}?(?:oo|ole) meidän (?:juttu|ala)\w*",
                    r"(?:joku|jokin|toinen) (?:\w+ ){0,3}hoitaa (?:tämän|sen) (?:\w+ )?\w+mmin",
                    r"antakaa (?:tää|tämä|se) jollekin", r"liian iso pala",
                    r"(?:me )?ei voi(?:da)? ottaa", r"antakaa (?:\w+ )?toinen kumppani",
                    # spoken: "tämä liidi me ei pysty ottaa", "emme pysty ottamaan"
                    r"(?:me ei|emme|en|ei) (?:\w+ )?pysty(?:tä)? (?:\w+ )?(?:ottaa|ottamaan|"
                    r"hoitaa|hoitamaan|tekemään|tehdä)",
                    r"kannattaa tarjota (?:jollekin|muille)",
                    r"kiitos,? mut(?:ta)? ei",
                    r"palautamme (?:liidin|tämän)", r"asiakasta ei ole olemassa",
                    r"ei ehditä",
                    r"ei oteta",
                    r"jää\w* (?:\w+ ){0,3}?väliin",
                    r"ei kannata",
                    r"kieltäyty\w*",
                    # "Jätetään suosiolla muille"
                    r"jätetään (?:tämä |tää |se )?(?:suosiolla )?(?:muille|toisille)"],
        "hedge": [r"ehkä", r"en tiedä", r"en tiiä", r"selvittelen", r"katsotaan", r"tarkistan",
                  # "palasin juuri lomalta enkä vielä tiedä, missä Sastamalan Kartongin kanssa
                  # mennään"
                  r"enkä (?:\w+ )?tiedä",
                  r"(?:en|enkä) (?:\w+ )?tiedä,? missä (?:\w+ ){0,4}?mennään",
                  # "periaatteessa kyllä, käytännössä en vielä tiedä"
                  r"periaatteessa kyllä,? (?:mutta|käytännössä)",
                  # "En osaa vielä sanoa, kysyn pojilta iltapäivällä."
                  r"en osaa (?:vielä )?sanoa", r"kysyn (?:\w+ )?(?:pojilta|porukalta|pomolta|"
                  r"kollegoilta|tiimiltä|asentajilta)",
                  r"palaan asiaan(?! tarkemmin)",
                  r"periaatteessa (?:kyllä|joo),? mutta", r"varmistan (?:vielä|ensin)",
                  r"en uskalla luvata", r"en halua kieltäytyäkään",
                  r"mahdollisesti", r"en ole varma", r"enkä ole varma",
                  # "Pitää vielä miettiä ja jutella porukan kanssa"
                  r"(?:pitää|täytyy|pitäisi) (?:vielä |ensin )?(?:miettiä|harkita|kysyä)",
                  r"muuten (?:ei|emme|en)",  # "otherwise not"; "by the way" is no hedge
                  r"riippuu",
                  r"vaikea sanoa",
                  r"hankala sanoa",
                  r"epäselvää",
                  # (not a moment's thought, past: "otetaan tämä. Mietin hetken, ehditäänkö")
                  r"mietin(?! hetken| hetkisen| ensin)",
                  r"mietitään",
                  r"harkitaan"],
    },
    "sv": {
        # (not "den vann en annan leverantör": another supplier won it)
        "won": [
            # "Solna Bageri skickade ordern i morse" (not "klappat och klart": a meeting may be
            # settled so too)
            r"(?<!inte )(?<!int )skickade (?:över )?ordern",
            # "Ordernumret 4471 kom idag"
            r"ordernumr\w* \S+ (?:kom|har kommit|fick vi)",
                # "Vi har ordern, 45 000 kr."
                r"vi har (?:fått )?ordern(?!\w)",
                # "Kunden tackade ja till vår offert på 88 000 kr."
                r"tackade ja till (?:vår|vårt|offerten|erbjudandet|anbudet)",
                # "Kunden beställde av oss.", "köpte systemet hos oss"
                r"(?:beställde|köpte|har beställt|har köpt) (?:\w+ ){0,3}?(?:av|hos|från) oss\b",
                # "kunden har gett oss ett leverantörsnummer och lagt beställningen"
                r"(?:har )?lagt (?:en |sin )?(?:beställning\w*|order\w*)",
                r"vunnen", r"vunnit", r"vann(?! (?:en annan|en konkurrent|konkurrenten)\b)",
                rf"handpenning\w*\b{_IN_SENTENCE}{{0,50}}?\b(?:kom|har kommit|betald|inbetald)",
                r"vi vann", r"affären (?:är )?klar",
                # "De skickade en underskriven orderbekräftelse i fredags"
                r"(?:underskriv|undertecknad)\w* (?:orderbekräftelse\w*|order\w*|avtal\w*|"
                r"kontrakt\w*|beställning\w*)",
                # the invoice address asked for: "Jag har bett kunden om deras
                # faktureringsadress, och givarna körs upp på måndag"
                r"(?:bett|frågat) (?:kunden |dem )?om (?:deras |kundens )?faktureringsadress",
                # "Nu är det underskrivet: 33 900 euro exkl. moms."
                r"(?:är|blev) (?:det |den |avtalet |kontraktet |ordern )?(?:underskriv\w*|"
                r"påskriv\w*|undertecknad\w*|undertecknat)",
                # "De beställer flödesmätarna för 92 750 kronor", "orderbekräftelsen kom i fredags"
                r"(?<!om )(?<!innan )de beställer",
                r"orderbekräftelsen (?:kom|har kommit)",
                r"har bestämt sig för (?:oss|vår offert)",
                # "Ordern är på 187 500 kr exkl. moms"
                r"ordern är på",
                # "fakturan på 22 150 € exkl. moms gick ut i går": billed, so sold
                r"faktura\w* (?:[\w€,.]+ ){0,6}?(?:gick ut|är skickad|skickades)",
                # "Haparanda Värmeverk sa ja i dag!"
                r"sa ja(?: i dag| i går)?(?=\s*[!.,]|\s*$)",
                # "Ijo sågverk ringde i eftermiddag och beställde, 26 900 €" (the customer
                # ordered; not "beställde en offert")
                r"(?<!inte )(?<!inte ha )beställde(?=\s*[,.!]|\s*$)",
                # "Bageri Sunnanvind beställde för två veckor sedan, 9 870 euro utan moms"
                r"(?<!inte )(?<!inte ha )(?<!om )beställde (?:i går|igår|i förrgår|i \w+dags|"
                r"för (?:\w+ ){1,2}?(?:sedan|sen)|förra veckan|i morse|nyss|häromdagen)(?!\w)",
                r"inköpsorder(?:n)? (?:\w+ ){0,3}?kom", r"ordern kom",
                r"(?:har )?lagt (?:sin |en )?order(?:n)?",
                r"ordern (?:är )?klar", r"fick (?:ordern|affären|avtalet)", r"signerat",
                r"affären gick (?:i lås|hem)",
                r"vi fick (?:ordern|affären|avtalet|jobbet|uppdraget)", r"order (?:klar|mottagen)",
                # "vi fick den 🎉 9,2 k€ + moms" (the clause ends there: not "vi fick den
                # offerten", "vi fick det beskedet att …")
                r"vi fick (?:den|det)(?=\s*(?:[!.,]|$|[\U0001F300-\U0001FAFF]))",
                r"kunden (?:har )?(?:signerat|beställt)",
                # "Haparanda Trä har beställt! Ordern på 212 000 SEK exkl. moms kom in i måndags"
                r"(?<!vi )(?<!jag )har beställt(?! (?:\w+ )?från (?:en )?(?:konkurrent|annan))"
                r"(?! (?:\w+ )?(?:prover|broschyr\w*|offert\w*|demo\w*))",
                r"ordern\b[^!?]{0,60}?\bkom in",
                r"(?:avtalet|kontraktet) (?:är )?(?:påskrivet|signerat)",
                r"sa ja till (?:vårt|vår|offerten|förslaget)\w*",
                r"påskriv(?:et|na|it)",
                r"(?:har )?skrivit (?:på|under)",
                r"skrev (?:på|under)",
                r"i hamn", r"ordervärde\w*(?: \w+){0,2}:? ?(?:€|eur )?\d",
                r"(?:har )?betalat (?:\w+ )?(?:förskott\w*|fakturan|handpenning\w*)",
                r"bekräfta\w* (?:ordern|beställningen)",
                r"(?:har )?lagt (?:en )?(?:order|beställning)",
                r"(?:har )?skickat (?:sin|en|in) (?:beställning|order)",
                r"skickade (?:en |sin )?(?:skriftlig |underskriven |signerad )?(?:beställning|"
                r"order)",
                r"(?:underskriven|signerad|skriftlig) (?:order|beställning)",
                r"(?:godkände|godkänt|accepterade|accepterat) (?:vår |den )?offert\w*",
                r"(?:kunden|de) (?:har )?(?:godkände|godkänt|accepterade|accepterat) (?:den|det)"
                r"(?!,? att)",
                r"fick (?:po|ordern|beställningen)\w*",
                r"(?:beställningen|ordern) (?:trillade|kom|har kommit) in",
                r"(?:är )?ordern (?:är )?här",
                # "i fredags skrev kunden till slut på"
                r"skrev (?:de|dom|kunden|vi|hon|han) (?:till slut |äntligen |i dag |idag |nu )?"
                r"(?:på|under)",
                r"(?:den|affären|ordern) är vår",
                r"(?:har )?valt (?:vårt|vår) (?:anbud|offert)\w*",
                # (not the writer's yes to an invitation: "och jag har tackat ja")
                r"(?<!jag har )(?<!vi har )(?<!jag )(?<!vi )(?:kunden )?(?:har )?tackat ja",
                r"(?<!inte )(?<!har inte )beställt(?=\s*[!.,]|\s*$)",
                r"beställde (?:i går|igår|i dag|idag|nu|precis|i förrgår|"
                # "de beställde före jul: 185 000 kr exkl. moms"
                r"före (?:jul|nyår|semestern|helgen)|"
                r"i (?:mån|tis|ons|tors|fre)dags|förra veckan|"
                # "Kunden beställde den 4 oktober, 36 900 euro exkl. moms"
                r"(?:den )?\d{1,2}(?:\.\d{1,2}\.?|:e)?(?= (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|"
                r"okt|nov|dec)|[.,]?\s))"],
        "lost": [
            # the new owner's own contract: "den nya ägaren har redan ett avtal med sin egen
            # fastighetsservice"
            r"(?:den )?nya ägaren\b[^.!?]{0,40}?\bhar (?:redan )?(?:ett |sitt )?(?:eget )?avtal",
            # the lead closed at the partner's word: "Haninge kan ni tyvärr stänga"
            r"kan ni (?:\w+ )?(?:tyvärr )?stänga(?! (?:av|in|ner))\b(?![^.!?\n]{0,30}?\b(?:as won|"
            r"als gewonnen|som vunn|voitettuna|как (?:выигранн|успешн)))",
            # "de skrev på med en lokal firma i morse"
            r"skrev på (?:med|hos) (?:en|ett|den|det) (?:\w+ )?(?:firma|företag|konkurrent|"
            r"leverantör)\w*",
                 # "Det finns inget kvar för oss att göra där."
                 r"(?:det finns )?inget (?:kvar )?för oss att (?:göra|hämta)",
                 # "Vi kom tvåa."
                 r"(?:vi )?kom (?:på andra plats|tvåa)",
                 r"förlorad", r"förlorade", r"förlorat", r"valde en konkurrent",
                 # "Kunden bestämde sig för att inte gå vidare."
                 r"(?:bestämde|bestämt) sig för att inte (?:gå vidare|köpa|beställa|genomföra)",
                 r"valde att inte (?:gå vidare|köpa|beställa|genomföra)",
                 # "Kvarnholmen förlängde avtalet med sin nuvarande driftentreprenör … Jag stänger
                 # mappen på vår sida."
                 r"förläng\w* (?:\w+ )?(?:avtal\w*|kontrakt\w*) med (?:sin|sitt|sina|den|deras) "
                 r"(?:nuvarande|befintliga|gamla)",
                 r"stänger (?:mappen|ärendet|leadet) på vår sida",
                 # "plantskolan läggs ner … Han bad oss att inte lägga ner mer tid på det."
                 r"(?<!\w)(?:läggs|lades|har lagts) ner\b(?! (?:mer |någon )?tid)",
                 r"bad oss (?:att )?inte lägga ner (?:mer )?tid",
                 # "Kunden gjorde mätningarna själva."
                 r"(?:kunden|de|dom|han|hon) (?:\w+ ){0,2}?(?:gjorde|fixade|installerade|löste) "
                 r"(?:\w+ ){0,3}?själva?\b",
                 # "Kunden valde Siemens.", "Projektet lades på is."
                 r"(?:valde|har valt) (?!oss\b|Vår|Vårt|Våra)(?-i:[A-ZÅÄÖ])[\w-]+",
                 r"(?:lades|lagts|lagt) på is",
                 # "De valde Danfoss till slut", "valde till slut en annan"
                 r"valde (?!oss|vår|vårt|våra)\w+ (?:till slut|i slutändan)",
                 r"valde (?:till slut|i slutändan) (?!oss|vår|vårt|våra)\w+",
                 # "Det var det för vår del."
                 r"det var det för (?:vår|min) del",
                 r"vi behövs inte (?:där |längre )+",
                 r"vann en annan (?:leverantör|firma|aktör|entreprenör|installatör)",
                 # "de valde inte oss utan en lokal elfirma"
                 r"valde (?:inte oss|oss inte)\b(?! än| ännu)",
                 r"behöver (?:inte|inte längre|inte längre ha) (?:oss|vår hjälp)|behöver oss inte",
                 r"affären blev (?:\w+ )?(?:inte|aldrig) av", r"det blev ingen affär",
                 # "har lagt projektet på is på obestämd tid"
                 r"(?:lagt|lagts|lägger|lade|läggs) (?:\w+ )?(?:projektet |det |alltihop |allt )?"
                 r"på is",
                 # the project called off: "projektet har avbrutits", "de lade ner projektet"
                 r"(?:projektet|bygget|renoveringen|upphandlingen|ordern) (?:har )?(?!inte )"
                 r"(?:\w+ )?(?:avbrutits|avbröts|avbrutet|lagts ner|lades ner|ställts in|"
                 r"ställdes in|skrotats|skrotades|stoppats|stoppades)",
                 r"(?:har |hade )?(?:avbrutit|avbröt|lagt ner|lade ner|ställt in|ställde in|"
                 r"skrotat|skrotade) (?:hela )?(?:projektet|bygget|renoveringen|upphandlingen|"
                 r"ordern)",
                 # "Hej, det loppet är kört."
                 r"loppet är kört",
                 # "Vår offert på 16 300 € kan vi nog lägga till handlingarna."
                 r"lägga (?:den |det )?till handlingarna",
                 r"blev (?:\w+ )?en förlust",
                 # "kunden blev inte övertygad. De köper av samma leverantör som byggde …"
                 r"blev inte övertygad\w*", r"köper (?:av|från) (?:samma|en annan|sin (?:gamla|"
                 r"vanliga)) leverantör",
                 # "Vår offert på 17 300 € exkl. moms gick alltså inte hem"
                 r"(?:offert\w*|anbud\w*) (?:[\w€,.]+ ){0,6}?gick (?:\w+ )?inte hem",
                 # "Limingo mejeri blev det inget med"
                 r"blev det inget (?:med|av)", r"det blev inget (?:med|av) (?:det|den|affären)",
                 r"valde (?:en )?(?:lokal|annan|billigare)\w*",
                 r"(?:har )?köpt (?:ett )?(?:\w+ )?system från", r"givare behövs inte",
                 r"inget mer att göra",
                 # "vår offert inte kommer att bli aktuell"
                 r"(?:inte|aldrig) (?:kommer att )?bli aktuell",
                 r"(?:projektet|satsningen)\b[^.!?]{0,40}\bär nedlagt",
                 r"(?:har )?stoppat (?:alla )?investeringar\w*",
                 r"ingen affär(?! än)",
                 r"valde (?:kunden )?(?:\w+ ){0,3}?(?:en )?annan (?:leverantör|partner|"
                 r"installatör|firma)",
                 r"lägger ner (?:det|leadet|ärendet)",
                 r"(?:har )?lagt ner (?:den här|det här|det|leadet|ärendet)",
                 r"(?:la|lade|har lagt) ner (?:hela )?projektet",
                 r"(?:projektet|affären|satsningen) (?:har )?(?:lades|lagts) ner",
                 r"(?:kan )?stänga (?:den|det)(?: här)? från vår sida",
                 r"fick (?:vi )?inte (?:affären|ordern|jobbet|uppdraget)",
                 r"köpte av en annan (?:leverantör|firma|installatör)",
                 r"blev ingen affär", r"blev (?:det )?inget", r"blev (?:det )?ingen affär",
                 # "det här blir ingenting för vår del" (not "det blir inget problem")
                 r"blir (?:det )?(?:ingenting|inget)(?= av\b| med\b| för vår del|\s*[.,!;]|\s*$)",
                 r"tilldelades (?:en )?annan (?:anbudsgivare|leverantör)", r"kom tvåa",
                 r"förlor\w*", r"gamla leverantör\w*", r"valde (?:en )?annan",
                 r"gick till (?:en )?annan",
                 r"åt skogen",
                 r"valde (?:en )?(?:billigare|annan)",
                 r"rann ut i sanden",
                 r"stanna kvar hos",
                 r"stanna (?:kvar )?hos (?:sin|sina|deras|den) (?:nuvarande|befintliga|gamla)",
                 r"stänger (?:det här|den här|detta)", r"avslutar (?:leadet|ärendet)",
                 r"inget mer att hämta", r"(?:inte går|går inte) vidare med oss",
                 r"som vann (?:upphandlingen|affären|ordern|anbudet)",
                 r"(?:har )?valt (?:en |ett )?(?:annan|annat) "
                 r"(?:leverantör|partner|alternativ|firma)",
                 r"blev det (?:ett )?nej", r"blev (?:det )?tyvärr inget",
                 r"gick vidare med en (?:\w+ )?\w*firma", r"(?:ni )?kan stänga leadet",
                 r"gå vidare med en annan (?:leverantör|partner|installatör)",
                 r"(?:gick|gått) (?:\w+ ){0,2}inte vår väg", r"stänger (?:leadet|ärendet)",
                 r"valde (?:en |ett )?(?:billigare|annan|annat) (?:alternativ|leverantör|lösning)"],
        "proposal": [
            # "De har haft vårt pris sedan i fredags"
            r"(?:de|kunden) har haft (?:vårt|vår) (?:pris|offert)\w*",
                     # "vår kalkyl på 318 000 kr exkl. moms gick till ishallens inköpare"
                     r"kalkyl\w*\b[^!?\n]{0,60}?\b(?:gick|skickades|har gått|skickade vi) "
                     r"(?:\w+ )?till\b",
                     # "skickade vi över vår kalkyl i tisdags: 96 400 kr exkl. moms"
                     r"skickade (?:vi|jag) (?:över |iväg )?(?:vår|min|en) (?:\w+ )?(?:kalkyl\w*|"
                     r"offert\w*|prisuppgift\w*)",
                     # "prisuppgiften på 264 900 kr exkl. moms skickades till Nordhamn"
                     r"(?:prisuppgift|prisförslag|prisindikation)\w*\b[^!?\n]{0,60}?\b(?:gick|"
                     r"skickades|har gått|skickade vi|har skickats)\b",
                     # "i går skickade jag materiallistan med priser till kundens inköpare"
                     r"\w*listan? med pris(?:er|et)?\b",
                     r"offert", r"offerten", r"offerter", r"offert\w*", r"pris(?:förslag|uppgift)",
                     r"kostnadsförslag\w*",
                     # "prislistan med 15 900 € exkl. moms … gick till Vaasan Venetehdas inköpare"
                     r"prislista\w* (?:med|på|över) (?:\S+ ){0,2}?(?:€|eur\b|kr\b|\d+)",
                     # "kunden har vår kalkyl på bordet sedan i måndags"
                     r"(?:vår|våra) (?:kalkyl|siffror|priser) på bordet",
                     # "ishallen har fått våra siffror och funderar"
                     r"(?:har )?fått (?:våra|vår) (?:siffror|priser|pris|kalkyl)",
                     # "Den riktiga skickade jag till kunden i går" (after "eller nej, vänta")
                     r"den riktiga (?:offerten )?skickade (?:jag|vi)",
                     # ("vår kalkyl på 212 400 kr exkl. moms för tre skolor ligger nu hos …")
                     r"(?:kalkyl|pris|kostnadsberäkning)\w* "
                     r"(?:exkl\.\s+|inkl\.\s+|[\w,]+\s+){0,12}?(?:gick till|"
                     r"ligger (?:nu )?hos|"
                     r"skickad)",
                     # "våra priser gick iväg till varvschefen i tisdags"
                     r"(?:kalkyl|pris|offert)\w* (?:[\w,]+\s+){0,8}?gick (?:iväg|ut|över) till",
                     r"(?:ytterligare|fler) (?:ett )?anbud",
                     # "Rättelse kl. 16: den gick iväg redan nu i eftermiddag! 32 500 euro"
                     r"(?:den|det) (?:gick|har gått|har nu gått) iväg",
                     r"anbud\w* (?:\w+ ){0,8}?(?:lämnades|lämnat|lämnade) in",
                     r"(?:lämnade|lämnat) (?:in )?(?:vårt |ett )?anbud",
                     r"prisförslag\w*",
                     r"lämna(?:t|de)? in (?:vårt |ett |vår )?(?:anbud|offert)\w*"],
        "meeting": [
            # "fastighetschefen låser upp källaren åt oss på torsdag kl 13"
            r"låser upp (?:\w+ ){0,3}?åt oss (?:på|i) (?:måndag|tisdag|onsdag|torsdag|fredag|"
            r"morgon)",
            # "Vaktmästaren släpper upp oss på taket på torsdag kl 8"
            r"släpper (?:in|upp|ut) oss (?:\w+ ){0,4}?(?:på )?(?:måndag|tisdag|onsdag|torsdag|"
            r"fredag|kl|i morgon|imorgon)",
                    # "Han vill ha oss i simhallen onsdag 6.2 kl. 7.30"
                    r"vill ha (?:oss|mig) (?:i|på|hos|vid)\b[^!?\n]{0,70}?\b"
                    r"(?:måndag|tisdag|onsdag|torsdag|fredag|\d{1,2}[./]\d{1,2}|kl\.? ?\d)",
                    # "Ny tid är bokad: tisdag 11/12 kl. 10."
                    r"ny (?:tid|dag) (?:är )?(?:nu )?(?:bokad|satt|bestämd|bekräftad)(?! än| ännu)",
                    # "Marika Harju har skrivit in Kenneth och mig på deras hygienkurs på måndag
                    # … visar hon oss kylrummen"; "sett oss på plats, och det gör han onsdag"
                    r"skrivit in (?:\w+\s+(?:och\s+|,\s+)?){0,3}?(?:oss|mig) på\b",
                    r"visar (?:hon|han|de|dom) oss (?:runt|kylrummen|lokalerna|anläggningen|"
                    r"fabriken|lagret|\w+rummen)\b",
                    r"(?:sett|se|träffa|träffat) oss på plats\b[^!?]{0,60}?\b(?:måndag|tisdag|"
                    r"onsdag|torsdag|fredag)\b",
                    # "men vi kom överens om torsdag 23.11 kl. 10 på plats i Brahestad"
                    r"kom överens om (?:\w+ )?(?:måndag|tisdag|onsdag|torsdag|fredag)",
                    # "kom på torsdag så visar jag pannrummet". "Så torsdag 16.8 kl. 13 är vi på
                    # plats i Uleåborg."
                    r"kom på (?:måndag|tisdag|onsdag|torsdag|fredag) så (?:visar|tar|går)",
                    r"(?:måndag|tisdag|onsdag|torsdag|fredag)\w* (?:den )?(?:[\d./]+ )?(?:kl\.? ?"
                    r"[\d.:]+ )?är (?:vi|jag) på plats",
                    r"kalenderinbjudan (?:\w+ )?(?:för|till|på) (?:måndag|tisdag|onsdag|torsdag|"
                    r"fredag|\d)",
                    # "Anne Kallio har skickat en Teams-inbjudan för torsdag 10.8 kl. 10"
                    r"(?:teams|zoom|möte\w*)-?inbjudan\w*",
                    # "deras driftchef tar emot Emir och mig i undercentralen på tisdag 23/5"
                    r"tar emot (?:oss|mig|(?-i:[A-ZÄÖÅ])\w+)\b[^.!?]{0,40}?\b(?:på )?"
                    r"(?:måndag|tisdag|onsdag|torsdag|fredag)", r"besökspass\w*",
                    # "när jag kommer till dem på torsdag 22.9 kl. 9"
                    r"(?:jag|vi) kommer (?:till|ut till|förbi) "
                    r"(?:dem|kunden|honom|henne)\b[^.!?]{0,20}?"
                    r"\b(?:på )?(?:måndag|tisdag|onsdag|torsdag|fredag)",
                    r"möte", r"mötet", r"träffade", r"träff", r"besök", r"besökte", r"träffa\w*",
                    r"kommer till vår (?:visningslokal|showroom|utställning)",
                    # "vi träffas på plats tisdag 19.1 kl. 13"
                    r"vi träffas (?:på plats|hos|i|på (?:mån|tis|ons|tors|fre)dag)",
                    # "vi åker till dem i Brahestad på tisdag …, hamnkaptenen visar oss magasinen"
                    r"åker (?:upp |ner |ut |över )?till (?:dem|kunden|honom|henne)\b",
                    r"visa(?:r|de)? oss (?:runt|\w+(?:en|na|et))\b",
                    # "underhållschefen tar emot oss vid fabriken i Jakobstad på onsdag kl. 13"
                    r"tar emot (?:oss|mig|honom|henne)\b",
                    # "sett pannrummet inifrån. Jonas var där i går med drifteknikern"
                    r"var där (?:i går|i dag|i förrgår|på \w+) med",
                    r"sett \w+ inifrån",
                    # "Vi ses ute på sågen på torsdag kl. 9"
                    r"vi ses (?:\w+ ){0,4}?(?:på |i )?(?:måndag|tisdag|onsdag|torsdag|fredag)\w*",
                    # "vi ses på sågen i Jakobstad torsdag 8.9 kl. 9", "… kl 13, så vi ses där"
                    r"vi ses (?:på|hos|vid|i) \w+", r"vi ses där",
                    r"bjöd in (?:oss|mig)",
                    r"(?:vi )?åker (?:dit|ut till (?:dem|kunden))",
                    # "i tisdags var jag och vår tekniker hos Värmeverket"; "visade oss runt"
                    r"var (?:jag|vi)\b[^.!?]{0,50}?\bhos\b",
                    r"(?:jag|vi) (?:var|har varit)\b[^.!?]{0,50}?\bhos\b",
                    r"tog emot (?:oss|mig)", r"visade oss",
                    r"(?:haft|hade) palaver\w*", r"satt ner", r"kom förbi",
                    r"åker (?:ut )?till kunden", r"tittar på lokalerna",
                    r"(?<!still )hos (?:dem|kunden)", r"(?:var|varit|åkte) (?:ute )?hos\b",
                    r"(?:var|varit) på plats", r"gick igenom (?:\w+ ){1,3}(?:tillsammans )?med",
                    # "Han vill att vi kommer förbi på fredag kl. 9 och går igenom kylrummen
                    # tillsammans med deras fastighetsskötare"
                    r"vill att (?:vi|jag) kommer (?:förbi|ut|dit|över)\b",
                    r"går igenom (?:\w+ ){1,3}tillsammans med",
                    r"var där i \w+dags",
                    # "se nedan från min kollega Johan, han var där"
                    r"(?:han|hon) var där(?= *[.!,]| *$)",
                    r"kom överens om att (?:jag|vi) (?:kommer|åker) dit",
                    r"var där (?:\w+ ){0,3}och mätte",
                    r"möte\w*", r"besök\w*", r"genomgång\w*", r"demo\w*",
                    r"(?:plats|kund|företags)besök\w*", r"platsbesiktning\w*",
                    r"kundmöte\w*",
                    r"(?:det är|är) inbokat", r"vi ses (?:med|hos|på plats)"],
        "contacted": [
                      # "Kunden har hört av sig."
                      r"(?:kunden|de|han|hon) (?:har )?hört av sig",
                      r"kontaktat", r"kontaktade", r"har ringt", r"ringde", r"pratat med",
                      r"(?:har|hade) (?:varit|haft) (?:i )?kontakt",
                      # "Kunden är kontaktad.", "Kund kontaktad ✓"
                      r"kontaktad(?!\w)",
                      # "Vi hann ändå prata en kvart i telefon i måndags"
                      r"prata\w* (?:\w+ ){0,3}i telefon(?:en)?",
                      # "har nått inköparen, Lena Backman"
                      r"(?:har|hade) (?:\w+ )?nått (?:kunden|inköpar\w*|\w*chef\w*|\w*ansvarig\w*|"
                      r"honom|henne|dem|kontaktperson\w*)",
                      # "jag fick tag i produktionschefen i fredags"
                      r"fick tag (?:i|på) (?:\w+ )?(?:\w*chef\w*|kunden|honom|henne|dem|\w+)",
                      r"växlat (?:\w+ )?mejl",
                      r"svarade på (?:mitt|vårt|mina|våra) (?:mejl|mail|e-?post|samtal)\w*",
                      r"snackat", r"snackade", r"mejl (?:\w+ ){0,3}skickat", r"svar från",
                      r"(?:fått|fick) (?:\w+ ){0,2}tag på", r"(?:förtydligande|klargörande)frågor",
                      r"pratade med", r"ringt", r"ringer", r"pratat", r"pratade", r"kontakt\w* med",
                      r"mejlat", r"mejlade", r"telefonsamtal\w*", r"nådde", r"per telefon",
                      r"skickade ett mejl", r"(?:hon|han|de|kunden) svarade",
                      # ("Jag hade ett bra samtal med deras driftchef i går")
                      r"(?:hade|haft) (?:ett )?(?:\w+ )?(?:call|samtal|telefonmöte) med",
                      # "kontakt tagen, och nej, de bet inte"
                      r"kontakt(?:en)? (?:är )?(?:tagen|tagits|etablerad)",
                      r"(?:har|vi) tagit kontakt"],
        # (not "vill jag gärna veta lite mer": a wish to know is no yes)
        # (not "Kunden har inte tackat ja än": no yes yet)
        "accept": [
            # "det behöver ni inte fråga två gånger"
            r"behöver (?:ni|du) inte fråga (?:oss |mig )?två gånger",
            r"(?<!inte tackat )(?<!inte sagt )(?<!ej tackat )ja",
                   r"japp", r"jepp", r"jajamän", r"tar den" + _SV_NOT,
                   # "Vi tar ishallen", "vi tar sågen i Jakobstad" (the lead by its thing)
                   r"vi tar (?!hand\b|kontakt\w*\b|beslut\w*\b|semestern\b)[a-zåäö]{3,}(?:en|et)"
                   + _SV_NOT,
                   # the lead by its town: "vi tar Uppsala."
                   r"vi tar (?-i:[A-ZÅÄÖ])[\w-]+(?=\s*(?:[.!,;]|$))",
                   # ("Alltså tar vi Norrtälje.", "Så tar vi Norrtälje")
                   r"(?:alltså|så|då|därför) tar vi (?-i:[A-ZÅÄÖ])[\w-]+(?=\s*(?:[.!,;]|$))",
                   r"(?-i:[A-ZÅÄÖ])[\w-]+ tar vi(?=\s*(?:[.!,;]|$|gärna\b))",
                   # (not a "please": "Svara gärna så fort ni vet")
                   r"(?<!svara )(?<!återkom )(?<!meddela )(?<!skriv )(?<!av er )(?<!av dig )"
                   r"gärna(?! (?:veta|höra|få veta|få svar|ha svar|fråga|förstå))", r"absolut",
                   r"självklart",
                   r"kör", r"(?:vi )?fixar (?:det|den)(?! inte)",
                   r"skicka (?:över |mig )?(?:\w+ )?(?:kund(?:ens)? ?)?(?:kontakt)?"
                   r"uppgifter(?:na)?",
                   # "Det vore konstigt om vi inte tog det."
                   r"(?:vore|är) (?:\w+ )?konstigt om vi inte (?:tog|tar) (?:det|den)",
                   r"klart som korvspad",
                   # "Låter som något för oss 😊", "precis vår grej. Boka in oss"
                   r"låter som något för oss", r"precis vår grej", r"boka in oss",
                   r"det gör vi(?! inte)",
                   r"vi är med", r"(?:så )?är vi med", r"räkna med oss",
                   r"vi tar (?:den|det|hand om)" + _SV_NOT, r"toppen", r"låter bra", r"vi kör",
                   r"tar (?:leadet|leaden|uppdraget|jobbet)" + _SV_NOT, r"(?:vi är )?intresserade",
                   r"nappar (?:vi )?på",
                   r"vi hugger",
                   r"vi tar gärna",
                   r"den tar vi" + _SV_NOT,
                   r"tar vi (?:den|det)" + _SV_NOT,
                   r"som hand i handske",
                   r"skicka över (?:uppgifterna|detaljerna)",
                   r"sätter vi igång",
                   r"vi kör på (?:den|det)",
                   r"kör på den",
                   r"ja,? vi kör", r"skriv upp oss", r"vår sorts jobb",
                   r"tar emot (?:den|det|leadet)",
                   r"(?:den|det)(?: här)? tar vi" + _SV_NOT,
                   # "Precis den sortens jobb vi vill ha mer av"
                   r"(?:precis )?den sortens (?:jobb|uppdrag) (?:som )?vi "
                   r"(?:vill ha|gillar|letar efter)"],
        "decline": [_alone(r"nej", r"tack"), r"nej tack", r"inte intresserade",
                    # "Låt någon som redan har folk ute i skärgården ta den."
                    r"låt någon (?:annan|som)\b[^.!?]{0,60}?\bta (?:den|det|hand om)",
                    # "Tyvärr får Karleby klara sig utan oss den här gången."
                    r"(?:får|fick|måste) (?:\w+ ){0,2}?klara sig utan oss",
                    # "den här hinner vi int med", "Ge'n åt nån annan"
                    r"hinner vi (?:inte|int) med", r"ge(?:'n| den| det) (?:åt|till) (?:nån|någon) "
                    r"annan",
                    # "… gör ett bättre jobb för dem än vi kan. Ge den gärna vidare."
                    r"(?:ge|skicka|lämna) (?:den|det|leadet|leaden) (?:gärna |hellre |bara )?"
                    r"vidare",
                    # "den här klarar vi inte av just nu", "Inte den här gången, tyvärr."
                    r"klarar (?:vi|jag) inte(?: av)?",
                    # "Nej tack, den här tar vi inte."
                    r"tar vi (?:\w+ )?(?:inte|int|ej)(?! bara)\b",
                    r"vi tar (?:\w+ )?(?:inte|int|ej) (?:den|det|leadet|leaden|jobbet|uppdraget)",
                    r"inte (?:den här|denna) gång(?:en)?",
                    # "det här får vi tyvärr låta bli"
                    r"får vi (?:tyvärr )?låta bli",
                    # "Låt en annan partner ta hand om kunden"
                    r"låt en annan partner",
                    r"ge (?:den|leadet|det) (?:till |åt )?en annan partner",
                    # "he här blir int av för våran del" (det här blir inte av för vår del)
                    r"det här blir (?:inte|int) av", r"blir (?:inte|int) av för (?:vår|min) del",
                    # "Låt någon som är i tjänst i sommar ta hand om kunden."
                    r"låt någon (?:annan |som (?:\w+ ){1,6})?ta (?:hand om|över)",
                    # "Tyvärr blir det nej från oss" (not "Går det inte blir det nej": a condition)
                    r"(?<!inte )(?:blir|är) (?:det )?(?:ett )?nej från (?:oss|mig|vår sida)",
                    r"vi passar(?! (?:bra|oss|er|fint|utmärkt|perfekt))",
                    r"tackar (?:alltså |därför |tyvärr |ändå )?nej",
                    r"tackar (?:vi|jag) (?:alltså |därför |tyvärr |ändå )?nej",
                    r"blir det (?:tyvärr )?ett nej",
                    # "Uppdatering 14:20: tyvärr måste jag backa."
                    r"(?:måste|får) (?:jag|vi) (?:tyvärr )?backa(?: ur)?\b",
                    r"kan inte", r"tyvärr inte", r"ingen kapacitet", r"avstår",
                    # "Tekniskt sett ja, men vi har ingen ledig."
                    r"men vi har ingen (?:\w+ )?ledig",
                    r"för mycket att göra", r"låta (?:den|det)(?: här)? gå",
                    # "inte riktigt vårt bord", "det får bli någon annan", "Ge den till någon som"
                    r"inte (?:riktigt )?vårt bord", r"får bli någon annan",
                    r"ge den till någon (?:som|annan)",
                    r"för långt", r"utanför vårt \w+",
                    # "Det är inte vårt område.", "Vi hoppar över den här."
                    r"inte vårt (?:område|distrikt|revir|bord|gebit)",
                    r"hoppar över (?:den|det|denna|detta)(?: här)?(?!\w)",
                    r"hoppar över(?=\s*(?:[.!]|$))", r"hinner inte", r"har inte kapacitet",
                    # "avstå", "avstår", "avstått" (not "avståndet": the distance)
                    r"inte för oss", r"avstå(?:r|tt|)", r"inget för oss",
                    r"ge (?:den|det|leadet|leaden) till någon annan",
                    # "den här får någon annan ta", "inga montörer lediga"
                    # ("så det här får någon annan partner sköta")
                    r"(?:får|fick|kan) någon annan (?:partner |återförsäljare )?(?:ta|sköta)",
                    r"inga (?:\w+ )?lediga",
                    # "jag ville verkligen ha den här, men det är kört. … Släpp den till någon
                    # annan."
                    r"men det är kört", r"släpp (?:den|det|leadet) till (?:någon annan|nån annan|"
                    r"en annan|andra)",
                    # "Jag tolkar det som att någon annan får ta den här."
                    _SOMEONE_ELSE_TAKES_SV,
                    r"svaret blir nej",
                    r"tyvärr (?:inte|kan vi inte|hinner vi inte|har vi inte)",
                    r"stå(?:r)? över",
                    r"får tyvärr (?:avstå|tacka nej|stå över)",
                    r"tack\w* nej",
                    r"nej tyvärr",
                    r"fullbokad\w*",
                    r"fullbokat",
                    r"avböj\w*",
                    r"int(?:e)? (?:nåt|något) för oss",
                    r"låta (?:den |det )?gå förbi", r"går (?:\w+ ){0,3}inte ihop",
                    r"vore det inte bättre (?:att|om) någon",
                    # "inte riktigt vår kopp te", "Ge det hellre till någon som kan det", "vi måste
                    # säga nej"
                    r"inte (?:riktigt )?(?:vår|min) kopp te",
                    r"ge (?:den|det) (?:hellre |istället )?till någon (?:som|annan)",
                    r"(?:måste|får) (?:\w+ )?säga nej"],
        "hedge": [r"kanske", r"vet inte", r"återkommer", r"möjligen", r"osäker",
                  # (not "nja": a soft no before its reason, "Nja, Åland blir lite väl långt")
                  r"vet (?:\w+ ){1,2}inte",
                  r"i princip ja,? men", r"måste (?:först |ännu )?(?:kolla|stämma av|prata) med",
                  # (not a fallback day: "innan påsk, annars blir det veckan efter")
                  # (nor a regret: "Östermark skulle ha varit fint annars")
                  r"(?<!fint )(?<!bra )(?<!roligt )(?<!kul )(?<!trevligt )"
                  r"annars(?!,? (?:(?:blir det|så blir det|tar vi|kör vi) )?(?:veckan|nästa vecka|"
                  r"dagen|efter|på (?:måndag|tisdag|onsdag|torsdag|fredag))\b)",
                  r"beror på", r"hänger (?:\w+ )?på om",
                  r"svårt att säga",
                  r"oklart",
                  r"funderar",
                  r"fundera på", r"funderat", r"ge mig ett par dagar"],
    },
    "ru": {
        "won": [
            # the contract for its sum: "Договор на 2 460 000 руб. без НДС"
            r"(?<!проект )(?<!проекта )договор на \d(?![^!?\n]{0,60}?\bна (?:подпись|согласование|"
            r"согласовании|проверку))",
            # "Сегодня утром пришла заявка на поставку": the customer's order
            r"пришл\w* заявк\w* на (?:поставку|закупку)",
            # the contract's stamp, the last step of a signature: "Печать поставили вчера вечером"
            r"печать (?:на договоре )?(?:поставил|поставлен)\w*", r"поставил\w* (?:\w+ )?печать",
            # the contract cited by its number and date: "Договор № 47/01-2047 от 31 января, 1 318
            # 500 руб."
            r"(?<!проект )(?<!проекта )договор\w* №\s*\S+\s+от\s+\d(?![^!?\n]{0,60}?\bна "
            r"(?:подпись|согласование|согласовании|проверку))",
                r"выиграли", r"выиграна", r"сделка закрыта", r"сделка состоялась",
                # "Клиент принял наше предложение."
                r"принял\w* наше (?:коммерческое )?предложение",
                # a record's field: "Сделка:   заключена"
                r"сделка (?:\w+ )?заключена",
                # "Заказчик в пятницу подписал акт приёмки, сегодня пришла оплата по счёту"
                r"(?:подписал\w*|подписан\w*) акт\w* (?:приёмки|приемки|выполненных работ)",
                r"пришла оплата", r"оплата (?:по сч[её]ту )?(?:пришла|поступила)",
                r"поставка согласована", r"сумма заказа",
                # "пришло подтверждение заказа, подписанное"
                r"подтверждение заказа", r"подписанн\w* (?:подтверждени|заказ|договор)\w*",
                rf"предоплат\w*\b{_IN_SENTENCE}{{0,50}}?\b(?:пришла|поступила|получили|оплачена)",
                # the signing as why the answer is late: "было некогда – подписывали договор"
                # (not one that failed: "подписывали договор, но …")
                r"подписывали (?:с ними |с заказчиком |с клиентом )?договор(?![^.!?]{0,40}"
                r"\b(?:но|однако)\b)",
                # "Заказчик уже запросил наши банковские реквизиты, чтобы оплатить счёт"
                r"запросил\w* (?:\w+ )?банковские реквизиты", r"оплатить (?:наш )?сч[её]т",
                # "спа в Ярвенпяя наше!"
                r"(?<!\w)наш[аеу]?(?=\s*!)",
                # "по их просьбе выставили счёт на предоплату 30 %"
                r"(?:выставили|выставлен) сч[её]т на предоплату",
                r"предоплат\w* (?:получили|пришла|оплатили)",
                # "заказ оформлен, счёт оплачен вчера"
                r"заказ (?:\w+ )?оформлен", r"сч[её]т (?:\w+ )?оплачен",
                r"прислал\w* (?:\w+ ){0,3}заказ", r"пришёл (?:\w+ )?заказ",
                r"(?:мы )?признаны победител\w*", r"есть заказ",
                r"пришло подтверждение (?:заказа )?от (?:клиента|заказчика)",
                r"(?:запускаем|запустили) (?:\w+ )?заказ", r"заказ запущен",
                r"заключили (?:договор|сделку|контракт)", r"договор подписан", r"подписали",
                # "по данному лиду заключён договор поставки"
                r"(?<!\bне )заключ[её]н\w* (?:\w+ )?(?:договор|контракт)",
                r"(?:договор|контракт)\w* (?:\w+ )?(?<!\bне )заключ[её]н\w*",
                r"(?:бумаги|документы) подписаны", r"дал\w* добро",
                r"сделку закрыли", r"закрыли сделку",
                r"подписал\w* (?:\w+ ){0,3}?(?:договор|контракт)",
                r"выигр\w*", r"заказ (?:наш|получили)", r"получили заказ",
                r"тендер (?:наш|выиграли)",
                r"(?:оформил|разместил|подтвердил)\w* (?:\w+ )?заказ",
                r"оплатил\w* (?:\w+ )?(?:аванс|сч[её]т|предоплату)",
                r"подписанн\w* (?:заказ|договор)", r"заказ подтвержд[её]н\w*",
                r"(?:перечислил|перев[её]л|внес|внёс)\w* (?:\w+ )?(?:предоплат|аванс)\w*",
                r"утвердил\w* (?:\w+ )?(?:смет|кп|коммерческое предложение)\w*",
                r"получили (?:\w+ ){0,3}подписанн\w* (?:контракт|договор)\w*",
                r"(?:контракт|договор|заказ) наш", r"(?:нас|нашу компанию) выбрали",
                r"сумм\w* (?:по )?договор\w*",
                r"договор\w* (?:[^.!?]{0,40} )?подписан\w*",
                # «Akaan Betoni заказали! 11 380 € + НДС»: the customer ordered
                # (at a clause's end: "!" ends the clause before the words are read)
                r"(?<!\bне )заказали(?=\s*[!.,]|\s*$)", r"заказали у нас",
                # "Заказчик заказал 4 октября, 36 900 евро без НДС"
                r"(?:заказчик|клиент|покупатель|они|он|она)(?: [\w.]+){0,3}? (?<!\bне )"
                r"(?:заказал[аи]?|сделал[аи]? заказ)(?! у (?:конкурент|друг)| через "
                r"(?:него|них|рамочн|друг|конкурент))",
                # "заказчик вчера подписал": the customer signed (not "ещё не подписал",
                # not "подписал акт осмотра")
                r"(?:заказчик|клиент|покупатель)(?: (?!не\b)[\w.]+){0,2}? (?<!\bне )"
                r"подписал[аи]?(?=\s*(?:[!.,;:—–-]|$|договор|контракт|заказ))"],
        "lost": [
            # "у нового владельца уже есть договор со своей сервисной компанией"
            r"нов\w+ (?:владел|собственник|хозя)\w*\b[^.!?]{0,40}?\bуже есть (?:свой )?(?:договор|"
            r"подрядчик|поставщик)",
            # "этот лид можете закрывать"
            r"можете (?:\w+ )?(?:закрывать|закрыть)(?![^.!?\n]{0,30}?\b(?:as won|als gewonnen|"
            r"som vunn|voitettuna|как (?:выигранн|успешн)))",
            # "утром они подписали с местной фирмой"
            r"подписал\w* (?:\w+ ){0,2}?с (?!нами|нашей)(?:\w+ )?(?:фирмой|компанией|конкурентом|"
            r"поставщиком|подрядчиком)",
            # "Они выбрали Siemens": a competitor named in Latin letters as well
            r"выбрал\w* (?!Нас\b|Наш)(?-i:[A-Z])[\w-]+",
                 # «во дворе стоит фургон «ТермоЛинка» … Нас ждать не стали.»
                 r"нас (?:ждать )?не (?:стали|дождались)(?: ждать)?", r"ждать нас не стали",
                 # "Заняли второе место."
                 r"заняли второе место",
                 r"проиграли", r"проиграна", r"сделка (?:сорвалась|не состоялась)",
                 # "Заказчик сделал замеры своими силами."
                 r"(?:заказчик|клиент|они)\w* (?:\w+ ){0,2}?сделал\w* (?:\w+ ){0,3}?"
                 r"(?:сам[иа]?|своими силами)(?!\w)",
                 # "Клиент выбрал Сименс."
                 r"выбрал\w* (?!Нас\b|Наш)(?-i:[А-ЯЁ])[\w-]+",
                 # "в итоге выбрали Овен"
                 r"(?:в итоге|в конце концов|всё-таки|все-таки) выбрали (?!нас|наш)\w+",
                 r"выбрали (?:в итоге|в конце концов) (?!нас|наш)\w+",
                 r"мы (?:там )?больше не нужны",
                 # "взяли дешёвые датчики в «Баухаусе» и поставили своими силами, так что
                 # там для нас больше ничего нет"
                 r"для нас (?:там |тут |здесь )?(?:больше )?ничего (?:нет|не осталось)",
                 r"(?:поставили|смонтировали|установили|сделали) (?:\w+ )?своими силами",
                 # "выбрали не нас, а местного электрика"
                 r"выбрали не нас\b",
                 r"(?:им|ему|заказчику|клиенту) (?:\w+ ){0,3}?не нужны",
                 r"в наших услугах не нуждаются",
                 # "Так что этот лид для нас потерян"
                 r"(?:лид|проект|заказ|клиент|сделка) (?:\w+ ){0,2}?(?:для нас )?потерян\w*",
                 # "контракт получил другой поставщик"
                 r"(?:контракт|заказ|договор|тендер|конкурс) (?:\w+ )?(?:получил|выиграл|"
                 r"забрал)\w* друг\w+ (?:поставщик|подрядчик|компани|фирм|интегратор)\w*",
                 # the project called off: "проект отменили", "заказчик отменил закупку"
                 r"(?:проект|закупк[уа]|заказ|тендер|модернизаци[юя]|ремонт) (?!не )(?:\w+ )?"
                 r"(?:отменили|отмен[её]н\w*|свернули|отложили на неопредел\w+ срок)",
                 r"отменил\w* (?:\w+ )?(?:проект|закупку|заказ|тендер|модернизацию|ремонт)",
                 # "договор с «Термоконтролем» они подписали ещё в феврале": with a competitor
                 r"договор с «[^»]{2,40}» (?:они )?(?:уже |ещё \w+ )?подписал\w*",
                 # "тут, как говорится, поезд ушёл"
                 r"поезд уш[её]л",
                 # "заказчик решил остаться у своего постоянного поставщика"
                 r"решил\w* остаться (?:у|со?) (?:своего|своим|прежн\w*|постоянн\w*) (?:\w+ )?"
                 r"поставщик\w*",
                 # "не вышло :( они купили китайские датчики … закрывайте лид"
                 r"не вышло", r"закрыва[йи]те (?:лид|сделку)",
                 # "заказчик выбрал самое дешёвое предложение" (and ours was not)
                 r"выбрал\w* (?:самое )?(?:дешёв|дешев)\w+ (?:предложение|вариант)",
                 r"обойтись своими силами", r"(?:тут )?мы больше ничего не сделаем",
                 r"проект (?:\w+ ){0,3}закрыт", r"закупок (?:\w+ ){0,4}не будет",
                 r"проекта больше нет", r"(?:больше )?никому не нужн\w*",
                 r"победител\w* (?:\w+ )?признан\w* (?:другой|другая|иной|иная) (?:участник|"
                 r"компани\w*|поставщик|организаци\w*)",
                 r"выбрал[иа]? конкурента", r"клиент отказался", r"потеряли", r"проигр\w*",
                 r"выиграл\w* (?:\w+ )?(?:друг\w+|конкурент\w*)",
                 r"(?:клиент|заказчик) выбрал\w* (?:того|другого|другую|других|тех)",
                 r"проект закрыли", r"урезали бюджет", r"бюджет (?:урезали|срезали|заморозили)",
                 # (not our quote gone out: "в пятницу расчёт ушёл заказчику")
                 # ("Расчёт на 1 245 000 руб. без НДС ушёл в отдел закупок")
                 r"(?<!расч[её]т )(?<!расчет )(?<!кп )(?<!предложение )(?<!ндс )"
                 r"уш[её]л(?! на пенсию| в отпуск| на больничный| с работы| заказчику| клиенту|"
                 r" в отдел)",
                 # "заказ … получила фирма из Тампере … этот лид для нас закрыт"
                 r"для нас закрыт\w*", r"сорвал\w*", r"увы",
                 # (not only the timing: "Я в отпуске до 26-го, так что раньше не получилось")
                 r"(?<!раньше )(?<!пораньше )(?<!быстрее )(?<!скорее )(?<!сразу )не получилось",
                 r"отдали (?:другим|другому)",
                 r"сделки не будет",
                 r"можно закрывать(?! как выигр)",
                 r"заморож\w*", r"ничего не вышло",
                 r"решили больше не заниматься", r"больше не занимаемся",
                 r"(?:проект|лид|сделку) (?:\w+ )?закрываем", r"закрываем (?:проект|лид|сделку)",
                 r"рамочн\w* (?:соглашени|договор)\w* с друг\w*",
                 r"выбрал\w* (?:\w+ )?(?:интегратор|поставщик|подрядчик)\w*"],
        "proposal": [
            # the price with them: "Наша цена у них с пятницы"
            r"наша цена у (?:них|клиента|заказчика)",
                     # «Смета на 2 148 500 руб. без НДС с понедельника у управляющей компании»
                     # (and "Предложение у клиента, 290 000 руб.")
                     r"(?:смета|кп|предложение)\b[^!?\n]{0,60}?\bу "
                     r"(?:управляющ\w+ компании|клиента|заказчика)\b",
                     # "отправил главному инженеру спецификацию с ценами на проверку"
                     r"спецификаци\w* с цен(?:ами|ой)",
                     r"коммерческое предложение", r"кп", r"предложение отправ\w*",
                     # "отправил заказчику вместе с ценой: 31 480 евро"
                     r"вместе с цен(?:ой|ами)",
                     # "Прайс на 19 750 евро без НДС я отправил в Kangasalan Kone"
                     r"прайс\w* на (?:\S+ ){0,2}?(?:€|евро|\d+)",
                     r"расч[её]т (?:\w+ )?(?:уш[её]л|отправ\w*)",
                     r"(?:получил\w*|есть) наш (?:расч[её]т|прайс)",
                     r"(?:получил\w* от нас|отправили|направили) (?:\w+ )?(?:расч[её]т|смет)\w*",
                     r"сравнивают (?:\w+ ){0,4}(?:поставщик|предложени)\w*",
                     # "предложение клиенту направлено"
                     r"предложение (?:\w+ )?(?:направлен\w*|отправлен\w*|выслан\w*)",
                     r"получил\w* от нас (?:смет|кп|коммерческое предложение|предложение)\w*",
                     r"(?:отправил|направил|выслал)\w* (?:\w+ )?смет\w*",
                     r"заявк\w* (?:на участие )?(?:\w+ ){0,3}(?:подали|подана|отправили)",
                     # "наша заявка на 876 400 руб. без НДС подана в пятницу"
                     r"заявк\w* на [\d  ]+(?:руб|₽|тыс|млн)\w*\.? (?:без ндс |с ндс )?"
                     r"(?:подали|подана|отправили|отправлена)",
                     r"отправили (?:\w+ )?(?:коммерческое )?предложение",
                     r"отправили предложение", r"выставили счёт", r"выставили счет",
                     r"кп (?:отправ\w*|улетел\w*|ушл\w*)", r"предложени\w* (?:отправ\w*|направ\w*)",
                     r"отправил\w* (?:кп|коммерческое|предложение|смету)",
                     r"(?:отправил\w*|выслал\w*|направил\w*) (?:\w+ )?смет\w*",
                     r"коммерческое (?:выслали|отправили|ушло)",
                     r"выслали (?:кп|коммерческое)",
                     r"(?:направил|отправил|"
                     r"выслал)\w* (?:\w+ ){0,2}(?:коммерческое )?предложени\w*",
                     r"заявк\w* (?:\w+ ){0,4}подал\w*", r"подал\w* заявк\w*",
                     # "наше предложение на 31 200 евро с пятницы лежит у их финансового
                     # директора на столе"
                     r"(?:предложение|кп|смета)\b[^.!?]{0,60}?\bлежит у (?:них|клиента|"
                     r"заказчика|их \w+)"],
        "meeting": [
            # "Едем в среду, 17 апреля, к десяти утра"
            r"(?:едем|поедем|выезжаем) (?:к ним |туда |на объект )?в (?:понедельник|вторник|среду|"
            r"четверг|пятницу)",
            # "завхоз откроет нам подвал в четверг в 13:00"
            r"откро\w+ нам (?:\w+ ){0,3}?(?:в (?:понедельник|вторник|среду|четверг|пятницу)|"
            r"завтра)",
            # "Завхоз пустит нас на крышу в четверг в 8"
            r"пустит нас (?:\w+ ){0,3}?(?:в (?:понедельник|вторник|среду|четверг|пятницу)|завтра)",
                    # «Новую дату согласовали: вторник, 11 декабря»
                    r"нов\w+ (?:дат\w*|время) (?:уже )?(?:согласовали|назначили|согласована|назначе"
                    r"на)",
                    # "На следующей неделе буду у клиента."
                    r"(?:буду|будем|был|были|была) у (?:клиента|заказчика)",
                    # "Выезжаем на объект во вторник."
                    r"(?:выезжаем|выедем|едем|поедем|выезд) (?:\w+ )?на объект",
                    # "Пахомов попросил подъехать во вторник, 6 ноября, к девяти утра"
                    r"попросил\w* (?:нас |меня )?(?:подъехать|приехать|заехать|зайти|быть) "
                    r"(?:\w+ ){0,2}?(?:в|во) (?:понедельник|вторник|среду|четверг|пятницу)",
                    # "Андрей Петрович ждёт нас во вторник, 23 мая, в 11:00 на проходной,
                    # пропуска уже заказаны"
                    r"(?:жд[её]т|ждут) нас\b(?! с (?:предложением|кп|ценой|расч[её]том))",
                    # "прислал приглашение в календарь на понедельник, 2 июля, на 14:00"
                    r"(?:прислал\w*|пришл\w*|получил\w*) (?:\w+ ){0,2}?приглашение в календарь",
                    r"пропуск\w* (?:\w+ ){0,3}?(?:заказан\w*|оформлен\w*|готов\w*)",
                    # "прислал пропуск на машину … на вторник, 8 августа — покажет насосы"
                    r"(?:прислал\w*|выписал\w*|оформил\w*) пропуск\w*",
                    # "Андрей Викторович освободил для нас вторник, 30 января, с 10 утра"
                    r"освободил\w* (?:для нас|нам) (?:\w+ )?(?:понедельник|вторник|среду|четверг|"
                    r"пятницу|утро|время|полдня|день)",
                    # "Заказала на среду, 11 октября, пропуска на завод … обещал сам показать"
                    r"заказал\w* (?:[\w,]+ ){0,6}?пропуск\w*",
                    r"(?:обещал\w*|будет) (?:сам\w* )?показать (?:нам )?(?:все|всё|объект|цех|"
                    r"склад|камеры|котельн\w*|щитов\w*|насос\w*)",
                    r"покаж(?:ет|ут) (?:нам )?(?:насос|щитов|цех|склад|объект|котельн|площадк)\w*",
                    # the day agreed and the trip set: "Договорились, едем вдвоём с Игорем"
                    r"договорились\W{0,5}(?:едем|поедем|приедем|будем у них)",
                    # "попросил быть у проходной в среду, 21 сентября, в 10:00. Вместе пройдём
                    # по цехам."
                    r"(?:быть|подъехать|приехать) (?:у|на|к) проходной",
                    # a meeting moved to a day: "Должны были в среду, но заказчик перенёс. Теперь
                    # уже точно: понедельник, 20 августа, 11:00, у них на заводе"
                    r"(?:заказчик|клиент|они) перен[её]с\w*\b[^!?]{0,60}?\b(?:понедельник|вторник|"
                    r"сред[ау]|четверг|пятниц[ау])\b",
                    # "просил быть в среду, 1 августа, к 11:00 в заводоуправлении"
                    r"просил\w* (?:нас )?(?:быть|подъехать|приехать) (?:в|во) (?:понедельник|"
                    r"вторник|среду|четверг|пятницу)",
                    r"пройд[её]м по (?:цехам|объекту|складу|территории)",
                    r"встреча", r"встречу", r"встретились", r"встрече", r"визит", r"встреч\w*",
                    # "Данные разберём с Сами Коскиненом у них на складе в пятницу"
                    r"(?:разберём|разберем|обсудим|посмотрим) (?:\S+ ){0,4}?у них на",
                    # "смотрим объект в понедельник 29.02 в 10:00, пропуска уже оформлены"
                    r"смотрим объект", r"пропуска (?:уже )?оформлен\w*",
                    # "В среду 30 сентября в 10:00 я у них на станции"
                    r"(?:я|мы) (?:буду |будем |был |были )?у них (?:на|в)(?= \w)",
                    # "главный инженер обещал показать технические помещения", "едем к ним"
                    # (the site, not our catalogue to the director: "Обещал показать
                    # директору")
                    r"обещал\w* (?:нам |мне )?показать (?:\w+ )?(?:помещени\w*|объект\w*|"
                    r"площадк\w*|цех\w*|склад\w*|систем\w*|производств\w*|лини\w*|зал\w*)",
                    r"(?:едем|едут|поедем) к ним\b",
                    # "Вчера провели у них почти весь день."
                    r"провели у них (?:\w+ ){0,3}(?:день|утро|час\w*)",
                    # "Теперь она назначена на понедельник, 4 апреля" (the meeting, moved)
                    r"(?:назначен[аоы]?|перенес(?:ли|ена|ён|ен)) на (?:понедельник|вторник|среду|"
                    r"четверг|пятницу|\d)",
                    r"пригласил\w* (?:нас|меня)",
                    # "главный инженер ждёт нас у себя на заводе"
                    r"жд[её]т (?:нас|меня) (?:у себя|на (?:заводе|объекте|площадке))",
                    # "договорились на пятницу 5 декабря в 11:00 на объекте"
                    r"договорились на (?:понедельник|вторник|среду|четверг|пятницу|\d)",
                    # "Так и договорились: среда, 22 ноября, 10:00"
                    r"договорились\W{1,5}(?:понедельник|вторник|среда|четверг|пятница)\b",
                    r"пригласил\w* нас (?:\w+ ){0,3}(?:приехать|в )",
                    r"(?:были|был|была|побывали) (?:\w+ ){0,2}(?:в|на|у) (?:лаборатори\w*|"
                    r"объект\w*|заказчик\w*|клиент\w*|площадк\w*|производств\w*|склад\w*|цех\w*)",
                    r"осмотрели",
                    r"приедем к (?:ним|клиенту|заказчику)",
                    r"выезд\w*", r"на площадк\w*",
                    # (not one asked for or sent: "попросил прислать презентацию")
                    r"(?<!прислать )(?<!выслать )(?<!отправить )(?<!отправила )(?<!отправил )"
                    r"(?<!выслала )(?<!выслал )презентаци\w*",
                    r"встрет\w*",
                    r"митинг\w*",
                    r"(?:были|был|была|выезжали|съездили|встретились|встречались) на объект\w*",
                    # "вчера были у Helsingin Kylmäkeskus на объекте"
                    r"(?:были|был|была|побывали) (?:\S+ ){0,4}?на объекте",
                    r"ед(?:ем|у) (?:к (?:ним|клиенту|заказчику) )?на объект",
                    r"(?:были|был|была|съездили) (?:\w+ ){0,2}у (?:клиента|заказчика|них)\b",
                    r"посмотрели (?:\w+ )?(?:цех|склад|объект|производство|площадку)",
                    # "съездили к клиенту на объект"
                    r"(?:съездили|ездили|выезжали|приезжали|заехали) (?:\w+ ){0,2}к (?:клиенту|"
                    r"заказчику)",
                    r"(?:съездили|ездили|выезжали|приезжали|заехали) (?:\w+ ){0,2}(?:к ним|к нему|"
                    r"на завод\w*|на площадк\w*)",
                    r"обследовани\w*", r"(?:клиент|заказчик) жд[её]т нас", r"ждут нас (?:в|на)"],
        "contacted": [
            # "с их инженером я дважды говорила"
            r"с (?:\w+ ){0,3}?(?:инженер|директор|завхоз|менеджер|механик|энергетик|снабженц|"
            r"заказчик|клиент|технолог|руководител|начальник)\w* (?:\w+ ){0,2}?(?<!не )говорил\w*",
            # "Во вторник говорила с их главным инженером"
            r"(?<!не )(?<!\w)говорил\w* с (?:\w+ ){0,2}?(?:инженер|директор|завхоз|менеджер|"
            r"механик|энергетик|снабженц|заказчик|клиент|технолог|руководител|начальник)\w*",
            r"связались", r"позвонили", r"созвонились", r"связался", r"связалась",
                      # "написала их энергетику в Telegram, он ответил голосовым"
                      # "заказчик на мой звонок ответил", "Наталье Игоревне удалось дозвониться"
                      r"(?<!\bне )(?:заказчик|клиент)\w* (?:\w+ ){0,3}?ответил\w*",
                      r"(?<!\bне )удалось (?:\w+ )?дозвониться",
                      r"(?<!\bне )ответил\w* (?:голосовым|голосовое|в (?:telegram|whatsapp|"
                      r"телеграм\w*|вотсап\w*)|сообщением|по почте|письмом)",
                      # "Вчера у меня был хороший разговор с их главным инженером"
                      r"(?:был|состоялся) (?:\w+ )?разговор с",
                      # "встречи ещё не было, только звонок"
                      r"(?:только|лишь) (?:звонок|звонили|созвонились|телефонный разговор)",
                      # "Вчера говорил с клиентом по телефону"
                      r"(?:по)?говорил\w* с (?:клиентом|заказчиком|директором|ними|ним|ней)",
                      # "с главным механиком я вчера проговорила минут двадцать"
                      r"проговорил\w* (?:\w+ ){0,2}(?:минут|час)",
                      # "Клиенту мы написали сразу же, он ответил"
                      r"клиенту (?:\w+ ){0,2}написал\w*", r"написал\w* (?:\w+ ){0,2}клиент\w*",
                      r"поговорить с (?:ним|ней|ними) по телефону",
                      r"поговорил\w* (?:\w+ ){0,3}по телефону",
                      r"обменялись (?:\w+ )?(?:письмами|писем)",
                      r"звонил\w*",
                      r"поговорили", r"созвонил\w*", r"позвонил\w*", r"связал\w*",
                      r"переговорил\w*", r"дозвонил\w*", r"написал\w* клиенту",
                      r"перезвонил\w*", r"запрос\w* (?:на )?разъяснени\w*",
                      r"написал\w* (?:\w+ ){0,2}(?:начальник\w*|директор\w*|заказчик\w*|"
                      r"менеджер\w*|инженер\w*|руководител\w*)",
                      r"на связи", r"первичн\w* контакт\w*", r"контакт установлен",
                      # (reflexive only: "переписываем КП" is rewriting the quote)
                      r"переписыва(?:емся|ются|лись|лся|лась)",
                      r"созвон\w*", r"созванивал\w*", r"поговорил\w*", r"переписк\w*"],
        "accept": [
            # "дважды просить не надо"
            r"дважды (?:просить|предлагать|спрашивать) не (?:надо|нужно)",
            r"да", r"ок(?:ей)?(?=\s*(?:[,.!]|$))", r"берём", r"берем", r"принимаем",
                   # "Но для Твери сделаем исключение … Так что записывайте на нас."
                   r"сделаем исключение", r"записывайте (?:\w+ ){0,2}?(?:на нас|нас)",
                   # "Сделаем." on its own, not "мы это не сделаем", "расчёт сделаем, когда"
                   r"(?:^|(?<=[.!?] )|(?<=\n))сделаем(?=\s*(?:[.!]|$|,\s*спасибо))",
                   r"раздумывать не будем",
                   # "Не могу сказать, что нам это неинтересно, — скорее наоборот"
                   r"не (?:могу|можем) сказать,? что (?:нам )?(?:это )?не ?интересн\w*",
                   # "Беру." (a one-person firm, or the salesperson speaking for it)
                   r"(?<!\bне )беру(?=\s*(?:[,.!]|$))",
                   r"записывайте (?:его |этот лид |объект )?на нас",
                   r"согласны", r"готовы взяться",
                   r"беремся", r"берёмся", r"бер[её]м\w*", r"кидайте", r"давайте", r"возьм[её]мся",
                   r"забираем",
                   r"отдавайте нам",
                   r"нам подходит",
                   r"готов\w* взять",
                   r"взять (?:\w+ )?(?:лид|в работу)",
                   r"бер[её]м в работу", r"бер[её]т (?:\w+ ){0,3}?в работу",
                   # a CRM card's stage: "Стадия\tПринят в работу"
                   r"(?:принят|взят)\w* в работу",
                   r"возьм[её]м(?=\s*(?:[,.!]|$|его|её|ее|это|лид))",
                   r"впишите нас",
                   r"записывайте нас",
                   r"люд(?:ей|и) (?:\w+ )?найд[её]м", r"давайте нам",
                   # «С удовольствием займёмся»
                   r"с удовольствием (?:займ[её]мся|возьм[её]мся|возьм[её]м)",
                   r"(?:^|(?<=\n))с удовольствием(?=\s*(?:[.!]|$))",
                   r"займ[её]мся (?:этим|им|с удовольствием)"],
        # (not "у нас никого нет": nobody there, said of a time: "с 22 декабря по 2 января")
        # (not "особой спешки нет", "проблем нет": no hurry, no problem)
        "decline": [
                    r"(?:придётся|придется|пусть) (?:\w+ )?обойтись без нас|обойдутся без нас",
                    # "Пусть этим займётся кто-то, кто уже ставил …"
                    r"пусть (?:этим|это|его|её) (?:займ[её]тся|возьм[её]т|сделает) (?:кто-то|"
                    r"кто-нибудь|другой|другие)",
                    # "кто же поедет в Тверь …? Точно не мы. Отдайте … тем, кто поближе."
                    r"(?:точно|только|уж точно) не мы\b", r"отдайте,? (?:\w+,? ){0,2}?тем,? кто",
                    # "взять этот лид не можем"
                    r"(?:взять|брать|принять) (?:\w+ ){0,3}?не (?:можем|сможем|готовы|будем)",
                    r"(?<!никого )(?<!ничего )(?<!спешки )(?<!срочности )(?<!проблем )"
                    # (nor a thing there is none of: "русской раскладки нет", "информации нет")
                    r"(?<!вопросов )(?<![а-яё][^а]ки )(?<![а-яё]ии )"
                    + _alone(r"нет", r"спасибо"), r"не возьмём",
                    # "Пусть лучше возьмут коллеги с севера."
                    r"пусть (?:лучше )?(?:возьм[уё]т|берут|займутся)(?: (?:его|это|этим|лид))? "
                    r"(?:коллеги|другие|кто-(?:то|нибудь))",
                    # "этот лид нам не подходит", "нам это не подходит"
                    r"(?:лид|объект|проект|заказ|это|он) (?:\w+ )?(?:нам )?не подход\w*",
                    # "у нас сейчас нет монтажника с допуском …"
                    r"у нас (?:\w+ )?нет (?:\w+ )?(?:монтажник|специалист|сотрудник|людей|"
                    r"человек|инженер|техник|бригад|наладчик)\w*",
                    r"не возьмем",
                    # "Пусть лучше возьмёт тот, кто сможет доехать туда раньше мая."
                    r"пусть (?:лучше )?возьм[её]т (?:тот|кто-то|другой)",
                    # "Отдайте, пожалуйста, другому партнёру"
                    r"(?:отдайте|передайте),? (?:пожалуйста,? )?другому партн[её]ру",
                    # "Отдайте, пожалуйста, этот объект другим партнёрам.", "нет ни одного
                    # свободного монтажника"
                    # «Отдайте его, пожалуйста, тому, у кого люди уже работают на территории»
                    r"(?:отдайте|передайте),? (?:\w+,? ){0,3}?(?:тем|тому),? (?:кто|у кого)",
                    r"(?:отдайте|передайте),? (?:пожалуйста,? )?(?:\w+ ){0,2}?(?:другим|другому) "
                    r"(?:партн[её]р\w*|компани\w*|подрядчик\w*)", r"нет ни одного свободного",
                    # "Пусть лучше им займутся коллеги", "Передайте, пожалуйста, другому партнёру"
                    r"пусть (?:лучше )?(?:им |этим |его |её )?займ(?:[её]т|ут)ся (?:\w+ )?"
                    r"(?:коллеги|другие|другой|тот,? кто|кто-(?:то|нибудь) друг\w+)",
                    r"передайте,? (?:пожалуйста,? )?(?:\w+ )?другому партн[её]ру",
                    r"(?:этот )?лид (?:мы )?пропустим", r"пропустим (?:этот|его)",
                    # "этот, боюсь, придётся пропустить"
                    r"(?:придётся|придется|вынуждены) (?:\w+ )?пропустить",
                    r"отказываемся", r"откаж\w*", r"не можем", r"не интересно", r"не берём",
                    r"(?:^|(?<=\n))(?:нам |это |нам это |это нам )?неинтересно(?=\s*(?:[,.!]|$))",
                    # "Не наше, извините. Вибродатчики мы не ставим."
                    r"(?<!\w)не наш(?:е|а|и|)(?=\s*(?:[,.!]|$))", r"(?:мы )?не ставим",
                    r"не беру",
                    # "боюсь, в этот раз не получится"
                    r"(?:в этот раз|сейчас|на этот раз|у нас) не получится",
                    r"слишком загружен\w*", r"перегружен\w*",
                    # "Не наш формат", "Пусть возьмёт кто-нибудь поближе", "Куда нам в …"
                    r"не наш (?:формат|профиль|уровень|регион|район|город)", r"куда нам",
                    r"пусть (?:возьм[её]т|этим займ\w+|займ[её]тся) (?:\w+ )?(?:кто-нибудь|ребята|"
                    r"другие|другой|коллеги)",
                    r"не берем", r"пас",
                    # "Этот лид брать не будем", "не будем его брать"
                    r"(?:брать|взять|браться) (?:\w+ )?не (?:будем|станем|сможем|можем)",
                    # "мы не можем взять этот лид": the refusal whole, its "взять этот лид"
                    # no accept
                    r"не (?:можем|сможем|могу|смогу|будем|станем) (?:взять|брать|принять|"
                    r"взяться за) (?:\w+ )?(?:лид|заказ|проект|объект|работу|в работу)",
                    r"не (?:будем|станем) (?:\w+ )?(?:брать|браться)",
                    r"не потян\w*", r"не наш профиль",
                    _RU_REFUSAL,
                    r"не возьм[её]м\w*",
                    # (not "до подписания пока далеко": far from signing)
                    r"не сможем", r"не успеем", r"(?<!пока )(?<!ещё )(?<!еще )далеко",
                    r"нет (?:возможности|ресурсов|времени|мощностей)",
                    # ("мы мимо", "в этот раз мимо"; not "я мимо неё езжу": I drive past it)
                    r"мимо(?=\s*(?:[,.!;:–—-]|$|спасибо))",
                    r"не наш огород",
                    r"отдайте кому-(?:нибудь|то)", r"отдайте (?:лучше )?(?:тем|другим|тому)",
                    r"овчинка выделки не стоит",
                    # «Так что в этот раз без нас»; in Latin letters "ne vozmem", "Otdajte
                    # pozhalujsta drugomu partneru"
                    r"(?:этот раз|так что|тут|здесь) без нас", r"не возм[её]м",
                    r"отдайте (?:\w+ )?(?:другому|другим) (?:партн[её]р\w*|компани\w*)"],
        # (not the verb: "Монтажник может быть у клиента в четверг", he can be there)
        "hedge": [r"может быть(?! (?:у|в|во|на|там|здесь|готов\w*|на месте)\b)", r"возможно",
                  r"не уверен\w*", r"посмотрим", r"уточню",
                  # "С одной стороны, клиент интересный … С другой … Обсужу с коллегами"
                  r"с одной стороны",
                  r"обсужу (?:\w+ )?с (?:коллегами|шефом|руководством|командой)",
                  r"(?:мы |я )?(?:ещё|еще|пока) не решили",
                  r"не знаю",
                  r"в принципе да,? но",
                  r"(?:надо|нужно) (?:сначала |ещё |еще )?(?:уточнить|согласовать|посоветоваться)",
                  r"подумаем",
                  r"иначе",
                  r"зависит",
                  r"(?:пока )?непонятно",
                  r"(?:трудно|сложно) сказать",
                  r"верн[её]мся к этому",
                  r"подумаю",
                  r"подумать",
                  r"ни да,? ни нет",
                  r"вернусь с ответом", r"то ли", r"дайте (?:мне )?пару дней"],
    },
}
STATUSES = ("won", "lost", "proposal", "meeting", "contacted")
_STOPWORDS: dict[str, set[str]] = {
    "de": {"und", "ist", "wir", "nicht", "die", "der", "das", "ich", "sie", "mit", "für",
           "leider", "gerne", "vielen", "dank", "grüße", "haben", "auch", "heute", "gestern",
           "noch", "schon", "beim", "bei", "sich", "hat", "war", "ein", "eine", "einen", "dem",
           "zu", "auf", "nach", "von", "aber", "oder", "kunde", "kunden", "nächste", "woche",
           "wird", "sind", "uns", "jetzt", "dann", "wie", "vom", "zum", "zur", "im",
           # Bavarian and greetings: "Servus, is durch, mia ham den Auftrag! Gruß Stefan",
           # "des Autohaus Brandl is gwonnen!! Da Chef hod grad vorhin angruafa"
           "durch", "gruß", "servus", "mia", "ham", "des", "hod", "hob", "ned", "heid", "scho",
           "nehma", "gwonnen", "hamma", "samma", "grad"},
    "fi": {"ja", "on", "ei", "että", "olemme", "kiitos", "me", "se", "tämä", "asiakas",
           "vielä", "terveisin", "kanssa", "hei", "otetaan", "myös", "heidän", "meidän",
           "klo", "mutta", "kun", "jo", "nyt", "sitten", "tänään", "huomenna", "eilen", "oli",
           "ovat", "olen", "sen", "niin", "jos", "vaan", "koko", "ne", "he", "ole", "tai",
           "sori", "kauppaa", "tarjous", "viikolla"},
    "sv": {"och", "är", "vi", "inte", "det", "tack", "med", "för", "har", "den", "kan", "hej",
           "hälsningar", "att", "också", "idag", "igår", "imorgon", "hos", "redan", "men",
           "nu", "som", "på", "till", "av", "ett", "om", "så", "blir", "inget", "kunden",
           "vill", "ska", "fick", "nästa", "vecka"},
    "en": {"and", "is", "we", "not", "the", "thanks", "with", "for", "have", "it", "this",
           "you", "a", "to", "of", "our", "they", "was", "will", "be", "on", "at", "are",
           "but", "by"},
}


#: how people type without their keyboard's letters: "uebernehmen", "havittiin", "pa plats"
#: each language's letters as typed without them: for the stopword sets
_FOLD = {"de": str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}),
         "de-bare": str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"}),
         "fi": str.maketrans({"ä": "a", "ö": "o"}),
         "sv": str.maketrans({"å": "a", "ä": "a", "ö": "o"})}
#: a German phrase's first letter typed as two ("uebernehmen"): as_typed spells the
#: letters inside a phrase, but _by_first_letter puts the first one in a one-letter class
_FIRST_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _compile(words: list[str], lang: str = "") -> re.Pattern:
    # An apostrophe continues a word: "won't" is no "won", "can't" no "can". Longer
    # phrases first, so that removing refusals takes "can't take" whole, not "can't".
    # as_typed lets each letter be typed without its dots; only a German phrase that
    # starts with one needs a copy of its own.
    if lang == "de":
        words = list(dict.fromkeys(words + [
            alt[0].translate(_FIRST_FOLD) + alt[1:] for w in words
            for alt in _top_level_alternatives(w) if alt[:1] in "äöüÄÖÜ" and alt]))
    longest_first = sorted(words, key=len, reverse=True)
    return as_typed(r"(?<![\w'’])(?:" + _by_first_letter(longest_first)
                    + r")(?!\w|['’](?!s\b))")


def _by_first_letter(phrases: list[str]) -> str:
    """One alternation of ``phrases`` (regexes), case-insensitive, grouped by first letter:
    "[kK](?i:yllä|iitos)|[jJ](?i:oo)|…". The regex engine skips a group whose first
    character is a plain class without entering it, which it cannot do for a case-folded
    letter, so a word list of hundreds of phrases is tried at a word's start in a few
    dozen steps instead of hundreds. Phrases that start with a group or an escape come
    first, each as it is; within a letter the order of ``phrases`` is kept."""
    groups: dict[str, list[str]] = {}
    others = []
    for phrase in (p for listed in phrases for p in _top_level_alternatives(listed)):
        first = phrase[:1]
        if first.isalpha() and phrase[1:2] not in ("?", "*", "+", "{") and \
                len(first.upper()) == len(first.lower()) == 1:
            groups.setdefault(first.lower(), []).append(phrase[1:])
        else:
            others.append(f"(?i:{phrase})")
    return "|".join(others + [f"[{first}{first.upper()}](?i:{'|'.join(rests)})"
                              for first, rests in groups.items()])


def _top_level_alternatives(phrase: str) -> list[str]:
    """``phrase`` split at its top-level "|" ("ушёл|ушел" is two phrases)."""
    parts, depth, start, escaped, in_class = [], 0, 0, False, False
    for i, char in enumerate(phrase):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(phrase[start:i])
            start = i + 1
    return [*parts, phrase[start:]]


#: a box ticked before the answer, in any of our languages ("[X] Lead annehmen ¶ [ ] Ablehnen":
#: the unticked box is set aside)
_TICKED_YES = (r"(?:\[[xX✓✔]\]|[☒☑✅])\s*(?:the |lead |leadet |liidi |лид )?(?:accept|yes|take it|"
               r"annehmen|akzeptieren|übernehmen|ja|kyllä|otetaan|hyväksy\w*|acceptera|ta emot|"
               r"tar den|принять|принимаем|берём|берем|да)\b")
_PATTERNS = {lang: {key: _compile(words + [_TICKED_YES] if key == "accept" else words, lang)
                    for key, words in table.items()}
             for lang, table in WORDS.items()}
#: the most a language's reply words add to its score in ``guess_language``
_MOST_REPLY_KEYS = max(len(table) for table in WORDS.values())
#: any of a language's reply words (not its hedges), to tell the language
_ANY_REPLY_WORD = {lang: _compile([w for key, words in table.items() if key != "hedge"
                                   for w in words], lang)
                   for lang, table in WORDS.items()}


#: stopwords typed without their letters count too: "for langt bort for oss" is Swedish
_STOPWORDS = {lang: words | {w.translate(fold) for fold in (_FOLD.get(lang),
                                                             _FOLD.get(f"{lang}-bare"))
                             if fold for w in words}
              for lang, words in _STOPWORDS.items()}


_CYRILLIC = re.compile(r"[а-яё]", re.I)


def _russian(tokens: list[str], text: str) -> bool:
    """Whether Cyrillic words make the text Russian. They do unless a few of them, with
    no Russian answer among them, stand around an answer in another language: a Swedish
    "Vi tar den" under "Привет!" is Swedish, "Да, берём. Kylmä Oy, ABB ACS580" Russian."""
    cyrillic = sum(bool(_CYRILLIC.match(t)) for t in tokens)
    if not cyrillic:
        return False
    return (2 * cyrillic > len(tokens) or bool(_ANY_REPLY_WORD["ru"].search(text))
            or not any(_ANY_REPLY_WORD[lang].search(text) for lang in _STOPWORDS))


def guess_language(text: str) -> str:
    """One of our five languages: the script, common words, and which language's
    reply words appear ("Kyllä, otetaan" has no stopword but is plainly Finnish)."""
    tokens = re.findall(r"[^\W\d_]+", text.lower())
    if _russian(tokens, text):
        return "ru"
    scores = {lang: sum(t in words for t in tokens) for lang, words in _STOPWORDS.items()}
    first, second = sorted(scores.values(), reverse=True)[:2]
    if first - second > _MOST_REPLY_KEYS:  # no count of reply words could change the order
        return max(scores, key=lambda lang: (scores[lang], lang == "en"))
    for lang in scores:
        if _ANY_REPLY_WORD[lang].search(text):  # mostly not: one search instead of eight
            scores[lang] += sum(bool(p.search(text)) for k, p in _PATTERNS[lang].items()
                                if k != "hedge")
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] else "en"


@dataclass(frozen=True)
class Reading:
    """What a reply says: ``intent`` None means "not understood" (we ask, we don't guess)."""

    text: str
    intent: str | None = None
    status: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    close_date: date | None = None
    language: str = "en"
    #: the other reading of "yes, we'll call them today": an accept may name a next step
    #: (``next_step``, a status) and a status may say yes (``yes``); the reply handler
    #: knows whether the sender holds the lead or has it on offer, and picks what fits
    yes: bool = False
    next_step: str | None = None
    #: why a decline declines, as the link page's list has it ("no_capacity", …, "other")
    reason: str | None = None


def read_reply(text: str, today: date, answering: str = "", lead_id: int | None = None,
               customer: str | None = None, place: str | None = None) -> Reading:
    """Read the intent of a partner's new text (already stripped by ``new_text``), as
    ``_read`` does, with typographic apostrophes read as typed ones: phones and Word
    write "we wouldn’t say no", "Sie nimmt’s", "EUR 22’450.–". The reading keeps the
    text as written."""
    reading = _read(_capitalised(_APOSTROPHE.sub("'", _undictated(text))), today, answering,
                    lead_id, customer, place)
    reason = decline_reason(text) if reading.intent == "decline" else None
    return replace(reading, text=text, reason=reason)


def _undictated(text: str) -> str:
    """Punctuation a phone's dictation wrote out ("quick question comma do they want it
    installed question mark", "подскажите запятая … вопросительный знак") as its marks,
    where the text has none of that mark typed."""
    for mark, spoken in ((",", _SPOKEN_COMMA), ("?", _SPOKEN_QUESTION_MARK),
                         (".", _SPOKEN_FULL_STOP)):
        if mark not in text:
            text = spoken.sub(mark, text)
    # a word dictation hears wrong: "we one the deal yesterday"
    return _MISHEARD_WON.sub(r"\1won", text)


_MISHEARD_WON = as_typed(r"(?<!\w)((?:we|we've|we have|i think we) )one(?= (?:the|it|this|that)"
                         r"(?!\w))", re.I)


#: "offerten skickades i fredags på 245 tkr exkl moms punkt kunden återkommer efter
#: midsommar" (not "that period", "der Punkt")
_SPOKEN_FULL_STOP = as_typed(
    r"(?<!\bthe)(?<!\ba)(?<!\bthat)(?<!\bthis)(?<!\bder)(?<!\bden)(?<!\bdem)(?<!\bein)"
    r"(?<!\ben)(?<!\bett)[ \t]+(?:full stop|period|punkt|piste|точка)(?=[ \t]+\S|[ \t]*$)",
    re.I | re.M)
_SPOKEN_COMMA = as_typed(r"[ \t]+(?:comma|komma|pilkku|kommatecken|запятая)(?!\w)", re.I)
_SPOKEN_QUESTION_MARK = as_typed(
    r"[ \t]+(?:question mark|fragezeichen|kysymysmerkki|frågetecken|вопросительный знак)(?!\w)",
    re.I)


def filled_from(reading: Reading, forwarded: Reading) -> Reading:
    """A reply that points to a colleague's answer forwarded below it ("siehe Thomas'
    Nachricht unten", "Affären är klar, se Linneas mejl nedan"), filled in from that
    answer: the answer itself when the partner's line gives none or only a contact, else
    the amount of the status both name. (A question the colleague asked the partner is not
    ours to answer.)"""
    if reading.intent is None and forwarded.intent in ("accept", "decline", "status"):
        return replace(forwarded, text=reading.text)
    if reading.status == "contacted" and forwarded.status in STATUSES[:-1]:
        # "Kunden svarade i morse:" over the customer's "vi beställer enligt offerten … Affären
        # är klar: 27 450 euro": the answer pasted below goes further than the line over it
        return replace(forwarded, text=reading.text)
    if reading.status in ("proposal", "won") and reading.amount is None and \
            forwarded.status in (None, reading.status):
        # ("the quote went out on Monday, see below" over "It went out on Monday: 23,450 EUR")
        amount, currency = (forwarded.amount, forwarded.currency) if forwarded.amount else \
            find_amount(forwarded.text, won=reading.status == "won")
        return replace(reading, amount=amount, currency=currency)
    return reading


def corrected_from(reading: Reading, earlier: Reading) -> Reading:
    """A correction or completion of the partner's own mail quoted below it, read with that
    mail: its state, with the amount the new mail gives ("the quote is 12,8k € + vat not
    2,8k", "Unohtui summa: 12 780 euroa + alv"); or the new state with the earlier amount it
    points to ("de har redan skrivit på! Samma belopp som i offerten")."""
    if reading.status in ("proposal", "won") and reading.amount is None and \
            earlier.amount is not None and _SAME_AMOUNT.search(reading.text):
        return replace(reading, amount=earlier.amount, currency=earlier.currency)
    if reading.intent is not None or earlier.intent != "status":
        return reading
    amount, currency = find_amount(reading.text, won=earlier.status == "won") \
        if earlier.status in ("proposal", "won") else (None, None)
    if amount is None:
        amount, currency = earlier.amount, earlier.currency
    return replace(earlier, text=reading.text, amount=amount,
                   currency=currency or earlier.currency)


#: the amount pointed to in the subject line: "Summe steht im Betreff", "amount in the subject"
IN_SUBJECT = as_typed(
    r"(?<!\w)(?:(?:steht |siehe )?im betreff|(?:see |in )the subject(?: line)?|otsikossa|"
    r"aiherivillä|(?:står )?i ämne(?:sraden|t)|в теме(?: письма)?)(?!\w)", re.I)
#: the amount named before, pointed to: "Samma belopp som i offerten", "same amount as quoted"
_SAME_AMOUNT = as_typed(
    r"(?<!\w)(?:same (?:amount|figure|price|sum)|as (?:quoted|in the quote)|gleiche[nr]? "
    r"(?:summe|betrag|preis)|derselbe betrag|wie (?:im )?angebot\w*|sama (?:summa|hinta)|"
    r"tarjouksen mukaan|samma (?:belopp|summa|pris)|som i offerten|(?:та же|той же) (?:сумм\w*|"
    r"цен\w*)|как в (?:кп|предложении))(?!\w)", re.I)


#: the reasons of the link page's decline list, as replies give them (the first one found,
#: in this order; else "other")
_DECLINE_REASONS = {
    "customer_known": as_typed(
        r"(?<!\w)(?:already (?:our|a) (?:customer|client)|(?:is|are) (?:already )?our (?:own )?"
        r"(?:customer|client)|we already (?:work with|deliver to|supply|have) (?:them|this "
        r"customer)|(?:bereits|schon) (?:unser )?kunde|ist (?:bereits |schon )?unser kunde|"
        r"kennen wir (?:schon|bereits)|(?:jo|ennestään) (?:meidän )?asiakkaa\w*|"
        r"on (?:jo )?meidän asiakka\w*|(?:redan|sedan tidigare) (?:vår )?kund|är (?:redan )?vår "
        r"kund|уже (?:наш )?клиент|наш (?:давний |постоянный )?клиент)", re.I),
    "outside_region": as_typed(
        r"(?<!\w)(?:too far|far away|(?:a )?too long (?:a )?way|long way from|"
        r"(?:outside (?:of )?|not (?:in )?)our (?:area|region|territory)|"
        r"(?:zu|viel zu) weit|nicht (?:in )?unser(?:em)? (?:gebiet|region|einzugsgebiet)|"
        r"außerhalb unseres|"
        r"liian (?:kaukana|pitkä matka)|(?:ei|ole) (?:meidän )?(?:alueel\w*|aluetta)|"
        r"kaukana meistä|"
        r"för (?:långt(?: bort| borta| härifrån)?|lång (?:resa|väg))|utanför (?:vårt|vår) "
        r"(?:område|region|distrikt)|inte vår region|"
        r"слишком далеко|далеко от нас|не наш(?:а)? (?:регион|район|территори\w*)|"
        r"не выезжаем|не ездим|"
        # the trip: "drei Stunden Anfahrt", "the travel alone would eat the margin"
        r"\w+ (?:stunden )?anfahrt|(?:the )?travel (?:alone |time )?would|nearest (?:installer|"
        r"technician|engineer) is (?:based )?in|restiden|matka (?:syö|söisi|vie))", re.I),
    "no_capacity": as_typed(
        r"(?<!\w)(?:(?:no|not enough|don't have the|lack of) (?:free )?(?:capacity|resources|"
        r"people|installers|technicians|crews?|time)|fully booked|too busy|booked (?:up|solid|"
        r"over|through)|tied up|(?:are|is) (?:all )?busy|"
        r"keine (?:freien )?(?:kapazität\w*|ressourcen|leute|zeit|techniker|monteure)|"
        r"ausgelastet|ausgebucht|voll (?:bis|im|ausgelastet)|"
        r"ei (?:ole )?(?:resursseja|kapasiteettia|aikaa|tekijöitä)|(?:liian )?kiirei\w*|"
        r"ei ehditä|emme ehdi\w*|ei ehdi|täyteen buukat\w*|kiinni (?:\w+ ){0,3}?(?:työmaal\w*|"
        r"projekti\w*|asennuksi\w*|keikoil\w*)|(?:asentaja\w*|tekijä\w*) (?:ovat )?(?:kiinni|"
        r"varattu\w*)|"
        r"fullbokade?|(?:har )?(?:inte|ingen) (?:kapacitet|tid|personal)|inga (?:lediga )?"
        r"(?:tekniker|montörer|installatörer)|hinner inte|(?:fullt|fulla) upp|"
        r"нет (?:возможности|ресурсов|людей|времени|мощностей|свободных)|свободных \w+ нет|"
        r"загружены|не успеваем|не успеем|не потянем|(?:люди|монтажники|специалисты) "
        r"(?:заняты|на объект\w*)|"
        r"verplant|schaffen (?:wir )?das nicht|full(?:y)? booked|booked on|fullbokat|"
        r"kalendern är full|sick leave|sairauslomal\w*|krankgeschrieben|sjukskriven|на "
        r"больничном|в (?:плановом )?отпуске|ei (?:oo|ole) (?:\w+ ){0,3}?(?:porukkaa|"
        r"(?:yhtään )?(?:asentaja\w*|ketään)(?: vapaana)?,? (?:joka ehti\w*|lähettää|vapaana))|"
        r"yhtään (?:asentajaa|vapaata) vapaana)", re.I),
    "not_our_field": as_typed(
        r"(?<!\w)(?:not (?:really )?our (?:field|line|business|area of expertise|thing)|we "
        r"(?:don't|do not) (?:really )?do|outside our (?:expertise|scope)|"
        r"nicht unser (?:bereich|fachgebiet|ding|metier|thema)|(?:das|so etwas|sowas) machen "
        r"wir nicht|bieten wir nicht an|"
        r"(?:eivät|ei) (?:oikein )?ole meidän ala\w*|ei meidän (?:alaa|juttu)|emme tee|"
        r"ei kuulu (?:meidän )?(?:osaamiseen|tarjontaan)|"
        r"inte vår (?:bransch|grej|specialitet)|det gör vi inte|sysslar inte med|"
        r"не наш профиль|не наша (?:специализация|тема)|(?:этим )?не занимаемся|у нас "
        r"(?:в ассортименте )?нет|нет специалистов по|"
        # what they do instead, or lack: "we only do sensors", "ei ole siihen osaamista",
        # "den certifieringen har vi inte", "saknar behörig personal"
        r"we only do|we (?:don't|do not) (?:program|install|service)|me tehdään (?:vain|"
        r"lähinnä)|vi gör bara|wir machen nur|мы занимаемся только|(?:ei|eikä meillä) ole "
        r"(?:siihen )?osaamista|certifieringen har vi inte|saknar (?:behörig|certifier)\w*|"
        r"(?:haben|have) (?:weder die zulassung|no (?:certification|licen[cs]e))|"
        r"aldrig installerat|never (?:installed|done|worked with))", re.I),
}


def decline_reason(text: str) -> str:
    """Why a decline declines, as a code of the link page's list ("no_capacity",
    "outside_region", "not_our_field", "customer_known"), else "other"."""
    return next((code for code, pattern in _DECLINE_REASONS.items() if pattern.search(text)),
                "other")


#: a typographic apostrophe (or an accent typed for one) inside a word or figure
_APOSTROPHE = as_typed(r"(?<=\w)[’ʼ‘´`](?=\w)")
#: a sentence's first letter: at a line's start or after an end mark, past an opening quote
_SENTENCE_START = as_typed(r"(?:^[ \t]*|(?<=[.!?])[ \t]+)[\"'(«„“]*([^\W\d_])", re.M)


def _capitalised(text: str) -> str:
    """The text with its sentences begun in capitals, where the writer begins (nearly)
    none so: "seitdem haben wir nur telefoniert. einen neuen termin gibt es noch nicht."
    is two sentences, not one, and a sentence is where the reader tells one report from
    another. Text typed in capitals is put in small letters first ("MEETING WAS YESTERDAY.
    QUOTE NEXT WEEK."): a capital marks nothing in it."""
    letters = [c for c in text if c.isalpha() and c.lower() != c.upper()]
    if len(letters) >= 20 and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        text = text.lower()
    starts = [m for m in _SENTENCE_START.finditer(text)
              if not _NO_SENTENCE_END.search(text, max(0, m.start() - 8), m.start())]
    if sum(m[1].islower() for m in starts) < max(2, 4 * sum(m[1].isupper() for m in starts)):
        return text
    chars = list(text)
    for match in starts:
        chars[match.start(1)] = match[1].upper()
    return "".join(chars)


#: a row of a table typed with pipes: "ti 8.11. | 9.00 | asiakkaan arkisto, Vantaa"
_PIPE_ROW = re.compile(r"(?m)^[^\n|]*\|[^\n|]*\|[^\n]*$")
_PIPE = re.compile(r"\s*\|\s*")
_DATE_POINT_BEFORE_PIPE = re.compile(r"(\d{1,2}\.\d{1,2})\.(?=\s*\|)")


#: a record's field for the customer: "Customer:       Shannon Pharma Ireland", "Kunde: …"
_CUSTOMER_FIELD = as_typed(r"^[ \t]*(?:customer|client|end customer|kunde|endkunde|kund|"
                           r"slutkund|asiakas|loppuasiakas|клиент|заказчик|покупатель)"
                           r"(?:[ \t]*:[ \t]*|\t+)", re.I)


def _named_only_as_field(text: str, customer: str) -> bool:
    """The customer is named only in a record's field ("Customer: Shannon Pharma Ireland"
    under "we won it. PO details as booked in our ERP:"): the record is this lead's, and
    the text around it is its news, not other news beside it."""
    lines = [line for line in text.split("\n") if customer.lower() in line.lower()]
    return bool(lines) and all(_CUSTOMER_FIELD.match(line) for line in lines)


def _with_block_below(text: str, focused: str, customer: str, place: str | None) -> str:
    """The part about the customer, with the table or record its one line naming it
    announces ("Extract from our quote register for Shannon:" over the register's rows)."""
    line = focused.strip()
    at = text.find(line)
    if "\n" in line or not line.endswith(":") or at < 0 or \
            customer_naming(line, customer, place) is None:
        return focused
    block = re.split(r"\n\s*\n", text[at + len(line):].lstrip("\n"), maxsplit=1)[0]
    return f"{line}\n{block}"


def _rows_joined(text: str) -> str:
    """``text`` with each pipe table row as one line of cells ("ti 8.11, 9.00, asiakkaan
    arkisto, Vantaa"): a date's point before a pipe would end a sentence mid-row, and the
    rest of the row would read as news of its own."""
    def row(found: re.Match) -> str:
        return _PIPE.sub(", ", _DATE_POINT_BEFORE_PIPE.sub(r"\1", found.group(0)).strip(" |"))
    return _PIPE_ROW.sub(row, text)


def _read(text: str, today: date, answering: str = "", lead_id: int | None = None,
          customer: str | None = None, place: str | None = None) -> Reading:
    """Read the intent of a partner's new text (already stripped by ``new_text``).
    ``answering``: "offer" or "status" when the quoted email shows what was asked;
    ``lead_id``: the lead replied about (clauses about other leads are set aside);
    ``customer``: the lead's customer, and ``place`` its town (a report on several customers
    is read where it tells of this one).

    Questions are set aside first: "Is there a meeting yet?" reports no meeting, and
    a reply made only of questions is a ``question``."""
    bare = _SIGNED.sub("", _GREETING.sub("", text)).strip()
    if _BARE_YES.fullmatch(bare):
        # "👍" to an offer takes it; to "how is the lead going?" it reports nothing
        return Reading(text, None if answering == "status" else "accept", yes=True)
    if _BARE_NO.fullmatch(bare):  # "Ei.", "👎": to an offer a refusal, to a status nothing
        return Reading(text, None if answering == "status" else "decline")
    if _ACKNOWLEDGED.search(bare) and _ACK_WORDS.fullmatch(_ACKNOWLEDGED.sub(" ", bare)):
        # "Selvä, kiitos tiedosta.", "Okej, tack för beskedet": the news taken note of (a
        # lead taken by another, a decline confirmed), nothing answered
        return Reading(text, language=guess_language(bare))
    if _BARE_WON.fullmatch(bare):
        # "Zuschlag!", "Сделка!": the news in one word; from a partner who has the lead on
        # offer a yes as well, which the reply handler takes as the accept
        return Reading(text, "status", "won", yes=True, language=guess_language(bare))
    if answering != "status" and len(answers := {m["no"] is None for m in
                                                  _FORM_ANSWER.finditer(text)}) == 1:
        # a form's field answered: "Берём:        нет", "Annehmen: ja"
        return Reading(text, "accept" if answers.pop() else "decline",
                       language=guess_language(bare))
    if customer and not _named_only_as_field(text, customer):
        focused = about_customer(_rows_joined(text), customer, place)
        focused = focused and _with_block_below(text, focused, customer, place)
    else:
        focused = without_other_customers(text)
    if focused and _TABLE_ROW.search(focused.lstrip().split("\n", 1)[0]):
        # the customer named in a table's row: the text is read without the other rows
        # ("Kauppa tuli! Suoraan Netvisorista: ¶ Tilaus  Asiakas  Pvm  Veroton € … ¶ 10492
        # Pirkkalan …")
        focused = _other_rows_dropped(text, focused)
    if focused and (tail := _correction_after(text, focused)):
        # a correction below the part about the customer is about it too: "Offerten gick till
        # Sigtuna Bageri i tisdags: 212 000 kr … ¶ Nej förresten, det var alternativ B …"
        focused = f"{focused}\n\n{tail}"
    if focused:  # "Espoon Datakeskus: quote sent … Leppävaara: still waiting …"
        reading = replace(_read(_with_doubt(text, focused), today, answering, lead_id),
                          text=text)
        # the customer's row of a table is read under the table's head
        table = net_column(text, focused) if reading.status in ("proposal", "won") and \
            reading.amount is None else None
        return replace(reading, amount=table[0], currency=table[1]) if table else reading
    # ("VAT (23%) €11,097.50 ¶ Gross total €59,347.50", before a wrap join can take the lines)
    head, lang = _prepared(record_sums_marked(_without_empty_steps(text)), lead_id)
    # a figure corrected in passing ("Summa oli 23 350 - ei kun 22 350 euroa") keeps the
    # reply whole, less the wrong figure
    # (the other customer's step told with the mix-up is not this one's: "sekoitin tämän
    # Järvenpään leipomoon, jonka kanssa tapaaminen oli")
    head = _MIXED_UP.sub(r"\g<mixed>.", head)
    corrected = _marker_last(_CORRECTED.split(_FIGURE_CORRECTED.sub("", head)))
    # (only the day corrected, the step stands: "tapaaminen on tiistaina – ei kun hetkinen,
    # asiakas siirsi sitä päivällä eteenpäin. Se on keskiviikkona 25.5.")
    head = " ".join(corrected) if _MOVED_IT.search(corrected[-1]) else \
        (not _STEP_OFF.search(head) and _figure_corrected(corrected, lang, today)) or \
        corrected[-1]
    if customer and len(corrected) > 1:
        # the correction read where it tells of this customer: "Ei hetkinen, nyt meni Ylöjärvi
        # ja Pirkkala sekaisin. Ylöjärvi hävittiin. Pirkkalan Lämmölle tarjous lähti eilen"
        head = about_customer(head, customer, place) or head
    if answering != "offer" and _NO_CHANGE.match(_GREETING.sub("", head)) and \
            not _news_after(head, today, answering):
        # "пока без изменений. Встречу провели в конце января, после неё заказчик пропал":
        # nothing has moved since the last report; the story retold is no new state
        return Reading(text, language=lang)
    if turn := _TURN_TO_THIS_ONE.search(head):
        # what came before was another deal's story: "we lost the Harlow job on Monday.
        # Different story with this one: the quote for Bracknell went over yesterday"
        head = head[turn.start():]
    head = _WHY_NOT.sub(_PLAIN_YES[lang], head)  # "Mikä ettei? Laita tiedot tulemaan."
    if answering == "offer":  # "mitä me Rovaniemellä tekisimme? Meillä ei ole pohjoisessa …"
        head = _WHAT_WOULD_WE_DO.sub(_PLAIN_NO[lang], head)
    head = _ONE_WORD_ASKED.sub(" ", head)  # "Honestly? Ask me again next week."
    head = _NEED_ASKED_NO.sub(r"\g<asked> ", head)  # "Do we need drawings first? No – …"
    head = _SELF_ANSWERED.sub(" ", head)  # "Have I got one engineer free? Not unless I clone one."
    # someone else's words quoted whole ask nothing of us: 'Hans svar, ordagrant: "Visby i
    # mars? Gärna – om någon annan åker."'
    head = _QUOTED_ASKING.sub(lambda quote: quote[0].replace("?", ","), head)
    head = _OUR_QUESTION_ECHOED.sub(" ", head)  # "Where do things stand? I'd like to know …"
    head = _OUR_MAILS_COUNTED.sub(" ", _COMPLAINING_QUESTION.sub(" ", head))
    words = _PATTERNS[lang]
    sentences = _SENTENCE.findall(head)
    statements = " ".join(s for s in sentences if not s.rstrip().endswith("?"))
    questions = [s for s in sentences if s.rstrip().endswith("?")]

    def says(key: str, text: str = statements) -> bool:
        return bool(words[key].search(text) or (lang != "en" and _english(key, text)))

    if _ALREADY_OURS.search(statements) and not (questions and all(
            _IF.search(s) for s in sentences if _ALREADY_OURS.search(s))):
        # "we already have this customer, our own deal since March": their steps are not
        # this lead's, and the lead is not wanted (unless only if the answer to a question
        # says so: "это тот же клиент …? Если да, мы уже работаем с ними")
        return Reading(text, "decline", language=lang)
    if _BOTH_WAYS.search(statements):
        # "om vi tackar ja nu … Om vi tackar nej …": both answers weighed, none given
        return Reading(text, language=lang)
    # "before we say yes or no": neither said; "we've been swamped": why the answer is late
    chosen = _WHILE_LOCKED.sub(" ", _PAST_BUSY.sub(" ", _YES_OR_NO.sub(" ", _MESSAGE_SAYS.sub(
        " ", _OTHERS_WORDS.sub(" ", _OWN_WORDS.sub(r" \g<words> ", statements))))))
    chosen = _TAKEN_ALONG.sub(" ", chosen)  # "Den Musterkoffer nehm ich mit"
    chosen = _SEEN_IT.sub(" ", chosen)  # "Yes, yes – we saw the first one too": no yes
    chosen = _WONDERED.sub(" ", chosen)  # "Mietin hetken, voisiko Aino ottaa tämän": asked
    chosen = _CONCEDED.sub(" ", chosen)  # "and yes, Felixstowe is technically inside our patch"
    # ("eihän tällaisesta voi kieltäytyä", "da sagen wir natürlich nicht nein": no refusal)
    undenied = _SIDE_NO.sub(" ", _WOULD_NOT_REFUSE.sub(" ", _DENIED_REFUSAL.sub(
        " ", _NO_IF_OTHERWISE.sub(" ", chosen))))
    no = says("decline", undenied)
    # (what the partner promised before is no answer now: "sanoin syksyllä Sannalle, että
    # otamme kaikki Uudenmaan liidit, kunhan …")
    yes, weak_only = _says_yes(words, lang, _TOLD_BEFORE.sub(" ", chosen))
    if _WOULD_NOT_REFUSE.search(statements):  # "не откажемся", "can't say no to this"
        yes, weak_only = True, False
    if answering == "offer" and not no and (
            _WILL_ACT.search(statements) or _DETAILS_REQUESTED.search(statements)
            or any(_DETAILS_ASKED.search(q) for q in questions)):
        # "I'll ring the customer first thing tomorrow"; "Could you send me the customer's
        # phone number?" (only the partner who takes the lead gets them)
        yes, weak_only = True, False
    # a decision after weighing it up answers an offer; a status report has no such turn
    concluded = _concluded(words, lang, statements) if answering != "status" else None
    if concluded:  # "mietin tätä pitkään … No, otetaan se."
        return Reading(text, concluded, language=lang)
    held = _YES_HELD_FOR_QUESTION.search(head)
    if answering == "offer" and questions and held and not _says_yes(words, lang, " ".join(
            s for s in _SENTENCE.findall(head[held.end():]) if not s.rstrip().endswith("?")))[0]:
        return Reading(text, "question", language=lang)  # the yes before it is held back
    if questions and _BEFORE_CALLING.match(_GREETING.sub("", head)):
        # what they ask before calling; the reasons given for a question ("Går det bra om vi
        # kommer först vecka 43? Mattias och Jonatan är fullbokade till dess") refuse nothing
        return Reading(text, "question", language=lang)
    if answering == "offer" and (questions or _ASKED_UNMARKED.search(head)) and (
            _BEFORE_DECIDING.match(_COURTESY_FIRST.sub("", _GREETING.sub("", head), count=1))
            # (or opening a paragraph after thanks and where they write from: "Tack för
            # tipset … Jag sitter just nu i Arlanda … ¶ Innan vi tackar ja vill jag kolla …")
            or any(_BEFORE_DECIDING.match(part) for part in _PARAGRAPH_BREAK.split(head)[1:])
            # (or opening a question: "…she told him: "…". So before we decide: does …?"; or
            # a line of its own under the questions: "<< Bevor wir zu- oder absagen, brauchen
            # wir diese zwei Antworten vom Kunden.")
            or any(_BEFORE_DECIDING.match(q.lstrip(" \"“”«»„")) for q in questions)
            or any(_BEFORE_DECIDING.match(line.lstrip(" \"“”«»„<>")) for line in
                   head.split("\n")[1:])) \
            and not (
            yes and _says_yes(words, lang, _BEFORE_DECIDING.sub(" ", chosen, count=1))[0]
            and not _only_if(words, lang, sentences)) and \
            not (no and _REFUSE.search(undenied)):
        # "bevor ich zusage, zwei Fragen: …?" (the yes it names is not given: "ennen kuin
        # otetaan tämä: …?"); "Before we say yes: can the installation wait
        # until August? We can't send anyone out in July.": what they cannot do is why they
        # ask, not a refusal
        return Reading(text, "question", language=lang)
    if answering == "offer" and questions and _no_only_if(words, lang, sentences) and (
            not yes or _only_if(words, lang, sentences) or any(
                _ASKS_TO_WAIT.search(q) for q in questions)):
        # the no waits on our answer, and so does the yes if there is one: "is this the
        # same customer as L-102918? If it's them again we'll pass … If it's somebody new
        # I'll gladly take it"; "Voiko tämä odottaa maanantaihin? Jos ei, niin antakaa muille"
        return Reading(text, "question", language=lang)
    if answering == "offer" and any(_SPLIT_ASKED.search(q) for q in questions):
        # "Kan vi dela leadet med en annan partner, så att vi tar skolan i Uleåborg?": what
        # they can and cannot do is why they ask, a part refused too ("Ulm ist für uns zu
        # weit. Kann man den Lead aufteilen?"); the answer decides
        return Reading(text, "question", language=lang)
    if answering != "status" and not questions and _only_if(words, lang, sentences) and not (
            answering == "offer" and (_WILL_ACT.search(statements) or _handed_on(sentences))):
        # "wenn der Kunde mit einem Start Mitte Mai leben kann, sind wir gern dabei": the
        # yes waits for what nobody knows yet (asking us about it makes it a question; a
        # partner who will call the customer to settle it takes it: "otetaan tämä, jos
        # asiakkaalle käy … Soitan asiakkaalle heti, kun saan yhteystiedot")
        return Reading(text, language=lang)
    if answering == "offer" and not no and _OURS_NOW.search(statements):
        # "Eli kyllä, tämä on meidän", "лид за нами", "Der Lead bleibt bei uns": taken
        return Reading(text, "accept", language=lang, yes=True)
    if yes and no and weak_only:
        yes = False  # "den lassen wir aus … machen wir nur noch mit …": a refusal
    if yes and no and answering == "offer" and (_refusal_overruled(words, lang, undenied) or
                                                _remark_after_yes(words, lang, undenied) or
                                                _ONLY_PART.search(undenied)):
        # "Монтаж своими силами в марте не потянем, …, но сам лид берём": a part refused,
        # the lead taken
        return Reading(text, "accept", language=lang, yes=True)
    # (to a status request a yes is the story of the accept: "Ich habe den Lead Ende März
    # angenommen, … Deshalb geben wir den Lead zurück")
    if (not yes or answering == "status") and _gives_back(undenied) and not says("won"):
        # an offer "given back" is refused; a lead one holds, returned ("Wir müssen den Lead
        # leider zurückgeben") is refused too: the reply handler gives it back
        return Reading(text, "decline", language=lang)
    if answering == "offer" and (no or not questions) and _HAND_ON.search(undenied) and (
            not yes or (_only_if(words, lang, sentences) and _handed_on(sentences))):
        # "diesen Lead nehmen wir nicht … Bitte an einen anderen Partner vergeben": what
        # happened to earlier projects in the reasons ("am Ende abgesagt") is no report;
        # handed on alone, it is refused too ("please give this one to colleagues who sit
        # closer", "Отдайте, пожалуйста, кому-нибудь другому")
        return Reading(text, "decline", language=lang)
    # what happened in other years is another deal's story ("we lost the tender there in
    # 2029", "в прошлом году мы выиграли похожий проект"), not this lead's state
    current = _without_other_times(_without_unreal(_FORECAST_QUOTED.sub(" ", statements)),
                                   today)
    if answering == "offer" and no and not yes and _REFUSE.search(undenied) and \
            not says("won", current) and not says("lost", current):
        # "Talked to Timo. We have to pass on this one after all": a refusal, not a report
        return Reading(text, "decline", language=lang)
    if answering == "offer" and not yes and _CANNOT_STAFF.search(undenied) and not any(
            _WAIT_ASKED.search(q) for q in questions):
        # the refusal told by its reason: "our only installer with cold-room experience left
        # us at the end of June … There is nobody here who could do the Porvoo job" (unless
        # they ask whether the customer can wait: "заказчик готов подождать до августа?")
        return Reading(text, "decline", language=lang)
    kept = _without_called_off(undenied)  # "the customer had to cancel" the meeting
    if answering == "status" and not yes and not says("won") and not _GIVE_BACK.search(
            undenied) and not _UNSURE.search(statements) and (
            _REFUSE.search(kept) or _DROPPED.search(kept)):
        # the partner gives up a lead they hold ("I've decided to drop this one"): lost
        return Reading(text, "status", "lost", language=lang)
    if (not yes or weak_only) and any(_REFUSING_QUESTION.search(q) for q in questions):
        # "Couldn't you find someone based up north for this one?": a polite no
        return Reading(text, "decline", language=lang)
    statuses = _statuses(lang, current, says)
    if (field := _state_field(text, lang, says)) is not None:
        statuses = [field]  # "Status: LOST ¶ Reason: … relationship won it": the field says
    elif (coded := _legend_state(text, lang, says)) is not None:
        statuses = [coded]  # "Stand: S1 ¶ Legende: … S1 – Kunde erreicht …": the legend says
    marks = sorted([*_CONCLUSION.finditer(current), *_TURN_TO_THIS.finditer(current),
                    *_THIS_LEAD.finditer(current)],
                   key=lambda m: m.end()) if len(statuses) > 1 else []
    if marks:  # "… that went nowhere. … So, in short: the meeting is booked."
        statuses = _statuses(lang, current[marks[-1].end():], says) or statuses
    if questions and statuses in ([], ["contacted"]) and (_UNREACHED.search(statements) or any(
            _ASKS_FOR_CONTACT.search(q) for q in questions)) and not _SPOKEN.search(statements):
        # "I tried to call … the number is not in use … Do you have another number?": the
        # customer not reached, the partner asks how
        return Reading(text, "question", language=lang)
    if answering == "offer" and any(_ASKS_TO_WAIT.search(q) for q in questions):
        # "kan ni vänta till efter midsommar med vårt svar? … jag vet inte när han är
        # tillbaka": the answer itself is asked to wait
        return Reading(text, "question", language=lang)
    if (questions or _ASKED_UNMARKED.search(head)) and _DEPENDS.search(statements) and \
            statuses in ([], ["contacted"]):
        # "Does the customer keep the panels? That decides who could take this on."; a first
        # call's question passed on is asked too ("…kysyttiin puhelimessa, voisiko anturit
        # vuokrata. Onko ACME:lla vuokramalli? En halua antaa hintaa ennen kuin tiedän.")
        return Reading(text, "question", language=lang)
    if answering == "offer" and questions and not (yes or no) and _TELL_AND_WE_SEE.search(
            statements):
        # "…? Kerro niin katsotaan.", "…? Пока не отвечаю ни да, ни нет": what they ask decides
        return Reading(text, "question", language=lang)
    unsure = list(_UNSURE.finditer(statements))
    if unsure and not any(_statuses(lang, s, says) for s in _SENTENCE.findall(
            statements[unsure[-1].end():]) if _ANYWAY.search(_SAID_CLAUSE.sub(" ", s))):
        # "hard to say where we are": not a status report (but "hard to say if they liked
        # it; the quote went out anyway" is one; "… I'm off till the 2nd anyway" and
        # "vunnen, tror jag – i alla fall sa inköparen det … Så jag vet faktiskt inte hur
        # det blir" are not); one that opens by saying it asks is a question ("A question
        # before I pick a status for Inkeroinen. … does the lead still count as ours?")
        asks = bool(questions) and _ASKING.match(head) is not None
        return Reading(text, "question" if asks else None, language=lang)
    if yes and not no and _CONDITION.search(statements) and _OR_SOMEONE_ELSE.search(statements):
        # "we take it if the customer can wait, otherwise give it to someone else": undecided
        return Reading(text, language=lang)
    if answering != "status" and yes and not no and questions and all(
            _STILL_OPEN.search(q) for q in questions):
        # "Is this one still open? If so, we'll take it": whether it is, the accept finds out
        # (a lead taken meanwhile gets the "taken" answer)
        return Reading(text, "accept", language=lang, yes=True)
    if answering == "offer" and statuses and ((no and not yes) or (
            yes and not no and not weak_only and set(statuses) <= {"won", "lost"}
            and not _yes_on_condition(words, lang, sentences, questions))):
        # an offered lead is neither won nor lost yet: "We take this. … In March we lost
        # one deal in Ylöjärvi because we answered too slow" takes it
        return Reading(text, "accept" if yes else "decline", language=lang, yes=yes)
    # (a yes, then remarks: their "vielleicht" is about the customer, not the answer)
    remark = _REMARK.search(statements) if yes and answering == "offer" else None
    doubted = statements[:remark.start()] if remark else statements
    if answering == "offer" and yes and statuses and _in_doubt(words, lang, doubted):
        # a yes in doubt names no next step: "Ett första besök skulle jag hinna med, men …
        # Ja, jag vet inte riktigt. Kanske."
        return _hedged(text, head, statements, lang)
    if answering == "offer" and statuses and yes and not no and questions and any(
            _CONDITION.search(s) and _says_yes(words, lang, s)[0] for s in sentences
            if not s.rstrip().endswith("?")):
        # "onko tämä sama vesiosuuskunta …? Jos on, voimme hyvin ottaa tämän": the yes
        # waits on the answer, whatever steps the reasons tell of
        return Reading(text, "question", language=lang)
    if answering == "offer" and questions and not (yes or no) and _ASKING.match(head) and \
            _CONDITION.search(statements):
        # "ennen kuin vastaan: onko tämä sama meijeri …? Jos on, me käytiin siellä jo …": the
        # answer decides what the steps told mean
        return Reading(text, "question", language=lang)
    if answering == "offer" and not (yes or no) and any(_SAME_CUSTOMER.search(q)
                                                        for q in questions):
        # "är det här samma kund som frågade oss direkt i november …? Dem har vi redan gett
        # en offert": what was done holds for the other customer, if it is that one
        return Reading(text, "question", language=lang)
    if answering == "offer" and questions and statuses == ["contacted"] and not (yes or no):
        # "yritin soittaa …, liittymä ei ole käytössä. Onko teillä toista numeroa?": the
        # first tries on an offered lead end in what the partner asks
        return Reading(text, "question", language=lang)
    if answering == "status" and (_STANDING_UNKNOWN.search(statements) or (
            _CANNOT_TELL_YET.search(statements) and not statuses)) and not (
            {"won", "lost"} & set(statuses)):
        # "…, men sedan skrev kamrern att det inte finns pengar i år. Så just nu vet ingen av
        # oss vad som gäller": what was done is told, where it stands is not known
        return Reading(text, language=lang)
    if statuses:
        return _status_reading(text, current, statuses, says, lang, today, yes=yes, no=no,
                               weak_only=weak_only, answering=answering)
    if no and any(not _CONDITION.search(q) for q in questions) and _CONDITION.search(statements):
        # "What's the timeline? If they need it before May we can't": the answer decides
        return Reading(text, "question", language=lang)
    if yes and not no and _yes_on_condition(words, lang, sentences, questions):
        # "jos asiakas voi odottaa, otamme tämän. Onko heillä kiire?": the answer decides
        # (but not "das übernehmen wir. Kurze Frage: …? Wenn nicht, klären wir das")
        return Reading(text, "question", language=lang)
    if yes and no and questions and (_CONDITION.search(statements)
                                     or _DEPENDS.search(statements)):
        # "Would it be OK if our subcontractor does the installation? If that's allowed we'll
        # take it, if not we'll have to pass": our answer decides
        return Reading(text, "question", language=lang)
    if _in_doubt(words, lang, doubted):
        return _hedged(text, head, statements, lang)
    if no and not yes and any(_HOW_TO.search(q) for q in questions):
        # "Kann man einen Lead auch zurückgeben …? … Falls ja, wie geht das?": asked how
        return Reading(text, "question", language=lang)
    if yes and weak_only and not no and "?" in head:
        return Reading(text, "question", language=lang)  # "Ja, gerne – ist das ein Neubau?"
    if answering == "offer" and no and not yes and questions and all(
            _UNMARKED_QUESTION.search(s) for s in sentences if not s.rstrip().endswith("?")
            and words["decline"].search(s)):
        # "hur många mätpunkter? och måste det vara klart före årsskiftet, vi är fullbokade
        # tills v 2": the refusal's reason sits in a question typed without its mark
        return Reading(text, "question", language=lang)
    if yes != no:
        return Reading(text, "accept" if yes else "decline", language=lang)
    # a lone "?" asks nothing, under a greeting too ("Hi,¶?¶BR")
    if not yes and "?" in head and _LETTER.search(_GREETING.sub("", head)):
        return Reading(text, "question", language=lang)
    if not (yes or no) and _ASKED_UNMARKED.search(head):
        # a phone's question, no "?"; a wish to know ("wüsste ich gern …", "tosta ei käy ilmi,
        # onko …")
        return Reading(text, "question", language=lang)
    return Reading(text, language=lang)


#: our answer asked to wait: "kan ni vänta till efter midsommar med vårt svar?", "can you wait
#: for our answer until Monday?"
_ASKS_TO_WAIT = as_typed(
    r"(?<!\w)(?:"
    # or the lead itself: "Voiko tämä odottaa maanantaihin 13.10.?", "Can it wait until Monday?"
    r"(?:voiko|voisiko) (?:tämä|tää|se|liidi) odottaa|(?:can|could) (?:it|this|this one|the lead) "
    r"wait (?:until|till|for)|(?:kann|könnte) (?:das|der lead|es|er) (?:\w+ )?(?:bis|noch) "
    r"[^?]{0,30}?warten|(?:kan|kunde) (?:den|det|leadet) vänta (?:till|tills|en)|(?:может|"
    r"можно) ли (?:это|лиду|лид)? ?подождать|можно подождать до|"
    r"(?:kan|kunde) ni vänta\b[^?]{0,40}?\bmed (?:vårt|mitt) svar|(?:can|could) you wait"
    r"\b[^?]{0,40}?\b(?:for|with) (?:our|my) answer|(?:können|könnten) sie (?:\w+ ){0,5}?mit "
    r"(?:unserer|meiner) (?:antwort|zusage) warten|(?:voitteko|voisitteko) odottaa\b[^?]{0,40}?"
    r"\bvastaus\w*|(?:можете|могли бы вы) подождать\b[^?]{0,40}?\b(?:с )?(?:нашим )?ответ\w*)",
    re.I)
#: who to talk to, asked: "vem är rätt kontaktperson hos kunden?", "who is the right contact?"
_ASKS_FOR_CONTACT = as_typed(
    r"(?<!\w)(?:(?:vem|who|wer|kuka|кто) (?:är|is|ist|on|там)? ?(?:rätt |the right |der "
    r"richtige |oikea |правильн\w* )?(?:kontaktperson\w*|contact(?: person)?|ansprechpartner\w*|"
    r"yhteyshenkilö\w*|контактн\w* лиц\w*)|(?:har ni|have you got|do you have|haben sie|onko "
    r"teillä|есть ли у вас) (?:ett |a |eine |)?(?:telefonnummer|phone number|puhelinnumero|"
    r"телефон\w*))(?!\w)", re.I)
#: how something is done, asked: "wie geht das?", "how does that work?"
_HOW_TO = as_typed(r"(?<!\w)(?:wie (?:geht|funktioniert|mache ich|machen wir) das|how (?:does "
                   r"(?:that|it) work|do (?:i|we) do (?:that|it))|miten (?:se|sen) tehdään|"
                   r"hur (?:gör|går) (?:man|jag|vi) (?:det|till)|как это (?:сделать|делается))"
                   r"(?!\w)", re.I)
#: where a question typed without its "?" starts: a line or a sentence, after a greeting or
#: an "and" on the same line too ("Hej vad är det för slags lokal")
_QUESTION_START = (r"(?:^|(?<=[.!]\s))[ \t]*(?:(?:hi|hello|hej|hei|moi|hallo|and|und|och|ja|и|"
                   r"а),?[ \t]+)?")
#: a question typed without its "?" (nothing else read in the reply): a line or sentence
#: that opens as a question does and ends without a point ("Do you have a phone number for
#: them", "Onko asiakkaalla jo toimittaja", "Weiß man schon, wann die das brauchen")
_UNMARKED_QUESTION = as_typed(
    rf"{_QUESTION_START}"
    r"(?:(?:do|does|did|is|are|can|could|would|will|have|has|what|"
    r"when|where|who|which|how|why) (?:you|they|we|the|it|this|there|anyone|someone)|"
    r"(?:weiß|wissen|gibt|haben|hat|kann|können|ist|sind|wer|was|wann|wo|wie|welche\w*|"
    r"warum) (?:man|es|sie|der|die|das|ihr|ein\w*|schon)|"
    r"(?:onko|voiko|tietääkö|tiedättekö|saako|onkohan|kuka|mikä|milloin|missä|miten|"
    r"paljonko|montako)\w* |"
    r"(?:vet|finns|har|kan|är|vem|vad|när|var|hur|vilken|vilka|behöver|ska|vill|måste) "
    r"(?:ni|man|det|"
    r"kunden|de|du|är)|"
    r"(?:кто|что|когда|где|как|сколько|какой|какая|какие|есть ли|можно ли|а есть) |"
    # one of two asked for: "это частный дом или многоквартирный", "нужен ли монтаж",
    # "omakotitalo vai rivitalo" (Finnish "vai" is the "or" of a question)
    r"(?:это|а) (?=[^.!?\n]* или )|[а-яё]+ ли |(?=[^.!?\n]* vai ))"
    r"[^.!?\n]*(?:\n|$)|"
    # a phone ends every sentence with a point, a question too, where only its opening word
    # can ask: "Onko tää uudiskohde vai saneeraus.", "Hej vad är det för slags lokal, kontor
    # eller lager."
    rf"{_QUESTION_START}"
    r"(?:(?:onko|onks|voiko|voisiko|tietääkö|saako|tarvitaanko|riittääkö|pitääkö|halutaanko|"
    r"tuleeko|käykö|ovatko|haluaako|onkohan) |vad är |(?:behöver|vill|ska) (?:de|ni|kunden) |"
    r"(?:нужен|нужна|нужно|нужны|есть) ли )[^.!?\n]*\.", re.I | re.M)
#: a question asked in the middle of a line, without its "?": "before we say yes can you
#: tell me whether …", "kerro onko", "подскажите"
_ASKED_UNMARKED = as_typed(
    rf"{_UNMARKED_QUESTION.pattern}|"
    # a question asked inline below: "one question inline below", "eine Frage unten im Text"
    r"(?<!\w)(?:(?:one|a|a few|some|two) questions? (?:\w+ )?(?:inline|below)|eine frage "
    r"(?:\w+ )?(?:unten|im text)|kysymys (?:\w+ )?(?:alla|tekstin seassa)|en fråga (?:\w+ )?"
    r"(?:nedan|i texten)|вопрос (?:\w+ )?ниже)(?!\w)|"
    r"(?<!\w)(?:(?:can|could) you (?:tell|let me know|confirm|"
    r"check)|(?:kannst du|können sie|könnten sie) (?:mir )?(?:sagen|mitteilen)|(?:voitko|"
    r"voisitko|voitteko) kertoa|kertoisitko|kerro(?:tko)? onko|kan (?:du|ni) (?:berätta|säga)|"
    r"подскажите|скажите|уточните|"
    # a wish to know: "wüsste ich gern noch, bis zu welcher Temperatur …", "I'd like to know
    # which …", "haluaisin tietää", "vill jag gärna veta", "хотелось бы понять"
    r"wüsste (?:ich )?gerne?|würde (?:ich )?gerne? wissen|(?:i'?d|i would) like to know|"
    r"haluaisin (?:vielä )?tietää|(?:skulle|vill) (?:jag )?(?:gärna )?(?:vilja )?veta|"
    r"хотел(?:ось)?(?: бы)? (?:по)?(?:нять|узнать)|"
    # "Would be good to have that confirmed", "tosta ei käy ilmi, onko asiakkaalla jo
    # valvomo": what is not known, asked for
    r"(?:would be|it'?d be|it would be) (?:good|great|helpful|nice) to (?:have (?:that|this|it) "
    r"confirmed|know|get (?:that|this|it) confirmed)|wäre gut zu wissen|olisi hyvä tietää|"
    r"vore bra att (?:veta|få (?:det )?bekräftat)|ei käy ilmi,? (?:onko|mikä|kuka|missä|mitä)|"
    r"(?:it'?s|it is) not clear (?:whether|if)|geht (?:daraus |das )?nicht hervor,? ob|"
    r"framgår inte (?:om|vilken|vilket)|не (?:ясно|понятно),? (?:есть ли|кто|какой|какая|"
    r"нужн))(?!\w)", re.I | re.M)


_LETTER = as_typed(r"[^\W\d_]")


def _state_field(text: str, lang: str, says) -> str | None:
    """The state a record's field gives ("Status: LOST", "Сделка:   заключена", "Stage: Won"),
    when the field alone names one; the record's other fields only explain it."""
    found = [_statuses(lang, f"{m['key']} {m['value']}", says)
             for m in _STATE_FIELD.finditer(text)]
    return next((states[0] for states in reversed(found) if len(states) == 1), None)


def _legend_state(text: str, lang: str, says) -> str | None:
    """The state of the one code the answer gives this lead, read in the legend it adds
    ("Stand aus unserem CRM: … S1 ¶ Legende: ¶ S0 – noch nicht bearbeitet ¶ S1 – Kunde
    erreicht …", "этот лид сейчас на «В». ¶ К — первый контакт ¶ В — встреча назначена");
    the legend's other lines name every state and tell nothing of this lead."""
    legend = {m["code"]: m["meaning"] for m in _LEGEND_LINE.finditer(text)}
    if len(legend) < 3:
        return None
    given = {m["code"] for m in _CODE_GIVEN.finditer(_LEGEND_LINE.sub(" ", text))} & set(legend)
    if len(given) != 1:
        return None
    states = _statuses(lang, legend[given.pop()], says)
    return states[0] if states else None


#: a legend's line: a short code, a dash or colon, what it means
#: (not a lead's reference: "L-108112 / …")
_LEGEND_LINE = re.compile(r"^[ \t]*(?P<code>[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]?|\d{1,2})"
                          r"(?:[ \t]+[–—-]|[ \t]*[:=])[ \t]+(?P<meaning>[^\n]{3,80})$", re.M)
#: a code standing alone, maybe in quotes: "Ebersberg: S1", "сейчас на «В»"
_CODE_GIVEN = re.compile(r"(?<![\w-])[«\"“„']?(?P<code>[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]?|\d{1,2})"
                         r"[»\"”“']?(?![\w-])")


#: a step said not to be so in a word: "Also: Kontakt ja, Termin nein.", "meeting: no"
_STEP_SAID_NO = as_typed(r"(?<!\w)(?:termin|meeting|möte|mötet|tapaaminen|встреча|angebot|quote|"
                         r"offert|tarjous|кп)\s*[:=-]?\s*(?:nein|no|nej|ei|нет)(?!\w)", re.I)
#: a record's field for the deal's state
_STATE_FIELD = as_typed(r"^[ \t]*(?P<key>status|stage|deal stage|state|stand|tila|vaihe|läge|"
                        r"статус|этап|сделка)[ \t]*:[ \t]*(?P<value>[^\n]{1,40}?)[ \t]*$",
                        re.I | re.M)


def _correction_after(text: str, focused: str) -> str:
    """The paragraph of a correction in ``text`` written after the part ``focused`` on, and
    all below it; "" when there is none (or the focused part holds it)."""
    first = focused.lstrip().split("\n", 1)[0]
    start = text.find(first)
    marker = next((m for m in _CORRECTED.finditer(text) if start >= 0 and m.start() > start),
                  None)
    if marker is None or _CORRECTED.search(focused):
        return ""
    return text[text.rfind("\n\n", 0, marker.start()) + 2:].strip()


def _other_rows_dropped(text: str, kept: str) -> str:
    """``text`` without the rows of its tables that are not in ``kept`` (the first row, the
    head, stays; a note under a row does not end the table: "… won  18.750 € ¶ order came on
    Monday ¶ Holzbau Gruber  Traunstein  lost …")."""
    rows = {" ".join(line.split()) for line in kept.split("\n")}  # (spaces joined in ``kept``)
    lines, head_seen = [], False
    for line in text.split("\n"):
        row = bool(_TABLE_ROW.search(line))
        if not row or not head_seen or " ".join(line.split()) in rows:
            lines.append(line)
        head_seen = head_seen or row
    return "\n".join(lines)


#: a row of a table: three cells or more, parted by tabs, runs of spaces or bars
_TABLE_ROW = re.compile(r"^[ \t|]*[^\t|\n]+?(?:\t+| {2,}|[ \t]*\|[ \t]*)[^\t|\n]+?"
                        r"(?:\t+| {2,}|[ \t]*\|[ \t]*)\S")


def _without_empty_steps(text: str) -> str:
    """The text without the lines of a record or a table that say nothing happened: a field
    with only a dash ("Offert: -", "Gewonnen: -") and a table row whose last cell is a dash
    ("| Quote | after the visit | - |"), and a box left unticked ("[ ] Ablehnen"). A phone's
    table typed on one line ("| … | sovittu | | Tarjous | … | - |") is split into its rows
    first."""
    text = _without_undone_rows(_without_blank_fields(_EMPTY_BOX.sub(" ", text)))
    if not _EMPTY_STEP_HINT.search(text):
        return text
    lines = []
    for line in text.split("\n"):
        rows = _ROW_BREAK.split(line) if line.lstrip().startswith("|") else [line]
        lines.extend(row for row in rows if not _EMPTY_STEP.match(row))
    return "\n".join(lines)


def _without_undone_rows(text: str) -> str:
    """A plan's rows whose "done" column is left empty ("№ Шаг Срок Выполнено" over "4 КП
    после замеров"): steps still to come."""
    lines = text.split("\n")
    width = 0
    for i, line in enumerate(lines):
        cells = _CELLS.split(line.strip())
        if len(cells) >= 3 and _DONE_HEAD.fullmatch(cells[-1]):
            width = len(cells)
        elif width and len(cells) >= 2:
            if len(cells) < width or cells[-1].strip() in ("", "-", "–", "—"):
                lines[i] = ""
        else:
            width = 0
    return "\n".join(lines)


_CELLS = re.compile(CELL_GAP)
#: a plan's column saying whether a step is done
_DONE_HEAD = as_typed(r"(?:done|completed|erledigt|gemacht|klart?|utfört|tehty|valmis|"
                      r"выполнено|сделано)\??", re.I)


def _without_blank_fields(text: str) -> str:
    """A form's fields left blank, each followed by another field or by nothing
    ("Yhteydenotto:¶Tapaaminen:¶Tarjous:¶Lisätiedot: en ole vielä ehtinyt …"; a step's label
    left at a line's end, "… produktblad skickat Möte:¶Nästa steg: …"). A label alone on its
    line before a value ("Tarjous:¶12 000 € lähti eilen") keeps its value."""
    if ":" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        after = lines[i + 1] if i + 1 < len(lines) else ""
        before = lines[i - 1] if i else ""
        # (in a form: another field after it, or one before it that ends the block; not a
        # heading over a list, "Innan vi säger ja eller nej:¶¶1. Byggskede")
        if not (_FIELD_LINE.match(after) or (not after.strip() and _FIELD_LINE.match(before))):
            continue
        if (label := _FIELD_LINE.match(line)) and not line[label.end():].strip(" \t"):
            lines[i] = ""
        elif (found := _BLANK_STEP_AT_END.search(line)) is not None:
            lines[i] = line[:found.start()]
    return "\n".join(lines)


#: a line that opens with a field's label (a word and up to two more, then a colon)
_FIELD_LINE = re.compile(r"[ \t]*[^\W\d_][^\s:]*(?:[ \t]+[^\s:]+){0,2}:")
#: an empty box and its label ("[ ] Ablehnen"; not "❌ diesmal nicht", a no)
_EMPTY_BOX = re.compile(r"(?:^|(?<=\s))(?:☐|\[ \])[^\n.!?]{0,80}")
#: a dash standing for a value: at a line's end, after a colon or in a table's last cell
_EMPTY_STEP_HINT = re.compile(r"[-–—]\s*\|?[ \t]*$", re.M)
#: a record's field or a table's row with only a dash for its value or last cell
_EMPTY_STEP = re.compile(r"[ \t]*(?:[^\n:|]{1,40}:[ \t]*|\|?(?:[^\n|]*\|)+[ \t]*)[-–—][ \t]*\|?"
                         r"[ \t]*$")
#: rows of a table typed on one line, parted by an empty cell: "… | sovittu | | Tarjous | …"
_ROW_BREAK = re.compile(r"(?<=\|)[ \t]*(?=\|[ \t]*[^\s|])")


def _news_after(head: str, today: date, answering: str) -> bool:
    """News added after a report that opened with "nothing new": a postscript, a correction
    or "förresten" followed by a step ("inget nytt ännu. Tillägg: jo, förresten – jag ringde
    kunden i går"), not one about something else ("P.S. В понедельник у нас переезжал
    почтовый сервер")."""
    found = [m for m in (_POSTSCRIPT.search(head), _CORRECTED.search(head),
                         _NEWS_AFTER_ALL.search(head)) if m is not None]
    if not found:
        return False
    after = head[min(m.end() for m in found):]
    return _read(after, today, answering).intent is not None


def _marker_last(parts: list[str]) -> list[str]:
    """The parts of a reply split at its corrections ("we'll pass – scratch that"). A marker
    that closes its paragraph points above it ("PS 15:05 – gerade ist die Bestellung
    gekommen! … Damit ist der Lead gewonnen, den Absatz oben bitte ignorieren."): what it
    keeps is its own paragraph."""
    if len(parts) < 2 or _LETTER.search(parts[-1]):
        return parts
    if "\n\n" not in parts[-2].strip():  # the paragraph opened by a marker of its own
        return parts[:-1]
    before, own = parts[-2].strip().rsplit("\n\n", 1)
    return [*parts[:-2], before, own]


def _figure_corrected(parts: list[str], lang: str, today: date) -> str:
    """A correction of the figure or the date only ("quote sent, €24,300 + VAT. Sorry,
    correction, that was the first draft. The version that actually went out was €23,850";
    "sovittiin käynti tiistaille 6.12. – ei kun sehän on itsenäisyyspäivä, siis
    keskiviikolle 7.12."): the step told before it stands, without the figures the
    correction replaces; "" for any other."""
    last = parts[-1]
    if len(parts) < 2:
        return ""
    if _SUM_WRONG.search(last):
        # only the sum taken back, the right one to follow: "Korjaus: summa oli väärin …
        # Lähetämme korjatun tarjouksen huomenna ja kerron oikean summan sitten."
        return " ".join(_DIGITS.sub(" ", part) for part in parts)
    # (a step named after it is a step corrected: "Hups, tuo rivi kuului Keravan kohteelle.
    # Tässä liidissä tapaaminen on sovittu torstaiksi 6.10.")
    # (nor is a refusal with its reason's date: "Ei sittenkään – ainoa vapaa asentaja on
    # Ruotsissa 23.12. asti. Antakaa muille."; nor a yes with its date: "Hetkinen, katsoin
    # lomalistan uudestaan: Jari ja Sami palaavat jo maanantaina 27.8. … Ehditään hyvin.")
    # (the same step named again with its right figure is only the figure corrected: "Quote
    # went to Brennan Dairies on Friday: €42,600 … Correction – … The version that went out
    # is €38,950 ex VAT")
    # (a step named only as a time is none: "They dropped the second tank after the site
    # visit, so the version they actually have is £15,240")
    figured = find_amount(last)[0] is not None  # (read once: the checks below all ask it)
    if not (figured or find_dates(last, today)) or _HAND_ON.search(last):
        return ""
    before, told = " ".join(parts[:-1]), _set_aside(_AFTER_A_STEP.sub(" ", last))
    keys = (*STATUSES, "decline") if figured else (*STATUSES, "decline", "accept")
    if any(_PATTERNS[lang][key].search(told) and not (
            key in STATUSES and figured and _PATTERNS[lang][key].search(before))
           for key in keys):
        return ""
    if figured:
        # (the wrong figure named again in the correction: "Rättelse: 25 980 € var med
        # reservdelspaketet, som de strök … Ordern lyder på 23 760 € exkl. moms.")
        said = {re.sub(r"\D", "", m[0]) for part in parts[:-1] for m in _DIGITS.finditer(part)}
        again = _DIGITS.sub(lambda m: " " if re.sub(r"\D", "", m[0]) in said else m[0], last)
        if find_amount(again)[0] is not None:
            last = again
    return " ".join([*(_DIGITS.sub(" ", part) for part in parts[:-1]), last])


_AFTER_A_STEP = as_typed(
    r"(?<!\w)(?:after|since|nach|seit|efter|sedan|после) (?:the |our |dem |der |unserem |unserer )?"
    r"(?:site )?(?:visit|meeting|besuch|termin|vor-ort-termin|besöket|mötet|визита|встречи)\b",
    re.I)
#: the sum said to be wrong: "summa oli väärin", "the amount was wrong", "die Summe war falsch"
_SUM_WRONG = as_typed(
    r"(?<!\w)(?:(?:summa|hinta) (?:oli|on) (?:\w+ )?väärin|the (?:amount|figure|price|sum|total) "
    r"(?:was|is) (?:\w+ )?wrong|(?:die summe|der betrag|der preis) (?:war|ist) (?:\w+ )?falsch|"
    r"(?:beloppet|summan|priset) (?:var|är) (?:\w+ )?fel|сумма (?:была )?(?:\w+ )?"
    r"(?:неверн|неправильн|ошибочн)\w*)(?!\w)", re.I)
#: figures, as a correction drops them
_DIGITS = re.compile(r"\d[\d\s.,’']*")


def _with_doubt(text: str, focused: str) -> str:
    """The part about this customer, with the doubt the reply opens with before naming it
    ("ehrlich gesagt weiß ich gerade selbst nicht, wo wir stehen. Der Hoteldirektor …"):
    the writer's doubt is about this lead, not about the others told of later."""
    start = text.find(focused.split("\n", 1)[0])
    doubt = _UNSURE.search(text, 0, start) if start > 0 else None
    if doubt is None:
        return focused
    return " ".join(s for s in _SENTENCE.findall(text[:start]) if _UNSURE.search(s)) + \
        "\n" + focused


#: a number's "no." ("quote no. 2044-0317"), which would read as a "no"
_NUMBER_SIGN = re.compile(r"\bno\.\s*(?=\d)", re.I)
#: text struck out as plain text shows it (a strike-through in the HTML part): taken back
_STRUCK_OUT = re.compile(r"~~(?=\S)[^~\n]{1,400}?(?<=\S)~~")


def _prepared(text: str, lead_id: int | None) -> tuple[str, str]:
    """The text to read and its language: asides left out, soft wraps joined, clauses about
    other leads set aside, Russian typed in Latin letters back in Cyrillic."""
    # a reply that also speaks to a colleague in cc marks the part for us: "Tuomas – yes,
    # please take the call … For Mailbot: on Wednesday we met …"
    for_us = _FOR_US.search(text)
    text = text[for_us.end():] if for_us else text
    # a line wrapped mid-sentence (format=flowed, narrow clients) is one sentence
    head = _SOFT_WRAP.sub(" ", joined_wraps(_this_item(_without_asides(text))[:1500]))
    head = _LITOTES.sub("", head)  # "det gick inte sämre än att de skrev på"
    head = _STRUCK_OUT.sub(" ", head)  # "~~Angebot über 16.850 € ist raus.~~ Sorry, …"
    head = _NUMBER_SIGN.sub("nr ", head)  # "Our quote no. 2044-0317": no "no"
    head = _IF_STILL_FREE.sub("", head)  # "Vi vill gärna ha leadet, om det inte redan …"
    if lead_id is not None:  # "the win was about L-9125, not this one"
        if any(int(n) != lead_id for n in _LEAD_REF.findall(head)):
            # (not the question whether it is the same: "is this the same customer like in
            # lead L-102133?")
            head = "".join(" " if _names_other_lead(s, lead_id) and not _asks_if_same(s)
                           else s for s in _LONG_SENTENCE.findall(head))
        head = _OTHER_LEAD.sub(lambda m: m.group(0) if int(m.group(1)) == lead_id or
                               _asks_if_same(m.string[m.start():m.end() + 2]) or
                               _AS_WITH_OTHER_LEAD.search(m.group(0)) else " ", head)
    if _ANOTHER_LEAD_NOTED.search(head):  # "Borgå Energi (Mikkos lead, inte min): vunnit"
        head = _without_other_lead_noted(head)
    head = _QA.sub(lambda m: f"{m['q']}. ", head)  # "Q: … quote gone out? A: Yes" says it
    lang = guess_language(head)
    if _is_translit(head):  # "da, berem", "kontrakt podpisali" (under "Привет!" too)
        return _cyrillic(head), "ru"
    return _DIALECT_WORDS.replaced(_SHORTHAND_WORDS.replaced(head, lang), lang), lang


_FOR_US = as_typed(r"^[ \t]*(?:for|to|re|für|an|för|till|для)?[ \t]*(?:the )?mailbot(?:ille)?"
                   r"[ \t]*[:–—-][ \t]*", re.I | re.M)
#: an understatement around the news, whose "not" negates nothing: "det gick inte sämre
#: än att de skrev på i går" (they signed), "es lief nicht schlechter, als dass …"
_LITOTES = as_typed(r"(?<!\w)(?:det )?gick inte sämre än att |"
                    r"(?:es )?lief nicht schlechter,? als dass ", re.I)
#: a yes on the one condition that the lead is still free, which waits on nothing: "Vi vill
#: gärna ha leadet, om det inte redan har gått vidare till någon annan", "if it's not taken"
_IF_STILL_FREE = as_typed(
    r",?\s*(?:om det inte redan (?:har )?gått (?:vidare )?till någon annan|if (?:it'?s|it is) "
    r"(?:still (?:free|available|open)|not (?:already )?taken)|falls (?:er|der lead|es) noch "
    r"(?:frei|zu haben) ist|jos (?:se|liidi) on (?:vielä|yhä) vapaana?|если (?:он |лид )?"
    r"(?:ещё|еще) (?:свободен|не занят))", re.I)
#: a report as questions and answers: a question answered "yes" states what it asks (a "no"
#: leaves the question, set aside as one)
_QA = as_typed(
    r"^[ \t]*(?:q|f|k|frage|kysymys|fråga|в|вопрос)[ \t]*[:.][ \t]*(?P<q>[^\n?]+)\?[ \t]*\n\s*"
    r"(?:a|antwort|v|vastaus|svar|s|о|ответ)[ \t]*[:.][ \t]*(?:yes|yep|ja|kyllä|joo|да)\b[,.!]?",
    re.I | re.M)
#: the shorthand salespeople type on a phone, per language, spelled out so the word lists
#: need each word once: "mtg booked w/ cust", „Kd am Tel gehabt", "tarj. lähti", "палсу"
_SHORTHAND = {
    "en": {"cust": "customer", "custs": "customers", "mtg": "meeting", "mtgs": "meetings",
           "yday": "yesterday", "yest": "yesterday", "tmrw": "tomorrow", "tmr": "tomorrow",
           "w/": "with", "appt": "appointment", "quote's": "quote is", "pls": "please",
           # the transposition phones do not correct
           "qoute": "quote", "qouted": "quoted", "qoutation": "quotation"},
    "de": {"kd.": "Kunde", "kd": "Kunde", "kdn.": "Kunden", "kdn": "Kunden",
           "tel.": "Telefon", "tel": "Telefon", "nä. wo.": "nächste Woche",
           "nä. woche": "nächste Woche", "angeb.": "Angebot", "ang.": "Angebot",
           "kw": "Kalenderwoche"},
    "fi": {"tarj.": "tarjous", "tarj": "tarjous", "palsu": "palaveri", "palsun": "palaverin",
           "palsussa": "palaverissa", "asiak.": "asiakas", "puh.": "puhelimessa"},
    "sv": {"kund.": "kunden", "tel.": "telefon", "off.": "offert", "offa": "offert",
           "mtg": "möte"},
    "ru": {"кл-т": "клиент", "тел.": "телефон", "сч.": "счёт"},
}


class _WordMap:
    """Words read as others, per language, found by their spelling ("nae. wo." is "nä. wo.")
    between the marks that may stand ``before`` and ``after`` them."""

    def __init__(self, words: dict[str, dict[str, str]], before: str, after: str) -> None:
        self._keyed = {lang: {spelling_key(k): v for k, v in each.items()}
                       for lang, each in words.items()}
        self._found = {lang: as_typed(before + "(?:" + "|".join(re.escape(k) for k in sorted(
            each, key=len, reverse=True)) + ")" + after, re.I) for lang, each in words.items()}

    def replaced(self, text: str, lang: str) -> str:
        keyed = self._keyed.get(lang)
        if not keyed:
            return text
        return self._found[lang].sub(lambda m: keyed[spelling_key(m.group(0))], text)


#: (a shorthand may end in its dot: "tarj.", "nä. wo.")
_SHORTHAND_WORDS = _WordMap(_SHORTHAND, r"(?<![\w.])", r"(?=[\s,;:!?)]|$)")


def _asks_if_same(sentence: str) -> bool:
    """Whether the lead's customer is the one of another lead, asked: "is this the same
    customer like in lead L-102133?" (not told: "… on sama asiakas, jolle teimme tarjouksen
    … (L-91644)")."""
    return bool(_SAME_CUSTOMER.search(sentence)) and "?" in sentence


#: dialect and spoken forms read as the standard language: Bavarian ("des Autohaus is
#: gwonnen", "mia treffn uns am Dienstag", "miass ma leider absagn") and Finland-Swedish
#: ("vi har int bokat något möte", "he e lite oklart"); only words that are nothing else
#: in the standard language (not those the word lists read as they are: "nehma", "nehm ma")
_DIALECT = {
    "de": {"gwonnen": "gewonnen", "gwunna": "gewonnen", "gwunnen": "gewonnen",
           "verlorn": "verloren", "valorn": "verloren", "ned": "nicht", "net": "nicht",
           "mia": "wir", "ham": "haben", "hamma": "haben wir", "samma": "sind wir",
           "hod": "hat", "hob": "habe", "hab": "habe", "i": "ich", "is": "ist",
           "miass": "müssen", "miassn": "müssen", "absagn": "absagen",
           "zuasagn": "zusagen", "zugsagt": "zugesagt", "abgsagt": "abgesagt",
           "angruafa": "angerufen", "angrufen": "angerufen", "troffa": "getroffen",
           "troffn": "getroffen", "treffn": "treffen", "gschickt": "geschickt",
           "bstellt": "bestellt", "gmacht": "gemacht", "gsagt": "gesagt", "gredt": "geredet",
           "unterschriebn": "unterschrieben", "heid": "heute", "morgn": "morgen",
           "macha": "machen", "kriang": "kriegen", "zamm": "zusammen",
           "koa": "kein", "koan": "keinen", "oan": "einen", "scho": "schon"},
    "sv": {"int": "inte", "he": "det", "e": "är", "dom": "de", "mera": "mer",
           "nån": "någon", "nåt": "något", "sen": "sedan", "vet ja": "vet jag",
           "ja vet": "jag vet", "ska ja": "ska jag",
           # (not "ja vill": "innan vi tackar ja vill jag veta")
           "ja vill int": "jag vill inte", "våran": "vår",
           "sku": "skulle", "vari": "varit"},
}
_DIALECT_WORDS = _WordMap(_DIALECT, r"(?<![\w'’-])", r"(?![\w'’-])")




#: the deal's sum not at hand, no figure with it: "Summaa en muista ulkoa, Jari teki
#: laskelman" (the figures elsewhere are other deals': "… tilasivat meiltä jo keväällä (27 500
#: €)"), "the amount I don't remember", "die Summe weiß ich nicht auswendig"
_SUM_NOT_AT_HAND = as_typed(
    r"(?<!\w)(?:(?:summaa|summan|hintaa|loppusummaa) en (?:\w+ )?(?:muista|tiedä)|"
    r"(?:en|mä en) (?:\w+ )?(?:muista|tiedä) (?:\w+ )?(?:summaa|summan|hintaa)|"
    r"(?:the )?(?:amount|sum|figure|price) i (?:don'?t|do not|can'?t) (?:remember|recall)|"
    r"(?:i )?(?:don'?t|do not|can'?t) (?:remember|recall) the (?:amount|sum|figure|price)|"
    r"(?:die )?(?:summe|höhe|betrag|den betrag) (?:weiß|habe) ich (?:\w+ )?nicht|"
    r"(?:summan|beloppet|priset) (?:minns|vet|kommer) jag (?:\w+ )?(?:inte|int)|"
    r"(?:сумму|цену) (?:я )?(?:не помню|не знаю))"
    # (no sum with it: "Summaa en muista tarkalleen, noin 12 000 €"; "linjan 2" is none)
    r"(?![^.!?\n]*(?:\d{3}|\d[ .]\d{3}|€|(?<!\w)(?:eur|euro|kr|sek|руб\w*)(?!\w)))", re.I)


def _yes_on_condition(words: dict[str, re.Pattern], lang: str, sentences: list[str],
                      questions: list[str]) -> bool:
    """A yes said under a condition beside a question: "jos asiakas voi odottaa, otamme
    tämän. Onko heillä kiire?" (the answer decides)."""
    return bool(questions) and any(_CONDITION.search(s) and _says_yes(words, lang, s)[0]
                                   for s in sentences if not s.rstrip().endswith("?"))


def _status_reading(text: str, statements: str, statuses: list[str], says, lang: str,
                    today: date, *, yes: bool, no: bool, weak_only: bool,
                    answering: str = "") -> Reading:
    """A reply that names states: the furthest one, its amount and close date; an accept
    when a plain yes names its next step; a decline when a refusal's only "loss" is the
    competitor it names."""
    status = _strongest(statuses)
    if status is None:
        return Reading(text, language=lang)
    if _REFUSE.search(statements) and not yes and statuses == ["lost"] and not says(
            "lost", _COMPETITOR.sub(" ", statements)):
        # "we must decline: the customer is under our competitor's contract"
        return Reading(text, "decline", language=lang)
    # a deal has a value once it is quoted or won: before that, figures are budgets, other
    # costs and old orders; a lost reply's amounts are the winner's price
    # (a table's column of net sums is read in its layout, which the sentences have lost)
    amount, currency = (net_column(text) or find_amount(statements, won=status == "won")) \
        if status in ("proposal", "won") and not _SUM_NOT_AT_HAND.search(statements) \
        else (None, None)
    close = close_date(statements, today) if status not in ("won", "lost") else None
    if yes and not no and status in EARLY and (
            answering == "offer" or (not weak_only and answering != "status")):
        # "Yes, we'll take it, I'll call them today": an accept naming its next step (but
        # the lead of a status request is already theirs: "otan mukaan X" is no yes there)
        # (figures in an accept are other jobs': "we closed a job there last week, 46 000 EUR")
        return Reading(text, "accept", None, None, None, close, lang, yes=True,
                       next_step=status)
    return Reading(text, "status", status, amount, currency, close, lang, yes=yes and not no)


def _concluded(words: dict[str, re.Pattern], lang: str, statements: str) -> str | None:
    """After weighing it up ("mietin tätä pitkään", "I've thought about it"), the decision
    in the closing words ("No, otetaan se.", "Så visst, vi tar det."): accept or decline."""
    if not (words["hedge"].search(statements) or _WEIGHED.search(statements)):
        return None
    marks = list(_CONCLUSION.finditer(statements))
    if not marks:
        return None
    tail = statements[marks[-1].end():]
    if _UNSURE.search(tail):  # "So no yes and no no from me today": the close decides nothing
        return None
    yes, no = _says_yes(words, lang, tail)[0], bool(words["decline"].search(tail))
    return None if yes == no else ("accept" if yes else "decline")


def _in_doubt(words: dict[str, re.Pattern], lang: str, statements: str) -> bool:
    """A doubt ("maybe", "not sure"; not "maybe next time") that no plain yes after "but"
    answers."""
    kept = _NEXT_TIME.sub(" ", _OTHERS_INTEREST.sub(" ", _MAYBE_ALSO.sub(" ", _ABOUT_A_FIGURE.sub(
        " ", _WHEN_UNSURE.sub(" ", _MODEST.sub(" ", _TIGHT_TERM.sub(" ", _OTHER_DOUBTS.sub(
            " ", statements))))))))
    return bool(words["hedge"].search(kept)) and not _hedges_overruled(words, lang, statements)


#: doubts about other things than the answer: a guess at what the customer wants ("asiakas
#: haluaa kuivurit varmaan seurantaan heti", "the customer probably wants it before
#: Christmas"), a check that the details sent will allow ("Laittakaa asiakkaan yhteystiedot …,
#: niin tarkistan kuuluvuuskartasta, tarvitaanko ulkoantennit")
_OTHER_DOUBTS = as_typed(
    r"(?<!\w)(?:asiakas|the customer|the client|der kunde|die kundin|kunden|заказчик|клиент)\b"
    r"[^.!?]{0,40}?\b(?:haluaa|haluavat|tarvitsee|wants?|needs?|will|möchte|braucht|vill|"
    r"behöver|хочет|нужно)\b[^.!?]*|"
    r"(?<!\w)(?:niin|so (?:that )?(?:i|we) can|damit (?:ich|wir)|så (?:att )?(?:jag|vi) kan|"
    r"чтобы) (?:tarkistan|tarkistetaan|check|prüfen|kolla|проверить)\b[^.!?]*", re.I)
#: a visit that may come on top of a step planned: "I'll call them first thing and maybe drop
#: by", "soitan huomenna ja ehkä käyn paikan päällä" (no doubt about the answer)
_MAYBE_ALSO = as_typed(
    r"(?<!\w)(?:and|und|ja|och|и)(?: then| dann| sitten| sen| sedan| потом)? (?:maybe|perhaps|"
    r"vielleicht|eventuell|ehkä|kanske|может(?: быть)?|возможно),? (?:\w+ ){0,2}?(?:drop by|"
    r"stop by|pop in|swing by|visit|go (?:over|there|and see)|vorbei\w*|besuch\w*|käy\w*|"
    r"poikkea\w*|tittar? förbi|åker (?:dit|förbi)|besök\w*|загля\w*|заед\w*|зайд\w*)",
    re.I)


#: a guess at whom else it would suit: "Возможно, им заинтересуется FI Extra Oy", "Maybe FI
#: Extra would be interested" (no doubt about the answer given)
#: only when is open, not whether: "katsotaan, saadaanko käynti sovittua jo tälle viikolle",
#: "we'll see if we can get a visit in this week"
#: (also after it: "Ehditäänkö jo ensi viikolla, katsotaan.")
_WHEN_UNSURE = as_typed(r"(?<!\w)(?:katsotaan|katson),? (?:saadaanko|saanko|ehditäänkö|milloin|"
                        r"koska)\b[^.!?]*|(?<!\w)(?:saadaanko|ehditäänkö|ehdinkö)\b[^.!?]*?,? "
                        r"katsotaan\b|(?:we'll|let's|i'll) see (?:if|whether|when) (?:we|i) "
                        r"(?:can )?(?:get|fit|book|arrange)\b[^.!?]*", re.I)
#: a term found tight, "but let's see": no doubt about taking the lead ("Otetaan tämä.
#: Asiakkaan budjetti 5–7 tuhatta on vähän tiukka, mutta katsotaan.")
_TIGHT_TERM = as_typed(
    r"(?<!\w)(?:budget\w*|budjet\w*|hinta|price|preis|pris|бюджет\w*|aikataulu|schedule|"
    r"zeitplan|tidsplan\w*|срок\w*)[^.!?]{0,40}?\b(?:tiukka|tiukilla|tight|knapp|snäv|tajt|"
    r"жёстк\w*|жестк\w*|сжат\w*)\w*,? (?:mutta|but|aber|men|но) (?:katsotaan|let'?s see|"
    r"we'?ll see|schauen wir mal|mal sehen|vi får se|посмотрим)", re.I)
#: modesty, no doubt: "Vi är kanske inte världens största firma, men …"
_MODEST = as_typed(
    r"(?<!\w)(?:vi är|we are|we're|wir sind|olemme|me ollaan|мы)\s+(?:kanske|maybe|perhaps|"
    r"vielleicht|ehkä|может быть|возможно),?\s+(?:inte|not|nicht|ei|не)\s+(?:\w+\s+)?"
    r"(?:världens|the|die|maailman|самая|самые)?\s*(?:största|biggest|largest|größte\w*|"
    r"suurin|крупн\w*)", re.I)
#: "maybe" for "about" before a figure: "das sind vielleicht 1.500 € Auftragswert"
_ABOUT_A_FIGURE = as_typed(r"(?<!\w)(?:vielleicht|maybe|perhaps|ehkä|kanske|может быть|"
                           r"возможно),? (?:so |noin |ca\.? |around |около |cirka )?\d", re.I)
_OTHERS_INTEREST = as_typed(
    r"(?<![^.!?\n])(?![^.!?\n]*\b(?:we|i|us|wir|ich|uns|me|meitä|vi|oss|мы|нас|я)\b)"
    r"[^.!?\n]*(?:возможно|может быть|maybe|perhaps|vielleicht|ehkä|kanske)"
    r"[^.!?\n]*(?:заинтересу\w*|интерес\w*|interested|interess\w*|kiinnost\w*|intresse\w*)"
    r"[^.!?\n]*", re.I)


def _hedged(text: str, head: str, statements: str, lang: str) -> Reading:
    """A reply in doubt: undecided, or a question when it asks what the decision depends on
    ("… only delivery or installation too? It depends on that"; "Eines muss ich aber vorher
    wissen: Geht es um …?")."""
    asks = "?" in head and (_DEPENDS.search(head) or _ASKING.match(head) or
                            _PONDERED.search(head) or _QUESTIONS_BEFORE_YES.search(head))
    return Reading(text, "question" if asks else None, language=lang)


#: questions announced before a yes, anywhere in the answer: "Sastamala voisi kiinnostaa, mutta
#: ennen kuin sanon kyllä, pari kysymystä:"
_QUESTIONS_BEFORE_YES = as_typed(
    r"(?<!\w)(?:ennen kuin|before|bevor|innan|прежде чем) (?:\w+ ){0,3}?(?:sanon kyllä|say yes|"
    r"zusage|ja sage|säger ja|tackar ja|соглашусь|скажу да|согласиться)\b[^.!?\n]{0,30}?"
    r"(?:kysymys\w*|questions?|fragen?|frågor|вопрос\w*)", re.I)


#: the thinking done, told as the reason for the late answer, then questions: "Förlåt
#: dröjsmålet, vi har funderat. … Gäller det bara givarna …?"
_PONDERED = as_typed(r"(?<!\w)(?:vi har funderat|we(?:'ve| have) been thinking|wir haben (?:\w+ )?"
                     r"(?:überlegt|nachgedacht)|olemme miettineet|me ollaan mietitty|мы "
                     r"(?:подумали|думали))(?=\s*[.,!])", re.I)


#: "but" in each language: what follows it overrules a doubt before it
_BUT = {"en": as_typed(r"\bbut\b", re.I), "de": as_typed(r"\b(?:aber|doch)\b", re.I),
        "fi": as_typed(r"\bmutta\b", re.I), "sv": as_typed(r"\bmen\b", re.I),
        "ru": as_typed(r"(?<!\w)(?:но|однако)(?!\w)", re.I)}


def _hedges_overruled(words: dict[str, re.Pattern], lang: str, statements: str) -> bool:
    """Every doubt is answered in its own sentence by a plain yes after "but": "Не уверен,
    что успеем …, но лид берём", "Lite osäker på om vi hinner före påsk, men vi tar den"."""
    hedge = words["hedge"]
    for sentence in _SENTENCE.findall(statements):
        doubts = list(hedge.finditer(sentence))
        if not doubts:
            continue
        turn = _BUT[lang].search(sentence, doubts[-1].end())
        tail = sentence[turn.end():] if turn else ""
        if not tail or hedge.search(tail) or words["decline"].search(tail) or \
                not _says_yes(words, lang, tail)[0]:
            return False
    return True


def _remark_after_yes(words: dict[str, re.Pattern], lang: str, statements: str) -> bool:
    """A plain yes, then a remark that tells of a limit: "Yes, we take this lead. One remark
    so that nobody is surprised later: our installers are fully booked this week …"."""
    remark = _REMARK.search(statements)
    if remark is None:
        return False
    before = statements[:remark.start()]
    return _says_yes(words, lang, before)[0] and not words["decline"].search(before)


#: a remark announced: "One remark:", "Only thing:", "Eine Anmerkung:", "En sak bara:"
_REMARK = as_typed(
    r"(?<!\w)(?:(?:one|a|just one|a small) (?:remark|note|caveat)|(?:only|one) thing|eine? "
    r"(?:kleine )?(?:anmerkung|hinweis|einschränkung)|en (?:liten )?(?:kommentar|sak bara|"
    r"reservation)|(?:yksi|pieni) (?:huomio|huomautus)|(?:одно|небольшое) (?:замечание|"
    r"уточнение)|"
    # "Ein paar Anmerkungen vorab, damit …:", "Några saker ni kanske vill veta:", "Несколько
    # замечаний, чтобы потом не было сюрпризов."
    r"(?:a few|some|two|a couple of) (?:remarks|notes|things)|(?:ein paar|einige|zwei) "
    r"(?:anmerkungen|hinweise)|(?:några|ett par) (?:saker|kommentarer)|(?:muutama|pari) "
    r"(?:huomio\w*|asia\w*)|(?:несколько|пара) (?:замечаний|уточнений|моментов))"
    r"\b[^.!?\n:]{0,60}[:.]", re.I)


def _refusal_overruled(words: dict[str, re.Pattern], lang: str, statements: str) -> bool:
    """The refusals end in a plain yes after "but", in their last sentence or opening the
    next, the last word on it: "We can't do the installation ourselves, …, but we take the
    lead", "… it will be Thursday. But count us in." """
    decline = words["decline"]
    sentences = [s for s in _SENTENCE.findall(statements) if s.strip()]
    refused = [i for i, s in enumerate(sentences) if decline.search(s)]
    if not refused:
        return False
    last = refused[-1]
    turns = list(_BUT[lang].finditer(sentences[last]))
    tail = sentences[last][turns[-1].end():] if turns else ""
    if not tail and last + 1 < len(sentences):  # "… it will be Thursday. But count us in."
        turn = _BUT[lang].match(sentences[last + 1].lstrip())
        tail = sentences[last + 1].lstrip()[turn.end():] if turn else ""
    later = sentences[last + 1:]
    if turns and all(m.end() <= turns[-1].start() for m in decline.finditer(sentences[last])) \
            and not decline.search(tail) and any(_says_yes(words, lang, s)[0] for s in later):
        # the refusal conceded before "but", the yes given after: "Kemi ligger egentligen
        # utanför vårt område …, men kunden har samma system … Ja, vi tar den."
        return not any(decline.search(s) for s in later)
    return bool(tail) and not decline.search(tail) and _says_yes(words, lang, tail)[0] and \
        not any(decline.search(s) for s in later)


#: told as the past: "last year", "vor drei Jahren", "damals", "viime talvena", "i fjol"
_PAST_WORDS = as_typed(
    r"(?<!\w)(?:last (?:year|spring|summer|autumn|fall|winter|time)|(?:a few |two |three |\w+ )?"
    r"years ago|the previous year|earlier this year|letzte[ns]? (?:jahr|mal|herbst|frühjahr|"
    r"sommer|winter)|im (?:vorjahr|letzten jahr|vergangenen jahr)|vor (?:\w+ )?jahren|damals|"
    r"viime (?:vuonna|talvena|kesänä|syksynä|keväänä|kerralla)|viimeksi|vuosia sitten|aikoinaan|"
    r"förra (?:året|gången|vintern|sommaren|hösten|våren)|i fjol|i (?:våras|höstas|somras|"
    r"vintras)|tidigare i år|för (?:\w+ )?år sedan|в прошлом году|(?:несколько |пару |\w+ )?лет "
    r"назад|прошл(?:ой|ым) (?:зимой|весной|осенью|летом)|в прошлый раз|ещ[её] (?:весной|зимой|"
    r"летом|осенью)|в прошлом (?:квартале|месяце)|last (?:quarter|month)|letzte[ns]? (?:quartal|"
    r"monat)|viime (?:kvartaalilla|kuussa)|förra (?:kvartalet|månaden))(?!\w)", re.I)
#: a bare year ("in 2029", "seit 2027"), not one inside a date or an amount
_YEAR = as_typed(r"(?<![\d.,/-])(?<!\d )((?:19|20)\d\d)(?!\d|[.,/-]\d|\s*(?:€|eur|kr|sek|руб|₽))",
                 re.I)


def _without_unreal(text: str) -> str:
    """``text`` without what did not happen as the partner's news: what would have happened
    ("hätten wir den Auftrag bekommen") and the customer's words quoted ("asiakas sanoi, että
    ”tarjous kiinnostaa kyllä”")."""
    return _HYPOTHETICAL.sub(" ", _REPORTED.sub(r"\g<say> ", text))


def _without_other_times(text: str, today: date) -> str:
    """``text`` without what happened at other times: sentences about other years (an
    earlier year named — in January and February last year is still recent — or the past in
    so many words; not a span up to now, "the biggest order since 2029", nor a comparison,
    "same prices as last year"), sentences told for comparison, parts about another event
    the same day or week, and another deal's outcome told with its month ("Hangöprojektet som
    vi vann i juni")."""
    recent = today.year - 1 if today.month <= 2 else today.year

    def past_end(sentence: str) -> int:
        """Where the sentence's last mention of the past ends (0: none)."""
        ends = [m.end() for m in _PAST_WORDS.finditer(sentence)
                if not _COMPARED.search(sentence, 0, m.start())]
        ends += [m.end() for m in _YEAR.finditer(sentence)
                 if int(m.group(1)) < recent and not _SINCE_BEFORE.search(sentence, 0, m.start())
                 and not _SINCE_AFTER.match(sentence, m.end())]
        return max(ends, default=0)

    def now_part(sentence: str) -> str:
        """The sentence without its story of another year; what comes after a "but" is
        about now ("Efter att vi förlorade … 2029 trodde jag inte …, men i går skrev de
        under"). A sentence told for comparison goes whole ("Для сравнения: …")."""
        if _COMPARISON.match(sentence):
            return " "
        # a story of another year told in an aside goes alone: "(they bought their last
        # batch from us in 2021)", "– samma bageri som vi levererade till redan 2026 –", ", ja
        # koska sama firma osti meiltä jo 2028 …,"
        sentence = _SENTENCE_ASIDE.sub(lambda m: " " if past_end(m[0]) else m[0], sentence)
        end = past_end(sentence)
        if not end:
            return sentence
        turn = _BUT_OR_NOW.search(sentence, end)
        return " " + sentence[turn.end():] if turn else " "

    if _SAME_TIME_WORDS.search(text):
        text = _SAME_TIME.sub(" ", text)
    text = _EARLIER_DEAL.sub(r"\g<deal>", text)
    if not (_PAST_WORDS.search(text) or _YEAR.search(text) or _COMPARISON_WORD.search(text)):
        return text
    return "".join(now_part(s) for s in _LONG_SENTENCE.findall(text))


def _months() -> str:
    """Month names in the five languages as their inflected forms start ("kesäkuu\\w*" for
    "kesäkuussa", "июн\\w*" for "в июне")."""
    names = {name.lower() for lang in ("en", "de", "fi", "sv", "ru")
             for name in get_month_names("wide", "stand-alone", lang).values()}
    return "|".join(sorted(re.escape(n[:max(3, len(n) - 2)]) + r"\w*" for n in names))


#: what would have happened: "wären wir 8 % günstiger gewesen, hätten wir den Auftrag
#: bekommen", "had the price been lower we'd have won", "выиграли бы"
_HYPOTHETICAL = as_typed(
    r"(?<!\w)(?:"
    # the news one would be writing: "Если бы они приняли наше первое предложение, я бы уже
    # писала вам "сделка заключена"", "I'd already be writing 'signed'"
    # ("Если бы решение зависело от технического отдела, мы бы уже подписывали договор")
    r"(?:я|мы) бы (?:уже |давно )?(?:писал\w*|написал\w*|сообщил\w*|сказал\w*|подписывал\w*|"
    r"подписал\w*|заключ\w*|выиграл\w*|получил\w*|проиграл\w*)\b[^.!?]*|(?:i'?d|we'?d) "
    r"(?:already )?be (?:writing|telling you)\b[^.!?]*|"
    # "If their engineer had come back …, I'd have a meeting date for you by now"
    r"(?:i'?d|we'?d|i would|we would) (?:already )?have (?:a |the |an )?(?:meeting|date|"
    r"quote|order|answer|news)\b[^.!?]*|würde (?:ich|wir) (?:ihnen )?(?:jetzt )?"
    r"(?:schon )?schreiben\b[^.!?]*|skulle (?:jag|vi) (?:redan )?skriva\b[^.!?]*|"
    r"kirjoittaisi(?:n|mme) (?:jo )?[^.!?]*|"
    # another lead's news set against this one: "Toisin kuin siinä Vantaan liidissä, jossa
    # tarjous lähti jo viime viikolla, tässä ollaan siis yhä samassa pisteessä"
    r"(?:toisin kuin|unlike|anders als|till skillnad från|в отличие от)\b[^.!?]*?(?=,\s*"
    r"(?:tässä|täällä|here|hier|här|здесь|тут)\b|[.!?]|$)|"
    # not known whether: "En tiedä, onko hän ehtinyt olla asiakkaaseen yhteydessä"
    # (and "En tiedä vielä, ehtikö Esa soittaa": any "-kö" question after it)
    r"(?:en|emme|enkä|emmekä) tiedä,? (?:onko|ovatko|oliko|olivatko)\b[^.!?]*|"
    r"(?:en|emme|enkä|emmekä) (?:vielä |varmasti )?tiedä(?: vielä)?,? \w+(?:ko|kö)\b[^.!?]*|"
    r"(?:i|we) don'?t "
    r"know "
    r"(?:whether|if)\b[^.!?]*|(?:ich|wir) weiß nicht,? ob\b[^.!?]*|(?:jag|vi) vet inte om\b"
    r"[^.!?]*|"
    r"(?:wären|hätten) wir\b[^.!?;–—]*?(?:bekommen|gewonnen|erhalten|gehabt)"
    r"(?: hätten| wären)?|(?:we'?d|we would|would) have (?:won|got|gotten|had|lost)\b[^,.;!?]*|"
    r"had (?:the|our) (?:price|quote|offer|bid) been [^,.;!?]*|(?:olisimme|oltaisiin) "
    r"(?:\w+ )?(?:voittaneet|saaneet|voitettu|hävinneet)\b[^,.;!?]*|hade vi (?:\w+ )?(?:vunnit|"
    r"fått|förlorat)\b[^,.;!?]*|(?:выиграли|получили|взяли|проиграли) бы\b[^,.;!?]*|"
    # what was said by mistake, taken back: "в пятницу я по ошибке сказал …, что договор
    # подписан. Это не так", "I wrongly told your colleague that it was signed"
    r"(?:по ошибке|ошибочно) (?:[\w-]+ ){0,4}?(?:сказал|написал|сообщил)\w*[^.!?]*|"
    r"(?:mistakenly|wrongly|by mistake|in error) (?:\w+ ){0,3}?(?:told|said|wrote|reported)\b"
    r"[^.!?]*|(?:told|said|wrote|reported) (?:\w+ ){0,4}?(?:by mistake|mistakenly|wrongly|in "
    r"error)\b[^.!?]*|(?:versehentlich|fälschlicherweise|irrtümlich) (?:\w+ ){0,5}?(?:gesagt|"
    r"geschrieben|gemeldet|erzählt)\w*[^.!?]*|(?:vahingossa|erehdyksessä|virheellisesti) "
    r"(?:\w+ ){0,3}?(?:sanoin|kerroin|kirjoitin|ilmoitin)[^.!?]*|(?:sanoin|kerroin|kirjoitin|"
    r"ilmoitin) (?:\w+ ){0,4}?(?:vahingossa|erehdyksessä|virheellisesti)[^.!?]*|(?:av misstag|"
    r"felaktigt) (?:\w+ ){0,3}?(?:sa|sade|skrev|berättade|rapporterade)\b[^.!?]*|(?:sa|sade|"
    r"skrev|berättade|rapporterade) (?:\w+ ){0,4}?(?:av misstag|felaktigt)[^.!?]*|"
    # a plan that did not come true: "tarkoitus oli käydä paikan päällä jo tällä viikolla,
    # mutta toistaiseksi olen ehtinyt vain soittaa"
    r"(?:the plan was|we (?:had )?(?:meant|intended) to|(?:tarkoitus|aikomus|suunnitelma) oli|"
    r"eigentlich (?:wollten|hatten) wir|(?:planen|tanken|meningen) var|мы собирались)"
    r"\b[^,.;!?]*|"
    # a step still to come, news promised for when it is done: "jag hör av mig när Janne har
    # pratat med dem", "I'll let you know once Timo has called them", "kun Jari on soittanut"
    r"(?:när|once|when|sobald|kun|когда) (?:\w+ ){1,2}(?:har|has|on|ovat) (?:pratat|talat|"
    r"ringt|träffat|varit|talked|spoken|called|met|visited|been|puhunut|soittanut|tavannut|"
    r"käynyt)\b[^,.;!?]*|(?:sobald|wenn) (?:\w+ ){1,4}(?:gesprochen|telefoniert|getroffen|"
    r"angerufen) (?:hat|haben)\b|когда (?:\w+ ){0,2}(?:поговорит|позвонит|встретится|"
    r"свяжется|съездит)\b[^,.;!?]*|"
    # what is asked, not told: "Отправил ли он КП и что там с ценой, я не знаю", "I don't
    # know whether he sent the quote"
    r"(?<!\w)\w+ ли (?:он|она|они|мы|клиент|заказчик)\b[^.!?]*|(?:whether|if) (?:he|she|they) "
    r"(?:has |have |had )?(?:sent|signed|met|called)\b[^.!?]*|"
    # "vorher macht ein Besuch kaum Sinn"
    r"macht (?:ein |einen )?(?:besuch|termin|treffen)\w* (?:noch |jetzt )?(?:kaum|keinen|wenig) "
    r"sinn\b|"
    # the last mail's news, said to be another lead's: "в прошлом письме я перепутал лиды:
    # проиграли мы объект в Пори."
    r"(?:перепутал\w* (?:лиды|объекты)|mixed up (?:the |two )?leads|(?:die )?leads "
    r"verwechselt|sekoitin (?:liidit|kohteet)|blandade ihop (?:leadsen|leads))[^.!?]*)", re.I)
#: what the customer said, word for word: "asiakas sanoi, että ”tarjous kiinnostaa kyllä”"
#: (their words, not the partner's report)
_REPORTED = as_typed(
    # "Hänen sanansa olivat: "tehkää tarjous"", "his words were: "…""
    r"(?P<say>(?<!\w)(?:sanoi|mainitsi|said|says|mentioned|sagte|meinte|erwähnte|sa|sade|säger|"
    r"nämnde|сказал\w*|говорит|упомянул\w*|sanansa olivat|(?:his|her|their) words were|"
    r"totesi|stated|konstaterade|заявил\w*|"
    r"seine worte waren|hans ord var|hennes ord var|его слова были|"
    # 'Hänen mukaansa "tapaamisesta voidaan puhua elokuussa"', 'according to him "…"'
    r"(?:hänen|heidän|asiakkaan) mukaansa|according to (?:him|her|them)|ihm zufolge|"
    r"enligt (?:honom|henne|dem)|по (?:его|её|ее|их) словам)(?!\w)"
    # (a line the client wrapped is no end: "сказал прямо:¶«Присылайте КП, но …¶только тогда»")
    r"(?:[^.!?\n”“\"«»„]|\n(?![ \t]*\n)){0,40})[”“\"«„](?:[^”“\"«»„\n]|\n(?![ \t]*\n)){1,80}"
    r"[”“\"»]", re.I)
#: a month or a season: when an earlier deal was won or lost
_MONTH_OR_SEASON = (r"(?:" + _months() + r"|(?:the )?(?:spring|summer|autumn|winter)|"
                    r"frühjahr|sommer|herbst|keväällä|kesällä|syksyllä|talvella|våras|somras|"
                    r"höstas|vintras|весной|летом|осенью|зимой)(?!\w)")
#: another deal told by what came of it before, in a relative clause with its time: "Hangö-
#: projektet som vi vann i juni drar igång nu", "the Lohja job that we lost in spring",
#: "проект, который мы выиграли в июне": the clause is history, the deal is not this lead
_EARLIER_DEAL = as_typed(
    r"(?P<deal>(?<!\w)(?:project|deal|order|job|contract|tender|\w*projekt\w*|\w*affär\w*|"
    r"\w*order\w*|\w*upphandling\w*|\w*auftrag\w*|\w*ausschreibung\w*|\w*projekti\w*|"
    r"\w*kauppa\w*|\w*tilaus\w*|\w*urakka\w*|\w*kohde\w*|\w*проект\w*|сделк\w*|заказ\w*|"
    r"тендер\w*))\s*,?\s+(?:that|which|som|den|das|der|die|jonka|joka|которы\w+)\s+"
    r"(?:(?:(?:we|vi|me|мы)\s+)?(?:\w+\s+){0,2}?(?:won|lost|signed|vann|förlorade|tappade|"
    r"voitimme|hävisimme|выиграли|проиграли|подписали)(?!\w)[^,.;!?\n]*?(?<!\w)"
    rf"(?:in|i|в|во)?\s*{_MONTH_OR_SEASON}|"
    # German puts the verb last: "das wir im Mai gewonnen haben"
    rf"wir\s+[^,.;!?\n]{{0,40}}?{_MONTH_OR_SEASON}[^,.;!?\n]{{0,30}}?(?:gewonnen|verloren|"
    r"unterschrieben)(?:\s+(?:haben|hatten|hat))?)", re.I)
#: an aside inside a sentence: a parenthesis, a pair of dashes, a clause giving a reason, a
#: closing "and" clause ("…, och det roliga är att vi förlorade samma kund 2027 på priset")
_SENTENCE_ASIDE = as_typed(
    r"\([^()]{10,}\)|\s[–—]\s[^–—]{10,}?\s[–—]\s|,\s+(?:(?:ja|and|und|och|и)\s+)?(?:koska|since|"
    # (with a phrase set in: "потому что, по его словам, в прошлом году …")
    r"because|weil|eftersom|так как|потому что)(?:,\s[^,.;!?]*,)?\s[^,.;!?]*|"
    r",\s+(?:ja|and|und|och|и)\s[^,.;!?]*(?=[.!?]?\s*$)|"
    # what the customer told of their past: "…, der uns gleich erzählt hat, dass sie vor zwei
    # Jahren schon einmal mit einem Mitbewerber … ausgerüstet haben"
    r"(?:erzählt|gesagt|berichtet) (?:hat|haben),? dass\s[^.;!?]*|told (?:us|me),? (?:that )?"
    r"[^.;!?]*|berättade,? att\s[^.;!?]*|kertoi,? että\s[^.;!?]*|рассказал\w*,? что\s[^.;!?]*",
    re.I)
_SAME_TIME_WORDS = as_typed(rf"(?<!\w)(?:{SAME_TIME_PHRASES})(?!\w)", re.I)
#: a part that opens with another event at the same time: "Harmittaa, mutta samalla viikolla
#: voitimme …", "…; в тот же день нам, кстати, пришло подтверждение …"
_SAME_TIME = as_typed(
    rf"(?<![^.;!?\n,])[^\w.;!?\n]*(?:[\w-]+[^\w.,;!?\n]+){{0,3}}?(?:{SAME_TIME_PHRASES})(?!\w)"
    r"[^.!?\n]*|"
    # "Min kollega Jonas förlorade däremot Kalajoki-affären samma dag": another event
    r"(?<![^.;!?\n])(?=[^.;!?\n]*\b(?:däremot|dagegen|hingegen|however|sen sijaan|зато)\b)"
    rf"(?=[^.;!?\n]*\b(?:{SAME_TIME_PHRASES})\b)[^.;!?\n]*", re.I)


#: a sentence told for comparison: "Для сравнения, в прошлом квартале …"
_COMPARISON_PHRASES = (r"для сравнения|for comparison|by comparison|zum vergleich|im vergleich|"
                       r"vertailun vuoksi|som jämförelse")
_COMPARISON_WORD = as_typed(rf"(?<!\w)(?:{_COMPARISON_PHRASES})(?!\w)", re.I)
_COMPARISON = as_typed(rf"\W*(?:{_COMPARISON_PHRASES})(?!\w)", re.I)
#: (or a turn to now: "Damals kamen wir gerade vom Termin zurück, inzwischen liegt unser
#: Angebot beim Kunden")
_BUT_OR_NOW = as_typed(r"(?<!\w)(?:but|aber|doch|mutta|men|но|а|inzwischen|mittlerweile|"
                      r"(?:by )?now|nyt|nu|теперь)(?!\w)", re.I)


#: "since 2029", "seit 2027", "с 2029 года", "vuodesta 2025": up to now, not then
_SINCE_BEFORE = as_typed(r"(?<!\w)(?:since|seit|sedan|från|from|ab|с|со|vuodesta)\s+$", re.I)
_SINCE_AFTER = as_typed(r"\s*(?:alkaen|lähtien)(?!\w)", re.I)
#: "as last year", "wie letztes Jahr": a comparison, not a story
_COMPARED = as_typed(r"(?<!\w)(?:as|like|than|wie|als|kuin|som|än|как|чем)\s+$|"
                     # "ungefär samma nivå som Västeråsaffären i våras", "14.280,00 € netto
                     # statt der 22.900 € damals"
                     r"(?<!\w)(?:(?:the )?same (?:\w+ )?as|samma (?:\w+ )?som|gleiche\w* (?:\w+ )?"
                     r"wie|sama\w* (?:\w+ )?kuin|такой же,? как|тот же,? что|statt|anstatt|"
                     r"instead of|rather than|i stället för|вместо)\s+(?:\S+\s+){0,3}$",
                     re.I)


def _english(key: str, text: str) -> bool:
    """English business words in another language's reply ("meeting pidetty", "first call
    tehty", "das ist leider not our business"). Not the short refusals: "no" is "well" in
    Finnish and Finland-Swedish ("No, otetaan")."""
    pattern = _PATTERNS["en"][key]
    if key != "decline":
        return pattern.search(text) is not None
    return any(len(m.group(0)) > 4 for m in pattern.finditer(text))


def _this_item(text: str) -> str:
    """A list of customers with this lead's item marked ("• Torneå Vatten (den här) – offert
    skickad", "- Keravan Meijeri (this one): …"): the marked item and the text around the
    list, without the other items."""
    items = _LIST_ITEM.findall(text)
    if len(items) < 2 or not any(_MARKED_ITEM.search(i) for i in items):
        return text
    return _LIST_ITEM.sub(lambda m: m[0] if _MARKED_ITEM.search(m[0]) else "", text)


_LIST_ITEM = as_typed(r"^[ \t]*[-•*–][ \t]+[^\n]*", re.M)
_MARKED_ITEM = as_typed(r"\((?:this one|den här|tämä|tää|diese[rs]?|dieser lead|этот|этот лид)\)",
                        re.I)


def _names_other_lead(sentence: str, lead_id: int) -> bool:
    """A sentence about another lead by its reference ("Лид L-85944 по соседнему объекту
    мы, к сожалению, проиграли"), not naming this one ("L-9 is won, this one is quoted")."""
    refs = {int(n) for n in _LEAD_REF.findall(sentence)}
    # (one naming this lead's reference too is left to the clauses: "L-92014: gewonnen …
    # L-91990: Kunde hat abgesagt" joined by a soft wrap)
    return bool(refs - {lead_id}) and lead_id not in refs and \
        not _THIS_ONE.search(sentence) and not sentence.rstrip().endswith("?") and \
        not _AS_WITH_OTHER_LEAD.search(sentence)


_LEAD_REF = as_typed(r"\bL-(\d+)\b", re.I)  # "l-88007" typed in small letters
#: a customer said in brackets to be another lead, unnumbered: "(Ihr Lead vom Oktober)",
#: "(Mikkos lead, inte min)", "(an older lead of yours)", "(другой лид)" (not "(your lead)"
#: nor "(the Satamahuolto lead)": this one)
_ANOTHER_LEAD_NOTED = as_typed(
    r"\((?=[^()\n]{0,25}?(?<!\w)(?:lead|leadet|liidi\w*|лид\w*)(?!\w))(?=[^()\n]{0,60}(?:"
    # from a month or an earlier time; another, older or someone else's
    r"(?<!\w)(?:vom|from|från|от|aus dem) (?:\w+ )?(?:jan|feb|mär|mar|apr|mai|may|maj|jun|jul|"
    r"aug|sep|o[ck]t|nov|de[cz]|sommer|summer|frühjahr|spring|herbst|autumn|last|letzte|"
    r"förra|прошл|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)|"
    r"\w+(?:kuulta|kuussa)(?!\w)|(?<!\w)(?:another|other|older|earlier|previous|anderer|"
    r"anderen|früher\w*|alte[nr]?|annan|andra|tidigare|äldre|toinen|toisen|vanha\w*|"
    r"aiempi|aiemma\w*|друг\w+|стар\w+|прежн\w+)(?!\w)|(?<!\w)(?:not mine|nicht meiner|nicht "
    r"von mir|inte min|inte mitt|ei minun|не мой)(?!\w)))[^()\n]{0,80}\)", re.I)
#: a sentence going on with the one before: "Und der Werkzeugbau in Gaimersheim hat
#: abgesagt."
_GOING_ON = as_typed(r"\s*(?:und|and|och|ja|sekä|и|а также|auch|also)(?!\w)", re.I)


def _without_other_lead_noted(text: str) -> str:
    """``text`` without the sentences about a customer said in brackets to be another lead,
    and those that go on with them ("Bei der Maschinenfabrik in Manching (Ihr Lead vom
    Oktober) liegt unser Angebot … beim Einkauf. Und der Werkzeugbau … hat abgesagt.")."""
    kept, dropping = [], False
    for sentence in _LONG_SENTENCE.findall(text):
        if set(sentence.strip()) <= set(".!?"):  # (the marks between them stay)
            kept.append(sentence)
            continue
        dropping = bool(_ANOTHER_LEAD_NOTED.search(sentence) or (
            dropping and _GOING_ON.match(sentence)))
        kept.append(" " if dropping else sentence)
    return "".join(kept)
_THIS_ONE = as_typed(r"(?<!\w)(?:this (?:one|lead)|dieser|diesen|tämä|tää|den här|detta|"
                     r"этот|этому|по этому)(?!\w)", re.I)
#: this lead done as another one: "ich halte es wie bei L-106231 letzte Woche, da hatte ich aus
#: genau demselben Grund abgesagt: …" (the answer is this lead's)
_AS_WITH_OTHER_LEAD = as_typed(
    r"(?<!\w)(?:(?:halte|mache|machen|handhabe|halten) (?:es|das|ich|wir) (?:\w+ )?(?:genauso )?"
    r"wie bei|dasselbe wie|genauso wie|(?:the )?same as|just as|just like|samma som|precis som|"
    r"samalla tavalla kuin|samoin kuin|sama kuin|так же,? как|как и (?:с|в|по)|то же,? что и)"
    # (the reference may follow in brackets: "kävi ihan samalla tavalla kuin Pirkkalan
    # liidissä elokuussa (L-106418):", "dasselbe wie beim Lead aus Zwettl im Juli (L-106312):")
    r"\b[^.!?:\n]{0,60}?\bL-\d+", re.I)


def _without_asides(text: str) -> str:
    """The reply without paragraphs announced as about something else ("First, a
    question about your invoice …", "Först en helt annan sak") or said to be about other
    deals ("Those are done and dusted, nothing to do with Laine", "Men det är andra kunder,
    inte den här"): their amounts, hedges and states are not the lead's. A reply of one
    paragraph keeps it."""
    paragraphs = re.split(r"\n\s*\n", text)
    kept = [p for p in paragraphs if not _ASIDE.match(p)]
    # the first paragraph of substance keeps its other sentences; a later one said to be
    # about other deals goes whole ("Sen verran taustaa … se on eri liidi eikä liity tähän")
    main = next((i for i, p in enumerate(kept) if len(p.strip()) > 40), 0)
    # (a later one that turns to this lead keeps that part: "The Chelmsford one (not one of
    # yours) has gone quiet on us. This one, Mersea, has not: …")
    return "\n\n".join(_without_other_deals(p) if i <= main or (
        _OTHER_DEALS.search(p) and _THIS_ONE_STARTS.search(p)) else
                         (" " if _OTHER_DEALS.search(p) else p) for i, p in enumerate(kept))


#: a sentence that starts with this lead: "This one, Mersea, has not: …"
_THIS_ONE_STARTS = as_typed(r"(?:^|(?<=[.!?]\s))(?:this one|den här|tämä|dieser|этот)\b",
                            re.I | re.M)


def _without_other_deals(paragraph: str) -> str:
    """The paragraph without sentences said to be about other deals ("Min kollega har ett
    eget lead … så blanda inte ihop dem"); a short one ("Men det är andra kunder, inte den
    här.") takes the sentence before it along. Not a sentence that turns to this lead ("…
    (not one of yours) …, so this one is only at first contact")."""
    if not _OTHER_DEALS.search(paragraph):
        return paragraph
    # a disclaimer inside a parenthesis takes only the parenthesis ("Quote sent on Friday
    # (they also asked us to price … but that's a separate story).")
    paragraph = _PAREN_ASIDE.sub(lambda m: " " if _OTHER_DEALS.search(m[0]) else m[0], paragraph)
    sentences = _LONG_SENTENCE.findall(paragraph)
    drop: set[int] = set()
    for i, sentence in enumerate(sentences):
        said = _OTHER_DEALS.search(sentence)
        if said and not _TURN_TO_THIS.search(sentence):
            drop.add(i)
            # a sentence that is only the disclaimer points at the one before it
            if len(sentence.strip()) - len(said[0]) <= 30 and i:
                drop.add(i - 1)
    return "".join(" " if i in drop else s for i, s in enumerate(sentences))


#: this lead named: "Tämä liidi on siis meidän osaltamme hävitty", "this lead is lost"
_THIS_LEAD = as_typed(r"(?<!\w)(?:this lead|tämä liidi|tää liidi|dieser lead|detta lead|den här "
                      r"leaden|этот лид)(?!\w)", re.I)
#: the writer turns to this lead: "so this one is only at first contact", "mutta tämä"
_TURN_TO_THIS = as_typed(r"(?<!\w)(?:so|but|and|aber|doch|mutta|men|но|а) (?:this one|dieser|"
                         r"tämä|den här|этот)(?!\w)|"
                         # "As for Hämeen Puutuote:", "По Imatran Kemia:", "Mit Huber …"
                         r"(?<!\w)(?:as for|as to|was (?:\w+ ){1,3}angeht|vad gäller|что "
                         r"касается)\b[^.!?:\n]{0,40}:|(?:^|(?<=[\n.!?]) ?)[Пп]о [A-ZÄÖÅ]"
                         r"[^.!?:\n]{0,40}:", re.I)


#: a paragraph said to be about other deals than this lead
_OTHER_DEALS = as_typed(
    # "Nicht verwechseln mit der Kunststoff-Geschichte in Freising, da haben wir schon ein
    # Angebot abgegeben."
    r"(?<!\w)(?:nicht (?:zu )?verwechseln mit|not to be confused with|don'?t (?:confuse|mix) "
    r"(?:it|this|this one) (?:up )?with|inte att förväxla med|ei pidä sekoittaa|не путать с|"
    r"toisessa asiassa|(?:on|in|about) (?:a |an )?(?:different|another|other) matter|"
    r"in (?:einer )?anderen sache|i ett annat ärende|по другому (?:делу|вопросу)|"
    r"nothing to do with (?:this|it|the lead|\w+)|not one of yours|(?:those|these) "
    r"(?:are|were) (?:other|different) (?:customers|deals|leads)|(?:a |an )?(?:different|other) "
    r"lead(?: entirely)?|(?:hat|haben) mit diesem lead nichts zu tun|nichts mit diese[mn] lead|"
    r"betrifft (?:aber )?nur diese|ein anderer lead|eri liidi|ei liity tähän|(?:det är|de är) "
    r"andra (?:kunder|affärer|leads)|har inget med (?:det här|detta) (?:lead|leadet|att göra)|"
    r"blanda inte ihop|другая история|друг(?:ой|ие) лид\w*|к этому лиду не относ\w*|"
    r"(?:the )?(?:two |three |\w+ )?other leads|втор(?:ой|ого) лид\w*|"
    # "that's their own deal, not ours", "Das sind aber eigene Kontakte, keine Leads von Ihnen",
    # "se on eri projekti kuin tämä liidi", "de gäller andra kunder och kom inte via er",
    # "но это не через Mailbot", "(не ваш лид)"
    r"(?:their|his|her) own deal|not (?:through|via) (?:you|mailbot)|eigene kontakte|keine leads "
    # ("nicht über Sie", you; not her: "Die Entscheidung ist nicht über sie gefallen, sondern
    # über die Stadt")
    r"von ihnen|(?-i:nicht über Sie)|nicht über sie (?:gekommen|gelaufen|kam|lief)|"
    r"eri projekti|gäller andra kunder|kom inte via er|не через "
    r"(?:mailbot|вас)|не ваш лид|"
    # "Ensimmäisen vaiheen … he tilasivat keväällä suoraan meiltä ilman liidiä"
    r"ilman liidiä|without a lead|ohne lead|utan lead|без лида|"
    # "(… but that's a separate story)", "bei den zwei anderen Brauereien", "по соседнему
    # проекту на той же верфи"
    r"(?:a |that'?s a )?separate story|(?:the|den|die) (?:two |three |zwei |drei )?(?:other|"
    r"anderen) (?:customers|kunden|brauereien|projekte|projects|sites|werke)|соседн\w+ "
    r"проект\w*)(?!\w)", re.I)


def _says_yes(words: dict[str, re.Pattern], lang: str, statements: str) -> tuple[bool, bool]:
    """(any accept words, only weak ones). Read outside refusals ("не возьмём" is no
    "возьмём"), idioms ("we'll take it from there") and sentences about a next lead
    ("happy to take the next one")."""
    text = _NEXT_TIME.sub(" ", _IDIOMS.sub(" ", words["decline"].sub(" ", _UNLESS_GONE.sub(
        " ", statements))))
    found = [spelling_key(m.group(0)) for m in words["accept"].finditer(text)]
    return bool(found), all(f in _WEAK_YES_KEYS.get(lang, ()) for f in found)


#: a meeting not held yet, and when it will be: "Getroffen haben wir uns noch nicht – das
#: machen wir am Donnerstag, 19.07., um 9 Uhr" (a meeting with its date)
_MEETING_LATER = as_typed(
    r"(?<!\w)(?:getroffen|besucht|besichtigt) (?:haben|hat) (?:wir|er|sie) (?:uns |ihn |sie )?"
    r"noch nicht\W+(?:das|des) (?:machen|tun) wir (?:dann )?(?=am|nächste|kommende|diese|morgen|"
    r"übermorgen)", re.I)


#: a report the writer meant to give, found wrong before sending: "Хотела написать, что
#: связались с заказчиком, но нет – это я дозвонилась до их проходной", "wollte „Termin hat
#: stattgefunden“ melden – der Eintrag gehört aber zu den Stadtwerken Erding"
_MEANT_TO_REPORT = as_typed(
    r"(?<!\w)(?:хотел\w* (?:написать|сообщить),? что [^.!?]*?,? но нет\b|[^.!?]*\bwollte "
    r"(?:\w+ ){0,2}?[„\"“][^“”\"]{1,60}[“”\"] melden\b|"
    r"i was (?:going|about) to (?:write|report|say) that "
    r"[^.!?]*?,? but no\b|(?:jag )?tänkte skriva att [^.!?]*?,? men nej\b|aioin kirjoittaa,? "
    r"että [^.!?]*?,? mutta ei\b)[^.!?]*", re.I)


#: what the partner believed, denied at once: "Luulimme että kauppa on meidän. Ei ollut:
#: asiakas allekirjoitti …", "Мы были уверены, что контракт наш. Нет: …"
_BELIEF_DENIED = as_typed(
    r"(?<!\w)(?:we thought|we were sure|we believed|wir dachten|wir waren (?:uns )?sicher|wir "
    r"glaubten|luulimme|luultiin|olimme varmoja|uskoimme|vi trodde|vi var säkra|vi var "
    r"övertygade|мы думали|мы были уверены|мы считали)[^.!?]*[.!?:;]\s*(?=(?:but |aber |mutta "
    r"|men |но )?(?:we )?(?:didn'?t|did not|wasn'?t|was not|not so|no\b|nope|hatten wir nicht|"
    r"war es nicht|nein|ei (?:ollut|ole)|eipä|nej|det (?:hade|var) (?:vi|den|det) inte|нет\b|"
    r"увы|не (?:наш|был|так)))", re.I)


def _statuses(lang: str, statements: str, says) -> list[str]:
    """The states the text reports, strongest first. Set aside first: thanks for our offer
    ("danke für das Angebot": our offer, not their proposal), steps still to be arranged
    ("sen jälkeen sovitaan käynti") and negated clauses ("Einen Termin gibt es noch
    nicht", "КП пока не отправляли"; lost phrases are negative by nature and stay); a
    lost phrase is read before won, so that "signed with the competitor" is no win. Read
    before negated clauses go: a win by others ("won. Not by us"), the customer choosing us
    ("went with us, not the incumbent") and a meeting told after a "not until" ("inte förrän
    han har sett oss på plats, och det gör han onsdag")."""
    statements = _BELIEF_DENIED.sub(" ", statements)  # "We thought it was ours. It wasn't:"
    statements, others_won = _WON_NOT_BY_US.subn(" ", statements)  # "won. Not by us, sadly."
    chose_us = any(not _CONDITION.search(re.split(r"[.!?;\n]", statements[:m.start()])[-1])
                   for m in _CHOSE_US.finditer(statements))  # not "if they chose us, …"
    told = _set_aside(_MEANT_TO_REPORT.sub(" ", _MEETING_LATER.sub(
        " Termin ", _CHOSE_US.sub(" ", statements))))
    text = _affirmed(lang, told)
    # a quote, a call or a signature put in the days ahead has not happened ("Angebot geht
    # morgen raus"); a meeting with a date is one, as the corpus rule has it
    done = _CLAUSE_JOIN.join(c for c in (c if not _AHEAD.search(c) else _without_ahead(c, lang)
                                         for c in text.split(_CLAUSE_JOIN)) if c)
    lost = _PATTERNS[lang]["lost"]
    found = [s for s in STATUSES if s != "won" and
             (says(s, done if s in ("proposal", "contacted") else text) or
              (s == "proposal" and _in_one_clause(_PROPOSAL_PARTS, done)) or
              (s == "lost" and (_in_one_clause(_LOST_PARTS, text) or _LOST_TO.search(text)
                                or _CHOSEN_NOT_US.search(told)
                                or _THEIR_WIN.search(text) or _NOTHING_LEFT_FOR_US.search(text)
                                or (_COMPETITOR.search(text)
                                    and _in_one_clause(_COMPETITOR_GOT, text)))))]
    if "proposal" not in found and _in_one_clause(_PRICE_GIVEN, done):
        found = sorted([*found, "proposal"], key=STATUSES.index)  # "told them the price"
    # a competitor named in passing ("Kilpailija tarjosi halvemmalla, mutta …") is no loss
    # that could hide the order that came after
    lost_told = "lost" in found and bool(
        _LOST_TO.search(text) or _THEIR_WIN.search(text) or _in_one_clause(_LOST_PARTS, text)
        or says("lost", _COMPETITOR.sub(" ", text)))
    done = _THEIR_WIN.sub(" ", done)  # the order a competitor got is no win of ours
    if says("won", lost.sub(" ", done) if "lost" in found else done) or (
            not lost_told and (_in_one_clause(_WON_PARTS, done) or
                                     _in_one_clause(_ORDER_SENT, done))):
        found.insert(0, "won")
    if chose_us and "won" not in found:
        found.insert(0, "won")
    if "won" in found and _NOTHING_LEFT_FOR_US.search(text):
        found.remove("won")  # the contract signed is the one that leaves us nothing
    # (a choice of another supplier is told in so many words: "de går vidare med en annan
    # leverantör")
    if len(found) > 1 and "lost" in found and not _LOST_TO.search(text) and \
            not says("lost", _COMPETITOR.sub(" ", text)) and \
            not _in_one_clause(_LOST_PARTS, text) and not _NAMED_WON.search(text):
        # "the competitor's price is 19 900 €, our proposal is with them": no loss
        found.remove("lost")
    if "meeting" not in found and _NOT_UNTIL_MET.search(statements):
        # "Det vill kunden inte ha förrän han har sett oss på plats, och det gör han onsdag":
        # the "not" is the wait, the visit with its day is set
        found = sorted([*found, "meeting"], key=STATUSES.index)
    if others_won and "lost" not in found:  # (after the check that drops a loss told aside)
        found.insert(0 if "won" not in found else len(found), "lost")
    if not found and _NDA_SIGNED.search(statements):
        found = ["contacted"]  # an NDA exchanged with the customer, nothing more
    if found == ["contacted"] and _NOT_YET_REACHED.search(statements) and \
            not _SPOKEN.search(_NOT_YET_REACHED.sub(" ", statements)):
        return []  # "customer was not reached yet. I called two times …": tried, not reached
    if "meeting" in found and _NO_TIME_YET.search(statements):
        # "haluu että käydään paikan päällä, aikaa ei oo vielä sovittu": wished, not set
        found = [s for s in found if s != "meeting"] or ["contacted"]
    if not found and (outcome := _OUTCOME_FIRST.match(statements)) is not None:
        found = ["won" if outcome["won"] else "lost"]  # "Hat geklappt! 9.800 € netto."
    return found


#: no time for the visit agreed yet: "aikaa ei oo vielä sovittu", "någon tid är inte bokad
#: än", "no date agreed yet", «дату пока не согласовали»
_NO_TIME_YET = as_typed(
    r"(?<!\w)(?:aikaa ei (?:ole|oo) (?:vielä )?sovittu|ei (?:ole|oo) (?:vielä )?sovittu (?:aikaa|"
    r"päivää)|(?:någon|ingen) (?:tid|dag) (?:är )?(?:inte )?(?:bokad|satt|bestämd) (?:än|ännu)|"
    # "och något datum har vi inte fått", "a date we haven't got"
    r"(?:något|någon) (?:datum|tid) har vi (?:\w+ )?inte fått|(?:a|any) date we (?:haven'?t|"
    r"have not) "
    r"(?:got|been given)|"
    r"no (?:date|time) (?:has been )?(?:agreed|set|fixed|booked) yet|(?:date|time) (?:is )?not "
    r"(?:agreed|set|fixed) yet|(?:noch )?kein (?:termin|datum) (?:steht )?(?:fest|vereinbart)|"
    r"(?:дату|время) пока не (?:согласовали|назначили)|дата пока не (?:согласована|"
    r"назначена))(?!\w)", re.I)
#: the answer's first sentence only says how it went: "Hat geklappt! 9.800 € netto.",
#: "Onnistui!", "Det gick inte vägen.", «Не получилось.» (a sentence of its own: not "hat
#: geklappt mit dem Rückruf")
_OUTCOME_FIRST = as_typed(
    r"\W*(?:(?P<won>(?:es |das )?hat (?:(?!nicht|leider|noch)\w+ )?geklappt|(?:se |kauppa |"
    r"homma )?onnistui|det (?:gick vägen|löste sig)|(?:вс[её] )?получилось|it worked out|we did "
    r"it)|(?P<lost>(?:es |das )?hat (?:leider |diesmal |also )*nicht geklappt|(?:se |kauppa |"
    r"homma )?ei (?:valitettavasti )?onnistunut|det gick (?:tyvärr )?inte vägen|(?:увы,? |к "
    r"сожалению,? )?не получилось|(?:it )?didn'?t work out))\s*[!.]+(?:\s|$)", re.I)


#: a thing taken along to a visit ("Den Musterkoffer nehm ich mit": mitnehmen): no yes to
#: the lead ("den nehmen wir mit" still is one)
#: a colleague's side question answered "no" before the answer to us: "Mark … wanted to know
#: whether this would clash with the Gravesend shutdown week. Short answer: no."
_SIDE_NO = as_typed(
    r"(?<!\w)(?:asked|wanted to know|wondered|fragte|wollte wissen|kysyi|halusi tietää|undrade|"
    r"ville veta|спрашивал\w*|спросил\w*|хотел\w* узнать)\b[^.!?]*?\b(?:whether|if|ob|om|ли)\b"
    # (not the question of the lead itself: "Mark asked whether we want this one. No.")
    r"(?:(?!\b(?:want|take|nehmen|wollen|ottaa|otetaanko|haluta|ta|tar|vill|взять|берём)\b)"
    r"[^.!?])*[.?!]\s*(?:(?:short answer|the answer|answer|kurz gesagt|die antwort|lyhyesti|"
    r"vastaus|kort sagt|svaret|короче|ответ)\s*(?:is\s*|ist\s*)?[:,–-]?\s*)?(?:no|nein|ei|nej|нет)"
    r"\b[.!]?|"
    # no catch found, no wait for the answer: "No catch that I can see, and no, I'm not going
    # to make you wait until after Easter for an answer either"
    r"(?<!\w)(?:no catch|kein haken|ei (?:mitään )?koukkua|ingen hake|подвоха нет|без подвоха)\b|"
    r"(?<!\w)no,? (?:i'?m|we'?re|i am|we are) not (?:going to )?(?:make|keep) you wait\w*|"
    # "Ja ei, tämä ei ole aprillipila": the joke denied, not the offer
    r"(?<!\w)(?:ei|no|nein|nej|нет),? (?:tämä|this|das|det|это) (?:ei ole|is not|isn'?t|ist kein|"
    r"är inget|не) (?:\w+ )?(?:aprillipila|april fool\w*|aprilscherz|aprilskämt|первоапрельск\w+ "
    r"шутк\w*)|"
    r"(?<!\w)(?:nein|nej|ei|нет),? (?:ich lasse|wir lassen|jag låter|vi låter|en anna|emme anna|"
    r"не заставлю|не заставим) (?:sie |er |teidän |вас )?(?:nicht )?(?:warten|vänta|odottaa|ждать)",
    re.I)
_TAKEN_ALONG = as_typed(
    r"(?<!\w)(?:den|die|das|einen?|eine|meinen?|unseren?) (?!lead\b|auftrag|job\b|projekt|"
    r"kunden?\b|anfrage)\w+ nehm(?:e|en)? (?:ich|wir) (?:\w+ ){0,2}?mit(?!\w)|"
    # a step not yet taken, then when: "Getroffen haben wir uns noch nicht – das machen wir
    # am Donnerstag" (the step is done then; no yes to the lead)
    r"(?<!\w)noch nicht\W+(?:das|des) (?:machen|tun) wir\b", re.I)


def _set_aside(statements: str) -> str:
    """``statements`` without what tells no state of this lead, in this order: boxes left
    unticked, an NDA, labels put off or denied, how the mail was typed, asides in brackets,
    talks without the customer, excuses, meetings called off, other firms' deals, wins and
    losses all but done, wins under a condition, thanks for our offer, steps still to come."""
    text = statements
    for pattern in (_UNTICKED, _NDA_SIGNED, _LABEL_LATER):
        text = pattern.sub(" ", text)
    text = _LABEL_DENIED.sub(r"\1 ", text)
    for pattern in (_ON_MY_PHONE, _PAREN_ASIDE, _NOT_WITH_CUSTOMER, _STEP_SAID_NO):
        text = pattern.sub(" ", text)
    text = _without_called_off(_without_excuses(text))
    for pattern in (_NOT_OURS, _NEAR_WIN, _NEAR_LOSS, _WON_IF, _IN_THAT_CASE, _OUR_OFFER,
                    _FUTURE):
        text = pattern.sub(" ", text)
    return text


#: the customer not reached yet, in so many words (the calls and messages told with it were
#: tries, not contact)
_NOT_YET_REACHED_WORDS = (
    r"(?:was|were|is|has|have|are)(?: not|n't)(?: been)? (?:yet )?reached|"
    r"(?:not|n't) (?:been able to |managed to )?reach(?:ed)? (?:\w+ ){0,3}?yet|"
    r"noch nicht erreicht|(?:noch )?nicht erreichen können|(?:noch )?niemand(?:en)? erreicht|"
    # only the machine answered: "am Telefon hab ich nur das Tonband erwischt"
    r"nur (?:das tonband|den anrufbeantworter|die (?:mailbox|sprachbox))|"
    r"only (?:got|reached) (?:the|their|his|her) (?:voicemail|answering machine)|"
    r"bara (?:telefonsvararen|röstbrevlådan)|vain (?:vastaaja|puhelinvastaaja)|"
    r"только автоответчик|"
    # "Номер клиента из письма не отвечает, я звонил уже два раза"
    r"(?:номер|телефон|клиент)\w* (?:\w+ ){0,3}?не отвечает|"
    r"ei (?:ole )?(?:vielä )?(?:tavoitettu|tavoittanut|saatu kiinni)|"
    # "En ole vielä saanut asiakasta kiinni"
    r"(?:en|emme) ole (?:vielä )?(?:saanut|saaneet) (?:\w+ ){0,2}?kiinni|(?:en|emme) ole "
    r"(?:vielä )?(?:tavoittanut|tavoittaneet)|"
    r"(?:inte|int) (?:fått tag på|nått) (?:\w+ ){0,3}?(?:än|ännu)|"
    r"(?:пока )?не (?:смогли|удалось) (?:дозвониться|связаться)|(?:пока )?не дозвонил\w*|"
    # the calls unanswered: "men han svarar inte och ingen har ringt tillbaka"
    r"(?:han|hon|de|kunden) (?:svarar|svarade) (?:inte|int)|ingen (?:har )?ringt (?:mig )?tillbaka|"
    r"(?:nobody|no one) (?:has )?(?:called|rung) (?:me |us )?back|(?:nobody|no one) (?:has )?"
    r"got(?:ten)? back to (?:me|us)|(?:nobody|no one) (?:answered|"
    r"picked up)|(?:niemand|keiner) (?:hat )?(?:zurückgerufen|abgenommen)|kukaan ei (?:ole )?"
    r"(?:vastannut|soittanut takaisin)|никто не (?:ответил|перезвонил|бер[её]т трубку)|"
    # «трубку никто не берёт», «не берут трубку»
    r"трубку (?:\w+ )?никто не бер[её]т|(?:трубку )?не берут(?: трубку)?\b")
_NOT_YET_REACHED = as_typed(rf"(?<!\w)(?:{_NOT_YET_REACHED_WORDS})(?!\w)", re.I)
#: tries that reached nobody: "the number is not in use", "försökt få tag på kunden … utan
#: framgång"
_UNREACHED = as_typed(
    rf"(?<!\w)(?:{_NOT_YET_REACHED_WORDS}|"
    r"tried (?:\w+ ){0,2}?(?:to )?(?:call|reach|phone|contact|get hold)\w*|"
    r"(?:could|can)(?: not|n't) (?:reach|find|get hold)|not in use|came back (?:as )?undeliverable|"
    r"versucht,? (?:\w+ ){0,3}?zu erreichen|(?:kein|keinen) anschluss|nicht vergeben|"
    r"yritt\w+ (?:\w+ )?(?:tavoittaa|soittaa|saada kiinni)|ei (?:ole )?käytössä|"
    r"försökt (?:att )?(?:få tag|nå|ringa|kontakta)|utan framgång|inte i bruk|"
    # the calls unanswered: "kumpanakaan kertana ei vastattu", "no answer" (those told as
    # not reached yet, "nobody answered", are in _NOT_YET_REACHED_WORDS above)
    r"ei vastattu|ei (?:kukaan )?vastannut|no answer|(?:niemand|keiner) (?:ist )?(?:rangegangen|"
    r"abgenommen)|"
    r"ingen (?:svarade|svar)|никто не взял трубку|"
    r"пыта\w+ (?:\w+ )?(?:дозвониться|связаться)|не обслуживается|не существует)(?!\w)",
    re.I)
#: contact made after all: "… but today I spoke with the owner"
_SPOKEN = as_typed(
    r"(?<!\w)(?:spoke|spoken|talked|discussed|got hold|gesprochen|besprochen|puhuttiin|"
    r"puhuin|juteltiin|keskusteltiin|pratade|pratat|talade|поговорил\w*|обсудили|"
    r"созвонились|"
    # "Tänä aamuna sain vihdoin kiinni tehtaanjohtaja Saarisen, ja juttelimme"
    r"juttelimme|juttelin|sain (?:\w+ ){0,3}kiinni|erreicht|fick tag på|дозвонил\w*)(?!\w)", re.I)


#: a long parenthesis is an aside, not the state: "Quote sent to Lindström on Friday (they also
#: asked us to price … which went to another integrator last time …)"
_PAREN_ASIDE = as_typed(r"\([^()]{15,}\)")
#: a negation in each language (a clause with one reports nothing but a loss)
_NEGATION = {
    "en": as_typed(r"\b(?:not|no|nothing|never|none|nobody|no one)\b|n['’]t\b", re.I),
    # (and as Bavarians write it: "An Termin ham wir no ned", "koane Leut")
    "de": as_typed(r"\b(?:nicht|kein\w*|nichts|nie|ned|nix|koa|koan|koane|koana)\b", re.I),
    # not "et": written Finnish uses it for "että" ("sovittiin et mennään katsomaan")
    "fi": as_typed(r"\b(?:ei|eikä|emme|en|eivät|eivätkä|enkä|emmekä)\b", re.I),
    "sv": as_typed(r"\b(?:inte|int|ingen|inget|inga|aldrig)\b", re.I),  # "int": Finland
    "ru": as_typed(r"\b(?:не|нет|ни)\b", re.I),
}
#: where a clause ends: punctuation, a line break (lists), or "but" / "and" in five languages
#: (each language its own "and" and "but": Swedish "sa ja till" is not Finnish "ja" = and)
_CONJUNCTIONS = {"en": r"but|(?<!back )and(?! forth)", "fi": "mutta|ja", "sv": "men|och",
                 "ru": "но|и|а",
                 # "einen Termin gibt es aber noch nicht": there "aber" ends nothing; nor
                 # after the verb ("gewonnen hat aber ein Mitbewerber")
                 "de": r"(?<!\bhat )(?<!\bhaben )(?<!\bist )(?<!\bsind )(?<!\bwurde )"
                       r"aber(?!\s+(?:noch|nicht|kein))|(?<!hin )und(?! her)"}
#: (an emoji ends a clause too: "Zuschlag bekommen 👍 AB geht morgen raus")
#: words shortened with a dot that ends neither sentence nor clause: "22 150 € exkl. moms gick
#: ut", "17.450 EUR zzgl. MwSt.", a title ("bei Frau Dr. Lenz im Besprechungsraum")
_ABBREVIATIONS = ("exkl", "inkl", "excl", "incl", "zzgl", "ca", "approx", "bzw", "evtl", "ggf",
                  "esim", "ns", "mm", "ym", "jne", "t.ex", "resp", "dr", "prof", "hr", "mr",
                  "mrs")
#: what a point after it does not end, though a small letter follows: a figure or date
#: ("16.10. ja"), an abbreviation ("ca. 20", "bzw. die", "tel. gehabt", "kl. 13")
_NO_SENTENCE_END = as_typed(r"(?:\d|\b(?:" + "|".join(
    re.escape(a) for a in (*_ABBREVIATIONS, "z.b", "u.a", "d.h", "e.g", "i.e", "etc", "kl",
                           "st", "nr", "tel", "kd", "puh", "tarj", "asiak", "ang", "angeb",
                           "kund", "off", "wo", "nä", "dr", "hr", "fr", "mr", "mrs")) + r"))\.$",
                            re.I)
_ABBREVIATED = "|".join(rf"(?<=\b{a})" for a in _ABBREVIATIONS)
#: a money word's point before a small letter ends nothing: "Расчёт на 1 480 000 руб. без НДС
#: ушёл клиенту", "45 000 kr. exkl. moms"
_MONEY_POINT = r"(?:(?<=\bруб)|(?<=\bтыс)|(?<=\bмлн)|(?<=\bkr))\.(?-i:\s[a-zäöåüа-яё])"
_NOT_ABBREVIATED = "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
_CLAUSE = {lang: as_typed(rf"[;!?–—()\n\U0001F300-\U0001FAFF\u2600-\u27BF]|"
                          rf"(?<!\d){_NOT_ABBREVIATED}(?!{_MONEY_POINT})[.,](?!\d)|(?<!\d)[:,]|[:,](?!\d)|"
                          rf"\b(?:{words})\b|"
                          # "… at 10:00. That one was never ours": a sentence ends after a
                          # time too (not "am 18.09. ist geplatzt", nor "am 6. Mai um 7")
                          rf"{_NOT_ABBREVIATED}\.(?=\s+(?-i:[A-ZÄÖÜÅА-ЯЁ]))"
                          rf"(?<!\d\.(?=\s{GERMAN_MONTH}))",
                          re.I)
           for lang, words in _CONJUNCTIONS.items()}


#: a box left unticked or crossed: a step not taken ("✗ möte – inte bokat ännu", "[ ] offer",
#: "☐ Angebot")
_UNTICKED = re.compile(r"(?:^|(?<=\s))(?:[✗✘☐❌]|\[ \])[^\n.!?]{0,80}")
#: a step's name as a CRM line or a list labels it ("Platsbesök: …", "Angebot: …")
_STEP_LABEL = (r"(?<![\w-])(quote|proposal|offer|meeting|visit|site visit|site survey|order|next "
               r"step|angebot|termin|besuch|aufmaß|auftrag|nächster schritt|offert|offerten|möte|"
               r"mötet|besök|platsbesök|nästa steg|tarjous|tapaaminen|käynti|kartoitus|tilaus|"
               r"seuraava vaihe|кп|предложение|встреча|визит|заказ|следующий шаг|contact made|"
               r"contacted|kontakt|kontaktiert|yhteydenotto|kontaktad|контакт)"
               # (with where it is: "Termin vor Ort: noch keiner.")
               r"(?: vor ort| on site| på plats| paikan päällä| на месте| на объекте)?:[ \t]*")
#: a step's label left blank at the end of a line ("… skickat Möte:")
_BLANK_STEP_AT_END = as_typed(r"(?<=\s)" + _STEP_LABEL + r"$", re.I)
#: a step's label and its value denied ("Platsbesök: inte bokat än", "Termin: noch keiner"):
#: one clause, so the "not" denies the step (the colon would end a clause)
_LABEL_DENIED = as_typed(
    _STEP_LABEL + r"(?=(?:inte|int|ej|not|nicht|noch nicht|noch kein\w*|kein\w*|ei|eikä|не|нет|"
    r"no)\b)", re.I)
#: a step's label with a value that puts it later ("Offert: efter platsbesöket", "Angebot:
#: nach dem Aufmaß", "Tarjous: kartoituksen jälkeen"): a plan, not a step taken
_LABEL_LATER = as_typed(
    _STEP_LABEL + r"(?:(?:efter|after|nach|erst nach|later|später|senare|myöhemmin|после|"
    r"потом|позже|tbd|offen|open|avoin|öppen|ausstehend|pending)\b|"
    r"\w+(?:n|en) jälkeen\b)[^\n.!?]{0,60}", re.I)
#: "not lost", "nicht verloren": a loss denied is no loss
_DENIED_LOSS = as_typed(
    # the customer not reached is no loss: "До Пасхи дозвониться до заказчика не получилось"
    r"(?:дозвониться|связаться|застать|поговорить|встретиться)\b[^.!?,:;]{0,40}?\bне "
    r"получилось|"
    # "Far from won, I'm afraid, but far from lost as well."
    r"\bfar from (?:won|lost)\b|\blångt ifrån (?:vunnen|vunnet|förlorad|förlorat)\b|"
    # "menetetty se ei ole, vaikka hiljaista on ollut"
    r"\b(?:menetetty|hävitty)\s+(?:se|tämä|kauppa|asiakas|kohde)\s+ei\s+(?:vielä\s+)?ole\b|"
    r"\b(?:not|never|nicht|inte|ei|emme|не)\s+(?:yet\s+|noch\s+|vielä\s+|ole\s+|been\s+)?"
    r"(?:lost|verloren|f[öo]rlor\w*|h[äa]vi\w*|проигр\w*)|n['’]t\s+lost\b|"
    # the verb before its negation: "we didn't lose it", "vi förlorade den inte",
    # "verloren haben wir ihn nicht"
    r"\b(?:didn['’]t|did not|never)\s+lose\b|"
    r"\bf[öo]rlor\w*\s+(?:(?:den|det|dem|honom|henne|ordern|affären|jobbet|kunden)\s+)?"
    r"(?:inte|int|ej)\b|"
    r"\bverloren\s+(?:haben|hat)\s+(?:wir|sie|er)\s+(?:\w+\s+)?nicht\b|"
    # "Abgesagt hat der Kunde nicht, freigegeben aber auch nichts"
    r"\babgesagt\s+(?:hat|haben)\s+(?:der kunde|die kundin|er|sie|die \w+|der \w+)\s+"
    r"(?:(?:uns|noch|bisher)\s+)?nicht\b|"
    # "gewonnen ist das Projekt noch nicht, verloren aber auch nicht"; "zugesagt haben sie
    # noch nicht, abgesagt aber auch nicht"
    r"\b(?:verloren|abgesagt)\s+(?:(?:aber|auch|ist|es|er|sie|das|noch|haben|hat)\s+){1,3}"
    r"nicht\b|"
    # "Verloren ist da also noch gar nichts."
    r"\bverloren\s+ist\s+(?:(?:da|das|es|also|noch|bisher|hier)\s+){0,4}(?:gar\s+)?nichts\b|"
    # "I wouldn't say this one is dead, but …", "en sanoisi, että se on kuollut"
    r"(?:wouldn'?t|would not|won'?t|can'?t|cannot) (?:say|call) (?:that )?(?:this|it|that)"
    r"(?: one)?(?:'s| is)? dead|würde (?:\w+ )?nicht sagen,? dass (?:\w+ ){0,3}?tot|"
    r"(?:en|emme) sanoisi,? että (?:\w+ ){0,3}?kuollut|"
    r"verloren ist (?:\w+ ){0,2}nichts|"
    # "Verloren ist der Lead nicht, nur verschoben", "Lost it isn't, only postponed"
    r"verloren (?:ist|sind) (?:der|die|das|er|sie|es) (?:\w+ )?(?:noch )?nicht\b|"
    r"f[öo]rlorad (?:är|blev) (?:den|det|ordern|affären) (?:\w+ )?(?:inte|int)\b|не уш[её]л\w*|"
    # "Не могу сказать, что сделка сорвалась", "I can't say we've lost it"
    r"не (?:могу|можем) сказать,? что (?:\w+ ){0,2}?(?:сорвал\w*|проигр\w*|потерян\w*)|"
    r"(?:can'?t|cannot|can not) say (?:that )?(?:we'?ve |we have |it'?s |it is |it was )?lost|"
    r"(?:kann|können) (?:\w+ )?nicht sagen,? dass (?:\w+ ){0,4}?verloren|"
    r"(?:en|emme) voi sanoa,? että (?:\w+ ){0,3}?(?:hävi\w*|menetetty)|"
    r"(?:kan|kunde) (?:inte|int) säga att (?:\w+ ){0,3}?förlor\w*|"
    r"ei (?:tätä|sitä|tää|se) (?:\w+ )?(?:ole )?(?:vielä )?(?:menetetty|hävitty)|"
    # on hold until something comes: "hat das Projekt auf Eis gelegt, bis die Förderzusage da
    # ist", "on hold until the budget is approved"
    r"(?:auf eis gelegt|on hold|on ice|jäihin|jäissä|på is|заморожен\w*),? (?:bis|until|till|"
    r"kunnes|tills|пока|до)\b|"
    # "ei tässä mitään hävitty, vaikka hiljaista onkin ollut – päinvastoin"
    r"ei (?:tässä |täällä )?(?:mitään )?(?:ole )?(?:hävitty|menetetty)|"
    # no refusal heard: "отказа мы не получали", "keine Absage bekommen"
    r"отказа (?:\w+ ){0,2}не (?:получали|было)|(?:no|not had a|haven't had a) refusal|"
    r"keine absage|(?:inget|något) (?:avslag|nej) (?:har vi fått|än)|ei (?:ole )?(?:tullut )?"
    r"(?:kieltävää|hylkäystä)", re.I)


def _in_one_clause(parts: tuple[re.Pattern, ...], text: str) -> bool:
    """Every part in one clause: a thing and what happened to it, in any order and with
    any words between ("die Bestellung ist heute früh gekommen", "заказ клиент оформил")."""
    return any(all(p.search(c) for p in parts) for c in text.split(_CLAUSE_JOIN))


def _whole_words(alternatives: str) -> re.Pattern:
    """A pattern for any of ``alternatives`` (a regex alternation) as whole words."""
    return as_typed(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)


#: won: an order or contract, and that it came, was signed or was placed
_WON_PARTS = (
    _whole_words(r"(?:purchase )?orders?|po|contract|bestellung|auftrag|vertrag|abruf|"
                 r"\w*avropsorder|avrop(?:et)?|"
                 r"auftragsbestätigung|tilaus|tilauksen|tilausvahvistu\w*|sopimus|sopimuksen|"
                 r"order(?:n|en)?|beställning(?:en)?|avtal(?:et)?|kontrakt(?:et)?|заказ(?!чик)\w*|"
                 r"договор\w*|контракт\w*|deal"),
    _whole_words(r"received|got|signed|placed|came in|arrived|confirmed|landed|released|"
                 r"bekommen|erhalten|unterschrieben|unterzeichnet|erteilt|eingegangen|eingelangt|"
                 r"gekommen|"
                 r"bestätigt|\w*gekommen|kam|kamen|saatiin|saimme|tuli|allekirjoitti\w*|"
                 r"allekirjoitettiin|vahvisti\w*|signasi|signasivat|signattiin|"
                 r"fick|fått|kom|kommit|signerade|signerat|undertecknade|undertecknat|"
                 r"bekräftade|landade|получили|подписал\w*|подписан\w*|пришёл|пришел|пришла|"
                 r"оформил\w*|подтвердил\w*|заключил\w*|получен\w*"))
#: lost: the customer chose another supplier ("entschied sich am Ende für einen anderen
#: Anbieter", "valitsi lopulta toisen toimittajan")
_LOST_PARTS = (
    _whole_words(r"chose|chosen|picked|selected|went with|gone with|decided (?:on|for)|"
                 r"took|ottivat|otti|nahmen|tog|взяли|"
                 r"entschieden|entschied|gewählt|beauftragt|valitsi\w*|päätyi\w*|valde|valt|"
                 r"gick (?:vidare )?med|выбрал\w*|остановил\w*|предпоч[её]л\w*|"
                 # "de går vidare med en annan leverantör", "going ahead with another supplier"
                 r"går (?:vidare )?med|going (?:ahead |forward )?with|go (?:ahead )?with|"
                 r"machen|arbeiten|jatkavat|jatkaa|menevät|работать|работают|пойдут"),
    # the other one named as a supplier: "another date" is none
    as_typed(r"(?<!\w)(?:another|other|different|anderen?|andere[mn]?|toise[nt]?\w*|muun|"
             r"annan|annat|andra|друг\w+|ино\w+) (?:\w+ ){0,2}?(?:supplier|vendor|integrator|"
             r"installer|partner|company|firm|provider|anbieter|lieferanten?|integrator|firma|"
             r"errichter|toimittaja\w*|kumppani\w*|yritykse\w*|integraattori\w*|firma\w*|"
             r"leverantör\w*|installatör\w*|поставщик\w*|подрядчик\w*|интегратор\w*|"
             r"компани\w*)(?!\w)", re.I))
#: lost: a competitor and what it got or the customer did with it, in one clause ("Asiakas
#: osti halvemmalta kilpailijalta", "die nehmen das vom Mitbewerber", "kilpailija vei tämän")
#: (the word alone is no loss: "the customer is also talking to our competitor")
_COMPETITOR_GOT = (
    _whole_words(r"competitor\w*|(?:mit|wett)bewerber\w*|konkurren\w*|kilpailij\w*|"
                 r"конкурент\w*"),
    _whole_words(r"went|gone|goes|chose|chosen|picked|selected|bought|buys|ordered|orders|took|"
                 r"won|got|signed|awarded|gave|given|placed|lost|"
                 r"nehmen|nimmt|genommen|nahm\w*|bestellt\w*|eingekauft|gekauft|kauft\w*|"
                 r"beauftragt|entschieden|bekommen|erhalten|gewonnen|vergeben|geht|ging|"
                 r"gegangen|verloren|"
                 r"vei|vie|osti|ostivat|ostaa|tilasi|tilasivat|valitsi|valitsivat|voitti|sai|"
                 r"meni|antoi|hävisimme|"
                 r"gick|går|valde|köpte|köper|beställde|tog|vann|fick|fått|förlorade|"
                 r"отдал\w*|выбрал\w*|купил\w*|заказал\w*|уш[её]л\w*|ушла|ушли|выиграл\w*|"
                 r"получил\w*|забрал\w*|подписал\w*|проиграл\w*"))
#: won: the customer sent its order ("kunden har skickat sin första avropsorder")
_ORDER_SENT = (
    _whole_words(r"customer|client|they|kunde|kunden|asiakas|клиент|заказчик|purchasing|"
                 r"einkauf|inköp\w*|hankin\w*|ostot|закупк\w*"),
    _whole_words(r"sent|geschickt|schickte|lähetti|skickat|skickade|прислал\w*|"
                 r"отправил\w*"),
    _whole_words(r"(?:purchase )?orders?|po|\w*bestellung|abruf|tilaus|tilauksen|"
                 r"\w*order(?:n|en)?|\w*beställning(?:en)?|заказ(?!чик)\w*"))
#: proposal: a price given ("den Preis genannt", "annoin niille hinnan", "сказал им цену")
_PRICE_GIVEN = (
    # not "pricing": "BOM sent to the distributor for pricing" gives the customer nothing
    # (not a price list: "sent him the datasheets + price list" gives no price for this job)
    _whole_words(r"price(?!\s?list)|cost|preis|preise|kosten|hinta|hinnan|hinnat|pris(?:et)?|"
                 r"prisuppgift\w*|"
                 r"kostnad\w*|цен[ауы]|стоимост\w*|расч[её]т\w*"),
    _whole_words(r"gave|given|told|sent|emailed|quoted|genannt|gegeben|geschickt|gemailt|"
                 r"mitgeteilt|übermittelt|annoin|annettu|kerroin|lähetin|lähetettiin|saivat|gav|"
                 r"gett|fått|skickade|skickat|mejlade|lämnade|сказал\w*|назвал\w*|отправил\w*|"
                 r"озвучил\w*|выслал\w*|дали"))
#: proposal: a quote, and that it went out
_PROPOSAL_PARTS = (
    _whole_words(r"quote|quotation|proposal|offer|angebot|kva|tarjous|tarjouksen|"
                 r"tarjouksemme|offert(?:en)?|prisförslag(?:et)?|кп|расч[её]т|"
                 # "underlaget med våra siffror gick till styrelsen"
                 r"(?:våra|our|unsere|meidän) (?:siffror|figures|numbers|zahlen|luvut)|"
                 r"(?:коммерческое )?"
                 r"предложение|смет[ау]"),
    _whole_words(r"sent|submitted|emailed|went out|went (?:over )?to|handed over|verschickt|"
                 r"geschickt|"
                 r"übermittelt|abgegeben|raus|lähetetty|lähti|lähetin|lähetimme|toimitettu|"
                 r"toimitimme|skickad|skickat|skickade|lämnat|lämnade|отправил\w*|отправлен\w*|"
                 r"уш[её]л|ушл[оа]|выслал\w*|направил\w*|передал\w*|gick (?:till|iväg|ut)"))
#: a time ahead: "tomorrow", "next week", "nach Ostern", "ensi viikolla", "на следующей неделе"
_AHEAD = as_typed(
    r"(?<!\w)(?:tomorrow|next (?:week|month|monday|tuesday|wednesday|thursday|friday)|"
    # a weekday as the deadline: "quote by Friday", "Angebot bis Freitag"
    rf"{BY_WEEKDAY_WORDS}|"
    # a weekday with a verb in the present or future: "Quote goes out Monday", "Angebot geht
    # Montag raus", "Tarjous lähtee maanantaina", "КП уйдёт в понедельник"
    r"(?:goes|will go|is going|'ll go) out (?:on )?(?:mon|tues|wednes|thurs|fri)day|"
    r"geht (?:\w+ ){0,3}?(?:am )?(?:montag|dienstag|mittwoch|donnerstag|freitag) (?:raus|hinaus|"
    r"an den kunden|zum kunden)|"
    r"går (?:ut|iväg) (?:på )?(?:måndag|tisdag|onsdag|torsdag|fredag)|"
    r"lähtee (?:\w+ ){0,2}?(?:maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina)|"
    r"(?:уйд[её]т|отправим|отправлю|вышлем|вышлю) (?:\w+ ){0,2}?(?:в|во) (?:понедельник|вторник|"
    r"среду|четверг|пятницу)|"
    # once the lead's details are here: "Johan ringer kunden så fort vi fått
    # kontaktuppgifterna", "Jarkko soittaa asiakkaalle heti, kun saamme yhteystiedot"
    r"as soon as (?:we|i) (?:get|have|receive)|once (?:we|i) (?:get|have|receive)|sobald "
    r"(?:wir|ich) (?:\w+ ){0,4}?(?:haben|habe|bekommen|erhalten)|så (?:fort|snart) (?:vi|jag) "
    r"(?:har )?(?:fått|får)|heti,? kun (?:saamme|saan|on)|kunhan (?:saamme|saan)|как только "
    r"(?:получим|будут|придут)|"
    r"in the coming days|later this week|(?<!heute )(?<!heute früh )morgen(?! früh)|übermorgen|"
    r"nächste[n]? woche|kommende[n]? woche|demnächst|in kürze|nach (?:ostern|pfingsten|"
    r"weihnachten|dem urlaub|(?:seiner|ihrer|meiner|unserer) rückkehr)|huomenna|ylihuomenna|"
    r"ensi viiko\w*|ensi kuussa|lähipäivinä|"
    r"i ?morgon|nästa vecka|inom kort|under nästa vecka|efter (?:påsk|midsommar|semestern)|"
    r"завтра|послезавтра|на следующей неделе|в ближайшие дни|после (?:праздников|отпуска))"
    r"(?!\w)", re.I)


#: how ``_affirmed`` joins the clauses it keeps (``_in_one_clause`` splits them again)
_CLAUSE_JOIN = " , "


def _affirmed(lang: str, text: str) -> str:
    """``text`` without its negated clauses, unless what they say is a loss (and without
    denied losses: "nicht verloren")."""
    lost = _PATTERNS[lang]["lost"]
    text = _NEITHER_NOR.sub(" ", _NOT_NEGATING.sub(" ", _DENIED_LOSS.sub(" ", text)))
    kept = []
    for clause in _CLAUSE[lang].split(text):
        # (again for each "not" left: "ei vielä tapaamista eikä tarjousta")
        for _ in range(3):
            if not _NEGATION[lang].search(clause) or lost.search(clause):
                break
            clause = _without_governed(clause, _NEGATION[lang], lang, forward=lang == "en")
        kept.append(clause)
    return _CLAUSE_JOIN.join(c for c in kept if c)


#: both steps denied: "neither a meeting nor a quote yet", "weder Termin noch Angebot",
#: "varken möte eller offert", "ei voitettu eikä hävitty", "ни выиграли, ни проиграли"
_NEITHER_NOR = as_typed(r"\b(?:neither|weder|varken)\b[^.!?,;:]{0,60}?\b(?:nor|noch|eller)\s+"
                        r"(?:(?:a|an|the|ein\w*|en|ett)\s+)?[\w-]+|"
                        # (with the word the "ei" denies, before it: "tarjousta ei ole vielä
                        # tehty eikä tapaamistakaan")
                        r"(?<!\w)(?:[\w-]+\s+)?ei\s[^.!?,;:]{0,40}?\beikä\s+[\w-]+|"
                        r"(?<!\w)ни\s[^.!?;:]{0,40}?,?\s*ни\s+[\w-]+", re.I)


def _without_governed(clause: str, marker: re.Pattern, lang: str, *,
                      forward: bool = False) -> str:
    """A clause less what ``marker`` (a "not", a "tomorrow") governs: all of it, unless it
    names another step beyond the one next to the marker. Typed without commas ("связались
    с клиентом по телефону встречу пока не назначали") two clauses run into one, and the
    "not" of the second denies nothing of the first; but "Om ett besök har vi inte pratat
    än" denies both. ``forward``: the marker governs only what follows it (an English "no
    meeting yet" after "contacted the customer today")."""
    found = marker.search(clause)
    hits = _steps(clause, lang)
    if found is None or len({key for key, _ in hits}) < 2:
        return ""
    key, near = min(hits, key=lambda h: min(abs(h[1].start() - found.end()),
                                            abs(found.start() - h[1].end())))
    if near.start() >= found.end():  # the marker, then the step: what lies beyond it
        kept = [clause[near.end():], clause[:found.start()] if forward else ""]
    else:  # the step, then the marker: what lies before the step
        kept = [clause[:near.start()]]
    kept = [part for part in kept if any(k != key and _PATTERNS[lang][k].search(part)
                                         for k in STATUSES)]
    return _CLAUSE_JOIN.join(kept)


def _without_ahead(clause: str, lang: str) -> str:
    """A clause with a day ahead ("tomorrow", "bis Freitag"), less what is still to come: a
    call told well before the day named was made ("созвонился с клиентом ждёт каталог вышлю
    завтра"; but "contact the customer tomorrow" is still to come)."""
    found = _AHEAD.search(clause)
    hits = _steps(clause, lang)
    if found is not None and {k for k, _ in hits} == {"contacted"} and \
            all(h.end() <= found.start() for _, h in hits) and \
            len(clause[hits[-1][1].end():found.start()].split()) >= 3:
        return clause[:hits[-1][1].end()]
    # a quote sent on a day past, then what is still to come, dictated as one clause:
    # "offerten skickad igår tjugosju tusen … euro kunden svarar efter påsk"
    if found is not None and hits and {k for k, _ in hits} <= {"contacted", "proposal"} and \
            all(h.end() <= found.start() for _, h in hits) and \
            _DAY_PAST.search(clause, hits[-1][1].end(), found.start()):
        return clause[:found.start()]
    return _without_governed(clause, _AHEAD, lang)


#: a day past named: "yesterday", "igår", "gestern", "eilen", "вчера"
_DAY_PAST = as_typed(r"(?<!\w)(?:yesterday|i ?går|gestern|eilen|вчера|last (?:week|monday|"
                     r"tuesday|wednesday|thursday|friday)|letzte woche|förra veckan|viime "
                     r"viikolla|на прошлой неделе)(?!\w)", re.I)


def _steps(clause: str, lang: str) -> list[tuple[str, re.Match]]:
    """Every status word of ``clause``, with the status it names."""
    return [(key, hit) for key in STATUSES for hit in _PATTERNS[lang][key].finditer(clause)]


#: a "not" that denies no step: "I hadn't realised that spending yesterday morning in their
#: control room … didn't count as telling you"
_NOT_NEGATING = as_typed(
    r"(?<!\w)(?:"
    # a double negative: "nicht, dass wir keinen Termin hätten: Donnerstag 9:30", "not that
    # we don't have a meeting", "не то чтобы у нас не было встречи"
    r"nicht,? dass (?:wir|ich|es|man) (?:\w+ )?kein\w*|not that (?:we|i) (?:don'?t|do not|"
    r"didn'?t|did not) (?:have|get)(?: an?| any)?|inte för att (?:vi|jag) inte (?:har|hade|fått)|"
    r"ei (?:sillä|niin),? ettei(?:kö)? (?:meillä|mulla|minulla)? ?(?:olisi|ole)|"
    r"не то чтобы (?:у нас |у меня )?не (?:было|был|была)|"
    r"(?:i )?hadn'?t reali[sz]ed(?: that)?|(?:didn'?t|did not|doesn'?t|does not) count "
    r"as (?:telling|reporting|a report)\w*(?: (?:you|back))?|(?:zählt|zählte) (?:wohl )?nicht als "
    r"(?:meldung|rückmeldung)|räknades inte som (?:rapport|återkoppling)|не счита\w+ отч[её]том|"
    # the late answer apologised for: "Förlåt att jag inte svarat", "Извините что не ответила
    # раньше" (with its point, a sentence of its own; typed without, it ran into the news)
    r"(?:sorry|apologies|förlåt|ursäkta|entschuldig\w*|anteeksi|pahoittel\w*|извините|"
    r"простите)[^.!?\n]{0,30}?(?:"
    r"(?:haven'?t|have not|hadn'?t|didn'?t|did not) (?:\w+ )?(?:answered|replied|got back|"
    r"written)|(?:inte|int) (?:har )?(?:\w+ )?(?:svarat|hört av mig|återkommit)|"
    r"nicht (?:\w+ )?(?:geantwortet|gemeldet|zurückgemeldet)|"
    r"(?:en|emme) (?:ole )?(?:\w+ )?(?:vastannut|vastanneet|ehtinyt vastata)|"
    r"не (?:\w+ )?(?:ответил\w*|отписал\w*|написал\w*)))",
    re.I)
#: the states an accept's next step may name ("yes, we'll call them today")
EARLY = ("contacted", "meeting", "proposal")
#: generic agreement: it does not outweigh an explicit refusal in the same reply
WEAK_YES = {"en": ("yes", "yep", "sure", "interested", "absolutely", "definitely"),
            "de": ("ja", "jawohl", "gerne", "sehr gerne", "machen wir", "klar"),
            # "kiinnostaa": often the customer's interest ("heitä kiinnostaa"), not a yes
            # "mielellään": often the next time's ("tarjotkaa samanlaisia silloin mielellään")
            "fi": ("kyllä", "joo", "sopii", "mielellämme", "mielellään", "selvä", "käy",
                   "kiinnostaa"),
            "sv": ("ja", "gärna", "absolut", "självklart", "toppen", "låter bra", "kör",
                   "intresserade", "vi är intresserade"),
            "ru": ("да", "давайте")}
#: the same as typed ("garna", "kylla")
_WEAK_YES_KEYS = {lang: {spelling_key(w) for w in words} for lang, words in WEAK_YES.items()}
#: before anything is marked as the lead's state: "ennen kuin merkitsen tähän mitään:"
_BEFORE_MARKING = (r"ennen kuin merkitsen|before i (?:mark|tick|put down|enter) anything|bevor "
                   r"ich (?:hier )?(?:etwas|was) (?:eintrage|ankreuze|melde)|innan jag "
                   r"(?:markerar|kryssar i|skriver in)|прежде чем (?:что-то )?(?:отмечать|"
                   r"отметить)")
#: the partner says they cannot tell: whatever else the text names is not a report
_UNSURE = as_typed(
    r"(?<!\w)(?:hard to say|difficult to say|schwer zu sagen|vaikea sanoa|hankala sanoa|"
    # "Тогда я не знаю, на какой стадии этот лид.", "Я пока не решила."
    r"не знаю,? на какой стадии|(?:я )?пока не решил\w*|i haven'?t decided yet|ich habe mich "
    r"noch nicht entschieden|en ole vielä päättänyt|jag har inte bestämt mig|"
    # "Честно говоря, я сама не понимаю, что с этим лидом … пока не разберусь"
    r"не понимаю,? что (?:с (?:этим|ним)|происходит)|пока не разбер[уё]\w*|i (?:honestly )?"
    r"don'?t know what'?s (?:going on|happening) with|weiß (?:selbst )?nicht,? was (?:da )?los "
    r"ist|vet inte vad som händer|en tiedä,? mitä (?:tälle|tässä) tapahtuu|"
    # what the customer meant not understood: "я так и не понял, хотят они встречу или
    # отказываются", "I couldn't make out whether they want a meeting or not"
    r"(?:так и )?не понял\w*,? (?:хотят|хочет|будут|нужн\w*|что)|couldn'?t (?:make out|tell|"
    r"understand) (?:whether|if) (?:they|he|she)|"
    # only known later, nothing more to say now: "Ob das mit Augsburg kollidiert, weiß ich
    # erst, wenn …", "Mehr kann ich Ihnen im Moment trotzdem nicht sagen"
    # (not the amount only: "Slutsumman vet vi först när de bestämt …" after a win)
    r"(?<!summe )(?:weiß|wissen) (?:ich|wir) erst,? wenn|(?<!amount )(?<!sum )(?<!figure )"
    r"(?:i|we)(?:'ll| will) only know (?:when|once)|(?<!summan )vet (?:jag|vi) först när|"
    r"(?<!summan )tiedän vasta,? kun|(?<!сумму )узна(?:ю|ем) только,? когда|"
    r"mehr kann ich (?:ihnen |dir |euch )?(?:\w+ ){0,3}?nicht sagen|(?:i )?can'?t (?:tell|say) "
    r"(?:you )?(?:anything )?more (?:right now|for now|at the moment)|mer kan jag (?:\w+ ){0,2}?"
    r"(?:inte|int) säga|enempää en (?:\w+ )?(?:osaa|voi) sanoa|больше (?:\w+ )?сказать не могу|"
    # "честно говоря, сам пока не понимаю. Наш техник считает, что проект потерян, а …"
    r"(?:сам |сама )?(?:пока |ещё )?не понимаю(?=\s*[.!])|(?:i )?(?:don'?t|do not) understand "
    r"it myself|verstehe ich (?:selbst |selber )?(?:auch )?nicht(?=\s*[.!])|"
    # two sources that disagree: "Das Sägewerk steht in unserer Liste auf „Angebot verschickt“,
    # Herr Wimmer sagt mir aber, … Einer von beiden irrt sich"
    r"(?:einer|eine|eins) von (?:beiden|den beiden) irrt sich|one of (?:them|the two) (?:is|must "
    r"be) (?:wrong|mistaken)|(?:någon|en) av (?:dem|de två) (?:har fel|måste ha fel)|jompikumpi "
    r"on (?:väärässä|erehtynyt)|кто-то из (?:них|двоих) ошибается|"
    # two leads mixed up: "Ehrlich gesagt bringe ich die beiden gerade durcheinander"
    r"bringe ich (?:die beiden|das|sie|beide) (?:\w+ )?durcheinander|(?:i'?m |i am )?(?:mixing|"
    r"mixed) (?:the two|them|both) up|(?:jag )?blandar ihop (?:dem|de två|båda)|sekoitan (?:ne|"
    r"nämä|molemmat)|(?:я )?(?:их|эти два) (?:\w+ )?путаю|"
    # which stage it is at, not known: "tätä hoitaa nyt meidän Sergei, en tiedä tarkkaan missä
    # vaiheessa se on"
    r"en (?:\w+ )?tiedä (?:tarkkaan |tarkalleen |vielä )?(?:missä vaiheessa|mikä (?:sen )?tilanne)|"
    r"(?:don'?t|do not) know (?:exactly |yet )?(?:where (?:it|this|things) (?:is|are|stands?)|"
    r"(?:at )?what stage)|weiß (?:ich )?(?:nicht genau|nicht),? (?:wie weit|in welcher phase)|"
    r"vet (?:inte|int) (?:riktigt |exakt )?(?:i vilket skede|hur långt)|не знаю(?: точно)?,? на "
    r"каком этапе|"
    # "Ob daraus was wird, weiß im Moment keiner", "nobody knows yet whether"
    r"(?:ob|whether|if|om|onko|будет ли)\b[^.!?]{0,50}?\b(?:weiß (?:im moment |gerade |noch |"
    r"derzeit )?(?:keiner|niemand)|nobody knows|no one knows|vet ingen|kukaan ei tiedä|никто не "
    r"знает)|"
    # neither answer given: "I would not say no to this one, but I can not say yes either"
    r"(?:can ?not|can'?t) say yes (?:either|yet|just yet)|(?:kann|können) (?:\w+ )?(?:aber )?"
    r"(?:auch )?(?:noch )?nicht ja sagen|(?:kan|kunde) (?:inte|int) (?:heller |ännu )?säga ja|"
    r"(?:en|emme) (?:myöskään |vielä )?voi sanoa kyllä|не (?:могу|можем) (?:пока |и )?сказать "
    r"да|"
    # which of several it is, not known: "en ole varma, mikä niistä on Tuusulan Kylmä: joko
    # se, jolle lähti tarjous, tai …", "not sure which of the three is Lahti"
    r"en ole (?:ihan |aivan |täysin |yhtään )?varma,? (?:mikä|kumpi|mitkä|kenelle) niistä|"
    r"(?:not|n't) (?:quite |entirely |really )?sure which (?:one )?of (?:them|the|our|those)|"
    r"(?:inte|int) (?:helt |riktigt )?säker på vilken av (?:dem|de)|nicht (?:ganz )?sicher,? "
    r"welche[rs]? (?:davon|von (?:den|ihnen))|не уверен\w*,? (?:какой|какая|какое|который|"
    r"которая|которое) из (?:них|этих)|"
    r"no idea where (?:this|it|we|things) (?:stands?|is|are)|"
    # the customer says two things: "Karkkilan valimolta tulee ristiriitaisia viestejä … En
    # tiedä vielä, kumpi pitää", "I don't know what to put down for Mäntsälä … Could go
    # either way"
    r"ristiriitaisia (?:viestejä|tietoja|signaaleja)|conflicting (?:messages|signals|news)|"
    r"en (?:siis |vielä |oikein |oikeastaan |kyllä |nyt )?osaa sanoa,? onko|"
    r"tilanne on (?:vähän |hieman |vielä |nyt )?(?:epäselvä|auki)(?! (?:asiakkaalle|meille))|"
    r"widersprüchliche (?:signale|aussagen|nachrichten)|motstridiga (?:besked|signaler)|"
    r"противоречив\w+ (?:сигнал|информаци|сообщени)\w*|en tiedä (?:vielä,? )?kumpi pitää|"
    r"(?:don'?t|do not) know what to (?:put down|report|write) for|could go either way|"
    r"kann in beide richtungen gehen|kan gå åt båda hållen|"
    # "not sure what to tick for Ylöjärvi", "jag vet faktiskt inte vad jag ska kryssa i för"
    r"not sure what to (?:tick|put down|pick|choose)|vet (?:\w+ ){0,2}inte vad jag ska (?:kryssa "
    r"i|sätta|skriva|välja)|weiß (?:\w+ )?nicht,? was ich (?:ankreuzen|eintragen|angeben) soll|"
    r"en tiedä,? mitä (?:rastittaisin|merkitsisin|laittaisin)|не знаю,? что (?:отметить|"
    r"поставить)|keinen (?:sauberen|klaren|eindeutigen|vernünftigen) (?:stand|status) (?:geben|"
    r"nennen|sagen)|"
    r"was davon gilt|was gilt, weiß|nichts eindeutiges (?:melden|sagen)|"
    # "kann ich Ihnen heute leider noch nichts Belastbares sagen", "das möchte ich nicht als
    # Stand melden, bevor ich es sicher weiß", "Mä en siis osaa sanoo vielä suuntaan enkä
    # toiseen", "I can't say either way yet"
    r"nichts (?:belastbares|konkretes|verbindliches|genaues|sicheres) (?:sagen|melden)|"
    r"(?:möchte|will|kann) ich (?:so )?(?:noch )?nicht als (?:stand|status) (?:melden|angeben|"
    r"eintragen)|(?:don'?t|do not) want to report (?:that|it|this) as (?:the |a )?status|"
    r"osaa (?:\w+ )?sano[ao]? (?:\w+ )?suuntaan (?:enkä|eikä|tai) toiseen|"
    # "en osaa vielä sanoa tästä mitään", "en tiedä vielä mitä sanoa", "I don't know what to
    # say yet", "weiß noch nicht, was ich sagen soll"
    r"en (?:osaa|voi) (?:vielä )?sanoa (?:tästä |asiasta |siitä )?(?:vielä )?mitään|"
    r"en (?:\w+ )?tiedä (?:vielä )?mitä sanoa|(?:don'?t|do not) (?:yet )?know (?:yet )?what to "
    r"say|weiß (?:ich )?(?:noch )?nicht,? was ich (?:dazu )?sagen soll|vet (?:inte|int) (?:ännu )?"
    r"vad jag ska säga|(?:пока )?не знаю,? что (?:и )?сказать|"
    r"(?:can'?t|cannot) say anything (?:about (?:it|this) )?yet|"
    r"(?:can'?t|cannot|can not) (?:yet )?say (?:\w+ )?either way|kan (?:inte|int) säga (?:\w+ )?åt "
    r"(?:vilket|något) håll|"
    # "Luleå Bröd går inte att sätta en status på just nu"
    r"går inte att sätta (?:en )?status på|can'?t put a status on|"
    # "kysymys ennen kuin raportoin mitään:"
    r"ennen kuin raportoin|before i report|innan jag rapporterar|"
    # "ennen kuin merkitsen tähän mitään: … Onko tämä sama kohde …?"
    + _BEFORE_MARKING + "|"
    # "Ob das gewonnen oder verloren ist, da traue ich mich wirklich nicht festzulegen"
    r"(?:traue ich mich|kann ich mich|will ich mich) (?:\w+ ){0,3}nicht festlegen|"
    r"(?:traue ich mich|kann ich mich|will ich mich) (?:\w+ ){0,3}nicht festzulegen|"
    r"ein einziges hin und her|"
    # "Om vi har vunnit eller är tillbaka på ruta ett vet jag ärligt talat inte"
    # "Jag vet ärligt talat inte vilket det blir"
    r"vet (?:\w+ ){0,3}inte vilket det blir|(?:don'?t|do not) know which (?:it'?ll|it will) be|"
    # "jag vet inte säkert om han menade dem eller någon annan kund"
    r"vet (?:inte|int) säkert om|(?:don'?t|do not) know for sure (?:if|whether)|weiß (?:nicht|es "
    r"nicht) sicher,? ob|en tiedä varmasti,? (?:onko|oliko|tarkoittiko)|не знаю точно,? (?:ли|"
    r"имел)|"
    # "Jag vet ärligt talat inte om det blir något av det här", "vill inte ange någon ny status"
    r"vet (?:\w+ ){0,3}inte om det blir (?:något|nåt)|(?:don'?t|do not) know (?:\w+ )?if anything "
    r"will come of (?:it|this)|vill (?:inte|int) ange (?:någon )?(?:ny )?status|(?:don'?t|do not) "
    r"want to (?:give|set|pick) (?:a |any )?(?:new )?status|"
    r"wei(?:ß|ss) (?:\w+ ){0,3}nicht,? was es wird|en tiedä,? kumpi siitä tulee|"
    # "ehrlich gesagt weiß ich beim Brandl gerade selbst nicht, woran ich bin"
    r"wei(?:ß|ss) ich (?:\w+ ){0,4}nicht,? woran ich bin|"
    # "Ehrlich gesagt weiß ich nicht, was ich Ihnen melden soll"
    r"wei(?:ß|ss) (?:ich )?nicht,? was ich (?:ihnen |euch |dir )?(?:melden|berichten|eintragen|"
    r"ankreuzen) soll|(?:don'?t|do not) know what to (?:report|tell you|put down)|vet inte vad "
    r"jag ska (?:rapportera|svara)|en tiedä,? mitä (?:raportoisin|ilmoittaisin)|не знаю,? что "
    r"(?:вам )?(?:сообщить|доложить|написать)|"
    # "честно, не знаю, что сказать про автосалон в Малми. … Может, купят, может, нет."
    r"не знаю,? что сказать|может,? (?:\w+,? )?может,? нет|"
    # "Так что сам пока не понимаю, есть заказ или нет", "Kouvolan teatterin kanssa tilanne on
    # sekava"
    r"не понимаю,? (?:есть|будет) \w+ или нет|tilanne on (?:vähän |hieman |aika )?sekava|"
    # "Eli onko meillä tapaaminen vai ei, en oikeesti tiedä"
    r"(?:vai ei|or not|oder nicht|eller inte|или нет),? (?:\w+ ){0,2}?(?:en (?:\w+ )?tiedä|"
    r"kann ich (?:ihnen |euch |dir )?(?:\w+ )?nicht sagen|(?:i )?can'?t (?:really )?(?:tell|say)|"
    r"kan jag inte säga|en osaa sanoa|не могу сказать|"
    r"(?:i )?(?:really |honestly )?don'?t know|weiß ich (?:\w+ ){0,2}nicht|vet jag (?:\w+ ){0,2}"
    r"inte|(?:я )?(?:честно )?не знаю)|"
    r"(?:won|vunnit|gewonnen|voitettu|выиграли) (?:or|eller|oder|vai|или) [^.!?]{0,60}?"
    r"(?:don'?t know|vet jag (?:\w+ ){0,3}inte|weiß ich (?:\w+ ){0,3}nicht|en tiedä|не знаю)|"
    # "Так что не знаю, какой статус ставить", "svår att bedöma just nu"
    r"не знаю,? какой статус|don'?t know (?:which|what) status|weiß nicht,? welchen status|"
    r"don'?t know (?:which|who) (?:of them )?to believe|не знаю,? кому верить|"
    r"vet inte vem (?:jag ska|man ska) tro på|weiß nicht,? wem ich glauben soll|"
    r"vet inte vilken status|en tiedä,? mikä tila|svår(?:t)? att bedöma|vaikea arvioida|"
    r"трудно оценить|"
    # "Ehrlich gesagt kann ich noch gar nichts sagen", "en osaa sanoa suuntaan enkä toiseen",
    # "Jag kan inte säga åt vilket håll det går", "Пока сказать нечего", "а может, и нет"
    r"kann (?:ich )?(?:\w+ )?noch (?:gar )?nichts sagen|en osaa sanoa (?:\w+ )?suuntaan (?:enkä|"
    r"tai) toiseen|(?:kan inte|kan ej) säga (?:åt )?vilket håll det (?:går|lutar|blir)|"
    r"(?:can'?t|cannot) (?:yet )?say which way (?:it|this|things)(?:'ll| will)? go(?:es)?|"
    r"kann (?:noch )?nicht sagen,? in welche richtung|пока сказать нечего|а может,? и нет|"
    r"(?:честно|если честно),? не знаю|(?:пока )?не (?:можем|могу) дать (?:\w+ )?ответ\w*|"
    # waiting on someone's answer, nothing to report until it comes: "… ob er den Kunden
    # übernimmt. Bis dahin kann ich noch nichts Konkretes melden"
    r"(?:bis dahin|until then|till dess|siihen asti|до тех пор|до этого),? (?:\w+ ){0,4}?"
    # (but "quote sent. … Until then there is nothing more to report": what was told stands)
    r"(?:nichts|nothing|inget|ingenting|mitään|ничего)(?! (?:more|else|further|weiter|mehr|"
    r"anderes|mer|annat|muuta|enempää|больше|другого)) (?:\w+ ){0,2}?(?:melden|berichten|sagen|"
    r"to report|to tell|att rapportera|att berätta|kerrottavaa|raportoitavaa|сообщить|"
    r"сказать)|"
    # "Ich schlafe mal eine Nacht drüber", "let me sleep on it"
    r"(?:schlafe|schlafen) (?:\w+ ){0,2}(?:eine )?nacht drüber|sleep on it|sova på saken|"
    r"nukun (?:\w+ )?yön yli|"
    # "So it's either won or back to the quote stage", "weiß ich … nicht, wo wir stehen"
    r"either (?:won|lost|signed|a win|a loss) or|can'?t (?:tell|say) (?:you )?where we "
    r"(?:are|stand)|"
    r"weiß (?:ich )?(?:\w+ ){0,5}nicht(?: genau| so genau| recht)?,? wo wir (?:da |hier |gerade |"
    r"jetzt )?stehen|"
    r"ob das gewonnen ist oder|"
    r"svårt att säga|(?:трудно|сложно) сказать|пока непонятно|not sure what to (?:put|say|"
    r"report|tell you)|your guess is as good|то ли|ничего сказать не могу|пока не могу сказать|"
    r"weiß (?:\w+ ){0,3}?(?:nicht|selbst nicht),? was ich (?:ihnen |dir |euch )?(?:hier |da |"
    r"jetzt )?(?:eintragen|"
    r"melden|schreiben|sagen) soll|"
    r"vet (?:\w+ ){0,4}inte (?:\w+ )?(?:hur|vad) jag ska (?:rapportera|skriva|svara|säga)|"
    # an offer weighed up, no answer yet: "I can't give you a yes or a no just yet", "Ich
    # bin ehrlich gesagt hin- und hergerissen", "Jag måste kolla med Johan först"
    r"(?:can'?t|cannot) give you (?:a )?(?:yes or (?:a )?no|a clear answer|a definite answer)|"
    # "so I can't give you an answer before that", "kann Ihnen noch keine Antwort geben"
    r"(?:can'?t|cannot) give you (?:an?|any|my) (?:answer|decision|reply)(?= (?:yet|before|until|"
    r"today|right now|just yet))|kann (?:ich )?(?:ihnen |euch |dir )?(?:noch )?keine "
    r"(?:antwort|zusage|entscheidung) geben|en voi (?:vielä )?(?:vastata|luvata mitään)|kan inte "
    r"ge (?:er|dig) (?:något )?(?:svar|besked) (?:än|ännu)|пока не могу (?:ответить|дать ответ)|"
    r"hin- und hergerissen|zwiegespalten|"
    r"måste (?:\w+ )?(?:kolla|stämma av|prata) med \w+ först|"
    # "Tuusulan Vesihuolto is a bit of a mystery right now"
    r"(?:is|it's) (?:a bit of |something of |a real |a complete )?a mystery|"
    r"en tiedä,? mitä (?:tähän )?(?:pitäisi |pitää )?(?:vastata|laittaa|kirjoittaa)|"
    r"не (?:знаю|понимаю),? что (?:ответить|написать|указать)|"
    # "where it stands", not known
    r"en (?:siis |oikein |vielä )?(?:osaa sanoa|tiedä),? (?:missä|mikä tilanne)|"
    r"(?:don'?t|do not) (?:\w+ ){0,2}?know,? (?:yet |still |really |exactly )?where (?:(?:we|"
    r"it|this|things) stands?|(?:we|things) are (?:with|on|at)\b)|"
    # "X, or maybe Y … not sure": "tarjous lähti kai, tai sitten se on luonnoksena. En ole varma"
    r"(?:tai sitten|or (?:maybe|perhaps|else)|oder (?:vielleicht|aber)|eller så|"
    r"или (?:же|всё-таки))\b[^!?]{0,120}?\b(?:en ole varma|not sure|nicht sicher|inte säker|"
    r"не уверен\w*)|"
    # "jag vet faktiskt inte riktigt var vi står"
    r"weiß (?:\w+ ){0,3}?(?:nicht|es nicht),? (?:\w+ ){0,2}?,? ?wo wir stehen|"
    r"сам не (?:понимаю|пойму)|weiß (?:\w+ ){0,6}?nicht,? woran wir sind|"
    r"(?:не могу|не можем) сказать ничего определ[её]нного|"
    r"(?:honestly |really )?can'?t tell you(?=\s*[.!,;:–—-])|"
    # a colleague says otherwise: "Das Angebot ist raus, soweit ich weiß. Mein Kollege meint
    # allerdings, er hätte es noch gar nicht verschickt"
    r"(?:mein|meine) kolleg\w* (?:meint|sagt) (?:allerdings|aber|jedoch)|"
    r"vet (?:\w+ ){0,3}?inte (?:\w+ ){0,2}?var vi står|en (?:\w+ )?tiedä,? missä mennään|"
    r"(?:can'?t|cannot) tell (?:you )?where (?:this|it|we|things|\w+)(?: one)? stands?|"
    r"(?:не знаю|не понимаю|не могу (?:\w+ ){0,2}?сказать(?: точно)?),? (?:на каком (?:мы )?этапе|"
    r"на ч[её]м мы остановились)|"
    # "vet jag faktiskt inte hur det står till med", "en oikein tiedä, mitä tähän vastaisin"
    r"vet (?:\w+ ){0,3}?inte hur det står till|"
    r"en (?:\w+ )?tiedä,? mitä (?:tähän )?(?:pitäisi |pitää )?(?:vastaisin|kirjoittaisin)|"
    r"(?:can'?t|cannot) give (?:you )?(?:an?|any) (?:clean|clear|definite|straight|proper) "
    r"(?:answer|status|update)|"
    # not known until someone is asked: "Ich melde mich, sobald ich weiß, was Sache ist"
    r"sobald ich weiß,? (?:was sache ist|wie es steht|woran wir sind)|"
    # two stories, neither sure: "nichts Verlässliches sagen", "En tiedä kumpaa uskoa"
    r"nichts (?:verlässliches|genaues|sicheres) sagen|en tiedä,? kumpaa uskoa|"
    r"(?:don'?t|do not) know which (?:one |story )?to believe|vet inte vad jag ska tro|"
    r"не знаю,? (?:кому|чему) верить|"
    # (not "återkommer när jag vet mer": a closing line, the report above it stands)
    r"(?:once|when|as soon as) i know (?:what'?s (?:what|true)|which (?:one )?is true)|"
    # "Gewonnen ist es also vielleicht, vielleicht aber auch nicht"
    r"vielleicht(?:,| aber)? (?:\w+ ){0,3}?(?:vielleicht )?(?:aber )?auch nicht|"
    # a deal "almost" won is not won yet: "fast gewonnen", "почти закрыта" (not the words
    # quoted from before: 'it has been "almost signed" twice already. Now it is: signed')
    r"(?<![\"“”„«'‘‚])(?:almost|nearly|fast|beinahe|so gut wie|melkein|lähes|nästan|почти) "
    r"(?:won|closed|signed|"
    r"gewonnen|unterschrieben|abgeschlossen|voitettu|tehty|vunnen|klar|выиграли|закрыт\w*|"
    r"подписан\w*)|"
    # the win taken back at once: "gewonnen – na ja, fast", "won – well, almost"
    r"(?:won|gewonnen|voitettu|voitettiin|vunnen|vann vi|выиграли)\s*[–—-]+\s*(?:na ja|naja|"
    r"tja|well|okay|ok|no|noh|nåja|nja|ну),?\s+(?:fast|beinahe|almost|nearly|melkein|lähes|"
    r"nästan|почти)|"
    # who wins, not known: "Wer sich durchsetzt, weiß ich nicht, ich würde in keine Richtung
    # wetten"
    r"(?:würde|würd) (?:\w+ )?(?:in keine richtung|auf keine seite|nicht) wetten|wouldn'?t bet "
    r"(?:either way|on either)|en lyö vetoa (?:kumpaankaan|suuntaan tai toiseen)|skulle inte "
    r"(?:slå vad|satsa) (?:åt något håll|på någon)|не стал бы (?:ставить|спорить)|"
    # "Maybe we take it, maybe not"
    r"maybe\b[^.!?]{0,40}?,? maybe not|ehkä\b[^.!?]{0,40}?,? ehkä ei|"
    r"kanske\b[^.!?]{0,40}?,? kanske inte|может быть\b[^.!?]{0,40}?,? а может и нет|"
    # "I'm not sure is this won or still proposal": which of two, not known
    r"not sure,? (?:if|whether|is|are|was) [^.!?]{0,60}?\bor\b|nicht sicher,? ob [^.!?]{0,60}?"
    r"\boder\b|en ole (?:ihan )?varma,? [^.!?]{0,60}?\bvai\b|inte säker på om [^.!?]{0,60}?"
    r"\beller\b|не уверен\w*,? [^.!?]{0,60}?\bили\b|"
    # "… nothing is signed yet …, so I don't know really"
    r"so (?:i )?(?:don'?t|do not) (?:really )?know(?: really)?(?=\s*[.!]|\s*$)|"
    r"i (?:don'?t|do not) know really|"
    # "не знаю, выиграли мы или нет", "En osaa sanoa tarkemmin"
    r"не знаю,? [^.!?]{0,30}? или нет|en osaa sanoa tarkemmin|"
    # contradictory accounts, said so: "противоречивая информация", "werde nicht schlau daraus"
    r"противоречив\w* информаци\w*|contradictory (?:information|accounts)|widersprüchlich\w* "
    r"(?:information|angaben|aussagen)\w*|ristiriitai\w* (?:tieto|tiedo)\w*|motstridiga "
    r"(?:uppgifter|besked)|werde (?:\w+ )?nicht schlau daraus|не хочу вводить вас в заблуждение|"
    r"(?:jag )?vill inte rapportera|(?:i )?don'?t want to report (?:anything|something) wrong|"
    r"(?:don'?t|do not) know what to (?:answer|say|report|write)|(?:can'?t|cannot) say (?:yet )?"
    r"whether|"
    # neither yes nor no yet; only read so far ("Ok, luettu … palaan asiaan")
    r"weder ja noch nein|varken ja eller nej|ei kyllä eikä ei|en osaa sanoa,? olemmeko|jein|"
    # "itse en ole vakuuttunut", "Ehrlich gesagt bin ich mir noch unsicher"
    r"(?:i'?m|i am|we'?re|we are) (?:still |not yet )?(?:unsure|undecided|not convinced)|"
    r"(?:bin|sind) (?:\w+ ){0,2}?(?:mir|uns) (?:noch )?(?:unsicher|nicht sicher|unschlüssig)|"
    r"(?:itse )?en ole (?:vielä )?vakuuttunut|olen (?:vielä )?epävarma|(?:jag är|vi är) "
    r"(?:fortfarande |ännu )?(?:osäker|osäkra|tveksam\w*|inte övertygad\w*)|"
    r"(?:пока )?не убежд[её]н\w*|(?:пока )?сомневаюсь|nicht überzeugt|not convinced|"
    # "Two views on this one … before I pick a status", "Не могу сказать точно, в каком
    # статусе этот лид", "en itse asiassa tiedä nyt mitään ajantasaista", "Пока не знаю."
    r"(?:two|different|conflicting) views|before i (?:pick|choose|set) a status|не могу "
    r"(?:сказать точно|точно сказать)|в каком статусе|en (?:\w+ ){0,3}?tiedä (?:nyt |vielä )?"
    r"mitään|пока не знаю|"
    # "пока ничего определённого сказать не могу", "kaksi eri vastausta", "Aus Ihrer Mail
    # geht nicht hervor, welches der beiden dieser Lead ist"
    # (not the answers asked for: "brauchen wir diese zwei Antworten vom Kunden")
    r"ничего определ[её]нного (?:\w+ ){0,2}?не могу|(?<!these )(?<!diese )(?<!nämä )"
    r"(?<!dessa )(?<!эти )(?:two|zwei|kaksi|två|два) (?:different |verschiedene |eri |olika "
    r"|разных )?(?:answers|antworten|vastausta|svar|ответа)|"
    r"(?:geht nicht hervor|ist (?:mir )?(?:nicht klar|unklar)),? welche[sr]? (?:\w+ ){0,3}?"
    r"(?:dieser lead|gemeint)|not clear which (?:\w+ )?(?:this lead|you mean)|"
    # "Was das für Amperland bedeutet, kann ich noch nicht sagen", "I don't want to give you
    # the wrong status", "До Kouvolan Lämpö руки пока не дошли", "not sure which customer"
    r"niemand kann mir sagen|(?:don'?t|do not) want to "
    r"give you the wrong status|руки (?:\w+ )?не дошли|not sure which (?:customer|lead|project|"
    r"one)|kann (?:ich )?(?:ihnen |dir )?(?:\w+ ){0,4}?keinen (?:stand|status) (?:geben|nennen|"
    r"sagen)|"
    # "kann ich weder zu- noch absagen", "So no yes and no no from me today"
    r"weder zu-? noch ab(?:sagen)?|weder zusagen noch absagen|no yes and no no|neither (?:a )?"
    r"yes nor (?:a )?no|ни да,? ни нет|"
    # how it ends is not known: "Så jag vet faktiskt inte hur det blir"
    r"vet (?:\w+ ){0,2}?inte hur det (?:blir|går|slutar)|(?:don'?t|do not) (?:\w+ )?know how "
    r"(?:it|this|that)(?:'ll| will) (?:turn out|end|go)|weiß (?:\w+ ){0,2}?nicht,? wie (?:es|das) "
    r"(?:ausgeht|ausgehen wird|wird)|en (?:\w+ )?tiedä,? miten (?:tässä|tämä|se) (?:käy|menee|"
    r"päättyy)|не знаю,? (?:чем|как) (?:это |всё |все )?(?:закончится|кончится|обернётся)|"
    r"vaikea vastata|en itsekään tiedä|"
    # no answer yet: "vi har inte kommit överens än, så jag kan inte ge något svar just nu"
    r"(?:can'?t|cannot) give (?:you )?(?:an|a clear) answer (?:yet|just yet|right now)|"
    r"(?:can'?t|cannot) give (?:you )?a (?:clean|clear|definite) status|"
    r"muss ich (?:vorerst|erst ?mal|im moment|leider) passen|"
    r"kann (?:ich |wir )?(?:ihnen |dir )?(?:gerade |noch |derzeit )?keinen "
    r"(?:sauberen |klaren |genauen )?"
    r"(?:stand|status) (?:geben|nennen|sagen)|(?:jag )?vet inte säkert|blandar ihop|"
    r"kann (?:ihnen |dir )?(?:noch )?keine (?:antwort|zusage) geben|en (?:voi|osaa) vielä "
    r"vastata|kan inte ge (?:något|ett) (?:svar|besked) (?:än|ännu|just nu)|"
    r"не могу пока (?:дать )?(?:ответ\w*|ответить)|"
    # no idea: "jag vet int riktigt själv", "keine Ahnung"
    r"(?:jag )?vet int(?:e)? (?:riktigt )?själv|(?:jag )?har ingen aning|i have no idea|"
    r"keine ahnung|ei (?:mitään )?hajua|понятия не имею|"
    # not known, being found out: "en tiiä, selvittelen", "weiß nicht, kläre das"
    r"(?:don'?t|do not) know(?: yet)?,? (?:i'?m|i am|we'?re|we are|i'?ll|we'?ll) (?:finding "
    r"out|find out|looking into it|checking)|weiß (?:es )?(?:noch )?nicht,? (?:ich )?(?:kläre|"
    r"finde es heraus)|en (?:tiedä|tiiä),? (?:selvittelen|selvitän|selvitetään)|vet inte,? "
    r"(?:jag )?(?:kollar|undersöker|tar reda på)|не знаю,? (?:выясняю|уточняю|разбираюсь)|"
    r"(?:don'?t|do not) know which (?:button|status) to|"
    r"en ole (?:ihan |aivan )?varma,? mitä (?:tähän )?(?:pitäisi )?vastata|"
    r"ok(?:ay)?,? (?:luettu|seen it|gelesen|läst|прочитал\w*)|"
    r"(?:can'?t|cannot) (?:yet )?say yes or no|en osaa (?:vielä )?sanoa kyllä (?:enkä|vai) ei|"
    r"kann (?:noch )?nicht ja oder nein sagen|kan inte (?:ännu |än )?säga ja eller nej|"
    r"не могу (?:пока )?сказать ни да,? ни нет|"
    # whether there is time for it at all
    r"(?:don'?t|do not) (?:\w+ )?know (?:if|whether) we(?:'ll| will| can)? (?:have (?:the )?time|"
    r"manage|make it)|weiß (?:\w+ )?nicht,? ob wir (?:das )?(?:schaffen|hinkriegen)|"
    r"en tiedä,? (?:ehdimmekö|ehditäänkö)|vet (?:\w+ \w+ )?inte om vi hinner|"
    r"не знаю,? успеем ли)(?!\w)", re.I)
#: a report that stands whatever was unsure: "anyway", "joka tapauksessa"
_ANYWAY = as_typed(r"(?<!\w)(?:anyway|in any case|jedenfalls|auf jeden fall|joka tapauksessa|"
                   r"i alla fall|в любом случае)(?!\w)", re.I)
#: what someone else said, told in the sentence: "Der Bürgermeister hat mir gesagt, die Zähler
#: kommen auf jeden Fall" (their "auf jeden Fall", not the writer's)
_SAID_CLAUSE = as_typed(r"(?<!\w)(?:gesagt|sagte|meinte|said|told (?:me|us)|sa|sade|sanoi|"
                        r"kertoi|сказал\w*),?\s+[^.!?]*", re.I)
#: a whole reply that is only a token of agreement
#: a whole reply that is only a no ("nope", "nein" and the like are in the word lists)
_BARE_NO = as_typed(r"\W*(?:nah|ei|ne|не|nix|niet|no way|👎|❌|-1)\W*", re.I)
#: thanks for news: "thanks for letting me know", "kiitos tiedosta", "tack för beskedet"
_ACKNOWLEDGED = as_typed(
    r"(?<!\w)(?:thanks?(?: you)?(?: very much)? for (?:letting (?:me|us) know|the "
    r"(?:info(?:rmation)?|update|heads[- ]up|note|message|notice|confirmation))|"
    r"danke(?: schön| sehr)? für (?:die|deine|ihre|eure) (?:info(?:rmation)?|nachricht|"
    r"mitteilung|rückmeldung|bestätigung)|"
    r"kiitos (?:paljon )?(?:tiedosta|tiedoista|infosta|ilmoituksesta|viestistä|vahvistuksesta)|"
    r"tack(?: så mycket)? för (?:beskedet|informationen|infon|meddelandet|bekräftelsen)|"
    r"спасибо за (?:информацию|сообщение|уведомление|подтверждение))(?!\w)", re.I)
#: what may stand beside those thanks and still answer nothing: "OK", "Selvä", "Понятно"
_ACK_WORDS = as_typed(r"\W*(?:(?:ok(?:ay)?|okej|okei|selvä|alles klar|gut|in ordnung|bra|fint|"
                      r"hyvä|понятно|хорошо|ясно|ладно|noted|fine|understood|verstanden|"
                      r"ymmärretty|uppfattat)\W*)?", re.I)
#: a whole reply that is only the news of a win: "Zuschlag!", "Deal!", "Kauppa!", "Сделка!"
_BARE_WON = as_typed(r"\W*(?:(?:it'?s a |we have a |got the )?deal|zuschlag|auftrag|kauppa|"
                     r"kaupat|diili|affär(?:en)?|сделка|контракт|есть заказ|"
                     r"(?:zuschlag|auftrag) (?:erhalten|bekommen)|(?:kauppa|diili) tuli|"
                     r"affären (?:är )?klar)\W*", re.I)
_BARE_YES = as_typed(r"\W*(?:ok(?:ay)?|okei|oki|okey(?: dokey)?|k{1,2}|yes+|ya|yup|jep|jup|"
                     r"jawoll|ага|угу|конечно|👍|👌|\+1|✔️?|✅|☑️?)\W*", re.I)
#: the lead taken for a part of the work only, the rest refused: "Otamme tämä. Mutta vain
#: anturit, kaapelointi ei meille", "den nehmen wir, allerdings nur die Sensorik", "Берём.
#: Но только датчики"
_ONLY_PART = as_typed(r"(?<!\w)(?:but|mutta|aber|allerdings|jedoch|men|но|,)\s+"
                      r"(?:only|vain|ainoastaan|pelkät|nur|bara|endast|только)\s+(?:the\s+|die\s+|"
                      r"den\s+|det\s+|de\s+)?[\w-]+", re.I)
#: where the lead stands, not known: "ja vet int riktigt var vi står", "just nu vet ingen av
#: oss vad som gäller", "I don't really know where we stand"
_STANDING_UNKNOWN = as_typed(
    # only a colleague knows: "Wie weit wir bei Bergmann Kältetechnik sind, weiß nur Herr Huber"
    r"(?<!\w)(?:(?:wie weit wir|where we (?:stand|are)|missä mennään|var vi står|на каком мы "
    r"этапе)\b[^.!?\n]{0,50}?,? (?:weiß nur|only \w+ knows|tietää vain|vet bara|знает только)\b|"
    r"(?:vet|know|knows|weiß|wissen|tiedä|tiedetä|osaa|знаю|знает|знаем)\b[^.!?\n]{0,30}?"
    # ("en osaa vielä sanoa, missä mennään")
    r"\b(?:var vi står|vad som gäller|where we stand|where (?:this|it) stands|what (?:applies|"
    r"happens)|wo wir stehen|was (?:jetzt )?gilt|missä mennään|mikä on tilanne|где мы|"
    r"что будет|wo (?:das|es) (?:gerade |jetzt )?steht|var (?:den|det) (?:står|är)|"
    r"missä (?:tämä|se) (?:menee|on))|"
    # "Honestly not sure where this one is.", "Tai siis – en ole enää yhtään varma."
    r"(?:not|n't) (?:\w+ )?sure where (?:this|it|that|things|we)(?: one)? (?:is|are|stands?)\b|"
    r"en ole enää (?:yhtään |ihan |niin )?varma|(?:i'?m|i am) not sure any ?more\b|(?:ich )?bin "
    r"mir (?:da )?nicht mehr sicher|(?:jag )?är inte säker längre|уже не уверен\w*)",
    re.I)
#: nothing to tell yet, in so many words: "sorry, I cannot tell you yet. This lead was
#: handled by Jari, who left us …" (a standing unknown when no step is told beside it: "ob
#: daraus etwas wird, kann ich noch nicht sagen … Aber wir haben am Dienstag einen Termin")
_CANNOT_TELL_YET = as_typed(
    r"(?<!\w)(?:(?:can ?not|can'?t) (?:yet |really )?(?:tell|say) (?:you )?(?:much |anything )?"
    r"(?:yet|at this point|at the moment|right now|for now)|kann ich "
    r"(?:ihnen |dir |euch )?(?:leider )?(?:dazu )?(?:noch nicht|noch nichts|im moment nichts|"
    r"derzeit nichts) sagen|"
    r"kan jag (?:inte|int) säga (?:något |nåt )?(?:än|ännu)|"
    r"пока (?:ничего )?не могу сказать|пока ничего сказать не могу|"
    r"en (?:vielä )?(?:osaa|voi) (?:vielä )?sanoa)(?!\w)", re.I)
#: nobody to do the job: the one person who could is gone or away, nobody else can
_CANNOT_STAFF = as_typed(
    # everyone busy until a date, nobody free: "Both our engineers are on the hospital job
    # until the end of April", "die Jungs sind bis Ostern auf der Baustelle in Passau", "Alla
    # våra tekniker är uppbokade till midsommar", "Монтажники заняты до мая, взять некому"
    r"(?<!\w)(?:(?:all|both) (?:of )?our (?:engineers|fitters|installers|technicians|"
    r"electricians|lads|guys|teams)(?: are|'re)? (?:booked|busy|tied up|on (?:the|a) \w+)\b"
    r"[^.!?]{0,40}?\b(?:until|till)\b|(?:nobody|no one|no-one) (?:here )?(?:is )?free (?:until|"
    r"before|till)\b|(?:ha(?:ben|b) (?:wir )?|wir haben )keinen (?:\w+ )?(?:monteur|techniker|"
    r"elektriker)\w* frei|(?:die jungs|unsere (?:monteure|techniker|leute)|alle (?:monteure|"
    r"techniker)) sind bis\b[^.!?]{0,40}?\b(?:auf (?:der|einer) baustelle|ausgebucht|verplant)|"
    r"(?:meillä )?ei (?:ole|oo) ketään vapaana|(?:vi har )?ingen ledig (?:montör|tekniker|"
    r"installatör|elektriker)\w* (?:före|förrän|innan)|no (?:engineer|fitter|installer|"
    r"technician) (?:is )?free (?:before|until)|(?:alla|båda) (?:våra )?(?:tekniker|montörer|"
    r"installatörer|elektriker)\w* är (?:upp)?bokade|(?:монтажники|техники|инженеры|бригады?) "
    r"(?:\w+ )?заняты до\b|взять некому|"
    # a trip not worth its few sensors: "for four sensors that makes no sense", "Für zwei
    # Fühler fahren wir nicht nach Flensburg", "ради трёх датчиков это бессмысленно"
    r"for (?:\w+ ){0,2}?(?:sensors?|probes?|loggers?|units?)\b[^.!?]{0,30}?\b(?:makes no sense|"
    r"(?:is(?:n'?t| not) )?not worth (?:it|the trip|the drive))|für (?:\w+ )?(?:fühler|sensor\w*|"
    r"logger|geräte?) fahren wir nicht|ради (?:\w+ ){0,2}?(?:датчик|прибор|точ)\w*[^.!?]{0,30}?"
    r"(?:бессмысленно|нет смысла|не имеет смысла|невыгодно)|"
    # no experience with it: "Nobody here has done ammonia plant before", "С аммиачными
    # установками мы не работаем"
    r"nobody here has (?:done|worked (?:on|with))\b|с (?:\w+ )?(?:установк|систем|оборудовани)"
    r"\w* (?:мы )?не работаем)|"
    r"(?<!\w)(?:(?:our|my) (?:only|one|single) (?:\w+ ){0,3}?(?:installer|technician|fitter|"
    r"engineer|electrician|"
    r"programmer|person|guy)\b[^.!?]{0,80}?\b(?:left|quit|retired|is (?:off|away|sick)|(?:is )?on "
    r"(?:leave|holiday|vacation|sick leave|parental leave))|"
    # "so there's nobody of ours north of Newcastle now"; "dit skickar jag ingen montör just
    # nu"; "das wäre dem Kunden gegenüber nicht fair"
    r"(?:there'?s|there is) nobody of ours (?:north|south|east|west|in|near|anywhere)\b|"
    r"skickar (?:jag|vi) ingen (?:montör|tekniker|installatör)|(?:i'?m|we'?re) not sending "
    r"(?:anyone|anybody|an engineer|a fitter)|schicke (?:ich|wir) (?:da |dort )?keinen "
    r"(?:monteur|techniker)|(?:das )?wäre (?:dem kunden gegenüber )?nicht fair|(?:it )?wouldn'?t "
    r"be fair (?:on|to) the customer|"
    r"(?:there is|there'?s|we have) (?:nobody|no one)(?: (?:here|else))? (?:who|that) (?:could|"
    r"can|would be able to) (?:do|take)|"
    r"unser(?:e)? (?:einzige[r]?) (?:\w+ ){0,3}?(?:monteur|techniker|elektriker|programmierer|"
    r"mann|mitarbeiter)\w*\b[^.!?]{0,80}?\b(?:elternzeit|krank\w*|urlaub|gekündigt|weg|nicht da|"
    r"ausgefallen|in rente)|ohne (?:ihn|sie) (?:\w+ ){0,3}?(?:dürfen|können) wir\b[^.!?]{0,60}?"
    r"\b(?:keine|nicht)\b|"
    r"(?:vår|min) enda (?:\w+ ){0,3}?(?:montör|tekniker|elektriker|installatör|person)\w*\b"
    r"[^.!?]{0,80}?\b(?:semester|sjuk\w*|slutat|ledig|föräldraledig|pappaledig|pension|(?:på )?"
    r"(?:kurs|utbildning))|ingen annan (?:hos "
    r"oss|här|på firman|av oss) (?:har|kan)|"
    r"(?:ainoa|ainut) (?:\w+ ){0,2}?\w*(?:asentaja|teknikko|sähkömies|ohjelmoija)\w*\b[^.!?]{0,80}?"
    r"\b(?:\w*lomalla|\w*lomalle|lähti|lopetti|irtisanoutui|eläkkeelle|(?:vanhempain|isyys)"
    r"vapaa(?:lla|lle)|kurssilla|koulutuksessa)|"
    # nobody left to send: "eikä meillä ole ketään, jonka voisi lähettää Kirkkonummelle", "we
    # have nobody we could send", "vi har ingen att skicka", "некого отправить"
    r"(?:meillä )?(?:ei|eikä) (?:meillä )?(?:ole|oo) ketään,? (?:jonka|jota|ketä) (?:\w+ )?"
    r"(?:voisi|voisimme|voidaan|voi) (?:\w+ )?lähettää|(?:we have|we've got|there'?s) (?:nobody|"
    r"no one) (?:we could|we can|to) send|(?:vi har|det finns) ingen (?:att skicka|vi kan "
    r"skicka)|(?:wir haben )?niemanden,? den wir (?:\w+ )?schicken (?:könnten|können)|некого "
    r"(?:отправить|послать|командировать)|(?:отправить|послать|командировать) некого|"
    # nobody free: "Свободных монтажников у нас до конца июля нет", "wir haben keinen freien
    # Monteur", "meillä ei ole ketään lähetettäväksi"
    r"свободных (?:монтажников|техников|инженеров|людей|рук)\b[^.!?]{0,40}?\bнет\b|"
    # "dafür haben wir seit dem Abgang von Herrn Pichler niemanden mit der nötigen
    # Zertifizierung. Damals haben wir abgesagt, und an der Lage hat sich nichts geändert."
    # "the only engineer we've got with a current card is Priya, who is on maternity leave";
    # "Nobody else here can put their name to work in a Zone 1 area"
    r"the only (?:\w+ ){0,2}?(?:engineer|installer|technician|fitter|electrician|person) "
    r"(?:we'?ve got|we have)\b[^.!?]{0,80}?\b(?:on (?:maternity|paternity|parental|sick) "
    r"leave|away|off)\b|nobody else (?:here )?can\b|"
    # the goods not in time: "grossisten kan leverera givarna … tidigast vecka 36"
    r"(?:leverera|liefern|deliver|toimittaa|поставить)\w* (?:\w+ ){0,5}?(?:tidigast|frühestens|"
    r"at the earliest|aikaisintaan|не раньше)\b|"
    r"(?:haben wir|wir haben) (?:\w+ ){0,6}?niemanden (?:mit|der|die|für)\b|(?:abgesagt|"
    r"abgelehnt|declined|turned it down|tackade nej|kieltäydyimme)\b[^.!?]{0,40}?(?:nichts "
    r"geändert|nothing has changed|inget har ändrats|mikään ei ole muuttunut)|"
    r"keinen freien (?:monteur|techniker|elektriker|mann)|(?:have|got) no (?:free|spare) "
    r"(?:installers?|engineers?|technicians?|fitters?)|ei (?:ole )?ketään lähetettäväksi|"
    # the customer's date out of reach: "в этот срок мы никак не успеваем", "das schaffen wir
    # bis dahin nicht", "det hinner vi inte", "emme millään ehdi", "no way we can make that date"
    r"(?:мы )?никак не успе(?:ваем|ем)|в (?:этот|такой) срок (?:мы )?не успе\w+|(?:das|den "
    r"termin) schaffen wir (?:\w+ ){0,2}?nicht|det hinner vi (?:helt enkelt |alltså |tyvärr )?"
    r"inte|(?:emme|en) (?:millään "
    r")?ehdi|ei (?:millään )?ehditä|no way (?:we|i) (?:can|could) make (?:that|the|their) "
    r"(?:date|deadline)|"
    # not allowed to take it: "vi får inte ta uppdrag hos dem under avtalstiden", "we're not
    # allowed to take work there", "emme saa ottaa", "нам нельзя брать у них заказы"
    # the customer not to be kept waiting that long: "so lange sollte der Kunde nicht auf uns
    # warten müssen", "The customer won't want to wait seven weeks for us"
    r"so lange (?:sollte|soll|kann|will|möchte|wird) (?:der kunde|die kundin|er|sie) (?:\w+ )?"
    r"nicht (?:auf uns )?warten|(?:the )?(?:customer|client) (?:won'?t|wouldn'?t|will not) "
    r"(?:want|be able) to wait|(?:i'?ve|we'?ve|i have|we have) (?:got )?nobody else (?:\w+ )?"
    r"(?:certified|qualified|trained|free|available)|"
    r"(?:vi|jag) får inte ta\b|(?:we'?re|we are|i'?m|i am) not allowed to (?:take|accept|work)|"
    r"(?:emme|en) saa ottaa|dürfen (?:wir )?(?:\w+ ){0,3}?(?:keine \w+|nicht) (?:annehmen|"
    r"übernehmen)|(?:нам|мне) нельзя (?:\w+ )?брать|"
    r"(?:kukaan muu|kenelläkään muulla) (?:meillä )?(?:ei )?(?:osaa|voi|ole)|"
    r"(?:наш|мой) (?:единственный|единственная) (?:\w+ ){0,3}?(?:монтажник|техник|электрик|"
    r"программист|мастер)\w*\b[^.!?]{0,80}?\b(?:уволил\w*|в отпуске|болеет|на больничном|ушёл|"
    r"ушел|ушла)|мы (?:это|его|такое|этого) не (?:сделаем|потянем|осилим)|"
    # the first free week far too late: "Die erste Woche, in der ich zwei Monteure schicken
    # könnte, ist KW 49. Für einen heißen Lead ist das viel zu spät"
    r"(?:ist|wäre) das (?:\w+ )?viel zu spät|so lange (?:will|möchte|kann) ich den kunden nicht "
    r"warten lassen|(?:that'?s|that is|that would be) (?:\w+ )?(?:far|much|way) too late|"
    r"(?:det är|det vore) (?:alldeles|på tok|alltför) för sent|(?:se on|se olisi) (?:aivan|ihan|"
    r"aivan liian|ihan liian|liian) myöhään|это (?:уже )?слишком поздно)(?!\w)", re.I)
#: whether the customer can wait, asked
_WAIT_ASKED = as_typed(r"(?<!\w)(?:wait|warten|vänta|odotta\w*|подожд\w*|ждать)(?!\w)", re.I)
#: a lead shared with another partner, asked for: "Kan vi dela leadet med en annan partner?",
#: "Can we split it with another partner?", "Können wir den Lead aufteilen?"
_SPLIT_ASKED = as_typed(r"(?<!\w)(?:kan vi|kunde vi|can we|could we|können wir|könnten wir|"
                        r"kann man|könnte man|can (?:you|one)|could you|går det att|kan man|"
                        r"voimmeko|voisimmeko|voiko|можем ли мы|можно ли) (?:\w+ ){0,3}?(?:dela|"
                        r"split|share|teilen|aufteilen|jakaa|разделить|поделить)", re.I)
#: whether the lead's customer is one the partner knows already, asked
_SAME_CUSTOMER = as_typed(r"(?<!\w)(?:(?:the )?same (?:customer|client|company|factory|plant|"
                          r"site|building|project)|samma (?:kund|firma|företag|fabrik|anläggning|"
                          r"byggnad|projekt)|(?:derselbe|der gleiche|dieselbe|die gleiche|dasselbe|"
                          r"das gleiche) (?:kunde|firma|werk|fabrik|objekt|projekt|gebäude)|"
                          r"sama (?:asiakas|firma|yritys|tehdas|kohde|työmaa|rakennus|projekti)|"
                          r"тот же (?:клиент|заказчик|завод|объект)|то же (?:предприятие|здание)|"
                          r"та же (?:компания|фирма|фабрика))(?!\w)", re.I)
#: a sentence that holds only if something asked is so: "I så fall har vi redan en offert"
_IN_THAT_CASE = as_typed(
    r"(?<!\w)(?:i så fall|in that case|if so|falls ja|wenn ja|in diesem fall|jos näin on|"
    r"siinä tapauksessa|в таком случае|если так|"
    # "onko tämä sama asiakas kuin …? Jos on, heillä on jo meidän tarjous pöydällä."
    r"jos (?:niin |se |näin )?on(?=,)|om så är(?: fallet)?|om det är så|wenn (?:das|dem) so ist|"
    r"if (?:it is|that'?s the case)(?=,)|если (?:это )?так|если да)(?!\w)[^.!?]*", re.I)
#: a win still under its condition: "If their board signs it off on the 23rd, we'll have
#: won it", "Skriver de på före månadsskiftet har vi vunnit den", "Unterschreiben sie bis
#: Freitag, haben wir gewonnen", "Если в понедельник подпишут – считайте, что выиграли"
_WON_IF = as_typed(
    r"(?<!\w)(?:if|wenn|falls|om|jos|если)\b[^.!?]{0,100}?\b(?:(?:we'?ll|we will|we would|"
    r"we'?d|then we)(?: have)? (?:won|win)|(?:haben|hätten) wir (?:\w+ )?(?:gewonnen|den "
    r"(?:auftrag|zuschlag))|(?:så )?har vi (?:\w+ )?vunnit|(?:niin )?(?:olemme|ollaan) "
    r"(?:\w+ )?voitt\w*|(?:то |значит |считайте,? что )(?:\w+ )?выиграл\w*)[^.!?,;:–—]*|"
    # the condition first, without "if": a verb of signing or ordering opens the sentence
    r"(?:^|(?<=[.!?\n]))\s*(?:skriver|signerar|beställer|unterschreib\w*|unterzeichn\w*|"
    r"bestell\w*) (?:de|dom|kunden|sie|er|der kunde|die kundin)\b[^.!?]{0,80}?\b(?:(?:så )?har "
    r"vi (?:\w+ )?vunnit|(?:dann )?(?:haben|hätten) wir (?:\w+ )?gewonnen)[^.!?,;:–—]*", re.I)
#: a paragraph about something else than the lead, by its first words
_ASIDE = as_typed(
    r"\s*(?:[\w,]+ ){0,3}(?:first(?: of all)?,? (?:a )?(?:short |quick )?(?:question|thing|note)"
    r" (?:about|on|regarding) (?:something else|another matter|your invoice)|"
    r"först en (?:helt )?annan sak|först (?:en fråga|något) om (?:er|din) faktura|"
    r"zunächst (?:eine )?(?:kurze )?(?:rückfrage|frage|anmerkung) zu (?:ihrer|der) rechnung|"
    r"(?:zunächst|vorab) (?:etwas )?(?:anderes|in eigener sache)|"
    r"ensin (?:yksi )?asia,? joka ei liity|ensin (?:eri|toinen) asia|"
    r"сначала (?:небольшой )?вопрос не по теме|сначала о другом|не по теме|"
    # "Zwei Dinge noch, die nichts mit dem Lead zu tun haben", "Vähän sivuhuomiona", "Кстати",
    # "One thing I would really like from you", "Eine Bitte noch", "Två saker från vår sida"
    r"(?:zwei|ein|eine|two|one|kaksi|yksi|två|en|ett|две|одна) (?:\w+ )?(?:dinge?|sache|things?|"
    r"asiaa?|saker|sak|вещи) (?:noch|more|still|vielä|till|från vår sida|from (?:us|our side))|"
    r"one (?:more )?thing (?:i|we) (?:would|'d)|eine bitte noch|noch eine bitte|"
    # (not "Nej förresten, …": a first answer taken back)
    r"(?:ja )?yksi toive|(?:vähän )?sivuhuomiona|by the way|btw|übrigens|"
    r"(?<!nej )(?<!nej, )förresten(?!,? nej)|кстати|"
    r"просьба|apropos|"
    # other deals' news: "While I have you: you asked about our other two leads", "Nebenbei:",
    # "Weil Sie letzte Woche auch nach den anderen Leads gefragt hatten", "Annars har våren …"
    r"while i have you|since you (?:also )?asked|nebenbei|weil sie (?:\w+ ){0,3}auch nach|"
    r"annars har (?:våren|hösten|sommaren|vintern|året)|между прочим|к слову|"
    # "Kerava on nyt muutenkin kuuma paikka: Keravan Puutuote tilasi …" (a place that is
    # busy anyway; not "käyn huomenna muutenkin Nokialla": going there anyway)
    r"on (?:nyt |tällä hetkellä )?muutenkin|"
    # "Noch etwas anderes: …", "сначала про другое: …"
    r"noch etwas anderes|something else|(?:сначала )?про другое|toisesta asiasta|en annan sak)",
    re.I)
#: competitors named in a refusal's reason: "under our competitor's service contract"
_COMPETITOR = as_typed(r"(?<!\w)(?:competitor\w*|konkurren\w*|wettbewerb\w*|"
                       r"mitbewerber\w*|kilpailij\w*|конкурент\w*)", re.I)
#: a clause naming a lead by its reference
_OTHER_LEAD = as_typed(
    # "L-9: won", "L-9 – we lost", "that one, L-9, went elsewhere", "L-9 you can close – they
    # signed elsewhere", "L-9 can be set to won, since the order came"
    r"(?<![^,;:.!?–—\n])[^,;:.!?–—\n]*\bL-(\d+)\b(?:\s*[:–—]\s*[^.!?\n]*|\s*,[^.!?\n]*|"
    r"[^,;:.!?–—\n]*(?:[:–—][^.!?\n]*|,\s*(?:da|weil|denn|because|since|as|koska|"
    r"sillä|eftersom|då|так как|потому что)\b[^.!?\n]*)?)")
#: the lead went to a competitor, said in so many words: a loss, whatever else is named
#: a competitor got the order: "ein Mitbewerber lag bei 13.900 € und hat den Auftrag bekommen"
#: someone else than us, unnamed: "подписал договор с другой фирмой", "signed with another
#: installer", "tilasi toiselta toimittajalta"
_OTHER_FIRM = (
    # a named firm, in Finnish: "allekirjoittaneet Kiinteistötekniikka Laakson kanssa"
    r"(?-i:[A-ZÄÖ])\w+ (?-i:[A-ZÄÖ])\w+ kanssa|"
    r"with (?:another|a different|some other|a rival) (?:company|firm|supplier|installer|"
    r"integrator|contractor|partner|vendor)|(?:mit|bei|an) (?:einer|einem) anderen (?:firma|"
    r"anbieter|lieferanten|installateur|unternehmen)|(?:toisen|toiselta|toisella) "
    r"(?:firman|yrityksen|toimittajan|firmalta|yritykseltä|toimittajalta|asentajalta)|"
    r"(?:med|hos|från) (?:ett annat företag|en annan (?:leverantör|firma|installatör))|"
    r"(?:с|у) (?:другой|другим|другого) (?:фирм|компани|организаци|подрядчик|поставщик|"
    r"интегратор)\w*|"
    # the customer's own supplier: "hat alles bei seinem Lüftungsbauer bestellt"
    r"(?:bei|mit|von) (?:seinem|ihrem|seinen|ihren) (?:\w+ )?(?:lieferanten|installateur\w*|"
    r"elektriker\w*|\w*bauer|\w*firma|\w*händler|stamm\w*|\w*partner)|"
    r"(?:with|from) (?:their|his|her) (?:own |usual |regular |existing )?(?:\w+ )?(?:supplier|"
    r"installer|contractor|electrician|integrator|vendor)s?|"
    r"(?:omalta|omalla) (?:\w+ )?(?:toimittaja|urakoitsija|asentaja|sähköurakoitsija)\w*|"
    r"(?:suoraan )?verkkokaupasta|"
    r"vakio(?:toimittaja|urakoitsija|asentaja)\w*|"
    r"(?:hos|av|från|med) (?:sin|sitt|sina) (?:\w+ )?(?:leverantör|installatör|elektriker|"
    r"entreprenör)\w*|"
    r"(?:у|с) (?:своего|своим|своих) (?:\w+ )?(?:поставщик|подрядчик|монтажник|электрик)\w*")
#: an order or a signature, as given to someone else
_SIGNED_WITH = (r"signed|ordered|placed (?:the|an|their) order|went ahead|подписал\w*|"
                r"заказал\w*|unterschrieben|unterzeichnet|bestellt|beauftragt|tilasi\w*|"
                r"allekirjoitti\w*|allekirjoittaneet|beställde|skrev på")
#: the order or the signature given to someone else, in either order ("signed with another
#: installer", "mit einer anderen Firma unterschrieben")
_SIGNED_ELSEWHERE = (rf"(?:{_SIGNED_WITH})\b[^.!?]{{0,60}}?\b(?:{_OTHER_FIRM})|"
                     rf"(?:{_OTHER_FIRM})\b[^.!?]{{0,40}}?\b(?:{_SIGNED_WITH})")
#: the customer's order placed there: "sai halvemman tarjouksen paikalliselta sähköliikkeeltä
#: ja tilasi sieltä", "and ordered from them", "und hat dort bestellt"
_ORDERED_ELSEWHERE = (
    # someone else's: "In Garmisch hat der Hauselektriker den Zuschlag bekommen"
    r"(?<!\w)(?:hat (?:der|die|ein|eine) [\w-]+|(?:der|die|ein|eine) [\w-]+ hat) (?:\w+ )?"
    r"den (?:zuschlag|auftrag) (?:bekommen|erhalten)|"
    # "kunden köpte hela systemet av konkurrenten i Luleå" (not a neighbour: "grannen … har
    # köpt samma slags givare av en konkurrent")
    r"(?<!\w)(?:kunden|de|dom|they|the customer|han|hon|he|she) (?:\w+ ){0,2}?(?:köpte|köpt|"
    r"bought) (?:\w+ ){0,3}?(?:av|från|hos|from) (?:the |a |en |ett )?"
    r"(?:konkurrent\w*|competitor\w*|annan leverantör)|"
    r"(?<!\w)(?:tilasi(?:vat)?|osti(?:vat)?|ordered|bought|purchased|beställde|köpte|"
    r"заказал[аи]?|купил[аи]?) (?:\w+ )?(?:sieltä|heiltä|"
    r"kilpailijalta|muualta|from (?:them|there|the competitor)|elsewhere|somewhere else|därifrån|"
    r"från dem|från konkurrenten|på annat håll|(?:någon )?annanstans|там|у них|у конкурент\w*|"
    r"в другом месте|на стороне)(?!\w)|"
    r"(?<!\w)(?:hat|haben|hätten) (?:\w+ ){0,3}?(?:dort|beim (?:mitbewerber|konkurrenten|"
    r"wettbewerb(?:er)?)|woanders|bei "
    r"(?:einem|einer|der|dem) (?:\w+ )?(?:anbieter|konkurrenten|mitbewerber|wettbewerber|firma)) "
    r"(?:bestellt|gekauft)")
#: someone named got the deal: "Siemens hat den Zuschlag bekommen", "Siemens got the order",
#: "Siemens sai kaupan", "Siemens fick affären", "Заказ получил Сименс", "The tender went to
#: Siemens", "Upphandlingen gick till Siemens" (not we, nor the customer)
_NAMED_WINNER = (
    r"(?<!\w)(?<!unser )(?<!unsere )(?<!our )(?<!vår )(?<!meidän )(?<!наш )"
    r"(?!(?:We|I|They|You|Wir|Ich|Sie|Er|Es|Man|Me|Minä|He|Hän|Vi|Jag|De|Dom|Ni|Мы|Я|Они|Вы|"
    r"Our|Unser\w*|Meidän|Vår\w*|Наш\w*|Kunde\w*|Asiakas|Customer|Client|Заказчик|Клиент|"
    r"The|Der|Die|Das|Den|Det)\b)(?-i:[A-ZÄÖÅÜ][\w&-]*|[А-ЯЁ][\w-]*) "
    r"(?:hat (?:den |das )?(?:auftrag|zuschlag|geschäft) (?:\w+ )?(?:bekommen|erhalten|gewonnen)|"
    r"(?:got|landed|took) the (?:order|contract|deal|job|tender|project)|"
    r"sai (?:kaupan|tilauksen|sopimuksen|urakan)|voitti (?:kaupan|tarjouskilpailun|urakan)|"
    r"fick (?:ordern|affären|uppdraget|kontraktet|jobbet)|vann (?:upphandlingen|affären|ordern)|"
    r"получил\w* (?:заказ|контракт)|выиграл\w* (?:тендер|конкурс))|"
    r"(?<!\w)(?:заказ|контракт|тендер) (?:получил\w*|выиграл\w*|забрал\w*) (?!Мы\b)"
    r"(?-i:[А-ЯЁ])|"
    r"(?<!\w)(?:the )?(?:tender|order|contract|job|deal|bid) went to (?!us\b)(?-i:[A-Z])|"
    r"(?<!\w)(?:upphandlingen|ordern|affären|uppdraget|kontraktet|jobbet) gick till (?!oss\b)"
    r"(?-i:[A-ZÅÄÖ])|"
    r"(?<!\w)(?:die )?(?:ausschreibung|auftrag|zuschlag) (?:ging|geht) an (?!uns\b)(?-i:[A-ZÄÖÜ])")
_NAMED_WON = as_typed(_NAMED_WINNER, re.I)
#: a step not taken until the customer has met us, and that meeting's day: "Det vill kunden
#: inte ha förrän han har sett oss på plats, och det gör han onsdag 31 oktober" (read before
#: negated clauses go)
_NOT_UNTIL_MET = as_typed(
    r"(?<!\w)(?:inte|not|nicht|ei|не)\b[^.!?]{0,60}?\b(?:förrän|until|bevor|ehe|ennen kuin|"
    r"пока не|до того,? как)\b[^.!?]{0,60}?\b(?:sett|träffat|met|seen|gesehen|getroffen|tavannut|"
    r"nähnyt|увидит|увидел\w*|встретит\w*)\b[^.!?]{0,80}?\b(?:måndag|tisdag|onsdag|torsdag|"
    r"fredag|monday|tuesday|wednesday|thursday|friday|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|понедельник|вторник|"
    r"среду|четверг|пятницу)\b", re.I)
#: won, but by someone else (read before negated clauses go, which would take "not by us"
#: away): "Harlow has been won. Not by us, sadly.", "gewonnen – aber nicht von uns"
_WON_NOT_BY_US = as_typed(
    r"(?<!\w)(?:(?:has been|was|been|is) )?won\W{1,4}(?:but |sadly |unfortunately )?not by "
    r"us\b|gewonnen\W{1,4}(?:aber |leider )?nicht (?:von|durch) uns\b|vunnen\W{1,4}(?:men )?"
    r"inte av oss\b|voitettu\W{1,4}(?:mutta )?ei meidän\b|выигран\w*\W{1,4}(?:но )?не нами\b",
    re.I)
#: "yesterday I heard the order went to that installer, signed and all"
_WENT_ELSEWHERE = (r"(?:(?:the |their )?(?:order|contract|job) went to (?:that|another|the other|"
                   r"a rival|a competing|(?:their|his|her) (?:own|preferred)) \w+|"
                   # "Fenwick's parent group signed a national agreement with Sensotec in June
                   # that covers all twelve of their sites"
                   r"signed a (?:national|group|group-wide|framework|global|master|central|"
                   r"company-wide) (?:agreement|contract|deal) with (?!us\b)\w+|"
                   # "had just signed a framework agreement covering all monitoring kit"
                   r"signed a (?:new )?framework (?:agreement|contract) (?:covering|for|"
                   r"that covers)|"
                   # "konserni tilasi anturit jo kesäkuussa omalla puitesopimuksellaan"
                   r"tilasi (?:\w+ ){0,4}?omalla puitesopimuksellaan)")
_THEIR_WIN = as_typed(
    rf"(?<!\w){_WENT_ELSEWHERE}[^.!?]*|"
    # (from a clause's start only: searched from every letter, the clause would be read
    # over and over)
    rf"(?:^|(?<=[.!?:;\n]))[^.!?:;]*\b(?:{_SIGNED_ELSEWHERE})\b[^.!?]*|"
    # the customer's own order elsewhere: "die Sensoren hat er direkt beim Großhandel
    # bestellt", "they ordered a kit from a web shop"
    r"(?:^|(?<=[.!?:;\n]))(?=[^.!?:;]*\b(?:bestellt|gekauft|ordered|bought|tilas\w*|ost\w*|"
    r"beställ\w*|köpt\w*|заказал\w*|купил\w*)\b)"
    r"[^.!?:;]*\b(?:beim großhandel|im (?:online-?shop|webshop|internet)|from a (?:web ?shop|"
    r"wholesaler|web store)|suoraan tukusta|verkkokaupasta|direkt (?:hos|från) "
    r"grossisten|(?:i|på) en webbutik|в интернет-магазине|у оптовика)\b[^.!?]*|"
    r"(?<!\w)(?:mitbewerber|wettbewerber|konkurrent|competitor|kilpailij|конкурент)\w*\b"
    r"(?:[^.!?]|\.(?=\d)){0,80}?\b(?:(?:den |das )?(?:auftrag|zuschlag|geschäft) (?:bekommen|"
    r"erhalten|gewonnen)|(?:got|won|landed|took) the (?:order|contract|deal|job|tender)|"
    r"sai (?:kaupan|tilauksen|sopimuksen)|voitti|fick (?:ordern|affären|uppdraget|kontraktet)|vann|"
    r"получил\w* (?:заказ|контракт)|выиграл\w*)[^.!?]*|"
    rf"(?:{_ORDERED_ELSEWHERE})[^.!?]*|"
    rf"{_NAMED_WINNER}[^.!?]*|"

    # a signature that took our part with it: "Raahen Konepaja har skrivit på ett treårigt
    # serviceavtal med Siemens … Vår del försvann med det.", "They signed a service contract
    # with Siemens. Our part went with it." (read in joined clauses too)
    r"(?:^|(?<=[.!?:;\n]))[^.!?:;]*\b(?:signed|skrivit på|skrev på|unterschrieben|"
    r"abgeschlossen|allekirjoitti\w*|подписал\w*)\b[^!?:;]{0,200}?\b(?:our part|our share|"
    r"vår del|unser (?:teil|anteil)|meidän osuu\w*|наша (?:часть|доля))\b[^.!?]{0,20}?\b"
    r"(?:went|is gone|has gone|vanished|försvann|föll bort|är borta|ist weg|"
    r"fiel weg|katosi|hävisi|meni|отпал\w*|ушл\w*|пропал\w*)\b[^.!?]*", re.I)
#: the customer's choice named, "not us" after it (read before negated clauses go, which
#: would take "and not us" away): "the choice was Sensotec and not us", "leider fiel die Wahl
#: auf Sensotec und nicht auf uns", "valet blev Sensotec och inte vi", "выбрали Сенсотек, а не
#: нас"
_CHOSEN_NOT_US = as_typed(
    r"(?<!\w)(?:(?:the )?(?:choice|decision) (?:was|fell on|went to)|(?:die )?wahl (?:fiel|ist) "
    r"(?:\w+ )?auf|fiel die wahl (?:\w+ )?auf|(?:blev )?valet(?: blev| föll på| var)?|"
    r"valinta (?:oli|osui)|выбор (?:пал|сделали) на|выбрали)\s+[^.!?;:]{1,50}?,?\s+"
    r"(?:and|but|und|och|eikä|ja|а|и) (?:not|nicht|inte|ei|не) (?:auf |på |with |on )?"
    r"(?:us|uns|oss|vi|me|meitä|meihin|нас|мы|на нас)(?!\w)",
    re.I)
#: the customer chose us, in so many words, with whom we beat if it is said ("They went with
#: us in the end", "chose us over the incumbent", "hat sich für uns entschieden", "Kunden
#: valde oss framför konkurrenten", "Заказчик выбрал нас, а не конкурента"): a win, and the
#: one beaten is no loss of ours; not denied ("didn't choose us", "valde inte oss") or all
#: but done ("almost chose us")
_CHOSE_US = as_typed(
    r"(?<!\w)(?:(?<!not )(?<!n't )(?<!never )(?<!almost )(?<!nearly )"
    r"(?:(?:(?:has|have) )?(?:chose|chosen|picked|selected)|went (?:with|for)|gone with|"
    r"decided (?:on|for)|(?:gave|given|awarded) (?:it|the (?:job|order|contract|project)) to)"
    r" us\b|"
    r"(?:hat|haben) sich (?:(?!nicht\b|kein\w*\b|fast\b|beinahe\b)\w+ ){0,5}?für uns "
    r"entschieden|entschied(?:en)? sich (?:(?!nicht\b|fast\b|beinahe\b)\w+ ){0,4}?für uns\b|"
    r"(?<!inte )(?<!nästan )(?:valde|har valt|valt|gick på|gick med) oss\b|"
    r"(?<!\bне )(?<!почти )(?:выбрал\w*|предпоч[её]л\w*) (?:(?!не\b)\w+ ){0,2}?нас\b"
    r")(?:,?\s+(?:over|instead of|rather than|(?:and )?not|framför|istället för|i stället för|"
    r"och inte|(?:und )?nicht|statt|anstatt|а не|вместо)\s+[^.,;!?]*)?",
    re.I)
_LOST_TO = as_typed(
    rf"{_SIGNED_ELSEWHERE}|{_ORDERED_ELSEWHERE}|"
    rf"{_WENT_ELSEWHERE}|"
    # "so hat ein Mitbewerber aus Kempten den Zuschlag erhalten"
    r"(?:mitbewerber|wettbewerber|konkurrent)\w*\b[^.!?]{0,40}?\bden (?:zuschlag|auftrag) "
    r"(?:\w+ )?(?:erhalten|bekommen)|"
    # "So begeistert, dass er jetzt beim Mitbewerber bestellt hat"
    r"(?:beim|bei einem|bei der) (?:mitbewerber|wettbewerber|konkurrenz|konkurrenten) (?:\w+ )?"
    r"(?:bestellt|gekauft|unterschrieben)|"
    r"(?:went|gone|going|lost (?:it|the deal|the order|out)?|awarded (?:it )?)\s+(?:to|with)\s+"
    r"(?:a |the |another )?(?:\w+ )?competitor|chose (?:a |the |another )?competitor|"
    r"gick (?:till|på|pa|med) (?:en )?(?:annan )?konkurrent|"
    r"valde (?:\w+ ){0,3}?(?:en )?(?:annan )?konkurrent|"
    # "ikävä kyllä asiakas valitsi Nordautomaation": someone else, whoever they are
    r"(?:unfortunately|sadly|leider|ikävä kyllä|valitettavasti|tyvärr|к сожалению)\b[^.!?]{0,60}?"
    r"\b(?:chose|picked|selected|went with|went for|entschied\w* sich für|valitsi\w*|valde|"
    r"выбрал\w*)\b|"
    r"went (?:for|with) (?:a |the |another )?competitor|"
    r"(?:valitsi|valitsivat) kilpailijan|meni (?:\w+ )?kilpailijalle|"
    r"(?:ging|geht) an (?:einen|den) (?:mitbewerber|wettbewerber|konkurrenten)|"
    r"(?:für|mit) (?:einen|einem|den|dem) (?:mitbewerber|wettbewerber|konkurrenten) "
    r"entschieden|выбрал\w* конкурент\w*|ушл?\w* к конкурент\w*|"
    r"(?:bestellt|gekauft|unterschrieben|beauftragt)\b[^.!?]{0,30}\b(?:beim|bei der|bei einem|"
    r"bei einer) (?:wettbewerb|mitbewerb|konkurren)\w*|"
    # the competitor named, the order "went to them" in the next sentence: "… tyytyväinen
    # tarjoukseen. Kilpailijan tarjoukseen, siis. Tilaus meni heille jo toukokuun alussa."
    # (the sentences as _affirmed joins them: "… better ,  The order went to them")
    r"(?:kilpailij|competitor|konkurren|mitbewerber|wettbewerber|конкурент)\w*[^.!?]{0,80}?"
    r"(?:[.!?]|\s,)\s+"
    r"(?:\w+,? ){0,3}?(?:(?:tilaus|kauppa|diili|sopimus) meni (?:\w+ )?(?:heille|niille)|(?:the )?"
    r"(?:order|deal|contract|job) went to them|(?:der )?(?:auftrag|zuschlag) (?:ging|geht) an "
    r"(?:sie|die)|(?:ordern|affären|kontraktet) gick till (?:dem|dom)|(?:заказ|контракт) (?:ушёл|"
    r"ушел|достался) (?:им|к ним))", re.I)
#: the customer is already the partner's own: a decline, whatever steps they name
_ALREADY_OURS = as_typed(
    r"(?:already have|already our) (?:this|the) customer|(?:this|the) customer is already "
    r"ours|(?:ist|sind) (?:schon|bereits) unser kunde|haben (?:diesen|den) kunden (?:schon|"
    r"bereits)|(?:on|ovat) jo (?:meidän )?asiakkaa\w*|redan (?:vår|våra) kund\w*|"
    r"уже наш клиент|уже работаем с (?:этим|ним)", re.I)
#: a "no" that agrees with a negative ("No, we haven't forgotten it"), a refusal denied
#: ("от такого не отказываются"): no refusal
#: what one of our pages or emails told them, quoted: "nyt tulee viesti että emme voi ottaa
#: uusia liidejä", "it says we can't take new leads", "es kommt die Meldung, dass …"
_MESSAGE_SAYS = as_typed(
    r"(?<!\w)(?:(?:tulee|tuli|näkyy|näkyi|sain|saimme|saan) (?:\w+ )?(?:viesti|ilmoitus|"
    r"teksti)\w*,? (?:jossa lukee,? )?että|(?:it|the (?:page|message|email|screen|site)) "
    r"(?:says|said|tells me|told me|shows|showed),? (?:that )?|(?:i|we) (?:get|got) (?:a|the) "
    r"(?:message|notice|note|error)\w*,? (?:saying|that)|(?:es )?(?:kommt|kam|steht) (?:\w+ )?"
    r"(?:die |eine )?(?:meldung|nachricht|hinweis),? dass|(?:det )?(?:kommer|kom|står) (?:\w+ )?"
    r"(?:ett )?(?:meddelande|besked)\w*,? (?:om )?att|(?:приходит|пришло|пишет|написано),? "
    r"(?:\w+ )?(?:сообщение,? )?что)[^.!?]*", re.I)
#: someone else's words quoted: not the partner's yes or no ("she told him: "in the old
#: building we can't drill"", "Asiakkaalta tuli tämä: "tilaamme tarjouksenne …"")
#: a quotation, to its closing mark, or to its first stop when the sentence split took the
#: mark away
_QUOTATION = r"[”“\"«„](?:[^”“\"«»„]{1,300}[”“\"»]|[^”“\"«»„]{1,300}?[.!?](?=\s|$))"
_OTHERS_WORDS = as_typed(
    r"(?:[:,]|\b(?:said|says|told (?:him|her|me|us|them)|wrote|writes|sanoi|kertoi|kirjoitti|"
    r"sagte|schrieb|meinte|sa|sade|skrev|berättade|сказал\w*|написал\w*|пишет|"
    # put in quotes after "was": 'Their project manager was "definitely calling back on
    # Thursday" - that was two Thursdays ago'
    r"was|were|war|waren|oli|olivat|var|был|была|были))\s*" + _QUOTATION, re.I)
#: a no for a case that is not this one, in the subjunctive ("läge das in Passau, müsste ich
#: passen – … Freising ist aber quasi vor der Haustür": the lead is in Freising)
_NO_IF_OTHERWISE = as_typed(
    # a refusal only supposed: "om jag tackade nej till ett bryggeri i Nacka skulle Karin …
    # sluta prata med mig … Vi tar det."
    r"(?<!\w)(?:om (?:jag|vi) (?:tackade|tackar) nej|if (?:i|we) (?:said no|turned (?:this|it) "
    r"down)|wenn (?:ich|wir) (?:absagen|ablehnen) würden?|jos (?:kieltäytyisimme|kieltäytyisin)|"
    r"если бы (?:мы|я) отказал\w*)(?!\w)|"
    # a guess taken back in passing: "Budjetti selviää joulukuussa. Tai sitten ei."
    r"(?:^|(?<=[.!?]))\s*(?:tai sitten ei|or maybe not|oder auch nicht|eller inte|а может,? и "
    r"нет)(?=\s*[.!…]|$)|"
    # what the question's answer is needed for: "Без этого двигаться не можем."
    r"(?<!\w)(?:без этого (?:\w+ )?(?:двигаться|продвинуться|работать) не (?:можем|сможем)|"
    r"without (?:it|this|that) we can'?t (?:move|go) (?:on|forward|ahead)|ohne (?:das|diese \w+) "
    r"kommen wir nicht weiter|ilman (?:sitä|tätä) emme pääse eteenpäin|utan (?:det|den) kommer "
    r"vi inte vidare)|"
    r"(?<!\w)(?:(?:wenn|falls) [^.!?]{1,80}?(?:wäre|läge|wären|lägen)|(?:wäre|läge|wären|lägen) "
    r"(?:das|es|der kunde|die \w+|der \w+))\b[^.!?]{0,80}?,?\s*(?:dann |so )?(?:müssten?|würden?) "
    r"(?:ich|wir) (?:\w+ )?(?:passen|absagen|ablehnen|nein sagen)|"
    r"(?<!\w)(?:if (?:it|this|the \w+) (?:were|was) (?:in|at|near) |were (?:it|this|the \w+) "
    r"(?:in|at|near) )"
    r"[^.!?]{1,80}?,? (?:we|i)(?:'d| would) (?:have to )?(?:pass|decline|say no)|"
    r"(?<!\w)om (?:det|den|kunden) (?:vore|låg|hade legat) [^.!?]{1,80}?,? (?:så )?skulle "
    r"(?:vi|jag) (?:\w+ )?(?:tacka nej|avstå|passa)|"
    # "hade det här kommit i mars hade jag fått tacka nej"
    r"(?<!\w)hade (?:det|den)(?: här)? (?:kommit|legat|varit) [^.!?]{1,60}? hade (?:jag|vi) "
    r"(?:fått|behövt|måst|varit tvungna att) (?:tacka nej|avstå|passa)|"
    r"(?<!\w)jos (?:se|tämä|asiakas) olisi [^.!?]{1,80}?,? (?:niin )?(?:joutuisimme|joutuisin) "
    r"(?:\w+ )?(?:kieltäytymään|jättämään)|"
    r"(?<!\w)если бы (?:это|объект|заказчик) (?:был[оа]?|находил\w*) [^.!?]{1,80}?,? (?:то )?"
    r"(?:нам |мне )?(?:пришлось бы|бы пришлось) (?:\w+ )?отказаться", re.I)
#: a yes that says our mail was seen, to a reminder ("Yes, yes – we saw the first one too",
#: "Ja, ja, haben wir gesehen", "Joo joo, nähtiin", "Да-да, видели"): no answer to the offer
#: what the writer wondered for a while, asked of themself, neither yes nor no: "Mietin
#: hetken, voisiko Aino ottaa tämän …, mutta …", "I wondered for a moment whether we could
#: take it", "Ich habe kurz überlegt, ob wir das schaffen", "Jag funderade på om vi hinner"
_WONDERED = as_typed(
    r"(?<!\w)(?:mietin|mietimme|pohdin|pohdimme|(?:i|we) (?:wondered|asked (?:myself|"
    r"ourselves))|(?:ich habe|ich hab|wir haben) (?:\w+ )?überlegt|(?:jag|vi) (?:funderade|"
    r"undrade)|(?:я |мы )?(?:думал\w*|прикидывал\w*))(?: (?:hetken|hetkisen|for a (?:moment|"
    r"minute|while)|kurz|en stund|ett tag|немного|какое-то время))?,? (?:\w+(?:ko|kö)|whether|"
    r"if|ob|om|(?:\w+ )?ли)\b[^.!?–—\n]*?(?=\s*(?:[.!?–—\n]|,?\s*(?:mutta|but|aber|men|но)\b)|$)",
    re.I)
#: a form's field that asks whether the lead is taken, with its answer ("Берём:   нет",
#: "Lead annehmen: ja", "Tar vi den? Nej"); ``no`` is set for a no
_FORM_ANSWER = as_typed(
    r"^[ \t]*(?:(?:lead |leadet )?(?:accept(?:ed)?|take (?:it|the lead)|annehmen|angenommen|"
    r"übernehmen|otetaan|hyväksytään|otammeko|tar vi (?:den|det)|accepteras|tas|берём|берем|"
    r"принимаем|принят|взять))[ \t]*[:?][ \t]*(?:(?P<yes>yes|ja|kyllä|joo|да)|"
    r"(?P<no>no|nein|ei|nej|нет))[ \t]*[.!]?[ \t]*$", re.I | re.M)
#: a yes that only concedes a point "technically" or "on paper" (the no follows "in
#: practice"): "and yes, Felixstowe is technically inside our patch"
#: ("Technisch gesehen ja, aber …" the other way round; a colon, a semicolon or "but" ends
#: it: "yes, technically we could, and we will: put us down")
_CONCEDING = (r"(?:technically|theoretically|on paper|formally|technisch gesehen|theoretisch|"
              r"auf dem papier|formal|teknisesti|teoriassa|paperilla|tekniskt sett|teoretiskt|"
              r"på papperet|формально|теоретически|технически)")
_CONCEDED = as_typed(
    rf"(?<!\w)(?:(?:yes|ja|kyllä|joo|jo|да),? [^.!?]*?\b{_CONCEDING}\b|{_CONCEDING}(?: speaking)?,?"
    r" (?:yes|ja|kyllä|joo|jo|да)\b)(?:(?!,? (?:but|aber|men|mutta|но)\b)[^.!?:;])*", re.I)
_SEEN_IT = as_typed(
    r"(?<!\w)(?:yes|yeah|ja|joo|kyllä|jo|да)(?:[,-]? ?(?:yes|yeah|ja|joo|kyllä|jo|да))*\s*[,.!–—-]*"
    r"\s*(?:the first one (?:arrived|came|came through|got here)(?: too| as well)?|"
    r"(?:we|i) (?:\w+ )?(?:saw|got|read|received|have seen|'ve seen) (?:it|them|that|the "
    r"(?:first|last|earlier|other) one|your (?:first |last )?(?:mail|email|message|reminder))|"
    r"(?:haben|hab|habe) (?:wir|ich) (?:\w+ )?(?:gesehen|bekommen|gelesen)|(?:nähtiin|näin|"
    r"saatiin|sain|luin)(?: sen| ne| viestin)?|(?:vi|jag) (?:har )?(?:såg|sett|fått|läst) "
    r"(?:det|den|mejlet|mailet)|(?:видели|видел[аи]?|получили|получил[аи]?|прочитал[аи]?))"
    r"(?: (?:too|as well|auch|myös|också|тоже))?\b", re.I)
#: a forecast quoted, which the news proves wrong ('Mikko ehti ennustaa, että "tästä ei tule
#: mitään ennen kesää". Hän oli väärässä: …'): no state of the lead
_FORECAST_QUOTED = as_typed(
    r"\b(?:predicted|forecast|ennusti|ennustaa|ennusteli|prophezeit\w*|vorhergesagt|"
    r"förutspådde|spådde|предсказал\w*|предрекал\w*)\s*,?\s*(?:(?:that|että|dass|att|что),?\s*)?"
    + _QUOTATION, re.I)
#: the partner's own earlier words quoted back are still theirs: 'As I wrote yesterday: "we
#: take it"', 'Kuten kirjoitin jo: "otamme sen"', 'Как я уже писал: «берём»'
_OWN_WORDS = as_typed(
    r"(?<!\w)(?:(?:i|we) (?:\w+ ){0,2}?(?:wrote|said|replied|answered)|(?:ich|wir) (?:\w+ ){0,2}?"
    r"(?:schrieb|schrieben|sagte|sagten|geschrieben|gesagt)(?: habe| haben)?|(?:\w+ )?"
    r"(?:kirjoitin|kirjoitimme|sanoin|sanoimme|kerroin|kerroimme|vastasin|vastasimme)|"
    r"(?:jag|vi) (?:\w+ ){0,2}?(?:skrev|sa|sade|svarade)|(?:я|мы) (?:\w+ ){0,2}?"
    r"(?:писал\w*|написал\w*|сказал\w*|ответил\w*))(?: \w+){0,3}?\s*[:,]?\s*"
    r"[”“\"«„](?P<words>[^”“\"«»„]{1,300})[”“\"»]", re.I)
#: busy in the past tense, the excuse for answering late, no refusal: "we've been swamped
#: since the holidays", "wir waren total überlastet", "vi har haft fullt upp", "были завалены"
_PAST_BUSY = as_typed(
    r"(?<!\w)(?:(?:we'?ve|we have|i'?ve|i have) been|we were|i was) (?:\w+ ){0,2}?(?:swamped|"
    r"busy|overloaded|snowed under|slammed|flat out)|(?:wir waren|ich war|waren wir|war ich) "
    r"(?:\w+ ){0,2}?(?:überlastet|ausgelastet|im stress|zu)|(?:on ollut|oli) (?:\w+ ){0,2}?"
    r"(?:kiire\w*|ruuhka\w*)|(?:vi|jag) (?:har|hade) (?:haft|varit) (?:\w+ ){0,2}?(?:fullt upp|"
    r"mycket att göra|överbelastade|upptagna)|(?:были|был|была) (?:\w+ ){0,2}?(?:завален\w*|"
    r"загружен\w*|перегружен\w*)", re.I)
#: what the partner cannot do while our pick lock holds is no refusal of the lead: "Until the
#: lock is gone I can't do anything with this offer anyway", "Solange die Sperre drin ist, kann
#: ich eh nichts machen"
_WHILE_LOCKED = as_typed(
    r"(?<!\w)(?:until|till|as long as|while|solange|bis|niin kauan kuin|kunnes|så länge|tills|"
    r"пока)\b[^.!?]{0,40}?(?:lock|block|sperre|lukko|lukitus|spärr|блокировк)\w*[^.!?]*", re.I)
#: the choice named, neither made: "before we say yes or no", "ob ja oder nein"
_YES_OR_NO = as_typed(r"(?<!\w)(?:yes|ja|kyllä|joo|да) (?:or|oder|eller|vai|tai|или) (?:a )?"
                      r"(?:no|nein|nej|ei|нет)(?!\w)|"
                      r"(?<!\w)ни да,? ни нет(?!\w)|"
                      # the yes still to come: "before we say yes, one question inline below"
                      r"(?<!\w)(?:before (?:we|i) say yes|bevor wir ja sagen|ennen kuin "
                      r"sanomme kyllä|innan vi (?:säger|tackar) ja|прежде чем (?:сказать да|"
                      r"согласиться))(?!\w)|"
                      # the no that may come: "Jos ei, niin sitten ei.", "If not, then not."
                      r"(?<!\w)(?:jos ei|if not|wenn nicht|falls nicht|om inte|annars|если нет)"
                      r",? (?:niin |then |dann |så |то )?(?:sitten |eben |)(?:ei|not|nicht|"
                      r"inte|нет)(?!\w)", re.I)
#: the refusal itself denied, with the "no" before it: "nej, vi tackar inte nej till den
#: här!", "no, we're not saying no", "wir sagen bestimmt nicht nein", "emme sano ei",
#: "мы не говорим нет"
_NOT_SAYING_NO = (
    r"(?:\b(?:no|nein|nej|ei|нет),?\s+)?(?:"
    r"(?:vi|jag) (?:tackar|säger) (?:absolut |verkligen )?(?:inte|int) nej\b|"
    r"(?:we|i)(?:'re|'m| are| am)? (?:not|certainly not|definitely not) saying no\b|"
    r"(?:we|i) (?:won'?t|will not|don'?t|do not) say no\b(?! to (?:the )?(?:others?|rest))|"
    r"(?:(?:wir|ich) (?:sagen|sage)|(?:sagen|sage) (?:wir|ich)) (?:\w+ )?nicht nein\b|"
    r"(?:emme|en) (?:todellakaan |kyllä )?"
    r"sano ei\b|(?:мы|я) (?:точно |уж )?не (?:говорим|скажем|скажу|говорю) нет\b)")
_DENIED_REFUSAL = as_typed(
    _NOT_SAYING_NO + "|"
    # a refusal called odd: "Отказываться было бы просто странно", "it would be daft to turn
    # this down"
    r"отказываться (?:было бы|было б) (?:\w+ )?(?:странно|глупо|смешно)|(?:it would be|it'?d be) "
    r"(?:\w+ )?(?:odd|strange|silly|daft|mad) to (?:say no|decline|turn (?:it|this) down)|"
    r"wäre (?:\w+ )?(?:seltsam|komisch|dumm|verrückt),? (?:das |den lead |ihn )?abzulehnen|"
    r"(?:det vore|det skulle vara) (?:\w+ )?(?:konstigt|dumt|galet) att (?:tacka|säga) nej|"
    r"olisi (?:\w+ )?(?:outoa|hölmöä|tyhmää) kieltäytyä|"
    # a rule of the house with its exception after it: "Вообще-то мы не берём объекты дальше
    # 100 км от МКАД. Но для Твери сделаем исключение"
    r"(?:generally|normally|usually|as a rule|вообще-то|обычно|как правило|в принципе|"
    r"normalerweise|grundsätzlich|eigentlich|normalt|vanligtvis|i regel|yleensä|periaatteessa|"
    r"normaalisti)\b[^.!?]*(?=[.!?][^\n]*?\b(?:exception|исключени\w*|ausnahme|undantag|"
    r"poikkeu\w*)\b)|"
    # silence was no refusal: "we did not decline, I just didn't get through my inbox"
    r"(?:we|i) (?:did not|didn'?t|have not|haven'?t|never) (?:decline|refuse|say no)d?\b"
    r"(?! yet)|(?:wir|ich) (?:haben|habe) (?:\w+ )?nicht abgesagt|"
    r"(?:vi|jag) (?:har )?(?:inte|int|aldrig) (?:tackat|tackade) nej|"
    r"(?:emme|en) (?:ole )?kieltäytyneet|(?:мы|я) не отказ(?:ывались|ались|ывался|ался)|"
    # a refusal not wanted: "En halua kieltäytyä ennen kuin tiedän", "I don't want to say no"
    r"(?:en|emme) (?:halua|haluaisi)\w* kieltäytyä|(?:i|we) (?:don'?t|do not) want to (?:say no|"
    r"decline|turn (?:it|this) down)|(?:ich|wir) (?:will|wollen|möchte|möchten) nicht absagen|"
    r"(?:jag|vi) vill inte (?:tacka nej|säga nej)|(?:не хочу|не хотим) отказываться|"
    # the answer first meant, not given: "сначала хотел написать, что не успеем – … Но Сергей
    # как раз освободился, так что да, берём", "I was going to say no, but …"
    r"(?:сначала |было )?хотел\w* (?:было )?(?:написать|ответить|сказать),? что[^.!?]*|"
    r"(?:i|we) (?:was|were) (?:going|about) to (?:say|write|answer|decline|pass|turn (?:it|"
    r"this) down)\b[^.!?,]*|"
    # (set 333: "ehrlich gesagt wollte ich den erst ablehnen – …", "ajattelin ensin jättää
    # tämän väliin, koska …")
    r"wollte (?:ich |wir )?(?:den |das |ihn |es )?(?:erst|zuerst|schon|eigentlich) (?:\w+ ){0,2}?"
    r"(?:schreiben|absagen|ablehnen|sagen|antworten|passen)\b[^.!?]*|(?:meinasin|ajattelin|"
    r"aioin) (?:ensin |jo )?(?:kirjoittaa|sanoa|vastata|jättää|kieltäytyä|hylätä)[^.!?]*|"
    r"tänkte (?:först |just |redan )?(?:skriva|säga|svara|tacka nej|avstå|hoppa över)[^.!?]*|"
    # a promise not yet given is no refusal: "if we take the whole project I cannot promise yet"
    r"\b(?:cannot|can'?t|can not) promise (?:yet|that yet)\b|"
    # what cannot be told yet: "Ob wir den Lead nehmen, kann ich Ihnen vorher leider nicht
    # sagen"
    r"(?:kann|können) (?:ich|ich's|ich es|wir) (?:ihnen |dir |euch )?(?:\w+ ){0,2}?nicht sagen|"
    r"(?:jag|vi) kan inte säga (?:om|hur|när|var|vad|något)\b|(?:i|we) (?:can'?t|cannot) say "
    r"(?:whether|if|how|when)\b|"
    # a "no" weighed against a yes: "eher ja als nein", "more yes than no"
    r"(?:eher|mehr) ja als nein|more (?:of a )?yes than (?:a )?no|enemmän kyllä kuin ei|"
    r"snarare ja än nej|mer ja än nej|скорее да,? чем нет|"
    # "О встрече пока и речи нет": no meeting yet, no refusal; nor "есть заказ или нет"
    r"(?:и )?речи (?:не было|нет)|или нет|"
    # only later, no refusal: "Jag hinner tyvärr inte kontakta kunden förrän nästa vecka, så
    # jag kan inte säga något om läget ännu", "I won't get to call them until Monday"
    r"\b(?:hinner|hann) (?:tyvärr |nog )?inte\b[^.!?\n]{0,40}?\b(?:förrän|innan)\b[^.!?\n]*|"
    r"\b(?:won'?t|can'?t|will not|cannot) get to (?:it|them|this|the customer)\b[^.!?\n]{0,30}?"
    r"\b(?:until|before)\b[^.!?\n]*|"
    # (the subject after the verb: "om Seinäjoki kan jag tyvärr inte säga något ännu")
    r"\b(?:kan|kann|can'?t|cannot) (?:jag |vi |ich |wir )?(?:tyvärr |leider )?(?:inte |nicht |"
    r"noch nicht |not )?(?:säga|sagen|say|tell you|tell) "
    r"(?:yet |still |noch |än )?(?:något|nichts|anything|much|mycket)\b[^.!?\n]*|"
    # a "no" to giving the lead away: "nein, bitte nicht an andere Partner weitergeben – den
    # machen wir"; "Отказываться не будем"
    r"\b(?:no|nein|ei|nej|нет),?\s+(?:please\s+)?(?:don'?t|do not|bitte nicht|älkää|ge (?:den|"
    r"det) inte|не отдавайте|не передавайте)\b[^.!?–—]*|"
    r"отказываться не будем|не будем отказываться|"
    # "не вижу причин отказываться – берём", "Nej, ni behöver inte erbjuda den åt någon annan"
    r"не вижу причин\w* отказ\w*|никаких проблем\b[^.!?]*\bнет|"
    # if a day does not work out: "Jos ei onnistu, niin viimeistään ensi viikon tiistaina"
    r"(?:jos|if|wenn|falls|om|если) (?:se |it |es |det |это )?(?:ei onnistu|doesn'?t work(?: "
    r"out)?|(?:nicht|net) klappt|inte går|не получится)|"
    r"(?:i )?(?:see )?no reason to (?:say no|decline|refuse)|"
    r"kein grund,? (?:abzusagen|nein zu sagen)|ingen anledning att tacka nej|"
    r"ei (?:ole )?syytä kieltäytyä|\b(?:nej|no|nein|ei|нет),? (?:ni|you|sie|te|вам) "
    r"(?:behöver|need|müssen|tarvitse|не нужно) (?:inte |not |nicht |ei )?(?:\w+ )?"
    r"(?:erbjuda|offer|anbieten|tarjota|предлагать|ge|give|geben)[^.!?]*|"
    # only a part refused, the one the question asks about: "does the customer want only the
    # sensors, or the ventilation control too? We can't take on the second part"
    r"(?:^|(?<=[.!?\n]))[^.!?\n]*\b(?:the (?:second|latter|last) (?:part|option)|the latter|"
    r"letzteres|den zweiten teil|jälkimmäist\w*|den senare delen|det senare|den andra delen|"
    r"последнее|вторую часть)"
    r"\b[^.!?\n]*|"

    # no refusal either: "mutta ei hän kieltäytynytkään", "но и не отказался"
    r"(?<!\w)(?:ei|eikä|eivät) (?:\w+ )?kieltäyty\w*|(?<!\w)не (?:\w+ )?отказ(?:ал|ыва)\w*|"
    r"(?<!\w)(?:hat|haben) (?:\w+ ){0,2}nicht abgelehnt|"
    # an offer one cannot refuse: "eines von der Sorte, die man eigentlich nicht ablehnen
    # kann", "ett erbjudande man inte kan tacka nej till", "от которого невозможно отказаться"
    r"(?<!\w)(?:die|das|den) man (?:\w+ )?nicht ablehnen kann|(?<!\w)(?:man|de|ni|han|hon) "
    r"inte kan "
    r"(?:tacka nej|säga nej) till|от котор\w+ (?:\w+ )?(?:невозможно|нельзя|не)"
    r"(?: \w+)? отказаться|(?:an? offer|one) (?:they|you|one|he|she) (?:can'?t|cannot) "
    r"refuse|"
    # news that is not there yet, no refusal: "Ничего нового по этому лиду нет", "Ответа от
    # заказчика пока нет", "Изменений нет"; the customer's means, a date not there yet:
    # "отдел закупок — что денег до января нет", "Встречи пока нет"
    r"(?:ничего нового|новост\w+|ответа|решения|изменений|подвижек|движения|обратной связи|"
    r"новых данных|денег|средств|бюджета|финансирования|встречи|даты|подписи)"
    r"(?: [\w-]+){0,4}? (?:пока |ещё |еще |до сих пор )?нет(?!\w)|"
    # a "no" about what the customer did: "kontakt tagen, och nej, de bet inte"
    r"\b(?:nej|nein|ei|нет),\s+(?:de|han|hon|kunden|sie|er|der kunde|he|hän|asiakas|они|он|"
    r"она|клиент|заказчик)\s+(?:\w+\s+){0,2}?(?:inte|nicht|eivät|ei|не)\b[^.!?]*|"
    r"\bno,\s+(?:[\w'’]+\s+){0,2}(?:haven't|hasn't|didn't|isn't|aren't|wasn't)\b"
    r"(?:(?!\s+and\s)[^.,;!?])*|\bno,\s+it'?s not too \w+[^.,;!?]*|"
    r"\bnein,\s+(?:wir|ich)\s+(?:\w+\s+){0,2}nicht (?:vergessen|verloren)\w*|"
    r"\bнет,\s+(?:мы|я)\s+не\s+(?:забыл\w*|проиграл\w*)|"
    r"\bei,\s+(?:emme|en)\s+ole\s+(?:unohtanut|unohtaneet|hävinnyt|hävinneet)|"
    r"\bnej,\s+(?:vi|jag)\s+har\s+inte\s+(?:glömt|förlorat)|"
    r"не отказыва\w*|не откажемся|не откажусь|отказа (?:\w+ ){0,2}не (?:получали|было)|"
    r"keine absage (?:\w+ ){0,2}(?:bekommen|erhalten)|(?:no|not had a|haven't had a) refusal|"
    r"\bno,\s+not un\w+|nicht,? dass wir kein\w* (?:interesse|bedarf)\w* hätten|"
    r"(?:it'?s )?not that we (?:aren'?t|are not|'re not) interested|inte för att vi inte är "
    r"intresserade|(?:отказываться|отказаться) (?:\w+ ){0,2}грех|"
    r"(?:ei|eipä) (?:\w+ )?kehtaa kieltäyty\w*|"
    r"en halua kieltäytyäkään|"
    # no reason to refuse: "I can't think of a reason why we'd turn this one down"
    r"can'?t (?:think of|see|find) (?:a|any) (?:single |good )?reason (?:why |to )(?:we'?d |"
    r"we would |we "
    r"should |i'?d )?(?:turn|say no|decline|pass|refuse)[^.!?]*|(?:wüsste|sehe) (?:ich )?"
    r"(?:nicht, warum|keinen grund,?) (?:wir )?(?:\w+ ){0,3}?(?:ablehnen|absagen|nein sagen)\w*|"
    r"en (?:keksi|näe) (?:mitään )?syytä (?:\w+ )?(?:kieltäytyä|sanoa ei)|(?:ser|har) (?:ingen|"
    r"inte någon) anledning (?:att|till att) (?:tacka nej|avböja|säga nej)|не вижу (?:никаких )?"
    r"причин(?:ы)? (?:\w+ )?(?:отказываться|отказаться)|"
    # a refusal clicked by mistake: "I hit Decline by mistake on my phone. We do want this lead"
    r"(?:hit|clicked|pressed|tapped|chose) (?:on )?(?:the )?decline (?:button |link )?"
    r"(?:by mistake|by accident|accidentally)|accidentally (?:hit|clicked|pressed|tapped) "
    r"(?:on )?(?:the )?decline|declined (?:it )?(?:by mistake|by accident)|"
    r"(?:versehentlich|aus versehen|irrtümlich) (?:\w+ ){0,2}(?:abgelehnt|ablehnen|absage)\w*|"
    r"(?:vahingossa|erehdyksessä) (?:\w+ ){0,2}(?:hylkää|hylkäsin|kieltäydy\w*|kieltäydyin)|"
    r"(?:hylkäsin|kieltäydyin|painoin hylkää) (?:\w+ ){0,2}(?:vahingossa|erehdyksessä)|"
    r"(?:tackade nej|avböjde|klickade på avböj|tryckte på avböj) (?:\w+ ){0,2}(?:av misstag|"
    r"av bara farten)|råkade (?:\w+ )?(?:tacka nej|avböja|klicka på avböj|trycka på avböj)|"
    r"(?:случайно|по ошибке) (?:\w+ ){0,2}(?:(?:нажал|кликнул)\w* (?:на )?[«\"„]?(?:отказ|"
    r"отклон)\w*[»\"“]?|отказал\w*|отклонил\w*)|"
    # a refusal drafted and never sent: "jag skrev faktiskt ett svar i går där vi tackade nej,
    # men det blev liggande bland utkasten", "I'd already written a reply turning it down"
    r"(?:skrev|hade skrivit) (?:\w+ ){0,3}(?:ett )?svar (?:\w+ ){0,3}där (?:vi|jag) tackade nej|"
    r"(?:wrote|had written|drafted) (?:\w+ ){0,2}(?:a |an )?(?:reply|answer|email) "
    r"(?:\w+ ){0,3}(?:turning (?:it|this) down|declining)|"
    r"(?:hatte|habe) (?:\w+ ){0,3}(?:eine )?(?:absage|antwort) (?:\w+ ){0,3}geschrieben|"
    # a caveat, not a refusal: "Can't promise a visit before Easter though"
    r"can'?t promise (?:a |an |the )?(?:visit|meeting|start|delivery|date)\w* (?:before|until|"
    r"till)|"
    r"can'?t see any reason (?:not )?to (?:let|pass|say no)[^.!?]*|"
    # "can't" that refuses nothing: "We can't say no to this one", "Can't wait to start",
    # "I can't see why not"
    r"(?:won'?t|can'?t|couldn'?t) say no to (?:this|that|it)|can'?t wait|"
    # "I can't say it's going nowhere, but I can't say it's going anywhere either"
    r"(?:i|we) can'?t (?:really )?say (?:it'?s|it is|that|whether|if)\b|"
    # "I can't tell what has been done with the customer"
    r"(?:i|we) can'?t (?:tell|see|find out|remember) (?:what|whether|if|how|where|when)\b|"
    r"(?:da )?sagen wir nicht nein|грех (?:отказываться|отказаться)|"
    # "отказываться жалко": a refusal regretted, not made
    r"(?:отказываться|отказаться) жалко|жалко (?:отказываться|отказаться)|sääli kieltäytyä|"
    # "kann ich weder zu- noch absagen": no refusal either
    r"weder zu-? noch ab(?:sagen)?|weder zusagen noch absagen|"
    r"(?:can'?t|don'?t) see why not|(?:ei|emme|en) (?:\w+ )?voi kieltäytyä|(?:kan|kunde) inte "
    r"säga nej|kann (?:man|ich|wir) (?:da )?nicht nein sagen|(?:отказаться не можем|не можем "
    r"отказаться)", re.I)
#: the writer takes back what came before: only what follows counts
_FIGURE_CORRECTED = as_typed(
    r"\d[\d .,]*?\s*[-–—]?\s*(?:ei kun|eiku|nein|no|nej|нет),?\s+(?=\d)|"
    # a typo owned up to: "47.100 € netto – Moment, Zahlendreher, laut Auftragsbestätigung
    # sind es 41.700 € netto", "18 500 € – sorry, typo: 15 800 €"
    r"\d[\d .,]*\d\s?(?:€|eur(?:o|os)?|sek|kr|руб\.?)?\s*(?:netto|net|brutto)?\s*[-–—,]?\s*"
    r"(?:(?:moment|oh|sorry|hups|ups|oj|ой)[,!.]*\s*)?(?:ein |a |en )?(?:zahlendreher|tippfehler|"
    r"typo|kirjoitusvirhe|näppäilyvirhe|skrivfel|felskrivning|опечатка)(?!\w)[^\d\n]{0,60}?"
    r"(?=\d)", re.I)
#: the step's day moved: "the customer moved it a day", "siirsi sitä päivällä eteenpäin"
_MOVED_IT = as_typed(
    r"(?<!\w)(?:(?:moved|pushed|shifted|rescheduled) (?:it|that|the (?:meeting|visit|"
    r"appointment))|siirsi (?:sitä|sen|tapaamis\w*|palaveri\w*|käynni\w*)|(?:ihn|den termin|das "
    r"treffen) (?:\w+ ){0,4}?verschoben|flyttade (?:det|den|mötet|besöket)|перен[её]с\w* (?:её|"
    r"его|встречу|визит))(?!\w)", re.I)
#: a step told before found off after all: "Thursday isn't confirmed after all", "Sari laittoi
#: juuri viestin, ettei keskiviikko käykään", a quote that was only a draft ("dort liegt nur
#: ein Entwurf"): what follows is the state, not a figure or a date corrected
_STEP_OFF_WORDS = (
    r"(?:isn'?t|is not|wasn'?t|was not|won'?t be) (?:\w+ )?(?:confirmed|happening|going ahead) "
    r"after all|(?:ettei|ei) (?:\w+ ){0,2}?(?:käykään|onnistukaan|sovikaan)\b|(?:findet|klappt) "
    r"(?:\w+ ){0,2}?doch nicht\b|(?:blir|funkar) (?:\w+ ){0,2}?ändå inte\b|(?:всё-таки|"
    r"все-таки) не (?:получается|получится|состоится)\b|nur (?:ein|einen) entwurf\b|only a "
    r"draft\b|vain luonnos\b|bara (?:ett|ett första) utkast\b|только черновик\b")
_STEP_OFF = as_typed(_STEP_OFF_WORDS, re.I)
_CORRECTED = as_typed(
    r"(?<!\w)(?:forget (?:the first sentence|what i (?:just )?said|my first \w+)|scra(?:tch|p) "
    r"that|ignore (?:all )?(?:the above|what i wrote above|the (?:first )?paragraph above|the "
    r"first paragraph)|"
    # set 323: "PS, 16:05:", "UPD:", "Bleibt also dabei", "Yliviivasin tuon yllä olevan",
    # "Euro alltså, inte kronor!", "Хотя подождите", "Men nu kom Tuomas in och"
    r"p\.?\s?s\.?,?\s*\d{1,2}[.:]\d\d(?=\s*[:,.!–—-])|upd(?=\s*:)|(?<=:)\s*hat sich erledigt|"
    r"bleibt (?:also )?dabei|yliviivasin (?:tuon |sen )?(?:yllä olevan|ylläolevan|edellisen)|"
    r"(?:euro|kronor|dollar|рубл\w*) alltså,? inte (?:euro|kronor|dollar)(?=\s*[!.])|"
    r"хотя,? (?:подождите|погодите|нет|стоп)\b|"
    # a second look: "Hetkinen, katsoin lomalistan uudestaan:", "Wait, I've just checked the
    # rota again", "vänta, jag tittade i kalendern igen"
    r"hetkinen,? katsoin (?:\w+ ){0,2}?uudestaan|wait,? i(?:'ve)? (?:just )?(?:checked|looked at) "
    r"(?:\w+ ){0,2}?again|moment,? ich (?:habe|hab) (?:\w+ ){0,3}?(?:nochmal|noch mal) "
    r"(?:angeschaut|nachgesehen|geprüft)|vänta,? jag (?:tittade|kollade) (?:\w+ ){0,3}?igen|"
    r"погодите,? (?:я )?посмотрел\w* (?:\w+ )?ещё раз|"
    # "Termin mit Frau Albers steht für Mittwoch früh. ¶ Kommando zurück – sie hat gerade
    # angerufen und den Termin abgesagt"
    r"kommando zurück(?=\s*[:,.!–—-])|"
    # "gerne, das machen wir! ¶ Ah, Moment – ich sehe erst jetzt, …"; a draft or a colleague's
    # mail taken back: "That's out of date now.", "So kann ich das aber nicht stehen lassen.",
    # "Пожалуйста, не учитывайте это письмо"
    r"(?:ah|oh|oi|ой),? (?:moment|wait|hetkinen|vänta|подождите)(?=\s*[,–—-])|"
    # a record denied: "Mikko kirjasi … ”kauppa tehty”. Se ei pidä paikkaansa – …"; the news
    # while writing: "Пока
    # писала, позвонила Ирине"; a look before sending: "Katsoin vielä kalenterista ennen
    # lähettämistä:"
    r"(?:se ei pidä paikkaansa|that'?s not (?:true|right|correct)|das stimmt (?:so )?nicht|det "
    r"stämmer inte|это не так|это неправда)(?=\s*[:,.!–—-])|пока писал\w*|"
    r"while (?:i was )?writing (?:this|that)|während ich (?:das |dies )?schrieb|"
    r"medan jag skrev|kirjoittaessani|(?:katsoin|tarkistin) vielä (?:\w+ ){0,3}?ennen "
    r"(?:lähettämistä|kuin lähetin)|(?:i )?checked (?:\w+ ){0,3}?(?:again )?before sending|"
    r"vor dem (?:absenden|abschicken) (?:\w+ ){0,3}?(?:nachgesehen|geschaut|geprüft)|"
    r"(?:kollade|tittade) (?:\w+ ){0,3}?innan jag skickade|"
    r"(?:that'?s|this is|it'?s) out of date now|so kann ich das (?:\w+ )?nicht stehen lassen|"
    r"не учитывайте (?:это|его|её|ее|то|предыдущее) (?:письмо|сообщение)|disregard (?:that|his|"
    r"her|the previous|the earlier) (?:e-?mail|mail|message)|(?:bitte )?ignorieren sie (?:diese|"
    r"seine|ihre|die vorige|die frühere) (?:mail|e-mail|nachricht)|bortse från (?:det|hans|"
    r"hennes|det förra) (?:mejlet|mailet|meddelandet)|jättäkää (?:se|hänen|edellinen) "
    r"(?:viesti|sähköposti) huomiotta|"
    # another customer's step: "Vi hade möte med dem i torsdags – nej förlåt, det var kunden i
    # Limingo."
    r"nej,? förlåt,? det var (?:kunden|en annan kund) i|no,? sorry,? that was the customer in|"
    r"nein,? (?:sorry|entschuldigung),? das war der kunde in|"
    # "Ой, посмотрела сроки в описании:", "Update before I hit send:"
    r"ой,? (?:я )?посмотрел\w*(?: \w+){0,3}(?=\s*[:,.!–—-])|update before i (?:hit|press|click) "
    r"send(?=\s*[:,.!–—-])|"
    r"(?:nu )?kom (?-i:[A-ZÅÄÖ])\w+ in och|walks in while|"
    # "Also den ersten Satz bitte vergessen:", "den Absatz oben bitte ignorieren", "Unohtakaa
    # ensimmäinen kappale:"
    r"(?:den )?(?:ersten |obigen )?(?:satz|absatz) (?:oben )?(?:bitte )?(?:vergessen|"
    r"ignorieren)|unohtakaa (?:tuo|se|edellinen|ensimmäinen \w+)|"
    # an update with its time: "Update 11:40 – ignore the above!", "Uppdatering 14:20:"
    # the real state said after all: "Eli oikea tilanne: ketään ei ole vielä saatu kiinni.",
    # "Поправлюсь: это с НДС."
    r"(?:eli |siis |so )?(?:oikea tilanne|the (?:real|actual) (?:situation|status)|(?:der )?"
    r"tatsächliche (?:stand|lage)|(?:det )?(?:rätta|verkliga) läget|поправлюсь|исправлюсь)"
    r"(?=\s*[:,.!–—-])|"
    # "Förlåt, fel mejl! Det där gällde Kemi-leadet"
    r"fel mejl(?=\s*[!.])|wrong (?:e-?mail|mail)(?=\s*[!.])|"
    r"(?:update|uppdatering|päivitys|обновление)\s*(?:kl\.?|klo|um|at|в)?\s*\d{1,2}[.:]\d\d"
    r"(?=\s*[:,.!–—-])|"
    # set 317: "Korjaan siis:", "Перечитала письмо:", "Halt, das ist ja der Bruttobetrag",
    # "ignore the no", "Nachtrag 11:40:", "Уточнение от Дмитрия:", "Нет, вру", "tuo on
    # alvillinen summa", "Leider muss ich das zurücknehmen", "before I press the button:"
    r"korjaan(?: siis| itseäni)?(?=\s*[:,.!–—-])|(?:i )?stand corrected|"
    r"перечитал\w*(?: \w+){0,2}(?=\s*[:,.!–—-])|"
    r"(?:(?<=\n)|^)[ \t]*halt(?=\s*[,!–—-])|ignore (?:the|my) (?:no|yes)\b|"
    r"уточнение(?: от \w+)?(?=\s*:)|(?:нет,? )?вру\b|"
    r"(?:tuo|se) on alvillinen (?:summa|hinta)|(?:that|this) (?:is|was) the gross\b|das ist "
    r"(?:ja )?der brutto\w*|det (?:är|var) (?:inklusive|inkl\.?) moms|это с ндс|"
    r"(?:muss|müssen) (?:ich|wir) (?:das|es) (?:leider )?zurücknehmen|"
    r"before i (?:press|hit|click) (?:the button|accept)|bevor ich (?:auf )?\W?(?:lead )?"
    r"(?:annehmen|akzeptieren)\W? (?:klicke|drücke)|nachtrag\s*(?:um\s*)?\d{1,2}[.:]\d\d"
    r"(?=\s*[:,.!–—-])|"
    # a draft broken off mid-sentence, the next paragraph what came after: "Vi tar den gärna,
    # Ivan kan köra upp till Kemi på måndag och ¶ Nu ringde Ivan: …", "… vereinbart, ich
    # schicke Ihnen ¶ – gerade hat Frau Hollerer angerufen"
    # (an empty match inside the blank line: no match here may touch a letter)
    r"(?:(?<=\boch\n)|(?<=\bund\n)|(?<=\band\n)|(?<=\bja\n)|(?<=\bи\n)|(?<=\bно\n)|"
    r"(?<=\baber\n)|(?<=\bbut\n)|(?<=\bmen\n)|(?<=\bmutta\n)|(?<=\bbis\n)|(?<=\buntil\n)|"
    r"(?<=\basti\n)|(?<=\btills\n))(?=[ \t]*\n)|"
    # (a dash and a word, and not a hyphen: not a separator line "--------", a signature
    # "-aino" nor a list's next item "- the water plant in Asikkala …")
    r"(?<=[^\W\d_]\n)(?=[ \t]*\n[ \t]*(?:[–—][ \t]+[^\W\d_]|…|\.\.\.))|"
    # the answer held back for a question: "PS, bevor Sie den Lead fix zuteilen: …?", "P.S.
    # Eller förresten, vänta med att skicka över den: gäller det bara givarna …?"
    r"bevor sie (?:den lead|ihn|es|das) (?:\w+ )?(?:zuteilen|vergeben|zuweisen)|before you "
    r"(?:assign|give|allocate|send) (?:it|the lead|this(?: one)?)|vänta med att skicka (?:över )?"
    r"(?:den|det|leadet)|"
    r"ignore (?:that|my (?:first|last) \w+)|on second thought|nein,? halt|halt,? nein|"
    # set 333: "Edit before sending – …", "So, to be accurate: …"
    r"(?:(?<=\n)|^)[ \t]*edit(?: before sending)?(?=\s*[:–—-])|(?:so,? )?to be (?:accurate|"
    r"precise|exact)(?=\s*[:,])|" + _STEP_OFF_WORDS + "|"
    r"das stimmt so nicht|that'?s not (?:quite )?right|"
    # set 348: "Nein, Moment, das nehme ich zurück.", "Ich korrigiere mich gleich selbst:",
    # "Nein, streichen Sie das –", "Jag ändrar mig."
    r"nein,? moment\b|(?:das|es) nehme ich (?:\w+ )?zurück|ich korrigiere mich\b|"
    r"streichen sie das\b|strike that\b|(?:jag|vi) ändrar (?:mig|oss)\b|i(?:'ve)? changed? my "
    r"mind\b|(?:ich habe|ich hab|hab) es mir anders überlegt|muutin mieleni|передумал\w*|"
    r"ich muss mich korrigieren|vergiss(?:t)? (?:das|den ersten "
    r"satz)|vergessen sie (?:das|meinen ersten satz)|kommando zurück|tai ei sittenkään|unohda "
    r"(?:tuo|edellinen|ensimmäinen \w+)|stryk det|glöm det|glöm (?:första|vad jag \w+)|"
    r"забудьте|отбой|хотя нет|"
    # "Hmm, actually no, I'm not sure that's right either", "ja, vi tar den - nej förresten",
    # "tarjous lähti eilen. Ei vaan - sekoitin tämän Lahden kohteeseen"
    r"actually,? no\b|nej,? förresten|ei vaan(?=\s*[-–—,.!])|"
    r"(?:on )?second thoughts?(?=\s*[:,.!–—-])|"
    # a yes taken back for a question first: "I was just about to hit accept, but wait - one
    # thing first", "мы возьмём этот лид... нет, сначала один вопрос", "Nachtrag, bevor ich
    # auf Annehmen klicke: …?"
    r"but wait\b|(?<=…)\s*нет(?=,)|(?<=\.\.\.)\s*нет(?=,)|bevor ich (?:auf )?(?:annehmen|"
    r"akzeptieren) klicke|before i (?:hit|click) accept|"
    # the words taken back: "Нет, беру слова назад", "I take that back", "otan sanani takaisin"
    r"беру (?:свои )?слова (?:назад|обратно)|i take (?:that|it) back|nehme (?:ich )?(?:das|es) "
    r"zurück|tar tillbaka (?:det|vad jag sa)|otan (?:sanani|tuon|sen) takaisin|"
    # an interjection opening the second thought: "Hmm, no - I was looking at the first
    # draft", "Hang on, that was the other Tikkurila customer", "Wait, I misread the size",
    # "Moment mal, Augsburg?", "Quatsch, das war noch die erste Fassung", "Hetkinen, luin
    # väärin", "Hups, tuo ensimmäinen rivi kuului Keravan kohteelle", "Oho, väärä liidi!",
    # "Äsch, nej", "Hm, nej", "Стоп, перепутал", "Ой, извините, я неправильно прочитал"
    r"(?:hmm?|hm),? no\b|hang on\b|wait,? i (?:misread|got (?:that|it) wrong)|let me rephrase|"
    r"i (?:was looking|looked) at the (?:first|old|wrong)|(?:i )?replied to the wrong (?:lead|"
    r"mail|email)|(?:that|the) (?:yes|no) (?:above )?was meant for|moment mal\b|quatsch\b|"
    r"oben (?:bitte )?streichen\b|vergessen sie den satz oben|hetkinen\b|luin väärin|hups\b|oho\b|"
    r"väärä liidi|(?:öh|äh),? ei sittenkään|ei sittenkään|äsch,? nej|hm+,? nej|glöm meningen "
    r"ovan|(?:jag )?tittade på fel|стоп,? перепутал|ой,? (?:извините|простите)|неправильно "
    r"прочитал|подождите с этим|смотрел\w* старую версию|сумму написал\w* неправильно|"
    r"(?:ei|nein|no|nej|нет),? (?:tuo|se|das|that|det|это) (?:on |ist |is |är |)?(?:väärin|"
    r"falsch|wrong|fel|неправильно)|"
    # the wrong customer: "Anteeksi, tuo oli väärä asiakas - sekoitin Järvenpään ja Keravan"
    r"(?:that|this) was the wrong (?:customer|client|lead|project)|(?:tuo|se|tämä) oli väärä "
    r"(?:asiakas|liidi|kohde)|(?:das )?war (?:der |die |das )?falsche(?:r|s)? (?:kunde|lead|"
    r"projekt)|det (?:var|gällde) fel kund|(?:это )?(?:был|была) не тот (?:клиент|лид|объект)|"
    # "Ei taida onnistua, kaikki asentajat on kiinni... ai niin, Jari palaa lomalta"
    r"ai niin|eiku|oh wait|ach (?:nee|nein),? (?:doch|moment)|förresten nej|а,? нет|"
    # "Ja, nehmen wir … Moment, Herr Wimmer ist bis Weihnachten komplett verplant"
    r"(?<=…)\s*(?:moment|wait|hetkinen|vänta|стоп|подождите)(?=,)|"
    r"(?<=\.\.\.)\s*(?:moment|wait|hetkinen|vänta|стоп|подождите)(?=,)|"
    # "Leider verloren – nein, Moment, das war die Ausschreibung in Ingolstadt"
    r"nein,? moment|no,? wait|nej,? vänta|ei kun|нет,? (?:стоп|подождите|погодите)|"
    # a paragraph opening on it: "Actually, hold on – before we commit: …?", "Fast vänta – en
    # fråga först", "Moment, eine Frage doch noch, bevor wir fix zusagen"
    r"hold on(?=\s*[:,.!–—-])|fast vänta|(?:(?<=\n)|^)\s*(?:moment|wait|hetkinen|vänta|стоп|"
    r"подождите|погодите)(?=\s*[,–—-])|"
    # the wrong mail open: "Oj, förlåt – jag hade fel mejl öppet"
    r"(?:jag hade|i had|ich hatte|minulla oli|у меня было открыто) (?:\w+ )?(?:fel|the wrong|"
    r"die falsche|väärä|не то) (?:mejl|mail|e-?mail|nachricht|viesti|письмо)|"
    # "we sent them our quote on Monday – no, sorry, I'm mixing this up with the Rauma job"
    r"(?:no,? )?(?:sorry,? )?i'?m mixing (?:this|that|it|things) up|ich verwechsle (?:das|da was)|"
    r"sekoit(?:an|in) (?:tämän|nyt|ne|nämä|\w+n ja)|"
    r"(?:jag blandar|nu blandar jag|jag blandade) ihop|"
    # "€24,300 + VAT. Sorry, correction, that was the first draft. The version that actually
    # went out was €23,850 + VAT"
    r"(?:correction|korrektur|korjaus|rättelse|поправка)(?:\s*(?:kl\.?|klo|um|at|в)?\s*\d{1,2}"
    r"(?:[.:]\d\d)?)?(?=\s*[:,.!–—-])|"
    # ("Поправка после звонка:", "Correction after the call:", "Korrektur nach Rücksprache:")
    r"(?:correction|korrektur|korjaus|rättelse|поправка) (?:после (?:звонка|разговора)|after "
    r"(?:the |a |my )?(?:call|phone call)|nach (?:dem |unserem )?(?:anruf|telefonat|gespräch)|"
    r"puhelun jälkeen|efter samtalet)(?=\s*:)|"
    # "24 800 EUR net. Sorry, typo: 28 400 EUR net, I switched the digits." (not "Опечатка,
    # извините." after the figure corrected)
    r"(?:typo|tippfehler|kirjoitusvirhe|lyöntivirhe|skrivfel|stavfel|опечатка)"
    r"(?:(?: above| oben| ylempänä| ovan| выше)(?=\s*[:,])|(?=\s*:))|"
    # "Nachtrag – Zahlendreher, sorry: richtig sind 26.790 € netto" (the word that opens the
    # right figure, not "… I switched the digits" after it)
    r"zahlendreher(?=\s*[:,.!–—-])|"
    # a joke taken back: "klar, da fahren wir mal eben hoch. Im Ernst: Das sollte ein Kollege
    # aus Hamburg machen", "joking aside", "skämt åsido", "leikki sikseen", "а если серьёзно"
    r"(?<![\w ])\s*(?:im ernst|spaß beiseite|scherz beiseite|(?:all )?joking aside|seriously"
    r"(?: though)?|skämt åsido|allvarligt talat|leikki sikseen|vakavasti puhuen|(?:а )?если "
    r"серь[её]зно|шутки в сторону|"
    # "Bad news: we lost it. Kidding :) They signed this morning."
    r"(?:just |only )?(?:kidding|joking)|nur (?:ein )?(?:scherz|spaß)|(?:war )?nur spaß|"
    r"skojar bara|skämtar bara|(?:ihan )?leikillä|vitsi vitsi|(?:да )?шучу)(?=\s*[:,.!–—-]))(?!\w)",
    re.I)
#: what a partner who takes the lead does next: "I'll ring the customer", "laitan Jannen
#: käymään", "отправлю к ним Диму", "jag ringer kunden", "ich rufe den Kunden an"
_WILL_ACT = as_typed(
    # the resources booked or a colleague sent: "Booked the van for Monday", "I've put Dave
    # down for the survey", "Varasin jo asentajan ensi viikolle", "Jag har bokat montören till
    # vecka 16", "Сергей поедет на объект в четверг", "Передала нашему инженеру, он свяжется
    # с клиентом завтра утром", "I'll call the site manager this afternoon"
    r"(?<!\w)(?:booked (?:the|a|our) (?:van|fitter|engineer|installer|electrician|survey)|"
    # the call promised to the person asked about: "Wer ist … der Hausmeister? Den würde ich
    # gern noch vor dem Wochenende anrufen", "Kan ni skicka hamnkaptenens nummer? Då ringer
    # jag honom i eftermiddag", "Jos saan numeron vielä tänään, Ville voi soittaa hänelle"
    r"(?:den|die|ihn|sie) würde ich (?:\w+ ){0,5}?anrufen|(?:då|så) ringer jag (?:honom|henne|"
    r"dem)|(?:jos saan (?:\w+ )?numeron\b[^.!?]{0,40}?)(?:\w+ )?(?:voi|voin|voimme) soittaa "
    r"(?:hänelle|heille)|(?:i'?d|i would) (?:like to )?(?:ring|call|phone) (?:him|her|them)|"
    r"(?:i'?ve|we'?ve|i have|we have) put \w+ down for|varasi\w* (?:jo )?(?:asentaja\w*|"
    r"pakettiauto\w*)|(?:jag|vi) har bokat (?:montör\w*|tekniker\w*|installatör\w*|"
    r"elektriker\w*)|(?:(?-i:[А-ЯЁ])\w+|он|она|инженер|монтажник|техник) (?:\w+ )?(?:поедет|"
    r"съездит|выедет) (?:на объект|к клиенту|к заказчику|к ним)|(?:он|она|они) свяж[её]тся с "
    r"(?:ними|клиентом|заказчиком)|(?:i'll|we'll|i will|we will|he'll|she'll|they'll|they will) "
    r"(?:ring|call|phone|contact|be in touch with|get in touch with) (?:the |their )?(?:site|"
    r"facilities|plant|maintenance|works|technical|estates?|operations) (?:manager|engineer|"
    r"contact|team|office)|they'?ll be in touch with (?:the customer|them|the client))|"
    # a colleague takes it on: "Stefan übernimmt das", "Jonas tar hand om den", "Kalle
    # hoitaa.", "Передал коллеге Игорю, он с ними свяжется"
    # (not the customer's own doing: "das übernimmt der Kunde selbst")
    r"(?<!\w)(?:(?:übernimmt (?:das|den|ihn|es|diesen|gerne?)|kümmert sich (?:drum|darum)|"
    r"tar hand om (?:den|det|leadet|leaden|kunden)|(?<!itse )hoitaa(?: (?:tämän|tän|sen|asian|"
    r"homman|jutun|liidin))?(?=\s*(?:[.!,]|$))|(?:он|она) (?:\w+ )?(?:с ними|с клиентом|с "
    r"заказчиком) свяж[её]тся|займ[её]тся (?:этим|им|клиентом|лидом)|(?:he|she)(?:'ll| will) "
    r"(?:take care of|handle|call|contact) (?:it|this|them|the customer))"
    r"(?!\s+(?:selbst|selber|själv|сам|himself|herself))|"
    r"(?:i'll|we'll|i will|we will) give (?:the customer|them|him|her|the client) a "
    r"(?:call|ring|buzz)|"
    r"(?:i'll|we'll|i will|we will) (?:ring|call|phone|contact|visit|get in touch with)"
    r" (?:the customer|them|him|her|the client)|ich rufe (?:den kunden|sie|ihn) (?:\w+ )?an|"
    r"ich ruf(?:e)? (?:\w+ ){0,3}(?:beim kunden|bei ihnen|bei ihm|den kunden) an|"
    # "Ich ruf den Kunden am Montag gleich in der Früh an und mach einen Termin aus"
    r"ich ruf(?:e)? (?:den kunden|die kundin|sie|ihn) (?:\w+ ){1,6}?an(?!\w)|"
    r"(?:ich )?mach(?:e)? (?:mit (?:ihm|ihr|ihnen|dem kunden) )?(?:gleich )?einen termin aus|"
    r"wir rufen (?:den kunden|sie|ihn) (?:\w+ )?an|(?:vi|jag) hör av (?:oss|mig) till (?:kunden|"
    r"dem)|"
    # "Jag ringer kunden under dagen."
    r"(?:jag|vi) ringer (?:kunden|dem|honom|henne) (?:under dagen|i dag|idag|direkt|genast|"
    r"i morgon|imorgon)|"
    # a colleague set on it: "Jani is on it already - I asked him to ring the customer", "han
    # hör av sig till kunden i morgon", "hän soittaa asiakkaalle huomenna", "ich habe Herrn
    # Wimmer gebeten, den Kunden anzurufen", "он заедет к клиенту"
    r"(?:is|are) on it(?: already)?\b|(?:i'll|we'll|i will|we will) (?:fix|set|agree|arrange|"
    r"book) (?:the |a )?(?:time|date|day|visit) with them|"
    r"asked (?:him|her|them|\w+) to (?:ring|call|phone|contact|"
    r"visit) (?:the customer|them|the client)|(?:han|hon|de) hör av sig till (?:kunden|dem)|"
    r"(?:hän|he) soitta(?:a|vat) asiakkaalle|(?:gebeten|beauftragt),? (?:den kunden|die kundin|"
    r"ihn|sie) (?:\w+ ){0,4}?(?:anzurufen|zu kontaktieren|zu besuchen)|(?:он|она|инженер|"
    r"монтажник|техник|коллега) (?:\w+ ){0,3}?(?:заедет|приедет|позвонит|съездит|выедет) "
    r"(?:к клиенту|к заказчику|к ним|клиенту|заказчику)|"
    # "Ajan sinne huomenna aamupäivällä katsomaan paikat."
    r"(?:ajan|ajetaan|menen|mennään|käyn|käydään) (?:sinne|paikalle|paikan päälle) (?:\w+ ){0,3}?"
    r"katsomaan|"
    # "laitetaan Lauri asialle. Hän soittaa asiakkaalle heti kun yhteystiedot tulevat", "Da
    # schick ich nächste Woche den Florian hin … Kontaktdaten bitte an mich."
    r"laitetaan \w+ asialle|soittaa asiakkaalle heti kun|(?:pistäkää|laittakaa) (?:asiakkaan )?"
    r"(?:numero|yhteystiedot) tulemaan|schick(?:e)? ich (?:\w+ ){0,3}(?:den|die) "
    r"\w+ hin|kontaktdaten bitte an mich|"
    # stock set aside and the contact asked for: "hab eben zwei Gateway-Kits aus unserem Lager
    # für Potsdam zurückgelegt … Den Ansprechpartner bitte direkt an mich, ich melde mich noch
    # diese Woche dort", "varasin hänelle iltapäivän tähän. Laitatteko asiakkaan yhteystiedot
    # suoraan minulle"
    # "Send the bakery's details over and he'll give them a ring", "unser Monteur hat sich den
    # Freitag für Wiener Neustadt schon freigehalten … Bitte um die Kontaktdaten vom Kunden"
    r"send (?:me |us )?(?:the |their )?(?:\w+'s )?(?:contact )?details over|(?:he|she)(?:'ll| "
    r"will) give (?:them|the customer|him|her) a (?:ring|call|buzz)|"
    r"(?:bitte um|bräuchte|brauche) (?:die |noch die )?(?:kontaktdaten|telefonnummer|"
    r"ansprechpartner)|für (?-i:[A-ZÄÖÜ])\w+(?: (?-i:[A-ZÄÖÜ])\w+)? (?:schon )?freigehalten|"
    r"für (?-i:[A-ZÄÖÜ])\w+ zurückgelegt|(?:den |die )?(?:ansprechpartner\w*|kontaktperson|"
    r"kundendaten) (?:bitte )?(?:direkt |gleich )?an mich|ich melde mich (?:\w+ ){0,3}?(?:dort|"
    r"beim kunden|bei ihnen|bei denen)\b|varasin (?:\w+ )?(?:iltapäivän|aamupäivän|päivän|"
    r"aamun|ajan) (?:tähän|tätä varten|tälle)|(?:laitatteko|lähetättekö) (?:\w+ ){0,2}"
    r"(?:asiakkaan |heidän )?(?:puhelinnumeron|numeron|yhteystiedot|yhteyshenkilön)|"
    # "Skicka kundens kontaktuppgifter så ringer jag dem före lunch."
    r"(?:skicka|send) (?:me |mig )?(?:the |kundens )?(?:customer'?s )?(?:kontaktuppgifter\w*|"
    r"contact details) (?:så ringer jag|and i'?ll (?:call|ring))|"
    r"soitan (?:heille|hänelle)|наберу (?:клиенту|им|заказчику)|laitan \w+ (?:\w+ ){0,2}(?:käymään|"
    r"soittamaan)|soitan asiakkaalle|jag ringer (?:kunden|dem|honom|henne)|vi ringer kunden|"
    r"отправлю к ним|(?:по)?звоню (?:клиенту|им|заказчику)|"
    # "завела карточку в нашей CRM и передала Дмитрию … Он ждёт контакты клиента"
    r"(?:жд[её]т|ждём|ждем) контакт\w* (?:клиента|заказчика)|завел\w* карточку|"
    # "👍 завтра наберу"
    r"(?:завтра|сегодня|утром|вечером|после обеда) (?:\w+ )?(?:наберу|позвоню|свяжусь)\b|"
    # "Send me the customer's phone number and I'll drive over on Tuesday", "Laittakaa
    # asiakkaan puhelinnumero niin soitan", "Пришлите, пожалуйста, телефон контактного лица"
    r"put (?:me|us) in touch with (?:them|the customer|the client|him|her)|"
    r"sätt (?:mig|oss) i kontakt med (?:kunden|dem|honom|henne)|"
    r"geben sie (?:mir|uns) (?:bitte )?(?:die )?(?:nummer|telefonnummer|kontaktdaten)|"
    r"schick (?:mir|uns) (?:mal )?(?:die )?(?:kontaktdaten|nummer|telefonnummer)|"
    r"свяжусь с (?:клиентом|заказчиком)|(?:i'll|we'll) swing by|jag åker förbi|"
    # a trip to the site planned: "I'd like to drive over to Hämeenlinna on Wednesday", "dann
    # fahren wir direkt hin", "kan titta in då", "käydään katsomassa tila", "ennen kuin
    # ajetaan Raumalle"
    # "Кран на четверг уже заказал", "eine Scherenbühne reserviert", "varasin jo
    # henkilönostimen", "Выезжаю к ним в среду", "Jag kör upp till Kemi på fredag", "Jari can
    # be in Kuopio on Wednesday morning … before he drives there"
    r"(?:кран|подъёмник|подъемник|вышк\w*) (?:\S+ ){0,3}?(?:уже )?заказал|заказал (?:\w+ )?"
    r"(?:кран|подъёмник|подъемник|вышку)|выезжаю к ним|(?:scheren|hebe|arbeits)bühne \w*\s*"
    r"reserviert|(?:kran|steiger|hubsteiger) (?:\w+ )?reserviert|varasin (?:jo )?(?:\w+ )?"
    r"(?:henkilönostim|nostim|nosturi|henkilönosturi)\w*|jag kör (?:upp |ner |ut |över )?till "
    r"\w+ (?:på )?(?:måndag|tisdag|onsdag|torsdag|fredag)|(?:bokat|bokade|har bokat) (?:en |"
    r"ett )?(?:lift|kran|skylift|saxlift)|before (?:he|she|we|i) drives? (?:there|over)|"
    r"(?:booked|reserved) (?:a |the )?(?:scissor )?(?:lift|crane|cherry picker)|"
    # "Our installer Ville can be in Kuokkala on Thursday already", "så börjar vi planera"
    r"can be (?:in|at) (?-i:[A-ZÄÖÅ])\w+ (?:on|already|next|this|tomorrow)\b|så börjar (?:vi|jag) "
    r"(?:planera|med|jobba)|"
    r"(?:i'?d|we'?d) like to (?:drive|come|go) (?:over|up|down)|(?:i'll|we'll|i will|we will) "
    r"(?:drive|come|go) over|dann fahren wir (?:\w+ )?hin|(?:montagebus|transporter|wagen) "
    r"(?:\w+ ){0,3}(?:schon )?reserviert|(?:kan|ska) (?:vi |jag )?titta in|"
    r"käydään (?:\w+ )?katsomassa|ennen kuin (?:ajetaan|lähdetään|mennään)|"
    r"send (?:me |us )?(?:over )?(?:the |their )?(?:customer'?s? |client'?s? |contact'?s? )?"
    r"(?:phone"
    r"(?: number)?|number|contact(?: details| info\w*| person)?|details of the contact)|"
    r"schicken sie (?:mir|uns) (?:bitte )?(?:noch |gleich |mal )?(?:die |den )?(?:kontaktdaten|"
    r"kundendaten|adresse|anschrift|"
    r"telefonnummer|nummer|ansprechpartner)|(?:laittakaa|lähettäkää|laita|lähetä) (?:\w+ ){0,2}"
    r"(?:asiakkaan |heidän )?(?:puhelinnumero|numero|yhteystiedot|yhteyshenkilö)|skicka "
    r"(?:gärna |över )?(?:kundens |deras )?(?:telefonnummer|numret|nummer|kontaktuppgifter\w*|"
    r"kunduppgifter\w*|kontaktperson)|(?:пришлите|присылайте|"
    r"скиньте),?\s+(?:\w+,?\s+){0,5}?"
    r"(?:телефон|номер|контакт\w*|данные (?:клиента|заказчика|объекта)))(?!\w)", re.I)
#: the customer's contact data asked for as a question
_DETAILS_ASKED = as_typed(
    r"(?<!\w)(?:(?:could|can|would) you (?:please )?send (?:(?:me|us) )?(?:over )?(?:the |their "
    r")?(?:customer'?s?|client'?s?|contact'?s?|site) (?:contact )?(?:address|phone|number|contact|"
    r"details)|"
    # "Could you send over the library's contact details so he can ring ahead …?"
    r"(?:could|can|would) you (?:please )?send (?:(?:me|us) )?(?:over |through |across )?(?:the |"
    r"their )?[\w-]+'s? (?:contact details|phone number|contact person|address|name and (?:a |"
    r"their )?(?:direct |phone |mobile )?number)|"
    # "Schicken Sie mir bitte die Durchwahl vom Haustechniker der Halle?"
    r"schicken sie (?:mir|uns) (?:bitte )?(?:noch )?(?:die |den )?(?:durchwahl|handynummer|"
    r"mobilnummer|telefonnummer|nummer|kontaktdaten)|"
    # "Could you send me the facilities manager's mobile?"
    r"(?:could|can|would) you (?:please )?send (?:me|us) (?:over )?(?:the |their )?(?:[\w-]+ )?"
    r"[\w-]+'s? (?:mobile|direct line|mobile number|cell)|"
    # "Wer ist dort vor Ort zuständig? Dann geht die Mappe heute noch raus."
    # (not a question before deciding: "Kurze Frage vorab: … Und wer ist da der
    # Ansprechpartner, Haustechnik oder Einkauf?")
    r"wer ist (?:dort|beim kunden) vor ort zuständig|"
    # "Wer ist beim Veranstalter für die Container zuständig?", "Kuka on työmaalla vastaava
    # mestari, ja mihin numeroon Ville voi soittaa?"
    r"wer ist beim (?:veranstalter|betreiber|bauherrn?|kunden) für (?:\w+ ){1,3}?zuständig|"
    r"mihin numeroon (?:\w+ )?(?:voi|voin|voimme|voisi|voisin) soittaa|what number (?:can|should) "
    r"(?:he|she|i|we) (?:call|ring)|unter welcher nummer (?:\w+ ){0,2}?(?:erreiche|erreichen|"
    r"anrufen)|vilket nummer (?:kan|ska) (?:han|hon|jag|vi) ringa|по какому номеру (?:можно )?"
    r"(?:звонить|позвонить)|"
    # "Can you send me the name and number of whoever runs the site?"
    r"(?:the )?name and (?:phone )?number of (?:whoever|the person|the \w+ (?:manager|engineer|"
    r"contact|lead))|(?:den )?namen und (?:die )?(?:telefon)?nummer (?:des|der|von)|namn och "
    r"(?:telefon)?nummer (?:till|på|för)|nimen ja (?:puhelin)?numeron|имя и (?:номер|телефон)|"
    # "Vilken adress är det och vem ska jag ringa?", "laitatteko kohteen osoitteen ja
    # yhteyshenkilön numeron?"
    r"vilken (?:är )?adress(?:en)?|vem ska (?:jag|vi) (?:ringa|fråga efter)|"
    r"who (?:we|i) should (?:ask for|call)|(?:können|könnten) "
    r"sie (?:mir|uns) (?:bitte )?(?:noch )?(?:die |den )?(?:nummer|telefonnummer|kontaktdaten|"
    r"ansprechpartner)|(?:kan|kunde) ni skicka (?:mig |oss )?(?:kundens |deras )?(?:nummer|"
    r"numret|telefonnummer|kontaktuppgifter|adress\w*)|(?:(?:voisitteko|voitteko|voisitko) "
    r"(?:laittaa|lähettää)|laitatteko|lähetättekö) (?:\w+ ){0,2}?(?:asiakkaan |heidän |kohteen )?"
    r"(?:puhelinnumero\w*|numero\w*|yhteystie\w*|osoit\w*|yhteyshenkilö\w*|"
    r"tiedot tulemaan)|"
    r"(?:можете|могли бы вы) (?:прислать|скинуть) (?:\w+ )?(?:телефон|номер|контакт\w*))", re.I)
#: the customer's contact details asked for in so many words, not as a question: "Schicken
#: Sie mir bitte noch Namen und Telefonnummer des Ansprechpartners", "Please send me their
#: contact's number", "Skicka gärna kundens nummer", "Laittakaa yhteyshenkilön numero",
#: "Пришлите, пожалуйста, контакты"
_DETAILS_REQUESTED = as_typed(
    # what is still missing to start: "Ihm fehlen nur noch der genaue Firmenwortlaut und die
    # Adresse des Kunden", "we just need the customer's address"
    r"(?<!\w)(?:(?:fehlen|fehlt) (?:\w+ ){0,6}?(?:die |der )?(?:adresse|kontaktdaten|"
    r"telefonnummer|ansprechpartner) (?:des|der) (?:kunden|kundin)|(?:just |only |still )?"
    r"need (?:\w+ ){0,3}?the (?:customer|client)'?s (?:address|details|contact details|number)|"
    r"(?:please )?send (?:me|us) (?:over )?(?:the |their )?(?:customer'?s? |client'?s? |"
    r"site |[\w-]+'s )?(?:contact'?s? )?(?:name|number|phone|address|contact details|details)|"
    r"(?:schicken|senden|geben) sie (?:mir|uns) (?:bitte )?(?:noch )?(?:den |die |den namen )?"
    r"(?:namen|nummer|telefonnummer|kontaktdaten|ansprechpartner|adresse|durchwahl|"
    r"handynummer|mobilnummer)|"
    r"skicka (?:gärna |mig |oss )*(?:kundens |deras )?(?:nummer|numret|telefonnummer|"
    r"kontaktuppgifter|adress\w*|namn)|"
    r"(?:laittakaa|lähettäkää|laita|lähetä) (?:\w+ )?(?:asiakkaan |heidän |kohteen )?"
    r"(?:yhteyshenkilö\w* )?(?:puhelinnumero\w*|numero\w*|yhteystie\w*|osoit\w*)|"
    r"(?:пришлите|скиньте|отправьте),? (?:пожалуйста,? )?(?:\w+ )?(?:телефон|номер|контакт\w*))",
    re.I)
#: the answer waits for ours: "Kerro niin katsotaan", "Пока не готова сказать ни да, ни нет"
_TELL_AND_WE_SEE = as_typed(
    r"(?<!\w)(?:kerro(?:kaa)?,? niin katsotaan|tell (?:me|us),? and we'?ll see|sag(?:en sie)? "
    r"(?:mir |uns )?bescheid,? dann schauen wir|säg till,? så (?:ser|kollar) vi|скажите,? и "
    r"посмотрим|(?:пока )?не (?:отвечаю|готов\w* (?:сказать|ответить)) ни да,? ни нет|"
    r"neither yes nor no|weder ja noch nein|not (?:yet )?ready to say yes or no|"
    r"varken ja eller nej|ei kyllä eikä ei|"
    # "Можете уточнить у заказчика? Как только будет ответ, сразу подтвержу."
    r"как только (?:будет|получу|придёт|придет) ответ,? (?:сразу )?подтвержу|as soon as (?:i|we) "
    r"(?:hear back|have (?:the|an) answer),? (?:i'?ll|we'?ll) confirm|sobald (?:ich|wir) "
    r"(?:die |eine )?antwort (?:habe|haben),? (?:sage|sagen) (?:ich|wir) zu|så fort (?:jag|vi) "
    r"(?:har fått|får) svar (?:så )?bekräftar (?:jag|vi)|heti kun saan vastauksen,? "
    r"vahvistan)(?!\w)", re.I)
#: the words that close a weighing-up: "No, otetaan se", "So, we'll take it", "Så visst"
_CONCLUSION = as_typed(
    r"(?:^|[.!?…]\s+)(?:so|anyway|all in all|in short|bottom line|also|kurzum|alles in allem|"
    r"no|eli|joten|lyhyesti|så(?: visst)?|kort sagt|alltså|итак|короче|в общем|словом|"
    r"result|outcome|ergebnis|tulos|resultat|итого|conclusion|fazit|johtopäätös|slutsats(?:en)?|"
    r"вывод|так что)"
    r"(?=[ ,:])[ ,:]+", re.I)
#: the writer weighed it up first: "mein erster Gedanke war nein", "vänt och vridit"
_WEIGHED = as_typed(
    r"(?:my|mein|meine) (?:first|erster?) (?:thought|reaction|gedanke|reaktion|impuls)|"
    r"ensimmäinen ajatus|min första (?:tanke|reaktion)|перв\w+ мысл\w*|vänt och vridit|"
    r"hin und her überlegt|thought (?:about it|it over)|mietin (?:tätä|asiaa)|"
    # "My first instinct was to pass", "Сначала хотел отказаться", "jag har funderat"
    r"first instinct|(?:at )?first i (?:thought|wanted)|zuerst (?:wollte|dachte)|"
    r"ensin (?:ajattelin|meinasin|ajattelimme)|först tänkte|har funderat|"
    r"сначала (?:хотел|думал|собирался)\w*", re.I)
#: "why not?": a yes put as a question, replaced by a plain yes before reading
_WHY_NOT = as_typed(
    # (anywhere in a sentence: "… under the raised floor – is the Pope Catholic?")
    r"(?<!\w)(?:why not|warum nicht|mikä ettei|miksipä ei|varför inte|почему бы (?:и )?нет|"
    r"is the pope catholic)\s*\?|"
    # a refusal asked about as unthinkable: "Would we ever say no to a dairy?", "Wann hätten
    # wir je nein gesagt?", "Когда мы отказывались?"
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:would (?:we|i) (?:ever )?(?:say no|turn down|refuse|"
    r"pass on)|"
    r"when (?:have|did) (?:we|i) ever (?:said|say) no|(?:wann|wo) (?:hätten|haben) wir (?:\w+ )?"
    r"(?:je(?:mals)?|schon mal) nein gesagt|würden wir (?:\w+ )?je(?:mals)? nein sagen|"
    r"milloin (?:me|olemme) (?:\w+ )?(?:kieltäytyneet|sanoneet ei)|skulle vi (?:\w+ )?någonsin "
    r"(?:säga|tacka) nej|när har vi (?:\w+ )?(?:någonsin )?(?:sagt|tackat) nej|"
    r"когда (?:это )?мы (?:\w+ )?отказывались|разве мы (?:\w+ )?откажемся|"
    # "Would we really let a cold store in Park Royal go to somebody else?", "Kenelle muulle
    # Nokian pumppaamo kuuluisi kuin meille?"
    # "Säger man nej till ett sjukhus i Solna …?"
    r"(?:säger|tackar) man nej till\b|"
    r"would (?:we|i) (?:really |ever )?let (?:\w+ ){0,8}?go to (?:somebody|someone|anybody|"
    r"anyone) else|kenelle (?:muulle|muille|muuten) (?:\w+ ){0,4}?(?:kuuluisi|kuuluu|menisi) "
    r"(?:\w+ )?kuin meille)[^.!?\n]*\?|"
    # not leaving it to anyone else: "Det här lämnar vi inte till någon annan.", "we're not
    # leaving this one to anyone else", "das lassen wir uns nicht nehmen"
    # hard to say no to: "Det blir svårt att säga nej till.", "hard to say no to that"
    r"(?:det blir|det är|it'?s|that'?s) (?:\w+ )?(?:svårt|hard|difficult) (?:att|to) (?:säga|say) "
    r"(?:nej|no)(?: (?:till|to)(?: (?:det|den|that|this|it))?)?|schwer,? (?:da )?nein zu sagen|"
    r"vaikea sanoa (?:tälle )?ei|трудно (?:от этого )?отказаться|"
    r"(?:det här|den här|den|det) (?:lämnar|ger) vi (?:inte|int) (?:bort )?(?:till|åt) någon "
    r"annan|(?:we're|we are) not (?:leaving|giving) (?:this|it)(?: one)? to (?:anyone|anybody) "
    r"else|das lassen wir uns (?:nicht|doch nicht) nehmen",
    re.I | re.M)
#: a word asked of oneself before the answer asks nothing: "Honestly? Ask me again next
#: week.", "Ehrlich? Keine Ahnung.", "Rehellisesti?", "Честно?"
_ONE_WORD_ASKED = as_typed(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:honestly|seriously|frankly|ehrlich(?: gesagt)?|im ernst|"
    r"rehellisesti|suoraan sanottuna|ärligt(?: talat)?|uppriktigt|честно(?: говоря)?|"
    r"серь[её]зно)\s*\?", re.I | re.M)
#: a report that opens by saying nothing has moved ("пока без изменений.", "No change so far:",
#: "Ei muutoksia.", "Unverändert:", "Inget nytt:")
_NO_CHANGE = as_typed(
    r"\W*(?:(?:(?:пока|всё|все|по-прежнему|до сих пор) )?без изменений|(?:still )?no change(?:s)?"
    r"(?: yet| so far| here)?|(?:bisher |noch )?(?:unverändert|keine veränderung(?:en)?)|"
    r"ei (?:vielä )?muutoksia|ennallaan|(?:inget nytt|oförändrat)(?: än| ännu)?|"
    # "Нового пока ничего.", "Nothing new yet.", "Nichts Neues bisher.", "Ei mitään uutta."
    r"(?:нового|ничего нового) (?:пока )?(?:ничего|нет)|(?:пока )?ничего нового(?: нет)?|"
    r"(?:still )?nothing new(?: yet| so far| to report)?|(?:bisher |noch )?nichts neues"
    r"(?: bisher)?|ei (?:vielä )?(?:mitään )?uutta)\s*[.:!–—-]",
    re.I)
#: news added after "nothing new" ("inget nytt ännu. Tillägg: jo, förresten – jag ringde
#: kunden i går")
_NEWS_AFTER_ALL = as_typed(r"(?<!\w)(?:förresten|by the way|btw|übrigens|muuten|кстати|"
                           r"actually|eigentlich|itse asiassa|faktiskt|вообще-то|"
                           r"(?:but|aber|men|mutta|но) (?:now|jetzt|nu|nyt|теперь|сейчас))(?!\w)",
                           re.I)
#: the writer turning from other deals' news to this lead's ("Different story with this one,
#: luckily:", "…, joten tämä lämmitti erityisesti:", "С этим лидом другое дело")
_TURN_TO_THIS_ONE = as_typed(
    r"(?<!\w)(?:(?:a )?different story with this one|this one(?: is|'s) (?:a )?different"
    r"(?: story)?|"
    r"(?:with|on) this one,? (?:though|luckily|thankfully|happily)|(?:joten|mutta) tämä (?:\w+ )?"
    r"(?:lämmitti|ilahdutti|piristi)|tämän kanssa (?:kävi |meni )?toisin|anders (?:sieht es|ist "
    r"es|lief es) (?:\w+ )?(?:bei|mit) (?:diesem|dem hier)|med den här (?:gick det|är det) "
    r"(?:\w+ )?annorlunda|с этим (?:лидом |проектом )?(?:же )?(?:другое дело|иначе))(?!\w)", re.I)
#: a quotation after a colon that holds a question mark (someone else's words)
#: (a client's wrap may break the line inside it)
_QUOTED_ASKING = re.compile(r"(?<=:)\s*[“\"«„][^”“\"«»„]{0,300}?\?[^”“\"«»„]{0,300}[”“\"»]")
#: a "no" that answers the writer's own question whether something is needed first ("Do we
#: need to see drawings before we say yes? No – we still have the as-builts"): no refusal
_NEED_ASKED_NO = as_typed(
    r"(?P<asked>(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:do|would|will) (?:we|i) (?:really |even )?"
    r"need|need we|(?:brauchen|müssen|benötigen) (?:wir|ich)|tarvit(?:semmeko|senko|aanko)|"
    r"(?:behöver|måste) (?:vi|jag)|нужн[оы] ли)\b[^?\n]*\?)\s*(?:no|nope|nein|nee|ei|nej|нет)"
    r"\b\s*[,.!:–—-]?", re.I | re.M)
#: the writer's own question, answered at once, asks nothing and answers nothing by its "no":
#: "Would I love a hospital job in Canterbury? Who wouldn't.", "Have I got one engineer free
#: before October? Not unless I clone one.", "Встречались? Нет."
_SELF_ANSWERED = as_typed(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:have|did) you (?:met|meet|spoken|talked)|"
    r"(?:would|have|do|am|could|can) i|(?:would|have|do|are|"
    # (not the question of the lead itself: "Can we take this? No – nobody is free.")
    r"could|can) we|встречались|созванивались|getroffen|tavattiinko|träffats)\b"
    r"(?:(?!\b(?:take|want|nehmen|übernehmen|ottaa|otetaanko|ta|tar|взять|берём)\b)[^?\n])*\?\s*"
    r"(?:who wouldn'?t|not unless\b[^.!?\n]*|no|nope|нет|nein|ei|nej)\b[.!]?", re.I | re.M)
#: a complaint put as a question asks nothing about the lead: "Why am I locked out again?",
#: "Miksi näitä edes lähetetään meille?", "Tarvitaanko tätä oikeasti?"
_COMPLAINING_QUESTION = as_typed(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:why|warum|wieso|miksi|varför|почему|зачем)\b"
    r"[^.!?\n]*?\b(?:again|even|schon wieder|überhaupt|edes|taas|uudestaan|ens|igen|опять|"
    r"снова|вообще)\b[^.!?\n]*|is (?:this|that|all this) really (?:necessary|needed)|"
    r"(?:braucht es|brauchen wir) (?:das|so etwas) wirklich|tarvitaanko tätä (?:oikeasti|"
    r"todella)|behövs (?:det här|detta) verkligen|(?:это|такое) (?:правда|действительно) нужно)"
    r"\s*\?+", re.I)
#: our own mails counted in a complaint: "Eilen tarjous, tänään muistutus ja kohta varmaan
#: vielä kolmas viesti" (the offer there is ours, not the partner's quote)
_OUR_MAILS_COUNTED = as_typed(
    r"(?<!\w)(?:eilen|yesterday|gestern|igår|вчера)\b[^.!?\n]{0,40}?(?:tänään|today|heute|"
    r"idag|i dag|сегодня)\b[^.!?\n]{0,20}?(?:muistutus|reminder|erinnerung|påminnelse|"
    r"напоминани)\w*[^.!?\n]*", re.I)
_PLAIN_YES = {"en": "we'll take it.", "de": "nehmen wir.", "fi": "otetaan.", "sv": "vi tar den.",
              "ru": "берём."}
#: our status request's question typed back before the answer: "Where do things stand? I'd
#: quite like to know that myself", "Missä mennään? No, …"
_OUR_QUESTION_ECHOED = as_typed(
    # (quoted too: '"Where do things stand?" Good question.')
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*[\"“„«]?(?:where do things stand|"
    r"wie ist der stand der dinge|"
    r"missä mennään|hur ligger det till|как обстоят дела|"
    # asked back in a word: "läget? Oförändrat, om man ska vara snäll."
    r"läget|tilanne|der stand|the status|status)\s*\?[\"”“»]?", re.I)
#: what they would do there, asked as unthinkable: "mitä me Rovaniemellä tekisimme?", "what
#: would we do in Kiruna?", "Was sollen wir denn in Passau?", "Vad ska vi i Kiruna?"
_WHAT_WOULD_WE_DO = as_typed(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:mitä (?:me|meidän) (?:\w+(?:ssa|ssä|lla|llä)|siellä|"
    r"pohjoisessa|etelässä) (?:\w+ )?(?:tekisimme|pitäisi tehdä|tehtäisiin)|"
    r"what would (?:we|i) (?:even )?do (?:in|up in|down in|out in)\b|"
    r"was (?:sollen|sollten|würden) wir (?:denn )?in \w+(?: (?:machen|tun))?|vad "
    r"(?:ska|skulle) vi (?:göra )?(?:i|uppe i) \w+|что (?:нам|мы) (?:там )?делать в|"
    r"что бы мы делали в|"
    # who is to do it: "wer soll das denn bitte machen?", "who's supposed to do that?"
    r"wer soll (?:das|den|ihn) (?:denn )?(?:bitte )?(?:machen|übernehmen)|who'?s (?:supposed|"
    r"meant) to do (?:that|it|this)|kuka sen (?:muka )?(?:tekisi|hoitaisi)|vem ska (?:då )?"
    r"(?:göra|ta) (?:det|den)|кто (?:же )?(?:это|его) будет делать)[^.!?\n]*\?", re.I)
_PLAIN_NO = {"en": "we'll pass.", "de": "nehmen wir nicht.", "fi": "emme ota.",
             "sv": "vi tackar nej.", "ru": "не берём."}
#: a loss that was nearly suffered: "we very nearly lost this one", "чуть не потеряли"
#: what is not the lead's state: a line about the competition ("Wettbewerb: Sentronic hat
#: schon ein Angebot abgegeben": their offer, not ours) and losses of another kind ("two days
#: of lost production")
#: the lead mixed up with another customer's, and what that one's step was: "sekoitin tämän
#: Järvenpään leipomoon, jonka kanssa tapaaminen oli", "I mixed this one up with the
#: Harlow school, where we had the meeting"; ``mixed`` is the words saying so
_MIXED_UP = as_typed(
    r"(?<!\w)(?P<mixed>(?:sekoitin|sotkin|sekoitimme) (?:tämän|sen|nämä|ne)|(?:i|we) (?:had |have "
    r")?(?:mixed|muddled|confused) (?:this|it|them)(?: one)? (?:up )?with|(?:ich|wir) "
    r"(?:habe|hab|haben) (?:das|den|ihn|es|die) mit(?= [^.!?]{1,60}? verwechselt)|(?:jag|vi) "
    r"(?:blandade|har blandat|hade blandat) ihop (?:den|det|dem)(?: här)? med|(?:я |мы )?"
    r"перепутал\w* (?:\w+ )?с) [^.!?]*", re.I)
_NOT_OURS = as_typed(
    # a sentence said to be about another lead: "Värmdö, det andra köket, har möte den 29 maj,
    # men det är ett annat lead", "Die Wäscherei … hat abgesagt, das ist aber der andere Lead"
    r"[^.!?\n]*\b(?:(?:that|this|it)(?:'s| is) (?:a different|another|the other) lead|(?:das|es) "
    r"ist (?:\w+ )?(?:der|ein) andere[r]? lead|(?:det|den) är (?:\w+ )?(?:ett annat|en annan|det "
    r"andra) lead\w*|(?:se|tämä) on (?:\w+ )?(?:eri|toinen) liidi|это (?:\w+ )?другой лид)\b"
    r"[^.!?\n]*[.!?]?|"
    # the meeting is another customer's: "mötet i morgon är med kunden i Kempele"
    r"(?<!\w)(?:mötet|the meeting|der termin|tapaaminen|palaveri|встреча)\b[^.!?\n]{0,30}?\b(?:är|"
    r"is|ist|on) (?:med|with|mit|с) (?:kunden|the customer|dem kunden|asiakkaan|клиентом|"
    r"заказчиком) (?:i|in|в)\b[^.!?\n]*|"
    r"(?:^|(?<=\n)|(?<=[.!?] ))[\s\-•*\d.)]*(?:wettbewerb|konkurrenz|konkurrenter|konkurrent\w*|"
    r"competition|competitors?|kilpailij\w*|конкурент\w*)\s*:[^\n]*|"
    r"\blost (?:production|time|output|hours|days|revenue|sales|data|profits?|shifts?)\b|"
    # a competitor's loss is our win elsewhere: "the competitor's rep who had just lost the
    # Hamina terminal deal (Haminan Terminaali) to us"
    r"\blost [^.!?\n]{1,60}? to us\b|"
    r"\blost (?:a|an|the|their|its) (?:\w+ )?(?:freezer|fridge|batch|shipment|load|samples?|"
    r"stock|goods|cargo)\b|"
    r"\blost (?:a|an|our|one of our) (?:\w+ ){0,2}(?:man|employee|technician|engineer|colleague|"
    r"installer)\b|(?:\w+ ){0,3}(?:mann|mitarbeiter|techniker|monteur|kollegen) verloren\b|"
    # an open question is no fact: "ob er mit der Molkerei schon gesprochen hat"
    r"\b(?:ob|whether)\b[^.!?\n]*|"
    # another firm's quote: "hade redan fått en offert från en annan firma"
    r"\b(?:offert|offer|quote|angebot|tarjous|tarjouksen|предложение)\w* (?:från|from|von|"
    r"от) (?:en annan|another|a different|einer? anderen|der konkurrenz|konkurrenten|"
    r"the competitor|другой) ?(?:firma|company|firm|supplier|leverantör|anbieter|фирмы|"
    r"компании)?\b|"
    r"\b(?:toiselta|kilpailijalta) (?:firmalta|yritykseltä|toimittajalta )?(?:saatu |saanut )?"
    r"tarjou\w*|"
    r"\bverlorene[nr]? (?:produktion|zeit|stunden|tage)\b|"
    # another deal's outcome set against this one: "Hävitty oli Nokian kohde, ei tämä",
    # "we lost the Kerava one, not this one"
    r"[^.!?\n]*,\s*(?:ei tämä|not this one|nicht dieser|nicht diese[rs]?|inte den här|inte "
    r"detta|а не этот|не этот)\b[^.!?\n]*|"
    # a visit approved is no order signed: "Their safety officer signed off our visit"
    r"\bsigned off (?:on )?(?:our|the|their) (?:visit|access|plan|drawings|layout|work permit|"
    r"permit|method statement|risk assessment)\b|"
    r"\bmenetet\w* (?:tuotan\w*|aika\w*|tunti\w*|päiv\w*)|"
    r"\bförlorad\w* (?:produktion|tid|timmar|dagar)\b|"
    r"\bпотерянн\w* (?:врем\w*|производств\w*|час\w*|дн\w*)", re.I)
#: a non-disclosure agreement signed: no order, but the customer is in touch ("NDA with the
#: city's facility unit is already signed", "kunden vill att vi skriver under deras
#: sekretessavtal … Jag skrev under och skickade tillbaka det")
_NDA_SIGNED = as_typed(
    r"\b(?:nda|non-disclosure(?: agreement)?|confidentiality agreement|geheimhaltungs\w*|"
    r"vertraulichkeits\w*|sekretessavtal\w*|salassapito\w*|соглашени\w* о неразглашении)"
    r"[\s\S]{0,120}?(?:signed|unterschrieben|unterzeichnet|undertecknat|signerat|påskrivet|"
    r"skrev under|skrivit under|allekirjoitettu|allekirjoitettiin|allekirjoitimme|allekirjoitin|"
    r"подписа\w*)\b|"
    r"\b(?:signed|unterschrieben|undertecknade|signerade|skriver under|skrev under|"
    r"allekirjoitimme|подписали) (?:the |an |their |die |ett |deras |vårt )?(?:nda|"
    r"non-disclosure|confidentiality agreement|geheimhaltungs\w*|sekretessavtal\w*|"
    r"salassapito\w*)\b(?:[\s\S]{0,120}?\b(?:signed|unterschrieben|skrev under|"
    r"allekirjoitin|подписал\w*)\b)?", re.I)
#: one sentence; a point inside a date or before a small letter ("am 18.09. ist geplatzt",
#: "1 750 000 руб., а одну …")
#: ends none (one character at a time: linear, however long the sentence)
_LONG_SENTENCE = as_typed(
    r"(?:[^.!?\n]|\.(?=\d|(?:\s*,)?\s+(?-i:[a-zäöüßåа-яё])))+[.!?]*|[.!?\n]+")


def _without(text: str, *parts: re.Pattern, unless: re.Pattern | None = None) -> str:
    """``text`` without the sentences that hold each of ``parts`` (and not ``unless``)."""
    return "".join(" " if all(p.search(s) for p in parts) and not (unless and unless.search(s))
                   else s for s in _LONG_SENTENCE.findall(text))


#: a sentence about a meeting that was called off ("Der erste Termin am 18.09. ist
#: geplatzt, weil der Kunde absagen musste", "Встреча, которую назначали на 25 сентября,
#: сорвалась"): no meeting, and no loss either, unless the project is named too
_MEETING_NOUN = as_typed(r"(?<!\w)(?:termin|meeting|möte|besök|tapaami|palaveri|käynti|"
                         r"käynni|visit|встреч|визит)\w*", re.I)
_CALLED_OFF_WORD = as_typed(
    r"(?<!\w)(?:geplatzt|abgesagt|absagen|ausgefallen|verschoben|cancel\w*|called off|"
    # "men mötet blev aldrig av", "the meeting never happened"
    r"blev aldrig av|never (?:happened|took place)|fand (?:nie|nicht) statt|ei toteutunut|"
    r"ei koskaan toteutunut|не состоял\w*|"
    r"postponed|ställde\w* in|ställdes in|inställ\w*|avbok\w*|peru(?:ttiin|ttu|tti|ivat|i|"
    r"untui|untunut)|siirty\w*|сорвал\w*|отмен\w*|перен[её]с\w*)(?!\w)", re.I)


#: … unless the project is named too, or the meeting is set again in the same sentence ("They
#: cancelled Tuesday's meeting, we're meeting on Friday instead", "Der Termin am Montag ist
#: ausgefallen, stattdessen treffen wir uns am Mittwoch")
_PROJECT_OR_INSTEAD = as_typed(r"(?<!\w)(?:projekt|project|auftrag|order|deal|tilau|kaup|affär|"
                               r"проект|заказ|сделк)|(?<!\w)(?:instead|stattdessen|statt dessen|"

                               r"istället|i stället|sen sijaan|вместо (?:этого|неё|нее|него))"
                               r"(?!\w)", re.I)


def _without_called_off(text: str) -> str:
    text = _BACK_ON.sub(r" \g<on>", text)  # "war eigentlich abgesagt, ist jetzt doch wieder fix"
    return _without(_NOT_CALLED_OFF.sub(" ", text), _MEETING_NOUN, _CALLED_OFF_WORD,
                    unless=_PROJECT_OR_INSTEAD)


#: a meeting called off and put back on in the same sentence: what stands is the meeting
_BACK_ON = as_typed(
    rf"(?:{_CALLED_OFF_WORD.pattern})[^.!?]{{0,40}}?(?P<on>(?<!\w)(?:(?:doch |jetzt )?wieder "
    r"(?:fix|bestätigt|angesetzt)|back on|on again|taas voimassa|sovittu uudelleen|"
    r"(?:är )?på igen|снова в силе|вс[её]-таки состоится))", re.I)


#: a meeting only moved, or its cancelling denied: "der Termin ist nicht abgesagt, nur
#: verschoben", "not cancelled, just moved to Thursday", "ei peruttu, vain siirretty"
_NOT_CALLED_OFF = as_typed(
    r"(?<!\w)(?:nicht|not|inte|ei|не)\s+(?:\w+\s+)?(?:abgesagt|ausgefallen|geplatzt|cancel+ed|"
    r"called off|inställ\w*|avbok\w*|peruttu|peruuntunut|отмен[её]н\w*)(?:,?\s*(?:sondern|nur|"
    r"just|only|but|bara|utan|vain|vaan|а|только)\s+(?:\w+\s+)?(?:verschoben|moved|"
    r"postponed|rescheduled|flyttat|flyttad|siirretty|siirtyi|перенес[её]н\w*|перенесли))?|"
    r"(?<!\w)(?:nur|just|only|bara|vain|только)\s+(?:verschoben|moved|postponed|rescheduled|"
    r"flyttat|flyttad|siirretty|siirtyi|перенес[её]н\w*|перенесли)", re.I)


#: how the writer types this mail, no call to the customer: "Lyhyesti puhelimella työmaalta:",
#: "kirjoitan puhelimella", "Kurz vom Handy", "Skriver från mobilen", "Пишу с телефона"
_ON_MY_PHONE = as_typed(
    r"(?<!\w)(?:(?:lyhyesti|kirjoitan|vastaan|naputtelen|näpyttelen) (?:\w+ )?puhelimella|"
    r"puhelimella (?:työmaalta|autosta|junasta|matkalta|mökiltä|tien päältä|kentältä)|"
    r"(?:from|on) my (?:phone|mobile)|vom handy|(?:från|på) mobilen|с телефона)(?!\w)", re.I)
#: an apology for answering late because the writer was away: "pahoittelut viiveestä, olin
#: viime viikon Ruotsissa asiakaskäynneillä" (other customers' visits, not this lead's)
_APOLOGY = as_typed(r"(?<!\w)(?:sorry|apologies|apologi[sz]e|pahoittel\w*|sori|anteeksi|"
                    r"entschuldig\w*|förlåt|ursäkta|извините|простите)(?!\w)", re.I)
#: an opening sentence of courtesy, an apology or thanks: "förlåt att jag svarar sent. Innan
#: vi bestämmer oss: …", "danke für den Lead, der klingt interessant. Bevor wir zusagen, …"
_COURTESY_FIRST = as_typed(r"^\W*(?:[^.!?\n]{0,20}?\b)?(?:sorry|apologies|pahoittel\w*|sori|"
                           r"anteeksi|entschuldig\w*|förlåt|ursäkta|извините|простите|"
                           r"thanks|thank you|danke|vielen dank|kiitos|tack|спасибо)"
                           r"(?!\w)[^.!?\n]{0,80}[.!]\s*", re.I)
_I_WAS = as_typed(r"(?<!\w)(?:i was|i've been|ich war|olin|jag var|я был\w*)(?!\w)", re.I)
_AWAY = as_typed(
    r"(?<!\w)(?:asiakaskäynneillä|visiting (?:other )?customers|bei kunden|på kundbesök|"
    r"на выездах|messuilla|at (?:a|the) (?:\w+ )?(?:fair|trade show)|auf der messe|på mässa\w*|"
    r"на выставке|lomalla|on holiday|im urlaub|på semester|в отпуске|on site|on the road|"
    r"auf (?:der )?montage|työmaalla|på montage|на объекте|"
    # the whole day at a customer's, why the answer is late: "olin eilen koko päivän asiakkaalla"
    r"koko päivän asiakkaa?l\w*|den ganzen tag (?:beim|bei) kunden?|all day (?:at|with) (?:a )?"
    r"customers?|hela dagen hos (?:en )?kund|весь день у (?:клиента|заказчика))(?!\w)", re.I)


#: someone busy right now: "my boss is in a meeting", "Pomo on palaverissa", "Chefen sitter i
#: möte" (not a meeting with the customer: "we're in a meeting with them on Friday")
_BUSY = as_typed(
    r"(?<!\w)(?:(?:is|'s|are|am|'m) (?:currently |still |just |right now |now )?(?:in|on|at) "
    r"(?:a |an |the )?(?:meeting|call|conference)|(?:ist|sind|bin) (?:gerade |noch |momentan |"
    r"derzeit |jetzt |bis \w+ )?(?:in einem|in einer|im|in der) (?:meeting|besprechung|sitzung|"
    r"telefonat|termin)|"
    r"(?:on|ovat|olen) (?:nyt |juuri |vielä )?(?:palaverissa|kokouksessa|palsussa|puhelussa)|"
    r"(?:sitter|är) (?:just nu |fortfarande |nu )?i (?:ett )?(?:möte|samtal|telefonmöte)|"
    r"(?:сейчас|пока) (?:на|в) (?:совещании|встрече|переговорах|командировке))(?!\w)"
    r"(?! (?:with|mit|med|beim|bei) (?:the |dem |der |den )?(?:customer|client|them|kunde\w*|"
    r"kund\w*))"
    r"(?! asiakkaan kanssa)(?! с (?:клиентом|заказчиком))", re.I)


#: what is not between the partner and the customer: our own meetings ("Katson huomenna klo
#: 9 palaverissa, riittääkö väki"), the customer's board ("their board meets on 12 March") and
#: work given to the partner's subcontractor ("Die Montage würden wir gern an unseren
#: langjährigen Subunternehmer aus Freising vergeben")
_NOT_WITH_CUSTOMER = as_typed(
    # a colleague calling us with news: "Nu ringde Ivan: han är sjukskriven", "Gerade rief
    # Herr Brandl an:"
    r"(?:nu|just|gerade|juuri|только что) (?:ringde|rief|soitti|called|позвонил\w*) "
    r"(?-i:[A-ZÄÖÅА-Я])\w+(?: an)?\s*:|"
    r"(?:unsere\w*|our|vår\w*|meidän|наш\w*) (?:\w+ ){0,2}?(?:subunternehmer|nachunternehmer|"
    r"subcontractor|underleverantör|underentreprenör|aliurakoitsija|субподрядчик)\w*[^.!?\n]*|"
    # the customer's own meeting the papers go to: "He's taking them to their ops meeting on
    # Thursday", "Hän vie ne johtoryhmän palaveriin ensi tiistaina"
    r"(?<!\w)(?:taking|takes|take|bringing|brings) (?:them|it|these|those|the \w+) to (?:their|"
    r"his|her|the) (?:\w+ ){0,2}?meeting[^.!?,\n]*|vie (?:ne|sen|ne \w+|esitteet) (?:\w+ )?"
    r"(?:palaveriin|kokoukseen)[^.!?,\n]*|(?:nimmt|bringt) (?:sie|die unterlagen|das) (?:mit )?"
    r"(?:in|zur) (?:die |der )?\w*(?:besprechung|sitzung|runde)[^.!?,\n]*|tar (?:med )?(?:dem|det|"
    r"den) till (?:\w+ )?(?:mötet|ledningsgruppen)[^.!?,\n]*|"
    r"(?<!\w)(?:(?:katson|katsotaan|käydään läpi|päätetään|mietitään|selvitän)\b[^.!?]{0,40}?\b"
    r"palaverissa|(?:in|at) (?:our|the) (?:internal|team|weekly|sales|morning) (?:meeting|call)|"
    r"(?:sisäisessä|viikko|aamu|tiimi)palaveri\w*|(?:im|in unserem|in unserer) (?:team|"
    r"internen|wöchentlichen)\w* ?(?:meeting|besprechung|runde)|på (?:vårt|veckans|"
    r"måndagens) (?:interna )?möte|на (?:планёрк|планерк)\w*|на (?:внутреннем|нашем) "
    r"совещании|"
    # a meeting on our own matters: "с утра было совещание по отпускам", "a meeting about the
    # holiday rota", "Besprechung zur Urlaubsplanung", "palaveri lomista"
    # why the customer is called only tomorrow: "Сегодня позвонить не успею: с утра было
    # совещание …, а после обеда еду на объект в Валкеакоски"
    r"(?:позвонить|набрать|связаться)\w* (?:\w+ )?не успею[^.!?\n]*|(?:won'?t|can'?t|will not) "
    r"(?:manage|get) to (?:call|ring|phone) (?:\w+ )?today[^.!?\n]*|en ehdi (?:tänään )?"
    r"soittaa[^.!?\n]*|hinner (?:inte|int) ringa[^.!?\n]*|(?:schaffe|komme) ich (?:heute )?"
    r"nicht mehr (?:zum anrufen|anzurufen|dazu,? (?:\w+ )?anzurufen)[^.!?\n]*|"
    # meetings with customers in general: "тренируюсь перед встречами с клиентами из
    # Петербурга", "practising for meetings with customers"
    # a call to our own installer is no call to the customer: "Jag har redan ringt Tomas, vår
    # montör", "уже позвонил нашему монтажнику", "Laitoin jo Jarille viestin"
    r"(?:ringt|ringde) (?:\w+,? )?(?:vår|min) (?:montör|tekniker|installatör|kollega)\w*|"
    r"(?:позвонил|написал|набрал)\w* (?:нашему|своему|моему) (?:монтажник|техник|коллег|инженер|"
    r"мастер)\w*|(?:called|rang|phoned|messaged|texted) (?:our|my) (?:installer|technician|"
    r"colleague|fitter|engineer)\w*|(?:unseren|meinen) (?:monteur|techniker|kollegen)\w* "
    r"(?:schon )?(?:angerufen|informiert)|laitoin (?:jo )?\w+lle viestin|"
    r"(?:перед|для|к) встреч\w* с (?:клиентами|заказчиками)\b[^.!?\n]*|(?:before|for) (?:my |our )?"
    r"meetings with (?:\w+ )?(?:customers|clients)\b[^.!?\n]*|(?:vor|für) (?:den )?(?:terminen|"
    r"treffen|gesprächen) mit kunden\b[^.!?\n]*|inför möten med kunder\b[^.!?\n]*|"
    r"(?:ennen|varten) (?:\w+ )?asiakastapaamisi\w*[^.!?\n]*|"
    r"совещани\w* по (?:отпуск|график|планам|бюджет|персонал)\w*|(?:meeting|call) (?:about|on) "
    r"(?:the )?(?:holiday|vacation|leave|rota|staff|budget)\w*|(?:besprechung|meeting|sitzung) "
    r"(?:zu[rm]?|über) (?:den |die )?(?:urlaub|dienstplan|personal|budget)\w*|palaveri\w* "
    r"(?:lomista|lomalistasta|lomien|työvuoroista)|möte\w* om (?:semest|schema|personal)\w*|"
    r"(?:board|committee|council|management|hallitus|styrelsen|vorstand|"
    r"gemeinderat|совет директоров|правление) (?:only )?(?:meets|will meet|is meeting|"
    r"kokoontuu|sammanträder|träffas|tagt|соберётся|собирается))(?!\w)", re.I)


def _without_excuses(text: str) -> str:
    return _without(_without(text, _APOLOGY, _I_WAS, _AWAY), _BUSY)


_NEAR_LOSS = as_typed(
    # (?<!…): tried only where a sentence starts, not at every character
    r"(?<![^.!?\n])[^.!?\n]*(?:(?:very |so )?(?:nearly|almost) lost|fast verloren|"
    r"schon abgeschrieben|"
    # the customer's own loss of goods, not the deal: "de har förlorat en hel frys med varor"
    r"(?:de|they|sie) (?:har|have|haben) (?:\w+ ){0,2}(?:förlorat|lost|verloren) (?:en|ett|a|an|"
    r"eine?n?) (?:hel\w* |whole |ganze\w* )?\w+ (?:med|of|mit|voll)\b|"
    r"чуть не (?:потеряли|проиграли)|meinattiin hävitä|oli vähällä (?:hävitä|mennä)|"
    r"nära att (?:gå )?förlor\w*|"
    # a loss that might come: "We might lose this one", "Vi kan förlora den här"
    r"(?:might|may|could|can) (?:still |well )?lose|risk of losing|(?:könnte|könnten|kann|"
    r"können) (?:\w+ ){0,3}?verlieren|verlieren könnten|(?:saattaa olla,? että|voimme|"
    r"saatamme|voidaan) (?:\w+ )?(?:häviämme|hävitä|menettää)|(?:kan|kanske|riskerar att) "
    r"(?:\w+ ){0,2}?förlora|(?:можем|могли бы|может|рискуем) (?:\w+ )?(?:проиграть|потерять)|"
    r"(?:thought|think|thinking|feared|afraid) (?:\w+ ){0,3}?"
    r"(?:we'?d|we had|we have|we'?ve) lost|dachte\w* (?:\w+ ){0,3}?(?:verloren)|luulin\w* "
    r"(?:\w+ ){0,3}?hävinneemme|trodde (?:\w+ ){0,3}?förlorat|думал\w* (?:\w+ ){0,3}?"
    r"потеряли)[^.!?\n]*", re.I)
#: a win all but done is none yet: 'it was "as good as signed", which in my experience means it
#: isn't', "so gut wie unterschrieben", "så gott som klart", "käytännössä allekirjoitettu"
_NEAR_WIN = as_typed(
    r"(?<!\w)(?:as good as|all but|(?:very |so )?(?:nearly|almost)) (?:signed|won|done|ours|in the "
    r"bag)|so gut wie (?:unterschrieben|gewonnen|sicher|in der tasche|durch)|(?:fast|beinahe) "
    r"(?:unterschrieben|gewonnen)|så gott som (?:klar|klart|påskriven|påskrivet|vunnen|vunnet|"
    r"i hamn)|nästan (?:påskriven|påskrivet|vunnen|vunnet|i hamn)|(?:käytännössä|melkein|lähes) "
    r"(?:allekirjoitettu|voitettu|meidän|selvä)|(?:практически|почти) (?:подписан\w*|наш\w*|"
    r"выигран\w*)", re.I)
#: a refusal put as a question: someone else would be better for it
_REFUSING_QUESTION = as_typed(
    r"kuka (?:järkevä |täysjärkinen )?(?:ihminen |firma )?lähettää\b|"
    r"(?:couldn'?t|could|can'?t) you (?:find|give it to) someone|wouldn'?t (?:this|it) (?:be )?"
    r"better (?:for|with) |vore det inte bättre (?:att|om) någon|wäre das nicht eher (?:was|"
    r"etwas) für|eikö (?:tämä|tää|se) (?:sopisi|olisi) paremmin|не лучше ли (?:отдать|передать)|"
    # asked to offer it elsewhere: "would you mind offering this one to a partner closer to
    # Passau?", "voisitteko tarjota tätä jollekulle, jolla on anturiasentajia?"
    r"(?:would you mind|could you|can you|would you) (?:please )?(?:offer|offering|give|giving|"
    r"pass|passing|send|sending) (?:this|it|this one|that one|the lead) (?:on )?to (?:a |an |"
    r"some)?(?:one|body|other|another|partner|different)|"
    r"(?:könnten|können|würden) sie (?:\w+ )?(?:das|den lead|ihn|diesen lead) (?:\w+ )?(?:an )?"
    r"(?:einen anderen|jemand|einen partner)|"
    r"(?:voisitteko|voisitko|voitteko|voisiko) (?:\w+ )?(?:tarjota|antaa|siirtää|välittää) "
    r"(?:tätä|tämän|sen|tämä) (?:\w+ )?(?:jollekulle|jollekin|muille|toiselle|muulle)|"
    r"(?:kan|skulle|kunde) (?:ni|du) (?:\w+ )?(?:erbjuda|ge|skicka|lämna) (?:den|det|leadet|"
    r"den här) (?:vidare )?till (?:någon|en annan|andra)|"
    r"(?:не могли бы|можете ли|могли бы) (?:вы )?(?:предложить|передать|отдать) (?:этот лид|"
    r"его|это) (?:\w+ )?(?:кому-(?:то|нибудь)|другому|другим)",
    re.I)
#: a refusal denied as a yes: "не откажемся", "eipä tästä kehtaa kieltäytyä"
_WOULD_NOT_REFUSE = as_typed(
    # "раз вы сами предлагаете, отказываться было бы невежливо"
    r"отказ\w* было бы (?:невежливо|глупо|грех\w*)|it would be rude to (?:say no|decline)|"
    r"wäre (?:unhöflich|dumm),? (?:abzusagen|nein zu sagen)|"
    r"не откажемся|не откажусь|от такого не отказываются|отказаться не можем|не можем "
    r"отказаться|грех (?:отказываться|отказаться)|(?:da )?sagen wir (?:\w+ )?nicht nein|"
    r"не можем отказаться|(?:ei|emme|en|eihän|eipä|ei kai) (?:\w+ )?voi kieltäytyä|"
    r"(?:ei|eipä) (?:\w+ )?kehtaa "
    r"kieltäyty\w*|(?:won'?t|can'?t|couldn'?t) say no to (?:this|that|it)|(?:we )?"
    r"(?:wouldn'?t|would not) say no to\b|can'?t see any "
    r"reason (?:not )?to (?:let|pass|say no)[^.!?]*|kann (?:man|ich) nicht nein sagen|"
    r"(?:kan|kunde) inte säga nej|säger (?:vi|jag) (?:\w+ )?inte nej\b|"
    # a lead not to be let go: "en idrottshall här i Uleåborg vill vi inte låta gå", "lassen
    # wir uns nicht entgehen", "tätä ei päästetä ohi", "not letting this one go"
    r"vill (?:vi|jag) inte (?:låta gå|släppa|missa)|(?:lassen|lasse) (?:wir|ich) uns "
    r"(?:\w+ )?nicht entgehen|(?:ei|emme) (?:\w+ )?päästetä ohi|(?:not|never) letting "
    r"(?:this|that|it)(?: one)? go|"
    # nobody here would say no: "eine Brauerei – da sagt bei uns niemand nein", "Eihän
    # tällaista jätetä väliin"
    r"sagt (?:bei uns |hier )?(?:niemand|keiner|kein mensch) nein|"
    r"nobody (?:here |at \w+ )?(?:would |will )?says? no\b|"
    r"ingen (?:här |hos oss )?(?:skulle )?säg(?:er|a) nej|"
    r"(?:eihän|ei|eipä) (?:tällaista|tällaisia|tätä|sellaista) (?:\w+ )?jätetä väliin|"
    r"(?:tällaista|tällaisia|sellaista) ei (?:\w+ )?jätetä väliin|"
    r"никто (?:у нас |здесь )?не (?:откажется|скажет нет)|"
    # "Can't think of a single reason not to take this one"
    r"can'?t (?:think of|see|find) (?:a|any) (?:single |good )?reason not to (?:take|accept|do)\b|"
    + _NOT_SAYING_NO + "|"
    # no need to ask twice: "joten ei tarvitse kahdesti kysyä", "you don't have to ask twice"
    r"ei (?:tarvitse|tartte|tarvii) (?:kahdesti|kahteen kertaan|kahta kertaa) kysyä|"
    r"(?:don'?t|do not|won'?t|no need to) (?:have to |need to )?ask (?:us |me )?twice|"
    r"(?:muss|müsst|musst|brauchst|braucht|müssen sie) (?:\w+ )?(?:uns |mich )?nicht zweimal "
    r"fragen|behöver(?: inte| ni inte| du inte) fråga (?:oss )?två gånger|(?:дважды|два раза) "
    r"(?:просить|спрашивать|предлагать) не (?:надо|нужно)", re.I)
#: refusing in so many words (not "leider nicht für uns", which also ends a lost deal)
_REFUSE = as_typed(r"(?<!\w)(?:(?<!they )(?<!customer )(?<!client )declin\w*|kieltäy\w*|ablehnen|"
                   r"absagen|avböj\w*|tacka\w* nej|"
                   rf"{_RU_REFUSAL}|palautamme|geben (?:\w+ )?(?:lead|leads) zurück|"
                   r"nicht bearbeiten|(?:have to|must|will) pass"
                   # not "which she will pass on." or "pass it on to …": forwarding
                   r"(?! (?:it|them|this|that|these|those) on\b)(?! on(?:\s*[.,;!]|\s+to\b|$))|"
                   r"avstå(?:r|tt)?(?!\w)|"
                   # "we must let this one go", "låta den här gå", "lassen wir den sausen"
                   r"let (?:this|it|that) (?:one )?go|låta (?:den|det)(?: här)? gå|"
                   r"lassen (?:\w+ ){0,3}?sausen|jättä\w* (?:tämän |tää |sen )?väliin|"
                   r"ei onnistu(?!\w)|"
                   r"(?:count|take) (?:this|it) as a no|"
                   # "jätetään tämä väliin", «этот лид мы пропустим», "we'll skip this one"
                   r"jätetään (?:\w+ ){0,3}?väliin|jätämme (?:tämän )?väliin|"
                   r"(?:лид )?(?:мы )?пропустим|(?:we'?ll|we will) skip (?:this|it)|"
                   r"(?:liian|too|zu) (?:kaukana|far|weit)(?!\w)|"
                   r"nehmen (?:den|diesen) lead (?:\w+ )?nicht an)|"
                   # "We'll pass on this one" (the apostrophe follows a letter)
                   r"(?<=\w)['’]ll pass(?! (?:it|them|this|that|these|those) on\b)"
                   r"(?! on(?:\s*[.,;!]|\s+to\b|$))", re.I)
#: giving up a lead one holds: "drop this one", "jätetään tämä väliin", "lassen wir sein"
_DROPPED = as_typed(
    r"(?<!\w)(?:(?:decided to |going to |we'll |i'll )?drop (?:this|it)(?: one)?|"
    r"jätetään (?:tämä |tää )?väliin|jätämme (?:tämän )?väliin|lassen (?:wir )?(?:das|es) "
    r"sein|geben (?:das|es|ihn) auf|släpper (?:den|det)(?: här)?|отказываемся от "
    r"(?:этого|него|клиента)|"
    # "You can take this one off our list", "Den können Sie von unserer Liste streichen"
    r"(?:take|cross|strike) (?:this|it|that)(?: one)? off (?:our|the|my) list|"
    r"(?:von|aus) (?:unserer|der|meiner) liste (?:streichen|nehmen)|"
    r"(?:stryka|ta bort) (?:den|det)(?: här)? (?:från|ur) (?:vår|listan)|"
    r"(?:poistaa|voi poistaa) (?:tämän|sen) (?:meidän )?listalta|"
    r"(?:вычеркн\w+|убрать|уберите) (?:его|этот лид|это|её) из (?:нашего )?списка)(?!\w)", re.I)
#: giving the lead back for someone else ("Palautamme liidin"): a decline, not a loss
_GIVE_BACK = as_typed(
    # (from a word's start: "ringer tillbaka" is a call back, not "ger tillbaka")
    r"(?<!\w)(?:palautamme|palautetaan (?:tämä |tää )?liidi\w*|palauttaa?(?:maan)? "
    r"(?:tämän |tää |sen )?liidi\w*|"
    r"geben (?:\w+ ){0,3}zurück|zurückgeben|(?:give|hand) (?:it|this|that|the lead|this lead|"
    r"this one) back|give back (?:the|this) lead|return(?:ing)? (?:it|this|the lead)|"
    r"(?:lämnar|lämna|ger|ge) tillbaka|возвращаем|верн(?:ём|ем|уть) (?:этот |вам )?лид|"
    r"отда(?:ём|ем|ть) (?:этот )?лид (?:обратно|назад))", re.I)
#: one way of two: "ob wir das stemmen können oder den Lead lieber zurückgeben"
_ONE_OF_TWO = as_typed(r"(?<!\w)(?:ob|whether|or|oder|eller|om|tai|vai|jos|или|либо|ли)(?!\w)",
                        re.I)


def _gives_back(statements: str) -> bool:
    """The lead given back, not one way of two still being weighed."""
    for sentence in _SENTENCE.findall(statements):
        found = _GIVE_BACK.search(sentence)
        if found and not _ONE_OF_TWO.search(sentence, 0, found.start()):
            return True
    return False


#: a condition: "if they need it before May, we can't"
_CONDITION = as_typed(r"(?<!\w)(?:if|unless|wenn|falls|jos|ifall|если|"
                      # "Är det samma kund som i Ijo-leadet …? I så fall tar vi den gärna"
                      r"i så fall|in that case|in diesem fall|siinä tapauksessa|в таком случае|"
                      # Swedish "om" is "if" only so ("vi tar hand om det" is no condition)
                      r"om det (?:räcker|går|passar|funkar|duger)|om kunden (?:kan|vill|"
                      r"accepterar|klarar)|"
                      # "om jag tackade nej till ett bryggeri i Nacka skulle Karin …"
                      r"om (?:jag|vi) (?:tackade|tackar|sa|säger) (?:nej|ja)\b|"
                      # "om det är fler än 3 hinner vi inte före jul, annars tar vi den"
                      r"om det är (?:fler|färre|mer|mindre|över|under) än|"
                      # "Om det är samma kund som vi hade i Norrtälje … tar vi den gärna"
                      r"om det är (?:samma|den|det|en|ett) (?:\w+ )?(?:kund|anläggning|företag|"
                      r"fabrik|projekt|objekt)\w*|"
                      # "Om det ska vara klart före jul hinner vi knappast"
                      r"(?<![Ff]råga )(?<![Uu]ndra )(?<![Vv]et )om det (?:ska|skall|måste|"
                      r"behöver) (?:vara|bli|göras|levereras|installeras)|"
                      # "joten jälkimmäisessä tapauksessa tämä ei sovi meille"
                      r"jälkimmäisessä tapauksessa|in the latter case|im letzteren fall|"
                      r"i det senare fallet|в последнем случае|"
                      # "Im ersten Fall wären wir raus … Im zweiten Fall sind wir dabei"
                      r"im (?:ersten|zweiten|anderen) fall|in the (?:first|second|other) case|"
                      r"i (?:första|andra) fallet|(?:ensimmäisessä|toisessa) tapauksessa|"
                      r"в (?:первом|втором|другом) случае|"
                      # "Om sågverket kör Siemens S7 … då säger vi ja direkt"
                      r"om (?:sågverket|kunden|fabriken|bryggeriet|de|dom|det) [^.!?]{1,80}?,? "
                      r"(?:och )?då)(?!\w)", re.I)
#: a yes and a no each weighed as a condition: "om vi tackar ja nu … Om vi tackar nej …"
#: (each pair in either order)
_YES_AND_NO_IFS = (("om vi tackar ja", "om vi tackar nej"),
                   ("if we (?:say yes|accept)", "if we (?:say no|decline)"),
                   ("wenn wir zusagen", "wenn wir absagen"), ("jos otamme", "jos emme ota"),
                   ("если (?:мы )?возьм[её]м", "если (?:мы )?откажемся"))
_BOTH_WAYS = as_typed(r"(?<!\w)(?:" + "|".join(
    rf"{a}\b.*\b{b}|{b}\b.*\b{a}" for a, b in _YES_AND_NO_IFS) + ")", re.I | re.S)
#: a promise told before: "sanoin syksyllä Sannalle, että otamme kaikki …", "I told Sanna in
#: the autumn that we'd take every lead"
_TOLD_BEFORE = as_typed(
    r"(?<!\w)(?:sanoin|lupasin|i told \w+|i said|i promised|ich habe \w+ (?:\w+ )?(?:gesagt|"
    r"versprochen)|jag (?:sa|lovade) till \w+|я (?:говорил|обещал)\w*)[^.!?]*?(?:että|that|"
    r"dass|att|что)[^.!?]*", re.I)
#: a condition the yes of an offer answer can wait on: ``_CONDITION``'s words, "sofern", a
#: Swedish "om … så" ("om kunden kan vänta … så är vi med") and "but only on/with"
_IF = as_typed(rf"{_CONDITION.pattern}|(?<!\w)sofern(?!\w)|"
               # a no in the subjunctive: "dann müssten wir leider passen", "we'd have to pass"
               r"(?<!\w)(?:vorausgesetzt|(?:dann )?müssten wir (?:\w+ )?(?:passen|absagen|"
               r"ablehnen)|(?:we|i) would have to (?:pass|decline|say no)|we'?d have to (?:pass|"
               r"decline|say no)|joutuisimme (?:\w+ )?(?:kieltäytymään|jättämään)|skulle vi "
               r"(?:behöva|få) (?:tacka nej|avstå)|нам пришлось бы (?:\w+ )?отказаться|"
               # "das könnten wir dann nicht übernehmen"
               r"könnten wir (?:das |es |den |ihn )?(?:dann |leider )*nicht (?:übernehmen|"
               r"machen|annehmen)|"
               r"(?:we|i) couldn'?t (?:then )?(?:take|do) (?:it|that|this)|emme (?:silloin )?"
               r"voisi ottaa|(?:då )?kunde vi inte ta)(?!\w)|"
               # "We could take this one, but only on better terms"
               r"(?<!\w)(?:but only (?:on|with|under)|aber nur (?:unter|mit|zu)|mutta vain "
               r"(?:jos|sillä)|men bara (?:om|på|med)|но только (?:при|на|если))(?!\w)|"
               r"(?<!\w)om\b[^.!?]{0,80}?\bså\b|"
               # the verb first, "then" after: "Har de det är det här ett par dagars jobb, och
               # då tar vi det gärna", "Hat der Kunde schon eins, dann nehmen wir ihn"
               r"(?:^|(?<=[.!?]\s)|(?<=\n))\W*(?:har|är|vill|kan|finns) (?:de|han|hon|kunden|det|"
               r"ni)\b[^.!?]{0,100}?\b(?:då|så)\b|(?:^|(?<=[.!?]\s)|(?<=\n))\W*(?:hat|ist|will|"
               r"kann|"
               r"gibt es) (?:der kunde|er|sie|es|die)\b[^.!?]{0,100}?,\s*(?:dann|so)\b", re.I)
#: unless the lead is gone: "we'll take this one, unless somebody else has grabbed it in the
#: meantime" (first come, first served: the accept finds out)
_UNLESS_TAKEN = (
    r"unless (?:somebody|someone|another partner|anyone) (?:else )?(?:has |had )?(?:already )?"
    r"(?:grabbed|taken|claimed|accepted|got) (?:it|this|the lead)[^.!?,;]*|"
    r"(?:außer|es sei denn),? (?:\w+ )?(?:jemand|ein anderer)\w* (?:\w+ )?(?:hat|hätte) "
    r"(?:ihn|es|den lead)[^.!?,;]*|"
    r"ellei (?:joku|kukaan) (?:muu )?(?:ole )?(?:jo )?(?:ottanut|napannut|vienyt)[^.!?,;]*|"
    r"om inte (?:någon|nån) annan (?:redan )?(?:har )?(?:tagit|hunnit ta)[^.!?,;]*|"
    r"если (?:его|её|ее) (?:ещё|еще|уже) (?:никто не взял|не взяли|не забрали)[^.!?,;]*")
_UNLESS_GONE = as_typed(_UNLESS_TAKEN, re.I)
#: a condition that is only politeness or first-come-first-served: "if that's fine with you",
#: "falls noch frei", "jos vielä vapaana", "если ещё актуально"
_POLITE_IF = as_typed(
    r"(?<!\w)(?:if (?:that'?s|it'?s) (?:ok|okay|fine|alright)|if (?:you|that) (?:like|want|wish)|"
    r"if (?:it'?s |this is |the lead is |it is )?still (?:open|available|free|on offer)|"
    r"if (?:nobody|no one) else|"
    rf"{_UNLESS_TAKEN}|"
    r"wenn (?:es )?(?:ihnen|euch|dir) recht ist|falls (?:er |es |der |die |das |der lead )?noch "
    r"(?:frei|offen|verfügbar|zu haben)|wenn (?:er |es |der |die |das |der lead )?noch (?:frei|"
    r"offen|verfügbar|zu haben)|"
    r"jos (?:\w+ )?(?:on )?vielä (?:vapaana|vapaa|auki|tarjolla)|om (?:den|det|leadet) (?:är )?"
    r"(?:fortfarande|fortf\.?|ännu) (?:är )?(?:ledig|öppen|kvar)|"
    r"если (?:\w+ )?(?:ещё|еще) (?:актуально|свободен|не занят)|"
    r"если (?:он |лид )?(?:ещё |еще )?не уш[её]л|"
    # a fact the offer already tells: "Wenn der Kunde im Großraum München sitzt, machen wir das"
    r"(?:wenn|falls|if|jos|om|если) (?:der kunde|the customer|the site|asiakas|kunden|клиент|"
    r"it|es|sie|they) (?:\w+ ){0,4}?(?:sitzt|liegt|is located|is based|sijaitsee|ligger|"
    r"находится)\b|"
    # nobody else got there first: "om ingen annan har hunnit före", "if nobody else has
    # beaten us to it", "jos kukaan muu ei ole ehtinyt", "если никто не опередил"
    r"om ingen annan (?:redan )?(?:har )?hunnit (?:före|först|ta (?:den|det))|if (?:nobody|no "
    r"one) (?:else )?(?:has )?(?:beaten us to it|got there first)|jos kukaan muu ei ole (?:vielä "
    r")?ehtinyt|wenn (?:ihn |es )?(?:noch )?(?:keiner|niemand) (?:\w+ )?(?:genommen|geschnappt) "
    r"hat|если (?:нас )?никто (?:ещё |еще )?не (?:опередил|взял)|"
    # the condition met in the same breath: "otetaan, jos kohde on Uudellamaalla – ja
    # Espoohan on", "if it's in Uusimaa, and Espoo is", "und Freising liegt ja dort"
    r"(?:[-–—,]|\b(?:ja|and|und|och|а|и))\s+(?:\w+(?:han|hän)|sehän|onhan se) on\b|"
    r"\b(?:and|which) (?:it|\w+) (?:is|does)(?=\s*(?:[,.;!–—]|$))|"
    r"\b(?:und|was) (?:das|es|er|sie|\w+) (?:\w+ )?(?:ist|tut|liegt) (?:es |dort )?(?:ja|doch)\b|"
    r"\b(?:och|vilket) (?:det|den|\w+) (?:ju )?(?:är|gör|ligger) (?:det|den|ju|där)\b)", re.I)
#: asked whether the lead is still to be had: "Is this one still open?", "Onko tämä vielä
#: vapaana?", "Ist der noch frei?", "Är den fortfarande ledig?", "Он ещё свободен?"
_STILL_OPEN = as_typed(
    r"(?<!\w)(?:still (?:open|available|free|on offer|up for grabs)|noch (?:frei|offen|"
    r"verfügbar|zu haben)|vielä (?:vapaana|vapaa|auki|tarjolla|saatavilla|jaossa)|(?:fortfarande|"
    r"ännu|fortf\.?|än) (?:ledig|öppen|öppet|kvar)|(?:ещё|еще) (?:свобод\w*|открыт\w*|не занят\w*|"
    r"не разобран\w*|доступ\w*))(?!\w)", re.I)
#: the lead is ours, said to an offer: "it's ours", "tämä on meidän", "лид за нами"
_OURS_NOW = as_typed(
    r"(?<!\w)(?:it'?s ours|consider it ours|(?:the )?lead is ours|(?:der )?lead bleibt bei uns|"
    r"(?:tämä|tää|se|liidi) on (?:nyt )?meidän(?! osalta)|(?:den|leadet|leaden) är vår|"
    r"лид за нами|считайте,? что (?:он|лид|объект) наш)"
    r"(?!\w)", re.I)


def _no_only_if(words: dict[str, re.Pattern], lang: str, sentences: list[str]) -> bool:
    """There is a no in the reply, and each stands in a sentence with a real condition: "If
    it's Lahden Kylmävarasto again we'll pass", "Если нет, …", "Jos ei, niin antakaa muille"."""
    nos = [s for s in sentences if not s.rstrip().endswith("?") and
           (words["decline"].search(s) or _HAND_ON.search(s))]
    return bool(nos) and all(_IF.search(s) and not _POLITE_IF.search(s) for s in nos)


def _handed_on(sentences: list[str]) -> bool:
    """The lead handed on without a condition: "Ei ole, joten tämä saa mennä jollekin
    toiselle" (not "If they need somebody sooner, better offer it to another partner")."""
    return any(_HAND_ON.search(s) and not _IF.search(s) for s in sentences)


def _only_if(words: dict[str, re.Pattern], lang: str, sentences: list[str]) -> bool:
    """Every yes in the reply stands in a sentence with a real condition."""
    yeses = [s for s in sentences if not s.rstrip().endswith("?") and
             (_says_yes(words, lang, s)[0] or _OURS_NOW.search(s))]
    return bool(yeses) and all(_IF.search(s) and not _POLITE_IF.search(s) for s in yeses)


#: the other branch of a conditional yes: "if he cannot wait, give the lead to someone else"
#: "give it to another partner": the lead handed back to us for someone else
_HAND_ON = as_typed(
    r"(?<!\w)(?:(?:give|pass|hand|offer|send) (?:it|this(?: one)?|the lead) (?:on )?to "
    r"(?:someone|somebody|another|a different|other|colleagues|partners)|"
    # "Your partner in Oulu is much better placed for this one", "Låt dem ta det här",
    # "отдайте партнёру из Турку", "eher etwas für die Kollegen in Niederbayern", "saa mennä
    # jollekin toiselle", "joku lähempänä oleva kumppani"
    r"(?:is|are) (?:much |far |a lot )?better placed|better placed for (?:this|it)|"
    # "Better that someone local picks it up", "besser, jemand vor Ort übernimmt ihn"
    r"(?:better|best)(?: that| if)? (?:someone|somebody|a partner|a firm|one) (?:\w+ )?(?:local|"
    r"closer|nearer|(?:based )?(?:up|down|over) there)\b[^.!?]{0,20}?\b(?:picks|takes|gets|has|"
    r"does) (?:it|this)|besser,? (?:wenn )?(?:jemand|ein partner) (?:\w+ )?vor ort|"
    # "så den här får gå till nån som sitter närmare"
    r"(?:den|det)(?: här)? (?:får|kan|fick|borde) gå till (?:någon|nån|en annan|andra|"
    r"kollegor)|"
    # "so a partner closer to Turku should have it"
    r"(?:a|another|some|the) (?:\w+ )?partner (?:\w+ ){0,1}(?:closer|nearer)\b[^.!?]{0,30}?"
    r"\b(?:should|could|can|would|will) (?:have|take|get) (?:it|this|the lead)\b|"
    # "they would be a far better fit for this customer", "om de får ta det här", "ehdotan
    # tätä heille", "geben Sie den Lead bitte an den weiter", "Лучше отдайте FI Gold"
    r"(?:would be|are|is) (?:a )?(?:far |much )?better fit\b|om (?:de|dom) får ta (?:det|den)\b|"
    r"ehdotan (?:tätä|tämän|sitä) (?:heille|hänelle)\b|an jemand(?:en)? (?:\w+ )?weiter\b|"
    r"(?:lead|ihn|es) (?:bitte )?an (?:den|die|"
    r"diesen|diese) weiter\b|отдайте(?:,? пожалуйста,?)? (?-i:[A-Z])|"
    r"låt (?:dem|den|honom|henne) ta (?:det|den)\b|"
    r"låt (?:någon|nån)(?: annan)?(?: \w+){0,4}? ta (?:den|det)(?: här)?\b|"
    r"eher (?:was|etwas) für (?:die|den|einen|eine) (?:anderen? )?(?:kollegen|partner)\w*|"
    r"saa (?:siis |sitten |nyt )?mennä (?:jollekin|jollekulle|muille|toiselle)|"
    r"(?:pitää|täytyy|on pakko) jättää (?:\w+ )?(?:muille|toisille|jollekulle|jollekin)|"
    # "Hope someone nearer Falkirk picks it up."
    r"hope (?:someone|somebody) (?:\w+ ){0,3}?(?:picks it up|grabs it|takes it)|"
    # "Better that a partner closer to the coast takes it."
    r"better (?:that |if )?(?:a|another) (?:partner|colleague|reseller|integrator) (?:\w+ ){0,4}?"
    r"(?:takes|picks up|gets|handles) (?:it|this(?: one)?)\b|"
    # "Toivottavasti Lapista löytyy joku, jolle tämä sopii paremmin."
    r"toivottavasti (?:\w+ ){0,3}?löytyy joku|"
    # "det är bäst att någon annan får den här"
    r"bäst att (?:någon|nån) annan får (?:den|det|leadet)\b|"
    # "Better it goes to someone who can get there now", "tämä kannattaa antaa jollekulle"
    r"(?:better|best) (?:if )?it goes to (?:someone|somebody|another)|kannattaa (?:antaa|ohjata|"
    r"siirtää|välittää) (?:jollekulle|jollekin|toiselle|muille)|lähempänä olev\w* kumppani\w*|"
    # "Jätetään suosiolla jollekulle lähempänä olevalle."
    r"jätetään (?:\w+ ){0,2}?(?:jollekulle|toiselle|muille)|"
    r"(?:an|für) (?:einen |eine )?andere\w* (?:partner|kollegen|händler|firma)\w* "
    r"(?:\w+ )?(?:vergeben|geben|weitergeben|weiterleiten|weiter\b)|"
    r"(?:anna|antakaa|ohjatkaa|ohjaa|tarjotkaa|tarjoa|laittakaa) (?:\w+ )?(?:jollekin|"
    r"jollekulle|toiselle|muille)|"
    r"(?:den här|det här|denna|den) får någon annan ta|"
    # "Jag tolkar det som att någon annan får ta den här", "Joku pohjoisempi kumppani saa
    # tämän ilon"
    rf"{_SOMEONE_ELSE_TAKES_SV}|{_SOMEONE_ELSE_TAKES_FI}|"
    r"(?:får|kan|ska|fick) gå (?:vidare )?till (?:någon annan|en annan|andra)|"
    r"(?:ge|skicka|lämna|erbjud) (?:den|det|leadet|leaden) (?:vidare )?till (?:någon annan|"
    r"en annan|andra)|"
    r"an (?:die|den|einen|eine) (?:anderen? )?(?:kollegen|partner|händler)\w* (?:\w+ ){0,3}?"
    r"weiter(?:geben|leiten|reichen)?\b|"
    r"(?:передайте|отдайте|предложите)[\s,]+(?:\w+[\s,]+){0,4}?(?:партн[её]р\w*|коллег\w*|"
    r"другому|другим|"
    # "Передайте, пожалуйста, тем, у кого с допусками всё в порядке."
    r"кому-(?:нибудь|то)|тем(?=,? (?:у )?кого)))", re.I)
_OR_SOMEONE_ELSE = as_typed(
    r"(?<!\w)(?:otherwise|if not|sonst|andernfalls|wenn nicht|muuten|jos ei|annars|om inte|"
    r"иначе|если\b[^.!?]{0,30}?\bне)\b[^.!?]{0,60}?(?:someone|somebody|another partner|jemand|"
    r"einen anderen|joku muu|jollekin (?:muulle|toiselle)|någon annan|кому-(?:нибудь|то) "
    r"другому|другому партн)", re.I)
#: Russian typed in Latin letters: words that are nothing else in our other languages
_TRANSLIT_WORDS = frozenset((
    "berem", "beryom", "voz'mem", "vozmem", "spasibo", "podpisali", "podpisan", "dogovor",
    "vstrecha", "vstretilis", "vstrechu", "klienta", "klientu", "klientom", "zakazchik",
    "zakazchika", "zakazchiku", "prishlite", "otpravili", "tys", "rub", "rubley", "nds",
    "poka", "uzhe", "proigrali", "vyigrali", "zvonil", "zvonili", "sozvonilis", "privet",
    "dobryy", "pozhaluysta", "kontakty", "otkaz", "otkazyvaemsya", "kommercheskoe",
    "vyslali", "sdelka", "zakryli", "nashu", "nam", "vam", "bez", "eto", "chto",
    "otpravil", "predlozhenie", "zhdu", "otveta", "podtverdil", "podtverdili", "zakaz",
    "zakazyvaem", "oborudovanie", "zavtra", "vchera", "segodnya", "proigral", "vyigral",
    "vyshlo", "kupili", "datchiki", "deshevle", "zakryvaite", "zakryvayte",
    # a phone without a Russian keyboard, as it is excused: "izvinite za latinicu, russkuyu
    # klaviaturu eshche ne postavila"
    "izvinite", "latinicu", "latinice", "latinitsu", "klaviaturu", "klaviatury", "russkuyu",
    "eshche", "postavila", "postavil", "seychas", "pozvonyu", "napishu", "khorosho",
    "davayte", "konechno", "vozmyom", "otdayte"))
#: words that say "Russian in Latin letters" alone ("berem!" is the whole answer)
_TRANSLIT_ALONE = frozenset(("berem", "beryom", "vozmem", "voz'mem", "vozmyom",
                             "otkazyvaemsya", "podpisali", "proigrali", "vyigrali"))
#: Latin to Cyrillic, longest first (GOST-like, as people type it; "ja"/"ju" as in the
#: scholarly scheme: "otkazyvaemsja", "sledujushhej")
_TO_CYRILLIC = (("shch", "щ"), ("shh", "щ"), ("sch", "щ"), ("yo", "ё"), ("zh", "ж"),
                ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"), ("yu", "ю"), ("ya", "я"),
                ("ju", "ю"), ("ja", "я"), ("jo", "ё"), ("'", "ь"), ('"', "ъ"),
                ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"),
                ("z", "з"), ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"),
                ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"),
                ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "ц"), ("w", "в"), ("y", "ы"))
_LATIN = as_typed("|".join(re.escape(latin) for latin, _ in _TO_CYRILLIC))
_CYRILLIC_OF = dict(_TO_CYRILLIC)


def _is_translit(text: str) -> bool:
    # the word list is in the "ya" scheme; "pozhalujsta", "otkazyvaemsja" are the same words
    tokens = {t.replace("ja", "ya").replace("ju", "yu").replace("jo", "yo").replace("j", "y")
              for t in re.findall(r"[a-z']+", text.lower())}
    return len(tokens & _TRANSLIT_WORDS) >= 2 or bool(tokens & _TRANSLIT_ALONE)


def _cyrillic(text: str) -> str:
    """Russian typed in Latin letters, back in Cyrillic (near enough for our phrases)."""
    text = _WORD_START_ET.sub("эт", text.lower())  # "eto", "etogo": э, not е
    return _LATIN.sub(lambda m: _CYRILLIC_OF[m.group(0)], text)


_WORD_START_ET = as_typed(r"(?<![a-z])et(?=[a-z])")


#: "it depends on that": after a question, the decision waits for its answer
_DEPENDS = as_typed(
    r"depends on (?:that|this|it|the answer)|that depends|hängt davon ab|davon hängt (?:es )?ab|"
    r"от этого (?:\w+ )?зависит|det (?:beror|hänger) (?:\w+ )?på det|"
    # "Allt hänger på om det redan finns ett KNX-system i huset"
    r"(?:allt|det|alles|everything|it all) (?:hänger|beror|hinges|hängt) (?:\w+ )?(?:på|on|davon "
    r"ab),? (?:om|whether|ob)|"
    # "Whether this one is for us depends entirely on who does the commissioning."
    r"depends (?:entirely |mostly |really )?on (?:who|whether|what|how|which)|"
    r"kommt darauf an|"
    r"riippuu (?:ihan |täysin |aivan )?(?:siitä|tästä)|(?:siitä|tästä) riippuu|that decides|"
    r"before we decide|"
    # "Säg till så svarar vi direkt": the answer waits for theirs
    r"säg till så (?:svarar|bekräftar) vi|let us know and we'?ll (?:answer|reply|confirm)|"
    r"sag(?:en sie|t)? (?:uns )?bescheid,? dann (?:sagen|antworten|bestätigen) wir|"
    # "Gebt mir kurz Bescheid, dann sag ich gleich zu", "let me know and I'll say yes"
    r"(?:gebt|geben sie|gib|sagt|sag) (?:mir|uns) (?:\w+ )?bescheid,? dann (?:sag|sage|sagen) "
    r"(?:ich|wir) (?:\w+ )?(?:zu|ja)|let (?:me|us) know and (?:i|we)(?:'ll| will) (?:say yes|"
    r"accept|take it)|"
    r"kerro(?:kaa)?,? niin (?:vastaamme|vahvistamme)|сообщите,? и мы (?:сразу )?(?:ответим|"
    r"подтвердим)|"
    # "I need a few answers before I can commit", "ich muss vorher ein paar Dinge wissen"
    r"before (?:i|we) (?:can )?commit|(?:muss|müssen) (?:\w+ )?vorher (?:ein paar |einige )?"
    r"(?:dinge|punkte|fragen) (?:wissen|klären)|ennen kuin (?:voimme |voin )?sitoutua|innan "
    r"(?:jag|vi) kan (?:lova|åta oss)|прежде чем (?:брать|взять|обещать)|"
    # "Eines muss ich aber vorher wissen: …", "One thing I need to know first: …"
    r"(?:eines|eins|etwas) (?:muss|müsste) ich (?:aber |noch |zuerst )*vorher wissen|"
    r"one thing (?:i|we) (?:need|have) to know first|en sak (?:måste|behöver) (?:jag|vi) veta "
    r"först|yksi asia (?:pitää|täytyy) tietää ensin|"
    # "En halua antaa hintaa ennen kuin tiedän", "I won't quote before I know"
    r"ennen kuin tiedän|before (?:i|we) know|innan (?:jag|vi) vet|bevor (?:ich|wir) (?:das )?"
    r"wei(?:ß|ss)|пока не узнаю|"
    # "pitää miettiä materiaalit ennen kuin lupaan mitään": a condition, not a hedge
    r"before (?:i|we) (?:can )?promise anything|ennen kuin (?:voin |voimme )?lupaa?(?:n|mme)? "
    r"mitään|bevor (?:ich|wir) (?:\w+ )?(?:zusage|zusagen|verspreche|versprechen)|innan "
    r"(?:jag|vi) lovar (?:något|nåt)|(?:прежде|раньше),? чем (?:что-то |что-либо )?обещать|"
    # "Need to know that before we say yes or no."
    r"before (?:we|i) (?:can )?say yes or no|bevor wir ja oder nein sagen|ennen kuin "
    r"(?:voimme )?sano(?:mme|a) kyllä tai ei|innan vi (?:kan )?säga ja eller nej|"
    r"прежде чем (?:сказать|ответить) да или нет|"
    r"das entscheidet|se ratkaisee|det avgör|beror på (?:det|detta|svaret)|(?:от этого|"
    r"от ответа) зависит|"
    r"зависит от (?:этого|ответа)|depending on (?:that|this|the answer)|je nachdem|"
    r"sen mukaan (?:katsotaan|päätetään|mietitään)|beroende på (?:det|svaret)|"
    r"в зависимости от (?:этого|ответа)|kertokaa,? niin katsotaan|let us know and we'?ll see|"
    r"sagen sie (?:uns )?bescheid,? dann|meddela (?:oss )?så|скажите,? (?:и|тогда) посмотрим|"
    # "innan jag svarar något: gäller … båda anläggningarna …?"
    r"innan jag svarar (?:något|nåt)|before i (?:can )?answer(?: anything)?|bevor ich (?:etwas |"
    r"was )?antworte|ennen kuin vastaan|прежде чем (?:что-то )?ответить|"
    # "Без этого не можем решить": the answer decides, no refusal
    r"без этого (?:мы )?не (?:можем|могу|сможем) (?:решить|ответить|сказать)|without (?:that|"
    r"this|it),? (?:we|i) can(?:'?t|not) (?:decide|say|answer)|ohne (?:das|dies) (?:können wir|"
    r"kann ich) (?:das )?nicht (?:entscheiden|sagen)|utan (?:det|detta) kan (?:vi|jag) inte "
    r"(?:bestämma|säga|svara)|ilman (?:sitä|tätä) (?:emme|en) (?:voi|pysty) (?:päättää|sanoa)",
    re.I)
#: a reply that opens by saying it asks: "Kurze Frage vorab:", "Quick question:"
_ASKING = as_typed(
    r"\W*(?:\w+,?\s+){0,3}?(?:(?:a |one |just a )?(?:quick|short) (?:question|one|q)|"
    r"(?:a|one) question before|(?:two|a few|some|zwei|ein paar|två|några|kaksi|pari|два|"
    r"несколько) (?:questions|fragen|frågor|kysymystä|вопроса|вопросов)|kurze frage|eine frage|"
    r"lyhyt kysymys|kysymys|en (?:snabb |kort )?fråga|(?:короткий |один )?вопрос|"
    # "innan jag svarar något: gäller … ?"
    r"innan jag svarar (?:något|nåt)|before i answer(?: anything)?|bevor ich (?:etwas |was )?"
    r"antworte|ennen kuin vastaan(?: mitään)?|прежде чем (?:что-то )?ответить|"
    # "ennen kuin merkitsen tähän mitään: … Onko tämä sama kohde …?"
    + _BEFORE_MARKING + r")\b", re.I)
#: an offer answer that opens by asking before it decides: "bevor ich zusage, zwei Fragen:"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_BEFORE_DECIDING = as_typed(
    # ("bevor wir hier etwas zusagen: Hat der Kunde schon einen Wartungsvertrag …?")
    # (after a first word and "but": "låter intressant, men innan vi bestämmer oss …")
    r"\W*(?:\w+,?\s+){0,2}?(?:(?:but|aber|men|mutta|но)\s+)?"
    r"(?:bevor (?:ich|wir) (?:da |aber |hier |etwas |was |noch )*(?:zusagen?|"
    r"annehmen|"
    r"entscheiden|zu-? oder absagen?)|"
    r"before (?:i|we) (?:say yes|accept|decide|commit|take (?:it|this|the lead))|"
    # the yes about to be given, a question first: "Jag skulle just trycka på knappen och
    # acceptera, men en fråga först:", "I was about to accept, but one question first"
    r"(?:jag|vi) skulle (?:just|precis) (?:\w+ ){0,5}?(?:acceptera|tacka ja|säga ja)"
    r"[^.!?:]{0,20}?,? men (?:\w+ ){0,2}?fråg\w*|(?:i|we) (?:was|were) (?:just )?about to "
    r"(?:\w+ ){0,3}?(?:accept|say yes)[^.!?:]{0,20}?,? but (?:\w+ ){0,2}?question\w*|"
    r"(?:ich|wir) (?:wollte|wollten) gerade (?:\w+ ){0,4}?(?:zusagen|annehmen|akzeptieren)"
    r"[^.!?:]{0,20}?,? aber (?:\w+ ){0,3}?frage\w*|olin (?:juuri|jo) (?:\w+ ){0,3}?"
    r"(?:hyväksymässä|painamassa)[^.!?:]{0,20}?,? mutta (?:\w+ ){0,2}?kysy\w*|"
    r"bevor wir (?:ihn|den lead|das) (?:nehmen|übernehmen)|"
    r"innan (?:jag|vi) (?:tackar ja|säger ja|accepterar|bestämmer oss|tar (?:den|det|leadet))|"
    # a promise not made yet: "Innan jag lovar något:", "before I promise anything", "bevor ich
    # etwas verspreche", "ennen kuin lupaan mitään", "прежде чем что-то обещать"
    r"innan (?:jag|vi) lovar|before (?:i|we) promise|bevor (?:ich|wir) (?:\w+ )?versprech|"
    r"ennen kuin (?:lupaan|lupaamme|luvataan)|(?:прежде|перед тем),? (?:чем|как) (?:что-то |"
    r"что-нибудь )?обещать|"
    # (spoken Finnish says "we" in the passive: "ennen kuin otetaan tämä")
    r"ennen kuin (?:me |mä |minä )?(?:sanon|sanomme|sanotaan) kyllä|ennen kuin (?:me |mä |minä )?"
    r"(?:vastaamme|otamme|päätämme|otetaan|päätetään|vastataan)|"
    r"(?:прежде|перед тем) чем (?:согласиться|взять|брать|принять)|(?:есть (?:\w+ )?вопрос\w* )?"
    r"перед тем,? как (?:мы )?(?:берём|берем|возьм[её]м|взять|брать))\b", re.I)
#: a yes taken back for a question: "Joo otetaan! ¶ Tai itse asiassa yksi kysymys ensin: …"
_YES_HELD_FOR_QUESTION = as_typed(
    # "да, интересно, берём – хотя подождите, сначала уточню"
    r"(?<!\w)(?:хотя )?(?:подождите|погодите),? сначала (?:уточн\w*|спрош\w*)|(?:but )?wait,? "
    r"(?:let me|i'll) (?:check|ask) (?:something |one thing )?first|moment,? (?:ich )?"
    r"(?:kläre|frage) (?:das |noch )?(?:erst|zuerst)|vänta,? (?:jag )?(?:kollar|frågar) "
    r"(?:en sak )?först|"
    r"hetkinen,? (?:kysyn|tarkistan) (?:ensin|ensiksi)|"
    r"(?<!\w)(?:tai|or|oder|eller|хотя) (?:itse asiassa|actually|eigentlich|förresten|нет),? "
    r"(?:\w+ ){0,2}?(?:kysymys|question|frage|fråga|вопрос)\w* (?:ensin|first|vorher|zuerst|först|"
    r"сначала)\b", re.I)
#: questions opening the reply, asked before the first call to the customer: "Två frågor
#: innan jag ringer badhuset i Kalix:", "Quick one before I ring Sastamalan Lämpö:"
_BEFORE_CALLING = as_typed(
    r"\W*(?:\w+,?\s+){0,3}?(?:before (?:i|we) (?:ring|call|phone|contact)|bevor (?:ich|wir) "
    r"(?:\w+ ){0,3}?anrufen?|innan (?:jag|vi) ringer|ennen kuin (?:soitan|soitetaan|soitamme)|"
    r"(?:прежде|перед тем),? чем (?:звонить|позвонить))\b[^.!?\n]{0,60}:", re.I)
#: phrases that contain accept words but accept nothing
_IDIOMS = as_typed(r"take it from there|take (?:it|that) into account|otan \w+ mukaan|"
                   # a stand-in: "Aino on kesälomalla …, joten hoidan tämän liidin sillä välin"
                   r"hoidan (?:tämän |tätä )?(?:liidin |asiaa )?(?:sillä välin|sijaisena)|"
                   r"(?:i'?m|i am) (?:covering|looking after) (?:this|it)(?: one)? (?:while|"
                   r"until|for)\b|jag tar (?:hand om )?(?:den|det|leadet) (?:under tiden|"
                   r"medan)\b|"
                   # a wish, no yes: "I would really like to say yes here, but …", "мы бы с
                   # удовольствием. Только «с удовольствием» и «можем» — это … разные вещи"
                   r"мы бы с удовольствием|"
                   r"(?:would|'d) (?:really |so )?(?:like|love) to say yes|würde (?:\w+ )?gerne? "
                   r"ja sagen|skulle (?:\w+ )?gärna säga ja|sanoisin (?:\w+ )?mielelläni kyllä|"
                   # a wish granted nothing: "So gern wir den Auftrag übernehmen würden: …",
                   # "as much as we'd like to take it", "hur gärna vi än skulle ta den"
                   r"so gerne? (?:wir|ich) (?:\w+ ){0,5}?(?:würden|hätten|täten|möchten)|"
                   r"(?:as much as|much as) (?:we|i)(?:'d| would) (?:like|love) to[^.!?:;,]*|"
                   r"hur gärna (?:vi|jag) än (?:skulle|ville)[^.!?:;,]*|niin mielellämme kuin "
                   r"[^.!?:;,]*|как бы (?:нам |мне )?ни хотелось[^.!?:;,]*|"
                   # "kyllä" that only stresses: "puhaltimet olisivat kyllä kiinnostavia"
                   r"(?:olisi|olisivat|olis|ois) kyllä|"
                   # someone else's taking: "Om ingen annan tar den och kunden kan vänta …",
                   # "Jos … eikä kukaan muu ota tätä"
                   r"(?:ingen annan|kukaan muu|nobody else|no one else|niemand (?:anders|sonst)|"
                   r"kein anderer|никто другой) (?:\w+ )?(?:tar|ota|takes|take|nimmt|возьм\w*)"
                   r"(?: (?:den|det|tätä|sen|tämän|it|this|ihn|его|её))?|"
                   r"take (?:it|this|that) to (?:the|their|his|her|our) (?:board|boss|"
                   r"management|team|committee|council|(?:\w+ )?meeting)|"
                   r"(?:decide|deciding) whether to take[^.!?]*|"
                   # a colleague covering: "hoidan hänen liidinsä", "I'm handling his mail"
                   r"hoidan (?:hänen|heidän) \w+|(?:übernehme|kümmere mich um) (?:seine|ihre) "
                   r"\w+|(?:i'm|i am|i'll be) (?:covering|handling (?:his|her|their) \w+)|"
                   r"sköter (?:hans|hennes) \w+|"
                   r"nehmen (?:wir )?(?:das )?(?:gerne )?zur kenntnis|"
                   # a yes in a condition: "if so, we'd first like to know …"
                   r"\b(?:if so|if yes|falls ja|wenn ja|jos kyllä|om ja|если да)\b", re.I)
#: a clause about some later lead: "happy to take the next one", "gerne beim nächsten Mal"
_NEXT_TIME = as_typed(
    r"(?<![^.!?\n])[^.!?\n]*(?:next (?:one|time|lead)|nächsten? (?:mal|lead|anfrage)|seuraava\w*|"
    r"nästa (?:gång|lead)|следующ\w+ (?:раз|лид\w*)|jos vastaava\w* tulee|"
    r"(?:new|future|other) (?:leads|enquiries)|neue (?:leads|anfragen)|uusi\w* liide\w*|"
    r"nya (?:leads|förfrågningar)|нов\w+ лид(?:ы|ов|ам)|keep us in mind|"
    # "Please send us again leads in the Munich area, there we are happy to help."
    r"(?:send|give|offer) us (?:\w+ ){0,2}?leads|schicken sie uns (?:\w+ ){0,2}?leads|"
    r"skicka (?:oss )?(?:\w+ ){0,2}?leads|lähettäkää (?:meille )?(?:\w+ )?liidejä|"
    r"присылайте (?:нам )?(?:\w+ )?лиды|"
    # "Im Landkreis Freising oder Erding nehmen wir gern wieder was"
    r"nehmen wir gerne? wieder (?:was|etwas)|(?:tar|tager) vi gärna (?:något )?igen|"
    # "Jos tilanne meillä helpottaa tammikuussa, otamme mielellämme vastaavia taas."
    r"otamme (?:mielellämme |mieluusti )?vastaavia (?:taas|jatkossa|myöhemmin)|"
    # another lead, should one come: "Riihimäen kohteen otamme kyllä mielellään, jos se tulee
    # uudestaan keväällä", "Если будет что-то в Пирканмаа, присылайте, возьмём."
    r"jos (?:se|sellainen|jotain|joku) tulee (?:uudestaan|uudelleen|taas|myöhemmin)|"
    r"если (?:будет|появится) (?:ещё )?что-(?:то|нибудь)|if (?:something|anything) (?:else )?"
    r"(?:comes up|turns up|comes along)|wenn (?:mal )?(?:was|etwas) (?:\w+ ){0,3}?"
    r"(?:reinkommt|kommt)|om det (?:dyker upp|kommer) (?:något|nåt)|"
    # "Om kunden kan vänta till augusti tittar vi gärna på det igen, men då får ni fråga på
    # nytt": asked anew another time
    # "If the customer is fine with August, feel free to send it to us again."
    r"(?:feel free to |please )?(?:send|offer) it (?:to us )?again|"
    r"(?:tittar|kikar|ser) vi gärna på (?:det|den) igen|(?:får|fick|kan) ni fråga (?:oss )?"
    r"(?:på nytt|igen)|(?:please )?ask us again|fragen sie (?:uns )?(?:gerne )?(?:noch ?mal|"
    r"erneut)|kysykää (?:meiltä )?(?:uudestaan|uudelleen)|спросите (?:нас )?(?:снова|ещё раз)|"
    # "Falls der Kunde im Herbst noch sucht, gerne wieder anfragen."
    r"(?:gerne? )?wieder (?:an)?fragen|"
    # looked at again another time: "Если сроки сдвинутся на осень — напишите, посмотрим ещё
    # раз", "jos aikataulu siirtyy, katsotaan uudestaan", "we'll take another look"
    r"посмотрим (?:ещё раз|еще раз|снова|заново)|katsotaan (?:\w+ )?(?:uudestaan|uudelleen)|"
    r"(?:schauen|sehen) wir (?:uns )?(?:das |es )?(?:gerne )?(?:noch ?mal|erneut)|"
    r"(?:we'll|we will|i'll|i will) (?:gladly )?(?:take|have) (?:another|a second) look|"
    r"(?:we'll|we will|i'll|i will) look (?:at it )?again|"
    # leads from nearer by: "Etelämpää otetaan mielellään", "closer to home gladly"
    r"(?:etelämpää|lähempää|lähempänä|pohjoisempaa|idempää|lännempää|closer to (?:home|us)|"
    r"further (?:south|north|east|west)|näher (?:bei uns|dran)|närmare (?:oss|hem)|"
    r"поближе)|"
    # … or about someone else: "maybe someone up north can take it"
    # (not our own people free: "ob wir im Mai noch jemanden frei haben")
    r"\b(?:someone(?! (?:free|available|spare))|somebody(?! (?:free|available|spare))|"
    r"another partner|other partners?|local partner|jemand(?!(?:en|em)? (?:frei|verfügbar))|"
    r"a partner (?:in|from|up|near|closer)|"
    r"ein anderer partner|joku muu|joku paikallinen|joku lähempänä|toinen kumppani|någon annan|"
    r"någon lokal|кто-(?:то|нибудь)|"
    r"друг\w+ партн\w*))[^.!?\n]*", re.I)
#: a step still to be arranged is not yet the state: "then we'll set up a meeting"
_FUTURE = as_typed(
    # every phrase starts a word (or is "'d", "'ll" after one): the engine then tries the
    # ~200 phrases only where a word begins, not at every character
    r"(?:(?<!\w)|(?=['’]))(?:"
    # the customer to come back about a visit: "Hon … hör av sig om ett besök", "She'll get
    # back to us about a visit"
    r"(?:get|come) back to (?:us|me) (?:about|regarding) (?:a |the )?(?:visit|meeting|site "
    r"visit)|hör av sig (?:\w+ )?om (?:ett |en )?(?:besök|möte|träff)|meldet sich (?:\w+ )?wegen "
    r"(?:eines |des )?(?:besuchs?|termins?)|ottaa yhteyttä (?:\w+ )?(?:käynni\w*|tapaami\w*)|"
    r"свяжется (?:\w+ )?(?:по поводу|насчёт|насчет) (?:встречи|визита)|"
    # a meeting that "will work out" some day: 'tapaaminen "onnistuu varmasti jossain
    # vaiheessa"'
    r"tapaami\w*\s+\W?(?:onnistuu|järjestyy|sovitaan|pidetään)\b[^.!?]*|"
    # (its quoted words set aside already: "Hänen mukaansa tapaaminen , mutta …")
    r"mukaansa tapaami\w*(?=\s*[,.]|\s+\W?(?:onnistuu|järjestyy))|"
    # a line of next steps: "Next: I draft the quotation", "4. Следующий шаг с нашей стороны: КП"
    r"(?:next(?: steps?)?|nächste[rn]? schritte?|seuraava(?:t)? (?:askel\w*|vaihe\w*)|nästa steg|"
    r"следующи\w+ шаг\w*)(?: (?:on our side|von unserer seite|meidän puolelta|från vår sida|"
    r"с нашей стороны))?\s*:[^\n]*|"
    # what the writer meant to report, not so: "Хотела написать, что мы связались с клиентом,
    # но …", "I was going to write that we'd called them, but …"
    # (and first: "Meinasin ensin kirjoittaa, että tapaaminenkin on sovittu, mutta ei se vielä
    # ole")
    r"(?:хотел\w*|собирал\w*) (?:было |сначала )?написать,? что[^.!?,]*|(?:wanted|was going|"
    r"meant) to (?:write|say|tell you) that[^.!?,]*|wollte (?:gerade |eigentlich |erst |zuerst )?"
    r"schreiben,? dass[^.!?,]*|tänkte (?:först )?(?:skriva|säga) att[^.!?,]*|(?:aioin|meinasin|"
    r"piti|ajattelin|ehdin) (?:ensin |jo )?kirjoittaa,? että[^.!?,]*|"
    # a meeting only talked about: "встречу мы только обсуждали"
    r"(?:встреч\w*|meeting|termin|möte\w*|tapaami\w*) (?:мы |we |wir |vi |me )?(?:только|only|"
    r"nur|bara|vain) (?:обсуждали|discussed|besprochen|diskuterat|puhuttu)\b|"
    # a meeting wanted, not yet made: "Interested, wants a site survey", "would like a demo"
    r"(?:wants|want|would like|asked for|asks for|requested) (?:a |an |the )?(?:\w+ )?"
    r"(?:site survey|survey|meeting|visit|demo)\b(?![^.!?;\n]*\b(?:held|done|took place|"
    r"happened|had)\b)[^.!?;,\n]*|"
    # what the job will need: "The depot will need everything installed and signed off by
    # someone with CompEx"
    r"(?:wants?|would like) (?:it|this|the \w+) (?:signed|approved)(?: off)?\b[^.!?,]*|"
    # once something else is in: "Tarjous lähtee, kun sähkökuvat tulevat", "the quote goes out
    # once we have their drawings" (read before the clauses are split at "kun")
    r"\w+ lähtee,? (?:heti )?kun\b[^.!?]*|\w+ (?:goes|will go) out,? (?:once|when|as soon as)\b"
    r"[^.!?]*|\w+ geht,? (?:\w+ )?raus,? (?:wenn|sobald)\b[^.!?]*|\w+ går (?:ut|iväg),? (?:när|"
    r"så fort)\b[^.!?]*|\w+ уйд[её]т,? (?:когда|как только)\b[^.!?]*|"
    r"(?:will need|needs|need to be|must be|has to be)\b[^.!?]{0,60}?\b(?:signed(?: off)?|"
    r"installed|commissioned)\b[^.!?,]*|"
    # a meeting still to agree: "Katselmus on vielä sopimatta", "Tapaaminen pitäisi sopia
    # ensi viikolle"
    r"(?:tapaami|palaveri|käyn|katselm|kokous)\w* (?:on |ovat )?(?:vielä |yhä |edelleen )?"
    r"(?:sopimatta|varaamatta|pitämättä)|(?:tapaami|palaveri|käyn|katselm|kokous)\w* "
    r"(?:\w+ )?(?:pitäisi|pitää|täytyy|tarvitsee) (?:vielä )?sopia[^.!?\n]*|"
    # what is waited for: "wants to wait until their budget is signed off in June"
    r"(?:wait|waits|waiting) (?:\w+ ){0,2}?(?:until|till|for) [^.!?;\n]*?(?:signed|approved|"
    r"confirmed|agreed)(?: off)?\b|warten,? bis [^.!?;\n]*?(?:unterschrieben|genehmigt|"
    r"freigegeben|bestätigt)|odottaa?,? (?:\w+ ){0,2}?(?:kunnes|että) [^.!?;\n]*?(?:allekirjoit|"
    r"hyväksy|vahvist)\w*|vänta(?:r)? (?:\w+ ){0,2}?(?:tills|på att) [^.!?;\n]*?(?:godkän|"
    r"undertecknat|klubbat|beslut)\w*|ждать?,? пока [^.!?;\n]*?(?:подпиш|утверд|согласу)\w*|"
    # a condition still to be met: "the board sees it … once the spring investment budget is
    # signed off"
    r"(?:once|as soon as) (?:the )?[^.!?\n]{0,50}?\b(?:is|are|gets|get|has been|have been) "
    r"(?:signed|approved)(?: off)?\b|"
    # a meeting after something else: "hän halusi ensin kirjallisen esittelyn ennen kuin
    # tavataan", "before we meet"
    r"ennen kuin (?:tavataan|tapaamme|nähdään)|before (?:we|they) meet\b|bevor wir uns "
    r"(?:treffen|sehen)|innan vi (?:träffas|ses)|до (?:того,? как|нашей) встреч\w*|"
    # a quote still to be made: "коммерческое предложение сделаем, когда посмотрим данные",
    # "Danach setze ich das Angebot auf."
    r"(?:коммерческое )?предложение (?:\w+ )?(?:сделаем|подготовим|составим)\b[^.!?\n]*|"
    r"(?:danach |dann )?setze ich das angebot auf\b|das angebot setze ich (?:\w+ )?auf\b|"
    # "Next step is meeting, but date is not agreed yet."
    r"(?:the )?next step (?:is|will be|would be) [^.!?\n]*|nächster schritt (?:ist|wäre|wird) "
    r"[^.!?\n]*|seuraava (?:askel|vaihe) on [^.!?\n]*|nästa steg (?:är|blir) [^.!?\n]*|"
    r"следующий шаг\s*[—–-] [^.!?\n]*|"
    # second-language English in the present for what is still to come: "calls the customer
    # and makes an appointment for next week", "An appointment on site we make when …"
    r"(?:make|makes|making) (?:an? |the )?(?:appointment|meeting)|"
    r"(?:an? |the )?(?:appointment|meeting|visit)\b[^.!?\n]{0,30}?\b(?:we|i) (?:make|arrange|"
    r"book|plan|set up|fix)\b[^.!?\n]*|"
    # a quote that can be made once something is done: "danach können wir ein Angebot machen",
    # "nochmal Termin am Dienstag mit dem Vater, dann erst Angebot"
    # "Sobald er zurück ist, will er sich wegen eines Vor-Ort-Termins melden"
    r"wegen (?:eines|einem|des) [\w-]*termin\w* melden|"
    # "einen Termin in der Backstube will er aber erst nach Martini ausmachen"
    r"(?:termin|treffen|besuch)\w* (?:[\w-]+ ){0,4}?(?:will|möchte|wollen) (?:er|sie|man) "
    r"(?:\w+ )?erst (?:nach|im|ab|wenn)[^.!?–]*|"
    # "he wants the quote split per station, so that's what I'm working on now"
    r"wants? (?:the |a )?quote[^.!?]*?(?:so )?that'?s what i'?m working on(?: now)?|"
    # a visit wanted, but only after something else: "de vill ha ett platsbesök men först
    # efter inventeringen", "they want a site visit, but only after the stocktaking"
    r"(?:want|wants|would like) (?:a |an )?(?:site )?(?:meeting|visit)[^.!?\n]{0,40}?\bbut "
    r"(?:only )?(?:after|once|when)\b[^.!?\n]*|"
    # "De vill gärna träffas men först när budgeten är godkänd"
    r"vill (?:gärna )?(?:träffas|ses|träffa oss)[^.!?\n]{0,40}?\bförst (?:efter|när)\b[^.!?\n]*|"
    r"vill ha (?:ett )?(?:platsbesök|besök|möte)"
    r"[^.!?\n]{0,40}?\bförst (?:efter|när)\b[^.!?\n]*|(?:wollen|möchten|will|möchte) (?:einen )?"
    r"(?:termin|besuch|vor-ort-termin)[^.!?\n]{0,40}?\berst (?:nach|wenn)\b[^.!?\n]*|"
    r"haluavat (?:tavata|käynnin|tapaamisen)[^.!?\n]{0,40}?\bvasta\b[^.!?\n]*|хотят "
    r"(?:встречу|визит|встретиться)[^.!?\n]{0,40}?\bтолько после\b[^.!?\n]*|"
    # a meeting some time: "han vill ha ritningarna och ett möte "någon gång i höst""
    # (not one brought forward: "ehdotti tapaamista "joskus kesän jälkeen", mutta saatiin se
    # puhuttua vähän aikaisemmaksi: tiistaina 12.5. klo 9")
    r"(?:meeting|visit|möte|besök|termin|treffen|tapaami\w*|käyn\w*|встреч\w*)[^.!?\n]{0,40}?"
    r"(?:sometime|some time|någon gång|irgendwann|joskus|как-нибудь)\b"
    r"(?![^.!?\n]*\b(?:mutta|but|aber|men|но)\b)[^.!?\n]*|"
    # a meeting wanted, its date not set: "they want a visit next week but no date yet",
    # "De vill ha ett besök nästa vecka, men inget datum är bestämt än"
    r"(?:meeting|visit|appointment|termin|besuch|treffen|käyn\w*|tapaami\w*|palaveri\w*|"
    r"besök|möte|träff|встреч\w*|визит\w*)[^.!?\n]{0,80}?(?:no date (?:yet|so far)|(?:the )?"
    r"date (?:is )?(?:not (?:yet )?(?:fixed|set|agreed|booked)|still open|open)|(?:have|has) "
    r"not (?:yet )?(?:fixed|set|agreed) a date|(?:ein )?datum gibt es noch nicht|noch kein "
    r"(?:datum|termin)|(?:päivää|aikaa|päivämäärää) ei (?:ole )?(?:vielä )?(?:sovittu|"
    r"lyöty lukkoon|päätetty)|inget datum (?:är )?(?:bestämt|satt|bokat|klart)(?: än| ännu)?|"
    r"дат[уа] (?:пока |ещё )?не (?:назначили|согласовали|назначена|согласована)|"
    r"даты (?:пока |ещё )?нет)|"
    # "Tapaamisesta puhuttiin, mutta päivää ei vielä lyöty lukkoon", "О встрече пока и речи нет"
    r"(?:tapaami\w*|palaveri\w*) puhuttiin,? mutta (?:päivää|aikaa) ei (?:vielä )?(?:lyöty "
    r"lukkoon|sovittu)|о встрече (?:пока )?(?:и )?речи нет|"
    # a meeting to be booked later: "De vill träffas först efter helgerna, så vi bokar en tid
    # i januari", "soitan uudelleen tammikuun alussa ja sovitaan silloin tapaamisesta"
    r"(?:vill|ska) träffas (?:först )?(?:efter|i|nästa)[^.!?\n]*|(?:vi )?bokar (?:in )?en tid"
    r"[^.!?\n]*|(?:vi )?bokar (?:in )?(?:ett )?(?:besök|möte)\w*[^.!?\n]*|"
    # "Einen Termin vor Ort machen wir nächste Woche aus", Bavarian "Termin mach ma … aus"
    r"termin\w* (?:[\w-]+ ){0,4}?(?:(?:machen|vereinbaren|legen|fixieren|planen|suchen) wir|"
    r"mach(?:en)? ma)\b"
    r"[^.!?\n]*|sovitaan (?:silloin |sitten |myöhemmin )?(?:tapaami|palaveri|käyn)\w*[^.!?\n]*|"
    # "vasta niiden jälkeen sovitaan, milloin käydään paikan päällä": when is still to agree
    r"sovitaan,? (?:milloin|koska|mihin aikaan|missä) [^.!?\n]*|"
    # "Bryggmästaren vill visa jäskällaren … och sedan få en offert"
    r"(?:vill|want|wants) (?:\w+ ){0,6}?(?:och|and) (?:sedan|then) (?:få|get|have) (?:en |a )?"
    r"(?:offert|quote)|"
    r"(?:dann|danach) erst (?:das |ein |unser )?angebot|erst (?:dann|danach) (?:das |ein )?"
    r"angebot|only then (?:a |the |our )?quote|först (?:då|sedan) (?:en )?offert|"
    r"(?:können|könnten|werden|wollen) wir (?:\w+ )?(?:ein|das|unser) angebot (?:machen|"
    r"schreiben|erstellen|abgeben|schicken)|(?:we )?(?:can|could) (?:then )?(?:make|send|prepare|"
    r"give) (?:them |you )?(?:a |an |our )?(?:quote|offer|proposal)|voimme (?:sitten )?(?:tehdä|"
    r"lähettää|laatia) tarjouksen|kan vi (?:sedan )?(?:lämna|skicka|ta fram|göra) (?:en )?offert|"
    # "först när vi har dem kan vi börja fundera på en offert", "Efter det gör vi en offert"
    r"kan vi (?:\w+ ){0,4}?offert|(?:efter det|därefter|sedan|sen) (?:gör|skickar|lämnar|tar) "
    r"vi (?:fram )?(?:en |vår )?offert|"
    # (the word order of a second language: "sedan vi gör en offert")
    r"(?:därefter|sedan|sen) vi (?:gör|skickar|lämnar|tar fram) (?:en |vår )?offert|"
    r"fundera på (?:en )?offert|"
    r"(?:сможем|можем) (?:\w+ )?(?:подготовить|сделать|отправить) (?:коммерческое )?предложение|"
    # a meeting only later: "встречаться он готов только после инвентаризации", "встречу
    # назначим, когда он их посмотрит"
    r"встречаться (?:\w+ )?готов\w* (?:только )?(?:после|не раньше)[^.!?]*|"
    r"встречу (?:\w+ )?(?:назначим|обсудим)|встречаться (?:\w+ )?будем\b[^.!?]*|"
    r"(?:встретимся|увидимся),? (?:тогда,? )?когда\b[^.!?]*|о встрече (?:\w+ )?договоримся[^.!?]*|"
    r"(?:про|насчёт|насчет|по поводу) встреч\w* (?:\w+ )?(?:решим|договоримся|подумаем)[^.!?]*|"
    # whether a meeting is wanted at all: "согласовать, нужна ли им встреча"
    r"нужна ли (?:им |нам )?встреча|(?:whether|if) they (?:need|want) a meeting|ob sie "
    r"(?:einen termin|ein treffen) (?:brauchen|wollen)|om de vill ha ett möte|"
    r"tarvitaanko (?:tapaamista|käyntiä|palaveria)(?: paikan päällä| paikan päälle)?|"
    r"(?:whether|if) (?:a|any) (?:site )?(?:visit|meeting) (?:on site )?is (?:needed|necessary)|"
    r"ob (?:ein|überhaupt ein) (?:besuch|termin) (?:vor ort )?nötig ist|"
    r"om (?:ett )?(?:besök|möte) behövs|нужен ли (?:визит|выезд)|нужна ли (?:встреча|поездка)|"
    r"(?:termin|treffen|besuch)\w* (?:[\w-]+ ){0,3}?(?:vereinbaren|machen|planen) wir(?: aus)?,? "
    r"sobald|"
    # "will aber erst nach ihrer Inventur über einen Termin reden"
    r"über (?:einen|den) termin (?:\w+ )?(?:reden|sprechen)|"
    # "einen Termin gibt's frühestens nach Allerheiligen", "a meeting not before Monday"
    r"(?:einen |ein )?(?:termin|treffen) (?:gibt'?s|gibt es|wird es) (?:\w+ )?(?:erst|frühestens)"
    r"[^.!?]*|(?:a |the )?(?:meeting|visit) (?:not before|at the earliest)[^.!?]*|"
    # visits it would take, a reason: "siellä pitäisi käydä useamman kerran paikan päällä",
    # "we would have to drive there several times", "wir müssten mehrmals vor Ort sein"
    r"(?:pitäisi|täytyisi|tarvitsisi|joutuisi|joutuisimme|pitää|täytyy) (?:\w+ ){0,2}?"
    r"(?:käydä|ajaa|olla)\b[^.!?\n]*|(?:would|'d) (?:have|need) to (?:\w+ ){0,2}?(?:visit|drive|"
    r"go|travel|be (?:there|on site))\b[^.!?\n]*|(?:müssten|müsste) (?:\w+ ){0,3}?(?:vor ort|"
    r"hinfahren|fahren)\b[^.!?\n]*|skulle (?:behöva|få) (?:\w+ ){0,2}?(?:åka|köra|vara på plats)"
    r"\b[^.!?\n]*|пришлось бы (?:\w+ ){0,2}?(?:ездить|ехать|бывать)\b[^.!?\n]*|"
    # the quote made after the visit: "Dann wir gehen zusammen durch die Silos und machen die
    # Angebot danach"
    r"(?:machen|schicken|schreiben|erstellen) (?:\w+ )?angebot (?:danach|dann|später|"
    r"anschließend|im anschluss)\b|"
    # a note of when one may be: "Termin also frühestens Ende Juni", "möte tidigast i juni"
    r"(?:termin|treffen|besuch|meeting|visit|möte|besök|tapaaminen|käynti|встреча|визит),? "
    r"(?:also |dann |so |then |alltså |då |siis |sitten |значит |тогда )?(?:erst )?"
    r"(?:frühestens|at the earliest|earliest|tidigast|aikaisintaan|не раньше)\b[^.!?\n]*|"
    # done only by the time something else happens: "Mikko kertoo tilanteen, kun on ollut
    # yhteydessä asiakkaaseen", "he'll report once he has been in touch with them"
    r"(?:kun|kunhan|sitten kun) (?:\w+ )?(?:on|ovat|olen|olemme) (?:ollut|olleet|saanut|"
    r"saaneet|käynyt|käyneet|soittanut|puhunut)\b[^.!?;\n]*|"
    r"(?:once|when|after) (?:he|she|they|i|we) (?:has|have|'s|'ve) (?:been|spoken|talked|"
    r"called|met)\b[^.!?;\n]*|"
    # not known when: "en tiedä vielä, milloin tarjous ehtii lähteä", "don't know yet when
    # the quote can go out"
    r"(?:en|emme|ei) (?:vielä |vielä,? )?tiedä,? (?:vielä,? )?(?:milloin|koska)\b[^.!?]*|"
    r"(?:don't|do not) know (?:yet )?when\b[^.!?]*|weiß (?:noch )?nicht,? wann\b[^.!?]*|"
    r"vet (?:inte|int) (?:än |ännu )?när\b[^.!?]*|не знаю,? когда\b[^.!?]*|"
    # "Jag återkommer när jag har pratat med Mats."
    r"när (?:jag|vi) har (?:pratat|talat|träffat|ringt)\b[^.!?;\n]*|"
    # "De skickar ritningarna efter första maj, och då bestämmer vi tid för ett besök"
    r"(?:då|sedan|sen|därefter) (?:bestämmer|bokar|spikar) vi (?:en )?tid (?:för|till) "
    r"(?:ett |en )?(?:besök|möte)|"
    # a time still to be found: "Han ska stämma av … vilken vecka som passar för ett besök"
    r"(?:vilken|vilka) (?:dag|dagar|vecka|tid) som passar (?:för )?(?:ett |en )?(?:besök|möte)|"
    r"(?:which|what) (?:day|week|time) (?:would )?suits? (?:for )?(?:a )?(?:visit|meeting)|"
    r"wann (?:ein|der) (?:termin|besuch) (?:\w+ )?passt|milloin (?:käynti|tapaaminen) "
    r"(?:\w+ )?sopii|когда (?:им )?удобно (?:встретиться|принять нас)|"
    # the quote after the visit: "danach mache ich das Angebot"
    r"(?:danach|dann|anschließend|im anschluss|nachher) (?:mache|schreibe|erstelle|schicke|"
    r"rechne) (?:ich|wir) (?:\w+ )?(?:das|ein|unser) angebot|"
    # "tapaamisesta sovitaan vasta niiden jälkeen": to be agreed later
    r"(?:tapaami\w*|palaveri\w*|käyn\w*) (?:\w+ )?sovitaan (?:vasta|kun|myöhemmin)[^.!?]*|"
    # "en fråga innan jag ringer kunden": the call is still to come
    r"(?:innan|before|bevor|ennen kuin) (?:jag |vi |i |we |ich |wir )?(?:ringer|call|calls|ring|"
    r"anrufe|anrufen|soitan|soitamme)\b[^.!?:\n]*|прежде чем (?:позвонить|звонить)[^.!?:\n]*|"
    # "Pitää soitella pojille ja kattoo maanantaina": a call yet to make
    r"(?:pitää|täytyy|pitäisi) (?:vielä |ensin )?soit\w*[^.!?:\n]*|"
    # "we'll quote once we have it", "Offerten skriver vi när vi har fått ritningarna",
    # "Tarjousta emme ole vielä tehneet, se on työn alla", "vi pratar om ett möte i augusti"
    r"(?:we'?ll|we will) quote (?:once|when|after)\b[^.!?\n]*|offerten skriver vi när[^.!?\n]*|"
    r"(?:tarjous\w*|se) on (?:vielä )?työn alla|(?:vi )?pratar om (?:ett )?möte\b[^.!?\n]*|"
    # "КП, соответственно, пока не готовим": the commas must not leave "КП" standing alone
    r"кп,?\s+(?:\w+,?\s+){0,2}пока не \w+|"
    # "call back after 20 September to agree on a visit", "Vi bestämmer tid för besök när …",
    # "återkomma om ett möte"
    r"(?:to|and) (?:agree on|arrange|book|fix|set up|schedule) (?:a |the )?(?:proper |first |"
    r"real |new )?(?:visit|meeting|date|time)\b[^.!?\n]*|"
    r"(?:vi )?bestämmer (?:en )?tid för (?:ett )?(?:besök|möte)\b[^.!?\n]*|"
    # "så vi bestämmer en tid när han är tillbaka i mars"
    r"(?:vi )?(?:bestämmer|bokar|sätter) (?:en )?tid (?:när|efter|i|nästa|så snart)\b"
    r"[^.!?\n]*|"
    # a visit at the earliest then: "so the first site visit can be earliest on Monday 17 June"
    r"(?:visit|meeting|appointment|besuch|termin|besök|möte|käynti|tapaaminen|визит|встреча)"
    r"\b[^.!?\n]{0,30}?\b(?:can|could|will|kann|können|könnte|kan|voi|может) (?:be|happen|"
    r"take place|"
    r"sein|stattfinden|bli|bli av|olla|быть|состояться)? ?(?:at the )?(?:earliest|frühestens|"
    r"tidigast|aikaisintaan|не раньше)\b[^.!?\n]*|"
    # a day that would suit a visit, offered: "Thursday morning would fit for a first visit"
    r"(?:would|could) (?:fit|suit|work|be fine) for (?:a |the |our )?(?:first )?(?:visit|meeting)|"
    r"würde (?:uns )?(?:gut )?(?:für (?:einen|den) (?:ersten )?(?:besuch|termin)|zum (?:besuch|"
    r"termin)) passen|skulle passa (?:bra )?för (?:ett |vårt )?(?:första )?(?:besök|möte)|"
    r"sopisi (?:hyvin )?(?:ensimmäiselle )?(?:käynnille|tapaamiselle)|подош[её]л бы для "
    r"(?:визита|встречи)|"
    # a meeting wanted, but: "De vill gärna ha ett möte, men deras tekniska chef är på semester"
    r"(?:vill|want|wants|would like|möchten?|wollen|will|haluaa?|haluavat|хотят|хочет) "
    r"(?:gärna |gern |gerne |mielellään |)(?:ha |have |to have |)(?:ett |a |an |einen |ein )?"
    r"(?:möte|meeting|visit|termin|treffen|besuch|tapaamisen|palaverin|käynnin|встречу)"
    r"(?=,? (?:men|but|aber|mutta|но)\b)|"
    r"återkomm\w* om (?:ett )?(?:möte|besök)\b[^.!?\n]*|"
    # "встречу он готов обсуждать только после …", "ett besök bokar vi först när …"
    r"встречу (?:\w+ )?готов\w* (?:\w+ )?(?:только )?после[^.!?]*|"
    r"(?:ett )?(?:besök|möte) bokar vi (?:först )?när[^.!?\n]*|"
    # "will aber erst nach Pfingsten einen Termin machen"
    r"(?:will|wollen|möchte\w*) (?:\w+ ){0,2}erst (?:nach|im|ab|in)\b[^.!?\n]{0,40}?termin\w*"
    r"[^.!?\n]*|"
    # "Sie wollte eigentlich sofort einen Termin, aber …": wanted, not made
    r"(?:wollte|wollten) (?:\w+ ){0,3}einen termin\b[^.!?]*|"
    # "Tapaamisaikaa odotellaan": a meeting time waited for
    r"(?:tapaamis|palaveri|käynti)\w* (?:\w+ )?odotel\w*|odotamme (?:\w+ )?(?:tapaamis|käynti)\w*|"
    r"waiting (?:for|on) (?:a |the )?(?:meeting|appointment) (?:date|time|slot)|"
    r"warten (?:\w+ )?auf (?:einen|den) termin(?:vorschlag)?|väntar på (?:en |ett )?(?:mötestid|"
    r"mötesdatum|tid för (?:ett )?möte)|"
    # "Tapaamisesta puhutaan, kun hän on katsonut ne": to be talked of later
    r"(?:tapaami\w*|palaveri\w*|käyn\w*) (?:\w+ )?(?:puhutaan|mietitään|katsotaan)[^.!?]*|"
    # "Offerten räknar vi på nu"; "a quote is further off still", "offert är det alldeles för
    # tidigt att tala om"
    r"(?:offert\w*|anbud\w*) räknar (?:vi|jag) på|räknar (?:vi|jag) på (?:en |ett )?(?:offert\w*|"
    r"anbud\w*)|(?:quote|proposal|offer|offert\w*|angebot\w*|tarjou\w*|кп)\b[^.!?\n]{0,30}?\b"
    r"(?:further off|far off|a long way off|för tidigt|zu früh|liian aikaista|рано)\b[^.!?\n–—;]*|"
    # a call tried is no contact: "yritin soittaa … kaksi kertaa, mutta liittymä ei ole
    # käytössä", "tried to call them twice"
    r"(?:yritin|yritimme|yritetty) soittaa\w*[^.!?\n]*|(?:i |we )?tried (?:to )?(?:call|ring|"
    r"phone|reach)\w*[^.!?\n]*|(?:habe|haben) (?:\w+ ){0,4}versucht,? (?:\w+ ){0,3}"
    r"(?:anzurufen|zu erreichen)[^.!?\n]*|försökte (?:ringa|nå)[^.!?\n]*|пытал\w* "
    r"(?:дозвониться|позвонить)[^.!?\n]*|"
    # "Sen jälkeen tehdään tarjous": the passive present is the future (spoken "tehään",
    # the object first: "tarj. tehään sen jälkeen"); "sit katotaan tapaaminen"
    r"(?:tehdään|tehään|laaditaan|lähetetään) (?:\w+ )?tarjou\w*|tarjou\w* (?:\w+ )?(?:tehdään|"
    r"tehään|laaditaan|lähetetään)\b[^.!?\n]*|(?:katsotaan|katotaan|sovitaan|sovitaan sitten) "
    r"(?:\w+ )?(?:tapaami\w*|käyn\w*|palaveri\w*)|"
    # what a quote still needs: "Tarjousta varten tarvitaan … pohjapiirros", "For the quote
    # we need the floor plan", "Für das Angebot brauchen wir …", "För offerten behöver vi …"
    r"tarjou(?:sta|ksen|ksia) (?:\w+ )?varten\b[^.!?\n]*|(?:for|to prepare|to make) (?:the |a |"
    r"our )?(?:quote|quotation|offer|proposal),? (?:we|i) (?:still )?need\b[^.!?\n]*|"
    r"(?:für|zum) (?:das |ein |unser )?angebot (?:brauchen|benötigen) (?:wir|ich)\b[^.!?\n]*|"
    r"för (?:att (?:göra|räkna) )?offerten behöver (?:vi|jag)\b[^.!?\n]*|для (?:кп|коммерческого "
    r"предложения|предложения) (?:нам |мне )?нужн\w*[^.!?\n]*|"
    # the customer reached only later: "Ich melde mich …, sobald ich ihn erreicht habe"
    r"(?:sobald|as soon as|once|heti kun|kunhan|så snart|как только)\s(?:\w+\s){0,3}?"
    r"(?:erreicht|reached|got hold of|tavoitan|tavoittanut|saan (?:\w+ )?kiinni|nått|når|fått tag "
    r"på|дозвонюсь|свяжусь)\b[^.!?\n]*|"
    # "när jag har fått dem bokar vi ett besök"
    r"(?:när|when|once|wenn|sobald|kun|когда)\b[^.!?\n]{0,60}?\b(?:bokar vi|we(?:'ll| will)? "
    r"book|buchen wir|vereinbaren wir|machen wir (?:einen )?termin|sovitaan|sovimme|назначим)"
    r"[^.!?\n]*|"
    # "lovat att återkomma … med förslag på en tid för ett möte"
    r"(?:förslag på|föreslå) (?:en )?tid för (?:ett )?möte|(?:suggest|propose) (?:a )?(?:time|"
    r"date) for (?:a |the )?(?:meeting|visit)|"
    r"(?:i|we)(?:'ll| will)? (?:draft|prepare|write|work on) (?:the |a |our )?(?:quot\w*|proposal|"
    r"offer)|(?:das )?angebot (?:schreiben|machen|erstellen|schicken|senden) wir|"
    r"(?:schreiben|erstellen|machen) wir (?:das |ein |unser )?angebot|"
    r"(?:will|'ll|going to|then) (?:set up|arrange|book|schedule|plan|make|sort(?: out)?|"
    r"organi[sz]e) (?:an? |the )?"
    r"(?:proper |first |real |new )?(?:meeting|visit|demo|call|appointment|site (?:walk|visit))|"
    r"(?:\w*termin|treffen)\w* (?:\w+ ){0,3}?(?:machen|vereinbaren|planen) wir(?: \w+)? aus|"
    r"wegen (?:einem|eines|dem) termin\w*|"
    r"(?:to|um|för att|jotta|чтобы) (?:book|arrange|set up|boka|vereinbaren|sopia|"
    r"назначить|договориться)\b[^.!?]{0,30}?(?:meeting|visit|möte|besök|termin\w*|"
    r"tapaami\w*|käyn\w*|встреч\w*)|"
    r"sovitaan (?:\w+ )?(?:käynti|tapaaminen|palaveri)|"
    # «Договорились созвониться в понедельник и тогда уже назначить выезд»
    # (not a plan's ticked step: "Назначить встречу ✔")
    r"(?:тогда|потом|затем|после этого)(?: уже)? (?:назначить|назначим|согласовать|согласуем) "
    r"(?:\w+ )?(?:выезд|встреч\w*|визит)\w*|"
    r"(?:will|werden|wollen|möchte|möchten) .{0,30}(?:termin|treffen) (?:vereinbaren|ausmachen)|"
    # wanted, not made: "nach der Ernte will er einen Termin", "er möchte ein Treffen"
    r"(?:will|wollen|möchte|möchten) (?:er|sie|der kunde|die kundin)? ?(?:\w+ ){0,2}?"
    r"(?:einen|ein) (?:termin|treffen)(?= *[.!,;\n]| *$)|"
    # "Встречу он хочет назначить только после своего отпуска"
    r"встреч\w* (?:\w+ )?(?:хочет|хотят|хотел бы|хотели бы) (?:\w+ )?назначить|"
    r"(?:хочет|хотят|хотел бы|хотели бы) (?:\w+ )?назначить (?:\w+ )?встреч\w*|"
    # a quote still being worked out: „das Angebot wird gerade kalkuliert"
    r"(?:das |ein |unser )?angebot (?:wird|ist) (?:gerade |noch |derzeit |momentan )?(?:kalkuliert|"
    r"erstellt|ausgearbeitet|in arbeit|in vorbereitung)|(?:the |our |a )?(?:quote|quotation|"
    r"proposal) is (?:being|still being) (?:prepared|worked out|drafted)|"
    r"tarjou\w* (?:\w+ )?(?:päästään|pääsemme|aletaan|ehditään) (?:tekemään|laatimaan|"
    r"lähettämään)|(?:päästään|pääsemme) (?:tekemään|laatimaan) tarjou\w*|"
    r"(?:коммерческое )?предложение (?:\w+ )?(?:будем|буду) (?:готовить|делать|отправлять)|"
    r"(?:offert\w*|anbud\w*) (?:är )?på gång|återkomm\w* med (?:\w+ ){0,4}offert\w*|"
    r"(?:quote|proposal|offer) (?:is )?in the works|(?:proper |formal )?(?:quote|proposal) "
    r"(?:will )?follows?|(?:try|trying|hope|hoping) to (?:get|set up|arrange|book|schedule) "
    r"[^.!?]{0,40}?(?:meeting|visit|walk-?through|demo|appointment)|"
    r"(?:hol\w*) (?:\w+ ){0,2}angebote? ein|angebote? ein(?:zu)?holen|"
    r"ennen kuin (?:\w+ )?(?:laadimme|teemme|lähetämme) tarjou\w*|"
    r"tarjous on tarkoitus (?:lähettää|tehdä|laatia)|"
    r"(?:yritän|yritämme|yritetään) saada (?:\w+ )?(?:käynti\w*|käynni\w*|tapaami\w*|"
    r"palaveri\w*) sovittua|"
    r"(?:kunde|sie|er) (?:will|möchte|wollen|möchten) (?:jetzt |nun )?(?:ein|das|unser) angebot|"
    r"before (?:\w+ ){0,2}asks? (?:us )?for (?:a |an |the )?(?:quote|proposal|offer|price)|"
    r"(?:ehdotan|ehdotamme) tapaami\w*|(?:suggest|propose) a meeting|"
    r"(?:schlage|schlagen) (?:\w+ )?(?:einen )?termin vor|föreslå\w* (?:ett )?möte|"
    r"предложу встречу|"
    r"ska (?:boka|ordna) (?:in )?(?:ett )?(?:möte|besök)|"
    r"(?:договоримся|назначим|запланируем) (?:о )?(?:встреч|визит)\w*|"
    r"(?:no|nothing) (?:\w+ )?(?:meeting|visit|demo)?s? ?(?:\w+ )?(?:booked|scheduled) yet|"
    r"(?:want|wants|asked for|need|needs) (?:a |an )?(?:quote|offer|proposal)|"
    # a win only supposed: "Если выиграем, монтаж будет летом", "if we win it"
    r"(?:if|wenn|falls|jos|om|если) (?:we |wir |vi |мы )?(?:win|gewinnen|voitamme|vinner|"
    r"выиграем)\w*[^.!?\n]*|"
    # "Коммерческое предложение сейчас готовим, отправим на следующей неделе"
    r"(?:коммерческое )?предложение (?:\w+ )?(?:готовим|готовится|подготовим|в работе)|"
    r"kalkulation (?:\w+ ){0,3}?(?:folgt|kommt)|"
    # "Ein Angebot gibt es natürlich erst danach"
    # (not one agreed for a later day: "Tapaaminen on nyt sovittu, tosin vasta lomien jälkeen")
    r"(?:angebot|tarjou\w*|offert\w*|quote|кп|termin|tapaami\w*|möte|встреч\w*)\b"
    r"(?![^.!?\n]{0,30}?\b(?:sovittu|vereinbart|fixiert|booked|agreed|bokat|bokad|назначен\w*)\b)"
    r"[^.!?\n]{0,30}?\b(?:erst|vasta|först|"
    r"only after|only then)\b[^.!?\n–—;]*|"
    # a request to be called is no call made: "call me", "soita mulle", "ruf mich an"
    r"(?:please |pls |bitte )?(?:call|ring|phone) (?:me|us)\b|(?:ruf|rufen sie|"
    r"ruft) (?:mich|uns) (?:\w+ )?(?:an|zurück)\b|soita(?:kaa|tko)? (?:minulle|mulle|meille)\b|"
    r"ring (?:mig|oss|upp mig)\b|(?:по|пере)звони(?:те)? (?:мне|нам)\b|"
    r"(?:would|'d) like to (?:see|get|have|receive) (?:a |an |the |our )?(?:proposal|quote|"
    r"quotation|offer)|"
    # (not a list's "Ja sitten Järvenpään uimahalli: tapaaminen on sovittu …")
    r"(?:then|after that|afterwards|danach|dann|anschließend|sen|sedan|därefter|"
    r"sen jälkeen|sitten|после этого|потом|затем)\b(?![^.!?:\n]{0,40}:)[^.!?]{0,60}?"
    r"(?:meeting|visit|demo|"
    r"termin\w*|treffen|besuch\w*|möte\w*|\w*besök\w*|käyn\w*|tapaami\w*|palaver\w*|"
    r"встреч\w*|выезд\w*)(?: (?:paikan päällä|paikan päälle|vor ort|on site|på plats|на месте|"
    r"на объекте))?|"
    # a time still to be decided: "sedan bestämmer vi när vi åker dit", "we'll decide when to go"
    r"(?:bestämmer|bestämma|decide|entscheiden|päätetään|päätämme|решим|решаем) (?:vi |we |wir "
    r")?(?:sedan |then |dann |sitten |потом )?(?:när|when|wann|milloin|когда)\b[^.!?\n]*|"
    r"(?:готовим|готовлю|подготовим|подготовлю|готовится) (?:\w+ ){0,2}(?:кп|коммерческое "
    r"предложение|предложение|смет\w*)|"
    r"кп (?:\w+ )?(?:готовим|готовится|подготовим|в работе|(?:будем|буду) (?:готовить|"
    r"делать|отправлять))|(?:будем|буду) (?:готовить|делать) (?:\w+ ){0,2}(?:кп|коммерческое "
    r"предложение|предложение)|"
    r"(?:a |the )?date for (?:a |the )?(?:site )?(?:visit|meeting|demo)|"
    r"(?:suggest|propose|find|agree on|fix) (?:a |the )?(?:date|time|day) to (?:walk|visit|meet|"
    r"see)\b[^.!?]{0,30}|"
    r"before (?:we|i) (?:can )?(?:quote|send (?:a |the |our )?(?:quote|proposal|offer))|"
    r"(?:innan|before|bevor|ennen ?ku(?:in)?) (?:vi |we |wir )?(?:bokar|book|agree|arrange|"
    r"schedule|buchen|vereinbaren|sovitaan|sovimme) (?:\w+ ){0,2}?(?:besök|möte|visit|meeting|"
    r"tapaami\w*|träff\w*|"
    r"termin\w*|käyn\w*)|"
    r"(?:'d|would) like (?:a |an |our )?(?:quote|offer|proposal)|"
    r"(?:angebot|offert\w*|tarjou\w*|quote|proposal|кп)[^.!?]{0,40}\b(?:sobald|as soon as|"
    r"heti kun|så snart|как только)|"
    r"angebot (?:schicken|senden|machen|erstellen) wir\b|"
    r"katsotaan (?:\w+ )?(?:huomenna |ensi viikolla )?palaverissa|"
    r"(?:preparing|working on|putting together|(?:to |will |'ll )?prepare) (?:a |the |our )?"
    r"(?:\w+ )?(?:quote|proposal|offer)|"
    # "Заказчик хочет получить от нас коммерческое предложение к концу месяца"
    r"хоч\w* (?:\w+ ){0,3}(?:коммерческое предложение|кп)|"
    r"preparing [^.!?]{0,30}?(?:quote|proposal|offer)|"
    r"(?:quote|proposal|offer)[^.!?]{0,30}?(?:should|will|is to) go out|"
    r"\bund vereinbar(?:t|en) (?:\w+ )?termin\w*|"
    r"stimme (?:\w+ )?termin\w* (?:\w+ ){0,3}ab|termin\w* (?:ist )?(?:noch )?offen|"
    r"termin\w* (?:steht|stehen) (?:\w+ ){0,2}(?:noch )?aus|offert\w* skickas\b[^.!?\n]*|"
    r"angebot\b[^.!?]{0,80}?ausarbeiten|"
    # "Danach erstellen wir das Angebot": a proposal in the present tense that is to come
    r"(?:danach|dann|anschließend) (?:erstellen|schicken|senden|machen) wir (?:\w+ )?angebot|"
    r"then we(?:'ll| will) (?:send|prepare|write|put together)|"
    r"(?:sen jälkeen|sitten) (?:teemme|lähetämme|laadimme) (?:\w+ )?tarjou\w*|"
    r"(?:sedan|därefter) (?:tar vi fram|skickar vi|gör vi|räknar vi på) (?:\w+ )?offert\w*|"
    r"(?:потом|затем|после этого) (?:подготовим|отправим|вышлем) (?:\w+ )?"
    r"(?:кп|коммерческое предложение)|"
    r"(?:планиру\w+ |собира\w+ )?(?:подготовить|отправить|выслать) (?:\w+ )?"
    r"(?:кп|коммерческое предложение)|"
    # someone else's meeting, or one that could happen: not a meeting with the customer
    r"(?:their|his|her|an? internal|the internal) (?:own |internal |budget |board |"
    r"management ){0,2}meeting|budget meeting|board meeting|"
    r"(?:can|could|would|will be able to) (?:visit|meet)\b|"
    r"(?:bereite|bereiten) (?:\w+ )?angebot (?:\w+ )?vor|angebot (?:ist |wird )?in vorbereitung|"
    r"(?:valmistelemme|valmistelen|teemme|teen|laskemme|lasken|lasketaan) (?:\w+ )?tarjou\w*|"
    r"tarjous on tekeillä|"
    r"(?:förbereder|jobbar med|håller på med) (?:en |vår )?offert\w*|"
    # (within a sentence: "Tarjous lähti eilen. Päätös tulee 12.1." is a quote sent)
    r"(?:angebot|tarjous|offert\w*|quote|proposal|кп)[^\w.!?\n]+"
    # (not "vår offert inte kommer att bli aktuell": a quote that will not come is a loss;
    # nor "Quote sent, decision next week": a quote gone out, the next week the decision's)
    r"(?:(?!inte\b|nicht\b|not\b|ei\b|не\b|sent\b|raus\b|verschickt\b|lähetetty\b|lähti\b|"
    r"skickad\b|skickat\b|skickades\b|gick\b|отправ\w*)\w+[^\w.!?\n]+){0,3}?"
    r"(?:kommt|folgt|"
    r"tulossa|tulee|kommer|comes|will come|will follow|coming|to follow|next week|nächste woche|"
    r"ensi viikolla|"
    r"ens viikolla|nästa vecka|на следующей неделе|будет)|"
    # the quote being worked on: "Nu räknar vi på offerten", "Danach machen wir uns ans Angebot",
    # "Als Nächstes erarbeiten wir bis Ende September ein Angebot"
    r"räknar (?:vi|jag) på (?:\w+ )?offert\w*|machen (?:wir|ich) uns ans angebot|"
    r"(?:erarbeiten|ausarbeiten|kalkulieren|erstellen) (?:wir|ich) [^.!?]{0,40}angebot|"
    r"ждут кп|wait(?:ing)? for (?:our|a|the) (?:quote|proposal)|"
    r"(?:next step|nästa steg|nächster schritt|seuraava (?:askel|vaihe)|следующий шаг)\W+"
    r"(?:is |är |ist |on )?(?:\w+ ){0,6}?(?:offer|quote|proposal|offert\w*|angebot|"
    r"tarjou\w*|кп)|"
    r"warten auf (?:das|unser) angebot|odottavat tarjous\w*|väntar på (?:vår |en )?offert|"
    r"(?:they'?ll|will) want a quote|"
    r"(?:angebot|offert\w*|tarjous|quote|кп)\s+(?:ist |är |on )?"
    r"(?:in arbeit|under arbete|työn alla|in progress|в работе)|"
    r"vill (?:\w+ )?ha (?:en |ett )?(?:offert|prisförslag|anbud)\w*|"
    r"tarjou\w* (?:pitää|täytyy|tulee) [^.!?]*|"
    # a meeting that did not take place
    r"termin\w*\b[^!?\n]{0,60}?\b(?:ausgefallen|abgesagt|verschoben|geplatzt)|"
    # "Neuen Termin will sie sich melden": one still to be set
    r"neue[nr]? termin\w* (?:\w+ ){0,3}?(?:melden|vorschlagen|ausmachen|abstimmen)\b|"
    # "про встречу говорить рано", "too early for a meeting"
    # ("Говорить о встрече пока рано")
    r"(?:про|о) (?:встреч|визит)\w* (?:говорить )?(?:пока |ещё |еще )?рано|"
    r"too early (?:to talk about |for )?a (?:meeting|visit)|"
    r"für einen termin (?:ist es )?(?:noch )?zu früh|"
    r"liian aikaista [^.!?]{0,20}?tapaami\w*|för tidigt [^.!?]{0,20}?(?:möte|besök)|"
    r"halua\w* (?:\w+ ){0,3}hinta-arvio\w*|"
    r"(?:innan|before|bevor|ennen kuin|до того как|перед тем как)\b[^.!?]{0,40}?\b(?:möte\w*|"
    r"meeting|termin\w*|tapaami\w*|träff\w*|встреч\w*|besök\w*|visit)|"
    r"(?:meeting|visit) (?:was |got |has been )?(?:cancelled|canceled|called off|postponed)|"
    r"tapaaminen (?:\w+ )?(?:peruttiin|peruuntui|siirtyi)|(?:mötet|besöket) (?:blev )?"
    r"(?:inställt|inställd|flyttat)|встреч\w* (?:\w+ )?(?:сорвал\w*|отменил\w*|перенесл\w*)|"
    r"(?:möchten?|wollen|brauchen) (?:ein )?angebot|"
    r"halua\w* tarjou\w*|(?:просил\w*|хотят|нужно) (?:\w+ )?кп|"
    # promised, agreed or still to do: "Lupasin lähettää esitteen ja hinta-arvion",
    # "Nu ska jag räkna på en offert", "Das Angebot mache ich nach Ostern fertig"
    r"(?:will|'ll) (?:keep|stay) in touch[^.!?,;]*|"
    r"lupasi\w* (?:\w+ )?(?:lähettää|toimittaa|tehdä)[^.!?]*|"
    r"(?:sovimme|sovittiin),? e(?:tt)?ä [^.!?]*?tarjou\w*[^.!?]*|"
    r"ж[дё]\w* (?:от нас )?(?:коммерческое предложение|кп|предложени\w*)|готовлю (?:его|е[её])|"
    # a presentation sent is a document, not a meeting
    r"(?:отправил\w*|выслал\w*|направил\w*|sent|geschickt|lähet\w*|skickade?) "
    r"[^.!?]{0,40}?(?:презентаци\w*|presentation|präsentation|esity\w*|esittely\w*)|"
    r"innan (?:vi|ni|de) (?:kan )?(?:träffas|ses)|"
    r"ska (?:jag |vi )?(?:räkna på|ta fram|skicka|göra) (?:en |ett )?(?:offert|anbud|"
    r"prisförslag)\w*|"
    r"angebot (?:\w+ ){0,3}?(?:mache|mach|schreibe|schreib|erstelle|schicke|macht|schreibt|"
    r"erstellt|schickt) (?:ich|wir|er|sie)\b[^.!?]*|"
    # a line labelled as what comes next: "Nächster Schritt: Termin vor Ort", "далее — КП"
    r"(?<!\w)(?:next(?: steps?)?|nächste[rn]? schritte?|als nächstes|seuraava(?:ksi)?(?: askel| "
    r"vaihe)?|jatkossa|nästa steg|härnäst|следующ\w* шаг\w*|далее|дальше)\s*[:—–-]\s*"
    r"(?:[^.!?\n]|\.(?=\d))*|"
    r"(?:tarjou\w*|angebot|offert\w*|quote|кп)\s+(?:vasta|erst|först|only)\b[^.!?\n]*|"
    r"(?:tarjou\w*) (?:kootaan|valmistellaan|tehdään)\b[^.!?\n]*|"
    r"pyysi\w* (?:\w+ ){0,5}(?:hinta-arvio\w*|tarjou\w*)|bat(?:en)? um (?:ein )?angebot|"
    r"bad om (?:en )?(?:offert|prisförslag)|запросил\w* (?:\w+ )?(?:кп|предложени\w*|смет\w*)|"
    r"angebot braucht noch[^.!?\n]*|"
    r"(?:offert\w* )?håller (?:vi |jag )?på att räkna på|håller på att (?:ta fram|skriva)|"
    # a quote someone needs to, must or is going to write
    r"(?:need to|needs to|have to|has to|must|going to|plan to|want to|will|'ll|should)\s+"
    r"(?:send|prepare|write|make|do|put together|finish|work on)\s+(?:\w+\s+){0,2}?(?:quote|"
    r"proposal|offer)|(?:müssen|muss|wollen|will|werden|wird|sollen|soll)\s+(?:\w+\s+){0,4}?"
    r"(?:angebot|kva)\w*\s+(?:\w+\s+)?(?:schicken|senden|erstellen|schreiben|machen|"
    r"ausarbeiten|rechnen)|(?:pitää|täytyy|pitäisi|aiomme|aion)\s+(?:\w+\s+){0,3}?tarjou\w+|"
    r"(?:ska|måste|behöver|tänker|kommer att)\s+(?:\w+\s+){0,3}?(?:offert\w*|prisförslag\w*)|"
    r"(?:нужно|надо|должны|собираемся|планируем|будем)\s+(?:\w+\s+){0,3}?(?:кп|"
    r"предложени\w*|смет\w*)|"
    r"(?:коммерческое )?предложение (?:\w+ )?(?:подготовим|отправим|пришл[её]м|вышлем)|"
    r"(?:подготовим|отправим|пришл[её]м|вышлем) (?:\w+ )?(?:коммерческое )?предложение|"
    # steps wanted before a quote or a visit: "toisen palaverin ennen tarjousta", "He'd like
    # a walk-through in July", "before we put a price on anything"
    r"ennen tarjou\w*|before (?:we )?(?:quote|quoting|put a price)|"
    r"(?:'d|would) like (?:a |an )?(?:walk-?through|site visit|visit|meeting|demo)|"
    # the customer wants a quote: it is still to be made ("He haluavat nyt tarjous meiltä,
    # me teemme se ensi viikolla", "they want a quote from us now")
    r"(?:haluavat|haluaa|toivovat|toivoo|pyysivät|pyysi) (?:\w+ ){0,2}?tarjou\w*|"
    r"(?:they|customer|client|he|she)(?: now)?(?: wants?| asked for| would like|'d like) (?:a |an |"
    r"our )?(?:\w+ ){0,2}?(?:quote|offer|proposal)|(?:vill ha|bad om) (?:en )?offert|"
    r"(?:хотят|просят|попросили) (?:\w+ ){0,2}?"
    r"(?:кп|коммерческое предложение|предложение)|"
    # a quote they will need, not yet sent: "коммерческое предложение им тоже нужно, но не
    # раньше, чем они увидят нас вживую", "an offer they'll need too, but only after …"
    r"(?:кп|коммерческое предложение|предложение) (?:\w+ ){0,2}?(?:тоже |также |ещё |еще )?"
    r"(?:нужн[оа]|понадобится|потребуется)|(?:they(?:'ll| will)|customer will) (?:also )?need "
    r"(?:a |an |our )?(?:quote|offer|proposal)|(?:angebot|kalkulation) (?:\w+ ){0,2}?(?:brauchen|"
    r"braucht) (?:sie|er|der kunde) (?:auch|schon|dann)?)",
    re.I)
#: thanks for our offer in five languages: "Angebot", "tarjous", "предложение" are also
#: the partner's own proposal
#: our offer of the lead, thanked for or missed: not the partner's proposal ("danke für das
#: Angebot", "ich habe das Angebot gestern übersehen", "olin ohittanut tarjouksen")
_OUR_OFFER = as_typed(
    r"(?:thanks?(?: you)?|danke|vielen dank|kiitos|tack|спасибо)\s+(?:for|fürs|für|för|за)?\s*"
    r"(?:the|das|ihr|dein|den|this|your|erbjudandet|предложение|tarjouksesta|angebot|offer|"
    r"lead|leadin|liidistä|anfrage)(?:\s+(?:angebot|offer|lead))?|"
    r"(?:das|ihr|euer|dein|the|your) (?:angebot|offer) (?:\w+ ){0,5}?(?:übersehen|verpasst|"
    r"nicht gesehen|missed|overlooked)|(?:übersah|missed|overlooked) (?:the |your )?offer|"
    r"(?:ohitin|ohittanut|ohittaneet|en huomannut|emme huomanneet) (?:\w+ ){0,2}?"
    r"(?:tarjouksen|tarjousta)|(?:tarjous|tarjouksen) (?:\w+ ){0,3}?(?:meni|oli mennyt) ohi", re.I)
#: a line break inside a sentence: no end mark before it, a small letter after it
_SOFT_WRAP = as_typed(r"(?<![.!?:;,\n])[ \t]*\n(?=[a-zäöåüßа-яё])")
#: a sentence with its end mark (a line break ends one too: replies are often terse);
#: a point inside a number ("12.500", "30.11.") ends nothing
#: (nor a German date's day: "am Freitag, 6. Mai um 7 Uhr")
_SENTENCE = as_typed(rf"(?:[^.!?\n]|\.(?=\d)|(?:{_ABBREVIATED})\.(?= \S)|(?={_MONEY_POINT})\.|"
                     rf"(?<=\d)\.(?= {GERMAN_MONTH}| (?i:quartal|kvartal))|"
                     # a date's last dot before a small letter: "für Donnerstag 26.1. verabredet"
                     r"(?:(?<=\d\.\d)|(?<=\d\.\d\d))\.(?= [a-zäöåüß]))+(?:[.!?]+|\n|$)")


#: nothing left for us, whoever signed: "sopimus on jo allekirjoitettu. Meille siitä ei jää
#: mitään", "für uns bleibt da nichts"
_NOTHING_LEFT_FOR_US = as_typed(
    r"(?<!\w)(?:meille (?:siitä |tästä )?ei jää(?: \w+)? mitään|für uns bleibt (?:da |davon |"
    r"dabei )?nichts(?: übrig)?|nothing left (?:in it )?for us|för oss blir det (?:inget|"
    r"ingenting) kvar|нам (?:там |тут )?ничего не (?:остаётся|остается))(?!\w)", re.I)


def _strongest(statuses: list[str]) -> str | None:
    """Won and lost together contradict each other; otherwise the furthest state wins."""
    if "won" in statuses and "lost" in statuses:
        return None
    return statuses[0]


#: a sentence about when the deal is decided or ordered: "they decide by 15.1.", "Auftrag
#: erwartet am 20.3.", "päätös tulee 12.2.", "beslut väntas den 4 mars", "решение 10.02"
_CLOSING = as_typed(
    r"(?<!\w)(?:decision|decide|decides|deciding|close|closing|sign|signing|signature|award|"
    r"order (?:is )?(?:expected|due)|expect (?:the|their|an) (?:order|po|signature)|po "
    r"(?:expected|due)|go-ahead|entscheid\w*|entscheidung\w*|abschluss|zuschlag|vergabe|"
    r"unterschr\w*|auftrag\w* (?:\w+ )?(?:erwartet|kommt|kommen)|bestellung (?:\w+ )?"
    r"(?:erwartet|kommt)|voraussichtlich|päätö\w*|päättä\w*|päättävät|tilaus\w* (?:\w+ )?"
    r"(?:odotetaan|tulee|tulisi)|allekirjoit\w*|beslut\w*|order\w* (?:\w+ )?(?:väntas|kommer)|"
    r"avslut\w*|signer\w*|underteckn\w*|tilldeln\w*|решени\w*|реш(?:ат|ит|ают)|"
    r"подпи\w*|заказ\w* (?:\w+ )?(?:ожида\w*|будет|придёт|придет)|закро\w*)", re.I)


def close_date(statements: str, today: date) -> date | None:
    """The expected close date a status report gives: the latest date in a sentence about
    the decision, the order or the signature (not the day of a meeting or when the quote
    went out), at most 300 days ahead (a date without a year that already passed, "am
    18.09.", would otherwise be read as next year's)."""
    closing = " ".join(s for s in _SENTENCE.findall(statements) if _CLOSING.search(s))
    dates = [d for d in find_dates(closing, today) if today <= d <= today + timedelta(300)]
    if not dates:  # "by the end of June", "KW 26", "Q3", "next month", "in two weeks"
        dates = [d for d in loose_dates(closing, today)
                 if today <= d <= today + timedelta(300)]
    return max(dates, default=None)

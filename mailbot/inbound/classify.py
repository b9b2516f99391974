"""What is this email? A bounce, an auto-reply, a partner's reply, or unrelated mail.

Pure apart from the ``Lookup`` it is given (the directory and our signed keys), so
``mailbot parse`` and the ingestion path read mail identically. Nothing here raises on
bad input: a message the standard library cannot make sense of is ``unrelated`` with
a reason, and the caller quarantines it.

Order matters: our own mail coming back (loop guard) is recognised first, then bounces
(a DSN is also "auto-submitted"), then auto-replies, then lead references. Bounces are
read by flufl.bounce, which knows 20 years of non-standard MTA formats.
"""

from __future__ import annotations

import contextlib
import email
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote

from flufl.bounce import all_failures

from mailbot.inbound import amounts, replies, text_dates
from mailbot.inbound.customer_focus import QUOTE_MARKS, quoted_customer
from mailbot.inbound.typed_letters import as_typed
from mailbot.outbound.render import QuotedOurs, preheader_pattern, quoted_ours


class _OneLine(logging.Filter):
    """flufl.bounce logs a detector's error with its traceback; odd input is no
    emergency: one warning line, the mail is still read by the other detectors."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            record.msg = f"{record.getMessage()}: {type(exc).__name__}: {exc} (skipped)"
            record.args, record.exc_info, record.exc_text = (), None, None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


logging.getLogger("flufl.bounce").addFilter(_OneLine())

#: bodies beyond this are not read for intent (a 10 MB paste is stored, not scanned)
TEXT_LIMIT = 200_000

AUTO_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-MS-Exchange-Inbox-Rules-Loop")
AUTO_PRECEDENCE = {"bulk", "junk", "list", "auto_reply"}
AUTO_SUBJECT = as_typed(
    r"^\s*(?:(?:re|aw|sv|vs|ответ)\s*:\s*)*(?:automatic reply|auto(?:matic)?[- ]?reply|"
    r"autoreply|auto[- ]response|out of (?:the )?office|ooo\b|abwesenheitsnotiz|"
    r"automatische antwort|abwesend|automatisk svar|autosvar|frånvaro|"
    # ("Lomalla: …", "Poissa 3.–7.8.", "Lomalla toimistolta"; not a subject about a holiday:
    # "Lomalla tulleet liidit")
    r"automaattinen vastaus|(?:poissa|lomalla)(?=\s*(?:$|[:\-–—(,.!]|\d|toimistolta|töistä|"
    r"\w*kuu|asti|saakka|ajalla|viiko\w*|re\b|vs\b))|автоматический ответ|автоответ|"
    r"нет на месте|вне офиса|в отпуске)", re.I)
BOUNCE_SUBJECT = as_typed(
    r"undeliver|undelivered mail|delivery status notification|delivery (?:has )?failed|"
    r"mail delivery failed|failure notice|returned mail|delivery failure|"
    r"unzustellbar|nicht zustellbar|ei voitu toimittaa|kunde inte levereras|"
    r"не доставлено|недоставлен|"
    # a delay warning: "Warning: message 1tQx7B-0004Lm-3H delayed 24 hours" (Exim)
    r"^warning: message \S+ delayed|delivery (?:status notification \()?delay|"
    # MDaemon and others, localised: "Warnung: Zustellung verzögert"
    r"zustellung verz[öo]gert|verz[öo]gerte zustellung|toimitus viivästy|leverans\w* "
    r"(?:fördröjd|försenad)|(?:задержка доставки|доставка задерж)", re.I)
DAEMONS = ("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon", "mdaemon")
LEAD_REF = as_typed(r"\[L-(\d{1,9})\]")  # ids fit a 32-bit integer column
OUT_OF_OFFICE = as_typed(
    r"out of (?:the )?office|on (?:vacation|holiday|leave|parental leave|sick leave)|"
    # second-language English: "I am in vacation since 24.5 till 6.6."
    r"in (?:vacation|holidays?|leave|sick leave)\b|"
    r"\baway\b|annual leave|travell?ing|back (?:in|at|on)\b|"
    # out visiting customers, reading mail only in the evenings
    r"visiting (?:customers|clients)|on (?:a )?business trip|on the road|(?:only|rarely|"
    r"occasionally) (?:get to|check|read|see) (?:my )?e-?mails?|kundenbesuch\w*|"
    r"geschäftsreise|asiakaskäyn\w*|asiakasvierailu\w*|työmatkalla|kundbesök|"
    r"affärsresa|в разъездах|в поездке|на выезде|"
    r"abwesen|urlaub|nicht im büro|nicht im hause?|außer haus|elternzeit|dienstreise|zurück|"
    r"poissa|lomalla|loma(?:n|lla|ltani)|vuosiloma|tavoitettavissa|palaan|matkoilla|"
    r"ledig|semester|tjänstledig|frånvar|borta|föräldraledig|tillbaka|tjänsteresa|"
    r"отпуск|отсутств|командировк|вне офиса|нет на месте|вернусь|"
    # at a trade fair, reachable only now and then
    r"(?:nur )?eingeschränkt erreichbar|nicht erreichbar|auf der messe|at (?:a|the) trade "
    r"(?:fair|show)|at the [\w ]{0,40}\b(?:fair|expo|exhibition|conference)\b|"
    r"(?:only )?reading (?:my )?e-?mails? in the evenings?|nås (?:igen|först)|på kurs\b|"
    r"on a course\b|wieder erreichbar|messuilla|på mässan?|на выставке|\w+mässan|"
    r"i (?:vår|vår egen) monter|"
    r"hinner knappt läsa|"
    # on a training course, not reading mail meanwhile
    r"utbildning|schulung|fortbildung|koulutuksessa|koulutuspäiv\w*|training course|"
    r"на обучении|на курсах|läser inte (?:mina )?mejl|lese (?:keine|meine) e-?mails? nicht|"
    r"en lue sähköposte\w*|not (?:reading|checking) (?:my )?e-?mails?|не читаю почту|"
    # "at a customer site in Lapland and won't be reading email until Thursday 13 December"
    r"(?:won'?t|will not) be (?:reading|checking|answering) (?:my )?e-?mails?|"
    # "at a customer's site in Kotka … with limited access to email. I'll answer when I'm
    # back", "im off mon-tue 20.-21.10, back wed 22.10"
    r"(?:limited|little|no|restricted) access to (?:my )?e-?mails?|when i'?m back\b|"
    r"at (?:a |the )?customer'?s? site|\bi'?m off\b|\bi am off\b|"
    r"\bback (?:on )?(?:mon|tue|wed|thu|fri)(?:day|s|nes|rs)?\w*\b|"
    # "at a customer training … and probably won't be able to check email before Monday"
    r"(?:won'?t|will not|can'?t|cannot) be able to (?:check|read|answer) (?:my )?e-?mails?|"
    r"customer training|kundenschulung|asiakaskoulutu\w*|kundutbildning|обучени\w+ (?:клиента|"
    r"заказчика)|"
    # out on a commissioning job, reading mail now and then
    r"commissioning|inbetriebnahme|käyttöönotossa|driftsättning|пусконаладк|"
    r"(?:check|read)\w* (?:my )?e-?mails? (?:only )?(?:occasionally|rarely|sporadically|"
    r"sometimes|now and then)|"
    r"e-?mails? nur (?:sporadisch|unregelmäßig|gelegentlich)|"
    r"sähköpostia? (?:vain )?(?:harvoin|satunnaisesti)|"
    r"(?:mejl|mail|e-?post)\w* (?:bara )?(?:sporadiskt|sällan|oregelbundet)|"
    r"почту (?:читаю|проверяю) (?:редко|нерегулярно|время от времени)", re.I)


class Lookup(Protocol):
    """Directory and key checks the classifier needs (database-backed in production)."""

    def contact(self, address: str) -> tuple[int, str] | None:
        """(contact id, registered address) for an address, case- and plus-tag tolerant."""

    def reply_key(self, key: str) -> tuple[int, int] | None:
        """(lead id, contact id) of a valid signed reply key."""

    def verp_key(self, key: str) -> int | None:
        """The outbox row id of a valid signed VERP key."""

    def threads(self, message_ids: list[str]) -> dict[str, tuple[int | None, int | None]]:
        """(lead id, contact id) of each email we sent with one of these Message-IDs."""

    def customer(self, lead_id: int) -> tuple[str, str] | None:
        """(company, city) of a lead's customer; None when there is no such lead."""


@dataclass(frozen=True)
class Ours:
    """Our own addresses: the From of everything we send and the reply/VERP domain."""

    address: str
    reply_domain: str
    #: authserv-ids of the receiving servers whose Authentication-Results are believed
    #: (empty: the topmost header, whoever wrote it)
    authserv_ids: tuple[str, ...] = ()
    #: the admin's template overrides (``config/templates``): our emails' first lines and
    #: words there are ours too (``render.preheader_pattern``, ``render.quoted_ours``, built
    #: when first needed); None: the package's templates only
    templates: Path | None = None
    #: the name our emails carry (their header line when quoted)
    brand: str = ""


@dataclass(frozen=True)
class Bounce:
    permanent: bool
    recipients: tuple[str, ...]
    #: the outbox row named by the VERP address, when there was one
    outbound_id: int | None = None
    #: what the remote server said (DSN Diagnostic-Code or the status line)
    detail: str = ""
    #: a DSN "delayed" warning: the remote server is still trying, nothing failed yet
    delayed: bool = False


@dataclass(frozen=True)
class Classified:
    kind: str  # reply | auto_reply | bounce | unrelated
    why: str
    message_id: str = ""
    sender: str = ""
    subject: str = ""
    sent_at: datetime | None = None
    contact_id: int | None = None
    contact: str | None = None
    lead_id: int | None = None
    lead_via: str = ""
    #: the contact the reply key or thread names (may differ from the sender)
    key_contact_id: int | None = None
    reading: replies.Reading | None = None
    #: an auto-reply that says the person is away (not a ticket robot or a list)
    out_of_office: bool = False
    paused_until: date | None = None
    bounce: Bounce | None = None
    loop: bool = False
    dmarc_fail: bool = False
    #: a trusted server's Authentication-Results vouch for the sender's domain
    authenticated: bool = False
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        """The ``mailbot parse --json`` object."""
        r = self.reading
        return {
            "kind": self.kind, "lead": f"L-{self.lead_id}" if self.lead_id else None,
            "contact": self.contact, "intent": r.intent if r else None,
            "status": r.status if r else None,
            "amount": _number(r.amount) if r and r.amount is not None else None,
            "currency": r.currency if r else None,
            "paused_until": self.paused_until.isoformat() if self.paused_until else None,
            "bounce": {"permanent": self.bounce.permanent,
                       "recipients": list(self.bounce.recipients)} if self.bounce else None,
            "text": r.text if r else "",
        }


def _number(value) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def parse_bytes(raw: bytes) -> Message:
    """compat32 parsing, as fast as the bare standard library: headers are decoded only
    when read (``header``), bodies only for the one part we read (``body_text``)."""
    return email.message_from_bytes(raw)


#: set to a non-empty value, an exception inside classify propagates with its traceback
#: instead of quarantining the mail as unreadable. The corpus tests set it: a bug in the
#: reader (a name clash, a bad pattern) once hid as three quietly quarantined mails.
RAISE_ENV = "MAILBOT_CLASSIFY_RAISE"


def classify(raw: bytes, lookup: Lookup, ours: Ours, *, now: datetime,
             envelope_to: list[str] | None = None) -> Classified:
    """Classify one raw message; never raises (unreadable mail is ``unrelated``) unless
    ``MAILBOT_CLASSIFY_RAISE`` is set."""
    try:
        return _classify(raw, lookup, ours, now, envelope_to or [])
    except Exception as exc:  # noqa: BLE001 - bad mail must be quarantined, not crash intake
        if os.environ.get(RAISE_ENV):
            raise
        return Classified("unrelated", f"unreadable message: {type(exc).__name__}: {exc}"[:300])


def _classify(raw: bytes, lookup: Lookup, ours: Ours, now: datetime,
              envelope_to: list[str]) -> Classified:
    msg = parse_bytes(raw)
    sender = _sender(msg)
    base = {"message_id": header(msg, "Message-ID").strip(), "sender": sender,
            "subject": header(msg, "Subject"), "sent_at": _date(msg),
            "dmarc_fail": dmarc_failed(msg, ours.authserv_ids),
            "authenticated": sender_authenticated(msg, sender, ours.authserv_ids)}
    today = (base["sent_at"] or now).date()
    if sender == ours.address.lower() or header(msg, "X-Mailbot-Kind"):
        return Classified("auto_reply", "our own email came back (loop guard)", loop=True, **base)
    recipients = _recipients(msg, envelope_to)
    found = lookup.contact(sender) if sender else None
    bounce = _bounce(raw, msg, sender, base["subject"], recipients, lookup, ours,
                     stranger=found is None)
    if bounce is not None:
        return Classified("bounce", bounce[0], bounce=bounce[1], **base)
    contact_id, contact = found if found else (None, None)
    lead_id, key_contact, via = _lead(msg, base["subject"], recipients, lookup, ours,
                                      registered=found is not None)
    who = {"contact_id": contact_id, "contact": contact, "lead_id": lead_id,
           "lead_via": via, "key_contact_id": key_contact}
    auto = auto_reply_reason(msg, base["subject"])
    if auto:
        text = replies.new_text(body_text(msg))
        until = text_dates.latest_date(text, today, relative=True)
        away = bool(AUTO_SUBJECT.search(base["subject"]) or OUT_OF_OFFICE.search(text[:3000]))
        return Classified("auto_reply", auto, out_of_office=away,
                          paused_until=until if away else None, **who, **base)
    if lead_id is None:
        # a partner writing about something else (an own deal, a question) is read too
        reading = replies.Reading(replies.new_text(body_text(msg))) if found else None
        return Classified("unrelated", "no lead reference", reading=reading, **who, **base)
    # the customer whose news this reply is (a report often tells of others too): the lead's
    # own, else the one our quoted request names
    company, place = lookup.customer(lead_id) or ("", "")
    text, answering = reply_text(msg, ours), _answering(msg)
    customer = company or quoted_customer(body_text(msg))
    reading = replies.read_reply(text, today, answering, lead_id, customer, place or None)
    # "siehe Thomas' Nachricht unten": the colleague's answer forwarded below says it
    # ("Kunden svarade i morse:", "Pasting it here:": a line announcing what follows)
    forwarded = replies.forwarded_answer(body_text(msg)) if len(text) < 300 and \
        replies.points_at_what_follows(text) else ""
    if forwarded:
        reading = replies.filled_from(reading, replies.read_reply(
            forwarded, today, answering, lead_id, customer, place or None))
    # "sorry typo!! the quote is 12,8k €", "I forgot the amount: …": the partner's own mail
    # quoted below, corrected or completed
    earlier = replies.own_earlier_mail(body_text(msg), sender, _display_name(msg)) if \
        len(text) < 300 and replies.CORRECTION_NOTE.search(text) else ""
    if earlier:
        reading = replies.corrected_from(reading, replies.read_reply(
            earlier, today, answering, lead_id, customer, place or None))
    if reading.status in ("proposal", "won") and reading.amount is None and \
            replies.IN_SUBJECT.search(text):
        # "Summe steht im Betreff": the amount written in the reply's subject
        amount, currency = amounts.find_amount(base["subject"], won=reading.status == "won")
        reading = replace(reading, amount=amount, currency=currency)
    return Classified("reply", f"lead found by {via}", reading=reading, **who, **base)


def reply_text(msg: Message, ours: Ours | None = None) -> str:
    """The partner's new words. Nothing above the quote, or "my answers below in red":
    Outlook users type into the quoted HTML in a colour of their own, so text in a
    colour our emails do not use is the answer; "see below": the lines typed between
    our quoted ones."""
    body = body_text(msg)
    text = replies.new_text(body)
    templates = ours.templates if ours else None
    marked = _marked_answers(text, body, _display_name(msg)) or _unmarked_answers(
        text, body, templates, ours.brand if ours else "")
    if marked:
        return f"{text}\n{marked}"
    if text.strip() and not _COLOUR_HINT.search(text):
        return text
    if not text.strip() and (typed := _typed_into_quote(body, preheader_pattern(templates))):
        return typed
    html = _decoded(msg, "text/html")
    coloured = coloured_text(html) if html is not None else ""
    return "\n".join(part for part in (text, coloured) if part)


def _typed_into_quote(body: str, preheaders: re.Pattern[str]) -> str:
    """A phone's reply typed into the quote, before our mail's first line (its preheader):
    "> otetaan 👍 soitan iltapäivällä Uusi liidi alueella Kanta-Häme. Ensimmäisenä …" is
    "otetaan 👍 soitan iltapäivällä"; "" when the quote opens with our words."""
    quoted = [line.lstrip("> \t") for line in body.splitlines() if line.startswith(">")]
    for line in [line for line in quoted if line.strip()][:3]:
        found = preheaders.search(line)
        if found is not None:
            return line[:found.start()].strip()
    return ""


#: the initials an inline answer is marked with: "answers inline below, marked [ES]",
#: "vastaukset alla tekstin seassa, merkitty JR", "några frågor i texten nedan (AL)"
_INITIALS_HINT = as_typed(
    r"\[(?P<a>[A-ZÄÖÅ]{2,3})\]|\((?P<b>[A-ZÄÖÅ]{2,3})\)|(?:marked|marked with|merkitty|merkitsin|"
    r"märkt(?:a)?(?: med)?|markiert(?: mit)?|gekennzeichnet(?: mit)?|mit|помечены|отмечены|"
    r"initials|nimikirjaimin)\s+(?P<c>[A-ZÄÖÅ]{2,3})(?!\w)")


def _marked_answers(text: str, body: str, name: str = "") -> str:
    """Outlook users answer inside the quoted mail, each answer starting with their
    initials, and say so above it: the lines so marked, without the initials. Unnamed
    ("siehe unten", "vastaus tekstin seassa"), the marks are the writer's own name or
    initials: "[Stefan Brandt] Passau ist für uns zu weit", "SB: Nicht mehr aktuell",
    "Aino: Ei enää tarjous"."""
    if not _points_below(_without_own_name(text, name)):
        return ""
    hint = _INITIALS_HINT.search(text)
    if hint is not None:
        initials = re.escape(hint["a"] or hint["b"] or hint["c"])
        line = as_typed(rf"^[ \t]*(?:\[{initials}\]|\({initials}\)|{initials}(?=[ \t:]))"
                        r"[:– \t-]*(.+)$", re.M)
    else:
        marks = _own_marks(name)
        if not marks:
            return ""
        # ("[SB 15.12.] Habe heute mit Herrn Obermaier telefoniert")
        line = as_typed(rf"^[ \t>]*(?:\[(?:{marks})(?:[ ,]+[^\]\n]{{1,20}})?\]|\((?:{marks})\)|"
                        rf"(?:{marks}):)[ \t]*(.+)$", re.M)
    return "\n".join(m[1].strip() for m in line.finditer(body))


def _unmarked_answers(text: str, body: str, templates: Path | None, brand: str = "") -> str:
    """"Answer below", the answer typed unmarked between our quoted lines (Thunderbird keeps
    the quote marks on them when the writer types inside a quoted paragraph): the lines,
    of two words at least, that are not ours and stand between the first line of ours and
    the last. A fact's value on the line after its label is ours too."""
    if not _points_below(text) or len(_WORD.findall(text)) > 15:
        return ""
    last = text.strip().splitlines()[-1] if text.strip() else ""
    below = body[body.find(last) + len(last):] if last and last in body else body
    lines = QUOTE_MARKS.sub("", below).splitlines()
    theirs = _not_ours(lines, quoted_ours(templates))
    ours = [i for i, line in enumerate(lines) if line.strip() and i not in theirs]
    if not ours:
        return ""
    answers = [" ".join(lines[i].split()) for i in sorted(theirs) if ours[0] < i < ours[-1]]
    answers = [a for a in answers if len(_WORD.findall(a)) >= 2]
    if any(replies.opens_quoted_mail(line) or _ANGLED_ADDRESS.search(line) for line in answers):
        return ""  # a forwarded chain below: a colleague's answer, read as such
    seen = " ".join(text.split())
    return "\n".join(line for line in answers if line not in seen and line != brand)


def _without_own_name(text: str, name: str) -> str:
    """The text above the quote without the writer's signature: from the line that gives
    their name on ("Oliver Smith ¶ Sales Engineer | London Controls Ltd" alone on top of a
    quote answered inside, each answer marked "OS:")."""
    own = " ".join(_name_parts(name))
    if not own:
        return text
    lines = text.split("\n")
    cut = next((i for i, line in enumerate(lines) if " ".join(line.split()).lower() == own.lower()),
               None)
    return text if cut is None else "\n".join(lines[:cut])


def _points_below(text: str) -> bool:
    """The new text points at answers below ("siehe unten", "vastaus tekstin seassa") or
    says next to nothing ("Hei,", "Hej, förlåt att det dröjt."): the answer may be typed
    into the quote."""
    return bool(replies.SEE_BELOW.search(text)) or len(_WORD.findall(text)) <= 5


def _not_ours(lines: list[str], quoted: QuotedOurs) -> set[int]:
    """The indexes of the non-blank lines that are not ours. Our longer messages are looked
    for paragraph by paragraph (a client may wrap them over lines); a line left whole by
    them is not ours."""
    starts = [bool(quoted.label_start.match(line)) for line in lines]
    kept = [i for i, line in enumerate(lines) if line.strip() and not (
        quoted.line(line) or (i and quoted.label.match(lines[i - 1])) or (starts[i] and (
            (i and starts[i - 1]) or (i + 1 < len(lines) and starts[i + 1]))) or _buttons(
            line, quoted))]
    theirs: set[int] = set()
    for paragraph in _runs(kept):
        rest = quoted.without_words("\n".join(lines[i] for i in paragraph))
        left = {" ".join(line.split()) for line in rest.splitlines()}
        theirs.update(i for i in paragraph if " ".join(lines[i].split()) in left)
    return theirs


def _runs(indexes: list[int]) -> list[list[int]]:
    """Consecutive indexes grouped: [1, 2, 5, 6, 7] → [[1, 2], [5, 6, 7]]."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _buttons(line: str, quoted: QuotedOurs) -> bool:
    """A row of our buttons turned into text, their links lost: "Hyväksy liidi    Kieltäydy"."""
    cells = [c for c in _CELL_GAP.split(line) if c.strip()]
    return len(cells) > 1 and all(quoted.line(c) for c in cells)


_CELL_GAP = re.compile(r"\t|[ \u00a0]{2,}")
#: an address in angle brackets: an attribution without a verb ("пт, 12 нояб. 2027 г. в 13:04,
#: Juha <juha@fi-silver.example>:") or a header
_ANGLED_ADDRESS = re.compile(r"<[^<>\s@]+@[^<>\s]+>")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _name_parts(name: str) -> list[str]:
    """The words of a sender's display name ("Stefan Brandt", "\"Huber, Stefan\"")."""
    return [p for p in re.split(r"[\s,]+", re.sub(r"[\"'<>()]", " ", name)) if p.isalpha()]


def _own_marks(name: str) -> str:
    """What a writer marks inline answers with: their name, first name or initials
    ("Stefan Brandt", "Stefan", "SB")."""
    parts = _name_parts(name)
    if not parts:
        return ""
    marks = {" ".join(parts), parts[0]}
    if len(parts) > 1:
        marks.add("".join(p[0].upper() for p in parts))
    return "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))


#: "see my answers below in red", "Vastaus punaisella alla", "se mitt svar i grönt nedan"
_COLOUR_HINT = as_typed(
    r"\b(?:red|green|blue|rot|grün|blau|punaisella|vihreällä|sinisellä|rött|röd|grönt|grön|"
    r"blått|blå|красн(?:ым|ое|ая|ый|ом)|зел[её]н(?:ым|ое|ая|ый|ом)|син(?:им|ее|яя|ий|ем))\b",
    re.I)
#: colours of our own templates, of plain text (black, white) and Outlook's "automatic"
_OURS_OR_PLAIN = {"#ffffff", "#fff", "#17324d", "#b42318", "#6b7682", "#52606d", "#1f2933",
                  "#1a7f37", "#0b5cad", "#fff4e5", "#eef1f4", "#e0a800", "#8a939c", "#5c3b00",
                  "#5b6670", "#000000", "#000", "black", "white", "windowtext", "inherit",
                  "rgb(0,0,0)", "rgb(255,255,255)", "#222222", "#222", "#333333", "#333"}


class _ColouredText(HTMLParser):
    """Text inside elements whose own style sets a colour that is not ours or plain."""

    VOID = {"br", "img", "hr", "meta", "input", "link", "col", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.VOID:
            return
        style = dict(attrs).get("style") or ""
        match = re.search(r"(?<![-\w])color\s*:\s*([^;]+)", style, re.I)
        colour = re.sub(r"\s+", "", match.group(1).lower()) if match else ""
        self.stack.append(bool(colour) and colour not in _OURS_OR_PLAIN)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self.stack:
            self.stack.pop()
            if not any(self.stack):
                self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if any(self.stack):
            self.out.append(data)


def coloured_text(html: str) -> str:
    parser = _ColouredText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - odd HTML: no coloured answer, not a lost mail
        return ""
    lines = (line.strip() for line in "".join(parser.out).split("\n"))
    return "\n".join(line for line in lines if line)


_OFFER_LINK = as_typed(r"/l/(?:accept|decline)/")


def _answering(msg: Message) -> str:
    """What the quoted email of ours asked, by its link buttons: "offer" (accept and
    decline links), "status" (status links only), else ""."""
    # unquoted: link-protection gateways (Safe Links, Proofpoint) wrap our links in theirs
    texts = [unquote(t) for t in (_decoded(msg, "text/plain"), _decoded(msg, "text/html"))
             if t is not None]
    if any(_OFFER_LINK.search(t) for t in texts):
        return "offer"
    return "status" if any("/l/status/" in t for t in texts) else ""


# --- headers and addresses ----------------------------------------------------------------

def header(msg: Message, name: str) -> str:
    """A header as text, RFC 2047 words decoded; raw 8-bit bytes (allowed by no standard,
    sent by many clients) read as UTF-8, else Latin-1. Never raises."""
    value = _raw(msg, name)
    if value is None:
        return ""
    if "=?" in value:
        with contextlib.suppress(Exception):  # malformed encoded words, unknown charsets
            value = str(make_header(decode_header(value)))
    return _clean(" ".join(value.split()))


def _raw(msg: Message, name: str) -> str | None:
    lower = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == lower:
            value = str(value)
            if not value.isascii():
                data = value.encode("utf-8", "surrogateescape")
                try:
                    return data.decode("utf-8")
                except UnicodeDecodeError:
                    return data.decode("latin-1")
            return value
    return None


def _clean(text: str) -> str:
    """NUL bytes are legal in a mail but not in PostgreSQL text: they are dropped. Letters
    sent decomposed (a + combining diaeresis, as text pasted on a Mac may be) are composed,
    so "käynti" reads as "käynti"; both look alike on screen."""
    text = text.replace("\x00", "") if "\x00" in text else text
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _address(value: str) -> str:
    return parseaddr(value)[1].strip().lower()


def _display_name(msg: Message) -> str:
    """The From header's display name ("Juha Heikkinen"), decoded."""
    return parseaddr(header(msg, "From"))[0].strip()


def _sender(msg: Message) -> str:
    """The one address in the one From header, read before RFC 2047 decoding: a display
    name encoded as "=?utf-8?q?aino=40fi-gold=2Eexample?=" must not pass for the address.
    Several From headers or addresses make the sender ambiguous: nobody ("")."""
    if len(msg.get_all("From") or []) != 1:
        return ""
    addresses = [a for _, a in getaddresses([_raw(msg, "From") or ""]) if a]
    return _clean(addresses[0].strip().lower()) if len(addresses) == 1 else ""


def _recipients(msg: Message, envelope_to: list[str]) -> list[str]:
    values = []
    for name in ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"):
        try:
            values += [str(v) for v in msg.get_all(name, [])]
        except Exception:  # noqa: BLE001
            continue
    # Case is kept: the signed key in ``leads+KEY@`` is case-sensitive.
    return list(envelope_to) + [addr for _, addr in getaddresses(values) if addr]


def _keyed(addresses: list[str], prefix: str, domain: str) -> list[str]:
    """The KEY of every ``prefix+KEY@domain`` address."""
    keys = []
    for addr in addresses:
        local, _, dom = addr.rpartition("@")
        if dom.lower() == domain.lower() and local.lower().startswith(prefix + "+"):
            keys.append(local[len(prefix) + 1:])
    return keys


def _date(msg: Message) -> datetime | None:
    try:
        sent = parsedate_to_datetime(header(msg, "Date"))
    except (TypeError, ValueError, IndexError):
        return None
    return sent if sent.tzinfo else sent.replace(tzinfo=UTC)


def _believed_results(msg: Message, trusted: tuple[str, ...]) -> str:
    """The receiving server's verdict, lower-cased: the topmost Authentication-Results
    header of a ``trusted`` authserv-id (RFC 8601: that server removes forged copies of its
    own), or with none configured, the topmost header; "" when there is none."""
    try:
        results = [str(r) for r in msg.get_all("Authentication-Results", [])]
    except Exception:  # noqa: BLE001
        return ""
    if trusted:
        ids = {t.lower() for t in trusted}
        results = [r for r in results if r.split(";", 1)[0].strip().lower() in ids]
    return results[0].lower() if results else ""


def dmarc_failed(msg: Message, trusted: tuple[str, ...] = ()) -> bool:
    """The believed Authentication-Results say ``dmarc=fail``."""
    return re.search(r"\bdmarc\s*=\s*fail", _believed_results(msg, trusted)) is not None


def sender_authenticated(msg: Message, sender: str, trusted: tuple[str, ...]) -> bool:
    """A trusted server's topmost Authentication-Results says ``dmarc=pass``, or
    ``dkim=pass`` with a signature of the sender's domain (or a parent of it). Only trusted
    servers count: anyone can write such a header above them."""
    if not trusted or "@" not in sender:
        return False
    verdict = _believed_results(msg, trusted)
    if re.search(r"\bdmarc\s*=\s*pass\b", verdict):
        return True
    domain = sender.rsplit("@", 1)[1].lower()
    for method in verdict.split(";")[1:]:
        signed = re.search(r"\bheader\.[di]\s*=\s*@?([\w.-]+)", method)
        if re.match(r"\s*dkim\s*=\s*pass\b", method) and signed and (
                domain == signed[1] or domain.endswith("." + signed[1])):
            return True
    return False


def auto_reply_reason(msg: Message, subject: str) -> str | None:
    """RFC 3834 and the vendor headers; ``X-Auto-Response-Suppress`` alone is not one.
    A read receipt (RFC 8098) is automatic too, whatever its headers."""
    if _read_receipt(msg):
        return "read receipt"
    auto = header(msg, "Auto-Submitted").lower()
    if auto and not auto.startswith("no"):
        return f"Auto-Submitted: {auto}"
    for name in AUTO_HEADERS:
        if header(msg, name):
            return f"{name} header"
    if header(msg, "X-Auto-Generated") or header(msg, "X-AutoGenerated"):
        return "X-AutoGenerated header"
    if header(msg, "Precedence").lower() in AUTO_PRECEDENCE:
        return f"Precedence: {header(msg, 'Precedence').lower()}"
    if AUTO_SUBJECT.search(subject):
        return "auto-reply subject"
    return None


# --- bounces ----------------------------------------------------------------------------

_ACTION = re.compile(rb"^Action:\s*(\w+)", re.M | re.I)
_DISPOSITION = as_typed(r"^Disposition:[^;\n]*;\s*(\w+)", re.M | re.I)


def _read_receipt(msg: Message) -> bool:
    """An RFC 8098 notification that the mail was displayed (or processed), not one that
    it was deleted: Dovecot rejects mail over quota with a "deleted" MDN."""
    if msg.get_content_type() != "multipart/report" or \
            str(msg.get_param("report-type", "")).lower() != "disposition-notification":
        return False
    with contextlib.suppress(Exception):  # an odd report is simply not a receipt
        # only the small report part is serialised, not the whole mail (this runs twice:
        # in the auto-reply and in the bounce check)
        parts = [p for p in msg.walk()
                 if p.get_content_type() == "message/disposition-notification"]
        found = _DISPOSITION.search((parts[0] if parts else msg).as_string()[:200_000])
        return found is None or found[1].lower() in ("displayed", "dispatched", "processed")
    return False


def _receipt(raw: bytes, msg: Message) -> bool:
    """A read receipt (RFC 8098), or a delivery report (RFC 3464) whose every recipient's
    Action is delivered, relayed or expanded."""
    if msg.get_content_type() != "multipart/report":
        return False
    kind = str(msg.get_param("report-type", "")).lower()
    if kind == "disposition-notification":
        return _read_receipt(msg)
    actions = {a.lower() for a in _ACTION.findall(raw[:200_000])}
    return kind == "delivery-status" and bool(actions) and \
        actions <= {b"delivered", b"relayed", b"expanded"}

def _bounce(raw: bytes, msg: Message, sender: str, subject: str, recipients: list[str],
            lookup: Lookup, ours: Ours, stranger: bool) -> tuple[str, Bounce] | None:
    """A bounce: addressed to our VERP address, a DSN report, or (from a sender who is
    not a partner) anything flufl.bounce recognises — old MTAs, gateways and virus
    scanners send bounces from all sorts of addresses, with all sorts of headers."""
    outbound_id = next(filter(None, (lookup.verp_key(k) for k in
                                     _keyed(recipients, "bounce", ours.reply_domain))), None)
    if _receipt(raw, msg):
        return None  # a read receipt, or a DSN that the mail was delivered: nothing failed
    report = msg.get_content_type() == "multipart/report"
    daemon = sender.split("@")[0] in DAEMONS or not sender
    suspect = outbound_id is not None or report or (daemon and BOUNCE_SUBJECT.search(subject))
    if not suspect and not daemon and not stranger:
        return None
    temporary, permanent = _failures(msg)
    if not (suspect or temporary or permanent):
        return None
    why = ("VERP address" if outbound_id is not None else
           "delivery status report" if report else "bounce notice")
    detail, delayed = _diagnostic(raw), _delayed(raw, subject)
    if permanent and _transient_status(raw):
        temporary, permanent = temporary | permanent, set()
    if permanent:
        return why, Bounce(True, _sorted(permanent), outbound_id, detail)
    if temporary:
        return why, Bounce(False, _sorted(temporary), outbound_id, detail, delayed)
    # Formats flufl.bounce does not know (Lotus Domino: "was not delivered to: ADDR"),
    # else a bounce to our VERP address nobody could read: the outbox row says who failed.
    return why, Bounce(not delayed, _named_recipients(raw), outbound_id, detail, delayed)


_NOT_DELIVERED = re.compile(
    rb"(?:not|could not|couldn't|cannot) be delivered to(?: the following recipients?)?:?"
    # MDaemon in German: "Ihre Nachricht konnte bisher nicht zugestellt werden" (then the
    # "Empfänger:" line)
    rb"|konnte (?:bisher |noch )?nicht zugestellt werden\.?"
    rb"|was not delivered to:?|undeliverable to:?"
    # sendmail's classic plain-text bounce
    rb"|following addresses had permanent fatal errors\s*-*"
    rb"|following recipients?(?:\(s\))? could not be reached:?"
    # MDaemon's plain-text failure
    rb"|following recipients did not receive the attached message:?"
    # OpenSMTPD: "An error has occurred while attempting to deliver a message for the
    # following list of recipients:"
    rb"|deliver a message for\s+the following list of recipients:?"
    # Exim's delay warning
    rb"|address(?:es)? to which the message has not yet been delivered (?:is|are):?", re.I)
_ADDRESS = re.compile(rb"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def _named_recipients(raw: bytes) -> tuple[str, ...]:
    """The address on the lines right after "was not delivered to:", before the quoted
    original's headers (which name our own addresses too)."""
    head = raw[:100_000].replace(b"\r\n", b"\n").split(b"------ Returned message", 1)[0]
    match = _NOT_DELIVERED.search(head)
    if match is None:
        return ()
    following = head[match.end():match.end() + 400].split(b"\n\n", 2)
    window = b"\n".join(following[:2])
    return _sorted(set(_ADDRESS.findall(window)))


_DIAGNOSTIC = re.compile(
    rb"^(?:Diagnostic-Code:\s*(?:smtp;\s*)?|.{0,40}?\b)([45]\d\d[ -][^\r\n]{5,300})",
    re.M | re.I)


_STATUS = re.compile(rb"^Status:\s*([245])\.\d{1,3}\.\d{1,3}", re.M | re.I)


def _transient_status(raw: bytes) -> bool:
    """RFC 3463: a 4.x.x status is transient even when the MTA gave up ("failed")."""
    classes = set(_STATUS.findall(raw[:100_000]))
    return bool(classes) and classes <= {b"4"}


def _diagnostic(raw: bytes) -> str:
    match = _DIAGNOSTIC.search(raw[:100_000])
    return match.group(1).decode("utf-8", "replace").strip() if match else ""


def _failures(msg: Message) -> tuple[set, set]:
    """flufl.bounce reads the compat32 message we already parsed from bytes."""
    try:
        return all_failures(msg)
    except Exception:  # noqa: BLE001 - a detector tripping on odd input is not a lost mail
        return set(), set()


def _sorted(addresses: set) -> tuple[str, ...]:
    return tuple(sorted({(a.decode("latin-1") if isinstance(a, bytes) else a).lower()
                         for a in addresses}))


_DELAYED = as_typed(r"delayed|verz[öo]gert|viivästy|fördröj|försen|задерж", re.I)


def _delayed(raw: bytes, subject: str) -> bool:
    """A DSN "delayed" warning (RFC 3464 Action), or a delay notice by its subject."""
    return re.search(rb"^Action:\s*delayed", raw[:200_000], re.M | re.I) is not None or \
        _DELAYED.search(subject) is not None


# --- lead references ----------------------------------------------------------------------

def _lead(msg: Message, subject: str, recipients: list[str], lookup: Lookup, ours: Ours,
          registered: bool) -> tuple[int | None, int | None, str]:
    local = ours.address.split("@")[0].lower()
    for key in _keyed(recipients, local, ours.reply_domain):
        found = lookup.reply_key(key)
        if found:
            return found[0], found[1], "reply address"
    refs = " ".join(header(msg, n) for n in ("In-Reply-To", "References"))
    ids = re.findall(r"<([^<>\s]+)>", refs)[-20:]  # a long thread: the newest ids
    sent = lookup.threads([f"<{ref}>" for ref in ids]) if ids else {}  # one query for all
    for ref in ids:
        if ref.lower().startswith("reply-") and ref.lower().endswith(
                "@" + ours.reply_domain.lower()):
            found = lookup.reply_key(ref[len("reply-"):].rsplit("@", 1)[0])
            if found:
                return found[0], found[1], "References"
        thread = sent.get(f"<{ref}>")
        if thread and thread[0]:
            return thread[0], thread[1], "In-Reply-To"
    match = LEAD_REF.search(subject)
    if match and registered:
        return int(match.group(1)), None, "subject reference"
    return None, None, ""


# --- bodies -----------------------------------------------------------------------------

def body_text(msg: Message) -> str:
    """The readable text of a message: text/plain, else HTML turned into text. A plain
    part that is empty or only says "see the HTML version" is no text: the HTML is. Kept
    on the message with the decoded parts: the reply and the quoted customer both read it,
    and turning a long HTML part into text costs more than reading the reply."""
    cache = msg.__dict__.setdefault("_mailbot_decoded", {})
    if "body" not in cache:
        plain, html = _decoded(msg, "text/plain"), _decoded(msg, "text/html")
        if plain is not None and (html is None or (plain.strip() and
                                                   not _SEE_HTML.fullmatch(plain.strip()))):
            cache["body"] = plain
        else:
            cache["body"] = "" if html is None else html_to_text(html)
    return cache["body"]


def _decoded(msg: Message, ctype: str) -> str | None:
    """The decoded text of the first inline part of this type (``_text_part``), kept on
    the message: the body, the coloured answers and the quoted links all read it, and
    decoding a long base64 HTML part costs more than the rest of the reading."""
    cache = msg.__dict__.setdefault("_mailbot_decoded", {})
    if ctype not in cache:
        part = _text_part(msg, ctype)
        cache[ctype] = None if part is None else _clean(_content(part)[:TEXT_LIMIT])
    return cache[ctype]


#: a plain part standing in for the HTML one ("Diese Nachricht wurde im HTML-Format
#: versendet", "Se HTML-versionen av meddelandet", "Katso viestin HTML-versio")
_SEE_HTML = as_typed(
    r"(?is)(?=.{0,200}$).*(?:html[- ](?:version|format|view|ansicht|versio|versionen)|"
    r"(?:version|versio|versionen) html|html-?верси|формате html).*")


def _text_part(msg: Message, ctype: str) -> Message | None:
    """The first inline part of this type outside attached or quoted messages."""
    stack = [msg]
    while stack:
        part = stack.pop(0)
        if part.get_content_maintype() == "multipart":
            children = part.get_payload()
            stack[:0] = children if isinstance(children, list) else []
        elif part.get_content_type() == ctype and \
                not str(part.get("Content-Disposition", "")).lower().startswith("attachment"):
            return part
    return None


def _content(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(payload or "")
    charset = (part.get_content_charset() or "utf-8").strip('"')
    try:
        text = payload.decode(charset, "replace")
    except (LookupError, ValueError):  # unknown charset: read what we can
        text = payload.decode("utf-8", "replace")
    # cut before the lines are joined: joining a 10 MB paste's wrapped lines took minutes
    text = text[:TEXT_LIMIT]
    if str(part.get_param("format", "")).lower() != "flowed":
        return unwrapped(text) if part.get_content_subtype() == "plain" else text
    return unflowed(text, delsp=str(part.get_param("delsp", "")).lower() == "yes")


def unwrapped(text: str) -> str:
    """Plain text a client hard-wrapped (Gmail's and Outlook's plain part, mutt, K-9: no
    format=flowed) with its paragraphs' lines joined again. A line was wrapped when the
    next line's first word would not have fitted on it: that is what a wrapping client
    does, and a writer's own short lines ("Hi Anna,", "Termin war gestern¶Angebot kommt")
    never look so. The width is the longest line of the writer's own; a text with a line
    longer than any client wraps at is left as is. With only one such break the width is
    unknown, and a long line broken mid-sentence is taken for one the client wrapped
    ("… and back¶on 14.6.", "… Mailbot <leads@…>¶kirjoitti:")."""
    lines = text.split("\n")
    width = max((len(line.rstrip()) for line in lines if _OWN_LINE.match(line)), default=0)
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return text
    breaks = [_was_wrapped(line, following, width)
              for line, following in zip(lines, lines[1:], strict=False)]
    if sum(breaks) < 2:
        breaks = [wrapped and not _ENDS_SENTENCE.search(line)
                  and len(line.rstrip()) >= WRAP_WIDTHS[2]
                  for wrapped, line in zip(breaks, lines, strict=False)]
    out = lines[:1]
    for i, following in enumerate(lines[1:]):
        # a list of headed lines keeps its lines, whatever their length: "Schreinerei
        # Lechner – Auftrag erteilt (14.300 €, …)¶Aigner – verloren."
        # (a table's rows pasted with tabs keep their lines too, and so do rows aligned with
        # spaces, unless the next line goes on in lower case: a long row's wrapped end,
        # "L-105721    Espoon Datakeskus Oy    Tapaaminen sovittu    Palaveri¶asiakkaalla ti
        # 17.1. klo 13    M. Korhonen")
        table_rows = ("\t" in lines[i] and "\t" in following) or bool(
            _CELL_GAPS.search(lines[i]) and _CELL_GAPS.search(following)
            and not following.lstrip()[:1].islower())
        if breaks[i] and not table_rows and not (
                _HEADED.match(following) and _HEADED.match(out[-1])
                and not _SPLIT_NUMBER.search(f"{lines[i]}\n{following}")):
            out[-1] = f"{out[-1].rstrip()} {following.lstrip()}"
        else:
            out.append(following)
    return "\n".join(out)


#: a table row's gap between cells: the run of spaces that aligns a column
_CELL_GAPS = as_typed(r"\S {3,}\S")


def _was_wrapped(line: str, following: str, width: int) -> bool:
    # (a capital after a colon starts what the line introduces: "ich gebe es einfach
    # weiter:¶„Gärtnerei Indersdorf will …"; one after a full stop is as often a wrap, and
    # a report's paragraph must stay one: "… an ihr Prozessleitsystem.¶Der Braumeister …")
    if not _OWN_LINE.match(line) or not following.strip() or _STARTS_BLOCK.match(following) \
            or _INTRODUCED.search(f"{line}\n{following}"):
        return False
    return len(line.rstrip()) + 1 + len(following.split(None, 1)[0]) > width


#: the widths clients hard-wrap plain text at (Thunderbird and mutt 72, Outlook 76, Gmail
#: about 78, a narrow setting 60): the range, and the shortest line taken for a wrapped one
#: when it is the only one
WRAP_WIDTHS = (50, 80, 50)
_ENDS_SENTENCE = as_typed(r"[.!?;:,][ \t\r]*$")
#: what a line ending in a colon introduces, starting with a capital
_INTRODUCED = as_typed(r":[ \t\r]*\n[ \t]*\W*[A-ZÄÖÅÜА-ЯЁ]")
#: a line of the writer's own words: not quoted ("> ", The Bat's "M> "), not blank, not the
#: signature separator
_OWN_LINE = as_typed(r"(?![ \t]*\w{0,3}>)(?![ \t]*-- ?\r?$)[ \t]*\S+[ \t]+\S")
#: a line that starts something of its own: a list item, a quote, a separator, a lead's
#: reference ("L-92014 (Gärtnerei Sommer): gewonnen")

_STARTS_BLOCK = as_typed(
    r"[ \t]*(?:[>*•·◦▪‣–—-]|\d{1,2}[.)][ \t]|[a-zA-Z][.)][ \t]|L-\d)")
#: a line headed by up to four words ("Espoon Datakeskus: quote sent", "Aigner – verloren"),
#: which starts a line of its own only after another such line: a colon in a wrapped
#: sentence is as common ("… das Seehotel in¶Ambach dagegen läuft: Wir waren …"), and a
#: lone "kirjoitti:" ends a wrapped line. A heading starts with a capital or a figure
#: ("… по Sipoon Logistiikka вообще¶мимо: заказчик …" goes on).
_HEADED = as_typed(r"[ \t]*(?=\W*[A-ZÄÖÅÜА-ЯЁ\d])(?:\S+[ \t]+){0,3}"
                   r"(?:[^\s:]+:|\S+[ \t]+[–—-])[ \t]+\S")
#: a figure the wrap cut between its thousands: "1 860¶000 руб."
_SPLIT_NUMBER = as_typed(r"(?<!\S)\d{1,3}[ \t\r]*\n[ \t]*\d{3}(?!\d)")


def unflowed(text: str, *, delsp: bool = False) -> str:
    """RFC 3676 format=flowed as the writer meant it: a line ending in a space goes on in
    the next line of the same quote depth. Thunderbird and Apple Mail wrap at 72
    characters, and "hat ein¶Mitbewerber bekommen" must read as one clause."""
    out: list[str] = []
    held, held_depth = None, 0
    for line in text.split("\n"):
        line = line.rstrip("\r")
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        body = body[1:] if body.startswith(" ") else body  # space-stuffing
        soft = body.endswith(" ") and body != "-- "  # "-- " is the signature separator
        if soft and delsp:
            body = body[:-1]
        if held is not None and depth != held_depth:
            out.append(_quoted(held, held_depth))
            held = None
        held, held_depth = (body if held is None else held + body), depth
        if not soft:
            out.append(_quoted(held, held_depth))
            held = None
    if held is not None:
        out.append(_quoted(held, held_depth))
    return "\n".join(out)


def _quoted(text: str, depth: int) -> str:
    return f"{'>' * depth} {text}" if depth else text


class _HTMLText(HTMLParser):
    """HTML to plain text, with quoted history as ``>`` lines: what stands in a blockquote
    or in Gmail's, Thunderbird's, Yahoo's or Proton's quote is quoted, and the text after
    it is read again (an answer written below the quote). Outlook's quote has no
    container (its header block, then the original as siblings): reading stops there."""

    BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table"}
    CONTAINERS = ("gmail_quote", "moz-cite-prefix", "yahoo_quoted", "protonmail_quote")
    ENDS = ("divrplyfwdmsg", "appendonsend")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[tuple[str, bool]] = []  # (text, quoted)
        self.skip = 0
        self.done = False
        self.quote: list | None = None  # [tag of the quoting element, its open count]
        # the writer's empty lines, which end a paragraph: how many pieces of text there
        # were when each open div or p began, and at the last line break
        self.words = 0
        self.opened: list[int] = []
        self.broken_at = -1

    #: not read: a strike-through is a first answer taken back ("<s>16.850 €</s> 18.650 €")
    SKIPPED = ("style", "script", "head", "title", "s", "del", "strike")

    def handle_starttag(self, tag: str, attrs) -> None:
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id")).lower()
        if tag in self.SKIPPED:
            self.skip += 1
            return
        if self.quote is not None:
            self.quote[1] += tag == self.quote[0]
        elif tag == "blockquote" or any(q in marks for q in self.CONTAINERS):
            self.quote = [tag, 1]
            self.out.append(("\n", False))
        elif tag == "hr" or any(q in marks for q in self.ENDS):
            self.done = True
        if tag in self.BLOCKS:
            self.out.append(("\n", False))
        elif tag in ("td", "th"):  # table cells: "Stage Proposal sent", not "StageProposal"
            self.out.append((" ", False))
        if tag in ("div", "p"):
            self.opened.append(self.words)
        elif tag == "br":  # "text<br><br>text"
            if self.broken_at == self.words:
                self.out += _BLANK_LINE
            self.broken_at = self.words

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif self.quote is not None and tag == self.quote[0]:
            self.quote[1] -= 1
            if not self.quote[1]:
                self.quote = None
                self.out.append(("\n", False))
        if tag in ("div", "p") and self.opened and self.opened.pop() == self.words:
            # Gmail's and Apple Mail's "<div><br></div>", Outlook's "<p>&nbsp;</p>"
            self.out += _BLANK_LINE
        if tag in self.BLOCKS:
            self.out.append(("\n", False))

    def handle_data(self, data: str) -> None:
        if not self.skip and not self.done:
            self.out.append((data.replace("\n", " "), self.quote is not None))
            self.words += bool(data.strip())

    def lines(self) -> list[str]:
        lines, text, quoted = [], "", False
        for part, in_quote in self.out + [("\n", False)]:
            for i, piece in enumerate(part.split("\n")):
                if i:  # a line ends
                    lines.append(f"> {text.strip()}" if quoted else text.strip())
                    text, quoted = "", False
                text, quoted = text + piece, quoted or (in_quote and bool(piece.strip()))
        return lines


def html_to_text(html: str) -> str:
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001
        return re.sub(r"<[^>]+>", " ", html)
    lines: list[str] = []
    for line in parser.lines():
        if line.strip("> ") and line != BLANK:
            lines.append(line)
        elif BLANK in line and lines and lines[-1]:  # one empty line between paragraphs
            lines.append("")
    return "\n".join(lines).strip("\n")


#: an empty line the writer left in HTML (a paragraph's end)
BLANK = "\x00"
_BLANK_LINE = [("\n", False), (BLANK, False), ("\n", False)]

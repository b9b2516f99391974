"""Where the partner's words are in unusual mail shapes (the sixteenth blind set): an HTML
version behind a placeholder plain part, an answer after a forwarded copy of our email,
an answer typed in colour into the quoted HTML, a bare "👍"."""

from __future__ import annotations

import email
from datetime import UTC, date, datetime
from email.message import EmailMessage
from types import SimpleNamespace

import pytest

from mailbot.handlers.mail_received import ours
from mailbot.inbound.classify import Ours, classify, coloured_text, html_to_text, reply_text
from mailbot.outbound.render import preheader_pattern, quoted_ours

NOW = datetime(2027, 5, 20, 9, 0, tzinfo=UTC)
OURS = Ours("leads@mailbot.localhost", "mailbot.localhost")


class OneLead:
    """A registered partner contact; every reply key names lead 7001."""

    def contact(self, address):
        return (7, address) if address == "aino@fi-gold.example" else None

    def reply_key(self, key):
        return (7001, 7)

    def verp_key(self, key):
        return None

    def customer(self, lead_id):
        return None

    def threads(self, message_ids):
        return {}


def mail(plain: str | None, html: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "aino@fi-gold.example"
    msg["To"] = "leads+7001-7-AbCdEfGhIj@mailbot.localhost"
    msg["Subject"] = "Re: [L-7001] Lead"
    msg["Message-ID"] = "<x@fi-gold.example>"
    if plain is not None:
        msg.set_content(plain)
    if html is not None:
        if plain is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def read(raw: bytes):
    found = classify(raw, OneLead(), Ours("leads@mailbot.localhost", "mailbot.localhost"),
                     now=NOW)
    return found.reading.intent, found.reading.status


def test_a_placeholder_plain_part_gives_way_to_the_html():
    raw = mail("Katso viestin HTML-versio.",
               "<p>Valitettavasti emme ota tätä, asentajat ovat kiinni.</p>")
    assert read(raw) == ("decline", None)
    assert read(mail("", "<div>Otetaan!</div>")) == ("accept", None)


def test_an_answer_after_a_forwarded_copy_of_our_email():
    plain = ("-------- Vidarebefordrat meddelande --------\nÄmne: [L-7001] Lead\n"
             "Från: Mailbot <leads@mailbot.localhost>\n\nHej Elsa,\nEn kund söker en partner.\n"
             "Acceptera lead: https://leads.example.com/l/accept/abc\n\n--\n"
             "Referens: L-7001\nSkickat från ACME Partner Desk leadfördelning.\n\n\n"
             "Hej,\n\nvi har inte kapacitet i juni. Vi avstår, tack.\n\nElsa\n")
    assert read(mail(plain)) == ("decline", None)


def test_an_answer_in_colour_inside_the_quoted_html():
    html = ('<div>Vastaus punaisella alla.</div><div id="divRplyFwdMsg">'
            '<p style="color:#5b6670">Hoidat asiakasta Oy (Anturit).</p>'
            '<table><tr><td style="background-color:#1a7f37"><a href="https://x/l/status/a-won" '
            'style="color:#ffffff">Voitettu</a></td></tr></table>'
            '<div style="color:#C00000;font-weight:bold">Voitettu! Tilaus tuli eilen, '
            '22 400 € alv 0 %.</div></div>')
    raw = mail(None, html)
    assert read(raw) == ("status", "won")
    assert coloured_text(html) == "Voitettu! Tilaus tuli eilen, 22 400 € alv 0 %."


def test_plain_text_is_read_as_before_without_a_colour_hint():
    raw = mail("Otetaan, kiitos!", '<p>Otetaan, kiitos!</p><p style="color:red">x</p>')
    from email import message_from_bytes
    assert reply_text(message_from_bytes(raw)) == "Otetaan, kiitos!"


def test_a_bare_token_accepts_an_offer_and_reports_nothing_on_a_status_request():
    offer = "👍\n\nSent from my iPhone\n\n> Accept: https://leads.example.com/l/accept/abc\n"
    status = "👍\n\n> Won: https://leads.example.com/l/status/abc-won\n"
    assert read(mail(offer)) == ("accept", None)
    assert read(mail(status)) == (None, None)
    assert read(mail("+1")) == ("accept", None)  # nothing quoted: an offer is likelier
    # the partner's server rewrote our links (Microsoft Safe Links): still a status request
    safe = ("👍\n\n> Won: https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2F"
            "leads.example.com%2Fl%2Fstatus%2Fabc-won&data=05\n")
    assert read(mail(safe)) == (None, None)


def test_every_colour_of_our_templates_is_known_as_ours():
    """A partner's answer is found by a colour our emails do not use: a template given a
    new colour must add it to the list, or our own text would be read as the answer."""
    import re
    from pathlib import Path

    from mailbot.inbound.classify import _OURS_OR_PLAIN

    templates = Path(__file__).parents[2] / "mailbot" / "templates"
    found = {m.lower() for f in templates.rglob("*.html")
             for m in re.findall(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{3,6}|[a-z]+)",
                                 f.read_text(encoding="utf-8"))}
    assert found and found <= _OURS_OR_PLAIN, found - _OURS_OR_PLAIN


def test_format_flowed_lines_are_joined_as_the_writer_meant():
    from mailbot.inbound.classify import unflowed

    text = ("Den Auftrag hat ein \r\nMitbewerber bekommen.\r\n\r\n-- \r\nStefan\r\n"
            "> Ihre Antwort \r\n> bitte\r\n>> tief \r\n>>  gestopft\r\n")
    assert unflowed(text).split("\n") == [
        "Den Auftrag hat ein Mitbewerber bekommen.", "", "-- ", "Stefan",
        "> Ihre Antwort bitte", ">> tief  gestopft", ""]
    assert unflowed("Auftrags \r\nwert\r\n", delsp=True) == "Auftragswert\n"



def test_hard_wrapped_paragraphs_are_joined_and_the_writers_own_lines_kept():
    """Gmail's and Outlook's plain part, mutt and K-9 wrap at 72-78 columns without
    format=flowed: a line is joined to the next when the next one's first word would not
    have fitted on it; a list, a short line, a heading's list and a signature stay."""
    import textwrap

    from mailbot.inbound.classify import unwrapped

    wrapped = ("Hei,\n\nkauppa tuli! Sastamalan Konepaja hyväksyi tarjouksen perjantaina ja\n"
               "tilaus tuli eilen illalla sähköpostilla, 9 870 € + alv. Petri menee\n"
               "asentamaan anturit viikolla 24, eli ennen juhannusta pitäisi olla\n"
               "valmista.\n\nt. Juha\n-- \nJuha Niemi | FI Silver Oy\n")
    assert unwrapped(wrapped).split("\n") == [
        "Hei,", "", "kauppa tuli! Sastamalan Konepaja hyväksyi tarjouksen perjantaina ja "
        "tilaus tuli eilen illalla sähköpostilla, 9 870 € + alv. Petri menee asentamaan "
        "anturit viikolla 24, eli ennen juhannusta pitäisi olla valmista.", "", "t. Juha",
        "-- ", "Juha Niemi | FI Silver Oy", ""]
    listed = ("Stand von heute, alles in einem Rutsch, weil ich morgen im Urlaub bin:\n"
              "Schreinerei Lechner – Auftrag erteilt (14.300 €, hatte ich schon gemeldet)\n"
              "Aigner – verloren, der Maschinenhersteller liefert die Sensorik gleich\n"
              "mit.\n- Therme: Angebot liegt beim Bäderbetrieb, Entscheidung im Mai\n"
              "L-92011 (Molkerei Achental): Angebot liegt beim Kunden seit 10.02.\n")
    assert unwrapped(listed).split("\n") == [
        "Stand von heute, alles in einem Rutsch, weil ich morgen im Urlaub bin:",
        "Schreinerei Lechner – Auftrag erteilt (14.300 €, hatte ich schon gemeldet)",
        "Aigner – verloren, der Maschinenhersteller liefert die Sensorik gleich mit.",
        "- Therme: Angebot liegt beim Bäderbetrieb, Entscheidung im Mai",
        "L-92011 (Molkerei Achental): Angebot liegt beim Kunden seit 10.02.", ""]
    # a figure cut between its thousands, and a wrapped sentence's colon, are joined
    written = ("по Kotka Bulk Terminal: КП отправили в понедельник, 1 860 000 руб. без НДС, "
               "а по Sipoon Logistiikka вообще мимо: заказчик купил склад вместе с системой.")
    wrapped = "по Kotka Bulk Terminal: КП отправили в понедельник, 1 860\n000 руб. без НДС, " \
              "а по Sipoon Logistiikka вообще мимо:\nзаказчик купил склад вместе с системой."
    assert textwrap.fill(written, 60) == wrapped
    assert unwrapped(wrapped) == written
    unwrapped_already = ("We met them on Tuesday and they liked the demo a lot, so the offer "
                         "goes out on Monday\nSecond meeting on Friday\n")
    assert unwrapped(unwrapped_already) == unwrapped_already
    short = "Termin war gestern\nAngebot kommt\n"
    assert unwrapped(short) == short


def test_what_a_wrapping_client_does_is_undone_at_every_usual_width():
    import textwrap

    from mailbot.inbound.classify import unwrapped

    written = [
        "Hallo,", "",
        "den Wellnessbereich in Bad Tölz haben wir leider verloren, das Seehotel in Ambach "
        "dagegen läuft: Wir waren am Mittwoch mit dem Haustechniker im Keller und im Spa, ein "
        "zweiter Termin mit der Geschäftsführung ist für den 21. Oktober angesetzt.",
        "TSV Moosburg – mit Herrn Lang (Vorstand) telefoniert, er will erst mit dem "
        "Hallenwart reden, noch nichts ausgemacht",
        "Seehotel Rottach – Auftrag erteilt, 19.800 € netto, Montage im November.", "",
        "Tobias hat mir gestern noch dazu geschrieben, ich gebe es einfach weiter:",
        "„Gärtnerei Indersdorf will statt 20 nur 12 Fühler, das Angebot mache ich neu.“", "",
        "Schönen Tag noch", "Stefan Brandt"]
    for width in (60, 72, 76, 78):
        wrapped = "\n".join(wrapped_line for line in written for wrapped_line in (
            textwrap.wrap(line, width, break_on_hyphens=False) or [""]))
        assert unwrapped(wrapped).split("\n") == written, width


def test_a_wrapped_quote_header_and_a_wrapped_return_date_are_read():
    """One wrapped line tells no width; a long one broken mid-sentence is taken for one
    the client wrapped: K-9's quote header above a bottom-posted answer, and the return
    date of an out-of-office notice."""
    k9 = ("10. joulukuuta 2026 7.30.00 UTC+02:00 Mailbot <leads@mailbot.localhost>\n"
          "kirjoitti:\n> — Kirjoita vastauksesi tämän rivin yläpuolelle —\n>\n"
          "> Hei Mikko, missä mennään?\n\n"
          "palaveri sovittu ke 16.12. klo 10 asiakkaan luona\n-- \n"
          "Lähetetty Android-laitteestani K-9 Maililla.\n")
    assert read(mail(k9)) == ("status", "meeting")
    msg = email.message_from_bytes(mail(
        "Hi,\n\nI'm at a customer site this week with limited access to email and back\n"
        "on 14.6. I'll reply to you then.\n\nBest,\nAino\n"))
    msg["Auto-Submitted"] = "auto-replied"
    found = classify(msg.as_bytes(), OneLead(), OURS, now=NOW)
    assert (found.kind, found.paused_until) == ("auto_reply", date(2027, 6, 14))


def test_the_empty_lines_of_an_html_only_mail_keep_its_paragraphs():
    """Gmail and Apple Mail write an empty line as "<div><br></div>", Outlook as
    "<p>&nbsp;</p>", others as "<br><br>": a paragraph ends there, and a report's other
    news in the next paragraph is not this lead's."""
    from mailbot.inbound.classify import html_to_text

    assert html_to_text("<div dir=ltr><div>Hei,</div><div><br></div><div>kauppa tuli!</div>"
                        "<div>rivi 2</div><div><br></div><div>t. Juha</div></div>") == \
        "Hei,\n\nkauppa tuli!\nrivi 2\n\nt. Juha"
    assert html_to_text("<p class=MsoNormal>Hallo,<o:p></o:p></p><p class=MsoNormal><o:p>"
                        "&nbsp;</o:p></p><p class=MsoNormal>eins<o:p></o:p></p>") == \
        "Hallo,\n\neins"
    assert html_to_text("Hi<br><br>won it<br>really<br><br><br>Aino") == \
        "Hi\n\nwon it\nreally\n\nAino"
    paragraphs = [
        "Hei,", "kauppa tuli! Sastamalan Konepaja hyväksyi tarjouksen perjantaina ja tilaus "
        "tuli eilen illalla sähköpostilla, 9 870 € + alv. Petri menee asentamaan anturit "
        "viikolla 24, eli ennen juhannusta pitäisi olla valmista.",
        "Sen verran taustaa, että tilaajana oli sama kunnossapitopäällikkö, jonka kanssa "
        "keväällä hävittiin Ylöjärven projekti, kun vastattiin liian hitaasti. Nyt oltiin "
        "nopeampia ja se selvästi kannatti. Tarjous Kangasalan vesilaitokselle on vielä auki, "
        "mutta se on eri liidi eikä liity tähän.", "t. Juha"]
    gmail = "<div><br></div>".join(f"<div>{p}</div>" for p in paragraphs)
    found = classify(mail(None, gmail), CustomerLead(), OURS, now=NOW)
    assert (found.reading.intent, found.reading.status, found.reading.amount) == (
        "status", "won", 9870)


class CustomerLead(OneLead):
    def customer(self, lead_id):
        return ("Sastamalan Konepaja Oy", "Sastamala")

OFFER_QUOTE = ("<p>— Reply above this line —</p><p>Hello Aino, a new lead for you: L-7001."
               "</p><p><a href='https://leads.example/l/accept/abc'>Accept</a> "
               "<a href='https://leads.example/l/decline/abc'>Decline</a></p>")


def test_an_html_only_answer_below_the_quote_is_read():
    thunderbird = (f"<div class='moz-cite-prefix'>On 24.11.2026 09:00, Mailbot wrote:</div>"
                   f"<blockquote type='cite'>{OFFER_QUOTE}</blockquote>"
                   "<p>Valitettavasti emme ota tätä, asentajat ovat kiinni.</p><p>Aino</p>")
    apple = (f"<div><br><blockquote type='cite'><div>On 24 Nov 2026, at 09:00, Mailbot "
             f"wrote:</div>{OFFER_QUOTE}<blockquote>older</blockquote></blockquote></div>"
             "<div>Yes, we'll take it.</div><div>Aino</div>")
    assert read(mail(None, thunderbird)) == ("decline", None)
    assert read(mail(None, apple)) == ("accept", None)


def test_below_the_quote_is_not_read_when_the_answer_stands_above_it():
    html = (f"<div>Yes, we'll take it.</div><div class='gmail_quote'>On Tue, Mailbot wrote:"
            f"<blockquote>{OFFER_QUOTE}</blockquote></div>"
            "<p>DISCLAIMER: if you are not the intended recipient we cannot accept liability."
            "</p>")
    assert read(mail(None, html)) == ("accept", None)
    outlook = ("<div>Valitettavasti emme ota tätä.</div><hr><div id='divRplyFwdMsg'>From: "
               f"Mailbot</div>{OFFER_QUOTE}<p>Yes, we'll take it.</p>")
    assert read(mail(None, outlook)) == ("decline", None)


def test_answers_marked_with_initials_inside_an_outlook_quote():
    """Set 55: "See my answers inline below, marked [ES]" over an unprefixed Outlook quote;
    the marked lines are the answer, the rest of the quote is ours."""
    quote = ("From: Mailbot <leads@mailbot.localhost>\nSent: Friday, January 12, 2029 8:00 AM\n"
             "Subject: [L-7001] Lead\n\nHello Eero,\n\nWhere do things stand? The current "
             "status is: Contacted.\n\n{a}\n\nWon: https://x/l/status/w\n"
             "Lost: https://x/l/status/l\n")
    en = read(mail("Hi,\n\nSee my answers inline below, marked [ES].\n\nEero\n\n" + quote.format(
        a="[ES] Met their facilities manager on site on Tuesday and walked all four "
          "buildings.")))
    assert en == ("status", "meeting")
    offer = quote.replace("/l/status/w", "/l/accept/a").replace("/l/status/l", "/l/decline/d")
    fi = read(mail("Moi,\n\nvastaukset alla tekstin seassa, merkitty JR.\n\nJuha\n\n" +
                   offer.format(a="JR: Otetaan tämä. Soitan asiakkaalle vielä tänään.")))
    assert fi[0] == "accept"
    # initials without any "answers below", under a reply of its own: nothing is taken from
    # the quote (next to nothing above it, "Hi, thanks", and the quote's lines may be the
    # answer: set 277)
    plain = read(mail("Hi, thanks for the reminder, I will get back to you next week. JR\n\n" +
                      quote.format(a="JR: we lost it")))
    assert plain[1] is None


def test_see_my_question_below_reads_the_question_between_the_quotes():
    plain = ("Hi,\n\nsee my question below.\n\nAino\n\n> New lead for FI Gold Oy\n>\n"
             "> Product: humidity sensors\n\nIs it a new building or one people live in? That "
             "decides who we deal with.\n\n> Accept the lead: https://leads.example.com/l/"
             "accept/x\n")
    assert read(mail(plain)) == ("question", None)
    plain = plain.replace("see my question below.", "kysymys alempana.")
    assert read(mail(plain))[0] == "question"


def test_an_absence_out_visiting_customers_pauses_until_its_last_day():
    raw = mail("I'm visiting customers in Oulu and Kemi from 10 to 13 June and will only get "
               "to my email in the evenings, if at all.")
    msg = email.message_from_bytes(raw)
    msg["Auto-Submitted"] = "auto-replied"
    found = classify(msg.as_bytes(), OneLead(), OURS, now=NOW)
    assert (found.kind, found.paused_until) == ("auto_reply", date(2027, 6, 13))


def test_back_in_week_two_written_the_finnish_way():
    raw = mail("olen lomalla ja tavoitettavissa taas vk 2.")
    msg = email.message_from_bytes(raw)
    msg["Auto-Submitted"] = "auto-replied"
    found = classify(msg.as_bytes(), OneLead(), OURS, now=datetime(2029, 12, 14, tzinfo=UTC))
    assert found.paused_until == date(2030, 1, 7)


@pytest.mark.parametrize(("text", "until"), [
    # without a day: a month's or next week's end (NOW is a Thursday), a number of weeks
    ("I'm on holiday until the end of June.", date(2027, 6, 30)),
    ("Ich bin im Urlaub bis Ende Juni.", date(2027, 6, 30)),
    ("Olen lomalla kesäkuun loppuun.", date(2027, 6, 30)),
    ("Jag är ledig till slutet av juni.", date(2027, 6, 30)),
    ("Я в отпуске до конца июня.", date(2027, 6, 30)),
    ("Ich bin bis Ende nächster Woche nicht im Büro.", date(2027, 5, 28)),
    ("Olen lomalla ensi viikon loppuun.", date(2027, 5, 28)),
    ("I'm away for two weeks.", date(2027, 6, 3)),
])
def test_an_absence_without_a_day_pauses_until_its_end(text, until):
    msg = email.message_from_bytes(mail(text))
    msg["Auto-Submitted"] = "auto-replied"
    msg.replace_header("Subject", "Out of office")
    found = classify(msg.as_bytes(), OneLead(), OURS, now=NOW)
    assert (found.kind, found.paused_until) == ("auto_reply", until)


def test_a_german_mdaemon_delay_warning_is_a_delayed_bounce():
    msg = EmailMessage()
    msg["From"] = "MDaemon-Postmaster <MDaemon@mail.de-gold.example>"
    msg["To"] = "bounce+82406-06d0h1ko5z7n@mailbot.localhost"
    msg["Subject"] = "Warnung: Zustellung verzögert - [L-7001] Lead"
    msg["Auto-Submitted"] = "auto-generated (delay)"
    msg.set_content("Ihre Nachricht konnte bisher nicht zugestellt werden. Der Server versucht "
                    "die Zustellung weiterhin.\n\nEmpfänger:   stefan@de-gold.example\n"
                    "Grund:       452 4.2.2 Postfach des Empfängers ist voll\n")
    found = classify(msg.as_bytes(), OneLead(), OURS, now=NOW)
    assert found.kind == "bounce"
    assert (found.bounce.permanent, found.bounce.recipients) == (False,
                                                                 ("stefan@de-gold.example",))


def test_a_table_pasted_with_tabs_keeps_its_rows():
    from mailbot.inbound.classify import unwrapped

    text = ("Добрый день,\n\nотвечаю сразу по всем моим лидам, скопировал из нашей таблицы:\n\n"
            "Клиент\tГород\tСтатус\tСумма без НДС\n"
            "Ylöjärven Puutarha\tYlöjärvi\tКП отправлено 24.05\t26 350 €\n"
            "Lempäälän Logistiikka\tLempäälä\tвстреча на следующей неделе\t–\n"
            "Oriveden koulu\tOrivesi\tпроиграли\t–\n\n"
            "По теплицам ждём ответа до конца недели.\n\nЮха\n")
    assert unwrapped(text) == text


@pytest.mark.parametrize(("body", "expected"), [
    # (set 249) a phone's reply typed into our quoted mail's first line, before the preheader
    ("Lähetetty iPhonesta\n\n> 20.10.2042 kello 8.50, Mailbot <leads@mailbot.localhost> "
     "kirjoitti:\n>\n> otetaan 👍 soitan iltapäivällä Uusi liidi alueella Kanta-Häme. "
     "Ensimmäisenä hyväksyvä kumppani saa kaikki tiedot.\n>\n> Mailbot\n",
     "otetaan 👍 soitan iltapäivällä"),
    ("чт, 23 окт. 2042 г. в 08:00, Mailbot <leads@mailbot.localhost>:\n\n> кп отправил вчера, "
     "ждём ответа Yksi klikkaus riittää: kerro meille, missä mennään asiakkaan Tampereen "
     "Tukkuliha Oy kanssa.\n>\n> Mailbot\n", "кп отправил вчера, ждём ответа"),
    # the quote opening with our words holds no answer
    ("\n\n> A new lead in Pirkanmaa. The first partner to accept gets all details.\n>\n"
     "> Mailbot\n", ""),
])
def test_a_reply_typed_into_the_quote_before_our_first_line(body, expected):
    msg = EmailMessage()
    msg.set_content(body)
    assert reply_text(msg).strip() == expected


def test_a_reply_typed_before_an_admins_own_preheader(tmp_path):
    """An admin's template override changes the preheader; a reply typed into the quote
    before it is still found (the package's preheaders alone do not know it)."""
    (tmp_path / "email").mkdir()
    (tmp_path / "email" / "offer.html").write_text(
        '{% extends "email/base.html" %}\n{% block preheader %}Uusi tarjous: '
        "<b>{{ lead.region }}</b> &ndash; nopein voittaa{% endblock %}\n", encoding="utf-8")
    raw = mail("Lähetetty iPhonesta\n\n> 20.10.2042 kello 8.50, Mailbot "
               "<leads@mailbot.localhost> kirjoitti:\n>\n> otetaan, soitan heti Uusi "
               "tarjous: Kanta-Häme – nopein voittaa\n>\n> Mailbot\n")
    own = Ours("leads@mailbot.localhost", "mailbot.localhost", templates=tmp_path)
    assert classify(raw, OneLead(), own, now=NOW).reading.intent == "accept"
    assert classify(raw, OneLead(), OURS, now=NOW).reading.intent is None
    # the package's preheaders still count beside the admin's
    assert preheader_pattern(tmp_path).search(
        "A new lead in Pirkanmaa. The first partner to accept gets all details.")


def test_the_inbound_reader_knows_the_configured_templates(tmp_path):
    app = SimpleNamespace(identity=SimpleNamespace(name="ACME", address="leads@x.example",
                                                   reply_domain="x.example"),
                          rules=SimpleNamespace(inbound=SimpleNamespace(
                              trusted_authserv_ids=[])),
                          settings=SimpleNamespace(config_dir=tmp_path))
    assert ours(app).templates == tmp_path / "templates"


@pytest.mark.parametrize(("name", "line", "expected"), [
    # (stop 41, set 275) answers inline, marked with the writer's name or initials
    ("Stefan Brandt", "[Stefan Brandt] Passau ist für uns zu weit, da fahren wir nicht hin. "
     "Also nein, danke.", "decline"),
    ("Pia Lindqvist", "PL: Lappi on meille liian kaukana, emme ota tätä. Kiitos kuitenkin.",
     "decline"),
    ("Elsa Grönroos", "[Elsa] Är det ett nybygge eller en renovering?", "question"),
    # (set 277) initials with the day: "[SB 15.12.] …"
    ("Stefan Brandt", "[SB 15.12.] Habe heute mit Herrn Obermaier telefoniert, er schickt uns "
     "die Pläne.", "status"),
    # another's initials: not the writer's marks, but still a line typed between ours
    ("Stefan Brandt", "KM: Passau ist für uns zu weit. Also nein, danke.", "decline"),
])
def test_inline_answers_marked_with_the_writers_name(name, line, expected):
    msg = EmailMessage()
    msg["From"] = f"{name} <aino@fi-gold.example>"
    msg["To"] = "leads+7001-7-AbCdEfGhIj@mailbot.localhost"
    msg["Subject"] = "RE: [L-7001] Lead"
    msg["Message-ID"] = "<inline@fi-gold.example>"
    msg.set_content("Hallo,\n\nsiehe unten.\n\n________________________________\nVon: Mailbot "
                    "<leads@mailbot.localhost>\nBetreff: [L-7001] Lead\n\nEin neuer Lead in "
                    f"Passau.\nTemperatur\twarm\nRegion\tPassau\n\n{line}\n\nUmfang\tca. 12 "
                    "Tanks\nReferenz: L-7001\n")
    found = classify(msg.as_bytes(), OneLead(), OURS, now=NOW)
    assert found.reading.intent == expected


THUNDERBIRD_QUOTE = (
    "20.11.2043 08:25, Mailbot kirjoitti:\n"
    "> — Kirjoita vastauksesi tämän rivin yläpuolelle —\n>\n"
    "> Hei Juha,\n>\n"
    "> Asiakas etsii kumppania. Ensimmäisenä liidin hyväksyvä kumppani saa kaikki tiedot, myös\n"
    "> asiakkaan yhteystiedot.\n>\n"
    "> Lämpötila: kuuma\n> Tuote: Kosteusanturit tuotantohalliin\n> Alue: Pirkanmaa\n>\n"
    "{answer}"
    "> Vastaathan viimeistään 21.11.2043 8.25. Sen jälkeen liidi tarjotaan muille "
    "kumppaneille.\n>\n"
    "> Hyväksy liidi: https://mailbot.example/l/accept/abc\n"
    "> Kieltäydy: https://mailbot.example/l/decline/def\n>\n"
    "> Voit myös vastata tähän sähköpostiin: kirjoita \"kyllä\", jos otat liidin vastaan, tai\n"
    "> \"ei\" ja syy, jos kieltäydyt.\n>\n> --\n> Viite: L-7001\n")


@pytest.mark.parametrize(("top", "answer", "expected"), [
    # (stop 41, set 275) typed between our quoted lines, unmarked, quote marks kept or not
    ("ответ ниже.\n\nЮха\n\n", "> Такой объём для нас нормальный. Берём, монтажник свободен.\n>\n",
     "accept"),
    ("vastaus alla\n\n", "\nEi käy, Pirkanmaa on meille liian kaukana.\n\n", "decline"),
    # (set 277) no pointer, next to nothing above the quote: the answer is in it
    ("Hej,\nförlåt att det dröjt.\n\n", "\nFörlorad. De valde en billigare lösning.\nElsa\n\n",
     "status"),
    # nothing typed between our lines: the pointer alone decides nothing
    ("vastaus alla\n\n", "", None),
    # "alla" that points at no answer ("joulun alla": before Christmas) and a reply of its own
    ("ei kerkeä nyt, kaikki asentajat kiinni joulun alla. sori\n\n", "", "decline"),
])
def test_an_answer_typed_unmarked_between_our_quoted_lines(top, answer, expected):
    raw = mail(top + THUNDERBIRD_QUOTE.format(answer=answer))
    assert classify(raw, OneLead(), OURS, now=NOW).reading.intent == expected


def test_our_own_quoted_lines_are_known():
    quoted = quoted_ours()
    for line in ("Lämpötila: kuuma", "Temperatur\twarm", "Viite: L-7001",
                 "Vastaathan viimeistään 21.11.2043 8.25. Sen jälkeen liidi tarjotaan muille "
                 "kumppaneille.", "Hyväksy liidi: https://mailbot.example/l/accept/abc",
                 # as a legacy charset writes it, its marks lost (The Bat!, KOI8-R)
                 "Vastaathan viimeistaan 21.11.2043 8.25. Sen jalkeen liidi tarjotaan muille "
                 "kumppaneille."):
        assert quoted.line(line), line
    for line in ("Такой объём для нас нормальный. Берём.", "Status: gewonnen, 12.000 €",
                 "Voitettu: 14 000 €"):
        assert not quoted.line(line), line


def test_an_admins_own_fact_labels_are_ours_too(tmp_path):
    """Labels of an admin's template override, translated or written as they are, mark our
    quoted lines as ours as the package's labels do."""
    (tmp_path / "email").mkdir()
    (tmp_path / "email" / "offer.txt").write_text(
        '{% extends "email/base.txt" %}\nKundennummer: {{ lead.ref }}\n'
        '{{ _("Budget class") }}: {{ lead.budget }}\n')
    own = quoted_ours(tmp_path)
    assert own.line("Kundennummer: 4711") and own.line("Budget class: B")
    assert not quoted_ours().line("Kundennummer: 4711")


def test_a_configuration_without_overrides_shares_the_packages_patterns(tmp_path):
    """Our words take seconds to gather and compile: an app whose templates folder holds no
    email override (or does not exist) uses the package's, built once per process."""
    assert quoted_ours(tmp_path / "templates") is quoted_ours()
    assert preheader_pattern(tmp_path / "templates") is preheader_pattern()
    (tmp_path / "templates" / "email").mkdir(parents=True)
    assert quoted_ours(tmp_path / "templates") is quoted_ours()
    (tmp_path / "templates" / "email" / "offer.txt").write_text(
        '{% extends "email/base.txt" %}\nKundennummer: {{ lead.ref }}\n')
    assert quoted_ours(tmp_path / "templates") is not quoted_ours()


def test_struck_out_html_is_not_read():
    """A first answer struck through in the HTML part is taken back."""
    text = html_to_text("<div>Hallo,<br><s>Angebot über 16.850 € ist raus.</s><br><del>nein"
                        "</del> Sorry, richtig: 18.650 €.</div>")
    assert text == "Hallo,\n\nSorry, richtig: 18.650 €."

"""Reply reading on single sentences: the cases that were read wrong once (black-box
tests, blind corpora), each the smallest text that shows it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mailbot.inbound.amounts import find_amount
from mailbot.inbound.replies import (
    CORRECTION_NOTE,
    corrected_from,
    filled_from,
    forwarded_answer,
    new_text,
    own_earlier_mail,
    points_at_what_follows,
    read_reply,
)
from mailbot.inbound.text_dates import latest_date

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(("text", "intent", "status"), [
    # a closing still planned is no win; a loss denied is no loss
    ("Angebot verschickt, Abschluss Ende Q1 geplant.", "status", "proposal"),
    ("Nicht verloren, Termin vereinbart.", "status", "meeting"),
    ("Not lost, meeting booked.", "status", "meeting"),
    ("We haven't lost it yet, quote sent.", "status", "proposal"),
    ("Kauppa ei syntynyt, hävittiin hinnalla.", "status", "lost"),
    # a negated clause reports nothing; the rest of the reply still counts
    ("Soitin eilen, mutta palaveria ei ole vielä sovittu.", "status", "contacted"),
    ("Встреча была во вторник. КП пока не отправляли.", "status", "meeting"),
    ("We have not contacted them yet.", None, None),
    # steps still ahead are not the state
    ("Vor-Ort-Termin war heute, Angebot kommt nächste Woche.", "status", "meeting"),
    ("Had a call today, then we'll book a site visit.", "status", "contacted"),
    # yes with a next step accepts; a refusal beats a generic yes
    ("Kyllä, otetaan. Sovimme tapaamisen asiakkaan kanssa.", "accept", None),
    ("Sorry, we can't take it.", "decline", None),
    ("Den lassen wir aus, Gebäudeautomation machen wir nur mit eigenem Personal.",
     "decline", None),
    ("Thanks for thinking of us, but we'll pass. Happy to take the next one.",
     "decline", None),
    # thanks for our offer is not their proposal
    ("Danke für das Angebot, nehmen wir gerne.", "accept", None),
    ("Hard to say where we are, the meeting was cancelled.", None, None),
    # set 11 (ordinary replies), read wrong blind
    ("We're seeing them at their plant on Thursday at 10:00.", "status", "meeting"),
    ("Tämä ei valitettavasti sovi meille.", "decline", None),
    ("Leider müssen wir hier absagen.", "decline", None),
    ("Eigentlich würde es gut passen, aber zusagen kann ich's im Moment nicht. Ich melde mich.",
     None, None),
    ("Begehung ist erledigt. Das Angebot schicke ich voraussichtlich nächste Woche raus.",
     "status", "meeting"),
    ("Встречались с заказчиком, обсудили ТЗ. Сейчас готовим КП.", "status", "meeting"),
    ("Нужна только поставка или с монтажом? От этого зависит, возьмёмся или нет.",
     "question", None),
    # set 12 (hurried replies), read wrong blind
    ("ok uebernehmen wir. bitte kontaktdaten schicken", "accept", None),  # no umlauts
    ("havittiin, asiakas jaadytti koko hankkeen.", "status", "lost"),
    ("korjaus: EI havitty, tarjous on viela auki.", "status", "proposal"),
    ("ti 16.2 klo 13 paikan paalla", "status", "meeting"),
    ("tis 23.2 kl 13.30 hos dem", "status", "meeting"),
    ("Do 18.2. 9:30 beim Kunden vor Ort", "status", "meeting"),
    ("called them monday, visiting their plant thu 18th", "status", "meeting"),
    ("da, berem. prishlite kontakty klienta pls", "accept", None),  # Russian in Latin
    ("Angebot am 3.2. raus, heute kam die Bestellung!", "status", "won"),
    ("Klart! Påskrivet idag.", "status", "won"),
    ("käytiin siellä viime viikolla ja tänään tuli tilaus :)", "status", "won"),
    ("Diesen Auftrag können wir leider nicht übernehmen.", "decline", None),
    ("Aino on lomalla, hoidan hänen liidinsä. Soitin asiakkaalle tänään.",
     "status", "contacted"),
    ("whats the timeline? if they need it before midsummer we can't, otherwise we're "
     "interested", "question", None),
    ("А по срокам что? Если монтаж нужен до марта — не успеем, если позже — интересно.",
     "question", None),
    # set 13 (long replies), read wrong blind
    ("We have a meeting booked for 12.3. After the meeting we expect to be able to prepare "
     "a proposal.", "status", "meeting"),
    ("Vor-Ort-Termin am 16.03. vereinbart. Danach erstellen wir das Angebot.",
     "status", "meeting"),
    ("- called their manager on Monday\n- no meeting agreed yet, they will get back to us "
     "after their budget meeting next week", "status", "contacted"),
    ("Unfortunately, we have to decline this one. We would rather the lead went to a partner "
     "in Lapland who can visit the site quickly.", "decline", None),
    ("Joudumme kieltäytymään tästä. Asiakas on kilpailijamme palvelusopimuksen piirissä. "
     "Otamme mielellämme vastaan uusia liidejä toukokuusta alkaen.", "decline", None),
    ("Before we decide whether to take this one on, I'd like to understand it better:\n"
     "1. Is this a new building?\nWe don't want to commit before we know the scope.",
     "question", None),
    ("Рад сообщить, что вчера заказчик подписал с нами договор.", "status", "won"),
    # set 14 (an ordinary day in the inbox), read wrong blind
    ("Der Kunde hat gestern bestellt.", "status", "won"),
    ("Asiakas päätyi toiseen toimittajaan, joten tämä meni meiltä ohi.", "status", "lost"),
    ("Emme valitettavasti pysty ottamaan tätä.", "decline", None),
    ("We met their maintenance manager at the plant yesterday.", "status", "meeting"),
    # set 15 (second-language writers), read wrong blind
    ("first call tehty eilen, asiakas lupasi palata asiaan. Meeting ei ole vielä sovittu.",
     "status", "contacted"),
    ("sorry, aber das ist leider not our business, wir machen nichts für die Industrie.",
     "decline", None),
    ("No, otetaan se.", "accept", None),  # Finnish "no" is "well"
    ("The offer is sended to customer last Friday.", "status", "proposal"),
    ("We have been in contact with them yesterday.", "status", "contacted"),
    ("Unfortunately they bought from concurrent, price was 15 % cheaper.", "status", "lost"),
    ("Leider wir können nicht diese Lead nehmen, wir haben keine Leute frei.",
     "decline", None),
    ("Vi har varit i kontakt med kunden. Något möte har vi int ännu.", "status", "contacted"),
    ("Vi har haft palaver med kunden. Nästa steg är offert.", "status", "meeting"),
    # set 16 (odd shapes), read wrong blind
    ("Ja - Kunde am Montag telefonisch erreicht, einen Termin gibt es aber noch nicht.",
     "status", "contacted"),
    ("Called Mr Salo today. He'll come back to us with a date for a site visit.",
     "status", "contacted"),
    ("Спасибо, но откажемся — свободных монтажников нет до июля.", "decline", None),
    ("Valitettavasti. Asiakas valitsi halvemman tarjouksen.", "status", "lost"),
    ("Встреча с клиентом состоялась в четверг. КП готовим.", "status", "meeting"),
    ("Met their facility manager on Monday; they want a second visit before we quote.",
     "status", "meeting"),
    # set 17 (trade jargon), read wrong blind
    ("Сделка сорвалась: тендер выиграл другой интегратор, мы проиграли по цене.",
     "status", "lost"),
    ("Steht jetzt in der Angebotsphase, KVA Nr. 2027-0613 ist raus.", "status", "proposal"),
    ("Site survey done on Tuesday; the customer gets our quote next week.",
     "status", "meeting"),
    # set 18 (hard semantics), read wrong blind
    ("We already have this customer, our own deal since March, and we sent them a proposal "
     "in April. So please count us out.", "decline", None),
    ("Не то чтобы у нас было много свободных людей, но от такого не отказываются — берём.",
     "accept", None),
    ("No, we haven't forgotten it and no, it's not too far for us. We want it.",
     "accept", None),
    ("нет, не потянем сейчас, все люди на объектах", "decline", None),
    ("Ei, emme ole hävinneet tätä. Tarjouksemme on asiakkaalla. Kilpailijan hinta on "
     "19 900 €.", "status", "proposal"),
    ("Gewonnen! Der Mitbewerber lag übrigens bei 24.900 €.", "status", "won"),
    ("Der Kunde hat das Projekt verschoben. Unser Angebot liegt ihm vor – verloren ist da "
     "also nichts.", "status", "proposal"),
    ("Great, another lead in Lapland... Thanks, but that's a no from us.", "decline", None),
    ("Kann der Kunde bis August warten? Vorher haben wir keine freien\nMonteure. Wenn das "
     "geht, sagen wir gern zu.", "question", None),
    # set 19 (ordinary), read wrong blind
    ("We visited the site on Thursday. They'd like a quote before their summer shutdown.",
     "status", "meeting"),
    ("Wir waren am Mittwoch beim Kunden. Das Angebot schicken wir raus, sobald wir die "
     "Preise haben.", "status", "meeting"),
    ("Voisi sopia meille, mutta en ole varma. Katsotaan huomenna palaverissa.", None, None),
    # sets 21 and 22 (ordinary, a week's inbox), read wrong blind
    ("Vi är intresserade och tar leadet. Jag hör av mig till kunden redan idag.",
     "accept", None),
    ("Отправили клиенту предложение на 980 000 рублей без НДС, ждём ответа.",
     "status", "proposal"),
    ("Good news: the order is confirmed, €7,450 excl. VAT.", "status", "won"),
    ("Tilaus saatiin! Kauppasumma 34 600 € alv 0 %.", "status", "won"),
    ("Juttelin asiakkaan kanssa puhelimessa maanantaina. Tapaamista ei ole vielä sovittu.",
     "status", "contacted"),
    # set 23 (long threads), read wrong blind
    ("This went nowhere. They ordered from a local electrician.", "status", "lost"),
    ("Tyvärr valde kunden en annan leverantör till slut.", "status", "lost"),
    ("Asiakkaaseen saatiin tänään yhteys. Sitten sovitaan käynti.", "status", "contacted"),
    ("Nu har jag pratat med kunden i telefon. Vi väntar på ritningar innan vi bokar besök.",
     "status", "contacted"),
    # set 25 (personas), read wrong blind
    ("Am Donnerstag fahre ich zur Besichtigung raus.", "status", "meeting"),
    ("Forget this one. They bought from the cheapest online shop they could find.",
     "status", "lost"),
    ("Absolut, vi kör! Ringer kunden i eftermiddag", "accept", None),
    ("Наша компания берёт этого клиента в работу.", "accept", None),
    ("Projekt ist gestorben, der Kunde hat das Budget komplett gestrichen.", "status", "lost"),
    # sets 26 and 27 (regional personas, status nuance), read wrong blind
    ("Good news - PO came through this morning!", "status", "won"),
    ("Moin, das ist nix für uns, so weit fahren wir nicht raus.", "decline", None),
    ("Kunden ringde och sa ja till vårt förslag.", "status", "won"),
    ("We had a Teams call with their maintenance lead yesterday.", "status", "meeting"),
    ("Vi hade en demo hos kunden i går. De vill nu ha en offert av oss.", "status", "meeting"),
    ("Nach dem Workshop haben wir ein Budgetangebot über 38.500 € netto geschickt. Das "
     "verbindliche Angebot folgt, sobald die Begehung durch ist.", "status", "proposal"),
    ("Unfortunately this one is off. The owner cancelled the tender.", "status", "lost"),
    ("Kunden har inte hört av sig sedan december. Vi lägger ner det här.", "status", "lost"),
    # set 28 (status reports again), read wrong blind
    ("Laitoin asiakkaalle sähköpostia maanantaina ja sain jo vastauksen.",
     "status", "contacted"),
    ("Vi har fått tag på kunden, de vill ha lite material först.", "status", "contacted"),
    ("Tyvärr fick vi inte affären, kunden köpte av en annan leverantör.", "status", "lost"),
    # English is not Russian in Latin letters because of one word that could be
    ("Won, €12,750 net. The rub is the install date.", "status", "won"),
    # a status that holds only "in that case" is part of the question
    ("Är det samma kund som i oktober? I så fall har vi redan en offert ute hos dem. "
     "Hur gör vi då?", "question", None),
    # a hedge alone, with a question, stays unclear: "let me think about it"
    ("Yes... actually no. Or maybe we can, if it can wait? Let me think about it.", None, None),
])
def test_reading(text, intent, status):
    reading = read_reply(text, TODAY)
    assert (reading.intent, reading.status) == (intent, status)


def test_swedish_kronor_written_with_colon_dash():
    reading = read_reply("Affären är klar, kunden skrev på i går. 74 500:- exkl moms.", TODAY)
    assert (reading.status, reading.amount, reading.currency) == ("won", 74500, "SEK")


def test_colon_dash_with_a_currency_named_is_that_currency():
    # ":-" says "no cents"; the currency named after it is the one
    assert find_amount("Priset blev 12 870:- euro exkl. moms.") == (Decimal(12870), "EUR")
    assert find_amount("Offerten: 12 870:- €") == (Decimal(12870), "EUR")
    assert find_amount("Offerten: 74 500:- exkl. moms") == (Decimal(74500), "SEK")


@pytest.mark.parametrize(("text", "currency"), [
    ("Lähetimme 12 500 euron tarjouksen eilen.", "EUR"),
    ("Tarjous on 12 500 eurolla menossa.", "EUR"),
    ("Vi skickade en 12 500 kronors offert i går.", "SEK"),
])
def test_an_inflected_currency_word_names_the_currency(text, currency):
    assert find_amount(text) == (Decimal(12500), currency)


def test_a_figure_without_thousands_space_stays_out_of_the_same_day_clause():
    # "samma dag som …" sets aside the clause it opens, not the figure before its comma
    text = ("offerten till Kempele gick i går, 12870 € exkl. moms, samma dag som "
            "Liminganlahden Lomakylä beställde sina reservdelar för drygt 1 900 €.")
    reading = read_reply(text, TODAY, "status")
    assert (reading.status, reading.amount, reading.currency) == ("proposal", 12870, "EUR")


@pytest.mark.parametrize(("text", "intent"), [
    # the offer handed to a colleague who takes it on is taken
    ("Jonas tar hand om den här, jag har skickat den vidare till honom.", "accept"),
    ("Stefan übernimmt das, ich habe es an ihn weitergeleitet.", "accept"),
    ("Передал коллеге Игорю, он с ними свяжется.", "accept"),
    ("Välitin tämän Kallelle, hän hoitaa.", "accept"),
    # the customer's own doing is no taker
    ("Der Kunde übernimmt das selbst, wir sind raus.", "decline"),
    ("Kunden tar hand om det själv.", None),
])
def test_an_offer_handed_to_a_colleague(text, intent):
    assert read_reply(text, TODAY, "offer").intent == intent


@pytest.mark.parametrize("body", ["Moi!\n\n👍\n\nTerveisin\n", "Hi,\n\n+1\n\nBest regards\n",
                                  "Hej!\n\n👍\n"])
def test_a_thumbs_up_between_greeting_and_sign_off_takes_the_offer(body):
    assert read_reply(new_text(body), TODAY, "offer").intent == "accept"


def test_a_bare_no_to_a_status_request_reports_nothing():
    assert read_reply("Ei.", TODAY, "status").intent is None


def test_a_lone_question_mark_under_a_greeting_asks_nothing():
    assert read_reply(new_text("Hi,\n\n?\n\nBR\n"), TODAY, "offer").intent is None
    assert read_reply(new_text("Hi,\n\nwhich site is it?\n"), TODAY, "offer").intent == \
        "question"


def test_a_greeting_with_a_smiley_above_a_bottom_posted_answer_is_only_a_greeting():
    body = ("Hei! 🙂\n\nMailbot kirjoitti 17.5.2027 klo 9.00:\n> Uusi liidi: Kylmä Oy\n\n"
            "Otetaan, soitan asiakkaalle huomenna.\n")
    assert "Otetaan" in new_text(body)
    assert read_reply(new_text(body), TODAY, "offer").intent == "accept"


@pytest.mark.parametrize(("text", "intent"), [
    # one-word answers typed on a phone
    ("Juu", "accept"), ("Passt.", "accept"), ("Klar!", "accept"), ("Japp", "accept"),
    ("Jajamän", "accept"), ("Ок", "accept"), ("Go for it", "accept"),
    ("Vi fixar det", "accept"), ("Wir machen das", "accept"), ("Kein Bedarf", "decline"),
    # a chat's yes as the whole reply
    ("yup", "accept"), ("kk", "accept"), ("Jep", "accept"), ("Jawoll", "accept"),
    ("Угу", "accept"), ("Конечно!", "accept"),
    # and its no: "Ei." is Finnish's plainest refusal
    ("Ei.", "decline"), ("nah", "decline"), ("👎", "decline"), ("Не", "decline"),
    ("Ei vielä", None),
    # not a yes: thanks for news, a fit named among questions
    ("Schade, alles klar. Danke für die Info.", None),
    ("Affären klar!", "status"),  # Swedish: the deal is done
    ("Das Kunde ist bei uns in Oulu, das passt, aber wie viele Messstellen sind es?",
     "question"),
])
def test_short_answers(text, intent):
    assert read_reply(text, TODAY, "offer").intent == intent


@pytest.mark.parametrize(("text", "reason"), [
    ("No thanks, too far for us.", "outside_region"),
    ("Nej tack, Kiruna ligger för långt bort.", "outside_region"),
    ("Leider keine Kapazität bis Februar.", "no_capacity"),
    ("Jätetään väliin. Asentajat on kiinni Oulun sairaalan työmaalla juhannukseen asti.",
     "no_capacity"),
    ("Пас. Свободных монтажников нет до июля.", "no_capacity"),
    ("Нет, спасибо, не наш профиль.", "not_our_field"),
    ("Not for us this time, sorry. We don't really do PLC work at that scale.", "not_our_field"),
    ("Danke, aber das ist bereits unser Kunde.", "customer_known"),
    ("Halbe Sachen machen wir nicht, bitte an einen anderen Partner.", "other"),
    ("We'll pass.", "other"),
])
def test_a_declines_reason_is_coded_as_the_link_page_codes_it(text, reason):
    reading = read_reply(text, TODAY, "offer")
    assert (reading.intent, reading.reason) == ("decline", reason)


def test_the_reply_reasons_are_the_link_pages_list():
    from mailbot.handlers.link_pages import DECLINE_REASONS
    from mailbot.inbound.replies import _DECLINE_REASONS
    # the codes are written twice (the reader may not import a handler): kept alike here
    assert {*_DECLINE_REASONS, "other"} == set(DECLINE_REASONS)


@pytest.mark.parametrize(("text", "intent"), [
    # a question typed on a phone without its "?"
    ("Do you have a phone number for them", "question"),
    ("Onko asiakkaalla jo toimittaja", "question"),
    ("Weiß man schon, wann die das brauchen", "question"),
    ("Vet ni vem som är kontaktperson", "question"),
    ("Кто там контактное лицо", "question"),
    # statements that open alike
    ("On the road, will answer tomorrow", None),
    ("Ist erledigt.", None),
])
def test_a_question_without_its_mark(text, intent):
    assert read_reply(text, TODAY, "offer").intent == intent


@pytest.mark.parametrize(("text", "intent"), [
    # a few Russian words around an answer in another language
    ("Привет! Vi tar den gärna, tack för leadet.", "accept"),
    ("Hallo, спасибо! Wir übernehmen das gerne.", "accept"),
    ("Добрый день!\n\nEi kiitos, liian kaukana meiltä.", "decline"),
    # Russian with names in Latin letters
    ("Да, берём. Kylmä Oy, ABB ACS580, Vaisala HMP110, Siemens QAA2061.", "accept"),
    ("Нет, спасибо, не наш профиль: Danfoss FC-102, NIBE F2120.", "decline"),
])
def test_the_language_is_the_answers_not_the_greetings(text, intent):
    assert read_reply(text, TODAY, "offer").intent == intent


@pytest.mark.parametrize("text", ["Zuschlag!", "Deal!", "Kauppa!", "Hallo,\n\nZuschlag erhalten!",
                                  "Affären klar!", "Сделка!", "Есть заказ! 🎉"])
def test_the_news_of_a_win_in_one_word(text):
    # a yes too: from a partner who has the lead on offer the reply handler takes it as one
    for answering in ("status", "offer", ""):
        reading = read_reply(text, TODAY, answering)
        assert (reading.intent, reading.status, reading.yes) == ("status", "won", True)


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    # the sets 148 and 149's misses, measured blind: refusals and a will-act
    ("Hej,\n\nden här klarar vi inte av just nu.", "offer", "decline", None),
    ("Inte den här gången, tyvärr. Men hör gärna av er igen om det dyker upp liknande jobb.",
     "offer", "decline", None),
    ("Mit denen sind wir direkt im Gespräch. Deshalb nehmen wir den Lead nicht an.", "offer",
     "decline", None),
    ("Annetaan tämän mennä jollekin paikalliselle.", "offer", "decline", None),
    ("Ich ruf den Kunden am Montag gleich in der Früh an und mach einen Termin aus.", "offer",
     "accept", None),
    # a project called off is lost, in every language (not another's, not denied)
    ("Проект отменили: владелец решил продать здание.", "status", "status", "lost"),
    ("Projektet har avbrutits, kommunen sparar.", "status", "status", "lost"),
    ("Asiakas perui koko hankkeen.", "status", "status", "lost"),
    ("Ellivuoren samanlainen hanke peruttiin kokonaan.", "status", None, None),
    ("Проект не отменили, КП отправил.", "status", "status", "proposal"),
    # waiting on an answer, nothing to report until it comes
    ("Starnberg liegt außerhalb unseres Gebiets, deshalb habe ich die Daten an Herrn Kugler "
     "weitergegeben. Er sagt mir bis Mitte nächster Woche, ob er den Kunden übernimmt. Bis "
     "dahin kann ich noch nichts Konkretes melden.", "status", None, None),
    ("Called them twice. Nothing concrete to report yet.", "status", "status", "contacted"),
])
def test_blind_sets_148_and_149(text, answering, intent, status):
    reading = read_reply(text, TODAY, answering)
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    # the misses of blind sets 150-152, measured blind
    ("before we say yes or no. He's at a customer until lunch, so I can't give you an answer "
     "before that.", "offer", None, None),
    ("Hei,\ntää asiakas on meille vanha tuttu. Jätetään siis tää liidi väliin.", "offer",
     "decline", None),
    ("Sorry, vor Weihnachten wird das nix mehr, die halbe Mannschaft ist im Urlaub.", "offer",
     "decline", None),
    ("ei\n\n-M", "offer", "decline", None),
    ("ei kerkea nyt, kaikki asentajat kiinni joulun alla. sori", "offer", "decline", None),
    ("Hm. Eigentlich gern, aber vor Weihnachten schaff ma des nimmer. Vielleicht nach den "
     "Feiertagen, wenn der Kunde so lang warten mag? Ich schau mir das am Montag nochmal an.",
     "offer", None, None),
    ("Sorry for the late reply, been snowed under since the holidays.\n\nOffer went to "
     "Ylöjärven Kiinteistöt yesterday.", "status", "status", "proposal"),
    ("Ehrlich gesagt kann ich noch gar nichts sagen: ohne ihn trau ich mich nicht, dem "
     "Kindergarten einen Termin zuzusagen.", "status", None, None),
    ("Käytiin tiistaina Nikkilän koululla kiinteistöpäällikön ja talonmiehen kanssa "
     "katsomassa valvontaa. Eli tarve on selvä.", "status", "status", "meeting"),
    ("Mikon kanssa myyntitavoitteet käytiin aamulla läpi.", "status", None, None),
    ("Tarjous on ollut heillä joulukuusta. Eli odotellaan edelleen, en osaa sanoa suuntaan "
     "enkä toiseen.", "status", None, None),
    ("Tyvärr har Stiftelsen Sjöbo lagt projektet på is på obestämd tid.", "status", "status",
     "lost"),
    ("Inget nytt tyvärr. Jag kan inte säga åt vilket håll det går förrän i februari.",
     "status", None, None),
    ("Вчера дозвонилась до технического директора, он попросил прислать презентацию.",
     "status", "status", "contacted"),
    ("В мороз отказывают насосы и котлы. Встреча на арене состоялась в понедельник.",
     "status", "status", "meeting"),
    ("Пока сказать нечего: заказчик то соглашается на встречу, то опять переносит. Может, "
     "что-то и выйдет, а может, и нет — честно, не знаю.", "status", None, None),
])
def test_blind_sets_150_to_152(text, answering, intent, status):
    reading = read_reply(text, TODAY, answering)
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "intent"), [
    # busy in the past tense is why the answer is late, not a refusal
    ("Sorry for the late reply, we've been swamped since the holidays. Yes, we'll take it.",
     "accept"),
    ("Entschuldigung für die späte Rückmeldung, wir waren total überlastet. Passt, den nehma.",
     "accept"),
    ("Ursäkta det sena svaret, vi har haft fullt upp med annat. Vi tar den gärna.", "accept"),
    ("Извините за задержку, были завалены срочными вызовами. Да, берём.", "accept"),
    # busy now is one
    ("Sorry, we're swamped until March.", "decline"),
    ("Leider sind wir total überlastet.", "decline"),
])
def test_busy_as_the_excuse_for_a_late_answer_refuses_nothing(text, intent):
    assert read_reply(text, TODAY, "offer").intent == intent


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    # the misses of blind sets 153-155, measured blind
    ("We accept this one. Please send the lead details to me as usual and I will pass them "
     "on to him.", "offer", "accept", None),
    ("Zuschlag ist da 👍 Praxis Dr. Lechner nimmt die komplette Lüftung.", "status", "status",
     "won"),
    ("Пока не можем дать однозначный ответ. С одной стороны, объект нам интересен.", "offer",
     None, None),
])
def test_blind_sets_153_to_155(text, answering, intent, status):
    reading = read_reply(text, TODAY, answering)
    assert (reading.intent, reading.status) == (intent, status)


def test_millions_are_read():
    reading = read_reply("Договор подписан, сумма 1,35 млн руб. без НДС.", TODAY)
    assert (reading.status, reading.amount, reading.currency) == ("won", 1350000, "RUB")
    assert read_reply("Won, 2,5 Mio. EUR.", TODAY).amount == 2500000
    translit = read_reply("kontrakt podpisali, 780 tys rub bez NDS", TODAY)
    assert (translit.status, translit.amount, translit.currency) == ("won", 780000, "RUB")
    assert translit.text == "kontrakt podpisali, 780 tys rub bez NDS"  # kept as written


def test_a_refusal_to_an_offer_outweighs_a_step_named_on_the_way():
    text = "Talked to Timo. We have to pass on this one after all, nobody is free."
    assert read_reply(text, TODAY, answering="offer").intent == "decline"
    assert read_reply("Talked to them yesterday.", TODAY, answering="offer").status == \
        "contacted"


def test_a_clause_about_another_lead_is_set_aside():
    text = ("Unohda edellinen viestini – voitettu kauppa koski L-9125:tä, ei tätä. "
            "Tapaaminen pidettiin torstaina.")
    assert read_reply(text, TODAY, lead_id=9028).status == "meeting"
    assert read_reply("L-9028 won, 12 000 EUR.", TODAY, lead_id=9028).status == "won"


def test_a_paragraph_about_something_else_lends_nothing_to_the_lead():
    text = ("First of all, a short question about something else: your invoice for "
            "EUR 1,180.00 is addressed to our old office. Maybe you could fix it?\n\n"
            "Then to the lead: on Friday we sent them our proposal, EUR 24,850 excl. VAT.")
    reading = read_reply(text, TODAY)
    assert (reading.status, reading.amount, reading.currency) == ("proposal", 24850, "EUR")
    sv = ("Först en helt annan sak: vi funderar på att ställa ut på Nordbygg.\n\n"
          "Sedan till leadet: Ja, vi tar det gärna!")
    assert read_reply(sv, TODAY).intent == "accept"


def test_a_negative_amount_is_no_deal_amount():
    reading = read_reply("won -5000 EUR", TODAY)
    assert (reading.status, reading.amount) == ("won", None)


def test_absence_dates_as_notices_write_them():
    monday = date(2027, 8, 9)
    assert latest_date("Ich bin bis Mittwoch auf der Messe.", monday, relative=True) == \
        date(2027, 8, 11)
    assert latest_date("Palaan toimistolle torstaina.", monday, relative=True) == \
        date(2027, 8, 12)
    assert latest_date("Åter v. 33.", monday, relative=True) == date(2027, 8, 16)
    assert latest_date("Out of the office until 08/16/2027.", monday) == date(2027, 8, 16)
    assert latest_date("Returning 08/09/2027.", date(2027, 8, 1)) == date(2027, 9, 8)
    # a reply's closing date never comes from a weekday or a week number
    assert latest_date("Met them on Thursday, installation KW 40.", monday) is None


@pytest.mark.parametrize(("text", "status"), [
    # Gmail's plain part is hard-wrapped near 76 characters, without format=flowed: a
    # German noun after the break must not start a clause of its own
    ("Entschuldigung, das hätte ich früher melden sollen. Den Auftrag hat ein\n"
     "Mitbewerber bekommen, der dort schon die Klimaanlage betreut. Wir waren\n"
     "zweimal vor Ort, aber am Ende wollten sie alles aus einer Hand.", "lost"),
])
def test_a_line_wrapped_by_the_client_is_one_sentence(text, status):
    assert read_reply(text, TODAY).status == status


def test_short_lines_are_not_joined():
    reading = read_reply("Termin war gestern\nAngebot kommt nächste Woche", TODAY)
    assert (reading.intent, reading.status) == ("status", "meeting")


@pytest.mark.parametrize(("text", "kept"), [
    # a signature without a sign-off line: name, company, phone, register entries
    ("Wir haben den Auftrag bekommen.\n\nStefan Huber\nVertriebsleiter\n"
     "DE Gold GmbH | Musterstr. 1 | 80331 München\nTel. +49 89 1234560\n"
     "Geschäftsführer: Max Muster | HRB 12345 | Stammkapital 25.000 €",
     "Wir haben den Auftrag bekommen."),
    ("Kauppa tuli\nJuha Mäkelä\nMyyntipäällikkö, FI Silver Oy\npuh. 040 123 4567",
     "Kauppa tuli"),
    ("Встречу провели во вторник.\nЭэро Лахти\nООО «Поставщик»\nтел. +7 495 123-45-67",
     "Встречу провели во вторник."),
    ("Quote sent, 18 500 EUR.\nEero Virtanen | FI Extra Oy | www.fi-extra.example",
     "Quote sent, 18 500 EUR."),
    # no contact details: nothing is cut
    ("Kauppa tuli!\n\nJuha Mäkelä", "Kauppa tuli!\n\nJuha Mäkelä"),
    ("Termin am Dienstag mit Frau Keller von der Müller GmbH, Angebot folgt.",
     "Termin am Dienstag mit Frau Keller von der Müller GmbH, Angebot folgt."),
])
def test_a_signature_without_a_sign_off_is_not_read(text, kept):
    from mailbot.inbound.replies import new_text

    assert new_text(text) == kept


def test_a_share_capital_in_the_signature_is_no_deal_amount():
    from mailbot.inbound.replies import new_text

    text = new_text("Wir haben den Auftrag bekommen.\nStefan Huber\nDE Gold GmbH\n"
                    "Stammkapital 25.000 € | HRB 12345")
    reading = read_reply(text, TODAY)
    assert (reading.status, reading.amount) == ("won", None)


def test_a_sentence_that_names_an_address_is_not_a_signature():
    from mailbot.inbound.replies import new_text

    text = "Termin war gestern.\nAngebot ging heute an einkauf@kunde.example raus"
    assert new_text(text) == text


def test_a_capitalised_report_is_not_taken_for_a_name():
    from mailbot.inbound.replies import new_text

    assert new_text("Hi\nClosed Won\nEero Virtanen\n+358 40 123 4567") == "Hi\nClosed Won"


@pytest.mark.parametrize(("text", "intent"), [
    # mail servers put an external-sender warning above the partner's words
    ("CAUTION: This email originated from outside of the organization. Do not click links "
     "or open attachments unless you recognize the sender and know the content is safe.\n\n"
     "Yes, we will take it.", "accept"),
    ("ВНИМАНИЕ: Это письмо от внешнего отправителя. Не переходите по ссылкам и не "
     "открывайте вложения, если не уверены в отправителе.\n\nБерём.", "accept"),
    ("ACHTUNG: Diese E-Mail stammt von einem externen Absender. Klicken Sie nicht auf Links\n"
     "oder öffnen Sie keine Anhänge, es sei denn, Sie kennen den Absender.\n\n"
     "Leider nicht, keine Kapazität.", "decline"),
    ("[EXTERNAL] You don't often get email from eero@fi-extra.example. Learn why this is "
     "important\nVi tar den.", "accept"),
])
def test_an_external_sender_warning_is_not_read(text, intent):
    from mailbot.inbound.replies import new_text

    reading = read_reply(new_text(text), TODAY)
    assert reading.intent == intent
    assert "sender" not in reading.text.lower() and "отправит" not in reading.text


@pytest.mark.parametrize(("text", "status", "amount"), [
    # a typo corrected chat-style after a star: the corrected number, in the same unit
    ("Angebot liegt beim Kunden, 21,5 T€ netto\n*23,5 sorry", "proposal", 23500),
    # a time at the customer's is a meeting ("8:30" is no clause break)
    ("Di 9.5. 8:30 beim Kunden", "meeting", None),
    # a lost reply's amount is the winner's price, not a deal of ours
    ("Hej, den här gick till en konkurrent. De erbjöd samma lösning för 9 800 euro. "
     "Synd, men vi håller kontakten med dem.", "lost", None),
    ("Kokkolan Kemia valitsi kilpailijan. Heidän hintansa oli noin 11 000 €.", "lost", None),
])
def test_hurried_and_contextual_reports(text, status, amount):
    reading = read_reply(text, TODAY)
    assert (reading.intent, reading.status) == ("status", status)
    assert reading.amount == (None if amount is None else amount)


@pytest.mark.parametrize("footer", ["Get Outlook for iOS<https://aka.ms/o0ukef>",
                                    "Скачать Outlook для Android<https://aka.ms/AAb9ysg>",
                                    "Hanki Outlook for Android", "Hämta Outlook för iOS"])
def test_a_mobile_client_footer_is_not_the_answer(footer):
    from mailbot.inbound.replies import new_text

    assert new_text(f"созвонились с клиентом\n\n{footer}\n") == "созвонились с клиентом"


@pytest.mark.parametrize("text", ["We'd like this one, please.", "We’d like to have this one.",
                                  "I would like this one."])
def test_we_would_like_it_accepts(text):
    assert read_reply(text, TODAY).intent == "accept"


def test_a_weekday_named_with_its_date_is_that_date():

    text = "I'm out of the office from Thursday 4 May and back on Monday 8 May."
    assert latest_date(text, date(2028, 5, 4), relative=True) == date(2028, 5, 8)


@pytest.mark.parametrize("footer", [
    "Sent from Mail for Windows", "Gesendet von Mail für Windows", "Sent from Outlook",
    "Отправлено из мобильной Почты Mail.ru", "Sent from Yahoo Mail for iPhone",
    "Gesendet mit der Telekom Mail App", "Skickat från Outlook för Android",
    "Отправлено из приложения Яндекс Почта"])
def test_a_mail_app_footer_is_not_the_answer(footer):
    from mailbot.inbound.replies import new_text

    assert new_text(f"Otetaan.\n\n{footer}\n") == "Otetaan."


def test_a_sentence_that_starts_like_a_footer_is_kept():
    from mailbot.inbound.replies import new_text

    text = "Hi,\nSent via Outlook the quote yesterday, 12 000 EUR.\nEero"
    assert "12 000 EUR" in new_text(text)


@pytest.mark.parametrize(("text", "intent", "status"), [
    # the writer takes back what came before
    ("My first thought was to let it go. Forget the first sentence, we'll take it on.",
     "accept", None),
    ("Otetaan! …tai ei sittenkään, asentajat on Porissa. Antakaa tää jollekin toiselle.",
     "decline", None),
    # a yes under a condition, with a question: the answer decides
    ("Jos asiakas voi odottaa elokuulle, otamme tämän mielellämme. Onko heillä kiire?",
     "question", None),
    # a refusal denied is a yes
    ("Если объект в Тампере — не откажемся.", "accept", None),
    ("Can't see any reason to let this one slip past us. Put our name on it.", "accept", None),
    # another lead introduced with a colon or dash: its sentence is about that lead
    ("Не путайте с L-25931 — там мы проиграли. По этому клиенту КП ушло 12 мая.",
     "status", "proposal"),
    # a meeting that did not take place is none
    ("Der Vor-Ort-Termin vom 9. Mai ist ausgefallen. Seitdem haben wir nur telefoniert.",
     "status", "contacted"),
    # the writer cannot tell: no state is guessed
    ("Honestly not sure what to put: either won or still sitting on the quote.", None, None),
])
def test_hard_meaning(text, intent, status):
    reading = read_reply(text, TODAY, lead_id=26048)
    assert (reading.intent, reading.status) == (intent, status)


def test_money_set_aside_for_the_job_is_a_budget():
    reading = read_reply("Tapasin eilen tuotantojohtajan. Heillä on tälle vuodelle varattu "
                         "tähän noin 20 000 €.", TODAY)
    assert (reading.status, reading.amount) == ("meeting", None)


def test_a_disclaimer_under_the_signature_goes_with_it():
    from mailbot.inbound.replies import new_text

    text = ("sovittiin käynti keskiviikolle 31.5. klo 13.\n\nJuha Nieminen\nFI Silver Oy\n"
            "puh. 040 765 4321\n\nTämä sähköpostiviesti on luottamuksellinen ja tarkoitettu "
            "ainoastaan vastaanottajalle.\n\nThis message is confidential. If you have received "
            "it in error, please notify the sender. We accept no liability.")
    assert new_text(text) == "sovittiin käynti keskiviikolle 31.5. klo 13."


@pytest.mark.parametrize(("text", "status"), [
    # a step put in the days ahead has not happened; a dated meeting has
    ("Angebot geht morgen raus.", None),
    ("КП отправим завтра.", None),
    ("Soitan asiakkaalle huomenna.", None),
    ("Zuschlag bekommen 👍 AB geht morgen raus, 42,7 k€ netto", "won"),
    ("Meeting booked for next Tuesday at 10.", "meeting"),
    ("Quote sent yesterday, decision expected next week.", "proposal"),
])
def test_a_step_ahead_is_not_reached(text, status):
    assert read_reply(text, TODAY).status == status


@pytest.mark.parametrize(("text", "status"), [
    # a thing and what happened to it, in one clause, whatever the words between
    ("Die Bestellung von Weber ist heute früh per Mail gekommen.", "won"),
    ("Заказ клиент оформил во вторник.", "won"),
    ("Sopimuksen asiakas allekirjoitti eilen.", "won"),
    ("Offerten på 20 givare skickade jag i fredags.", "proposal"),
    # not when lost, not when still ahead, not when negated
    ("Lost: they signed a contract with the other integrator.", "lost"),
    ("Den Vertrag unterschreiben sie nächste Woche, Angebot liegt vor.", "proposal"),
    ("The contract has not been signed yet, quote sent.", "proposal"),
])
def test_a_thing_and_what_happened_to_it(text, status):
    assert read_reply(text, TODAY).status == status


@pytest.mark.parametrize(("text", "status"), [
    ("Der Kunde hat sich am Ende für einen anderen Anbieter entschieden.", "lost"),
    ("Asiakas valitsi lopulta toisen toimittajan.", "lost"),
    ("Клиент в итоге выбрал другого поставщика.", "lost"),
])
def test_the_customer_chose_another_supplier(text, status):
    assert read_reply(text, TODAY).status == status


def test_another_date_is_no_other_supplier():
    assert read_reply("They picked another date for the visit with our installer, it was "
                      "yesterday.", TODAY).status != "lost"


@pytest.mark.parametrize(("text", "status"), [
    # lists, CRM lines and timelines: a line labelled as what comes next is not reached
    ("- Kontakt aufgenommen, Bedarf geklärt\nNächster Schritt: Termin vor Ort", "contacted"),
    ("1. 12.05 — звонок\n2. 25.05 — встреча на площадке клиента\n3. далее — расчёт и КП",
     "meeting"),
    ("1. 15.5. first call\n2. 26.5. walked the production line with him\n"
     "3. Next: sizing, then a quote (target 9.6.)", "meeting"),
    ("Vaihe: Menetetty | Syy: hinta", "lost"),
    ("Kontaktoitu.", "contacted"),
])
def test_lists_crm_lines_and_timelines(text, status):
    assert read_reply(text, TODAY).status == status


def test_html_table_cells_are_apart():
    from mailbot.inbound.classify import html_to_text

    html = "<table><tr><td>Stage</td><td>Proposal sent 30.5.</td></tr></table>"
    assert html_to_text(html) == "Stage Proposal sent 30.5."


@pytest.mark.parametrize(("text", "status"), [
    ("Met them on site on Tuesday, now we need to put together a quote.", "meeting"),
    ("Waren gestern vor Ort, wir müssen noch ein Angebot erstellen.", "meeting"),
    ("Tapasimme eilen, meidän pitää vielä tehdä tarjous.", "meeting"),
    ("Vi träffade dem i går, nu ska vi räkna på en offert.", "meeting"),
    ("Встретились вчера, нужно подготовить КП.", "meeting"),
])
def test_a_quote_still_to_write_is_no_proposal(text, status):
    assert read_reply(text, TODAY).status == status


@pytest.mark.parametrize(("text", "intent", "status"), [
    # set 38, ordinary replies by a new cast, read wrong blind
    ("I had a really nice phone call with their production manager yesterday.", "status",
     "contacted"),
    ("jo, nehm ich! meld mich morgen früh beim kunden 👍", "accept", None),
    ("Hello, thank you but we will not take this one.", "decline", None),
    ("We made offer to customer on Tuesday, now we wait their answer.", "status", "proposal"),
    ("moi! oltiin eilen niiden varastolla katsomassa paikkoja.", "status", "meeting"),
    ("Я звонил клиенту во вторник.", "status", "contacted"),
])
def test_a_new_cast_of_ordinary_replies(text, intent, status):
    reading = read_reply(text, TODAY)
    assert (reading.intent, reading.status) == (intent, status)


def test_a_weekday_alone_counts_only_without_a_written_date():

    today = date(2028, 6, 13)
    assert latest_date("Vom 14.–16.6. auf der Messe, ab Montag wieder im Büro.", today,
                       relative=True) == date(2028, 6, 16)
    assert latest_date("Bin bis Mittwoch nicht im Büro.", today, relative=True) == \
        date(2028, 6, 14)


@pytest.mark.parametrize(("text", "intent", "status"), [
    # set 41, trade vocabulary
    ("Hei, urakkatarjous lähti perjantaina pääurakoitsijalle.", "status", "proposal"),
    ("Kunden har skickat sin första avropsorder enligt ramavtalet.", "status", "won"),
    ("Der Abruf aus dem Rahmenvertrag ist heute gekommen, mit Bestellnummer.", "status", "won"),
    ("Заявку на участие в тендере подали в пятницу.", "status", "proposal"),
    ("Вчера провели обследование объекта вместе с главным инженером.", "status", "meeting"),
    ("Vi har lämnat in vårt anbud i upphandlingen.", "status", "proposal"),
    ("Nej tack, en offentlig upphandling med anbud via portal, sådana lämnar vi inte anbud på.",
     "decline", None),
    # set 40, written in a second language
    ("We take over the lead with pleasure.", "accept", None),
    ("Kiitos, mutta me ei voi ottaa tämä asiakas. Antakaa toinen kumppani.", "decline", None),
    ("wir waren am Montag bei dem Kunde und haben die Kühlhalle angeschaut.", "status",
     "meeting"),
    ("At the moment I cannot say yes or no, we do not have capacity now.", None, None),
    ("eka call asiakkaan kanssa pidettiin eilen, ja heitä kiinnostaa.", "status", "contacted"),
])
def test_trade_words_and_second_languages(text, intent, status):
    reading = read_reply(text, TODAY)
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "amount"), [
    ("De har ungefär 15 000 euro i årets budget för det.", None),
    ("Наше КП было на 17 900 евро без НДС, а бюджет клиента — около 15 000 евро.", 17900),
    ("Tarjous lähetetty, 7 350 € + alv (budjetti noin 8 000 €).", 7350),
    ("Quote sent: 12 000 €, well within their budget.", 12000),
])
def test_a_budget_named_after_its_amount(text, amount):
    assert read_reply(text, TODAY).amount == (None if amount is None else amount)


@pytest.mark.parametrize(("text", "status"), [
    # set 42, people who are not salespeople by trade
    ("Went back on Monday and told them what it would cost: €6,480 plus VAT.", "proposal"),
    ("ich hab dem Kunden am Dienstag den Preis genannt: 4.870,- € netto.", "proposal"),
    ("kävin mittaamassa paikat ja eilen annoin niille hinnan: 8 740 € + alv.", "proposal"),
    ("Во вторник был у них, а вчера сказал им цену.", "proposal"),
    ("BOM sent to the distributor for pricing, site survey done on Tuesday.", "meeting"),
    ("sovittiin asiakkaan kanssa et mennään katsomaan paikat ensi tiistaina 11.7. klo 9.",
     "meeting"),
    ("Wir fahren am Dienstag, 11. Juli um 8 Uhr hin und schauen uns die Heizzentrale an.",
     "meeting"),
    ("Asiakas ilmoitti eilen, että ottivat toisen firman.", "lost"),
])
def test_everyday_words_for_the_steps(text, status):
    assert read_reply(text, TODAY).status == status


def test_giving_up_a_held_lead_is_lost_and_giving_it_back_is_a_decline():
    drop = read_reply("I've decided to drop this one, the site is 140 km from us.", TODAY,
                      answering="status")
    back = read_reply("Den Lead können wir nicht bearbeiten. Wir geben den Lead zurück.",
                      TODAY, answering="status")
    assert (drop.intent, drop.status) == ("status", "lost")
    assert (back.intent, back.status) == ("decline", None)


@pytest.mark.parametrize(("text", "intent", "status"), [
    # set 43, meaning that takes care to read
    ("Hei, mietin tätä eilen illalla pitkään. Koko on meille vähän iso. No, otetaan se.",
     "accept", None),
    ("Hi, Thanks for the nudge. Couldn't you find someone based up north for this one?",
     "decline", None),
    ("Wäre das nicht eher was für einen Partner mit SPS-Schwerpunkt? Wir kommen ja aus der "
     "Sensorik.", "decline", None),
    ("Quick one before we decide: do they keep the HMI panels? That decides who could take "
     "this on.", "question", None),
    ("Kunden har betalat förskottsfakturan, så nu beställer vi materialet.", "status", "won"),
    ("Unsere Monteure sind seit heute früh im Haus. Auftragswert 18.450 € netto.", "status",
     "won"),
    ("Vaikea sanoa, innostuivatko ne. Tarjous lähti joka tapauksessa perjantaina.", "status",
     "proposal"),
    ("По L-34047: в пятницу встречались у них. А по L-28816 можете закрывать: заказчик ушёл "
     "к другому подрядчику.", "status", "meeting"),
])
def test_meaning_that_takes_care(text, intent, status):
    reading = read_reply(text, TODAY, lead_id=34047)
    assert (reading.intent, reading.status) == (intent, status)


def test_announcing_the_next_step_to_an_offer_accepts_it():
    reading = read_reply("Good timing. I'll ring the customer first thing tomorrow.", TODAY,
                         answering="offer")
    assert reading.intent == "accept"
    report = read_reply("I called him this morning, we agreed I'll call him again next week.",
                        TODAY)
    assert (report.intent, report.status) == ("status", "contacted")


@pytest.mark.parametrize(("text", "status"), [
    # set 45, ordinary status reports with a little context
    ("Hei, tämä jäi meiltä saamatta. Asiakas päätti jatkaa nykyisellä järjestelmällä.", "lost"),
    ("Вчера встретились с директором по производству. Сейчас готовим коммерческое "
     "предложение.", "meeting"),
    ("Soitin kiinteistöpäällikölle tiistaina, ja hän pyysi lähettämään esitteen ja alustavan "
     "hinta-arvion.", "contacted"),
])
def test_ordinary_reports_with_a_little_context(text, status):
    assert read_reply(text, TODAY).status == status


@pytest.mark.parametrize(("text", "status"), [
    # set 48, typed on a phone: shorthand spelled out before reading
    ("mtg booked w/ cust thu 21.9 at 10am", "meeting"),
    ("finaly reached the cust by phone yday, early days still", "contacted"),
    ("Einkäufer am Tel gehabt, klingt interessiert. meldet sich nä. Wo.", "contacted"),
    ("sori et kesti. palsu sovittu ke 27.9. klo 13", "meeting"),
    ("tarj. lähti tänään", "proposal"),
    ("leider nix geworden, Kd bleibt bei seinem bisherigen Lieferanten", "lost"),
    ("Bestellung ist heute reingekommen 😀 läuft", "won"),
    ("клиент согласился, запускаем заказ 🙂", "won"),
    # the customer (заказчик) confirming a meeting is no order
    ("Заказчик подтвердил встречу на вторник.", "meeting"),
])
def test_phone_shorthand(text, status):
    reading = read_reply(text, TODAY)
    assert (reading.intent, reading.status) == ("status", status)


@pytest.mark.parametrize(("text", "amount"), [
    ("quote out 11k", Decimal("11000")),
    ("Zuschlag bekommen, 32,5k", Decimal("32500")),
    ("КП ушло, 180к", Decimal("180000")),
    ("we need 5k units quoted", None),  # a quantity
    ("budget is around 20k, quote sent", None),
])
def test_thousands_written_short_without_a_currency(text, amount):
    reading = read_reply(text, TODAY)
    assert (reading.amount, reading.currency) == (amount, None)


def test_not_knowing_where_it_stands_is_no_report():
    reading = read_reply("Asiakas ensin tilasi, sitten perui tilauksen. En osaa sanoa, missä "
                         "mennään.", TODAY)
    assert reading.intent is None


@pytest.mark.parametrize(("text", "status"), [
    # set 47, key-account managers: the next step is not reached
    ("We held the kick-off meeting at their plant. Our proposal will follow in two weeks.",
     "meeting"),
    ("Vi träffade driftschefen på plats. Nu räknar vi på offerten, som går ut i slutet av "
     "månaden.", "meeting"),
    ("Vor-Ort-Termin für Dienstag vereinbart. Danach machen wir uns ans Angebot.", "meeting"),
    ("Präsentation war am Donnerstag. Als Nächstes erarbeiten wir bis Ende September ein "
     "Angebot.", "meeting"),
    # an order placed with someone else is lost; a promise does not swallow the next clause
    ("They placed the order with Nordtherm. I'll stay in touch for their next phase, but this "
     "one is gone.", "lost"),
    ("They extended their framework agreement with their current supplier. Please close the "
     "lead.", "lost"),
    # a released purchase order, a confirmed deal, an order value with a thousands comma
    ("Their purchasing department released the purchase order yesterday.", "won"),
    ("Order value is €18,240 + VAT.", "won"),
    ("Kunden har lagt ordern!", "won"),
    # "kävimme tarpeet läpi": discussed on the phone, no visit
    ("Olin puhelimitse yhteydessä, ja kävimme heidän tarpeensa alustavasti läpi.",
     "contacted"),
    ("Sain asiakkaan yhteyshenkilön kiinni vasta maanantaina.", "contacted"),
])
def test_account_managers_reports(text, status):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == ("status", status)


def test_a_yes_in_a_status_answer_is_no_accept():
    # "otan mukaan X" (I'll bring X along) answering "how is the lead going?"
    reading = read_reply("Sovimme esittelyn tiistaiksi, ja otan mukaan insinöörimme.", TODAY,
                         answering="status")
    assert (reading.intent, reading.status) == ("status", "meeting")
    offer = read_reply("Kyllä, otetaan. Sovimme tapaamisen asiakkaan kanssa.", TODAY,
                       answering="offer")
    assert offer.intent == "accept"


@pytest.mark.parametrize(("text", "status"), [
    # set 50, technical sales engineers: a site survey or field measurement is a visit
    ("Förlåt att svaret dröjt. Vi har bokat en platsbesiktning onsdag 18.10 kl. 13 tillsammans "
     "med kundens fastighetstekniker.", "meeting"),
    ("Kävin perjantaina Hervannassa tekemässä kenttämittaukset. Kolme hallia, kattokorkeus "
     "noin 11 m.", "meeting"),
    # the project is off the table for us: lost, whatever the pilot showed
    ("Der Probelauf lief einwandfrei, aber das Projekt ist trotzdem vom Tisch. Für uns ist da "
     "nichts mehr zu holen.", "lost"),
    # set 51: reached someone on the phone, nothing booked
    ("Finally got their maintenance manager on the phone yesterday. He'll email me the "
     "drawings this week. Nothing booked yet.", "contacted"),
])
def test_technical_reports(text, status):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == ("status", status)


@pytest.mark.parametrize(("text", "answering"), [
    # the writer cannot say yet: neither a yes nor a report
    ("Puoliksi kiinnostaa. Kohde sopisi meille hyvin, mutta asentajia ei ole vapaana. En osaa "
     "vielä sanoa kyllä enkä ei.", "offer"),
    ("Tekniskt sett är det precis vår grej. Men jag vet ärligt talat inte om vi hinner. Jag "
     "återkommer när jag pratat med dem.", "offer"),
    ("Honestly, I'm not sure what to tell you on this one. There is a quote in our system with "
     "this customer's name on it, but it looks like it was for their other plant.", "status"),
    # a yes that holds only if the customer waits, and otherwise gives the lead away
    ("Возьмём, если клиент готов подождать с монтажом до середины декабря. Если ждать он не "
     "может, то лучше отдайте лид кому-нибудь другому.", "offer"),
    ("We'd take it if the customer can wait until December; otherwise give it to someone "
     "else.", "offer"),
])
def test_undecided_answers_are_not_guessed(text, answering):
    reading = read_reply(text, TODAY, answering=answering)
    assert (reading.intent, reading.status) == (None, None)


@pytest.mark.parametrize("text", [
    # set 50: out on a commissioning job, reading mail now and then
    "Я на пусконаладке на объекте заказчика до четверга, почту читаю редко.",
    "Olen käyttöönotossa asiakkaan kohteessa torstaihin 12.10. asti.",
    "I'm on a commissioning job this week and checking email only occasionally.",
    "Ich bin bei einer Inbetriebnahme und lese E-Mails nur sporadisch.",
    "Jag är på driftsättning hos kund och läser mejl sporadiskt.",
])
def test_an_autoreply_of_someone_out_on_a_job_is_an_absence(text):
    from mailbot.inbound.classify import OUT_OF_OFFICE
    assert OUT_OF_OFFICE.search(text)


@pytest.mark.parametrize(("text", "status"), [
    # set 52, status reports with context, a fourth sample
    ("Spoke with their facilities manager on Friday afternoon. Once I have the floor plan I'll "
     "suggest a date to walk the site.", "contacted"),
    ("Unfortunately it's a no. The city decided to bundle the sensors into the main HVAC "
     "contract, and the contractor who won that uses their own supplier.", "lost"),
    ("Am 17.10. waren mein Kollege Jonas Berger und ich mit dem Haustechniker im Archivkeller. "
     "Das Angebot schreiben wir, sobald er uns die Grundrisse geschickt hat.", "meeting"),
    ("Sain perjantaina tuotantopäällikkö Heikki Rannan puhelimeen. Hän halusi ensin nähdä "
     "esitteen, joten lähetin sen samana päivänä.", "contacted"),
    ("Kävimme Jannen kanssa konepajalla 16.10. ja kierrettiin koko tuotantolinja. Seuraavaksi "
     "laskemme tarjouksen, mutta tarvitsemme vielä tiedon verkosta.", "meeting"),
    ("Asiakas päätti olla jatkamatta. Kävimme heillä syyskuussa ja tarjous lähti heti perään.",
     "lost"),
    ("Hallo, leider wird das nichts. Beim Termin im September war Herr Zeller noch sehr "
     "interessiert.", "lost"),
    ("Kunden har meddelat att de inte går vidare med oss. Efter mötet i slutet av september "
     "bad de om en mer detaljerad plan.", "lost"),
    ("They accepted our revised offer this morning.", "won"),
])
def test_reports_with_context_fourth_sample(text, status):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == ("status", status)


@pytest.mark.parametrize(("text", "amount"), [
    # the amount agreed in the end, not the first offer
    ("Договор подписан вчера. Сначала выставляли 3 600 000 ₽, в итоге сошлись на 3 275 000 ₽ "
     "без НДС.", 3275000),
    ("Die Spedition hat gestern unterschrieben. Unser erstes Angebot lag bei 46.000 €, nach der "
     "Verhandlung mit dem Einkauf haben wir uns auf 42.750 € netto geeinigt.", 42750),
    ("They accepted our revised offer. The first version was 23 800 € but they dropped the "
     "second gateway, so the final order is €21,340 net.", 21340),
    # money set aside is a budget, also written short
    ("Spoke with their facilities manager. She mentioned they have roughly 8k set aside for "
     "this year.", None),
])
def test_the_agreed_amount_not_the_first_or_the_budget(text, amount):
    assert read_reply(text, TODAY, answering="status").amount == amount


def test_not_knowing_where_it_stands_no_report_nor_question():
    text = ("Honestly I can't tell you where this one stands right now. His CRM notes say both "
            "\"quote sent 12.10.\" and \"customer not interested, closing\".")
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == (None, None)
    question = ("Kurze Frage vorab: Geht es um eine reine Nachrüstung, oder will der Kunde die "
                "Sensoren an sein Leitsystem anbinden? Im zweiten Fall müssten wir wissen, "
                "welcher Hersteller dort verbaut ist, sonst kann ich den Aufwand nicht "
                "einschätzen.\n\nWenn Sie mir das sagen können, melde ich mich gleich zurück.")
    assert read_reply(question, TODAY, answering="offer").intent == "question"


@pytest.mark.parametrize(("text", "status", "amount", "currency"), [
    # set 53, end of quarter: the net amount when gross is written too
    ("Das Klinikum hat den Auftrag erteilt. Auftragssumme 23.681,00 € brutto, das sind "
     "19.900,00 € netto.", "won", 19900, "EUR"),
    ("Kunden skrev på i torsdags. Ordervärde 21 460,50 € inkl. moms, alltså 17 100 € exkl. "
     "moms.", "won", 17100, "EUR"),
    ("Asiakas hyväksyi tarjouksemme ja tilasi. Summa on 15 562,00 € sis. alv 25,5 %, veroton "
     "hinta 12 400,00 €.", "won", 12400, "EUR"),
    ("Клиент оплатил счёт: 2 196 000 ₽ с НДС, то есть 1 800 000 ₽ без НДС.", "won", 1800000,
     "RUB"),
    # notations of the order value, and ways to say it is won
    ("Die Bestellung ist gestern eingegangen, 14 200,– EUR netto.", "won", 14200, "EUR"),
    ("Quick one before year-end: this closed on Tuesday. €14.2k net, their PO is already in "
     "our system.", "won", 14200, "EUR"),
    ("Nu är ordern här! Sågverket beställde i går, SEK 96 500:- exkl. moms.", "won", 96500,
     "SEK"),
    ("Teilerfolg: Bauabschnitt 1 ist fest beauftragt, 16.800 € netto. Bauabschnitt 2 (grob "
     "22.000 €) ist noch offen.", "won", 16800, "EUR"),
    ("Der ist leider weg. Der Kunde hat das System des Anlagenbauers genommen. Da hatten wir "
     "keine Chance mehr.", "lost", None, None),
])
def test_end_of_quarter_reports(text, status, amount, currency):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status, reading.amount, reading.currency) == \
        ("status", status, amount, currency)


def test_not_knowing_where_we_stand_in_swedish_word_order():
    reading = read_reply("Hej, ärligt talat vet jag inte var vi står. På mötet sa de ja, men "
                         "sedan dess har inköp varit tysta.", TODAY, answering="status")
    assert (reading.intent, reading.status) == (None, None)


def test_asking_to_mark_it_closed_is_no_win():
    text = "I've decided to drop this one. So please mark it closed from our side."
    assert read_reply(text, TODAY, answering="status").status == "lost"


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    # set 54, English as a second language
    ("We were at the customer's place on Thursday 4.1., they showed us all the pumps. Now we "
     "make the offer, it is ready probably next week.", "status", "status", "meeting"),
    ("Short info: we have a date with the customer on Wednesday, 17.1., at 10 o'clock in their "
     "plant.", "status", "status", "meeting"),
    ("Unfortunately we must leave this one. Our both technicians are in Oulu whole January. "
     "Please give it to somebody else.", "offer", "decline", None),
    ("We have to say no for this one. We don't have the ATEX certification for ex-zones.",
     "offer", "decline", None),
])
def test_english_as_a_second_language(text, answering, intent, status):
    reading = read_reply(text, TODAY, answering=answering)
    assert (reading.intent, reading.status) == (intent, status)


def test_someone_else_may_take_it_is_a_swedish_no():
    reading = read_reply("Hej, tack, men den här får någon annan ta. Vi har inga montörer "
                         "lediga före påsk.", TODAY, answering="offer")
    assert reading.intent == "decline"


@pytest.mark.parametrize(("text", "status"), [
    # set 56, reports by people who are not salespeople
    ("Mikko pyysi kertomaan, että hinta on lähetetty Hakalan kanalalle viime viikolla.",
     "proposal"),
    ("nothing came of this one. customer's brother in law is an electrician and he's doing the "
     "job himself. oh well", "lost"),
    ("Juttelin asiakkaan kanssa puhelimessa. Haluavat ensin jonkinlaisen hinta-arvion ennen kuin "
     "kukaan tulee paikan päälle.", "contacted"),
    ("Бумаги подписаны, заказчик дал добро. В понедельник начинаем монтаж.", "won"),
    ("Siitä ei tullu mitään. Asiakas päätti tehdä sen omilla miehillä.", "lost"),
    ("Da wird nix draus. Der Kunde verkauft die Halle.", "lost"),
    ("Käytiin Tonin kanssa eilen katsomassa kohde. Kattilahuone on ahdas mut kyllä sinne "
     "mahtuu.", "meeting"),
    ("Har snackat med gubben på gården i telefon. Han ska kolla med sonen.", "contacted"),
    ("I take care of the invoicing here, so I can't say much about the technical side, but the "
     "customer paid our invoice for this job last Friday.", "won"),
    ("Die Zahlung auf unsere Schlussrechnung über 4.275,00 EUR netto ist heute eingegangen.",
     "won"),
    ("we're going to look at the cowshed at Hakala farm on Thursday the 25th, 7 am.", "meeting"),
    ("Kiinteistö Oy Rantapuisto maksoi laskumme eilen, 12 060,00 € alv 0 %.", "won"),
    ("Stefan lässt ausrichten, dass der Auftrag an einen anderen Elektriker gegangen ist.",
     "lost"),
    ("Was out at the bakery first thing today with Toni. Measured the proofing room. I'll work "
     "out the numbers at the weekend.", "meeting"),
    ("War heute in der Früh bei der Metzgerei und hab mir die Kühlräume angeschaut. Aufmaß ist "
     "gemacht, das Angebot schreib ich am Wochenende.", "meeting"),
    # set 57, hard meaning: a loss nearly suffered, then won; someone else "won"
    ("We very nearly lost this one before Christmas. Then yesterday they signed our offer, "
     "€21,640 net.", "won"),
    ("Den här affären var nära att gå förlorad. Men i fredags skrev de på, och ordern är på "
     "212 500 kr exkl. moms.", "won"),
    ("Мы этого клиента чуть не потеряли в декабре. Но вчера договор подписан: 1 845 000 руб. "
     "без НДС.", "won"),
    ("Ehrlich gesagt hatte ich den Kunden schon abgeschrieben. Gestern kam dann völlig "
     "überraschend die Bestellung, 14.760 € netto.", "won"),
    ("Meinattiin hävitä tämä ihan loppumetreillä. Perjantaina tuli allekirjoitettu tilaus: "
     "16 380 € + alv.", "won"),
    ("Short version: Vibrotec won it. The customer went with their package in the end.", "lost"),
    ("Tyvärr var det Nordsens som vann upphandlingen. Vi kom tvåa på priset.", "lost"),
    ("Gewonnen hat leider die Firma Kessler Messtechnik. Für uns ist das Thema erledigt.",
     "lost"),
    # a meeting that fell through, or that it is too early to talk about
    ("Der Termin, den wir für gestern ausgemacht hatten, ist leider geplatzt. Bisher haben wir "
     "also nur zweimal mit Herrn Obermeier telefoniert.", "contacted"),
    ("Про встречу говорить рано. Пока мы только обменялись парой писем с их энергетиком.",
     "contacted"),
])
def test_everyday_words_and_hard_meaning(text, status):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == ("status", status)


def test_we_won_it_is_still_ours():
    assert read_reply("We won it! Signed yesterday.", TODAY, answering="status").status == "won"


@pytest.mark.parametrize(("text", "intent"), [
    ("Ich wäre dafür, Herr Maier ist dagegen. Wir setzen uns heute Nachmittag zusammen, vorher "
     "kann ich weder ja noch nein sagen.", None),
    ("Ok, luettu. Katson asentajien kalenterit iltapäivällä ja palaan asiaan.", None),
    ("Nehmen wir gerne! – Nein, halt, ich muss mich korrigieren: Unser Monteur ist "
     "krankgeschrieben. Wir müssen diesmal passen.", "decline"),
    ("Mein erster Gedanke war nein – Rosenheim liegt nicht vor unserer Haustür. Dann habe ich "
     "mit Herrn Maier gesprochen.\n\nAlso doch: Wir übernehmen den Lead.", "accept"),
    ("Почему бы и нет? Котельную мы хорошо знаем. Присылайте контакты заказчика.", "accept"),
    ("Mikä ettei? Ollaan tehty samalle konsernille anturointia. Laita tiedot tulemaan.",
     "accept"),
    ("Jag har vänt och vridit på den här hela förmiddagen. Det är en kund vi gärna skulle ha. "
     "Så svaret blir nej den här gången.", "decline"),
])
def test_answers_to_offers_with_hard_meaning(text, intent):
    assert read_reply(text, TODAY, answering="offer").intent == intent


def test_not_sure_what_to_answer_in_finnish():
    text = ("En ole ihan varma, mitä tähän pitäisi vastata. Mikko sanoi, ettei tästä tule "
            "mitään, mutta eilen asiakas soitti.")
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == (None, None)


@pytest.mark.parametrize(("text", "amount"), [
    # set 58: in a won deal, the order's figure, not the quote's told as history
    ("Wir hatten dem Hotel im Januar ein Angebot über 16.300 € gemacht. Heute hat er den "
     "Auftrag für den Neubau unterschrieben zurückgeschickt: 9.840 € netto.", 9840),
    ("We quoted them 21 900 € for the monitoring. This morning their signed purchase order "
     "arrived: 19 450 € net.", 19450),
    ("Tarjosimme joulukuussa 24 300 €. Tänään tuli tilausvahvistus: 17 980 € alv 0 %.", 17980),
    ("Vi lämnade offert i december på 96 000 kr. I dag kom deras beställning på 88 400 kr "
     "exkl. moms.", 88400),
    ("В январе мы отправили клиенту предложение на 2 480 000 руб. В пятницу договор на "
     "2 215 000 ₽ без НДС подписан.", 2215000),
])
def test_a_won_deal_is_the_orders_amount_not_the_quotes(text, amount):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.status, reading.amount) == ("won", amount)


@pytest.mark.parametrize(("text", "amount"), [
    # a budget set aside earlier is no quote ("oli varannut", "заложили")
    ("Kaupunki oli varannut hankkeelle noin 15 000 euroa. Tarjous lähti heille perjantaina: "
     "12 860 € + alv.", 12860),
    ("Изначально они заложили около 2 млн рублей на весь проект. В пятницу отправили КП на "
     "1 365 000 руб. без НДС.", 1365000),
])
def test_a_proposal_is_not_the_budget_set_aside(text, amount):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.status, reading.amount) == ("proposal", amount)


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    ("We finally met on site yesterday and walked through the two buildings. I'm now preparing "
     "the material for a proposal, which should go out next week.", "status", "status",
     "meeting"),
    ("Tänään tuli sähköposti, että he ovat valinneet toisen toimittajan.", "status", "status",
     "lost"),
    ("Ja, das machen wir. Unser Techniker ruft den Kunden morgen früh an und vereinbart einen "
     "Termin.", "offer", "accept", None),
    ("Ich habe ihm deshalb am Freitag eine Mail geschrieben. Gestern kam seine Antwort.",
     "status", "status", "contacted"),
    ("Toimitusjohtaja sanoi, että homma on meidän, mutta osto pyytää hintoja muilta. En osaa "
     "sanoa, olemmeko voittaneet vai vasta alussa.", "status", None, None),
    ("Leider hat es nicht geklappt. Der Kunde nimmt das System seines Elektrikers.", "status",
     "status", "lost"),
    ("Hallo, danke, aber diesmal nicht. Bitte weitergeben.", "offer", "decline", None),
    ("Договорились с клиентом: приедем к ним на склад в четверг, 1 марта, к 10 утра.", "status",
     "status", "meeting"),
])
def test_fifth_context_sample_and_an_ordinary_fortnight(text, answering, intent, status):
    reading = read_reply(text, TODAY, answering=answering)
    assert (reading.intent, reading.status) == (intent, status)


def test_a_russian_bottom_posted_answer_below_pisal():
    from mailbot.inbound.replies import new_text
    body = ("Mailbot писал 2029-02-04 06:02:\n> Как дела с лидом?\n> --\n\nЗдравствуйте,\n\n"
            "проект закрыт, эту сделку мы потеряли.\n\nМикко\n")
    assert "потеряли" in new_text(body)


@pytest.mark.parametrize(("text", "amount", "currency"), [
    # set 60, hurried phone replies: amounts written short
    ("kauppa syntyi 🙂 9800e alv 0%, tilaus tuli tänään", 9800, "EUR"),
    ("offert skickad förra veckan, 96 t.kr ex moms", 96000, "SEK"),
    ("КП ушло вчера, 1,2 ляма руб без ндс", 1200000, "RUB"),
])
def test_amounts_typed_on_a_phone(text, amount, currency):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.amount, reading.currency) == (amount, currency)


def test_a_meeting_still_open_is_no_meeting():
    reading = read_reply("kunde am tel gehabt, schickt bis fr die pläne. termin noch offen",
                         TODAY, answering="status")
    assert (reading.intent, reading.status) == ("status", "contacted")


@pytest.mark.parametrize(("text", "intent"), [
    # set 61, answers to offers with questions and conditions
    ("We already know this project; our quote went to them on 23 February. We don't want to "
     "compete with ourselves, so please count this as a no from us.", "decline"),
    ("Если заказчик оплачивает командировочные, то возьмём. Это можно уточнить? Иначе Оулу для "
     "нас невыгоден.", "question"),
    ("Låter bra, det gör vi. En sak undrar jag: har kunden fast internet i lagret?", "accept"),
    ("Mikä logiikka siellä on nyt? Jos Siemens S7-300, meillä on osaamista. Kertokaa niin "
     "katsotaan.", "question"),
    ("Das übernehmen wir. Kurze Frage am Rande: Gibt es schon Grundrisse? Wenn nicht, klären "
     "wir das direkt mit dem Kunden.", "accept"),
    ("Ei onnistu, Kuusamo on meiltä aivan liian kaukana. Yhden käynnin takia ajaisi yli 600 km.",
     "decline"),
    ("Ja, machen wir gern. Ich melde mich morgen früh beim Kunden und stimme einen Termin zur "
     "Besichtigung ab.", "accept"),
    ("Zusage von uns, wir kümmern uns drum. Vor Ort sind wir frühestens in KW 12.", "accept"),
    ("Den Kunden betreuen wir schon über unseren Großhändler. Bitte nicht doppelt vergeben, wir "
     "nehmen den Lead deshalb nicht an.", "decline"),
    ("Готовы взяться. Единственное условие: с новым клиентом работаем по предоплате 30 %.",
     "accept"),
])
def test_offer_answers_with_questions_and_conditions(text, intent):
    assert read_reply(text, TODAY, answering="offer").intent == intent


def test_an_autoreply_from_a_trade_fair_stand_is_an_absence():
    from mailbot.inbound.classify import OUT_OF_OFFICE
    assert OUT_OF_OFFICE.search("Jag står i vår monter på Automationsmässan i Göteborg och "
                                "hinner knappt läsa mejl.")


@pytest.mark.parametrize(("text", "status", "amount"), [
    # set 62, status reports with context, a sixth sample
    ("Unser ursprüngliches Angebot vom 20. Februar lautete auf 37.937,50 €. Der Kunde hat den "
     "Auftrag erteilt; der Auftragswert beträgt somit 36.420 € zzgl. MwSt.", "won", 36420),
    ("Wir hatten dem Kunden zunächst einen Richtpreis von rund 52.000 EUR genannt. Unser "
     "verbindliches Angebot beläuft sich nunmehr auf 48.760,00 EUR netto.", "proposal", 48760),
    ("First call on 27 Feb. We gave them a first budgetary figure of €34,900. On 12 March we "
     "sent the formal quotation, €31,400 excl. VAT.", "proposal", 31400),
    ("This customer first contacted us about a single flow meter, and that went nowhere. I "
     "called their engineer and we agreed on a meeting on site on Tuesday 20 March. So, in "
     "short: the meeting is booked.", "meeting", None),
    ("Встретились с клиентом во вторник, 13 марта. На следующей неделе готовим и отправляем КП.",
     "meeting", None),
    ("Tom rang the customer yesterday. They'll come back to us after their own internal "
     "meeting next week.", "contacted", None),
    ("Der Vorgang hat sich leider erledigt: das Vorhaben wurde ersatzlos gestrichen.", "lost",
     None),
    ("Tää meni nyt harmittavasti ohi. Kävin heillä kahdesti ja tarjouskin ehti lähteä.", "lost",
     None),
    ("1. Offert lämnad 27.2. efter besök 20.2.\n2. Kunden har valt en annan leverantör.", "lost",
     None),
    ("1. Besöket hos kunden är gjort, tisdag 13.3.\n2. Offerten skickas senast 23.3.", "meeting",
     None),
    ("1. Kunden har tackat ja.\n2. Slutsumma 12 380 euro exkl. moms.", "won", 12380),
    ("Soitin asiakkaalle tiistaina. Käymään en ole vielä päässyt enkä mitään ole tarjonnut, eli "
     "ihan alkuvaiheessa ollaan.", "contacted", None),
])
def test_reports_with_context_sixth_sample(text, status, amount):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status, reading.amount) == ("status", status, amount)


def test_a_quote_for_the_first_year_is_no_earlier_figure():
    text = ("We sent the quote on Friday: sensors, gateways and the first year of the cloud "
            "service, €14,900 excl. VAT in total.")
    assert read_reply(text, TODAY, answering="status").amount == 14900


@pytest.mark.parametrize(("text", "intent", "status", "amount"), [
    # typed on a phone: typos, slang, lowercase, Russian in Latin letters
    ("quote went out tuesday, qouted them the full system", "status", "proposal", None),
    ("kunde hat gestern auf unsere mail geantwortet, will noch referenzen", "status",
     "contacted", None),
    ("ollaan oltu puhelimitse yhteyksissä, ne haluu esitteen ennenku sovitaan palaverista",
     "status", "contacted", None),
    ("käytiin eilen paikan päällä, tarjouksen tehdään ens viikolla", "status", "meeting", None),
    ("были у клиента в среду. кп будем готовить после праздников", "status", "meeting", None),
    ("predlozhenie otpravil vchera, zhdu otveta", "status", "proposal", None),
    ("klient podtverdil zakaz segodnya", "status", "won", None),
    ("kaupat tehtiin, 14,5 tonnia + alv", "status", "won", 14500),
    ("sopimus allekirjotettu tänään 👍", "status", "won", None),
    ("ei tullu kauppoja, hinta ei kelvannu", "status", "lost", None),
    ("de gick på konkurrentens offert tyvärr", "status", "lost", None),
    ("satsningen lades ner efter nyår", "status", "lost", None),
    ("they went for the competitor's offer in the end", "status", "lost", None),
    ("asiakas sano et tilaa, mut sit toinen sano et ei. en tiiä, selvittelen", None, None,
     None),
    ("I don't know yet, I'm finding out where the quote stands", None, None, None),
])
def test_reports_typed_on_a_phone(text, intent, status, amount):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status, reading.amount) == (intent, status, amount)


@pytest.mark.parametrize("text", [
    # a plain yes to an offer that names what comes next takes the offer
    "Sopii. Soitan asiakkaalle vielä tänään.",
    "Ok, thanks. I'll ring them this afternoon.",
    "Käy meille, käydään paikan päällä ensi viikolla.",
    "Otetaan työn alle, asiakas on tuttu.",
])
def test_a_yes_to_an_offer_with_its_next_step_accepts(text):
    assert read_reply(text, TODAY, answering="offer").intent == "accept"


@pytest.mark.parametrize(("text", "status"), [
    # status reports that tell a story (a seventh sample)
    ("Visit done Tuesday with their maintenance lead.\nNext: we prepare the quotation by "
     "Friday.", "meeting"),
    ("Встретились на объекте во вторник.\nСледующий шаг: коммерческое предложение до пятницы.",
     "meeting"),
    ("Wir waren gestern beim Kunden. Das Angebot schreiben wir nächste Woche.", "meeting"),
    ("Termin vereinbart für den 22.05.\n- Wettbewerb: die Konkurrenz hat schon ein Angebot "
     "abgegeben", "meeting"),
    ("They had a week of lost production last winter. First contact made with the plant "
     "manager today.", "contacted"),
    ("Das Vorhaben wurde vom Vorstand gestrichen.", "lost"),
    ("Der Zuschlag geht an Klimatec, nicht an uns.", "lost"),
    ("Det här blir ingenting för vår del, budgeten försvann.", "lost"),
    ("Valitettavasti asiakas valitsi Nordautomaation.", "lost"),
    ("Получили от заказчика подписанный договор, контракт наш.", "won"),
    ("Igår skrev hon under avtalet.", "won"),
    ("I tisdags var vi hos kunden och gick igenom pannhuset.", "meeting"),
    ("Puhuttu käyttöpäällikön kanssa eilen.", "contacted"),
    ("Начальник склада мне вчера перезвонил.", "contacted"),
    ("Fick äntligen tag på inköparen i dag.", "contacted"),
    ("Our quote went out to the customer yesterday, EUR 9,800 net.", "proposal"),
    ("Заказчик утвердил КП, на прошлой неделе внёс аванс.", "won"),
    ("Kävimme asiakkaalla eilen. Tarjous lähtee ensi viikon lopulla.", "meeting"),
])
def test_status_reports_with_a_story(text, status):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == ("status", status)


@pytest.mark.parametrize(("text", "amount"), [
    ("Won. List price would have been €29,300; after 5 % off the order is €27,835 net.", 27835),
    ("Quote sent. Their approval limit is USD 50,000; our quote is USD 42,600.", 42600),
])
def test_a_list_price_or_an_approval_limit_is_no_deal_amount(text, amount):
    assert read_reply(text, TODAY, answering="status").amount == amount


@pytest.mark.parametrize(("text", "intent"), [
    ("Laitetaan tämä meille, Aino hoitaa.", "accept"),
    ("Vi är med, det här passar oss bra.", "accept"),
    ("Jag vet int riktigt själv, jag har ingen aning just nu.", None),
    ("My colleague wants it, I don't think we have time. We can't give you an answer yet.", None),
])
def test_answers_to_offers_in_plain_words(text, intent):
    assert read_reply(text, TODAY, answering="offer").intent == intent


@pytest.mark.parametrize(("text", "status", "amount"), [
    # public tenders and other trades (set 68)
    ("We sent our clarification questions on the tender documents; no bid yet.", "contacted",
     None),
    ("Wir haben zwei Bieterfragen gestellt, ein Angebot gibt es noch nicht.", "contacted", None),
    ("Our bid went in through the portal on Monday. The ceiling is EUR 250,000.", "proposal",
     None),
    ("Заявку на участие в аукционе подали вчера, НМЦК 4,2 млн руб.", "proposal", None),
    ("Anbudet till kommunens upphandling av givare lämnades in i fredags.", "proposal", None),
    ("We are the selected supplier; the appeal period runs until Friday.", "won", None),
    ("Die Vergabeentscheidung ist zu unseren Gunsten gefallen. Auftragswert 48.730 € netto.",
     "won", 48730),
    ("Kommunen har valt vårt anbud, kontraktsvärde 312 000 kr exkl. moms.", "won", 312000),
    ("Hyvinvointialue valitsi tarjouksemme, valitusaika on kesken.", "won", None),
    ("По итогам мы признаны победителем, цена контракта 2 870 000 руб. при НМЦК 3 600 000 руб.",
     "won", 2870000),
    ("Победителем признан другой участник, обжаловать не будем.", "lost", None),
    ("Der Zuschlag ging an einen anderen Bieter, wir lagen auf Platz zwei.", "lost", None),
    ("Kontraktet tilldelades en annan anbudsgivare.", "lost", None),
    ("Sopimus meni toiselle tarjoajalle, emme hae oikaisua.", "lost", None),
    ("The council handed the whole contract to their framework contractor.", "lost", None),
    ("Tämä kaatui rahoitukseen.", "lost", None),
    ("Last year they lost a batch of vaccines. We walked through their cold rooms today.",
     "meeting", None),
    ("Вчера были на объекте, осмотрели котельную.", "meeting", None),
    ("Hatte heute den Bauleiter der ARGE am Telefon.", "contacted", None),
    ("Our tender went in on Monday.", "proposal", None),
])
def test_tenders_and_other_trades(text, status, amount):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status, reading.amount) == ("status", status, amount)


@pytest.mark.parametrize("text", [
    "Honestly I can't give you a clean status on this one until I know which is true.",
    "Da muss ich vorerst passen: ob er schon mit dem Kunden gesprochen hat, weiß ich nicht.",
    "Сам не понимаю, на каком мы этапе: договор то ли подписан, то ли нет.",
])
def test_no_status_known_is_not_guessed(text):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == (None, None)


def test_a_confidential_price_is_news_not_a_disclaimer():
    body = ("Hi,\n\nOur tender went in through the portal on 6 June. Our own price stays "
            "confidential until the tenders have been opened.\n\nKind regards,\nPia\n")
    assert "tender went in" in new_text(body)
    body += ("\nThis e-mail is confidential and intended solely for the addressee.\n")
    assert "intended solely" not in new_text(body)


@pytest.mark.parametrize(("text", "intent", "status"), [
    # an ordinary week's inbox at midsummer (set 69)
    ("Der Einkaufsleiter hat uns für Montag, 9:00 Uhr, ins Werk eingeladen.", "status",
     "meeting"),
    ("Tarjous lähti ehkä viime viikolla, en siis osaa sanoa, missä mennään.", None, None),
])
def test_midsummer_week_reports(text, intent, status):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == (intent, status)


def test_a_yes_that_asks_for_the_customers_details_accepts():
    text = "Juuri meidän alaamme. Laittakaa asiakkaan tiedot tulemaan, niin soitan heti."
    assert read_reply(text, TODAY, answering="offer").intent == "accept"


def test_an_autoreply_from_a_training_course_is_an_absence():
    from mailbot.inbound.classify import OUT_OF_OFFICE
    assert OUT_OF_OFFICE.search("jag är på utbildning måndag–tisdag och läser inte mejl")
    assert OUT_OF_OFFICE.search("Ich bin auf einer Schulung und lese meine E-Mails nicht.")


@pytest.mark.parametrize(("text", "intent", "status"), [
    # answers to overdue feedback requests (set 71)
    ("Besichtigung war am 12.7. Das Angebot wird gerade kalkuliert.", "status", "meeting"),
    ("Site visit done last week. The quote is being prepared.", "status", "meeting"),
    ("Встречались на объекте. Коммерческое предложение будем готовить в августе.", "status",
     "meeting"),
    ("Kävimme paikan päällä. Tarjousta päästään tekemään elokuussa.", "status", "meeting"),
    ("Kunde erreicht. Er will nach dem Urlaub einen Termin ausmachen.", "status", "contacted"),
    ("Nach zwei Angebotsrunden hat die Firma die Bestellung geschickt.", "status", "won"),
    ("The quote went out last week, or maybe it is still a draft. Not sure, I'll check.", None,
     None),
])
def test_answers_to_overdue_requests(text, intent, status):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "intent", "status", "amount"), [
    # status reports written like CRM notes (set 70)
    ("First quote 19.740 € netto. Then they cut the scope, and on Friday we sent the revised "
     "quote: 14.350 € netto.", "status", "proposal", 14350),
    ("Сумма договора 2 418 000 руб. без НДС, с НДС 2 949 960 руб. Договор подписан.", "status",
     "won", 2418000),
    ("Got through to their maintenance planner on Friday. I sent the datasheets, which she will "
     "pass on.", "status", "contacted", None),
    ("Den Auftrag bekommt ein Mitbewerber. Damit ist der Lead für uns erledigt.", "status",
     "lost", None),
    ("Der Einkauf holt zwei Angebote ein. Wir sehen uns am Mittwoch in Martinsried.", "status",
     "meeting", None),
    ("Olimme tehtaalla torstaina. Tarjous on tarkoitus lähettää elokuussa.", "status", "meeting",
     None),
    ("Sain puhelun läpi varastopäällikölle. Ehdotan tapaamista elokuulle.", "status",
     "contacted", None),
    ("Var hos kunden i tisdags. Offerten är på gång.", "status", "meeting", None),
    ("They are taking their integrator's kit. Nothing more to do on this one.", "status", "lost",
     None),
    ("Проект склада закрыт, закупок по этой теме не будет.", "status", "lost", None),
    ("Ehrlich gesagt kann ich Ihnen gerade keinen sauberen Stand geben.", None, None, None),
    ("Jag blandar ihop två kunder och vet inte säkert vilken som är vilken.", None, None, None),
])
def test_reports_written_like_crm_notes(text, intent, status, amount):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status, reading.amount) == (intent, status, amount)


@pytest.mark.parametrize(("text", "intent", "status"), [
    # samples, trials and plain endings (sets 72 and 73)
    ("We couriered two sample units to their maintenance lead; no prices discussed.", "status",
     "contacted"),
    ("Lähetimme kaksi näyteanturia testattavaksi, hintaa ei vielä annettu.", "status",
     "contacted"),
    ("The loan unit runs on line 2 after our site meeting. She wants a month of data before she "
     "asks us for a quote.", "status", "meeting"),
    ("Tavoitin ostajan puhelimella. Yritän saada käynnin sovittua syyskuussa.", "status",
     "contacted"),
    ("Satsningen i Kristinestad är nedlagt, ägaren har stoppat alla investeringar.", "status",
     "lost"),
    ("Проекта больше нет, датчики там никому не нужны.", "status", "lost"),
    ("Die Ausschreibung ging an einen Anbieter aus Regensburg, wir landeten auf Platz drei.",
     "status", "lost"),
    ("Jag vet ärligt talat inte hur jag ska rapportera den här.", None, None),
    ("Ehrlich gesagt weiß ich nicht, was ich eintragen soll.", None, None),
    ("Не знаю, что ответить: КП то ли ушло, то ли нет.", None, None),
])
def test_samples_trials_and_plain_endings(text, intent, status):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "intent"), [
    ("Da sind wir gern dabei, bitte die Kundendaten an mich.", "accept"),
    ("Jätetään tämä väliin, sinne on neljän tunnin ajo ja kohteessa pitää käydä monesti.",
     "decline"),
    ("Этот лид мы пропустим, пропусков в порт у нас нет.", "decline"),
])
def test_offer_answers_in_everyday_words(text, intent):
    assert read_reply(text, TODAY, answering="offer").intent == intent


def test_a_swedish_we_pass_declines():
    # set 75: "det gör vi inte själva" is no "det gör vi"
    text = "Nej tack, vi passar. Kunden vill ha elinstallation och det gör vi inte själva."
    assert read_reply(text, TODAY, answering="offer").intent == "decline"


@pytest.mark.parametrize(("text", "intent", "status"), [
    # status reports with context, a tenth sample (set 74)
    ("Q: Did we meet them?\nA: Yes, on Wednesday.\nQ: Has a quote gone out?\nA: Yes, sent "
     "yesterday.", "status", "proposal"),
    ("Q: Has a quote gone out?\nA: No, not yet.\nQ: Did we meet them?\nA: Yes, last week.",
     "status", "meeting"),
    ("Wir haben mit dem Einkauf einige Mails hin und her geschickt.", "status", "contacted"),
    ("Der Kunde hat die Ausschreibung aufgehoben, für uns damit erledigt.", "status", "lost"),
    ("Haben den Auftrag nicht bekommen, ging an einen Anbieter aus Augsburg.", "status", "lost"),
    ("I'm afraid this one is over: they must buy from their framework supplier.", "status",
     "lost"),
    ("Tämä ei valitettavasti toteudu, suljemme asian.", "status", "lost"),
    ("Есть заказ! Пришло подтверждение от клиента.", "status", "won"),
    ("Aino kävi maanantaina asiakkaan varastolla ja kiersi tilat.", "status", "meeting"),
    ("War gestern draußen und hab mir die Halle angeschaut. Der Kunde will jetzt ein Angebot, "
     "das schreibt der Chef.", "status", "meeting"),
    ("I've had their facility guy on the phone twice; no visit yet.", "status", "contacted"),
    ("Ich weiß ehrlich gesagt nicht, was ich Ihnen melden soll.", None, None),
])
def test_reports_with_context_tenth_sample(text, intent, status):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "status"), [
    # loss words in a sentence about something else are no loss
    ("Det blir inget problem med leveransen, offerten är skickad.", "proposal"),
    ("Die Rechnung ging nicht an uns, aber das Angebot ist raus.", "proposal"),
    ("Toimitus ei vielä toteudu tällä viikolla, mutta tilaus tuli.", "won"),
    ("Der Zuschlag geht an uns!", "won"),
])
def test_loss_words_about_something_else(text, status):
    assert read_reply(text, TODAY, answering="status").status == status


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    # a request to be called reports no call; a lone "?" asks nothing we could answer
    ("call me", "offer", None, None),
    ("Ruf mich bitte an.", "status", None, None),
    ("soita mulle", "status", None, None),
    ("Позвоните мне.", "offer", None, None),
    ("Call me tomorrow. We had a phone call with them already", "status", "status",
     "contacted"),
    ("?", "offer", None, None),
    ("?? welche Firma ist das?", "offer", "question", None),
])
def test_requests_and_bare_marks(text, answering, intent, status):
    reading = read_reply(text, TODAY, answering=answering)
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    # a meeting called off is neither a meeting nor a loss; what came after it counts
    ("Der erste Termin am 18.09. ist geplatzt, weil der Kunde absagen musste. Gestern waren "
     "wir dann aber vor Ort und haben alles aufgenommen.", "status", "status", "meeting"),
    ("Vi hade bokat ett möte den 27 september, men de ställde in samma morgon. Sedan dess har "
     "vi bara pratat i telefon en gång.", "status", "status", "contacted"),
    ("Встреча, которую назначали на 25 сентября, сорвалась. Зато вчера мы съездили на завод и "
     "осмотрели камеры.", "status", "status", "meeting"),
    ("They cancelled the meeting and the project. We lost.", "status", "status", "lost"),
    # a refusal that hands the lead on: the reasons' stories are no report
    ("Этот лид брать не будем. В прошлый раз клиент ушёл к другим. Передайте, пожалуйста, "
     "другому партнёру.", "offer", "decline", None),
    ("Diesen Lead nehmen wir nicht. Am Ende wurden beide Projekte abgesagt. Bitte an einen "
     "anderen Partner vergeben.", "offer", "decline", None),
    # stories that end in a win or a loss
    ("Tarjous oli lähtenyt 20.9., ja kollegani Heidi sai sopimuksen takaisin "
     "allekirjoitettuna torstaina. Eli tämä on meidän.", "status", "status", "won"),
    ("It arrived on Friday: Vaasa Marine ordered vibration monitoring for both engines.",
     "status", "status", "won"),
    ("They ordered samples first.", "status", None, None),
    ("Kunden tyckte att vårt pris var bra, men i måndags valde de ändå en konkurrent.",
     "status", "status", "lost"),
    ("Last week they bought a cheaper system from a local installer, so we are out of this one.",
     "status", "status", "lost"),
    ("Käytiin eilen Pekan kanssa asiakkaan tehtaalla Nokialla.", "status", "status", "meeting"),
    ("Hej, jag vet faktiskt inte riktigt var vi står. Offerten skickades i september.", "status",
     None, None),
])
def test_stories_eleventh_sample(text, answering, intent, status):
    reading = read_reply(text, TODAY, answering=answering)
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "amount"), [
    # a discount given or an earlier order is not the deal's value; the price after a
    # discount is
    ("Es hat geklappt, wir haben einen Nachlass von 1.200 € eingeräumt und den Auftrag.", None),
    ("Won: €46,850 net. Their previous order with us was about €9,000.", Decimal("46850")),
    ("Signed today. Final price after their discount round was EUR 29,800 net.",
     Decimal("29800")),
    ("Договор подписан! Итоговая сумма после скидки 1 085 000 ₽ без НДС.", Decimal("1085000")),
])
def test_figures_that_are_not_the_deal(text, amount):
    assert find_amount(text, won=True)[0] == amount


@pytest.mark.parametrize("text", [
    "Met them Tuesday, quote by Friday.", "Termin war am Dienstag, Angebot bis Freitag.",
    "Palaveri pidettiin tiistaina, tarjous perjantaihin mennessä.",
    "Mötet var i tisdags, offert senast fredag.", "Встретились во вторник, КП к пятнице."])
def test_a_quote_due_by_a_weekday_is_still_to_come(text):
    assert read_reply(text, TODAY, "status").status == "meeting"


@pytest.mark.parametrize("text", [
    "Quote sent, decision next week.", "Angebot raus, Entscheidung nächste Woche.",
    "Tarjous lähetetty, päätös ensi viikolla.", "Offert skickad, beslut nästa vecka.",
    "КП отправили, решение на следующей неделе."])
def test_a_quote_sent_with_next_weeks_decision_is_a_quote_sent(text):
    # "next week" is the decision's, not the quote's: no quote still to come
    reading = read_reply(text, TODAY, "status")
    assert (reading.status, reading.close_date) == ("proposal", date(2026, 12, 4))


@pytest.mark.parametrize(("text", "close"), [
    # the expected close date is the decision's or the order's, not a meeting's, and a
    # date already past is no date next year
    ("Quote sent on 18.11. They decide by 15.1.", date(2027, 1, 15)),
    ("Angebot ist raus, die Entscheidung fällt am 20.12.", date(2026, 12, 20)),
    ("Tarjous lähti eilen. Päätös tulee 12.1.", date(2027, 1, 12)),
    ("КП отправили, решение ожидаем 10.02.", date(2027, 2, 10)),
    ("Offerten är skickad, beslut väntas den 4 mars.", date(2027, 3, 4)),
    ("Meeting on 12.12. with their CEO.", None),
    ("Der erste Termin am 18.09. ist geplatzt, gestern waren wir vor Ort.", None),
    ("Proposal sent; they decided on 2.11. to wait for the budget.", None),
    # without a day: a month's end, beginning or middle, a week's Friday, a quarter's end
    ("Quote sent. Decision expected end of January.", date(2027, 1, 31)),
    ("Angebot raus. Entscheidung in KW 2.", date(2027, 1, 15)),
    ("Tarjous lähetetty. Päätös tammikuun puolivälissä.", date(2027, 1, 15)),
    ("Offert skickad, beslut i början av februari.", date(2027, 2, 10)),
    ("КП отправили, решение до конца года.", date(2026, 12, 31)),
    ("Angebot raus, Abschluss voraussichtlich im 1. Quartal.", date(2027, 3, 31)),
    ("Quote sent, they will decide next month.", date(2026, 12, 31)),
    ("Quote sent, decision next week.", date(2026, 12, 4)),
    ("Offert skickad. Beslut om tre veckor.", date(2026, 12, 16)),
    ("Quote sent, they may decide soon.", None),
    # a weekday as the deadline (TODAY is a Wednesday), not a weekday that was
    ("Quote sent, decision by Friday.", date(2026, 11, 27)),
    ("Tarjous lähetetty, päätös perjantaihin mennessä.", date(2026, 11, 27)),
    ("КП отправили, решение к пятнице.", date(2026, 11, 27)),
    ("Proposal sent; they decided on Monday to wait for the budget.", None),
])
def test_the_expected_close_date(text, close):
    assert read_reply(text, TODAY, answering="status").close_date == close


@pytest.mark.parametrize(("text", "amount", "currency"), [
    # a price per piece and a range are no deal value; a total is
    ("Das Angebot ist raus: 3 Stück à 4.200 € netto, Montage nach Aufwand.", None, None),
    ("The quote went out: 3 panels at €4,150 each, €12,450 in total excl. VAT.",
     Decimal("12450"), "EUR"),
    ("The price is given as a range, 20–25 k€, since they have not decided.", None, None),
    ("Vi har gett ett spann, 200 000 kr – 240 000 kr.", None, None),
    # millions written short, and a sum whose tax is named but not its currency
    ("Voitettiin! Kokonaisarvo 1,4 M€ (alv 0 %).", Decimal("1400000"), "EUR"),
    ("Offerten är skickad, 86 500 exkl. moms.", Decimal("86500"), None),
    ("Tilaus saatiin, 14 500 + alv.", Decimal("14500"), None),
    # a frame for the whole project, an earlier project's volume
    ("Möte bokat. De har en ram på ungefär 150 000 DKK för hela projektet.", None, None),
    ("Ein Angebot gibt es noch nicht; das Vorgängerprojekt hatte rund 9.000 €.", None, None),
])
def test_money_in_every_shape(text, amount, currency):
    assert find_amount(text, won=True) == (amount, currency)


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    ("Leider verloren. Ein Mitbewerber lag bei 13.900 € und hat den Auftrag bekommen.",
     "status", "status", "lost"),
    ("Kilpailija sai kaupan.", "status", "status", "lost"),
    ("Danke, aber den geben wir zurück. Bei ca. 2.500 € lohnt sich die Anfahrt nach Weilheim "
     "für uns nicht.", "offer", "decline", None),
])
def test_the_twelfth_sample(text, answering, intent, status):
    reading = read_reply(text, TODAY, answering=answering)
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("body", "kept"), [
    # the sign-offs of corporate mail end the partner's words: the signature under them
    # ("Stammkapital 25.000 EUR") is not read
    ("Das klingt interessant, eine Zusage kann ich heute noch nicht geben.\n\nFreundliche "
     "Grüße\n\nStefan Huber | Vertriebsleiter\nDE Gold GmbH · Stammkapital 25.000 EUR\n",
     "Das klingt interessant, eine Zusage kann ich heute noch nicht geben."),
    ("We'll take it.\n\nYours sincerely,\nEero\nFI Extra Oy\n", "We'll take it."),
    ("Берём.\n\nВсего доброго,\nАйно\n", "Берём."),
])
def test_corporate_sign_offs_end_the_text(body, kept):
    assert new_text(body) == kept


@pytest.mark.parametrize(("text", "intent"), [
    ("Thank you for the notification. FI Extra Oy would like to take on this lead.", "accept"),
    ("Nach Rücksprache müssen wir bei diesem Lead absagen. Bitte geben Sie die Anfrage an "
     "einen anderen Partner weiter.", "decline"),
])
def test_formal_answers_to_offers(text, intent):
    assert read_reply(text, TODAY, answering="offer").intent == intent


def test_cannot_say_at_which_stage_is_no_report():
    text = ("Сейчас не могу точно сказать, на каком мы этапе. Коммерческое предложение вроде "
            "бы отправляли.")
    assert read_reply(text, TODAY, answering="status").intent is None


@pytest.mark.parametrize(("text", "intent"), [
    # a yes that waits for what nobody knows yet is undecided ...
    ("Wenn der Kunde mit einem Projektstart Mitte Mai leben kann, sind wir gern dabei.", None),
    ("Om kunden kan vänta till efter valborg så är vi med. Annars får någon annan ta den.",
     None),
    ("Voidaan ottaa, jos provisio on 5 % korkeampi. Muuten tämä ei kannata.", None),
    ("We could take this one, but only on better terms. If the commission is 5 % higher, "
     "it's ours.", None),
    ("Если клиент согласится подождать до середины мая, возьмём.", None),
    # ... but not a polite or already known condition
    ("Jos liidi on vielä vapaana, otamme sen ilomielin.", "accept"),
    ("Wenn der Kunde im Großraum München sitzt, machen wir das.", "accept"),
    # the lead named ours, by a colleague or after thinking it over
    ("Tämän hoitaa Aino. Eli kyllä, tämä on meidän.", "accept"),
    ("Этим лидом займётся Аино. Подтверждаю: лид за нами.", "accept"),
    ("Den Lead haben wir schon über den Button angenommen. Der Lead bleibt bei uns.", "accept"),
    ("My first instinct was to pass on this. Then I had another look. So we'll take it after "
     "all.", "accept"),
    ("Сначала хотел отказаться. Но посмотрел ещё раз. Так что всё-таки берём.", "accept"),
    ("Jag har funderat en stund. Avståndet är inget problem. Slutsats: vi tackar ja.",
     "accept"),
])
def test_conditions_and_decisions_to_offers(text, intent):
    assert read_reply(text, TODAY, answering="offer").intent == intent


@pytest.mark.parametrize(("text", "intent", "status"), [
    # two accounts that contradict each other, and the writer says so: undecided
    ("Honestly I can't give you a clean answer yet. He said we had the deal; today their "
     "procurement wrote that the tender is cancelled.", None, None),
    ("Не могу сказать точно, на чём мы остановились. Директор сказал, что договор подписан.",
     None, None),
    ("Mein Kollege meint, er hätte das Angebot verschickt. Ich melde mich, sobald ich weiß, "
     "was Sache ist.", None, None),
    ("Gewonnen ist es also vielleicht, vielleicht aber auch nicht.", None, None),
    ("Jag vet inte var vi står. I hans anteckningar står att kunden tackat nej.", None, None),
    # ... but a closing "when I know more" leaves the report above it
    ("Har pratat med kunden i telefon. Återkommer när jag vet mer.", "status", "contacted"),
    # stories' ends and beginnings
    ("Last Friday their parent company froze all investments, so Tampere Metal Works dropped "
     "the whole project.", "status", "lost"),
    ("Der Stadtrat hat ihm gestern den Zuschlag gegeben. Wir sind also raus.", "status",
     "lost"),
    ("Eli meille ei tästä tule kauppaa.", "status", "lost"),
    ("He päätyivät kilpailijan ratkaisuun. Eli tämä on meidän osaltamme päättynyt.", "status",
     "lost"),
    ("КП отправили 5 марта. Если выиграем, монтаж будет летом.", "status", "proposal"),
    ("Wir treffen uns am Donnerstag bei ihm. Ein Angebot gibt es natürlich erst danach.",
     "status", "meeting"),
    ("Ich hatte den Juniorchef, Herrn Wimmer, am Apparat.", "status", "contacted"),
    ("Jakobstads Trävaror svarade på mitt mejl förra veckan.", "status", "contacted"),
    ("I reached the owner, Mrs Harjula, by phone.", "status", "contacted"),
    ("Pahoittelut viiveestä, olin viime viikon Ruotsissa asiakaskäynneillä. Saatiin yhteys "
     "tekniseen päällikköön. Yritetään saada käynti sovittua huhtikuun alkuun.", "status",
     "contacted"),
])
def test_stories_twelfth_sample(text, intent, status):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    # sets 83 and 85: a fresh inbox, and Finnish and Russian grammar
    ("We'll pass on this one, sorry. Every service visit would mean a ferry trip.", "offer",
     "decline", None),
    ("Tämä täytyy jättää meidän osalta väliin. Antakaa liidi jollekin isommalle.", "offer",
     "decline", None),
    ("Kiitos, mutta tällä kertaa ei.", "offer", "decline", None),
    ("Me ei tätä oteta. Rovaniemelle on yli 800 km.", "offer", "decline", None),
    ("Предложение клиенту направлено, сейчас он его рассматривает.", "status", "status",
     "proposal"),
    ("Клиент всё решил: заказ оформлен, счёт оплачен вчера.", "status", "status", "won"),
    ("Клиенту мы написали сразу же, он ответил. Ждём от них звонка.", "status", "status",
     "contacted"),
    ("Asiakkaaseen otettiin yhteyttä sähköpostilla maanantaina.", "status", "status",
     "contacted"),
    ("С клиентом встречались в понедельник. Коммерческое предложение сейчас готовим.",
     "status", "status", "meeting"),
    ("Вроде бы договор почти подписан… Так что не знаю, выиграли мы или нет.", "status",
     None, None),
    ("Kauppa on käytännössä tehty – tai no, tilausta ei ole tullut. En osaa sanoa "
     "tarkemmin.", "status", None, None),
])
def test_fresh_inbox_and_rich_grammar(text, answering, intent, status):
    reading = read_reply(text, TODAY, answering=answering)
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "intent", "status"), [
    # long rambling reports (set 84): asides, feared losses, figures of other things
    ("We were at their plant last Thursday. Kalle is putting together a pilot proposal.\n\n"
     "By the way, is there a demo licence? The last quote for it was lost in the post.",
     "status", "meeting"),
    ("I was starting to think we'd lost them. Then she called back: Ville and I will drive "
     "down to their Kotka terminal on Wednesday 12 June.", "status", "meeting"),
    ("Han sa rakt ut att vår offert inte kommer att bli aktuell.", "status", "lost"),
    ("Zum Zug gekommen ist am Ende ein Anbieter aus Innsbruck.", "status", "lost"),
    ("Valkeakosken Kartonki: заказ получила фирма из Тампере. Так что этот лид для нас "
     "закрыт.", "status", "lost"),
    ("Новый главный инженер: прежний ушёл на пенсию. Во вторник мне наконец удалось "
     "поговорить с ним по телефону.", "status", "contacted"),
    ("Сегодня утром их технический директор прислал заказ по электронной почте.", "status",
     "won"),
    ("So we reworked our offer, and the revised version went to Heikki yesterday.", "status",
     "proposal"),
    ("Am Freitag sind wir rausgefahren und haben die komplette Anlage abgelaufen.\n\nEine "
     "Bitte noch: Haben Sie Referenzen?", "status", "meeting"),
    ("Nu är det bestämt: vi åker dit onsdag 12 juni kl. 13.", "status", "meeting"),
    ("По Haukiputaan Lämpö у меня противоречивая информация. Вилле был у них во вторник.",
     None, None),
])
def test_long_reports_third_sample(text, intent, status):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "status", "amount"), [
    # figures of other things in a long report are no deal amount; before a quote there is
    # no deal value at all
    ("We were at their plant. The online system they bought in 2019 cost them about 90 000 "
     "euros.", "meeting", None),
    ("Offerten skickad: 212 000 kr exkl. moms. Förra året levererade vi givare, en order på "
     "95 000 kr.", "proposal", Decimal("212000")),
    ("Seisokki maksaa noin 8 000 euroa päivässä. Menemme heille torstaina katsomaan koneet.",
     "meeting",
     None),
    ("Tarjous on ollut heillä nyt viikon. Varaanturi maksaa noin 320 € kappale.", "proposal",
     None),
])
def test_figures_in_long_reports(text, status, amount):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.status, reading.amount) == (status, amount)


@pytest.mark.parametrize(("text", "status"), [
    # the stage told only by its facts (set 86) and an ordinary win (set 87)
    ("The customer has had our figures since last Friday: 19 600 EUR excl. VAT.", "proposal"),
    ("Unsere Preise für die 12 Sensoren hat der Einkauf am 1. Oktober schriftlich bekommen.",
     "proposal"),
    ("Vår kalkyl för 18 givare och en central gick till kunden den 4 oktober.", "proposal"),
    ("Laskelma 22 anturista ja keskusyksiköstä lähti asiakkaan ostajalle 3.10.", "proposal"),
    ("В понедельник клиент получил от нас расчёт стоимости.", "proposal"),
    ("Asiakkaan ostotilaus tuli eilen ja ennakkolasku on jo maksettu.", "won"),
    ("Inköpsordern kom i går, 9 480 euro exkl. moms.", "won"),
    ("Haparanda Trä har beställt! Ordern på 212 000 SEK exkl. moms kom in i måndags.", "won"),
    ("Kunden valde en lokal elfirma som var 20 % billigare. Inget mer att göra där.", "lost"),
    ("Asiakas valitsi halvemmat kiinalaiset laitteet.", "lost"),
    ("Клиент решил обойтись своими силами.", "lost"),
    ("Istuttiin tiistaina tehtaanjohtajan kanssa alas ja kierrettiin koko tuotantolinja.",
     "meeting"),
    ("Their technical director has invited us over to the site on Thursday 17 October.",
     "meeting"),
    ("Клиент пригласил нас приехать в понедельник, 21 октября.", "meeting"),
    ("Wir waren mit dem Werkleiter vor Ort und haben die Lagerhalle begangen. Die "
     "Kalkulation folgt in den nächsten Tagen.", "meeting"),
    ("Nach zwei Anrufen hat mich die Assistentin zurückgerufen und zu ihm durchgestellt.",
     "contacted"),
    ("Jag har växlat några mejl med deras inköpare.", "contacted"),
    ("Heidän ostajansa vastasi maanantaina sähköpostiini.", "contacted"),
])
def test_stages_told_by_their_facts(text, status):
    assert read_reply(text, TODAY, answering="status").status == status


@pytest.mark.parametrize("text", [
    "Ehrlich gesagt weiß ich gerade nicht, wo wir stehen. Letzte Woche hieß es, wir bekommen "
    "den Auftrag.",
    "Честно, сам не понимаю. Главный инженер говорит, что заказ наш.",
    "I honestly don't know what to answer here. They are still comparing us with another "
    "supplier.",
])
def test_unsure_reports_fourth_sample(text):
    assert read_reply(text, TODAY, answering="status").intent is None


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    # partners writing in a language not their own (set 90)
    ("We take gladly this one, the site is near to our office.", "offer", "accept", None),
    ("Hello, we take lead. I call to customer tomorrow.", "offer", "accept", None),
    ("This lead we take. Our service man calls the customer and makes an appointment for "
     "Tuesday.", "offer", "accept", None),
    ("Maybe we do it, maybe not. I must first ask from our CEO.", "offer", None, None),
    ("Yes we take it... actually wait, our installers may be busy. I write tomorrow.",
     "offer", None, None),
    ("Onko asiakkaalla jo keskusyksikkö? Need to know this before we say yes or no.",
     "offer", "question", None),
    ("I have telephoned with the buyer. An appointment we make when the drawings come.",
     "status", "status", "contacted"),
    ("Called to customer on Monday. Next step is meeting, date still open.", "status",
     "status", "contacted"),
    ("Dealin closasimme tänään, asiakas signasi tilauksen.", "status", "status", "won"),
    ("Offertin lähetin perjantaina, odotellaan.", "status", "status", "proposal"),
    ("Vi hade ett call med inköparen i morse.", "status", "status", "contacted"),
    ("I'm not sure is this proposal or already won, the customer sent only a letter of "
     "intent.", "status", None, None),
    ("They say they order soon, but nothing signed, so I don't know really.", "status", None,
     None),
    # Russian typed in Latin letters in the scholarly scheme ("ja", "ju", '"')
    ("Ot etogo lida my otkazyvaemsja, net ljudej. Izvinite, pozhalujsta.", "offer", "decline",
     None),
    ('V pjatnicu s"ezdili k zakazchiku, vse obsudili. Spasibo, pozhalujsta.', "status",
     "status", "meeting"),
])
def test_second_language_replies(text, answering, intent, status):
    reading = read_reply(text, TODAY, answering=answering)
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "intent", "status"), [
    # status reports with context (set 89): a competitor named in passing hides no order,
    # compound appointment nouns, an invitation is a meeting, a time still to be proposed
    # is none
    ("Der Wettbewerber war billiger, aber zu langsam. Gestern kam die Bestellung per Mail.",
     "status", "won"),
    ("Kilpailijan hinta oli alempi. Eilen tuli kuitenkin tilaus meille.", "status", "won"),
    ("Der Besichtigungstermin mit dem Hausmeister ist am Dienstag um 9 Uhr.", "status",
     "meeting"),
    ("Ihr Betriebsleiter hat uns für Freitag in die Halle eingeladen.", "status", "meeting"),
    ("The plant manager invited me to the mill on the 14th.", "status", "meeting"),
    ("Han ska återkomma med förslag på en tid för ett möte. Vi har mejlat två gånger.",
     "status", "contacted"),
    ("Einen Vorführtermin machen wir danach aus. Ich habe mit ihm telefoniert.", "status",
     "contacted"),
    ("Ich weiß nicht, was ich hier eintragen soll: der Einkauf sagt ja, der Chef nein.", None,
     None),
])
def test_context_reports_eleventh_sample(text, intent, status):
    reading = read_reply(text, TODAY, answering="status")
    assert (reading.intent, reading.status) == (intent, status)


def test_not_sure_about_capacity_is_undecided():
    text = ("Kiinnostaa kyllä, mutta meillä on paljon kesken enkä ole varma riittääkö väki. "
            "Täytyy vielä miettiä.")
    assert read_reply(text, TODAY, answering="offer").intent is None


@pytest.mark.parametrize("text", [
    "My boss is in a meeting right now, he will answer you this afternoon.",
    "Unser Chef ist gerade in einem Meeting, er meldet sich später.",
    "Pomo on palaverissa, vastaa iltapäivällä.",
    "Chefen sitter i möte, han svarar i eftermiddag.",
    "Директор сейчас на совещании, ответит после обеда.",
])
def test_someone_busy_in_a_meeting_reports_nothing(text):
    # the person who decides is busy right now: no meeting with the customer, and no answer
    for answering in ("offer", "status"):
        reading = read_reply(text, TODAY, answering=answering)
        assert (reading.intent, reading.status) == (None, None)


def test_a_meeting_with_the_customer_is_still_one():
    reading = read_reply("We are in a meeting with the customer on Friday.", TODAY,
                         answering="status")
    assert reading.status == "meeting"


@pytest.mark.parametrize("text", [
    # a yes in principle that still waits on someone is not yet an accept
    "In principle yes, but I need to confirm with the installers first.",
    "Grundsätzlich ja, aber ich muss das noch mit dem Team abstimmen.",
    "Periaatteessa kyllä, mutta varmistan vielä asentajilta.",
    "I principi ja, men jag måste kolla med montörerna.",
    "В принципе да, но надо согласовать с монтажниками.",
    "I'd say yes, pending our installer's availability.",
    "Probably yes, will confirm tomorrow.",
])
def test_yes_in_principle_is_undecided(text):
    assert read_reply(text, TODAY, answering="offer").intent is None


@pytest.mark.parametrize("text", [
    "Yes, we'll take it. I'll confirm the installation date with the customer.",
    "In principle we take all leads in Tampere, so yes.",
])
def test_a_plain_yes_with_a_confirmation_to_come_is_an_accept(text):
    assert read_reply(text, TODAY, answering="offer").intent == "accept"


@pytest.mark.parametrize("text", [
    "Es sieht gut aus, fast gewonnen.",
    "We have almost won it, the PO should come Monday.",
    "Сделка почти закрыта.",
    "Affären är nästan klar, vi väntar på ordern.",
])
def test_a_deal_almost_won_is_not_won(text):
    assert read_reply(text, TODAY, answering="status").status != "won"


def test_almost_elsewhere_in_a_win_keeps_it():
    reading = read_reply("We won it, almost without a fight.", TODAY, answering="status")
    assert reading.status == "won"


@pytest.mark.parametrize("text", [
    # a loss that might come, and a competitor merely named, close nothing
    "We might lose this one, the competitor is cheaper.",
    "Könnte sein, dass wir den verlieren, der Wettbewerber ist billiger.",
    "Saattaa olla että häviämme tämän, kilpailija on halvempi.",
    "Vi kan förlora den här, konkurrenten är billigare.",
    "Можем проиграть, конкурент дешевле.",
    "The customer is also talking to our competitor.",
])
def test_a_possible_loss_is_no_loss(text):
    assert read_reply(text, TODAY, answering="status").status != "lost"


@pytest.mark.parametrize("text", [
    "Sadly the customer bought from a competitor.",
    "Leider hat der Kunde beim Wettbewerber bestellt.",
    "Kilpailija vei kaupan.",
    "Kunden köpte av en konkurrent till slut.",
    "Заказчик выбрал конкурента.",
])
def test_a_competitor_that_got_the_deal_is_a_loss(text):
    assert read_reply(text, TODAY, answering="status").status == "lost"


@pytest.mark.parametrize("text", [
    # "can't" that refuses nothing
    "We can't say no to this one!",
    "Can't wait to start, we take it.",
    "I can't see why not. Yes.",
    "I don't see why not.",
])
def test_a_cant_that_refuses_nothing(text):
    assert read_reply(text, TODAY, answering="offer").intent == "accept"


@pytest.mark.parametrize("text", ["We can't take it, sorry.", "Can't do it this month."])
def test_a_cant_that_refuses(text):
    assert read_reply(text, TODAY, answering="offer").intent == "decline"


@pytest.mark.parametrize(("text", "intent"), [
    # too busy is a refusal; a refusal denied is a yes
    ("Sorry, it's a no from us.", "decline"),
    ("We're too busy, sorry.", "decline"),
    ("Leider zu viel zu tun im Moment.", "decline"),
    ("Liikaa töitä juuri nyt, valitettavasti.", "decline"),
    ("Vi har för mycket att göra just nu.", "decline"),
    ("Сейчас слишком загружены, извините.", "decline"),
    ("We're not too busy right now, so yes.", "accept"),
    ("Busy week but yes, we take it.", "accept"),
    ("Ei voi kieltäytyä, otetaan.", "accept"),
    ("Klart vi tar den, kan inte säga nej.", "accept"),
    ("Конечно берём, отказаться не можем.", "accept"),
])
def test_too_busy_and_cannot_refuse(text, intent):
    assert read_reply(text, TODAY, answering="offer").intent == intent


@pytest.mark.parametrize(("text", "intent"), [
    # a doubt answered by a yes after "but" is an accept (set 91); a doubt left open is not
    ("Not sure we can finish before the holidays, but we take it.", "accept"),
    ("Не уверен, что успеем к пятнице, но берём.", "accept"),
    ("Lite osäker på tidplanen, men vi tar den.", "accept"),
    ("Nicht sicher, ob wir das vor Ostern schaffen, aber wir übernehmen den Lead.", "accept"),
    ("Maybe, but I'll check and get back to you.", None),
    ("Not sure we make it before Easter, but we'll try.", None),
    ("Kanske, men jag återkommer.", None),
    # neither yes nor no, said so: nothing to act on
    ("If he is back, we're in. If not, we can't. So no yes and no no from me today.", None),
    ("Vorher haben wir keine freien Leute. Solange das offen ist, kann ich weder zu- noch "
     "absagen.", None),
])
def test_doubts_and_their_answers(text, intent):
    assert read_reply(text, TODAY, answering="offer").intent == intent


@pytest.mark.parametrize("text", [
    "Vunnen, tror jag – i alla fall sa inköparen det. Men så jag vet inte hur det blir.",
    "We won it, I think. But their CFO wants to wait, so I don't know how it will turn out.",
    "Gewonnen, glaube ich. Der Chef will aber noch warten, ich weiß nicht, wie es ausgeht.",
])
def test_a_win_whose_ending_is_not_known(text):
    assert read_reply(text, TODAY, answering="status").intent is None


@pytest.mark.parametrize(("text", "intent", "status"), [
    # answers to offers with long explanations (set 93): other years' deals are not this
    # lead's state, a refusal at the end still refuses, asking for the customer's number
    # takes the lead
    ("No thanks. We lost a tender with this customer in 2028 and they were not happy with "
     "us afterwards.", "decline", None),
    ("Nein danke. Mit dem Kunden hatten wir letztes Jahr einen Auftrag gewonnen, aber die "
     "Zahlung kam erst nach drei Mahnungen.", "decline", None),
    ("Нет, спасибо, пропустим. В прошлом году мы выиграли похожий проект, но сейчас нет "
     "людей.", "decline", None),
    ("We know the industry well. The site is 900 km away though, so unfortunately we must "
     "let this one go.", "decline", None),
    ("Tyvärr får vi låta den här gå, vi saknar behörighet för högspänning.", "decline", None),
    ("Passau ist zu weit und wir haben keine Erfahrung, deshalb lassen wir den sausen.",
     "decline", None),
    ("Kajaaniin on liian pitkä matka, joudumme jättämään tämän väliin.", "decline", None),
    ("I know their maintenance guy. Send me the customer's phone number and I'll drive over "
     "on Tuesday.", "accept", None),
    ("Schicken Sie mir bitte die Kontaktdaten, dann rufe ich morgen an.", "accept", None),
    ("Laittakaa asiakkaan puhelinnumero, niin käyn paikan päällä torstaina.", "accept", None),
    ("Skicka kundens telefonnummer så ringer jag i morgon bitti.", "accept", None),
    ("Пришлите, пожалуйста, телефон контактного лица, в четверг могу быть у них.", "accept",
     None),
    ("Sorry for the slow answer, I was on site all morning. We'll pass on this one, no "
     "capacity.", "decline", None),
    ("Ehrlich gesagt bin ich mir noch unsicher. Ich melde mich, sobald ich mehr weiß.", None,
     None),
    ("Mikko thinks we should take it, but I'm not convinced.", None, None),
    ("Kunden sitter nära, så avståndet är inget problem. Vi tar den.", "accept", None),
])
def test_long_offer_answers(text, intent, status):
    reading = read_reply(text, date(2031, 5, 6), answering="offer")
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "status"), [
    ("Jetzt haben wir einen Termin vor Ort am Dienstag, danach können wir ein Angebot machen. "
     "2028 ging der Auftrag dort an einen Wettbewerber.", "meeting"),
    ("Jag har pratat med driftchefen. När jag har fått ritningarna bokar vi ett besök.",
     "contacted"),
    # in January last year is still recent: "signed in December 2030"
    ("The customer signed the contract on 29 December 2030.", "won"),
])
def test_status_with_the_past_around_it(text, status):
    today = date(2031, 1, 8) if "2030" in text and "December" in text else date(2031, 5, 6)
    assert read_reply(text, today, answering="status").status == status


def test_an_accept_carries_no_amount_of_other_jobs():
    reading = read_reply("We closed a similar job at Rauma last week, about 46 000 EUR. We'll "
                         "take this lead, Janne will call the customer on Monday.", TODAY,
                         answering="offer")
    assert (reading.intent, reading.amount) == ("accept", None)


@pytest.mark.parametrize(("text", "status"), [
    # a span up to now or a comparison with last year is no story of another year
    ("We won it - the biggest order we've had since 2029!", "won"),
    ("Auftrag erhalten, der erste von diesem Kunden seit 2027.", "won"),
    ("Tilaus tuli, asiakkaamme vuodesta 2025.", "won"),
    ("Заказ получили, первый с 2029 года.", "won"),
    ("Quote sent, same prices as last year.", "proposal"),
    ("Angebot ist raus, gleiche Preise wie letztes Jahr.", "proposal"),
])
def test_since_and_as_last_year_keep_the_report(text, status):
    assert read_reply(text, date(2031, 6, 10), answering="status").status == status


@pytest.mark.parametrize(("text", "intent"), [
    # short implicit answers to an offer
    ("Put me in touch with them.", "accept"),
    ("Geben Sie mir die Nummer, ich fahre morgen hin.", "accept"),
    ("Count me out this time.", "decline"),
    ("Find someone else for this one.", "decline"),
    ("Ohne uns diesmal.", "decline"),
    ("Ge den till någon annan.", "decline"),
    ("Det här är inget för oss.", "decline"),
])
def test_short_implicit_offer_answers(text, intent):
    assert read_reply(text, TODAY, answering="offer").intent == intent


def test_a_request_to_be_put_in_touch_is_no_contact_made():
    assert read_reply("Put me in touch with them.", TODAY, answering="status").status is None


def test_a_meeting_agreed_for_a_day_in_finnish():
    text = ("Pahoittelut viiveestä, olin lomalla. Sovin eilen ostajan kanssa, että tavataan "
            "heidän varastollaan perjantaina klo 10.")
    assert read_reply(text, TODAY, answering="status").status == "meeting"


@pytest.mark.parametrize("text", [
    "I really don't know yet. The job would suit us, but our team is full until October.",
    "I'd rather not say yes and then leave the customer waiting. Let me see next week.",
])
def test_not_known_yet_is_undecided(text):
    assert read_reply(text, TODAY, answering="offer").intent is None


@pytest.mark.parametrize(("text", "answering", "lead_id", "intent", "status"), [
    # other deals around this lead's news (sets 94 and 95)
    ("Meeting booked for Monday at their plant.\n\nWhile I have you: the bakery ordered in "
     "April and the sawmill we lost in March. Nothing to do with this one.", "status", None,
     "status", "meeting"),
    ("Angebot ist am Montag raus.\n\nNebenbei: Den Auftrag in Erding haben wir an einen "
     "Mitbewerber verloren.", "status", None, "status", "proposal"),
    ("Написал клиенту, встречи пока не было. Лид L-4412 по соседнему объекту мы, к сожалению, "
     "проиграли.", "status", 4401, "status", "contacted"),
    ("They signed the order on Friday. The two other leads nearby (L-4420 and L-4421) went "
     "nowhere, but this one came through.", "status", 4401, "status", "won"),
    ("Jag har pratat med kunden i telefon. Min kollega har ett eget lead där som är i "
     "offertskedet, så blanda inte ihop dem.", "status", None, "status", "contacted"),
    ("Kauppa tuli, tilaus eilen.\n\nTaustaksi: keväällä hävittiin sama asiakas, mutta se on "
     "eri liidi eikä liity tähän.", "status", None, "status", "won"),
    ("Möte bokat på måndag. Deras förra leverantör förlorade avtalet i våras.", "status",
     None, "status", "meeting"),
    ("Tapaaminen sovittu torstaille. Viimeksi meidän tarjous hävisi hinnalla.", "status",
     None, "status", "meeting"),
    ("Unfortunately no deal: they cancelled the tender. Last summer we won their warehouse "
     "job, though.", "status", None, "status", "lost"),
    # to an offer, other deals' outcomes are no state of this lead
    ("We take this. In March we lost a deal in Ylöjärvi because we were too slow. Not this "
     "time.", "offer", None, "accept", None),
    ("Sätt mig i kontakt med kunden, tack! Vi gjorde två liknande hallar förra hösten.",
     "offer", None, "accept", None),
    ("Tämä saa mennä muille. Kesäkuu on jo täynnä.", "offer", None, "decline", None),
    ("Да, берём... Хотя нет, подождите. Отказываться жалко, но людей нет. Пока не знаю.",
     "offer", None, None, None),
    ("Ett första besök skulle jag hinna med, men knappast installationen. Ja, jag vet inte "
     "riktigt. Kanske.", "offer", None, None, None),
    ("We are interested in principle, but I need a few answers before I can commit. Which PLC "
     "is it?", "offer", None, "question", None),
    # a report the writer cannot place yet
    ("Two views on this one: Katja thinks we've lost it, I think the quote is still open. "
     "Let's wait before I pick a status.", "status", None, None, None),
    ("Не могу сказать точно, в каком статусе этот лид.", "status", None, None, None),
])
def test_other_deals_around_this_lead(text, answering, lead_id, intent, status):
    reading = read_reply(text, date(2031, 6, 10), answering=answering, lead_id=lead_id)
    assert (reading.intent, reading.status) == (intent, status)


def test_a_sentence_ending_after_a_time_is_a_clause_of_its_own():
    # "… at 10:00. That one was never ours": the negation belongs to the next sentence
    text = ("We have a meeting at the customer's site on Wednesday at 10:00. That one was "
            "never ours.")
    assert read_reply(text, TODAY, answering="status").status == "meeting"


@pytest.mark.parametrize(("text", "intent"), [
    # short answers to offers said in a roundabout way (set 98), in new words
    ("This one has our name all over it. I'll swing by on Monday.", "accept"),
    ("Leave it with us, we'll call them tomorrow.", "accept"),
    ("Wenn der noch zu haben ist: her damit!", "accept"),
    ("Da sagen wir nicht nein. Schick mir die Kontaktdaten.", "accept"),
    ("Ei tätä kannata muille antaa, meillä on sopiva porukka.", "accept"),
    ("Låter som något för oss. Jag åker förbi i morgon.", "accept"),
    ("Det här är precis vår grej, boka in oss.", "accept"),
    ("Грех отказываться, объект рядом. Свяжусь с клиентом сегодня.", "accept"),
    ("Если он ещё не ушёл – считайте, что он наш.", "accept"),
    ("That's outside our patch, I'm afraid.", "decline"),
    ("Da winken wir diesmal ab, danke trotzdem.", "decline"),
    ("Für zwei Sensoren nach Passau, das rechnet sich nicht.", "decline"),
    ("Ei taida meiltä onnistua tällä kertaa.", "decline"),
    ("Eipä ole meidän heiniä tuo. Antakaa jollekin muulle.", "decline"),
    ("Det får bli någon annan den här gången.", "decline"),
    ("Det är inte riktigt vårt bord.", "decline"),
    ("Не наш формат, пусть возьмёт кто-нибудь поближе.", "decline"),
    ("Since when do we do cleanrooms? Let someone who knows them have a go.", "decline"),
    ("Jein. Interessant wär's, nur wer soll's machen? Ich kläre das und melde mich.", None),
    # a correction turns the answer: "… ai niin, Jari palaa maanantaina. Otetaan siis!"
    ("Ei taida onnistua… ai niin, Jari palaa lomalta. Otetaan siis sittenkin!", "accept"),
])
def test_roundabout_offer_answers(text, intent):
    assert read_reply(text, TODAY, answering="offer").intent == intent


@pytest.mark.parametrize(("text", "status"), [
    # status reports crowded with other deals, a second sample (set 97), in new words
    ("Called their buyer on Monday.\n\nThat order from the bakery came in too, but that's "
     "their own deal with us, not through you.", "contacted"),
    ("Wir haben heute mit dem Werkleiter telefoniert.\n\nIn Dachau haben wir übrigens den "
     "Auftrag bekommen. Das sind aber eigene Kontakte, keine Leads von Ihnen.", "contacted"),
    ("Встреча назначена на вторник.\n\nСоседний завод подписал договор с нами, но это не через "
     "Mailbot.", "meeting"),
    ("Emoyhtiön kauppa tuli meille viime viikolla. Tämä liidi on siis meidän osaltamme hävitty, "
     "asiakas valitsi toisen toimittajan.", "lost"),
    ("Kiinteistö jäi meiltä. Harmittaa, mutta samalla viikolla voitimme ison "
     "puitesopimuksen.", "lost"),
    ("Vi har bokat ett möte på tisdag. Min kollega förlorade däremot en affär i Kemi samma "
     "dag.", "meeting"),
    ("Вчера были у клиента на объекте; в тот же день нам, кстати, подтвердили другой заказ.",
     "meeting"),
    ("Efter att vi förlorade dem 2029 trodde jag inte på det, men i går skrev de under, "
     "affären är vår!", "won"),
    ("Tapaaminen sovittu tiistaille.\n\nKerava on nyt muutenkin kuuma paikka: yksi tilasi "
     "meiltä ja toinen meni kilpailijalle.", "meeting"),
    ("Feinmechanik Pasing hat unterschrieben, der Auftrag ist da. Leider haben wir einen guten "
     "Techniker verloren.", "won"),
    ("Vi har bokat ett möte med dem, medan grannfirman redan har beställt från en konkurrent.",
     "meeting"),
])
def test_crowded_reports_second_sample(text, status):
    assert read_reply(text, date(2031, 10, 10), answering="status").status == status


def test_an_amount_of_a_phase_ordered_without_a_lead_is_not_this_deals():
    text = ("Tilaus tuli tänään: 33 780 € alv 0 %. Ensimmäisen vaiheen (8 900 €) he tilasivat "
            "keväällä suoraan meiltä ilman liidiä.")
    assert read_reply(text, date(2031, 10, 10), answering="status").amount == 33780


@pytest.mark.parametrize("text", [
    "По этому лиду пока ничего определённого сказать не могу.",
    "Tähän saatte meiltä kaksi eri vastausta, selvitetään.",
    "Aus Ihrer Mail geht nicht hervor, welches der beiden Projekte dieser Lead ist.",
])
def test_reports_that_cannot_be_placed(text):
    assert read_reply(text, date(2031, 10, 10), answering="status").intent is None


def test_a_refusal_handing_the_lead_to_someone_local():
    text = "Täytyy jättää tämä väliin. Parempi että joku paikallinen ottaa tämän."
    assert read_reply(text, TODAY, answering="offer").intent == "decline"


def test_an_absence_that_began_yesterday_ends_this_month():
    text = "Olen talvilomalla 19.1.–30.1.2032 enkä lue sähköpostia."
    assert latest_date(text, date(2032, 1, 20), relative=True) == date(2032, 1, 30)


@pytest.mark.parametrize("text", [
    "Für Niederbayern muss ich diesmal leider absagen, der Techniker fängt erst im April an.",
    "Ei meiltä kyllä nyt löydy tähän ketään, kaikki asentajat on kiinni.",
])
def test_refusals_of_sets_100_and_102(text):
    assert read_reply(text, TODAY, answering="offer").intent == "decline"


@pytest.mark.parametrize(("text", "status"), [
    # status reports crowded with other deals, a third sample (set 101), in new words
    ("Noch etwas anderes: Wir haben den Rahmenvertrag mit dem Klinikum gewonnen.\n\nBei den "
     "Stadtwerken waren wir am Mittwoch vor Ort.", "meeting"),
    ("Pipeline update:\n- Bakery: won last week\n- Sawmill: lost on price\n- Dairy (this "
     "one): I've had two calls with their buyer, no meeting yet.", "contacted"),
    ("Quote sent on Friday (they also asked about another line, which went to a competitor "
     "last time, but that's a separate story).", "proposal"),
    ("КП отправили в среду: 2 085 000 руб. без НДС. Для сравнения, похожую сделку мы "
     "выиграли за 1 750 000 руб., а другую проиграли.", "proposal"),
    ("По Imatran Kemia: в понедельник съездили к ним на завод. Кстати, по соседнему проекту "
     "другая фирма получила заказ.", "meeting"),
    ("Mit Huber habe ich bisher nur telefoniert. Bei den zwei anderen Brauereien sind wir "
     "weiter: eine hat unterschrieben.", "contacted"),
])
def test_crowded_reports_third_sample(text, status):
    assert read_reply(text, date(2032, 2, 12), answering="status").status == status


@pytest.mark.parametrize("text", [
    "Mikko marked this one as won, but I don't want to give you the wrong status yet.",
    "До Kouvolan Lämpö руки пока не дошли, напишу позже.",
    "I'm not sure which customer this is. We won one project there before Christmas.",
    "Dort liegt alles auf Eis, niemand kann mir sagen, ob es weitergeht.",
])
def test_reports_that_cannot_be_placed_third_sample(text):
    assert read_reply(text, date(2032, 2, 12), answering="status").intent is None


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    # sets 103-106 (crowded reports, roundabout offer answers, second-language writers)
    ("We reached their plant office by phone yesterday.", "status", "status", "contacted"),
    ("They called the whole project off last week.", "status", "status", "lost"),
    ("Vi skickade offert, men de valde i slutändan en annan leverantör.", "status", "status",
     "lost"),
    ("Einen Termin beim Kunden machen wir aus, wenn die Pläne da sind. Telefoniert haben wir.",
     "status", "status", "contacted"),
    ("Meillä oli eilen meetingi asiakkaan kanssa.", "status", "status", "meeting"),
    ("Porin Konepajalla käytiin maanantaina.", "status", "status", "meeting"),
    ("Lähetimme eilen offerin asiakkaalle.", "status", "status", "proposal"),
    ("We have fixed a date with the customer for next Tuesday.", "status", "status",
     "meeting"),
    ("Тамбовский завод заказали! Поставка в июне.", "status", "status", "won"),
    ("Soitin heille, ja nyt he haluavat tarjouksen meiltä.", "status", "status", "contacted"),
    ("Met them on site; the client would like a proposal by May.", "status", "status",
     "meeting"),
    ("Passt wie die Faust aufs Auge!", "offer", "accept", None),
    ("Den sortens uppdrag vi letar efter, tack!", "offer", "accept", None),
    ("С удовольствием займёмся.", "offer", "accept", None),
    ("We would not say no to this, thanks.", "offer", "accept", None),
    ("I'll give the customer a ring tomorrow morning.", "offer", "accept", None),
    ("Sorry, this isn't really a job for us.", "offer", "decline", None),
    ("Someone else will have to pick this one up, we're full.", "offer", "decline", None),
    ("Better give it to some other partner, our team is on holiday.", "offer", "decline",
     None),
    ("Das kriegen wir diesen Monat nicht hin, tut mir leid.", "offer", "decline", None),
    ("Ein schönes Projekt – für jemand anderen.", "offer", "decline", None),
    ("Inte riktigt vår kopp te, tyvärr.", "offer", "decline", None),
    ("Jätetään tämä suosiolla muille.", "offer", "decline", None),
    ("Здесь без нас, отдайте другому партнёру.", "offer", "decline", None),
])
def test_sets_103_to_106(text, answering, intent, status):
    reading = read_reply(text, date(2032, 5, 20), answering=answering)
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize("text", [
    "Сам не пойму, где мы: клиент вроде заказал у нас.",
    "Die Begehung war gestern, glaube ich. Meine Kollegin sagt allerdings, sie sei verschoben.",
])
def test_contradicted_reports_are_undecided(text):
    assert read_reply(text, date(2032, 5, 20), answering="status").intent is None


def test_a_competitor_losing_to_us_elsewhere_is_no_loss_here():
    text = ("Visited them on Monday; their old supplier, who had just lost a big deal at "
            "Rauma to us, was there too.")
    assert read_reply(text, date(2032, 5, 20), answering="status").status == "meeting"


def test_an_aside_about_another_year_is_not_this_report():
    text = ("Called them yesterday (they ordered their first sensors from us in 2027, so they "
            "know us).")
    assert read_reply(text, date(2032, 5, 20), answering="status").status == "contacted"


def test_learner_english_absence_is_out_of_office():
    from mailbot.inbound.classify import OUT_OF_OFFICE
    assert OUT_OF_OFFICE.search("I am in vacation since 24.5 till 6.6.")
    assert OUT_OF_OFFICE.search("I read my e-mails only sometimes this week.")


@pytest.mark.parametrize(("text", "status"), [
    # set 107 (a fifth sample of crowded status reports), read wrong blind
    ("Asiakas kuittasi eilen tilauksen, toimitus syyskuussa.", "won"),
    ("Tämän kanssa kävi huonosti, he tekevät asennuksen omin voimin.", "lost"),
    ("Tehtaalle mennään tiistaina klo 10 katsomaan linjaa.", "meeting"),
    ("We're going out on Thursday to walk the line with their engineer.", "meeting"),
    ("Tavattiin heidät eilen, ja he haluavat vielä yhden palaverin ennen tarjousta.", "meeting"),
    ("Spoke to their manager; he'd like a site visit in August, nothing booked yet.",
     "contacted"),
    ("Kunden har beställt, och kul nog förlorade vi samma kund 2027 på pris.", "won"),
])
def test_crowded_reports_fifth_sample(text, status):
    assert read_reply(text, date(2032, 6, 14), answering="status").status == status


@pytest.mark.parametrize("text", [
    "Dazu kann ich nichts Verlässliches sagen. Das Angebot ist laut CRM verschickt.",
    "En tiedä kumpaa uskoa. Tarjous on CRM:n mukaan lähetetty.",
    "I don't know which one to believe. The CRM says the quote was sent.",
])
def test_two_stories_are_undecided(text):
    assert read_reply(text, date(2032, 6, 14), answering="status").intent is None


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    # set 109 (a sixth sample of status reports with other news), read wrong blind
    ("Tehtaalla käydään tiistaina 13.7. klo 9.", "status", "status", "meeting"),
    ("Asiakkaalta tuli eilen kielteinen päätös.", "status", "status", "lost"),
    ("Kunden ringde i morse och beställde, 12 000 € enligt offerten.", "status", "status",
     "won"),
    ("Tämä täytyy jättää väliin. Syksyllä tarjotkaa samanlaisia mielellään.", "offer",
     "decline", None),
    ("Hangö hamn is a bit of a mystery: the CRM says quoted, they say nothing arrived.",
     "status", None, None),
    ("Jag vet inte riktigt vad jag ska svara. Efter mötet ville de ha en offert.", "status",
     None, None),
])
def test_status_reports_sixth_sample(text, answering, intent, status):
    reading = read_reply(text, date(2032, 7, 8), answering=answering)
    assert (reading.intent, reading.status) == (intent, status)


def test_dollars_written_in_russian():
    assert find_amount("Сумма 24 750 долларов США без НДС") == (Decimal("24750"), "USD")
    assert find_amount("итого 5 000 долл.") == (Decimal("5000"), "USD")


@pytest.mark.parametrize(("text", "intent"), [
    # set 111 (answers to offers, a mixed sample), read wrong blind
    ("Tyvärr blir det nej från oss, det är för långt bort.", "decline"),
    ("Sorry, not quite our kind of job. Send us the next one though, we'd happily take it.",
     "decline"),
    ("Ich wollte erst klären, ob der Monteur frei ist. Er ist es, wir übernehmen den Lead.",
     "accept"),
    ("I can't give you a yes or a no today, our foreman decides and he is away.", None),
    ("Ehrlich gesagt bin ich zwiegespalten: nah dran, aber keine Leute frei.", None),
    ("Jag måste prata med Kalle först, han har fått tag på kunden förut.", None),
])
def test_offer_answers_mixed_sample_after_set_111(text, intent):
    assert read_reply(text, date(2032, 8, 20), answering="offer").intent == intent


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    # set 110 (a seventh sample of status reports with other news), read wrong blind
    ("Kemi said yes this morning! 9 800 € + VAT.", "status", "status", "won"),
    ("Kunden sa ja i går! 41 000 kronor.", "status", "status", "won"),
    ("Mit dem Einkauf bin ich in Kontakt, einen Termin gibt es noch nicht.", "status",
     "status", "contacted"),
    ("Porissa käytiin maanantaina katsomassa linjaa.", "status", "status", "meeting"),
    ("We have now met Kemin Satama twice, the second time at their quay.", "status",
     "status", "meeting"),
    ("Дозвонился до главного инженера, встречаться он готов только после отпуска.",
     "status", "status", "contacted"),
    ("Поговорил с их технологом, встречу назначим в сентябре.", "status", "status",
     "contacted"),
    ("Ich weiß gerade selbst nicht, woran wir sind: mündlich ja, per Mail nein.", "status",
     None, None),
    ("Tämä täytyy jättää väliin. Jos vastaavaa tulee syksyllä, otamme mielellämme.", "offer",
     "decline", None),
])
def test_status_reports_seventh_sample(text, answering, intent, status):
    reading = read_reply(text, date(2032, 8, 9), answering=answering)
    assert (reading.intent, reading.status) == (intent, status)


def test_the_competitors_offer_accepted_is_no_win():
    text = "He hyväksyivät kilpailijan tarjouksen."
    assert read_reply(text, date(2032, 8, 9), answering="status").status != "won"
    assert read_reply("He hyväksyivät tarjouksemme.", date(2032, 8, 9),
                      answering="status").status == "won"


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    # set 112 (an eighth sample of status reports with other news), read wrong blind
    ("Die Molkerei können Sie abhaken, da war nichts zu machen.", "status", "status", "lost"),
    ("Tää ei meiltä onnistu tällä kertaa.", "offer", "decline", None),
    ("Am Freitag um 9 Uhr sind wir beim Kunden vor Ort verabredet.", "status", "status",
     "meeting"),
    ("Wir haben verabredet, dass er uns die Pläne schickt. Telefoniert haben wir gestern.",
     "status", "status", "contacted"),
    ("Omistajaan sain eilen yhteyden, tapaamisesta sovitaan vasta puintien jälkeen.", "status",
     "status", "contacted"),
    ("Ich weiß beim Zweckverband gerade wirklich selbst nicht, woran wir sind. Angebot ist "
     "raus.", "status", None, None),
    ("По заводу не могу сказать ничего определённого, КП отправили в мае.", "status", None,
     None),
    ("The port – I honestly can't tell you. Kalle says he sent our prices.", "status", None,
     None),
])
def test_status_reports_eighth_sample(text, answering, intent, status):
    reading = read_reply(text, date(2032, 9, 10), answering=answering)
    assert (reading.intent, reading.status) == (intent, status)


@pytest.mark.parametrize(("text", "today", "back"), [
    # a day of the month alone, the next one
    ("Tillbaka på kontoret den 3:e.", date(2032, 10, 25), date(2032, 11, 3)),
    ("Я в отпуске до конца месяца. Снова на связи с 1-го.", date(2032, 10, 22),
     date(2032, 11, 1)),
    # "this week" keeps a weekday in the week written
    ("Am Donnerstag und Freitag dieser Woche bin ich auf einer Messe; ab Dienstag bin ich "
     "wieder im Büro.", date(2032, 10, 28), date(2032, 11, 2)),
])
def test_absence_notices_give_their_return_day(text, today, back):
    assert latest_date(text, today, relative=True) == back


@pytest.mark.parametrize(("text", "answering", "intent", "status"), [
    ("Leider verloren – nein, Moment, das war die Ausschreibung in Ingolstadt. Diese hier "
     "ist unterschrieben.", "status", "status", "won"),
    ("Wären wir 8 % günstiger gewesen, hätten wir den Auftrag bekommen. Unser Angebot lag "
     "bei 27.350 €. So hat ein Mitbewerber den Zuschlag erhalten.", "status", "status", "lost"),
    ("Не проиграли — пока. КП лежит у них с понедельника, и отказа мы не получали.",
     "status", "status", "proposal"),
    ("Det gick inte sämre än att de skrev på i går.", "status", "status", "won"),
    ("Nicht, dass wir kein Interesse hätten – im Gegenteil. Liegen die Messstellen in einer "
     "Halle?", "offer", "question", None),
])
def test_hard_meaning_of_set_114(text, answering, intent, status):
    reading = read_reply(text, date(2032, 10, 20), answering)
    assert (reading.intent, reading.status) == (intent, status)


def test_the_part_for_us_when_a_colleague_in_cc_is_spoken_to_first():
    text = ("Tuomas - yes, please take the hospital call on Monday, I can't make it.\n"
            "For Mailbot: on Wednesday we met Timo Virtanen and walked through both lines.")
    reading = read_reply(text, date(2032, 10, 20), "status")
    assert (reading.intent, reading.status) == ("status", "meeting")


@pytest.mark.parametrize(("text", "expected"), [
    # an abbreviation's dot ends no sentence
    ("Vår offert på 17 300 € exkl. moms gick alltså inte hem.", ("status", "lost")),
    ("De första detektorerna sitter på plats, och fakturan på 22 150 € exkl. moms gick ut i går.",
     ("status", "won")),
    # a German date's day ends none either
    ("wir schauen uns am Freitag, 6. Mai um 7 Uhr früh die Backstube an.", ("status", "meeting")),
    # a correction: what comes after it counts
    ("we sent them our quote on Monday – no, sorry, I'm mixing this up with the Rauma job. We "
     "walked the whole line with the production manager on Tuesday.", ("status", "meeting")),
    # the customer saying two things leaves the report undecided
    ("Their director said the job is ours; purchasing says the budget may go. Could go either "
     "way.", (None, None)),
])
def test_stop_25_readings(text, expected):
    reading = read_reply(text, date(2033, 3, 10), "status")
    assert (reading.intent, reading.status) == expected


def test_outlook_mobiles_german_line_with_its_link_is_not_the_partners_text():
    body = ("Termin ist am Montag 19.9. um 7:30.\nGrüße, Stefan\n\n"
            "Von Outlook für iOS<https://aka.ms/o0ukef> gesendet\n")
    assert "aka.ms" not in new_text(body)


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # "we cannot decide without it" asks, it does not refuse
    ("подскажите, пожалуйста, какие расходомеры нужны заказчику – электромагнитные или "
     "ультразвуковые? И какие диаметры труб? Без этого не можем решить.", "offer",
     ("question", None)),
    # a meeting only later is no meeting yet
    ("mit Frau Reiter habe ich gestern telefoniert. Kontakt also hergestellt, einen Termin "
     "gibt's frühestens nach Allerheiligen.", "status", ("status", "contacted")),
    # whether there is a meeting or not, the writer does not know
    ("Soitin tiistaina toimitusjohtajalle, joka sanoi heti että tulkaa näyttämään, ensi viikolla "
     "käy. Tunnin päästä soitti heidän talouspäällikkö ja sanoi, ettei mitään hankintoja tehdä. "
     "Eli onko meillä tapaaminen vai ei, en oikeesti tiedä.", "status", (None, None)),
    # an order after the meeting is a win; a date's dot before a small letter ends nothing
    ("Der Sternwirt hat nach dem Termin letzte Woche bestellt: Kühlhaus und Bierkeller.",
     "status", ("status", "won")),
    ("Wir haben uns für Donnerstag 26.1. auf seiner Baustelle in Ergolding verabredet.",
     "status", ("status", "meeting")),
    # "halt, nein, das stimmt so nicht" takes back what came before; "Kontakt steht"
    ("wir haben uns für Donnerstag verabredet – halt, nein, das stimmt so nicht. Den Termin "
     "will sie erst festmachen, wenn ihr Chef zurück ist.\n\nKontakt steht also, Termin noch "
     "offen.", "status", ("status", "contacted")),
    # given up: no need to go on, the customer invests nothing more
    ("beim Zehetmair brauchen wir nicht mehr weiterzumachen. Nach unserem Termin hat er sich "
     "die Zahlen noch mal angeschaut. Für ein Jahr investiert er nichts mehr. Schade, der Termin "
     "war eigentlich gut.", "status", ("status", "lost")),
    # a visit to be arranged once the roads are clear is none yet
    ("Frau Sedlmair erreicht. Sie schickt mir den Grundriss, einen Besuch machen wir aus, sobald "
     "die Straßen wieder frei sind.", "status", ("status", "contacted")),
    # the writer does not know what to report: undecided
    ("Ehrlich gesagt weiß ich nicht, was ich Ihnen melden soll. Wir waren am Montag beim "
     "Bürgermeister, der will, der Kämmerer nicht.", "status", (None, None)),
    ("ehrlich gesagt weiß ich beim Brandl gerade selbst nicht, woran ich bin. Der Senior hat "
     "gesagt, die Silofühler machen wir. Ob das jetzt ein Auftrag ist oder nicht, kann ich Ihnen "
     "nicht sagen.", "status", (None, None)),
    # the quote only after the next meeting; a meeting the customer will fix only later
    ("waren heut früh beim Gruber, Werkstatt und Holzlager angeschaut. Der Junior will die "
     "Trockenkammer auch mit drin haben, deshalb nochmal Termin am Dienstag mit dem Vater, dann "
     "erst Angebot.", "status", ("status", "meeting")),
    ("Den jungen Reisinger habe ich heute früh am Telefon erwischt. Einen Termin in der "
     "Backstube will er aber erst nach Martini ausmachen.", "status", ("status", "contacted")),
    # being there with the customer's man is a meeting
    ("in Kranzberg waren wir heute Vormittag mit dem Kirchenpfleger, Herrn Strobl, und dem "
     "Orgelbauer in der Pfarrkirche.", "status", ("status", "meeting")),
    # set 139, hard meaning: a meeting told as what "didn't count as telling you"
    ("Apologies - I hadn't realised that spending yesterday morning in their control room with "
     "the automation lead didn't count as telling you.", "status", ("status", "meeting")),
    # won, told by the invoice: asked to invoice this year, a prepayment invoice issued
    ("asiakas soitti perjantaina ja pyysi, että laskutamme vielä tämän vuoden puolella. Anturit "
     "lähtevät siis heille 15.12.", "status", ("status", "won")),
    ("по их просьбе выставили счёт на предоплату 30 %, а линию под наш монтаж остановят с 27 "
     "по 30 декабря.", "status", ("status", "won")),
    ("Der unterschriebene Auftrag lag am Freitagnachmittag tatsächlich in unserem Faxgerät – ja, "
     "die haben noch eins.", "status", ("status", "won")),
    # lost: our quote left on the table
    ("viime viikolla olisin vielä vastannut, että hyvältä näyttää. Tänään he ilmoittivat, että "
     "he vaihtavat anturit itse. Meidän tarjouksemme jäi siis pöydälle.", "status",
     ("status", "lost")),
    # declines without a no
    ("I'm sure there's a partner up in Oulu who would love this and could actually turn up. "
     "Please let them have it.", "offer", ("decline", None)),
    ("Отдайте, пожалуйста, другому партнёру — так будет честнее по отношению к заказчику.",
     "offer", ("decline", None)),
    ("sanoin syksyllä Sannalle, että otamme kaikki Uudenmaan liidit, kunhan asennus ei osu "
     "joulukuulle. No, tämä osuu juuri niille. Olkoon tämä siis jonkun toisen joululahja.",
     "offer", ("decline", None)),
    # both answers weighed, none given
    ("om vi tackar ja nu och kunden vill ha allt monterat före jul sitter vi illa till. Om vi "
     "tackar nej och de kan vänta, har vi släppt ett bra jobb i onödan.", "offer", (None, None)),
    # no meeting yet, a call instead
    ("något möte har det inte blivit – han ligger hemma med influensa. Vi hann ändå prata en "
     "kvart i telefon i måndags.", "status", ("status", "contacted")),
    ("von einem Termin kann bisher keine Rede sein. Immerhin hat er mich gestern zurückgerufen. "
     "Sobald er zurück ist, will er sich wegen eines Vor-Ort-Termins melden.", "status",
     ("status", "contacted")),
    # lost, told by what it means: "chancenlos", "going with his old employer's kit", "lägga
    # till handlingarna"
    ("Die Umrüstung der Kühlräume macht jetzt die Familie selbst, und unser Angebot über 7.240 € "
     "netto war damit natürlich chancenlos.", "status", ("status", "lost")),
    ("They're going with his old employer's kit, and our EUR 21,800 quote can go in the drawer "
     "with the others.", "status", ("status", "lost")),
    ("kunden har bestämt sig för att vänta på koncernens upphandling. Vår offert på 16 300 € kan "
     "vi nog lägga till handlingarna.", "status", ("status", "lost")),
    # won: "Ordern är på …"; a meeting: sitting with them in their meeting room
    ("Kalle är inbokad hos kunden 14–16 december. Ordern är på 187 500 kr exkl. moms.", "status",
     ("status", "won")),
    ("als Ihre Erinnerung kam, saß ich gerade bei Lechner im Besprechungsraum. Zwei Stunden mit "
     "dem Produktionsleiter, danach ein Rundgang durch beide Hallen.", "status",
     ("status", "meeting")),
    # declines without a no
    ("Geben Sie den Lead bitte einem Partner, der dort in der Nähe sitzt.", "offer",
     ("decline", None)),
    ("Vi har ungefär lika mycket luft i kalendern som det finns dagsljus i Sodankylä. Låt en "
     "annan partner ta hand om kunden.", "offer", ("decline", None)),
    # an accept told as what the partner will do
    ("Jag tror att vi just fick svaret på hans bön. Skicka kundens kontaktuppgifter så ringer jag "
     "dem före lunch.", "offer", ("accept", None)),
    # a reply that opens "before I answer anything" asks
    ("innan jag svarar något: gäller 30 mätpunkter båda anläggningarna, eller 30 på varje? I det "
     "senare fallet måste jag prata med Aino först.", "offer", ("question", None)),
])
def test_stop_26_readings(text, answering, expected):
    reading = read_reply(text, date(2033, 11, 16), answering)
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # set 146, answers to offers: accepts told as who goes, declines without a no
    ("laitetaan Lauri asialle. Hän soittaa asiakkaalle heti kun yhteystiedot tulevat.", "offer",
     ("accept", None)),
    ("Da schick ich nächste Woche den Florian hin, der kennt die Abfüllung eh. Kontaktdaten bitte "
     "an mich.", "offer", ("accept", None)),
    ("Yes, FI Gold is in. Aino will be the contact person on our side.\n\nOne thing I couldn't "
     "tell from the mail: does the customer already have the PLC side sorted?", "offer",
     ("accept", None)),
    ("det här får vi tyvärr låta bli, vi har inga tekniker i Vasatrakten. Fråga gärna Botnia "
     "Automation i Korsholm.", "offer", ("decline", None)),
    ("Thanks, but we'll leave this one. Lappeenranta is a long drive for a two-line kiln job.",
     "offer", ("decline", None)),
    ("jag fick tag på Kaisa Niemelä i dag. Vi ses ute på sågen på torsdag kl. 9.", "status",
     ("status", "meeting")),
    # set 142: an order in the present; a quote the customer wants only after the meeting
    ("Havsbadet i Piteå har bestämt sig! De beställer flödesmätarna för 92 750 kronor exkl. "
     "moms, orderbekräftelsen kom i fredags kväll.", "status", ("status", "won")),
    ("Med bryggeriet i Karleby har vi nu ett möte, torsdag 2.2 klockan 13. Bryggmästaren vill "
     "visa jäskällaren och kylrummet och sedan få en offert.", "status", ("status", "meeting")),
])
def test_stop_26_offer_answers(text, answering, expected):
    reading = read_reply(text, date(2034, 3, 22), answering)
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # set 145, hard meaning
    ("Guilty as charged, sorry. The reason is still drying by our radiator: my boots, after "
     "walking all six of their pumping stations with Harri on Friday. It took the whole day, and "
     "he wants the quote split per station, so that's what I'm working on now.", "status",
     ("status", "meeting")),
    ("Вчера провели у них почти весь день. КП готовим, отправим на следующей неделе.", "status",
     ("status", "meeting")),
    ("Eilen isäntä vihdoin soitti takasin ja juteltiin vartti. Tapaamisesta puhuttiin, mutta "
     "päivää ei vielä lyöty lukkoon.", "status", ("status", "contacted")),
    ("О встрече пока и речи нет: заказчик сам ещё не решил, кто у них будет вести проект. Но с "
     "главным механиком я вчера проговорила минут двадцать, и он обещал до пятницы прислать "
     "схему котельной.", "status", ("status", "contacted")),
    ("Hallissa oli jo kilpailijan asentajat. Meidän 8 400 euron tarjous jäi siis siihen.",
     "status", ("status", "lost")),
    ("Hej, det loppet är kört. Kommunen avropade från sin ramavtalsleverantör.", "status",
     ("status", "lost")),
    ("Er hat die Sensoren jetzt bei einem Versandhändler bestellt. Unser Angebot über 15.300 € "
     "netto können Sie also abhaken.", "status", ("status", "lost")),
    ("Have you ever tried to compete with free? Our EUR 9,600 offer never stood a chance. I'll "
     "close it on our side too.", "status", ("status", "lost")),
    ("Better that someone who can actually start next week picks this up.", "offer",
     ("decline", None)),
    ("ну куда нам сейчас ещё Рованиеми? Пусть лучше возьмёт тот, кто сможет доехать туда раньше "
     "мая.", "offer", ("decline", None)),
    ("kysyttekö ihan tosissanne? Jarkko ja Tuomas ovat ensi viikon vapaina. Pistäkää asiakkaan "
     "numero tulemaan, soitan vielä tänään.", "offer", ("accept", None)),
    ("förlåt att det dröjt. Offerten gick ut i fredags – eller nej, vänta, det var utkastet som "
     "gick till Ari för granskning. Den riktiga skickade jag till kunden i går förmiddag.",
     "status", ("status", "proposal")),
    ("I wouldn't call it a meeting. I ran into their facilities guy, Jari, at the wholesaler's "
     "counter on Friday, we swapped cards, and he has since emailed me the floor plan.", "status",
     ("status", "contacted")),
    ("Things have moved since then: the quote went out yesterday evening, EUR 12,940 excl. VAT, "
     "and their buyer has written back that she will take it to their Monday meeting.", "status",
     ("status", "proposal")),
    ("nu har vi äntligen sett pannrummet inifrån. Jonas var där i går med drifteknikern och "
     "fotade varenda givare. Offerten skriver jag i början av nästa vecka.", "status",
     ("status", "meeting")),
    ("тут, как говорится, поезд ушёл. Выяснилось, что договор с «Термоконтролем» они подписали "
     "ещё в феврале.", "status", ("status", "lost")),
    ("Kauniaisten uimahallin kiinteistöpäällikkö vastasi vihdoin puhelimeen tänä aamuna. "
     "Tapaamisesta ei vielä sovittu. Yhteys on kuitenkin nyt olemassa.", "status",
     ("status", "contacted")),
    ("Kortit on nyt tilattu, ja ilmaisimet ovat meillä tilauksessa.\nKauppasumma 21 600 € alv 0 "
     "%.", "status", ("status", "won")),
    ("Moi, ennen kuin vastaan: onko tämä sama meijeri, josta Sanna kyseli helmikuussa? Jos on, "
     "me käytiin siellä jo mittaamassa. Jos joku toinen, asia pitää miettiä eri tavalla.",
     "offer", ("question", None)),
])
def test_stop_26_hard_meaning(text, answering, expected):
    reading = read_reply(text, date(2034, 3, 8), answering)
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # set 147: undecided, in so many words
    ("Честно, не знаю, что с офисным центром в Тампере. Управляющий после встречи сказал «берём», "
     "а сегодня владелец написал, что весной никаких вложений не будет. Так что сам пока не "
     "понимаю, есть заказ или нет.", "status", (None, None)),
    ("честно, не знаю, что сказать про автосалон в Малми. После встречи старый владелец сказал: "
     "присылайте КП, берём. А вчера позвонил его сын. Может, купят, может, нет.", "status",
     (None, None)),
    ("Kouvolan teatterin kanssa tilanne on sekava. Teatterinjohtaja sanoi, että tarjous "
     "hyväksytään. Tänään talousjohtaja kertoi, ettei mitään tilata.", "status", (None, None)),
    ("Добрый день,\n\nспа в Ярвенпяя наше! Директор подписал заказ сегодня утром: 16 920 евро "
     "без НДС.", "status", ("status", "won")),
    # asking before saying yes, whatever the reasons tell of other deals
    ("bevor ich zusage, zwei Fragen: Handelt es sich um einen Neubau? Und würde es reichen, wenn "
     "wir erst nach Ostern vor Ort sind?\n\nZur Info: die Therme in Bad Tölz haben wir letzte "
     "Woche verloren, weil wir nicht schnell genug waren.", "offer", ("question", None)),
])
def test_stop_26_undecided_and_asking(text, answering, expected):
    reading = read_reply(text, date(2034, 4, 12), answering)
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set 143: German customers who take the quote, and one that is out
    ("Und am Nachmittag hat der Hinterwirt angerufen: Er nimmt das Angebot so, wie es ist, 6.380 € "
     "netto, die Bestellung kommt noch schriftlich.", ("status", "won")),
    ("Die Bichler hat grad angerufen: Sie nimmt's, 4.190 € netto, Einbau noch vor Valentinstag.",
     ("status", "won")),
    ("die Säge in Buch ist leider raus. Der junge Asenbeck hat die komplette Steuerung gebraucht "
     "gekauft. Da ist nichts mehr zu machen.", ("status", "lost")),
])
def test_stop_26_german_outcomes(text, expected):
    reading = read_reply(text, date(2034, 2, 15), "status")
    assert (reading.intent, reading.status) == expected


def test_a_figure_corrected_in_passing_keeps_the_reply_and_the_right_figure():
    reading = read_reply('asiakkaan ostopäällikkö kuittasi perjantaina: "tarjous saatu, '
                         'käsitellään tammikuussa". Summa oli 23 350 - ei kun 22 350 euroa alv '
                         '0 %, sori.', date(2033, 12, 5), "status")
    assert (reading.intent, reading.status, reading.amount) == ("status", "proposal", 22350)


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # a call still to make is no contact (the answer under a hard-wrapped K-9/Gmail quote
    # header, found once the header's lines are joined)
    ("Hmm. Vois kyl olla kiinnostava keissi, mut en tiiä ehditäänkö ennen joulua. Pitää "
     "soitella pojille ja kattoo maanantaina, palaan sit.", "offer", (None, None)),
    ("Soitettu asiakkaalle. Pitää soittaa vielä uudestaan ensi viikolla.", "status",
     ("status", "contacted")),
])
def test_stop_27_calls_yet_to_make(text, answering, expected):
    reading = read_reply(text, date(2026, 12, 3), answering)
    assert (reading.intent, reading.status) == expected


QUOTE = ("> — Reply above this line to answer by email —\n>\n> Hello Elsa, a new lead for you.\n"
         "> Accept lead: https://leads.example.com/l/accept/abc\n")
EN_DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the "
                 "addressee. If you are not the intended recipient, please notify the sender "
                 "and delete this message.")
RU_DISCLAIMER = ("Данное сообщение и любые приложения к нему являются конфиденциальными и "
                 "предназначены исключительно для адресата. Если вы получили это сообщение по "
                 "ошибке, сообщите отправителю и удалите его.")


@pytest.mark.parametrize(("body", "kept"), [
    # a bottom-posted answer keeps no signature and no disclaimer
    (f"On Mon, Mailbot wrote:\n{QUOTE}\nVi måste tyvärr säga nej, inga montörer lediga.\n\n"
     f"Elsa Sundqvist\nFI Small Ab\ntfn 044 318 2270\n\n{EN_DISCLAIMER}\n",
     "Vi måste tyvärr säga nej, inga montörer lediga."),
    # a server appends its disclaimer under the whole mail, quote and all ("Alla" is Swedish
    # for "all", Finnish for "below": the text under the quote is looked at)
    (f"Hej,\n\ntyvärr måste vi säga nej. Alla våra montörer är upptagna.\n\nAino\n\n"
     f"Den 26 maj skrev Mailbot:\n{QUOTE}\n{RU_DISCLAIMER}\n",
     "Hej,\n\ntyvärr måste vi säga nej. Alla våra montörer är upptagna.\n\nAino"),
    # right under the last line
    (f"Thanks, we'll take it.\nAino\n{EN_DISCLAIMER}\n\nOn Mon, Mailbot wrote:\n{QUOTE}",
     "Thanks, we'll take it.\nAino"),
])
def test_stop_27_disclaimers_are_no_answer(body, kept):
    assert new_text(body) == kept


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # phones and Word write typographic apostrophes; the word lists are typed with "'"
    ("Well, we wouldn’t say no to a bit of work in Tampere :) I’ll give the customer a call "
     "this afternoon.", "offer", ("accept", None, None)),
    ("Thanks, but this isn’t really our kind of work. Do send us the next sensor job though.",
     "offer", ("decline", None, None)),
    ("I can’t give you a yes or a no just yet, Tomi has to judge whether we have the hours.",
     "offer", (None, None, None)),
    ("This one didn’t go our way: they took the sensor package their machine supplier offered.",
     "status", ("status", "lost", None)),
    # a Swiss thousands separator typed on a Mac
    ("Wir haben den Auftrag erhalten. Auftragssumme EUR 22’450.– exkl. MwSt.", "status",
     ("status", "won", 22450)),
])
def test_stop_28_typographic_apostrophes(text, answering, expected):
    reading = read_reply(text, date(2026, 12, 4), answering)
    assert (reading.intent, reading.status, reading.amount) == expected
    assert reading.text == text  # kept as written


OUR_STATUS_QUOTE = (
    "On 10.1.2030 6.30, Mailbot wrote:\n> — Reply above this line to answer by email —\n>\n"
    "> Your feedback was due on 1/9/30, 6:30 AM. Until you give it, you cannot \n"
    "accept new leads.\n>\n> Or reply to this email in your own words, e.g. \"contacted, "
    "meeting next\nweek\" or \"won, 12 500 EUR\".\n>\n> --\n> Reference: L-70004\n")


@pytest.mark.parametrize(("body", "kept"), [
    # answered under a quote whose client wrapped our lines without quoting the rest again
    (f"{OUR_STATUS_QUOTE}\nThe quote went out on Monday, €12,450 excl. VAT.\n\n-- \nEero\n",
     "The quote went out on Monday, €12,450 excl. VAT."),
    # an answer typed under a quoted question is no wrapped rest
    ("> Could you tell us whether you can take the lead at Kaarina, within the week\n"
     "yes we can\n", "yes we can"),
    # a colleague's note forwarded under the answer is not the answer
    (f"{OUR_STATUS_QUOTE}\nHi,\n\nShort version: this one is gone.\n\nEero\n\n"
     "-------- Forwarded Message --------\nSubject: Kaarina\n\nI'll book a meeting with the "
     "daycare centre next door.\n", "Hi,\n\nShort version: this one is gone.\n\nEero"),
])
def test_stop_28_answers_under_the_quote(body, kept):
    assert new_text(body) == kept


def test_stop_28_a_russian_copula_dash_heads_no_list():
    """"X — это склад" is "X is a warehouse": not the heading of X's item in a list of
    customers, so the meeting told of in the next paragraph is this customer's."""
    text = ("Kouvola Cold Storage — это холодильный склад, который обслуживает несколько "
            "торговых сетей.\n\nВстреча назначена: в пятницу, 7 июня, в 9 утра мы приедем к "
            "ним на склад.\n\nЕсть просьба: не могли бы вы прислать нам инструкцию?")
    reading = read_reply(text, date(2026, 12, 4), "status", 75043, "Kouvola Cold Storage Oy",
                         "Kouvola")
    assert (reading.intent, reading.status) == ("status", "meeting")


@pytest.mark.parametrize(("text", "expected"), [
    # the lead given back by the partner working it, to a status request: a decline (the
    # reply handler gives it back); before, no reading at all in any of the five languages
    ("Sorry, we have to give this lead back, our installer quit.", "decline"),
    ("We hand this one back, please offer it to someone else.", "decline"),
    ("Wir müssen den Lead leider zurückgeben.", "decline"),
    ("Palautetaan tämä liidi, ei ehditä.", "decline"),
    ("Vi lämnar tillbaka leadet, vi hinner inte.", "decline"),
    ("Возвращаем лид, не успеваем.", "decline"),
    # one way of two, still weighed: nothing decided
    ("Wir entscheiden nächste Woche, ob wir das stemmen können oder den Lead lieber "
     "zurückgeben.", None),
    ("We'll see whether we can fit it in or give it back.", None),
])
def test_stop_31_a_lead_given_back(text, expected):
    assert read_reply(text, date(2026, 12, 5), "status").intent == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # blind set 156: a phone's dictated question, no "?"
    ("это частный дом или многоквартирный и нужен только монтаж или проект тоже", "offer",
     ("question", None)),
    ("omakotitalo vai rivitalo", "offer", ("question", None)),
    # blind set 158: second-language English
    ("offer is made to customer yesterday, total 14 780 EUR without VAT.", "status",
     ("status", "proposal")),
    ("customer was not reached yet. I called two times to Mr. Laine and sent SMS, but no "
     "answer. I try again on Monday.", "status", (None, None)),
    # tries told with a reach are contact still
    ("Tried her twice today, no answer, so I left a voicemail and sent an email.", "status",
     ("status", "contacted")),
    ("Could not reach them yet, but called again today and spoke with the owner.", "status",
     ("status", "contacted")),
    # blind set 157: late long reports
    ("Ich habe den Lead Ende März angenommen. Deshalb geben wir den Lead zurück.", "status",
     ("decline", None)),
    ("Mötet gick bra. Mats ska nu skicka oss ritningarna, och först när vi har dem kan vi "
     "börja fundera på en offert.", "status", ("status", "meeting")),
    ("Nu har vi bokat ett möte på skolan tisdagen den 10 april kl. 9. Efter det gör vi en "
     "offert.", "status", ("status", "meeting")),
    ("В начале марта отправили предложение. На прошлой неделе пришло решение: контракт "
     "получил другой поставщик. Так что этот лид для нас потерян.", "status", ("status", "lost")),
    ("I tried to call Mr Salonen. The mobile number only gives a \"number not in use\" "
     "message. Do you have another phone number for the customer?", "status", ("question", None)),
    ("Vi har försökt få tag på kunden sedan mars, men utan framgång. Kan ni kontrollera om ni "
     "har rätt telefonnummer?", "status", ("question", None)),
])
def test_stop_31_blind_sets_156_to_159(text, answering, expected):
    reading = read_reply(text, date(2026, 12, 5), answering)
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two clauses typed without a comma: the "not" or the "Friday" of the second governs
    # only its own step
    ("Связались с клиентом по телефону встречу пока не назначали", ("status", "contacted")),
    ("contacted the customer today no meeting yet", ("status", "contacted")),
    ("kunde erreicht termin gibt es noch nicht", ("status", "contacted")),
    ("soitin asiakkaalle tapaamista ei ole vielä sovittu", ("status", "contacted")),
    ("kunde erreicht angebot geht bis freitag raus", ("status", "contacted")),
    # a call told well before the day named
    ("созвонился с клиентом ждёт каталог вышлю завтра", ("status", "contacted")),
    ("we will contact the customer early next week", (None, None)),
    # the late answer apologised for denies no step
    ("Förlåt att jag inte svarat Vi fick affären 18 600 euro exkl moms", ("status", "won")),
    ("Извините что не ответила раньше Клиент оплатил счёт сделка закрыта", ("status", "won")),
    # one clause whose "not" governs both steps
    ("Om ett besök har vi inte pratat än.", (None, None)),
])
def test_stop_31_run_on_clauses(text, expected):
    reading = read_reply(text, date(2026, 12, 5), "status")
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # blind sets 160-163: dictated, spoken and holiday-season replies
    ("а там только датчики или монтаж тоже нужен напишите пожалуйста", "offer",
     ("question", None)),
    ("hab heut mit dem Herrn Gruber telefoniert. An Termin ham wir no ned, i meld mi wieder.",
     "status", ("status", "contacted")),
    ("Servus, des wird nix, sorry. Für Rosenheim ham wir grad koane Leut. Gebt's den bitte an "
     "wen anders weiter.", "offer", ("decline", None)),
    ("den här hinner vi int med, alla montörer e på sjukhusbygget. Ge'n åt nån annan.", "offer",
     ("decline", None)),
    ("Нет, этот лид не возьмём. Возможно, им заинтересуется FI Extra Oy.", "offer",
     ("decline", None)),
    ("Maybe we are interested.", "offer", (None, None)),
    ("Берём. Но с 22 декабря по 2 января у нас никого нет, к заказчику поедем сразу после "
     "праздников.", "offer", ("accept", None)),
    ("К сожалению нет.", "offer", ("decline", None)),
    ("Vi har pratat med kunden i telefon. De vill träffas först efter helgerna, så vi bokar en "
     "tid i januari.", "status", ("status", "contacted")),
    ("soitin asiakkaalle tänään. Sovimme, että soitan uudelleen tammikuun alussa ja sovitaan "
     "silloin tapaamisesta.", "status", ("status", "contacted")),
])
def test_stop_31_blind_sets_160_to_163(text, answering, expected):
    reading = read_reply(text, date(2026, 12, 5), answering)
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize("text", [
    "I'm at the Nordic Building Tech fair in Tampere until Wednesday 15 December and only "
    "reading email in the evenings.",
    "jag är på kurs i Vasa onsdag 15.12 och nås igen torsdag 16.12.",
])
def test_stop_31_away_at_a_fair_or_a_course(text):
    from mailbot.inbound.classify import OUT_OF_OFFICE
    assert OUT_OF_OFFICE.search(text)


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # blind set 166: answers to the mails that asked nothing
    ("Hi, sorry, I hit Decline by mistake on my phone. We do want this lead. Can we still have "
     "it if nobody else has taken it yet?", "", ("accept", None)),
    ("Я случайно нажал «Отказаться». Мы берём этот лид.", "", ("accept", None)),
    ("Painoin vahingossa hylkää. Otamme tämän liidin kyllä.", "", ("accept", None)),
    ("We don't want this lead.", "offer", ("decline", None)),
    ("ich habe das Angebot gestern in der Menge übersehen. Ist der Lead noch zu haben, oder hat "
     "ihn inzwischen ein anderer Partner übernommen?", "", ("question", None)),
    ("Das Angebot ist raus.", "status", ("status", "proposal")),
    ("nej tack, den här tar vi inte. Kajana ligger för långt från oss.", "offer",
     ("decline", None)),
    ("Den tar vi!", "offer", ("accept", None)),
    # thanks for the news, nothing answered; thanks and an answer
    ("Selvä, kiitos tiedosta.\n\nJuha\n\nLähetetty Samsung Galaxy -älypuhelimesta.", "",
     (None, None)),
    ("Понятно, спасибо за информацию.", "", (None, None)),
    ("Kiitos tiedosta, otetaan!", "offer", ("accept", None)),
    # a phone's signature typed small
    ("ei\n\n-m", "offer", ("decline", None)),
])
def test_stop_32_blind_set_166(text, answering, expected):
    reading = read_reply(new_text(text), date(2026, 12, 5), answering)
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # blind set 165: phones in lowercase
    ("yes well take it\nim in jyväskylä tomorrow morning anyway so ill call them first thing and "
     "maybe drop by", "offer", ("accept", None)),
    ("Yes, maybe we'll take it.", "offer", (None, None)),
    ("quick q before we say yes. do they want the sensors installed or just delivered? if its "
     "install as well i need to check with our electrician first", "offer", ("question", None)),
    ("sori tää jäi. keravan kiinteistöhuolto tilas, 12 980 e alv 0 toimitus huhtikuun alussa",
     "status", ("status", "won")),
    ("Asiakas tilas esitteen.", "status", (None, None)),
    # blind set 167: hard meaning
    ("I honestly can't think of a reason why we'd turn this one down. Put us down for it, please.",
     "offer", ("accept", None)),
    ("Не вижу причин отказываться, берём.", "offer", ("accept", None)),
    ("danke, aber bei ATEX Zone 1 lassen wir lieber die Finger davon. Gebt den Lead bitte an "
     "jemand anderen weiter.", "offer", ("decline", None)),
    ("anteeksi, että vastaus venyi, olin eilen koko päivän asiakkaalla. Varastohallit ovat meille "
     "tuttua puuhaa, joten ei tarvitse kahdesti kysyä.", "offer", ("accept", None)),
    ("Anteeksi, että vastaus venyi, olin eilen koko päivän asiakkaalla. Soitin heille tänään.",
     "status", ("status", "contacted")),
    ("ursäkta att jag inte hört av mig. Det satt långt inne, men i fredags skrev kunden till slut "
     "på: 186 000 kr exkl. moms.", "status", ("status", "won")),
    ("I've just come off the phone with their facilities manager. She's interested, but wants to "
     "wait until their budget is signed off in June.", "status", ("status", "contacted")),
    ("no, sanotaanko näin: asiakas oli kovin tyytyväinen tarjoukseen. Kilpailijan tarjoukseen, "
     "siis. Tilaus meni heille jo toukokuun alussa.", "status", ("status", "lost")),
    ("tapaaminen on sovittu tiistaille 24.5. – ei kun hetkinen, asiakas siirsi sitä päivällä "
     "eteenpäin. Se on keskiviikkona 25.5. klo 10.", "status", ("status", "meeting")),
    ("We lost it – no wait, that was the Rauma job. We sent the quote.", "status",
     ("status", "proposal")),
])
def test_stop_32_blind_sets_165_and_167(text, answering, expected):
    reading = read_reply(text, date(2026, 12, 5), answering)
    assert (reading.intent, reading.status) == expected


def test_stop_32_another_customer_by_a_compound_trade_in_lowercase():
    # "vantaan kylmävaraston" (a cold store in Vantaa) is another customer than Pohjolan Kylmä
    reading = read_reply("soitin pohjolan kylmälle eilen, ostopäällikkö lupas soittaa takas ensi "
                         "viikolla\nvantaan kylmävaraston kanssa sovittiin muuten tapaaminen ens "
                         "tiistaiks", date(2026, 12, 5), "status", customer="Pohjolan Kylmä")
    assert (reading.intent, reading.status) == ("status", "contacted")


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # blind sets 168 and 170: reports that tell of other things, two languages in one reply
    ("Moi,\n\nHyviä uutisia kuitenkin, Jonna meidän Vaasan toimistosta kirjoitti perjantaina:\n\n"
     "”Kunden skrev på i dag. 27 800 euro exkl. moms.”\n\nEli kauppa tuli!\n\nMikko\n\n"
     "> Mailbot <leads@mailbot.localhost> kirjoitti 12.8.2039 kello 8.00:\n> Hei Mikko,",
     "status", ("status", "won")),
    ("Called them this morning. We agreed to talk again on Monday and set up a proper meeting "
     "then.", "status", ("status", "contacted")),
    ("Позвонил заказчику сегодня утром. Договорились, что я пришлю им esite, а про встречу "
     "решим, когда они всё посмотрят.", "status", ("status", "contacted")),
    ("Järvenpään autokeskus ei lähde tähän. Heille riitti halvempi ratkaisu toiselta "
     "toimittajalta, vaikka tapaaminen meni ihan hyvin.", "status", ("status", "lost")),
    ("hur är det med ishallen, har den stängt under sommaren? Då kunde vi montera i juli, annars "
     "blir det tidigast i september. Säg till så svarar vi direkt.", "offer", ("question", None)),
])
def test_stop_32_blind_sets_168_and_170(text, answering, expected):
    reading = read_reply(new_text(text), date(2026, 12, 5), answering)
    assert (reading.intent, reading.status) == expected


def test_stop_32_an_attribution_is_no_colleague_quoted_in_the_text():
    text = new_text("Пересылаю, что написал наш продавец Тимо:\n«Tarjous lähetetty maanantaina.»"
                    "\n\nТо есть предложение отправлено.\n\n> Mailbot написал:\n> Добрый день")
    assert "Tarjous lähetetty" in text and "То есть" in text and "Добрый день" not in text


@pytest.mark.parametrize(("text", "expected"), [
    # blind set 169: what they cannot do is why they ask before saying yes
    ("Before we say yes: does the customer need the sensors installed before the end of June, "
     "or can the installation wait until the second week of August? We can't send anyone out in "
     "July.", ("question", None)),
    ("Before we say yes: is it urgent? We have to pass on this one anyway.", ("decline", None)),
])
def test_stop_32_blind_set_169_asked_before_saying_yes(text, expected):
    reading = read_reply(text, date(2026, 12, 5), "offer")
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # blind set 172: short tempers. A complaint about our mails answers nothing; a refusal
    # told angrily is still one; a status told angrily still stands
    ("Хватит слать мне по три письма в день!!! Ничего нового по этому лиду нет. Когда будет что "
     "сказать — скажу сам.", "status", (None, None)),
    ("Ответа от заказчика пока нет.", "status", (None, None)),
    ("Why am I locked out again? I updated both of those leads with your buttons on Friday. "
     "Until the lock is gone I can't do anything with this offer anyway.", "offer", (None, None)),
    ("Eilen tarjous, tänään muistutus ja kohta varmaan vielä kolmas viesti samasta liidistä. "
     "Tarvitaanko tätä oikeasti?", "offer", (None, None)),
    ("EI. Rovaniemi on 600 km Tampereelta, ei todellakaan meidän aluetta. Miksi näitä edes "
     "lähetetään meille?", "offer", ("decline", None)),
    ("En siis tiedä, onko asiakkaaseen oltu yhteydessä vai ei.", "status", (None, None)),
    ("Nein.\n\nWir nehmen den Lead nicht. Hamburg gehört nicht zu unserem Gebiet.", "offer",
     ("decline", None)),
    ("Your system keeps asking, so once more: quote sent. They promised an answer by the end of "
     "September. Until then there is nothing more to report.", "status", ("status", "proposal")),
    ("Nein, ich kann dazu noch nichts sagen. Bis dahin kann ich nichts melden.", "status",
     (None, None)),
    # blind set 173: answers that went round the office first
    ("pahoittelut viiveestä. Kuten Satun viestistä näkyy, kauppa ei toteutunut: asiakas jätti "
     "anturit pois budjetin takia.", "status", ("status", "lost")),
    ("Affären blev inte av.", "status", ("status", "lost")),
    ("Der Auftrag ist leider nicht zustande gekommen.", "status", ("status", "lost")),
    ("The deal didn't go through, they kept the old system.", "status", ("status", "lost")),
    ("before we accept, one question: does the customer want only the CO2 sensors installed, or "
     "should they also be connected to the ventilation control? We can't take on the second "
     "part.", "offer", ("question", None)),
    ("kysymys ennen kuin vastaamme: tarvitseeko asiakas pelkät anturit vai myös "
     "pienhiukkasmittauksen? Petrin mukaan jälkimmäistä emme pysty toimittamaan.", "offer",
     ("question", None)),
    # blind sets 174 (hard meaning) and 175 (an autumn fortnight)
    ("Would we ever say no to a dairy? We did the monitoring for two of their neighbours last "
     "year. Send over the details.", "offer", ("accept", None)),
    ("Would we ever say no to a dairy? Sadly yes: we can't, no people.", "offer", (None, None)),
    ("eigentlich hatten wir uns vorgenommen, in Niederbayern Fuß zu fassen. Tatsächlich ist unser "
     "Techniker aber gebunden. Den Lead müssen wir deshalb leider sausen lassen.", "offer",
     ("decline", None)),
    ("Ich red mal mit dem Chef – kann aber auch sein, dass wir's sausen lassen müssen.", "offer",
     (None, None)),
    ("Увы, поезд ушёл: заказчик ещё в сентябре подписал договор с другой фирмой.", "status",
     ("status", "lost")),
    ("Der Kunde hat mit einer anderen Firma unterschrieben.", "status", ("status", "lost")),
    ("Da ist der Kunde bei einem anderen Partner besser aufgehoben, wir sagen deshalb ab.", "offer",
     ("decline", None)),
    ("The board has decided that their caretaker can install the sensors himself. I'm sure it "
     "will go brilliantly. Either way, they won't be needing us for this one.", "status",
     ("status", "lost")),
    ("I'm sure we can do it.", "offer", ("accept", None)),
    ("tarkoitus oli käydä paikan päällä jo tällä viikolla, mutta toistaiseksi olen ehtinyt vain "
     "soittaa asiakkaalle.", "status", ("status", "contacted")),
    ("К сожалению, этот лид нам не подходит: у нас сейчас нет монтажника с допуском к работам во "
     "взрывоопасных зонах.", "", ("decline", None)),
    ("Думаю... С одной стороны, клиент интересный. С другой, у нас нет монтажника с допуском. "
     "Обсужу с коллегами и напишу позже.", "offer", (None, None)),
    # blind set 178: hard meaning, a twelfth set
    ("Отказываться не будем: объект в Эспоо, у нас там работает бригада. Записывайте на нас.",
     "offer", ("accept", None)),
    ("nein, bitte nicht an andere Partner weitergeben – den machen wir.", "offer",
     ("accept", None)),
    ("tämä saa tällä kertaa mennä sivu suun. Porin suunnalle meillä ei ole ketään.", "offer",
     ("decline", None)),
    ("The whole team is tied up until February. It's kinder to them if one of the other "
     "partners picks it up.", "offer", ("decline", None)),
    ("Unser Angebot hat dem Kunden gut gefallen, das des Mitbewerbers offenbar noch besser. Er "
     "hat sich letzte Woche für den anderen entschieden.", "status", ("status", "lost")),
    ("soitin asiakkaalle ja sovittiin käynti tiistaille 6.12. – ei kun sehän on "
     "itsenäisyyspäivä, siis keskiviikolle 7.12. klo 13.", "status", ("status", "meeting")),
])
def test_stop_33_blind_sets_172_to_178(text, answering, expected):
    reading = read_reply(text, date(2026, 12, 5), answering)
    assert (reading.intent, reading.status) == expected


_FORWARDED_CHAIN = """Hej,

förlåt dröjsmålet. Affären är klar, se Linneas mejl nedan.

Elsa

Från: Linnea Berg <linnea@fi-small.example>
Skickat: den 26 september 2039 08:45
Till: Elsa Holmström <elsa@fi-small.example>
Ämne: SV: VB: [L-99228] Lead: Temperaturgivare

Vi fick ordern i fredags! 21 300 euro exkl. moms, leverans vecka 42.

Linnea

Från: Elsa Holmström <elsa@fi-small.example>
Skickat: den 23 september 2039 08:10
Till: Linnea Berg <linnea@fi-small.example>
Ämne: VB: [L-99228] Lead: Temperaturgivare

Linnea, hur gick det?

Från: Mailbot <leads@mailbot.localhost>
Skickat: den 23 september 2039 07:00
Ämne: [L-99228] Lead: Temperaturgivare
"""


def test_stop_33_a_colleagues_answer_forwarded_below_fills_in_the_reply():
    below = forwarded_answer(_FORWARDED_CHAIN)
    assert below == "Vi fick ordern i fredags! 21 300 euro exkl. moms, leverans vecka 42."
    own = read_reply("Affären är klar, se Linneas mejl nedan.", date(2026, 12, 5), "status")
    filled = filled_from(own, read_reply(below, date(2026, 12, 5), "status"))
    assert (filled.status, filled.amount, filled.currency) == ("won", 21300, "EUR")
    assert filled.text == own.text
    # a line that names no state takes the colleague's answer; our own mail is no answer
    quoted = ("> Von: Thomas <t@x.example>\n> Datum: heute\n> Betreff: AW: Lead\n>\n"
              "> Termin steht: Dienstag, 4.10., 14 Uhr.\n>\n> Thomas\n")
    nothing = read_reply("Hallo, siehe Thomas' Nachricht unten.", date(2026, 12, 5), "status")
    answer = read_reply(forwarded_answer(quoted), date(2026, 12, 5), "status")
    meeting = filled_from(nothing, answer)
    assert (meeting.intent, meeting.status) == ("status", "meeting")
    assert forwarded_answer(_FORWARDED_CHAIN.split("Från: Linnea")[0] + _FORWARDED_CHAIN.split(
        "Linnea, hur gick det?\n\n")[1]) == ""



@pytest.mark.parametrize(("text", "points"), [
    ("Hallo, siehe Thomas' Nachricht unten.", True),
    ("Kunden svarade i morse:", True),
    ("Pasting it here:  \n", True),
    ("Tarjous lähti, 12 400 €.", False),
    ("Status: won", False),
])
def test_a_line_pointing_at_what_follows(text, points):
    assert points_at_what_follows(text) is points

@pytest.mark.parametrize(("text", "amount"), [
    ("we sent them our quote on Tuesday, €24,300 + VAT. Sorry, correction, that was the first "
     "draft. The version that actually went out was €23,850 + VAT.", 23850),
    ("Tarjous lähti 12 400 €. Korjaus: 14 200 € + alv.", 14200),
])
def test_stop_33_a_figure_corrected_keeps_the_step(text, amount):
    reading = read_reply(text, date(2026, 12, 5), "status")
    assert (reading.status, reading.amount) == ("proposal", amount)


def test_stop_33_a_notice_left_on_after_the_absence_gives_its_past_end():
    # blind set 180: sent on 24 January, the leave it names ended on 6 January; "December" a
    # year on (the loose reading) would pause the contact for eleven months
    text = ("olen vuosilomalla 27.12.2039–6.1.2040 enkä lue sähköpostiani.\n\nI am on annual "
            "leave from 27 December 2039 to 6 January 2040.")
    assert latest_date(text, date(2040, 1, 24), relative=True) == date(2040, 1, 6)
    assert latest_date("back on 6 February 2040", date(2040, 1, 24), relative=True) == \
        date(2040, 2, 6)




_SETS_176_TO_180 = [
    # blind set 176 (an ordinary fortnight)
    ("I spoke with their property manager yesterday. They'd like a short written proposal "
     "first, I'll get it to them next week.", "status", ("status", "contacted")),
    ("tack för uppgifterna. Jag hinner tyvärr inte kontakta kunden förrän nästa vecka, så jag "
     "kan inte säga något om läget ännu.", "", (None, None)),
    ("leider verloren. Der Kunde hat alles bei seinem Lüftungsbauer bestellt, der die Sensoren "
     "gleich mitliefert.", "status", ("status", "lost")),
    # blind set 177 (numbers everywhere)
    ("der Kunde hat sich für Variante 2 entschieden (Funk, 26 Messpunkte) und heute bestellt: "
     "13.780 € netto. Variante 1 mit Verkabelung hätte 16.240 € gekostet, das war ihm zu viel.",
     "status", ("status", "won")),
    ("Der Kunde hat sich für den Mitbewerber aus Landshut entschieden.", "status",
     ("status", "lost")),
    ("ennen kuin otetaan tämä: kohteessa on 3 kerrosta ja noin 4 000 m². Tarvitaanko anturit "
     "kaikkiin kerroksiin vai riittääkö kellari?", "offer", ("question", None)),
    # blind set 178 (hard meaning)
    ("eigentlich wollten wir diese Woche schon das Angebot rausschicken. Tatsächlich sind wir "
     "erst so weit, dass wir uns am Dienstag, 6. Dezember, um 9 Uhr mit dem Haustechniker vor "
     "Ort die Messpunkte anschauen.", "status", ("status", "meeting")),
    ("Three site visits and a revised quote later, they've decided to \"keep using the "
     "spreadsheet for now\". So that's a no from the customer, and I'm writing it off on our "
     "side.", "status", ("status", "lost")),
    ("Don't write this one off just because they've gone quiet. Our quote went to them on the "
     "9th – EUR 21,400 net – and their board only meets on the 24th.", "status",
     ("status", "proposal")),
    ("Vi har vänt och vridit på det här, och hur trevlig kunden än verkar tror jag att någon som "
     "sitter närmare Kajana gör ett bättre jobb för dem än vi kan. Ge den gärna vidare.", "offer",
     ("decline", None)),
    # blind set 179 (dictated on a phone)
    ("Hi mailbot comma quick question do they want the sensors installed or just delivered "
     "question mark and is it the whole warehouse or only the cold rooms thanks", "offer",
     ("question", None)),
    ("Добрый день запятая подскажите пожалуйста им нужен только датчик или с монтажом "
     "вопросительный знак и какие сроки", "offer", ("question", None)),
    # blind set 180 (late answers after the holidays)
    ("Is this one still open? If so, we'll take it. Jyväskylä is easy for us.", "offer",
     ("accept", None)),
    ("Onko tämä vielä vapaana? Jos on, otamme sen.", "offer", ("accept", None)),
    # (another question asked with it waits for its answer)
    ("Is this one still open? And how big is the site? If so, we'll take it.", "offer",
     ("question", None)),
    ("tämä liidi on siirtynyt minulta Mikolle, joka hoitaa Pirkanmaan asiakkaat. Minulla ei ole "
     "tästä uutta tietoa, Mikko kertoo tilanteen, kun on ollut yhteydessä asiakkaaseen.",
     "status", (None, None)),
    ("lähetimme tarjouksen joulukuussa, ja viime viikolla asiakas hyväksyi sen. Kaupan arvo on "
     "9 480 euroa (alv 0 %).", "status", ("status", "won")),
]


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("Выиграли! Заказ на 64 датчика по 155 евро, итого 9 920 евро без НДС.", 9920, "EUR"),
    ("offerten gick i dag: 28 givare à 265 € och installation 1 480 €, totalt 8 900 € exkl. "
     "moms.", 8900, "EUR"),
    ("24 Sensoren à 385 €, dazu Montage pauschal 2.160 €, macht 11.400 € netto.", 11400, "EUR"),
    ("Первое КП было на 19 400 евро. После переговоров отправили новое КП: 17 900 евро без НДС.",
     17900, "EUR"),
    ("ordersumman är 1,2 M SEK exkl. moms (2 lager, sammanlagt 5 600 m²)", 1200000, "SEK"),
    ("PO came in yesterday. 9900e net", 9900, "EUR"),
    # the sum with the tax added is the gross figure
    ("maalämpöpumpun ohjaus, 9 800 € + alv 25,5 % = 12 299 €.", 9800, "EUR"),
])
def test_stop_34_the_deal_amount_among_other_figures(text, amount, currency):
    assert find_amount(text) == (Decimal(amount), currency)


_CORRECTED_MAIL = """sorry typo!! the quote is 12,8k € + vat not 2,8k 🙈 fat fingers

Eero

On Wed, 18 Jan 2040, 09:31 Eero Koskela, <eero@fi-extra.example> wrote:

> quote went out this morning, 2,8k € + vat. they decide next week
>
> Eero
>
> On Wed, 18 Jan 2040, 07:06 Mailbot, <leads@mailbot.localhost> wrote:
>
> > How is lead L-99505 going?
"""


def test_stop_34_a_correction_is_read_with_the_partners_own_mail_below():
    earlier = own_earlier_mail(_CORRECTED_MAIL, "eero@fi-extra.example")
    assert earlier == "quote went out this morning, 2,8k € + vat. they decide next week"
    correction = read_reply(new_text(_CORRECTED_MAIL), date(2026, 12, 5), "status")
    assert correction.intent is None and CORRECTION_NOTE.search(correction.text)
    read = corrected_from(correction, read_reply(earlier, date(2026, 12, 5), "status"))
    assert (read.status, read.amount, read.currency) == ("proposal", 12800, "EUR")
    # someone else's mail below is no earlier mail of the sender's
    assert own_earlier_mail(_CORRECTED_MAIL, "mikko@fi-gold.example") == ""


_SET_184 = [
    # blind set 184: conditions, questions and half-answers
    ("Hi, before we say yes can you tell me whether the customer wants the sensors tied into "
     "their building automation or as a standalone system", "offer", ("question", None)),
    ("Hej vad är det för slags lokal, kontor eller lager. Och behöver de installation eller "
     "bara leverans. Svarar direkt när jag vet", "offer", ("question", None)),
    ("Onko tää uudiskohde vai saneeraus. Ja paljonko antureita suunnilleen, koko-kohdassa ei "
     "oikein sano mitään. Kerro niin päätetään vielä tänään", "offer",
     ("question", None)),
    ("ei onnistu tällä kertaa. Pori on meiltä liian kaukana. Jos asiakas voi odottaa kesäkuulle "
     "eikä kukaan muu ota tätä, voitte kysyä uudestaan. Nyt kuitenkin ei.", "offer",
     ("decline", None)),
    ("tyvärr måste vi tacka nej den här gången. Om ingen annan tar den och kunden kan vänta till "
     "maj kan ni höra av er igen, men räkna inte med oss nu.", "offer", ("decline", None)),
    ("om den fortfarande är ledig så tar vi den.", "offer", ("accept", None)),
    ("otetaan tämä, jos asiakkaalle käy, että asennus tehdään vasta toukokuussa. Soitan "
     "asiakkaalle heti, kun saan yhteystiedot, ja sovin aikataulun.", "offer", ("accept", None)),
    ("das muss ich erst mit meinem Chef klären, ob wir im April jemanden dafür frei haben. Er ist "
     "bis Mittag im Termin, ich melde mich danach. Eher ja als nein, aber versprechen kann ich "
     "noch nichts.", "offer", (None, None)),
    # a sentence with "vai" or "когда" in it, ending in a point, asks nothing
    ("En vielä tiedä, onko tämä uusi tiedustelu vai sama hanke uudestaan. Palaan tähän ensi "
     "viikolla.", "status", (None, None)),
    ("Ничего нового по этому лиду нет. Когда будет что сказать — скажу сам.", "status",
     (None, None)),
]


_SET_185 = [
    # blind set 185: long reports after Easter
    ("Wir haben einen Termin vor Ort am Dienstag, 17. April, um 9 Uhr. Dabei legen wir die "
     "Messstellen im Gärkeller fest, danach mache ich das Angebot.", "status",
     ("status", "meeting")),
    ("До Пасхи дозвониться до заказчика не получилось. Во вторник я наконец поговорил с главным "
     "инженером. Описание я отправил вчера вечером. Теперь жду ответа.", "status",
     ("status", "contacted")),
    ("jag har pratat med fastighetsskötaren i dag. Han ska stämma av med styrelsen vilken vecka "
     "som passar för ett besök och återkommer till mig.", "status", ("status", "contacted")),
]


_SETS_182_AND_183 = [
    # blind set 182 (the deal amount among other figures) and 183 (colleagues and hand-overs)
    ("en osaa vielä sanoa. 220 asuntoa on meille iso urakka. Katson huomenna klo 9 "
     "palaverissa, riittääkö väki, ja vastaan ennen määräaikaa.", "offer", (None, None)),
    ("Honestly, nothing to report yet. They have two offers on the table, ours and one that is "
     "about 10% cheaper, and their board meets on 12 March. I won't know anything before that.",
     "status", (None, None)),
    ("das müssen wir erst im Team besprechen. Wir sitzen am Montag früh zusammen. Ob wir den "
     "Lead nehmen, kann ich Ihnen vorher leider nicht sagen.", "offer", (None, None)),
    ("I've passed this lead to Mikael, he looks after our customers in Turku. He has been on a "
     "course all week, so nobody has been in touch with the customer yet. I'll let you know once "
     "he has spoken to them.", "status", (None, None)),
]


def test_stop_34_a_total_named_after_its_parts():
    text = ("It covers 36 CO2 sensors at EUR 385 each, 2 gateways at EUR 1,240 and installation "
            "for EUR 2,000 (3 days on site). That makes EUR 18,340 excl. VAT in total.")
    assert find_amount(text) == (Decimal(18340), "EUR")


def test_stop_34_a_correction_over_an_outlook_header_block():
    body = ("Korrektur: 14.800 € netto, nicht 18.400.\n\nStefan\n\n"
            "Von: Stefan Brandt <stefan@de-gold.example>\nGesendet: Montag, 7. Mai 2040 09:12\n"
            "An: Mailbot <leads+1-2-abc@mailbot.localhost>\nBetreff: AW: [L-5] Wie läuft es?\n\n"
            "Angebot ist raus, 18.400 € netto.\n\nGruß Stefan\n\n"
            "Von: Mailbot <leads@mailbot.localhost>\nGesendet: Montag, 7. Mai 2040 07:00\n")
    earlier = own_earlier_mail(body, "stefan@de-gold.example")
    assert earlier == "Angebot ist raus, 18.400 € netto."
    correction = read_reply("Korrektur: 14.800 € netto, nicht 18.400.", date(2026, 12, 5),
                            "status")
    read = corrected_from(correction, read_reply(earlier, date(2026, 12, 5), "status"))
    assert (read.status, read.amount) == ("proposal", 14800)


_SETS_186_TO_190 = [
    # blind set 186 (an ordinary fortnight, April)
    ("Hi, I spoke to Mr Salo this afternoon. We'll meet at the school on Wednesday 2 May at "
     "10:00 to walk through the ventilation rooms.", "status", ("status", "meeting")),
    ("jag har pratat med kunden i telefon i morse. De skickar ritningarna för ombyggnaden efter "
     "första maj, och då bestämmer vi tid för ett besök.", "status", ("status", "contacted")),
    # blind set 187 (writing twice): what a second mail says alone
    ("Nachtrag: Sie hat eben zurückgerufen. Wir sind am Dienstag, 15. Mai, um 9 Uhr bei ihr in "
     "der Kanzlei.", "status", ("status", "meeting")),
    ("Hi, update: the Hamina job got postponed, so Ville is free after all. We'll take the "
     "bakery if it's still open.", "offer", ("accept", None)),
    ("Ja vielä: en tiedä vielä, milloin tarjous ehtii lähteä. Palaan siihen.", "status",
     (None, None)),
    ("tyvärr tackar vi nej till den här. Vi har ingen montör med behörighet för "
     "explosionsfarliga miljöer.", "offer", ("decline", None)),
    # blind set 188 (short answers to offers)
    ("Не наше, извините. Вибродатчики мы не ставим.", "offer", ("decline", None)),
    ("Not this one, thanks. We have no one free for a cold store job before June.", "offer",
     ("decline", None)),
    ("Беру.", "offer", ("accept", None)),
    ("Не беру.", "offer", ("decline", None)),
    # blind set 189 (money written every way)
    ("hmm, puhaltimet olisivat kyllä kiinnostavia, mutta Valkeakoski on meille vähän hankala "
     "matka. En osaa vielä sanoa, kysyn pojilta iltapäivällä.", "offer", (None, None)),
    ("anteeksi, tämä unohtui. Kauppa tehtiin jo toukokuun puolivälissä: 20 080 € sis. alv "
     "25,5 %, eli 16 000 € veroton.", "status", ("status", "won")),
    ("Tavataan maanantaina. Samalla käyn Oriveden koululla, jossa kauppa tehtiin jo "
     "syyskuussa.", "status", ("status", "meeting")),
    # blind set 190 (partners asking us things)
    ("Before we accept: we don't have our own installers up north. Would it be OK if our "
     "subcontractor in Oulu does the installation under our name? If that's allowed we'll take "
     "it, if not we'll have to pass.", "offer", ("question", None)),
    ("den Lead nehmen wir. Eine Frage dazu: Die Montage würden wir gern an unseren langjährigen "
     "Subunternehmer aus Freising vergeben. Ist das so in Ordnung?", "offer", ("accept", None)),
    ("vem är rätt kontaktperson hos kunden? Jag skickade ett mejl dit i morse men vill helst "
     "ringa någon direkt. Vet ni vem som skickade förfrågan?", "status", ("question", None)),
    ("Kann man einen Lead auch zurückgeben, nachdem man ihn angenommen hat? Das lohnt sich für "
     "uns eigentlich nicht. Falls ja, wie geht das?", "status", ("question", None)),
]


@pytest.mark.parametrize("text", [
    "We sent them a budget quote on Monday: somewhere between €38,000 and €42,000.",
    "Angebot zwischen 38.000 und 42.000 € netto",
    "Вилка от 1,2 до 1,5 млн руб.",
])
def test_stop_34_a_range_in_words_is_no_amount(text):
    assert find_amount(text) == (None, None)


def test_stop_34_a_completion_takes_the_amount_it_points_to():
    earlier = read_reply("offerten gick till kunden i går: 46 200 euro exkl. moms.",
                         date(2026, 12, 5), "status")
    later = read_reply("glömde säga en sak: de har redan skrivit på! Samma belopp som i "
                       "offerten.", date(2026, 12, 5), "status")
    read = corrected_from(later, earlier)
    assert (read.status, read.amount, read.currency) == ("won", 46200, "EUR")
    forgot = read_reply("Unohtui summa: 12 780 euroa + alv.", date(2026, 12, 5), "status")
    won = read_reply("Kauppa tuli, tilaus saapui eilen!", date(2026, 12, 5), "status")
    assert corrected_from(forgot, won).amount == 12780
    # Gmail's Russian attribution has no verb; Thunderbird's names the sender without address
    body = ("Опечатка: 54 200 евро.\n\nчт, 3 мая 2040 г. в 09:00, Mikko Rantanen "
            "<mikko@fi-gold.example>:\n\n> КП отправили вчера, 52 400 евро без НДС.\n")
    assert own_earlier_mail(body, "mikko@fi-gold.example") == \
        "КП отправили вчера, 52 400 евро без НДС."
    body = "Забыл сумму.\n\n04.05.2040 09:30, Juha Heikkinen пишет:\n> Договор подписан.\n"
    assert own_earlier_mail(body, "juha@fi-silver.example", "Juha Heikkinen") == \
        "Договор подписан."
    assert own_earlier_mail(body, "juha@fi-silver.example") == ""


_SETS_191_TO_195 = [
    # blind set 191 (the start of the summer holidays)
    ("Thanks. I reached Harri Koivu this afternoon and we meet at their plant on Tuesday 3 July "
     "at 9:00, his last day before the holidays.", "status", ("status", "meeting")),
    ("I reached Harri Koivu this afternoon.", "status", ("status", "contacted")),
    # blind set 192 (hard meaning, a thirteenth set)
    ("Their purchasing department has just asked for our bank details so they can pay the "
     "invoice for the €14,600 (ex. VAT) order. I think we can call that one done!", "status",
     ("status", "won")),
    ("Заказчик уже запросил наши банковские реквизиты, чтобы оплатить счёт на 2 350 000 руб. без "
     "НДС. Так что можно ставить галочку.", "status", ("status", "won")),
    ("Well, that went brilliantly. They bought the cheapest transmitters they could find online "
     "and installed them themselves, so there's nothing left for us there.", "status",
     ("status", "lost")),
    ("no sehän meni hienosti. Isännöitsijä tilasi vuotovahdit suoraan verkkokaupasta ja "
     "talkoilla asennetaan. Tästä ei meille jää mitään.", "status", ("status", "lost")),
    ("I called Mr Laine and he asked whether Tuesday the 24th at ten would suit us to go through "
     "the boiler rooms on site. It does, so that's booked.", "status", ("status", "meeting")),
    ("da sagen wir natürlich nicht nein. Dachau ist für uns quasi um die Ecke.", "offer",
     ("accept", None)),
    ("no eihän tällaisesta voi kieltäytyä! Otetaan tämä. Soitan asiakkaalle huomenna.", "offer",
     ("accept", None)),
    ("Спасибо, что подумали о нас, но, боюсь, в этот раз не получится: наши монтажники в "
     "отпуске. Передайте, пожалуйста, лид другим партнёрам.", "offer", ("decline", None)),
    ("jag vet faktiskt inte riktigt. Å ena sidan passar det oss bra, å andra sidan är halva "
     "firman på semester. Jag återkommer när jag har pratat med Mats.", "offer", (None, None)),
    # blind set 195 (writing in a second language)
    ("To be honest I cannot say yet anything. The customer's technical manager is on summer "
     "holiday until next week and nobody else there can decide.", "status", (None, None)),
    ("jag har ringt till kunden i måndags. Han skickar ritningarna denna vecka, sedan vi gör en "
     "offert.", "status", ("status", "contacted")),
]


@pytest.mark.parametrize(("text", "answering", "expected"), [
    *_SETS_176_TO_180, *_SETS_182_AND_183, *_SET_184, *_SET_185, *_SETS_186_TO_190,
    *_SETS_191_TO_195])
def test_stop_34_blind_sets_176_to_195(text, answering, expected):
    reading = read_reply(text, date(2026, 12, 5), answering)
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # "нет" after the customer's money or a date is no refusal: nothing there yet
    ("Пока ничего определённого: отдел закупок говорит, что денег до января нет.", "status",
     (None, None)),
    ("Встречи пока нет.", "status", (None, None)),
    ("Бюджета у заказчика до весны нет, но мы берём.", "offer", ("accept", None)),
    # a refusal stays one
    ("К сожалению, нет.", "offer", ("decline", None)),
    ("Времени у нас сейчас нет, отдайте лид другому.", "offer", ("decline", None)),
])
def test_stop_35_no_money_or_date_yet_is_no_refusal(text, answering, expected):
    reading = read_reply(text, date(2026, 12, 5), answering)
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting wanted whose date is not set is no meeting yet
    ("I spoke to them on Monday, they want a visit next week but no date yet.",
     ("status", "contacted")),
    ("Sie möchten nächste Woche einen Termin, aber ein Datum gibt es noch nicht.", (None, None)),
    ("He haluavat käynnin ensi viikolla, mutta päivää ei ole vielä sovittu.", (None, None)),
    ("De vill ha ett besök nästa vecka, men inget datum är bestämt än.", (None, None)),
    ("Они хотят встречу на следующей неделе, но дату пока не назначили.", (None, None)),
    # one that took place, or has its date, stays a meeting
    ("We met them on Monday; the next meeting has no date yet.", ("status", "meeting")),
    ("We are meeting on Tuesday 4 September at 10.", ("status", "meeting")),
])
def test_stop_35_a_meeting_without_a_date_is_none_yet(text, expected):
    reading = read_reply(text, date(2026, 12, 5), "status")
    assert (reading.intent, reading.status) == expected


# blind sets of stop 35 (196-200): the forms read wrong when each set arrived
_SET_196 = [
    ("Honestly I don't know yet where we are with Kuopion Lämpö – my colleague Timo handled "
     "the contact in August and he is out this week.", "status", (None, None)),
]


_SET_197 = [  # hard meaning
    ("asiakkaalle on soitettu. Innostus ei ollut ihan kattoon asti, mutta ei hän "
     "kieltäytynytkään.", "status", ("status", "contacted")),
    ("Мы созвонились с заказчиком. Восторга не было, но и не отказался.", "status",
     ("status", "contacted")),
    ("ärligt talat drog vi en lättnadens suck när de ringde och sa att de går vidare med en "
     "annan leverantör.", "status", ("status", "lost")),
    ("They called on Monday: they are going ahead with another supplier.", "status",
     ("status", "lost")),
    ("would you mind offering this one to a partner closer to Rosenheim? For us it is four "
     "hours on the road.", "offer", ("decline", None)),
    ("voisitteko tarjota tätä jollekulle, jolla on asentajia? Meidän osaamisemme loppuu "
     "logiikoihin.", "offer", ("decline", None)),
    ("kontakt tagen, och nej, de bet inte. Ritningarna kommer nästa vecka.", "status",
     ("status", "contacted")),
    ("das Angebot ist am Montag rausgegangen. Es ist eines von der Sorte, die man eigentlich "
     "nicht ablehnen kann.", "status", ("status", "proposal")),
    ("КП отправили в понедельник. Это предложение, от которого невозможно отказаться.",
     "status", ("status", "proposal")),
    ("ob die Kundin Interesse hat? Sie hat uns für Mittwoch, den 26. September, um 10 Uhr ins "
     "Werk nach Freising eingeladen. Ich würde sagen: ja.", "status", ("status", "meeting")),
]
_SET_198 = [  # dates and times in the text
    ("Kunden beställde den 4 oktober, 36 900 euro exkl. moms. Leverans 2040-10-29.", "status",
     ("status", "won")),
    ("Der Kunde hat am 4. Oktober bestellt.", "status", ("status", "won")),
    ("Заказчик заказал 4 октября.", "status", ("status", "won")),
    ("Заказчик заказал через рамочный договор у другого поставщика.", "status",
     ("status", "lost")),
    # "ringer tillbaka" is a call back, not "ger tillbaka" (give back)
    ("jag pratade med kunden i dag kl. 8.15. Han ringer tillbaka efter den 15:e.", "status",
     ("status", "contacted")),
]
_SET_199 = [  # mobile clients: the meeting still to be arranged
    ("habe heute mit Frau Obermeier telefoniert. Einen Termin vor Ort machen wir nächste Woche "
     "aus.", "status", ("status", "contacted")),
    ("jag har ringt Johan, han skickar bilder i veckan. Vi bokar besök sedan.", "status",
     ("status", "contacted")),
]
_SETS_142_AND_143 = [  # older strict xfails mended in stop 35
    ("Der Ganslmeier hat sich gemeldet, wir schauen uns seine Kühlregale und die beiden "
     "Tiefkühlzellen am Montag, 13.2., um 7 Uhr an.", "status", ("status", "meeting")),
    ("Er will die Anlage, seine Frau sagt: dieses Jahr nix mehr. Wer sich durchsetzt, weiß ich "
     "nicht, ich würde in keine Richtung wetten.", "status", (None, None)),
]
_SET_147 = [
    ("Proposal went out this morning, €31,750 + VAT. Their maintenance chief says the board "
     "sees it on the 19th, once the spring investment budget is signed off.", "status",
     ("status", "proposal")),
    ("Soitin tänään. Anturit kiinnostavat, mutta hän halusi ensin kirjallisen esittelyn ennen "
     "kuin tavataan.", "status", ("status", "contacted")),
]
_SET_200 = [  # money in every currency
    ("a correction to my mail from Tuesday: the offer to Brauerei Sonnenried is 41,800 EUR "
     "net, not 48,100 EUR.", "status", ("status", "proposal")),
    ("gewonnen – na ja, fast. Der Kunde hat mündlich zugesagt, will aber noch 5 % "
     "runterhandeln.", "status", (None, None)),
]


@pytest.mark.parametrize(("text", "answering", "expected"), [
    *_SET_196, *_SET_197, *_SET_198, *_SET_199, *_SET_200, *_SETS_142_AND_143, *_SET_147])
def test_stop_35_blind_sets_196_to_200(text, answering, expected):
    reading = read_reply(text, date(2026, 12, 5), answering)
    assert (reading.intent, reading.status) == expected


def test_stop_35_a_us_date_with_an_ordinal_is_read_with_its_month():
    text = ("I'm on parental leave from October 8th and back at work on Monday, October 29th.")
    assert latest_date(text, date(2040, 10, 9), relative=True) == date(2040, 10, 29)
    assert latest_date("back on the 3rd", date(2040, 10, 9), relative=True) == date(2040, 11, 3)


def test_stop_35_the_amount_of_a_corrected_offer():
    reading = read_reply("a correction to my mail from Tuesday: the offer to Brauerei "
                         "Sonnenried is 41,800 EUR net, not 48,100 EUR.", date(2026, 12, 5),
                         "status")
    assert (reading.amount, reading.currency) == (41800, "EUR")


_STOP_36 = [  # the misses of blind sets 202-205, in general forms
    # a refusal denied, the "no" before it too
    ("nej, vi tackar inte nej till den här! Klart vi tar den.", "offer", ("accept", None)),
    ("No, we're not saying no. We'll take it.", "offer", ("accept", None)),
    ("нет, мы не говорим нет", "offer", ("accept", None)),
    ("We don't say no to the rest, but this one we pass.", "offer", ("decline", None)),
    # a refusal taken whole: its "взять этот лид" is no accept
    ("к сожалению, мы не можем взять этот лид: в феврале у нас нет свободных монтажников.",
     "offer", ("decline", None)),
    ("мы готовы взять этот лид", "offer", ("accept", None)),
    ("unfortunately not. Neither our installer nor our subcontractor is free before the "
     "middle of January.", "offer", ("decline", None)),
    ("None of our installers is free before January.", "offer", ("decline", None)),
    ("Unfortunately not yet.", "feedback_request", (None, None)),
    # a loss denied with the "not" after the verb; the win told beside it
    ("Nej, vi förlorade den inte – kunden skrev på i går. 42 300 euro exkl. moms.", "status",
     ("status", "won")),
    ("No, we didn't lose it - the customer signed yesterday. 42,300 EUR.", "status",
     ("status", "won")),
    ("Nein, verloren haben wir ihn nicht – der Kunde hat gestern unterschrieben.", "status",
     ("status", "won")),
    ("Нет, мы его не проиграли — заказчик вчера подписал. 42 300 евро.", "status",
     ("status", "won")),
    ("заказчик ещё не подписал договор", "status", (None, None)),
    # not chosen: lost (not "not yet")
    ("Die Stadtwerke haben sich nicht für uns entschieden, sondern für einen Elektriker.",
     "status", ("status", "lost")),
    ("They didn't choose us but a local electrician.", "status", ("status", "lost")),
    ("De valde inte oss utan en lokal elfirma.", "status", ("status", "lost")),
    ("Они выбрали не нас, а местного электрика.", "status", ("status", "lost")),
    ("Sie haben sich noch nicht für uns entschieden.", "status", (None, None)),
    # every "not" applied; "neither … nor" denies both
    ("ei vielä tapaamista eikä tarjousta. Soitin asiakkaalle tänään.", "status",
     ("status", "contacted")),
    ("neither a meeting nor a quote yet, I called them today.", "status",
     ("status", "contacted")),
    ("weder Termin noch Angebot bisher, ich habe heute angerufen.", "status",
     ("status", "contacted")),
    ("varken möte eller offert än, jag ringde dem idag.", "status", ("status", "contacted")),
    # ordered elsewhere, no deal: lost
    ("Asiakas tilasi anturit suoraan maahantuojalta. Ei siis kauppaa tästä.", "status",
     ("status", "lost")),
    ("Ei vielä kauppaa.", "status", (None, None)),
    ("Asiakas tilasi anturit meiltä.", "status", ("status", "won")),
    # doubt
    ("honestly, I can't say where we are with Meijeri Kuusela, and I can't find anything in "
     "our CRM.", "status", (None, None)),
    ("en ole varma, mikä niistä on Tuusulan Kylmä: joko se, jolle lähti tarjous, tai se, "
     "jonka kanssa ei ole vielä puhuttu.", "status", (None, None)),
    ("Tilanne on vähän auki: asiakas hyväksyi tarjouksemme suullisesti. En siis osaa sanoa, "
     "onko tämä voitettu vai ei.", "status", (None, None)),
    # a sentence that holds only if the question's answer is yes
    ("onko tämä sama asiakas kuin se Lahden uimahalli? Jos on, heillä on jo meidän tarjous "
     "pöydällä.", "offer", ("question", None)),
    # Bavarian
    ("den nehm ma! Landshut liegt bei uns quasi ums Eck.", "offer", ("accept", None)),
    ("Servus, is durch, mia ham den Auftrag! 11.340,- € netto. Gruß Stefan", "status",
     ("status", "won")),
    ("Kunde angerufen, Termin mach ma nächste Woch aus.", "status", ("status", "contacted")),
    ("mia warn gestern vor Ort bei der Molkerei in Weilheim. Angebot schreib ich bis Freitag.",
     "status", ("status", "meeting")),
]


def test_stop_36_a_wrapped_line_is_one_sentence_for_the_customer_focus():
    text = ("not just a phone call any more: we have a meeting booked with Mr Laine\n"
            "on Wednesday 19 December at 10:00 at the school. I'll let you know how it goes.")
    reading = read_reply(text, date(2040, 12, 17), "status", customer="Lahden "
                         "Koulukiinteistöt")
    assert (reading.intent, reading.status) == ("status", "meeting")


def test_stop_36_a_notice_left_on_whose_range_crossed_new_year():
    text = "Jag är julledig 21.12-6.1 och tillbaka på kontoret måndag 7.1."
    assert latest_date(text, date(2041, 1, 16), relative=True) == date(2041, 1, 7)
    # still ahead: the range's end
    assert latest_date(text, date(2040, 12, 18), relative=True) == date(2041, 1, 7)


_STOP_36_ROUND = [  # the misses of blind sets 206, 208 and 209
    ("juttelin eilen asiakkaan kanssa puhelimessa, ja sen jälkeen katsotaan, tarvitaanko "
     "käyntiä paikan päällä.", "status", ("status", "contacted")),
    ("I spoke to them yesterday; we'll see whether a visit is needed.", "status",
     ("status", "contacted")),
    ("Сообщаем, что по данному лиду заключён договор поставки. Сумма сделки составляет 28,4 "
     "тыс. евро без НДС.", "status", ("status", "won")),
    ("договор пока не заключён", "status", (None, None)),
    ("ehrlich gesagt weiß ich selbst nicht genau, wo wir da stehen. Gestern hat der Einkauf "
     "angerufen.", "status", (None, None)),
    ("jag har pratat med kunden i telefon. De vill gärna ha ett möte, men deras tekniska chef "
     "är på semester, så vi bestämmer en tid när han är tillbaka i mars.", "status",
     ("status", "contacted")),
    ("innan vi tackar ja vill jag gärna veta lite mer: gäller det bara givarna? Kylhus i "
     "Brahestad ligger lite utanför vårt vanliga område.", "offer", ("question", None)),
    ("Bevor wir zusagen, würde ich gerne wissen: nur Sensoren oder auch die Installation?",
     "offer", ("question", None)),
    ("Ja gerne, wir übernehmen.", "offer", ("accept", None)),
]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hej! Ja, vi tar den. Ber Johan kolla om han hinner åka ut till Solna innan påsk, annars "
     "blir det veckan efter.", "accept"),
    ("Yes, we'll take it. Visit before Easter, otherwise the week after.", "accept"),
    ("Ja, nehmen wir. Termin vor Ostern, sonst die Woche danach.", "accept"),
    ("Ja, vi tar den om kunden kan vänta, annars inte.", None),
    ("Yes, otherwise someone else could take it.", None),
])
def test_stop_36_a_fallback_day_is_no_doubt_about_the_answer(text, expected):
    assert read_reply(text, date(2041, 4, 11), "offer").intent == expected


_SET_207 = [  # negation and hedges, a second round
    ("der Termin ist nicht abgesagt, nur verschoben. Wir sind jetzt am Donnerstag, 28.2., um "
     "14 Uhr beim Kunden in Erding.", "status", ("status", "meeting")),
    ("The meeting was not cancelled, just moved to Thursday 28 February at 14:00.", "status",
     ("status", "meeting")),
    ("Der Termin ist abgesagt.", "status", (None, None)),
    ("En ole vielä saanut asiakasta kiinni. Soitin eilen ja tänään, kumpanakaan kertana ei "
     "vastattu. Yritän huomenna uudestaan.", "status", (None, None)),
    ("Поправлю себя: в пятницу я по ошибке сказал, что договор подписан. Это не так, мы пока "
     "только отправили КП на 1 480 000 руб. без НДС.", "status", ("status", "proposal")),
    ("I wrongly told your colleague on Friday that the contract was signed. It isn't; we have "
     "only sent the quote, 14 800 EUR.", "status", ("status", "proposal")),
    ("So gern wir den Auftrag übernehmen würden: Unser Montageteam ist bis Ende April "
     "ausgelastet. Wir müssen daher diesmal leider absagen.", "offer", ("decline", None)),
    ("As much as we'd like to take it, our crew is booked until May. We have to pass.",
     "offer", ("decline", None)),
    ("gewonnen ist das Projekt noch nicht, verloren aber auch nicht. Unser Angebot liegt seit "
     "letzter Woche beim Einkauf.", "status", ("status", "proposal")),
    ("bevor ich zu- oder absage, wüsste ich gern noch, bis zu welcher Temperatur die Fühler "
     "gehen müssen.", "offer", ("question", None)),
    ("I would not say no to this one, but I can not say yes either before I have talked with "
     "our installer.", "offer", (None, None)),
    ("Before we commit either way: I assume the customer already has a BMS. Would be good to "
     "have that confirmed.", "offer", ("question", None)),
    ("Монтаж своими силами в марте не потянем, отдадим его нашему субподрядчику, но сам лид "
     "берём.", "offer", ("accept", None)),
    ("We can't do the installation ourselves in March, we'll give it to our subcontractor, "
     "but we take the lead.", "offer", ("accept", None)),
    ("хотелось бы понять, кто заказчик по договору: сам логистический центр или генподрядчик. "
     "От этого зависит, возьмёмся мы или нет.", "offer", ("question", None)),
    ("Не могу сказать, что сделка сорвалась, но и до подписания пока далеко. Клиент молчит "
     "вторую неделю.", "status", (None, None)),
    ("tosta ei käy ilmi, onko asiakkaalla jo valvomo, johon nää anturit pitäis liittää.",
     "offer", ("question", None)),
    ("Tämä ei käy meille.", "offer", ("decline", None)),
]


@pytest.mark.parametrize("text", [
    "kauppa on tehty, voitettiin. summa ei ollut 32 000 € vaan 29 800 € + alv.",
    "Won: the amount was not 32,000 EUR but 29,800 EUR.",
    "Gewonnen, nicht 32.000 €, sondern 29.800 €.",
])
def test_stop_36_a_figure_denied_gives_way_to_the_one_after_it(text):
    reading = read_reply(text, date(2041, 3, 7), "status")
    assert (reading.status, reading.amount, reading.currency) == ("won", 29800, "EUR")


@pytest.mark.parametrize(("text", "expected"), [  # older strict xfails of sets 144 and 145
    ("ehrlich gesagt kann ich's gerade nicht sagen. Abgesagt hat der Kunde nicht, freigegeben "
     "aber auch nichts. Ob daraus was wird, weiß im Moment keiner.", (None, None)),
    ("Abgesagt hat der Kunde leider.", ("status", "lost")),
    ("Sorry, been chasing the deposit instead of answering mail. It landed this morning - 30 % "
     "of EUR 24,300 + VAT, exactly as agreed.", ("status", "won")),
])
def test_stop_36_older_strict_xfails(text, expected):
    reading = read_reply(text, date(2034, 6, 1), "status")
    assert (reading.intent, reading.status) == expected


def test_stop_36_set_147_the_rest_of_its_strict_xfails():
    asks = ("ennen kuin merkitsen tähän mitään: soitin Söderkullan kartanoon, ja heille on jo "
            "helmikuussa tehty tarjous toisen jälleenmyyjän kautta. Onko tämä sama kohde, ja "
            "kenelle se nyt kuuluu – meille vai heille?")
    assert read_reply(asks, date(2034, 4, 4), "status").intent == "question"
    spa = ("спа в Ярвенпяя наше! Директор подписал заказ сегодня утром: 16 920 евро без НДС.\n\n"
           "На этой неделе вообще везёт: в среду выиграли холодильный склад в Клауккале. Только "
           "Эспоо по-прежнему держит все весенние закупки замороженными.")
    reading = read_reply(spa, date(2034, 4, 13), "status", customer="Järvenpään Kylpylä")
    assert (reading.status, reading.amount) == ("won", 16920)
    bakery = ("Коммерческое предложение хлебозаводу на Васильевском отправил вчера вечером: "
              "1 480 000 руб. без НДС.\n\nЗаодно новости: пекарня в Порвоо уже работает с "
              "нашими датчиками, а бумажную фабрику в Коуволе мы потеряли окончательно.")
    reading = read_reply(bakery, date(2034, 4, 13), "status", customer="Baltic Bakery")
    assert (reading.status, reading.amount, reading.currency) == ("proposal", 1480000, "RUB")


def test_stop_36_sets_142_and_143_a_church_and_news_heard_of():
    church = ("Hi! The offer for the church in Tapiola went out this morning, EUR 8 640 + alv.\n\n"
              "Kauniainen church (same kind of job) is lost, they gave it to a local electrician."
              " Vantaa's school centre signed last week, 13 900 €.")
    reading = read_reply(church, date(2034, 2, 1), "status", customer="Espoon seurakuntayhtymä")
    assert (reading.status, reading.amount) == ("proposal", 8640)
    fire = ("heute Abend um 19 Uhr bin ich bei der Feuerwehr in Neufahrn, der Kommandant Herr "
            "Thaller hat mich nach der Übung eingeplant. Er hat von der Anlage in Pliening "
            "gehört, die haben ja am Montag den Auftrag erteilt, 14.200 €, und will dasselbe in "
            "klein.")
    reading = read_reply(fire, date(2034, 2, 15), "status",
                         customer="Gemeinde Neufahrn b. Freising")
    assert (reading.status, reading.amount) == ("meeting", None)


_SETS_211_TO_215 = [  # the misses of blind sets 211-215, in general forms
    # 212: the answer first meant, not given
    ("сначала хотел написать, что не успеем – все монтажники заняты. Но Сергей как раз "
     "освободился на следующей неделе, так что да, берём.", "offer", ("accept", None)),
    # 212: a refusal overruled by "But …" opening the next sentence
    ("yes, we take this one. Only thing: I can't get an installer to Jyväskylä before Thursday,"
     " so please tell them it will be Thursday. But count us in.", "offer", ("accept", None)),
    ("We can't take it. But maybe next time.", "offer", ("decline", None)),
    # 212: doubt
    ("grundsätzlich ja, das klingt nach etwas für uns. Ich muss aber erst mit Herrn Wimmer "
     "klären, ob wir im Mai überhaupt noch jemanden frei haben. Ich melde mich dann.", "offer",
     (None, None)),
    ("Thursday morning would fit for a first visit. But if we take the whole project I cannot "
     "promise yet. I give you a definitive answer tomorrow before noon.", "offer", (None, None)),
    ("tätä hoitaa nyt meidän Sergei, en tiedä tarkkaan missä vaiheessa se on. Luulen että hän "
     "on soittanut asiakkaalle, mutta en ole varma.", "status", (None, None)),
    # 214: a yes, then a remark that tells of a limit
    ("Yes, we take this lead.\n\nOne remark so that nobody is surprised later: our installers "
     "are fully booked this week and next, so the first site visit can be earliest on Monday "
     "17 June.", "offer", ("accept", None)),
    ("We could deliver the sensors, but the ventilation control part we don't do. So no from "
     "us, better give it to someone who does also HVAC automation.", "offer", ("decline", None)),
    ("tyvärr måste vi tacka nej den här gången, våra montörer är bokade ända till midsommar. Om "
     "kunden kan vänta till augusti tittar vi gärna på det igen, men då får ni fråga på nytt.",
     "offer", ("decline", None)),
    # 211: calls unanswered are no contact
    ("jag har ringt fastighetschefen två gånger efter påsk, men han svarar inte och ingen har "
     "ringt tillbaka. Jag försöker igen i morgon.", "status", (None, None)),
    ("viime viikolla yritin soittaa asiakkaalle kolme kertaa, mutta kukaan ei vastannut. Tänä "
     "aamuna sain vihdoin kiinni tehtaanjohtaja Saarisen, ja juttelimme puolisen tuntia.",
     "status", ("status", "contacted")),
    # 213: two leads mixed up
    ("zum Seehof: Da ist, glaube ich, letzte Woche das Angebot rausgegangen. Oder war das das "
     "Hotel in Seefeld? Ehrlich gesagt bringe ich die beiden gerade durcheinander.", "status",
     (None, None)),
]


@pytest.mark.parametrize(("text", "amount"), [
    ("the quote went to them yesterday, 24 800 EUR net.\nSorry, typo: 28 400 EUR net, I "
     "switched the digits.", 28400),
    ("поправка к моему вчерашнему письму: в КП правильная сумма 845 000 руб. без НДС, а не "
     "854 000 руб.\nОпечатка, извините.", 845000),
])
def test_stop_36_a_typo_corrected(text, amount):
    reading = read_reply(text, date(2041, 5, 16), "status")
    assert (reading.status, reading.amount) == ("proposal", amount)


def test_stop_36_gross_said_of_a_figure():
    reading = read_reply("gute Nachricht: Der Auftrag ist unterschrieben! Die 16.957,50 € in "
                         "der Bestellung sind brutto – netto sind es 14.250,00 €.",
                         date(2041, 5, 15), "status")
    assert (reading.status, reading.amount) == ("won", 14250)


_REPORTS_211_TO_215 = [  # this customer's part of a report
    # a sign-off is no name
    ("unter der +49 8092 555 71 meldet sich niemand, da kommt nur eine Ansage. Haben Sie noch "
     "eine andere Telefonnummer?\n\nGruß Stefan", "Schreinerei Gruber", ("question", None)),
    # a table pasted with tabs: another customer's row is not this one's
    ("anbei der Stand:\n\nKunde\tOrt\tStatus\nFeinkost Huber\tPasing\tAngebot raus am 17.05.\t"
     "18.640,00 €\nBäckerei Ziegler\tGermering\tTermin am 27.05.\nStadtwerke Olching\tOlching\t"
     "verloren", "Feinkost Huber", ("status", "proposal")),
    # a list of other customers, this one not among them
    ("quick round-up from our side:\n\n- Espoo office building: meeting with the facility "
     "manager on Wednesday\n- Kerava, the school: lost, the city chose the cheapest bid\n- "
     "Tuusula warehouse: offer sent, 12 900 EUR + VAT", "Vantaan Lämpöpakkaus", (None, None)),
    # a cold store is a cold-logistics firm
    ("Pori (the cold store): we sent them our offer last Friday, 31 750 EUR excl. VAT.\n\n"
     "Kouvola: lost, unfortunately.", "Satakunnan Kylmälogistiikka", ("status", "proposal")),
    # a Nordic compound's hotel, not a spa's
    ("här kommer läget, en rad per kund:\n\nHerrgårdshotellet: offerten gick ut i torsdags.\n"
     "Borgå gymnasium: möte nästa vecka.\nSköldvik lager: förlorad.", "Porvoon Kartanohotelli",
     ("status", "proposal")),
    # a short clause with a pronoun for its subject is the customer's, not a scrap
    ("jag pratade med kunden i telefon i går. De vill ha en offert, men först efter att de "
     "själva har mätt upp lagret, så det dröjer nog till augusti. Inget möte bokat ännu.",
     "Uleåborgs Hamnlager", ("status", "contacted")),
]


@pytest.mark.parametrize("text", [  # older strict xfails of sets 18, 118 and 155
    "kan ni vänta till efter midsommar med vårt svar? Vår montör är sjukskriven och jag vet "
    "inte när han är tillbaka.",
    "Can you wait for our answer until Monday? I don't know yet when our installer is back.",
    "hur manga matpunkter ungefar? och maste det vara klart fore arsskiftet, vi ar fullbokade "
    "tills v 2",
    "Ist das KNX oder DALI? Wir machen nur KNX, bei DALI müssten wir passen. Gebt mir kurz "
    "Bescheid, dann sag ich gleich zu.",
])
def test_stop_36_questions_before_the_answer(text):
    assert read_reply(text, date(2032, 12, 14), "offer").intent == "question"


@pytest.mark.parametrize(("text", "answering", "expected"), [  # sets 139, 141 and 145
    ("det här är ju som hämtat ur vår egen broschyr. Det vore konstigt om vi inte tog det.\n\n"
     "Skicka över kundens uppgifter så ringer jag dem i eftermiddag.", "", ("accept", None)),
    ("Skicka kundens kontaktuppgifter så ringer jag dem före lunch.", "", ("accept", None)),
    ("Zum Rathaus: Ehrlich gesagt weiß ich nicht, was ich Ihnen melden soll. Der Bürgermeister "
     "hat mir nach dem Termin gesagt, die Zähler kommen auf jeden Fall.", "status", (None, None)),
    ("Heute früh hat unser Großkunde angerufen. Ob das mit Augsburg kollidiert, weiß ich erst, "
     "wenn er mir den neuen Termin schriftlich gibt. Mehr kann ich Ihnen im Moment trotzdem "
     "nicht sagen.", "offer", (None, None)),
    ("simhallen i Uleåborg är vår! Idrottschefen bekräftade beställningen i morse. Slutsumman "
     "vet vi först när de bestämt om läktaren.", "status", ("status", "won")),
])
def test_stop_36_sets_139_141_145(text, answering, expected):
    reading = read_reply(text, date(2034, 1, 20), answering)
    assert (reading.intent, reading.status) == expected


_SETS_216_TO_218 = [  # the misses of blind sets 216-218, in general forms
    ("Встречу с заказчиком назначили на вторник 30 июля. Я в отпуске до 26-го, так что раньше "
     "не получилось.", "status", ("status", "meeting")),
    ("Увы, не получилось, заказчик выбрал другого поставщика.", "status", ("status", "lost")),
    ("я правильно понимаю, что заказчик не хочет беспроводные датчики? В описании это не "
     "написано, а от этого сильно зависит цена.", "offer", ("question", None)),
    ("jag klickade på ”Möte” förra veckan, men mötet blev aldrig av. Kunden ställde in samma "
     "morgon. Jag vet ärligt talat inte om det blir något av det här.", "status", (None, None)),
    ("Can't think of a single reason not to take this one. Lahti is forty minutes from us, so "
     "it's ours.", "offer", ("accept", None)),
    ("periaatteessa kyllä, käytännössä en vielä tiedä. Hämeenlinnan asentajamme on lomalla.",
     "offer", (None, None)),
    ("da sage ich nicht nein. Rosenheim liegt für uns praktisch vor der Tür.", "offer",
     ("accept", None)),
    ("I would really like to say yes here, but it would not be fair to the customer. Please "
     "give it to a partner who can start sooner.", "offer", ("decline", None)),
    ("sanoin aamulla Sannalle puhelimessa, että otamme tämän, mutta joudun perumaan sen. Emme "
     "siis ota tätä liidiä – antakaa se jollekin, joka ehtii aiemmin.", "offer",
     ("decline", None)),
    ("ei tässä mitään hävitty, vaikka hiljaista onkin ollut – päinvastoin. Tilaus tuli "
     "perjantaina, 38 450 € + alv.", "status", ("status", "won")),
    ("gewonnen würde ich das nicht nennen, verloren aber auch nicht. Herr Huber hat das Projekt "
     "auf Eis gelegt, bis die Förderzusage da ist.", "status", (None, None)),
    ("I didn't want to say anything before the contract was really signed - it has been "
     "\"almost signed\" twice already. Now it is: signed yesterday, 46 300 € + VAT.", "status",
     ("status", "won")),
    ("Das Sägewerk steht in unserer Liste auf „Angebot verschickt“, Herr Wimmer sagt mir aber, "
     "er war noch gar nicht draußen. Einer von beiden irrt sich.", "status", (None, None)),
]


def test_stop_36_a_figure_denied_with_an_aside_before_the_turn():
    reading = read_reply("Das Angebot ist raus, allerdings nicht über 18.400 €, wie ich es nach "
                         "dem Termin grob geschätzt hatte, sondern über 16.950,00 € netto.",
                         date(2041, 7, 25), "status")
    assert (reading.status, reading.amount) == ("proposal", 16950)


_REPORTS_216_TO_220 = [
    # another trade right after this customer's town
    ("ni frågade om bryggeriet i Borgå: vi träffar dem på fredag 2.8. kl. 13 på plats.\n\n"
     "Sibbo-lagret har fått en offert på 6 300 € och Borgå marina ligger tyvärr på is.",
     "Porvoon Panimo", ("status", "meeting")),
    # the lead called the partner's own: no other trade
    ("tämä viikko on mennyt Espoon datakeskuksen kanssa. Datakeskuksen lisätilaus (n. 40 000 €) "
     "tulee syyskuussa.\n\nSiinä välissä ehdin kuitenkin hoitaa teidän Hyvinkään varaston: "
     "tarjous lähti tiistaina 30.7., 15 900 € + alv.", "Hyvinkään Logistiikkakeskus",
     ("status", "proposal")),
    # a feed mill named as the customer's trade
    ("Only Raisio came through you.\n\nTurku harbour, cold chain: met maintenance on Tuesday\n"
     "Raisio (the feed mill): offer sent on Wednesday 31.7., 22 640 EUR excl. VAT\nSalo: old "
     "system, not for us", "Raision Rehu", ("status", "proposal")),
    # lines headed by other names, with a dash
    ("tässä meidän avoimet teiltä:\n\nRaision rehutehdas – tarjous lähti 31.7.\nKaarinan koulu – "
     "palaveri ensi viikolla.\nLoimaan meijeri – hävitty, menivät kilpailijalle.",
     "Liedon Vesi", (None, None)),
    # "Ach ja, und …" turns to this customer; "schreibe" is not Schreinerei
    ("eigentlich schreibe ich wegen der Zahnarztpraxis in Erding: da ist unser Angebot über "
     "4.200 € jetzt raus. Die kam aber nicht über Sie.\n\nAch ja, und die Schreinerei in Dachau: "
     "Termin mit dem Chef steht, Donnerstag, 1. August, 14 Uhr.", "Schreinerei Obermaier",
     ("status", "meeting")),
    # a numbered list with hyphens for dashes
    ("1. Nokia paper mill - meeting was on Monday, now we are making offer.\n2. Lempäälä cold "
     "store - no news. I was not there yet.\n3. Ylöjärvi school - lost, city take other company.",
     "Lempäälän Kylmävarasto", (None, None)),
    # one of two weighed is no other customer
    ("jag tror vi har vunnit lagret i Uleåborg. Fast å andra sidan har de inte skrivit på något, "
     "och jag vet inte säkert om han menade dem eller någon annan kund.", "Oulun Sähkötukku",
     (None, None)),
    # a town that starts like a trade ("Pfarrkirchen") is no church
    ("Molkerei Pfarrkirchen\nAngebot ist heute Vormittag raus, 12.940,00 € netto.\n\nSonst noch\n"
     "Die Käserei Stadler in Eggenfelden hat abgesagt.", "Molkerei Rottaler eG",
     ("status", "proposal")),
]


def test_stop_36_a_colleagues_note_below_its_own_line():
    from mailbot.inbound.replies import forwarded_answer

    body = ("Herr Wimmer hat die Molkerei übernommen, ich hänge seine Notiz unten an.\n\nGruß\n"
            "Stefan\n\n-----Notiz Wimmer-----\nZehentmair (Molkerei): mit Hrn. Zehentmair jun. "
            "telefoniert, Unterlagen per Mail geschickt.\n")
    assert forwarded_answer(body).startswith("Zehentmair (Molkerei): mit Hrn.")
    assert forwarded_answer("Hi\n\n-------- Original Message --------\nFrom: x\n") == ""


def test_stop_36_a_table_a_client_turned_into_spaces():
    text = ("Below the state of all open leads:\n\nCustomer\tTown\tStatus\tNet value\n"
            "Kaltenecker     Rosenheim       won     18.750 €\norder came on Monday\n"
            "Holzbau Gruber  Traunstein      lost    –       they took a cheaper offer\n"
            "Metzgerei Riedl Erding  offer sent      7.900 € decision end of August\n\n"
            "So the brewery we have finally.")
    reading = read_reply(text, date(2041, 7, 31), "status",
                         customer="Privatbrauerei Kaltenecker")
    assert (reading.status, reading.amount) == ("won", 18750)


_SETS_221_TO_225 = [  # the misses of blind sets 221-225, in general forms
    ("Garmisch schaffen wir im Moment nicht, unsere beiden Monteure sind bis Ende Oktober in "
     "Ingolstadt. Bitte an einen anderen Partner geben.", "offer", ("decline", None)),
    ("Вчера говорил с клиентом по телефону, они пришлют планировку склада на этой неделе. "
     "Встречу пока не назначили.", "status", ("status", "contacted")),
    ("Der Kunde hat im Termin noch gesagt, er müsse das erst mit seinem Chef besprechen – am "
     "Freitag kam dann die Bestellung.\n\nAuftrag über 9.450 € netto.", "status",
     ("status", "won")),
    ("честно говоря, сам пока не понимаю. Наш техник считает, что проект потерян, а менеджер "
     "клиента говорит, что всё в силе.", "status", (None, None)),
    ("Ja, vi tar den gärna!\n\nNågra saker ni kanske vill veta: vi har bara två montörer, så "
     "installationen blir inte av förrän i mitten av november.", "offer", ("accept", None)),
    ("ja, den nehmen wir gern.\n\nEin paar Anmerkungen vorab, damit es später keine "
     "Missverständnisse gibt: Das wird teurer, als der Kunde es vielleicht erwartet. Einen "
     "Termin vor Ort können wir frühestens nächste Woche anbieten.", "offer", ("accept", None)),
    ("joudun valitettavasti kieltäytymään tästä. Jos tilanne meillä helpottaa tammikuussa, "
     "otamme mielellämme vastaavia taas.", "offer", ("decline", None)),
    ("Честно говоря, не знаю, что с ними. Звонил два раза, никто не берёт трубку, на письмо "
     "тоже не ответили.", "status", (None, None)),
    ("Ja, nehmen wir … Moment, Herr Wimmer ist bis Weihnachten komplett verplant. Ich kläre das "
     "heute Vormittag intern und melde mich dann.", "offer", (None, None)),
]


def test_stop_36_our_share_of_a_bigger_investment():
    reading = read_reply("Der Auftrag ist da! Die Brauerei investiert insgesamt rund 64.000 € in "
                         "den Lagerkeller, unser Anteil (Füllstandssensoren und Montage) sind "
                         "12.350 € netto.", date(2041, 11, 14), "status")
    assert (reading.status, reading.amount) == ("won", 12350)


#: each stop 36 round's cases with the day they are read on
_STOP_36_ROUNDS = [
    pytest.param(text, answering, day, expected, id=f"{day}-{i}")
    for day, cases in ((date(2026, 12, 6), _STOP_36 + _STOP_36_ROUND),
                       (date(2041, 3, 1), _SET_207), (date(2041, 5, 20), _SETS_211_TO_215),
                       (date(2041, 7, 20), _SETS_216_TO_218),
                       (date(2041, 10, 1), _SETS_221_TO_225))
    for i, (text, answering, expected) in enumerate(cases)]


@pytest.mark.parametrize(("text", "answering", "today", "expected"), _STOP_36_ROUNDS)
def test_stop_36_blind_rounds(text, answering, today, expected):
    reading = read_reply(text, today, answering)
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "customer", "today", "expected"), [
    pytest.param(text, customer, day, expected, id=f"{day}-{i}")
    for day, cases in ((date(2041, 5, 20), _REPORTS_211_TO_215),
                       (date(2041, 8, 1), _REPORTS_216_TO_220))
    for i, (text, customer, expected) in enumerate(cases)])
def test_stop_36_the_customer_in_a_report(text, customer, today, expected):
    reading = read_reply(text, today, "status", customer=customer)
    assert (reading.intent, reading.status) == expected


_STOP_37_REPORTS = [
    # trades named by their everyday word: a Schlosserei is a Metallbau firm
    ("hier die Neuigkeiten:\n\n- Das Autohaus in Freising ist unterschrieben, 28.400 € netto.\n"
     "- Die Schlosserei in Eching hat heute den Auftrag unterschrieben, 18.230 € zzgl. MwSt.\n"
     "- Die Therme in Erding haben wir verloren.", "Metallbau Strasser", ("status", "won")),
    # a Wirtshaus is a Landgasthof
    ("das Wirtshaus in Kranzberg hab ich gestern erreicht, der Juniorchef meldet sich nach der "
     "Wiesn.\n\nDie Molkerei hat übrigens unterschrieben, 36.500 €.", "Landgasthof Obermaier",
     ("status", "contacted")),
    # a Biomarkt sells Naturkost
    ("zuerst der Biomarkt in Unterschleißheim: das Angebot über 11.950 € liegt bei Frau Lindner."
     "\n\nDie Molkerei Seitz haben wir leider verloren.", "Naturkost Lindner",
     ("status", "proposal")),
    # a Landmaschinenhändler sells Landtechnik
    ("den Landmaschinenhändler in Taufkirchen habe ich endlich erreicht, nach der Ernte will er "
     "einen Termin.\n\nUnd das Klinikum hat den Zuschlag an uns gegeben!", "Landtechnik Ostermaier",
     ("status", "contacted")),
    # a Gärtnerei is a Gartenbau firm; "Zu der …:" heads a paragraph as "Zum …:" does
    ("Zu der Gärtnerei in Wartenberg: Das Angebot ist raus, 14.860 € netto.\n\nZum Festzelt: Der "
     "Wirt hat die Kühlraumfühler bestellt, 8.900 € netto.\n\nZur Messe: Wir fahren am 27. hin.",
     "Gartenbau Fischbacher", ("status", "proposal")),
    # the Pfarrer's parish is the Kirchenstiftung; "Und:" turns to other news; a meeting
    # "frühestens" then is none yet
    ("Beim Pfarrer in Fahrenzhausen hab ich den Kirchenpfleger erreicht. Termin also frühestens "
     "Ende Juni.\n\nUnd: Kläranlage Moosburg, heute Zuschlag bekommen! 41.800 € netto.",
     "Kath. Kirchenstiftung St. Vitus", ("status", "contacted")),
    # another customer "in the same town" as this one (a Gemeinde's)
    ("das Hallenbad in Poing ist leider erledigt, ihr könnt den Lead als verloren schließen.\n\n"
     "Ärgerlich, aber im selben Ort läuft es: die Kläranlage Poing hat gestern bestellt, 4.200 €.",
     "Gemeinde Poing", ("status", "lost")),
    # … but this customer named "in the same town" as another is this one
    ("zuerst: Die Gemeinde Poing hat den Auftrag für den Bauhof unterschrieben.\n\nBeim Kinderhaus "
     "im selben Ort geht es langsamer: wir haben einen Termin am Montag, 23. Januar, um 13:30 Uhr.",
     "Kinderhaus Regenbogen", ("status", "meeting")),
    # another trade before this customer's town, two Russian words ("бумажная фабрика в
    # Нокии"); a meeting he only wants to set is none yet
    ("С бассейном в Нокии связались, отправил каталоги. Встречу он хочет назначить только "
     "после отпуска.\n\nА вот бумажная фабрика в Нокии подписала договор — 52 000 евро.",
     "Nokian Uimahalli", ("status", "contacted")),
    # a day-care centre and a manor in this golf club's town are other customers
    ("jag har pratat med golfklubben i Sibbo i dag. Något möte är inte bokat.\n\nI övrigt: "
     "Daghemmet i Kyrkslätt skrev på, 8 400 €, och Mikko håller på med offerten till "
     "herrgården i Sibbo.", "Sibbo Golf", ("status", "contacted")),
    # a trade right before this customer's town: "Порт Коккола"
    ("С рыбным заводом в Коккола договорились: встреча в понедельник 19 сентября. Порт Коккола "
     "нам отказал, зато больница в Якобстаде подписала договор.", "Kokkolan Kalajaloste",
     ("status", "meeting")),
    # a colleague's note pasted in, addressed to the partner by name
    ("kurze Meldung: Autohaus Wimmer hat zugesagt! Herr Wimmer hat heute angerufen.\n\nMarkus "
     "hat mir noch was hingelegt:\n„Stefan – Tiefgarage Olching hat abgesagt, 9.800 € futsch.“",
     "Autohaus Wimmer", ("status", "won")),
    # set 228: another customer said to be, in a clause or a sentence, another lead or in
    # the same town; a twin name of a bilingual town; FYI and background turn away
    ("Jag har pratat med Johanna, vi träffas hos dem i Kiminge torsdag 9.1 kl. 13.\nDen andra "
     "kunden i Kiminge, bageriet, har vi förlorat.", "Kiimingin Lämpö", ("status", "meeting")),
    ("по Оривеси: коммерческое предложение отправили в пятницу, 27 800 евро без НДС, а Мянття "
     "(другой лид) наконец подписали на 15 400 евро.", "Oriveden Saha", ("status", "proposal")),
    ("Savon Kylmä got our offer on Friday, 14 200 € + VAT, and the Iisalmi dairy we won last "
     "week with 9 800 €.", "Savon Kylmä", ("status", "proposal")),
    ("das Alpenblick ist leider verloren, während wir das Hotel in Mittenwald, das über einen "
     "anderen Lead kam, letzte Woche gewinnen konnten.", "Hotel Alpenblick Garmisch",
     ("status", "lost")),
    ("soitin eilen Lindholmille, hän lupasi lähettää piirustukset.\n\nSamalla tiedoksi: "
     "Porvoon kasvihuone on nyt voitettu.", "Sipoon Puutarha", ("status", "contacted")),
    ("das Hallenbad ist leider verloren.\n\nAusgleich gibt's trotzdem: Die Kläranlage, "
     "ebenfalls in Moosburg, hat uns heute den Zuschlag erteilt.",
     "Stadt Moosburg a. d. Isar, Hallenbad", ("status", "lost")),
    ("kauppa tuli! Sastamalan Konepaja hyväksyi tarjouksen perjantaina, 9 870 € + alv.\n\nSen "
     "verran taustaa, että keväällä hävittiin Ylöjärven projekti. Tarjous Kangasalle on vielä "
     "auki, mutta se on eri liidi.", "Sastamalan Konepaja", ("status", "won")),
    ("Asiakas lupasi kommentoida tarjousta viikon sisällä, mutta satamassa on nyt kiire.\n\n"
     "Tarjous lähti perjantaina, kaksikymmentäkaksi tuhatta euroa.", "Rauman Satamalogistiikka",
     ("status", "proposal")),
    # set 232: this town's other trade in a later clause; another case, site or the second
    # hotel; another nursery; another machine shop of the same town; a business named in
    # brackets; the hall for short; a trade and another town after "men"
    ("Nokian uimahalli on voitettu, tilaus tuli eilen 24 800 €, mutta Nokian pumppaamo me "
     "hävittiin.", "Nokian Liikuntakeskus", ("status", "won")),
    ("the quote to Kylmälogistiikka went out on Friday, 16 450 € + VAT.\n\nThe other "
     "Lahti-area case, the dairy in Hollola, is lost unfortunately.",
     "Lahden Kylmälogistiikka", ("status", "proposal")),
    ("about Brandl in Dachau I can not tell you anything yet. Mr Brandl does not answer.\n\n"
     "The other nursery in Dachau (Huber) we have won, 11.800 € net.", "Gärtnerei Brandl",
     (None, None)),
    ("Zum Seeblick in Starnberg: gewonnen! Der Auftrag über 19.640 € kam letzte Woche.\n\nDas "
     "zweite Hotel am See, in Tutzing, hat sich dagegen für den Wettbewerber entschieden.",
     "Hotel Seeblick Starnberg", ("status", "won")),
    ("Porin Konepajan kanssa on sovittu tapaaminen ensi tiistaiksi 4.3. klo 13.\n\nSamalla "
     "reissulla käyn myös toisessa porilaisessa konepajassa, sinne lähti tarjous jo.",
     "Porin Konepaja", ("status", "meeting")),
    ("we have a meeting with Kallion Leipomo on Tuesday 4.3. at 9:30.\n\nPlease note: the "
     "small one on Helsinginkatu (Leipomo Murunen) we already won in January.",
     "Kallion Leipomo", ("status", "meeting")),
    ("soitin eilen Keravan jäähallin toimitusjohtajalle, tapaamista ei ole vielä sovittu.\n\n"
     "Järvenpään hallin kanssa ollaan jo pidemmällä, siellä tarjous on ollut pöydällä.",
     "Keravan Jäähalli", ("status", "contacted")),
    ("hotellet i Borgå har tyvärr valt en annan leverantör, så den är förlorad, men vi fick "
     "beställningen från spahotellet i Sibbo förra veckan.", "Hotelli Porvoon Ranta",
     ("status", "lost")),
    ("das Angebot für die Eishalle in Geretsried ist gestern raus: 18.725,00 € netto.\n\nDass "
     "wir das Klinikum Erding verloren haben, tut trotzdem weh.", "Eissportzentrum Geretsried",
     ("status", "proposal")),
]

_STOP_37 = [
    # questions asked before the first call; the reason given for one refuses nothing
    ("Hej!\n\nTvå frågor innan jag ringer kunden:\nGäller det bara simhallen?\nGår det bra om "
     "vi kommer först vecka 43? Mattias är fullbokad till dess.", "status", ("question", None)),
    ("Quick one before I ring them: which of the boiler houses do they mean? The school order "
     "elsewhere got signed this week, 8 600 €.", "offer", ("question", None)),
    ("Zwei Fragen, bevor ich den Kunden anrufe: Ist das ein Neubau? Wer macht die Elektrik?",
     "status", ("question", None)),
    # the customer's yes is the deal; a promise to do something is not
    ("Der Kunde hat heute zugesagt! Die Bestellung schickt er nächste Woche.", "status",
     ("status", "won")),
    ("Herr Wimmer hat zugesagt, die Pläne zu schicken.", "status", (None, None)),
    # set 226: a message of ours quoted is not the partner's word; a verb "может быть" (can
    # be somewhere) is no "maybe"; the order placed with the cheaper competitor is a loss
    ("miksi tämä näkyy myöhässä? Annoin tilan jo viime viikolla, mutta nyt tulee viesti että "
     "emme voi ottaa uusia liidejä. Eikö painallus mennyt perille?", "status", ("question", None)),
    ("Берём. Монтажник может быть у клиента в четверг к семи утра.", "offer", ("accept", None)),
    ("Может быть, возьмём.", "offer", (None, None)),
    ("tämä meni kilpailijalle. Asiakas sai halvemman tarjouksen paikalliselta liikkeeltä ja "
     "tilasi sieltä jo viime viikolla.", "status", ("status", "lost")),
    ("They got a cheaper quote from a local firm and ordered from them last week.", "status",
     ("status", "lost")),
    # set 227: "would not say it is won" beside the quote they have; neither won nor lost; a
    # refusal denied; a yes unless somebody else has taken it first
    ("I would not say it is won, even if the customer sounds positive. They have our offer, "
     "27 350 EUR net, and will sign only if the board approves it.", "status",
     ("status", "proposal")),
    ("tarjous lähti heille maanantaina, mutta päätöstä ei tule ennen tammikuuta. Eli ei "
     "voitettu eikä hävitty.", "status", ("status", "proposal")),
    ("КП отправили в понедельник. То есть ни выиграли, ни проиграли.", "status",
     ("status", "proposal")),
    ("tarjousta ei ole vielä tehty eikä tapaamistakaan ole sovittu, mutta juttelin tänään "
     "puhelimessa asiakkaan kanssa.", "status", ("status", "contacted")),
    ("sorry for the silence – we did not decline, I just didn't get through my inbox.\n\nYes, "
     "we'll take this one, unless somebody else has grabbed it in the meantime.", "offer",
     ("accept", None)),
    ("We haven't declined yet, but we probably will.", "offer", ("decline", None)),
    # set 229: spoken Finnish refusing; "if not, then not" refuses nothing yet; visits it
    # would take are no meeting; more leads asked for elsewhere are no yes to this one
    ("tämä liidi me ei pysty ottaa, valitettavasti. Ensi viikolla on jo kolme "
     "asiakaskäyntiä sovittu.", "offer", ("decline", None)),
    ("en osaa vielä sanoa, otetaanko tämä vai ei. Siellä pitäisi käydä useamman kerran "
     "paikan päällä. Jos ehditään, vastaan huomenna. Jos ei, niin sitten ei.", "offer",
     (None, None)),
    ("unfortunately we must decline this one. Please send us again leads in the Munich area, "
     "there we are happy to help.", "offer", ("decline", None)),
    ("Sori että vastaus venyi, tää meni vähän ohi kun oltiin koko viime viikko tukossa.",
     "status", (None, None)),
    # set 230: "won" as dictation heard it; "vi fick den" is the deal
    ("we one the deal yesterday 17k euros net", "status", ("status", "won")),
    ("förlåt, glömde svara! vi fick den 🎉 9,2 k€ + moms", "status", ("status", "won")),
    ("vi fick det beskedet att de väntar till mars.", "status", (None, None)),
    # set 228: no news is no refusal; the partner's "we can't say anything yet"; someone
    # else got the contract; the customer "gave us" the contract; is it the same customer?
    ("Lohjan osalta ei valitettavasti mitään uutta: yhteyshenkilö on jo lomalla.", "status",
     (None, None)),
    ("om kunden kan jag tyvärr inte säga något ännu. Jag hör av mig i januari.", "status",
     (None, None)),
    ("Das Hotel ist leider verloren. In Garmisch hat der Hauselektriker den Zuschlag bekommen.",
     "status", ("status", "lost")),
    ("Die Gemeinde hat uns gestern den Zuschlag gegeben!", "status", ("status", "won")),
    ("är det här samma kund som frågade oss direkt i november? Dem har vi redan gett en "
     "offert.\nOm det är någon annan: gäller det bara givarna?", "offer", ("question", None)),
    ("Savon Kylmä got our offer on Friday, 14 200 € + VAT.", "status", ("status", "proposal")),
    # set 232: the question whether it is the customer of another lead is kept as asked
    ("before we answer: is this the same customer like in lead L-102133? For the Hervanta "
     "heating plant we made offer already in January.", "offer", ("question", None)),
    # set 233: "eventually" as "eventuell"; the quote to be made after the visit
    ("to this lead I can not say you much at the moment. The customer is eventually "
     "interested, but the responsible person is in holidays until end of March.", "status",
     (None, None)),
    ("kurze Update: wir haben Termin mit Kunde am Dienstag, 25.3., um 10 Uhr. Dann wir gehen "
     "zusammen durch die Silos und machen die Angebot danach.", "status", ("status", "meeting")),
    # set 234: a part of the work taken; splitting the lead asked for
    ("Otamme tämä. Mutta vain anturit, kaapelointi ei meille, meillä ei ole nyt sähkömies.",
     "offer", ("accept", None)),
    ("den nehmen wir, allerdings nur die Sensorik. Die Verkabelung machen wir nicht selbst – "
     "das kläre ich beim ersten Telefonat mit dem Kunden.", "offer", ("accept", None)),
    ("Берём. Но только датчики, кабельные работы пусть делает электрик заказчика.", "offer",
     ("accept", None)),
    ("I'd really like to say yes, but our only installer is on sick leave. If he is back, "
     "we're in. If he isn't, we can't do it.", "offer", (None, None)),
    ("vi är bara två montörer, så båda skolorna blir för mycket för oss. Kan vi dela leadet "
     "med en annan partner, så att vi tar skolan i Uleåborg?", "offer", ("question", None)),
    # set 235: Bavarian and Finland-Swedish; another firm's quote; where it stands unknown
    ("des Autohaus Brandl is gwonnen!! Da Chef hod grad vorhin angruafa.", "status",
     ("status", "won")),
    ("des Museum in Ingolstadt miass ma leider absagn, so gern i's macha dad.", "offer",
     ("decline", None)),
    ("I hob heid mit'm Herrn Steinbacher telefoniert. Mia treffn uns am Dienstag, 22.4., um "
     "8 Uhr in da Halle.", "status", ("status", "meeting")),
    ("Den Serverraum in Landsberg nehma gern. I ruaf den Kunden heid no o.", "offer",
     ("accept", None)),
    ("Ja ringde Tove i fredags. Hon hade redan fått en offert från en annan firma, men den va "
     "för dyr. Vi har int bokat något möte ännu.", "status", ("status", "contacted")),
    ("Ja pratade med vaktmästaren på måndag, men sen skrev kamrern att det int finns pengar. "
     "Så just nu vet ingen av oss vad som gäller.", "status", (None, None)),
    ("Kunden ringde och sa ja till vårt förslag.", "status", ("status", "won")),
    # set 236: the order not got, placed with a cheaper supplier; the customer's phone not
    # answering, another number asked for
    ("den Auftrag vom Autohaus Kögl haben wir leider nicht bekommen. Der Kunde hat bei einem "
     "günstigeren Anbieter bestellt.", "status", ("status", "lost")),
    ("Номер клиента из письма не отвечает, я звонил уже два раза. Есть ли у вас другой "
     "телефон?", "status", ("question", None)),
    # set 238: no reason to refuse; "no, you need not offer it to anyone else"; a meeting
    # on a weekday
    ("не вижу причин отказываться – берём этот лид. Никаких проблем с графиком у нас нет.",
     "offer", ("accept", None)),
    ("Inga problem alls, vi tar den! Nej, ni behöver inte erbjuda den åt någon annan.",
     "offer", ("accept", None)),
    ("we meet Ms Lindholm on Wednesday 28 May at 9:00, unless they move it again.", "status",
     ("status", "meeting")),
    # sets 239 and 240: "have spoken … with"; only when is open; "if it doesn't work out";
    # "maybe" for "about" before a figure
    ("short status: I have spoken yesterday with Mr. Gruber from the brewery on the phone. A "
     "date we have not yet.", "status", ("status", "contacted")),
    ("otetaan tämä!\n\nSoitan asiakkaalle iltapäivällä ja katsotaan, saadaanko käynti sovittua "
     "jo tälle viikolle. Jos ei onnistu, niin viimeistään ensi viikon tiistaina.", "offer",
     ("accept", None)),
    ("danke, aber den lassen wir aus. Das sind vielleicht 1.500 € Auftragswert. Vielleicht hat "
     "ein Partner vor Ort Interesse.", "offer", ("decline", None)),
]


@pytest.mark.parametrize(("text", "expected"), [
    ("Итоговая сумма — сорок две тысячи евро без НДС.", (42000, "EUR")),
    ("Summa on kaksikymmentäkaksi tuhatta euroa + alv.", (22000, "EUR")),
    ("Auftrag über zwölftausendfünfhundert Euro netto.", (12500, "EUR")),
    ("ordern på tvåhundratusen kronor", (200000, "SEK")),
    ("подписали 450т р", (450000, "RUB")),
    ("Hintaa tuli kolkytkaks tonnia + alv.", (32000, "EUR")),
    ("viis tonnia euroa", (5000, "EUR")),
    ("I called two times, the budget is open.", (None, None)),
])
def test_stop_37_amounts_written_out(text, expected):
    amount, currency = find_amount(text, won=True)
    assert (amount, currency) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), _STOP_37)
def test_stop_37_blind_rounds(text, answering, expected):
    reading = read_reply(text, date(2041, 12, 1), answering)
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "customer", "expected"), _STOP_37_REPORTS)
def test_stop_37_the_customer_in_a_report(text, customer, expected):
    reading = read_reply(text, date(2041, 12, 1), "status", customer=customer)
    assert (reading.intent, reading.status) == expected


# stop 38: the misses of stop 37's last blind round (sets 237 and 240)
_STOP_38_REPORTS = [
    # a list's heading names the whole trade; the item naming this customer says nothing new
    ("Tässä kaikki Keski-Suomen paperialan asiakkaat kerralla:\n\n1. Äänekosken saha – tarjous "
     "lähti maanantaina, 17 500 €\n2. Jämsän kartonkitehtaan varasto – voitettiin, 41 200 € alv "
     "0 %\n3. Keski-Suomen Paperin varasto Jyväskylässä (tämä teidän liidi) – ei vielä mitään "
     "uutta, ostaja on lomalla ja palaa ensi viikolla.", "Keski-Suomen Paperi",
     (None, None, None)),
    # the trade in one town, then the same trade in another town: another customer
    ("beim Sägewerk in Mühldorf hat sich noch nichts getan. Herr Obermaier ist bis Ende nächster "
     "Woche im Urlaub.\n\nFalls es Sie interessiert: das Sägewerk in Waldkraiburg, das uns ein "
     "Kunde empfohlen hat, haben wir gewonnen (9.400 € netto).", "Sägewerk Obermaier",
     (None, None, None)),
    # "Huber Bräu" is Brauerei Huber; a neighbour "in the same street" is another customer
    ("Huber Bräu in Freising has ordered, we have the signed order since Friday: 18.650 € net.\n\n"
     "The malt house of Lindner in the same street wants now also sensors. And the Gmeiner "
     "brewery in Moosburg we have lost.", "Brauerei Huber", ("status", "won", 18650)),
    # "Samassa talossa …": a neighbour's quote is not this lead's
    ("tapaaminen sovittu: Pasilan Portti, torstaina 8.5. klo 13.\n\nSamassa talossa on myös se "
     "lounasravintola, jolle teimme tarjouksen viime viikolla (6 450 € + alv).",
     "Kiinteistö Pasilan Portti", ("status", "meeting", None)),
    ("Offerten till skolan i Kiiminki gick i går: 19 850 euro exkl. moms.\n\nSkolan i Haukipudas "
     "som vi också räknade på förlorade vi däremot.", "Kiimingin koulu",
     ("status", "proposal", 19850)),
    # "zusammen vergeben" is awarded to us; this lead's share of the whole order
    ("Wir haben den Auftrag! Der Kunde hat beide Standorte zusammen vergeben,\nGesamtauftrag "
     "84 t€ netto. Davon entfallen auf diesen Lead (Werk Freising)\n31,5 t€ netto, der Rest ist "
     "das Werk in Moosburg.", "Isar Kunststofftechnik", ("status", "won", 31500)),
]


@pytest.mark.parametrize(("text", "customer", "expected"), _STOP_38_REPORTS)
def test_stop_38_the_customer_in_a_report(text, customer, expected):
    reading = read_reply(text, date(2041, 12, 1), "status", customer=customer)
    assert (reading.intent, reading.status, reading.amount) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the total named after the figures, and the last of several sums
    ("120 pcs at 185 €/pc = 22 200 €, plus installation 4 800 €, so 27 000 € net in total.",
     (27000, "EUR")),
    ("28 000 € + alv 25,5 %, eli yhteensä 35 140 €", (28000, "EUR")),
    ("Gesamtauftrag 84 t€ netto. Davon entfallen auf diesen Lead 31,5 t€ netto.", (31500, "EUR")),
    ("Whole order 90 000 €, of which this lead 24 000 €.", (24000, "EUR")),
])
def test_stop_38_the_deal_amount_among_sums(text, expected):
    assert find_amount(text, won=True) == expected


def test_stop_38_is_it_the_same_factory_is_a_question():
    text = ("Hej, är det här samma fabrik i Jakobstad som vi redan lämnade offert till i mars? Den "
            "förlorade vi på pris. Eller är det en ny kund?")
    reading = read_reply(text, date(2041, 12, 1), "offer")
    assert (reading.intent, reading.status) == ("question", None)


# stop 38: blind round 241-245, the misses mended
_STOP_38_OFFER_ANSWERS = [
    # "rather not take it on"; "would you mind offering it to another partner?"
    ("Would you mind offering this one to another partner? We don't have anyone certified for "
     "that. I'd rather not take it on and then disappoint the customer.", ("decline", None)),
    # a partner with the know-how should take it; offer it to another partner; "Abstand nehmen"
    ("hier müssen wir leider absagen. Das sollte ein Partner mit ATEX-Erfahrung übernehmen.",
     ("decline", None)),
    ("teilen wir Ihnen mit, dass wir von einer Übernahme dieses Leads leider Abstand nehmen "
     "müssen. Wir ersuchen Sie daher, den Lead einem anderen Partner anzubieten.",
     ("decline", None)),
    # Finland-Swedish dialect; "would have been nice otherwise" is a regret, no hedge
    ("tack för förfrågan, men he här blir int av för våran del, tyvärr. Å ja vill int lova "
     "kunden nåt som vi sedan int kan hålla. Östermark sku nog ha vari fint annars. Ge den åt "
     "nån annan partner som har folk lediga.", ("decline", None)),
    # asked before deciding, after an apology or thanks; the customer's refusal is not ours
    ("Hej,\n\nförlåt att jag svarar sent. Innan vi bestämmer oss: var i Lappland ligger det? "
     "Rovaniemi klarar vi, men Enare eller Utsjoki är för långt för oss.", ("question", None)),
    ("before we decide, one question: is it same customer as in L-102634? They declined our "
     "offer in May because of price. If it is again them, I don't want to spend time for "
     "nothing.", ("question", None)),
    ("Grüß Gott,\n\ndanke für den Lead, der klingt grundsätzlich interessant. Bevor wir da aber "
     "zusagen, hätt ich noch zwei Fragen, weil sich das sonst bei uns zeitlich nicht ausgeht:\n\n"
     "1. Handelt es sich um eine Neuinstallation?\n2. Ist das Kühlhaus in Passau selbst oder "
     "drüben in Schärding? Dann bräuchten wir eine Entsendemeldung, und das dauert.",
     ("question", None)),
]


@pytest.mark.parametrize(("text", "expected"), _STOP_38_OFFER_ANSWERS)
def test_stop_38_answers_to_an_offer(text, expected):
    reading = read_reply(text, date(2041, 12, 1), "offer")
    assert (reading.intent, reading.status) == expected


_STOP_38_STATUS_ANSWERS = [
    # the standing not known, said so; the customer reached only later
    ("da gibt es leider nichts Neues. Herr Steiner ist bis Ende Juli im Urlaub. Ich melde mich "
     "Anfang August wieder, sobald ich ihn erreicht habe.", None, (None, None, None)),
    ("ehrlich gesagt weiß ich es gerade nicht. Vermutlich hat sie schon mit ihm gesprochen, aber "
     "das möchte ich nicht als Stand melden, bevor ich es sicher weiß.", None, (None, None, None)),
    ("Mä juttelin sen kanssa viime viikolla puhelimessa. Mä en siis osaa sanoo vielä suuntaan "
     "enkä toiseen.", None, (None, None, None)),
    ("kann ich Ihnen heute leider noch nichts Belastbares sagen, weil der Betriebsleiter bis "
     "einschließlich 12. September im Urlaub ist und seine Vertretung auf meine Mail, in der ich "
     "drei mögliche Terminvorschläge geschickt habe, nicht reagiert hat.", None,
     (None, None, None)),
    # a loss denied; the tax-inclusive sum said with a verb; another supplier won it
    ("Verloren ist der Lead nicht, nur verschoben: Unser Angebot über 18.740,00 € netto liegt "
     "seit dem 24.07. beim Kunden.", None, ("status", "proposal", 18740)),
    ("kauppa tuli! Hallitus hyväksy meidän tarjouksen sellasenaan, eli 31 740 € (alv 0 %), "
     "verollisena se on 39 833,70 €.", None, ("status", "won", 31740)),
    ("tyvärr gick den här förlorad. Staden valde upphandlingen, och den vann en annan "
     "leverantör.", None, ("status", "lost", None)),
    # a meeting only once the drawings are seen; "no hurry" is no refusal; the past of
    # another site told after "because"; what the customer told of their past
    ("сегодня утром я дозвонился до прораба, и мы долго обсуждали, потому что, по его словам, в "
     "прошлом году на другом объекте им пришлось менять перекрытия. Особой спешки нет. "
     "Встречаться будем тогда, когда я посмотрю чертежи.", None, ("status", "contacted", None)),
    ("Ich hab heute Vormittag mit dem Herrn Obermaier telefoniert, der uns gleich erzählt hat, "
     "dass sie vor zwei Jahren schon einmal mit einem Mitbewerber Messstellen ausgerüstet "
     "haben.", None, ("status", "contacted", None)),
    # what the quote still needs is no quote; the sum not at hand takes no other deal's
    ("Soitin Marjatalle eilen. Tarjousta varten tarvitaan pohjapiirros, hän lähettää sen ensi "
     "viikolla.", None, ("status", "contacted", None)),
    ("Nokian Pakkaukselle lähti tarjous tiistaina. Summaa en muista ulkoa, Jari teki laskelman "
     "linjan 2 päivityksestä. Linjan 1 päivityksen he tilasivat jo keväällä (27 500 €).", None,
     ("status", "proposal", None)),
    # the customer unnamed after a paragraph about somewhere else
    ("sorry, I was whole last week on installation in Ikaalinen.\n\nGood news: customer signed "
     "contract on Friday. Total is 18 450 euro without VAT, this includes 24 sensors in pool "
     "area and spa.", "Kylpylähotelli Näsiranta", ("status", "won", 18450)),
    # the others of its kind; the same customer's other deal
    ("kurzer Zwischenstand zur Metzgerei Huber: Ich habe gestern mit Herrn Huber senior "
     "telefoniert.\n\nZu den anderen Metzgereien, falls Sie das brauchen:\nMetzgerei Wagner, "
     "Grafing: Auftrag erhalten.\nMetzgerei Lechner, Markt Schwaben: abgesagt, zu teuer.",
     "Metzgerei Huber & Söhne", ("status", "contacted", None)),
    ("Saimaan Kalatuotteesta ei ole vielä mitään uutta, toimitusjohtaja on lomalla.\n\nMuista "
     "kalaliideistä sen verran, että Savonlinnan savustamo hävittiin.", "Saimaan Kalatuote",
     (None, None, None)),
    ("Vaasan Konepaja har fått vår offert i går: 36 750 € exkl. moms.\n\nSamma kund fick en "
     "offert på robotcell nummer två i juni, och den är redan vunnen (41 000 €).",
     "Vaasan Konepaja", ("status", "proposal", 36750)),
]


@pytest.mark.parametrize(("text", "customer", "expected"), _STOP_38_STATUS_ANSWERS)
def test_stop_38_answers_to_a_status_request(text, customer, expected):
    reading = read_reply(text, date(2041, 12, 1), "status", customer=customer)
    assert (reading.intent, reading.status, reading.amount) == expected


# stop 38: the last five misses of stop 37's last round (sets 238-240)
def test_stop_38_a_customer_training_without_mail_is_out_of_office():
    from mailbot.inbound.classify import OUT_OF_OFFICE
    text = ("I'm at a customer training in Oulu from Wednesday to Friday and probably won't be "
            "able to check email before Monday 26 May.")
    assert OUT_OF_OFFICE.search(text)
    assert latest_date(text, date(2042, 5, 22), relative=True) == date(2042, 5, 26)


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # not knowing what to say yet; "enkä löydä … tarjousta" denies the quote
    ("rehellisesti sanottuna en tiedä vielä mitä sanoa. Minä odotan, että he päättävät "
     "keskenään. Isäntä lupasi soittaa juhannuksen jälkeen.", "status", (None, None)),
    ("en osaa vielä sanoa tästä mitään. Mikko hoiti tätä asiakasta ja on nyt kesälomalla, enkä "
     "löydä hänen kansiostaan tarjousta enkä muistiinpanoja.", "status", (None, None)),
    # "ennen kuin me otamme tämä": asked before taking it
    ("ennen kuin me otamme tämä, minulla on pari kysymys:\n\n- onko kyse vain anturit, vai "
     "pitääkö meidän myös kytkeä ne valvomojärjestelmä?\n\nJos vastaatte tänään, voin päättää "
     "vielä ennen viikonloppu.", "offer", ("question", None)),
    # why the customer is called only tomorrow is no meeting; "мимо неё" is no "мимо"
    ("Берём, конечно. Пекарня — минут двадцать, я мимо неё каждое утро езжу на работу.\n\n"
     "Сегодня позвонить не успею: с утра было совещание по отпускам, а после обеда еду на объект "
     "в Валкеакоски. Завтра с утра наберу заказчика.", "offer", ("accept", None)),
])
def test_stop_38_sets_239_and_240_the_rest(text, answering, expected):
    reading = read_reply(text, date(2042, 6, 20), answering)
    assert (reading.intent, reading.status) == expected


def test_stop_38_a_customer_quoted_over_a_wrapped_line_is_their_words():
    # (set 130's ru_90 hard-wrapped at 60: the quote opens on the next line and wraps)
    text = ("На встрече в понедельник главный инженер сказал прямо:\n«Присылайте КП, но не "
            "раньше августа – бюджет утвердят\nтолько тогда». Мы с ним прошли по всем линиям "
            "розлива,\nзамеры сделали.\n\nКП, соответственно, пока не готовим.")
    reading = read_reply(text, date(2041, 6, 20), "status")
    assert (reading.intent, reading.status) == ("status", "meeting")


# stop 38, second blind round (sets 246-250): the misses mended
_STOP_38_ROUND_2_OFFER_ANSWERS = [
    # every no waits on our answer, and so does the yes: a question
    ("Hi, quick one before we say yes or no: is this the same customer as L-102918 in "
     "September, the cold store in Lahti that went to someone else in the end? If it's Lahden "
     "Kylmävarasto again we'll pass, they only wanted the cheapest price. If it's somebody new "
     "I'll gladly take it.\nCan you check?", ("question", None)),
    ("kiinnostaa, mutta olen itse huomisesta perjantaihin koulutuksessa eikä Aino ehdi käydä "
     "Sipoossa tällä viikolla. Voiko tämä odottaa maanantaihin 13.10.? Jos ei, niin antakaa "
     "muille.", ("question", None)),
    # "already ours" only if the answer to the question says so
    ("это тот же клиент, что в L-102934? Там тоже был склад в Керава и тоже Kylmälogistiikka. "
     "Если да, мы уже работаем с ними и можем взять. Если нет, мне надо знать, кто это.",
     ("question", None)),
    # a part refused, then asked whether the lead can be split
    ("zwei Standorte, Augsburg und Ulm? Augsburg würden wir sofort nehmen, Ulm ist für uns zu "
     "weit. Kann man den Lead aufteilen, oder geht das nur komplett?", ("question", None)),
    # the refusal conceded before "but", the yes given later
    ("Kemi ligger egentligen utanför vårt område och vi är bara två här, men kunden har samma "
     "system som vi installerade på sjukhuset i Torneå förra året, så det borde gå fort. Jag tar "
     "med mig Henrik.\n\nJa, vi tar den.", ("accept", None)),
    # meetings with customers in general are no meeting of this lead
    ("Вопрос по этому лиду: гостиница в Лаппеенранте — это новое здание или ремонт? И нужен ли "
     "монтаж, или только датчики?\n\nПишу по-русски, тренируюсь перед встречами с клиентами из "
     "Петербурга :)", ("question", None)),
    # the news of other customers after the yes, as a bulleted list or said to be other news
    ("Yes, we'll take this one. Sawmill conveyors in Central Finland are right up our alley, "
     "Ville can drive over from Jyväskylä on Thursday.\n\nWhile I'm at it, news from my other "
     "customers so you don't have to chase me:\n- Saarijärven Puu: the pressure sensor job was "
     "won last week, 18 400 EUR.\n- Keuruu dairy: they went with a cheaper offer from Sweden, "
     "so that one is lost.\n- Laukaa greenhouse: meeting on the 12th.", ("accept", None)),
    ("otamme tämä. Pumppaamot on meille tuttu, teimme Kangasalan vesilaitos vuonna 2041 "
     "samanlainen työ.\n\nSamalla tiedoksi muista: Lempäälän kaukolämpö me hävisimme, ja "
     "Oriveden saha tarjous on lähetetty, 8 900 euroa.", ("accept", None)),
    # two sentences with a dash are no list of other customers
    ("Как говорится, дают — бери. Монтажники у нас как раз освобождаются с понедельника.\n\n"
     "Пришлите, пожалуйста, контакты заказчика — позвоню сам.", ("accept", None)),
]


@pytest.mark.parametrize(("text", "expected"), _STOP_38_ROUND_2_OFFER_ANSWERS)
def test_stop_38_round_2_answers_to_an_offer(text, expected):
    reading = read_reply(text, date(2042, 10, 10), "offer")
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the spoken passive is the future: the quote and the meeting still to come
    ("palaveri sovittu to 30.10 klo 13 asiakkaan luona\ntarj. tehään sen jälkeen",
     ("status", "meeting")),
    ("soitin eilen asiakkaalle, lupas lähettää pohjakuvat ens viikolla. sit katotaan tapaaminen",
     ("status", "contacted")),
])
def test_stop_38_round_2_answers_to_a_status_request(text, expected):
    reading = read_reply(text, date(2042, 10, 20), "status")
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "today", "back"), [
    ("I'm at a customer's site in Kotka until Wednesday 15 October with limited access to "
     "email. I'll answer when I'm back.", date(2042, 10, 13), date(2042, 10, 15)),
    ("im off mon-tue 20.-21.10, back wed 22.10", date(2042, 10, 19), date(2042, 10, 22)),
])
def test_stop_38_round_2_away_at_a_customer_or_off_is_out_of_office(text, today, back):
    from mailbot.inbound.classify import OUT_OF_OFFICE
    assert OUT_OF_OFFICE.search(text)
    assert latest_date(text, today, relative=True) == back


_STOP_38_ROUND_2_MORE = [
    # a visit wanted, but only after something else, is still to come
    ("Jag ringde lagerchefen på Torneå Hamnlager i går, de vill ha ett platsbesök men först "
     "efter inventeringen i slutet av oktober.", "status", None, ("status", "contacted", None)),
    # "incl." ends no sentence; a price per measuring point is no deal amount
    ("status: we have sent the quote on Monday. Price is 185 € net per measuring point incl. "
     "mounting, but the customer still counts how many points he needs for the three "
     "greenhouses - somewhere between 60 and 80. I will know more next week.", "status",
     "Gärtnerei Steiner", ("status", "proposal", None)),
    # the sum named so in a compound word; a discount after a colon; a typo owned up to;
    # this lead's share in thousands without its currency
    ("das Angebot an die Stadtwerke ist raus:\n\nListenpreis Sensorik + GLT-Anbindung: "
     "52.400,00 €\nabzgl. 15 % Projektrabatt: – 7.860,00 €\nAngebotssumme: 44.540,00 € zzgl. "
     "MwSt.", "status", None, ("status", "proposal", 44540)),
    ("Auftrag ist da!! 47.100 € netto – Moment, Zahlendreher, laut Auftragsbestätigung sind es "
     "41.700 € netto.", "status", None, ("status", "won", 41700)),
    ("Kauppa tuli! Lahden Konepaja tilasi samalla kertaa kolmeen tehtaaseensa, koko tilaus on "
     "96,4 tuhatta euroa + alv. Tämän liidin osuus eli Lahden linja on 31,2 tuhatta.", "status",
     None, ("status", "won", 31200)),
    # a customer said in brackets to be another lead, and what goes on with it
    ("den nehmen wir gerne. Ingolstadt fahren wir sowieso jede Woche an.\n\nZur Info: Bei der "
     "Maschinenfabrik in Manching (Ihr Lead vom Oktober) liegt unser Angebot über 11.800 € "
     "netto seit zwei Wochen beim Einkauf. Und der Werkzeugbau in Gaimersheim hat abgesagt.",
     "offer", None, ("accept", None, None)),
    ("vi har ringt Lovisa hamn och pratat med Mats Forsman. De skickar ritningar på kranarna "
     "nästa vecka, inget möte bokat ännu.\n\nBorgå Energi (Mikkos lead, inte min) har vi "
     "vunnit, 31 000 euro.", "status", "Loviisan Satama", ("status", "contacted", None)),
    # "(your lead)" is this one
    ("- Järvenpää bakery (your lead): quote went out Wednesday, €9,640 excl. VAT.\n"
     "- Tuusula greenhouse: still waiting for them.", "status", "Järvenpään Leipomo",
     ("status", "proposal", 9640)),
    # a metal works named so is another customer
    ("Vasa Konepaja: offerten skickades i går, 27 350 euro exkl. moms, leverans i mars.\n\n"
     "Korsholms Metall har vi träffat på samma resa, men de vill ha offert först i januari. Och "
     "Kristinestad gick till en konkurrent redan i oktober.", "status", "Vaasan Konepaja Oy",
     ("status", "proposal", 27350)),
    # a yes for another lead, should one come, leaves the no
    ("kiitos tarjouksesta, mutta tämä jää meiltä väliin. Asentajat on varattu tammikuun loppuun "
     "asti.\n\nRiihimäen lasitehtaan kohteen otamme kyllä mielellään, jos se tulee uudestaan "
     "keväällä.", "offer", None, ("decline", None, None)),
    ("к сожалению, от этого отказываемся. Лаппеэнранта для нас слишком далеко.\n\nЕсли будет "
     "что-то в Пирканмаа, присылайте, возьмём.", "offer", None, ("decline", None, None)),
]


@pytest.mark.parametrize(("text", "answering", "customer", "expected"), _STOP_38_ROUND_2_MORE)
def test_stop_38_round_2_the_rest(text, answering, customer, expected):
    reading = read_reply(text, date(2042, 11, 12), answering, customer=customer)
    assert (reading.intent, reading.status, reading.amount) == expected


# stop 38, third blind round (sets 251-255): the misses mended
@pytest.mark.parametrize(("text", "answering", "customer", "expected"), [
    # a meeting agreed with its day and hour, in three shapes
    ("quick update on the school in Kerava: I talked with the facility manager on Monday and we "
     "agreed to meet at the school next Wednesday 4.2. at 13:00. I will bring our technician.",
     "status", None, ("status", "meeting", None)),
    ("Я уже позвонил, клиент не против встречи: договорились на пятницу 5 декабря в 11:00 на "
     "объекте.", "status", None, ("status", "meeting", None)),
    ("Soitin heti, eikä asiakkaalla ollut mitään sitä vastaan, että tulemme katsomaan\npaikkaa jo "
     "tiistaina 9.12. klo 10.", "status", None, ("status", "meeting", None)),
    # "before we say yes" opening a paragraph after thanks and where they write from
    ("Tack för tipset om bageriet i Kuopio, det låter som en jättebra grej för oss. Jag sitter "
     "just nu i Arlanda och väntar på flyget hem efter en mässa, så det blir lite kort.\n\n"
     "Innan vi tackar ja vill jag kolla två saker: Gäller det bara temperaturgivare i "
     "frysrummen? Och har de redan något system för loggning?\n\nKan ni kolla det med kunden så "
     "återkommer jag direkt i morgon bitti.", "offer", None, ("question", None, None)),
    # "nicht über sie" (her) is no "nicht über Sie" (not through you)
    ("zum Lead des Museums möchte ich Ihnen einen kurzen Zwischenstand geben, auch wenn er "
     "nicht erfreulich ist.\n\nWir waren Anfang Jänner zweimal vor Ort. Die Entscheidung ist "
     "jedoch nicht über sie "
     "gefallen, sondern über die Stadt als Träger, und die hat den Auftrag an einen Augsburger "
     "Elektrobetrieb vergeben. Für uns ist das Projekt damit leider erledigt.", "status", None,
     ("status", "lost", None)),
    # the object first: "Den Auftrag haben wir!" (not "diesen Auftrag haben wir … verloren")
    ("Entschuldigung, das ist bei mir durchgerutscht. Den Auftrag haben wir! 11.480 € netto, die "
     "Montage ist für Mitte Februar geplant.", "status", None, ("status", "won", 11480)),
    ("diesen Auftrag haben wir leider verloren. Ein Mitbewerber konnte früher installieren.",
     "status", None, ("status", "lost", None)),
    # nothing to tell yet is no refusal; beside a step told it is no standing unknown
    ("sorry, I cannot tell you yet. This lead was handled by Jari, who left us at New Year, and I "
     "have not found his notes. Give me a week, I will go through his mails.", "status", None,
     (None, None, None)),
    ("ob daraus etwas wird, kann ich noch nicht sagen. Aber wir haben am Dienstag, 11.03., um 9 "
     "Uhr einen Termin bei ihm vor Ort.", "status", None, ("status", "meeting", None)),
])
def test_stop_38_round_3(text, answering, customer, expected):
    reading = read_reply(text, date(2043, 1, 28), answering, customer=customer)
    assert (reading.intent, reading.status, reading.amount) == expected


# stop 38, fourth blind round (sets 256-260): the misses mended
@pytest.mark.parametrize(("text", "answering", "expected"), [
    # a learner's "me ei ota"; someone else gets to take it; a joke taken back ("Im Ernst:")
    ("valitettavasti me ei ota tämä liidi. Meillä ei ole PLC-osaaja vapaana ennen huhtikuu.",
     "offer", ("decline", None, None)),
    ("jag frågade vår montör Jonas om vi hinner med det här i mars. Han skrattade bara och "
     "pekade på väggkalendern.\n\nJag tolkar det som att någon annan får ta den här.", "offer",
     ("decline", None, None)),
    ("kiitos, mutta Kuusamo helmikuussa ilman yhtään vapaata asentajaa kuulostaa juuri siltä "
     "seikkailulta, jota en tälle keväälle kaipaa.\n\nJoku pohjoisempi kumppani saa tämän ilon.",
     "offer", ("decline", None, None)),
    ("ein Kühlhaus in Flensburg, gut 900 km von München, Montage bis Ende März – klar, da fahren "
     "wir mal eben hoch.\n\nIm Ernst: Das sollte ein Kollege aus Hamburg oder Kiel machen, der "
     "ist schneller da und günstiger.", "offer", ("decline", None, None)),
    # a moment's thought before the yes; not leaving it to anyone else; a tight budget "but
    # let's see" doubts nothing
    ("Let me think about this one for a second. A sensor retrofit in Jyväskylä, ten minutes from "
     "our office, in the quietest month of our year? Tough call.\n\nVille is already looking for "
     "his car keys. He will call the customer first thing tomorrow.", "offer",
     ("accept", None, None)),
    ("äntligen ett PLC-jobb som inte ligger bakom polcirkeln! Det här lämnar vi inte till någon "
     "annan.\n\nJag skickar Mats till kunden nästa vecka.", "offer", ("accept", None, None)),
    ("Otetaan tämä. Asiakkaan budjetti 5–7 tuhatta on vähän tiukka, mutta katsotaan.\nSoitan "
     "heille huomenna.", "offer", ("accept", None, None)),
    # meetings with their day; no longer needed there is lost; the signing as the excuse
    ("asiakas sanoi puhelimessa, että ”tulkaa katsomaan, niin nähdään, onko teistä mihinkään”. "
     "Eli mennään Nokialle torstaina 5.3. klo 13.", "status", ("status", "meeting", None)),
    ("laut meinem Kollegen Huber ist Herr Lechner „ein harter Brocken“. Mal sehen.\n\nWir sind "
     "jedenfalls am Dienstag, 10. März, um 10 Uhr bei ihm in Freising.", "status",
     ("status", "meeting", None)),
    ("Asiakas päätti lopulta, että heidän oma kiinteistöhuoltonsa osaa kuulemma asentaa anturit "
     "ihan yhtä hyvin. Toivotaan heille onnea, meitä ei siellä enää tarvita.", "status",
     ("status", "lost", None)),
    ("извините, что пропал, было некогда – подписывали договор. 52 тыс. евро без НДС, монтаж в "
     "апреле.", "status", ("status", "won", 52000)),
    # "Honestly?" asks nothing; a discount named after its sum is no deal amount
    ("Honestly? Ask me again next week. The customer says they \"will get back to us shortly\", "
     "which in my experience means anything from tomorrow to never.", "status",
     (None, None, None)),
    ("Vi fick ordern! Offerten var på 29 700 euro, efter 1 800 euro rabatt blev det 27 900 euro "
     "exkl. moms.", "status", ("status", "won", 27900)),
])
def test_stop_38_round_4(text, answering, expected):
    reading = read_reply(text, date(2043, 3, 2), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


# stop 38, fifth blind round (sets 261-265): the misses mended
@pytest.mark.parametrize(("text", "answering", "expected"), [
    # mock dismay, modesty and thinking done are no refusal and no doubt
    ("Oh no, another job right in our own backyard. However will we cope.\n\nYes, we'll take "
     "it. Ville can drop by the boat hall early next week.", "offer", ("accept", None, None)),
    ("Vi är kanske inte världens största firma, men ett lager i Uleåborg borde vi klara av utan "
     "att svimma.\n\nJag ringer kunden i morgon förmiddag.", "offer", ("accept", None, None)),
    ("Förlåt dröjsmålet, vi har funderat. Det är inte varje dag vi får tryckgivare.\n\nGäller det "
     "bara givarna, eller ska vi också installera dem?", "offer", ("question", None, None)),
    # the answer implied: the customer's number asked for, someone else to take it
    ("Janne is driving to Kouvola on Tuesday anyway, so he can stop by the sawmill on the way. "
     "Could you send me the customer's phone number? I'd like to call them before he goes.",
     "offer", ("accept", None, None)),
    ("Ville on torstaina muutenkin Nokialla, laitoin hänet jo kalenteriin käymään siellä\n"
     "aamupäivällä. Laittakaa vielä isännöitsijän puhelinnumero niin soitan etukäteen.", "offer",
     ("accept", None, None)),
    ("Herr Maier ist nächste Woche eh in Erding, ich hab ihn für Mittwochvormittag bei der "
     "Molkerei eingeplant. Schicken Sie mir bitte noch die Nummer vom Ansprechpartner.",
     "offer", ("accept", None, None)),
    ("Антон уже грузит датчики в машину. Пришлите,\nпожалуйста, телефон заказчика, чтобы он "
     "позвонил заранее.", "offer", ("accept", None, None)),
    ("до Рованиеми от нас больше 600 км.\nПусть лучше возьмут коллеги с севера.", "offer",
     ("decline", None, None)),
    ("Passau is almost three hours from us. Better you give this one to a colleague who sits "
     "closer to the customer.", "offer", ("decline", None, None)),
    ("ich will nicht sagen, dass es uns nicht interessiert, aber realistisch schaffen wir das "
     "weder personell noch zeitlich vor September. Bitte geben Sie den Lead weiter.", "offer",
     ("decline", None, None)),
    ("we have to say no to this one, unless the brewery can wait until end of July. If the "
     "customer is fine with August, feel free to send it to us again.", "offer",
     ("decline", None, None)),
    # the site shown at an hour is a meeting (not our catalogue shown to the director)
    ("Janne and I drive to Hyvinkää on Thursday morning, Tero Laine promised to walk us\nthrough "
     "the line at 9.", "status", ("status", "meeting", None)),
    ("Herr Maier fährt am Dienstag, 2. Juni, um 10 Uhr nach Dachau raus, der Lagerleiter will "
     "ihm\ndie Halle und die alten Fühler zeigen.", "status", ("status", "meeting", None)),
    ("underhållschefen tar emot oss vid fabriken i Jakobstad på onsdag kl. 13.", "status",
     ("status", "meeting", None)),
    ("Jari ajaa tiistaina Heinolaan, laitospäällikkö esittelee puhdistamon ja ohjauskeskuksen\n"
     "klo 10.", "status", ("status", "meeting", None)),
    ("В среду в 10 едем к ним в Нокиа, главный инженер обещал показать технические помещения.",
     "status", ("status", "meeting", None)),
    ("В пятницу созвонился с главным энергетиком. Выслал ему каталог. Обещал показать "
     "директору и перезвонить после 20-го.", "status", ("status", "contacted", None)),
    ("we have a palaveri with the customer on Monday 22.6. at 10 in their office in Mikkeli.",
     "status", ("status", "meeting", None)),
    # the call told by what came after it; our figures received; no longer needed, nothing left
    ("Riikka Salo lähetti heti puhelun perään sähköpostilla sähkökuvat ja nykyisen ohjelman.",
     "status", ("status", "contacted", None)),
    ("ishallen har fått våra siffror och funderar. De återkommer efter styrelsemötet.",
     "status", ("status", "proposal", None)),
    ("quick update: the Angebot is out since yesterday, 38.750 EUR net incl. Montage.", "status",
     ("status", "proposal", 38750)),
    ("asiakas päätti tehdä asennukset omilla kiinteistöhuollon miehillään. Meille ei tästä "
     "jäänyt mitään.", "status", ("status", "lost", None)),
    ("tämä ei ole enää ajankohtainen. Asiakas valitsi toinen toimittaja, halvempi.", "status",
     ("status", "lost", None)),
    # a loss denied in two more shapes
    ("I wouldn't say this one is dead, but I wouldn't bet on it either. Honestly I have nothing "
     "new to tell you yet.", "status", (None, None, None)),
    ("zugesagt haben sie noch nicht, abgesagt aber auch nicht.\nUnser Angebot über 11.240,00 € "
     "netto liegt seit Mittwoch beim Kunden.", "status", ("status", "proposal", 11240)),
])
def test_stop_38_round_5(text, answering, expected):
    reading = read_reply(text, date(2043, 6, 2), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


# stop 38, sixth blind round (sets 266-270): the misses mended
@pytest.mark.parametrize(("text", "answering", "expected"), [
    # irony and short answers: "so, fertig überlegt", hard to say no to, "Jepp!", "👍 завтра наберу"
    ("ein Lead in Freising, eine Viertelstunde von uns entfernt? Da müssen wir natürlich ganz, "
     "ganz lange überlegen …\nSo, fertig überlegt: Wir nehmen ihn. Herr Huber ruft morgen früh "
     "beim Kunden an.", "offer", ("accept", None, None)),
    ("ett lead i Uleåborg, alltså i princip i vårt eget kök? Det blir svårt att säga nej till.\n"
     "Vi tar det. Jag ringer kunden i eftermiddag.", "offer", ("accept", None, None)),
    ("Jepp!", "offer", ("accept", None, None)),
    ("👍 завтра наберу", "offer", ("accept", None, None)),
    ("schicken Sie mir bitte gleich die Nummer vom Ansprechpartner. Herr Wimmer ist am "
     "Donnerstag ohnehin in Freising.", "offer", ("accept", None, None)),
    ("für Reinräume fehlt uns die Zertifizierung.\nGeben Sie das lieber einem Kollegen, der sich "
     "damit auskennt.", "offer", ("decline", None, None)),
    # a meeting only "some time" is none, unless brought forward to a day
    ("jag har pratat med kunden i telefon. Han vill ha ritningarna och ett möte \"någon gång i "
     "höst\". Inget datum än.", "status", ("status", "contacted", None)),
    ("asiakas ehdotti tapaamista \"joskus kesän jälkeen\", mutta saatiin se puhuttua vähän "
     "aikaisemmaksi: tiistaina 12.5. klo 9 heidän tehtaallaan Kokkolassa.", "status",
     ("status", "meeting", None)),
    # the stage told by its traces
    ("It's in my calendar now: Wednesday 22.7. at 9:00 at their plant in Vantaa, together with "
     "their maintenance manager.", "status", ("status", "meeting", None)),
    ("Спасибо. Записал себе в календарь: понедельник, 27 июля, 10:00 — главный инженер ждёт нас "
     "у себя на заводе в Нокиа.", "status", ("status", "meeting", None)),
    ("kulkuluvat on haettu. Menemme asentajan kanssa tiistaina 4.8. klo 9 katsomaan "
     "kattilahuoneen.", "status", ("status", "meeting", None)),
    ("Чертежи переслал нашему сметчику, в пятницу расчёт ушёл заказчику. Теперь ждём.", "status",
     ("status", "proposal", None)),
    ("Заказчик получил наш расчёт: 42 300 евро без НДС, с монтажом.", "status",
     ("status", "proposal", 42300)),
    ("kunden i Haparanda har vår kalkyl på bordet sedan i måndags: 89 000 kr exkl. moms.",
     "status", ("status", "proposal", 89000)),
    ("piirustukset meni meidän laskijalle ja hinta lähti asiakkaalle tiistaina: 21 300 € + alv.",
     "status", ("status", "proposal", 21300)),
    ("asiakkaalla on nyt kaikki hinnat ja toimitusaika meiltä. Hallitus kokoontuu 18.8.",
     "status", ("status", "proposal", None)),
    ("price list and calculation is sent to customer on Tuesday. For this site it makes 14 600 € "
     "without VAT, with installation.", "status", ("status", "proposal", 14600)),
    ("Asiakas palautti allekirjoitetun tilausvahvistuksen perjantaina, 34 800 € alv 0 %.",
     "status", ("status", "won", 34800)),
    ("Asiakkaan taloushallinto lähetti oman verkkolaskuosoitteensa, ja toimitus on sovittu "
     "viikolle 34. Summa on 12 900 € + alv.", "status", ("status", "won", 12900)),
    ("Nu är det underskrivet: 33 900 euro exkl. moms.", "status", ("status", "won", 33900)),
    ("Jag har bett kunden om deras faktureringsadress, och givarna körs upp på måndag. Summan "
     "blir 18 650 euro exkl. moms.", "status", ("status", "won", 18650)),
    # the customer's own order elsewhere, and what it leaves us, is lost
    ("Der Kunde lässt das jetzt von seinen eigenen Haustechnikern machen, die Sensoren hat er "
     "direkt beim Großhandel bestellt. Da ist für uns nichts mehr zu holen.", "status",
     ("status", "lost", None)),
    ("their own maintenance crew is putting the sensors in themselves, they ordered a kit from a "
     "web shop last week.\nNothing more for us to do there, I'm afraid.", "status",
     ("status", "lost", None)),
    ("da stand der Transporter von Sensotherm Wagner im Hof. Das hat sich für uns wohl erledigt.",
     "status", ("status", "lost", None)),
    ("När jag körde förbi stod konkurrentens servicebil på gården. Det var det för vår del.",
     "status", ("status", "lost", None)),
    # tries unanswered are no contact
    ("nothing to report yet, unfortunately. I have sent them two emails and left a message on "
     "the voicemail, but nobody has got back to me.", "status", (None, None, None)),
    # a wholesaler named in a weighing-up is no lost order
    ("That depends on what they actually need. If it is a full rebuild, it is right up our "
     "street. If it is two spare CPUs, they will get them cheaper from a wholesaler and we would "
     "only be in the way. Do you know which one it is?", "offer", ("question", None, None)),
])
def test_stop_38_round_6(text, answering, expected):
    reading = read_reply(text, date(2043, 7, 20), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


def test_stop_38_round_6_a_subject_about_a_holiday_is_no_auto_reply():
    from mailbot.inbound.classify import AUTO_SUBJECT
    assert not AUTO_SUBJECT.search("Lomalla tulleet liidit")
    assert AUTO_SUBJECT.search("Lomalla: Re: [L-12] Liidi")
    assert AUTO_SUBJECT.search("Poissa 3.–7.8.")


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # (stop 41, blind round 271-275) a Swedish "om det ska vara …" is a condition: the
    # answer to the question decides
    ("vet ni vilket styrsystem sågen har idag, och när de vill ha det klart? Om det ska vara "
     "klart före jul hinner vi knappast, annars är vi intresserade.", "offer",
     ("question", None, None)),
    # implied answers: the site's address or whom to call asked, a trip to the site planned
    ("Vilken adress är det och vem ska jag ringa? Jag har vägarna förbi Limingo på torsdag och "
     "kan titta in då.", "offer", ("accept", None, None)),
    ("Could you send me the site address and who we should ask for at the gate? I'd like to "
     "drive over to Hämeenlinna on Wednesday morning with our installer.", "offer",
     ("accept", None, None)),
    ("laitatteko kohteen osoitteen ja yhteyshenkilön numeron? Varasin jo Timon ja pakun "
     "keskiviikoksi, käydään katsomassa tila samalla reissulla.", "offer", ("accept", None, None)),
    ("saisimmeko asiakkaan sähkökuvat ja nykyisen ohjelman varmuuskopion? Jari haluaa käydä ne "
     "läpi ennen kuin ajetaan Raumalle.", "offer", ("accept", None, None)),
    ("Herr Wimmer hat den Montagebus für Donnerstag schon reserviert. Schicken Sie mir bitte noch "
     "die Adresse und den Namen des Hausmeisters, dann fahren wir direkt hin.", "offer",
     ("accept", None, None)),
    # the lead handed on, with no other answer, is refused
    ("please give this one to colleagues who sit closer. Passau is almost three hours each way "
     "for our technicians, for a greenhouse of this size that makes no sense.", "offer",
     ("decline", None, None)),
    ("Отдайте, пожалуйста, кому-нибудь другому: у нас все монтажники до ноября на объекте в "
     "Котке.", "offer", ("decline", None, None)),
    ("kiitos kun ajattelitte meitä, mutta tämä ei oikein ole meidän heiniämme: työ on melkein "
     "pelkkiä antureita, ja Kajaaniin on meiltä pitkä matka. Jätetään suosiolla jollekulle "
     "lähempänä olevalle.", "offer", ("decline", None, None)),
    ("спасибо, что вспомнили о нас, но этот, боюсь, придётся пропустить: монтажники заняты до "
     "декабря, а обещать и не сделать - не в наших правилах.", "offer", ("decline", None, None)),
    # the visit told by its hour and place, or by what was walked through
    ("Bin am Mittwoch um 14 Uhr bei denen in Moosburg, Herr Wimmer kommt mit und schaut sich die "
     "Kühlzellen an.", "status", ("status", "meeting", None)),
    ("Quick update: I'm at Hattula Dairy on Monday 28 September at 9:00, their maintenance chief "
     "walks us through the cold rooms.", "status", ("status", "meeting", None)),
    ("Jonas och jag åker till dem i Brahestad på tisdag 6.10 kl. 13, hamnkaptenen visar oss "
     "magasinen.", "status", ("status", "meeting", None)),
    ("Созвонился с их техническим директором. В среду 30 сентября в 10:00 я у них на станции в "
     "Кангасала, посмотрим насосную.", "status", ("status", "meeting", None)),
    ("nach dem Telefonat letzte Woche waren Herr Wimmer und ich heute Vormittag zu zweit in "
     "Erding und sind mit dem Braumeister alle vier Kühlkeller abgelaufen.", "status",
     ("status", "meeting", None)),
    # the order told by its paper or by the customer's own doing
    ("De skickade en underskriven orderbekräftelse i fredags, 38 600 euro exkl. moms.", "status",
     ("status", "won", 38600)),
    ("Der Auftrag vom Klinikum ist da: 41.200 € netto, Montage im Januar.", "status",
     ("status", "won", 41200)),
    ("В итоге они взяли дешёвые датчики в «Баухаусе» и поставили своими силами, так что там для "
     "нас больше ничего нет.", "status", ("status", "lost", None)),
    # a joke taken back
    ("Bad news, I'm afraid: we lost it.\n\nKidding :) They signed this morning. 27 900 euros "
     "excluding VAT, installation in December.", "status", ("status", "won", 27900)),
    # the last mail's news said to be another lead's; news promised for a step to come
    ("в прошлом письме я перепутал лиды: проиграли мы объект в Пори.\nЭтот заказ наш: 56 300 "
     "евро без НДС, договор подписан вчера.", "status", ("status", "won", 56300)),
    ("Okej. Då har vi inget nytt att säga än, jag hör av mig när Janne har pratat med dem.",
     "status", (None, None, None)),
    # the yes still to come, a question announced inline below
    ("before we say yes, one question inline below.", "offer", ("question", None, None)),
    # ROUND_1_CASES
])
def test_stop_41_round_1(text, answering, expected):
    reading = read_reply(text, date(2043, 10, 20), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # (stop 41, blind round 276-280) implied answers: equipment booked and the trip begun
    # take an offer, whatever is asked for the visit
    ("Кран на четверг 10-го уже заказал, под крышей там почти 11 метров. Уточните, пожалуйста, "
     "до скольки у них открыт склад — кран отпускаем в 16:00.", "offer", ("accept", None, None)),
    ("Jari can be in Kuopio on Wednesday morning with the sample kit. Two things I need before "
     "he drives there:\ndoes the cold store have a loading dock we can use for the van, and what "
     "are their opening hours?", "offer", ("accept", None, None)),
    ("für Donnerstag habe ich bei der Mietstation in Freising schon eine Scherenbühne reserviert, "
     "die Halle ist ja fast 9 m hoch.\n\nKönnen Sie mir noch sagen, ab wann morgens dort jemand "
     "vor Ort ist?", "offer", ("accept", None, None)),
    ("varasin jo henkilönostimen torstaille, kauppakeskuksen aulassa anturit menee n. 7 "
     "metriin.\n\nOnko asiakkaalla ennestään huoltosopimus teidän kanssa?", "offer",
     ("accept", None, None)),
    ("Выезжаю к ним в среду утром. Подскажите, какой код на воротах и где там можно поставить "
     "машину с прицепом?", "offer", ("accept", None, None)),
    ("Jag kör upp till Kemi på fredag morgon. Vilka öppettider har lagret, och finns det en "
     "nyckelkod till grinden?", "offer", ("accept", None, None)),
    # handed on, with no other word
    ("Gebt die Kläranlage bitte an die Kollegen in Nürnberg weiter, die sind in 20 Minuten dort. "
     "Wir bräuchten zwei Stunden pro Strecke.", "offer", ("decline", None, None)),
    ("отдайте, пожалуйста, эти теплицы кому-нибудь из Турку. Нам туда два часа в одну сторону.",
     "offer", ("decline", None, None)),
    ("bageriet i Kemi får gå till någon annan, tyvärr. Vi har bara en montör i januari.",
     "offer", ("decline", None, None)),
    # the stage by its traces: a down payment, a price list with its figure, prices gone out,
    # an invitation accepted, an inspection booked, a competitor's van in the yard
    ("The 30 % down payment from Lapin Kala landed on our account yesterday, order total 36 900 € "
     "+ VAT.", "status", ("status", "won", 36900)),
    ("Die Preisliste mit 23.760,00 € netto für die komplette Halle liegt seit Freitag beim "
     "Einkauf von Lechner.", "status", ("status", "proposal", 23760)),
    ("prislistan med 15 900 € exkl. moms för styrningen gick till Vaasan Venetehdas inköpare i "
     "morse.", "status", ("status", "proposal", 15900)),
    ("Прайс на 19 750 евро без НДС я отправил в Kangasalan Kone ещё в четверг.", "status",
     ("status", "proposal", 19750)),
    ("hinnat ja toimitusaikataulu lähtivät Lahden Levyn tuotantopäällikölle keskiviikkona.",
     "status", ("status", "proposal", None)),
    ("Herr Aigner hat die Einladung für Mittwoch, 9.12., 10:00 Uhr angenommen.", "status",
     ("status", "meeting", None)),
    ("The customer's facility manager accepted my calendar invite for Tuesday 8 December at 9:00 "
     "– we walk through the warehouse in Vantaa together with our installer.", "status",
     ("status", "meeting", None)),
    ("Asiakas kuittasi kutsun, katselmus paikan päällä ti 8.12. klo 13. Jari ja minä mennään, "
     "otetaan värähtelymittari mukaan.", "status", ("status", "meeting", None)),
    ("heute früh stand der Bus von Sensortec bei Schreiner auf dem Hof. Da brauchen wir nichts "
     "mehr zu machen.", "status", ("status", "lost", None)),
    # a brochure and a price list sent are a contact, not a proposal (set 135)
    ("puhuin eilen, esite ja hinnasto on lähetetty. Tapaamista ei vielä sovittu.", "status",
     ("status", "contacted", None)),
    # asked before deciding
    ("bevor wir hier etwas zusagen: Hat der Kunde schon einen Wartungsvertrag?\nWenn ja, müssten "
     "wir uns erst mit dem abstimmen.", "offer", ("question", None, None)),
    # several customers: this one's news only
    ("die Kläranlage in Landshut lassen wir aus: dafür fehlt uns die ATEX-Zulassung.\n\nDie "
     "beiden Wasserwerke in Landshut laufen dagegen gut, das zweite nehmen wir im Februar ab.",
     "offer", ("decline", None, None)),
    ("das Archiv in Dachau nehmen wir gerne.\n\nKurzer Stand zu den anderen Dachauer Sachen: das "
     "Museum hat abgesagt, bei der Brauerei ist das Angebot raus.", "offer",
     ("accept", None, None)),
    ("vi tar sågen i Jakobstad.\n\nPelletsfabriken förresten: där blev det ingen affär, de väntar "
     "ett år.", "offer", ("accept", None, None)),
    ("Vi tar ishallen, den ligger fem minuter från oss.\n\nOch samtidigt läget för de andra "
     "idrottsanläggningarna i Uleåborg: simhallen har fått en offert.", "offer",
     ("accept", None, None)),
    ("die Molkerei am Ammersee hat gleich zugesagt, wir treffen uns am Dienstag, 19. Januar, um 9 "
     "Uhr in Dießen mit dem Betriebsleiter.", "status", ("status", "meeting", None)),
    # negation and hedges
    ("Нельзя сказать, что нам неинтересно, но взять этот лид не можем: до конца февраля все "
     "монтажники заняты. Отказываемся.", "offer", ("decline", None, None)),
    ("встречи ещё не было, только звонок. Клиент не против встречи, но не раньше февраля.",
     "status", ("status", "contacted", None)),
    ("I can't say it's going nowhere, but I can't say it's going anywhere either. Their project "
     "manager hasn't answered since before Christmas.", "status", (None, None, None)),
    ("Unterschrieben ist noch nichts, aber das Angebot ist nicht mehr nur in Arbeit, sondern seit "
     "Dienstag beim Kunden: 12.480,00 € netto.", "status", ("status", "proposal", 12480)),
    ("verloren ist da keineswegs etwas, auch wenn es lange ruhig war. Wir sind am Mittwoch, "
     "27.01., um 14 Uhr beim Kunden vor Ort, der Termin ist bestätigt.", "status",
     ("status", "meeting", None)),
    ("eikö tässä ole kyse pelkästä ohjelmoinnista?\n\nEn halua kieltäytyä ennen kuin tiedän, "
     "mutta en voi vielä luvatakaan mitään.", "offer", ("question", None, None)),
    ("этот объект ведёт мой коллега Сергей. Отправил ли он КП и что там с ценой, я не знаю. "
     "Спрошу у него и отпишусь.", "status", (None, None, None)),
])
def test_stop_41_round_2(text, answering, expected):
    reading = read_reply(text, date(2044, 1, 12), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


def test_stop_41_round_2_with_the_customer_known():
    # "Toinen …" and "… som vi fick i december" tell of another customer
    reading = read_reply("Kangasalan kasvihuone: soitin heille tänään, puhuin omistajan kanssa. "
                         "Tapaamista ei ole vielä.\nToinen Kangasalan puutarha (se ruusutarha) ei "
                         "ole vastannut vielä ollenkaan.", date(2044, 1, 12), "status",
                         customer="Kangasalan Tomaatti")
    assert (reading.intent, reading.status) == ("status", "contacted")
    reading = read_reply("tack! Jag har redan pratat med dem: vi träffas på plats tisdag 19.1 kl. "
                         "13.\n\nSamma dag hinner jag också till fiskförädlaren i Haukipudas som "
                         "vi fick i december, där väntar vi fortfarande på deras beslut.",
                         date(2044, 1, 12), "status", customer="Haukiputaan Kylmä")
    assert (reading.intent, reading.status) == ("status", "meeting")
    reading = read_reply("Haparanda Kyl är klart, de beställde före jul: 185 000 kr exkl. moms.\n\n"
                         "Torneåkunden (Lapin Lämpö) har tackat nej, och hotellet i Kalix har fått "
                         "en offert.", date(2044, 1, 12), "status", customer="Haparanda Kyl")
    assert (reading.intent, reading.status, reading.amount) == ("status", "won", 185000)


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # (stop 41, blind round 281-285) implied answers
    ("Besiktningsrapporten och vårt kostnadsförslag skickades till kunden redan den 12 "
     "februari, nu väntar vi på deras nämndmöte i mars.", "status", ("status", "proposal", None)),
    ("I've blocked Thursday morning in Timo's calendar for the site survey in Hämeenlinna.\nSend "
     "over the customer's contact details so I can confirm the time with them.", "offer",
     ("accept", None, None)),
    ("the survey report went to Ms Laine on Monday, together with our price for the whole "
     "building:\n18 640 EUR excl. VAT.", "status", ("status", "proposal", 18640)),
    ("У нас оба монтажника до конца марта на объекте в Нокиа.\nЛучше отдайте партнёру из Турку, "
     "им там ближе.", "offer", ("decline", None, None)),
    ("Rovaniemi is an eight-hour drive for us.\nYour partner in Oulu is much better placed for "
     "this one.", "offer", ("decline", None, None)),
    ("Отчёт по обследованию написал и отправил заказчику вместе с ценой: 31 480 евро без НДС.",
     "status", ("status", "proposal", 31480)),
    ("asentajiemme kalenteri on täynnä maaliskuun loppuun asti, eikä Kuopio muutenkaan ole "
     "meidän aluettamme.\nSavon päässä on varmasti joku lähempänä oleva kumppani.", "offer",
     ("decline", None, None)),
    ("vår kalender är full till mitten av april, och i Jakobstad finns det en partner som sitter "
     "nästan vägg i vägg med sågverket. Låt dem ta det här.", "offer", ("decline", None, None)),
    ("unser einziger Techniker ist bis Ende März auf zwei Baustellen in München gebunden.\nPassau "
     "ist außerdem eher etwas für die Kollegen in Niederbayern, die sind in zwanzig Minuten vor "
     "Ort.", "offer", ("decline", None, None)),
    ("договорился с главным инженером: смотрим объект в понедельник 29.02 в 10:00, пропуска уже "
     "оформлены.", "status", ("status", "meeting", None)),
    # the stage by its traces
    ("I can see a draft in our system but I can't tell what has been done with the customer. "
     "I'll find out when he is back.", "status", (None, None, None)),
    ("в пятницу были на объекте с их главным энергетиком, сняли замеры влажности. "
     "Демонстрационный чемодан оставили у них до конца месяца, коммерческое предложение "
     "сделаем, когда посмотрим данные.", "status", ("status", "meeting", None)),
    ("Предложение переделывали два раза, но в понедельник пришло подтверждение заказа, "
     "подписанное. Сумма 23 900 евро без НДС.", "status", ("status", "won", 23900)),
    ("wir waren am Freitag zu zweit in der Brauerei und haben den Demokoffer gleich dort "
     "gelassen. Danach setze ich das Angebot auf.", "status", ("status", "meeting", None)),
    # dictated on the phone: a quote sent yesterday, then what is to come, in one clause
    ("offerten skickad igår tjugosju tusen fyrahundra euro exklusive moms kunden svarar efter "
     "påsk\nelsa", "status", ("status", "proposal", 27400)),
    # hard meaning
    ("Asche auf mein Haupt, die Rückmeldung ist überfällig. Dafür nicht mit leeren Händen:\nDer "
     "Auftrag ist unter Dach und Fach, 7.940 € netto.", "status", ("status", "won", 7940)),
    ("tekisimme tämän mielellämme, jos vain joku meistä olisi vapaana ennen juhannusta.\nEi ole, "
     "joten tämä saa mennä jollekin toiselle.", "offer", ("decline", None, None)),
    # (the other branch of a conditional yes stays undecided)
    ("If the customer is fine with us starting in May, we'll happily do it. If they need "
     "somebody sooner, it's probably better to offer it to another partner.", "offer",
     (None, None, None)),
    ("Not to jinx it, but they finally found a gap in their calendar: we meet the plant manager "
     "on Tuesday 5 April at 9:00 on site in Vantaa.", "status", ("status", "meeting", None)),
    # ROUND_3_CASES
])
def test_stop_41_round_3(text, answering, expected):
    reading = read_reply(text, date(2044, 3, 15), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


def test_stop_41_round_3_a_line_wrapped_late_is_one_sentence():
    # Outlook wraps its plain part near 90 characters; "on Tuesday …" goes on the sentence
    reading = read_reply("Not to jinx it, but they finally found a gap in their calendar: we meet "
                         "the plant manager\non Tuesday 5 April at 9:00 on site in Vantaa. Let's "
                         "hope the coffee is better than last time.", date(2044, 3, 15),
                         "status", customer="Vantaan Muovi")
    assert (reading.intent, reading.status) == ("status", "meeting")


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # (stop 41, blind round 286-290) the lead handed on to a better-placed partner
    ("vi är bara två här och båda är bokade hela maj. FI Gold har ett större team, det blir nog "
     "bättre för kunden om de får ta det här.", "offer", ("decline", None, None)),
    ("Both of our installers are on the hospital job until the end of May. FI Silver did almost "
     "the same cold store last year, they would be a far better fit for this customer.", "offer",
     ("decline", None, None)),
    ("meidän asentajat on kiinni kesäkuun loppuun. FI Silverillä on nyt vapaata kapasiteettia – "
     "ehdotan tätä heille.", "offer", ("decline", None, None)),
    ("vor Mitte Juni schaffen wir Rosenheim nicht. Ein Partner aus dem Raum Rosenheim wäre "
     "deutlich schneller vor Ort, geben Sie den Lead bitte an den weiter.", "offer",
     ("decline", None, None)),
    ("мы сейчас на двух объектах и раньше июня не выберемся. Лучше отдайте FI Gold – у них "
     "бригада больше.", "offer", ("decline", None, None)),
    # implied yeses: the plan asked for, the installer's day named, the planning begun
    ("Пришлите, пожалуйста, поэтажный план склада и телефон их главного инженера – хочу до "
     "выезда прикинуть, где ставить датчики.", "offer", ("accept", None, None)),
    ("could you send me the name and number of the school's IT contact?\nOur installer Ville can "
     "be in Kuokkala on Thursday already.", "offer", ("accept", None, None)),
    ("skicka planritningen och namnet på deras IT-ansvariga, så börjar vi planera nätverket "
     "redan i morgon.", "offer", ("accept", None, None)),
    # the customer at our showroom, results reviewed, data gone through at their site
    ("customer engineer comes to our showroom in Tampere on Thursday 5 May at 13.", "status",
     ("status", "meeting", None)),
    ("Frau Dr. Seidl kommt am Mittwoch, 4. Mai, um 10 Uhr mit ihrem Techniker in unseren "
     "Showroom in Garching.", "status", ("status", "meeting", None)),
    ("Kaisa Pekkala och deras ingenjör kommer till vår visningslokal i Uleåborg på tisdag 3.5.",
     "status", ("status", "meeting", None)),
    ("koeasennus pyörii asiakkaan linjalla. Tulokset käydään läpi heidän tuotantopäällikön kanssa "
     "torstaina 5.5. klo 9.", "status", ("status", "meeting", None)),
    ("тестовая установка работает у заказчика. Данные разберём с Сами Коскиненом у них на "
     "складе в пятницу 6 мая в 10:00.", "status", ("status", "meeting", None)),
    ("Поставка согласована на 23 мая, монтаж сразу после. Сумма заказа – 47,2 тыс. евро без "
     "НДС.", "status", ("status", "won", 47200)),
    ("die überarbeitete Version 3 unseres Angebots ist am Freitag an den Landkreis gegangen: "
     "14.280,00 € netto.", "status", ("status", "proposal", 14280)),
    # questions: the answer waits for ours
    ("onko kyse koko linjasta vai pelkästä koneesta? Kerro niin katsotaan.", "offer",
     ("question", None, None)),
    ("а разве это не тот же клиент, что и в прошлом году?\nПока не отвечаю ни да, ни нет, "
     "сначала хочу понять объём.", "offer", ("question", None, None)),
    ("У меня есть вопрос перед тем как мы берём этот лид. Это только датчики или клиент хочет "
     "монтаж тоже?", "offer", ("question", None, None)),
    # negation and hedges
    ("we haven't met them yet. But the meeting is not just talk anymore: it's booked for "
     "Thursday 2 June at 13:00.", "status", ("status", "meeting", None)),
    ("no meeting yet, only a phone call with their facility manager on Friday.", "status",
     ("status", "contacted", None)),
    ("einen Termin gibt es noch nicht, nur ein kurzes Telefonat mit Herrn Huber am Dienstag.\n"
     "Vorher macht ein Besuch kaum Sinn.", "status", ("status", "contacted", None)),
    ("unfortunately this one went to other company. They took a cheaper offer from a local firm.",
     "status", ("status", "lost", None)),
    ("tapaaminen on sovittu keskiviikoksi 22.6. klo 9, joten otan mukaan englanninkieliset "
     "esitteet.", "status", ("status", "meeting", None)),
])
def test_stop_41_round_4(text, answering, expected):
    reading = read_reply(text, date(2044, 5, 10), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


def test_stop_41_round_4_with_the_customer_known():
    # "(ваш лид)" marks this lead's line of a list; "While I'm at it:" opens other news
    reading = read_reply("по торговым центрам сразу все три:\n1) Херванта (ваш лид) — "
                         "предложение отправили во вторник, 24 850 евро без НДС.\n2) Лиелахти — "
                         "встреча в пятницу.\n3) Центр в Пирккала — проиграли.",
                         date(2044, 5, 10), "status", customer="Hervannan Kauppakeskus")
    assert (reading.intent, reading.status, reading.amount) == ("status", "proposal", 24850)
    reading = read_reply("yes, we'll take the ice rink in Kymenlaakso.\n\nWhile I'm at it: the "
                         "Kouvola rink finally signed last week.", date(2044, 5, 10), "offer")
    assert reading.intent == "accept"
    reading = read_reply("jag ringde apoteket i Vasa i går. Apoteken i Korsholm och Närpes som vi "
                         "fick via er i april väntar fortfarande på sina offerter.",
                         date(2044, 5, 10), "status", customer="Vaasan Apteekki")
    assert (reading.intent, reading.status) == ("status", "contacted")


@pytest.mark.parametrize(("text", "expected"), [
    # "aber" after the verb is no clause break: the competitor's win stays one clause
    ("Gewonnen hat aber ein anderer Anbieter.", "lost"),
    ("Angebot ist raus, den Auftrag hat aber ein Mitbewerber bekommen.", "lost"),
    # "back and forth" is no clause break either
    ("We have been e-mailing back and forth with the customer.", "contacted"),
    ("Me and the customer have been emailing back and forth.", "contacted"),
    ("Мы с клиентом переписывались.", "contacted"),
])
def test_phrases_with_a_conjunction_inside_are_read_whole(text, expected):
    reading = read_reply(text, date(2026, 12, 7), "status")
    assert (reading.intent, reading.status) == ("status", expected)


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # blind round 291-295 of stop 42: hard meaning (set 294) and the end of summer (set 295)
    ("I'm just back from holiday and still digging through my mails. I haven't had time to "
     "look at Aura Pakkaus yet, so I honestly can't tell you anything at this point. Give me "
     "a few days.", "status", (None, None, None)),
    ("Dazu kann ich im Moment nichts sagen, ich melde mich nächste Woche.", "status",
     (None, None, None)),
    ("Теперь дело за клиентом: наше предложение на 31 200 евро без НДС с пятницы\nлежит у их "
     "финансового директора на столе. Обещали ответить до середины сентября.", "status",
     ("status", "proposal", 31200)),
    ("eine Brauerei in Freising – da sagt bei uns niemand nein. Wir übernehmen den Lead,\n"
     "Herr Wimmer ruft morgen Vormittag beim Kunden an.", "offer", ("accept", None, None)),
    ("nicht, dass wir keinen Termin hätten: Donnerstag, 25.08., 9:30 Uhr bei\nFrau Dr. Seidl "
     "im Labor. Herr Wimmer fährt hin, ich bin an dem Tag auf Schulung.", "status",
     ("status", "meeting", None)),
    ("Не то чтобы у нас не было встречи – во вторник в 10:00 у них в офисе.", "status",
     ("status", "meeting", None)),
    ("Short update: the ball is in our court now and we intend to play it. The library's\n"
     "facility manager meets us on site on Monday 22.8. at 10:00, and we'll know the\ndetails "
     "after that.", "status", ("status", "meeting", None)),
    ("Thank you for thinking of us. A museum store like this needs someone who can be on\nsite "
     "within the hour when a sensor alarms, and from Helsinki we simply couldn't\npromise "
     "that. I fear we would not do them justice, so a partner closer to Turku\nshould have it.",
     "offer", ("decline", None, None)),
    ("Eihän tällaista jätetä väliin – kylmävarasto Keravalla on kuin meille tehty.\nOtetaan "
     "liidi, soitan asiakkaalle vielä tänään.", "offer", ("accept", None, None)),
])
def test_stop_42_round_1(text, answering, expected):
    reading = read_reply(text, date(2044, 8, 20), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


def test_a_customers_words_pasted_below_are_no_answer_typed_below():
    """"Seine Bestätigung habe ich unten reinkopiert": "unten" points at a pasted quote, not
    at answers typed into ours; the mail replied to, unprefixed below the signature, is no
    answer either."""
    body = ("Hallo,\n\nTermin mit Herrn Reiter steht: Mittwoch, 14.09., um 9 Uhr. Seine "
            "Bestätigung habe ich unten reinkopiert.\n\n> Sehr geehrter Herr Brandt, den Termin "
            "bestätige ich\n> gern.\n\nGrüße\nStefan\n\nVon: Mailbot <leads@mailbot.localhost>\n"
            "Datum: Donnerstag, 1. September 2044 um 13:47\nBetreff: Lead\n\nGewonnen "
            "<https://mailbot.example/l/status/x>\tVerloren <https://mailbot.example/l/status/y>\n")
    text = new_text(body)
    assert "Mailbot" not in text and "Gewonnen" not in text and text.endswith("reinkopiert.")


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # blind round 291-295 of stop 42: second thoughts inside one mail (set 293)
    ("Short answer: contacted, I think.\nHmm, actually no, I'm not sure that's right either - "
     "Jari took this one over in July and I haven't heard from him how far he got.",
     "status", (None, None, None)),
    ("мы возьмём этот лид... нет, сначала один вопрос.\nНужны только датчики, или клиент хочет "
     "также монтаж и подключение к системе?", "offer", ("question", None, None)),
    ("We sent the proposal to them yesterday: 24 100 EUR excl. VAT.\nEDIT: typo above, sorry - "
     "the figure is 21 400 EUR excl. VAT, not 24 100. I swapped the digits.", "status",
     ("status", "proposal", 21400)),
    ("Hmm, Kemi is quite a trek from us, I was already going to let this one go.\nSecond "
     "thought: Jani is up in Tornio next week anyway, so he can stop by in Kemi on the way.\n"
     "So yes, we'll take it.", "offer", ("accept", None, None)),
    ("I was just about to hit accept, but wait - one thing first. Is this only the sensors, or "
     "do they want us to install them too?\nLet me know and I'll decide right away.", "offer",
     ("question", None, None)),
    ("tarjous lähti eilen.\nEi vaan - sekoitin tämän Lahden kohteeseen. Hollolan asiakkaalle "
     "olen toistaiseksi vain soittanut, tarjousta ei ole vielä tehty.", "status",
     ("status", "contacted", None)),
    ("ja, vi tar den -\nnej förresten, vänta. Vår montör är sjukskriven resten av veckan. Vi "
     "måste tyvärr tacka nej den här gången.", "offer", ("decline", None, None)),
    ("kauppa tehtiin, tilaus tuli eilen!\nAnteeksi, tuo oli väärä asiakas - sekoitin Järvenpään "
     "ja Keravan. Tästä liidistä minulla ei ole vielä mitään kerrottavaa.", "status",
     (None, None, None)),
    ("~~Angebot über 16.850 € netto ist raus.~~\nSorry, Zahlendreher - richtig ist: Das Angebot "
     "über 18.650,00 € netto ist am Mittwoch an den Kunden gegangen.", "status",
     ("status", "proposal", 18650)),
    ("кажется, встреча уже была на прошлой неделе.\nНет, беру слова назад - я точно не знаю. "
     "Уточню у Антти и напишу.", "status", (None, None, None)),
    ("auf den ersten Blick würde ich sagen: nehmen wir.\nNachtrag, bevor ich auf Annehmen "
     "klicke: Geht es nur um die Logger, oder braucht der Kunde auch die GMP-Validierung?\nDann "
     "sage ich sofort zu oder ab.", "offer", ("question", None, None)),
    ("offerten går ut i morgon, tror jag.\nRättelse kl. 16: den gick iväg redan nu i "
     "eftermiddag! 32 500 euro exkl. moms, givare och installation.", "status",
     ("status", "proposal", 32500)),
    # trade shorthand (set 292)
    ("Offert skickad i måndags: SEK 212 tkr exkl. moms för givare och montage.", "status",
     ("status", "proposal", 212000)),
    ("We'll take this one. NDA with the city's facility unit is already signed from an earlier "
     "job, so no paperwork delay on our side.", "offer", ("accept", None, None)),
    ("Soitin asiakkaalle heti aamulla: kartoitus sovittu to 28.7. klo 9 heidän Vantaan "
     "varastolla.", "status", ("status", "meeting", None)),
    ("kurzes Update aus unserem CRM:\n\nStatus: Erstkontakt ✓\nNächster Schritt: Aufmaß – Termin "
     "noch offen", "status", ("status", "contacted", None)),
    ("Kund kontaktad ✓\nPlatsbesök: inte bokat än, fastighetsskötaren återkommer med tider\n"
     "Offert: efter platsbesöket", "status", ("status", "contacted", None)),
    ("Kunden är kontaktad.", "status", ("status", "contacted", None)),
])
def test_stop_42_round_1_second_thoughts_and_shorthand(text, answering, expected):
    reading = read_reply(text, date(2044, 8, 5), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # blind round 291-295 of stop 42: implied answers (set 291); accepts told by the work begun
    ("Jag har redan ringt Tomas, vår montör i Kemi, och han hör av sig till kunden i morgon "
     "bitti för att boka in ett besök.", "offer", ("accept", None, None)),
    ("уже позвонил нашему монтажнику, завтра утром он заедет к клиенту в Кангасалу посмотреть "
     "помещение. Датчики есть на складе.", "offer", ("accept", None, None)),
    ("Jani is on it already - I asked him to ring the customer this afternoon and to take the "
     "leak sensor demo case along in case they want him to drop by on Wednesday.", "offer",
     ("accept", None, None)),
    ("ich habe Herrn Wimmer schon gebeten, den Kunden in Freising morgen Vormittag\nanzurufen "
     "und einen Besichtigungstermin auszumachen.", "offer", ("accept", None, None)),
    ("Laitoin jo Jarille viestin: hän soittaa asiakkaalle huomenna aamupäivällä ja\npyytää "
     "linjan nykyiset PLC-ohjelmat etukäteen katsottavaksi.", "offer", ("accept", None, None)),
    # declines told by their reason alone
    ("unser einziger Monteur mit Ex-Schutz-Schulung ist bis Ende August in Elternzeit, und ohne "
     "ihn dürfen wir in einer Lackiererei keine Sensoren setzen. Sorry.", "offer",
     ("decline", None, None)),
    ("Sorry - our only installer with cold-room experience, Markku, left us at the\nend of June. "
     "There is nobody here\nwho could do the Porvoo job this summer.", "offer",
     ("decline", None, None)),
    ("tyvärr är vår enda montör med kort för heta arbeten på semester till mitten av\naugusti. "
     "Ingen annan hos\noss har kortet.", "offer", ("decline", None, None)),
    ("наш единственный монтажник с допуском на работу на высоте уволился в конце июня. Своими "
     "силами мы это не сделаем.", "offer", ("decline", None, None)),
    # statuses told by their traces
    ("Our quote no. 2044-0317 went to their property manager on Monday:\n21 460 EUR excl. VAT "
     "for 48 sensors.", "status", ("status", "proposal", 21460)),
    ("Logged a call with their facilities manager in our CRM yesterday. She is sending the "
     "floor plans this week.", "status", ("status", "contacted", None)),
    ("Varasin henkilönostimen torstaiksi 7.7. – asiakkaan kiinteistöpäällikkö tulee\npaikalle "
     "klo 9 näyttämään meille varaston kattorakenteet.", "status", ("status", "meeting", None)),
    ("Die Anzahlungsrechnung über\n30 % ist am Freitag rausgegangen, die Auftragsbestätigung "
     "lautet auf\n24.800 € netto.", "status", ("status", "won", 24800)),
    ("Soitin asiakkaalle tänä aamuna ja kirjasin puhelun CRM:ään. He lähettävät\n"
     "pohjapiirustukset ensi viikolla, ja vasta niiden jälkeen sovitaan, milloin\nkäydään "
     "paikan päällä.", "status", ("status", "contacted", None)),
    ("Asiakas kuittasi lähetteen eilen kun anturit tuli perille, ja\nlasku 12 740 € + alv lähti "
     "tänään aamulla.", "status", ("status", "won", 12740)),
    ("Herr Kraus hat heute angerufen: Den Auftrag bekommt die Firma seines Schwagers.",
     "status", ("status", "lost", None)),
    ("I booked site induction for me and installer on Tuesday 12.7. at 8:00,\nwithout it nobody "
     "enters their factory.", "status", ("status", "meeting", None)),
])
def test_stop_42_round_1_implied_answers(text, answering, expected):
    reading = read_reply(text, date(2044, 7, 6), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


@pytest.mark.parametrize("text", [
    "Quote goes out Monday.", "Angebot geht Montag raus.", "Offerten går ut på måndag.",
    "Tarjous lähtee maanantaina.", "КП уйдёт в понедельник."])
def test_a_quote_going_out_on_a_weekday_ahead_is_no_proposal_yet(text):
    assert read_reply(text, date(2044, 9, 14), "status").status is None


@pytest.mark.parametrize("text", [
    "Quote went out Monday.", "Angebot ging Montag raus.", "Tarjous lähti maanantaina."])
def test_a_quote_gone_out_on_a_weekday_is_a_proposal(text):
    assert read_reply(text, date(2044, 9, 14), "status").status == "proposal"


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # blind round 296-300 of stop 42: implied answers, an eighth set (296)
    ("Two trial sensors have been logging in their freezer room since last week, and on Monday\n"
     "I left the facilities manager our price for the full roll-out: 24 860 EUR excl. VAT.",
     "status", ("status", "proposal", 24860)),
    ("kunden i Övertorneå har gett oss ett leverantörsnummer och lagt beställningen via sitt\n"
     "inköpssystem, 96 500 SEK exkl. moms.", "status", ("status", "won", 96500)),
    ("I've already taken two of the wireless humidity kits off our shelf for this one. Send me "
     "the sawmill's contact\nperson and number and I'll fix the time with them today.", "offer",
     ("accept", None, None)),
    ("their purchasing department sent me the link to their supplier portal last Tuesday.\nI've "
     "registered us there and uploaded the insurance certificate.", "status",
     ("status", "contacted", None)),
    ("отправил главному инженеру спецификацию с ценами на проверку, итого 21 380 евро без НДС.",
     "status", ("status", "proposal", 21380)),
    ("Die erste Woche, in der ich zwei Monteure\nzusammen nach Passau schicken könnte, ist KW 49. "
     "Für einen heißen Lead ist das viel zu\nspät, so lange will ich den Kunden nicht warten "
     "lassen.", "offer", ("decline", None, None)),
    ("lähetin viime keskiviikkona sahan tuotantopäällikölle kaksi laiteluetteloa hintoineen\n"
     "tarkistettavaksi.", "status", ("status", "proposal", None)),
    ("kunden bad mig ta med några provgivare när jag kommer till dem på torsdag 22.9 kl. 9.",
     "status", ("status", "meeting", None)),
    ("kunden vill att vi skriver under deras sekretessavtal innan de skickar ritningarna.\nJag "
     "skrev under och skickade tillbaka det i morse. Något möte har vi inte kommit\növerens om "
     "än.", "status", ("status", "contacted", None)),
    ("unsere Unterlagen sind seit Montag im Vergabeportal der Stadt hochgeladen:\n"
     "Leistungsverzeichnis ausgefüllt, Endsumme 17.940,00 € netto.", "status",
     ("status", "proposal", 17940)),
    ("Donau Logistik made a call-off under their framework agreement\nwith us on Monday: 16 "
     "sensors with installation, 9.860 EUR net.", "status", ("status", "won", 9860)),
    ("Asiakkaan hallitus hyväksyi budjetin maanantaina, ja eilen heidän\njärjestelmästään tuli "
     "ostotilaus, 18 400 € alv 0 %.", "status", ("status", "won", 18400)),
    ("Das Kick-off beim Kunden ist für\nDienstag, 27.09., angesetzt, die Auftragsbestätigung über "
     "22.315 € netto ging am\nFreitag raus.", "status", ("status", "won", 22315)),
    ("i går skickade jag materiallistan med priser till kundens inköpare för kontroll, totalt\n"
     "14 650 euro exkl. moms.", "status", ("status", "proposal", 14650)),
    ("Frau Lechner hat unsere Besucherausweise für Mittwoch, 21.09., 10:00 Uhr schon am\nEmpfang "
     "hinterlegt. Wir gehen dann mit dem Haustechniker die drei Büroetagen ab.", "status",
     ("status", "meeting", None)),
    ("Their safety officer signed off our visit yesterday, so Jarno and I will walk through "
     "the\nserver halls with their facility manager on Thursday 22 September at 9:00.",
     "status", ("status", "meeting", None)),
    ("asiakkaan käyttöpäällikkö lähetti Teams-kutsun tiistaille 20.9. klo 14. Hyväksyin sen.",
     "status", ("status", "meeting", None)),
    ("главный энергетик завода прислал мне схему проезда и попросил быть у проходной в среду, "
     "21 сентября, в 10:00. Вместе пройдём по цехам.", "status", ("status", "meeting", None)),
    # an ordinary fortnight in November (300)
    ("Jag har pratat med kunden i telefon i dag. De vill gärna träffas men först när budgeten är "
     "godkänd, så inget datum ännu.", "status", ("status", "contacted", None)),
])
def test_stop_42_round_2(text, answering, expected):
    reading = read_reply(text, date(2044, 9, 14), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # the customer's own words as the answer (set 298)
    ("клиент оставил голосовое, расшифровываю как смог: «…ehkä ensi vuonna… tai "
     "soitellaan…»\nСвязь была плохая, я так и не понял, хотят они встречу или отказываются.",
     "status", (None, None, None)),
    ("One of our installers met the museum's facility manager at a fair, and she told him: \"in "
     "the old building we can't drill or pull any cables at all.\"\nSo before we decide: does "
     "this lead need wireless sensors only? And is the installation included?", "offer",
     ("question", None, None)),
    ("pahoittelut viiveestä! Asiakkaalta tuli eilen illalla tämä:\n\n\"Hyvä Aino, tilaamme "
     "tarjouksenne 3.10. mukaisesti. Toimitus mielellään marraskuun aikana.\"\n\nKauppa on siis "
     "tehty, 36 900 € alv 0 %.", "status", ("status", "won", 36900)),
    ("tämä on sama konepaja, joka kirjoitti meille syyskuussa. Lainaan heidän viestiä: \"Älkää "
     "enää soittako meille, hoidamme anturit itse.\"\nJoten emme ota tätä liidi. Antakaa "
     "jollekin toiselle.", "offer", ("decline", None, None)),
    ("Guten Morgen Herr Brandt,\nDienstag, 18.10., 10 Uhr passt uns gut. Bitte melden Sie sich "
     "am Empfang im Erdgeschoss.", "status", ("status", "meeting", None)),
    # trade shorthand, a second set (set 299)
    ("Status:\n✓ kontaktad – ringde bageriet i tisdags\n✗ möte – inte bokat ännu\n✗ offert",
     "status", ("status", "contacted", None)),
    ("Status on this one:\n[x] customer called on Tuesday, they're interested\n[ ] meeting – not "
     "booked yet, they'll send us possible dates\n[ ] offer", "status",
     ("status", "contacted", None)),
    ("Termin steht ✔\n\nPhase\tTermin\nWann\tDo, 3.11., 10:00 Uhr (KW 44)\nWo\tbeim Kunden in "
     "Erding\n\nDanach machen wir das Angebot fertig.", "", ("status", "meeting", None)),
    ("innan vi säger ja – två snabba frågor:\n• Finns det en RFQ eller kravspec från kunden, "
     "eller bara ett samtal?\n• Ingår PLC-programmeringen, eller bara givarna?", "offer",
     ("question", None, None)),
])
def test_stop_42_round_2_quoted_customers_and_shorthand(text, answering, expected):
    reading = read_reply(text, date(2044, 10, 14), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the partner's own earlier words quoted back are still the answer ...
    ('As I wrote yesterday: "we take it". Sorry for the double mail.', "accept"),
    ('Kuten kirjoitin jo: "otamme sen".', "accept"),
    ('Wie ich schon schrieb: "Wir nehmen ihn."', "accept"),
    ('Som jag skrev: "vi tar den".', "accept"),
    ('Как я уже писал: "берём".', "accept"),
    ('As we said on the phone: "we cannot take it, no installer free".', "decline"),
    # ... someone else's are not
    ('Customer said: "we take it"', None),
    ('Asiakas sanoi: "otamme sen"', None),
])
def test_own_words_quoted_back_are_the_answer(text, expected):
    assert read_reply(text, date(2044, 11, 25), "offer").intent == expected


def test_a_table_row_naming_the_customers_town_is_no_report_on_another():
    reading = read_reply("Hei,\n\nVaihe: tapaaminen ✓\n\nPvm      | Klo  | Paikka\nti 8.11. | "
                         "9.00 | asiakkaan arkisto, Vantaa\n\nMikko", date(2044, 11, 3), "",
                         105520, "Vantaan Arkistopalvelu")
    assert (reading.intent, reading.status) == ("status", "meeting")


def test_a_partners_line_with_wrote_and_a_colon_is_no_attribution():
    body = ("Hi,\n\nFunny timing: the customer wrote to us directly this morning. Pasting it "
            "here:\n\n---------- Forwarded message ---------\nFrom: Harri <h@x.example>\n\nHei!\n")
    assert new_text(body).endswith("Pasting it here:")


def test_a_pasted_answer_that_goes_further_fills_a_contact():
    said = read_reply("goda nyheter! Kunden svarade i morse:", date(2044, 10, 20), "status")
    pasted = read_reply("vi beställer enligt offerten.\n\nAffären är klar: 27 450 euro utan moms.",
                        date(2044, 10, 20), "status")
    assert said.status == "contacted"
    reading = filled_from(said, pasted)
    assert (reading.status, reading.amount) == ("won", 27450)


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # second thoughts inside one mail, a second set (set 297)
    ("Vi har vunnit affären!\n\nGlöm meningen ovan, den hörde till Torneå-kunden. Kemi "
     "Fastigheter har tyvärr valt en annan leverantör, så den här är förlorad.", "status",
     ("status", "lost", None)),
    ("The offer went to Laukaan Logistiikka on Friday, 18 400 EUR excl. VAT.\n\nHmm, no - I was "
     "looking at the first draft. The version that actually went out is 19 850 EUR excl. VAT.",
     "status", ("status", "proposal", 19850)),
    ("otamme tämä, Pirkkala on ihan lähellä.\n\nHetkinen, luin väärin - Satakunta, ei Pirkkala. "
     "Eli ei, emme ota tätä liidiä. Antakaa jollekin toiselle.", "offer", ("decline", None, None)),
    ("Meeting with them is booked for Friday.\n\nLet me rephrase that, it came out wrong: I "
     "spoke with their maintenance manager today and they do want a meeting, but nothing is "
     "booked yet.", "status", ("status", "contacted", None)),
    ("Ja, nehmen wir.\n\nMoment mal, Augsburg? Das liegt außerhalb unseres Gebiets, da haben "
     "wir keinen Monteur. Dann doch lieber nicht - bitte geben Sie den Lead einem anderen "
     "Partner.", "offer", ("decline", None, None)),
    ("Yes, we take it.\n\nSorry, I replied to the wrong lead above - that yes was meant for the "
     "Kerava warehouse. About this one I need to ask first: is it only the sensors, or do they "
     "want the PLC integration too?", "offer", ("question", None, None)),
    ("к сожалению, нет, у нас нет свободного монтажника.\n\nОй, извините, я неправильно "
     "прочитал календарь: Тимо свободен на следующей неделе. Значит, да - мы берём этот лид.",
     "offer", ("accept", None, None)),
    ("das Angebot ist am Donnerstag raus, 24.860 € netto.\n\nQuatsch, das war noch die erste "
     "Fassung. Raus ging 26.310 € netto.", "status", ("status", "proposal", 26310)),
    ("They agreed to a meeting next week.\n\nHang on, that was the other Tikkurila customer. "
     "With this one I have not reached anybody yet, so I have no news.", "status",
     (None, None, None)),
    ("tarjous on lähetetty.\n\nHups, tuo ensimmäinen rivi kuului Keravan kohteelle. Tässä "
     "liidissä tapaaminen on sovittu torstaiksi 6.10. klo 9.", "status",
     ("status", "meeting", None)),
    ("offerten skickades i onsdags: 22 750 euro exkl. moms.\n\nNej förresten, jag tittade på fel "
     "rad i kalkylen - rätt summa är 24 150 euro exkl. moms.", "status",
     ("status", "proposal", 24150)),
    ("nehmen wir.\n\nUpdate: Das \"nehmen wir\" oben bitte streichen, erst eine Frage: Geht es "
     "nur um die Sensoren oder auch um die Gebäudeleittechnik?", "offer",
     ("question", None, None)),
    ("valitettavasti kauppa hävittiin.\n\nOho, väärä liidi! Hävitty oli Nokian kohde, ei tämä. "
     "Lempäälän Vihannes allekirjoitti tilaus eilen, eli tämä on voitettu, 13 920 € alv 0 %.",
     "status", ("status", "won", 13920)),
    ("сразу хотел ответить «берём», но подождите с этим. Сначала вопрос: нужны только датчики "
     "или монтаж тоже?", "offer", ("question", None, None)),
    ("ja, vi tar den - Borgå ligger nära.\n\nÄsch, nej: jag glömde att båda våra montörer är "
     "bokade hela nästa vecka. Vi måste tacka nej den här gången.", "offer",
     ("decline", None, None)),
    ("Да, берём, это рядом с нами.\n\nСтоп, перепутал - это Турку, а не Тампере. Так что "
     "отказываемся, передайте, пожалуйста, другому партнёру.", "offer", ("decline", None, None)),
    ("Предложение отправили вчера, 21 300 евро без НДС.\n\nСумму написал неправильно, смотрел "
     "старую версию: в отправленном предложении 23 100 евро без НДС.", "status",
     ("status", "proposal", 23100)),
])
def test_stop_42_round_2_second_thoughts(text, answering, expected):
    reading = read_reply(text, date(2044, 10, 1), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


@pytest.mark.parametrize(("body", "said"), [
    ("Hallo,\n\nDas Angebot liegt beim Kunden.\n\nViele Grüße\nStefan Brandt\nTel. 089 1\n\n"
     "Gerade kam die Bestellung rein - vergessen Sie den Satz oben: Auftrag gewonnen, 11.740,00 "
     "EUR netto.\n\n________________________________\nVon: Mailbot <leads@mailbot.localhost>\n",
     "vergessen Sie den Satz oben"),
    ("Hei,\n\ntapaaminen on sovittu ensi viikolle.\n\n> tapaaminen on sovittu ensi viikolle.\nEi, "
     "tuo on väärin, kirjoitin liian nopeasti. Päivää ei siis ole.\n\nMikko\n", "tuo on väärin"),
])
def test_a_correction_below_the_answer_is_read(body, said):
    assert said in new_text(body)


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # an ordinary fortnight in midwinter (set 304)
    ("Soitin Sari Lahtiselle tänä aamuna. Kiinnostusta on, he lähettävät katon "
     "rakennepiirustukset ensi viikolla ja sovitaan sitten käynti paikan päällä.", "status",
     ("status", "contacted", None)),
    ("Lyhyesti puhelimella työmaalta: tästä ei ole vielä mitään kerrottavaa. Palaan asiaan "
     "ensi viikolla.", "status", (None, None, None)),
    ("Kirjoitan puhelimella, joten lyhyesti: ei vielä uutta.", "status", (None, None, None)),
    ("Asiakas tavoitettu puhelimella, kiinnostusta on.", "status", ("status", "contacted", None)),
    # hard meaning, a fifth set: conditions, hypotheticals, other people's words (set 305)
    ("Sagen wir so: Beschweren werden wir uns nicht. Der Auftrag über 18.900,00 € netto ist "
     "letzte Woche eingelangt, die Montage ist für April geplant.", "status",
     ("status", "won", 18900)),
    ("ob wir uns schon gemeldet haben? Am Mittwoch, 15.2., um 10 Uhr sitzen wir bei Frau Dr. "
     "Lenz im Besprechungsraum, Messkoffer ist eingepackt.", "status", ("status", "meeting", None)),
    ("Jussi kävi eilen asiakkaalla ja sanoo, että ne valitsi lopulta Sensoteqin: halvempi. Tämä "
     "on meidän osalta siis ohi.", "status", ("status", "lost", None)),
    ("Sie haben sich am Ende für Siemens entschieden.", "status", ("status", "lost", None)),
    ("De valde Danfoss till slut.", "status", ("status", "lost", None)),
    ("Они в итоге выбрали Овен.", "status", ("status", "lost", None)),
    ("Asiakas valitsi lopulta meidät, tilaus tuli.", "status", ("status", "won", None)),
    ("Their operations director's words were 'Thursday at ten, and bring the demo kit', so "
     "that's what we're doing: Priya and I will be at their Reading depot on the 16th.",
     "status", ("status", "meeting", None)),
    ("otetaan, jos kohde on Uudellamaalla – ja Espoohan on, joten asia on sillä selvä.\n\n"
     "Jarkko soittaa asiakkaalle heti, kun saamme yhteystiedot.", "offer", ("accept", None, None)),
    ("We'll take it if the site is in Uusimaa – and Espoo is, so that settles it.", "offer",
     ("accept", None, None)),
    ("otetaan, jos asiakas maksaa asennuksen.", "offer", (None, None, None)),
    ("den säger vi inte nej till. Södertälje ligger på vägen för oss.\n\nJohan ringer kunden så "
     "fort vi fått kontaktuppgifterna.", "offer", ("accept", None, None)),
    ("Vi har ganska fullt just nu, men om ingen annan har hunnit före så tar vi den gärna – en "
     "idrottshall här i Uleåborg vill vi inte låta gå.", "offer", ("accept", None, None)),
    ("Soitan asiakkaalle.", "status", (None, None, None)),
    ("Mikko ehti soittaa asiakkaalle ennen lähtöään.", "status", ("status", "contacted", None)),
    ("If their board signs it off on the 23rd, we'll have won it. Until then it's the quote we "
     "sent them last Friday: €48,250 ex VAT.", "status", ("status", "proposal", 48250)),
    ("Если в понедельник подпишут – считайте, что выиграли. А пока наше коммерческое предложение "
     "на 1 840 000 руб. без НДС лежит у них на согласовании.", "status",
     ("status", "proposal", 1840000)),
    ("Skriver de på före månadsskiftet har vi vunnit den, men än så länge är det bara en offert: "
     "212 000 kr exkl. moms.", "status", ("status", "proposal", 212000)),
    ("We won it! If you need the PO, I can send it.", "status", ("status", "won", None)),
    ("mitä me Rovaniemellä tekisimme? Meillä ei ole pohjoisessa ketään.\n\nLaittakaa se "
     "jollekin Oulun suunnan kumppanille.", "offer", ("decline", None, None)),
    ("Mitä me tekisimme ilman teitä? Otetaan.", "offer", ("accept", None, None)),
    # implied answers, a ninth set (set 301)
    ("Katselmointi on sovittu keskiviikolle 30.11. klo 13, asiakkaan kunnossapitopäällikkö "
     "esittelee pumppaamon ja sähkötilat.", "status", ("status", "meeting", None)),
    ("Katselmus on vielä sopimatta.", "status", (None, None, None)),
    ("Tapaaminen pitäisi sopia ensi viikolle.", "status", (None, None, None)),
    ("Soitin asiakkaalle, tapaaminen on vielä sopimatta.", "status", ("status", "contacted", None)),
    ("Я уже запросила со склада два комплекта датчиков под этот объект и поставила монтаж в план "
     "на следующую неделю. Присылайте данные клиента.", "offer", ("accept", None, None)),
    ("Dave's van is booked for Reading on Thursday. Could you send the customer's contact "
     "details across today? He'll ring them first thing tomorrow.", "offer",
     ("accept", None, None)),
    ("Jag har stämt av med vår jurist: vi får inte ta uppdrag hos dem under avtalstiden.", "offer",
     ("decline", None, None)),
    ("We're not allowed to take work there under the contract.", "offer", ("decline", None, None)),
    ("Нам нельзя брать у них заказы.", "offer", ("decline", None, None)),
    ("Meidän ainoa sertifioitu asentaja on sairauslomalla joulukuun puoliväliin asti, eikä meillä "
     "ole ketään, jonka voisi lähettää Kirkkonummelle.", "offer", ("decline", None, None)),
    ("Ближайшее свободное окно у наших монтажников только с 10 января. А заказчику нужен запуск "
     "до конца декабря, в этот срок мы никак не успеваем.", "offer", ("decline", None, None)),
    ("Скажите, а заказчик готов подождать до середины августа? Раньше мы туда никак не успеваем.",
     "offer", ("question", None, None)),
    ("vi tar … nej förresten, det hinner vi nog inte. Jag vet faktiskt inte. Återkommer.",
     "offer", (None, None, None)),
    ("Jag hade ett bra samtal med deras driftchef i går. De måste få nästa års budget godkänd "
     "innan de kan boka något.", "status", ("status", "contacted", None)),
    ("Hatte gestern ein gutes Gespräch mit dem Betriebsleiter.", "status",
     ("status", "contacted", None)),
    ("Kävin hyvän puhelun heidän käyttöpäällikkönsä kanssa eilen.", "status",
     ("status", "contacted", None)),
    ("Вчера у меня был хороший разговор с их главным инженером.", "status",
     ("status", "contacted", None)),
    ("Ich hatte noch kein Gespräch mit dem Kunden.", "status", (None, None, None)),
    # answers in structured layouts: key/value blocks, tab tables, ERP pastes (set 303)
    ("Quote went out this morning. Summary from our quoting tool:\n\nQuote no.\tQ-LC-45-0117\n"
     "Currency\tEUR\nNet total\t€48,250.00\nVAT (23%)\t€11,097.50\nGross total\t€59,347.50\n\n"
     "They expect to decide at the end of February.", "status", ("status", "proposal", 48250)),
    ("Сделка заключена, договор подписан 17.01. Счёт из 1С:\n\nИтого без НДС:\t1 540 000,00 руб."
     "\nНДС (22%):\t338 800,00 руб.\nВсего к оплате:\t1 878 800,00 руб.", "status",
     ("status", "won", 1540000)),
    ("Affären är klar, här är orderbekräftelsen:\n\nNetto           14 860,00 EUR\nMoms 25,5 %"
     "      3 789,30 EUR\nTotalt          18 649,30 EUR", "status", ("status", "won", 14860)),
    ("Offertläget, kopierat ur vårt offertregister (senaste raden gäller):\n\nOffert\tVersion\t"
     "Datum\tBelopp exkl. moms\tMoms 25 %\tTotalt\tValuta\nOF-2044-188\t1\t2044-12-15\t"
     "438 000,00\t109 500,00\t547 500,00\tSEK\nOF-2044-188\t2\t2045-01-16\t412 500,00\t"
     "103 125,00\t515 625,00\tSEK\n\nVersion 2 skickades i går, efter att kunden strök två rum.",
     "status",
     ("status", "proposal", 412500)),
    ("По лиду отправили коммерческое предложение. История из 1С:\n\nДата        Документ       "
     "       Сумма без НДС   НДС 22%       Всего\n20.12.2044  КП 09/44 (вариант 1)  2 730 000,00 "
     "   600 600,00    3 330 600,00\n16.01.2045  КП 17/45 (вариант 2)  2 485 000,00    546 700,00 "
     "   3 031 700,00\n\nДействует вариант 2 от 16.01. Суммы в рублях.", "status",
     ("status", "proposal", 2485000)),
    ("Date\tActivity\tOwner\tNotes\n13/01/2045\tPhone call\tO. Smith\tSpoke to Priya Nair. "
     "Interested, wants a site survey.\n\nNext step is the site survey, no date agreed yet.",
     "status", ("status", "contacted", None)),
    ("Zu Kaltenbrunner kann ich Ihnen leider noch nichts sagen, da ist bisher nichts passiert. "
     "Ich melde mich, sobald ich mit Herrn Huber gesprochen habe.", "status", (None, None, None)),
    # second thoughts inside one mail, a third set (set 302)
    ("Vi tackar nej till den här, Kemi är för långt bort för oss i vinter.\n\nOj, förlåt – jag "
     "hade fel mejl öppet. Det här gäller ju Haukipudas, och det leadet tar vi gärna!", "offer",
     ("accept", None, None)),
    ("Looks good, we'll take it.\n\nActually, hold on – before we commit: is this sensors only, "
     "or does the customer expect us to do the installation? If you can let me know this "
     "afternoon I'll confirm straight away.", "offer", ("question", None, None)),
    ("vi tar den.\n\nFast vänta – en fråga först: gäller det bara givarna eller ska vi också "
     "koppla in dem? Svarar ni i dag så ger jag besked direkt.", "offer", ("question", None, None)),
    ("nehmen wir gerne!\n\nMoment, eine Frage doch noch, bevor wir fix zusagen: Geht es nur um "
     "die Sensoren oder auch um die Anbindung? Bitte um kurze Info, dann melde ich mich gleich.",
     "offer", ("question", None, None)),
    ("tarjous lähti perjantaina, 12 400 € + alv.\n\nKorjaus: summa oli väärin, siihen oli "
     "laskettu vanhat anturihinnat. Lähetämme asiakkaalle korjatun tarjouksen huomenna ja kerron "
     "oikean summan sitten.", "status", ("status", "proposal", None)),
    ("Похоже, этот проект мы проиграли, заказчик долго молчал.\n\nПоправка после звонка: "
     "заказчик всё-таки выбрал нас, договор подписан сегодня — 2 340 000 руб. без НДС.", "status",
     ("status", "won", 2340000)),
    ("Termin mit Frau Obermaier ist vereinbart: Dienstag, 13.12., 9:00 Uhr bei ihr in Erding.\n\n"
     "Korrektur zur Uhrzeit: 14:00 Uhr, nicht 9:00 – vormittags ist sie in einer Besprechung.",
     "status", ("status", "meeting", None)),
    ("joo, otetaan tämä.\n\nEi sittenkään, sori – katsoin kalenteria uudestaan ja ainoa vapaa "
     "asentaja on Ruotsissa keikalla 23.12. asti. Antakaa muille.", "offer",
     ("decline", None, None)),
    ("Хотела написать, что мы связались с клиентом, но проверила — письмо ушло не на тот адрес, и "
     "ответа, конечно, нет. Так что по этому лиду пока ничего нет.", "status", (None, None, None)),
    # implied answers, a tenth set (set 307)
    ("ich habe heute mit der Haustechnik telefoniert. Die haben den Auftrag letzte Woche an die "
     "Firma vergeben, die schon ihre Lüftungsanlage wartet.\nDa war für uns nichts mehr zu "
     "machen.", "status", ("status", "lost", None)),
    ("Unsere beiden Techniker sind ab Montag auf der Baustelle in Adlershof gebunden, bis nach "
     "Ostern.\nVor Ende April kämen wir in Potsdam also zu nichts, und so lange sollte der Kunde "
     "nicht auf uns warten müssen.", "offer", ("decline", None, None)),
    ("Hebebühne ist für Mittwoch, 15.03., gemietet. Um 10 Uhr schauen wir uns mit dem "
     "Haustechniker die Deckenkonstruktion im Tiefkühllager an.", "status",
     ("status", "meeting", None)),
    ("Both our install teams are on the Heathrow baggage hall until the end of April, and I've "
     "nobody else certified for data centre work.\nThe customer won't want to wait seven weeks "
     "for us. Better it goes to someone who can get there now.", "offer", ("decline", None, None)),
    ("Ville on torstaina Vantaalla toisella työmaalla ja ehtii käydä asiakkaalla samalla "
     "reissulla.\nLaitatteko tiedot tulemaan?", "offer", ("accept", None, None)),
    ("Turvallisuusperehdytys on varattu torstaille 16.3. klo 8. Sen jälkeen kierretään "
     "kylmävarastot kunnossapitopäällikön kanssa.", "status", ("status", "meeting", None)),
    ("Заказчик в пятницу подписал акт приёмки, сегодня пришла оплата по счёту: 947 500 руб. без "
     "НДС.", "status", ("status", "won", 947500)),
    ("Rang their maintenance manager, Gareth, this morning and emailed him the datasheets.\nHe's "
     "taking them to their ops meeting on Thursday and will come back to me with a date for a "
     "site visit.", "status", ("status", "contacted", None)),
    ("soitin eilen asiakkaan kiinteistöpäällikölle ja lähetin perään esitteen.\nHän vie ne "
     "johtoryhmän palaveriin ensi tiistaina ja palaa sen jälkeen asiaan.", "status",
     ("status", "contacted", None)),
    ("Jätimme heidän kilpailutukseensa tarjouksen viime keväänä, ja se hylättiin, koska meillä ei "
     "ole sertifikaattia. Sitä meillä ei ole vieläkään, joten tämä kannattaa antaa jollekulle, "
     "jolla se on.", "offer", ("decline", None, None)),
    ("I've sent their site manager our RAMS so we get through the gate,\nand she's put us down "
     "for a walk-round of the chill stores on Thursday 16 March at 9:00.", "",
     ("status", "meeting", None)),
    ("Yes, put us down.", "offer", ("accept", None, None)),
    ("nach meinem Anruf beim Braumeister hat sich heute die Einkaufsabteilung des Kunden "
     "gemeldet.\nEinen Termin vor Ort gibt es noch nicht.", "status",
     ("status", "contacted", None)),
    # answers in structured layouts, a second set (set 308)
    ("några frågor innan vi bestämmer oss:\n\n- Omfattning: bara nivågivare?\n- Tidplan: när "
     "vill kunden ha det i drift?", "offer", ("question", None, None)),
    ("klistrar in raderna från vårt offertregister:\n\nOffert\tVersion\tDatum\tBelopp\tValuta\t"
     "Status\nOF-2045-031\t1\t2045-03-13\t262 500\tSEK\tersatt\nOF-2045-031\t2\t2045-03-23\t"
     "245 000\tSEK\tskickad\n\nBeloppen är exkl. moms. Version 2 ligger hos kunden.", "status",
     ("status", "proposal", 245000)),
    ("Stage:         TBC\nContact made:  not yet\nNext step:     -\nComment:       haven't had a "
     "chance to look at this one yet, sorry.", "status", (None, None, None)),
    ("Der Auftrag ist da, hier der Auszug:\n\nNettobetrag:         27.315,00 EUR\nzzgl. 19 % "
     "MwSt.:     5.189,85 EUR\nGesamtbetrag:        32.504,85 EUR", "status",
     ("status", "won", 27315)),
    ("Date\tType\tDescription\n22.3.2045\tPhone call\tSoitettu Pekka Laineelle\n20.3.2045\t"
     "Email\tEsittelyviesti lähetetty\n\nTapaamista ei ole vielä sovittu.", "status",
     ("status", "contacted", None)),
    # hard meaning, a sixth set (set 309)
    ("Would we turn down a brewery twenty minutes from our Leeds depot? Hardly. Consider it ours "
     "– Hannah will ring them this afternoon.", "offer", ("accept", None, None)),
    ("Where do things stand? I'd quite like to know that myself. Mark looked after them and he "
     "left us at the end of March; I haven't found his notes yet.", "status", (None, None, None)),
    ("tämä meni samalla tavalla kuin se Porvoon kohde maaliskuussa: kilpailija tarjosi "
     "kolmanneksen halvemmalla, ja siihen se sitten kaatui.", "status", ("status", "lost", None)),
    ("asiakas kertoi, että kilpailija tarjosi halvemmalla, mutta heidän tekninen johtajansa "
     "haluaa meidät. En osaa vielä sanoa, kumpaan suuntaan tämä kääntyy.", "status",
     (None, None, None)),
    ("grundsätzlich sehr gern – vorausgesetzt, es geht nicht um den Ex-Bereich. Liegt die "
     "Lackiererei in einer ATEX-Zone? Dafür haben wir derzeit keine zertifizierten Leute, dann "
     "müssten wir leider passen.", "offer", ("question", None, None)),
    ("We'd have to check the date first, but yes, we take it.", "offer", ("accept", None, None)),
    ("Клиент перезвонил и сказал: \"Давайте в четверг, 27-го, в 11:00 у нас на площадке\". "
     "Договорились, едем вдвоём с Игорем.", "status", ("status", "meeting", None)),
    ("wer soll das denn bitte machen? Unsere zwei Techniker stecken bis Ende Mai in Potsdam.\n\n"
     "Geben Sie den Lead lieber an jemanden weiter, der jetzt Kapazität hat.", "offer",
     ("decline", None, None)),
])
def test_stop_43(text, answering, expected):
    reading = read_reply(text, date(2045, 1, 25), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


def test_a_record_naming_the_customer_is_this_leads_news():
    """The customer named only in a record's field ("Customer: …" under "we won it") is no
    sign of other news around it."""
    text = ("Sorry, late with this. Good news though: we won it. PO details as booked in our "
            "ERP:\n\nPO number:      4500871234\nCustomer:       Shannon Pharma Ireland (billed "
            "to Shannon Pharma Inc., NJ)\nOrder value:    USD 36,400.00 (net)\n\nOliver")
    reading = read_reply(text, date(2045, 1, 17), "status", 105707, "Shannon Pharma Ireland")
    assert (reading.status, reading.amount, reading.currency) == ("won", 36400, "USD")


def test_a_sentence_above_the_signature_is_no_part_of_it():
    """A table of short CRM rows, a sentence, then a signature with a phone: the signature
    starts after the sentence, not at the table's first row."""
    text = ("Here's the activity history:\n\nDate\tStage\tActivity\tOwner\n16/01/2045\tMeeting "
            "booked\tOn-site meeting Thu 19/01/2045, 10:00\tO. Smith\n\nSo we're meeting them on "
            "Thursday.\n\nOliver\n\nOliver Smith\nSenior Account Manager | London Controls Ltd\n"
            "T +44 20 7946 0318")
    kept = new_text(text)
    assert "So we're meeting them on Thursday." in kept and "7946" not in kept


@pytest.mark.parametrize(("text", "below"), [
    ("tarjous on asiakkaalla.\n\nTerveisin\n\nAino\n\nAino Virtanen\n\np. 040 512 7734\n\nPS. "
     "Soitin vielä: asiakas valitsi toisen toimittajan, joten tämä meni meiltä. Harmi.",
     "PS. Soitin vielä: asiakas valitsi toisen toimittajan, joten tämä meni meiltä. Harmi."),
    ("Stand: Angebot liegt beim Kunden.\n\nBeste Grüße\nJonas\n\nJonas Schmidt | Berlin IoT\n"
     "Mobil +49 151 5557 2190\n\nNachtrag 11:40: Kunde hat abgesagt. Also leider verloren.",
     "Nachtrag 11:40: Kunde hat abgesagt. Also leider verloren."),
])
def test_a_postscript_under_the_signature_is_the_partners_word(text, below):
    assert new_text(text).endswith(below)


def test_a_register_sorted_newest_first_gives_its_newest_net_sum():
    """The newest row by its date, whichever way the register is sorted."""
    text = ("Offertregistret:\n\nOffert\tVersion\tDatum\tBelopp exkl. moms\tMoms 25 %\tTotalt\t"
            "Valuta\nOF-2044-188\t2\t2045-01-16\t412 500,00\t103 125,00\t515 625,00\tSEK\n"
            "OF-2044-188\t1\t2044-12-15\t438 000,00\t109 500,00\t547 500,00\tSEK\n\nOfferten "
            "skickades i går, efter att kunden strök två rum.")
    reading = read_reply(text, date(2045, 1, 17), "status")
    assert (reading.status, reading.amount, reading.currency) == ("proposal", 412500, "SEK")


def test_a_heading_naming_the_customer_keeps_the_table_it_announces():
    """"Extract from our quote register for Shannon:" is read with the rows under it."""
    text = ("Extract from our quote register for Shannon:\n\nQuote       Ver  Date        Net "
            "(USD)   Status\nQ-45-0118   1    14/03/2045  38,900.00   superseded\nQ-45-0118   2"
            "    24/03/2045  36,450.00   sent to customer\n\nVersion 2 went out on Friday, so "
            "we're at the proposal stage.")
    reading = read_reply(text, date(2045, 3, 27), "status", 105954, "Shannon Pharma Operations")
    assert (reading.status, reading.amount, reading.currency) == ("proposal", 36450, "USD")


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # implied answers (set 311): the deed or the fact gives the answer
    ("Kiruna is an eight-hour drive for us. A plant like that needs someone on site within the "
     "hour when a probe fails, and that isn't us.", "offer", ("decline", None, None)),
    ("vår enda montör med behörighet går en kurs i Tyskland hela juni, och kunden vill ha det "
     "klart före midsommar. Det hinner vi helt enkelt inte.", "offer", ("decline", None, None)),
    ("Свободных монтажников у нас до конца августа нет, а в Самару командировать некого. Если "
     "сроки сдвинутся — напишите, посмотрим ещё раз.", "offer", ("decline", None, None)),
    ("meidän ainoa Vaasan asentaja jäi isyysvapaalle heinäkuun loppuun. Turusta sinne kyllä "
     "ajaa, mutta ei sillä hinnalla, jota tähän kehtaa tarjota.", "offer",
     ("decline", None, None)),
    ("Wir haben keinen freien Monteur bis August. Falls sich das verschiebt, schauen wir "
     "nochmal.", "offer", ("decline", None, None)),
    ("hab gerade drei Sensor-Kits für Cottbus zurückgelegt. Den Ansprechpartner bitte direkt an "
     "mich.", "offer", ("accept", None, None)),
    ("Pekka on torstaina muutenkin Espoossa, joten varasin hänelle iltapäivän tähän. Laitatteko "
     "asiakkaan yhteystiedot minulle.", "offer", ("accept", None, None)),
    ("Their site manager is expecting Dev and me on Thursday at nine.", "status",
     ("status", "meeting", None)),
    ("Sam's sent over the visitor passes for Tuesday 12th.", "status", ("status", "meeting", None)),
    ("der Betriebsleiter führt Jan und mich am Montag, 12.6., durch die Halle.", "status",
     ("status", "meeting", None)),
    ("Tampereella odotetaan meitä tiistaina 13.6. klo 10.", "status", ("status", "meeting", None)),
    ("deras driftchef tar emot Anna och mig på torsdag 15/6 kl. 10.", "status",
     ("status", "meeting", None)),
    ("Игорь Петрович ждёт нас в среду, 14 июня, пропуска уже заказаны.", "status",
     ("status", "meeting", None)),
    ("Расчёт на 980 000 руб. без НДС ушёл клиенту вчера.", "status",
     ("status", "proposal", 980000)),
    ("Kunden har skrivit på ett femårigt serviceavtal med ABB. Vår del försvann med det.",
     "status", ("status", "lost", None)),
    ("They signed a maintenance contract with Honeywell, and our part went with it.", "status",
     ("status", "lost", None)),
    # second thoughts, a fourth set (set 312)
    ("Yes, we'll take it.\n\nPS scrap that – it's in Cork and we have nobody there. We'll have "
     "to decline.", "offer", ("decline", None, None)),
    ("Sorry, we'll have to pass.\n\nUpdate 15:10 – ignore the above! Dave is free after all. "
     "So yes, we'll take it.", "offer", ("accept", None, None)),
    ("leider müssen wir passen.\n\nKommando: den ersten Satz bitte vergessen: Wir nehmen den "
     "Lead an.", "offer", ("accept", None, None)),
    ("Stand: das Angebot liegt beim Kunden. Mehr kann ich noch nicht sagen.\n\nPS 16:20 – eben "
     "kam die Bestellung! Auftragswert "
     "9.400,00 € netto. Damit ist der Lead gewonnen, den Absatz oben bitte ignorieren.", "status",
     ("status", "won", 9400)),
    ("tämä jää väliin, asentajilla on kesäkuu täynnä.\n\nUnohtakaa ensimmäinen kappale: otetaan "
     "liidi!", "offer", ("accept", None, None)),
    ("Vi tar den.\n\nUppdatering 09:15: tyvärr måste jag backa. Vi tackar alltså nej.", "offer",
     ("decline", None, None)),
    ("gerne übernehmen wir das.\n\nPS, bevor Sie den Lead zuteilen: ist das ein Ex-Bereich?",
     "offer", ("question", None, None)),
    ("nej tack, den klarar vi inte.\n\nFörlåt, fel mejl! Det gällde ett annat lead. Den här tar "
     "vi gärna.", "offer", ("accept", None, None)),
    ("Yhteys otettu ja tapaaminen sovittu\n\nEli oikea tilanne: ketään ei ole vielä saatu "
     "kiinni. Yritän uudestaan ensi viikolla.", "status", (None, None, None)),
    ("yhteys otettu: soitin eilen. Meinasin ensin kirjoittaa, että tapaaminenkin on sovittu, "
     "mutta ei se vielä ole.", "status", ("status", "contacted", None)),
    ("КП отправили вчера, сумма 1 200 000 руб.\n\nПоправлюсь: это с НДС. Без НДС — 1 000 000 "
     "руб.", "status", ("status", "proposal", 1000000)),
    # typed on the move (set 313)
    ("hej offerten gick i torsdags på 180 tkr exkl moms punkt kunden återkommer efter "
     "midsommar",
     "status", ("status", "proposal", 180000)),
    ("hi, leider nein diesmal. gebt den lead bitte weiter", "offer", ("decline", None, None)),
    ("Berem, spasibo. Pishu latinicej, russkoj raskladki net.", "offer", ("accept", None, None)),
    ("nothing new yet, on the road til fri will pick it up then", "status", (None, None, None)),
    # an ordinary fortnight (set 310)
    ("Quote went out yesterday: €12,400 ex VAT. With VAT on top that comes to €15,252.",
     "status", ("status", "proposal", 12400)),
    ("den müssen wir leider ablehnen. Falls der Kunde im Herbst noch sucht, gerne wieder "
     "anfragen.", "offer", ("decline", None, None)),
    # hard meaning, a seventh set (set 314)
    ("the owner decided his nephew can fit the switches for half our price. So thats the end "
     "of that one.", "status", ("status", "lost", None)),
    ("Would we really let a bakery in Acton go to somebody else? It's five minutes away. Priya "
     "will ring them tomorrow to arrange a visit.", "offer", ("accept", None, None)),
    ("Their buyer told me on Monday it was \"as good as signed\", which usually means it isn't. "
     "What they have is "
     "our quote: USD 21,300 net.", "status", ("status", "proposal", 21300)),
    ("кто же поедет в Псков за такие деньги? Точно не мы. Отдайте, пожалуйста, тем, кто "
     "поближе.", "offer", ("decline", None, None)),
    ("I'm sitting down with their facilities manager on Monday 3 July at 9:00.", "status",
     ("status", "meeting", None)),
    ("Om det är samma kund som vi hade i Täby i fjol tar vi den gärna. Är det det?", "offer",
     ("question", None, None)),
    ("Kenelle muulle Lempäälän pumppaamo kuuluisi kuin meille? Ajan sinne huomenna katsomaan "
     "paikat.", "offer", ("accept", None, None)),
    ("Не могу сказать, что нам это неинтересно, — скорее наоборот. Инженер выедет к клиенту в "
     "четверг.", "offer", ("accept", None, None)),
    ("Ex-Bereiche machen wir grundsätzlich nicht. Ein Kühllager ist aber kein Ex-Bereich – damit "
     "steht einer Zusage nichts mehr im Weg.", "offer", ("accept", None, None)),
    ("soitin eilen. Hänen mukaansa \"tapaamisesta voidaan puhua syksyllä\". Pelkkä puhelu siis.",
     "status", ("status", "contacted", None)),
    ("läget? Oförändrat. Jag har inte fått tag på någon där.", "status", (None, None, None)),
])
def test_stop_44(text, answering, expected):
    reading = read_reply(text, date(2045, 6, 1), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


def test_an_answer_given_as_for_another_lead_is_this_leads():
    """"Ich halte es wie bei L-106231 …, da hatte ich … abgesagt: …" is no sentence about the
    other lead only: it answers this one the same way."""
    text = ("ich halte es wie bei L-9001 letzte Woche, da hatte ich aus demselben Grund "
            "abgesagt: unsere Techniker stecken bis August fest, und Cottbus nebenbei machen "
            "wir nicht.")
    assert read_reply(text, date(2045, 6, 1), "offer", 9050).intent == "decline"


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # structured layouts, a third set (set 318)
    ("| Step | When | Status |\n|---|---|---|\n| First call | Mon 21 Aug | done |\n| Site visit "
     "| Thu 31 Aug, 09:00 | booked |\n| Quote | after the visit | - |", "status",
     ("status", "meeting", None)),
    ("| Mitä | Milloin | Tila |\n|---|---|---|\n| Soitto | ma 28.8. | ✓ |\n| Tapaaminen | to "
     "31.8. klo 13 | sovittu | | Tarjous | tapaamisen jälkeen | - |", "status",
     ("status", "meeting", None)),
    ("Kontaktad: ja, pratade med inköparen i måndags\nMöte: inte bokat än\nOffert: -", "status",
     ("status", "contacted", None)),
    ("Kontaktiert: ja\nTermin: ja - Dienstag, 29.08.2045, 14:00 Uhr\nAngebot: noch nicht\n"
     "Gewonnen: -\nVerloren: -", "status", ("status", "meeting", None)),
    ("Status: LOST\nReason: stayed with their integrator - the relationship won it\n"
     "Competitor: Acme Controls", "status", ("status", "lost", None)),
    ("Сделка:   заключена\nДоговор:  N 12/08\nСумма:    420 000 руб. без НДС", "status",
     ("status", "won", 420000)),
    ("[X] Lead annehmen\n[ ] Ablehnen\n\nZuständig wird Herr Ertl.", "offer",
     ("accept", None, None)),
    ("КП отправлено клиенту. Выгрузка из 1С:\n\n№\tНоменклатура\tКол-во\tСумма без НДС\tНДС 22%\t"
     "Всего\n1\tДатчик\t10\t100 000,00\t22 000,00\t122 000,00\n2\tМонтаж\t1\t50 000,00\t"
     "11 000,00\t61 000,00\nИтого\t\t150 000,00\t33 000,00\t183 000,00\n\nСуммы в рублях.",
     "status",
     ("status", "proposal", 150000)),
    # implied answers, a twelfth set (set 316)
    ("Anne har skickat en Teams-inbjudan för torsdag 10.8 kl. 10, och jag har tackat ja.",
     "status", ("status", "meeting", None)),
    ("Dev's got the van loaded and he's in Slough tomorrow anyway. Send the customer's details "
     "over and he'll give them a ring.", "offer", ("accept", None, None)),
    ("unser Monteur hat sich den Freitag für Bad Vöslau schon freigehalten. Bitte um die "
     "Kontaktdaten vom Kunden.", "offer", ("accept", None, None)),
    ("Asiakkaalta tuli porttikoodi. Tiistai 1.8. klo 13 on blokattu minulta.", "status",
     ("status", "meeting", None)),
    ("kunden vill ha det igång före 15.8, men grossisten kan leverera givarna tidigast vecka "
     "36.", "offer", ("decline", None, None)),
    ("It will need signing off by someone with CompEx, and the only engineer we've got with a "
     "card is on maternity leave until February. Nobody else here can do it.", "offer",
     ("decline", None, None)),
    ("Ville on lomalla. En tiedä, onko hän ehtinyt olla asiakkaaseen yhteydessä.", "status",
     (None, None, None)),
    ("underlaget med våra siffror gick till styrelsen i tisdags: 98 000 kr exkl. moms.",
     "status", ("status", "proposal", 98000)),
    ("Сергей прислал пропуск на машину на вторник, 8 августа — покажет насосы.", "status",
     ("status", "meeting", None)),
    ("he ovat allekirjoittaneet Kiinteistötekniikka Laakson kanssa sopimuksen. Meidän "
     "laskelmille ei siis ole enää käyttöä.", "status", ("status", "lost", None)),
    # second thoughts, a fifth set (set 317)
    ("tarjous on lähetetty.\n\nHups, ei ole – se on vielä luonnoksena. Korjaan siis: asiakkaan "
     "kanssa on puhuttu kahdesti puhelimessa. Tarjous lähtee, kun sähkökuvat tulevat.", "status",
     ("status", "contacted", None)),
    ("Берём в работу.\n\nP.S. Перечитала письмо: кто оформляет допуск? Пока не ответите, "
     "не нажимаю.", "offer", ("question", None, None)),
    ("Angebot ist raus: 14.280,00 €.\n\nHalt, das ist ja der Bruttobetrag. Netto sind es "
     "12.000,00 €.", "status", ("status", "proposal", 12000)),
    ("Vi tar den gärna, Ivan kan köra upp på måndag och\n\nNu ringde Ivan: han är sjuk. Då blir "
     "det tyvärr ett nej från oss.", "offer", ("decline", None, None)),
    ("ja, gerne, das übernehmen wir.\n\nNachtrag 11:40: Leider muss ich das zurücknehmen. Wir "
     "müssen den Lead ablehnen.", "offer", ("decline", None, None)),
    ("I'd started typing a polite \"no\" - both engineers are booked.\n\nThen Dan turned out to be "
     "free. So ignore the no. Yes please, we'll take it.", "offer", ("accept", None, None)),
    ("Честно говоря, я сама не понимаю, что с этим лидом. Коллега говорит, что заказчик "
     "отказался, а менеджер пишет, что КП рассматривают.", "status", (None, None, None)),
    ("КП ушло: 900 000 руб. без НДС.\n\nУточнение от Дмитрия: после скидки ушла сумма 850 000 "
     "руб. без НДС.", "status", ("status", "proposal", 850000)),
    ("Der Termin ist für Mittwoch vereinbart, ich schicke Ihnen\n\n– gerade hat die Kundin "
     "angerufen und den Termin abgesagt. Einen neuen Termin gibt es noch nicht. Wir haben mit "
     "ihr telefoniert.", "status", ("status", "contacted", None)),
    ("Count us in.\n\nBefore I press the button: is it the whole cold store?", "offer",
     ("question", None, None)),
    ("Ehdin jo kirjoittaa, että tarjous on lähetetty, mutta tarkistin vielä CRM:stä: ei ole.",
     "status", (None, None, None)),
    ("kauppa tehtiin, tilaus tuli, 12 550 €.\n\nMikko huomautti, että tuo on alvillinen summa. "
     "Veroton hinta on 10 000 €.", "status", ("status", "won", 10000)),
    ("Встреча назначена на вторник.\n\nНет, вру, перечитала переписку: встречу мы только "
     "обсуждали. Пока только созвонились.", "status", ("status", "contacted", None)),
    ("klingt gut, nehmen wir gerne!\n\nWobei – bevor ich auf „Lead annehmen“ drücke: Neubau "
     "oder laufender Betrieb? Im laufenden Betrieb könnten wir das dann nicht übernehmen.",
     "offer", ("question", None, None)),
    # hard meaning, an eighth set (set 319)
    ("Her words: \"Come on Tuesday\". Fair enough - we're going, Tuesday 12th at 10:00.",
     "status", ("status", "meeting", None)),
    ("\"Where do things stand?\" Good question. Their manager was \"definitely calling back\" "
     "two weeks ago. Nothing to report yet.", "status", (None, None, None)),
    ("Nå, det gick ju strålande: kunden köpte hela systemet av konkurrenten, utan att ens be oss "
     "om en ny offert.", "status",
     ("status", "lost", None)),
    ("Вообще-то мы не берём объекты дальше 100 км. Но для Клина сделаем исключение. Так что "
     "записывайте на нас.", "offer", ("accept", None, None)),
    ("sääntö on, että Uudenmaan ulkopuolelle lähdetään vain kahden viikon sisällä. Nyt ei ehdi. "
     "Tämä saa siis mennä jollekin muulle.", "offer", ("decline", None, None)),
    ("Отказываться было бы просто странно. Присылайте контакты клиента.", "offer",
     ("accept", None, None)),
    ("Если бы они приняли первое предложение, я бы уже писала вам \"сделка заключена\". Но "
     "сейчас у них новое КП на 1,1 млн руб. без НДС.", "status", ("status", "proposal", 1100000)),
    ("Tomas sa: \"inte före november\". Kunden vill ha allt klart i september, så det är bäst "
     "att någon annan får den här.", "offer", ("decline", None, None)),
    # an ordinary fortnight in high summer (set 315)
    ("Quote went out on Wednesday: €20,100 ex VAT. Their QA manager wants it signed off before "
     "the August shutdown.", "status", ("status", "proposal", 20100)),
    ("Tapaaminen on nyt sovittu, tosin vasta lomien jälkeen: torstaina 10.8. klo 10.",
     "status", ("status", "meeting", None)),
    ("We're going up to Leeds to see their maintenance lead on Thursday 20 July.", "status",
     ("status", "meeting", None)),
    ("Sorry, can't tell you much on this one yet - it's slipped down the pile.", "status",
     (None, None, None)),
    ("tämä pitää jättää muille, lähden huomenna lomalle.", "offer", ("decline", None, None)),
    ("Aino on kesälomalla elokuun alkuun, joten hoidan tämän liidin sillä välin.\n\nSoitin "
     "eilen asiakkaan tuotantopäällikölle Jari Laineelle. Kiinnostusta on, mutta tehtaalla on "
     "seisokki heinäkuun loppuun, joten tapaamisesta sovitaan vasta elokuussa.",
     "", ("status", "contacted", None)),
])
def test_stop_44_round_2(text, answering, expected):
    reading = read_reply(text, date(2045, 7, 3), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


def test_a_register_of_leads_gives_the_newest_row_with_a_sum():
    """Rows of other leads set aside by their references; the newest row with a net sum is
    this lead's (the last row has dashes for its sums)."""
    text = ("The quote has gone out:\n\nRef\tCustomer\tStage\tSent\tNet (EUR)\tGross (EUR)\nL-1\t"
            "Acme\tWon\t03/08/2045\t11,200.00\t13,776.00\nL-2\tBeta\tProposal\t25/08/2045\t"
            "24,860.00\t30,577.80\nL-3\tGamma\tMeeting\t-\t-\t-")
    reading = read_reply(text, date(2045, 9, 1), "status", 2, "Beta")
    assert (reading.status, reading.amount, reading.currency) == ("proposal", 24860, "EUR")


def test_a_comparison_with_another_lead_named_later_answers_this_one():
    """'dasselbe wie beim Lead aus Zwettl im Juli (L-9001): …' keeps the sentence for this
    lead, the reference a few words after the comparison."""
    text = ("dasselbe wie beim Lead aus Zwettl im Juli (L-9001): Ex-Zone 1, und dafür haben wir "
            "niemanden mit der nötigen Zertifizierung. Damals haben wir abgesagt, und an der "
            "Lage hat sich nichts geändert.")
    assert read_reply(text, date(2045, 9, 8), "offer", 9050).intent == "decline"


def test_the_customers_row_of_a_table_is_read_with_the_text_around_it():
    """A table naming the lead's customer in one row: the text around the table is read (the
    quote sent), the other customers' rows are not, and the sum is the row's net column."""
    text = ("offerten har gått iväg. Västerås-raden gäller det här leadet, Uppsala är ett annat "
            "ärende:\n\nKund                     Skickad      Exkl. moms   Inkl. moms\n"
            "Uppsala Bageri AB        2045-08-28   96 400 kr    120 500 kr\n"
            "Västerås Kyl & Frys AB   2045-08-30   312 800 kr   391 000 kr")
    reading = read_reply(text, date(2045, 9, 1), "status", 9050, "Västerås Kyl & Frys")
    assert (reading.status, reading.amount, reading.currency) == ("proposal", 312800, "SEK")


def test_a_contrast_word_before_the_customers_trade_word_turns_to_nothing_else():
    """"…pratat med driftchefen två gånger … Något möte har vi däremot inte lyckats boka, han
    har semester och sedan revision i hamnen": the customer (a harbour terminal) named only by
    "hamnen" at the end; "däremot" sets the meeting against the calls, not against other news,
    so the calls are read too."""
    text = ("inte helt utan framsteg: jag har pratat med driftchefen två gånger i telefon, och "
            "han är intresserad. Något möte har vi däremot inte lyckats boka, han har semester "
            "och sedan revision i hamnen.")
    reading = read_reply(text, date(2045, 9, 12), "status", 9050, "Brahestads Hamnterminal")
    assert (reading.intent, reading.status) == ("status", "contacted")


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # implied answers, a thirteenth set (set 321)
    ("de har fortfarande en obetald faktura hos oss, så dit skickar jag ingen montör just nu.",
     "offer", ("decline", None, None)),
    ("kunnossapitopäällikkö lisäsi meidät eilen heidän toimittajaportaaliinsa.", "status",
     ("status", "contacted", None)),
    ("Laskutin Nokian Konepajaa eilen koko toimituksesta, 12 400 € + alv.", "status",
     ("status", "won", 12400)),
    ("Die Anzahlung von 30 % auf die 18.600 € netto ist heute bei uns eingegangen.", "status",
     ("status", "won", 18600)),
    ("We closed the Leeds branch, so there's nobody of ours north of Sheffield now.", "offer",
     ("decline", None, None)),
    ("meidän ainoa instrumentointiasentaja jäi isyysvapaalle tammikuun loppuun asti.", "offer",
     ("decline", None, None)),
    ("ilmoittauduin asiakkaan urakoitsijaperehdytykseen tiistaiksi 17.10. klo 7.30.", "status",
     ("status", "meeting", None)),
    ("Für Silos dort wären wir jedes Mal drei Stunden unterwegs – das wäre dem Kunden gegenüber "
     "nicht fair.", "offer", ("decline", None, None)),
    ("Herr Obermaier hat seit gestern einen Zugang zu unserem Demo-Dashboard.", "status",
     ("status", "contacted", None)),
    ("Acme Foods are closing for good at the end of the year, so there's nothing left to sell "
     "them.", "status", ("status", "lost", None)),
    ("Заказала на среду пропуска на завод на себя и Сергея. Андрей обещал сам показать камеры.",
     "status", ("status", "meeting", None)),
    ("завела карточку в CRM и передала Дмитрию. Он ждёт контакты клиента, чтобы позвонить.",
     "offer", ("accept", None, None)),
    # an ordinary fortnight in September (set 320): "similar machine shops" are others
    # hard meaning, a ninth set (set 324)
    ("I said Thursday at ten suits us, so it's in the diary: Thursday 23 November, 10:00.",
     "status", ("status", "meeting", None)),
    ("kunden ville helst ha oss där redan i går, men vi kom överens om torsdag 23.11 kl. 10.",
     "status", ("status", "meeting", None)),
    ("We'd pitched €30,100 with the cold room; the purchase order that landed today says "
     "€27,400 ex VAT.", "status", ("status", "won", 27400)),
    ("A bakery in Acton wanting humidity sensors – is the Pope Catholic? Priya will ring them "
     "tomorrow.", "offer", ("accept", None, None)),
    ("Heute kam die Bestätigung per Mail: Dienstag, 21.11., 9:00 Uhr, bei ihr in Freising.",
     "status", ("status", "meeting", None)),
    ("both our engineers are booked until January. Hope someone further north grabs it.",
     "offer", ("decline", None, None)),
    ("Piirustukset tulivat eilen. Eli torstaina 23.11. klo 13 ollaan Porvoossa.", "status",
     ("status", "meeting", None)),
    ("Asiakas soitti eilen ja kertoi valinneensa paikallisen toimittajan.", "status",
     ("status", "lost", None)),
    ("Säger man nej till ett sjukhus i Täby, tio minuter från kontoret? Ringer dem i "
     "eftermiddag.", "offer", ("accept", None, None)),
    ("„Angebot“ stimmt leider nicht mehr – und „gewonnen“ auch nicht, so gern ich Ihnen das "
     "gemeldet hätte.\n\nDer Einkäufer hat mir heute früh am Telefon gesagt, sie hätten letzte "
     "Woche beim Wettbewerb bestellt, angeblich acht Prozent günstiger. Immerhin hat er sich "
     "sehr nett für unser Angebot bedankt.", "status", ("status", "lost", None)),
    ("kuka järkevä ihminen lähettää asentajan Utsjoelle yhden kylmähuoneen takia? Toivottavasti "
     "Lapista löytyy joku, jolle tämä sopii paremmin.", "offer", ("decline", None, None)),
    ("Дозвонилась до главного инженера. Так и договорились: среда, 22 ноября, 10:00.",
     "status", ("status", "meeting", None)),
    ("Men offerten gick i torsdags: 210 000 kr exkl. moms, ungefär samma nivå som Uppsala-"
     "affären i våras.", "status", ("status", "proposal", 210000)),
    ("Kollege Berger hat gestern mit dem Werkleiter telefoniert. Also: Kontakt ja, Termin nein.",
     "status", ("status", "contacted", None)),
    ("jos asiakas olisi vastannut, osaisin kertoa jotain. Toisin kuin siinä Vantaan liidissä, "
     "jossa tarjous lähti jo viime viikolla, tässä ollaan yhä samassa pisteessä.", "status",
     (None, None, None)),
    ("Angebot ist draußen. Nur ist es diesmal kleiner, 9.280,00 € netto statt der 12.900 € "
     "damals.", "status", ("status", "proposal", 9280)),
    ("Директор сказал: «Появится такой склад — берём». Раздумывать не будем. Завтра звоню "
     "заказчику.", "offer", ("accept", None, None)),
    ("Är det samma kund som i Ijo-leadet i våras? I så fall tar vi den gärna.", "offer",
     ("question", None, None)),
    # several customers in one reply (set 322)
    ("Not much to tell on this one yet, I haven't spoken to them. The other two up there are "
     "moving though: we won the Halifax mill (PO came in yesterday, €19k).", "status",
     (None, None, None)),
    ("Biblioteket i Uppsala tar vi gärna.\n\nPassar på att uppdatera om de andra:\n* Södertälje "
     "(reningsverket): offert skickad, 118 000 kr exkl. moms.\n* Norrtälje: kunden har inte "
     "svarat på tre veckor, jag ger snart upp den.\n* Gävle-leaden från förra veckan återkommer "
     "jag om separat.", "offer", ("accept", None, None)),
    ("The museum store sounds like a good fit, but two questions before we commit: is it just "
     "the sensors? Is the building listed?\n\nFor your records, the two Kent jobs we already "
     "have from you are on track: Maidstone is installed and signed off, and the Ashford "
     "academy has a meeting booked for 25 October.", "offer", ("question", None, None)),
    ("Подольск берём, склад нам знаком.\n\nЗаодно по остальным:\nХимки - КП отправили.\n"
     "Красногорск - проиграли.", "offer", ("accept", None, None)),
    ("Aino ei ollut kirjannut siitä mitään, enkä tiedä, onko asiakkaaseen oltu yhteydessä.",
     "status", (None, None, None)),
    # second thoughts, a sixth set (set 323)
    ("Der Kunde hat mündlich zugesagt, die Unterschrift fehlt aber noch.\n\nPS, 16:05: Hat sich "
     "erledigt, der Auftrag ist eben reingekommen. Damit gewonnen: 23.800 € brutto, also "
     "20.000 € netto.", "status", ("status", "won", 20000)),
    ("Sorry, we'll have to pass on this one.\n\n...and of course Dan walks in while I'm typing "
     "this. Ignore the paragraph above: we'll take it.", "offer", ("accept", None, None)),
    ("den nehmen wir gern.\n\nMein Kollege meint, Passau sei zu weit, wir sollten das lieber "
     "lassen. Bleibt also dabei, wir übernehmen den Lead.", "offer", ("accept", None, None)),
    ("das Angebot ist am Montag raus: 27.960 € netto.\n\nNachtrag – Zahlendreher, sorry: "
     "richtig sind 26.790 € netto.", "status", ("status", "proposal", 26790)),
    ("Kyllä, otetaan tämä.\n\nYliviivasin tuon yllä olevan, kun katsoin kalenteria: emme ehdi "
     "ennen joulua. Joudumme siis kieltäytymään.", "offer", ("decline", None, None)),
    ("К сожалению, вынуждены отказаться.\n\nUPD: пока писала, позвонил Сергей Петрович - "
     "бригада свободна. Так что берём лид!", "offer", ("accept", None, None)),
    ("встреча с клиентом состоялась во вторник.\n\nХотя подождите – её перенесли. Тогда я не "
     "знаю, на какой стадии этот лид.", "status", (None, None, None)),
    ("vi tar den gärna.\n\nMen nu kom Tuomas in och påminde mig om att vår enda montör med "
     "ATEX-behörighet slutade. Så jag måste tyvärr tacka nej ändå.", "offer",
     ("decline", None, None)),
])
def test_stop_44_round_3(text, answering, expected):
    reading = read_reply(text, date(2045, 10, 2), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


def test_similar_ones_of_the_customers_trade_are_others():
    """"he haluavat ensin nähdä referenssejä vastaavista konepajoista" speaks of other machine
    shops, not of this one: the call told before it is read."""
    text = ("soitin Lehtiselle eilen iltapäivällä. Kiinnostusta on, mutta he haluavat ensin "
            "nähdä referenssejä vastaavista konepajoista, joten laitoin hänelle pari esimerkkiä "
            "sähköpostilla. Tapaamisesta ei vielä sovittu.")
    reading = read_reply(text, date(2045, 9, 20), "status", 9050, "Pirkkalan Konepaja")
    assert (reading.intent, reading.status) == ("status", "contacted")


def test_a_wrap_before_the_customers_name_joins_the_line_left_open():
    """"… the quote has gone to¶Liffey Foods: €36,400 ex VAT": the line ends on "to", so the
    client wrapped it; the customer's line is no heading of its own."""
    text = ("Not won - not yet, and I wouldn't ring any bells - but the quote has gone to\n"
            "Liffey Foods: €36,400 ex VAT for the full retrofit, installation included.")
    reading = read_reply(text, date(2045, 9, 10), "status", 9050, "Liffey Foods")
    assert (reading.status, reading.amount) == ("proposal", 36400)


def test_a_postscript_under_the_signature_of_an_answer_below_the_quote():
    """Answered under the quote, then a postscript under the signature: it is the partner's
    word, as it is above the quote."""
    body = ("> Where do things stand?\n> -- \n> Reference: L-9050\n\nHej,\n\ninget nytt här ännu."
            "\n\nHälsningar\nElsa\n\n-- \nElsa Lindqvist\ntfn +358 44 318 5520\n\nTillägg: hon "
            "ringde mig precis! Vi har alltså pratat nu.")
    assert new_text(body).endswith("Tillägg: hon ringde mig precis! Vi har alltså pratat nu.")


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # an ordinary fortnight before Christmas (set 325)
    ("Termin steht: Dienstag, 12.12., 9:00 Uhr in der Molkerei in Freising, mit Herrn Brandl. "
     "Den Musterkoffer nehm ich mit.", "offer", ("status", "meeting", None)),
    ("Добрый день! Пока не готова сказать ни да, ни нет. Подскажите, серверная одна или их "
     "несколько по зданию?", "offer", ("question", None, None)),
    ("viel Neues kann ich leider nicht berichten: Die Stadtwerke haben um Geduld gebeten, weil "
     "ihr Haushalt für 2046 erst im Januar beschlossen wird.", "status", (None, None, None)),
    ("Pori jää tällä kertaa väliin. Meillä ei ole sinne asentajaa.", "offer",
     ("decline", None, None)),
    # an ordinary fortnight in January (set 326)
    ("zur Bäckerei Hofbauer gibt's leider noch nix Neues. Die haben bis 12. Jänner "
     "Betriebsurlaub, am Telefon hab ich nur das Tonband erwischt.", "status", (None, None, None)),
    # implied answers, a fourteenth set (set 327)
    ("Rang Ruth Hale first thing. She's shifting her Tuesday briefing so she can take Dan and me "
     "round the line herself at 2pm.", "status", ("status", "meeting", None)),
    ("das geht sich bei uns gut aus: unser Lehrling kalibriert heute schon die Messkoffer. "
     "Bitte schicken Sie mir die Daten vom Archiv.", "offer", ("accept", None, None)),
    ("Das geht sich zeitlich leider nicht aus.", "offer", ("decline", None, None)),
    ("Lindholm varasi meille neuvotteluhuoneen ja kahvit tiistaiksi 30.1. klo 9.", "status",
     ("status", "meeting", None)),
    ("Allt hänger på om det redan finns ett KNX-system i huset. Då kopplar vi givarna direkt på "
     "bussen, annars blir det en helt annan kalkyl. Vet ni något om det?", "offer",
     ("question", None, None)),
    ("Herr Auer lässt die Abfüllanlage nächsten Freitag stillstehen, damit uns sein Schichtleiter "
     "um sieben die Leitungen zeigen kann.", "status", ("status", "meeting", None)),
    ("über die Bäckerei Hinterberger ist am Montag das Insolvenzverfahren eröffnet worden. Von "
     "dort kommt nichts mehr.", "status", ("status", "lost", None)),
    # (a neighbour's insolvency is no loss of this customer's)
    ("Die Gärtnerei Sedlmeier hat gestern Insolvenz angemeldet. Die Lex will so was auf keinen "
     "Fall erleben: Wir haben am Montag, 13.2., um 14 Uhr einen Termin.", "status",
     ("status", "meeting", None)),
    ("Carrow's purchasing office in New Jersey countersigned our quotation on Friday (USD 52,300 "
     "net).", "status", ("status", "won", 52300)),
    ("hintalaskelmamme on nyt asiakkaan pöydällä: toimitusjohtaja kuittasi sen vastaanotetuksi.",
     "status", ("status", "proposal", None)),
    ("vår kalkyl på 318 000 kr exkl. moms gick till ishallens inköpare i fredags.", "status",
     ("status", "proposal", 318000)),
    ("he lisäävät mittaukset nykyisen urakoitsijansa huoltosopimukseen, ja sopimus on jo "
     "allekirjoitettu. Meille siitä ei jää mitään.", "status", ("status", "lost", None)),
    ("Our tender response went into Shannonside's procurement portal on Thursday: €19,480 ex VAT "
     "for the lot.", "status", ("status", "proposal", 19480)),
    ("Андрей Викторович освободил для нас вторник, 30 января, с 10 утра: покажет печи и "
     "щитовую.", "status", ("status", "meeting", None)),
    ("unser Transporter mit dem Steiger steht bis Mitte März in der Werkstatt. Da muss jemand "
     "anders ran.", "offer", ("decline", None, None)),
    ("Mattias på mejeriet sitter i Thailand till den 12 februari. Tills han är hemma står allt "
     "still hos dem.", "status", (None, None, None)),
])
def test_stop_45(text, answering, expected):
    reading = read_reply(text, date(2045, 12, 1), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # blind round 328-330 (an ordinary February, hard meaning, typed on the move)
    ("hab gestern mit Frau Koller telefoniert. Einen Termin vor Ort machen wir aus, wenn die "
     "Pläne da sind.", "", ("status", "contacted", None)),
    ("Machen wir.", "offer", ("accept", None, None)),
    ("danke für den Lead, aber Klagenfurt müssen wir leider auslassen. Wir haben in Kärnten "
     "niemanden.", "offer", ("decline", None, None)),
    ("Do we need to see drawings before we say yes? No – we still have the as-builts on file. "
     "Count us in for Milton Keynes.", "offer", ("accept", None, None)),
    ("Can we take this? No – nobody is free.", "offer", ("decline", None, None)),
    ("Innan jag lovar något: vet ni om kunden redan har en gateway i huset? Har de det är det "
     "här ett par dagars jobb, och då tar vi det gärna.", "offer", ("question", None, None)),
    ("Tammikuussa hävittiin Nokian vesilaitos kilpailijalle, joten tämä lämmitti erityisesti: "
     "Lempäälän kunta hyväksyi tarjouksemme ja tilaus tuli eilen, 21 380 € + alv.", "status",
     ("status", "won", 21380)),
    ("We lost the Harlow warehouse job to a competitor on Monday. Different story with this "
     "one, luckily: the quote for Bracknell went over yesterday, US$48,300 excl. VAT.",
     "status", ("status", "proposal", 48300)),
    ('Mikko ehti ennustaa, että "tästä ei tule mitään ennen kesää". Hän oli väärässä: Keravan '
     "Lämpö soitti eilen ja pyysi meidät käymään. Tapaaminen on tiistaina 27.2. klo 13.",
     "status", ("status", "meeting", None)),
    ("Yes, yes – we saw the first one too. The one engineer who'd drive that far is booked "
     "solid until April. Better that someone local picks it up.", "offer",
     ("decline", None, None)),
    ("läge das in Passau, müsste ich passen – da unten haben wir niemanden. Freising ist aber "
     "quasi vor der Haustür. Also her damit.", "offer", ("accept", None, None)),
    ("Если бы решение зависело от технического отдела, мы бы уже подписывали договор. Но у "
     "финансового директора лежит наше коммерческое предложение на 1 960 000 руб.", "status",
     ("status", "proposal", 1960000)),
    ('Если бы молчание заказчика считалось ответом, я бы давно написала вам "проиграли". Так '
     "что новостей нет.", "status", (None, None, None)),
    ("Sadly that somebody isn't us – they've bought a kit online. You can take this one off "
     "our list.", "status", ("status", "lost", None)),
    ("Asiakas on kuulemma tyytyväinen valintaansa – valitettavasti valinta oli Sensorteknikka "
     "Oy eikä me.", "status", ("status", "lost", None)),
    ('Hans svar, ordagrant: "Visby i mars? Gärna – om någon annan åker." Det gör ingen annan, '
     "så den här får gå till nån som sitter närmare.", "offer", ("decline", None, None)),
    # (the quotation wrapped by the client)
    ('Hans svar, ordagrant: "Visby i\nmars? Gärna – om någon annan åker." Det gör ingen '
     "annan, så den här får gå till nån som sitter närmare.", "offer", ("decline", None, None)),
    ("Да, коммерческое предложение им тоже нужно, но не раньше, чем они увидят нас вживую. "
     "Договорились встретиться в четверг, 1 марта, в 10:30.", "status",
     ("status", "meeting", None)),
    ("пока без изменений. Встречу провели в конце января, после неё заказчик пропал.",
     "status", (None, None, None)),
    # (news added after "nothing new" is news)
    ("inget nytt ännu.\nTillägg: jo, förresten - jag ringde kunden i går eftermiddag.",
     "status", ("status", "contacted", None)),
    ("No change so far. Actually, they called me yesterday and we talked it through.",
     "status", ("status", "contacted", None)),
    ("Rang Mr Okafor comma going in Tuesday the 13th at 10 to walk the plant room with him",
     "", ("status", "meeting", None)),
    ("PO came thru this morning from their US parent, $38,400 net", "",
     ("status", "won", 38400)),
    ("hab dem kunden am freitag den KV geschickt, 14.380 € netto fuer alle 3 etagen", "",
     ("status", "proposal", 14380)),
])
def test_stop_46(text, answering, expected):
    reading = read_reply(text, date(2046, 2, 10), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # blind round 331-333 (an ordinary fortnight at Easter, implied answers, second thoughts)
    ("Hej! Tyvärr får Karleby klara sig utan oss den här gången. Vi har tre installationer som "
     "ska vara klara före påsk och ingen som kan åka dit.", "offer", ("decline", None, None)),
    ("vi tar Uppsala. Vi har redan ett serviceavtal med en vårdcentral två kvarter därifrån, så "
     "det passar oss bra.", "offer", ("accept", None, None)),
    ("Croydon is on our doorstep, so this could suit us, but I'd like three things cleared up "
     "before we commit:\n\n1. Does the school only want sensors?\n2. Is the money in this "
     "year's budget? School budgets here close on 31 March, so if it has to be ordered before "
     "then we would need to move very fast.\n3. Who signs off – the school itself or the "
     "academy trust?", "offer", ("question", None, None)),
    ("låter intressant, men innan vi bestämmer oss skulle jag vilja veta lite mer:\n\n- Är det "
     "en ny installation?\n- Finns det en tidplan? Vi är fullbokade vecka 13 men har luft från "
     "vecka 15.", "offer", ("question", None, None)),
    ("Нового пока ничего. После встречи заказчик обещал прислать техническое задание, но его до "
     "сих пор нет.\n\nP.S. В понедельник у нас переезжал почтовый сервер, часть писем могла не "
     "дойти.", "status", (None, None, None)),
    ("Jyväskylä jää meiltä tällä kertaa väliin. Molemmat asentajamme ovat kiinni Nokian "
     "työmaalla pääsiäiseen asti.", "offer", ("decline", None, None)),
    ("Mikael Rautio ringde själv i morse. Han vill att vi kommer förbi på fredag kl. 9 och går "
     "igenom kylrummen tillsammans med deras fastighetsskötare.", "status",
     ("status", "meeting", None)),
    ("Leipomon toimitusjohtaja kuittasi tilausvahvistuksen jo viime tiistaina, 19 850 € + alv, "
     "ja anturit tulevat tukusta ensi viikolla.", "status", ("status", "won", 19850)),
    ("kaupunginvaltuusto päätti eilen, että uimahalli suljetaan vuoden lopussa. Vanhaan halliin "
     "ei enää laiteta euroakaan, joten tästä ei tule meille mitään.", "status",
     ("status", "lost", None)),
    ("ich habe dem Kollegen Wimmer schon Bescheid gegeben, dass er nächste Woche nach "
     "Traunstein fährt. Schicken Sie mir bitte noch Namen und Telefonnummer des "
     "Ansprechpartners im Stadtarchiv, dann meldet er sich dort direkt.", "offer",
     ("accept", None, None)),
    ("unsere Preisaufstellung über 27.385,00 € netto liegt seit Freitag bei Herrn Sailer.",
     "status", ("status", "proposal", 27385)),
    ("I've put Tuesday the 10th in Craig's diary for Lincoln. Could you send over the library's "
     "contact details so he can ring ahead?", "offer", ("accept", None, None)),
    ("Our pricing for the tank sensors, €38,640 ex VAT with installation, went to Siobhán "
     "Kilbride by email on Friday.", "status", ("status", "proposal", 38640)),
    ("Uuden kouluttaminen vie syksyyn asti, joten tämä kannattaa ohjata jollekin muulle "
     "kumppanille.", "offer", ("decline", None, None)),
    ("Rang Dave Pritchard first thing. He wants us in on Thursday the 12th at half eight, and "
     "he'll take us round the kiln and the finishing shop himself.", "status",
     ("status", "meeting", None)),
    ("våra priser gick iväg till varvschefen i tisdags förra veckan: 186 500 kr exkl. moms.",
     "status", ("status", "proposal", 186500)),
    ("Без неё акт по котельной нам никто не подпишет.\n\nПередайте, пожалуйста, тем, у кого с "
     "допусками всё в порядке.", "offer", ("decline", None, None)),
    ("soitin Sari Laineelle tänään, ja sovimme tapaamisen ensi viikon keskiviikoksi.\nLisäys: "
     "Sari laittoi juuri viestin, ettei keskiviikko käykään. Tapaamista ei siis ole vielä "
     "sovittu, olemme ainoastaan puhuneet puhelimessa.", "status",
     ("status", "contacted", None)),
    ("ehrlich gesagt wollte ich den erst ablehnen – wir stecken bis zum Hals in der Messe.\n"
     "Aber gerade kam Lea rein, sie übernimmt das gern.\nAlso: Wir nehmen den Lead.", "offer",
     ("accept", None, None)),
    ("Jag skulle just trycka på knappen och acceptera, men en fråga först: gäller det bara "
     "givarna? Kablaget klarar vi inte själva.\nSvara gärna så fort ni vet, så säger jag ja "
     "eller nej direkt.", "offer", ("question", None, None)),
    ("ajattelin ensin jättää tämän väliin, koska tämä on viimeinen viikkoni.\nKysyin "
     "kuitenkin Ainolta, ja hän ottaa Vantaan kohteen mielellään hoitaakseen.\nHyväksymme siis "
     "liidin.", "offer", ("accept", None, None)),
    ("I've got a meeting in the diary with Grace Okafor for Thursday afternoon.\nEdit before "
     "sending – her office has just emailed to say that Thursday isn't confirmed after all. "
     "So, to be accurate: we've spoken on the phone and she has our brochure, but there's no "
     "meeting booked.", "status", ("status", "contacted", None)),
    ("tapasimme Keravan Leipomon tuotantopäällikön tiistaina.\nKorjaan: sekoitin tämän "
     "Järvenpään leipomoon, jonka kanssa tapaaminen oli. Keravan asiakkaasta en löydä "
     "muistiinpanoistani mitään.", "status", (None, None, None)),
    ("das Angebot an Ostermaier ist letzte Woche rausgegangen, soweit ich weiß.\nNachtrag: Ich "
     "habe eben in Stefans Ablage nachgesehen – dort liegt nur ein Entwurf ohne Versanddatum. "
     "Ob der Kunde ein Angebot hat, kann ich also nicht sagen. Stefan ist erst ab 2. Mai "
     "wieder da.", "status", (None, None, None)),
    ("otetaan tämä.\nMietin hetken, ehditäänkö – Ville on vielä kaksi viikkoa Porin "
     "työmaalla. Mutta kyllä tämä järjestyy.\nEli pysyn alkuperäisessä: hyväksymme liidin.",
     "offer", ("accept", None, None)),
    ("да, берём, котельные — наш профиль.\nХотя стоп. Перечитала ещё раз: 400 точек, мы такой "
     "объём не осилим.\nТак что всё-таки отказываемся, извините.", "offer",
     ("decline", None, None)),
    # the new forms' counterparts in the other languages, and what they must not take
    ("We'll take Croydon.", "offer", ("accept", None, None)),
    ("Wir nehmen Passau.", "offer", ("accept", None, None)),
    ("Wir nehmen Kontakt auf und melden uns.", "offer", (None, None, None)),
    ("Croydon will have to do without us this time.", "offer", ("decline", None, None)),
    ("Тверь придётся обойтись без нас.", "offer", ("decline", None, None)),
    ("Jyväskylä saa pärjätä ilman meitä.", "offer", ("decline", None, None)),
    ("The quote for the Leeds site went to another integrator last time.", "status",
     (None, None, None)),
    ("We can't do it. Please send me the details of the next one.", "offer",
     ("decline", None, None)),
    ("Пришлите, пожалуйста, контакты заказчика.", "offer", ("accept", None, None)),
    ("Vi tar den gärna.", "offer", ("accept", None, None)),
    ("I was just about to accept, but one question first: is the cabling included? We can't "
     "do cabling ourselves.", "offer", ("question", None, None)),
    ("Ich wollte gerade zusagen, aber eine Frage vorher: gehört die Verkabelung dazu?",
     "offer", ("question", None, None)),
    ("Nothing new yet. After the meeting the customer promised to send the spec.", "status",
     (None, None, None)),
    ("inget nytt ännu. Tillägg: jo, förresten – jag ringde kunden i går", "status",
     ("status", "contacted", None)),
    ("Sorry, I mixed this one up with the Harlow school, where we had the meeting. Here nothing "
     "has happened yet.", "status", (None, None, None)),
    ("otetaan tämä. Mietin hetken, ehditäänkö.", "offer", ("accept", None, None)),
    ("Mietin vielä, otetaanko tämä.", "offer", (None, None, None)),
    # (what was wondered is no yes: set 317's "Mietin hetken, voisiko Aino ottaa tämän …,
    # mutta … kieltäydymme")
    ("ei kiitos, tämä jää meiltä väliin.\n\nMietin hetken, voisiko Aino ottaa tämän heti "
     "lomansa jälkeen, mutta hänen kalenterinsa on täynnä. Eli pysytään alkuperäisessä: "
     "kieltäydymme.", "offer", ("decline", None, None)),
    ("No, thanks. I wondered for a moment whether we could take it after the holidays, but our "
     "calendar is full.", "offer", ("decline", None, None)),
    # "the choice was X, not us" in the languages stop 46 could not read (the clause splitter
    # cut "and not us" away)
    ("The customer is very happy with their choice, unfortunately the choice was Sensotec and "
     "not us.", "status", ("status", "lost", None)),
    ("Der Kunde ist mit seiner Wahl sehr zufrieden – leider fiel die Wahl auf Sensotec und "
     "nicht auf uns.", "status", ("status", "lost", None)),
    ("Kunden är nöjd med sitt val – tyvärr blev valet Sensotec och inte vi.", "status",
     ("status", "lost", None)),
    ("Заказчик доволен своим выбором, к сожалению, выбрали Сенсотек, а не нас.", "status",
     ("status", "lost", None)),
    ("The choice was ours and not theirs.", "status", (None, None, None)),
    # blind round 334-336 (hard meaning, structured layouts, several customers)
    ("der Kunde hatte uns im April gesagt: „Wenn ihr vor den Sommerferien installieren könnt, "
     "bekommt ihr den Auftrag.“ Wir können – die Montage ist für die Woche ab 11. Juni "
     "eingeplant, und gestern kam die unterschriebene Bestellung: 17.940 € netto.", "status",
     ("status", "won", 17940)),
    ("Om sågverket kör Siemens S7 i sina styrsystem är det här precis vår grej, och då säger vi "
     "ja direkt. Har de något annat får vi fundera en gång till.\n\nVet ni vilket styrsystem de "
     "har?", "offer", ("question", None, None)),
    ("jos asiakas olisi ehtinyt allekirjoittaa ennen vappua, olisitte saaneet tämän tiedon jo "
     "viime viikolla. Allekirjoitus tuli vasta eilen: tilaus on meillä, 19 640 € + alv.",
     "status", ("status", "won", 19640)),
    ("hade det här kommit i mars hade jag fått tacka nej – då satt hela montageteamet fast i "
     "Norrköping. Nu är de hemma igen.\n\nVi tar parkeringshuset i Solna. Jag ringer kunden "
     "under dagen.", "offer", ("accept", None, None)),
    ("If their engineer had come back from paternity leave when he said he would, I'd have a "
     "meeting date for you by now. He's stretched it by another three weeks.", "status",
     (None, None, None)),
    ("pumpstationer i Sundsvall i maj – låter underbart. Det skulle låta ännu bättre om vi hade "
     "en enda montör ledig före midsommar.\n\nDet har vi inte, så låt någon som sitter närmare "
     "ta den här.", "offer", ("decline", None, None)),
    ("der Kunde war von unserer Präsentation begeistert, hat er mir heute am Telefon gesagt. So "
     "begeistert, dass er jetzt beim Mitbewerber bestellt hat, der um 15 Prozent billiger war.",
     "status", ("status", "lost", None)),
    ("ja, die Erinnerung ist angekommen. Wir hängen an einer einzigen Frage: Soll die Schule an "
     "das bestehende LoRaWAN der Stadt angebunden werden?\n\nIm ersten Fall wären wir raus. Im "
     "zweiten Fall sind wir sofort dabei. Können Sie das beim Kunden klären?", "offer",
     ("question", None, None)),
    ("vår tekniker sa \"aldrig mer växthus\" efter förra sommaren, och jag tänkte redan tacka "
     "nej för hans skull. Sedan ändrade han sig på fem minuter.\n\nSå vi tar det gärna!",
     "offer", ("accept", None, None)),
    ("tässä meidän seurantapohja tälle liidille sellaisenaan:\n\nYhteydenotto:\nTapaaminen:\n"
     "Tarjous:\nLisätiedot: en ole vielä ehtinyt tarttua tähän, palaan asiaan ensi viikolla.",
     "status", (None, None, None)),
    ("Från vårt CRM (Lime) just nu:\n\nFas: Kontakt tagen\nSenaste aktivitet: samtal med Johanna "
     "Berg 14/5, produktblad skickat Möte:\nNästa steg: boka platsbesök", "status",
     ("status", "contacted", None)),
    ("Datum;Aktivität;Ergebnis\n16.05.2046;Anruf Braumeister Hr. Lechner;erreicht\n\nTermin vor "
     "Ort: noch keiner.", "status", ("status", "contacted", None)),
    ("Opportunity record as of today:\n\nStage\tProposal/Price Quote\nQuote sent\t21/05/2046\n"
     "Amount (USD, net)\t61,900.00\nProbability\t60%", "status", ("status", "proposal", 61900)),
    ("raden ur vår affärslista:\n\nKund;Lead;Status;Ordervärde exkl. moms (SEK);Orderdatum\n"
     "Bromma Bageri AB;L-107329;Vunnen;94 750;2046-05-24", "status", ("status", "won", 94750)),
    ("das Angebot ist am 18.05. rausgegangen. Positionen in EUR:\n\nPos.\tMenge\tBezeichnung\t"
     "EP netto\tGP netto\n1\t36\tFühler\t412,00\t14.832,00\n2\t1\tMontage\t8.648,00\t8.648,00\n"
     "Summe netto\t\t23.480,00", "status", ("status", "proposal", 23480)),
    ("Карточка из Битрикс24:\n\nЛид\tL-107331\nСтадия\tПринят в работу\nОтветственный\t"
     "Смирнова Ольга", "offer", ("accept", None, None)),
    ("План работ по лиду:\n\n№\tШаг\tСрок\tВыполнено\n1\tЗвонок Ирине Волковой\t17.05\t✔\n"
     "2\tНазначить встречу\t18.05\t✔ (встреча 23.05 в 16:00, в школе)\n3\tЗамеры в классах\t"
     "после встречи\n4\tКП\tпосле замеров", "status", ("status", "meeting", None)),
    ("Анкета по лиду:\n\nБерём:        нет\nПричина:      Тверь далеко\nКому отдать:  любому "
     "партнёру из Тверской области", "offer", ("decline", None, None)),
    ("Innan vi säger ja eller nej:\n\n1. Byggskede\na) Är hallen färdig?\n\nKan ni fråga "
     "kunden?", "offer", ("question", None, None)),
    ("Marlow's gone, I'm afraid – the machine shop bought a package through their existing "
     "Siemens integrator. Close it.", "status", ("status", "lost", None)),
    ("Förlåt, såg det först nu! Ijo tar vi, bageriet ligger på vägen till vår kund i "
     "Haukipudas.", "offer", ("accept", None, None)),
    ("Om Huddinge Fastighetsservice vet jag inget nytt än. Vår säljare Sara har hand om dem och "
     "hon är på semester till den 11:e, så jag kan inte säga om hon hunnit ringa dem.", "status",
     (None, None, None)),
    ("Lead annehmen: ja\nTechniker: Huber", "offer", ("accept", None, None)),
    ("Yes, yes, the first one arrived too, and yes, Felixstowe is technically inside our patch. "
     "In practice it's two and a half hours each way.\n\nBetter that a partner closer to the "
     "coast takes it.", "offer", ("decline", None, None)),
    ("soitin kiinteistöpäällikölle heti aamulla. Hänen mukaansa tapaaminen \"onnistuu "
     "varmasti jossain vaiheessa\", mutta kalenteria hän ei suostu avaamaan.\n\nYhteys on siis "
     "otettu, tapaamista ei vielä ole sovittu.", "status", ("status", "contacted", None)),
    # forms of earlier stops checked in the languages they were guessed for
    ("Keine Veränderung bisher: der Kunde prüft noch.", "status", (None, None, None)),
    ("Ei muutoksia. Muuten, tarjous lähti eilen asiakkaalle.", "status",
     ("status", "proposal", None)),
    ("Bevor ich etwas verspreche: gehört die Tiefgarage dazu?", "offer",
     ("question", None, None)),
    ("Если бы объект был в Сочи, нам пришлось бы отказаться, но Химки рядом. Берём.", "offer",
     ("accept", None, None)),
    ("Om det låg i Kiruna skulle vi tacka nej, men Luleå är nära. Vi tar den.", "offer",
     ("accept", None, None)),
])
def test_stop_47(text, answering, expected):
    reading = read_reply(text, date(2046, 4, 10), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # forms left fragile by stop 47, tried in their sibling languages
    ("Otetaan tämä. Ehditäänkö jo ensi viikolla, katsotaan.", "offer", ("accept", None, None)),
    ("Ehditäänkö tätä tehdä ollenkaan, katsotaan.", "offer", (None, None, None)),
    ("По этому лиду пока ничего. Зато по двум другим хорошие новости: Химки подписали договор.",
     "status", (None, None, None)),
    ("Technisch gesehen ja, aber wir haben keine Leute.", "offer", ("decline", None, None)),
    ("Tekniskt sett ja, men vi har ingen ledig.", "offer", ("decline", None, None)),
    ("Teknisesti kyllä, mutta meillä ei ole ketään vapaana.", "offer", ("decline", None, None)),
    ("Технически да, но людей у нас нет.", "offer", ("decline", None, None)),
    ("Yes, technically we could, and we will: put us down for it.", "offer",
     ("accept", None, None)),
    # blind set 339 (hard meaning)
    ("So we're walking all three buildings with her on Tuesday 24 July at 10:00.", "status",
     ("status", "meeting", None)),
    ("telefoniert haben wir schon am Mittwoch. Getroffen haben wir uns noch nicht – das machen "
     "wir am Donnerstag, 19.07., um 9 Uhr.", "status", ("status", "meeting", None)),
    ("Getroffen haben wir uns noch nicht.", "status", (None, None, None)),
    ("It's not that we wouldn't want it. Nobody here isn't booked solid until August. Don't "
     "hold it for us.", "offer", ("decline", None, None)),
    ("Ei olla vielä tavattu, mutta tiistaina tavataan.", "status", ("status", "meeting", None)),
    ("Damit ist das entschieden – tragen Sie uns bitte für die Molkerei ein.", "offer",
     ("accept", None, None)),
    ("Geben Sie das Depot bitte jemandem, der im Sommer noch Leute frei hat.", "offer",
     ("decline", None, None)),
    ("Hans svar var kort. Alltså tar vi Norrtälje.", "offer", ("accept", None, None)),
    ("Yesterday I heard the order went to that installer, signed and all.", "status",
     ("status", "lost", None)),
    ("The order went to us, signed and all.", "status", ("status", "won", None)),
    ("Verloren ist da also noch gar nichts. Gewonnen allerdings auch nicht: Unser Angebot über "
     "31.870 € netto liegt beim Einkauf.", "status", ("status", "proposal", 31870)),
    ("Позвонила, отправила презентацию. Говорить о встрече пока рано.", "status",
     ("status", "contacted", None)),
    # blind set 338 (implied answers)
    ("Asiakas liittyi kuntayhtymän yhteishankintaan, ja sen puitesopimuksessa valvonnan "
     "toimittaa toinen yritys. Meidän laskelmamme jäi siis pöydälle.", "status",
     ("status", "lost", None)),
    ("Виктор Павлович прислал приглашение в календарь на понедельник, 2 июля, на 14:00.",
     "status", ("status", "meeting", None)),
    ("Her assistant sent over a calendar invite this morning: Thursday 5 July, 10:00.",
     "status", ("status", "meeting", None)),
    ("I sent over a calendar invite for Thursday.", "status", (None, None, None)),
    ("Lähetän asiakkaalle kalenterikutsun, kun sopiva aika löytyy.", "status",
     (None, None, None)),
    ("Отправлю им приглашение в календарь.", "status", (None, None, None)),
    ("Er hat uns eine Kalendereinladung für Donnerstag geschickt.", "status",
     ("status", "meeting", None)),
    ("Anne har skickat en kalenderinbjudan för torsdag.", "status", ("status", "meeting", None)),
    ("Riikka varasi meille jo neuvotteluhuoneen torstaiksi 28.6. klo 13.", "status",
     ("status", "meeting", None)),
    ("Расчёт на 1 245 000 руб. без НДС ушёл в отдел закупок заказчика во вторник.", "status",
     ("status", "proposal", 1245000)),
    ("Die Mälzerei macht den Standort Ende September zu. Da wird nichts mehr eingebaut.",
     "status", ("status", "lost", None)),
    ("Die Mälzerei macht das Werk doch nicht zu.", "status", (None, None, None)),
    ("We're in the middle of a dispute with their group. Better that one of the other partners "
     "picks it up.", "offer", ("decline", None, None)),
    ("We're in!", "offer", ("accept", None, None)),
    ("We were in contact with them last year.", "offer", (None, None, None)),
    ("Saatiin eilen asiakkaalta ostotilaus numerolla 4510-2284, yhteensä 24 300 € alv 0 %.",
     "status", ("status", "won", 24300)),
    ("vår kalkyl på 212 400 kr exkl. moms för tre skolor ligger nu hos kommunens "
     "fastighetschef.", "status", ("status", "proposal", 212400)),
    ("I've booked Ryan into a hotel for Tuesday night. Can you send me the name and number of "
     "whoever runs the site?", "offer", ("accept", None, None)),
    ("Tragen Sie uns bitte nicht ein.", "offer", ("decline", None, None)),
    ("Kühlzellen machen wir nur noch bis Jahresende. Neue Kühlprojekte fangen wir deshalb nicht "
     "mehr an. Schicken Sie den Lead bitte an einen anderen Partner in der Gegend.", "offer",
     ("decline", None, None)),
    ("Vi vill inte göra affärer med vår egen styrelseledamot, så det här får någon annan "
     "partner sköta.", "offer", ("decline", None, None)),
    # blind round 340-342 (implied answers, hard meaning, second thoughts)
    ("Fenwick's parent group signed a national agreement with Sensotec in June that covers all "
     "twelve of their sites. Nothing more to do there for now.", "status",
     ("status", "lost", None)),
    ("Asiakkaan projektipäällikkö pyysi arkistoimaan meidän laskelmat ja kiitti vaivannäöstä.",
     "status", ("status", "lost", None)),
    ("vår kostnadsberäkning på 184 500 kr exkl. moms gick till föreningens styrelse i fredags.",
     "status", ("status", "proposal", 184500)),
    ("заказчик прислал схему проезда и просил быть в среду, 1 августа, к 11:00.", "status",
     ("status", "meeting", None)),
    ("Leena Salo haluaa nähdä meidät torstaina 26.7. klo 13 heidän konehuoneessaan.", "status",
     ("status", "meeting", None)),
    ("Inköpsordern från Mälarbageriet kom i morse, nr 45-008812, 312 000 kr exkl moms.",
     "status", ("status", "won", 312000)),
    ("Jake's already started on the RAMS. Could you send through the archivist's name and a "
     "direct number?", "offer", ("accept", None, None)),
    ("Calder paid the 30% deposit invoice on Wednesday. Whole job is USD 48,300 net.", "status",
     ("status", "won", 48300)),
    ("Porvoo kuuluu heille, emmekä saa tehdä alueelle kauppoja. Ohjatkaa tämä jollekulle "
     "muulle.", "offer", ("decline", None, None)),
    ("Заказчик разместил закупку на площадке, наша заявка на 876 400 руб. без НДС подана в "
     "пятницу.", "status", ("status", "proposal", 876400)),
    ("The costed schedule went to their facilities director last Wednesday: £27,940 + VAT.",
     "status", ("status", "proposal", 27940)),
    ("Hinta- ja toteutusehdotus liitteineen lähti asiakkaalle maanantaina.", "status",
     ("status", "proposal", None)),
    ("Her office has emailed us two visitor badges - QR codes for Thursday 2 August.", "status",
     ("status", "meeting", None)),
    ("Der Kunde will bis zum 17. August fertig sein, das ist bei uns schlicht nicht drin. Das "
     "sollte bitte jemand machen, der im August Leute hat.", "offer", ("decline", None, None)),
    ("Die Mappe für den Kunden ist schon zusammengestellt. Wer ist dort vor Ort zuständig?",
     "offer", ("accept", None, None)),
    ("Kurze Frage vorab: nur Sensoren? Und wer ist da der Ansprechpartner?", "offer",
     ("question", None, None)),
    ("We were meant to see their facilities manager last Thursday, and she cancelled. It's been "
     "rearranged: Wednesday 22 August, 2 pm, on site.", "status", ("status", "meeting", None)),
    ("Whether this one is for us depends entirely on who does the commissioning. Any idea which "
     "way they're leaning?", "offer", ("question", None, None)),
    ("menetetty se ei ole, vaikka hiljaista on ollut. Soitin eilen heidän käyttöpäällikölle.",
     "status", ("status", "contacted", None)),
    ("Mark wanted to know whether this would clash with the shutdown week. Short answer: no. So "
     "count us in.", "offer", ("accept", None, None)),
    ("Far from won, I'm afraid, but far from lost as well. Our quote went to them on Monday: "
     "£31,480 + VAT.", "status", ("status", "proposal", 31480)),
    ("Would I love a hospital job in Canterbury? Who wouldn't. Have I got one engineer free "
     "before October? Not unless I clone one. Best let somebody else have it, sorry.", "offer",
     ("decline", None, None)),
    ("Asiakas kertoi, että konserni tilasi anturit jo kesäkuussa omalla puitesopimuksellaan. "
     "Meille ei jäänyt tästä mitään.", "status", ("status", "lost", None)),
    ("Встречались? Нет. Должны были в среду, но заказчик перенёс. Теперь уже точно: понедельник, "
     "20 августа, 11:00.", "status", ("status", "meeting", None)),
    ("Sein Kommentar: „Passt.“ Das Ding ist also durch – bitte buchen Sie die Brauerei auf uns.",
     "offer", ("accept", None, None)),
    ("Their group had just signed a framework agreement covering all monitoring kit. Long story "
     "short: the framework wins, we don't.", "status", ("status", "lost", None)),
    ("långt ifrån vunnen, men inte förlorad heller. Offerten på 236 400 kr exkl. moms ligger hos "
     "dem.", "status", ("status", "proposal", 236400)),
    ("jag ville verkligen ha den här, men det är kört. Släpp den till någon annan.", "offer",
     ("decline", None, None)),
    ("kundens driftchef svarade bara: \"kom på torsdag så visar jag pannrummet\". Så torsdag "
     "16.8 kl. 13 är vi på plats.", "status", ("status", "meeting", None)),
    ("Joo otetaan!\n\nTai itse asiassa yksi kysymys ensin: onko asiakas jo valinnut "
     "anturimallin?", "offer", ("question", None, None)),
    ("kiitos tarjouksesta, mutta taidamme jättää tämän väliin.\n\nHetkinen, katsoin lomalistan "
     "uudestaan: Jari ja Sami palaavat jo maanantaina 27.8. Ehditään hyvin.", "offer",
     ("accept", None, None)),
    ("Берём, склады - наш профиль.\n\nОй, посмотрела сроки в описании: раньше 5 сентября никто "
     "не освободится. Так что отказываемся, извините.", "offer", ("decline", None, None)),
    ("Nothing booked yet.\n\nUpdate before I hit send: he's just replied. We're on site with "
     "both of them tomorrow, Thursday 30 August, at 10am.", "status",
     ("status", "meeting", None)),
    ("Vi hade möte med dem i torsdags –\n\nnej förlåt, det var kunden i Limingo. Om Brahestad kan "
     "jag inte säga något.", "status", (None, None, None)),
    ("The proposal went to them last Friday: £18,600 + VAT.\n\nCorrection – £18,600 was the draft "
     "with both tanks. They dropped the second tank after the site visit, so the version they "
     "actually have is £15,240 excl. VAT.", "status", ("status", "proposal", 15240)),
    ("Хотела написать, что связались с заказчиком, но нет – это я дозвонилась до их проходной. "
     "Вопрос: есть ли у вас другой телефон? Без этого двигаться не можем.", "status",
     ("question", None, None)),
    ("Ich hatte einen Termin gesehen und wollte „Termin hat stattgefunden“ melden – der Eintrag "
     "gehört aber zu einem anderen Kunden. Zu diesem Lead finde ich nichts.", "status",
     (None, None, None)),
    ("Have you met them? No, not yet.", "status", (None, None, None)),
    ("Termin mit Frau Albers steht für Mittwoch früh.\n\nKommando zurück – sie hat den Termin "
     "abgesagt. Neuen Termin will sie sich melden. Wir haben also bisher nur telefoniert.",
     "status", ("status", "contacted", None)),
])
def test_stop_48(text, answering, expected):
    reading = read_reply(text, date(2046, 6, 15), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


@pytest.mark.parametrize(("text", "answering", "expected"), [
    # the customer signed or chose us, in so many words: a win, not a loss ("signed with" and
    # "went with" named someone else until now)
    ("The competitor wins on price every time, but this one signed with us", "status",
     ("status", "won", None)),
    ("They signed with us yesterday.", "status", ("status", "won", None)),
    ("They signed with Siemens.", "status", ("status", "lost", None)),
    ("They went with us in the end.", "status", ("status", "won", None)),
    ("They chose us over the incumbent.", "status", ("status", "won", None)),
    ("They went with us for EUR 14,500.", "status", ("status", "won", 14500)),
    ("Der Kunde hat sich gegen den Wettbewerber und für uns entschieden.", "status",
     ("status", "won", None)),
    ("Kunden valde oss framför konkurrenten.", "status", ("status", "won", None)),
    ("Заказчик выбрал нас, а не конкурента.", "status", ("status", "won", None)),
    # denied, all but done, or under a condition: no win
    ("They didn't choose us.", "status", ("status", "lost", None)),
    ("Der Kunde hat sich nicht für uns entschieden.", "status", ("status", "lost", None)),
    ("Kunden valde inte oss.", "status", ("status", "lost", None)),
    ("They almost chose us, but Siemens was cheaper.", "status", (None, None, None)),
    ("If they chose us we would need two fitters.", "status", (None, None, None)),
    ("Они выбрали не нас, а местного электрика.", "status", ("status", "lost", None)),
    ("So that one's gone for us.", "status", ("status", "lost", None)),
    # plain wins and losses that read nothing (or the wrong way): someone named getting the
    # deal was our win in three languages
    ("Siemens hat den Zuschlag bekommen.", "status", ("status", "lost", None)),
    ("Siemens sai kaupan.", "status", ("status", "lost", None)),
    ("Siemens fick affären.", "status", ("status", "lost", None)),
    ("Siemens got the order.", "status", ("status", "lost", None)),
    ("Заказ получил Сименс.", "status", ("status", "lost", None)),
    ("The tender went to Siemens.", "status", ("status", "lost", None)),
    ("Die Ausschreibung ging an Siemens.", "status", ("status", "lost", None)),
    ("Upphandlingen gick till Siemens.", "status", ("status", "lost", None)),
    ("Urakka meni Siemensille.", "status", ("status", "lost", None)),
    ("Asiakas valitsi Siemensin.", "status", ("status", "lost", None)),
    ("Kunden valde Siemens.", "status", ("status", "lost", None)),
    ("Клиент выбрал Сименс.", "status", ("status", "lost", None)),
    ("They bought elsewhere.", "status", ("status", "lost", None)),
    ("Der Kunde hat woanders gekauft.", "status", ("status", "lost", None)),
    ("Asiakas osti muualta.", "status", ("status", "lost", None)),
    ("Kunden köpte någon annanstans.", "status", ("status", "lost", None)),
    ("Клиент купил в другом месте.", "status", ("status", "lost", None)),
    ("The customer shelved the project.", "status", ("status", "lost", None)),
    ("Projektet lades på is.", "status", ("status", "lost", None)),
    ("The order is ours.", "status", ("status", "won", None)),
    ("They awarded us the contract.", "status", ("status", "won", None)),
    ("Deal done.", "status", ("status", "won", None)),
    ("They bought from us.", "status", ("status", "won", None)),
    ("The order came through this morning.", "status", ("status", "won", None)),
    ("Der Auftrag ist unser.", "status", ("status", "won", None)),
    ("Der Kunde hat bei uns gekauft.", "status", ("status", "won", None)),
    ("Deal ist durch.", "status", ("status", "won", None)),
    ("Kunden beställde av oss.", "status", ("status", "won", None)),
    ("Клиент принял наше предложение.", "status", ("status", "won", None)),
    # guards: another customer's purchase, a verbal "going with us" not called won
    ("Die Physiotherapie nebenan hat im Herbst bei uns Funkfühler gekauft.", "status",
     (None, None, None)),
    ("Their manager says they're going with us, but it's all verbal. I wouldn't call it won "
     "yet.", "status", (None, None, None)),    # plain answers to an offer that read nothing
    ("Sounds good, we're on it.", "offer", ("accept", None, None)),
    ("We'd love to.", "offer", ("accept", None, None)),
    ("Why not.", "offer", ("accept", None, None)),
    ("Сделаем.", "offer", ("accept", None, None)),
    ("Своими силами мы это не сделаем.", "offer", ("decline", None, None)),
    ("We don't do that kind of work.", "offer", ("decline", None, None)),
    ("Not in our area.", "offer", ("decline", None, None)),
    ("Das liegt nicht in unserem Gebiet.", "offer", ("decline", None, None)),
    ("Lieber nicht.", "offer", ("decline", None, None)),
    ("Inte vårt område.", "offer", ("decline", None, None)),
    ("Vi hoppar över den här.", "offer", ("decline", None, None)),
    # the first blind round (343-345)
    ("You can close this one as won.", "status", ("status", "won", None)),
    ("You can close this one.", "status", ("status", "lost", None)),
    ("Bageri Sunnanvind beställde för två veckor sedan, 9 870 euro utan moms.", "status",
     ("status", "won", 9870)),
    ("Honestly not sure where this one is. The meeting went fine.", "status",
     (None, None, None)),
    ("We're going out to Tilbury on Thursday at 10:30 to walk the chambers with him.",
     "status", ("status", "meeting", None)),
    ("Auftrag ist da 🥳 34.275,- netto (41.130,- brutto), Montage KW 44", "status",
     ("status", "won", 34275)),
    ("quote went to them friday, £14.2k + vat\n*£14.8k, forgot the commissioning day",
     "status", ("status", "proposal", 14800)),
    ("КП ушло в пятницу, 2,3 ляма без ндс", "status", ("status", "proposal", 2300000)),
    ("hur många hus är det?\nom det är fler än 3 hinner vi inte före jul, annars tar vi den "
     "gärna", "offer", ("question", None, None)),
    ("just off the phone with Mrs Quarrie, nice lady", "status", ("status", "contacted", None)),
    ("tää ei valitettavasti toteutunu\nseurakunnan kiinteistöpuoli teki mittaukset ite",
     "status", ("status", "lost", None)),
    ("They did the measurements themselves.", "status", ("status", "lost", None)),
    ("Der Kunde hat das selbst gemacht.", "status", ("status", "lost", None)),
    ("Kunden gjorde mätningarna själva.", "status", ("status", "lost", None)),
    ("Заказчик сделал замеры своими силами.", "status", ("status", "lost", None)),
    ("We did the measurements ourselves.", "status", (None, None, None)),
    ("Brackley's engineering manager has given us the slot at 2pm on the 25th.", "status",
     ("status", "meeting", None)),
    ("prisuppgiften på 264 900 kr exkl. moms skickades till Nordhamn i fredags.", "status",
     ("status", "proposal", 264900)),
    ("Antti Kivikko pyysi tulemaan torstaina kello 16.", "status", ("status", "meeting", None)),
    ("tilasin jo kaksi IoT-liittymää. Laittakaa asiakkaan yhteystiedot, niin tarkistan "
     "kuuluvuuskartasta, tarvitaanko ulkoantennit. Asiakas haluaa varmaan seurannan heti.",
     "offer", ("accept", None, None)),
    ("unser Preis liegt seit gestern Mittag beim Kunden: 17.385,00 € netto.", "status",
     ("status", "proposal", 17385)),
    ("Whoever goes in there needs to be someone they haven't already had a row with.", "offer",
     ("decline", None, None)),
    ("Låt någon som redan har folk ute i skärgården ta den.", "offer", ("decline", None, None)),
    ("Damit ist der Auftrag über 26.940 € netto fix.", "status", ("status", "won", 26940)),
    ("Ballyhoura's letter of award came through this morning: €38,650 ex VAT.", "status",
     ("status", "won", 38650)),
    ("Ihm fehlen nur noch der genaue Firmenwortlaut und die Adresse des Kunden. Können Sie "
     "mir die bitte gleich schicken?", "offer", ("accept", None, None)),
    ("kustannusarvio lähti tiistaina Otaniemen projektipäällikölle.", "status",
     ("status", "proposal", None)),
    ("Caught Gareth Hughes at their gatehouse yesterday afternoon.", "status",
     ("status", "contacted", None)),
    ("en osaa vielä sanoa, missä mennään. Toimitusjohtaja sanoi puhelimessa viime viikolla, "
     "että tämä tehdään syksyn aikana, mutta talousjohtaja kirjoitti samana päivänä, että "
     "kaikki investoinnit on jäädytetty vuoden loppuun.",
     "status", (None, None, None)),
    ("die Sensorik ist im Paket des Generalunternehmers gelandet, und der bringt seinen "
     "eigenen Elektro-Sub mit.", "status", ("status", "lost", None)),
    ("написала их энергетику в Telegram, он ответил голосовым.", "status",
     ("status", "contacted", None)),
    ("Das sollte besser jemand machen, der die Zertifizierung heute schon hat.", "offer",
     ("decline", None, None)),
    ("Kvarnholmen förlängde avtalet med sin nuvarande driftentreprenör i tre år till.",
     "status", ("status", "lost", None)),    # the second blind round (346-348)
    ("The Chelmsford one (not one of yours) has gone quiet on us.\n\nThis one, Mersea, has "
     "not: their head brewer has asked us to come over, and we're booked in for Thursday.",
     "status", ("status", "meeting", None)),
    ("Good news for somebody: Harlow has been won. Not by us, sadly. When I rang on Tuesday "
     "their works manager told me.", "status", ("status", "lost", None)),
    ("soitin asiakkaalle eilen. Käyttöpäällikkö kysyi, sopisiko meille torstai 1.11. klo 13."
     "\n\nMiksipä ei sopisi. Sovittiin.", "status", ("status", "meeting", None)),
    ("Nicht verwechseln mit der Geschichte in Freising, da haben wir schon ein Angebot "
     "abgegeben. Wir sitzen am Dienstag, 30.10., um 9 Uhr mit dem Betriebsleiter zusammen.",
     "status", ("status", "meeting", None)),
    ("Наталье Игоревне удалось дозвониться только с третьего раза.", "status",
     ("status", "contacted", None)),
    ("заказчик на мой звонок ответил: «Пришлите что-нибудь почитать». Прислала.", "status",
     ("status", "contacted", None)),
    ("He's put Dev and me down for half nine on Tuesday 6 November.", "status",
     ("status", "meeting", None)),
    ("Had Joanne Hale, the trust's estates manager, on the phone for twenty minutes.", "status",
     ("status", "contacted", None)),
    ("laskelma ja toteutussuunnitelma lähtivät Mäkelälle maanantaina.", "status",
     ("status", "proposal", None)),
    ("kiinteistöpäällikkö Aaltonen pyysi meidät kirkolle keskiviikkona 7.11. kello 10.",
     "status", ("status", "meeting", None)),
    ("Herr Obermaier hat uns für Freitag, 9.11., um 8 Uhr in die Übergabestation bestellt.",
     "status", ("status", "meeting", None)),
    ("Пахомов попросил подъехать во вторник, 6 ноября, к девяти утра.", "status",
     ("status", "meeting", None)),
    ("Marika Harju har skrivit in Kenneth och mig på deras hygienkurs på måndag 5.11 kl. 7.",
     "status", ("status", "meeting", None)),
    ("efter rundvandringen skickade vi över vår kalkyl i tisdags: 96 400 kr exkl. moms.",
     "status", ("status", "proposal", 96400)),
    ("plantskolan läggs ner. Han bad oss att inte lägga ner mer tid på det.", "status",
     ("status", "lost", None)),
    ("Für uns ist dort nichts mehr zu tun.", "status", ("status", "lost", None)),
    ("Best put it with somebody who's already got cleared people on the books.", "offer",
     ("decline", None, None)),
    ("Пусть этим займётся кто-то, кто уже ставил оборудование в биобанках.", "offer",
     ("decline", None, None)),
    ("Ну раз вы сами предлагаете, отказываться было бы невежливо. Записывайте Чехов на нас.",
     "offer", ("accept", None, None)),
    ("Ich lege sie dem Kollegen Kraus ins Auto. Wer ist beim Veranstalter für die Container "
     "zuständig?", "offer", ("accept", None, None)),
    ("laitoin jo Villelle viestin, että hän pakkaa anturit autoon. Kuka on työmaalla "
     "vastaava mestari, ja mihin numeroon Ville voi soittaa?", "offer", ("accept", None, None)),
    ("ja, passt, den übernehmen wir.\n\nNein, Moment, das nehme ich zurück. Der Kunde sitzt "
     "in Dornbirn. Wir sagen also ab.", "offer", ("decline", None, None)),
    ("tyvärr får vi nog tacka nej – inkorgen svämmar över.\n\nJag ändrar mig. Det är ett "
     "par dagars jobb för Anton. Vi tar det!", "offer", ("accept", None, None)),
    ("Termin vor Ort ist am Montag um 10 Uhr.\n\nNein, streichen Sie das – das war nur ihr "
     "Vorschlag. Wir haben telefoniert, einen Termin gibt es noch nicht.", "status",
     ("status", "contacted", None)),
    ("Der Auftrag ist heute gekommen, 27.450,00 € netto.\n\nIch korrigiere mich gleich "
     "selbst: Fest bestellt ist nur Raum A, und das sind 21.380,00 € netto.", "status",
     ("status", "won", 21380)),
    ("Our quote went to them on Tuesday: £23,480 + VAT.\n\nHang on, that's the wrong line. "
     "£23,480 was the version with the spare transmitters. The quote that went out is "
     "£21,950 excluding VAT.", "status", ("status", "proposal", 21950)),
    ("eikö tämä ole sama uimahalli kuin keväällä? Silloin kaupunki perui koko hankkeen.\n\n"
     "Jos rahoitus on nyt päätetty, otamme mielellämme. Tiedättekö, onko jotain muuttunut?",
     "offer", ("question", None, None)),
    ("tarjous on lähetetty asiakkaalle viime viikolla.\n\nTai siis – en ole enää yhtään "
     "varma. Esan kansiossa on kaksi luonnosta mutta ei lähetettyä versiota.", "status",
     (None, None, None)),
    ("да, интересно, берём –\n\nхотя подождите, сначала уточню. Это камеры с РГС? Можете "
     "уточнить у заказчика?\n\nКак только будет ответ, сразу подтвержу.", "offer",
     ("question", None, None)),
    ("Да, очень интересно, и да, мы бы с удовольствием. Только «с удовольствием» и «можем» — "
     "разные вещи.\n\nДо конца ноября у нас нет ни одного свободного монтажника. Отдайте, "
     "пожалуйста, этот объект другим партнёрам.", "offer", ("decline", None, None)),
    ("jos kysytte minulta, tämä on edelleen auki.\n\nBudjetti selviää joulukuussa. Tai sitten "
     "ei.", "status", (None, None, None)),
    ("nej, vi har inte skickat någon offert än. Det vill kunden inte ha förrän han har sett "
     "oss på plats, och det gör han onsdag 31 oktober kl. 9.", "status",
     ("status", "meeting", None)),
    ("om jag tackade nej till ett bryggeri i Nacka skulle Karin sluta prata med mig.\n\nVi "
     "tar det.", "offer", ("accept", None, None)),
])
def test_stop_49(text, answering, expected):
    reading = read_reply(text, date(2046, 9, 14), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


#: stop 50: plain forms probed before the blind sets 349-354 came in, then the mends for
#: their files read wrong on the stop's start code (each first failing there, but the guards)
@pytest.mark.parametrize(("text", "answering", "expected"), [
    # plain forms probed before the blind sets came in: a decision against, a cancellation, a
    # job that is ours, a first talk had, a site visit, a customer who said yes to our quote
    ('They decided not to go ahead.', 'status', ('status', 'lost', None)),
    ("The customer isn't going ahead with it.", 'status', ('status', 'lost', None)),
    ("They've decided against it.", 'status', ('status', 'lost', None)),
    ('Customer cancelled.', 'status', ('status', 'lost', None)),
    ("Job's ours, 5 400 EUR.", 'status', ('status', 'won', 5400)),
    ('They are going ahead with our quote, 7 800 EUR.', 'status', ('status', 'won', 7800)),
    ("We've got it! 11 000 EUR.", 'status', ('status', 'won', 11000)),
    ('Order in, 4 750 EUR.', 'status', ('status', 'won', 4750)),
    ('Gone to another supplier.', 'status', ('status', 'lost', None)),
    ("We've priced it up and sent it across.", 'status', ('status', 'proposal', None)),
    ('Der Kunde hat sich dagegen entschieden.', 'status', ('status', 'lost', None)),
    ('Kein Auftrag, der Kunde bleibt beim bisherigen Lieferanten.',
     'status', ('status', 'lost', None)),
    ('Erstgespräch geführt.', 'status', ('status', 'contacted', None)),
    ('Kunde hat sich gemeldet.', 'status', ('status', 'contacted', None)),
    ('Hat geklappt! 9.800 € netto.', 'status', ('status', 'won', 9800)),
    ('Hat leider nicht geklappt.', 'status', ('status', 'lost', None)),
    ('Käymme kohteessa torstaina.', 'status', ('status', 'meeting', None)),
    ('Olen asiakkaan luona ensi viikolla.', 'status', ('status', 'meeting', None)),
    ('Asiakas otti yhteyttä.', 'status', ('status', 'contacted', None)),
    ('Onnistui! 8 900 €.', 'status', ('status', 'won', 8900)),
    ('Meillä on tilaus, 5 200 €.', 'status', ('status', 'won', 5200)),
    ('Ei onnistunut.', 'status', ('status', 'lost', None)),
    ('Jäimme toiseksi.', 'status', ('status', 'lost', None)),
    ('Kunden bestämde sig för att inte gå vidare.', 'status', ('status', 'lost', None)),
    ('Kunden tackade ja till vår offert på 88 000 kr.', 'status', ('status', 'won', 88000)),
    ('Vi har varit i kontakt.', 'status', ('status', 'contacted', None)),
    ('Kunden har hört av sig.', 'status', ('status', 'contacted', None)),
    ('Det gick vägen! 70 000 kr.', 'status', ('status', 'won', 70000)),
    ('Vi har ordern, 45 000 kr.', 'status', ('status', 'won', 45000)),
    ('Det gick inte vägen.', 'status', ('status', 'lost', None)),
    ('Vi kom tvåa.', 'status', ('status', 'lost', None)),
    ('Выезжаем на объект во вторник.', 'status', ('status', 'meeting', None)),
    ('Предложение у клиента, 290 000 руб.', 'status', ('status', 'proposal', 290000)),
    ('На следующей неделе буду у клиента.', 'status', ('status', 'meeting', None)),
    ('Получилось! 450 000 руб.', 'status', ('status', 'won', 450000)),
    ('Заняли второе место.', 'status', ('status', 'lost', None)),
    ('Неинтересно.', 'offer', ('decline', None, None)),
    ('С удовольствием.', 'offer', ('accept', None, None)),
    ('Не наш регион.', 'offer', ('decline', None, None)),
    ('Ei, kiitos.', 'offer', ('decline', None, None)),
    # a meeting called off and set again in the same sentence, a new date agreed
    ("They cancelled Tuesday's meeting, we're meeting on Friday instead.",
     'status', ('status', 'meeting', None)),
    ('New date agreed: Tuesday 11 December at 10.', 'status', ('status', 'meeting', None)),
    ('Ny tid är bokad: tisdag 11/12 kl. 10.', 'status', ('status', 'meeting', None)),
    ('Новую дату согласовали: вторник, 11 декабря, 10:00.', 'status', ('status', 'meeting', None)),
    ('viime torstaiksi sovittu käynti peruuntui, kun Kehä III oli lumipyryn takia tukossa. '
     'Uusi aika on nyt sovittu: tiistaina 11.12. klo 10 Vantaan Terminaalilla.',
     'status', ('status', 'meeting', None)),
    # guards: not yet, not us, another's, a first sentence that is about a call, a wish
    ('Kunden har inte tackat ja än.', 'status', (None, None, None)),
    ("They're not going ahead with our quote.", 'status', ('status', 'lost', None)),
    ("We haven't priced it up yet.", 'status', (None, None, None)),
    ('Auftrag ist noch nicht fix.', 'status', (None, None, None)),
    ('Hat geklappt! Termin ist am Montag.', 'status', ('status', 'meeting', None)),
    ('No new date agreed yet.', 'status', (None, None, None)),
    ('ob das gewonnen oder verloren ist, kann ich noch nicht sagen. Sein Vertreter meinte '
     'einmal „sieht gut aus“ und einmal „wir bleiben wohl beim bisherigen Lieferanten“.',
     'status', (None, None, None)),
    ('Note: this is the same customer as the conference centre lead in spring. That one they '
     'cancelled, the whole project was postponed.', 'status', (None, None, None)),
    ('En siis tiedä, onko asiakkaaseen oltu yhteydessä vai ei.', 'status', (None, None, None)),
    ('no voi ei, taas yksi liidi Espooseen.\n\nNo, otetaan se nyt sitten.',
     'offer', ('accept', None, None)),
    ('Vastauksista riippuu, pystymmekö hoitamaan tämän omin voimin.', 'status', (None, None, None)),
    ('Asiakas hoiti asennuksen omin voimin.', 'status', ('status', 'lost', None)),
    ('Назначить встречу ✔ (встреча 23.05 в 16:00, в школе)', 'status', ('status', 'meeting', None)),
    # a bare no on its own line, as phones send it
    ('nej\nsorry, glömde svara igår. alla motorerna är bokade till maj',
     'offer', ('decline', None, None)),
    ('no\nall our fitters are booked until may', 'offer', ('decline', None, None)),
    ('nein\nalle Monteure sind bis Mai ausgebucht', 'offer', ('decline', None, None)),
    ('нет\nвсе монтажники заняты до мая', 'offer', ('decline', None, None)),
    ('ei\nkaikki asentajat on varattu toukokuuhun', 'offer', ('decline', None, None)),
    # typed on the move: kk, machma, Russian in Latin letters alone, a fixed order
    ('kk ours thx\nsat in the car park at tilbury', 'offer', ('accept', None, None)),
    ('kk meille\noon just nokialla toisella keikalla, soitan niille kahvin jalkeen',
     'offer', ('accept', None, None)),
    ('passt, machma 👍\nsorry fürs späte antworten, sitz im railjet',
     'offer', ('accept', None, None)),
    ('berem!', 'offer', ('accept', None, None)),
    ('berem!\nizvinite za latinicu, telefon novyj, russkuyu klaviaturu eshche ne postavila',
     'offer', ('accept', None, None)),
    ('auftrag fix!! 🥂\n41,6k € exkl. ust, montage gleich nach ostern',
     'status', ('status', 'won', 41600)),
    ('3 kk päästä tilaus', 'status', (None, None, None)),
    # not reached, a visit still to be arranged or wished without a time
    ('пока глухо, звонила вчера и сегодня, трубку никто не берёт попробую написать через сайт',
     'status', (None, None, None)),
    ("called mrs achebe, she's keen\nsending me the layouts tonight\nwill sort a visit once "
     'ive seen them', 'status', ('status', 'contacted', None)),
    ('tavoitin vihdoin sen tekniikan paallikon\nhaluu etta kaydaan paikan paalla, aikaa ei oo '
     'viela sovittu', 'status', ('status', 'contacted', None)),
    ('Han vill att vi kommer förbi, någon tid är inte bokad än.',
     'status', ('status', 'contacted', None)),
    ('Созвонилась с главным инженером. Договорились созвониться в понедельник и тогда уже '
     'назначить выезд.', 'status', ('status', 'contacted', None)),
    # implied answers: an order that came, a place taken, someone else's van, a partner nearer
    ('heute Vormittag ist von der Kunsteisbahn die Bestellung Nr. KEF-2047-031 gekommen, über '
     '24.915,00 € exkl. USt.', 'status', ('status', 'won', 24915)),
    ('Försäkringsbolaget kräver att lagret kopplas till deras eget larmbolag. Det finns inget '
     'kvar för oss att göra där.', 'status', ('status', 'lost', None)),
    ("From Croydon that's a seven-hour drive.\n\nThis one wants a partner with an engineer who "
     'lives up there.', 'offer', ('decline', None, None)),
    ('во дворе стоит фургон «ТермоЛинка», а на всех воротах уже висят чужие датчики. Нас ждать '
     'не стали.', 'status', ('status', 'lost', None)),
    ('Die hat bei uns keiner.\n\nDas ist was für einen Partner, der schon Windparks betreut.',
     'offer', ('decline', None, None)),
    ('Unsere Kalkulation über 18.760,00 EUR netto liegt seit letztem Dienstag bei der '
     'Genossenschaft. Vergeben wird dort erst, wenn der Aufsichtsrat im März getagt hat.',
     'status', ('status', 'proposal', 18760)),
    ('Смета на 2 148 500 руб. без НДС с понедельника у управляющей компании, её проводят через '
     'конкурсную комиссию.', 'status', ('status', 'proposal', 2148500)),
    ('Fiona Reid rang back within the hour. She wants us at the bond at half eight on Tuesday '
     'the 12th, before the tankers start coming in.', 'status', ('status', 'meeting', None)),
    ('Herr Brandl will uns am Dienstag, 12.2., um sieben Uhr früh an der Talstation haben.',
     'status', ('status', 'meeting', None)),
    ('Han vill ha oss i simhallen onsdag 6.2 kl. 7.30, innan skolklasserna kommer.',
     'status', ('status', 'meeting', None)),
    ('Ни у кого из наших людей такой пропуск сейчас не оформлен.\n\nОтдайте его, пожалуйста, '
     'тому, у кого люди уже работают на территории аэропорта.', 'offer', ('decline', None, None)),
    ('Передайте, пожалуйста, тем, кто поближе.', 'offer', ('decline', None, None)),
    ("Could you send me the facilities manager's mobile? I'd like someone up there before the "
     'snow lands.', 'offer', ('accept', None, None)),
    ('Schicken Sie mir bitte die Durchwahl vom Haustechniker der Halle? Vorher möchte ich '
     'einmal selbst aufs Dach.', 'offer', ('accept', None, None)),
    # hard meaning: an order confirmation sent, a tick set with us, a visit booked in
    ('die Monteure sind für den 13. Februar eingeteilt, und unsere Auftragsbestätigung über '
     '18.740 € netto ist gestern an den Kunden gegangen.\n\nMehr brauchen Sie von mir '
     'vermutlich nicht, oder?', 'status', ('status', 'won', 18740)),
    ('Ich habe ihn eben für Donnerstag eingeplant.\n\nDas Häkchen können Sie also bei uns '
     'setzen.', 'offer', ('accept', None, None)),
    ('Two visitor passes arrived this morning. Helen Marsh has us down for Wednesday 6 '
     'February at 9.30, in the basement store itself.', 'status', ('status', 'meeting', None)),
    ('varasin jo firman pakettiauton torstaiksi 7.2. ja soitin Lehtiselle: olemme paikalla klo '
     '9 katsomassa alakeskusta.', 'status', ('status', 'meeting', None)),
    # figures that are not the deal's: a threshold, the buyer's ceiling, the price list
    ('The quote went to them last Wednesday. Anything over $25,000 has to be signed off by '
     "their parent company, so it's $31,850 before VAT.", 'status', ('status', 'proposal', 31850)),
    ('Offerten gick till kunden i måndags. Deras egen övre gräns låg på 12 000 euro, och där '
     'ligger vi under.', 'status', ('status', 'proposal', None)),
    ('laut Ihrer Preisliste kämen die 24 Sensoren samt Gateway auf 31.200 €. Angeboten haben '
     'wir mit Projektrabatt: 26.850 € netto. Das Angebot liegt seit Montag beim Kunden.',
     'status', ('status', 'proposal', 26850)),
    ('Vaihe: tarjous lähetetty to 10.1.\nHinnoittelu: 189 € / anturi + asennus 85 € / '
     'h\nKokonaissumma: riippuu pumppaamoiden määrästä', 'status', ('status', 'proposal', None)),
    ('☑ Offert skickad\n☑ Order mottagen 9.1 – 87 450 SEK exkl. moms',
     'status', ('status', 'won', 87450)),
    # a status code with its legend: the legend's lines name every state
    ('Stand aus unserem CRM:\n\nL-108112 / Bildungszentrum Kloster Ebersberg: '
     'S1\n\nLegende:\nS0 – noch nicht bearbeitet\nS1 – Kunde erreicht, Unterlagen '
     'verschickt\nS2 – Vor-Ort-Termin vereinbart\nS3 – Angebot abgegeben\nS4 – Auftrag\nSX – '
     'verloren / kein Bedarf', 'status', ('status', 'contacted', None)),
    ('По нашей шкале статусов этот лид сейчас на «В».\n\nК — первый контакт\nВ — встреча '
     'назначена\nП — КП отправлено\nД — договор подписан\nО — отказ',
     'status', ('status', 'meeting', None)),
    # questions before a yes, with the other customers' news after "otherwise"
    ('Sastamala voisi kiinnostaa, mutta ennen kuin sanon kyllä, pari kysymystä:\n\nOnko kyse '
     'pelkästään konehuoneen lämpötiloista? Ja onko asiakkaalla jo valvomo?\n\nVastauksista '
     'riippuu, pystymmekö hoitamaan tämän omin voimin.', 'offer', ('question', None, None)),
    # answers typed between the quoted lines (read so when the quote is above them): not known
    # whether the colleague called
    ("Olin lomalla, Esa Laine hoiti tätä sillä välin.\n\nEn tiedä vielä, ehtikö Esa soittaa. "
     "Hän on tänään koulutuksessa.", "status", (None, None, None)),
    ("Soitin asiakkaalle, en tiedä vielä, tarvitsevatko he kolme anturia.", "status",
     ("status", "contacted", None)),
])
def test_stop_50(text, answering, expected):
    reading = read_reply(text, date(2046, 9, 14), answering)
    assert (reading.intent, reading.status, reading.amount) == expected


#: stop 51: plain forms probed before the blind sets 355-360 came in (implied answers,
#: second thoughts, states told by what happened), then the mends for their files read wrong
#: on the stop's start code (each first failing there, but the guards)
@pytest.mark.parametrize(("text", "answering", "expected"), [
    # implied accepts: resources booked, a colleague sent, a call promised (offers)
    ("I've put Dave down for the survey on Thursday, he'll ring them tomorrow to confirm "
     'access.', 'offer', ('accept', None, None)),
    ("Booked the van for Monday. I'll call the site manager this afternoon.",
     'offer', ('accept', None, None)),
    ("Our Leeds team covers that estate, I've forwarded it to them and they'll be in touch "
     'with the customer today.', 'offer', ('accept', None, None)),
    ('Varasin jo asentajan ensi viikolle.', 'offer', ('accept', None, None)),
    ('Jag har bokat montören till vecka 16.', 'offer', ('accept', None, None)),
    ('Сергей поедет на объект в четверг, я уже договорилась с ним.',
     'offer', ('accept', None, None)),
    ('Передала нашему инженеру, он свяжется с клиентом завтра утром.',
     'offer', ('accept', None, None)),
    ('Mehmet schickt die drei Radarsensoren jetzt doch nicht ans Lager zurück. Wer ist in der '
     'Wohnanlage der Hausmeister? Den würde ich gern noch vor dem Wochenende anrufen.',
     'offer', ('accept', None, None)),
    ('Johan ska ändå ut till Saltsjöbaden i morgon. Kan ni skicka hamnkaptenens nummer? Då '
     'ringer jag honom i eftermiddag.', 'offer', ('accept', None, None)),
    ('Ville lähtee huomenna Nokialle. Kuka siellä vastaa kunnossapidosta? Jos saan numeron '
     'vielä tänään, Ville voi soittaa hänelle jo ajomatkalla.', 'offer', ('accept', None, None)),
    ("Ravi is in Maidstone on Thursday anyway. No catch that I can see, and no, I'm not going "
     'to make you wait for an answer either. Put it in our name, please.',
     'offer', ('accept', None, None)),
    ('ei tarvitse kahdesti kysyä. Ja ei, tämä ei ole aprillipila: otamme Lempäälän kohteen '
     'mielellämme.', 'offer', ('accept', None, None)),
    ('tämä sopii meille, otetaan. Kirjoitan puhelimella, palaan asiaan tarkemmin torstaina.',
     'offer', ('accept', None, None)),
    # implied declines: everyone busy, a trip not worth it, no experience (offers)
    ("Nobody here has done ammonia plant before and I won't send someone to learn on a "
     "customer's site.", 'offer', ('decline', None, None)),
    ('Cornwall is a five-hour drive for us each way, for four sensors that makes no sense.',
     'offer', ('decline', None, None)),
    ('Both our engineers are on the hospital job until the end of April.',
     'offer', ('decline', None, None)),
    ('Wir haben keinen Monteur frei, die Jungs sind bis Ostern auf der Baustelle in Passau.',
     'offer', ('decline', None, None)),
    ('Für zwei Fühler fahren wir nicht nach Flensburg.', 'offer', ('decline', None, None)),
    ('Meillä ei ole ketään vapaana ennen kesää.', 'offer', ('decline', None, None)),
    ('Alla våra tekniker är uppbokade till midsommar.', 'offer', ('decline', None, None)),
    ('Vi har ingen ledig montör före den 6 maj, och då finns det ingen is kvar att stå på.',
     'offer', ('decline', None, None)),
    ('До Мурманска нам ехать двое суток, ради трёх датчиков это бессмысленно.',
     'offer', ('decline', None, None)),
    ('Монтажники заняты до мая, взять некому.', 'offer', ('decline', None, None)),
    ('С аммиачными установками мы не работаем.', 'offer', ('decline', None, None)),
    ('The Isle of Wight is out of reach for us this spring. Our one engineer who knows the '
     'controllers left at the end of March.', 'offer', ('decline', None, None)),
    # guards: a yes with the busy weeks, a question about waiting
    ("Both our engineers are booked until Friday, but we'll take it and go next week.",
     'offer', ('accept', None, None)),
    ('Gerne! Die Jungs sind bis Mittwoch auf der Baustelle, danach fahren wir hin.',
     'offer', ('accept', None, None)),
    ('Alla våra tekniker är uppbokade till midsommar – kan kunden vänta till juli?',
     'offer', ('question', None, None)),
    ('Берём. Монтажники заняты до среды, потом поедем.', 'offer', ('accept', None, None)),
    # second thoughts: the later word stands
    ('gerne, das machen wir!\n\nAh, Moment – ich sehe erst jetzt, dass der Kunde die '
     'Inbetriebnahme vor Ostern haben will. Bei den Drucksensoren haben wir sechs Wochen '
     'Lieferzeit, das geht sich nie aus. Wir sagen ab.', 'offer', ('decline', None, None)),
    ('Вчера мой коллега Андрей написал вам, что мы отказываемся. Пожалуйста, не учитывайте это '
     'письмо: Ирина освобождается с понедельника.\n\nБерём лид, подтверждаю.',
     'offer', ('accept', None, None)),
    ('Скорее всего, откажемся: в Мытищах у нас сейчас никого нет.\n\nПока писала, позвонила '
     'Ирине - она всю неделю работает в Мытищах. Значит, берём!', 'offer', ('accept', None, None)),
    ('taidamme joutua jättämään tämän väliin – Ville on koko ensi viikon Porissa.\n\nKatsoin '
     'vielä kalenterista ennen lähettämistä: Porin seisokki onkin vasta huhtikuussa. Ville on '
     'siis vapaana.\n\nOtetaan tämä.', 'offer', ('accept', None, None)),
    ('Mikko kirjasi CRM:ään tälle asiakkaalle ”kauppa tehty”. Se ei pidä paikkaansa – hän '
     'tarkoitti toista kohdetta.\n\nMissä tämän kohteen kanssa mennään, en tiedä.',
     'status', (None, None, None)),
    ('Here\'s the update I drafted and never sent: "Quotation issued on 19 March, £27,600 + '
     'VAT."\n\nThat\'s out of date now. They asked us to leave out the second room, so we '
     'reissued the quotation at £19,850 + VAT.', 'status', ('status', 'proposal', 19850)),
    ('Vi har vunnit affären! Ordern är på 25 980 €.\n\nRättelse: 25 980 € var med '
     'reservdelspaketet, som de strök i sista stund. Ordern lyder på 23 760 € exkl. moms.',
     'status', ('status', 'won', 23760)),
    ('Vi har möte med dem i morgon fredag kl. 10.\n\nNej förresten, nu blandar jag ihop – '
     'mötet i morgon är med kunden i Kempele. Med Ritva har jag bara pratat i telefon '
     'hittills. Hon hör av sig om ett besök.', 'status', ('status', 'contacted', None)),
    ("Yes, we're in touch with them. I rang Dr Okafor on Tuesday and we had a good long chat "
     'about the two store rooms.\n\nCorrection – it was Wednesday. On Tuesday I only got her '
     "voicemail. Doesn't change anything: we've spoken, she's sending floor plans next week, "
     "and there's no visit booked yet.", 'status', ('status', 'contacted', None)),
    ('Meine Antwort von gestern war: „Angebot ist raus.“ So kann ich das aber nicht stehen '
     'lassen. Das Angebot ging an einen anderen Kunden. Wie weit wir bei diesem Kunden sind, '
     'weiß nur Herr Huber.', 'status', (None, None, None)),
    ('Tarjous lähti perjantaina.\nKorjaan itseäni: Jari sanoi juuri, että tarjous on vielä '
     'hänen koneellaan luonnoksena eikä sitä ole lähetetty.', 'status', (None, None, None)),
    # beliefs denied, a meeting put back on
    ('Wir dachten, wir hätten es. Hatten wir nicht: sie haben mit einer Firma aus der Region '
     'unterschrieben.', 'status', ('status', 'lost', None)),
    ('Luulimme että kauppa on meidän. Ei ollut: asiakas allekirjoitti paikallisen firman '
     'kanssa.', 'status', ('status', 'lost', None)),
    ('Vi trodde att vi hade den. Det hade vi inte: de skrev på med en lokal firma i morse.',
     'status', ('status', 'lost', None)),
    ('Мы были уверены, что контракт наш. Нет: утром они подписали с местной фирмой.',
     'status', ('status', 'lost', None)),
    ('Der Termin war eigentlich abgesagt, ist jetzt aber doch wieder fix: Dienstag 10 Uhr.',
     'status', ('status', 'meeting', None)),
    ('Встречу отменили, но теперь она снова в силе: вторник, 10:00.',
     'status', ('status', 'meeting', None)),
    # the state told by what happened
    ("They've had our price since Friday.", 'status', ('status', 'proposal', None)),
    ('Unser Preis liegt dem Kunden seit Freitag vor.', 'status', ('status', 'proposal', None)),
    ('Hinta on ollut asiakkaalla perjantaista asti.', 'status', ('status', 'proposal', None)),
    ('De har haft vårt pris sedan i fredags.', 'status', ('status', 'proposal', None)),
    ('Наша цена у них с пятницы.', 'status', ('status', 'proposal', None)),
    ('Сегодня утром пришла заявка на поставку, 1 840 000 руб. без НДС.',
     'status', ('status', 'won', 1840000)),
    ('В итоге они выбрали Siemens.', 'status', ('status', 'lost', None)),
    ('Во вторник говорила с их главным инженером, он пришлёт планировки.',
     'status', ('status', 'contacted', None)),
    ('Встречи пока нет, но с их инженером я дважды говорила.',
     'status', ('status', 'contacted', None)),
    ('Tapaamista ei vielä ole, mutta olen puhunut heidän insinöörinsä kanssa kahdesti.',
     'status', ('status', 'contacted', None)),
    ('We start the install on the 3rd, order number 4471-B, £23,900 net.',
     'status', ('status', 'won', 23900)),
    ('Bestellnummer 4500123 ist da, 23.900 € netto.', 'status', ('status', 'won', 23900)),
    ('Tilausnumero 4471 tuli tänään, 23 900 € alv 0.', 'status', ('status', 'won', 23900)),
    ('Ordernumret 4471 kom idag, 239 000 kr exkl. moms.', 'status', ('status', 'won', 239000)),
    ('Their caretaker is letting us onto the roof on Thursday at 8.',
     'status', ('status', 'meeting', None)),
    ('Der Hausmeister lässt uns am Donnerstag um 8 aufs Dach.',
     'status', ('status', 'meeting', None)),
    ('Huoltomies päästää meidät katolle torstaina klo 8.', 'status', ('status', 'meeting', None)),
    ('Vaktmästaren släpper upp oss på taket på torsdag kl 8.',
     'status', ('status', 'meeting', None)),
    ('Завхоз пустит нас на крышу в четверг в 8.', 'status', ('status', 'meeting', None)),
    ('kiinteistöpäällikkö Rinne lupasi avata meille kirkon kellarin torstaina 18.4. kello 13.',
     'status', ('status', 'meeting', None)),
    ('Tiistaina 9.4. klo 10 olemme paikalla hänen kanssaan katsomassa anturien paikat.',
     'status', ('status', 'meeting', None)),
    ('Заказчик ответил: «Приезжайте, покажете датчики вживую». Едем в среду, 17 апреля, к '
     'десяти утра.', 'status', ('status', 'meeting', None)),
    ('Frau Dr. Reinholz hat heute früh zurückgerufen. Wir sind am Dienstag, 28. Mai, um 14 Uhr '
     'im Hotel und schauen uns die Küche an.', 'status', ('status', 'meeting', None)),
    ('Der Besprechungsraum ist für Dienstag, 10 Uhr reserviert.',
     'status', ('status', 'meeting', None)),
    ('Noch niemanden erreicht.', 'status', (None, None, None)),
    ('Yhteys on siis otettu. Pekka lähettää varaston pohjapiirustuksen, käyntiä ei ole vielä '
     'sovittu.', 'status', ('status', 'contacted', None)),
    ('Jag har pratat med Maria två gånger. Hon vill gärna ha ett möte, men först när chefen '
     'har bestämt sig, och något datum har vi inte fått.',
     'status', ('status', 'contacted', None)),
    ("I've only spoken to her on the phone so far. She'll get back to us about a visit.",
     'status', ('status', 'contacted', None)),
    ('Печать поставили вчера вечером.\n\nДоговор № 47/01-2047 от 31 января, 1 318 500 руб. без '
     'НДС, аванс 30 % до 15 февраля.', 'status', ('status', 'won', 1318500)),
    ('Заказчик неделю торговался, потом вздохнул — и подписал. Договор на 2 460 000 руб. без '
     'НДС, поставка в мае.', 'status', ('status', 'won', 2460000)),
    ('nu är det klappat och klart. Solna Bageri skickade ordern i morse: 198 400 kr exkl. moms.',
     'status', ('status', 'won', 198400)),
    ('die Montage ist in unserem Angebot nicht drin. Die übernimmt der Haus-Elektriker, der '
     'nach eigener Aussage „um die 3.000 €“ dafür nimmt.\n\nUnser Angebot ist am Mittwoch '
     'rausgegangen: 11.460 € netto.', 'status', ('status', 'proposal', 11460)),
    ('Карточка сделки из amoCRM:\n\nЭтап:            КП отправлено\nБюджет:          1 640 000 '
     '₽ (без НДС)', 'status', ('status', 'proposal', 1640000)),
    # lost: the lead closed at the partner's word, a new owner's own contract, too late
    ('Haninge kan ni tyvärr stänga. Ägaren sålde anläggningen i februari.',
     'status', ('status', 'lost', None)),
    ('hotellet såldes över påsk till en kedja, och den nya ägaren har redan ett avtal med sin '
     'egen fastighetsservice.', 'status', ('status', 'lost', None)),
    ('Their Dutch parent flew its own technicians in over Easter. Their group system covers '
     'everything we would have put in.', 'status', ('status', 'lost', None)),
    ('da ist der Zug leider abgefahren. Sie können die Sache also schließen.',
     'status', ('status', 'lost', None)),
    # another lead's news set aside
    ('jag har pratat med Maria Ekholm i dag. Hon hör av sig när de har pratat ihop sig, så '
     'något möte är inte bokat än.\n\nVärmdö, det andra köket, har möte den 29 maj, men det är '
     'ett annat lead.', 'status', ('status', 'contacted', None)),
    # not a yes yet, a question before deciding
    ('Dev read it over my shoulder and said "that\'s ours". I\'m not saying no. I\'m not '
     "saying yes either. I'll have a proper answer for you in the morning.",
     'offer', (None, None, None)),
    ('Nur Feuchte im Kopfraum oder Temperaturkabel durch das Getreide? Bei 28 m Höhe ist das '
     'ein komplett anderes Angebot.\nBevor wir zu- oder absagen, brauchen wir diese zwei '
     'Antworten vom Kunden. Können Sie das kurz klären?', 'offer', ('question', None, None)),
    # (a contract sent for signature is not concluded)
    ('Договор № 12 от 3 марта отправили на подпись.', 'status', (None, None, None)),
    ('Отправили договор на 2 400 000 руб. на согласование.', 'status', (None, None, None)),
])
def test_stop_51(text, answering, expected):
    reading = read_reply(text, date(2046, 9, 14), answering)
    assert (reading.intent, reading.status, reading.amount) == expected

"""Which customer a status reply is about (named by our quoted feedback request) and the
part of a crowded report that tells of it."""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.inbound.customer_focus import _loose_naming, about_customer, quoted_customer
from mailbot.inbound.replies import read_reply

TODAY = date(2032, 5, 20)


@pytest.mark.parametrize(("quote", "customer"), [
    ("> You are working on Lohjan Paperi Oy (level sensors). Where do things stand? The\n"
     "> current status is: contacted.", "Lohjan Paperi"),
    ("> Sie betreuen Brauerei Hallertau GmbH (Drucksensoren). Wie ist der Stand der Dinge?",
     "Brauerei Hallertau"),
    ("> Hoidat asiakasta Kuopion Vesi Oy (pinta-anturit). Missä mennään? Nykyinen tila:"
     " tarjous.", "Kuopion Vesi"),
    ("> Du arbetar med Gävle Kartong AB (givare). Hur ligger det till? Aktuell status: möte.",
     "Gävle Kartong"),
    ("> Вы работаете с клиентом Tverin Tehdas (датчики). Как обстоят дела?", "Tverin Tehdas"),
])
def test_the_quoted_request_names_the_customer(quote, customer):
    assert quoted_customer(f"Quote went out.\n\nOn Mon, Maker wrote:\n{quote}\n") == customer


def test_no_request_quoted_names_no_customer():
    assert quoted_customer("We are working on it.\n> Thanks for the lead!") is None


@pytest.mark.parametrize(("text", "kept"), [
    # a list: only this customer's item
    ("- Lohjan Paperi: quote sent on Monday.\n- Vihdin Saha: lost on price.",
     "- Lohjan Paperi: quote sent on Monday."),
    # a turn to other news ends it
    ("Lohjan Paperi signed today. Meanwhile the Vihti sawmill went elsewhere.",
     "Lohjan Paperi signed today."),
    # a later clause naming another customer is cut off
    ("Lohjan Paperi had a visit from us, but Karkkilan Valimo said no to everything.",
     "Lohjan Paperi had a visit from us"),
    # the customer's short plate-letter form ("Stadtwerke FFB")
    ("Stadtwerke FFB haben abgesagt. Dafür hat die Brauerei Moosburg bestellt.",
     "Stadtwerke FFB haben abgesagt."),
])
def test_the_part_about_the_customer(text, kept):
    customer = "Stadtwerke Fürstenfeldbruck" if "FFB" in text else "Lohjan Paperi"
    assert about_customer(text, customer) == kept


def test_no_focus_when_the_reply_tells_nothing_else():
    text = "Lohjan Paperi: quote sent on Monday, they will decide in June."
    assert about_customer(text, "Lohjan Paperi") is None


def test_a_customer_never_named_loses_only_the_other_news_after_a_turn():
    # (since stop 26: "Otherwise all fine here: Valkeakoski sawmill signed …" is set aside)
    text = "Quote sent on Monday. Meanwhile the Vihti sawmill went elsewhere."
    assert about_customer(text, "Lohjan Paperi") == "Quote sent on Monday."


def test_another_customers_win_does_not_blur_this_ones_loss():
    text = ("Lohjan Paperi went to a competitor, sadly. Unrelated: Vihdin Saha ordered "
            "yesterday, 18 000 €.")
    assert read_reply(text, TODAY, "status").status is None  # both: undecided
    reading = read_reply(text, TODAY, "status", customer="Lohjan Paperi")
    assert (reading.intent, reading.status, reading.amount) == ("status", "lost", None)
    assert reading.text == text  # the whole text is kept on the timeline


@pytest.mark.parametrize(("text", "customer", "kept"), [
    # one word of the name: the place, the trade, or the place in Cyrillic letters
    ("About Kerava: they signed. Meanwhile Porvoon Energia went quiet.", "Keravan Leipomo",
     "About Kerava: they signed."),
    ("Kylmäkeskukseen soitettiin.\n\nMuuta: Tuusulan kirjasto tilasi anturit.",
     "Järvenpään Kylmäkeskus", "Kylmäkeskukseen soitettiin."),
    ("Пекарня в Керава отказалась. Кстати, Porvoon Energia подписали.", "Keravan Leipomo",
     "Пекарня в Керава отказалась."),
    # a list of customers: one-word subjects are customers too
    ("• Askolan Juustola — КП отправили.\n• Pukkila, школа — проиграли.", "Askolan Juustola",
     "• Askolan Juustola — КП отправили."),
    # said to be another customer's
    ("Vihdin kanssa kävi huonosti. Nummelan varikolla (eri asiakas) homma etenee.",
     "Vihdin Vesihuolto", "Vihdin kanssa kävi huonosti."),
    # a clause turning to someone else by name, or at the same time elsewhere
    ("Hangon satama kuittasi tilauksen, ja samana päivänä Tammisaaren telakka osti muualta.",
     "Hangon Satama", "Hangon satama kuittasi tilauksen"),
    ("Lohjan Paperi signed. Same week we heard Vantaan Taimisto went elsewhere.",
     "Lohjan Paperi", "Lohjan Paperi signed."),
])
def test_the_customer_written_short_and_other_news(text, customer, kept):
    assert about_customer(text, customer) == kept


@pytest.mark.parametrize(("text", "customer"), [
    # a list of steps, not of customers: the customer is no bullet's subject
    ("Stand Brauerei Aying:\n- Montag: Telefonat\n- Problem: Feuchte schwankt", "Brauerei Aying"),
    # a turn in a clause that stays with this lead ("о которой этот лид")
    ("С Porin Paperi выиграли первую очередь, а вот вторую, о которой этот лид, отдали "
     "конкуренту.", "Porin Paperi"),
])
def test_no_focus_where_nothing_else_is_told(text, customer):
    assert about_customer(text, customer) is None


def test_a_short_stem_must_be_a_capitalised_name():
    # "vihdoin" is "at last", not Vihti
    assert _loose_naming("Vihdin Vesi").search("Nyt vihdoin saatiin tarjous ulos.") is None
    assert _loose_naming("Vihdin Vesi").search("Vihdissä saatiin tarjous ulos.") is not None


def test_the_customers_town_names_it_too():
    text = "Eichenau: Angebot ist raus. Ansonsten hat Brauerei Maisach abgesagt."
    assert about_customer(text, "Kältetechnik Schmid") is None
    assert about_customer(text, "Kältetechnik Schmid", "Eichenau") == "Eichenau: Angebot ist raus."


@pytest.mark.parametrize("turn", ["Muita kuulumisia:", "Из других новостей:", "Lite andra nyheter:",
                                  "Zwei Sachen am Rande:", "Annat:", "Попутно:", "Btw"])
def test_more_ways_to_turn_to_other_news(turn):
    text = f"Lohjan Paperi: quote sent.\n\n{turn} Vihdin Saha ordered, 9 000 €."
    assert about_customer(text, "Lohjan Paperi") == "Lohjan Paperi: quote sent."


@pytest.mark.parametrize("turn", ["For your information,", "On the plus side", "Из хорошего:",
                                  "По остальным делам:", "Zur Einordnung:", "Anderes Thema:",
                                  "Samalla reissulla"])
def test_turns_of_set_110(turn):
    text = f"Lohjan Paperi: quote sent.\n\n{turn} Vihdin Saha ordered, 9 000 €."
    assert about_customer(text, "Lohjan Paperi") == "Lohjan Paperi: quote sent."


def test_a_contrast_turns_to_another_subject():
    text = "Lohjan Paperi: palaveri sovittu tiistaille. Heinolan kohde sen sijaan meni ohi."
    assert about_customer(text, "Lohjan Paperi") == "Lohjan Paperi: palaveri sovittu tiistaille."


@pytest.mark.parametrize(("text", "kept"), [
    ("Lohjan Paperi: Termin am Donnerstag.\n\nWas sonst noch läuft: Karlsfeld hat abgesagt.",
     "Lohjan Paperi: Termin am Donnerstag."),
    ("Lohjan Paperi said yes.\nBad news elsewhere: Orimattila Dairy went with Vaisala.",
     "Lohjan Paperi said yes."),
    ("Lohjan Paperi: offert skickad. För övrigt blev det nej från Siikajoki.",
     "Lohjan Paperi: offert skickad."),
    ("Lohjan Paperi ist durch. In Kaufbeuren sieht es dagegen schlecht aus.",
     "Lohjan Paperi ist durch."),
    ("Bei Lohjan Paperi liegt das Angebot beim Chef, während sein Kollege in Schongau "
     "schon bestellt hat.", "Bei Lohjan Paperi liegt das Angebot beim Chef"),
])
def test_turns_of_set_112(text, kept):
    assert about_customer(text, "Lohjan Paperi") == kept


@pytest.mark.parametrize(("text", "customer", "kept"), [
    # a Finnish town by its Swedish name, and back
    ("Vi har fått tag på Raseborgs vatten. Annars: Lojo bageri beställde.", "Raaseporin Vesi",
     "Vi har fått tag på Raseborgs vatten."),
    ("Hangon satamaan soitettiin. Muuten Porvoon Energia tilasi.", "Hangö Hamn",
     "Hangon satamaan soitettiin."),
])
def test_a_bilingual_town_by_either_name(text, customer, kept):
    assert about_customer(text, customer) == kept


@pytest.mark.parametrize("text", [
    "Vi har pratat med driftchefen. Hangöprojektet som vi vann i juni drar igång nu.",
    "We called the plant manager. The Lohja job that we lost in the spring is back on.",
    "Wir haben telefoniert. Das Projekt, das wir im Mai gewonnen haben, läuft an.",
    "Soitin kunnossapitopäällikölle. Kohde, jonka voitimme kesäkuussa, alkaa nyt.",
])
def test_an_earlier_deals_outcome_in_a_relative_clause_is_history(text):
    reading = read_reply(text, TODAY, "status")
    assert (reading.intent, reading.status) == ("status", "contacted")


def test_a_consolation_naming_someone_else_is_other_news():
    text = ("Пивоварня в Хямеэнлинне отказалась. Зато в Янаккала вчера подписали договор.")
    reading = read_reply(text, TODAY, "status", customer="Hämeenlinnan Panimo")
    assert (reading.intent, reading.status) == ("status", "lost")
    # naming no one, it is this lead's news (set 76)
    assert read_reply("Зато они подписали договор.", TODAY, "status").status == "won"


@pytest.mark.parametrize(("text", "customer", "expected"), [
    # the customer by its trade, in another language than its name
    ("Valkeakoski went to a competitor. On the brewery: our quote went out, €8,950 net.",
     "Nokian Panimo", ("status", "proposal")),
    # a clause set against another named deal
    ("The Kotka terminal signed with us yesterday, but Porvoo is still only at the quote "
     "stage.", "Porvoon Satama", ("status", "proposal")),
    ("Den Wellnessbereich in Bad Tölz haben wir verloren, das Seehotel in Ambach dagegen "
     "läuft: wir waren am Mittwoch vor Ort.", "Seehotel Ambach", ("status", "meeting")),
    # a turn to this customer after other news
    ("Из новостей: школу в Лохье проиграли.\n\nКстати, цементный завод в Лаппеенранте "
     "подписал заказ в пятницу.", "Lappeenrannan Sementti", ("status", "won")),
    ("The Vihti sawmill signed last week.\n\nLohja is another story: I can't tell you where "
     "we are, it's either won or back to the quote stage.", "Lohjan Kalkkitehdas",
     (None, None)),
])
def test_a_crowded_report_is_read_where_it_tells_of_this_customer(text, customer, expected):
    reading = read_reply(text, TODAY, "status", customer=customer)
    assert (reading.intent, reading.status) == expected


def test_a_trade_word_inside_another_customers_name_is_not_this_customer():
    text = ("Meillä on kaksi vastausta, en tiedä.\n\n"
            "Ohimennen: Tuusulan Veden kanssa allekirjoitettiin.")
    assert about_customer(text, "Järvenpään Vesi") is None


@pytest.mark.parametrize(("text", "customer", "expected"), [
    # a town word that opens another company's name is not this customer
    ("На этой неделе подписали Järvenpään Betoni, а вот бассейн в Ярвенпяа мы потеряли.",
     "Järvenpään Uimahalli", ("status", "lost")),
    # lines headed by names, one of them this customer's
    ("Lechner: Angebot ist am Montag raus, 17.340 € netto.\nMetzgerei Stadler: hat abgesagt.\n"
     "Bäckerei Kaiser, Kolbermoor: bestellt, 2.150 €.", "Sägewerk Lechner", ("status", "proposal")),
    # another deal set against this one by "während" and by "och samtidigt"
    ("Während die Kläranlage Schongau gestern unterschrieben hat, sind wir bei der Molkerei "
     "Ammertal noch ganz am Anfang.", "Molkerei Ammertal", ("status", "contacted")),
    ("Kemi hamn beställde i går, och samtidigt fick vi nej från bryggeriet: de valde en annan "
     "leverantör.", "Oulun Panimo", ("status", "lost")),
    # "Also <name> …" is another customer's news
    ("Nordic Pulp Terminal is a yes! PO came in this afternoon. Also the Hamina sawmill wants "
     "a second quote.", "Nordic Pulp Terminal", ("status", "won")),
])
def test_other_customers_news_is_told_apart(text, customer, expected):
    reading = read_reply(text, TODAY, "status", customer=customer)
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize("quote", [
    "> Company: Askolan Kasvihuoneet Oy\n> Contact person: Heikki Salonen",
    "> Yritys Askolan Kasvihuoneet Oy\n> Yhteyshenkilö Heikki Salonen",  # an HTML row as text
])
def test_the_quoted_lead_details_name_the_customer(quote):
    body = f"Called Heikki.\n\nOn Tue, Mailbot wrote:\n> Lead L-1 is yours\n{quote}\n"
    assert quoted_customer(body) == "Askolan Kasvihuoneet"


@pytest.mark.parametrize(("text", "customer", "expected"), [
    # German: other customers by trade and town, this lead's news last in the paragraph
    ("die Tennishalle in Olching weiß immer noch nicht, was sie will, die Gärtnerei in Zolling "
     "hat uns abgesagt. Die Mühle in Au hat gestern unser Angebot bekommen.", "Kunstmühle Au",
     ("status", "proposal")),
    # a compound's trade names the customer only as a word of its own
    ("Die Eishalle in Grafing: Wir waren am Freitag mit dem Betriebsleiter in der Halle.\n\n"
     "Das Hallenbad in Unterschleißheim ist abgesagt.", "Eishalle Grafing", ("status", "meeting")),
    # Swedish: "hos X i Y" and "X-bygget" are other customers
    ("hos Lindgrens är det klart: de beställde i dag.\n\nEkenäs-bygget förlorade vi ju.",
     "Lindgrens Fastigheter", ("status", "won")),
    # a place and a trade opening a line: another customer
    ("Ylöjärvi: meeting booked with the kiln foreman for Thursday 17.2. at 13:00, on site.\n"
     "The Lempäälä water utility signed their order on the 8th.", "Ylöjärven Saha",
     ("status", "meeting")),
    # a customer's trade in another language continues its name
    ("Lahti Packaging signed yesterday!\n\nAlso heard that Orimattila went with a Danfoss "
     "dealer, so that one is gone.", "Lahden Pakkaus", ("status", "won")),
])
def test_stop_25_ways_of_naming_customers(text, customer, expected):
    reading = read_reply(text, TODAY, "status", customer=customer)
    assert (reading.intent, reading.status) == expected


def test_an_unnamed_customers_report_drops_only_others_set_against_it():
    text = ("die Eishalle hat heute unterschrieben! Das Autohaus in Mainburg hat dagegen "
            "endgültig abgesagt.")
    assert about_customer(text, "Eissportzentrum Geretsried") == \
        "die Eishalle hat heute unterschrieben!"


@pytest.mark.parametrize(("text", "customer", "expected"), [
    # the person met is no other customer: the meeting after the dash is this lead's
    ("Called the paper mill in Nokia right away – meeting with Harri Vuorinen on Monday 26.9. "
     "at 9:00 at their site.\n\nThe Valkeakoski water plant ordered yesterday.", "Nokian Paperi",
     ("status", "meeting")),
    # a name alone heads what follows the dash, people named there included
    ("Kerava Energy – I got Tapio Nurmi, the maintenance lead there, on the phone yesterday. "
     "First contact done, no visit agreed yet.\n\nOther news from here:\n\n- Vantaa "
     "logistics centre: SIGNED last Friday.\n- Porvoo paint factory: lost.", "Keravan Energia",
     ("status", "contacted")),
    # a place's treatment plant that ordered, mid-paragraph: another customer
    ("Soitin heti Pälkäneen puutarhalle. Sovittiin tapaaminen ma 3.10. klo 8.\nEnsi viikko "
     "menee messuilla. Valkeakosken puhdistamo tilasi maanantaina, noin 11 000 €.",
     "Pälkäneen Puutarha", ("status", "meeting")),
    # "the other Raisio customer" is not this one, though it names the town
    ("the mill in Raisio accepted our offer, EUR 17 250 + ALV.\n\nThe other Raisio customer, "
     "the bakery next door, postponed to spring, so that one is lost.", "Raision Mylly",
     ("status", "won")),
    # a heading of this customer's town and another trade is another customer's
    ("Porvoo harbour: meeting is booked for Tuesday 25.10. at 10:00.\n\nOther stuff, quickly:"
     "\nPorvoo paint works: WON, €31,200\nKerava brewery: waiting for their board",
     "Porvoon Satama", ("status", "meeting")),
    ("Termin steht: Mittwoch, 26.10., 9 Uhr, im Klinikum.\n\nSonst:\n- Kläranlage Erding: "
     "verloren.", "Klinikum Landkreis Erding", ("status", "meeting")),
    # "that other bakery" is another customer, though of this one's trade
    ("Коммерческое предложение для пекарни в Керава отправила сегодня утром: датчики, 19 640 € "
     "без НДС. Директор обещала ответить до середины ноября.\n\nКстати, та другая пекарня, в "
     "Хювинкяа, наконец подписала договор, но там совсем маленький заказ.", "Keravan Leipomo",
     ("status", "proposal")),
    # a short list of the others, and another place's store set against this one
    ("Tapaaminen Hämeenkosken meijerillä on sovittu ensi tiistaille.\n\nLyhyesti muista:\n"
     "- Heinolan saha: allekirjoitettu\n- Lahden koulukeittiöt: hävittiin", "Hämeenkosken Meijeri",
     ("status", "meeting")),
    ("Paimion kylmäkuljetus tilasi, tilausvahvistus tuli just. Liedon varasto taas meni ohi, "
     "valitsivat halvemman.", "Paimion Kylmäkuljetus", ("status", "won")),
    # the customer never named: the other news after a turn is set aside
    ("Quick question before I call them: which site is this about?\n\nOtherwise all fine here: "
     "Valkeakoski sawmill signed the gas detector order today, 8 700 €.",
     "Pirkanmaan Jätehuolto", ("question", None)),
    # a Landkreis named with its town is another customer, German capitals or not
    ("Der Landkreis Ebersberg hat uns heute früh den Zuschlag erteilt, 63.200 Euro. Dr. "
     "Moosmüller hat gestern das Angebot unterschrieben zurückgefaxt. Die genaue Summe schick "
     "ich nach.", "Tierarztpraxis Dr. Moosmüller", ("status", "won")),
    # "Unter…" of Unterschleißheim is not "unterschrieben"
    ("Unterschleißheim ist leider verloren. Der Stadtrat hat sich für das günstigere Angebot "
     "entschieden.\n\nDafür läuft es woanders: Die Stadtwerke Dorfen haben den Zuschlag "
     "erteilt, und Poing hat gestern unterschrieben.", "Hallenbad Unterschleißheim",
     ("status", "lost")),
    # "the other home" is another customer, though the trade is this one's
    ("Das Heim in Kirchseeon hat jetzt einen Termin: Mittwoch, 25. Januar, 10 Uhr.\n\nDas "
     "andere Heim, das in Grafing, ist dagegen geplatzt.", "Caritas-Altenheim St. Anna",
     ("status", "meeting")),
    # "Die schlechte: …" and "Die gute: …" head two customers' news
    ("aus Dachau gibt es eine gute und eine schlechte Nachricht, beide betreffen eine "
     "Metzgerei.\n\nDie schlechte: Wallner hat abgesagt. Verloren, da kann man nix machen.\n\n"
     "Die gute: Frau Brandl wollte gleich ein Angebot haben. Das ist gestern Abend raus, 3.870 € "
     "netto.", "Metzgerei Brandl", ("status", "proposal")),
    ("The vegetable packers in Lempäälä went with the company that services their "
     "refrigeration. Please close it.\n\nNot all gloom though: the hangar at Pirkkala signed on "
     "Monday, roughly €26,000.", "Lempäälän Vihannespakkaamo", ("status", "lost")),
    # a tax adviser is "die Kanzlei"
    ("Das Möbelhaus in Eching hat abgesagt.\n\nImmerhin liegt seit heute Mittag bei der Kanzlei "
     "in Freising unser Angebot: 4.960 EUR zzgl. MwSt.", "Steuerberatung Mayr & Partner mbB",
     ("status", "proposal")),
    # "Hos oss …:" turns to the partner's own news
    ("vi träffade hamnkaptenen i Lovisa i går. Vi ses igen den 21 november. Någon offert blir "
     "det inte före det.\n\nHos oss handlar det mest om budget just nu: Oona har tagit över det "
     "mesta av offertarbetet.", "Loviisan Satama", ("status", "meeting")),
    # a place's laundry that signed, on a line of its own
    ("soitin tänään Raision jäähallin isännöitsijälle. Tapaamista ei ole vielä sovittu.\n"
     "Kaarinan pesula allekirjoitti muuten eilen.", "Raision Jäähalli", ("status", "contacted")),
    # "… ja Tukkutori tilasi perjantaina": another customer inside the sentence
    ("Kalasataman palvelutalolle lähti tarjous, 15 980 € + alv. Pikkujouluista on toivuttu ja "
     "Tukkutori tilasi perjantaina 🎉", "Palvelutalo Kalasataman Helmi", ("status", "proposal")),
    # a Finnish "Jä" is Russian "Я": "в Ярвенпяя" names Järvenpää
    ("С художественным музеем в Ярвенпяя договорились о встрече: среда, 21 декабря, 14:00.\n\n"
     "Ещё новости: Нурмиярви оплатили счёт, а с пекарней в Хювинкяя всё, проиграли.",
     "Järvenpään taidemuseo", ("status", "meeting")),
    ("Loviisa Water - lost, please close it.\n\nA few other things while I have you:\n"
     "• The fish plant in Pyhtää wants a quote in January.", "Loviisan Vesi", ("status", "lost")),
    ("Vaterstetten können Sie schließen. Verloren, da ist nichts mehr zu machen.\n\nBesser "
     "läuft es bei Rieder in Erding, Termin ist morgen früh. Und Schwaiger in Augsburg hat am "
     "Freitag unterschrieben.", "Gemeinde Vaterstetten", ("status", "lost")),
    # the customer never named: what follows "Two other things" is other news
    ("Status for the Hamina data centre: proposal sent this afternoon, USD 48,500.\n\nTwo "
     "other things while I'm at it. Kouvola logistics centre: won, they signed yesterday.",
     "Nordhavn Data Centers Finland", ("status", "proposal")),
    # named by its trade alone in another town, after a turn: another customer
    ("Складской комплекс \"Нева Колд Логистикс\" в Петербурге - выиграли! 1 260 000 руб.\n\n"
     "Остальное: логистический центр в Коуволе тоже наш, а теплица в Сипоо ушла к конкурентам.",
     "Neva Cold Logistics", ("status", "won")),
    # the report's opening about "this one" before the customer is named
    ("Это можно закрывать, проиграли. Водоканал в Састамала отдал всё своему подрядчику.\n\n"
     "Попутно: в Нокиа, на бумажной фабрике, заказ подписан, 12 400 €.", "Sastamalan Vesi",
     ("status", "lost")),
    # a list of "Town, trade:" headings in Cyrillic; this customer's town's council is another
    ("По питомнику в Холлоле: созвонился с владельцем в пятницу. Контакт есть, встречи пока "
     "нет.\n\nПрочее:\nХоллола, муниципалитет: бюджет утверждают 21 ноября\nЛахти, школьные "
     "кухни: проиграли", "Hollolan Taimitarha", ("status", "contacted")),
    # a parenthesis saying the town's other customer is not this one
    ("The cold store in Järvenpää: I reached their operations manager. We haven't fixed a visit "
     "yet.\n\nWhile I'm at it, a few updates from our side:\n\n- Tuusula bus depot: SIGNED on "
     "Friday.\n- Järvenpää swimming hall (the town's, nothing to do with Kylmäkeskus): "
     "cancelled.", "Järvenpään Kylmäkeskus", ("status", "contacted")),
    # in a list of customers, a bullet opening with one word is another's
    ("kiitos tiedoista. Lyhyesti:\n- Oriveden meijeri: soitin heti, tapaaminen on sovittu "
     "torstaille 26.1. klo 10.\n- Pirkkala hävittiin.\n- Ylöjärven koulun kauppa on nyt "
     "allekirjoitettu, 33 400 € + alv.", "Oriveden Meijeri", ("status", "meeting")),
    ("Kylhuset i Brahestad har skrivit på! 19 450 € exkl. moms.\n\nSämre gick det i Haukipudas: "
     "skolan valde en annan leverantör, den affären är förlorad.", "Brahestads Kylhus",
     ("status", "won")),
    # a clock's "kl." ends no sentence
    ("Möte bokat: torsdag 19/1 kl. 13 hos klinikchefen.\n\nAnnars: Skolan i Haukipudas lutar åt "
     "en konkurrent.", "Uleåborgs Djursjukhus", ("status", "meeting")),
    ("По ледовому дворцу в Порвоо: дозвонился до технического директора. Встречу пока не "
     "назначили.\n\nИз новостей: бассейн в Ярвенпяа подписал договор, 27 900 евро.",
     "Porvoon Jäähalli", ("status", "contacted")),
    # a Russian line opening with a place that signed
    ("По Loviisan Lämpö: отправили КП, 21 300 € без НДС.\nКотка (порт) подписала договор, "
     "38 500 €.", "Loviisan Lämpö", ("status", "proposal")),
    # this customer's trade after another place, under a heading line "MUUTA"
    ("KANGASALAN KAUKOLÄMPÖ\nTarjous lähti eilen illalla: yhteensä 16 380 € (alv 0 %).\n\nMUUTA"
     "\n- Lempäälän kaukolämpö (se pienempi laitos) ilmoitti, että hankinta peruttiin.\n- "
     "Valkeakosken saha hyväksyi tarjouksen suullisesti.", "Kangasalan Kaukolämpö",
     ("status", "proposal")),
    # the town, then another customer's news by its trade
    ("die Eishalle in Geretsried könnt ihr schließen. Verloren, leider.\n\nIm selben Atemzug "
     "gab's aber eine gute Nachricht aus Geretsried: Das Wasserwerk hat die Drucksensoren "
     "bestellt, 7.200 €.", "Stadt Geretsried – Eisstadion", ("status", "lost")),
    ("Offerten till fjärrkylan i Boden gick i måndags, 142 800 kr exkl. moms.\n\nDessutom några "
     "rader om resten:\n* Luleå hamn har tackat nej till vår offert.", "Bodens Fjärrkyla",
     ("status", "proposal")),
    # set 142: a Finnish paragraph headed by what it is about is another customer's
    ("Messilään on nyt sovittu tapaaminen perjantaille 27.1. klo 10.\nJäähallista vielä: sopimus "
     "on allekirjoitettu.", "Messilän Rinteet", ("status", "meeting")),
    ("Paraisilla kalkkitehtaalla on nyt puhuttu: käyttöpäällikkö soitti takaisin. Käynnistä ei ole "
     "sovittu.\nNaantalista hyvää: kylpylä allekirjoitti eilen, 12 700 €.",
     "Paraisten Kalkkitehdas", ("status", "contacted")),
    # ", mutta Rauman telakka taas meni muualle": another customer in the clause after "but"
    ("Uudenkaupungin telakka tilasi eilen, 34 600 € + alv, mutta Rauman telakka taas meni "
     "muualle.", "Uudenkaupungin Telakka", ("status", "won")),
    # a contrast word further into the sentence
    ("Kurz vom Jahresauftakt in Augsburg:\nPostwirt in Aying hat zugesagt, 7.950 € zzgl. MwSt., "
     "der Auftrag kam heute Mittag per Mail. Der Kirchenwirt ein paar Häuser weiter hat dagegen "
     "abgesagt.\nRest morgen aus dem Büro.", "Landgasthof Zur Post", ("status", "won")),
    # another trade in this customer's town, in Russian
    ("с портом Наантали связалась сегодня. Встречу пока не назначили. Контакт есть.\n\n- Лоймаа, "
     "молокозавод: встреча в четверг.\n- Спа в Наантали вчера подписали договор, 12 700 €.",
     "Naantalin Satama", ("status", "contacted")),
    ("Бетонный завод в Порвоо: КП отправили во вторник.\nпивоварня в Порвоо оплатила счёт "
     "полностью.", "Porvoon Betoni", ("status", "proposal")),
    # set 147: "Erst das Erfreuliche: …" and "Weniger schön: …" tell of others; "St. Anna" is one
    ("Erst das Erfreuliche: Ostermaier in Landsberg hat gestern unterschrieben, knapp 9.500 €. "
     "Weniger schön: In Dachau hat uns beim Bauhof ein Elektriker unterboten.\n\nZu St. Anna in "
     "Markt Schwaben: Ich habe heute mit der Heimleiterin gesprochen. Ein Termin ist noch nicht "
     "ausgemacht.", "Seniorenzentrum St. Anna gGmbH", ("status", "contacted")),
    ("С водоканалом в Кангасале связался вчера. Встречу пока не назначили. Контакт есть.\nПо "
     "другим делам: пивоварня в Нокиа подписала договор, 16 800 €.", "Kangasalan Vesi",
     ("status", "contacted")),
    # "Ylöjärvi" is "Юлёярви" in Russian ("jä" is one letter)
    ("По автосервису в Юлёярви: дозвонился сегодня утром до владельца. Встречу пока не "
     "назначали. Так что пока только контакт.\n\nОстальное коротко:\n- Нокиа, водоканал: "
     "подписали, 14 200 €.", "Ylöjärven Autohuolto", ("status", "contacted")),
    # set 147: "Muista kohteista:" turns away; a place's port that signed after a dash
    ("Soppeenmäen koulun hanke siirtyy vuodella. Tarjouksemme oli 19 400 €, mutta siitä ei tule "
     "kauppaa.\nMuista kohteista:\n• Nokian "
     "panimo: voitettu perjantaina, 16 800 €", "Soppeenmäen koulu", ("status", "lost")),
    ("tråkigt besked om Reso mejeri: de valde Siemens. Leadet är förlorat.\n\nVi hade ändå en "
     "bra fredag – Nådendals hamn skrev under, 44 500 euro.", "Raision Meijeri",
     ("status", "lost")),
    ("Sågen i Torneå har jag pratat med nu. Något möte har vi inte bokat än. Så kontakt tagen, "
     "inget mer.\n\nAnnat från norr:\n- Haparanda skola: förlorad.", "Tornion Saha",
     ("status", "contacted")),
])
def test_stop_26_ways_of_naming_customers(text, customer, expected):
    reading = read_reply(text, TODAY, "status", customer=customer)
    assert (reading.intent, reading.status) == expected


@pytest.mark.parametrize(("text", "customer", "expected"), [
    # a report typed all in small letters, names too: the other customer's town is found by
    # its trade or its job, as a capital would have shown it
    ("tvätteriet i boden skrev under i dag, 96 300 kr plus moms, medan vi förlorade "
     "tornio-jobbet till en lokal firma", "Tvätteriet i Boden", ("status", "won")),
    ("uudenkaupungin telakka tilasi eilen, 34 600 € + alv, mutta rauman telakka taas meni "
     "muualle.", "Uudenkaupungin Telakka", ("status", "won")),
    # a writer who uses capitals is read as written; numbers are no towns
    ("Sain puhelun läpi asiakkaan varastopäällikölle. He tarvitsevat seurannan kahteen "
     "kylmävarastoon.", "Kylmävarasto", ("status", "contacted")),
])
def test_stop_32_lowercase_report_other_customer_by_trade(text, customer, expected):
    reading = read_reply(text, date(2026, 12, 5), "status", customer=customer)
    assert (reading.intent, reading.status) == expected


# stop 35: other customers told beside this lead's
_OTHERS_BY_TRADE_TOWN_OR_AN_ASIDE = [
    # news of others passed on "for the record" / "для информации"
    ("I spoke to Hämeenlinnan Lämpö on Monday, they want the datasheets first."
     "\n\nFor the record, the Riihimäki school ordered yesterday.", "Hämeenlinnan Lämpö",
     ("status", "contacted")),
    ("С Porin Satama связались во вторник, говорил с главным инженером.\n\nДля информации: "
     "пекарня в Раума подписала договор.", "Porin Satama", ("status", "contacted")),
    # another customer by its trade and town, opening a paragraph ("the dairy in Orimattila")
    ("We're meeting Mäntsälän Kone at their site on Tuesday at ten.\n\nI also rang the bakery "
     "in Hyvinkää last week; they signed right away.", "Mäntsälän Kone", ("status", "meeting")),
    # "the other two in Vantaa"; "вторая лаборатория в …"
    ("Nobody at Kotkan Sellu has answered yet.\n\nThe other two in Kouvola are moving, one "
     "has signed.", "Kotkan Sellu", (None, None)),
    ("Oulun Laboratoriot получили КП в пятницу, 8 400 евро без НДС.\n\nВторая лаборатория в "
     "Кеми отказалась.", "Oulun Laboratoriot", ("status", "proposal")),
]
_ANOTHER_TRADE_IN_THIS_TOWN = [
    # this customer's town after another trade is another customer there, when the name
    # tells this one's trade
    ("Med bryggeriet i Jakobstad har vi nu ett möte, tisdag 6.2 klockan 10. Simhallen i "
     "Jakobstad vill i stället ha en offert.", "Pietarsaaren Panimo", ("status", "meeting")),
    ("Port of Rauma: the quote went out yesterday, 12 300 € + VAT. The little bakery in Rauma "
     "signed on Monday.", "Rauman Satama", ("status", "proposal")),
    # the same trade in the town is this customer
    ("Die Kläranlage in Erding hat gestern bestellt.", "Abwasserzweckverband Erding",
     ("status", "won")),
]
_A_CONSOLATION_OR_ANOTHER_WORD_FOR_THE_TRADE = [
    # other news opened as a consolation: "Lohdutukseksi …", "Bättre på annat håll: …"
    ("Lahden Pesulasta tuli kielteinen. Tämän voi merkitä hävityksi.\n\nLohdutukseksi "
     "Kouvolan pesula allekirjoitti viime viikolla.", "Lahden Pesula", ("status", "lost")),
    ("Växthuset i Borgå lägger ner, vår offert är förlorad.\n\nBättre på annat håll: skolan "
     "i Lovisa skrev på förra veckan.", "Porvoon Puutarha", ("status", "lost")),
    # "Zwei Sachen noch:" turns to other news; another trade in "Bad Aibling"
    ("Herr Huber von den Stadtwerken Erding hat zurückgerufen. Wir treffen uns am Dienstag um "
     "10 Uhr.\n\nZwei Sachen noch aus der Ecke:\nKläranlage Grafing – verloren.",
     "Stadtwerke Erding", ("status", "meeting")),
    ("kurz zur Aiblinger: Ich hab heute mit dem Braumeister telefoniert.\n\nWas sonst war:\n- Die "
     "Therme in Bad Aibling hat uns abgesagt.", "Brauerei Aiblinger", ("status", "contacted")),
    # "Aus demselben Ort:" turns to other news; a town's own council is the town's
    ("beim Sportheim in Moosach tut sich was: Ich hab den Vorstand am Samstag erwischt.\n\nAus "
     "demselben Ort: Die Gemeinde hat uns gestern den Auftrag fürs Feuerwehrhaus erteilt.",
     "TSV Moosach", ("status", "contacted")),
    ("Gute Nachricht zu Aschheim: Der Gemeinderat hat am Donnerstag zugestimmt, gestern kam der "
     "Auftrag.\n\nWeniger gut lief es mit der Grundschule in Feldkirchen: verloren.",
     "Gemeinde Aschheim", ("status", "won")),
    # news from another place after a colon; "schon einen verloren" in this customer's town
    ("beim Huber in Moosinning ist es vorbei, bitte als verloren eintragen.\n\nDann kam der "
     "Anruf aus Pliening: Auftrag erteilt, 9.400 €.", "Getränkemarkt Huber", ("status", "lost")),
    ("Die Muckibude in Freising hat ihr Angebot seit heute früh, 5.200 Euro netto.\n\nIn "
     "Freising hab ich letzte Woche schon einen verloren, das Autohaus.", "Vital Fitness Freising",
     ("status", "proposal")),
    # "Övrigt från oss:" turns to other news
    ("jag har pratat med produktionschefen på fiskfabriken i Vasa.\n\nÖvrigt från oss:\n"
     "Växthuset i Närpes skrev på i torsdags, 16 400 euro.", "Vaasan Kala",
     ("status", "contacted")),
    # a server hall is a data centre: "Tampereen datakeskuksesta:" for Tampereen Konesali
    ("Tampereen datakeskuksesta: sain kiinni kiinteistöpäällikön tänään.\n\nMuuten:\n– Se "
     "toinen datakeskus Hervannassa meni kilpailijalle.", "Tampereen Konesali",
     ("status", "contacted")),
]
_AN_ENGLISH_TOWN_BEFORE_THIS_TRADE = [
    # another town before this customer's trade word, English style: "Loviisa harbour"
    ("Port of Hamina: the offer went out yesterday, 9 400 € + VAT. Kotka harbour, on the other "
     "hand, ordered from us last week.", "Haminan Satama", ("status", "proposal")),
    # a Finnish sentence opening "Muuten" before the trade word is this customer
    ("Lopen Lämpö allekirjoitti maanantaina.\n\nMuuten meijerin kanssa kävi huonosti: he "
     "ostivat anturit muualta. Tämä on siis menetetty.", "Hämeenlinnan Meijeri",
     ("status", "lost")),
]


@pytest.mark.parametrize(("text", "customer", "expected"), [
    *_OTHERS_BY_TRADE_TOWN_OR_AN_ASIDE, *_ANOTHER_TRADE_IN_THIS_TOWN,
    *_AN_ENGLISH_TOWN_BEFORE_THIS_TRADE, *_A_CONSOLATION_OR_ANOTHER_WORD_FOR_THE_TRADE])
def test_stop_35_other_customers_beside_this_one(text, customer, expected):
    reading = read_reply(text, date(2026, 12, 5), "status", customer=customer)
    assert (reading.intent, reading.status) == expected

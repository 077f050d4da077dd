"""An interview's opening gives the interviewee his body with a rank before his name (« Le commandant NAME dirige le
Service X »); in his answers, « notre rapport », « mon adjointe, la capitaine NAME » and « un de mes sapeurs » are
that body's, as "our senior call handler, NAME" is in an English answer. A headline in quotation marks that the
opening says is the interviewee's line ("The line in our headline is one she repeats", « La phrase de notre titre,
il la répète ») is hers. Near misses: a friend of his is no one of his body, and a headline nobody claims stays
nobody's. Written for these tests, in the forms of a regional daily's and a newspaper's interviews.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

pytestmark = pytest.mark.abstains

FR = ("L’Écho du Val · Entretien · 3 mars 2042\n\n« Nous partons toujours trop tard »\n\n"
      "Le commandant Aurélien Méstrallet dirige le Service départemental de secours de Brévaine depuis 2035. La phrase "
      "de notre titre, il la répète à chaque promotion. Propos recueillis par Lise Carrou.\n\n"
      "Combien d’interventions cet hiver ?\n\n"
      "— Huit cents. Notre rapport annuel indique que « quatre sorties sur dix concernent un logement neuf ». "
      "Mon adjointe, la capitaine Nolwenn Essartier, m’a appelé depuis le palier : « Le détecteur sonne encore au "
      "deuxième étage, personne ne répond. » Un de mes sapeurs m’a dit en redescendant : « Ils dormaient tous, les "
      "enfants aussi. »\n\nEt vos amis ?\n\n— Un de mes amis m’a dit : « Tu rentres trop tard tous les soirs. »")


def test_the_headline_is_the_interviewee_s_line():
    qs = quotes(FR, language="fr", title="L’Écho du Val — Entretien avec le commandant Aurélien Méstrallet")
    head = next(q for q in qs if q.text.startswith("Nous partons"))
    assert head.speaker == "Aurélien Méstrallet"
    assert head.organisation == "Service départemental de secours de Brévaine"


def test_the_interviewee_s_report_his_deputy_and_his_firefighter_speak_for_his_body():
    qs = {q.text.split()[0] + " " + q.text.split()[1]: q for q in quotes(FR, language="fr")}
    assert qs["quatre sorties"].organisation == "Service départemental de secours de Brévaine"
    assert qs["Le détecteur"].speaker == "Nolwenn Essartier"
    assert qs["Le détecteur"].organisation == "Service départemental de secours de Brévaine"
    assert qs["Ils dormaient"].speaker == ""
    assert qs["Ils dormaient"].organisation == "Service départemental de secours de Brévaine"


def test_near_miss_one_of_his_friends_is_not_his_body():
    q = next(q for q in quotes(FR, language="fr") if q.text.startswith("Tu rentres"))
    assert q.organisation != "Service départemental de secours de Brévaine"


EN = ("The Northern Ledger · 4 March 2042\n\n“The cat always goes quiet first”\n\n"
      "Dr Imogen Thackwray has run the Dunholm Poison Advice Centre since 2030; her predecessor, Dr Basil Corrane, "
      "opened it above a chemist’s. The line in our headline is one she repeats to every new recruit.\n\n"
      "Northern Ledger: What do the calls sound like?\n\n"
      "Thackwray: Confused. Our senior call handler, Petra Vollmann, put it to me last week: “We are not short of "
      "alarms, we are short of people who check them.”")


def test_the_line_in_our_headline_is_hers_and_her_call_handler_speaks_for_her_centre():
    qs = {q.text.split()[1]: q for q in quotes(EN, language="en", default_organisation="The Northern Ledger")}
    assert qs["cat"].speaker == "Imogen Thackwray"
    assert qs["are"].speaker == "Petra Vollmann"
    assert qs["are"].organisation == "Dunholm Poison Advice Centre"


def test_near_miss_a_headline_nobody_claims():
    text = EN.replace("The line in our headline is one she repeats to every new recruit.", "She took our call.")
    assert [q.speaker for q in quotes(text, language="en") if q.text.startswith("The cat")] in ([], [""])

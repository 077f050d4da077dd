"""Round 56's readings, on sentences written for these tests. Where a minister spoke (« devant la Réunion des
Parties le 3 juillet ») is no body; « qui dirige depuis 2032 le service des urgences du Centre hospitalier de X » is
the hospital's doctor, while "who runs the emergency department at Lormont" names a town; an interview the kit
titles "Interview: NAME on TOPIC" under a headline "“…,” says SURNAME" is hers, so that "Our own guidance" in her
answers is her body's. A summary's "not an official record" introduces nobody a later "he" could mean. A year in
the next sentence makes no reading-list entry of a quotation (« « … », rappelions-nous hier. … 2042 »). A demand
in a few words (« qui réclamait encore mercredi « un délai raisonnable » ») is a quotation.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one, quotes

pytestmark = pytest.mark.abstains


def test_where_the_minister_spoke_is_no_body():
    q = one("Comme l’a déclaré le ministre de l’Intérieur, M. Gaspard Lévrier-Nocq, devant la Réunion des Parties le 3 "
            "juillet 2041 : « Nous équiperons d’abord les sites où l’on se noie. »", language="fr")
    assert q.speaker == "Gaspard Lévrier-Nocq" and "Parties" not in q.organisation


def test_the_head_of_a_hospital_s_service():
    q = one("Le docteur Mathéo Brasquin, qui dirige depuis 2032 le service des urgences du Centre hospitalier de "
            "Lormont, raconte : « Nous réchauffons, nous ventilons, et nous attendons la famille. »", language="fr")
    assert q.organisation == "Centre hospitalier de Lormont"


def test_near_miss_a_department_at_a_town():
    q = one("Dr Mathéo Brasquin, who runs the emergency department at Lormont, told me: “Every July I get the same "
            "patient.”", language="en")
    assert q.speaker == "Mathéo Brasquin" and q.organisation != "Lormont"


def test_an_interview_titled_with_its_topic():
    text = ("“Cold water hits you like a wall,” says Verhulst\n\nProfessor Saskia Verhulst, of the Institute of Cold "
            "Physiology, has spent twenty years on cold tanks.\n\nQ: What should the Parties decide?\n\nA: Posts and "
            "lessons. Our own guidance, which the Institute sent to every ministry in March, says it in one sentence: "
            "“Float for sixty seconds before you try to swim.”")
    qs = quotes(text, language="en", title="Interview: Saskia Verhulst on cold-water shock",
                default_organisation="The Lakeside Courier", own_voice=False)
    assert qs[-1].organisation == "Institute of Cold Physiology"


def test_an_official_record_introduces_nobody():
    text = ("President: Ambassador Ysmar Brekkestad (Norrvik). Prepared by the Secretariat; not an official record.\n\n"
            "Opening of the day\n\nThe PRESIDENT said that the contact group on paragraph 3 had worked until midnight. "
            "“We have moved from ‘should’ to ‘shall’ in one sentence out of four,” he said.")
    q = one(text, language="en")
    assert (q.speaker, q.organisation) == ("Ysmar Brekkestad", "Norrvik")


def test_near_miss_an_official_who_spoke_is_someone():
    text = ("Olav Brekkestad chaired the session. An official who asked not to be named was blunt.\n\n“We have moved "
            "nowhere,” he said.")
    assert one(text, language="en").speaker != "Olav Brekkestad"


def test_a_year_in_the_next_sentence_makes_no_reading_list_entry():
    text = ("« Nous ne quitterons pas Lormont sans un calendrier », rappelions-nous hier. Le calendrier est dans le "
            "projet du jour, entre crochets : « [au plus tard le 31 décembre 2042] ».")
    q = one(text, language="fr", default_organisation="Coalition Rives sûres")
    assert q.text.startswith("Nous ne quitterons")


def test_a_demand_in_a_few_words():
    text = ("« Nous financerons des postes », a indiqué Capucine Orvaneau, directrice de la communication du groupe, qui "
            "réclamait encore mercredi « un délai raisonnable ».")
    assert [q.speaker for q in quotes(text, language="fr")] == ["Capucine Orvaneau", "Capucine Orvaneau"]


def test_near_miss_a_demand_named_by_others_stays_a_phrase():
    assert quotes("Les bailleurs parlent d’un « délai raisonnable » depuis des mois.", language="fr") == []

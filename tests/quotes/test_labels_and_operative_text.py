"""Quoted words that are nobody's quotation, as press writing gives them, each in English and French.

A slogan on a banner or a placard, an entry of a reading list opened by its label ("Documentary: “…”"),
the name of a government's plan, and the operative paragraph of a draft quoted from its first verb
("The draft decision (document X/L.1) “requests …”"). The sentences are written for these tests.
"""

from __future__ import annotations

from presskit.quotes import extract_quotes
from tests.quotes.finding import NB, quotes


def test_a_slogan_on_a_banner_is_no_quotation():
    assert quotes("Outside the town hall, protesters held up a banner: “Homes, not promises, for every family”.") == []
    assert quotes("Outside the town hall, protesters carried placards reading “Homes, not promises, for all”.") == []
    assert quotes(f"Devant la mairie, des manifestants déployaient une banderole{NB}: «{NB}Des toits, pas des "
                  f"promesses{NB}».") == []


def test_a_capitalised_preposition_opening_a_sentence_is_no_name():
    q = quotes(f"Devant la préfecture de Sarn, un manifestant a lancé{NB}: «{NB}Nous reviendrons chaque semaine "
               f"jusqu’à la signature.{NB}»")
    assert len(q) == 1 and q[0].speaker == ""


def test_a_reading_list_entry_opened_by_its_label_is_a_title():
    en = ("## To read, to watch\n\n- Report: “The Forgotten Coast: Ten Years of Exile”, Harbour Institute, 2025\n"
          "- Documentary: “A School Under Canvas”, shown on Thursday at 19:30\n"
          "- Study: “Working in exile: access to jobs for refugees in five host countries”\n")
    fr = (f"## À lire, à voir\n\n- Documentaire{NB}: «{NB}Une classe sous la bâche{NB}», projeté jeudi à 19 h\n"
          f"- Étude{NB}: «{NB}Travailler en exil{NB}: l’accès à l’emploi dans cinq pays d’accueil{NB}»\n")
    assert quotes(en) == [] and quotes(fr) == []


def test_a_label_needs_its_colon_and_its_line():
    q = quotes("The study found what the clinics had seen for years. Its author put it simply: “The money "
               "arrives in March, and the winter starts in November.”")
    assert len(q) == 1


def test_the_name_of_a_plan_is_a_title():
    assert quotes("Our national plan, “Open Roads, Open Clinics”, has reached 90,000 families since 2023.") == []
    assert quotes(f"Notre plan national, «{NB}Routes ouvertes, cliniques ouvertes{NB}», a touché 90 000 "
                  "familles depuis 2023.") == []


def test_an_operative_paragraph_quoted_from_its_verb_is_quoted_text():
    en = extract_quotes(["The draft decision (document HRF/2026/L.4) “requests the secretariat to publish every "
                         "pledge in one register”; two delegations asked for more time."])
    fr = extract_quotes([f"Le projet de décision (document HRF/2026/L.4) «{NB}prie le secrétariat de publier chaque "
                         f"engagement dans un registre unique{NB}»{NB}; deux délégations ont demandé un délai."])
    for found in (en, fr):
        assert [(q.kind, q.speaker) for q in found] == [("text", "")]


def test_words_said_about_a_draft_are_still_a_quotation():
    q = quotes("Asked about the draft, the ambassador said it “requests far too little of the donors, and "
               "far too late”, and left the room.")
    assert [x.kind for x in q] == ["quote"]

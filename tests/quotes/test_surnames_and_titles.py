"""Who a surname alone stands for, as press writing gives it, each in English and French.

A title before a surname ("Professor Lind") that the document's person of that surname does not carry;
two people of the kit with one surname, told apart by that title; family names written first
("Mrs Trần", for Trần Thị Hoa); and a pronoun after a titled surname the document does not complete.
The sentences are written for these tests (fictional people and places).
"""

from __future__ import annotations

from presskit.model import Item, Quote
from presskit.quotes.settle import settle_attribution
from tests.quotes.finding import NB, one, quotes


def doc(i, language):
    return Item(id=i, path=f"{i}.pdf", sha256="", bytes=0, media="pdf", language=language)


def named(text, speaker, role="", organisation=""):
    return Quote(text, speaker=speaker, role=role, organisation=organisation, attribution="named", confidence=0.9)


# --- a title the document's person of that surname does not carry ---------------------------------------


def test_a_titled_surname_is_not_the_document_s_other_person_of_that_surname():
    en = ("The representative of Korvia, Mr Erik Lind, announced a new fund. “It is new money,” Mr Lind said.\n\n"
          "Speaking for the research institutes, Professor Lind said the tracker would be updated every "
          "evening: “Anyone will be able to check the dates.”")
    qs = quotes(en)
    assert [q.speaker for q in qs] == ["Erik Lind", "Lind"]
    fr = ("Le représentant de la Korvie, M. Erik Lind, a annoncé un nouveau fonds. «\u00a0C’est de l’argent "
          "frais\u00a0», a dit M. Lind.\n\nAu nom des instituts de recherche, la professeure Lind a expliqué "
          f"que le suivi serait mis à jour chaque soir{NB}: «{NB}Chacun pourra vérifier les dates.{NB}»")
    assert [q.speaker for q in quotes(fr)] == ["Erik Lind", "Lind"]


def test_a_title_the_person_carries_keeps_the_surname_resolved():
    q = quotes("Professor Erik Lind, of the Korvia Institute, spoke first. “The dates matter more than the sums,” "
               "Professor Lind said.")
    assert [x.speaker for x in q] == ["Erik Lind"]


def test_the_kit_tells_two_people_of_one_surname_apart_by_their_title():
    a = (doc("a", "en"), [named("one", "Erik Lind", "representative", "Korvia"),
                          named("two", "Ingrid Lind", "Professor", "Korvia Institute")])
    b = (doc("b", "en"), [named("three", "Lind", "Professor")])
    c = (doc("c", "fr"), [named("quatre", "Lind", "ambassadeur")])  # nobody of the kit is an ambassador
    settle_attribution([a, b, c])
    assert b[1][0].speaker == "Ingrid Lind" and b[1][0].organisation == "Korvia Institute"
    assert c[1][0].speaker == "Lind"


def test_a_professor_in_french_is_a_professor_in_english():
    a = (doc("a", "fr"), [named("un", "Ingrid Lind", "professeure"), named("deux", "Erik Lind", "représentant")])
    b = (doc("b", "en"), [named("three", "Lind", "Professor")])
    settle_attribution([a, b])
    assert b[1][0].speaker == "Ingrid Lind"


# --- family names written first ------------------------------------------------------------------------


def test_a_family_name_written_first_is_the_surname():
    q = quotes("Deputy minister Trần Thị Hoa opened the session. Later, Mrs Trần told reporters: “The schools "
               "will open in October, whatever the budget.”")
    assert [x.speaker for x in q] == ["Trần Thị Hoa"]
    q = quotes(f"La vice-ministre Trần Thị Hoa a ouvert la séance. «{NB}Les écoles ouvriront en octobre, quel que "
               f"soit le budget{NB}», a assuré plus tard Mme Trần.")
    assert [x.speaker for x in q] == ["Trần Thị Hoa"]


def test_a_western_first_name_after_a_title_is_no_surname():
    a = (doc("a", "en"), [named("one", "Erik Lind")])
    b = (doc("b", "en"), [named("two", "Erik")])
    settle_attribution([a, b])
    assert b[1][0].speaker == "Erik"


def test_the_kit_completes_a_family_name_written_first():
    a = (doc("a", "fr"), [named("un", "Trần Thị Hoa", "vice-ministre", "Korvie")])
    b = (doc("b", "en"), [named("two", "Trần")])
    settle_attribution([a, b])
    assert (b[1][0].speaker, b[1][0].organisation) == ("Trần Thị Hoa", "Korvie")


# --- a pronoun after a titled surname --------------------------------------------------------------------


def test_a_pronoun_after_a_titled_surname_is_that_person_not_an_earlier_one():
    en = ("Dr Hana Ruiz, the agency's negotiator, spoke to reporters on Monday. “We will not sign a blank "
          "page,” she said.\n\nThe town has one school. The deputy minister, Mrs Osei, visited it in March. "
          "She told the pupils: “Your diplomas will be recognised before the winter.”")
    q = quotes(en)[-1]
    assert (q.speaker, q.attribution) == ("Osei", "pronoun")
    fr = (f"La docteure Hana Ruiz, négociatrice de l’agence, a parlé lundi à la presse. «{NB}Nous ne signerons pas "
          f"une page blanche{NB}», a-t-elle dit.\n\nLa ville a une école. La vice-ministre, Mme Osei, est venue en "
          f"mars. Elle a dit aux élèves{NB}: «{NB}Vos diplômes seront reconnus avant l’hiver.{NB}»")
    q = quotes(fr)[-1]
    assert (q.speaker, q.attribution) == ("Osei", "pronoun")


# --- a surname alone with its role after an inverted verb ----------------------------------------------------


def test_a_surname_after_an_inverted_verb_takes_the_role_and_state_of_its_apposition():
    en = one("Korvia has cleared its last minefield. “We did not wait for the money to start the work,” said Mensah, "
             "Korvia’s ambassador, after the vote.")
    fr = one(f"«{NB}Nous n’avons pas attendu l’argent pour commencer{NB}», a déclaré Mensah, l’ambassadeur de la "
             f"Korvie, après le vote.")
    assert (en.speaker, en.role, en.organisation) == ("Mensah", "ambassador", "Korvia")
    assert (fr.speaker, fr.role, fr.organisation) == ("Mensah", "ambassadeur", "Korvie")


def test_a_pronoun_whose_only_candidate_is_ruled_out_names_nobody_rather_than_someone_before():
    en = ("Dr Hana Ruiz, the agency's negotiator, spoke to reporters on Monday. “We will not sign a blank page,” she "
          "said.\n\nThe deputy minister, Mrs Osei, greeted her warmly at the school gate. She told the pupils: “Your "
          "diplomas will be recognised before the winter.”")
    fr = (f"La docteure Hana Ruiz, négociatrice de l’agence, a parlé lundi à la presse. «{NB}Nous ne signerons pas une "
          f"page blanche{NB}», a-t-elle dit.\n\nLa vice-ministre, Mme Osei, l’a saluée devant l’école. Elle a dit aux "
          f"élèves{NB}: «{NB}Vos diplômes seront reconnus avant l’hiver.{NB}»")
    for text in (en, fr):
        first, last = quotes(text)
        assert first.speaker == "Hana Ruiz" and last.speaker == ""

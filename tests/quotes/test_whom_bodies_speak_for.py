"""Whom a person or a body speaks for, as press writing says it in passing.

* a name with "for" or "of" inside it: "a delegate of Youth for Water", « membre de Médecins pour la Paix »;
* "a Secretariat official", "an Agency spokesperson": nobody named, speaking for the one body of that kind
  the text or the kit names;
* "NAME at the Ferrand stand", « NAME, au stand de l’Institut »: where she stood, not whom she speaks for;
* "The President of the Conference, NAME (Belvania), …": a summary's brackets say whom she speaks for;
* « a-t-on appris auprès de la coalition », « affirme l’organisation » in the organisation's own release: the
  publisher;
* « La délégation de X », "the Government of X": the State speaks.

The sentences are written for these tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, ORG, one


def test_a_name_with_for_inside_it_is_one_organisation():
    q = one("Ines Caldwell-Obi, 23, a delegate of Youth for Water, switched to French to make her point: « Nous "
            "héritons de puits vides et on nous demande d’attendre. »")
    assert (q.speaker, q.organisation) == ("Ines Caldwell-Obi", "Youth for Water")
    q = one(f"Ines Caldwell-Obi, membre de Médecins pour la Paix, a prévenu{NB}: «{NB}Nous ne soignerons pas des "
            f"blessures que le texte pouvait éviter.{NB}»")
    assert q.organisation == "Médecins pour la Paix"


def test_an_official_of_a_body_the_text_names_by_its_kind():
    text = ("The Halvik Convention Secretariat published the list of observers on Monday.\n\n"
            "A Secretariat official, who was not authorised to speak publicly, said \"the observer rules were "
            "written in 1994 and nobody has touched them since\".")
    q = one(text)
    assert (q.speaker, q.attribution, q.organisation) == ("", "unnamed", "Halvik Convention Secretariat")
    q = one("An Agency spokesperson said “the figures will be published on Friday, not before”.",
            known_organisations=["Coastal Survey Agency"])
    assert (q.speaker, q.organisation) == ("", "Coastal Survey Agency")


def test_a_stand_is_a_place_not_an_organisation():
    q = one("Dr Rasmus Okonkwo-Lind at the Halvik stand: “Every water sample is a year of somebody’s life.”")
    assert (q.speaker, q.organisation) == ("Rasmus Okonkwo-Lind", "")
    q = one(f"Le Dr Rasmus Okonkwo-Lind, au stand de l’Institut Halvik{NB}: «{NB}Chaque échantillon d’eau est une "
            f"année de la vie de quelqu’un.{NB}»")
    assert q.organisation == ""


def test_a_state_in_brackets_after_a_chair_is_whom_she_speaks_for():
    q = one("The President of the Assembly, Marta Oyelowo-Haas (Corvella), opened the meeting at 10:05 and "
            "reminded delegations of the deadline. “I will not reopen paragraphs that were agreed yesterday,” "
            "she said.")
    assert (q.speaker, q.organisation) == ("Marta Oyelowo-Haas", "Corvella")
    q = one(f"La présidente de l’Assemblée, Marta Oyelowo-Haas (Corvellie), a ouvert la séance à 10 h 05. «{NB}Je ne "
            f"rouvrirai pas les paragraphes adoptés hier{NB}», a-t-elle prévenu.")
    assert (q.speaker, q.organisation) == ("Marta Oyelowo-Haas", "Corvellie")


def test_the_publisher_in_its_own_release():
    q = one(f"«{NB}Nous ne signerons pas un compromis au rabais{NB}», a-t-on appris auprès de la coalition.")
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", ORG)
    q = one(f"«{NB}Nous serons à la table jusqu’à la dernière séance{NB}», affirme l’organisation, qui publie un "
            f"guide.", default_organisation="Seed Keepers Union")
    assert (q.speaker, q.organisation) == ("", "Seed Keepers Union")
    q = one("“We will be at the table until the last session,” the organisation said in a statement.",
            default_organisation="Seed Keepers Union")
    assert (q.speaker, q.organisation) == ("", "Seed Keepers Union")


def test_a_states_delegation_or_government_is_the_state_speaking():
    q = one(f"La délégation de Corvellie a distribué un communiqué en anglais{NB}: «{NB}Corvella supports a voluntary "
            f"fund as a first step.{NB}»")
    assert (q.speaker, q.organisation) == ("", "Corvellie")
    q = one("The Government of Corvella said in a statement that “a voluntary fund is a first step, not a final "
            "answer”.")
    assert (q.speaker, q.organisation) == ("", "Corvella")

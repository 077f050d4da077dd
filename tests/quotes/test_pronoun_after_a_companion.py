"""A pronoun in a speech or a report for the person the speaker travelled or met with.

"Last month I travelled … with the High Commissioner for X, NAME. … He told me: “…”": the person the
paragraph names, not the statement's own speaker, and a word that merely starts like an article ("Last",
"Later", « Lassée », « Lentement ») says nothing of anyone's gender. The sentences are written for these
tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one


def test_he_is_the_companion_the_paragraph_names():
    q = one("Statement delivered by Ambassador Ingrid Solheim-Arce.\n\nLast month I travelled to the eastern "
            "valleys with the Commissioner for Water, Didier Ohanian-Baptiste. We stood by a well that had been "
            "dry for a decade. He told me: “We did not wait for donors. We waited for the rain, and we were "
            "ready.”", default_speaker="Ingrid Solheim-Arce")
    assert (q.speaker, q.attribution) == ("Didier Ohanian-Baptiste", "pronoun")
    q = one("Later that week I walked the dunes with the Minister of Lands, Didier Ohanian-Baptiste. He stopped "
            "at the last fence and said: “Every metre we lose here is a village we lose next year.”")
    assert q.speaker == "Didier Ohanian-Baptiste"


def test_a_french_opening_word_is_no_article():
    q = one(f"Lassée d’attendre, j’ai rejoint dans la vallée le commissaire à l’eau, Didier Ohanian-Baptiste. Nous "
            f"avons longé un puits à sec depuis dix ans. Il m’a dit{NB}: «{NB}Nous n’avons pas attendu les "
            f"bailleurs. Nous avons attendu la pluie.{NB}»")
    assert q.speaker == "Didier Ohanian-Baptiste"
    q = one(f"Lentement, nous avons suivi le ministre des Terres, Didier Ohanian-Baptiste, jusqu’à la "
            f"dernière clôture. Il a dit{NB}: «{NB}Chaque mètre perdu ici est un village perdu l’an prochain.{NB}»")
    assert q.speaker == "Didier Ohanian-Baptiste"


def test_a_role_noun_as_a_later_subject_is_the_person_given_that_role():
    q = one("Grace Mensah-Uhl met the Corvellan minister, Ana Varga-Holm, on Tuesday. The minister listened for an "
            "hour. “We will sign on Friday,” she said afterwards.")
    assert q.speaker == "Ana Varga-Holm"
    q = one(f"Grace Mensah-Uhl a rencontré mardi la ministre corvellane, Ana Varga-Holm. La ministre a écouté pendant "
            f"une heure. «{NB}Nous signerons vendredi{NB}», a-t-elle assuré ensuite.")
    assert q.speaker == "Ana Varga-Holm"


def test_a_person_and_her_deputy_named_together_leave_she_undecided():
    q = one("Ana Varga-Holm and her deputy, Ingrid Solberg-Hale, left the room together. “We will sign on Friday,” "
            "she said.")
    assert q.speaker == ""

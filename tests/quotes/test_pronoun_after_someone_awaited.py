"""A pronoun after a sentence whose subject awaits, welcomes or greets someone of the pronoun's gender: "NAME2
was waiting for him. “…,” he warned." speaks of the one awaited, as "NAME asked her to brief …" already
did. In French the object pronoun is often elided and says no gender (« NAME2 l’attendait », « l’accueille »,
« l’écoutait »): it still rules the subject out for the pronoun after the quotation, which goes to the person
the paragraph named before, or to nobody. The sentences are written for these tests, as wire copy, a feature,
a live blog, an interview, a newsletter and a statement would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN = [
    "Dr Aurel Fennimore arrived on Tuesday. Ambassador Piet Ingvarsson, who chairs the group, was waiting for him. "
    "“We will inspect, but the Parties must open the doors,” he warned.",
    "10:40 — Dr Aurel Fennimore reached the yard at dawn. Mr Piet Ingvarsson greeted him at the gate. "
    "“Nobody told us about the tanks,” he said.",
    "The director, Aurel Fennimore, came late. The chair, Piet Ingvarsson, welcomed him warmly. "
    "“I read the draft on the plane,” he told reporters.",
    "Aurel Fennimore flew in from Geneva. Piet Ingvarsson met him at the airport. “The register comes first,” he said.",
    "In brief: Aurel Fennimore was in town. Piet Ingvarsson thanked him publicly. “We need numbers, not promises,” "
    "he added.",
    "Aurel Fennimore spoke after lunch. Piet Ingvarsson interrupted him twice. “Let me finish,” he said.",
]
FR = [
    "Le directeur général, le docteur Aurel Fennimore, est arrivé mardi. L’ambassadeur Piet Ingvarsson, qui préside "
    f"le groupe, l’attendait. «{NB}Nous inspecterons, mais les Parties doivent ouvrir les portes{NB}», a-t-il prévenu.",
    f"10 h 40 — Le docteur Aurel Fennimore est arrivé au chantier à l’aube. M. Piet Ingvarsson l’accueille à la "
    f"grille. «{NB}Personne ne nous a parlé des cuves{NB}», a-t-il dit.",
    f"Le directeur, Aurel Fennimore, est arrivé en retard. Le président, Piet Ingvarsson, l’écoutait. «{NB}J’ai lu "
    f"le projet dans l’avion{NB}», a-t-il confié.",
    f"Aurel Fennimore arrivait de Genève. Piet Ingvarsson l’attendait à l’aéroport. «{NB}Le registre d’abord{NB}», "
    f"a-t-il lancé.",
    f"En bref. Aurel Fennimore était de passage. Piet Ingvarsson l’a remercié en public. «{NB}Il nous faut des "
    f"chiffres{NB}», a-t-il ajouté.",
    f"Aurel Fennimore a parlé après le déjeuner. Piet Ingvarsson l’interrompait sans cesse. «{NB}Laissez-moi "
    f"finir{NB}», a-t-il dit.",
]

#: someone the subject questions or interviews (« l’avait interrogé », "questioned him"): the one asked answers
ASKED = [
    "Aurel Fennimore left the talks last. Piet Ingvarsson questioned him at the door. “We accepted the scale so "
    "as not to block,” he said.",
    "Wire copy. Aurel Fennimore came out at midnight; Piet Ingvarsson interviewed him in the corridor. “The fund "
    "can wait,” he said.",
    "14:05 — Aurel Fennimore was the last out. Piet Ingvarsson asked him about the fund. “We will see the "
    "accounts first,” he replied.",
    "Newsletter. Aurel Fennimore stayed behind. Piet Ingvarsson sounded him out on the scale. “It is a start,” "
    "he admitted.",
    "Interview. Aurel Fennimore sat down with us. Piet Ingvarsson questioned him for an hour. “I read every line,” he said.",
    "Statement. Aurel Fennimore came to our stand. Piet Ingvarsson interviewed him for our bulletin. “Count the "
    "children,” he told him.",
    f"Un membre de la délégation, Aurel Fennimore, est sorti le dernier. Piet Ingvarsson, de la coalition, l’avait "
    f"interrogé à la sortie. «{NB}Nous avons accepté l’échelle{NB}», a-t-il déclaré.",
    f"Dépêche. Aurel Fennimore est sorti à minuit. Piet Ingvarsson l’a questionné dans le couloir. «{NB}Le fonds "
    f"attendra{NB}», a-t-il dit.",
    f"14 h 05 — Aurel Fennimore sort le dernier. Piet Ingvarsson l’interroge sur le fonds. «{NB}Nous verrons les "
    f"comptes{NB}», répond-il.",
    f"Bulletin. Aurel Fennimore est resté. Piet Ingvarsson l’a interviewé pour le bulletin. «{NB}C’est un "
    f"début{NB}», a-t-il admis.",
    f"Entretien. Aurel Fennimore s’est assis avec nous. Piet Ingvarsson l’a sollicité sur l’échelle. «{NB}J’ai lu "
    f"chaque ligne{NB}», a-t-il dit.",
    f"Reportage. Aurel Fennimore est venu au stand. Piet Ingvarsson l’avait questionné la veille. «{NB}Comptez les "
    f"enfants{NB}», a-t-il lancé.",
]


@pytest.mark.parametrize("text", EN + FR + ASKED)
def test_a_pronoun_after_someone_awaited_is_not_the_one_who_awaits(text):
    q = one(text)
    assert q.speaker != "Piet Ingvarsson"
    assert q.speaker in ("Aurel Fennimore", "")

"""A turn's label of initials (« C. A. — », « A. V. — », "J. K.:") is who speaks that turn: the one who answers
says "je", "I", and the one who asks says "vous", "you". A pronoun sayer in an answer ("il m’a écrit", "she told me")
is someone else: neither a label nor the person whose initials label the turns (the interviewee, the interviewer
named in the standfirst), nor someone an answer before the last question named (the question itself may name her).
With nobody else of it named, the quotation names nobody.

Near-misses that must not change: a pronoun after a person the answer names in full goes to her, and the answer's
own words after its label stay the interviewee's. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .finding import NB, one

_HEAD_FR = (f"# «{NB}Le froid coûte cher{NB}»\n\n*Entretien avec la docteure Mila Ferrant, directrice du Réseau "
            f"des dispensaires du Nord, réalisé par Jonas Pell.*\n\n")
_HEAD_EN = ("# “Cold costs money”\n\n*An interview with Dr Mila Ferrant, director of the Northern Clinics Network, "
            "by Jonas Pell.*\n\n")

_NOBODY = [
    _HEAD_FR + f"**J. P. — Combien ?**\n\nM. F. — Deux mille. Nos camions attendent, je le répète.\n\n"
               f"**J. P. — Et votre voisin ?**\n\nM. F. — *(rires)* Ce n’est pas mon frère. Mais il m’a écrit{NB}: "
               f"«{NB}Mon réfrigérateur est devenu une pharmacie{NB}». J’aime cette phrase.",
    _HEAD_FR + f"**J. P. — Et la gardienne ?**\n\nM. F. — Elle m’a dit un jour{NB}: «{NB}les boîtes arrivent "
               f"toujours le vendredi soir{NB}». Elle avait raison.",
    _HEAD_FR + f"**J. P. — Et les vendeurs ?**\n\nM. F. — Théo Varga m’a raconté ses nuits au marché.\n\n"
               f"**J. P. — Et votre voisin ?**\n\nM. F. — *(rires)* Luc n’est pas mon frère. Mais il m’a écrit{NB}: "
               f"«{NB}Mon réfrigérateur est devenu une pharmacie{NB}».",
    _HEAD_EN + "**J. P. — And the driver?**\n\nM. F. — He is not my cousin, whatever people say. But he wrote to me: "
               "“My cool box has become a laboratory.” I like that line.",
    _HEAD_EN + "**J. P.: And your deputy?**\n\nM. F.: She told me last week: “for the first time we have more "
               "parcels than technicians.” A good problem.",
]


@pytest.mark.parametrize("text", _NOBODY)
def test_a_pronoun_in_an_answer_is_no_label_s_person(text):
    q = one(text)
    assert q.speaker == "", (q.speaker, q.attribution)


def test_a_pronoun_after_a_person_named_in_the_answer_goes_to_her():
    q = one(_HEAD_EN + "**J. P. — And your deputy?**\n\nM. F. — Clara Nowak runs the night shift. She told me last "
                       "week: “for the first time we have more parcels than technicians.” A good problem.")
    assert q.speaker == "Clara Nowak"


def test_a_pronoun_after_the_question_that_names_her_goes_to_her():
    q = one(_HEAD_FR + f"**J. P. — La professeure Clara Nowak juge vos chiffres prudents. Vous aussi ?**\n\nM. F. — "
                       f"Oui. Elle nous a écrit{NB}: «{NB}l’exposition réelle est au moins le double de ce que nous "
                       f"publions{NB}».")
    assert q.speaker == "Clara Nowak"

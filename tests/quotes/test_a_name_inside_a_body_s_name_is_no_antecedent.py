"""A name inside a body's name, after its capitalised head word (« l'Alliance Alerte Versants », "the Fondation
Pierre Lemaire", "Institute Ana Brel"), is no person a later pronoun can stand for: "He told me: “…”" with no
one else named goes to nobody, not to "Alerte Versants" or "Pierre Lemaire". A person named after a role in
lower case ("the network's director Ana Brel") still is. Written for these tests, in the forms of interviews,
features, newsletters and statements.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

CASES = [
    ("Interview conducted for the Fondation Pierre Lemaire on 18 November.\n\nYes, thanks to the keeper. He told "
     "me on Monday: “I did not wait for the province, I looked at the sky.”", "en"),
    ("Entretien réalisé pour l'Alliance Alerte Versants le 18 novembre.\n\n— Oui, grâce au gardien. Il m'a dit "
     "lundi : « Je n'ai pas attendu la province, j'ai regardé le ciel. »", "fr"),
    ("Ce reportage a été financé par la Fondation Marie Lassalle.\n\nAu centre d'accueil, une femme attend. Elle "
     "m'a dit : « On n'a rien pris, ni les papiers ni les photos. »", "fr"),
]


@pytest.mark.parametrize("text,lang", CASES)
def test_a_body_s_name_is_no_antecedent(text, lang):
    q = quotes(text, language=lang)[-1]
    assert q.speaker == "", (q.speaker, q.attribution)


def test_near_miss_a_person_after_a_lower_case_role():
    text = ("The network's director Ana Brel met the families on Monday.\n\nAt the shelter, she was blunt. She told "
            "me: “We have beds for forty more.”")
    q = quotes(text, language="en")[-1]
    assert q.speaker == "Ana Brel", (q.speaker, q.attribution)

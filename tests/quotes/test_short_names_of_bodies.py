"""A body's short name (« le Réseau », "the Council", "the Alliance") is the one body whose name holds it.

The name given is the one in the text's language when the kit has it. The word may be the other language's (« le Réseau » in the French release of a network the kit names in
English, "the Network" in an English text of a « Réseau »); it may be followed by when it spoke (« a
indiqué le Conseil lundi »); when the kit knows two different bodies of that kind ("the Institute" beside the
Kessel and the Halden Institutes) which one is meant is a guess, and none is given. The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

MINES_EN, MINES_FR = "Network of Mine Survivors", "Réseau des survivants des mines"
LEAF = ["Heated Leaf Council", "Conseil de la feuille chauffée"]
KESSEL = ["Kessel Institute for Lung Research", "Institut Kessel de recherche pulmonaire"]

CASES = [
    (f"«{NB}Nous ne sommes pas venus pour émouvoir, mais pour être entendus{NB}», déclare le Réseau dans un texte lu "
     f"devant la salle.", {"default_organisation": MINES_EN}, "", MINES_EN),
    (f"Rosa Keller, présidente du Réseau, a perdu une jambe en 2019. «{NB}On m'a dit que c'était un accident. "
     f"Personne ne m'a dit qui avait posé la mine{NB}», rappelle-t-elle.", {"default_organisation": MINES_EN},
     "Rosa Keller", MINES_EN),
    (f"«{NB}L'exclusion est une décision politique déguisée en décision juridique{NB}», a indiqué le Conseil lundi.",
     {"known_organisations": LEAF}, "", LEAF[1]),
    (f"L'Institut a rappelé lundi que «{NB}la moitié des fumeurs meurent de leur tabagisme{NB}».",
     {"known_organisations": KESSEL}, "", KESSEL[1]),
    (f"«{NB}Personne ne signe un chèque en blanc en janvier{NB}», a prévenu l'Alliance dans un communiqué.",
     {"default_organisation": "Smoke-Free Futures Alliance"}, "", "Smoke-Free Futures Alliance"),
    ("“We did not come to move you, we came to be heard,” the Network said in a text read to delegates.",
     {"default_organisation": MINES_FR}, "", MINES_FR),
    ("Rosa Keller, who chairs the Network, lost a leg in 2019. “I was told it was an accident. Nobody told me who "
     "had laid the mine,” she said.", {"default_organisation": MINES_FR}, "Rosa Keller", MINES_FR),
    ("“The exclusion is a political decision dressed up as a legal one,” the Council said on Monday.",
     {"known_organisations": LEAF}, "", LEAF[0]),
    ("As the Institute reminded delegates on Monday, “half of all smokers die of their habit, and that has not "
     "changed”.", {"known_organisations": KESSEL}, "", KESSEL[0]),
    ("“Nobody signs a blank cheque in January,” the Alliance warned in a statement.",
     {"default_organisation": "Alliance Avenir sans tabac"}, "", "Alliance Avenir sans tabac"),
]


@pytest.mark.parametrize("text, kw, speaker, org", CASES)
def test_a_short_name_is_the_one_body_whose_name_holds_it(text, kw, speaker, org):
    q = one(text, **kw)
    assert (q.speaker, q.organisation) == (speaker, org)


@pytest.mark.parametrize("text", [
    "As the Institute reminded delegates on Monday, “half of all smokers die of their habit, and that has not "
    "changed”.",
    f"L'Institut a rappelé lundi que «{NB}la moitié des fumeurs meurent de leur tabagisme{NB}».",
])
def test_two_bodies_of_that_kind_leave_the_organisation_empty(text):
    q = one(text, known_organisations=KESSEL + ["Halden Institute"])
    assert (q.speaker, q.organisation) == ("", "")


def test_a_line_a_pdf_wrapped_inside_the_source_phrase_keeps_the_body():
    q = one("The observer for the Harcourt Centre for Lung Research said the Centre’s review of 212 court\ncases "
            "showed that “litigation has replaced lobbying as the industry’s main tool in poorer countries”.")
    assert (q.speaker, q.organisation) == ("", "Harcourt Centre for Lung Research")

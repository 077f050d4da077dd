""""Our" / « notre » in the answer of an interview stands for the body of the person interviewed, not for
the kit's publisher who ran the interview: her body as the document gives it for her, else as the interview's
standfirst names her role in it ("The coordinator of the X Network talks about …").

A paragraph that is no answer (no "A:" / « R : » label, no question before it) keeps the publisher, and a
standfirst that names two bodies gives none. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, ORG, quotes

_TITLE_EN = "# “A harbour is only as clean as its dirtiest hull,” says Maren Oduya\n\n"
_STAND_EN = ("The coordinator of the Coastal Wardens Network talks about boats and budgets. Interview by the Harbour "
             "Coalition’s press office.\n\nMaren Oduya grew up on a quay.\n\n")
_TITLE_FR = f"# Maren Oduya{NB}: «{NB}Chaque quai est une frontière{NB}»\n\n"
_STAND_FR = ("La directrice de l’Agence des rivages propres, Maren Oduya, nous reçoit dans un bureau prêté.\n\n")

_ANSWERS = [
    # a feature's Q&A with labels
    _TITLE_EN + _STAND_EN + "**Q: What does a warden need most?**\n\n**A:** A boat. Our own handbook says it plainly: "
                            "“no boat, no patrol.” We are still waiting.",
    _TITLE_EN + _STAND_EN + "**Q: What does a warden need most?**\n\n**A:** As our handbook puts it, “no boat, no "
                            "patrol.”",
    # questions in bold, answers unlabelled (a newsletter's interview)
    _TITLE_EN + _STAND_EN + "**What does a warden need most?**\n\nA boat. Our field guide is blunt: “no boat, no patrol.”",
    # French, the person's body given by the opening paragraph
    _TITLE_FR + _STAND_FR + f"**Pourquoi maintenant{NB}?**\n\nParce que les États nous la demandent. Notre propre note "
                            f"technique le dit{NB}: «{NB}pas de bateau, pas de patrouille{NB}». Il était temps.",
    _TITLE_FR + _STAND_FR + f"**Q{NB}: Que faut-il d’abord{NB}?**\n\n**R{NB}:** Un bateau. Comme le dit notre guide, "
                            f"«{NB}pas de bateau, pas de patrouille{NB}».",
    # French standfirst with the role only
    _TITLE_FR + f"La coordinatrice du Réseau des gardes du littoral revient sur ses bateaux.\n\nMaren Oduya a grandi sur "
                f"un quai.\n\n**Que faut-il d’abord{NB}?**\n\nUn bateau. Notre guide le dit{NB}: «{NB}pas de bateau, pas "
                f"de patrouille{NB}».",
]


@pytest.mark.parametrize("text", _ANSWERS)
def test_our_in_an_answer_is_the_interviewee_s_body(text):
    q = next(q for q in quotes(text) if "patrol" in q.text or "patrouille" in q.text)
    assert q.speaker == ""
    assert q.organisation != ORG
    assert any(w in q.organisation for w in ("Wardens", "rivages", "gardes")), q.organisation


def test_our_outside_an_answer_stays_the_publisher_s():
    text = _STAND_EN + "Our own handbook says it plainly: “no boat, no patrol.”"
    q = next(q for q in quotes(text) if "patrol" in q.text)
    assert q.organisation == ORG


def test_a_standfirst_with_two_bodies_gives_none_of_them():
    text = (_TITLE_EN + "The coordinator of the Coastal Wardens Network and the director of the Port Safety Agency "
            "talk about boats.\n\n**Q: What does a warden need most?**\n\n**A:** Our handbook says it: “no boat, no "
            "patrol.”")
    q = next(q for q in quotes(text) if "patrol" in q.text)
    assert "Wardens" not in q.organisation and "Agency" not in q.organisation


def test_the_publisher_under_another_name_in_the_standfirst_stays_the_publisher():
    text = (f"# «{NB}Le registre, c’est la lumière{NB}», dit Théo Marchand\n\nLe responsable des politiques de la "
            f"Coalition Brise-lames revient sur la négociation.\n\n**Que s’est-il passé{NB}?**\n\nThéo Marchand{NB}: "
            f"Comme nous l’écrivons dans notre appel aux Parties, «{NB}un navire recyclé en secret est un navire "
            f"démoli dans le noir{NB}».")
    q = next(q for q in quotes(text) if "navire" in q.text)
    assert q.organisation == ORG  # the Harbour Coalition's own "Coalition Brise-lames", as « la Coalition » is

"""In an interview whose opening says by a verb which body the interviewee runs ("NAME has run the X Agency since
2030", « La docteure NAME dirige l’Agence X », « NAME dirige depuis six ans le Bureau X »), the document "our own
technical note" / « notre propre note technique » cited in an answer is that body's, not the publisher's of the
interview. Someone else the opening says runs a body ("Her predecessor, NAME, has run …") gives nothing. The
sentences are written for these tests, in the forms of an interview a coalition publishes (English and French,
labelled or not) and one a newspaper prints.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

CASES = [
    # a coalition's interview, answers unlabelled, the opening with "has run … since"
    ("# Isolde Brackwater: the diver who keeps the budget\n\nIsolde Brackwater has run the Agency for the Salvage of Drifting Nets "
     "since 2030. We met her on the quay on the third morning of the meeting.\n\n**Do you mark nets?**\n\nSome "
     "of them. Marking tells you whose net it was, not where it went. Our own technical note says it plainly: "
     "“salvage costs ten times what prevention costs, and someone else pays it.”\n",
     "Agency for the Salvage of Drifting Nets"),
    ("# Isolde Brackwater: the diver who keeps the budget\n\nIsolde Brackwater has run the Agency for the Salvage "
     "of Drifting Nets since 2030. We met her on the quay.\n\n**Do you mark nets?**\n\nSome of them. As our own "
     "technical note puts it, “salvage costs ten times what prevention costs, and someone else pays it.”\n",
     "Agency for the Salvage of Drifting Nets"),
    # a French interview with Q and R labels, the opening with « dirige »
    (f"# Ylva Marchetant : compter, c’est déjà agir\n\nLa docteure Ylva Marchetant dirige l’Agence mondiale de "
     f"prévention des chutes. Entre deux séances, elle a répondu à nos questions.\n\nQ{NB}: Votre rapport parle "
     f"d’une épidémie. Pourquoi{NB}?\n\nR{NB}: Parce que c’en est une. Comme le rappelle notre propre "
     f"note technique, «{NB}la chute tue plus d’ouvriers que les machines dans neuf des pays "
     f"étudiés{NB}». Personne ne l’a lue.\n",
     "Agence mondiale de prévention des chutes"),
    # a newspaper's interview, reprinted, with « depuis six ans »
    (f"# « On ne ment pas à une balance »\n\n*Entretien paru dans Le Courrier de Varenne, reproduit avec "
     f"l’autorisation du journal.*\n\nLa docteure Agathe Sorbier-Lunde dirige depuis six ans le Bureau de "
     f"pesée des grumes. Elle répète volontiers la phrase qui sert de titre à cet entretien.\n\n**Combien "
     f"coûte une pesée{NB}?**\n\nQuarante euros si la grume est propre. Comme le dit notre propre note "
     f"technique, «{NB}une grume mal mesurée est une grume perdue pour le fisc{NB}».\n",
     "Bureau de pesée des grumes"),
]


@pytest.mark.parametrize("text,org", CASES)
def test_our_note_is_the_interviewee_s_body_s(text, org):
    (q,) = quotes(text)
    assert q.speaker == ""
    assert q.organisation == org


def test_near_miss_a_predecessor_who_ran_another_body_gives_none_of_it():
    text = ("# The diver who keeps the budget\n\nIsolde Brackwater joined the salvage teams in 2030. Her "
            "predecessor, Viggo Hallorand, has run the Agency for the Salvage of Drifting Nets since 2019. We met "
            "her on the quay.\n\n**Do you mark nets?**\n\nSome of them. Our own technical note says it plainly: "
            "“salvage costs ten times what prevention costs, and someone else pays it.”\n")
    (q,) = quotes(text)
    assert q.organisation != "Agency for the Salvage of Drifting Nets"

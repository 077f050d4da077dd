"""A French rank or bench before a surname (« le capitaine SURNAME », « le lieutenant SURNAME », « l’amiral SURNAME »,
« la juge SURNAME »), as "Captain SURNAME", "Lieutenant SURNAME" are in English: a person the paragraph names, so a
later « a-t-il raconté » goes to him, the sentence's subject, not to the minister of the passive's « par le ministre
SURNAME2 » after him.

A rank with no name after it (« le capitaine de l’équipe ») names nobody (near-miss). The sentences are written for
these tests, as a fact sheet, a union newsletter and a wire would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

_CASES = [
    (f"Fiche.\n\nLe capitaine Orvado a été reçu par le ministre Kessel-Lund, puis par la présidente Vasko-Rhee. «{NB}Elle "
     f"m’a écouté plus longtemps que mon propre ministre{NB}», a-t-il raconté en souriant.", "Orvado"),
    (f"Lettre.\n\nLe lieutenant Marbrecq a été félicité par le préfet Daumoulin. «{NB}Je n’ai fait que mon travail"
     f"{NB}», a-t-il répondu.", "Marbrecq"),
    (f"Dépêche.\n\nLa juge Ostrelli a été interrogée par le député Vanhove. «{NB}Le dossier est complet{NB}», a-t-elle "
     f"assuré.", "Ostrelli"),
]


@pytest.mark.parametrize("text,who", _CASES)
def test_the_ranked_subject_speaks_not_the_passive_s_agent(text, who):
    q = one(text)
    assert q.speaker.split()[-1] == who, (q.speaker, q.attribution)


def test_a_rank_with_no_name_names_nobody():
    q = one(f"Fiche.\n\nLe capitaine de l’équipe a été reçu au ministère. «{NB}On nous a écoutés{NB}», a-t-il "
            f"raconté.")
    assert q.speaker == "", q.speaker

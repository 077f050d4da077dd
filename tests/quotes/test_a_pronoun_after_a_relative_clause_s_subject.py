"""A pronoun after a sentence whose subject is one man and whose relative clause names another (« Le président
de la Fédération …, NAME, est arrivé mardi …, où l'attendait l'ambassadeur NAME2. « … », a-t-il lancé. »): the
sentence's subject, the person the paragraph introduced. The relative clause's « l' » is the subject himself, so
it rules out nobody, and the man named in it (an inverted subject after « où », « que ») is no sentence's subject.

A woman in the relative clause is still the one « elle » means. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_SAID = f"«{NB}Regardez{NB}: voilà ce que mangent nos truites{NB}», a-t-il lancé."

_TWO_MEN = [
    f"Le président de la Fédération des pêcheurs, Gaspard Vautrel, est arrivé mardi avec trois seaux, posés devant le "
    f"stand de la délégation de Morvanie, où l’attendait l’ambassadeur Amadou Kerbastide. {_SAID}",
    f"Gaspard Vautrel, président de la Fédération des pêcheurs, a traversé le hall jusqu’au stand, où l’attendait "
    f"l’ambassadeur Amadou Kerbastide. {_SAID}",
    f"Gaspard Vautrel, président de la Fédération des pêcheurs, est entré dans la salle que présidait l’ambassadeur "
    f"Amadou Kerbastide. {_SAID}",
    f"Le président de la Fédération des pêcheurs, Gaspard Vautrel, est venu au stand, où l’accueillait "
    f"l’ambassadeur Amadou Kerbastide.\n\nIl a posé ses seaux sur la table. {_SAID}",
]


@pytest.mark.parametrize("text", _TWO_MEN)
def test_the_sentence_s_subject_not_the_man_of_its_relative_clause(text):
    q = next(q for q in quotes(text) if "truites" in q.text)
    assert q.speaker == "Gaspard Vautrel"
    assert "Fédération des pêcheurs" in q.organisation


def test_a_woman_in_the_relative_clause_is_the_one_elle_means():
    text = (f"Le président de la Fédération des pêcheurs, Gaspard Vautrel, est arrivé au stand, où l’attendait "
            f"l’ambassadrice Amina Kerbastide. «{NB}Nous verrons bien{NB}», a-t-elle lancé.")
    q = next(q for q in quotes(text) if "verrons" in q.text)
    assert q.speaker == "Amina Kerbastide"

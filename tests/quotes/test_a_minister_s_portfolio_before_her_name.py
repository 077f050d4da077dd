"""A minister named right after her portfolio, with no comma (« la ministre de la Mer NAME », « le ministre des
Pêches NAME »), holds an office: the portfolio is part of her role, never a place or a body she speaks for ("Mer",
"Pêches"). A State named the same way (« la ministre de Kasmirie NAME », « l’ambassadeur de Kasmirie NAME ») is
still whom she speaks for.
The sentences are written for these tests, as a French wire desk would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

PORTFOLIOS = [
    (f"Son homologue, la ministre de la Mer Clémence Vautrin, a mis en garde contre «{NB}une date de papier qui ne "
     f"vaut rien{NB}».", "Clémence Vautrin", "ministre de la Mer"),
    (f"Le ministre des Pêches Paul Arnoux a déclaré{NB}: «{NB}une date de papier ne vaut rien{NB}».", "Paul Arnoux",
     "ministre des Pêches"),
    (f"La ministre de la Santé Ines Rocheval a prévenu{NB}: «{NB}nous ne signerons rien sans calendrier{NB}».",
     "Ines Rocheval", "ministre de la Santé"),
]


@pytest.mark.parametrize("text,speaker,role", PORTFOLIOS)
def test_the_portfolio_is_part_of_the_office(text, speaker, role):
    q = one(text, language="fr", default_organisation="")
    assert q.speaker == speaker and q.role == role
    assert q.organisation not in ("Mer", "Pêches", "Santé")


def test_a_state_before_the_name_is_still_hers():
    """The near miss: a State in the portfolio's place is whom she speaks for."""
    q = one(f"La ministre de Kasmirie Clémence Vautrin a déclaré{NB}: «{NB}une date de papier ne vaut rien{NB}».",
            language="fr", default_organisation="")
    assert q.speaker == "Clémence Vautrin" and q.organisation == "Kasmirie"

"""A body named by the two places its members work, joined by « et » with the preposition said twice (« la Guilde
des éleveurs en étangs et en cages », « le Syndicat des marins en mer et en rivière »), keeps its whole name: the
« et en … » is no clause of the sentence. A clause after « et » (« trésorière de la Coalition et en poste depuis
2020 ») still ends the body's name.
The sentences are written for these tests, as a wire desk and a newsletter would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes.people import clean_org
from tests.quotes.finding import NB, one

WHOLE = [
    (f"Le président de la Guilde des éleveurs en étangs et en cages, Gérald Vannier, a dit redouter que les petites "
     f"fermes ne fassent «{NB}les frais d’une règle écrite pour les grandes{NB}».", "Guilde des éleveurs en étangs et en cages"),
    (f"Ruairi Dempsey, trésorier de la Guilde des éleveurs en étangs et en cages, nous a répondu{NB}: «{NB}Montrez-moi "
     f"la deuxième année{NB}».", "Guilde des éleveurs en étangs et en cages"),
    (f"Anna Lund, secrétaire du Syndicat des marins en mer et en rivière, a prévenu{NB}: «{NB}Nous ne signerons pas "
     f"sans calendrier.{NB}»", "Syndicat des marins en mer et en rivière"),
]


@pytest.mark.parametrize("text,org", WHOLE)
def test_the_body_keeps_its_whole_name(text, org):
    assert one(text, language="fr", default_organisation="").organisation == org


def test_clean_org_keeps_the_parallel_places():
    assert clean_org("Guilde des éleveurs en étangs et en cages") == "Guilde des éleveurs en étangs et en cages"
    assert clean_org("Coalition et des ONG") == "Coalition"


def test_a_clause_after_et_still_ends_the_name():
    """The near miss: « et en poste depuis 2020 » is about her, not part of the body's name."""
    q = one(f"Anna Lund, trésorière de la Coalition et en poste depuis 2020, a répondu{NB}: «{NB}Montrez-moi la "
            f"deuxième année{NB}».", language="fr", default_organisation="")
    assert q.organisation == "Coalition"

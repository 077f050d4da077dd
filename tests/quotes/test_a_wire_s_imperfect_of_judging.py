"""A French wire reports speech in the imperfect as often as in the perfect: « Un délégué, qui a requis l’anonymat,
jugeait en marge de la plénière que la date était « … » », « notait », « tranchait », « relevait ». These are verbs
of saying like « a jugé », « a noté »: the fragment they introduce is a quotation (here an unnamed delegate's, or
the named minister's), not a phrase of the writer's. One word held at a distance in a relative clause about a
thing (« Le texte, qui jugeait la pêche « secondaire », a été retiré ») stays nobody's.
The sentences are written for these tests, as a wire desk would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

REPORTED = [
    (f"Un délégué, qui a requis l’anonymat, jugeait en marge de la plénière que la date de 2040 était «{NB}un "
     f"compromis que personne n’aime mais que tout le monde peut signer{NB}».", "", "unnamed"),
    (f"Une négociatrice, sous couvert d’anonymat, notait jeudi que le texte restait «{NB}une promesse sans "
     f"argent{NB}».", "", "unnamed"),
    (f"La ministre Anna Reveillon tranchait mardi que le calendrier était «{NB}intenable pour les petites "
     f"exploitations{NB}».", "Anna Reveillon", "named"),
    (f"Un observateur relevait, à la sortie de la séance, que la salle avait été «{NB}plus calme que prévu{NB}».", "",
     "unnamed"),
]


@pytest.mark.parametrize("text,speaker,how", REPORTED)
def test_the_imperfect_introduces_a_quotation(text, speaker, how):
    qs = quotes(text, language="fr", own_voice=False)
    assert len(qs) == 1
    assert qs[0].speaker == speaker and qs[0].attribution == how


def test_a_word_held_at_a_distance_about_a_thing_stays_nobody_s():
    """The near miss: the imperfect is the text's, and its object one word held at a distance."""
    assert quotes(f"Le texte, qui jugeait la pêche «{NB}secondaire{NB}», a été retiré.", language="fr",
                  own_voice=False) == []

"""Testimonies signed by initials and a town, as newsletters and local papers print them when a witness asks not
to be named in full: "“…” — R. T., Tallow Creek", « « … » — M. L., Saint-Ombe », « « … » — J.-P. D., Lenne ».
The initials are the speaker as the text gives them: « M. » before nothing but initials is an initial, not
« Monsieur », and a hyphenated first name's « J.-P. » is one initial (its « P. » ends no sentence). « M. Leroy »
is still Monsieur Leroy. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

FR = [  # (text, speaker)
    (f"## Saint-Ombe\n\n«{NB}Le lavoir est fermé depuis dix ans.{NB}» — M. L., Saint-Ombe\n", "M. L."),   # lettre d'info
    (f"«{NB}Personne ne nous a prévenus.{NB}» — J.-P. D., Vallon-sur-Lenne\n", "J.-P. D."),              # presse locale
    (f"«{NB}On boit l’eau en bouteille.{NB}» — M. R.-K., Tanneurs\n", "M. R.-K."),                         # témoignage
    (f"J.-P. D. a ajouté, en anglais{NB}: “We are still here.”\n", "J.-P. D."),                             # reportage
]
EN = [
    ("## Kiln Lane\n\n“We close the windows when the lorries pass.” — M. L., Kiln Lane\n", "M. L."),      # newsletter
    ("“Nobody told us a thing.” — J.-P. D., Tallow Creek\n", "J.-P. D."),                                 # local paper
]


@pytest.mark.parametrize("text,who", FR)
def test_french_testimony_signed_by_initials(text, who):
    [q] = quotes(text, language="fr", own_voice=False)
    assert q.speaker == who


@pytest.mark.parametrize("text,who", EN)
def test_english_testimony_signed_by_initials(text, who):
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == who


def test_monsieur_before_a_surname_is_still_a_title():
    [q] = quotes(f"«{NB}Le lavoir est fermé depuis dix ans.{NB}» — M. Leroy-Vasse, Saint-Ombe\n", language="fr",
                 own_voice=False)
    assert q.speaker == "Leroy-Vasse"

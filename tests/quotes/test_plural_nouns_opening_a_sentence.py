"""A plural common noun that opens a sentence ("Farmers travelling with the coalition include NAME, …", « Paysannes
et paysans ont défilé avec NAME ») is no surname: where the text writes the same word in lower case, a pronoun
after it never goes to "Farmers": to the person the sentence introduces, or (where she is only its object) to
nobody. Written for these tests, in English and
French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [  # (text, speaker)
    ("Growers who came with the union include Tomas Berg, who farms rye near the border. “We want the right to "
     "sow,” he said. Most growers agree.", "Tomas Berg"),                                            # release
    ("Beekeepers on the delegation include Ana Lind, who keeps forty hives. “The bees cannot wait,” she told us. "
     "Other beekeepers nodded.", "Ana Lind"),                                                        # feature
    ("Fishers from the coast came too, among them Piet Varga. “The fish are gone,” he said. The fishers left at "
     "noon.", "Piet Varga"),                                                                         # live blog
    ("Teachers joining the march included Mira Osei, who teaches in Kessa. “Our children eat what we grow,” she "
     "said. The teachers sang.", "Mira Osei"),                                                       # newsletter
    ("Bakers at the stand included Yann Morel. “Old wheat makes good bread,” he said, as other bakers handed out "
     "loaves.", "Yann Morel"),                                                                       # wire copy
    ("Nurses from the clinic came at dawn with Ines Adler, who runs it. “We saw the cases first,” she said. The "
     "nurses stayed all day.", "Ines Adler"),                                                        # statement
]
FR = [
    (f"Paysannes et paysans ont défilé avec Ana Lind, qui cultive du seigle. «{NB}Nous voulons semer librement{NB}», "
     "a-t-elle dit. D’autres paysannes ont suivi.", "Ana Lind"),
    (f"Apiculteurs venus du nord entouraient Tomas Berg, qui a quarante ruches. «{NB}Les abeilles ne peuvent pas "
     f"attendre{NB}», a-t-il lancé. Les apiculteurs ont applaudi.", "Tomas Berg"),
    (f"Pêcheurs et mareyeurs accompagnaient Piet Varga. «{NB}Le poisson a disparu{NB}», a-t-il dit. Les pêcheurs sont "
     "partis à midi.", "Piet Varga"),
    (f"Enseignantes en grève et parents ont rejoint Mira Osei, qui enseigne à Kessa. «{NB}Nos enfants mangent ce que "
     f"nous cultivons{NB}», a-t-elle dit. Les enseignantes ont chanté.", "Mira Osei"),
    (f"Boulangers du quartier entouraient Yann Morel. «{NB}Le blé ancien fait du bon pain{NB}», a-t-il dit, tandis que "
     "d’autres boulangers distribuaient du pain.", "Yann Morel"),
    (f"Infirmières de la clinique et médecins sont arrivés avec Ines Adler, qui la dirige. «{NB}Nous avons vu les cas "
     f"les premières{NB}», a-t-elle dit. Les infirmières sont restées.", "Ines Adler"),
]


@pytest.mark.parametrize("text,speaker", EN)
def test_english_plural_noun_opening_a_sentence_is_nobody(text, speaker):
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker in (speaker, "") and q.speaker != text.split()[0]


@pytest.mark.parametrize("text,speaker", FR)
def test_french_plural_noun_opening_a_sentence_is_nobody(text, speaker):
    [q] = quotes(text, language="fr", own_voice=False)
    assert q.speaker in (speaker, "") and q.speaker != text.split()[0]

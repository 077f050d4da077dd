"""A proverb, a saying or an adage quoted as such is nobody's quotation: nobody in the text says it, the
speaker only recalls it. The words after it are still the speaker's. The sentences are written for these
tests, in the forms of several presses."""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

SAYINGS = [
    # statement
    ("When we presented the plan, the Minister of Finance reminded me of an old proverb: “A well remembers every "
     "bucket”. I add to it: so do children.", "A well remembers every bucket"),
    # feature
    ("As the saying goes in the delta, “the river forgives nothing”, and the fishers know it.",
     "the river forgives nothing"),
    # wire copy
    ("Delegates kept repeating an adage from the highlands, “Slow water digs deep valleys”, in the corridors.",
     "Slow water digs deep valleys"),
    # newsletter
    ("Our proverb of the day: “A promise is a cloud; fulfilment is rain.”", "A promise is a cloud; fulfilment is rain."),
    # live blog
    ("11:20 — The chair quoted the old saying, “Measure twice, cut once”, before opening the floor.",
     "Measure twice, cut once"),
    # Q&A
    ("Q: Is the fund enough? A: There is a proverb: “One hand cannot clap.” We need both.",
     "One hand cannot clap."),
    (f"Lors de la présentation du plan, le ministre des Finances m'a rappelé un vieux proverbe : «{NB}Un puits se "
     f"souvient de chaque seau{NB}». J'ajoute : les enfants aussi.", "Un puits se souvient de chaque seau"),
    (f"Comme dit le dicton du delta, «{NB}la rivière ne pardonne rien{NB}», et les pêcheurs le savent.",
     "la rivière ne pardonne rien"),
    (f"Les délégués répétaient un adage des hauts plateaux, «{NB}L'eau lente creuse les vallées profondes{NB}», "
     f"dans les couloirs.", "L'eau lente creuse les vallées profondes"),
    (f"Notre proverbe du jour : «{NB}Une promesse est un nuage ; la tenir, c'est la pluie.{NB}»",
     "Une promesse est un nuage ; la tenir, c'est la pluie."),
    (f"11 h 20 — Le président a cité le vieux dicton, «{NB}Mesurer deux fois, couper une fois{NB}», avant "
     f"d'ouvrir les débats.", "Mesurer deux fois, couper une fois"),
    (f"Q : Le fonds suffit-il ? R : Il y a un proverbe : «{NB}Une seule main ne peut pas applaudir.{NB}» Il faut "
     f"les deux.", "Une seule main ne peut pas applaudir."),
]


@pytest.mark.parametrize("text,saying", SAYINGS)
def test_a_proverb_is_nobodys_quotation(text, saying):
    assert saying.rstrip(".") not in [q.text.rstrip(".,") for q in quotes(text)]


@pytest.mark.parametrize("text,who", [
    ("“Sayings will not fill the fund,” said Minister Oren Valtiere, who had heard every proverb of the week.",
     "Oren Valtiere"),
    (f"«{NB}Les proverbes ne rempliront pas le fonds{NB}», a déclaré le ministre Oren Valtiere.", "Oren Valtiere"),
])
def test_words_about_proverbs_are_still_quotations(text, who):
    assert quotes(text)[-1].speaker == who

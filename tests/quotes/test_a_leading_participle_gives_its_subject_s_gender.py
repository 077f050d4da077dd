"""A French sentence that opens on a participle apposed to its subject (« Interrogé sur ce point, l’analyste
NAME a … », « Arrivée la veille, la déléguée NAME … ») says that subject's gender by the participle's agreement,
so that a later « a-t-elle » after a woman and him goes to her, not to the man named last. Before, a first name
that says no gender left him open to either pronoun. Written for these tests, as wire copy, a newsletter, a live
blog and a statement would put them; the near-misses (a participle that is not the sentence's opening, and the
man's own « a-t-il ») do not change.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one


@pytest.mark.parametrize("text, speaker", [
    # wire copy: the woman first, then a man of an epicene first name by a leading participle, then « elle »
    ("Sa directrice juridique, Maren Vaudrier, a refusé tout commentaire. Interrogé sur le même point, "
     f"l’économiste Sasha Delorne a parlé d’un coût modeste. «{NB}Rien n’est décidé avant le conseil{NB}», "
     "a-t-elle précisé.", "Maren Vaudrier"),
    # newsletter: a woman by a leading feminine participle, after a man; then « il »
    ("Le délégué Idris Guirand a demandé une suspension. Arrivée la veille de Genève, la juriste Dominique "
     f"Sarrel a lu le texte. «{NB}Nous ne signerons pas ce soir{NB}», a-t-il lancé.", "Idris Guirand"),
    # live blog: a leading participle with no role noun before the name
    ("**16:20** — La ministre Tamsin Perrachon a quitté la salle. Sollicité par la presse, Camille Ostrand a "
     f"refusé de répondre. «{NB}Le calendrier tiendra{NB}», a-t-elle affirmé.", "Tamsin Perrachon"),
])
def test_a_leading_participle_says_the_subject_s_gender(text, speaker):
    q = one(text)
    assert q.speaker == speaker, (q.speaker, q.attribution)


@pytest.mark.parametrize("text, speaker", [
    # near-miss: the man's own « il » still goes to him
    ("Sa directrice juridique, Maren Vaudrier, a refusé tout commentaire. Interrogé sur le même point, "
     f"l’économiste Sasha Delorne a parlé d’un coût modeste. «{NB}Le coût reste modeste{NB}», "
     "a-t-il précisé.", "Sasha Delorne"),
    # near-miss, English statement: an opening word with no accent and no French article is no participle
    ("Chief negotiator Tamsin Perrachon left early. Despite the delay, Camille Ostrand stayed on. “The calendar "
     "will hold,” he said.", "Camille Ostrand"),
])
def test_near_misses_keep_their_speaker(text, speaker):
    q = one(text)
    assert q.speaker == speaker, (q.speaker, q.attribution)

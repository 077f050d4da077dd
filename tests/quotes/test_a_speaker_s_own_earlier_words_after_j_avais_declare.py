"""A statement's speaker quoting her own earlier words after the first person's auxiliary: « J’ai déclaré à cette
tribune que « … » », « il y a quatre ans, j’avais dit que « … » »: the elided « j’ » before « ai » or « avais » no
longer hides the verb of saying, and the lower-case words that follow « que » are the speaker's quotation, not a
scare quote nobody said.

« j’ai une idée » is no verb of saying, and a scare quote in a sentence with no verb of saying is still dropped.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_SPEAKER = "Hedda Lorvik-Sand"
_CASES = [
    f"Madame la Présidente,\n\nIl y a quatre ans, lors de la négociation de l’accord, j’avais déclaré à cette tribune "
    f"que «{NB}la pêche illégale est d’abord une affaire de pauvreté{NB}». Je le pense toujours.",
    f"Monsieur le Président,\n\nJ’ai déclaré l’an dernier que «{NB}aucun port ne fermera sans solution pour ses "
    f"marins{NB}». Nous avons tenu parole.",
    f"Chers collègues,\n\nEn 2029, à Brest, j’avais dit aux armateurs que «{NB}le registre serait public ou ne serait "
    f"pas{NB}».",
]


@pytest.mark.parametrize("text", _CASES)
def test_the_speaker_s_own_earlier_words_are_hers(text):
    qs = quotes(text, default_speaker=_SPEAKER, own_voice=False)
    assert len(qs) == 1, [q.text for q in qs]
    assert qs[0].speaker == _SPEAKER


def test_a_scare_quote_with_no_verb_of_saying_is_still_dropped():
    text = f"Monsieur le Président,\n\nJ’ai une idée de ce que l’on appelle «{NB}la pêche propre{NB}» dans nos ports."
    assert not quotes(text, default_speaker=_SPEAKER, own_voice=False)


def test_the_speaker_s_title_before_her_name_is_her_role():
    text = (f"# Déclaration de l’ambassadrice Hedda Lorvik-Sand, cheffe de la délégation de la République de Vestre"
            f"\n\nMadame la Présidente,\n\nJ’avais déclaré à cette tribune que «{NB}aucun port ne fermera sans solution "
            f"pour ses marins{NB}».")
    q = next(q for q in quotes(text, default_speaker=_SPEAKER, own_voice=False) if "aucun port" in q.text)
    assert (q.speaker, q.role) == (_SPEAKER, "ambassadrice")

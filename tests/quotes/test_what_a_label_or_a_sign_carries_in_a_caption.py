"""Words printed on a thing are nobody's quotation: what a label or a sticker reads, with an adverb after its verb
("The label on a tin of paint still reads “…”", « L’étiquette d’un bidon indique toujours « … » »), and what a
sign carries when a caption opens on the sign, where it stands, then a colon ("A sign at the gate of the boatyard:
“…”", « Une pancarte à l’entrée du chantier : « … » »). A person's words after such a thing is mentioned stay
quotations, and so do the words of whoever the thing belongs to ("The label’s maker, NAME, said: “…”").
The sentences are written for these tests, as a photo essay's captions, a feature and a newsletter put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

PRINTED = [
    ("en", "The label on a tin of antifouling paint still reads “For use on all hulls and in all waters”. Skippers "
           "buy it by the crate."),
    ("en", "A sign at the gate of the boatyard: “Hulls scraped here, no paint without a permit”."),
    ("en", "One sticker on the harbour master’s door says “Ask before you anchor”. Nobody does."),
    ("fr", f"L’étiquette d’un bidon de peinture indique toujours «{NB}Pour toutes les coques et toutes les "
           f"eaux{NB}». Les patrons en achètent par caisses."),
    ("fr", f"Une pancarte à l’entrée du chantier naval{NB}: «{NB}Coques grattées ici, pas de peinture sans "
           f"permis{NB}»."),
]


@pytest.mark.parametrize("lang,text", PRINTED)
def test_printed_words_are_nobody_s_quotation(lang, text):
    assert quotes(text, language=lang, own_voice=False) == []


SPOKEN = [
    ("en", "A sign-painter at the gate, Jonas Brekke, told us: “Nobody reads them, but everybody photographs them.”",
     "Jonas Brekke"),
    ("en", "The label’s maker, Ingrid Solvik, said: “We print what the law tells us to print, nothing more.”",
     "Ingrid Solvik"),
    ("en", "A notice went up in May. The harbour master, Ola Dahl, said: “We will enforce it from June.”", "Ola Dahl"),
    ("fr", f"L’étiquette a changé en mai. Le capitaine du port, Ola Dahl, a prévenu{NB}: «{NB}Nous appliquerons la "
           f"règle dès juin.{NB}»", "Ola Dahl"),
]


@pytest.mark.parametrize("lang,text,speaker", SPOKEN)
def test_a_person_s_words_near_a_sign_stay_quotations(lang, text, speaker):
    """The near miss: someone speaks of the sign or the label; the words are still theirs."""
    qs = quotes(text, language=lang, own_voice=False)
    assert len(qs) == 1 and qs[0].speaker == speaker

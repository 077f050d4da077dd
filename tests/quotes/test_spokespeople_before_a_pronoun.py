"""An unnamed spokesperson of a body, introduced in the sentence before, then "he said" / « a-t-il dit » after
the quotation: nobody named, speaking for that body. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

CASES = [
    ("A spokesman for the Lowland Farmers' Union said later that the bags had run out. “We brought four "
     "hundred and we should have brought more,” he said.", "Lowland Farmers' Union"),
    ("A spokeswoman for the Kessel Water Institute confirmed the figures on Monday. “Eight stations have gone "
     "silent since spring,” she told us.", "Kessel Water Institute"),
    ("A spokesperson for the Harbour Pilots' Guild was at the quay. “Nobody asked the pilots anything,” she "
     "said, before the ferry left.", "Harbour Pilots' Guild"),
    (f"Un porte-parole du Réseau des pêcheurs du lac a indiqué que les sacs étaient épuisés. «{NB}Nous en "
     f"avions apporté quatre cents{NB}», a-t-il dit.", "Réseau des pêcheurs du lac"),
    (f"Une porte-parole de l'Institut Kessel de l'eau a confirmé les chiffres lundi. «{NB}Huit stations se "
     f"sont tues depuis le printemps{NB}», a-t-elle précisé.", "Institut Kessel de l'eau"),
]


@pytest.mark.parametrize("text, body", CASES)
def test_an_unnamed_spokesperson_speaks_for_the_body(text, body):
    q = one(text, own_voice=False)
    assert (q.speaker, q.organisation) == ("", body)

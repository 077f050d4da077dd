""""No." before a figure is the abbreviation of a number ("Bulletin No. 7", "Circular No 5", « Circulaire N° 5 »):
the capitalised words before it are a document's title, never a person named "Bulletin No". A quotation whose
only name was such a title is left to nobody rather than given to it. A surname that is the word "No" itself
("Councillor Jae-won No"), with no figure after it, stays a name.
The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

TITLES = [
    ("en", "As Circular No. 5 reminded members last month, “no boat leaves harbour without its papers signed by "
           "the vet”."),
    ("en", "Members’ Newsletter No. 12: “The quay is ours and it will stay ours whatever the port authority says”"),
    ("fr", f"Comme le rappelait la Circulaire No. 5 aux adhérents, «{NB}aucun bateau ne quitte le port sans ses "
           f"papiers signés{NB}»."),
    ("fr", f"La Lettre aux membres N° 4 le dit sans détour{NB}: «{NB}aucun inspecteur ne signe pour un bateau qu’il "
           f"n’a pas visité{NB}»."),
]


@pytest.mark.parametrize("lang,text", TITLES)
def test_a_title_with_its_number_is_no_person(lang, text):
    q = one(text, language=lang)
    assert not q.speaker.endswith((" No", " N°", " Nº"))
    assert q.speaker == ""


@pytest.mark.parametrize("text,speaker", [
    ("“We will not pay for the whole river,” said Councillor Jae-won No at the meeting.", "Jae-won No"),
    ("“We will not pay for the whole river,” said Hanne Nordby, the union’s president.", "Hanne Nordby"),
])
def test_a_surname_no_with_no_figure_stays_a_name(text, speaker):
    """The near miss: no figure after "No": a name (here, as the finder read it before)."""
    assert speaker in one(text, language="en").speaker

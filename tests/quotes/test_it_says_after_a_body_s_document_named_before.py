"""A body's document named in the sentence before, then "It says" / "It now concludes that" / « Elle indique
que »: the "it" is the document, and the words are its body's, nobody named ("The X Agency has circulated a
revised note. It now says “…”", "We have read the brief of the X Alliance. It says, quite rightly, that “…”"). The
sentence before must name a document and one body only, and no person: two bodies, a person, or no document
give nothing from here. The sentences are written for these tests, in the forms of a live blog, a statement, a
wire story, a briefing and a newsletter.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

CASES = [
    # a live blog: the body circulated a note, then "It now says"
    ("## 16:40 — The Fund changes its tone\n\nThe Coastal Resilience Fund has circulated a revised note. It now says "
     "grants should reach \"whichever village asks first, whatever the paperwork\". The plenary resumes at six.\n",
     "Coastal Resilience Fund", {"own_voice": False}),
    # a minister's statement: "the brief of the X", then "It says, quite rightly, that"
    ("Madam Chair,\n\nWe have read with care the brief of the Lantern Road Alliance. It says, quite rightly, that "
     "“a road closed in one valley is a market lost in the next”. We agree with the diagnosis.\n",
     "Lantern Road Alliance", {"default_speaker": "Orla Venning", "default_organisation": "Tessary"}),
    # a wire story: the body's report named as the subject's object
    ("KELLMOUTH, May 9 (Colporte) - The Institute for Tidal Studies published its yearly report on Tuesday. It "
     "concludes that “the spring tides now reach the old town twice a month”, and asks for a new sea wall.\n",
     "Institute for Tidal Studies", {"own_voice": False}),
    # a French briefing: « Le Réseau X a publié une note. Elle indique que »
    (f"Le Réseau des gardes-côtes bénévoles a publié mardi une note technique. Elle indique que «{NB}les balises "
     f"du chenal nord ne sont plus entretenues depuis deux hivers{NB}».\n",
     "Réseau des gardes-côtes bénévoles", {"own_voice": False, "known_organisations": ("Réseau des gardes-côtes bénévoles",)}),
    # a French newsletter: « Il conclut que » after « le rapport de la Fédération X »
    (f"Nous avons lu le rapport annuel de la Fédération des criées du Ponant. Il conclut que «{NB}la moitié des "
     f"criées fermera avant dix ans sans aide{NB}». Nous en reparlerons.\n",
     "Fédération des criées du Ponant", {"own_voice": False}),
]


@pytest.mark.parametrize("text,org,kw", CASES)
def test_it_is_the_document_its_body_speaks(text, org, kw):
    (q,) = quotes(text, **kw)
    assert (q.speaker, q.organisation) == ("", org)


def test_near_miss_two_bodies_before_give_nothing_from_here():
    text = ("KELLMOUTH, May 9 (Colporte) - The Institute for Tidal Studies sent the Harbour Pilots' Federation a "
            "report on Tuesday. It says that “the channel must be dredged before the autumn storms”.\n")
    (q,) = quotes(text, own_voice=False)
    assert q.organisation not in ("Institute for Tidal Studies", "Harbour Pilots' Federation")


def test_near_miss_a_person_named_before_keeps_elle_hers():
    text = (f"Maëlle Quéré, du Réseau des gardes-côtes bénévoles, a relu la note. Elle indique que «{NB}les balises "
            f"ne tiendront pas un hiver de plus{NB}».\n")
    (q,) = quotes(text, own_voice=False)
    assert q.speaker == "Maëlle Quéré"


def test_near_miss_no_document_before():
    text = ("KELLMOUTH, May 9 (Colporte) - The Institute for Tidal Studies met the mayor on Tuesday. It says that "
            "“the old town cannot wait for another survey”.\n")
    (q,) = quotes(text, own_voice=False)
    assert (q.speaker, q.organisation) != ("", "Institute for Tidal Studies") or q.attribution != "organisation"

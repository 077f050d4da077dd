"""A body's words found where its sentence gives them with no person: as the predicate of the body's own
sentence, opening on the verb a statement opens on (« Le BIPA « recommande … », selon sa note », « La coalition
« salue … mais regrette … » », "The Office “welcomes …”"), or after "has written that".

The sentences are written for these tests (briefing, release, newsletter, wire, statement, live blog).
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_PREDICATE = [
    ("fr", f"## La position du Bureau\n\nLe BGP «{NB}recommande un objectif distinct pour les pertes après "
           f"récolte{NB}», selon sa note technique du 12 mai."),
    ("fr", f"La coalition «{NB}salue l’adoption d’un objectif chiffré mais regrette l’absence de fonds "
           f"dédiés{NB}»."),
    ("fr", f"L’Agence des grains de la plaine «{NB}déplore l’absence de toute date pour les fonds{NB}»."),
    ("fr", f"LUND, 3 juin — Le Bureau des grains de la plaine «{NB}demande aux États de publier leurs pertes "
           f"chaque année{NB}»."),
    ("fr", f"**10 h 15** — L’Alliance des greniers «{NB}regrette que le texte reste muet sur les routes "
           f"rurales{NB}»."),
    ("fr", f"Dans sa note, l’Institut des grains de la plaine «{NB}exhorte les délégations à chiffrer les "
           f"pertes au champ{NB}»."),
    ("en", "## The Office's view\n\nThe LGO “recommends a separate target for post-harvest losses”, according to "
           "its technical note of 12 May."),
    ("en", "The coalition “welcomes the adoption of a numerical target but regrets the absence of dedicated "
           "funds”."),
    ("en", "The Lowland Grain Agency “deplores the absence of any date for the funds”."),
    ("en", "LUND, 3 June (Wire) — The Lowland Grain Office “urges States to publish their losses every year”."),
    ("en", "**10:15** — The Granary Alliance “regrets that the text says nothing about rural roads”."),
    ("en", "The Lowland Grain Institute has written that “storage losses in the tropics are a design failure, not "
           "a fate”. We agree."),
]


@pytest.mark.parametrize("lang,text", _PREDICATE)
def test_a_body_s_words_in_its_own_sentence_are_found_as_its_quotation(lang, text):
    qs = quotes(text, language=lang, own_voice=False)
    assert len(qs) == 1, [q.text for q in qs]
    q = qs[0]
    assert q.speaker == ""
    assert q.organisation, q.text


def test_a_draft_that_urges_is_no_body_s_quotation():
    qs = quotes("The draft decision “urges Parties to publish their losses every year”.", language="en",
                own_voice=False)
    assert [q.organisation for q in qs] in ([], [""])

"""A place where a person gives care or teaches, named in lower case after its town ("a nurse at the Marlow
clinic", "a teacher at the Fenwick primary school", « infirmière à la clinique de Marlow », « une enseignante de
l’école primaire de Fenwick »), is where she works, not a body she speaks for: her organisation stays empty, unless
the text names the body she belongs to ("a nurse with the Tidewater Relief Network").

Near-misses: a body whose own name holds the word, in capitals ("the Marlow Clinic Trust"), and a body named
beside the place, keep their organisation. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

PUB = "Harbour Coalition"

_PLACES = [
    # a wire story
    ("en", "Relief groups say the fires have emptied the valley. Odile Brannock, a nurse at the Marlow clinic, said by "
           "telephone: “The smoke has gone but the coughing children are still in our waiting room.”", "coughing"),
    # a feature
    ("en", "The road to the quarry runs past a school. A teacher at the Fenwick primary school said the head teacher "
           "had told staff: “When a lorry stops outside, we close every window and we ask nothing.”", "lorry"),
    # a briefing
    ("en", "## Situation in the valley\n\nOdile Brannock, a midwife at the Ellery health centre, told the team: “We "
           "have twice as many births as beds and no generator after dark.”", "births"),
    # a French newsletter
    ("fr", f"## Paroles du terrain\n\nOdile Brannock, infirmière à la clinique de Marlow, a raconté{NB}: «{NB}La "
           f"fumée est partie, mais les enfants qui toussent sont toujours dans la salle d’attente{NB}».", "toussent"),
    # a French statement quoting a teacher
    ("fr", f"Une enseignante de l’école primaire de Fenwick a confié à la ministre{NB}: «{NB}Quand un camion "
           f"s’arrête devant l’école, nous fermons les fenêtres et nous ne demandons rien{NB}».", "camion"),
]


@pytest.mark.parametrize("lang,text,key", _PLACES)
def test_a_place_of_work_gives_no_organisation(lang, text, key):
    q = [q for q in quotes(text, default_organisation=PUB, language=lang) if key in q.text]
    assert len(q) == 1
    assert q[0].organisation == ""


_BODIES = [
    # a body whose own name holds the word
    ("en", "Odile Brannock, a nurse at the Marlow Clinic Trust, said: “The smoke has gone but the coughing children "
           "are still in our waiting room.”", "Marlow Clinic Trust"),
    # the body she works for, named beside the place
    ("en", "Odile Brannock, a nurse with the Tidewater Relief Network at the Marlow clinic, said: “The smoke has gone "
           "but the coughing children are still in our waiting room.”", "Tidewater Relief Network"),
    # an interview's answer: a body's name in capitals, in French
    ("fr", f"Odile Brannock, directrice de l’Institut Marlow de santé publique, a déclaré{NB}: «{NB}La fumée est "
           f"partie, mais les enfants qui toussent sont toujours dans la salle d’attente{NB}».", "Institut Marlow"),
]


@pytest.mark.parametrize("lang,text,org", _BODIES)
def test_a_body_s_own_name_is_kept(lang, text, org):
    q = quotes(text, default_organisation=PUB, language=lang)
    assert len(q) == 1
    assert org in q[0].organisation

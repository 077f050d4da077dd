"""A TV or radio script's lower third: a label line that names who is on screen ("SOT: NAME / Role, Body", "SOUND
BITE: NAME, role", « SYNCHRO : NAME, fonction », « ITW : NAME, fonction », in capitals or not, with "(FRENCH,
SUBTITLED)" or « (en anglais, sous-titré) » after the label or the role), then the words on the next line, alone:
the words are that person's, with the role and the body the label gives.

A label that names nobody ("SOT: VOX POP / residents", « SYNCHRO : micro-trottoir ») leaves the speaker empty, and a
line of the reporter's ("REPORTER (VO): …") or a plain label line that ends with a full stop is no lower third
(near-misses). The scripts are written for these tests, as a newsroom's evening bulletin and a French regional
news programme would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one, quotes

_EN = """EVENING BULLETIN — TUE 3 JUNE

ANCHOR: Good evening. Ministers meeting in Tarnholm have opened the talks on lead ammunition.

REPORTER (VO): At the Velden range, the old targets are still stacked behind the shed.

{label}
"{words}"

REPORTER (VO): The talks go on tomorrow.
"""

_FR = """JOURNAL DE 13 H — MARDI 3 JUIN

PRÉSENTATEUR (plateau) : Les ministres réunis à Tarnholm ont ouvert les négociations sur les munitions au plomb.

OFF : Au stand de Velden, les anciennes cibles sont encore empilées derrière le hangar.

{label}
« {words} »

OFF : Les négociations reprennent demain.
"""

_CASES = [
    (_EN, "SOT: MAREK HOLLOWAY-DIAS / Range Warden, Velden Shooting Club",
     "We shot lead here every Sunday. Nobody told us where it went.", "Marek Holloway-Dias", "Velden Shooting Club"),
    (_EN, "SOT (FRENCH, SUBTITLED): ANNE-LISE VORTRAND / Health Minister, Kessaria",
     "On a fermé trois puits en un an, et ce n'est pas fini.", "Anne-Lise Vortrand", "Kessaria"),
    (_EN, "SOUND BITE: Ilse Margrave-Oduya, Executive Director, Clean Ranges Coalition",
     "Every season of delay is another season of lead in somebody's field.", "Ilse Margrave-Oduya",
     "Clean Ranges Coalition"),
    (_FR, "SYNCHRO : Anselm Korrida-Vey, président de la Fédération des tireurs sportifs",
     "Nos membres ont eu peur au début. Aujourd’hui, ils ne reviendraient pas en arrière.", "Anselm Korrida-Vey",
     "Fédération des tireurs sportifs"),
    (_FR, "SYNCHRO : Benedikt Ostrowan, secrétaire général du Syndicat des gardes-chasse (en anglais, sous-titré)",
     "We want the blood tests written into the decision.", "Benedikt Ostrowan", "Syndicat des gardes-chasse"),
    (_FR, "ITW : CLÉMENCE DARROUY-NKEMBE, maire de Velden",
     "Voilà ce que boivent encore certains de nos enfants.", "Clémence Darrouy-Nkembe", ""),
]


@pytest.mark.parametrize("script,label,words,who,body", _CASES)
def test_the_words_under_a_lower_third_are_the_person_s_it_names(script, label, words, who, body):
    q = one(script.format(label=label, words=words))
    assert q.speaker == who, (q.speaker, q.attribution)
    if body:
        assert q.organisation == body, q.organisation


@pytest.mark.parametrize("script,label,words", [
    (_EN, "SOT: VOX POP / residents outside the range", "I never knew the lead stayed in the ground."),
    (_FR, "SYNCHRO : micro-trottoir, habitants de Velden", "On ne savait pas que le plomb restait dans la terre."),
])
def test_a_lower_third_that_names_nobody_leaves_the_speaker_empty(script, label, words):
    q = one(script.format(label=label, words=words))
    assert q.speaker == "", q.speaker


def test_a_reporter_s_line_is_no_lower_third():
    text = _EN.format(label="REPORTER (VO): The warden has kept every receipt since 2019.",
                      words="We shot lead here every Sunday. Nobody told us where it went.")
    assert [q.speaker for q in quotes(text)] != ["Marek Holloway-Dias"]
    assert all(q.speaker != "The" for q in quotes(text))

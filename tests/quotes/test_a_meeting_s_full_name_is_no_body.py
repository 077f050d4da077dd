"""The president of a meeting named in full (« présidente de la Réunion des Parties », "President of the Meeting of the
Parties", "chair of the Summit of Coastal States") speaks for the State another document of the kit gives her, as
she already did when the meeting was named by its kind alone ("President of the Conference"). Where the kit gives
her no other body, she speaks for none: a meeting is no body (« le président de la Réunion, NAME » with no State,
as the halves written since `spare/` read a chair tied to no State or body). A body whose name opens with "Forum
of" or "Congress of" is no meeting. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

_STATE = [
    ("a", "en", "“We will close on time,” said Ambassador Ilse Marrow of Ostvaldia."),
    ("a", "fr", f"«{NB}Nous finirons à l’heure{NB}», a dit Ilse Marrow, ambassadrice de l’Ostvaldie."),
]
_CHAIR = [
    # a wire story
    ("b", "fr", f"«{NB}Je n’ai pas l’intention de clore cette réunion sans accord{NB}», a déclaré Ilse Marrow, "
                f"présidente de la Réunion des Parties."),
    # a feature
    ("b", "en", "“We will not close this meeting without a deal,” said Ilse Marrow, President of the Meeting of the "
                "Parties, as the lights went down in the hall."),
    # a statement read out by the chair
    ("b", "en", "“I will not let this week end with brackets,” said Ilse Marrow, President of the Conference of the "
                "Parties."),
    # a briefing
    ("b", "fr", f"«{NB}Le texte sera distribué jeudi à neuf heures{NB}», a indiqué Ilse Marrow, présidente de la "
                f"Conférence des Parties."),
    # a newsletter
    ("b", "en", "“Nobody leaves before the register is agreed,” said Ilse Marrow, chair of the Summit of Coastal "
                "States."),
]


@pytest.mark.parametrize("state", _STATE)
@pytest.mark.parametrize("chair", _CHAIR)
def test_the_chair_speaks_for_her_state(state, chair):
    q = settled_kit(state, chair)[1][0]
    assert q.speaker == "Ilse Marrow"
    assert q.organisation in ("Ostvaldia", "Ostvaldie")


@pytest.mark.parametrize("chair", _CHAIR)
def test_near_miss_no_other_body_leaves_no_organisation(chair):
    q = settled_kit(chair)[0][0]
    assert q.speaker == "Ilse Marrow" and q.organisation == ""


@pytest.mark.parametrize("body", ["Forum of Coastal Mayors", "Congress of Dock Unions"])
def test_near_miss_a_body_named_forum_or_congress_of_is_kept(body):
    said = ("b", "en", f"“Nobody leaves before the register is agreed,” said Ilse Marrow, president of the {body}.")
    assert settled_kit(_STATE[0], said)[1][0].organisation == body

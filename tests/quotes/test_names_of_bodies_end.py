"""Where the name of a body ends and where it begins: a clause of time or cause after it ("… Network after her
son was killed", « … Réseau des familles de victimes lorsque son fils … ») is no part of it, and a plural with
"of" may open it ("the Families of Crash Victims Network"). The sentences are written for these tests, in the
forms of several presses, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

NET_EN = "Families of Crash Victims Network"
NET_FR = "Réseau des familles de victimes"

EN = [
    (f"Mara Lindqvist, who founded the {NET_EN} after her son was killed, told the plenary: “Slow the cars "
     "down where children walk.”", NET_EN),
    ("Mara Lindqvist, who has led the Riders Union since the strike began, said: “Slow the cars down where "
     "children walk.”", "Riders Union"),
    ("“Slow the cars down where children walk,” said Mara Lindqvist, who joined the Pedestrian Federation "
     "before it had an office.", "Pedestrian Federation"),
    (f"The {NET_EN} now has members in forty countries. “Slow the cars down where children walk,” the Network "
     "says in its leaflet.", NET_EN),
    (f"Mara Lindqvist chairs the {NET_EN} while her husband runs the shop. “Slow the cars down where children "
     "walk,” she said.", NET_EN),
    (f"Mara Lindqvist, founder of the {NET_EN} because nobody else would do it, put it plainly: “Slow the cars "
     "down where children walk.”", NET_EN),
]
FR = [
    (f"«{NB}Ralentissez là où marchent les enfants{NB}», a déclaré Mara Lindqvist, qui a fondé le {NET_FR} "
     "après la mort de son fils.", NET_FR),
    (f"Mara Lindqvist, qui dirige l’Alliance des piétons depuis la grève, a affirmé{NB}: «{NB}Ralentissez là où "
     f"marchent les enfants{NB}».", "Alliance des piétons"),
    ("Mara Lindqvist a rejoint la Fédération des cyclistes avant sa création officielle. « Ralentissez là où "
     "marchent les enfants », a-t-elle dit.", "Fédération des cyclistes"),
    (f"Mara Lindqvist, fondatrice du {NET_FR} lorsque son fils est mort, a déclaré{NB}: «{NB}Ralentissez là où "
     f"marchent les enfants{NB}».", NET_FR),
    ("« Ralentissez là où marchent les enfants », a souligné Mara Lindqvist, qui préside le Collectif des "
     "riverains pendant que la mairie se tait.", "Collectif des riverains"),
    (f"«{NB}Ralentissez là où marchent les enfants{NB}», indique le {NET_FR} après sa réunion.", NET_FR),
]


@pytest.mark.parametrize("text,org", EN)
def test_english_name_of_a_body_ends_at_its_clause(text, org):
    assert one(text, language="en").organisation == org


@pytest.mark.parametrize("text,org", FR)
def test_french_name_of_a_body_ends_at_its_clause(text, org):
    assert one(text, language="fr").organisation == org


def test_a_role_and_of_do_not_open_a_body():
    q = one("Ana Ferrey, President of the Federation of Walkers, hands out leaflets. “The cars wait for once,” "
            "said Ferrey.", language="en")
    assert (q.role, q.organisation) == ("President", "Federation of Walkers")

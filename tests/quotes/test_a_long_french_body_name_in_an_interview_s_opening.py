"""The body an interview's opening says its interviewee runs is read whole, however long a French name in
sentence case runs (« NAME préside la Fédération des petits pêcheurs de la mer de Calloran depuis 2028 »): cut
at eight words it lost its place name, and the cut name then stood for the body across the kit. The near-miss: a
time after the name (« depuis 2028 ») still ends it. Written for these tests.
"""

from __future__ import annotations

import pytest

from presskit.quotes.ownbody import head_of_intro


@pytest.mark.parametrize("intro, body", [
    ("Maëlle Kerdoncuff préside la Fédération des petits pêcheurs de la côte de Brennvik depuis 2028.",
     "Fédération des petits pêcheurs de la côte de Brennvik"),
    ("Maëlle Kerdoncuff dirige l’Association des gardiens des phares de la baie de Lisvik depuis dix ans.",
     "Association des gardiens des phares de la baie de Lisvik"),
    ("Per Lindqvar dirige depuis 2030 l’Observatoire régional des oiseaux marins de la côte de Brennvik.",
     "Observatoire régional des oiseaux marins de la côte de Brennvik"),
])
def test_the_body_is_read_whole(intro, body):
    assert head_of_intro(intro, set()) == body


def test_a_time_after_the_name_still_ends_it():
    assert head_of_intro("Maëlle Kerdoncuff préside la Fédération des pêcheurs de Brennvik depuis 2028.",
                         set()) == "Fédération des pêcheurs de Brennvik"

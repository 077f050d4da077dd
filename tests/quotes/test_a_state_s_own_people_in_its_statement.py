"""A person a State's statement introduces as its own speaks for that State: "Mr NAME, our head of biosecurity
inspection, told me on the plane: “…”" (the role after the name, a surname the delegation table gives in full),
« Notre ministre de l'Agriculture, NAME, l'a résumé ainsi : » (a role whose words hold an elided article).

"our report" is no role, and a person the statement does not call its own keeps no State. The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_STATE = "Republic of Corvania"
_KW = dict(default_speaker="Henrike Salvaro", default_organisation=_STATE, own_voice=False)

_OURS = [
    ("Mr Okafor-Lind, our head of biosecurity inspection, told me on the plane: “Give me twenty dogs and I will give "
     "you clean harbours.”", "Okafor-Lind"),
    ("“Give me twenty dogs and I will give you clean harbours,” Mr Okafor-Lind, our head of inspection, told me.",
     "Okafor-Lind"),
    (f"Notre ministre de l’Agriculture, Clotilde Ferrand-Maës, l’a résumé ainsi devant notre Parlement{NB}: «{NB}Une "
     f"espèce envahissante ne demande pas de visa.{NB}»", "Clotilde Ferrand-Maës"),
    (f"Mme Ferrand-Maës, notre ministre de l’Agriculture, l’a dit{NB}: «{NB}Une espèce envahissante ne demande pas de "
     f"visa.{NB}»", "Ferrand-Maës"),
    (f"M. Okafor-Lind, notre chef de l’inspection, me l’a dit dans l’avion{NB}: «{NB}Donnez-moi vingt chiens.{NB}»",
     "Okafor-Lind"),
]


@pytest.mark.parametrize("text,name", _OURS)
def test_our_person_speaks_for_the_state(text, name):
    q = quotes(text, **_KW)[0]
    assert name in q.speaker
    assert q.organisation == _STATE


def test_a_person_not_called_ours_keeps_no_state():
    q = quotes("Ms Okafor-Lind, an inspector from the port authority of Lenoa, told me: “Give me twenty dogs.”",
               **_KW)[0]
    assert q.organisation != _STATE

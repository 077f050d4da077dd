"""A person a statement's speaker introduces as one of her own body's people speaks for the body the statement
speaks for: a role phrase that holds her possessive right before the name ("one of our port inspectors, NAME", «
l'infirmière-cheffe de notre dispensaire, NAME », "My own Agriculture Minister, NAME"), or a relative clause after
the name saying that person runs a place of hers ("NAME, who heads our laboratory,", « NAME, qui dirige notre
Inspection »). Not "my colleague from X", not a phrase that names another body, not a clause saying something else
("who met our minister"), and not outside a statement (in a wire story, a feature, a briefing or a newsletter
"our" is another voice's). Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

STATE = "Norland"
MINISTER = "Edda Sorvik"


def in_statement(text: str):
    return quotes(text, default_speaker=MINISTER, default_organisation=STATE, own_voice=False)


EN = [
    "Last month I walked the quay at Skarholm with one of our port inspectors, Liv Tandberg-Osei. She told me: "
    "“The papers say one thing and the hulls say another.”",
    "Last spring I visited a clinic with our chief medical officer, Dr Liv Tandberg-Osei. She told me: “One child in "
    "four here has never seen a dentist.”",
    "My own Agriculture Minister, Liv Tandberg-Osei, told our cabinet in March: “Pay for the change and the change "
    "comes.”",
    "Liv Tandberg-Osei, who heads our national laboratory, put it plainly to the committee: “The residues are ten "
    "times the limit.”",
]
FR = [
    f"Il y a deux mois, je me suis rendue à Velk, où l’infirmière-cheffe de notre dispensaire, Liv Tandberg-Osei, "
    f"m’a montré son armoire vide. Elle m’a dit : «{NB}Je sais soigner, je ne sais pas soigner sans stock.{NB}»",
    f"Notre déléguée auprès du groupe de contact, Liv Tandberg-Osei, a résumé notre position : «{NB}des stocks "
    f"régionaux, des prix publics{NB}».",
    f"Le docteur Liv Tandberg-Osei, qui dirige notre Inspection environnementale, m’a dit la semaine dernière : "
    f"«{NB}Un droit d’ouvrir les conteneurs, et rien d’autre{NB}».",
]


@pytest.mark.parametrize("text", EN + FR)
def test_a_person_of_the_statements_own_speaks_for_its_state(text):
    (q,) = in_statement(text)
    assert q.speaker == "Liv Tandberg-Osei"
    assert q.organisation == STATE


NEAR_MISSES = [
    "My colleague from Ostrava, Liv Tandberg-Osei, said it best: “A register is a promise.”",
    "Liv Tandberg-Osei, who met our minister on Monday, said: “A register is a promise.”",
    "I spoke with the director of the Kelm Institute, Liv Tandberg-Osei, who told me: “A register is a promise.”",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_another_bodys_person_is_not_the_states(text):
    (q,) = in_statement(text)
    assert q.organisation != STATE


@pytest.mark.parametrize("text", [
    # a wire story and a feature: "our" is the outlet's, and nobody's body is read from it
    "One of our port inspectors, Liv Tandberg-Osei, told the agency: “The hulls say another thing.”",
    f"Notre déléguée auprès du groupe de contact, Liv Tandberg-Osei, a résumé : «{NB}des stocks régionaux, des prix "
    f"publics{NB}».",
])
def test_near_miss_outside_a_statement_nothing_changes(text):
    (q,) = quotes(text, default_organisation=STATE, own_voice=False)
    assert q.organisation != STATE

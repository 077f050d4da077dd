"""A body named after a State or a place (« les Amis des marais de Quellan », "Friends of the Tarsian Coast") is
not that State: a French name in sentence case runs to its place (« présidente des Amis des marais de Quellan »
speaks for the Friends, not for Quellan), and a State's unnamed official ("A Quellanese official") speaks for the
State even where a body of the kit carries the State's name. The sentences are written for these tests, as
different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one, settled_kit

# French: a person of a body whose name, in sentence case, ends with the place it is named after
FRENCH = [
    (f"Odile Brasquet, présidente des Amis des marais de Velmorie, l'accompagne. «{NB}Les hérons sont revenus "
     f"avant l'argent{NB}», sourit-elle.", "Amis des marais de Velmorie"),
    (f"«{NB}Nous gardons l'eau pour tout le monde{NB}», a déclaré Paul Ternier, coordinateur des Veilleurs du "
     f"littoral de Corvane.", "Veilleurs du littoral de Corvane"),
    (f"DÉPÊCHE — Anne Lusigny, secrétaire générale des Jardiniers sans frontières de Tarsie, a affirmé{NB}: "
     f"«{NB}Le compost ne connaît pas de douane.{NB}»", "Jardiniers sans frontières de Tarsie"),
    (f"Q{NB}: Et les pêcheurs{NB}? R{NB}: Marc Oduya, porte-parole des Gardiens de la baie de Belmora, nous l'a "
     f"dit{NB}: «{NB}On ne pêche pas dans un désert.{NB}»", "Gardiens de la baie de Belmora"),
    (f"Dans sa lettre, Inès Carvalho, vice-présidente des Amis de la forêt de Lund, résume{NB}: «{NB}Un arbre "
     f"coupé ne repousse pas en séance.{NB}»", "Amis de la forêt de Lund"),
    (f"«{NB}Nous ne lâcherons rien{NB}», prévient Hugo Mbeki, trésorier des Marcheurs pour les tourbières de "
     f"Quellanie, dans un communiqué.", "Marcheurs pour les tourbières de Quellanie"),
]


@pytest.mark.parametrize("text, body", FRENCH)
def test_a_french_body_named_after_its_place_is_the_body_not_the_place(text, body):
    q = one(text, own_voice=False)
    assert q.speaker
    assert q.organisation == body


def test_a_minister_of_a_portfolio_still_speaks_for_her_state():
    q = one(f"«{NB}Nous paierons{NB}», a dit Léa Marn, ministre des Affaires étrangères de Belmora.", own_voice=False)
    assert q.organisation == "Belmora"


# English: a State's unnamed official, in a kit where a body's name holds the State's name; the body's chair is
# named in both languages, so the kit links the body's two names (and must not link the State to them), and the
# State's ambassador names the State
BODY_FR = (f"Odile Brasquet, présidente des Amis des marais de Velmorie, l'accompagne. «{NB}Les hérons sont "
           f"revenus avant l'argent{NB}», sourit-elle.")
BODY_EN = ("“We ask to be paid for water we keep,” said Odile Brasquet, chair of the Friends of the Velmor Fens. "
           "“We will pay when the budget allows,” said Ilse Varn, Velmor's ambassador.")
ENGLISH = [
    "A Velmorese official, speaking off the record: “The date came from the finance ministry, not from us.”",
    "Velmor's deputy environment minister, who declined to be named, said: “Two years is nothing for a bog.”",
    "A Velmorese negotiator, speaking on condition of anonymity, said: “The payment idea is good, but the "
    "Treasury has not read it.”",
    "14:05 — Heard from a Velmorese delegate in the coffee line: “We are not the ones holding this up.”",
    "A: Velmor's chief negotiator told me, and not quietly: “We will not sign a date we cannot pay for.”",
    "In a short note, the Velmorese delegation said: “Our maps will be ready before the next meeting.”",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_a_states_unnamed_official_speaks_for_the_state_not_a_body_named_after_it(text):
    _fr, _en, doc = settled_kit(("body-fr", "fr", BODY_FR), ("body-en", "en", BODY_EN), ("doc", "en", text),
                                organisation="Mire Coalition")
    assert _fr[0].organisation == "Amis des marais de Velmorie"
    q = next(q for q in doc if q.kind == "quote")
    assert not q.speaker
    assert q.organisation == "Velmor"

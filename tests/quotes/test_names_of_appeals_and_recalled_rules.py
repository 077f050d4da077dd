"""Not quotations: a pledge's or a campaign's name after its owner's possessive ("the Accord's “Wet Again by 2035”
pledge"), an appeal's name (« l'appel « Pas un fossé de plus » »), and a rule recalled by its number (« a rappelé
l'article 12 du règlement intérieur : « … » »: quoted text, never a person's). The sentences are written for these
tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes
from presskit.quotes import extract_quotes

TITLES = [
    "The coalition said the Accord's “Wet Again by 2035” pledge, adopted two years ago, was slipping.",
    "LISVANE (Wire) — Ministers praised the Agency's “Peat Passport” programme on Tuesday.",
    "14:05 — Delegates signed the Network's “Not One More Ditch” petition in the corridor.",
    "Q: What will you sign? A: We will join the Union's “Wet Farms First” campaign, we said so yesterday.",
    "In this issue: the Institute's “Carbon Ledger” initiative, explained in three charts.",
    "We welcome Ostrevia's “Maps Before Money” plan, announced this morning.",
    f"Ma délégation s'associe à l'appel «{NB}Pas un fossé de plus{NB}» lancé par les organisations de la société "
    f"civile.",
    f"DÉPÊCHE — Les paysans ont signé l'appel «{NB}Des fermes mouillées d'abord{NB}» devant le Palais.",
    f"14 h 05 — Plus de trente ONG soutiennent l'appel «{NB}Zéro fossé en 2030{NB}», selon les organisateurs.",
    f"Q{NB}: Que signerez-vous{NB}? R{NB}: Nous rejoindrons l'appel «{NB}La tourbe n'est pas à vendre{NB}», nous "
    f"l'avons dit hier.",
    f"Dans ce numéro{NB}: l'appel «{NB}Cartes avant l'argent{NB}» expliqué en trois graphiques.",
    f"Nous saluons l'appel «{NB}Des marais vivants{NB}» que l'Institut a lancé ce matin.",
]


@pytest.mark.parametrize("text", TITLES)
def test_a_named_pledge_or_appeal_is_no_quotation(text):
    assert quotes(text, own_voice=False) == []


RULES = [
    "The chair, Ambassador Joaquim Vell, recalled Rule 40 of the rules of procedure: “No decision shall be taken "
    "without a quorum of two thirds of the Signatories.”",
    "LISVANE (Wire) — The secretariat cited Article 12 of the rules of procedure: “The Bureau shall meet before "
    "each session.”",
    "14:05 — The chair quoted rule 18 to the room: “Each Signatory shall have one vote.”",
    f"L'ambassadeur Joaquim Vell, qui préside la réunion, a rappelé l'article 12 du règlement intérieur{NB}: «{NB}Aucune "
    f"décision n'est adoptée sans le quorum des deux tiers des Signataires{NB}».",
    f"DÉPÊCHE — Le secrétariat a cité l'article 40 du règlement{NB}: «{NB}Le Bureau se réunit avant chaque "
    f"session.{NB}»",
    f"14 h 05 — La présidente a invoqué l'article 18{NB}: «{NB}Chaque Signataire dispose d'une voix.{NB}»",
]


@pytest.mark.parametrize("text", RULES)
def test_a_rule_recalled_by_its_number_is_quoted_text_of_nobody(text):
    found = extract_quotes([text], own_voice=False)
    assert [q for q in found if q.kind == "quote"] == []
    assert all(not q.speaker for q in found)

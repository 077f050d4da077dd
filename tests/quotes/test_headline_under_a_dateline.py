"""A headline ``SURNAME: “…”`` right under a line that ends on a capitalised word (a dateline, a place, an
issue line, as PDF text gives them with no blank line between): the name is the headline's own, never the
last word of the line above joined to it ("Tarlesse Quist"). The kit completes the surname. Written for these
tests, in English and French newsletters', live blogs' and releases' forms.
"""

from __future__ import annotations

import pytest

from presskit.model import Item
from presskit.quotes.settle import quotes_of_item, settle_attribution
from tests.quotes.finding import NB

ABOVE_EN = [
    "Issue 2 · Tuesday 7 March · Third Ministerial Conference, Tarlesse",
    "Daily bulletin of the Harbour Coalition, Lunde",
    "Morning edition · Geneva Palais",
    "Special report from the plenary hall, Valmont",
    "Live coverage · Day 3 · Kessel",
    "Press release · Harbour Coalition · Lunde",
]
ABOVE_FR = [
    "Numéro 2 · mardi 7 mars · Troisième Conférence ministérielle, Tarlesse",
    "Bulletin quotidien de la Coalition Harbour, Lunde",
    "Édition du matin · Palais de Valmont",
    "Reportage depuis la salle plénière, Valmont",
    "Direct · jour 3 · Kessel",
    "Communiqué de presse · Coalition Harbour · Lunde",
]
PROFILE = ("p", "en", "Professor Piet Quarn leads the speed programme at the Kessel Institute. “Speed kills,” said "
                      "Piet Quarn.")


def _settled(lang: str, text: str):
    docs = [PROFILE, ("h", lang, text)]
    items = {i: Item(id=i, path=f"{i}.pdf", sha256="", bytes=0, media="pdf", language=la) for i, la, _t in docs}
    pending = [(items[i], quotes_of_item(items[i], [t], "Harbour Coalition")) for i, _la, t in docs]
    settle_attribution(pending)
    return pending[1][1][0]


@pytest.mark.parametrize("above", ABOVE_EN)
def test_english_headline_name_is_its_own_line(above):
    q = _settled("en", f"The Daily\n{above}\nQuarn: “Thirty is not a number, it is a survival rate”\nThe study "
                       "dominated the morning.")
    assert q.speaker == "Piet Quarn"


@pytest.mark.parametrize("above", ABOVE_FR)
def test_french_headline_name_is_its_own_line(above):
    q = _settled("fr", f"Le Bulletin\n{above}\nQuarn{NB}: «{NB}Trente, ce n’est pas un chiffre, c’est un taux de "
                       f"survie{NB}»\nL’étude a dominé la matinée.")
    assert q.speaker == "Piet Quarn"

"""A surname two people of the kit share, right after the text named one of them in full ("Tomas Brevik spoke
again: “…”, Brevik said.") is the one just named, when the other is named only elsewhere: in another document,
further on in this one, or far back in it. Both named near stays two readings: nobody (tests/quotes/test_surnames_two_people_share.py).
The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

#: the other Brevik, a spokeswoman of another body, quoted in another document of the kit
OTHER_EN = "“Moss is the cheapest engineer we have,” said Ilse Brevik, a spokeswoman for the Moss Research Network."
OTHER_FR = (f"«{NB}La mousse est notre meilleur ingénieur{NB}», a déclaré Ilse Brevik, porte-parole du Réseau de "
            f"recherche sur les mousses.")

JUST_NAMED = [
    ("en", "## 14:30 — The farmers\n\nTomas Brevik spoke again, this time in French: «Payez d'abord», Brevik said."),
    ("en", "LISVANE (Wire) — Tomas Brevik, who farms on the fen, took the floor late. “We are the fen's "
           "neighbours, not its enemies,” Brevik told delegates."),
    ("en", "Q: Who spoke for the farmers? A: Tomas Brevik did, and bluntly. “Pay first,” Brevik said."),
    ("en", "In this issue: Tomas Brevik came back to the podium at the end of the day. “We are ready to rewet,” "
           "Brevik insisted."),
    ("en", "Tomas Brevik has farmed the fen for thirty years. Brevik was plain about it: “Nobody rewets a farm "
           "with promises.”"),
    ("en", "Our statement was read out by Tomas Brevik. “We ask for a price for the water we keep,” Brevik "
           "added."),
    ("fr", f"Tomas Brevik est revenu à la tribune en fin de journée. «{NB}Nous sommes les voisins des marais{NB}», a "
           f"insisté Brevik."),
    ("fr", f"## 14 h 30 — Les paysans\n\nTomas Brevik a repris la parole{NB}: «{NB}Payez d'abord{NB}», a dit Brevik."),
    ("fr", f"DÉPÊCHE — Tomas Brevik, qui élève des vaches sur les marais, a pris la parole tard. «{NB}On ne remouille "
           f"pas une ferme avec des promesses{NB}», a lancé Brevik."),
    ("fr", f"Q{NB}: Qui a parlé pour les paysans{NB}? R{NB}: Tomas Brevik, sans détour. «{NB}Payez d'abord{NB}», a "
           f"répondu Brevik."),
    ("fr", f"Dans ce numéro{NB}: Tomas Brevik a tenu bon. «{NB}Nous sommes prêts à remouiller{NB}», affirme Brevik."),
    ("fr", f"Notre déclaration a été lue par Tomas Brevik. «{NB}Nous demandons un prix pour l'eau{NB}», a ajouté "
           f"Brevik."),
]


@pytest.mark.parametrize("where", ["another document", "later", "far before"])
@pytest.mark.parametrize("lang, text", JUST_NAMED)
def test_a_shared_surname_after_one_namesake_named_in_full_is_that_one(lang, text, where):
    other = OTHER_EN if lang == "en" else OTHER_FR
    filler = ("The session ran late into the evening, and the hall emptied slowly as the interpreters packed up "
              "their booths and the delegates argued about the timetable for the next day. ") * 2
    if where == "later":
        text = text + "\n\n" + other
    elif where == "far before":
        text = other + "\n\n" + filler + "\n\n" + text
    _other, doc = settled_kit(("other", lang, other), ("doc", lang, text))
    assert _other[0].speaker == "Ilse Brevik"
    q = next(q for q in doc if q.kind == "quote" and q.text not in other)
    assert q.speaker == "Tomas Brevik"
    assert "Moss" not in q.organisation and "mousses" not in q.organisation


def test_a_shared_surname_is_nobody_when_both_namesakes_are_named_near():
    text = ("Ilse Brevik, of the Moss Research Network, spoke first. Tomas Brevik spoke again: “Pay first,” "
            "Brevik said.")
    _other, doc = settled_kit(("other", "en", OTHER_EN), ("doc", "en", text))
    assert next(q for q in doc if q.kind == "quote").speaker == ""

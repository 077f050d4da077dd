"""A surname alone that a document gives in full only after the quotation ("“…,” Brannock said. … ## Edvin
Brannock, a retired welder, …") is not completed with that later full name when another document of the kit
names another person of the surname (Hedda Brannock, the coalition's director): either may have said it, so
nobody is named. When the kit names only one Brannock, the surname still takes his full name. Written for
these tests, as wire copy, features, live blogs, Q&As, newsletters and statements would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

LATER = {"en": ("\n\n## A welder's week\n\nEdvin Brannock, a retired welder from the shipyards, sat in the public "
                "gallery all day. “Nobody in there has ever welded a hull,” he said."),
         "fr": ("\n\n## La semaine d’un soudeur\n\nEdvin Brannock, soudeur retraité des chantiers navals, a passé la "
                "journée dans la tribune. « Personne, là-dedans, n’a jamais soudé une coque », a-t-il dit.")}
#: the other Brannock, named in full in another document of the kit
OTHER = {"en": "“The fund is empty,” said Hedda Brannock, executive director of the Harbour Coalition.",
         "fr": "« Le fonds est vide », a déclaré Hedda Brannock, directrice exécutive de la Harbour Coalition."}

BEFORE = [
    ("en", "**Finance.** The coalition's director was blunt. “A fund with no money is a press release,” Brannock said."),
    ("en", "WIRE — “We will publish our own costing on Thursday,” Brannock told reporters on Tuesday."),
    ("en", "11:05 — Brannock leaves the plenary. “The exporters are stalling,” Brannock says."),
    ("en", "Q: Is the fund enough? A: “Not by half,” said Brannock, who spoke after the vote."),
    ("en", "In a statement, Brannock was clear: “No date, no signature.”"),
    ("en", "Our newsletter asked about the fund. “It is an empty box,” Brannock replied."),
    ("fr", f"**Finances.** La directrice a été directe. «{NB}Un fonds sans argent est un communiqué{NB}», a dit Brannock."),
    ("fr", "DÉPÊCHE — « Nous publierons notre propre chiffrage jeudi », a déclaré Brannock à la presse."),
    ("fr", "11 h 05 — Brannock quitte la plénière. « Les exportateurs gagnent du temps », lance Brannock."),
    ("fr", "Q : Le fonds suffit-il ? R : « Pas à moitié », a répondu Brannock après le vote."),
    ("fr", "Dans une déclaration, Brannock a été claire : « Pas de date, pas de signature. »"),
    ("fr", "Notre bulletin l’a interrogée sur le fonds. « C’est une boîte vide », a répondu Brannock."),
]


@pytest.mark.parametrize("lang, text", BEFORE)
def test_a_surname_named_in_full_only_later_is_nobody_when_the_kit_has_another(lang, text):
    doc, _other = settled_kit(("a-doc", lang, text + LATER[lang]), ("b-other", lang, OTHER[lang]))
    assert doc[0].speaker == ""


@pytest.mark.parametrize("lang, text", BEFORE[::3])
def test_a_surname_named_in_full_only_later_is_that_person_when_the_kit_has_one(lang, text):
    doc, = settled_kit(("a-doc", lang, text + LATER[lang]))
    assert doc[0].speaker == "Edvin Brannock"

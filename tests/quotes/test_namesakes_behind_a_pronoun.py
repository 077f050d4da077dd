"""A pronoun that points at a surname two people of the kit bear, with nothing in the document to tell them apart,
gives nobody: a bare surname on a published quotation is either of two people."""

from __future__ import annotations

import pytest

from tests.quotes.finding import settled_kit

#: the kit's two Brannocks, each named in full in a document of each language
OTHERS = {"en": ("“We will pay,” said Edvin Brannock, deputy minister of mines of Torvia. “The school is below the "
                 "dam,” said Hedda Brannock, a hydrologist of the Federation."),
          "fr": ("« Nous paierons », a déclaré Edvin Brannock, vice-ministre des Mines de Torvie. « L'école est sous "
                 "la digue », a dit Hedda Brannock, hydrologue de la Fédération.")}

CASES = [
    ("en", "A: With Brannock, yes. At the school gate she stopped and told me: “The water is deep here.”"),
    ("en", "Brannock was right to speak of a drawer. He told me last night: “A secret list is one more dam.”"),
    ("en", "Reporters caught up with Brannock after the plenary. Asked about the fund, she was blunt: “Not this year, and not with this text.”"),
    ("en", "Our newsletter met Brannock on Tuesday. “Every valley should see the list,” he said."),
    ("en", "10:40 — Brannock leaves the room in a hurry. “We are not done,” she tells us on the way out."),
    ("en", "In a note to delegates, the chair thanked Brannock. He replied in writing: “The register is a start.”"),
    ("fr", "R : Avec Brannock, oui. Devant l'école, elle s'est arrêtée et m'a dit : « L'eau est profonde ici. »"),
    ("fr", "Brannock a eu raison de parler de « tiroir ». Il m'a dit hier soir : « Un inventaire secret est une digue "
           "de plus. »"),
    ("fr", "Nous avons croisé Brannock après la plénière. Interrogée sur le fonds, elle a tranché : « Pas cette année, et pas avec ce texte. »"),
    ("fr", "Notre bulletin a rencontré Brannock mardi. « Chaque vallée doit voir la liste », a-t-il dit."),
    ("fr", "10 h 40 — Brannock quitte la salle en hâte. « Nous n'avons pas fini », nous lance-t-elle."),
    ("fr", "Dans une note, la présidente a remercié Brannock. Il a répondu par écrit : « Le registre est un début. »"),
]


@pytest.mark.parametrize("lang, text", CASES)
def test_a_pronoun_for_a_surname_two_people_bear_gives_nobody(lang, text):
    doc, _others = settled_kit(("a-doc", lang, text), ("b-others", lang, OTHERS[lang]))
    assert [q.speaker for q in doc] == [""]

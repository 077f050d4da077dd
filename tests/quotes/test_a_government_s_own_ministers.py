"""A minister quoted in her own government's release, advisory or communiqué (the document's organisation in
the kit is a State) speaks for that State when no document ties her to another body: "The minister added in
French: « … »", « a déclaré la ministre déléguée aux Sols, NAME ». A minister whose State the text gives keeps
it, and a government's release quoting someone who is no minister gives that person no State. Written for these
tests, in English and French, as a government's press office writes.
"""

from __future__ import annotations

import pytest

from presskit.model import Item
from presskit.quotes.settle import quotes_of_item, settle_attribution
from tests.quotes.finding import NB

NAMING = "Kerland supports the ban. “We will act first,” said Ivo Marsh, Kerland's ambassador."


def _doc(lang: str, text: str, org: str = "Kerland") -> list:
    naming = Item(id="naming", path="naming.md", sha256="", bytes=0, media="text", language="en")
    release = Item(id="release", path="release.md", sha256="", bytes=0, media="text", language=lang,
                   kind="press-release", organisation=org)
    pending = [(naming, quotes_of_item(naming, [NAMING], "Road Coalition")),
               (release, quotes_of_item(release, [text], "Road Coalition"))]
    settle_attribution(pending)
    return pending[1][1]


RELEASES = [
    ("en", "The Honourable Ada Pellow-Vane, Minister of Environment, announced the plan. “Every drum goes, and we will pay for it,” the "
           "minister said."),                                                                               # release
    ("en", "## Quotes\n\n“Every drum goes, and we will pay for it.”\n\n— Ada Pellow-Vane, Minister of Environment\n"),
    ("fr", f"«{NB}Chaque fût partira{NB}», a déclaré la ministre déléguée aux Sols, Ada Pellow-Vane."),     # avis
    ("fr", f"La ministre Ada Pellow-Vane a ajouté{NB}: «{NB}Nous paierons nous-mêmes.{NB}»"),               # communiqué
]


@pytest.mark.parametrize("lang,text", RELEASES)
def test_a_minister_in_her_government_s_release_speaks_for_the_state(lang, text):
    assert [(q.speaker, q.organisation) for q in _doc(lang, text)] == [("Ada Pellow-Vane", "Kerland")]


def test_a_minister_of_another_state_keeps_it():
    text = "“Every drum goes,” said Orrin Castel-Moy, Tamberland's Deputy Minister of Agriculture."
    assert [q.organisation for q in _doc("en", text)] == ["Tamberland"]


def test_someone_who_is_no_minister_gets_no_state():
    text = "“Every drum goes,” said Ada Pellow-Vane, a farmer from the valley."
    assert [q.organisation for q in _doc("en", text)] == [""]


def test_a_release_of_no_state_gives_its_minister_no_state():
    text = "“Every drum goes,” said Ada Pellow-Vane, Minister of Environment."
    assert [q.organisation for q in _doc("en", text, org="Valley Growers' Union")] == [""]

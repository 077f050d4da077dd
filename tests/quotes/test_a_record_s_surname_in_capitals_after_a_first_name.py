"""A summary record, minutes or a transcript writes a speaker's surname in capitals after a title and a first name
("Mr. Anselm VARGO-TEL (Lindmark), head of the delegation, said that …", « M. Anselm VARGO-TEL (Lindmark), chef de
la délégation, déclare : « … » »): the whole is that person's name, written as a name is ("Anselm Vargo-Tel"), and
"he said" after it is his, not the presiding officer's named earlier in the record.

A body's acronym after a first name with no title ("Ines of UNEP") names nobody new (near-miss), and a title before
capitals alone still reads as the surname it always was.
The sentences are written for these tests, as a record, a live blog, a wire and a newsletter would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_HEAD = "Summary record of the 4th meeting\n\nPresident: Mr. Oskar Brandlund-Ea (Vessany)\n\n"
_CASES = [
    (_HEAD + "5. Mr. Anselm VARGO-TEL (Lindmark), head of the delegation, said that his country had drained more "
             "wetland than any other Party. “Lindmark will not be told how to farm by States that import grain,” he "
             "said.", "Anselm Vargo-Tel"),
    (_HEAD + "6. Ms. Renate OSTERHAG-LUZ (Tamberg) said that her Government would report in March: “We will "
             "publish every figure we have.”", "Renate Osterhag-Luz"),
    ("Compte rendu de la 2e séance\n\nPrésident : M. Oskar Brandlund-Ea (Vessany)\n\n3. M. Anselm VARGO-TEL "
     f"(Lindmark), chef de la délégation, déclare :{NB}«{NB}Nous ne voulons pas d'une deuxième filière, plus "
     f"discrète que la première.{NB}»", "Anselm Vargo-Tel"),
    ("Procès-verbal\n\n4. Mme Renate OSTERHAG-LUZ (Tamberg) indique que son gouvernement fera rapport en mars. "
     f"«{NB}Nous publierons tous nos chiffres{NB}», a-t-elle ajouté.", "Renate Osterhag-Luz"),
]


@pytest.mark.parametrize("text,who", _CASES)
def test_a_first_name_then_a_surname_in_capitals_is_one_name(text, who):
    qs = quotes(text)
    assert [q.speaker for q in qs] == [who], [(q.speaker, q.attribution, q.confidence) for q in qs]


def test_a_title_before_capitals_alone_is_still_a_surname():
    qs = quotes(_HEAD + "7. Ms. OSTERHAG (Tamberg) said: “We will publish every figure we have.”")
    assert [q.speaker for q in qs] in (["Osterhag"], [""]), [q.speaker for q in qs]
    assert all(q.speaker != "Oskar Brandlund-Ea" for q in qs)


def test_an_acronym_after_a_first_name_with_no_title_is_no_surname():
    qs = quotes("Live blog\n\n10:40 — Ines of UNEP told the room: “The data exist; the will does not.”")
    assert all("Unep" not in q.speaker and "UNEP" not in q.speaker for q in qs), [q.speaker for q in qs]

"""A councillor named with her title ("Councillor NAME", "Cllr NAME", "Alderman NAME"): the title is a role, not
part of the name, as "Mayor NAME" and "Senator NAME" are, whether a ward in parentheses follows or not. A
councillor the text does not name stays nobody. Written for these tests, in the forms local papers, council
reports and broadcast scripts use.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    "Councillor Rosalind Hartwell-Nye (Eastgate) said the bypass was “ten years overdue and still too narrow”.",  # local paper
    "Councillor Rosalind Hartwell-Nye told the meeting: “We will not approve a route we have not seen.”",  # council report
    "“We will not approve a route we have not seen,” said Councillor Rosalind Hartwell-Nye.",  # wire copy
    "ANCHOR: Councillor Rosalind Hartwell-Nye spoke to us after the vote. “It passed, but only just,” she said.",  # TV script
    "Councilwoman Rosalind Hartwell-Nye, who chairs the transport panel, said: “Buses first, cars second.”",  # feature
    "Alderman Rosalind Hartwell-Nye said in a newsletter to residents: “The bridge closes on Monday.”",  # newsletter
]
FR = [
    f"«{NB}Nous n’approuverons pas un tracé que nous n’avons pas vu{NB}», a déclaré Councillor Rosalind Hartwell-Nye.",
    f"Councillor Rosalind Hartwell-Nye (Eastgate) a déclaré{NB}: «{NB}Le pont ferme lundi.{NB}»",
]


@pytest.mark.parametrize("text", EN)
def test_english_councillor_s_title_is_her_role(text):
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == "Rosalind Hartwell-Nye"
    assert q.role.lower().startswith(("councillor", "councilwoman", "alderman"))


@pytest.mark.parametrize("text", FR)
def test_french_councillor_s_title_is_her_role(text):
    [q] = quotes(text, language="fr", own_voice=False)
    assert q.speaker == "Rosalind Hartwell-Nye"


def test_a_councillor_nobody_names_stays_nobody():
    [q] = quotes("“The bridge closes on Monday,” a councillor said after the vote.", language="en", own_voice=False)
    assert q.speaker == ""

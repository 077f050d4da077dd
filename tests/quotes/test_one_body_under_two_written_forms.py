"""One body under two written forms is one body, wherever the finder or the kit writes it.

* an apostrophe: "Fishers’ Relief Network", "Fishers' Relief Network" and "Fishersʼ Relief Network" (the
  modifier letter the finder itself puts in a plural possessive while it reads, so that the name stays one
  name) are one name; the people a document introduces leave it as the document writes them, so that a
  quotation in another document given that person's body is not given the modifier letter;
* a head noun before "of" or after the name: "the Secretariat of the Lorvan Convention" and "the Lorvan
  Convention Secretariat" are one body (not "the Republic of X" beside an "X Republic" the kit never writes,
  and not a head before a name with "and" in it);
* a State named by its adjective or its possessive alone, as a quotation's organisation (« un membre de la
  délégation pellinaise », "A member of the Pellinais delegation", "Pellina's deputy minister"): the State the
  kit names (Pellina), never made up where the kit names no such State.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from presskit.quotes.entities import Organisations
from tests.quotes.finding import NB, settled_kit


@pytest.mark.parametrize("a, b", [
    ("Fishers' Relief Network", "Fishers’ Relief Network"),
    ("Fishers' Relief Network", "Fishers\u02bc Relief Network"),
    ("the Secretariat of the Lorvan Convention", "Lorvan Convention Secretariat"),
    ("Office of the Harbour Ombudsman", "the Harbour Ombudsman Office"),
])
def test_two_written_forms_are_one_entity(a, b):
    orgs = Organisations()
    orgs.add(a, "en")
    orgs.add(b, "en")
    assert orgs.same(a, b)
    assert len(orgs.entities) == 1  # the organisation filter shows it once


@pytest.mark.parametrize("a, b", [
    ("Republic of Tessaly", "Tessaly"),  # a State and its long name are not turned into "Tessaly Republic"
    ("Federation of Ratings and Deck Crews", "Deck Crews Federation"),  # "and" in the rest: left as written
    ("Office of the Harbour Ombudsman", "Harbour Office"),
])
def test_a_head_is_not_moved_where_the_rest_is_no_one_name(a, b):
    orgs = Organisations()
    orgs.add(a, "en")
    orgs.add(b, "en")
    assert not orgs.same(a, b)


_INTRODUCED = [
    ("a", "en", "Reverend Ada Quill of the Fishers' Relief Network met the crew.\n\n“We bring water and phone "
                "cards,” said Ada Quill."),
    ("a", "en", "“We bring water and phone cards,” said Ada Quill, coordinator of the Fishers’ Relief Network."),
]
_ELSEWHERE = [
    ("b", "en", "| Chaplain | Port |\n|---|---|\n| Ada Quill | Port-Lune |\n\n“We have buried two men since "
                "June,” said Reverend Quill."),
    ("b", "en", "**11:05** — “We have buried two men since June,” Quill told the live blog."),
]


@pytest.mark.parametrize("introduced", _INTRODUCED)
@pytest.mark.parametrize("elsewhere", _ELSEWHERE)
def test_a_body_carried_from_another_document_keeps_its_apostrophe(introduced, elsewhere):
    docs = settled_kit(introduced, elsewhere)
    for q in (q for qs in docs for q in qs):
        assert "\u02bc" not in q.organisation and "\u02bb" not in q.organisation
        assert "\u02bc" not in q.role and "\u02bb" not in q.speaker


_STATE = ("s", "fr", f"«{NB}Nous paierons les salaires{NB}», a déclaré Ines Varo, ministre de Pellina.")
_BY_ADJECTIVE = [
    ("u", "en", "A member of the Pellinais delegation put it this way in the corridor: « on ne marchande pas un "
                "salaire, on le verse »."),
    ("u", "fr", f"Un membre de la délégation pellinaise l’a dit dans le couloir{NB}: «{NB}on ne marchande pas un "
                f"salaire, on le verse{NB}»."),
]


@pytest.mark.parametrize("unnamed", _BY_ADJECTIVE)
def test_a_state_s_adjective_alone_is_the_state_the_kit_names(unnamed):
    q = settled_kit(_STATE, unnamed)[1][0]
    assert q.speaker == ""
    assert q.organisation == "Pellina"


@pytest.mark.parametrize("unnamed", _BY_ADJECTIVE)
def test_no_state_is_made_up_from_an_adjective_the_kit_never_names(unnamed):
    other = ("s", "en", "“We will pay,” said Ines Varo, minister of Tessaly.")
    q = settled_kit(other, unnamed)[1][0]
    assert q.organisation not in ("Pellina", "Tessaly")


@pytest.mark.parametrize("org, state", [
    ("Pellina's", "Pellina"), ("Pellina’s", "Pellina"), ("Pellinais", "Pellina"), ("pellinaise", "Pellina"),
    ("Quill's", ""),  # a person's possessive: no State of the kit
    ("Tessalian", ""),  # the adjective of a State the kit never names
    ("African", ""),  # a region's adjective
    ("Pellina", ""),  # the State's own name: nothing to change
])
def test_a_one_word_organisation_by_the_state_s_possessive_or_adjective(org, state):
    from presskit.quotes.settle import _state_by_one_word
    assert _state_by_one_word(org, {"Pellina": {"en"}, "Pellinais": {"en"}, "Lorvan": {"fr"}}, "en") == state

"""A head's by-line in every form the press prints it: "By NAME", "BY NAME", "By Dr NAME, ROLE", « Par NAME »,
« PAR NAME », "Written by NAME", « Texte de NAME », « Texte : NAME », on its own line with the role on the next,
in bold or italics. An op-ed's or a blog's "I wrote that “…”" is then its author's own earlier words. Two by-lines
that name two different people name no one, and words that only begin like a by-line ("By the end of the week",
« Par ailleurs », "By 2030") are none. Written for these tests, as opinion pages and blogs print them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN_BODY = ("When I was a girl I could read the time by the stars.\n\nIn my book *Night Work*, I wrote that “a town "
           "that hides its stars tells its children the world is small”. I would write it again.\n")
FR_BODY = (f"Je me souviens des nuits d'août.\n\nComme je l'écrivais ici en mars, «{NB}une rue éteinte n'est pas "
           f"une rue abandonnée{NB}». Je n'ai pas changé d'avis.\n")


def _en(byline: str) -> str:
    return f"Opinion\n\n# The sky we lost\n\n{byline}\n\n{EN_BODY}"


def _fr(byline: str) -> str:
    return f"Tribune\n\n# La nuit des autres\n\n{byline}\n\n{FR_BODY}"


@pytest.mark.parametrize("text, language", [
    (_en("By Hedda Marklund"), "en"),
    (_en("BY HEDDA MARKLUND"), "en"),
    (_en("By Dr Hedda Marklund, astronomer"), "en"),
    (_en("By Dr. Hedda Marklund, astronomer at the Port Observatory"), "en"),
    (_en("Written by Hedda Marklund"), "en"),
    (_en("By Hedda Marklund\nAstronomer, Port Observatory"), "en"),
    (_en("**By Hedda Marklund**"), "en"),
    (_en("_Written by Hedda Marklund, astronomer_"), "en"),
    (_fr("Par Hedda Marklund"), "fr"),
    (_fr("PAR HEDDA MARKLUND"), "fr"),
    (_fr("Texte de Hedda Marklund, astronome"), "fr"),
    (_fr("Texte : Hedda Marklund"), "fr"),
    (_fr("Par Hedda Marklund\nAstronome à l'observatoire du Port"), "fr"),
    (_fr("*Par Hedda Marklund*"), "fr"),
])
def test_the_by_line_s_author_says_the_quotation(text, language):
    qs = quotes(text, language=language)
    assert qs and qs[-1].speaker == "Hedda Marklund", [(q.text, q.speaker) for q in qs]


@pytest.mark.parametrize("text, language", [
    # two by-lines naming two different people: whose "I" it is the head does not say
    (_en("By Hedda Marklund\n\nWritten by Colm Ferriter"), "en"),
    (_fr("Par Hedda Marklund\n\nTexte : Colm Ferriter"), "fr"),
    # words that begin like a by-line, and are none
    (_en("By the end of the week, the lamps were dimmed."), "en"),
    (_en("By 2030 Harbour Town will have no dark street left."), "en"),
    (_fr("Par ailleurs, Port Ilse éteint ses lampadaires."), "fr"),
])
def test_no_one_by_line_names_no_one(text, language):
    qs = quotes(text, language=language)
    assert qs and not qs[-1].speaker, [(q.text, q.speaker) for q in qs]

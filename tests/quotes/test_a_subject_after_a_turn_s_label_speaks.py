"""In a turn of a verbatim record, an interview or a transcript ("Ms NAME (Party): …", « M. NAME (groupe X). – … »),
a quotation whose own clause names who said it ("And Minister NAME2 told this House “…”") is NAME2's words, read out
in NAME's turn: the label's person is not the speaker. A clause that names nobody after the label ("I told them
“…”", « Je le leur ai dit : « … » ») stays the label's person's words.
The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

INTRO_EN = "Present: Ms Hedda Lornquist (Blue Party); Mr Osric Fallowby (Valley Party).\n\n"
INTRO_FR = "Présents : Mme Hedda Lornquist (groupe Bleu) ; M. Osric Fallowby (groupe des Vallées).\n\n"

OTHER_NAMED = [
    ("en", INTRO_EN + "Ms LORNQUIST (Blue Party): And Minister Dravenholt promised this House “a ferry for every "
                      "island before the first toll”. The Member should read it.", "Dravenholt"),
    ("en", INTRO_EN + "Mr FALLOWBY (Valley Party): Chair, the mayor of Kessel, Ingrid Sauvenay, told my office "
                      "“the bridge will be finished by spring”. It was not.", "Ingrid Sauvenay"),
    ("en", INTRO_EN + "PRESENTER: Well, Commissioner Rautavaara told us last week “the money is already in the "
                      "budget”. Is it?", "Rautavaara"),
    ("en", INTRO_EN + "Q: The Ombudsman, Petra Quillfeather, said in March “no inspector works alone”. Is that "
                      "still true?", "Petra Quillfeather"),
    ("fr", INTRO_FR + f"M. Osric Fallowby (groupe des Vallées). – La ministre des Transports, Mme Ingrid Sauvenay, "
                      f"nous a dit en juin «{NB}pas de péage sans ferry{NB}». Où sont les ferries{NB}?", "Ingrid Sauvenay"),
    ("fr", INTRO_FR + f"Mme Hedda Lornquist (groupe Bleu). – Et le commissaire Rautavaara a promis à cette "
                      f"commission «{NB}un rapport chaque année{NB}». Nous y veillerons.", "Rautavaara"),
    ("en", INTRO_EN + "Ms LORNQUIST (Blue Party): Yet Minister Dravenholt assured the committee “no island will be "
                      "cut off”. I have the record here.", "Dravenholt"),
    ("en", INTRO_EN + "Mr FALLOWBY (Valley Party): But the Commissioner, Anja Rautavaara, told us in May “the money "
                      "is already in the budget”. Where is it?", "Anja Rautavaara"),
]


@pytest.mark.parametrize("lang,text,speaker", OTHER_NAMED)
def test_the_clause_s_own_subject_spoke(lang, text, speaker):
    q = one(text, language=lang)
    assert speaker in q.speaker
    assert "Lornquist" not in q.speaker and "Fallowby" not in q.speaker


NOBODY_ELSE = [
    ("en", INTRO_EN + "Ms LORNQUIST (Blue Party): I told this House “a ferry for every island before the first "
                      "toll”, and I meant it.", "Hedda Lornquist"),
    ("en", INTRO_EN + "Mr FALLOWBY (Valley Party): We told the Minister “no toll without a ferry”, and we "
                      "will tell her again.", "Osric Fallowby"),
]


@pytest.mark.parametrize("lang,text,speaker", NOBODY_ELSE)
def test_the_label_s_person_keeps_her_own_words(lang, text, speaker):
    """The near miss: the clause after the label names nobody else; its words stay the label's person's."""
    assert one(text, language=lang).speaker == speaker


def test_a_french_label_then_i_names_nobody_else():
    """« Mme NAME (groupe X). – J’ai dit à cette commission « … » »: hers or nobody's, never another person's."""
    text = INTRO_FR + (f"Mme Hedda Lornquist (groupe Bleu). – J’ai dit à cette commission «{NB}pas de péage sans "
                       f"ferry{NB}», et je le pensais.")
    assert one(text, language="fr").speaker in ("", "Hedda Lornquist")

"""Two people of one surname, told apart by the role noun the text gives one of them: « Le guide, lui, reste
sceptique. « … », a dit Varganesh » after « Lorcan Varganesh, guide de haute montagne » and « la ministre
Ottilie Varganesh » is the guide's. With no such noun, or a noun both could bear, nobody rather than a guess.
Written for these tests as newsletters, features, wire copy and live blogs write, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

INTRO_FR = ("La ministre Ottilie Varganesh a rencontré mardi son homologue. Lorcan Varganesh, guide de haute montagne "
            "sans lien de parenté avec elle, assistait à la rencontre.\n\n")
INTRO_EN = ("Environment Minister Ottilie Varganesh met her counterpart on Tuesday. Lorcan Varganesh, a mountain guide "
            "and no relation, sat in on the meeting.\n\n")
Q_FR = f"«{NB}J’ai entendu ces promesses au refuge depuis vingt ans{NB}»"
Q_EN = "“I have heard these promises at the hut for twenty years”"

FR = [
    (f"Le guide, lui, reste sceptique. {Q_FR}, a dit Varganesh.", "Lorcan Varganesh"),
    (f"Le guide ne se fait pas d’illusions. {Q_FR}, lâche Varganesh.", "Lorcan Varganesh"),
    (f"La ministre, elle, se veut confiante. «{NB}Nous aurons les stations{NB}», a assuré Varganesh.", "Ottilie Varganesh"),
    (f"La ministre n’a pas caché sa satisfaction. «{NB}Nous aurons les stations{NB}», a déclaré Varganesh.",
     "Ottilie Varganesh"),
    (f"Le guide hausse les épaules. {Q_FR}, répond Varganesh.", "Lorcan Varganesh"),
    (f"Plus tard, dans le couloir. {Q_FR}, a dit Varganesh.", ""),
]
EN = [
    (f"The guide is less sure. {Q_EN[:-1]},” said Varganesh.", "Lorcan Varganesh"),
    (f"The guide shrugged. {Q_EN[:-1]},” Varganesh said.", "Lorcan Varganesh"),
    ("The minister was upbeat. “We will have the stations,” said Varganesh.", "Ottilie Varganesh"),
    ("The minister, for her part, sounded confident. “We will have the stations,” Varganesh told reporters.",
     "Ottilie Varganesh"),
    (f"The guide has seen it all before. {Q_EN[:-1]},” said Varganesh.", "Lorcan Varganesh"),
    (f"Later, in the corridor. {Q_EN[:-1]},” said Varganesh.", ""),
]


@pytest.mark.parametrize("para,speaker", FR)
def test_french_namesakes_told_apart_by_a_role_noun(para, speaker):
    q = quotes(INTRO_FR + para, language="fr", own_voice=False)[-1]
    assert q.speaker in ((speaker,) if speaker else ("", "Varganesh"))


@pytest.mark.parametrize("para,speaker", EN)
def test_english_namesakes_told_apart_by_a_role_noun(para, speaker):
    q = quotes(INTRO_EN + para, language="en", own_voice=False)[-1]
    assert q.speaker in ((speaker,) if speaker else ("", "Varganesh"))


@pytest.mark.xfail(strict=True, reason="a first name that ends a PDF line before its surname is not read as a name, "
                                       "so the surname goes to the one namesake read in full (docs/quotes.md)")
def test_a_full_name_wrapped_across_pdf_lines_still_tells_the_namesakes_apart():
    intro = INTRO_FR.replace("Lorcan Varganesh, guide", "Lorcan\nVarganesh, guide")
    q = quotes(intro + FR[0][0], language="fr", own_voice=False)[-1]
    assert q.speaker == "Lorcan Varganesh"

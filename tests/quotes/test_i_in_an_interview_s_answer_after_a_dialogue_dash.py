""""I" in the answer of an interview printed with dialogue dashes and no names (« — Pourquoi … ? ¶ — Parce que ….
Comme je l'ai dit aux délégués, « … » »): the answers are the interviewee's, the one the title names; the
interviewer's turns, in between, are not. Written for these tests, in French and English, as magazines, podcasts'
transcripts and newsletters print interviews.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

FR = (f"# Maren Solvik{NB}: «{NB}Une chouette morte, c'est une donnée{NB}»\n\n"
      f"Ornithologue, Maren Solvik compte depuis dix ans les oiseaux tués sur la côte. Propos recueillis par la "
      f"rédaction.\n\n"
      f"— Pourquoi compter les oiseaux morts{NB}?\n\n"
      f"— Parce qu'on peut les peser. Comme je l'ai dit aux délégués mardi, «{NB}chaque cadavre est un point sur une "
      f"courbe{NB}». Les vivants passent dans le noir.\n\n"
      f"— Vous parlez souvent anglais aux délégués.\n\n"
      f"— Oui, et je leur répète la même phrase, en anglais{NB}: “every lamp you switch off is a bird that gets "
      f"home”. C'est simple.\n")
EN = ("# Tomas Haverl: “A dead moth is a data point”\n\n"
      "The entomologist Tomas Haverl has counted moths under street lamps for a decade. Interview by our staff.\n\n"
      "— Why count dead insects?\n\n"
      "— Because you can weigh them. As I told the delegates on Tuesday, “every lamp is a trap with a switch”. "
      "The living ones fly off in the dark.\n")


@pytest.mark.parametrize("text, language, n", [(FR, "fr", 3), (EN, "en", 2)])
def test_i_in_an_answer_is_the_interviewee(text, language, n):
    qs = quotes(text, language=language)
    assert len(qs) == n
    assert all(q.speaker == ("Maren Solvik" if language == "fr" else "Tomas Haverl") for q in qs[1:])


def test_the_interviewer_s_turn_is_not_the_interviewee_s():
    # the second paragraph with a dash asks: its "I" is the interviewer's, left to nobody as before
    text = ("# Tomas Haverl: “A dead moth is a data point”\n\n"
            "— Why count dead insects?\n\n"
            "— Because you can weigh them.\n\n"
            "— When I met you in May, you told me, “every lamp is a trap with a switch”. Do you still think so?\n")
    qs = quotes(text, language="en")
    assert qs[-1].speaker != "Tomas Haverl" or qs[-1].attribution != "headline"

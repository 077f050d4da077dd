"""A title (Dr, Professor, Mme, l’ambassadrice) opens a person's role, never her name: an interview titled
"“…,” says Dr NAME" gives its answers to NAME, and the kit never completes a plain "NAME" elsewhere to the
titled form. Written for these tests, in English and French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes, settled_kit

ANSWER_EN = "\n\nQ: What did you say to them?\n\nA: I told them: “The river does not stop at the border, and neither will we.”"
ANSWER_FR = (f"\n\nQ : Qu’avez-vous dit aux délégués ?\n\nR : Je leur ai dit : «{NB}Le fleuve ne s’arrête pas à la "
             f"frontière, et nous non plus.{NB}»")

TITLES_EN = [
    "“Sand is the new oil,” says Dr Mirela Ostrova",                      # a feature interview
    "“Sand is the new oil,” says Dr. Mirela Ostrova",                     # a newsletter, with the dot
    "## “Sand is the new oil,” says Professor Mirela Ostrova",            # a Markdown Q&A
    "“Sand is the new oil,” says Ambassador Mirela Ostrova",              # a statement's interview
    "\"Sand is the new oil,\" says Dr Mirela Ostrova",                   # wire copy, straight marks
    "# “Sand is the new oil,” says Prof. Mirela Ostrova",                 # a live blog's interview page
]
TITLES_FR = [
    f"«{NB}Le sable est le nouveau pétrole{NB}», dit Mme Mirela Ostrova",
    f"«{NB}Le sable est le nouveau pétrole{NB}», dit la docteure Mirela Ostrova",
    f"«{NB}Le sable est le nouveau pétrole{NB}», affirme le professeur Mirela Ostrova",
    f"# «{NB}Le sable est le nouveau pétrole{NB}», explique l’ambassadrice Mirela Ostrova",
    f"«{NB}Le sable est le nouveau pétrole{NB}», dit Dr Mirela Ostrova",
    f"«{NB}Le sable est le nouveau pétrole{NB}», dit la Pre Mirela Ostrova",
]


@pytest.mark.parametrize("title", TITLES_EN + TITLES_FR)
def test_an_interview_titled_with_a_title_gives_its_answers_to_the_name(title):
    fr = "«" in title
    qs = quotes(title + (ANSWER_FR if fr else ANSWER_EN), language="fr" if fr else "en", own_voice=False)
    assert [q.speaker for q in qs] == ["Mirela Ostrova", "Mirela Ostrova"]


OTHER_EN = [
    "“Every lorry of sand is a beach that is gone,” said Mirela Ostrova.",
    "Mirela Ostrova told reporters: “Every lorry of sand is a beach that is gone.”",
    "11:40 — Mirela Ostrova, on the floor: “Every lorry of sand is a beach that is gone.”",
    "“Every lorry of sand is a beach that is gone,” Mirela Ostrova said on Tuesday.",
    "In her speech, Mirela Ostrova was blunt: “Every lorry of sand is a beach that is gone.”",
    "Asked about dredging, Mirela Ostrova said: “Every lorry of sand is a beach that is gone.”",
]
OTHER_FR = [
    f"«{NB}Chaque camion de sable est une plage qui disparaît{NB}», a déclaré Mirela Ostrova.",
    f"Mirela Ostrova a dit aux journalistes : «{NB}Chaque camion de sable est une plage qui disparaît.{NB}»",
    f"11 h 40 — Mirela Ostrova, en séance : «{NB}Chaque camion de sable est une plage qui disparaît.{NB}»",
    f"«{NB}Chaque camion de sable est une plage qui disparaît{NB}», a lancé Mirela Ostrova mardi.",
    f"Dans son discours, Mirela Ostrova a été nette : «{NB}Chaque camion de sable est une plage qui disparaît.{NB}»",
    f"Interrogée sur le dragage, Mirela Ostrova a répondu : «{NB}Chaque camion de sable est une plage qui disparaît.{NB}»",
]


@pytest.mark.parametrize("other", OTHER_EN + OTHER_FR)
def test_the_kit_never_completes_a_plain_name_to_its_titled_form(other):
    """The first person of the interview under "says Dr NAME" made "Dr NAME" a person of the kit, and every
    plain "NAME" of another document was then completed to it."""
    fr = "«" in other
    interview = (TITLES_FR[4] + ANSWER_FR) if fr else (TITLES_EN[0] + ANSWER_EN)
    lang = "fr" if fr else "en"
    _interview, doc = settled_kit(("interview", lang, interview), ("other", lang, other))
    assert [q.speaker for q in doc] == ["Mirela Ostrova"]


def test_a_two_word_name_after_a_title_stays_as_written():
    """"Dr Ostrova" is a surname with its title: the kit may complete it, but not to a titled form."""
    _a, doc = settled_kit(("a", "en", "Dr Mirela Ostrova chairs the panel. “Sand is the new oil,” she said."),
                          ("b", "en", "“Every lorry of sand is a beach that is gone,” said Dr Ostrova."))
    assert [q.speaker for q in doc] == ["Mirela Ostrova"]

"""An interview's answer that ends with a colon and leaves its words to the next paragraph ("A: I told them
this: ¶ “…”", « R : Je leur ai répondu ceci : ¶ « … » »): the words are the answerer's, as when they stand
in the answer itself, also over several paragraphs. Written for these tests, in the forms of Q&As in a
feature, a newsletter, a live blog and a wire's interview, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

WHO = "Teodora Lindqvist-Amadi"
HEAD_EN = f"Interview: {WHO}\n\n{WHO} directs the Riverline Health Alliance.\n\nQ: How did the talks go?\n\n"
HEAD_FR = f"Entretien avec {WHO}\n\n{WHO} dirige l’Alliance santé Riverline.\n\nQ : Comment se passent les négociations ?\n\n"
WORDS_EN = "“We are not asking for a miracle. We are asking for a fridge and a nurse.”"
TWO_EN = "“We are not asking for a miracle.\n\n“We are asking for a fridge and a nurse.”"
WORDS_FR = f"«{NB}Nous ne demandons pas un miracle. Nous demandons un frigo et une infirmière.{NB}»"
TWO_FR = f"«{NB}Nous ne demandons pas un miracle.\n\n«{NB}Nous demandons un frigo et une infirmière.{NB}»"
EN = [
    f"A: I told them this:\n\n{WORDS_EN}",
    f"A: I told them this:\n\n{TWO_EN}",
    f"A: This morning, in the plenary, I said exactly this:\n\n{WORDS_EN}\n\nQ: And then?",
    f"A: I wrote it to every delegation last night:\n\n{TWO_EN}",
    f"**{WHO}:** I gave them one sentence, and I will give it to you:\n\n{WORDS_EN}",
    f"A: I put it to the minister in these words:\n\n{WORDS_EN}\n\nShe did not answer.",
]
FR = [
    f"R : Je leur ai dit ceci :\n\n{WORDS_FR}",
    f"R : Je leur ai dit ceci :\n\n{TWO_FR}",
    f"R : Ce matin, en plénière, j’ai dit exactement ceci :\n\n{WORDS_FR}\n\nQ : Et ensuite ?",
    f"R : Je l’ai écrit hier soir à chaque délégation :\n\n{TWO_FR}",
    f"**{WHO} :** Je leur ai donné une phrase, je vous la donne aussi :\n\n{WORDS_FR}",
    f"R : Je l’ai dit au ministre en ces termes :\n\n{WORDS_FR}\n\nIl n’a pas répondu.",
]


@pytest.mark.parametrize("lang,answer", [("en", a) for a in EN] + [("fr", a) for a in FR])
def test_an_answer_s_colon_gives_the_next_paragraph_to_the_answerer(lang, answer):
    head = HEAD_EN if lang == "en" else HEAD_FR
    qs = [q for q in quotes(head + answer, language=lang, own_voice=False) if "miracle" in q.text]
    assert [q.speaker for q in qs] == [WHO]

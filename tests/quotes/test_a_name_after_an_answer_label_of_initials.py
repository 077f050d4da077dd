"""An interview's answer labelled with initials and a dash (« B. Q. — NAME, un de nos patrons, le dit : « … » »,
"**M. H. —** NAME, one of our skippers, puts it better: “…”") opens on a label, not on the sentence's subject: the
subject is the person the sentence names after it, who speaks the quotation; the label is the one who relays him
(reading the label as a name gave the initials themselves as the speaker). The near-misses keep their reading: an
initial that is part of a name ("J. Smith — the harbour master — said"), and an answer whose own words follow the
label. Written for these tests, as a newspaper's Q&A, a newsletter's interview and a reprinted feature would.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes


def _of(text: str, words: str):
    return next(q for q in quotes(text) if words in q.text)


LABELLED = [
    (f"**A. L. — Que disent vos adhérents ?**\n\nM. H. — Yannick, un de nos meilleurs patrons, le dit mieux que "
     f"moi{NB}: «{NB}Un casier perdu pêche encore dix ans.{NB}»", "casier perdu", "Yannick"),
    (f"**A. L. — Et les jeunes ?**\n\n**M. H. —** Solenne, une de nos plus jeunes adhérentes, me l’a écrit{NB}: «{NB}Je "
     f"resterai si le port reste.{NB}»", "port reste", "Solenne"),
    ("**Q. — What do your members say?**\n\nM. H. — Torvald, one of our best skippers, puts it better than I can: “A lost "
     "pot fishes for ten years.”", "lost pot fishes", "Torvald"),
    ("**Q. — And the young ones?**\n\nM.H. — Ingrid, who joined us at nineteen, wrote to me: “I will stay if the "
     "harbour stays.”", "harbour stays", "Ingrid"),
]


@pytest.mark.parametrize("text, words, speaker", LABELLED)
def test_the_name_after_an_answer_label_speaks_not_the_label(text, words, speaker):
    q = _of(text, words)
    assert q.speaker == speaker, (q.speaker, q.attribution)


def test_an_initial_that_is_part_of_a_name_stays_the_name():
    text = "J. Smith — the harbour master — said on Monday: “We are full until June.”"
    assert _of(text, "full until June").speaker == "J. Smith"

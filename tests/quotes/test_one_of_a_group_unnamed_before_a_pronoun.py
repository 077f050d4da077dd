""""One of our port inspectors, who …, put it to me more drily. … He said that “…”": one person out of a group,
not named, is the subject a later pronoun follows, so the words are nobody's named (not the statement's own
speaker, the last man the text named). Read for any noun of people in the plural ("One of the union's oldest
members", « L’un de nos inspecteurs », « Une de leurs infirmières »). Written for these tests, as a statement, a
feature, a newsletter and wire copy would put them; the near-misses (the one of them named right after, and a
pronoun with no such subject before it) do not change.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

_STATEMENT = "Statement by H.E. Mr Tobias Wendring, Minister of Transport of Orlavia\n\n"
_DECLARATION = "Déclaration de M. Tobias Wendring, ministre des Transports d’Orlavie\n\n"


@pytest.mark.parametrize("text", [
    # statement
    (_STATEMENT + "Last month I visited the docks. One of our port inspectors, who has worked there for thirty "
     "years, put it to me more plainly. On the quays they call the empty barges “coffins”. He said that “the papers "
     "are clean and the holds are not”. He is right."),
    # feature
    ("Minister Tobias Wendring toured the yard on Monday.\n\nOne of the union’s oldest welders was waiting by the "
     "gate. Nobody had told the crew the visit was coming. She said: “We heard it on the radio.”"),
    # French statement
    (_DECLARATION + "Le mois dernier, j’ai visité les quais. L’un de nos inspecteurs, qui y travaille depuis trente "
     f"ans, me l’a dit plus sèchement. Sur les quais, on appelle ces barges des cercueils. Il m’a dit que «{NB}les "
     f"papiers sont propres et les cales ne le sont pas{NB}»."),
    # French newsletter
    ("Le ministre Tobias Wendring est passé au dispensaire mardi.\n\nUne de leurs infirmières l’attendait à "
     f"l’entrée. Personne ne l’avait prévenue. Elle a lâché{NB}: «{NB}On l’a appris à la radio{NB}»."),
])
def test_one_of_a_group_is_the_pronoun_s_subject(text):
    q = one(text)
    assert q.speaker == "", (q.speaker, q.attribution)


@pytest.mark.parametrize("text, speaker", [
    # near-miss: the one of them named right after
    (_STATEMENT + "One of our port inspectors, Amal Reyk, put it to me more plainly. On the quays they call the "
     "barges “coffins”. She said that “the papers are clean and the holds are not”.", "Amal Reyk"),
    # near-miss: no group before the pronoun; the man just named
    ("Minister Tobias Wendring toured the yard on Monday. The crew had not been told. He said: “I came to listen.”",
     "Tobias Wendring"),
])
def test_near_misses_keep_their_speaker(text, speaker):
    q = one(text)
    assert q.speaker == speaker, (q.speaker, q.attribution)

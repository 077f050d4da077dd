"""A role whose body follows an elided « d’ » (« Le directeur général d’Orvane Mining, NAME, ») is the role
and body of the name after the comma: the « d’ » run is a body, never a person "d’Orvane Mining", so a later
« a-t-il déclaré » goes to the man named and his body is the one after « d’ ». A wire's dateline before the
role ("LUND, 4 May (Reuters) — The chief executive of X, NAME", « 6 fév. (APC) — Le directeur de X, NAME ») no
longer hides that role. Written for these tests, as wire copy, a newsletter and a statement would put them;
the near-misses (a surname alone with its particle, and a role after no dateline) do not change.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one


@pytest.mark.parametrize("text, speaker, org", [
    # wire copy, French: the dateline, then the role of an elided body
    ("Carvel, 3 mars (APC) — Le directeur général d’Orvane Mining, Tobias Mwangelo-Ruiz, a défendu lundi le "
     f"plan social. «{NB}Nous gardons les deux sites{NB}», a-t-il déclaré.", "Tobias Mwangelo-Ruiz",
     "Orvane Mining"),
    # newsletter, French: no dateline, the elided body alone
    ("La présidente d’Eskel Énergie, Maren Tallouët, a ouvert l’assemblée. "
     f"«{NB}Le dividende attendra{NB}», a-t-elle dit.", "Maren Tallouët", "Eskel Énergie"),
    # wire copy, English: an agency's dateline before the role
    ("LUND, May 4 (Reuters) — The chief executive of Harrow Minerals, Casper Odunsi-Vale, defended the "
     "write-down on Tuesday. “We are paying now so we do not pay twice,” he said.", "Casper Odunsi-Vale",
     "Harrow Minerals"),
])
def test_the_role_before_the_name_gives_its_body(text, speaker, org):
    q = one(text)
    assert (q.speaker, q.organisation) == (speaker, org), (q.speaker, q.organisation, q.attribution)


@pytest.mark.parametrize("text, speaker", [
    # near-miss: a surname alone with its elided particle stays a person
    ("Le député Aymeric d’Orbessan a pris la parole. "
     f"«{NB}Le texte est mal écrit{NB}», a-t-il déclaré.", "Aymeric d’Orbessan"),
    # near-miss, statement: no dateline, the role read as before
    ("The chief executive of Harrow Minerals, Casper Odunsi-Vale, spoke first. “We will not sell,” he said.",
     "Casper Odunsi-Vale"),
])
def test_near_misses_keep_their_speaker(text, speaker):
    q = one(text)
    assert q.speaker == speaker, (q.speaker, q.attribution)

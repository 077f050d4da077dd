"""Someone unnamed who said it, told inside a clause of saying: "He added that one of the members, who asked not to
be named, had told him: “…”", « Elle m’a raconté qu’à Port-Vell, une cliente lui avait lancé : « … » ». The inner
subject spoke: neither the reporter nor the person "him", « lui » stands for, and no place before it (« qu’à
Port-Vell, ») is a person. Nobody is named; a body in a possessive ("one of the Union's members") is the
quotation's.

Near-misses that must not change: the inner subject is a name, or an unnamed noun with the name in apposition
("that a delegate, NAME, had told her"). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .finding import NB, one

_UNNAMED = [
    # wire copy
    "Lise Arvanto, the union's secretary, spoke to reporters on Tuesday.\n\nShe added that one of the union's oldest "
    "members, who asked not to be named, had told her: “I have not been paid for the night shifts since March.”",
    # feature
    "Tomas Quell has kept the pharmacy for twenty years.\n\nHe says that a customer, a retired teacher from the "
    "valley, once told him: “You are the only one in town who reads the label before I do.”",
    # statement
    "Madam Chair,\n\nI recall that a nurse in our northern district had written to me: “we count the boxes twice and "
    "still we do not know which ones are real”.",
    # French Q&A answer
    f"**R. — Oui. Mme Ostrava m’a raconté qu’à Port-Vell, une cliente lui avait lancé{NB}: «{NB}Si le prix est "
    f"juste, pourquoi la boîte est-elle si légère{NB}?{NB}». Elle en rit encore.**",
    # French newsletter
    f"Notre présidente a rappelé hier que l’une des infirmières du district lui avait écrit{NB}: «{NB}nous n’avons "
    f"plus de bandelettes depuis trois semaines{NB}».",
    # French live blog
    f"**16:40** — Le délégué a expliqué que, la veille, un chauffeur de la douane lui avait dit{NB}: «{NB}les camions "
    f"attendent deux jours à la frontière{NB}».",
]


@pytest.mark.parametrize("text", _UNNAMED)
def test_the_unnamed_inner_sayer_names_nobody(text):
    q = one(text)
    assert q.speaker == "", (q.speaker, q.attribution)


def test_a_body_in_the_possessive_is_the_quotation_s():
    q = one("The Guild of River Ferrymen asked the Parties for new lifejackets.\n\nIts president, Olaf Drenn, said "
            "that one of the Guild's oldest members had told him: “I have rowed this river for forty years without "
            "a jacket.”")
    assert (q.speaker, q.organisation) == ("", "Guild of River Ferrymen"), (q.speaker, q.organisation)


_NAMED = [
    ("Anna Berg said that Paul Renard had told her: “we will sign nothing we cannot inspect”.", "Paul Renard"),
    ("Anna Berg said that a delegate, Paul Renard, had told her: “we will sign nothing we cannot inspect”.",
     "Paul Renard"),
    (f"Mme Ostrava a expliqué que Paul Renard lui avait dit{NB}: «{NB}nous ne signerons rien que nous ne pourrons "
     f"pas contrôler{NB}».", "Paul Renard"),
]


@pytest.mark.parametrize("text,speaker", _NAMED)
def test_a_named_inner_sayer_stays_named(text, speaker):
    assert one(text).speaker == speaker

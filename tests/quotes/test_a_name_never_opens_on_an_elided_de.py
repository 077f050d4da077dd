"""A person's name never opens on an elided « d' »: in « … de l’Inspection d’Ivorak ¶ Ilse NAME » (a delegation's
table laid out as a PDF's lines, one cell a line) « d’Ivorak » ends the cell before and the name is « Ilse NAME »,
so that « Notre conseillère juridique, Ilse NAME, me le rappelle : « … » » gives her as the kit knows her, not
"d’Ivorak Ilse NAME". A particle inside a name (« Jean d’Ormesson », « Valéry Giscard d’Estaing ») stays the
name's. Written for these tests, as a State's statement, a release and a newsletter would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes.people import name_tokens, split_name
from tests.quotes.finding import NB, one

_STATEMENT = ("Déclaration de la République de Valmorie\n\nLa délégation est composée comme suit :\nNom\nFonction\n"
              "Odile Carvanel-Sy\nministre de l’Environnement\nBertin Rosquelle\ndirecteur des douanes d’Orbelle\n"
              "Ilse Marquenod\nconseillère juridique\nMaxence Tourvel\nchef du service des ports d’Estramont\n"
              "Amadou Rilk\nexpert\n\n")


@pytest.mark.parametrize("text, speaker", [
    # a State's statement: the table's lines, then her title and name
    (_STATEMENT + f"Notre conseillère juridique, Ilse Marquenod, me le rappelle à chaque réunion{NB}: «{NB}un droit "
     f"qu’on n’exerce pas se perd{NB}».", "Ilse Marquenod"),
    # the same, a man after « d’Estramont »
    (_STATEMENT + f"«{NB}Nous ouvrirons chaque conteneur{NB}», a déclaré Amadou Rilk.", "Amadou Rilk"),
    # English release laid out the same way
    ("Delegation of Valmorie\nName\nPost\nBertin Rosquelle\nhead of customs d’Orbelle\nIlse Marquenod\nlegal "
     "adviser\n\nOur legal adviser, Ilse Marquenod, reminds me every morning: “a right not used is a right lost.”",
     "Ilse Marquenod"),
])
def test_an_elided_de_before_a_name_is_not_the_name(text, speaker):
    q = one(text)
    assert q.speaker == speaker, (q.speaker, q.attribution)


@pytest.mark.parametrize("run, name", [
    ("d’Ivorak\nIlse Brandaubert", ["Ilse", "Brandaubert"]),
    # near-misses: a particle inside the name stays
    ("Jean d’Ormesson", ["Jean", "d’Ormesson"]),
    ("Valéry Giscard d’Estaing", ["Valéry", "Giscard", "d’Estaing"]),
])
def test_the_name_of_a_run(run, name):
    assert split_name(name_tokens(run), from_right=True)[1] == name


def test_near_miss_a_name_with_its_particle_is_said_whole():
    q = one(f"«{NB}Le texte est bon{NB}», a déclaré Jean d’Ormesson-Vigo, délégué de Valmorie.")
    assert q.speaker == "Jean d’Ormesson-Vigo", (q.speaker, q.attribution)

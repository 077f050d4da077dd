"""An unnamed source whose body the text names in another way than "a spokesperson for X": "the spokesperson"
again after "A spokesperson for X said …", "an official of the Orsk delegation", "a colleague of NAME at the
Institute", « une porte-parole de la Fédération » (a short form of a body named before, also in another
language). Nobody is named; the body is. The sentences are written for these tests, in several presses' forms.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    ("A spokesperson for the Harbour Data Agency said the new figures would come on Wednesday. “The cities are the "
     "worst we have recorded,” the spokesperson said.", "Harbour Data Agency"),
    ("An official of the Orsk delegation said privately: “We will move, but not at that speed.”", "Orsk"),
    ("Professor Piet Varga leads the speed programme at the Kessel Institute for Road Safety.\n\nAfter the "
     "interview, a colleague of Varga at the Institute added, without wanting to be named: “He has been saying "
     "thirty for ten years.”", "Kessel Institute for Road Safety"),
    ("Ana Ferrey, president of the Federation of Walkers, hands out leaflets. “The cars wait for once,” said "
     f"Ferrey.\n\nUne porte-parole de la Fédération ajoute{NB}: «{NB}nous avons attendu ce mot pendant huit "
     f"ans{NB}».", "Federation of Walkers"),
    ("A diplomat from the Orsk mission, who asked not to be named, told me: “We will move, but not at that "
     "speed.”", "Orsk"),
    ("“We will move, but not at that speed,” an adviser to the Orsk delegation said on condition of anonymity.",
     "Orsk"),
]
FR = [
    ("Une porte-parole de l’Agence des données routières a indiqué que les chiffres arriveraient mercredi. « Les "
     "villes sont les pires jamais relevées », a ajouté la porte-parole.", "Agence des données routières"),
    (f"Un membre de la délégation d’Orskie a glissé{NB}: «{NB}nous bougerons, mais pas à cette vitesse{NB}».",
     "Orskie"),
    ("Le professeur Piet Varga dirige le programme vitesse de l’Institut de Kessel.\n\nUn collègue de Varga à "
     "l’Institut de Kessel a ajouté, sans vouloir être nommé : « il dit trente depuis dix ans ».",
     "Institut de Kessel"),
    ("Ana Ferrey, présidente de la Fédération des marcheurs, distribue des tracts.\n\nA spokesperson for the "
     "Federation added: “We have waited eight years for this word.”", "Fédération des marcheurs"),
    ("Un diplomate de la mission d’Orskie, qui a requis l’anonymat, nous a dit : « nous bougerons, mais pas à "
     "cette vitesse ».", "Orskie"),
    ("« Nous bougerons, mais pas à cette vitesse », a confié un conseiller de la délégation d’Orskie sous couvert "
     "d’anonymat.", "Orskie"),
]


@pytest.mark.parametrize("text,org", EN)
def test_english_unnamed_source_speaks_for_the_body_named(text, org):
    q = quotes(text, language="en")[-1]
    assert (q.speaker, q.organisation) == ("", org)


@pytest.mark.parametrize("text,org", FR)
def test_french_unnamed_source_speaks_for_the_body_named(text, org):
    q = quotes(text, language="fr")[-1]
    assert (q.speaker, q.organisation) == ("", org)


def test_the_spokesperson_again_takes_only_the_one_introduced_just_before():
    [q] = quotes("The spokesperson said little. “The cities are the worst we have recorded,” the spokesperson said.",
            language="en")
    assert (q.speaker, q.organisation) == ("", "")


@pytest.mark.parametrize("lang,text", [
    ("en", "A delegate from one of the Lake Orvel States told us the gap was one word. “It is shall against should, "
           "and has been since Tuesday,” the delegate said."),
    ("fr", "Un délégué de l’un des États du lac Orvel nous a dit : « c’est shall contre should depuis mardi »."),
])
def test_one_of_several_bodies_is_none_of_them(lang, text):
    [q] = quotes(text, language=lang)
    assert (q.speaker, q.organisation) == ("", "")

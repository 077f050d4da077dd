"""A person a statement introduces by a role of a place of its own, named in the sentence before ("Last month I
visited our public health centre in Dunmarrow. Its head nurse, NAME, has worked there …. She told me: “…”", « J'ai
visité notre dispensaire de Dunmarrow. Son infirmière-cheffe, NAME, … »): she speaks for the statement's State or
body. In a feature that speaks as nobody, or after a place that is not "ours", she speaks for nobody. Written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

STATEMENT = {"default_speaker": "Oskar Dalquist", "default_organisation": "Vellmar", "own_voice": False}

EN = [
    "Last month I visited our public health centre in Dunmarrow. Its head nurse, Ines Morvell, has worked there for "
    "twenty years. She told me: “I have given the post-bite series to nine children this year.”",
    "In March I went to our district hospital in Tarrun. Its chief surgeon, Ines Morvell, met me at the door. “We "
    "have no vaccine left,” she said.",
    "I spent a morning at our veterinary school. Its director, Ines Morvell, showed me the cold room. “Every vial "
    "here is spoken for,” she told me.",
]
FR = [
    "Le mois dernier, j'ai visité notre centre de santé de Dunmarrow. Son infirmière, Ines Morvell, y travaille "
    "depuis vingt ans. Elle m'a dit : « J'ai soigné neuf enfants mordus cette année. »",
    "En mars, je me suis rendu dans notre hôpital de district. Sa directrice, Ines Morvell, m'a reçu. « Nous "
    "n'avons plus de vaccin », m'a-t-elle dit.",
]


@pytest.mark.parametrize("text", EN)
def test_english_role_of_our_own_place(text):
    [q] = quotes(text, language="en", **STATEMENT)
    assert (q.speaker, q.organisation) == ("Ines Morvell", "Vellmar")


@pytest.mark.parametrize("text", FR)
def test_french_role_of_our_own_place(text):
    [q] = quotes(text, language="fr", **STATEMENT)
    assert (q.speaker, q.organisation) == ("Ines Morvell", "Vellmar")


def test_a_place_that_is_not_ours_gives_nothing():
    text = ("Last month I visited the Red Cross clinic in Dunmarrow. Its head nurse, Ines Morvell, has worked there "
            "for twenty years. She told me: “I have given the post-bite series to nine children this year.”")
    [q] = quotes(text, language="en", **STATEMENT)
    assert q.organisation != "Vellmar"


def test_a_feature_that_speaks_as_nobody_gives_nothing():
    text = ("The reporter visited our town's health centre. Its head nurse, Ines Morvell, has worked there for "
            "twenty years. “We are short of everything,” she said.")
    [q] = quotes(text, language="en", default_organisation="", own_voice=False)
    assert q.organisation == ""


def test_a_relative_clause_that_names_her_body_is_left_to_say_it():
    text = ("In March I visited the cooling centre of Port Esquerre, in our southern province. Its nurse in charge, "
            "Ines Morvell, who now presides over Nurses Against Heat, told me: “We lose them on the third night.”")
    [q] = quotes(text, language="en", **STATEMENT)
    assert q.organisation != "Vellmar"

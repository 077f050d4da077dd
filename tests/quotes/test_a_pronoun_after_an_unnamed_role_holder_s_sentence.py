"""A paragraph about someone the text calls only by a role ("The Minister submitted …", « La procureure a
requis … ») and then a pronoun with the words: "She argued that an importer “…”". The pronoun is that role
holder's, whom nobody names, not a person of another role named paragraphs before (a judge in the list of the
bench, a witness of the morning): the speaker is left empty. A person given that role before keeps the words.
Written for these tests, in English and French, as a court's press summary, wire copy, a radio script, a live
blog and a newsletter put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    # a court's press summary: the bench is named, the respondent Minister is not
    "Judges: Justice Ingrid Halvorsen, Justice Tomas Lindqvist\n\nThe applicant argued that the refusal was unfair "
    "to small importers.\n\nThe Minister submitted, in her written case, that importers alone see the animals. She "
    "argued that an importer who cannot trace an animal “should not be trading in live animals at all”.",
    # wire copy
    "Presiding was Judge Maria Ekwueme of the commercial chamber.\n\nThe prosecutor, in a brief closing, asked for "
    "a fine. She told the court that the company “knew exactly what it was shipping and chose not to look”.",
    # a newsletter
    "Our guest this week was Professor Hannah Obi, who studies port logistics.\n\nThe regulator was less patient "
    "with the carriers. She said the rules “have been on the books for six years and nobody read them”.",
]
FR = [
    # un compte rendu d'audience
    f"Présidait l'audience Mme Claire Ndiaye-Roux, assistée de deux assesseurs.\n\nLa procureure a requis une "
    f"amende ferme. Elle a estimé que la société «{NB}savait parfaitement ce qu'elle transportait{NB}».",
    # une dépêche
    f"La rapporteure publique, Anne Vasseur-Lin, a conclu au rejet.\n\nLa ministre, dans son mémoire, a répondu "
    f"aux importateurs. Elle a jugé qu'un importeur sans papiers «{NB}n'a rien à faire sur ce marché{NB}».",
]


@pytest.mark.parametrize("text", EN + FR)
def test_the_pronoun_of_an_unnamed_role_holder_names_nobody(text):
    qs = quotes(text, language="fr" if "«" in text else "en")
    assert qs[-1].speaker == ""


@pytest.mark.parametrize("text, speaker", [
    # the role the named person was given: hers
    ("Environment Minister Jane Halloran-Ruiz opened the second day of talks.\n\nThe minister then turned to the "
     "budget. She argued that the fund for rangers “should be doubled before the next meeting of the Parties”.",
     "Jane Halloran-Ruiz"),
    (f"La ministre de l'Environnement, Jeanne Halloran-Ruiz, a ouvert la séance.\n\nLa ministre a ensuite parlé du "
     f"budget. Elle a jugé que le fonds «{NB}devrait doubler avant la prochaine réunion des Parties{NB}».",
     "Jeanne Halloran-Ruiz"),
])
def test_the_pronoun_of_a_named_role_holder_is_hers(text, speaker):
    qs = quotes(text, language="fr" if "«" in text else "en")
    assert qs[-1].speaker == speaker

"""Titles of what a coalition publishes besides reports (a scorecard, an index, a dashboard, « un tableau de
bord », « un baromètre ») and the names of working groups are no quotations, in either language; the words
a negotiator says on leaving such a group still are. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

TITLES = [
    "The Alliance published its annual scorecard, “Who is in the room: industry access at treaty meetings, 2027”, "
    "which counts 41 meetings.",
    "The index, “Who pays for smoke: excise levels in 164 Parties”, ranks every Party by its tax.",
    "Its new dashboard “Every contact, every delegation, every day” goes live on Monday.",
    "The coalition's league table, “From leaders to laggards in tobacco taxation”, puts Valdoria last.",
    "Delegates met in the contact group “New and emerging products, heated and otherwise” until midnight.",
    f"La coalition publie son tableau de bord «{NB}Qui est dans la salle{NB}? L'accès de l'industrie aux réunions, "
    f"2027{NB}», qui recense 41 réunions.",
    f"Son baromètre «{NB}Qui paie la fumée{NB}: les accises dans 164 Parties{NB}» classe toutes les Parties.",
    f"Le classement «{NB}Des meilleurs élèves aux derniers de la classe{NB}» place la Valdorie en dernière position.",
    f"Les délégués ont siégé au groupe de contact «{NB}Produits nouveaux et émergents, chauffés ou non{NB}» jusqu'à "
    f"minuit.",
    f"Le palmarès annuel «{NB}Transparence des délégations, édition 2027{NB}» sera publié lundi.",
]


@pytest.mark.parametrize("text", TITLES)
def test_a_scorecard_or_a_working_group_named_in_quotation_marks_is_no_quotation(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text", [
    f"«{NB}Nous aurons un texte jeudi soir, ou nous n'en aurons pas{NB}», a déclaré Liv Sandvik, négociatrice "
    f"adjointe de la Valdorie, à la sortie d'une réunion du groupe de travail «{NB}Produits nouveaux et "
    f"émergents{NB}».",
    "“We will have a text by Thursday night, or none at all,” said Liv Sandvik after a meeting of the working group "
    "“New and emerging products, heated and otherwise”.",
])
def test_the_words_said_on_leaving_the_group_are_the_only_quotation(text):
    [q] = quotes(text)
    assert q.speaker == "Liv Sandvik" and "text" in q.text

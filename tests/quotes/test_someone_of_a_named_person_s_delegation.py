"""Someone unnamed of a named person's side — "A member of her delegation", "One of his advisers", « Un conseiller
de la ministre », « Une collaboratrice de son cabinet » — speaks for the body that person speaks for: the one the
document gives her, or, when it gives none, the one the kit settles for her from its other documents.

Nothing is given where the paragraph names no one owner of the possessive's gender (two people, or none), where
the kit gives the owner no body or two, or where the possessive is the unnamed person's own ("an officer, who asked
not to be named because his ministry had not cleared him").
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

#: the document that settles the owner's body
_KIT_EN = ("a", "en", "“We will table a plan on Thursday,” said Oriane Castelbrook, Minister of Fisheries of Valmorie.")
_KIT_FR = ("a", "fr", f"«{NB}Nous déposerons un plan jeudi{NB}», a déclaré Oriane Castelbrook, ministre des Pêches "
                      f"de la Valmorie.")

_OWNED = [
    # a live blog
    ("b", "en", "## 11:30 — The position\n\nAsked whether the deadline could hold, Oriane Castelbrook said: “Not this "
                "week.” A member of her delegation, who asked not to be named, was more hopeful: “Next week is another "
                "matter entirely.”"),
    # a wire story
    ("b", "en", "Oriane Castelbrook left the plenary without a word to reporters. One of her advisers, speaking on "
                "condition of anonymity, said: “The figure in the draft is one we can live with, in time.”"),
    # a feature, in French
    ("b", "fr", f"Oriane Castelbrook a fait inviter deux pêcheuses dans la délégation. Un conseiller de la ministre, "
                f"qui a requis l’anonymat, reconnaît que l’idée a surpris{NB}: «{NB}Certains trouvaient que c’était "
                f"mélanger les genres.{NB}»"),
    # a newsletter, in French
    ("b", "fr", f"Oriane Castelbrook est restée muette à la sortie. Une collaboratrice de son cabinet a glissé{NB}: "
                f"«{NB}Le texte passera jeudi, ou il ne passera pas cette année.{NB}»"),
]


@pytest.mark.parametrize("kit", [_KIT_EN, _KIT_FR])
@pytest.mark.parametrize("owned", _OWNED)
def test_the_owner_s_body_settled_across_the_kit(kit, owned):
    q = [q for q in settled_kit(kit, owned)[1] if "Oriane" not in q.evidence.split(":")[-1]][-1]
    assert q.speaker == ""
    assert q.organisation == "Valmorie"


def test_the_owner_s_body_given_in_the_document():
    # a briefing that names the body itself
    doc = ("b", "en", "Oriane Castelbrook, Minister of Fisheries of Valmorie, left the room early. A member of her "
                      "delegation, who asked not to be named, said: “The figure is one we can live with, in time.”")
    assert settled_kit(doc)[0][-1].organisation == "Valmorie"


def test_two_owners_of_the_gender_give_nothing():
    doc = ("b", "en", "Oriane Castelbrook and Ilse Marrow left the plenary together. A member of her delegation, "
                      "who asked not to be named, said: “The figure is one we can live with, in time.”")
    assert settled_kit(_KIT_EN, doc)[1][-1].organisation == ""


def test_an_owner_of_no_body_gives_nothing():
    doc = ("b", "en", "Asked about the deadline, Oriane Castelbrook said: “Not this week.” A member of her "
                      "delegation, who asked not to be named, was more hopeful: “Next week is another matter entirely.”")
    assert settled_kit(doc)[0][-1].organisation == ""


def test_the_unnamed_person_s_own_possessive_gives_nothing():
    doc = ("b", "en", "Oriane Castelbrook spoke first. One fisheries officer, who asked not to be named because his "
                      "ministry had not cleared him to speak, was blunt: “Nobody has ever come to check the nets.”")
    assert settled_kit(_KIT_EN, doc)[1][-1].organisation == ""

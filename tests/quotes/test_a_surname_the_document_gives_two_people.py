"""A surname alone after a document has named two people who bear it, without saying which one speaks ("NAME1 X,
the fisheries minister — no relation to NAME2 X, the environment minister — defended the permits. “…,” X said"),
is nobody (or, after "no relation to", the one the aside leaves the sentence to): never the namesake the kit
happens to quote in full elsewhere. The sentences are written for these tests,
as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

OTHER = ("other", "en", "Opening the session, Maren Holtby, the environment minister, said: “We will count the trees "
                        "we plant.”")

SHARED = [
    # an investigative long read
    ("en", "Idris Holtby, the fisheries minister — no relation to Maren Holtby, the environment minister — defended "
           "the permits in an interview. “Those ponds feed four thousand families,” Holtby said."),
    # a feature: the aside's namesake is the one named last before the words
    ("en", "Idris Holtby, Velmar's fisheries minister — no relation to Maren Holtby, the environment minister who "
           "chairs the talks — took questions in his office. “Those ponds feed four thousand families, and I will "
           "not sign their eviction on the strength of one satellite picture,” Holtby said."),
    # un magazine
    ("fr", "Idris Holtby, ministre des Pêches — sans lien de parenté avec Maren Holtby, la ministre de "
           "l'Environnement qui préside les négociations — nous a reçus dans son bureau. «{NB}Ces bassins nourrissent "
           "quatre mille familles, et je ne signerai pas leur expulsion sur la foi d'une photo{NB}», a déclaré Holtby."
           .replace("{NB}", NB)),
    # wire copy
    ("en", "Idris Holtby and Maren Holtby, two ministers of one government, sat at opposite ends of the table. "
           "“We are not a single voice on this,” Holtby told reporters."),
    # a radio script
    ("en", "HOST: Idris Holtby runs fisheries; Maren Holtby runs the environment. Neither is related to the other. "
           "“The coast comes first,” says Holtby."),
    # une dépêche
    ("fr", f"Idris Holtby, ministre des Pêches — sans lien avec Maren Holtby, ministre de l'Environnement — a "
           f"défendu les permis. «{NB}Ces bassins nourrissent quatre mille familles{NB}», a déclaré Holtby."),
    # un direct
    ("fr", f"23 h 10 — Idris Holtby et Maren Holtby se croisent dans le couloir. «{NB}Rien n'est signé{NB}», "
           f"lâche Holtby."),
]


@pytest.mark.parametrize("lang,text", SHARED)
def test_a_surname_two_people_of_the_document_bear_is_nobody(lang, text):
    _other, doc = settled_kit(OTHER, ("doc", lang, text))
    q = next(q for q in doc if q.kind == "quote")
    # never the namesake the kit quotes elsewhere; the one the aside leaves the sentence to, or nobody
    assert q.speaker in ("", "Idris Holtby") and (q.speaker == "" or "no relation" in text or "sans lien" in text), \
        q.speaker


def test_a_surname_only_one_person_of_the_document_bears_is_that_person():
    # near-miss: the document names one Holtby; the kit's other Holtby is not hers to take
    text = "Idris Holtby, the fisheries minister, defended the permits. “Those ponds feed families,” Holtby said."
    _other, doc = settled_kit(OTHER, ("doc", "en", text))
    assert doc[0].speaker == "Idris Holtby"


def test_a_namesake_named_only_after_the_quotation_changes_nothing():
    # near-miss: the second Holtby comes after the words; the surname is the one named before them
    text = ("Idris Holtby, the fisheries minister, defended the permits. “Those ponds feed families,” Holtby said. "
            "Maren Holtby, the environment minister, was not in the room.")
    _other, doc = settled_kit(OTHER, ("doc", "en", text))
    assert doc[0].speaker == "Idris Holtby"


def test_a_title_before_the_surname_still_tells_the_namesakes_apart():
    # near-miss: a committee's verbatim names both; "Minister X" is the one the document made minister
    text = ("Present: Mr Declan Holtby (Farmers' Party). The Minister of Fisheries, Maren Holtby, told this House in "
            "March that “no farm will lose its licence”.\n\nMr HOLTBY (Farmers' Party): I was there.\n\nMs VANE: "
            "And Minister Holtby promised this House “a vaccine van in every district before the first ban”.")
    doc = settled_kit(OTHER, ("doc", "en", text))[1]
    q = next(q for q in doc if q.text.startswith("a vaccine van"))
    assert q.speaker == "Maren Holtby"

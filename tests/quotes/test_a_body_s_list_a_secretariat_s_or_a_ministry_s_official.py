"""Whom a quotation's source speaks for, in wire copy and newspaper forms (written for these tests):

* a body described by a list ("The X Coalition, a network of tenants' groups, builders and doctors, said in a
  statement that …", « La Coalition X, qui regroupe des associations, des artisans et des médecins, a estimé dans un
  communiqué que … »): the body, not "builders and doctors";
* an unnamed official "from the Convention's Secretariat": the Convention Secretariat;
* an unnamed official « du ministère du Logement »: that ministry, which the kit reads as the State whose Minister of
  Housing it names (tests/quotes/test_a_ministry_by_its_portfolio_is_its_minister_s_state.py);
* a treaty given as a note's source (« notre propre note technique » in its Executive Secretary's interview): the
  kit's secretariat of that treaty.
"""

from __future__ import annotations

import pytest

from presskit.model import Item, KitInfo, Organisation, Quote
from presskit.quotes.settle import settle_attribution
from tests.quotes.finding import NB, one


@pytest.mark.parametrize("text,lang", [
    ("The Harrow Lung Alliance, a network of patients' groups, nurses and doctors, said in a statement that the "
     "offer “comes four winters and many scans too late”.", "en"),
    (f"L’Alliance Harrow pour le souffle, qui regroupe des associations de patients, des infirmières et des médecins, "
     f"a estimé dans un communiqué que l’offre était «{NB}un premier pas, si le second suit vite{NB}».", "fr"),
])
def test_a_body_described_by_a_list_is_the_source(text, lang):
    q = one(text, language=lang, own_voice=False)
    assert q.speaker == "" and q.attribution == "organisation" and "Harrow" in q.organisation


def test_an_official_of_a_treaty_s_secretariat_by_the_possessive():
    q = one("A senior official from the Convention's Secretariat, speaking on condition of anonymity, said several "
            "Parties had asked for “a model scheme they can copy without a new law”.", language="en", own_voice=False)
    assert q.speaker == "" and q.organisation == "Convention Secretariat"


@pytest.mark.parametrize("text", [
    f"Un haut fonctionnaire du ministère du Logement, qui a requis l’anonymat, reconnaît que «{NB}les laboratoires "
    f"existent, c’est le budget qui manque{NB}».",
    "An official of the ministry of Housing, who asked not to be named, said “the laboratories exist, the budget "
    "does not”.",
])
def test_an_unnamed_official_of_a_ministry_by_its_portfolio(text):
    q = one(text, language="fr" if text.startswith("Un ") else "en", own_voice=False)
    assert q.speaker == "" and q.organisation.lower() in ("ministère du logement", "ministry of housing")


def test_a_treaty_given_as_a_note_s_source_is_its_secretariat():
    info = KitInfo(title="k", organisation="Hearth Coalition", languages=["en", "fr"],
                   organisations=[Organisation({"en": "Secretariat of the Marvel Convention",
                                                "fr": "Secrétariat de la Convention de Marvel"})])
    interview = Item(id="i", path="i.md", sha256="", bytes=1, kind="other", language="fr")
    note = Quote(text="aucun niveau n’est sans risque", organisation="Convention de Marvel", attribution="unnamed",
                 language="fr")
    person = Quote(text="nous avons tout mesuré", speaker="Ada Morvan", organisation="Convention de Marvel",
                   attribution="named", language="fr")
    settle_attribution([(interview, [note, person])], info)
    assert note.organisation == "Secrétariat de la Convention de Marvel"

"""When a quotation nobody is said to have said takes the publisher's organisation, and when it takes none.

A publisher speaks in its own voice in its releases, analyses, summaries, fact sheets and briefings: there
an unattributed quotation is the organisation's. A feature, a wire story, an interview or a live blog
(``other``) is often another writer's, a newsletter is written by many hands and a statement is its
speaker's: there the finder abstains (no organisation) rather than give the words to the publisher, and
keeps whatever body the text itself names. "We", « nous » and "the coalition" in the publisher's own
document stay the publisher's. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from presskit.model import Item
from presskit.quotes.settle import quotes_of_item
from tests.quotes.finding import NB, ORG, one

BARE_EN = [
    "The negotiators left the room at midnight. “Nobody signs a blank cheque in January.”",
    "Outside, the rain had not stopped for three days.\n\n“A levy that nobody collects is a slogan, not a tax.”",
    "The vote was postponed again. “If you delay it twice, you have already decided.” Talks resume on Monday.",
    "In the corridor, the mood was grim. “We came for a text and we are leaving with a calendar.”",
    "Prices at the border have doubled since June.\n\n“The smugglers read the treaty more carefully than we do.”",
]
BARE_FR = [
    f"Les négociateurs ont quitté la salle à minuit. «{NB}Personne ne signe un chèque en blanc en janvier.{NB}»",
    f"Dehors, la pluie ne cessait pas depuis trois jours.\n\n«{NB}Une taxe que personne ne perçoit est un slogan.{NB}»",
    f"Le vote a encore été reporté. «{NB}Quand on repousse deux fois, on a déjà décidé.{NB}» Reprise lundi.",
    f"Dans les couloirs, l'humeur était sombre. «{NB}Nous étions venus pour un texte, nous repartons avec un "
    f"calendrier.{NB}»",
    f"Les prix à la frontière ont doublé depuis juin.\n\n«{NB}Les contrebandiers lisent le traité mieux que nous "
    f"tous.{NB}»",
]


@pytest.mark.parametrize("text", BARE_EN + BARE_FR)
def test_in_another_writers_article_an_unattributed_quotation_gets_no_organisation(text):
    q = one(text, own_voice=False)
    assert (q.speaker, q.organisation) == ("", "")


@pytest.mark.parametrize("text", BARE_EN + BARE_FR)
def test_in_the_publishers_own_release_an_unattributed_quotation_is_the_publishers(text):
    q = one(text)
    assert (q.speaker, q.attribution, q.organisation) == ("", "document", ORG)


@pytest.mark.parametrize("text, org", [
    ("“Every contract we signed was written by the buyer,” the Cocoa Growers’ Union said in a statement.",
     "Cocoa Growers’ Union"),
    ("As the Institute for Fiscal Health noted on Monday, “a frozen excise is a falling excise”.",
     "Institute for Fiscal Health"),
    (f"«{NB}Chaque contrat a été rédigé par l'acheteur{NB}», a indiqué l'Union des producteurs de cacao dans un "
     f"communiqué.", "Union des producteurs de cacao"),
    (f"Comme l'a rappelé lundi l'Institut pour la santé fiscale, «{NB}une accise gelée est une accise qui "
     f"baisse{NB}».", "Institut pour la santé fiscale"),
])
def test_a_body_the_text_names_is_kept_in_another_writers_article(text, org):
    q = one(text, own_voice=False)
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", org)


@pytest.mark.parametrize("text", [
    "“We will not leave Castelmoor without a fund,” the coalition said.",
    f"«{NB}Nous ne quitterons pas Castelmoor sans un fonds{NB}», a déclaré la coalition.",
])
def test_we_and_the_coalition_stay_the_publishers_in_its_own_document(text):
    q = one(text)
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", ORG)


def _item(kind: str, organisation: str = "Harbour Coalition", language: str = "en") -> Item:
    return Item(id=f"x-{kind}", path=f"{kind}/doc.txt", sha256="0" * 64, bytes=1, kind=kind, language=language,
                organisation=organisation)


@pytest.mark.parametrize("kind, given", [
    ("press-release", True), ("analysis", True), ("summary", True), ("fact-sheet", True), ("briefing", True),
    ("other", False), ("newsletter", False), ("statement", False),
])
def test_which_kinds_of_document_speak_in_their_organisations_voice(kind, given):
    text = BARE_EN[0] if kind != "briefing" else BARE_FR[0]
    [q] = quotes_of_item(_item(kind, language="en" if kind != "briefing" else "fr"), [text], "Harbour Coalition")
    assert q.organisation == ("Harbour Coalition" if given else "")
    assert q.speaker == ""


def test_a_partners_release_hosted_in_the_kit_speaks_as_the_partner():
    [q] = quotes_of_item(_item("press-release", "Réseau des riverains", "fr"), [BARE_FR[3]], "Harbour Coalition")
    assert q.organisation == "Réseau des riverains"

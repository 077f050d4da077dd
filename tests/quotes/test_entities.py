"""Organisations as entities (issue 11, item 4): one organisation with its names in each language, from
kit.toml when given, else inferred from translated documents, people and short forms."""

from __future__ import annotations

import pytest

from presskit.errors import KitError
from presskit.kit.format import parse_kit_toml
from presskit.model import Item, KitInfo, Organisation, Quote
from presskit.quotes.entities import Organisations, name_language, org_key

TOML = """
title = "k"
organisation = "Harbour Coalition"
languages = ["en", "fr"]

[[organisations]]
names = { en = "Harbour Coalition", fr = "Coalition du Port" }
acronyms = ["HC"]

[[organisations]]
names = { en = "Demining Office", fr = "Office de déminage" }
"""


def _item(i, lang, org, group=None, kind="press-release"):
    return Item(id=i, path=f"{i}.pdf", sha256="", bytes=1, kind=kind, language=lang, organisation=org, group=group)


def test_kit_toml_gives_an_organisations_names_in_each_language_and_its_acronyms():
    info = parse_kit_toml(TOML).info
    assert info.organisations[0] == Organisation({"en": "Harbour Coalition", "fr": "Coalition du Port"}, ["HC"])
    orgs = Organisations.of_kit(info)
    assert orgs.same("Harbour Coalition", "Coalition du Port") and orgs.same("HC", "the Harbour Coalition")
    assert orgs.label("Coalition du Port", "en") == "Harbour Coalition"
    assert orgs.in_language("Demining Office", "fr") == "Office de déminage"
    assert not orgs.same("Demining Office", "Harbour Coalition")
    assert KitInfo.from_dict(info.to_dict()) == info  # the manifest keeps them


@pytest.mark.parametrize("bad, word", [
    ('[[organisations]]\nacronyms = ["X"]', "names"),
    ('[[organisations]]\nnames = { en = 3 }', "names"),
    ('[[organisations]]\nnames = { en = "A" }\nacronyms = "X"', "acronyms"),
    ('[[organisations]]\nnames = { en = "A" }\nwebsite = "x"', "unknown key"),
])
def test_a_malformed_organisation_is_a_clear_error(bad, word):
    with pytest.raises(KitError, match=word):
        parse_kit_toml('title = "k"\n' + bad)


def test_translated_documents_name_one_organisation_in_two_languages():
    items = [_item("a", "en", "Survivors' Network", "g1"), _item("b", "fr", "Réseau des survivants", "g1"),
             _item("c", "en", "Pax Meridian")]
    orgs = Organisations.of_kit(KitInfo(), items)
    assert orgs.same("Survivors' Network", "Réseau des survivants")
    assert orgs.label("Réseau des survivants", "en") == "Survivors' Network"
    assert len(orgs.entities) == 2


def test_a_persons_organisation_in_each_language_links_them():
    en, fr = _item("a", "en", "X"), _item("b", "fr", "X")
    quotes = [(en, Quote("…", "Noor Haddad", "nurse", "Field Hospitals Network", attribution="named")),
              (fr, Quote("…", "Noor Haddad", "infirmière", "Réseau des hôpitaux de campagne", attribution="named"))]
    orgs = Organisations.of_kit(KitInfo(), [en, fr], quotes)
    assert orgs.same("Field Hospitals Network", "Réseau des hôpitaux de campagne")


def test_short_forms_and_acronyms_but_never_two_names_in_one_language():
    orgs = Organisations.of_kit(KitInfo(organisation="Lantern Coalition for Arms Control", languages=["en"]))
    assert orgs.same("Lantern Coalition", "Lantern Coalition for Arms Control")
    assert orgs.same("LCAC", "Lantern Coalition for Arms Control")
    orgs.link("Alpha Agency", "en", "Beta Agency", "en")
    assert not orgs.same("Alpha Agency", "Beta Agency")


def test_org_key_ignores_articles_accents_and_punctuation():
    assert org_key("l’Institut Kellerman d'études") == org_key("Institut Kellerman d’études") == "institut kellerman d etudes"


def _quote(org, attribution="organisation", speaker=""):
    return Quote(text="…", speaker=speaker, organisation=org, attribution=attribution)


def test_a_publisher_named_in_another_language_is_the_body_its_release_speaks_as():
    # kit.toml names a French release's publisher in English; the release speaks in the body's French name
    fr = _item("cp", "fr", "Fishers’ Union of the Tidal Coast")
    en = _item("pr", "en", "Fishers’ Union of the Tidal Coast")
    quotes = [(fr, _quote("Syndicat des pêcheurs de la Côte des marées")),
              (fr, _quote("Syndicat des pêcheurs de la Côte des marées")),
              (en, _quote("Fishers’ Union of the Tidal Coast"))]
    orgs = Organisations.of_kit(KitInfo(), [fr, en], quotes)
    assert orgs.same("Fishers’ Union of the Tidal Coast", "Syndicat des pêcheurs de la Côte des marées")
    assert orgs.label("Syndicat des pêcheurs de la Côte des marées", "en") == "Fishers’ Union of the Tidal Coast"
    assert orgs.label("Fishers’ Union of the Tidal Coast", "fr") == "Syndicat des pêcheurs de la Côte des marées"


@pytest.mark.parametrize("words", [
    ["Syndicat des pêcheurs de la Côte des marées", "Réseau des criées du littoral"],  # two bodies: which?
    ["Tidal Coast Harbour Board"],  # a body named in the publisher's language: another body
])
def test_a_release_that_gives_words_to_other_bodies_links_nothing(words):
    fr = _item("cp", "fr", "Fishers’ Union of the Tidal Coast")
    orgs = Organisations.of_kit(KitInfo(), [fr], [(fr, _quote(w)) for w in words])
    assert not any(orgs.same("Fishers’ Union of the Tidal Coast", w) for w in words)


def test_a_release_whose_publisher_is_named_in_its_own_language_links_nothing():
    # « Coalition Bouclier civil » publishes in French and quotes another French body: two bodies
    fr = _item("cp", "fr", "Coalition pour le bouclier civil")
    orgs = Organisations.of_kit(KitInfo(), [fr], [(fr, _quote("Syndicat des pêcheurs de la Côte des marées"))])
    assert not orgs.same("Coalition pour le bouclier civil", "Syndicat des pêcheurs de la Côte des marées")


@pytest.mark.parametrize("name, language", [
    ("Fishers’ Union of the Tidal Coast", "en"), ("Syndicat des pêcheurs de la Côte des marées", "fr"),
    ("Institut Varrowick d’algologie marine", "fr"), ("Sindicato de Pescadores del Sur", None),  # "del"
    # Spanish, "sur" French: no verdict
    # no small words: a head noun last is English order ("Shoreweed Coalition"; French puts it first)
    ("Shoreweed Coalition", "en"), ("Demining Office", "en"), ("Seedkeepers’ Union", "en"),
    ("Coalition Shoreweed", None), ("Aurivale Gold", None), ("Greenpeace", None), ("Union", None),
])
def test_the_language_of_a_body_s_name_is_read_from_its_small_words(name, language):
    assert name_language(name) == language

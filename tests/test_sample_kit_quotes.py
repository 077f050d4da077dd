"""Every quotation of the bundled sample kit: no role or organisation is made of table text, of page
furniture or of another person's name (issue 11: "Lantern Coalition Diary Time Room Event 10",
"Professor Lena Vogt" as a role, "Hélène Marchetti; Farid Rahimi" as an organisation, "its Director").
"""

from __future__ import annotations

import re

import pytest

from presskit.kit.open import open_kit
from presskit.locations import sample_kit_path
from presskit.quotes.entities import Organisations
from presskit.search import Searcher

#: The organisations the sample kit's documents name as someone's (in either language), and nothing else.
ORGANISATIONS = {
    "Lantern Coalition for Arms Control", "Coalition Lanterne pour la maîtrise des armements",
    "Halden Institute for Security Research", "Institut Halden de recherche sur la sécurité",
    "Survivors' Voices Network", "Réseau Voix des survivants", "Pax Meridian",
    "Eighth Review Conference", "Working Group II",
}
#: Words of the sample kit's tables (diaries, figures) and of its running headers and footers.
TABLE_WORDS = {"diary", "time", "room", "event", "agenda", "heure", "salle", "événement", "indicator", "plenary",
               "plénière", "page", "issue", "numéro", "daily", "quotidienne", "www", "example"}


@pytest.fixture(scope="module")
def sample():
    kit = open_kit(sample_kit_path())
    with Searcher(kit) as s:
        quotes = s.quotes("", limit=100000)
    return kit, quotes


def _people(kit, quotes) -> set[str]:
    names = {q.speaker for q in quotes if " " in q.speaker}
    names |= {s for it in kit.items for s in it.speakers if " " in s}
    names |= {c.name for c in kit.info.contacts}
    return names


def test_the_sample_kit_has_its_quotations(sample):
    _kit, quotes = sample
    assert len(quotes) >= 85
    assert sum(1 for q in quotes if q.speaker) >= 65


def test_no_role_or_organisation_is_table_text_or_another_persons_name(sample):
    kit, quotes = sample
    people = _people(kit, quotes)
    bad = []
    for q in quotes:
        for field, value in (("role", q.role), ("organisation", q.organisation)):
            if not value:
                continue
            words = re.findall(r"[\w\-']+", value.lower())
            others = [p for p in people if p != q.speaker and p.split()[-1] in value]
            problems = [msg for msg, ok in (
                ("another person's name", not others),
                ("table or furniture text", not set(words) & TABLE_WORDS),
                ("digits", not re.search(r"\d", value)),
                ("a list or a cell", not re.search(r"[;|·\n]", value)),
                ("too long for a role or a name", len(words) <= 8),
                ("a possessive left in front", not re.match(r"(?i)(its|their|his|her|our|sa|son|leur)\s", value)),
            ) if not ok]
            if field == "organisation" and value not in ORGANISATIONS:
                problems.append("not one of the kit's organisations")
            if problems:
                bad.append(f"{q.document_id} p{q.page}: {field} {value!r} of {q.speaker or '(nobody)'}: "
                           + ", ".join(problems))
    listing = "\n".join(f"{q.speaker or '-'} | {q.role or '-'} | {q.organisation or '-'} | {q.document_id}"
                        for q in quotes)
    assert not bad, "\n".join(bad) + "\n\nAll quotations:\n" + listing


def test_no_organisation_is_a_list_of_people_in_the_manifest(sample):
    kit, _quotes = sample
    for it in kit.items:
        assert ";" not in it.organisation, (it.path, it.organisation)


def test_each_organisation_is_one_entity_with_its_names_in_each_language(sample):
    kit, quotes = sample
    orgs = Organisations.of_kit(kit.info, kit.items, [(kit.item(q.document_id), q) for q in quotes])
    assert orgs.same("Lantern Coalition for Arms Control", "Coalition Lanterne pour la maîtrise des armements")
    assert orgs.same("Halden Institute for Security Research", "Institut Halden de recherche sur la sécurité")
    assert orgs.same("Survivors' Voices Network", "Réseau Voix des survivants")
    assert orgs.same("Lantern Coalition", "Lantern Coalition for Arms Control")
    assert not orgs.same("Pax Meridian", "Lantern Coalition for Arms Control")
    assert orgs.label("Réseau Voix des survivants", "en") == "Survivors' Voices Network"
    assert orgs.label("Survivors' Voices Network", "fr") == "Réseau Voix des survivants"
    shown = {orgs.label(it.organisation, "en") for it in kit.items if it.organisation}
    assert shown == {"Lantern Coalition for Arms Control", "Halden Institute for Security Research",
                     "Survivors' Voices Network"}


def test_a_role_is_never_copied_into_a_quote_in_another_language(sample):
    kit, quotes = sample
    doc_lang = {it.id: it.language for it in kit.items}
    roles: dict[tuple[str, str], set[str]] = {}
    for q in quotes:
        if q.speaker and q.role:
            roles.setdefault((q.speaker, doc_lang[q.document_id]), set()).add(q.role)
    for (speaker, lang), rs in roles.items():
        other = roles.get((speaker, "fr" if lang == "en" else "en"), set())
        assert not rs & other, (speaker, lang, rs & other)
    assert roles[("Amara Diallo", "fr")] == {"directrice"}
    assert roles[("Amara Diallo", "en")] == {"Director"}

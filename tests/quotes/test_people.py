"""presskit.quotes.people: names, titles, roles and organisations; who a surname means."""

from __future__ import annotations

from presskit.quotes.appos import parse_appos
from presskit.quotes.people import People, gender, split_name


def test_a_run_of_capitalised_words_splits_into_title_name_and_rest():
    assert split_name(["Dr", "Amara", "Diallo"], from_right=True) == (["Dr"], ["Amara", "Diallo"], [])
    assert split_name(["Executive", "Director", "Jane", "Smith", "Geneva"], from_right=False) == \
        (["Executive", "Director"], ["Jane", "Smith"], ["Geneva"])
    assert split_name(["Luc", "de", "La", "Tour"], from_right=True)[1] == ["Luc", "de", "La", "Tour"]


def test_appositives_give_role_and_organisation():
    assert parse_appos(["Executive Director of the Lantern Coalition"]) == ("Executive Director", "Lantern Coalition")
    assert parse_appos(["directrice des politiques de la Coalition Lanterne"]) == \
        ("directrice des politiques", "Coalition Lanterne")
    assert parse_appos(["who spoke first"]) == ("", "")


def test_surnames_resolve_to_the_person_named_before():
    people = People()
    people.add("Amara Diallo", "Director", "Coalition", 10, "f")
    people.add("Jean Diallo", "", "", 500)
    assert people.resolve("Diallo", 100) == "Amara Diallo"
    assert people.resolve("Diallo", 600) == "Jean Diallo"  # named just before; the other far back
    assert people.resolve("Diallo", 2000) is None  # both named long before: which one is a guess, so neither
    people.add("Awa Diallo", "", "", 550)
    assert people.resolve("Diallo", 600) is None  # two named just before: a guess, so neither
    assert people.resolve("Nobody", 0) is None
    assert gender(["Mme"]) == "f" and gender(["directeur"]) == "m" and gender(["Dr"]) == ""

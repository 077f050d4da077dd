"""presskit.quotes.settle: quotes of each item, and attribution settled across the kit."""

from __future__ import annotations

from presskit.model import Item, Quote
from presskit.quotes.settle import quotes_of_item, settle_attribution, speakers_from_quotes


def doc(i, media="pdf", **kw):
    return Item(id=i, path=f"{i}.pdf", sha256="", bytes=0, media=media, **kw)


def named(text, **kw):
    return Quote(text, attribution="named", confidence=0.9, **kw)


def test_a_speaker_keeps_her_role_in_the_same_language_and_her_organisation_in_any():
    en = (doc("c-en", language="en"), [named("one", speaker="Amara Diallo", role="Director", organisation="Coalition")])
    en2 = (doc("b-en", language="en"), [named("two", speaker="Amara Diallo")])
    fr = (doc("a-fr", language="fr"), [named("trois", speaker="Amara Diallo")])
    ordered = settle_attribution([en, en2, fr])
    assert [i.id for i, _ in ordered] == ["a-fr", "b-en", "c-en"]  # path order
    assert (en2[1][0].role, en2[1][0].organisation) == ("Director", "Coalition")
    assert (fr[1][0].role, fr[1][0].organisation) == ("", "Coalition")  # never an English role in French


def test_a_surname_alone_takes_the_one_full_name_the_kit_gives():
    full = (doc("a", language="en"), [named("one", speaker="Amara Diallo")])
    short = (doc("b", language="en"), [named("two", speaker="Diallo")])
    settle_attribution([full, short])
    assert short[1][0].speaker == "Amara Diallo"


def test_people_quoted_by_name_become_speakers():
    item = doc("x", speakers=["Amara Diallo"])
    speakers_from_quotes(item, [named("a", speaker="Lena Vogt"), named("b", speaker="Lena Vogt"),
                                Quote("c", speaker="Org", inferred=True, attribution="document"),
                                named("d", speaker="Diallo")])
    assert item.speakers == ["Amara Diallo", "Lena Vogt"]


def test_quotes_the_text_does_not_attribute_get_no_speaker_but_the_documents_organisation():
    item = doc("s", speakers=["Amara Diallo"], language="en", organisation="Coalition")
    qs = quotes_of_item(item, ["We said it: “This is a quotation long enough to count.”"], "Org")
    assert [(q.speaker, q.organisation) for q in qs] == [("", "Coalition")]
    assert quotes_of_item(doc("p", media="image"), ["“a caption quote of words”"], "Org") == []


def test_a_surname_two_people_share_goes_to_the_one_who_speaks_for_the_quotes_organisation():
    # "Mr. Lind (Ostmark) said …" / "Mme Lind, au nom du Réseau, …": two Linds in the kit, told apart by
    # whom each speaks for, in either language
    intro = (doc("a", language="en"), [named("one", speaker="Jonas Lind", organisation="Ostmark"),
                                       named("two", speaker="Marta Lind", organisation="Deep Sea Network")])
    summary = (doc("b", language="en"), [named("three", speaker="Lind", organisation="Ostmark"),
                                         named("four", speaker="Lind", organisation="Deep Sea Network"),
                                         named("five", speaker="Lind")])
    settle_attribution([intro, summary])
    assert [q.speaker for q in summary[1]] == ["Jonas Lind", "Marta Lind", "Lind"]  # the last: either of them


def test_a_pronoun_that_points_at_a_word_nobody_bears_as_a_name_leaves_the_speaker_empty():
    # "Apparence et disposition …  Il m’a dit : « … »": a heading's first word is nobody; a first name is
    pronoun = (doc("a", language="fr"), [Quote("un", speaker="Apparence", attribution="pronoun", confidence=0.6),
                                         Quote("deux", speaker="Esther", attribution="pronoun", confidence=0.6)])
    settle_attribution([pronoun])
    assert [q.speaker for q in pronoun[1]] == ["", "Esther"]


def test_a_double_surname_takes_the_full_name_another_document_gives():
    # "Comme le dit Mme Ríos Aldana, « … »": two words, but no first name among them
    full = (doc("a", language="en"), [named("one", speaker="Ximena Ríos Aldana")])
    short = (doc("b", language="fr"), [named("two", speaker="Ríos Aldana"), named("three", speaker="Anna Weber")])
    other = (doc("c", language="en"), [named("four", speaker="Maria Anna Weber")])
    settle_attribution([full, short, other])
    assert [q.speaker for q in short[1]] == ["Ximena Ríos Aldana", "Anna Weber"]  # a first name: her own name


def test_a_one_word_label_nobody_in_the_kit_bears_is_no_speaker():
    # "Update: “…”", "Overheard: “…”", "Kessel: “…”" (a dateline): a headline's word, not a person's surname
    labels = (doc("a", language="en"), [Quote("one", speaker=w, attribution="headline", confidence=0.6)
                                        for w in ("Update", "Overheard", "Kessel", "Weber")])
    other = (doc("b", language="en"), [named("two", speaker="Anna Weber")])
    settle_attribution([labels, other])
    assert [q.speaker for q in labels[1]] == ["", "", "", "Anna Weber"]


def test_a_bare_word_nobody_in_the_kit_bears_is_no_speaker():
    # "“…,” Greenpeace said": no title, no first name, and no person of the kit of that name
    from tests.quotes.finding import one

    q = one("“The fleet must stay in port until the quotas are out,” Greenpeace said.")
    assert (q.speaker, q.confidence) == ("Greenpeace", 0.55)  # in the document alone: a word, unsure
    bare = (doc("a", language="en"), [q, Quote("two", speaker="Keller", attribution="named", confidence=0.55)])
    other = (doc("b", language="en"), [named("three", speaker="Anna Keller")])
    settle_attribution([bare, other])
    assert [q.speaker for q in bare[1]] == ["", "Anna Keller"]

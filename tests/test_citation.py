"""Citations: quotation marks per language, both styles, translations, HTML escaping."""

from __future__ import annotations

import html
import re

import pytest

from presskit.citation import STYLES, Citation, cite, is_translation, quote_marks
from presskit.model import Item, KitInfo

KIT = KitInfo(title="Review Conference kit", organisation="Coalition X", languages=["en", "fr"])


def _item(**kw) -> Item:
    base = dict(id="pr-en", path="press/PR_EN.pdf", sha256="0" * 64, bytes=1, kind="press-release", media="pdf",
                title="Coalition opens the conference", date="2026-11-16", language="en", group="opening")
    base.update(kw)
    return Item(**base)


def test_news_style_matches_the_documented_example():
    c = cite("We will act.", item=_item(), kit_info=KIT, page=2, speaker="Amara Diallo", role="Director",
             organisation="Coalition X")
    assert c.plain == ("“We will act,” said Amara Diallo, Director, Coalition X (press release "
                       "“Coalition opens the conference”, 16 November 2026, p. 2).")


def test_bibliographic_style_matches_the_documented_example():
    c = cite("We will act.", item=_item(), kit_info=KIT, page=2, speaker="Amara Diallo",
             organisation="Coalition X", style="bibliographic")
    assert c.plain == ("“We will act.”\n"
                       "Diallo, Amara. “Coalition opens the conference.” Press release. Coalition X, 16 Nov. 2026, p. 2.")


def test_bibliographic_keeps_the_role_and_a_foreign_organisation():
    c = cite("Now.", item=_item(), kit_info=KIT, page=1, speaker="Jo Smith", role="Minister",
             organisation="Republic of Y", style="bibliographic")
    assert "Smith, Jo (Minister, Republic of Y). “Coalition opens the conference.”" in c.plain


def test_french_quote_uses_guillemets_with_no_break_spaces_and_is_marked_as_translation():
    fr = _item(id="pr-fr", language="fr", title="La coalition ouvre la conférence")
    c = cite("Nous agirons.", item=fr, kit_info=KIT, page=1, speaker="Amara Diallo")
    assert c.plain.startswith("«\u00a0Nous agirons\u00a0», said Amara Diallo")
    assert c.plain.endswith("p. 1; translation, French).")
    b = cite("Nous agirons.", item=fr, kit_info=KIT, page=1, style="bibliographic")
    assert "Press release (translation, French)." in b.plain


def test_original_language_item_is_not_a_translation():
    assert not is_translation(_item(), KIT)
    assert is_translation(_item(language="fr"), KIT)
    assert not is_translation(_item(language="fr", group=None), KIT)  # not in a translation group
    assert not is_translation(_item(language="fr"), KitInfo(title="k"))  # kit languages unknown


@pytest.mark.parametrize("lang,marks", [("en", ("“", "”")), ("fr", ("«\u00a0", "\u00a0»")), ("es", ("«", "»")),
                                        ("de", ("„", "“")), (None, ("“", "”")), ("xx", ("“", "”"))])
def test_quote_marks(lang, marks):
    assert quote_marks(lang) == marks


def test_selection_is_cleaned_but_kept_verbatim():
    raw = "“We will not accept another dec-\nade of   delay\nin disarma-\nment.”"
    c = cite(raw, item=_item(), kit_info=KIT, page=3)
    assert c.plain.startswith("“We will not accept another decade of delay in disarmament.” (Coalition X, ")


def test_inner_quotes_become_secondary_marks():
    c = cite('He called it "a turning point".', item=_item(), kit_info=KIT, page=1)
    assert c.plain.startswith("“He called it ‘a turning point’.”")
    fr = _item(language="fr")
    c = cite("« Il a parlé d'un « tournant ». »", item=fr, kit_info=KIT, page=1)
    assert c.plain.startswith("«\u00a0Il a parlé d'un “tournant”.\u00a0»")


def test_two_separate_quotes_keep_their_marks():
    c = cite("“Yes” and “no”", item=_item(), kit_info=KIT, page=1)
    assert c.plain.startswith("“‘Yes’ and ‘no’”")


def test_question_keeps_its_mark_without_extra_comma():
    c = cite("Who will pay?", item=_item(), kit_info=KIT, page=1, speaker="A B")
    assert c.plain.startswith("“Who will pay?” said A B")


def test_trailing_comma_from_extraction_is_dropped():
    c = cite("We will not wait,", item=_item(), kit_info=KIT, page=1, speaker="A B")
    assert c.plain.startswith("“We will not wait,” said A B")


def test_no_date_no_page_no_speaker():
    it = _item(date=None, kind="other", media="html", title="Background")
    c = cite("Facts.", item=it, kit_info=KIT, page=None)
    assert c.plain == "“Facts.” (Coalition X, document “Background”)."
    b = cite("Facts.", item=it, kit_info=KIT, page=None, style="bibliographic")
    assert b.plain.endswith("Coalition X. “Background.” Document. n.d.")


@pytest.mark.parametrize("style", [s for s, _ in STYLES])
def test_html_is_escaped_and_says_the_same_as_plain(style):
    it = _item(title="<script>alert('x')</script> & co")
    c = cite("a < b & \"c\" > d", item=it, kit_info=KIT, page=4, speaker="<b>Eve</b>", role="R&D", style=style)
    assert isinstance(c, Citation)
    assert "<script>" not in c.html and "<b>Eve" not in c.html
    assert "&lt;script&gt;" in c.html and "R&amp;D" in c.html
    text_of_html = html.unescape(re.sub(r"<[^>]+>", "", c.html)).replace("\n", "")
    assert text_of_html == c.plain.replace("\n", "")


def test_bad_style_and_empty_text_raise():
    with pytest.raises(ValueError):
        cite("x", item=_item(), kit_info=KIT, page=1, style="apa")
    with pytest.raises(ValueError):
        cite("  \n ", item=_item(), kit_info=KIT, page=1)


def test_name_inversion_keeps_particles():
    c = cite("Oui.", item=_item(), kit_info=KIT, page=1, speaker="Jean de La Fontaine", style="bibliographic")
    assert "\nde La Fontaine, Jean." in c.plain
    c = cite("Yes.", item=_item(), kit_info=KIT, page=1, speaker="Madonna", style="bibliographic")
    assert "\nMadonna. " in c.plain


# --- the attribution state travels with the citation (issue 11, item 3) ------------------------------


def _quote(**kw):
    from presskit.model import Quote

    base = dict(text="We will act.", page=2, language="en", document_id="pr-en")
    base.update(kw)
    return Quote(**base)


@pytest.mark.parametrize("style", ["news", "bibliographic"])
def test_a_quote_attributed_by_the_document_says_so_in_both_formats(style):
    from presskit.citation import cite_quote

    q = _quote(speaker="Amara Diallo", attribution="document", inferred=True)
    c = cite_quote(q, _item(), KIT, style)
    assert "attributed to the document" in c.plain.lower()
    assert "attributed to the document" in html.unescape(c.html).lower()


@pytest.mark.parametrize("attribution", ["document", "unnamed", "none"])
def test_a_quote_whose_speaker_the_text_does_not_state_says_so(attribution):
    from presskit.citation import cite_quote

    c = cite_quote(_quote(attribution=attribution, organisation="Coalition X"), _item(), KIT)
    assert c.plain == ("“We will act.” (speaker not stated in the text; Coalition X, press release "
                       "“Coalition opens the conference”, 16 November 2026, p. 2).")
    assert "speaker not stated in the text" in c.html


@pytest.mark.parametrize("attribution", ["pronoun", "named", "headline"])
def test_a_quote_whose_way_named_nobody_says_the_speaker_is_not_stated(attribution):
    """A way below the threshold (a surname the kit does not resolve, a pronoun two people could be) leaves the
    speaker empty, its attribution kept: the citation says the text does not state who spoke, as the Quotes view
    does."""
    from presskit.citation import cite_quote

    for style in ("news", "bibliographic"):
        c = cite_quote(_quote(attribution=attribution, confidence=0.3, organisation="Coalition X"), _item(), KIT, style)
        assert "speaker not stated in the text" in c.plain.lower()


def test_an_organisation_that_is_the_source_is_cited_as_the_one_who_said_it():
    from presskit.citation import cite_quote

    q = _quote(organisation="Harbour Institute", attribution="organisation")
    assert cite_quote(q, _item(), KIT).plain.startswith("“We will act,” said Harbour Institute (press release")
    b = cite_quote(q, _item(), KIT, "bibliographic").plain
    assert b.splitlines()[1].startswith("Harbour Institute. “Coalition opens the conference.”")


def test_a_french_quote_in_an_english_document_takes_french_marks():
    from presskit.citation import cite_quote

    q = _quote(text="Un calendrier, oui.", speaker="Ines Adler", attribution="named", language="fr")
    c = cite_quote(q, _item(), KIT)
    assert c.plain.startswith("«\u00a0Un calendrier, oui\u00a0», said Ines Adler")
    assert '<span lang="fr">' in c.html


def test_a_stated_speaker_carries_no_note():
    from presskit.citation import cite_quote

    c = cite_quote(_quote(speaker="Amara Diallo", attribution="pronoun"), _item(), KIT)
    assert "(press release" in c.plain and "attributed" not in c.plain and "not stated" not in c.plain


def test_a_photo_is_cited_by_its_caption_and_credit_in_either_style():
    from presskit.citation import cite_photo

    kit = KitInfo(title="Kit", organisation="UNACR", languages=["en", "fr"])
    photo = Item(id="p", path="photos/okonkwo.jpg", sha256="0" * 64, bytes=1, kind="photo", media="image",
                 title="Okonkwo podium",
                 date="2026-11-10", caption="Ngozi Okonkwo addresses the plenary", credit="Ana Ríos / UNACR")
    news = cite_photo(photo, kit, "news")
    assert news.plain == ("Ngozi Okonkwo addresses the plenary. Photo: Ana Ríos / UNACR (UNACR, photo "
                          "“Okonkwo podium”, 10 November 2026).")
    bib = cite_photo(photo, kit, "bibliographic").plain
    assert bib == ("Ngozi Okonkwo addresses the plenary. Photo: Ana Ríos / UNACR.\n"
                   "“Okonkwo podium.” Photograph. UNACR, 10 Nov. 2026.")
    bare = Item(id="q", path="photos/crowd.png", sha256="0" * 64, bytes=1, kind="photo", media="image",
                title="Crowd", caption="<b>x</b>")
    c = cite_photo(bare, kit)
    assert "credit not stated" in c.plain and "&lt;b&gt;" in c.html and "<b>" not in c.html


def test_a_photo_copyright_that_carries_its_own_mark_gets_no_second_one():
    from dataclasses import replace

    from presskit.citation import cite_photo

    kit = KitInfo(title="Kit", organisation="UNACR", languages=["en"])
    photo = Item(id="p", path="photos/a.jpg", sha256="0" * 64, bytes=1, kind="photo", media="image", title="A",
                 caption="A delegate speaks", credit="Ana Ríos / UNACR",
                 copyright="© 2026 UNACR. Free for editorial use with credit.")
    for style in ("news", "bibliographic"):
        text = cite_photo(photo, kit, style).plain
        assert "© 2026 UNACR" in text and "© ©" not in text
    assert "Copyright 2026 UNACR" in cite_photo(replace(photo, copyright="Copyright 2026 UNACR"), kit).plain
    assert "© Copyright" not in cite_photo(replace(photo, copyright="Copyright 2026 UNACR"), kit).plain
    assert "Photo: Ana Ríos / UNACR © UNACR 2026" in cite_photo(replace(photo, copyright="UNACR 2026"), kit).plain

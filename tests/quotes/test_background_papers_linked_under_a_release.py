"""A government release's "Associated links" list names its background papers ("- Backgrounder: “What is in the
depot?”", « - Document d’information : « Que contient le dépôt ? » »): a paper's title, nobody's words, also in
a sentence that names the paper ("its backgrounder, “…”"). A quotation after a colon that is someone's words
stays a quotation. Written for these tests, in the forms press offices, newsletters and live blogs use.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

TITLES = [
    ("en", "## Associated links\n\n- Convention on Obsolete Stockpiles\n- Backgrounder: “What is in the Kelby depot?”\n"),
    ("en", "Related links\n• Backgrounder: “Ten questions about the clean-up”\n• Media advisory: visit on 15 May\n"),
    ("en", "The ministry also published an explainer, “Where the drums will go and why”, on its website."),
    ("fr", f"## Liens connexes\n\n- Document d’information{NB}: «{NB}Que contient le dépôt de Kelby{NB}?{NB}»\n"),
    ("fr", f"Voir aussi\n- Document de référence{NB}: «{NB}Dix questions sur le chantier{NB}»\n"),
]


@pytest.mark.parametrize("lang,text", TITLES)
def test_a_background_paper_s_title_is_nobody_s_words(lang, text):
    assert quotes(text, language=lang, own_voice=False) == []


def test_words_after_a_speaker_s_colon_are_still_hers():
    text = "Minister Ada Pellow-Vane, in the backgrounder's foreword: “We will pay for every drum ourselves.”"
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == "Ada Pellow-Vane"

"""Words painted on a board or read on one («On y lit : « … » » after the panels the sentence before names),
words under which people gather (« sous la bannière « … » »), a community's own word for a thing ("their own
expression for the streaks: “…”") and a project's name in capitals before the noun "project" are nobody's
quotation. Someone who speaks beside a board, and an expression someone is said to use, still speak. Written
for these tests, in the forms of photo captions, project stories, web FAQs, wires and releases.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

NOT_QUOTES = [
    # a board where it stands and who painted it, then a colon
    ("A warning board at the wharf, hand-painted by the harbour master in two languages: “Nets found? Do not "
     "cut. Call the office”. The board went up last year.", "en"),
    # the instruction on the boards
    ("Do not touch it. Follow the instruction on the harbour boards: “Seen it? Leave it. Report it.” A "
     "spokesman said nothing more.", "en"),
    # « On y lit : » after the panels
    ("Le projet finance aussi des panneaux bilingues sur les quais. On y lit : « Filet trouvé ? Ne coupez pas, "
     "appelez la mairie ».", "fr"),
    ("The grant also pays for notice boards at the landing sites. They read: “Nets found? Call the office”.",
     "en"),
    # a banner people gather under
    (f"Les opérateurs réunis sous la bannière «{NB}Mer propre, affaires propres{NB}» plaident pour des "
     "engagements volontaires.", "fr"),
    ("The companies, gathered under the banner “Clean Seas, Clean Business”, plead for voluntary pledges.", "en"),
    # a community's own word for a thing
    ("Les pêcheurs du port, eux, ont leur propre expression pour les traînées : « les cicatrices du ciel ». "
     "Leur syndicat a voté.", "fr"),
    ("The fishers have their own word for the trails: “sky scars”. Their union voted on it.", "en"),
    # a project's name before "project"
    ("Children of the primary school hold up drawings for the “Who Is Watching the Reef?” project.", "en"),
]


@pytest.mark.parametrize("text,lang", NOT_QUOTES)
def test_words_a_thing_carries_or_is_called_are_no_quotation(text, lang):
    qs = quotes(text, language=lang)
    assert qs == [], [(q.text, q.speaker) for q in qs]


NEAR_MISSES = [
    # a person beside the board speaks
    ("Beside the warning board, Ana Brel, the harbour master, said: “Nobody reads it after dark.”", "en",
     "Ana Brel"),
    # « On y lit » after a report: the report's words, kept
    ("Le maire Paul Rive a présenté son bilan. « Nous avons posé dix panneaux », a-t-il dit.", "fr", "Paul Rive"),
    # "word for word:" quotes someone
    ("Kessa told me the same thing in the lift, word for word: “the honest owner will pay for the dishonest "
     "one”. He got out at the next floor.", "en", "Kessa"),
    # an expression someone is said to use
    ("Ana Brel has her own expression for it. “We fish in a minefield now,” she said.", "en", "Ana Brel"),
]


@pytest.mark.parametrize("text,lang,speaker", NEAR_MISSES)
def test_near_miss_a_person_beside_the_thing_still_speaks(text, lang, speaker):
    qs = quotes(text, language=lang)
    assert [q.speaker for q in qs] == [speaker], [(q.text, q.speaker) for q in qs]

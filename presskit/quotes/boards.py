"""Words a board carries and names people give things: quoted words nobody says.

Read before a quotation is kept (:func:`.attribute._keep`), beside :func:`.kinds.is_title`:

* a board where it stands and who painted it, then a colon: "A warning board at the wharf, hand-painted by the
  harbour master: “…”", "Follow the instruction on the harbour boards: “…”";
* what is read on the boards, panels or signs the sentence before names: « Le projet finance des panneaux
  bilingues … On y lit : « … » », "… notice boards at the landing sites. They read: “…”";
* the banner people gather under: « réunis sous la bannière « … » »;
* a community's own word for a thing, a noun phrase in lower case: « ont leur propre expression pour les
  traînées : « … » », "their own term for it: “sky scars”" (a sentence after "a phrase for it:" is still said);
* a project's name in capitals ending on a question mark, right before its noun: "drawings for the “Who Is
  Watching the Reef?” project" (:func:`.kinds.is_named_before_its_noun` reads those with no sentence mark).
"""

from __future__ import annotations

import re

from .cues import RE_SAY
from .kinds import _DETERMINER_BEFORE, _NAME_THEN_NOUN, looks_like_title_case

_MARKS = "\u201c\u201d\u00ab\u00bb\u201e\""
_SP = r"[\s\u00a0\u202f]"

#: a board that carries words: a warning or notice board, or a board named by where it stands
_BOARD = (r"(?:(?:warning|notice|sign|information|message)[\s\-]?boards?|noticeboards?|signboards?|"
          r"(?:harbour|harbor|village|road|beach|wharf|quay|port|school|market)\s+boards?)")
_BOARD_COLON = re.compile(rf"(?i)(?<![\w\-]){_BOARD}(?![\w\-])(?P<gap>[^.!?;:{_MARKS}]{{0,100}}):{_SP}*$")

#: « On y lit : », "They read:", "It reads:" opening a sentence, right before the quoted words
_READ_THERE = re.compile(rf"(?i)(?:^|[.!?]{_SP}+)(?:on{_SP}+y{_SP}+(?:lit|peut{_SP}+lire)|ils{_SP}+portent|"
                         rf"elles{_SP}+portent|they{_SP}+(?:read|say)|it{_SP}+(?:reads|says)){_SP}*:{_SP}*$")
#: the things the sentence before names, which carry words
_THINGS = re.compile(r"(?i)(?<![\w\-])(?:panneaux|panneau|pancartes?|affiches?|écriteaux?|banderoles?|boards?|"
                     r"signs?|posters?|banners?|placards?|billboards?|noticeboards?|signboards?)(?![\w\-])")

#: the banner people gather under, right before the quoted words
_UNDER_BANNER = re.compile(rf"(?i)(?<![\w\-])(?:sous|under){_SP}+(?:la|une|leur|the|a|their){_SP}+"
                           rf"(?:bannière|banner|devise|motto|slogan){_SP}*[{_MARKS}]?{_SP}*$")

#: a word, a term or an expression "for" a thing after a possessive or an article, then a colon (not "word for
#: word: “…”", which quotes someone)
_WORD_FOR = re.compile(rf"(?i)(?<![\w\-])(?:own|propres?|their|leurs?|its|son|sa|ses|our|notre|nos|une?|an?)"
                       rf"{_SP}+(?:expressions?|formules?|mots?|noms?|words?|terms?|names?|phrases?)"
                       rf"{_SP}+(?:for|pour){_SP}+(?P<gap>[^.!?;:{_MARKS}]{{1,60}}):{_SP}*$")


def _sentence_before(text: str, start: int) -> str:
    """The sentence before the quotation, from its start up to the quotation (a blank line also ends one)."""
    lo = max(0, start - 400)
    w = text[lo:start]
    ends = list(re.finditer(r"[.!?](?:[\u00a0\u202f ]?[\u201d\u00bb])?\s+(?=[A-ZÀ-Þ])|\n\s*\n", w))
    return w[ends[-1].end():] if ends else w


def is_board_or_term(text: str, start: int, end: int, words: str) -> bool:
    """The quoted words are what a board carries, a banner's, a community's word for a thing or a project's
    name before its noun: nobody's quotation."""
    before = text[max(0, start - 300):start]
    board = _BOARD_COLON.search(before)
    if board is not None and not RE_SAY.search(board.group("gap")):
        return True  # "A warning board at the wharf, hand-painted by the harbour master: “…”"
    read = _READ_THERE.search(before)
    if read is not None:
        prev = _sentence_before(text, max(0, start - len(before) + read.start() + 1))
        if _THINGS.search(prev):
            return True  # « … des panneaux bilingues sur les quais. On y lit : « … » »
    if _UNDER_BANNER.search(before):
        return True  # « réunis sous la bannière « … » »
    term = _WORD_FOR.search(_sentence_before(text, start)) if words.lstrip(" \u00a0\u202f")[:1].islower() else None
    if term is not None and not RE_SAY.search(term.group("gap")):
        return True  # « ont leur propre expression pour les traînées : « … » »
    name = words.strip(f" \u00a0\u202f{_MARKS}")
    if name[-1:] in "?!" and looks_like_title_case(name[:-1]) \
            and _DETERMINER_BEFORE.search(text[max(0, start - 12):start]) and _NAME_THEN_NOUN.match(text, end):
        return True  # "drawings for the “Who Is Watching the Reef?” project"
    return False

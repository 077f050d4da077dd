"""The record of how a quotation's speaker was found (:class:`Found`), a quotation being attributed (:class:`Unit`),
the state kept while a document's quotations are attributed in turn (:class:`State`), and how sure each way is
(:data:`CONFIDENCE`). Every step of attribution reads and writes these; :mod:`.found` holds the steps themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from .kinds import QUOTE
from .layout import Doc
from .mentions import Mention
from .people import Person
from .scan import RawQuote
from .subject import Context

CONFIDENCE = {"named": 0.95, "surname": 0.85, "surname-unresolved": 0.6, "pronoun": 0.85,
              "pronoun-earlier": 0.65, "headline": 0.9, "organisation": 0.9, "unnamed": 0.9,
              "subject": 0.75, "previous": 0.8, "self": 0.6, "interview": 0.7, "context": 0.6,
              "document": 0.3, "bare-word": 0.55}


@dataclass
class Found:
    """How a quotation's speaker was found."""

    how: str = "none"  # named | pronoun | headline | organisation | unnamed | document | none
    speaker: str = ""
    role: str = ""
    organisation: str = ""
    confidence: float = 0.0
    surname_only: bool = False
    gender: str = ""
    evidence: tuple[int, int] | None = None
    cue: bool = False  # a verb of saying or a colon introduces it, even if who spoke is unknown
    owner: str = ""  # someone unnamed of a named person's side ("a member of her delegation"): that person
    named_at: int | None = None  # a pronoun for someone named before its paragraph: where the text last named them


@dataclass
class Unit:
    """A quotation: one or more parts (a quotation continued over paragraphs has one per paragraph)."""

    parts: list[RawQuote]
    kind: str = QUOTE
    text: str = ""
    page: int = 1

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end


@dataclass
class State:
    doc: Doc
    ctx: Context
    mentions: list[Mention]
    default_speaker: str
    speakers: list[tuple[int, Person]]
    last: Found | None = None  # the previous quotation's attribution

"""Making an item and its quotes from what reading its file gave, in a reader process or in the builder.

Finding a document's quotations costs about as much as reading its text, so a build does it in the
reader processes, right after each file is read (:func:`made_in_reader`, the ``then`` of
:func:`presskit.ingest.pool.extract_many`): both cores then share it with the extraction, and the
building process only indexes. Everything an item is made of is known before any file is read (the
kit's ``kit.toml``, what the file names say, the ids, hashes and sizes, what saved press pages say:
a :class:`Recipe`), so the reader makes exactly what the builder would; :func:`make_draft` is the one
function both call. The builder makes an item itself when no reader did: a file whose scanned pages
are recognised afterwards, a photo, text taken from the previous index, a file read twice under
another name, a reader that failed to.

Quote attribution across the kit (:func:`presskit.quotes.settle.settle_attribution`) needs every
item, so it stays in the builder, at the end.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest.record import Extracted
from ..ingest.webpage import Hint
from ..kit.format import KitToml
from ..quotes.settle import quotes_of_item, speakers_from_quotes
from .evidence import KitDates
from .items import Draft, make_item


@dataclass
class Recipe:
    """What the items of a build are made of besides their files' contents (picklable: sent once to
    each reader process). ``paths``: file on disk (as given to the readers) -> relative path."""

    kt: KitToml
    kd: KitDates
    guesses: dict[str, dict]
    ids: dict[str, str]
    shas: dict[str, str]
    sizes: dict[str, int]
    press_texts: dict[str, str] = field(default_factory=dict)
    press_hints: dict[str, list[Hint]] = field(default_factory=dict)
    paths: dict[str, str] = field(default_factory=dict)


@dataclass
class Made:
    """An item made in a reader process (travels back as ``Extracted.derived``), with the CPU seconds
    its metadata and its quotes took there."""

    rel: str
    draft: Draft
    cpu_item: float
    cpu_quotes: float


def make_draft(recipe: Recipe, rel: str, ex: Extracted) -> tuple[Draft, float, float]:
    """The item of ``rel`` with its own quotes (before settling across the kit); also the seconds
    (this process's CPU) its metadata and its quotes took. A saved press page's text replaces what
    reading the page gave (its menus and footers left out): ``ex.pages`` is changed in place."""
    t0 = time.process_time()
    kt = recipe.kt
    if rel in recipe.press_texts and ex.media == "html":
        ex.pages[:] = [recipe.press_texts[rel]]  # a press page's own words, without its menus and footers
    draft = make_item(rel, recipe.ids[rel], recipe.shas[rel], recipe.sizes[rel], ex, kt, recipe.kd,
                      recipe.guesses[rel], recipe.press_hints.get(rel, ()))
    item = draft.item
    t1 = time.process_time()
    draft.quotes = quotes_of_item(item, ex.pages, kt.info.organisation, kt.info)
    if "speakers" not in kt.overrides.get(rel, {}):
        speakers_from_quotes(item, draft.quotes)
    return draft, t1 - t0, time.process_time() - t1


def made_in_reader(recipe: Recipe, path: Path, ex: Extracted) -> Made | None:
    """In a reader process, right after ``path`` was read: its item and quotes. None when the builder
    must make it (a photo: made in no time, and a photo that is a document is recognised first; a
    file with scanned pages still to recognise; a file the recipe does not know)."""
    rel = recipe.paths.get(str(path))
    if rel is None or ex.is_photo or ex.meta.get("ocr_todo"):
        return None
    draft, cpu_item, cpu_quotes = make_draft(recipe, rel, ex)
    return Made(rel, draft, cpu_item, cpu_quotes)

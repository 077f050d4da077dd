"""Back and Forward through documents, pages and searches, as a browser does.

A :class:`ViewState` is what a person is looking at: the document and page, the search and its
filters, the words highlighted, whether the translation is side by side. The window records one each
time the view moves somewhere on purpose (a document opened, a page jumped to, a search settled, a filter
chosen) and keeps the current one up to date as the reader scrolls, so Back returns to the page that
was left, not the page first opened. While typing, a search keeps replacing its own entry: "nuc",
"nucl", "nuclear" make one step, not three.

The same snapshot carries the view across a language switch (the window is rebuilt, nothing the reader
had is lost).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .filterstate import FilterSpec

MAX_ENTRIES = 200


@dataclass(frozen=True)
class ViewState:
    """What is on screen, enough to come back to it."""

    item_id: str | None = None  # None: the kit's About page
    page: int = 0  # 1-based page of a PDF (0: not a PDF)
    frac: float = 0.0  # how far down the page (or a text document)
    query: str = ""
    filters: FilterSpec = field(default_factory=FilterSpec)
    terms: tuple = ()  # folded word sequences highlighted
    side_by_side: bool = False
    kind: str = "doc"  # what made this entry: "doc", "page", "search"

    def same_place(self, other: "ViewState") -> bool:
        """Whether two states show the same thing (position within a page aside)."""
        return (self.item_id, self.page, self.query, self.filters, self.side_by_side) == \
            (other.item_id, other.page, other.query, other.filters, other.side_by_side)


class History:
    """A list of :class:`ViewState` and a position in it."""

    def __init__(self) -> None:
        self.entries: list[ViewState] = []
        self.index = -1

    @property
    def current(self) -> ViewState | None:
        return self.entries[self.index] if 0 <= self.index < len(self.entries) else None

    def can_back(self) -> bool:
        return self.index > 0

    def can_forward(self) -> bool:
        return self.index < len(self.entries) - 1

    def visit(self, state: ViewState) -> bool:
        """Record that the view moved to ``state``; returns whether a new step was made."""
        cur = self.current
        if cur is not None and cur.same_place(state):
            self.entries[self.index] = replace(state, kind=cur.kind)
            return False
        if cur is not None and cur.kind == "search" and state.kind == "search" and cur.item_id == state.item_id:
            self.entries[self.index] = state  # refining a search: still one step
            return False
        del self.entries[self.index + 1:]
        self.entries.append(state)
        if len(self.entries) > MAX_ENTRIES:
            del self.entries[0]
        self.index = len(self.entries) - 1
        return True

    def update(self, state: ViewState) -> None:
        """The current entry, brought up to date (the reader scrolled within it)."""
        cur = self.current
        if cur is not None and cur.item_id == state.item_id and cur.query == state.query:
            self.entries[self.index] = replace(state, kind=cur.kind)

    def back(self) -> ViewState | None:
        if not self.can_back():
            return None
        self.index -= 1
        return self.entries[self.index]

    def forward(self) -> ViewState | None:
        if not self.can_forward():
            return None
        self.index += 1
        return self.entries[self.index]

"""What every part of an export shares: formats, folders per kind, the report, and one export job's state."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable

from ..errors import Cancelled, ExportError
from ..model import KINDS, Item, KitInfo

FORMATS = ("folder", "zip", "pdf")

#: Sub-folder of an export for each kind.
KIND_FOLDERS: dict[str, str] = {
    "press-release": "press-releases",
    "statement": "statements",
    "newsletter": "newsletters",
    "analysis": "analyses",
    "summary": "summaries",
    "fact-sheet": "fact-sheets",
    "briefing": "briefings",
    "media-contacts": "media-contacts",
    "photo": "photos",
    "other": "other",
}

KIND_PLURALS: dict[str, str] = {
    "press-release": "Press releases", "statement": "Statements", "newsletter": "Newsletters",
    "analysis": "Analyses", "summary": "Summaries", "fact-sheet": "Fact sheets", "briefing": "Briefings",
    "media-contacts": "Media contacts", "photo": "Photos", "other": "Other documents",
}

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


class MissingCreditError(ExportError):
    """Some selected photos have no known credit. ``items`` lists them; retry with ``allow_missing_credit``."""

    def __init__(self, items: list[Item]):
        names = [it.title or PurePosixPath(it.path).name for it in items]
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        n = len(items)
        super().__init__(
            f"{n} photo{'s have' if n != 1 else ' has'} no known credit ({shown}). Add the credit to the kit, "
            "or export anyway if you know the photo may be used without one.",
            details="\n".join(it.path for it in items))
        self.items = items


def missing_credits(items: Iterable[Item]) -> list[Item]:
    """The photos among ``items`` that have no known credit."""
    return [it for it in items if it.is_photo and not it.credit.strip()]


@dataclass
class ExportReport:
    """What an export wrote: the final ``path``, the ids of the ``items`` in it, and ``warnings``."""

    path: Path
    items: list[str]
    warnings: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # item id -> path inside the export (folder/zip)
    pages: int = 0  # merged PDF only


@dataclass
class Entry:
    """One item as it went into an export."""

    item: Item
    rel: str = ""  # path inside the export
    note: str = ""  # e.g. "credit burnt in", "could not be included"
    ok: bool = True


def short(e: BaseException) -> str:
    s = str(e).strip() or type(e).__name__
    return s[:160]


class Job:
    """One export: the items in kind order, progress, cancel and warnings."""

    def __init__(self, kit, items: list[Item], progress: ProgressFn | None, cancel: CancelFn | None,
                 burn_credit: bool, language: str | None = "en"):
        from .texts import Texts

        self.kit = kit
        self.texts = Texts(language)  # the export's fixed words, in the reader's language
        self.info: KitInfo = kit.info
        order = {k: i for i, k in enumerate(KINDS)}
        pos = {it.id: n for n, it in enumerate(items)}
        self.items = sorted(items, key=lambda it: (order.get(it.kind, len(order)), pos[it.id]))
        self.progress = progress
        self.cancel = cancel
        self.burn_credit = burn_credit
        self.report = ExportReport(Path(), [it.id for it in self.items])
        self.total = len(items) + 1
        self.done = 0
        self.now = _dt.datetime.now()

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled("Export cancelled; nothing was written.")

    def tick(self, label: str, final: bool = False) -> None:
        if not final:
            self.check_cancel()
        if self.progress is not None:
            self.progress(self.done, self.total, label)
        self.done += 0 if final else 1

    def step(self, label: str) -> None:
        """The last step (credits, saving): progress without counting an item."""
        self.check_cancel()
        if self.progress is not None:
            self.progress(self.done, self.total, label)

    def warn(self, msg: str) -> None:
        self.report.warnings.append(msg)

    def source(self, it: Item) -> Path | None:
        p = self.kit.path_of(it)
        if not p.is_file():
            self.warn(f"{it.path} is missing from the kit folder; it was left out.")
            if it.id in self.report.items:  # the export says how many items it holds, not how many asked
                self.report.items.remove(it.id)
            return None
        return p

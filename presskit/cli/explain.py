"""What the builder decided about a kit's metadata, said to the publisher: the kit's title and
organisation when kit.toml does not set them, the files whose metadata dates were not believed
(``presskit build``), and why an item has its kind, date, language and title (``presskit info KIT
--explain ITEM``)."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import KitError
from ..kit.format import KIT_TOML, Kit
from ..model import KIND_LABELS, LANGUAGE_NAMES, Item
from ..plaintext import plain  # text from a kit, made safe to print (one definition for the whole CLI)

#: Plural of each kind's label, for counts ("3 press releases", "1 analysis", "2 analyses").
KIND_PLURALS = {"press-release": "press releases", "statement": "statements", "newsletter": "newsletters",
                "analysis": "analyses", "summary": "summaries", "fact-sheet": "fact sheets",
                "briefing": "briefings", "media-contacts": "media contacts", "photo": "photos",
                "other": "other documents"}
#: Singular nouns where the kind's label alone does not read as one ("1 other document", not "1 other").
KIND_SINGULARS = {"other": "other document"}

#: Most files whose dates were not believed that a build lists (the others: ``info --explain``).
MAX_LISTED = 50


def count(n: int, one: str, many: str | None = None) -> str:
    """``1 file``, ``2 files``: a number with its noun in the right form."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def matching(n: int) -> str:
    """``1 document matches``, ``23 documents match``."""
    return f"{count(n, 'document')} {'matches' if n == 1 else 'match'}"


def kind_count(kind: str, n: int) -> str:
    one = KIND_SINGULARS.get(kind) or KIND_LABELS.get(kind, kind).lower()
    return count(n, one, KIND_PLURALS.get(kind))


def print_identity(report, src: Path) -> None:
    ident = report.identity
    if ident is None:
        return
    where = Path(src) / KIT_TOML
    inferred = []
    if ident.title_reason != "kit.toml":
        print(f"Kit title: “{plain(ident.title)}” ({ident.title_reason}).")
        inferred.append(f'title = "{_toml(ident.title)}"')
    if ident.organisation and ident.organisation_reason != "kit.toml":
        print(f"Organisation: “{plain(ident.organisation)}” ({ident.organisation_reason}).")
        inferred.append(f'organisation = "{_toml(ident.organisation)}"')
    if inferred:
        print(f"  kit.toml does not set {'them' if len(inferred) > 1 else 'it'}: to choose, write in {where}:")
        for line in inferred:
            print(f"    {line}")


def print_doubtful_dates(report) -> None:
    doubtful = report.doubtful_dates
    if not doubtful:
        return
    print(f"{count(len(doubtful), 'file')} carry a date in {'its' if len(doubtful) == 1 else 'their'} "
          "metadata that is not believed (before 1990, in the future, or far from the kit's other dates); "
          "it is never used as the document's date:")
    for path, why in doubtful[:MAX_LISTED]:
        print(f"  {plain(path)}: {plain(why)}")
    if len(doubtful) > MAX_LISTED:
        print(f"  … and {count(len(doubtful) - MAX_LISTED, 'more file')} "
              "('presskit info KIT --explain FILE' says why for each file).")


def find_item(kit: Kit, query: str) -> Item:
    """An item by id, by path, or by a part of its path that names only one item."""
    q = query.strip().replace("\\", "/")
    for it in kit.items:
        if it.id == q or it.path == q:
            return it
    low = q.lower()
    hits = [it for it in kit.items if low in it.path.lower()]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise KitError(f"No item of this kit is called “{query}”. Give an id or a path as 'presskit "
                       "search' lists them.")
    shown = ", ".join(it.path for it in hits[:5]) + (" …" if len(hits) > 5 else "")
    raise KitError(f"“{query}” names {len(hits)} items ({shown}). Give more of the path, or the id.")


def explain(kit: Kit, query: str) -> None:
    it = find_item(kit, query)
    why = it.why or {}
    print(plain(it.title))
    print(f"  path      {plain(it.path)}  (id {it.id})")
    rows = [
        ("kind", f"{it.kind}", why.get("kind")),
        ("date", (it.date[:7] + " (a month)" if it.date and it.date_precision == "month" else it.date) or "none",
         why.get("date")),
        ("language", f"{it.language} ({LANGUAGE_NAMES.get(it.language, it.language)})" if it.language else "unknown",
         why.get("language")),
        ("title", f"“{plain(it.title)}”", why.get("title")),
    ]
    for label, value, reason in rows:
        print(f"  {label:9s} {value}" + (f" — {plain(reason)}" if reason else ""))
        if label == "date" and why.get("date_not_used"):
            print(f"            not used: {plain(why['date_not_used'])}")
    if not why:
        print("  (This kit was built by a presskit that did not record why; build it again to see.)")


def _toml(s: str) -> str:
    return re.sub(r'(["\\])', r"\\\1", s)

"""From a source file to a manifest entry: which files are items, their ids, and their metadata.

An item's metadata comes, in order of precedence, from ``kit.toml`` overrides, then what the file
says of itself (PDF/HTML/photo metadata, its text's language), then its name and folders
(:mod:`presskit.ingest.naming`). Dates are the exception: the name's date wins over the file's
metadata (a PDF's creation date is often a template's), and a name's date without a year takes the
year of the kit's dates, else of the folder's other dated files, else of the file's metadata
(``Item.date_source`` says which). Items whose names match except for the language are translations
of each other (one ``group``).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..ingest.formats import is_sidecar, sidecars_of
from ..ingest.naming import date_with_year, detect_language, infer_from_name
from ..ingest.record import Extracted
from ..kit.format import RESERVED_NAMES, KitToml
from ..model import KINDS, Item, Quote
from ..textutil import fold

_ID_RE = re.compile(r"[^a-z0-9]+")

#: "Statement by Dr Amara Diallo", "Déclaration de Mme Rose Kamau": the speaker is in the title.
_SPEAKER_IN_TITLE = re.compile(
    r"(?i:statement|speech|remarks|intervention|address|d[ée]claration|discours|allocution)"
    r"\s+(?i:by|of|from|de|du|d[’'])\s*"
    r"(?:(?:H\.E\.|Dr|Prof|Professor|Ms|Mr|Mrs|Mme|M|Me|Ambassador|Ambassadrice|Ambassadeur)\.?\s+)*"
    r"([A-Z][\w’'-]+(?:[ _]+(?:[A-Z][\w’'-]+|de|van|von|al|bin)){1,3})")


@dataclass
class SourceFiles:
    """The files of a source folder: the items (relative paths, sorted) and each photo's sidecars."""

    items: list[str]
    sidecars: dict[str, list[str]]

    def all(self) -> list[str]:
        return self.items + sorted(s for names in self.sidecars.values() for s in names)


def scan_source(src: Path) -> SourceFiles:
    """The candidate items under ``src`` and their sidecars; generated files, hidden files and links
    left out."""
    src = Path(src)
    all_files: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(src):
        rel_dir = Path(dirpath).relative_to(src)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and not (rel_dir == Path(".") and d in RESERVED_NAMES))
        for fn in filenames:
            rel = (rel_dir / fn).as_posix()
            if fn.startswith(".") or (rel_dir == Path(".") and fn in RESERVED_NAMES):
                continue
            if os.path.islink(os.path.join(dirpath, fn)):
                continue  # never follow links out of the kit
            all_files.add(rel)
    items = [rel for rel in sorted(all_files) if not is_sidecar(rel, all_files)]
    sidecars = {rel: names for rel in items if (names := sidecars_of(rel, all_files))}
    return SourceFiles(items, sidecars)


def list_source_files(src: Path) -> list[str]:
    """Relative POSIX paths of candidate item files under ``src``, sorted (sidecars left out)."""
    return scan_source(src).items


def make_id(rel: str, taken: set[str]) -> str:
    """A stable, readable id from the file's path (the same path always gives the same id)."""
    base = _ID_RE.sub("-", fold(str(PurePosixPath(rel).with_suffix("")))).strip("-")[:72] or "item"
    cand, n = base, 2
    while cand in taken:
        cand = f"{base}-{n}"
        n += 1
    taken.add(cand)
    return cand


def _year_hint(kt: KitToml) -> int | None:
    for d in (kt.info.start, kt.info.end):
        if d:
            return int(d[:4])
    return None


def _looks_generated(title: str) -> bool:
    t = title.strip().lower()
    return (t.endswith((".pdf", ".doc", ".docx")) or t.startswith(("microsoft word", "untitled"))
            or len(t) < 3)


def _language(ex: Extracted, guess: dict) -> str | None:
    language = guess.get("language") or ex.meta.get("language")
    if not language and not ex.is_photo:
        language = detect_language(" ".join(ex.pages[:3])[:20000])
    if not language and ex.is_photo and ex.meta.get("caption"):
        language = detect_language(ex.meta["caption"])
    return language


@dataclass
class Draft:
    """An item as made from its own file, before what the other files say is settled.

    ``group_key``: its translation-group key; ``day_month``: ``(month, day)`` of a date its name gives
    without a year when no year is known yet; ``file_year``: the year of the file's own metadata.
    """

    item: Item
    group_key: str
    day_month: tuple[int, int] | None = None
    file_year: int | None = None
    quotes: list[Quote] = field(default_factory=list)


def make_item(rel: str, item_id: str, sha: str, size: int, ex: Extracted, kt: KitToml) -> Draft:
    """One manifest entry from name inference, extracted metadata and kit.toml overrides."""
    guess = infer_from_name(rel, default_year=_year_hint(kt))
    meta = ex.meta
    photo = ex.is_photo
    title = (meta.get("title") or "").strip()
    if not title or _looks_generated(title):
        title = guess.get("title") or PurePosixPath(rel).stem
    item = Item(
        id=item_id, path=rel, sha256=sha, bytes=size,
        kind=guess.get("kind") or ("photo" if photo else None) or "other", media=ex.media,
        title=title, language=_language(ex, guess),
        speakers=list(meta.get("speakers") or []),
        organisation=kt.info.organisation if photo else (meta.get("author") or kt.info.organisation or ""),
        tags=[t.strip() for t in re.split(r"[;,]", meta.get("keywords") or "") if t.strip()],
        pages=0 if photo else len(ex.pages), status=ex.status,
        links=list(meta.get("links") or [])[:50],
        caption=meta.get("caption") or "", credit=meta.get("credit") or "",
        copyright=meta.get("copyright") or "", width=int(meta.get("width") or 0), height=int(meta.get("height") or 0),
    )
    if not item.speakers and not item.is_photo:
        m = _SPEAKER_IN_TITLE.search(title) or _SPEAKER_IN_TITLE.search(PurePosixPath(rel).stem)
        if m:
            item.speakers = [m.group(1).strip()]
    day_month = _date(item, guess, meta.get("date"))
    ov = kt.overrides.get(rel, {})
    for key, v in ov.items():
        if v is not None:
            setattr(item, key, v)
    if ov.get("date"):
        item.date_source, day_month = "kit.toml", None
    if item.kind not in KINDS:
        item.kind = "other"
    file_year = int(meta["date"][:4]) if re.match(r"\d{4}-", str(meta.get("date") or "")) else None
    return Draft(item, "" if ov.get("group") else guess.get("group_key") or "", day_month, file_year)


def _date(item: Item, guess: dict, file_date: str | None) -> tuple[int, int] | None:
    """Set the item's date from its name, else from the file's metadata; returns the day and month of
    a name's date whose year is still unknown (:func:`settle_years` finds it)."""
    if guess.get("date"):
        item.date = guess["date"]
        item.date_source = "name+kit" if guess.get("date_year") == "kit" else "name"
    elif guess.get("day_month"):
        return guess["day_month"]
    elif file_date:
        item.date, item.date_source = file_date, "metadata"
    return None


def settle_years(drafts: list[Draft]) -> None:
    """Dates written without a year ("IWM CCW Newsletter 21 November") take the year of the other
    dated files of their folder (the most common one), else the year of the file's own metadata."""
    years: dict[str, Counter] = {}
    for d in drafts:
        if d.item.date and d.item.date_source == "name":
            years.setdefault(str(PurePosixPath(d.item.path).parent), Counter())[int(d.item.date[:4])] += 1
    for d in drafts:
        if d.day_month is None or d.item.date:
            continue
        folder = years.get(str(PurePosixPath(d.item.path).parent))
        if folder:
            year = max(folder.items(), key=lambda kv: (kv[1], kv[0]))[0]
            d.item.date, d.item.date_source = date_with_year(year, d.day_month), "name+folder"
        elif d.file_year:
            d.item.date, d.item.date_source = date_with_year(d.file_year, d.day_month), "name+metadata"
        if not d.item.date:
            d.item.date_source = ""
        for q in d.quotes:
            q.date = d.item.date


def assign_groups(items: list[Item], keys: dict[str, str]) -> None:
    """Items whose name keys match and whose languages differ are translations of each other."""
    by_key: dict[str, list[Item]] = {}
    for it in items:
        k = keys.get(it.id)
        if it.group or not k or it.is_photo:
            continue
        by_key.setdefault(k, []).append(it)
    for k, members in by_key.items():
        langs = {m.language for m in members}
        if len(members) > 1 and len(langs) == len(members):
            gid = "g-" + _ID_RE.sub("-", k).strip("-")[:60]
            for m in members:
                m.group = gid

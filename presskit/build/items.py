"""From a source file to a manifest entry: which files are items, their ids, and their metadata.

An item's kind, date, language and title are each decided from ``kit.toml`` overrides, the file's
name and folders (:mod:`presskit.ingest.naming`) and what the file says of itself (metadata, the
date printed on it, the language of its text), in the order :mod:`presskit.build.evidence` gives,
and ``Item.why`` records where each came from. What the organisation's saved press page says of the
file (link texts, list headings, photo captions and credits: :mod:`presskit.build.pressmeta`) comes
after those and before ``kit.toml``. Items whose names match except for the language are
translations of each other (one ``group``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable

from ..ingest.naming import infer_from_name
from ..ingest.textdates import WINDOW as TOP_CHARS
from ..ingest.record import Extracted
from ..ingest.webpage import Hint
from ..kit.format import KitToml, clean_item
from ..model import KINDS, OFFICE_MEDIA, Item, Quote
from ..textutil import fold
from .evidence import HEADING_REASON, KitDates, choose_date, choose_kind, choose_language, choose_title
from .pressmeta import apply_hints
from .sources import SourceFiles, scan_source  # noqa: F401 - part of this module's API

_ID_RE = re.compile(r"[^a-z0-9]+")

#: "Statement by Dr Amara Diallo", "Déclaration de Mme Rose Kamau": the speaker is in the title.
_SPEAKER_IN_TITLE = re.compile(
    r"(?i:statement|speech|remarks|intervention|address|d[ée]claration|discours|allocution)"
    r"\s+(?i:by|of|from|de|du|d[’'])\s*"
    r"(?:(?:H\.E\.|Dr|Prof|Professor|Ms|Mr|Mrs|Mme|M|Me|Ambassador|Ambassadrice|Ambassadeur)\.?\s+)*"
    r"([A-Z][\w’'-]+(?:[ _]+(?:[A-Z][\w’'-]+|de|van|von|al|bin)){1,3})")


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


def kit_dates(kt: KitToml) -> list[str]:
    """The dates kit.toml gives the kit (start, end)."""
    return [d for d in (kt.info.start, kt.info.end) if d]


def name_guesses(rels: list[str], kt: KitToml) -> dict[str, dict]:
    """What each file's name says (:func:`presskit.ingest.naming.infer_from_name`), known before any
    file is read; a date without a year takes the year of kit.toml's dates."""
    dates = kit_dates(kt)
    year = int(dates[0][:4]) if dates else None
    return {rel: infer_from_name(rel, default_year=year) for rel in rels}


_PERSON = r"[A-Z\u00c0-\u00de][\w\u2019'\-]+(?:\s+(?:de|van|von|da|del|la|le|du)?\s*[A-Z\u00c0-\u00de][\w\u2019'\-]+){1,3}"
_PEOPLE_LIST = re.compile(rf"^{_PERSON}(?:\s*(?:;|,|&|\band\b|\bet\b)\s*{_PERSON})+$")


def _authors_are_people(author: str) -> bool:
    """"Hélène Marchetti; Farid Rahimi": a PDF's authors are people, not the organisation behind it."""
    return bool(_PEOPLE_LIST.match(author.strip()))


@dataclass
class Draft:
    """An item as made from its file, with what the build reports about it: its translation-group
    key, the dates of its file that were not believed, and the top of its first page (the kit's
    title is looked for there)."""

    item: Item
    group_key: str
    rejected_dates: list[str] = field(default_factory=list)
    top: str = ""
    author: str = ""
    quotes: list[Quote] = field(default_factory=list)


def make_item(rel: str, item_id: str, sha: str, size: int, ex: Extracted, kt: KitToml,
              kd: KitDates | None = None, guess: dict | None = None, hints: Iterable[Hint] = ()) -> Draft:
    """One manifest entry from the file's name, its own metadata and text, what saved press pages say
    of it (``hints``) and kit.toml overrides (:mod:`presskit.build.evidence` decides each value and
    records why in ``Item.why``)."""
    if guess is None:
        guess = name_guesses([rel], kt)[rel]
    kd = kd or KitDates.of({rel: guess}, kit_dates(kt))
    ov = kt.overrides.get(rel, {})
    meta = ex.meta
    photo = ex.is_photo
    kind = choose_kind(guess, ex, ov.get("kind"))
    date = choose_date(guess, ex, rel, kd, ov.get("date"))
    language = choose_language(guess, ex, ov.get("language"))
    title = choose_title(guess, ex, rel, ov.get("title"), kt.info.organisation or "")
    why = {"kind": kind.reason, "date": date.reason, "language": language.reason, "title": title.reason}
    if date.rejected:
        why["date_not_used"] = "; ".join(date.rejected)
    item = Item(
        id=item_id, path=rel, sha256=sha, bytes=size, kind=kind.value or "other", media=ex.media,
        title=title.value or PurePosixPath(rel).stem, date=date.value, date_source=date.source,
        date_precision=date.precision,
        language=language.value, speakers=list(meta.get("speakers") or []),
        # a Word/OpenDocument file's "author" is whoever typed it (a person, an account), not who publishes
        organisation=kt.info.organisation if photo or ex.media == OFFICE_MEDIA or _authors_are_people(meta.get("author") or "")
        else (meta.get("author") or kt.info.organisation or ""),
        tags=[t.strip() for t in re.split(r"[;,]", meta.get("keywords") or "") if t.strip()],
        pages=0 if photo else len(ex.pages), status=ex.status,
        links=list(meta.get("links") or [])[:50],
        caption=meta.get("caption") or "", credit=meta.get("credit") or "",
        copyright=meta.get("copyright") or "", width=int(meta.get("width") or 0), height=int(meta.get("height") or 0),
        why=why,
    )
    ocr = meta.get("ocr") if isinstance(meta.get("ocr"), dict) else {}
    item.ocr_pages = sorted(p for p in ocr.get("pages", []) if isinstance(p, int))
    item.unread_pages = sorted(p for p in ocr.get("unread", []) if isinstance(p, int))
    apply_hints(item, ex, hints, (k for k, v in ov.items() if v is not None))
    if not item.speakers and not item.is_photo:
        m = _SPEAKER_IN_TITLE.search(item.title) or _SPEAKER_IN_TITLE.search(PurePosixPath(rel).stem)
        if m:
            item.speakers = [m.group(1).strip()]
    for key, v in ov.items():
        if v is not None and key not in ("kind", "date", "language", "title"):
            setattr(item, key, v)
    if item.kind not in KINDS:
        item.kind = "other"
    item = Item.from_dict(clean_item(item.to_dict()))  # plain, bounded text: what the manifest may say
    top = "" if photo or not ex.pages else ex.pages[0][:TOP_CHARS]
    return Draft(item, "" if ov.get("group") else guess.get("group_key") or "", list(date.rejected), top,
                 "" if photo else str(meta.get("author") or ""))


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


def settle_heading_titles(items: list[Item], guesses: dict[str, dict]) -> None:
    """A first-page heading that several PDFs of the kit share is a masthead ("The Lantern Daily"), not
    a title: each of them takes its file name's title instead, which tells them apart, and keeps the
    heading in ``why["title_heading"]``. Decided over the whole kit on every build (a heading shared no
    more becomes the title again), so an incremental build ends where a full one does."""
    by_heading: dict[str, list[tuple[Item, str]]] = {}
    for it in items:
        reason = it.why.get("title", "")
        heading = it.title if reason.startswith(HEADING_REASON) else it.why.get("title_heading", "")
        if heading:
            by_heading.setdefault(fold(heading), []).append((it, heading))
    for same in by_heading.values():
        for it, heading in same:
            if len(same) > 1:
                guess = guesses.get(it.path) or {}
                it.title = guess.get("title") or PurePosixPath(it.path).stem
                it.why["title"] = (f"from the file name: the first page's heading “{heading}” heads "
                                   f"{len(same)} documents of the kit")
                it.why["title_heading"] = heading
            elif it.why.pop("title_heading", None) is not None:
                it.title, it.why["title"] = heading, HEADING_REASON

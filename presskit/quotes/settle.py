"""Quotes across a kit: the quotes of each item, and attribution settled over the whole kit.

The builder calls :func:`quotes_of_item` for every document, then :func:`settle_attribution` once all
are read, and only then indexes the quotes; :func:`speakers_from_quotes` makes the people a document
quotes by name its speakers too (browse by speaker finds them).
"""

from __future__ import annotations

from typing import Iterable

from ..model import Item, Quote
from .attribute import extract_quotes


def quotes_of_item(item: Item, pages: list[str], default_organisation: str) -> list[Quote]:
    """The quotes of one item. A document with one speaker gives her the quotes the text does not
    attribute; otherwise they go to the organisation. Never raises (a quote bug must not fail a build)."""
    if item.is_photo or not any(pages):
        return []
    speaker = item.speakers[0] if len(item.speakers) == 1 else ""
    try:
        return extract_quotes(pages, language=item.language, document_id=item.id, title=item.title,
                              date=item.date, default_speaker=speaker,
                              default_organisation=item.organisation or default_organisation)
    except Exception:  # noqa: BLE001
        return []


def speakers_from_quotes(item: Item, quotes: Iterable[Quote], limit: int = 6) -> None:
    """People the document quotes by name become its speakers too, most quoted first (up to ``limit``)."""
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker and not q.inferred:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    for name, _n in sorted(counts.items(), key=lambda kv: -kv[1]):
        if len(item.speakers) >= limit:
            break
        if name not in item.speakers and not any(name in s or s in name for s in item.speakers):
            item.speakers.append(name)


def settle_attribution(pending: Iterable[tuple[Item, list[Quote]]]) -> list[tuple[Item, list[Quote]]]:
    """Fill in speakers' roles and organisations across the kit; returns the items in path order.

    A speaker named with a role and organisation in one document ("said Amara Diallo, Director of the
    Lantern Coalition") is the same person where another document names her alone: her role and
    organisation (the most frequent pair) are filled in there too, so citations carry them.
    """
    pending = list(pending)
    known: dict[str, dict[tuple[str, str], int]] = {}
    for _item, quotes in pending:
        for q in quotes:
            if q.speaker and not q.inferred and (q.role or q.organisation):
                votes = known.setdefault(q.speaker, {})
                votes[(q.role, q.organisation)] = votes.get((q.role, q.organisation), 0) + 1
    best = {name: max(votes.items(), key=lambda kv: (kv[1], bool(kv[0][1]), bool(kv[0][0])))[0]
            for name, votes in known.items()}
    ordered = sorted(pending, key=lambda p: p[0].path)
    for _item, quotes in ordered:
        for q in quotes:
            if q.speaker in best and not (q.role and q.organisation):
                role, org = best[q.speaker]
                q.role = q.role or role
                q.organisation = q.organisation or org
    return ordered

"""Scoring statistics of the live entries, when an incremental build has marked some deleted.

Whoosh keeps the entries it is told to delete in its files, and counts them in the statistics BM25
ranks with (how many entries hold a word, how long the fields are on average). An incremental build
marks the entries of changed and removed items deleted, so without a correction the same kit would
rank a little differently after an incremental build than after a fresh one. ``livestats.json``
records what the deleted entries contribute: per field, the number of deleted entries holding each
of their words and their total length. :class:`LiveBM25F` subtracts it: scores are those of a fresh
build of the same kit. A fresh build has no such file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from math import log
from pathlib import Path

from whoosh.scoring import BM25F, BM25FScorer

from ..errors import SearchIndexError
from .schema import TEXT_FIELDS
from .store import Entry

LIVESTATS_NAME = "livestats.json"
#: A reader holds the parsed file whole (some 12 times its size: short words, counts over 256). What a
#: real kit needs: 29 KB at 20,000 pages; the whole body vocabulary of a 100,000-page kit (520,000
#: words) written as counts is 7.5 MB, and an incremental build starts afresh past a quarter of dead
#: entries, so a real file holds far less than that. Past 8 MiB (a reader holding some 100 MB) the
#: index is refused as damaged.
MAX_BYTES = 8 << 20


@dataclass
class LiveStats:
    """What deleted entries contribute to the statistics: per field, entries per word and length."""

    df: dict[str, dict[str, int]] = field(default_factory=dict)
    length: dict[str, int] = field(default_factory=dict)

    @classmethod
    def read(cls, index_dir: Path) -> "LiveStats":
        path = Path(index_dir) / LIVESTATS_NAME
        if not path.exists():
            return cls()
        try:
            with open(path, "rb") as f:
                raw = f.read(MAX_BYTES + 1)
            if len(raw) > MAX_BYTES:
                raise ValueError(f"{LIVESTATS_NAME} is larger than {MAX_BYTES} bytes")
            data = json.loads(raw)
            df, length = data["df"], data["length"]
            # checked in place, not copied: the parsed document is already some five times its size
            if not (type(df) is dict and type(length) is dict
                    and all(type(terms) is dict and all(type(n) is int for n in terms.values())
                            for terms in df.values())
                    and all(type(n) is int for n in length.values())):
                raise ValueError("counts that are not whole numbers")
        except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError) as e:
            raise SearchIndexError("The search index is damaged; it has to be rebuilt.", details=repr(e)) from None
        return cls(df, length)

    def __bool__(self) -> bool:
        return bool(self.length)

    def add(self, other: "LiveStats") -> None:
        for f, terms in other.df.items():
            mine = self.df.setdefault(f, {})
            for t, n in terms.items():
                mine[t] = mine.get(t, 0) + n
        for f, n in other.length.items():
            self.length[f] = self.length.get(f, 0) + n

    def write(self, path: Path) -> None:
        if self:
            Path(path).write_text(json.dumps({"df": self.df, "length": self.length}, ensure_ascii=False,
                                             separators=(",", ":")), encoding="utf-8")


def removed_stats(entry: Entry, pages: list[str], vocab: dict[str, int]) -> LiveStats:
    """What the entries of a removed item contributed (re-read from its stored texts), and take its
    words off the vocabulary counts ``vocab`` (entries per word of titles and texts)."""
    from .segment import invert  # only a build needs it: not imported to search

    texts = [entry.texts["photo"]] if "photo" in entry.texts else list(pages)
    texts += [""] * (entry.count - len(texts))
    out = LiveStats()
    title, speakers = invert(entry.texts.get("title", "")), invert(entry.texts.get("speakers", ""))
    for text in texts[:entry.count]:
        for name, (poses, n) in (("body", invert(text)), ("title", title), ("speakers", speakers)):
            if not n:
                continue
            out.length[name] = out.length.get(name, 0) + n
            d = out.df.setdefault(name, {})
            for t in poses:
                d[t] = d.get(t, 0) + 1
                if name != "speakers":
                    left = vocab.get(t, 0) - 1
                    if left > 0:
                        vocab[t] = left
                    else:
                        vocab.pop(t, None)
    return out


class LiveBM25F(BM25F):
    """BM25F over the live entries only (``stats``: what deleted entries contribute)."""

    def __init__(self, stats: LiveStats, **kwargs):
        super().__init__(**kwargs)
        self.stats = stats

    def idf(self, searcher, fieldname, text):
        parent = searcher.get_parent()
        n = parent.doc_frequency(fieldname, text)
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        n -= self.stats.df.get(fieldname, {}).get(text, 0)
        return log(parent.doc_count() / (max(n, 0) + 1)) + 1

    def bm25_model(self, searcher, fieldname, text) -> tuple[float, float, float, float] | None:
        """(idf, average field length, B, K1) of the scorer :meth:`scorer` makes, without making it
        (Whoosh's scorer looks the term up in every segment for a bound presskit does not use); None
        for a field scored by weight alone."""
        if not searcher.schema[fieldname].scorable:
            return None
        parent = searcher.get_parent()
        if fieldname in TEXT_FIELDS:
            total = parent.field_length(fieldname) - self.stats.length.get(fieldname, 0)
            avgfl = (total / (parent.doc_count() or 1)) or 1
        else:
            avgfl = parent.avg_field_length(fieldname) or 1
        return parent.idf(fieldname, text), avgfl, self._field_B.get(fieldname, self.B), self.K1

    def scorer(self, searcher, fieldname, text, qf=1):
        s = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(s, BM25FScorer) and fieldname in TEXT_FIELDS:
            parent = searcher.get_parent()
            total = parent.field_length(fieldname) - self.stats.length.get(fieldname, 0)
            s.avgfl = (total / (parent.doc_count() or 1)) or 1
        return s

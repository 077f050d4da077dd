"""Query-time expansion: a typed word stands for the indexed words sharing its stem, and for its
nearest spellings when the kit lacks it. The vocabulary and stem tables are immutable and shared
between threads (one :class:`Lexicon` per index directory).
"""

from __future__ import annotations

import bisect
import json
import threading
from pathlib import Path

from whoosh.lang import stemmer_for_language

from ..index.schema import STEM_LANGUAGES
from ..textutil import edit_distance

class Lexicon:
    """Vocabulary (word -> document frequency), stem siblings and a spelling-suggestion index.

    Stem siblings are found at query time: a stemmer strips endings, so every indexed word sharing a
    word's stem starts with that stem less its last letter (``happy`` -> ``happi``: ``happ…``). The
    few indexed words with that prefix (a bisect in the sorted vocabulary) are stemmed and compared.
    This keeps a 20,000-page build from stemming 100,000 words three times.
    """

    def __init__(self, index_dir: Path):
        self.vocab: dict[str, int] = json.loads((index_dir / "vocab.json").read_text("utf-8"))
        self.sorted_terms = sorted(self.vocab)
        self._stemmers = {lang: stemmer_for_language(lang) for lang in STEM_LANGUAGES}
        self._stem_cache: dict[tuple[str, str], str] = {}
        self._deletes: dict[str, list[str]] | None = None
        self._lock = threading.Lock()

    def _stem(self, lang: str, word: str) -> str:
        key = (lang, word)
        st = self._stem_cache.get(key)
        if st is None:
            st = self._stemmers[lang](word)
            if len(self._stem_cache) > 200_000:
                self._stem_cache.clear()
            self._stem_cache[key] = st
        return st

    def with_prefix(self, prefix: str, limit: int = 2000) -> list[str]:
        """Indexed words starting with ``prefix``, in alphabetical order."""
        terms = self.sorted_terms
        i = bisect.bisect_left(terms, prefix)
        out = []
        while i < len(terms) and terms[i].startswith(prefix) and len(out) < limit:
            out.append(terms[i])
            i += 1
        return out

    def variants(self, word: str) -> set[str]:
        """Indexed words sharing a stem with ``word`` in any stemming language (word included)."""
        out = {word} if word in self.vocab else set()
        if not word.isalpha() or len(word) < 3:
            return out
        for lang in self._stemmers:
            st = self._stem(lang, word)
            prefix = st[:-1] if len(st) >= 4 else st
            for t in self.with_prefix(prefix):
                if len(t) <= len(word) + 8 and self._stem(lang, t) == st:
                    out.add(t)
        return out

    def _delete_index(self) -> dict[str, list[str]]:
        with self._lock:
            if self._deletes is None:
                idx: dict[str, list[str]] = {}
                for t in self.vocab:
                    if len(t) < 3 or not t.isalpha():
                        continue
                    for d in _deletes1(t):
                        idx.setdefault(d, []).append(t)
                self._deletes = idx
            return self._deletes

    def near(self, word: str, limit: int = 3) -> list[str]:
        """Indexed words within a small edit distance of ``word``, best first (distance, frequency)."""
        if len(word) < 3 or word.isdigit():
            return []
        maxd = 1 if len(word) <= 4 else 2
        idx = self._delete_index()
        keys = {word} | _deletes1(word)
        if maxd == 2:
            keys |= {d2 for d in _deletes1(word) for d2 in _deletes1(d)}
        cands: set[str] = set()
        for k in keys:
            if k in self.vocab and len(k) >= 3:
                cands.add(k)
            cands.update(idx.get(k, ()))
        scored = []
        for c in cands:
            if c == word:
                continue
            d = edit_distance(word, c, maxd)
            if d <= maxd:
                scored.append((d, -self.vocab.get(c, 0), c))
        scored.sort()
        return [c for _d, _f, c in scored[:limit]]


def _deletes1(w: str) -> set[str]:
    return {w[:i] + w[i + 1:] for i in range(len(w))}


_lexicons: dict[str, Lexicon] = {}
_lexicons_lock = threading.Lock()


def lexicon_for(index_dir: Path) -> Lexicon:
    key = str(index_dir.resolve())
    with _lexicons_lock:
        lex = _lexicons.get(key)
        if lex is None:
            lex = _lexicons[key] = Lexicon(index_dir)
        return lex



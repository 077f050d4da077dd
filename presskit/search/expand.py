"""Query-time expansion: a typed word stands for the indexed words sharing its stem, and for its
nearest spellings when the kit lacks it; a prefix stands for the words it starts.

Everything it reads was built with the index (:mod:`presskit.index.lexicon`) and is read in place,
a piece at a time: the sorted vocabulary for stems and prefixes, and each segment's spelling table
for misspellings. Nothing is built at query time, so the first misspelt word of a session costs what
any other does. One :class:`Lexicon` per index directory, shared between threads (read only).
"""

from __future__ import annotations

import threading
from pathlib import Path

from whoosh.lang import stemmer_for_language

from ..index.lexicon import SPELL_DIR, VOCAB_NAME, SpellTable, Vocabulary, deletes1
from ..index.schema import STEM_LANGUAGES
from ..textutil import edit_distance

#: Most words a prefix stands for, the most frequent first (a query like ``con*`` would otherwise
#: stand for thousands of words, each a posting list to read).
PREFIX_CAP = 100

#: Longest word whose misspellings are looked for one edit away only (longer ones: two edits)
SHORT_WORD = 5


#: (language, word) -> stem, for every Lexicon: the kits of a library list mostly the same words
#: around a word's stem, and each stemmed them for itself (ten kits, ten times)
_STEMS: dict[tuple[str, str], str] = {}


class Lexicon:
    """Vocabulary (word -> entries holding it), stem siblings and spelling suggestions of an index.

    Stem siblings are found at query time: a stemmer strips endings, so every indexed word sharing a
    word's stem starts with that stem less its last letter (``happy`` -> ``happi``: ``happ…``). The
    few indexed words with that prefix (a range of the sorted vocabulary) are stemmed and compared.
    """

    def __init__(self, index_dir: Path):
        self.index_dir = Path(index_dir)
        self.vocab = Vocabulary(self.index_dir / VOCAB_NAME)
        self._stemmers = {lang: stemmer_for_language(lang) for lang in STEM_LANGUAGES}
        self._stem_cache = _STEMS  # shared: a library's kits stem the same words (a word's stem is its own)
        self._spell: list[SpellTable] | None = None
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
        return self.vocab.with_prefix(prefix, limit)

    def expand_prefix(self, prefix: str, cap: int = PREFIX_CAP) -> list[str]:
        """The words a typed prefix stands for: at most ``cap``, the most frequent first."""
        return self.vocab.most_frequent_with_prefix(prefix, cap)

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

    def _tables(self) -> list[SpellTable]:
        """The spelling tables, opened the first time a word is not found (files stay on disk)."""
        with self._lock:
            if self._spell is None:
                folder = self.index_dir / SPELL_DIR
                names = sorted(p for p in folder.glob("*.pk")) if folder.is_dir() else []
                self._spell = [SpellTable(p) for p in names]
            return self._spell

    def near(self, word: str, limit: int = 3) -> list[str]:
        """Indexed words within a small edit distance of ``word``, best first (distance, frequency)."""
        if len(word) < 3 or word.isdigit():
            return []
        # one edit up to five letters, two from six: two edits in five letters make another word
        # ('quote' -> 'que', 'côte'), not a typing slip of this one
        maxd = 1 if len(word) <= SHORT_WORD else 2
        forms = {word} | deletes1(word)
        if maxd == 2:
            forms |= {d2 for d in deletes1(word) for d2 in deletes1(d)}
        cands: set[str] = set()
        for table in self._tables():
            cands |= table.words_under(forms)
        scored = []
        for c in cands:
            if c == word:
                continue
            df = self.vocab.df(c)  # 0: the word left the kit (an incremental build removed it)
            if df:
                d = edit_distance(word, c, maxd)
                if d <= maxd:
                    scored.append((d, -df, c))
        scored.sort()
        return [c for _d, _f, c in scored[:limit]]


_lexicons: dict[str, Lexicon] = {}
_lexicons_lock = threading.Lock()


def lexicon_for(index_dir: Path) -> Lexicon:
    try:  # an index rebuilt in the same folder has a new stamp: its vocabulary is read again
        stamp = (Path(index_dir) / "stamp.json").stat().st_mtime_ns
    except OSError:
        stamp = 0
    key = f"{Path(index_dir).resolve()}@{stamp}"
    with _lexicons_lock:
        lex = _lexicons.get(key)
        if lex is None:
            lex = _lexicons[key] = Lexicon(Path(index_dir))
        return lex

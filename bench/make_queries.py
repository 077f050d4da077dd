"""Draw the benchmark queries from the text of the real corpus, by a seeded procedure.

    python bench/make_queries.py CORPUS [--out bench/queries-real.tsv] [--per-class 40] [--known 60]

Run once on the ``real`` corpus made by ``bench/make_real_corpus.py``, before any result of a
search on it was looked at; the output is committed and not edited by hand. The procedure:

1. Every page is extracted with PyMuPDF (``page.get_text()``), NFKC-normalised (ligatures become
   letters), and words at line ends split by a hyphen are rejoined. A *word* is a run of letters
   (no digits); its *folded* form is lower case without accents. ``df`` is the number of pages a
   folded word is on; a *good* word has 4 to 20 letters and is on 3 pages or more and on at most
   3% of the pages (so function words and boilerplate are out).
2. Each query starts from a page drawn at random (``random.Random(SEED)``, pages with at least 80
   words) and one word or line drawn at random from it; a draw that does not fit the class is
   dropped and the next page is drawn. Each query is unique within its class.
   - ``word``: a good word, lower case.
   - ``accent``: a good word with an accented letter, typed without its accents.
   - ``AND``: two good words from the same page.
   - ``phrase``: 2 or 3 consecutive words of one text line, in double quotes.
   - ``prefix``: the first 4-6 letters of a good word of 7+ letters, ``*`` after, where at least
     3 words of the corpus share the prefix.
   - ``misspelling``: a good word of 6+ letters on 5 pages or more, with one seeded edit (swap two
     neighbouring letters, drop one, double one, or change a vowel) that gives no word of the corpus.
   - ``known``: 6 to 8 consecutive words of one line, in double quotes, whose folded word sequence
     stands on that page and on no other page of the corpus: a search for it must find that page.
3. Within each class the queries are shuffled (seeded) and split in alternation into ``tune`` and
   ``held-out`` halves: tune ranking and latency on the first, report the second.

Columns: class, query, expected path (relative to the corpus) and 1-based page where the query was
drawn (for ``known``, the one page it must find; for the others, one page known to match), half,
and a note (the word as written for accent and misspelling queries).
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pymupdf

pymupdf.TOOLS.mupdf_display_errors(False)  # real PDFs are noisy; errors are not results

SEED = "presskit-queries-1"
WORD = re.compile(r"[^\W\d_]+")
LETTERS = re.compile(r"^[^\W\d_]{2,}$")
CLASSES = ["word", "accent", "AND", "phrase", "prefix", "misspelling"]
VOWELS = "aeiou"


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def page_texts(corpus: Path) -> list[tuple[str, int, str]]:
    """(path, 1-based page, normalised text) for every page, in path order."""
    out = []
    for p in sorted(corpus.rglob("*.pdf")):
        rel = p.relative_to(corpus).as_posix()
        try:
            with pymupdf.open(p) as doc:
                for i, page in enumerate(doc):
                    text = unicodedata.normalize("NFKC", page.get_text())
                    out.append((rel, i + 1, re.sub(r"(\w)-\n(\w)", r"\1\2", text)))
        except Exception:  # noqa: BLE001 - unreadable files have no queries
            continue
    return out


class Corpus:
    def __init__(self, pages: list[tuple[str, int, str]]) -> None:
        self.pages = pages
        self.df: Counter[str] = Counter()
        self.streams: list[str] = []
        for _path, _n, text in pages:
            words = [fold(w) for w in WORD.findall(text)]
            self.df.update(set(words))
            self.streams.append(" " + " ".join(words) + " ")
        self.vocab = sorted(self.df)
        self.max_df = 0.03 * len(pages)

    def good(self, w: str) -> bool:
        f = fold(w)
        return 4 <= len(f) <= 20 and 3 <= self.df[f] <= self.max_df

    def with_prefix(self, prefix: str) -> int:
        i = bisect.bisect_left(self.vocab, prefix)
        j = bisect.bisect_left(self.vocab, prefix + "\U0010ffff")
        return j - i

    def pages_with(self, folded_phrase: str, limit: int = 2) -> int:
        needle = f" {folded_phrase} "
        n = 0
        for s in self.streams:
            if needle in s:
                n += 1
                if n >= limit:
                    break
        return n


def runs(text: str) -> list[list[str]]:
    """Maximal runs of all-letter tokens (2+ letters) within each line."""
    out = []
    for line in text.splitlines():
        cur: list[str] = []
        for tok in line.split():
            if LETTERS.match(tok):
                cur.append(tok)
            else:
                if cur:
                    out.append(cur)
                cur = []
        if cur:
            out.append(cur)
    return out


def misspell(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["swap", "drop", "double", "vowel"])
    if kind == "swap" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    vowels = [k for k in range(1, len(word)) if word[k] in VOWELS]
    if vowels:
        k = rng.choice(vowels)
        return word[:k] + rng.choice([v for v in VOWELS if v != word[k]]) + word[k + 1:]
    return word


def draw(c: Corpus, cls: str, page: int, rng: random.Random) -> tuple[str, str] | None:
    """(query, note) drawn from ``page`` for ``cls``, or None when that page gives none."""
    text = c.pages[page][2]
    words = [w for w in WORD.findall(text) if c.good(w)]
    if cls == "word" and words:
        return rng.choice(words).lower(), ""
    if cls == "accent":
        accented = [w for w in words if fold(w) != w.lower() and fold(w).isascii()]
        if accented:
            w = rng.choice(accented)
            return fold(w), w.lower()
    if cls == "AND" and len({fold(w) for w in words}) >= 2:
        a = rng.choice(words)
        b = rng.choice([w for w in words if fold(w) != fold(a)])
        return f"{a.lower()} {b.lower()}", ""
    if cls == "prefix":
        long = [w for w in words if len(w) >= 7]
        if long:
            w = fold(rng.choice(long))
            pre = w[: rng.randint(4, 6)]
            if c.with_prefix(pre) >= 3:
                return pre + "*", w
    if cls == "misspelling":
        cands = [w.lower() for w in words if len(w) >= 6 and c.df[fold(w)] >= 5]
        if cands:
            w = rng.choice(cands)
            bad = misspell(w, rng)
            if fold(bad) not in c.df:
                return bad, w
    if cls in ("phrase", "known"):
        lo, hi = (2, 3) if cls == "phrase" else (6, 8)
        rs = [r for r in runs(text) if len(r) >= lo]
        if rs:
            r = rng.choice(rs)
            n = rng.randint(lo, min(hi, len(r)))
            start = rng.randrange(0, len(r) - n + 1)
            phrase = r[start:start + n]
            if cls == "phrase" and not any(c.good(w) for w in phrase):
                return None
            if cls == "known":
                folded = " ".join(fold(w) for w in phrase)
                if sum(len(w) for w in phrase) / n < 3.5 or c.pages_with(folded) != 1:
                    return None
            return '"' + " ".join(phrase) + '"', ""
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, default=Path(__file__).with_name("queries-real.tsv"))
    ap.add_argument("--per-class", type=int, default=40)
    ap.add_argument("--known", type=int, default=60)
    args = ap.parse_args()
    c = Corpus(page_texts(args.corpus))
    rng = random.Random(SEED)
    eligible = [i for i, (_p, _n, t) in enumerate(c.pages) if len(WORD.findall(t)) >= 80]
    rows = []
    for cls in CLASSES + ["known"]:
        want = args.known if cls == "known" else args.per_class
        got: dict[str, tuple] = {}
        tries = 0
        while len(got) < want:
            tries += 1
            if tries > 200 * want:
                raise SystemExit(f"class {cls}: only {len(got)} queries after {tries} draws")
            page = rng.choice(eligible)
            res = draw(c, cls, page, rng)
            if res and res[0] not in got:
                path, n, _t = c.pages[page]
                got[res[0]] = (cls, res[0], path, n, res[1])
        items = list(got.values())
        rng.shuffle(items)
        for k, (cls_, q, path, n, note) in enumerate(items):
            rows.append((cls_, q, path, str(n), "tune" if k % 2 == 0 else "held-out", note))
    header = ("# Queries for the real corpus (bench/make_real_corpus.py, profile real), drawn by "
              "bench/make_queries.py; do not edit by hand.\n"
              "class\tquery\texpected_path\texpected_page\thalf\tnote\n")
    args.out.write_text(header + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} queries from {len(c.pages)} pages ({len(c.vocab)} distinct words) -> {args.out}")


if __name__ == "__main__":
    main()

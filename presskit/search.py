"""Search a kit: query parsing, accent/stem/fuzzy expansion, grouped results, snippets, facets.

One :class:`Searcher` per thread (Whoosh searchers and SQLite connections are not thread-safe). The
vocabulary and stem tables are immutable and shared between threads.

Query syntax (documented for readers in docs/search.md)::

    word other          both words (AND is implied); stems and accents do not matter
    "exact phrase"      word for word; also “curly”, « guillemets » and „low“ quotes
    a OR b, a | b       either
    -word, NOT word     without
    pref*               words starting with "pref"
    ( ... )             grouping
    kind:statement lang:fr speaker:diallo title:word   field filters
"""

from __future__ import annotations

import bisect
import html
import json
import re
import threading
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from whoosh import query as Q
from whoosh import scoring
from whoosh.lang import stemmer_for_language

from .errors import IndexError_
from .index import STEM_LANGUAGES, index_status, open_searcher, open_store_readonly
from .kit import Kit
from .model import Item, Quote
from .textutil import TOKEN_RE, edit_distance, fold, tokenize

MAX_QUERY_CHARS = 1000
MAX_WORDS = 32
TITLE_BOOST = 3.0
SPEAKER_BOOST = 2.0
VARIANT_WEIGHT = 0.7
PROXIMITY_BOOST = 4.0  # a stem sibling counts a little less than the word typed

STOPWORDS = frozenset("""
a an and are as at be but by for from has have in into is it its of on or that the their this to was
were will with le la les l un une des de du d et ou en au aux a ce ces cette est sont pour par sur dans
qui que qu se sa son ses il elle ils elles nous vous y el los las lo uno una unos unas del al y o es son
por para con que se su sus
""".split())

OPEN_QUOTES = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb", "\u201d": "\u201d"}
CLOSERS = {'"', "\u201d", "\u201c", "\u00bb"}
FIELD_ALIASES = {"kind": "kind", "type": "kind", "lang": "lang", "language": "lang", "langue": "lang",
                 "speaker": "speakers", "by": "speakers", "org": "speakers", "title": "title",
                 "titre": "title", "date": "date"}


# --- result types --------------------------------------------------------------------------------

@dataclass
class PageHit:
    page: int  # 1-based
    snippet: str  # HTML-escaped text, matched words in <b>
    score: float = 0.0


@dataclass
class DocHit:
    item: Item
    score: float
    pages: list[PageHit] = field(default_factory=list)
    matched_pages: int = 0


@dataclass
class SearchResults:
    query: str
    total: int = 0  # matching documents (after filters)
    results: list[DocHit] = field(default_factory=list)
    suggestion: str | None = None
    message: str | None = None
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    terms: list[list[str]] = field(default_factory=list)  # folded word sequences to highlight

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "suggestion": self.suggestion,
            "message": self.message,
            "facets": self.facets,
            "results": [
                {"id": d.item.id, "title": d.item.title, "kind": d.item.kind, "language": d.item.language,
                 "date": d.item.date, "path": d.item.path, "score": round(d.score, 4),
                 "pages": [{"page": p.page, "snippet": p.snippet} for p in d.pages]}
                for d in self.results
            ],
        }


# --- parsing -------------------------------------------------------------------------------------

@dataclass
class Node:
    op: str  # word | phrase | prefix | and | or | not | field
    text: str = ""
    words: list[str] = field(default_factory=list)
    children: list["Node"] = field(default_factory=list)
    fieldname: str = ""




def _lex(q: str) -> list[str]:
    """Split a query into tokens; a quoted phrase becomes one token starting with '"'."""
    out: list[str] = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c.isspace():
            i += 1
            continue
        if c in OPEN_QUOTES:
            j = i + 1
            while j < n and q[j] not in CLOSERS:
                j += 1
            out.append('"' + q[i + 1:j])  # an unbalanced quote runs to the end
            i = j + 1
            continue
        if c in "()":
            out.append(c)
            i += 1
            continue
        if c in "-+" and i + 1 < n and not q[i + 1].isspace() and q[i + 1] not in "-+":
            out.append(c)
            i += 1
            continue
        j = i
        while j < n and not q[j].isspace() and q[j] not in "()" and q[j] not in OPEN_QUOTES:
            j += 1
        if j == i:  # a stray closer
            i += 1
            continue
        out.append(q[i:j])
        i = j
    return out


class _Parser:
    def __init__(self, tokens: list[str]):
        self.t = tokens
        self.i = 0
        self.depth = 0

    def peek(self) -> str | None:
        return self.t[self.i] if self.i < len(self.t) else None

    def next(self) -> str:
        tok = self.t[self.i]
        self.i += 1
        return tok

    def parse(self) -> Node | None:
        nodes = []
        while self.peek() is not None:
            n = self.parse_or()
            if n is not None:
                nodes.append(n)
            elif self.peek() == ")":
                self.next()  # stray ')'
        return _and(nodes)

    def parse_or(self) -> Node | None:
        left = self.parse_and()
        alts = [left] if left else []
        while self.peek() in ("OR", "|", "||", "OU", "O"):
            self.next()
            right = self.parse_and()
            if right:
                alts.append(right)
        if not alts:
            return None
        return alts[0] if len(alts) == 1 else Node("or", children=alts)

    def parse_and(self) -> Node | None:
        nodes = []
        while True:
            tok = self.peek()
            if tok is None or tok == ")" or tok in ("OR", "|", "||", "OU", "O"):
                break
            if tok in ("AND", "&&", "&", "ET", "Y"):
                self.next()
                continue
            n = self.parse_unary()
            if n is not None:
                nodes.append(n)
        return _and(nodes)

    def parse_unary(self) -> Node | None:
        tok = self.peek()
        if tok in ("NOT", "-", "SAUF"):
            self.next()
            if self.peek() is None:
                return None
            inner = self.parse_unary()
            return Node("not", children=[inner]) if inner else None
        if tok == "+":
            self.next()
            return self.parse_unary() if self.peek() is not None else None
        return self.parse_atom()

    def parse_atom(self) -> Node | None:
        tok = self.next()
        if tok == "(":
            if self.depth > 20:
                return None
            self.depth += 1
            inner = self.parse_or()
            self.depth -= 1
            if self.peek() == ")":
                self.next()
            return inner
        if tok.startswith('"'):
            words = [w for w, _s, _e in tokenize(tok[1:])]
            if not words:
                return None
            return Node("phrase", text=tok[1:].strip(), words=words) if len(words) > 1 else Node("word", text=words[0], words=words)
        if ":" in tok and not tok.startswith(":"):
            name, _, value = tok.partition(":")
            fname = FIELD_ALIASES.get(name.lower())
            if fname and value:
                if value.startswith('"'):
                    value = value[1:]
                if fname in ("kind", "lang", "date"):
                    return Node("field", text=value.strip('"').lower(), fieldname=fname)
                inner = _word_node(value)
                if inner:
                    inner.fieldname = fname
                return inner
        return _word_node(tok)


def _word_node(tok: str) -> Node | None:
    prefix = tok.endswith("*")
    words = [w for w, _s, _e in tokenize(tok)]
    if not words:
        return None
    if len(words) > 1:  # l'été, non-proliferation: the parts, in order
        return Node("phrase", text=tok, words=words)
    if prefix and len(words[0]) >= 2:
        return Node("prefix", text=words[0], words=words)
    return Node("word", text=words[0], words=words)


def _and(nodes: list[Node]) -> Node | None:
    nodes = [n for n in nodes if n is not None]
    if not nodes:
        return None
    return nodes[0] if len(nodes) == 1 else Node("and", children=nodes)


def clean_query(text: str) -> str:
    """Bound and sanitise raw query text (length, control characters)."""
    text = "".join(c if c.isprintable() else " " for c in text[:MAX_QUERY_CHARS])
    return text.strip()


def parse_query(text: str) -> Node | None:
    """Parse a query; never raises. ``None`` means nothing searchable was typed."""
    return _Parser(_lex(clean_query(text))).parse()


# --- shared, immutable per-index data -------------------------------------------------------------

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


def _lexicon_for(index_dir: Path) -> Lexicon:
    key = str(index_dir.resolve())
    with _lexicons_lock:
        lex = _lexicons.get(key)
        if lex is None:
            lex = _lexicons[key] = Lexicon(index_dir)
        return lex


# --- the searcher --------------------------------------------------------------------------------

class Searcher:
    """Searches one kit's index. Not thread-safe: make one per thread.

    Raises IndexError_ if the kit's index is missing or stale (build it with
    ``presskit.build.index_kit``).
    """

    def __init__(self, kit: Kit, index_dir: Path | None = None):
        self.kit = kit
        self.index_dir = Path(index_dir or kit.index_dir)
        status = index_status(self.index_dir, kit.manifest_sha256)
        if status != "fresh":
            raise IndexError_(
                f"The search index of this kit is {status}; it has to be rebuilt before searching.",
                details=str(self.index_dir))
        try:
            self._searcher = open_searcher(self.index_dir, scoring.BM25F())
        except Exception as e:  # noqa: BLE001 - any Whoosh failure means a damaged cache
            raise IndexError_("The search index is damaged; it has to be rebuilt.", details=repr(e)) from None
        self._store = open_store_readonly(self.index_dir)
        self.lexicon = _lexicon_for(self.index_dir)
        reader = self._searcher.reader()
        col = reader.column_reader("item")
        self._item_col = [col[d] for d in range(reader.doc_count_all())]  # docnum -> item id
        self._page_col = reader.column_reader("page")
        self._quote_docs = set(reader.postings("type", "quote").all_ids()) if ("type", "quote") in reader else set()
        self._quote_entries = Q.Term("type", "quote")
        self._page_cache: dict[tuple[str, int], str] = {}

    def close(self) -> None:
        self._searcher.close()
        self._store.close()

    def __enter__(self) -> "Searcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- texts ---------------------------------------------------------------------------------
    def page_text(self, item_id: str, page: int) -> str:
        key = (item_id, page)
        t = self._page_cache.get(key)
        if t is None:
            row = self._store.execute(
                "SELECT p.text FROM pages p JOIN items i ON p.sha256=i.sha256 WHERE i.id=? AND p.page=?",
                (item_id, page)).fetchone()
            t = zlib.decompress(row[0]).decode("utf-8") if row and row[0] else ""
            if len(self._page_cache) > 512:
                self._page_cache.clear()
            self._page_cache[key] = t
        return t

    def thumbnail(self, item_id: str) -> bytes | None:
        row = self._store.execute(
            "SELECT t.jpeg FROM thumbs t JOIN items i ON t.sha256=i.sha256 WHERE i.id=?", (item_id,)).fetchone()
        return row[0] if row else None

    # -- query building ------------------------------------------------------------------------
    def _word_terms(self, word: str) -> tuple[set[str], str | None]:
        """Indexed terms a typed word stands for, and a spelling suggestion when the kit lacks it.

        A word the kit does not contain is expanded to its stem siblings and to its nearest
        spellings, so a misspelt query still finds the intended documents.
        """
        terms = self.lexicon.variants(word)
        if word in self.lexicon.vocab or word.isdigit():
            return terms, None
        near = self.lexicon.near(word)
        if not terms:
            terms = set(near)
        return terms, (near[0] if near else None)

    def _build(self, node: Node, ctx: dict) -> Q.Query | None:
        op = node.op
        if op == "and":
            children = node.children
            content = [c for c in children if c.op != "not"]
            if len(content) > 1:  # drop stop words when other words carry the query
                kept = [c for c in content if not (c.op == "word" and c.text in STOPWORDS)]
                if kept:
                    children = [c for c in children if c.op == "not" or c in kept]
            pairs = [(c, self._build(c, ctx)) for c in children]
            pos = [p for c, p in pairs if p is not None and c.op != "not"]
            neg = [p.subqueries[0] for c, p in pairs if p is not None and c.op == "not"]
            if not pos and not neg:
                return None
            base = Q.And(pos) if len(pos) > 1 else (pos[0] if pos else Q.Every())
            words = [c.text for c in node.children if c.op == "word"]
            if len(pos) > 1 and len(words) == len(node.children) and not ctx.get("negate"):
                # Words typed in a row rank higher where they stand in a row (a quote typed without
                # its quotation marks): an optional phrase clause adds to the score.
                base = Q.AndMaybe(base, Q.Or([Q.Phrase("body", words, boost=PROXIMITY_BOOST),
                                              Q.Phrase("title", words, boost=PROXIMITY_BOOST)]))
            for n in neg:
                base = Q.AndNot(base, n)
            return base
        if op == "or":
            parts = [p for p in (self._build(c, ctx) for c in node.children) if p is not None]
            parts = [p.subqueries[0] if isinstance(p, _NotWrap) else p for p in parts]
            return Q.Or(parts) if parts else None
        if op == "not":
            ctx["negate"] = ctx.get("negate", 0) + 1
            inner = self._build(node.children[0], ctx)
            ctx["negate"] -= 1
            return _NotWrap([inner]) if inner is not None else None
        if op == "field" and node.fieldname in ("kind", "lang"):
            return Q.Term(node.fieldname, node.text)
        if op == "field" and node.fieldname == "date":
            v = node.text
            return Q.TermRange("date", v, v + "\uffff")
        fields = [node.fieldname] if node.fieldname else ctx.get("fields", ["body", "title"])
        boosts = {"body": 1.0, "title": TITLE_BOOST, "speakers": SPEAKER_BOOST}
        positive = not ctx.get("negate")
        if op == "phrase":
            for w in node.words:
                if w not in self.lexicon.vocab and positive:
                    near = self.lexicon.near(w)
                    if near:
                        ctx["fixes"][w] = near[0]
            if positive:
                ctx["terms"].append(list(node.words))
            return Q.Or([Q.Phrase(f, node.words, boost=boosts[f]) for f in fields])
        if op == "prefix":
            if positive:
                ctx["prefixes"].append(node.text)
            return Q.Or([Q.Prefix(f, node.text, boost=boosts[f]) for f in fields])
        # a word
        terms, fix = self._word_terms(node.text)
        if fix and positive:
            ctx["fixes"][node.text] = fix
        if positive:
            ctx["terms"].extend([t] for t in sorted(terms))
        if not terms:
            return Q.NullQuery
        sub = []
        for f in fields:
            for t in sorted(terms):
                w = boosts[f] * (1.0 if t == node.text else VARIANT_WEIGHT)
                sub.append(Q.Term(f, t, boost=w))
        return Q.Or(sub)

    def compile(self, text: str, fields: list[str] | None = None) -> tuple[Q.Query | None, dict]:
        ctx: dict = {"terms": [], "prefixes": [], "fixes": {}}
        if fields:
            ctx["fields"] = fields
        node = parse_query(text)
        if node is None:
            return None, ctx
        q = self._build(node, ctx)
        if isinstance(q, _NotWrap):
            q = Q.AndNot(Q.Every(), q.subqueries[0])
        return q, ctx

    def highlight_terms(self, text: str) -> list[list[str]]:
        """Folded word sequences to highlight for a query (phrases are multi-word sequences)."""
        _q, ctx = self.compile(text)
        seqs = list(ctx["terms"])
        for p in ctx["prefixes"]:
            seqs.extend([t] for t in self._expand_prefix(p))
        return seqs

    def _expand_prefix(self, p: str, limit: int = 200) -> list[str]:
        out = [t for t in self.lexicon.vocab if t.startswith(p)]
        return sorted(out, key=lambda t: -self.lexicon.vocab[t])[:limit]

    # -- search --------------------------------------------------------------------------------
    def search(self, text: str, *, kinds: Iterable[str] | None = None, languages: Iterable[str] | None = None,
               date_from: str | None = None, date_to: str | None = None, limit: int = 50,
               pages_per_doc: int = 3) -> SearchResults:
        """Search the kit. Never raises on odd input: results, or none with ``message``."""
        res = SearchResults(query=text)
        try:
            q, ctx = self.compile(text)
        except RecursionError:
            q, ctx = None, {"terms": [], "prefixes": [], "fixes": {}}
        if q is None:
            res.message = "Type a word or a \"phrase\" to search." if not clean_query(text) else \
                "Nothing searchable in that query: add a word that is not an operator."
            return res
        res.terms = list(ctx["terms"]) + [[t] for p in ctx["prefixes"] for t in self._expand_prefix(p, 50)]
        if ctx["fixes"]:
            res.suggestion = _apply_fixes(clean_query(text), ctx["fixes"])
        full = Q.AndNot(q, self._quote_entries)  # pages and photos; quotes have their own search
        kinds = set(kinds or ())
        languages = set(languages or ())

        def keep(it: Item) -> bool:
            return ((not kinds or it.kind in kinds) and (not languages or (it.language or "und") in languages)
                    and (not date_from or (it.date or "") >= date_from)
                    and (not date_to or (it.date or "9999") <= date_to))

        # One scored pass over every match: it costs about what an unscored walk costs, and gives
        # totals and facets (item level) as well as the ranking.
        try:
            top = self._ranked(full, limit)
        except Exception:  # noqa: BLE001 - Whoosh quirks on odd queries must not escape
            res.message = "That query could not be run; try simpler words."
            return res
        col_item, col_page = self._item_col, self._page_col
        first_seen: dict[str, int] = {}
        for n, (_score, docnum) in enumerate(top):
            iid = col_item[docnum]
            if iid not in first_seen:
                first_seen[iid] = n
        items = [it for it in (self.kit.get(i) for i in first_seen) if it is not None]
        facets: dict[str, dict[str, int]] = {"kind": {}, "language": {}, "date": {}}
        for it in items:
            for k, v in (("kind", it.kind), ("language", it.language or "und"), ("date", it.date or "")):
                if v:
                    facets[k][v] = facets[k].get(v, 0) + 1
        res.facets = facets
        allowed = {it.id for it in items if keep(it)}
        res.total = len(allowed)
        if not allowed:
            if not res.message:
                res.message = "No documents match." + (f" Did you mean {res.suggestion}?" if res.suggestion else "")
            return res
        groups: dict[str, DocHit] = {}
        for score, docnum in top:
            iid = col_item[docnum]
            if iid not in allowed:
                continue
            g = groups.get(iid)
            if g is None:
                if len(groups) >= limit:
                    break  # the page lists of the documents shown are complete enough
                g = groups[iid] = DocHit(item=self.kit.item(iid), score=score)
            g.matched_pages += 1
            if len(g.pages) < pages_per_doc:
                g.pages.append(PageHit(page=int(col_page[docnum]), snippet="", score=score))
        res.results = sorted(groups.values(), key=lambda d: -d.score)
        for d in res.results:
            for p in d.pages:
                p.snippet = self.snippet(d.item, p.page, res.terms)
        return res

    def _ranked(self, q: Q.Query, limit: int) -> list[tuple[float, int]]:
        """(score, docnum) of every match, best first; only the top ones need real scores.

        When the set of matches can be read straight from posting lists (words, prefixes, AND, OR,
        NOT), Whoosh scores only a pruned top-N and the rest comes from set operations, which cost
        far less than walking Whoosh's matchers. Intersections (AND, phrases) cannot be pruned and
        phrases need positions: for those one pass scoring every candidate is cheapest (measured:
        26 ms against 60 ms for top-N plus sets on a three-word AND over 20,000 pages).
        """
        docs = None if _intersects(q) else self._docset(q)
        if docs is None:
            return self._searcher.search(q, limit=None).top_n
        top = self._searcher.search(q, limit=max(limit * 4, 60)).top_n
        seen = {d for _s, d in top}
        rest = docs - seen - self._quote_docs
        return top + [(0.0, d) for d in sorted(rest)]

    def _docset(self, q: Q.Query) -> set[int] | None:
        """The docnums ``q`` matches, from posting lists; None when positions are needed."""
        reader = self._searcher.reader()
        if isinstance(q, Q.Term):
            if (q.fieldname, q.text) not in reader:
                return set()
            return set(reader.postings(q.fieldname, q.text).all_ids())
        if isinstance(q, (Q.Prefix, Q.TermRange)):
            out: set[int] = set()
            for fieldname, text in q.existing_terms(reader, expand=True):
                out.update(reader.postings(fieldname, text).all_ids())
            return out
        if isinstance(q, Q.AndNot):
            a, b = self._docset(q.a), self._docset(q.b)
            return None if a is None or b is None else a - b
        if isinstance(q, Q.AndMaybe):
            return self._docset(q.a)
        if isinstance(q, (Q.And, Q.Or)):
            sets = [self._docset(sub) for sub in q.subqueries]
            if any(x is None for x in sets):
                return None
            if not sets:
                return set()
            if isinstance(q, Q.Or):
                return set().union(*sets)
            sets.sort(key=len)
            return sets[0].intersection(*sets[1:])
        if isinstance(q, Q.Every):
            return set(range(reader.doc_count_all()))
        if q is Q.NullQuery:
            return set()
        return None

    def snippet(self, item: Item, page: int, terms: list[list[str]], width: int = 32) -> str:
        """HTML snippet of a page around its best cluster of matched words (matches in <b>)."""
        if item.media == "image":
            text = " — ".join(x for x in (item.caption, item.credit) if x) or item.title
        else:
            text = self.page_text(item.id, page)
        return make_snippet(text, terms, width)

    # -- quotes --------------------------------------------------------------------------------
    def quotes(self, query: str = "", *, speaker: str | None = None, organisation: str | None = None,
               limit: int = 500) -> list[Quote]:
        """Quotations in the kit, optionally matching a query and a speaker/organisation."""
        rows: list[tuple[int, float]] = []
        q, _ctx = self.compile(query, ["body", "speakers"]) if query.strip() else (None, {})
        base = Q.Term("type", "quote")
        parts: list[Q.Query] = [base]
        if q is not None:
            parts.append(q)
        for who in (speaker, organisation):
            if who:
                words = [w for w, _s, _e in tokenize(who)]
                if words:
                    parts.append(Q.Phrase("speakers", words) if len(words) > 1 else Q.Term("speakers", words[0]))
        full = Q.And(parts)
        if q is None:
            rows = [(self._searcher.stored_fields(d)["quote"], 0.0) for d in full.docs(self._searcher)]
        else:
            rows = [(h["quote"], h.score) for h in self._searcher.search(full, limit=limit)]
        out: list[Quote] = []
        for n, _score in rows[:limit]:
            row = self._store.execute("SELECT data FROM quotes WHERE n=?", (n,)).fetchone()
            if row:
                out.append(Quote.from_dict(json.loads(row[0])))
        if q is None:
            out.sort(key=lambda x: (x.date or "", x.document_id, x.page))
        return out


def _intersects(q: Q.Query) -> bool:
    """Whether ``q`` holds an AND or a phrase (queries Whoosh cannot prune for top-N)."""
    if isinstance(q, Q.AndNot):
        return _intersects(q.a)
    if isinstance(q, (Q.And, Q.AndMaybe, Q.Phrase)):
        return True
    return any(_intersects(sub) for sub in getattr(q, "subqueries", ()))


class _NotWrap(Q.Or):
    """Marks a negated sub-query while building; unwrapped by the enclosing AND."""


def _apply_fixes(text: str, fixes: dict[str, str]) -> str:
    def sub(m: re.Match) -> str:
        w = m.group()
        return fixes.get(fold(w), w)

    return TOKEN_RE.sub(sub, text)


_WS = re.compile(r"\s+")
_SAME_LEN: dict[int, str] = {}


def _fold_same_length(text: str) -> str:
    """fold() with one output character per input character, so offsets stay valid (œ -> o)."""
    out = text.lower()
    if out.isascii():
        return out
    table = _SAME_LEN
    for ch in set(out):
        cp = ord(ch)
        if cp > 127 and cp not in table:
            f = fold(ch)
            table[cp] = f[0] if f else " "
    return out.translate(table)


def _term_regex(terms: list[list[str]]) -> re.Pattern | None:
    words = sorted({w for seq in terms for w in seq if w}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words[:300]) + r")(?!\w)")


def make_snippet(text: str, terms: list[list[str]], width: int = 32) -> str:
    """About ``width`` words of ``text`` around its best cluster of matches, matches in <b>.

    Only a window around the matches is tokenised: a regex over a same-length folded copy of the
    page finds candidate positions, so long pages cost little.
    """
    if not text:
        return ""
    rx = _term_regex(terms)
    span = width * 9  # characters: ~width words
    start = 0
    if rx is not None and len(text) > span:
        folded = _fold_same_length(text)
        pos = [m.start() for m in rx.finditer(folded)]
        if pos:
            best, best_n = pos[0], 0
            j = 0
            for i, p in enumerate(pos):  # the densest window of `span` characters
                while pos[j] < p - span // 2:
                    j += 1
                n = sum(1 for q in pos[j:i + 1 + 20] if abs(q - p) <= span // 2)
                if n > best_n:
                    best, best_n = p, n
            start = max(0, best - span // 4)
    window = text[start:start + span + 40]
    return _mark_window(window, terms, width, cut_left=start > 0, cut_right=start + span + 40 < len(text))


def _mark_window(text: str, terms: list[list[str]], width: int, cut_left: bool, cut_right: bool) -> str:
    toks = tokenize(text)
    if cut_left and toks and toks[0][1] == 0:
        toks = toks[1:]  # a word cut in half at the left edge
    if not toks:
        return html.escape(" ".join(text.split())[:200])
    folded = [t[0] for t in toks]
    marks = [False] * len(toks)
    singles = {s[0] for s in terms if len(s) == 1}
    for i, f in enumerate(folded):
        if f in singles:
            marks[i] = True
    for seq in (s for s in terms if len(s) > 1):
        n = len(seq)
        for i in range(len(folded) - n + 1):
            if folded[i] == seq[0] and folded[i:i + n] == seq:
                for k in range(i, i + n):
                    marks[k] = True
    first = next((i for i, m in enumerate(marks) if m), 0)
    lo = max(0, min(first - width // 4, len(toks) - width))
    hi = min(len(toks), lo + width)
    out = ["…" if (lo > 0 or cut_left) else ""]
    pos = toks[lo][1]
    for k in range(lo, hi):
        _f, s0, e0 = toks[k]
        if s0 > pos:
            out.append(html.escape(_WS.sub(" ", text[pos:s0])))
        word = html.escape(text[s0:e0])
        out.append(f"<b>{word}</b>" if marks[k] else word)
        pos = e0
    if hi < len(toks) or cut_right:
        out.append("…")
    return "".join(out).strip()

"""A parsed query -> a Whoosh query, with the words to highlight and the spelling suggestions.

Each word becomes an OR of the indexed words it stands for (:class:`presskit.search.expand.Lexicon`):
itself, its stem siblings and, when the kit lacks it, its nearest spellings (those count
:data:`VARIANT_WEIGHT` of the word typed). Stop words are dropped when other words carry the query;
words typed in a row rank higher where they stand in a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from whoosh import query as Q
from whoosh.matching import AndNotMatcher, ListMatcher, NullMatcher

from .expand import Lexicon
from .facets import UNDATED
from .query import STOPWORDS, Node, parse_query

TITLE_BOOST = 3.0
SPEAKER_BOOST = 2.0
VARIANT_WEIGHT = 0.7  # a stem sibling or a spelling counts a little less than the word typed
PROXIMITY_BOOST = 4.0  # words typed in a row, standing in a row
#: Parts of a word typed with an apostrophe or a hyphen shorter than this get no spelling suggestion
#: (the "don" of "don't" is not a misspelling of "son").
COMPOUND_PART_SPELLED = 5
_HYPHENS = frozenset("-\u2010\u2011")
#: Shortest word typed in one that is looked for as two (``nonproliferation``, ``reelection``).
SPLIT_MIN = 8
#: a name and its number typed in one (``cop29``, ``g20``): the two words the kit may hyphenate
_NAME_NUMBER = re.compile(r"([^\W\d_]+)(\d+)")
BOOSTS = {"body": 1.0, "title": TITLE_BOOST, "speakers": SPEAKER_BOOST}
#: a prefix ranks its matches by its most frequent words (see :class:`PrefixOr`)
SCORED_PREFIX_WORDS = 12


@dataclass
class Compiled:
    """A compiled query (None: nothing searchable) and what it says about the words typed."""

    query: Q.Query | None = None
    terms: list[list[str]] = field(default_factory=list)  # folded word sequences to highlight
    prefixes: list[str] = field(default_factory=list)  # prefixes typed (word*)
    fixes: dict[str, str] = field(default_factory=dict)  # folded word -> spelling suggestion


class _WithoutMatcher(AndNotMatcher):
    """Whoosh's AndNotMatcher skips the excluded matcher to the first match only when both start on
    the same document, so a first match that is excluded further on slipped through
    (``verification -stockpile`` listed the first page holding both)."""

    def _find_first(self):
        if self.a.is_active() and self.b.is_active():
            self._find_next()


class Without(Q.AndNot):
    """``a`` without the matches of ``b`` (Whoosh's AndNot with the first match checked too)."""

    def matcher(self, searcher, context=None):
        return _WithoutMatcher(self.a.matcher(searcher, context), self.b.matcher(searcher, searcher.boolean_context()))


class Entries(Q.Query):
    """The index entries numbered ``docs`` (numbers across the whole index), unscored: what a NOT
    leaves out once it stands for whole documents (:meth:`Searcher._whole_documents`)."""

    boost = 1.0

    def __init__(self, docs: frozenset[int]):
        self.docs = docs

    def __eq__(self, other):
        return type(other) is Entries and other.docs == self.docs

    def __hash__(self):
        return hash(self.docs)

    def __repr__(self):
        return f"Entries({len(self.docs)} entries)"

    def estimate_size(self, ixreader):
        return len(self.docs)

    def docs_of(self, searcher) -> list[int]:
        """This query's entries in ``searcher``'s own numbers: a segment's searcher numbers its
        entries from 0, its parent from the segment's offset."""
        offset = 0
        if searcher.has_parent():
            offset = searcher.get_parent()._offset_for_subsearcher(searcher) or 0
        end = offset + searcher.doc_count_all()
        return sorted(d - offset for d in self.docs if offset <= d < end)

    def docs(self, searcher):
        return iter(self.docs_of(searcher))

    def matcher(self, searcher, context=None):
        ids = self.docs_of(searcher)
        return ListMatcher(ids) if ids else NullMatcher()


class PrefixOr(Q.Or):
    """The words a typed prefix stands for, most frequent first: any of them matches.

    ``scored`` holds the clauses of the first :data:`SCORED_PREFIX_WORDS` words: ranking a top-N
    through Whoosh's union of a hundred posting lists cost 100-250 ms at 20,000 pages, so the
    searcher ranks with those and lists the other matches after them (:meth:`Searcher._ranked`).
    """

    def __init__(self, subqueries, scored=None, prefix: str = "", **kwargs):
        super().__init__(subqueries, **kwargs)
        self.scored = list(scored if scored is not None else subqueries)
        self.prefix = prefix  # the prefix typed, which every word starts with


def ranking_query(q: Q.Query) -> Q.Query:
    """``q`` with each prefix standing for its most frequent words only (to rank a top-N with)."""
    if isinstance(q, PrefixOr):
        return Q.Or(q.scored) if len(q.scored) > 1 else q.scored[0]
    return q.apply(ranking_query)


def has_prefix(q: Q.Query) -> bool:
    """Whether ``q`` holds a prefix (then :func:`ranking_query` differs from it)."""
    return isinstance(q, PrefixOr) or any(has_prefix(sub) for sub in q.children())


class _NotWrap(Q.Or):
    """Marks a negated sub-query while building; unwrapped by the enclosing AND."""


def intersects(q: Q.Query) -> bool:
    """Whether ``q`` holds an AND or a phrase (queries Whoosh cannot prune for top-N)."""
    if isinstance(q, Q.AndNot):
        return intersects(q.a)
    if isinstance(q, (Q.And, Q.AndMaybe, Q.Phrase)):
        return True
    return any(intersects(sub) for sub in getattr(q, "subqueries", ()))


class QueryCompiler:
    """Compiles query text against one index's vocabulary. ``fields``: the text fields searched.

    ``known(word)`` says a word is spelt right though this index lacks it (a library knows it from
    another kit): it is then not replaced by this index's nearest spellings.
    """

    def __init__(self, lexicon: Lexicon, fields: list[str] | None = None,
                 known: Callable[[str], bool] | None = None):
        self.lexicon = lexicon
        self.fields = fields or ["body", "title"]
        self._known = known or (lambda _w: False)
        self._negate = 0
        self.out = Compiled()

    def compile(self, text: str) -> Compiled:
        node = parse_query(text)
        if node is not None:
            q = self._build(node)
            if isinstance(q, _NotWrap):
                q = Without(Q.Every(), q.subqueries[0])
            self.out.query = q
        return self.out

    def _build(self, node: Node) -> Q.Query | None:
        op = node.op
        if op == "and":
            return self._and(node)
        if op == "or":
            parts = [p for p in (self._build(c) for c in node.children) if p is not None]
            parts = [p.subqueries[0] if isinstance(p, _NotWrap) else p for p in parts]
            return Q.Or(parts) if parts else None
        if op == "not":
            self._negate += 1
            inner = self._build(node.children[0])
            self._negate -= 1
            return _NotWrap([inner]) if inner is not None else None
        if op == "field" and node.fieldname in ("kind", "lang"):
            return Q.Term(node.fieldname, node.text)
        if op == "field" and node.fieldname == "date":
            if node.text == UNDATED:  # date:none: the items with no date (indexed with an empty one)
                return Q.Term("date", "")
            return Q.TermRange("date", node.text, node.text + "\uffff")
        fields = [node.fieldname] if node.fieldname else self.fields
        if op == "phrase":
            return self._phrase(node, fields)
        if op == "prefix":
            words = self.lexicon.expand_prefix(node.text)
            if not self._negate:
                self.out.prefixes.append(node.text)
                self.out.terms.extend([w] for w in words)
            if not words:
                return Q.NullQuery
            scored = words[:SCORED_PREFIX_WORDS]
            return PrefixOr([Q.Term(f, w, boost=BOOSTS[f]) for f in fields for w in words],
                            [Q.Term(f, w, boost=BOOSTS[f]) for f in fields for w in scored], prefix=node.text)
        return self._word(node, fields)

    def _and(self, node: Node) -> Q.Query | None:
        children = node.children
        content = [c for c in children if c.op != "not"]
        if len(content) > 1:  # drop stop words when other words carry the query
            kept = [c for c in content if not (c.op == "word" and c.text in STOPWORDS)]
            if not kept:  # only stop words ("le la les de"): those the kit never uses are dropped
                kept = [c for c in content if c.text in self.lexicon.vocab]
            if kept:
                children = [c for c in children if c.op == "not" or c in kept]
        pairs = [(c, self._build(c)) for c in children]
        pos = [p for c, p in pairs if p is not None and c.op != "not"]
        neg = [p.subqueries[0] for c, p in pairs if p is not None and c.op == "not"]
        if not pos and not neg:
            return None
        base = Q.And(pos) if len(pos) > 1 else (pos[0] if pos else Q.Every())
        words = [c.text for c in node.children if c.op == "word"]
        if len(pos) > 1 and len(words) == len(node.children) and not self._negate:
            # Words typed in a row rank higher where they stand in a row (a quote typed without
            # its quotation marks): an optional phrase clause adds to the score.
            base = Q.AndMaybe(base, Q.Or([Q.Phrase("body", words, boost=PROXIMITY_BOOST),
                                          Q.Phrase("title", words, boost=PROXIMITY_BOOST)]))
        for n in neg:
            base = Without(base, n)
        return base

    def _phrase(self, node: Node, fields: list[str]) -> Q.Query:
        lasts = self._open_ends(node)
        phrases = [[*node.words[:-1], w] for w in lasts] if lasts else [list(node.words)]
        if not self._negate:
            for w in node.words[:-1] if node.open_end else node.words:
                if node.compound and len(w) < COMPOUND_PART_SPELLED:
                    continue
                if w not in self.lexicon.vocab and not self._known(w):
                    near = self.lexicon.near(w)
                    if near:
                        self.out.fixes[w] = near[0]
            self.out.terms.extend(phrases)
        alts = [Q.Phrase(f, words, boost=BOOSTS[f]) for f in fields for words in phrases]
        joined = "".join(node.words)
        if node.compound and _HYPHENS & set(node.text) and joined.isalpha() and joined in self.lexicon.vocab:
            # "co-operation" also finds "cooperation", "e-mail" "email": the kit may spell it either way
            alts += [Q.Term(f, joined, boost=BOOSTS[f]) for f in fields]
            if not self._negate:
                self.out.terms.append([joined])
        return Q.Or(alts)

    def _open_ends(self, node: Node) -> list[str]:
        """The words an unfinished last word of an unclosed phrase may become (``"mousses fluor`` while it is
        typed: fluorees, fluor…), the most frequent first; none for a phrase that is closed."""
        if not node.open_end or not node.words:
            return []
        return self.lexicon.expand_prefix(node.words[-1], cap=SCORED_PREFIX_WORDS)

    def _word(self, node: Node, fields: list[str]) -> Q.Query:
        terms, fix = self.word_terms(node.text, spell=not node.exact)
        halves = self.hyphenated(node.text)
        if halves:
            fix = None  # the word is the kit's, written in one: no misspelling
        if not self._negate:
            if fix:
                self.out.fixes[node.text] = fix
            self.out.terms.extend([t] for t in sorted(terms))
            self.out.terms.extend(list(h) for h in halves)
        if not terms and not halves:
            return Q.NullQuery
        return Q.Or([Q.Term(f, t, boost=BOOSTS[f] * (1.0 if t == node.text else VARIANT_WEIGHT))
                     for f in fields for t in sorted(terms)]
                    + [Q.Phrase(f, list(h), boost=BOOSTS[f]) for f in fields for h in halves])

    def hyphenated(self, word: str) -> list[tuple[str, str]]:
        """The two words a word the kit lacks stands for when the kit writes it with a hyphen:
        ``nonproliferation`` -> (non, proliferation), found by the phrase "non proliferation";
        letters and a number, ``cop29`` -> (cop, 29)."""
        vocab = self.lexicon.vocab
        if word in vocab:
            return []
        named = _NAME_NUMBER.fullmatch(word)  # "cop29", "g20": the kit writes "COP-29", "G-20"
        if named:
            parts = (named.group(1), named.group(2))
            return [parts] if all(p in vocab for p in parts) else []
        if len(word) < SPLIT_MIN or not word.isalpha():
            return []
        return [(word[:i], word[i:]) for i in range(2, len(word) - 2)
                if word[:i] in vocab and word[i:] in vocab][:3]

    def word_terms(self, word: str, spell: bool = True) -> tuple[set[str], str | None]:
        """Indexed terms a typed word stands for, and a spelling suggestion when the kit lacks it.

        A word the kit does not contain is expanded to its stem siblings and to its nearest
        spellings, so a misspelt query still finds the intended documents (``spell=False``: stem
        siblings only, for a word searched as typed, :attr:`~presskit.search.query.Node.exact`).
        """
        terms = self.lexicon.variants(word)
        if (not spell or word in self.lexicon.vocab or word.isdigit() or word in STOPWORDS
                or self._known(word)):  # "les" absent from a kit is no misspelling of "las"
            return terms, None
        near = self.lexicon.near(word)
        if not terms:
            terms = set(near)
        return terms, (near[0] if near else None)

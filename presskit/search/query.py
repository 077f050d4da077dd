"""Query text -> a small syntax tree. Never raises: odd input gives a tree, or None for nothing searchable.

Query syntax (documented for readers in the README and the viewer's "How to search")::

    word other          both words (AND is implied); stems and accents do not matter
    "exact phrase"      word for word; also “curly”, « guillemets » and „low“ quotes; a phrase never
                        closed ("exact phr) ends on the beginning of a word, as it is being typed
    a OR b, a | b       either (also OU, O)
    -word, NOT word     without (also SAUF)
    pref*               words starting with "pref"
    ( ... )             grouping
    kind:statement lang:fr speaker:diallo title:word date:2026-11   field filters
    date:none           the items with no date (:data:`presskit.search.facets.UNDATED`, as the Date list's
                        "No date" chooses them)

``type:`` is another name for ``kind:`` (the kind of document), as are ``language:``/``langue:`` for
``lang:`` and ``by:``/``org:`` for ``speaker:``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..choices import ChoiceError, parse_kind, parse_language
from ..textutil import TOKEN_RE, fold, tokenize

MAX_QUERY_CHARS = 1000

STOPWORDS = frozenset("""
a an and are as at be but by for from has have in into is it its of on or that the their this to was
were will with le la les l un une des de du d et ou en au aux a ce ces cette est sont pour par sur dans
qui que qu se sa son ses il elle ils elles nous vous y el los las lo uno una unos unas del al y o es son
por para con que se su sus
""".split())

OPEN_QUOTES = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb", "\u201d": "\u201d"}
CLOSERS = {'"', "\u201d", "\u201c", "\u00bb"}
#: Field names a query may use, and the index field each one searches.
FIELD_ALIASES = {"kind": "kind", "type": "kind", "lang": "lang", "language": "lang", "langue": "lang",
                 "speaker": "speakers", "by": "speakers", "org": "speakers", "title": "title",
                 "titre": "title", "date": "date"}


@dataclass
class Node:
    op: str  # word | phrase | prefix | and | or | not | field
    text: str = ""
    words: list[str] = field(default_factory=list)
    children: list["Node"] = field(default_factory=list)
    fieldname: str = ""
    #: a word typed in capitals (an acronym: ONU, OTAN) or alone in quotation marks: searched as
    #: typed, never read as a misspelling ("ONU" found "ont" and "one" in a kit that never says ONU)
    exact: bool = False
    #: a phrase typed as one word (don't, e-mail, non-proliferation): its short parts are not offered
    #: spellings ("don't" offered "son't", "e-mail" offered "e-mais")
    compound: bool = False
    #: a phrase whose quotation mark is never closed (``"mousses fluor``, as the search box sees it while the
    #: phrase is typed): its last word is read as the beginning of a word
    open_end: bool = False


class _Unclosed(str):
    """A phrase token whose quotation mark the query never closes."""


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
            # an unbalanced quote runs to the end, and the word it ends on may be unfinished
            out.append(_Unclosed('"' + q[i + 1:j]) if j >= n else '"' + q[i + 1:j])
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
        if j < n and q[j] in OPEN_QUOTES and q[j - 1] == ":" and q[i:j - 1].lower() in FIELD_ALIASES:
            # speaker:"Amara Diallo": the quoted value belongs to its field (it was read as the word
            # 'speaker' and a phrase, which found nothing)
            k = j + 1
            while k < n and q[k] not in CLOSERS:
                k += 1
            out.append(q[i:j] + '"' + q[j + 1:k])
            i = k + 1
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
            if len(words) > 1:
                return Node("phrase", text=tok[1:].strip(), words=words, open_end=isinstance(tok, _Unclosed))
            return Node("word", text=words[0], words=words, exact=True)
        if ":" in tok and not tok.startswith(":"):
            name, _, value = tok.partition(":")
            fname = FIELD_ALIASES.get(name.lower())
            if fname and value:
                if value.startswith('"'):
                    value = value[1:]
                if fname in ("kind", "lang", "date"):
                    return Node("field", text=_field_value(fname, value.strip('"')), fieldname=fname)
                inner = _word_node(value)
                if inner:
                    inner.fieldname = fname
                return inner
        return _word_node(tok)


def _field_value(fname: str, value: str) -> str:
    """A ``kind:`` or ``lang:`` value as its code (``kind:communiqué`` is ``press-release``, ``lang:french``
    is ``fr``; :mod:`presskit.choices`); anything else lower-cased as typed."""
    try:
        if fname == "kind":
            return parse_kind(value)
        if fname == "lang":
            return parse_language(value)
    except ChoiceError:
        pass
    return value.lower()


#: French elided words: typed before an apostrophe (l'examen, d'accord, qu'il, jusqu'au), the word
#: after it is searched alone, as Lucene's French analyser reads them: "l'examen" finds "d'examen"
#: and "examen" (it found nothing in a kit that says "la conférence d'examen" throughout).
ELISIONS = frozenset("l d j m n s t c qu jusqu lorsqu puisqu quoiqu".split())
APOSTROPHES = frozenset("'\u2019\u02bc")


def is_acronym(text: str) -> bool:
    """Typed in capitals, two letters or more (ONU, OTAN, UNHCR): an acronym, not a misspelling."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _word_node(tok: str) -> Node | None:
    prefix = tok.endswith("*")
    parts = tokenize(tok)
    words = [w for w, _s, _e in parts]
    if not words:
        return None
    typed = tok
    if len(parts) == 2 and tok[parts[0][2]:parts[1][1]] in APOSTROPHES:
        if words[0] in ELISIONS:
            words, typed = words[1:], tok[parts[1][1]:]
        elif words[1] == "s":  # an English possessive: "Diallo's" finds Diallo (as Lucene's English analyser)
            words, typed = words[:1], tok[:parts[0][2]]
    if len(words) > 1:  # l'été, non-proliferation: the parts, in order
        return Node("phrase", text=tok, words=words, compound=True)
    if prefix and len(words[0]) >= 2:
        return Node("prefix", text=words[0], words=words)
    return Node("word", text=words[0], words=words, exact=is_acronym(typed))


def short_prefixes(text: str) -> list[str]:
    """The one-letter prefixes of a query, as typed (``e*``, ``title:é*``): each is read as the word
    itself (:func:`_word_node`), one letter beginning too many words for a prefix search to stay quick,
    so a search finding nothing says to add a letter."""
    out = []
    for tok in _lex(clean_query(text)):
        if tok.startswith('"') or not tok.endswith("*"):
            continue
        words = [w for w, _s, _e in tokenize(tok.split(":", 1)[-1])]
        if len(words) == 1 and len(words[0]) < 2:
            out.append(tok)
    return out


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



def apply_fixes(text: str, fixes: dict[str, str]) -> str:
    """The query with misspelt words replaced by their suggestions (folded word -> suggestion)."""
    def sub(m: re.Match) -> str:
        w = m.group()
        return fixes.get(fold(w), w)

    return TOKEN_RE.sub(sub, text)


#: What each filter of a query is called in :func:`field_filters` (the index field behind it).
FILTER_FIELDS = {"kind": "kind", "lang": "language", "date": "date", "speakers": "speaker"}
_FIELD_WORD = re.compile(r'(?<![^\s(])(?P<name>[^\W\d_]+):(?P<value>"[^"]*"?|[^\s()]+)')


def field_filters(text: str) -> dict[str, list[str]]:
    """The filters a query's own words set: ``{"kind": [...], "language": [...], "date": [...],
    "speaker": [...]}`` from ``kind:`` / ``lang:`` / ``date:`` / ``speaker:`` words that every result
    must match (those at the top level of the query, not negated, not inside an OR)."""
    out: dict[str, list[str]] = {}
    root = parse_query(text)
    nodes = root.children if root is not None and root.op == "and" else ([root] if root is not None else [])
    for n in nodes:
        if n.fieldname not in FILTER_FIELDS or n.op == "not":
            continue
        value = n.text if n.op == "field" else " ".join(n.words)
        out.setdefault(FILTER_FIELDS[n.fieldname], []).append(value)
    return out


def without_fields(text: str, names: set[str]) -> str:
    """``text`` without its field words for the filters ``names`` (``"kind"``, ``"language"``, ``"date"``,
    ``"speaker"``): a filter chosen elsewhere replaces what the query said about it."""
    def drop(m: re.Match) -> str:
        f = FIELD_ALIASES.get(m.group("name").lower())
        return "" if f in FILTER_FIELDS and FILTER_FIELDS[f] in names else m.group()

    return " ".join(_FIELD_WORD.sub(drop, text).split())


def nothing_matches(text: str, suggestion: str | None = None) -> tuple[str, str]:
    """Why ``text`` found no document, as ``(reason, message)`` (:attr:`.results.SearchResults.reason`): a
    ``kind:`` or ``lang:`` value that names nothing ("unknown-choice"), else a one-letter prefix ("short-prefix"),
    else the words themselves ("no-match"); the English sentence says it, with ``suggestion`` offered. One kit's
    search and the library's say it the same way."""
    message = "No documents match." + (f" Did you mean {suggestion}?" if suggestion else "")
    short = short_prefixes(text)
    if short:
        message += f" Add a letter: too many words match {short[0]}."
    unknown = unknown_choices(text)
    message += "".join(f" {why}" for why in unknown)
    return ("unknown-choice" if unknown else "short-prefix" if short else "no-match"), message


def unknown_choices(text: str) -> list[ChoiceError]:
    """The query's own ``kind:`` / ``lang:`` values that name nothing or more than one, one
    :class:`~presskit.choices.ChoiceError` each (``kind:foo``: "'foo' is not a kind presskit knows.
    Valid kinds: …", with ``what``, ``value`` and ``candidates`` for a front end's own words); [] when
    every value is a known one."""
    out = []
    for name, parse in (("kind", parse_kind), ("language", parse_language)):
        for value in field_filters(text).get(name, []):
            try:
                parse(value)
            except ChoiceError as e:
                out.append(e)
    return out

"""Finding quotations in text: the quote text's one normal form, page furniture, and the scanner.

* :func:`normalise_quote_text` is the one definition of a quote's text (whitespace collapsed, line-end
  hyphenation rejoined, ligatures expanded) and :func:`find_quote_span` finds a quote back in a page
  text for highlighting (:mod:`presskit.textmatch` folds both sides).
* :func:`strip_page_furniture` drops running headers and footers, so a quote going over a page break
  does not swallow "Newsletter · Issue 3 · Page 1 of 3".
* :func:`scan_marks` scans the quotation marks with a small stack machine: ``“…”``, ``"…"``, ``«…»``
  (with or without (narrow) no-break spaces inside) and ``„…“`` open top-level quotes; single marks
  (``‘…’``, ``'…'``) are only ever nested inside them, so apostrophes (``don't``, ``l’été``) never
  start a quote. An opening mark not closed within :data:`MAX_QUOTE_CHARS` characters or before a
  paragraph break is given up and the scan goes on after it, so an unbalanced mark never swallows the
  rest of the document. A quote continued over several paragraphs in the press convention (each
  paragraph re-opens the quote, only the last one closes it) gives one quote per paragraph, in one
  group.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..textmatch import fold_with_offsets
from ..textutil import LIGATURES

MAX_QUOTE_CHARS = 1500

# --- normalisation ----------------------------------------------------------------------------------

_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
_LINE_BREAKS = "\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029"
_HYPHENS = "-\u2010"
# letter/digit, hyphen, whitespace (which must hold a line break: checked in code), letter/digit
_HYPHEN_BREAK_RE = re.compile(r"(?<=[^\W_])[-\u2010](\s+)(?=[^\W_])")
_SOFT_HYPHEN_RE = re.compile(r"\u00ad(\s*)")


def normalise_mapped(s: str) -> tuple[str, list[int]]:
    """Normalise ``s`` like :func:`normalise_quote_text` and return, for each output character, the
    index in ``s`` of the character it comes from."""
    t, idx = _expand_characters(s)
    t, idx = _drop_spans(t, idx, _hyphenation_spans(t))
    return _collapse_spaces(t, idx)


def _expand_characters(s: str) -> tuple[str, list[int]]:
    """Ligatures expanded, invisible characters dropped; each character's index in ``s``."""
    chars: list[str] = []
    idx: list[int] = []
    for i, c in enumerate(s):
        if c in _INVISIBLE:
            continue
        lig = LIGATURES.get(c)
        if lig:
            chars.extend(lig)
            idx.extend([i] * len(lig))
        else:
            chars.append(c)
            idx.append(i)
    return "".join(chars), idx


def _hyphenation_spans(t: str) -> list[tuple[int, int]]:
    """The spans of ``t`` hyphenation leaves out: soft hyphens (with a following line break);
    "disarma-\\nment" -> "disarmament", "Franco-\\nGerman" -> "Franco-German", "2020-\\n2025" -> "2020-2025"."""
    drop: list[tuple[int, int]] = []
    if "\u00ad" in t:
        for m in _SOFT_HYPHEN_RE.finditer(t):
            ws = m.group(1)
            if any(c in _LINE_BREAKS for c in ws):
                drop.append((m.start(), m.end()))
            else:
                drop.append((m.start(), m.start() + 1))
    if "-" in t or "\u2010" in t:
        for m in _HYPHEN_BREAK_RE.finditer(t):
            ws = m.group(1)
            if not any(c in _LINE_BREAKS for c in ws):
                continue
            nxt = t[m.end()]
            if nxt.isalpha() and nxt.islower() and t[m.start() - 1].isalpha():
                drop.append((m.start(), m.end()))  # hyphen and break
            else:
                drop.append((m.start() + 1, m.end()))  # keep the hyphen, drop the break
    return drop


def _drop_spans(t: str, idx: list[int], drop: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """``t`` (and its indexes) without the (possibly overlapping) spans ``drop``."""
    if not drop:
        return t, idx
    drop.sort()
    keep_chars: list[str] = []
    keep_idx: list[int] = []
    pos = 0
    for a, b in drop:
        if a < pos:
            a = pos
        if a > pos:
            keep_chars.append(t[pos:a])
            keep_idx.extend(idx[pos:a])
        pos = max(pos, b)
    keep_chars.append(t[pos:])
    keep_idx.extend(idx[pos:])
    return "".join(keep_chars), keep_idx


def _collapse_spaces(t: str, idx: list[int]) -> tuple[str, list[int]]:
    """Whitespace runs -> one space; ends stripped."""
    out: list[str] = []
    out_idx: list[int] = []
    in_space = False
    for c, i in zip(t, idx):
        if c.isspace():
            if not in_space and out:
                out.append(" ")
                out_idx.append(i)
            in_space = True
        else:
            out.append(c)
            out_idx.append(i)
            in_space = False
    if out and out[-1] == " ":
        out.pop()
        out_idx.pop()
    return "".join(out), out_idx


def normalise_quote_text(s: str) -> str:
    """The text of a quote as stored: whitespace (line breaks, tabs, NBSP, U+202F…) collapsed to single
    spaces and stripped, words hyphenated at a line end rejoined (``"disarma-\\nment"`` ->
    ``"disarmament"``), soft hyphens and zero-width characters removed, ligatures expanded.

    >>> normalise_quote_text("  the disarma-\\nment\\u00a0 talks ")
    'the disarmament talks'
    """
    if not isinstance(s, str) or not s:
        return ""
    return normalise_mapped(s)[0]


def find_quote_span(page_text: str, quote_text: str) -> tuple[int, int] | None:
    """Character offsets ``(start, end)`` of ``quote_text`` in ``page_text``, or None.

    Tolerant to differences of whitespace and line breaks, line-end hyphenation, ligatures, and (when the
    exact text is not found) of case and accents. ``page_text[start:end]`` is the quote as it appears on
    the page; a quote continued on the next page matches up to the page's end when the page ends with a
    prefix of at least half of the quote.
    """
    if not isinstance(page_text, str) or not isinstance(quote_text, str):
        return None
    needle = normalise_quote_text(quote_text)
    if not needle or not page_text:
        return None
    hay, idx = normalise_mapped(page_text)
    if not hay:
        return None
    candidates = [(hay, idx, needle)]
    fh, fmap = fold_with_offsets(hay)
    fn, _ = fold_with_offsets(needle)
    candidates.append((fh, [idx[j] for j in fmap], fn))
    # a quotation continued over paragraphs: its text leaves out the mark that reopens each one
    mh, mmap = _without_marks(fh, [idx[j] for j in fmap])
    candidates.append((mh, mmap, _without_marks(fn, list(range(len(fn))))[0]))
    for h, ix, n in candidates:
        if not n:
            continue
        k = h.find(n)
        if k >= 0:
            return ix[k], ix[k + len(n) - 1] + 1
    # a quote that starts on this page and goes on over the page break: match its longest prefix
    h, ix, n = candidates[1]
    for cut in range(len(n) - 1, max(len(n) // 2, 8) - 1, -1):
        if n[cut - 1].isspace():
            continue
        if h.endswith(n[:cut]):
            k = len(h) - cut
            return ix[k], ix[-1] + 1
        if cut < len(n) - 400:  # long quotes: do not try every prefix
            break
    return None


def _without_marks(s: str, idx: list[int]) -> tuple[str, list[int]]:
    """``s`` without double quotation marks (a mark between two words becomes a space), white space
    collapsed again, with the index map kept."""
    out: list[str] = []
    out_idx: list[int] = []
    for k, (c, i) in enumerate(zip(s, idx)):
        if c in _DOUBLE_MARKS:
            # a mark between two words parts them: "a“aa" is two words, never "aaa"
            if out and out[-1].isalnum() and k + 1 < len(s) and s[k + 1].isalnum():
                out.append(" ")
                out_idx.append(i)
            continue
        if c == " " and (not out or out[-1] == " "):
            continue
        out.append(c)
        out_idx.append(i)
    while out and out[-1] == " ":
        out.pop()
        out_idx.pop()
    return "".join(out), out_idx


# --- page furniture ----------------------------------------------------------------------------------

_PAGE_NO_RE = re.compile(r"^(?:page|p\.)?\s*[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?\s*(?:(?:of|/|sur|de)\s*\d{1,4})?$", re.I)
_EDGE_LINES = 6


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


_CLOSING_ONLY = re.compile(r"[\u00bb\u201d\u201c\"\u2019'.,;:!?\u2026\s\u00a0\u202f]+")


def strip_page_furniture(pages: list[str]) -> list[str]:
    """Page texts without their running headers and footers, so a quote going over a page break does
    not swallow "Newsletter · Issue 3 · Page 1 of 3".

    A line is furniture when it sits in the first or last lines of a page and the same line (digits
    aside) sits there on at least two pages (half the pages for long documents), or when it is a bare
    page number ("3", "- 3 -", "Page 3 of 5"). Only runs of such lines touching a page's top or bottom
    go; one page is returned unchanged.
    """
    pages = [p if isinstance(p, str) else "" for p in pages]
    if len(pages) < 2:
        return pages
    counts: dict[str, int] = {}
    split = [p.split("\n") for p in pages]
    for lines in split:
        full = [ln for ln in lines if ln.strip()]
        for sh in {_shape(ln) for ln in full[:_EDGE_LINES] + full[-_EDGE_LINES:]}:
            counts[sh] = counts.get(sh, 0) + 1
    need = max(2, len(pages) // 2) if len(pages) > 6 else 2
    furniture = {sh for sh, n in counts.items() if n >= need and len(sh) <= 200}

    def is_furniture(ln: str) -> bool:
        t = ln.strip()
        if t and _CLOSING_ONLY.fullmatch(t):
            return False  # "»" wrapped onto a line of its own, at the foot of two pages: a quotation's end
        return not t or _shape(t) in furniture or bool(_PAGE_NO_RE.match(t))

    out = []
    for n, lines in enumerate(split):
        j = len(lines)
        while j > 0 and len(lines) - j < 3 * _EDGE_LINES and is_furniture(lines[j - 1]):
            j -= 1
        nxt = next((ln for ln in (split[n + 1] if n + 1 < len(split) else []) if ln.strip() and not is_furniture(ln)), "")
        j = _cut_bottom_block(lines, j, nxt)
        i = 0
        while i < j and i < 3 * _EDGE_LINES and is_furniture(lines[i]):
            i += 1
        out.append("\n".join(lines[i:j]))
    return out


_CAP = r"[A-Z\u00c0-\u00de][\w'\u2019\-]*"
_SMALL = r"(?:for|of|and|the|de|du|des|pour|et|la|le|les|d['\u2019]|l['\u2019])"
#: a logo, tagline or address line: "Lantern Coalition for Arms Control", "Count · Say · Check", "www.…"
_TAGLINE_RE = re.compile(rf"\s\u00b7\s|^(?:www\.|https?://)|^{_CAP}(?:\s+(?:{_CAP}|{_SMALL})){{0,8}}$")


def _cut_bottom_block(lines: list[str], j: int, next_page_first: str) -> int:
    """A sentence that goes on onto the next page passes over the logo and tagline at the bottom of this
    one ("… has" / "Lantern Coalition for Arms Control" / "Count what you hold · …" / "not been closed"):
    those lines go, when the next page starts in lower case."""
    if not next_page_first.lstrip()[:1].islower():
        return j
    k = j
    while k > 0 and k > j - _EDGE_LINES and _TAGLINE_RE.search(lines[k - 1].strip()) \
            and not lines[k - 1].rstrip().endswith((".", "!", "?", ":", ";", ",")):
        k -= 1
    if k < j and k > 0 and re.search(r"[\w,\u2019'-]$", lines[k - 1].rstrip()):
        return k
    return j


# --- scanning quotation marks -----------------------------------------------------------------------

# kind -> the characters that close it
_CLOSERS = {
    "\u201c": "\u201d",  # “ … ”
    "\u201d": "\u201d",  # ” … ” (Swedish/Finnish style, or a mistyped opener)
    '"': '"',
    "\u00ab": "\u00bb",  # « … »
    "\u201e": "\u201c\u201d",  # „ … “ / „ … ”
}
_DOUBLE_MARKS = "\u201c\u201d\u201e\u00ab\u00bb\""
MARK_RE = re.compile(r'[\u201c\u201d\u201e\u00ab\u00bb"]')
PARA_RE = re.compile(r"\n[ \t\r\u00a0\u202f]*\n")
_OPEN_PUNCT = "([{<\u2014\u2013-/\u201c\u201e\u00ab\u2018"
_SENTENCE_END_CHARS = ".!?\u2026"


def _flanking(text: str, pos: int) -> tuple[bool, bool]:
    """(can open, can close) for the mark at ``pos``, from its neighbours (CommonMark's idea)."""
    prev = text[pos - 1] if pos > 0 else " "
    nxt = text[pos + 1] if pos + 1 < len(text) else " "
    prev_space = prev.isspace() or prev in _OPEN_PUNCT
    next_space = nxt.isspace()
    next_punct = not next_space and not nxt.isalnum() and nxt not in "\u2018'\u00ab\u201c\u201e(["
    can_open = prev_space and not next_space
    can_close = not prev.isspace() and (next_space or next_punct or pos + 1 >= len(text))
    if prev in "\u201c\u201e\u00ab\u2018":  # “"… : a straight mark right after an opener opens
        can_close = False
    return can_open, can_close


@dataclass
class RawQuote:
    start: int  # index of the opening mark
    end: int  # index just after the closing mark (or the continued paragraph's end)
    body: tuple[int, int]  # the text inside the marks
    group: int  # quotes continued over paragraphs share a group
    text: str = ""
    page: int = 1


def scan_marks(text: str, paras: list[int]) -> list[RawQuote]:
    """Top-level quotations of ``text`` in order. ``paras`` are the sorted offsets of paragraph breaks."""
    return _Scanner(text, paras).run()


class _Scanner:
    """The stack machine of :func:`scan_marks`: ``stack[0]`` is the open top-level quote, as
    ``(mark, mark index)``; marks that proved not to open a quote are ``dead`` and skipped."""

    def __init__(self, text: str, paras: list[int]):
        self.text, self.paras = text, paras
        self.marks = [m.start() for m in MARK_RE.finditer(text)]
        self.flank = [_flanking(text, p) for p in self.marks]
        self.out: list[RawQuote] = []
        self.dead: set[int] = set()
        self.stack: list[tuple[str, int]] = []
        self.group = 0

    def run(self) -> list[RawQuote]:
        i, n = 0, len(self.marks)
        while True:
            if i >= n:
                if not self.stack:
                    return self.out
                i = self._abandon()
            elif not self.stack:
                i = self._outside(i)
            else:
                i = self._inside(i)

    def _para_between(self, a: int, b: int) -> int | None:
        k = bisect.bisect_right(self.paras, a)
        if k < len(self.paras) and self.paras[k] < b:
            return self.paras[k]
        return None

    def _abandon(self) -> int:
        """The open quote was never closed: its mark is dead, scan again right after it."""
        top_i = self.stack[0][1]
        self.dead.add(top_i)
        self.stack.clear()
        return top_i + 1

    def _emit(self, start: int, end: int, body: tuple[int, int]) -> None:
        self.out.append(RawQuote(start, end, body, self.group))

    def _outside(self, i: int) -> int:
        """A mark with no quote open: does it open one?"""
        ch = self.text[self.marks[i]]
        can_open, can_close = self.flank[i]
        if i not in self.dead:
            if ch in "\u201c\u00ab\u201e" and not (can_close and not can_open and ch == "\u201c"):
                self.stack.append((ch, i))
            elif ch in '"\u201d' and can_open and not can_close:
                self.stack.append((ch, i))
        return i + 1

    def _inside(self, i: int) -> int:
        """A mark while a quote is open: it continues, closes, nests, or proves the quote unclosed."""
        pos = self.marks[i]
        ch = self.text[pos]
        can_open, can_close = self.flank[i]
        kind, top_i = self.stack[0]
        top_pos = self.marks[top_i]
        pb = self._para_between(top_pos, pos)
        if self._continues(i, pb):
            return i + 1
        if pb is not None or pos - top_pos > MAX_QUOTE_CHARS:
            return self._abandon()
        if self._closes(i):
            return i + 1
        if ch == '"' and kind != '"' and can_close and not can_open and len(self.stack) == 1:
            # “…" : a mismatched straight closer
            self._emit(top_pos, pos + 1, (top_pos + 1, pos))
            self.group += 1
            self.stack.clear()
            return i + 1
        if ch == kind and can_open and not can_close:
            return self._abandon()  # the same mark opening again: the first one was never closed
        if ch in "\u201c\u00ab\u201e" or (ch == '"' and can_open):
            self.stack.append((ch, i))
        return i + 1

    def _continues(self, i: int, pb: int | None) -> bool:
        """The same mark re-opened at a line start after a finished sentence: the quote goes on in a
        new paragraph (press convention). The paragraph so far becomes a quote of the same group."""
        text, pos = self.text, self.marks[i]
        ch = text[pos]
        can_open, can_close = self.flank[i]
        if ch == "\u00ab":  # « only ever opens, also with a (no-break) space after it
            can_open, can_close = True, False
        kind, top_i = self.stack[0]
        top_pos = self.marks[top_i]
        if not (ch == kind and len(self.stack) == 1 and can_open and not can_close
                and pos - top_pos <= MAX_QUOTE_CHARS and _line_start(text, pos)):
            return False
        before = text[top_pos + 1:pos].rstrip()
        only_break_at_end = pb is None or self._para_between(pb + 1, pos) is None and not text[pb:pos].strip()
        if not (before and before[-1] in _SENTENCE_END_CHARS + "\u201d\u00bb\"" and only_break_at_end):
            return False
        end = top_pos + 1 + len(before)
        self._emit(top_pos, end, (top_pos + 1, end))
        self.stack[0] = (ch, i)
        return True

    def _closes(self, i: int) -> bool:
        """Whether the mark closes a quote on the stack (the top-level one: a quote found)."""
        pos = self.marks[i]
        ch = self.text[pos]
        can_open, can_close = self.flank[i]
        top_pos = self.marks[self.stack[0][1]]
        for k in range(len(self.stack) - 1, -1, -1):
            okind = self.stack[k][0]
            if ch in _CLOSERS[okind] or (ch == okind and ch in "\u201c\u201d" and can_close and not can_open):
                if ch == '"' and not can_close and can_open:
                    continue  # a straight mark that can only open does not close
                if k == 0 and ch == '"' and okind != '"' and not (can_close and not can_open):
                    continue
                del self.stack[k:]
                if k == 0:
                    self._emit(top_pos, pos + 1, (top_pos + 1, pos))
                    self.group += 1
                return True
        return False


def _line_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0\u202f":
        j -= 1
    return j < 0 or text[j] in _LINE_BREAKS


#: a headline in British single quotes: "‘We have waited long enough,’ says NAME" (single marks are
#: otherwise only ever nested: an apostrophe never opens a quotation)
_SINGLE_HEADLINE = re.compile(
    # (after a Markdown heading's hashes, and a live blog's time stamp: "### 10:20 — ‘…,’ says NAME")
    r"(?m)^[ \t]*(?:\#{1,6}[ \t]+)?(?:\d{1,2}(?:[:.]|[ \t]?h[ \t]?)\d{2}[ \t]*(?:[\u2014\u2013\-|:][ \t]*)?)?"
    r"(?P<open>[\u2018'])(?P<body>[^\n\u2018]{8,300}?)[\u2019'](?=[,.!?]?[ \t]+(?:says|said|warns|"
    r"urges|tells|asks|insists|dit|déclare|affirme|prévient|estime)[ \t]+[A-Z\u00c0-\u00de])")


#: British single quotes in running text, when a verb of saying follows them: "‘We will act,’ she said." /
#: "‘We will act,’ Ana Varga told reporters." (an opening mark at a sentence start, a closing one after the
#: sentence's comma or stop; an apostrophe never opens a quotation)
_SINGLE_SAID = re.compile(
    r"(?m)(?:^|(?<=[.!?:] ))[ \t]*(?P<open>\u2018)(?P<body>(?:[^\n\u2018\u201c\u201d]|\n(?![ \t]*\n)){8,400}?[,.!?])\u2019"
    r"(?=[ \t]+(?:(?:says|said|added|told|warned|insisted|explained|asked|replied)[ \t]+(?:[A-Z\u00c0-\u00de]|the\s|a\s)"
    r"|(?:[A-Z\u00c0-\u00de][\w\-\u2019']+(?:[ \t]+|[ \t]*\n[ \t]*)){1,4}(?:says|said|added|told|warned|insisted|"
    r"explained|asked|replied)\b"  # (a PDF line may break between the name and the verb)
    r"|(?:she|he|they|the\s+\w+|a\s+\w+)(?:[ \t]+|[ \t]*\n[ \t]*)(?:says|said|added|told|warned|insisted|explained|"
    r"asked|replied)\b))")


#: words in curly single quotes after a verb of saying and "that", as a British paper prints a body's or a
#: person's words: "The coalition argues that ‘a curfew is the cheapest policy’", "she wrote that ‘…’"
_SINGLE_THAT = re.compile(r"(?<![\w\-])(?:says|said|argues|argued|writes|wrote|notes|noted|warns|warned|insists|"
                          r"insisted|claims|claimed|adds|added|concludes|concluded|believes|believed|maintains|"
                          r"maintained|told\s+[\w\-]+(?:\s+[\w\-]+)?)[ \t]+that[ \t]+(?P<open>\u2018)"
                          r"(?P<body>[^\n\u2018\u2019\u201c\u201d]{8,400}?)\u2019(?=[\s,.;:!?)]|$)")


#: the same quotation going on after its attribution: "‘…,’ she said, ‘but …’" / "‘…,’ said NAME. ‘…’" (an
#: opening single mark after the attribution's comma or stop; the closing one before no letter)
_SINGLE_AGAIN = re.compile(r"[^\n\u2018\u201c\u201d]{3,160}?[,.][ \t]+(?P<open>\u2018)(?P<body>[^\n\u2018\u201c\u201d]{4,400}?"
                           r"[,.!?\u2026])\u2019(?![\w])")


#: a whole sentence in single quotes after a colon, as British and agency copy introduce a quotation:
#: "… put it more bitterly: ‘We were promised a seat.’", "he told me: 'If we wait, we lose.'" (straight
#: marks too: the closing one ends a sentence and is followed by a space, never by a letter as an apostrophe is)
_SINGLE_INTRO = re.compile(r":[ \t\u00a0]+(?P<open>[\u2018'])(?P<body>[A-Z\u00c0-\u00de](?:[^\n\u2018\u201c\u201d]|"
                           r"\n(?![ \t]*\n)){6,400}?[.!?\u2026])[\u2019'](?=\s|$|[)\]])")


#: a whole sentence in single quotes signed with a dash on its line, as a newsletter's quote of the day prints it:
#: "‘The gecko does not read the customs form.’ — NAME, ranger, X Network" (the opening mark starts the line)
_SINGLE_SIGNED = re.compile(r"(?m)^[ \t]*(?:[*_]{1,2})?(?P<open>\u2018)(?P<body>[A-Z\u00c0-\u00de][^\n\u2018\u201c\u201d]{6,300}?"
                            r"[.!?\u2026])\u2019(?:[*_]{1,2})?[ \t]*[\u2014\u2013][ \t]*(?:[*_]{1,2})?[A-Z\u00c0-\u00de]")


#: a headline "NAME: ‘…’" (British single quotes), the whole line
_SINGLE_COLON_HEADLINE = re.compile(r"(?m):[ \t]+(?P<open>\u2018)(?P<body>[^\n\u2018\u2019]{8,200})\u2019[ \t]*$")
_HEADLINE_HEAD = re.compile(r"[ \t]*[A-Z\u00c0-\u00de][^\n:\u2018\u201c\u201d\"]{1,60}")


def has_single_quotes(text: str) -> bool:
    """Whether ``text`` holds a quotation in single quotes (a headline, one a verb of saying follows, or a
    sentence a colon introduces)."""
    return bool(_SINGLE_HEADLINE.search(text) or _SINGLE_SAID.search(text) or _single_intros(text)
                or "\u2018" in text and (_SINGLE_SIGNED.search(text) or _SINGLE_THAT.search(text)))


def _single_intros(text: str) -> list[re.Match]:
    """The single-quoted sentences after a colon and the headlines ``NAME: ‘…’`` (looked for only when the
    text has the marks they need: most pages have none)."""
    curly = "\u2018" in text
    if not curly and ":'" not in text and ": '" not in text:
        return []
    found = list(_SINGLE_INTRO.finditer(text))
    if not curly:
        return found
    # a headline: the whole line, a short name before the colon
    return found + [m for m in _SINGLE_COLON_HEADLINE.finditer(text)
                    if _HEADLINE_HEAD.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())]


def with_single_quotes(text: str, raws: list[RawQuote]) -> list[RawQuote]:
    """``raws`` with the quotations in single quotes added (single marks are otherwise only ever nested)."""
    group = max((r.group for r in raws), default=0) + 1
    said = list(_SINGLE_SAID.finditer(text))
    again = [a for m in said if (a := _SINGLE_AGAIN.match(text, m.end("body") + 1)) is not None]
    signed = list(_SINGLE_SIGNED.finditer(text)) if "\u2018" in text else []
    that = list(_SINGLE_THAT.finditer(text)) if "\u2018" in text else []
    singles = sorted([*_SINGLE_HEADLINE.finditer(text), *said, *again, *_single_intros(text), *signed, *that],
                     key=lambda m: m.start("open"))
    for m in singles:
        if any(r.start <= m.start("open") < r.end for r in raws):
            continue  # (nested in a double-quoted quotation, or found by two patterns)
        raws.append(RawQuote(m.start("open"), m.end("body") + 1, (m.start("body"), m.end("body")), group))
        group += 1
    return sorted(raws, key=lambda r: r.start)

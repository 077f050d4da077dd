"""A document's pages as one text with its paragraphs, headings and table lines made explicit.

Text extracted from a PDF has line breaks but no blank lines: paragraphs, headings and table cells
all look alike. Attribution needs them (a pronoun refers to a person of the same paragraph, a role
never runs into a heading or a table cell), so :func:`mark_paragraphs` puts a blank line where a
paragraph visibly ends:

* after a line that ends a sentence and is clearly shorter than the page's full lines;
* around a heading: a short line with no sentence punctuation at its end, between lines that are
  not part of the same sentence;
* around table rows (``| a | b |`` in Markdown) and runs of very short lines (a PDF table read cell
  by cell).

Pages that already have blank lines (HTML, Markdown and text documents) are kept as they are, apart
from table rows, and lines of unwrapped text (each line a whole paragraph) are paragraphs.
:class:`Doc` joins the pages (a page break is not a paragraph break) and knows where each page
starts and where each paragraph breaks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .cues import say_verbs
from .scan import PARA_RE, scan_marks

_SENT_END = re.compile(r"[.!?\u2026:](?:[\s\u00a0\u202f]*['\u2019\u201d\u00bb\")\]])*\s*$")
#: a line that ends a sentence or a quotation (for "the next word would have fitted")
_LINE_END = re.compile(r"(?:[.!?\u2026:]|[\u201d\u00bb\"])(?:[\s\u00a0\u202f]*['\u2019\u201d\u00bb\")\]])*\s*$")
#: a quotation closed after a comma: the sentence goes on with whoever said it ("… the black market,”" / "NAME
#: said."), however short the line in a narrow column
_COMMA_CLOSED = re.compile(r",[\s\u00a0\u202f]*[\u201d\u00bb\"\u2019]\s*$")
#: a line ending with one of these words goes on on the next line
_GOES_ON = re.compile(r"(?:^|\s)(?:of|the|and|to|for|in|on|by|with|a|an|at|from|into|or|as|than|who|whose|which|"
                      r"that|its|his|her|their|our|de|du|des|la|le|les|et|à|au|aux|ou|qui|que|dont|son|sa|ses|leur|"
                      r"un|une|sur|pour|par|d['\u2019]|l['\u2019])\s*$", re.I)
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_BULLET = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2013\-*]|\d{1,2}[.)])\s+")
#: the marks that open a quotation (a paragraph of a quotation over several opens with one)
_OPENING = "\u201c\u00ab\u201e"
#: lines with no more letters than this are table cells or labels when several come in a row
_CELL_CHARS = 24


def _full_width(lines: list[str]) -> int:
    return max((len(ln.rstrip()) for ln in lines if ln.strip()), default=0)


def _is_heading(line: str, nxt: str, width: int) -> bool:
    t = line.strip()
    if not t or len(t) > 0.75 * width or _SENT_END.search(t) or t.endswith((",", ";", "-", "\u2013")):
        return False
    if _GOES_ON.search(t) or re.search(r",\s+(?:who|which|whose|qui|dont)\s", t):
        return False  # (a relative clause goes on with its sentence: "NAME, who coordinates Reef" / "Watch, …")
    if not t[0].isupper() and not t[0].isdigit() and t[0] not in "\u201c\u00ab\"\u201e\u2018'":
        return False
    # a line that ends mid-sentence continues on the next one
    return not nxt.strip()[:1].islower()


def _wrapped(lines: list[str]) -> bool:
    """Whether the text is wrapped at a line width (PDF) rather than one line per paragraph."""
    full = [ln for ln in lines if ln.strip()]
    if len(full) < 3:
        return False
    goes_on = sum(1 for a, b in zip(full, full[1:]) if b.lstrip()[:1].islower() or a.rstrip().endswith(("-", ",")))
    if goes_on >= 0.15 * (len(full) - 1):
        return True
    width = _full_width(full)
    # the same among full-width lines only: a table read cell by cell adds many short lines to a page
    pairs = [(a, b) for a, b in zip(full, full[1:]) if len(a.rstrip()) >= 0.8 * width and not _TABLE_ROW.match(a)]
    if len(pairs) >= 3 and sum(1 for a, b in pairs if b.lstrip()[:1].islower() or a.rstrip().endswith(("-", ","))) \
            >= 0.15 * len(pairs):
        return True
    long = [ln.rstrip() for ln in full if len(ln.rstrip()) >= 0.6 * width and not _TABLE_ROW.match(ln)]
    open_ended = sum(1 for ln in long if not _LINE_END.search(ln))
    return bool(long) and open_ended >= 0.3 * len(long)


def mark_paragraphs(page: str) -> str:
    """``page`` with a blank line wherever a paragraph, heading or table row visibly ends."""
    if not page or not isinstance(page, str):
        return page or ""
    lines = page.split("\n")
    if sum(1 for ln in lines if ln.strip()) < 3:
        return page
    wrapped = _wrapped(lines)
    width = _full_width(lines)
    cell = [_is_cell(ln) for ln in lines]
    # a cell is one of at least three short lines in a row (a table read cell by cell)
    cell = [c and any(all(cell[k] for k in range(a, a + 3)) for a in range(max(0, i - 2), i + 1)
                      if a + 3 <= len(lines)) for i, c in enumerate(cell)]
    for i in range(1, len(lines)):  # "… said Ingrid" / "Solberg, Pax Meridian": not a table
        if cell[i] and not cell[i - 1] and re.search(r"\w$", lines[i - 1].rstrip()) \
                and len(lines[i - 1].strip()) > _CELL_CHARS:
            cell[i] = False
    heading = [False] * len(lines)
    for i, line in enumerate(lines):
        prev_ok = i == 0 or not lines[i - 1].strip() or heading[i - 1] or bool(_SENT_END.search(lines[i - 1].strip()))
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        heading[i] = wrapped and prev_ok and _is_heading(line, nxt, width) and not _wraps(line, lines[i + 1:i + 4],
                                                                                          width)
    out: list[str] = []
    depth = 0  # quotation marks open in the paragraph so far: no break is made inside a quotation
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        depth = 0 if not line.strip() or (out and not out[-1].strip()) else depth
        depth = max(0, depth + _mark_balance(line))
        brk_before = brk_after = bool(_TABLE_ROW.match(line) or _TABLE_RULE.match(line))
        if not line.strip():
            pass
        elif not wrapped:
            brk_after = True
        elif heading[i]:
            # short lines in a row that are table cells ("Speaker | Body | Topic" read cell by cell) are not one
            # heading wrapped over several lines: each stands alone, so no name runs from a header into a row
            brk_before = i == 0 or not heading[i - 1] or (cell[i] and cell[i - 1])
            brk_after = i + 1 >= len(lines) or not heading[i + 1] or (cell[i] and cell[i + 1])
        elif _BULLET.match(line):
            brk_before = True
        elif _LINE_END.search(line.rstrip()) and _next_word_fits(line, nxt, width) and not (
                _COMMA_CLOSED.search(line) and nxt.lstrip()[:1] not in _OPENING) and (
                not depth or nxt.lstrip()[:1] in _OPENING):
            # (a quotation over paragraphs leaves each one open and opens the next with a mark of its own:
            # "“I was bitten … a vial." / "“I am alive …”", so an opening mark after a short line is a paragraph)
            brk_after = True
        elif not depth and not cell[i] and _ended_short(line, nxt, lines[i:i + 3]):
            brk_after = True  # a heading's last line before a headline: the next word would have fitted
        elif cell[i]:
            brk_before = brk_after = True
        if brk_before and out and out[-1].strip():
            out.append("")
        out.append(line)
        if brk_after and nxt.strip():
            out.append("")
    return "\n".join(out)


def _wraps(line: str, after: list[str], width: int) -> bool:
    """A line of a column whose next word would not have fitted on it: the text wrapped there, so the
    line is not a heading, however short it is beside the page's widest line ("Ossian Pell, a ferry
    pilot from" / "Ostmark and …" in a newsletter's narrow column). Lines that are all short (a block
    of code, a list of labels) make no column."""
    body = [ln.rstrip() for ln in after if ln.strip()][:2]
    if not body:
        return False
    local = max(len(ln) for ln in body)
    first = body[0].lstrip()[:1]
    if local < 0.35 * width or not (first.isalpha() or first in "\u201c\u00ab\"\u2018'"):
        return False  # ("[HKEY_LOCAL_MACHINE\…]" after "Windows Registry Editor 5.00" goes on with no sentence)
    words = body[0].split()
    n = len(line.rstrip())
    # (a column's lines differ by a few letters, and a proportional font's letters in width)
    return n <= 1.15 * local and n + 1 + len(words[0]) > 0.9 * local


def _next_word_fits(line: str, nxt: str, width: int) -> bool:
    """The next line's first word would have fitted on this line: the line was ended on purpose."""
    words = nxt.split()
    if not words or not (words[0][0].isupper() or words[0][0] in "\u201c\u00ab\"\u201e\u2014\u2013"):
        return False
    return len(line.rstrip()) + 1 + len(words[0]) < 0.93 * width


def _ended_short(line: str, nxt: str, around: list[str]) -> bool:
    """A line with no final punctuation that ends before the next line's first word would have fitted,
    measured against the lines around it (so a narrow column's lines are measured by the column): the
    line was ended on purpose, a heading's last line ("… and no plan to pay it" above "“Land does not
    wait …,” says NAME"), never a wrapped sentence ("… told journalists in the" / "Salle des Pas Perdus")."""
    words, t = nxt.split(), line.strip()
    if not words or not t or t.endswith(("-", ",", ";", "\u2010")) or _GOES_ON.search(t) or not (
            words[0][0].isupper() or words[0][0] in "\u201c\u00ab\"\u201e\u2018"):
        return False
    local = max(len(ln.rstrip()) for ln in around)
    if len(line.rstrip()) + 1 + len(words[0]) >= 0.9 * local:
        return False
    # ("« … », prévient" / "Tessougué": a wrapped headline's speaker follows its verb)
    return not any(m.end() == len(t[-40:]) for m in say_verbs(t[-40:]))


def _mark_balance(line: str) -> int:
    """Opening minus closing double quotation marks on a line (straight marks by their neighbours)."""
    n = line.count("\u201c") + line.count("\u00ab") + line.count("\u201e") - line.count("\u00bb")
    n -= line.count("\u201d") - (1 if line.lstrip().startswith("\u201d") else 0)
    for m in re.finditer('"', line):
        before = line[m.start() - 1] if m.start() else " "
        n += 1 if before.isspace() or before in "([" else -1
    return n


def _opens_a_sentence(page: str) -> bool:
    """Whether a page's text opens on a capital letter (a new sentence), not on a word that goes on."""
    return page.lstrip()[:1].isupper()


def _opens_with_heading(page: str) -> bool:
    head, _, rest = page.lstrip("\n").partition("\n")
    return bool(rest.startswith("\n") and head.strip() and not _SENT_END.search(head) and len(head) < 80)


def _is_cell(line: str) -> bool:
    t = line.strip()
    return (bool(t) and len(t) <= _CELL_CHARS and (t[0].isupper() or t[0].isdigit())
            and not re.search(r"[.!?\u2026,;:]\W*$", t))


def _quoting_pages(pages: list[str]) -> set[int]:
    """Pages holding (or next to) a quotation of four words or more, from a first quick scan."""
    starts, pos = [], 0
    for p in pages:
        starts.append(pos)
        pos += len(p) + 1
    text = "\n".join(pages)
    near: set[int] = set()
    for r in scan_marks(text, []):
        if len(text[r.body[0]:r.body[1]].split()) >= 4:
            k = bisect.bisect_right(starts, r.start) - 1
            near.update((k - 1, k, k + 1))
    return near


@dataclass
class Doc:
    """A document's pages joined into one text, with where pages start and paragraphs break."""

    text: str
    starts: list[int]
    paras: list[int]

    @classmethod
    def of(cls, pages: list[str]) -> "Doc":
        # only pages near a quotation need their paragraphs (long documents quote on few pages)
        near = _quoting_pages(pages)
        pages = [mark_paragraphs(p) if i in near else p for i, p in enumerate(pages)]
        # a page that opens with a heading after a page that ended its sentence: a paragraph break
        # (and so is one that opens on a new sentence's capital: "… he said. ¶ === ¶ Delegate 52, NAME, …")
        seps = ["\n\n" if i and (_opens_with_heading(p) or _opens_a_sentence(p))
                and _SENT_END.search(pages[i - 1].rstrip()[-40:] or "x") else "\n" for i, p in enumerate(pages)]
        starts, pos = [], 0
        for i, p in enumerate(pages):
            pos += len(seps[i]) if i else 0
            starts.append(pos)
            pos += len(p)
        # paragraph breaks inside pages only (a page break is not a paragraph break)
        paras: list[int] = []
        for s, p in zip(starts, pages):
            lo, hi = len(p) - len(p.lstrip()), len(p.rstrip())
            paras.extend(s + m.start() for m in PARA_RE.finditer(p, lo, hi))
        text = "".join((seps[i] if i else "") + p for i, p in enumerate(pages))
        paras.extend(s - 2 for i, s in enumerate(starts) if i and seps[i] == "\n\n")
        return cls(text, starts, sorted(paras))

    def page_of(self, pos: int) -> int:
        return max(1, bisect.bisect_right(self.starts, pos))

    def paragraph(self, pos: int) -> tuple[int, int]:
        """(start, end) of the paragraph holding ``pos``."""
        k = bisect.bisect_right(self.paras, pos)
        start = self.paras[k - 1] if k else 0
        end = self.paras[k] if k < len(self.paras) else len(self.text)
        m = PARA_RE.match(self.text, start)
        return (m.end() if m else start), end

    def line(self, pos: int) -> tuple[int, int]:
        """(start, end) of the line holding ``pos``."""
        a = self.text.rfind("\n", 0, pos) + 1
        b = self.text.find("\n", pos)
        return a, (len(self.text) if b < 0 else b)


def name_across_lines(name: str) -> str:
    """A pattern for a full name also where a PDF line wraps it: a space or a line break between its words,
    a hyphenated name broken after its hyphen ("Tessier-¶Ngata")."""
    return r"\s+".join(r"-\s*".join(map(re.escape, w.split("-"))) for w in name.split())

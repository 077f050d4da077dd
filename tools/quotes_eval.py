"""The quote evaluation set (tests/data/quotes-eval): read its truth files, make its kits.

Each half (``tune``, ``heldout``, ``fresh``, ``unseen``, ``sealed``, ``blind``, ``aside``, ``kept``,
``reserve``, ``withheld``, ``shelved``, ``untouched``, ``closed``, ``unread``, ``hidden``, ``spare``,
``vault``, ``cellar``, ``attic``, ``locker``, ``pantry``, ``larder``,
``cupboard``, ``drawer``, ``trunk``, ``chest``, ``crate``, ``hamper``, ``coffer``, ``casket``, ``satchel``, ``hatbox``,
``valise``, ``holdall``, ``duffel``, ``rucksack``, ``kitbag``, ``pannier``, ``carpetbag``, ``haversack``,
``knapsack``, ``portmanteau``, ``musette``, ``gladstone``, ``reticule``, ``bindle``, ``dillybag``, ``sporran``,
``pochette``, ``sabretache``, ``saddlebag``, ``gripsack``, ``bumbag``, ``carryall``, ``dittybag``, ``pouch``, ``tote``, ``scrip``, ``wallet``, ``purse``, ``pocket``, ``sachet``, ``billfold``, ``poke``, ``etui``, ``caddy``, ``bursa``) is a folder with
``sources/`` (the kit's source folder: ``kit.toml``, Markdown, HTML and text documents as they are, and
PDFs as ``.pdfsrc`` text that :func:`render_pdf` turns into real multi-page PDFs) and ``truth.json``.
See tests/data/quotes-eval/README.md.

Used by tools/measure_quotes.py and tests/test_quotes_eval_data.py; it does not import presskit.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT / "tests" / "data" / "quotes-eval"
HALVES = ("tune", "heldout", "fresh", "unseen", "sealed", "blind", "aside", "kept", "reserve", "withheld", "shelved",
          "untouched", "closed", "unread", "hidden", "spare",
          "vault", "cellar", "attic", "locker", "pantry", "larder", "cupboard", "drawer", "trunk", "chest", "crate",
          "hamper", "coffer", "casket", "satchel", "hatbox", "valise", "holdall", "duffel", "rucksack", "kitbag",
          "pannier", "carpetbag", "haversack", "knapsack", "portmanteau", "musette", "gladstone",
          "reticule", "bindle", "dillybag", "sporran", "pochette", "sabretache", "saddlebag",
          "gripsack", "bumbag", "carryall", "dittybag", "pouch", "tote", "scrip", "wallet", "purse", "pocket", "sachet", "billfold", "poke", "etui", "caddy", "bursa")

#: Attribution styles (issue 11, item 1); every one is present in every half.
STYLES = (
    "named", "pronoun", "pronoun-noverb", "headline-colon-en", "headline-colon-fr", "headline-says",
    "long-clause", "reported-in-speech", "reported-unnamed", "unnamed", "organisation", "publisher",
    "role-boundary", "heading-table", "surname-later-page", "surname-other-doc", "multi-paragraph-fr",
    "multi-paragraph-en", "fr-in-en",
)
#: Kinds of quoted text that are not quotations (issue 11, item 2).
NON_QUOTE_KINDS = ("title", "scare", "treaty-text")

PAGE_MARK = re.compile(r"^=== page (\d+) ===[ \t]*$", re.M)
COLUMN_MARK = re.compile(r"^=== column ===[ \t]*$", re.M)
PAGE_SIZE = (595, 842)  # A4 in points
FONTS = ("sans-serif", "serif")


def fold_words(text: str) -> list[str]:
    """Casefolded words with accents dropped and ligatures expanded (NFKD), punctuation ignored."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.findall(r"\w+", text)


def load_truth(half_dir: Path) -> dict:
    return json.loads((half_dir / "truth.json").read_text(encoding="utf-8"))


def source_of(half_dir: Path, rel: str) -> Path:
    """The source file of a kit path: ``x.pdf`` is made from ``x.pdfsrc``."""
    src = half_dir / "sources" / rel
    return src.with_suffix(".pdfsrc") if src.suffix.lower() == ".pdf" else src


def kit_path_of(src_rel: str) -> str:
    return src_rel[: -len(".pdfsrc")] + ".pdf" if src_rel.endswith(".pdfsrc") else src_rel


# -- .pdfsrc: a small Markdown-like text with page breaks -----------------------------------------

def parse_pdfsrc(text: str) -> tuple[dict[str, str], list[str]]:
    """``% key: value`` header lines (title, author, header, footer, font), then pages separated by
    lines ``=== page N ===`` (N counting from 2, in order); a page may hold ``=== column ===`` lines."""
    meta: dict[str, str] = {}
    lines = text.splitlines()
    while lines and (lines[0].startswith("% ") or not lines[0].strip()):
        line = lines.pop(0)
        if line.startswith("% "):
            key, _, value = line[2:].partition(":")
            meta[key.strip()] = value.strip()
    body = "\n".join(lines)
    marks = PAGE_MARK.findall(body)
    if [int(n) for n in marks] != list(range(2, len(marks) + 2)):
        raise ValueError(f"page marks out of order: {marks}")
    return meta, PAGE_MARK.split(body)[::2]


def _inline(text: str) -> str:
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return re.sub(r"\*(.+?)\*", r"<i>\1</i>", text)


def _table(lines: list[str]) -> str:
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in lines
            if not re.fullmatch(r"[|:\- \t]+", line.strip())]
    head, *body = rows
    cells = "".join(f"<th>{_inline(c)}</th>" for c in head)
    return (f"<table><tr>{cells}</tr>"
            + "".join("<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>" for row in body)
            + "</table>")


def page_html(body: str) -> str:
    """Headings (#, ##, ###), paragraphs, bullet lists, tables (``| a | b |`` lines, the first one the
    header row) and *italic*/**bold** as HTML."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", body.strip()):
        lines = block.strip().splitlines()
        if not lines:
            continue
        head = re.match(r"(#{1,3}) (.*)", lines[0])
        if head and len(lines) == 1:
            n = len(head.group(1))
            out.append(f"<h{n}>{_inline(head.group(2))}</h{n}>")
        elif all(line.strip().startswith("|") for line in lines):
            out.append(_table(lines))
        elif all(line.startswith("- ") for line in lines):
            out.append("<ul>" + "".join(f"<li>{_inline(line[2:])}</li>" for line in lines) + "</ul>")
        else:
            out.append(f"<p>{_inline(' '.join(line.strip() for line in lines))}</p>")
    return "\n".join(out)


CSS = """
body { font-family: %s; font-size: 10.5pt; line-height: 1.3; }
h1 { font-size: 17pt; margin: 0 0 8pt 0; }
h2 { font-size: 13pt; margin: 10pt 0 4pt 0; }
h3 { font-size: 11pt; margin: 8pt 0 4pt 0; }
p { margin: 0 0 7pt 0; }
li { margin: 0 0 3pt 0; }
table { border-collapse: collapse; margin: 0 0 8pt 0; }
th, td { border: 0.5pt solid #888888; padding: 2pt 4pt; vertical-align: top; text-align: left; }
"""
FURNITURE_CSS = "body { font-family: sans-serif; font-size: 8pt; color: #555555; }"


def _render_body(page, body: str, css: str) -> bool:
    """Lay out one page's text; a page with ``=== column ===`` lines has its text before the first
    one across the page and each part after one in its own column below it. False when it does not fit."""
    import pymupdf

    w, h = PAGE_SIZE
    top, *columns = COLUMN_MARK.split(body)
    y = 56.0
    if top.strip():
        spare, _ = page.insert_htmlbox(pymupdf.Rect(56, y, w - 56, h - 56), page_html(top), css=css, scale_low=1)
        if spare < 0:
            return False
        y = h - 56 - spare + 4
    gap = 18.0
    width = (w - 112 - gap * (len(columns) - 1)) / max(len(columns), 1)
    for i, column in enumerate(columns):
        x = 56 + i * (width + gap)
        spare, _ = page.insert_htmlbox(pymupdf.Rect(x, y, x + width, h - 56), page_html(column), css=css,
                                       scale_low=1)
        if spare < 0:
            return False
    return True


def render_pdf(src: Path, out: Path) -> int:
    """Render a ``.pdfsrc`` file as a PDF with one PDF page per source page; returns the page count.

    A page whose text does not fit is an error (page numbers in the truth must stay right)."""
    import pymupdf

    meta, pages = parse_pdfsrc(src.read_text(encoding="utf-8"))
    font = meta.get("font", "sans-serif")
    if font not in FONTS:
        raise ValueError(f"{src.name}: font must be one of {FONTS}")
    w, h = PAGE_SIZE
    doc = pymupdf.open()
    try:
        for n, body in enumerate(pages, 1):
            page = doc.new_page(width=w, height=h)
            if meta.get("header"):
                page.insert_htmlbox(pymupdf.Rect(56, 24, w - 56, 44), html.escape(meta["header"]),
                                    css=FURNITURE_CSS, scale_low=1)
            if not _render_body(page, body, CSS % font):
                raise ValueError(f"{src.name}: page {n} does not fit on one PDF page")
            if meta.get("footer"):
                text = meta["footer"].format(page=n, pages=len(pages))
                page.insert_htmlbox(pymupdf.Rect(56, h - 40, w - 56, h - 22), html.escape(text),
                                    css=FURNITURE_CSS + " body { text-align: center; }", scale_low=1)
        doc.set_metadata({"title": meta.get("title", ""), "author": meta.get("author", ""),
                          "creator": "presskit quote evaluation set", "producer": "PyMuPDF",
                          "creationDate": "", "modDate": ""})
        doc.subset_fonts()
        doc.save(out, garbage=4, deflate=True)
        return len(pages)
    finally:
        doc.close()


def make_kit_source(half_dir: Path, dest: Path) -> Path:
    """Copy a half's ``sources/`` to ``dest``, rendering every ``.pdfsrc`` as a PDF. Returns ``dest``."""
    src_root = half_dir / "sources"
    for src in sorted(src_root.rglob("*")):
        if not src.is_file():
            continue
        rel = src.relative_to(src_root).as_posix()
        target = dest / kit_path_of(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        if src.suffix == ".pdfsrc":
            render_pdf(src, target)
        else:
            shutil.copyfile(src, target)
    return dest


# -- page texts of the sources, for checking the truth -------------------------------------------

def _html_text(text: str) -> str:
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<title>.*?</title>", " ", text, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def source_pages(half_dir: Path, rel: str) -> list[str]:
    """The text of each page of a kit document, read from its source (no presskit involved)."""
    src = source_of(half_dir, rel)
    text = src.read_text(encoding="utf-8")
    if src.suffix == ".pdfsrc":
        return [COLUMN_MARK.sub("", page) for page in parse_pdfsrc(text)[1]]
    if src.suffix in (".html", ".htm"):
        return [_html_text(text)]
    return [text]


_REOPEN = re.compile(r"(^|\n)[ \t]*[«“„\"‘][ \t\u00a0\u202f]*")


def verbatim_page(pages: list[str], text: str) -> int:
    """1-based page where ``text`` stands character for character (any run of spaces, no-break spaces
    and line ends counting as one space; the quotation marks that open a paragraph dropped, as a
    multi-paragraph quotation reopens each paragraph with one), or 0. Stricter than :func:`find_words`,
    which ignores punctuation."""
    flat, starts = "", []
    for page in pages:
        starts.append(len(flat))
        flat += " ".join(_REOPEN.sub(r"\1", page).split()) + " "
    at = flat.find(" ".join(text.split()))
    return 0 if at < 0 else max(p for p, s in enumerate(starts, 1) if s <= at)


def find_words(words: list[str], pages: list[list[str]]) -> int:
    """1-based page where the word sequence ``words`` starts (it may run onto the next pages), or 0."""
    flat: list[str] = []
    starts: list[int] = []
    for page in pages:
        starts.append(len(flat))
        flat.extend(page)
    n = len(words)
    for i in range(len(flat) - n + 1):
        if flat[i:i + n] == words:
            return max(p for p, s in enumerate(starts, 1) if s <= i)
    return 0

#!/usr/bin/env python3
"""Write the bundled sample press kit SOURCE folder (documents, photos and ``kit.toml``).

Usage::

    python tools/make_sample_kit.py [OUT_DIR] [--quotes PATH]

OUT_DIR defaults to ``assets/sample-kit``. When OUT_DIR is the default, the hand-authored list of
quotations is also written to ``tests/data/sample_quotes.json`` (``--quotes`` chooses another path;
``--quotes ''`` skips it).

The content (all fictional) lives in ``tools/sample_kit_content.py`` as plain data; this module only
lays it out: PDFs with PyMuPDF (``fitz.Story`` for flowing text, drawn letterheads and footers), HTML,
Markdown and text files, and photos drawn with Pillow carrying EXIF, XMP, IPTC or sidecar metadata.
Output is deterministic: fixed dates, fixed random seeds, no document ids.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import re
import struct
import sys
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path

import pymupdf as fitz
from PIL import Image, ImageDraw, ImageFilter, ImageFont, PngImagePlugin

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample_kit_content as C  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "assets" / "sample-kit"
DEFAULT_QUOTES = REPO / "tests" / "data" / "sample_quotes.json"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# Colours of the coalition's house style.
TEAL = (0.055, 0.302, 0.392)  # #0e4d64
AMBER = (0.91, 0.63, 0.17)  # #e8a12b
CRIMSON = (0.55, 0.12, 0.16)  # #8c1f29
GREY = (0.42, 0.42, 0.42)
A4 = fitz.paper_rect("a4")
MARGIN = 56

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


# =============================================================================================
# Inline markup: quotations and typography
# =============================================================================================

MARKS = {
    "en": [("“", "”"), ("‘", "’")],
    "fr": [("«\u00a0", "\u00a0»"), ("“", "”")],
    "straight": [('"', '"'), ("'", "'")],
}
_Q_TOKEN = re.compile(r"(<q\b[^>]*>|</q>)")
_TAG = re.compile(r"(<[^>]+>)")
_ATTR = re.compile(r'(\w+)(?:=(?:"([^"]*)"|(\S+)))?')


@dataclass
class QuoteRecord:
    """One quotation as written in the content (before its page is known)."""

    text: str
    attrs: dict[str, str]
    lang: str
    page: int = 1
    page_end: int = 1


@dataclass
class Rendered:
    """Text of one block after markup processing, and the quotations it contains."""

    text: str
    quotes: list[QuoteRecord] = field(default_factory=list)


def _parse_attrs(tag: str) -> dict[str, str]:
    inner = tag[2:-1].strip()
    return {m.group(1): (m.group(2) if m.group(2) is not None else (m.group(3) or "")) for m in _ATTR.finditer(inner)}


def _typography(segment: str, lang: str, curly: bool) -> str:
    """Apostrophes and French spacing for a run of plain text (no tags)."""
    if curly:
        segment = segment.replace("'", "’")
    if lang == "fr":
        segment = re.sub(r" ([;!?])", "\u202f\\1", segment)
        segment = segment.replace(" :", "\u00a0:").replace("« ", "«\u00a0").replace(" »", "\u00a0»")
        segment = re.sub(r"(\d) %", "\\1\u00a0%", segment)
        segment = re.sub(r"(\d) (\d{3})\b", "\\1\u202f\\2", segment)
    return segment


def strip_tags(text: str) -> str:
    return html.unescape(_TAG.sub("", text))


def normalise_ws(text: str) -> str:
    return " ".join(text.split())


def render_inline(text: str, lang: str, curly: bool = True) -> Rendered:
    """Replace ``<q>`` markup by quotation marks and record each quotation."""
    out: list[str] = []
    stack: list[tuple[int, QuoteRecord, str]] = []
    quotes: list[QuoteRecord] = []
    for token in _Q_TOKEN.split(text):
        if not token:
            continue
        if token.startswith("<q"):
            attrs = _parse_attrs(token)
            style = "straight" if attrs.get("mark") == "straight" or not curly else lang
            marks = MARKS[style][min(len(stack), 1)]
            out.append(marks[0])
            rec = QuoteRecord(text="", attrs=attrs, lang=lang)
            quotes.append(rec)
            stack.append((len(out), rec, marks[1]))
        elif token == "</q>":
            start, rec, close = stack.pop()
            rec.text = normalise_ws(strip_tags("".join(out[start:])))
            out.append(close)
        else:
            parts = _TAG.split(token)
            out.append("".join(p if p.startswith("<") else _typography(p, lang, curly) for p in parts))
    if stack:
        raise ValueError(f"unclosed <q> in: {text[:80]}")
    return Rendered("".join(out), quotes)


# =============================================================================================
# Block markup -> HTML / Markdown / text
# =============================================================================================

def parse_blocks(body: list[str]) -> list[tuple]:
    """Group the body strings into blocks: (kind, payload)."""
    blocks: list[tuple] = []
    i = 0
    while i < len(body):
        line = body[i]
        if line.startswith("[box "):
            title = line[5:-1]
            j = body.index("[/box]", i)
            blocks.append(("box", title, parse_blocks(body[i + 1:j])))
            i = j + 1
            continue
        for prefix, kind in (("* ", "ul"), ("| ", "table")):
            if line.startswith(prefix):
                items = []
                while i < len(body) and body[i].startswith(prefix):
                    items.append(body[i])
                    i += 1
                if kind == "table":
                    rows = [[c.strip() for c in r.strip().strip("|").split("|")] for r in items]
                    blocks.append(("table", rows))
                else:
                    blocks.append(("ul", [it[2:] for it in items]))
                break
        else:
            if re.match(r"\d+\. ", line):
                items = []
                while i < len(body) and re.match(r"\d+\. ", body[i]):
                    items.append(body[i].split(". ", 1)[1])
                    i += 1
                blocks.append(("ol", items))
                continue
            if line.startswith("### "):
                blocks.append(("h3", line[4:]))
            elif line.startswith("## "):
                blocks.append(("h2", line[3:]))
            elif line.startswith("> "):
                blocks.append(("blockquote", line[2:]))
            elif line.startswith("~ "):
                blocks.append(("small", line[2:]))
            else:
                blocks.append(("p", line))
            i += 1
    return blocks


class Collector:
    """Collects quotations in document order while blocks are rendered."""

    def __init__(self, lang: str, curly: bool = True):
        self.lang = lang
        self.curly = curly
        self.quotes: list[QuoteRecord] = []

    def __call__(self, text: str) -> str:
        r = render_inline(text, self.lang, self.curly)
        self.quotes.extend(r.quotes)
        return r.text


def blocks_to_html(blocks: list[tuple], inline: Collector) -> str:
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h2", "h3"):
            out.append(f"<{kind}>{inline(b[1])}</{kind}>")
        elif kind == "small":
            out.append(f'<p class="small">{inline(b[1])}</p>')
        elif kind == "blockquote":
            out.append(f"<blockquote>{inline(b[1])}</blockquote>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{inline(x)}</li>" for x in b[1]) + f"</{kind}>")
        elif kind == "table":
            head, *rows = b[1]
            t = "<table><tr>" + "".join(f"<th>{inline(c)}</th>" for c in head) + "</tr>"
            t += "".join("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in r) + "</tr>" for r in rows)
            out.append(t + "</table>")
        elif kind == "box":
            out.append(f'<div class="box"><p class="boxtitle">{inline(b[1])}</p>'
                       + blocks_to_html(b[2], inline) + "</div>")
    return "\n".join(out)


def _md_inline(text: str) -> str:
    text = re.sub(r"</?b>", "**", text)
    text = re.sub(r"</?i>", "*", text)
    text = re.sub(r'<a href="([^"]+)">(.*?)</a>', r"[\2](\1)", text)
    return text


def blocks_to_markdown(blocks: list[tuple], inline: Collector) -> str:
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            out.append(_wrap(_md_inline(inline(b[1]))))
        elif kind == "small":
            out.append("_" + _md_inline(inline(b[1])) + "_")
        elif kind == "h2":
            out.append("## " + _md_inline(inline(b[1])))
        elif kind == "h3":
            out.append("### " + _md_inline(inline(b[1])))
        elif kind == "blockquote":
            out.append("> " + _md_inline(inline(b[1])))
        elif kind == "ul":
            out.append("\n".join("- " + _md_inline(inline(x)) for x in b[1]))
        elif kind == "ol":
            out.append("\n".join(f"{n}. " + _md_inline(inline(x)) for n, x in enumerate(b[1], 1)))
        elif kind == "table":
            rows = [[_md_inline(inline(c)) for c in r] for r in b[1]]
            lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("\n".join(lines))
        elif kind == "box":
            out.append(f"**{inline(b[1])}**\n\n" + blocks_to_markdown(b[2], inline))
    return "\n\n".join(out)


def _wrap(text: str, width: int = 100) -> str:
    """Hard-wrap a paragraph the way hand-written Markdown often is (quotes then span lines)."""
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n".join(lines)


# =============================================================================================
# PDF layout
# =============================================================================================

BASE_CSS = """
body { font-family: sans-serif; font-size: 10.2pt; line-height: 1.38; color: #1d1d1d; }
p { margin: 0 0 7pt 0; text-align: justify; }
h1 { font-family: serif; font-size: 19pt; line-height: 1.15; color: #0e4d64; margin: 0 0 6pt 0; }
h2 { font-size: 12.5pt; color: #0e4d64; margin: 11pt 0 4pt 0; }
h3 { font-size: 10.5pt; color: #0e4d64; margin: 8pt 0 3pt 0; }
ul, ol { margin: 0 0 7pt 0; padding-left: 16pt; }
li { margin: 0 0 3pt 0; }
p.small { font-size: 8.6pt; color: #555555; font-style: italic; text-align: left; }
p.label { font-size: 9pt; font-weight: bold; color: #e8a12b; margin: 0 0 2pt 0; }
p.meta { font-size: 8.8pt; color: #555555; margin: 0 0 10pt 0; text-align: left; }
p.subtitle { font-family: serif; font-size: 12pt; font-style: italic; color: #333333; text-align: left; }
p.ends { text-align: center; font-weight: bold; margin: 12pt 0 10pt 0; letter-spacing: 2pt; }
div.box { border: 0.8pt solid #c8a24a; background-color: #fbf5e6; padding: 5pt 9pt 2pt 9pt; margin: 6pt 0 10pt 0; }
div.box p, div.box li { text-align: left; }
p.boxtitle { font-weight: bold; color: #8c1f29; margin: 0 0 3pt 0; }
div.notes { border-top: 0.8pt solid #999999; padding-top: 4pt; font-size: 9pt; }
div.notes p, div.notes li { text-align: left; }
div.summarybox { background-color: #e9f1f4; padding: 7pt 10pt; margin: 4pt 0 12pt 0; }
div.summarybox p { font-size: 10.5pt; text-align: left; }
blockquote { border-left: 3pt solid #e8a12b; padding-left: 8pt; margin: 6pt 0 8pt 0; font-style: italic; }
table { border-collapse: collapse; margin: 4pt 0 8pt 0; font-size: 8.8pt; }
th { background-color: #0e4d64; color: #ffffff; text-align: left; padding: 3pt 4pt; }
td { border-bottom: 0.5pt solid #aaaaaa; padding: 3pt 4pt; text-align: left; }
p.speech { text-align: left; }
"""

NEWSLETTER_CSS = """
h2 { font-family: serif; font-size: 14pt; color: #8c1f29; border-bottom: 0.6pt solid #8c1f29; }
"""


def fmt_date(iso: str, lang: str, weekday: bool = False) -> str:
    d = Date.fromisoformat(iso)
    if lang == "fr":
        return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return f"{d.day} {d.strftime('%B')} {d.year}"


def pdf_date(iso: str, hhmm: str = "09:00") -> str:
    return f"D:{iso.replace('-', '')}{hhmm.replace(':', '')}00+01'00'"


def layout_story(html_text: str, css: str, first_top: float, next_top: float, bottom: float = 780) -> fitz.Document:
    """Flow ``html_text`` over as many A4 pages as it needs; return the (story-only) document."""
    story = fitz.Story(html=html_text, user_css=BASE_CSS + css)
    buf = io.BytesIO()
    writer = fitz.DocumentWriter(buf)
    more, n = 1, 0
    while more:
        dev = writer.begin_page(A4)
        top = first_top if n == 0 else next_top
        more, _ = story.place(fitz.Rect(MARGIN, top, A4.width - MARGIN, bottom))
        story.draw(dev)
        writer.end_page()
        n += 1
    writer.close()
    pdf = fitz.open("pdf", buf.getvalue())
    remove_ghost_backgrounds(pdf, next_top)
    return pdf


def remove_ghost_backgrounds(pdf: fitz.Document, top: float) -> None:
    """Work around a MuPDF Story quirk: the background of a box or table header placed on an
    earlier page is painted again as a thin strip at the top of every later page. Remove those strips
    (filled rectangles no taller than 15 pt lying at the very top of the text area); text is kept."""
    for page in list(pdf)[1:]:
        ghosts = [d["rect"] for d in page.get_drawings()
                  if d.get("fill") and d["rect"].y1 <= top + 14 and d["rect"].height <= 15]
        for r in ghosts:
            page.add_redact_annot(r + (-0.5, -0.5, 0.5, 0.5))
        if ghosts:
            page.apply_redactions(images=fitz.PDF_REDACT_IMAGE_NONE,
                                  graphics=fitz.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED,
                                  text=fitz.PDF_REDACT_TEXT_NONE)


def draw_lantern(page: fitz.Page, x: float, y: float, s: float, colour=AMBER, glow=(1, 0.93, 0.7)) -> None:
    """The coalition's logo: a simple lantern (handle, cap, glass with a flame, base)."""
    shape = page.new_shape()
    shape.draw_oval(fitz.Rect(x + 0.32 * s, y, x + 0.68 * s, y + 0.28 * s))  # handle ring
    shape.finish(color=colour, width=max(1, 0.05 * s))
    shape.draw_polyline([(x + 0.18 * s, y + 0.36 * s), (x + 0.5 * s, y + 0.2 * s), (x + 0.82 * s, y + 0.36 * s)])
    shape.finish(color=colour, fill=colour, closePath=True)
    shape.draw_rect(fitz.Rect(x + 0.22 * s, y + 0.36 * s, x + 0.78 * s, y + 0.88 * s))
    shape.finish(color=colour, fill=glow, width=max(1, 0.06 * s))
    shape.draw_oval(fitz.Rect(x + 0.41 * s, y + 0.5 * s, x + 0.59 * s, y + 0.8 * s))  # flame
    shape.finish(color=colour, fill=colour)
    shape.draw_rect(fitz.Rect(x + 0.14 * s, y + 0.88 * s, x + 0.86 * s, y + 0.98 * s))
    shape.finish(color=colour, fill=colour)
    shape.commit()


def draw_letterhead(page: fitz.Page, lang: str, band=TEAL, height: float = 64) -> None:
    page.draw_rect(fitz.Rect(0, 0, A4.width, height), color=None, fill=band)
    page.draw_rect(fitz.Rect(0, height, A4.width, height + 4), color=None, fill=AMBER)
    draw_lantern(page, MARGIN, 12, 40)
    page.insert_text((MARGIN + 52, 34), C.ORG[lang], fontname="hebo", fontsize=14.5, color=(1, 1, 1))
    tagline = {"en": "Count what you hold · Say what you ship · Let someone check",
               "fr": "Compter ce que l'on détient · Dire ce que l'on expédie · Laisser vérifier"}[lang]
    page.insert_text((MARGIN + 52, 50), tagline, fontname="helv", fontsize=8.5, color=(0.85, 0.92, 0.95))


def draw_running_header(page: fitz.Page, text: str, colour=TEAL) -> None:
    page.draw_rect(fitz.Rect(0, 0, A4.width, 8), color=None, fill=colour)
    draw_lantern(page, MARGIN, 18, 16, colour=colour, glow=(1, 1, 1))
    page.insert_text((MARGIN + 22, 31), text, fontname="helv", fontsize=8, color=GREY)
    page.draw_line((MARGIN, 40), (A4.width - MARGIN, 40), color=(0.8, 0.8, 0.8), width=0.5)


def draw_footer(page: fitz.Page, lang: str, n: int, total: int, extra: str = "") -> None:
    y = 806
    page.draw_line((MARGIN, y - 10), (A4.width - MARGIN, y - 10), color=(0.8, 0.8, 0.8), width=0.5)
    page.insert_text((MARGIN, y), extra or C.ADDRESS[lang], fontname="helv", fontsize=7, color=GREY)
    label = C.LABELS[lang]["page"].format(n=n, total=total)
    w = fitz.get_text_length(label, fontname="helv", fontsize=7.5)
    page.insert_text((A4.width - MARGIN - w, y), label, fontname="helv", fontsize=7.5, color=GREY)


def contacts_html(lang: str) -> str:
    L = C.LABELS[lang]
    rows = []
    for c in C.CONTACTS:
        langs = ", ".join(C.LANG_NAMES[lang][x] for x in c["languages"])
        rows.append(f"<li><b>{c['name']}</b>, {c['role'][lang]} ({langs})<br>"
                    f"{c['phone']} · {c['email']}</li>")
    return f"<p class='boxtitle'>{L['contacts']}</p><ul>{''.join(rows)}</ul>"


def press_release_html(doc: dict, inline: Collector) -> str:
    lang, L = doc["lang"], C.LABELS[doc["lang"]]
    release = (L["embargo"].format(when=doc["embargo"]) if doc.get("embargo") else L["immediate"])
    parts = [
        f"<p class='label'>{L['press-release']}</p>",
        f"<p class='meta'>{release} · {fmt_date(doc['date'], lang)}</p>",
        f"<h1>{inline(doc['title'])}</h1>",
        f"<p class='subtitle'>{inline(doc['subtitle'])}</p>",
    ]
    body = list(doc["body"])
    body[0] = f"<b>{doc['dateline']}</b> " + body[0]
    parts.append(blocks_to_html(parse_blocks(body), inline))
    parts.append(f"<p class='ends'>{L['ends']}</p>")
    notes = doc.get("notes", []) + C.STANDARD_NOTES[lang]
    parts.append(f"<div class='notes'><p class='boxtitle'>{L['notes']}</p><ol>"
                 + "".join(f"<li>{inline(n)}</li>" for n in notes) + "</ol>"
                 + contacts_html(lang) + "</div>")
    return "\n".join(parts)


def statement_html(doc: dict, inline: Collector) -> str:
    lang, L = doc["lang"], C.LABELS[doc["lang"]]
    sp = C.SPEAKERS[doc["speaker"]]
    name = f"{doc['honorific']} {sp['name']}".strip()
    by = {"en": "Delivered by", "fr": "Prononcée par"}[lang]
    parts = [
        f"<p class='label'>{L['statement']} · {L['check']}</p>",
        f"<p class='meta'>{C.EVENT[lang]}<br>{inline(doc['session'])}</p>",
        f"<h1>{inline(doc['title'])}</h1>",
        f"<p class='subtitle'>{by} {name}, {sp['role'][lang]}, {sp['org'][lang]}</p>",
        blocks_to_html(parse_blocks(doc["body"]), inline),
    ]
    return "\n".join(parts)


def newsletter_html(doc: dict, inline: Collector) -> str:
    return blocks_to_html(parse_blocks(doc["body"]), inline)


def analysis_html(doc: dict, inline: Collector) -> str:
    lang, L = doc["lang"], C.LABELS[doc["lang"]]
    parts = [
        f"<p class='label'>{L['analysis']}</p>",
        f"<h1>{inline(doc['title'])}</h1>",
        f"<p class='meta'>{inline(doc['authors'])}<br>{C.ORG[lang]} · Geneva, {fmt_date(doc['date'], lang)}</p>",
        f"<div class='summarybox'><p><b>Summary.</b> {inline(doc['summary'])}</p></div>",
        blocks_to_html(parse_blocks(doc["body"]), inline),
    ]
    return "\n".join(parts)


def summary_html(doc: dict, inline: Collector) -> str:
    lang, L = doc["lang"], C.LABELS[doc["lang"]]
    parts = [
        f"<p class='label'>{L['summary']}</p>",
        f"<p class='meta'>{C.EVENT[lang]} · {C.VENUE[lang]} · 16–20 November 2026</p>",
        f"<h1>{inline(doc['title'])}</h1>",
        blocks_to_html(parse_blocks(doc["body"]), inline),
    ]
    return "\n".join(parts)


def decorate_newsletter(pdf: fitz.Document, doc: dict) -> None:
    lang, L = doc["lang"], C.LABELS[doc["lang"]]
    total = len(pdf)
    issue = L["issue"].format(n=doc["issue"])
    for i, page in enumerate(pdf):
        if i == 0:
            page.draw_rect(fitz.Rect(0, 0, A4.width, 92), color=None, fill=CRIMSON)
            draw_lantern(page, MARGIN, 14, 60, colour=AMBER)
            page.insert_text((MARGIN + 72, 52), L["newsletter"], fontname="tibo", fontsize=34, color=(1, 1, 1))
            page.insert_text((MARGIN + 74, 72), L["newsletter_sub"], fontname="helv", fontsize=8.5,
                             color=(1, 0.9, 0.8))
            page.draw_rect(fitz.Rect(0, 92, A4.width, 110), color=None, fill=(0.97, 0.93, 0.86))
            page.insert_text((MARGIN, 104.5), f"{issue} · {doc['day_label']} · {C.VENUE[lang]}",
                             fontname="hebo", fontsize=8.5, color=CRIMSON)
            right = "example.org/revcon8"
            w = fitz.get_text_length(right, fontname="helv", fontsize=8.5)
            page.insert_text((A4.width - MARGIN - w, 104.5), right, fontname="helv", fontsize=8.5, color=CRIMSON)
        else:
            draw_running_header(page, f"{L['newsletter']} · {issue} · {doc['day_label']}", colour=CRIMSON)
        draw_footer(page, lang, i + 1, total)


def decorate_press_release(pdf: fitz.Document, doc: dict, label_key: str = "press-release") -> None:
    lang, L = doc["lang"], C.LABELS[doc["lang"]]
    total = len(pdf)
    for i, page in enumerate(pdf):
        if i == 0:
            draw_letterhead(page, lang)
        else:
            draw_running_header(page, f"{L[label_key].capitalize()} · {fmt_date(doc['date'], lang)} · "
                                      f"{L['continued']}")
        draw_footer(page, lang, i + 1, total)


def decorate_statement(pdf: fitz.Document, doc: dict) -> None:
    lang = doc["lang"]
    total = len(pdf)
    sp = C.SPEAKERS[doc["speaker"]]
    for i, page in enumerate(pdf):
        if i == 0:
            draw_letterhead(page, lang, band=(0.16, 0.24, 0.33))
        else:
            draw_running_header(page, f"{doc['honorific']} {sp['name']} · {fmt_date(doc['date'], lang)}".strip(),
                                colour=(0.16, 0.24, 0.33))
        draw_footer(page, lang, i + 1, total)


LAYOUTS = {
    # layout: (html builder, extra css, top of story on page 1, on later pages, decorator)
    "press-release": (press_release_html, "", 86, 56, decorate_press_release),
    "statement": (statement_html, "p { text-align: left; }", 86, 56, decorate_statement),
    "newsletter": (newsletter_html, NEWSLETTER_CSS, 124, 56, decorate_newsletter),
    "analysis": (analysis_html, "", 86, 56, lambda pdf, d: decorate_press_release(pdf, d, "analysis")),
    "summary": (summary_html, "", 86, 56, lambda pdf, d: decorate_press_release(pdf, d, "summary")),
}


def page_texts(pdf: fitz.Document) -> list[str]:
    """Whitespace-normalised page texts with ligatures expanded (used to locate quotations)."""
    return [normalise_ws(p.get_text("text", flags=fitz.TEXT_MEDIABOX_CLIP)) for p in pdf]


def locate_quotes(quotes: list[QuoteRecord], texts: list[str], path: str) -> None:
    """Set ``page``/``page_end`` of each quotation by finding it in the story-only page texts."""
    joined, starts = "", []
    for t in texts:
        starts.append(len(joined))
        joined += t + " "
    cursor = 0
    for q in quotes:
        pos = joined.find(q.text, cursor)
        if pos < 0:
            raise AssertionError(f"{path}: quotation not found in PDF text: {q.text[:60]!r}")
        end = pos + len(q.text) - 1
        q.page = max(i for i, s in enumerate(starts) if s <= pos) + 1
        q.page_end = max(i for i, s in enumerate(starts) if s <= end) + 1
        cursor = pos


def pdf_text_string(text: str) -> str:
    """``text`` as a PDF text string: plain ASCII as it is, anything else as UTF-16BE with its byte order
    mark (PDF 32000-1, 7.9.2.2). PyMuPDF writes Latin-1 bytes, which readers take as PDFDocEncoding,
    where byte 0xA0 is the euro sign: a no-break space in a French title came out as "2€:"."""
    if text.isascii():
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def as_text_strings(pdf, meta: dict[str, str]) -> None:
    """Write the document information strings (title, author, …) of ``meta`` as proper PDF text strings."""
    kind, ref = pdf.xref_get_key(-1, "Info")
    if kind != "xref":
        return
    info = int(ref.split()[0])
    for key, name in (("title", "Title"), ("author", "Author"), ("subject", "Subject"), ("keywords", "Keywords"),
                      ("creator", "Creator"), ("producer", "Producer")):
        value = meta.get(key) or ""
        if value:
            pdf.xref_set_key(info, name, pdf_text_string(value))


def make_pdf(doc: dict, out: Path) -> list[QuoteRecord]:
    build, css, top1, top2, decorate = LAYOUTS[doc["layout"]]
    inline = Collector(doc["lang"])
    pdf = layout_story(build(doc, inline), css, top1, top2)
    locate_quotes(inline.quotes, page_texts(pdf), doc["path"])
    decorate(pdf, doc)
    author = C.ORG[doc["lang"]]
    if doc["layout"] == "statement":
        author = C.SPEAKERS[doc["speaker"]]["name"]
    elif doc["layout"] == "analysis":
        author = "Hélène Marchetti; Farid Rahimi"
    stamp = pdf_date(doc["date"], doc.get("time", "09:00"))
    meta = {
        "title": strip_tags(render_inline(doc["title"], doc["lang"]).text),
        "author": author,
        "subject": f"{C.LABELS['en'].get(doc['kind'], doc['kind'])} · {C.EVENT_SHORT[doc['lang']]}",
        "keywords": ", ".join(doc["keywords"]),
        "creator": "Lantern Coalition press office",
        "producer": "presskit sample kit generator (PyMuPDF)",
        "creationDate": stamp,
        "modDate": stamp,
    }
    pdf.set_metadata(meta)
    as_text_strings(pdf, meta)
    pdf.set_language("fr-CH" if doc["lang"] == "fr" else "en-GB")
    pdf.subset_fonts()
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.save(out, garbage=4, deflate=True, no_new_id=True)
    return inline.quotes


# =============================================================================================
# HTML, Markdown and text documents
# =============================================================================================

HTML_STYLE = """
  body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 46rem; margin: 0 auto; padding: 0 1rem 2rem;
         color: #1d1d1d; line-height: 1.5; }
  header.site { background: #0e4d64; color: #fff; padding: 0.8rem 1rem; margin: 0 -1rem 1.5rem;
                border-bottom: 4px solid #e8a12b; display: flex; align-items: center; gap: 0.8rem; }
  header.site p { margin: 0; font-weight: bold; }
  h1 { color: #0e4d64; font-family: Georgia, serif; }
  h2 { color: #0e4d64; border-bottom: 1px solid #ccc; }
  .small { color: #555; font-size: 0.9rem; font-style: italic; }
  .box { border: 1px solid #c8a24a; background: #fbf5e6; padding: 0.5rem 1rem; }
  table { border-collapse: collapse; } td, th { border-bottom: 1px solid #aaa; padding: 0.2rem 0.5rem; }
  footer { margin-top: 2rem; font-size: 0.85rem; color: #555; border-top: 1px solid #ccc; }
"""

LOGO_SVG = ('<svg width="34" height="34" viewBox="0 0 100 100" role="img" aria-label="Lantern Coalition logo">'
            '<circle cx="50" cy="14" r="12" fill="none" stroke="#e8a12b" stroke-width="5"/>'
            '<polygon points="18,36 50,20 82,36" fill="#e8a12b"/>'
            '<rect x="22" y="36" width="56" height="52" fill="#fff3cf" stroke="#e8a12b" stroke-width="6"/>'
            '<ellipse cx="50" cy="65" rx="9" ry="15" fill="#e8a12b"/>'
            '<rect x="14" y="88" width="72" height="10" fill="#e8a12b"/></svg>')


def make_html(doc: dict, out: Path) -> list[QuoteRecord]:
    lang = doc["lang"]
    inline = Collector(lang)
    title = inline(doc["title"])
    body = blocks_to_html(parse_blocks(doc["body"]), inline)
    footer = {"en": "Lantern Coalition for Arms Control · 12 rue des Lampions · 1202 Geneva · "
                    "part of a fictional sample press kit",
              "fr": "Coalition Lanterne pour la maîtrise des armements · 12 rue des Lampions · 1202 Genève · "
                    "dossier de presse fictif d'exemple"}[lang]
    text = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{strip_tags(title)}</title>
<meta name="author" content="{C.ORG[lang]}">
<meta name="date" content="{doc['date']}">
<meta name="description" content="{strip_tags(title)}">
<meta name="keywords" content="{', '.join(doc['keywords'])}">
<style>{HTML_STYLE}</style>
</head>
<body>
<header class="site">{LOGO_SVG}<p>{C.ORG[lang]}</p></header>
<main>
<article>
<h1>{title}</h1>
{body}
</article>
</main>
<footer><p>{footer} · <a href="{C.WEBSITE_URL}">{C.WEBSITE_URL}</a></p></footer>
</body>
</html>
"""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return inline.quotes


def make_markdown(doc: dict, out: Path) -> list[QuoteRecord]:
    inline = Collector(doc["lang"], curly=True)
    # Markdown written by hand keeps straight apostrophes: undo the curly apostrophe, keep quote marks.
    title = inline(doc["title"])
    body = blocks_to_markdown(parse_blocks(doc["body"]), inline)
    text = f"# {title}\n\n{body}\n"
    text = text.replace("’", "'")
    for q in inline.quotes:
        q.text = q.text.replace("’", "'")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return inline.quotes


def make_contacts_text(doc: dict, out: Path) -> list[QuoteRecord]:
    lines = [
        "LANTERN COALITION FOR ARMS CONTROL / COALITION LANTERNE POUR LA MAÎTRISE DES ARMEMENTS",
        "Media contacts / Contacts presse",
        "Eighth Review Conference of the CCCA, Palais Rivière, Geneva, 16-20 November 2026",
        "=" * 78,
        "",
        "Press office (all week, 07:30-23:00 CET): press@example.org, +41 22 000 00 10",
        "Bureau de presse (toute la semaine, 7 h 30 - 23 h 00) : press@example.org, +41 22 000 00 10",
        "",
    ]
    for c in C.CONTACTS:
        langs = ", ".join(C.LANG_NAMES["en"][x] for x in c["languages"])
        lines += [
            c["name"],
            f"  {c['role']['en']} / {c['role']['fr']}",
            f"  {c['organisation']['en']}",
            f"  Phone: {c['phone']}",
            f"  Email: {c['email']}",
            f"  Languages: {langs}",
            "",
        ]
    lines += [
        "Spokespeople available for interview / Porte-parole disponibles",
        "-" * 62,
        "Dr Amara Diallo, Director / directrice (EN, FR)",
        "Hélène Marchetti, Policy Director / directrice des politiques (EN, FR, IT)",
        "Kwame Asante-Boateng, Survivors' Voices Network (EN)",
        "Professor Lena Vogt, Halden Institute for Security Research (EN, DE)",
        "",
        "Interview requests: please give your name, outlet, deadline and preferred language.",
        "Demandes d'entretien : merci d'indiquer votre nom, votre média, votre délai et la langue souhaitée.",
        "",
        f"Petition / Pétition: {C.PETITION_URL}",
        f"Social: {C.SOCIAL_URL}",
        "",
        "All names, numbers and addresses in this file are fictional (sample press kit).",
        "",
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    return []


WRITERS = {
    "press-release": make_pdf, "statement": make_pdf, "newsletter": make_pdf, "analysis": make_pdf,
    "summary": make_pdf, "html": make_html, "markdown": make_markdown, "text": make_contacts_text,
}


# =============================================================================================
# Photos
# =============================================================================================

def font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    name = ("DejaVuSerif" if serif else "DejaVuSans") + ("-Bold" if bold else "") + ".ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size)


def vgradient(size: tuple[int, int], top: tuple, bottom: tuple) -> Image.Image:
    w, h = size
    col = Image.new("RGB", (1, h))
    for y in range(h):
        t = y / max(1, h - 1)
        col.putpixel((0, y), tuple(int(a + (b - a) * t) for a, b in zip(top, bottom)))
    return col.resize((w, h))


def add_grain(img: Image.Image, rng: random.Random, amount: float = 0.05) -> Image.Image:
    noise = Image.frombytes("L", img.size, rng.randbytes(img.size[0] * img.size[1]))
    noise = noise.filter(ImageFilter.GaussianBlur(0.7)).convert("RGB")
    return Image.blend(img, noise, amount)


SKIN = [(241, 204, 170), (198, 146, 104), (141, 94, 62), (94, 60, 40), (224, 178, 140)]
HAIR = [(40, 30, 25), (90, 60, 35), (160, 130, 90), (20, 20, 20), (200, 200, 200)]
JACKET = [(30, 40, 70), (60, 60, 65), (120, 30, 40), (20, 60, 60), (150, 120, 90), (35, 35, 40), (200, 200, 205)]


def person(d: ImageDraw.ImageDraw, x: float, base: float, s: float, rng: random.Random, jacket=None) -> None:
    """A simple figure seen from the front: shoulders, neck, head with hair."""
    jacket = jacket or rng.choice(JACKET)
    skin, hair = rng.choice(SKIN), rng.choice(HAIR)
    d.rounded_rectangle([x - 0.5 * s, base - 0.62 * s, x + 0.5 * s, base + 0.4 * s], radius=int(0.22 * s), fill=jacket)
    d.polygon([(x - 0.1 * s, base - 0.62 * s), (x + 0.1 * s, base - 0.62 * s), (x, base - 0.4 * s)], fill=(235, 235, 235))
    d.rectangle([x - 0.08 * s, base - 0.76 * s, x + 0.08 * s, base - 0.6 * s], fill=skin)
    d.ellipse([x - 0.2 * s, base - 1.15 * s, x + 0.2 * s, base - 0.68 * s], fill=skin)
    d.chord([x - 0.22 * s, base - 1.2 * s, x + 0.22 * s, base - 0.8 * s], 180, 360, fill=hair)


def person_back(d: ImageDraw.ImageDraw, x: float, base: float, s: float, rng: random.Random) -> None:
    """A seated delegate seen from behind: shoulders and the back of the head."""
    d.rounded_rectangle([x - 0.48 * s, base - 0.5 * s, x + 0.48 * s, base + 0.4 * s], radius=int(0.2 * s),
                        fill=rng.choice(JACKET))
    d.ellipse([x - 0.19 * s, base - 0.98 * s, x + 0.19 * s, base - 0.5 * s], fill=rng.choice(HAIR))


def centred(d: ImageDraw.ImageDraw, cx: float, y: float, text: str, fnt, fill) -> None:
    w = d.textlength(text, font=fnt)
    d.text((cx - w / 2, y), text, font=fnt, fill=fill)


def scene_plenary(size, rng):
    w, h = size
    img = vgradient(size, (92, 78, 66), (40, 34, 30))
    d = ImageDraw.Draw(img)
    for i in range(14):  # ceiling lights
        x = 60 + i * (w - 120) / 13
        d.ellipse([x - 10, 40, x + 10, 52], fill=(255, 240, 205))
    d.rectangle([0, int(h * 0.12), w, int(h * 0.46)], fill=(118, 102, 86))
    sx0, sx1, sy0, sy1 = w * 0.3, w * 0.7, h * 0.14, h * 0.38  # screen
    d.rectangle([sx0 - 6, sy0 - 6, sx1 + 6, sy1 + 6], fill=(25, 25, 28))
    img.paste(vgradient((int(sx1 - sx0), int(sy1 - sy0)), (22, 84, 112), (10, 48, 70)), (int(sx0), int(sy0)))
    centred(d, w / 2, sy0 + 40, "EIGHTH REVIEW CONFERENCE", font(int(w / 32), True), (255, 255, 255))
    centred(d, w / 2, sy0 + 100, "Convention on the Control of Conventional Ammunition", font(int(w / 62)), (210, 230, 240))
    centred(d, w / 2, sy0 + 140, "Geneva · 16–20 November 2026", font(int(w / 70)), (232, 161, 43))
    for side in (-1, 1):  # vertical banners
        bx = w / 2 + side * w * 0.3
        d.rectangle([bx - 40, h * 0.14, bx + 40, h * 0.44], fill=(14, 77, 100))
        d.rectangle([bx - 40, h * 0.42, bx + 40, h * 0.44], fill=(232, 161, 43))
    d.rectangle([w * 0.18, h * 0.46, w * 0.82, h * 0.53], fill=(96, 62, 38))  # dais
    for i in range(7):
        person(d, w * 0.25 + i * w * 0.083, h * 0.47, 70, rng)
    d.rectangle([w * 0.18, h * 0.5, w * 0.82, h * 0.56], fill=(120, 78, 48))
    for r in range(6):  # rows of delegates, nearer rows bigger
        y = h * (0.62 + r * 0.075)
        s = 60 + r * 22
        n = int(w / (s * 1.25)) + 1
        off = rng.uniform(0, s)
        for k in range(n):
            if rng.random() < 0.86:
                person_back(d, off + k * s * 1.25, y, s, rng)
        d.rectangle([0, y + 0.25 * s, w, y + 0.45 * s], fill=(86 - r * 6, 56 - r * 4, 36 - r * 3))
    return img


def scene_podium(size, rng):
    w, h = size
    img = vgradient(size, (26, 70, 98), (12, 36, 54))
    d = ImageDraw.Draw(img)
    for i in range(9):  # soft light beams on the backdrop
        x = i * w / 8
        d.polygon([(x, 0), (x + 60, 0), (x + 160, h), (x + 40, h)], fill=(34, 84, 114))
    d.ellipse([w * 0.62, h * 0.1, w * 0.9, h * 0.52], outline=(200, 220, 235), width=6)
    centred(d, w * 0.76, h * 0.27, "CCCA", font(int(w / 22), True), (200, 220, 235))
    centred(d, w * 0.76, h * 0.36, "REVCON 8", font(int(w / 50)), (200, 220, 235))
    img = img.filter(ImageFilter.GaussianBlur(3))
    d = ImageDraw.Draw(img)
    person(d, w * 0.42, h * 0.62, 520, rng, jacket=(180, 60, 40))
    d.line([(w * 0.38, h * 0.66), (w * 0.405, h * 0.38)], fill=(25, 25, 25), width=6)  # microphones
    d.line([(w * 0.46, h * 0.66), (w * 0.435, h * 0.38)], fill=(25, 25, 25), width=6)
    d.ellipse([w * 0.398, h * 0.36, w * 0.414, h * 0.395], fill=(40, 40, 40))
    d.ellipse([w * 0.428, h * 0.36, w * 0.444, h * 0.395], fill=(40, 40, 40))
    d.polygon([(w * 0.25, h * 0.62), (w * 0.59, h * 0.62), (w * 0.56, h), (w * 0.28, h)], fill=(120, 84, 54))
    d.rectangle([w * 0.24, h * 0.6, w * 0.6, h * 0.64], fill=(140, 100, 66))
    d.rectangle([w * 0.31, h * 0.7, w * 0.53, h * 0.8], fill=(240, 236, 225))
    centred(d, w * 0.42, h * 0.715, "Lantern Coalition", font(int(w / 48), True), (14, 77, 100))
    centred(d, w * 0.42, h * 0.755, "Dr Amara Diallo", font(int(w / 64)), (60, 60, 60))
    return img


def scene_banner(size, rng):
    w, h = size
    img = vgradient(size, (150, 182, 214), (222, 230, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([0, h * 0.12, w, h * 0.7], fill=(214, 204, 186))  # facade
    for i in range(12):
        x = 40 + i * w / 12
        d.rectangle([x, h * 0.18, x + 34, h * 0.7], fill=(232, 224, 208))  # columns
        d.rectangle([x + 50, h * 0.24, x + 100, h * 0.4], fill=(92, 104, 118))  # windows
    d.rectangle([0, h * 0.1, w, h * 0.14], fill=(180, 170, 150))
    centred(d, w / 2, h * 0.03, "PALAIS RIVIÈRE", font(int(w / 40), True, serif=True), (90, 84, 70))
    d.rectangle([0, h * 0.7, w, h], fill=(150, 146, 140))
    for i in range(9):
        person(d, w * 0.1 + i * w * 0.1, h * 0.78, 250, rng)
    d.rectangle([w * 0.06, h * 0.66, w * 0.94, h * 0.9], fill=(250, 248, 240), outline=(200, 200, 200), width=3)
    centred(d, w / 2, h * 0.69, "PAS DE VÉRIFICATION,", font(int(w / 20), True), (180, 30, 40))
    centred(d, w / 2, h * 0.77, "PAS DE CONFIANCE", font(int(w / 20), True), (180, 30, 40))
    centred(d, w / 2, h * 0.855, "NO VERIFICATION, NO CONFIDENCE · LANTERN COALITION", font(int(w / 60)), (14, 77, 100))
    d.rectangle([0, h * 0.9, w, h], fill=(130, 126, 120))
    return img


def scene_pressconf(size, rng):
    w, h = size
    img = Image.new("RGB", size, (236, 236, 232))
    d = ImageDraw.Draw(img)
    f = font(int(w / 45), True)
    step = d.textlength("LANTERN COALITION", font=f) + 80
    for row in range(8):  # step-and-repeat backdrop
        for col in range(-1, int(w / step) + 2):
            x = col * step + (row % 2) * step / 2
            d.text((x, 20 + row * h * 0.085), "LANTERN COALITION", font=f, fill=(14, 77, 100))
    img = img.filter(ImageFilter.GaussianBlur(2))
    d = ImageDraw.Draw(img)
    names = ["Dr Amara Diallo", "Kwame Asante-Boateng", "Prof. Lena Vogt"]
    for i, nm in enumerate(names):
        x = w * (0.25 + i * 0.25)
        person(d, x, h * 0.66, 420 if i == 1 else 380, rng)
        d.line([(x - 20, h * 0.68), (x - 5, h * 0.52)], fill=(30, 30, 30), width=5)
        d.ellipse([x - 14, h * 0.5, x + 4, h * 0.535], fill=(40, 40, 40))
    d.rectangle([0, h * 0.66, w, h], fill=(250, 250, 250))  # tablecloth
    d.rectangle([0, h * 0.66, w, h * 0.68], fill=(210, 210, 210))
    for i, nm in enumerate(names):
        x = w * (0.25 + i * 0.25)
        d.rectangle([x - 170, h * 0.72, x + 170, h * 0.8], fill=(14, 77, 100))
        centred(d, x, h * 0.745, nm, font(int(w / 70), True), (255, 255, 255))
        d.rectangle([x + 170, h * 0.6, x + 200, h * 0.7], fill=(170, 205, 225))  # water bottle
    return img


def scene_portrait(size, rng):
    w, h = size  # upright (portrait) picture
    img = vgradient(size, (40, 44, 52), (22, 24, 28))
    d = ImageDraw.Draw(img)
    d.rectangle([w * 0.05, h * 0.06, w * 0.95, h * 0.42], fill=(245, 245, 240))  # projected slide
    d.text((w * 0.1, h * 0.08), "Sampling lot numbers", font=font(int(w / 18), True), fill=(14, 77, 100))
    for i, v in enumerate([0.8, 0.55, 0.65, 0.3, 0.45]):
        x = w * (0.14 + i * 0.15)
        d.rectangle([x, h * (0.38 - 0.22 * v), x + w * 0.09, h * 0.38], fill=(232, 161, 43) if i != 3 else (140, 31, 41))
    img = img.filter(ImageFilter.GaussianBlur(2.5))
    d = ImageDraw.Draw(img)
    person(d, w * 0.5, h * 0.82, 820, rng, jacket=(40, 70, 90))
    d.rectangle([w * 0.3, h * 0.92, w * 0.7, h * 0.935], fill=(200, 200, 205))  # lanyard card
    return img


def _glow_layer(size, points, radius, colour):
    layer = Image.new("RGB", size, (0, 0, 0))
    d = ImageDraw.Draw(layer)
    for x, y in points:
        d.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)
    return layer.filter(ImageFilter.GaussianBlur(radius * 0.9))


def scene_vigil(size, rng):
    w, h = size
    img = vgradient(size, (10, 14, 36), (4, 4, 8))
    d = ImageDraw.Draw(img)
    d.rectangle([0, h * 0.12, w, h * 0.5], fill=(24, 26, 40))  # building
    for i in range(16):
        for j in range(3):
            if rng.random() < 0.5:
                x, y = 30 + i * w / 16, h * (0.17 + j * 0.1)
                d.rectangle([x, y, x + 40, y + 40], fill=(200, 170, 90))
    d.rectangle([0, h * 0.5, w, h], fill=(22, 20, 22))
    # candles spelling COUNT on the ground: letters on a 5x7 grid, in perspective
    glyphs = {
        "C": ["01110", "10001", "10000", "10000", "10000", "10001", "01110"],
        "O": ["01110", "10001", "10001", "10001", "10001", "10001", "01110"],
        "U": ["10001", "10001", "10001", "10001", "10001", "10001", "01110"],
        "N": ["10001", "11001", "10101", "10011", "10001", "10001", "10001"],
        "T": ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
    }
    for i in range(11):  # people standing behind the candles
        x = w * (0.06 + i * 0.09)
        s = 150 + (i % 3) * 15
        d.rounded_rectangle([x - 0.4 * s, h * 0.5 - 0.6 * s, x + 0.4 * s, h * 0.5 + 0.5 * s], radius=40,
                            fill=(16, 16, 22))
        d.ellipse([x - 0.17 * s, h * 0.5 - 1.05 * s, x + 0.17 * s, h * 0.5 - 0.6 * s], fill=(16, 16, 22))
    pts = []
    cell, gap = 30, 2
    left = w / 2 - (5 * 5 + 4 * gap) * cell / 2
    for li, ch in enumerate("COUNT"):
        for r, row in enumerate(glyphs[ch]):
            for c, bit in enumerate(row):
                if bit == "1":
                    pts.append((left + (li * (5 + gap) + c) * cell, h * 0.62 + r * cell * 0.8))
    from PIL import ImageChops
    img = ImageChops.add(img, _glow_layer(size, pts, 16, (190, 110, 30)))
    d = ImageDraw.Draw(img)
    for x, y in pts:
        d.rectangle([x - 4, y - 3, x + 4, y + 9], fill=(240, 228, 205))
        d.ellipse([x - 2.5, y - 11, x + 2.5, y - 3], fill=(255, 226, 140))
    return img


def scene_corridor(size, rng):
    w, h = size
    img = Image.new("RGB", size, (226, 222, 214))
    d = ImageDraw.Draw(img)
    d.polygon([(0, h * 0.72), (w, h * 0.72), (w, h), (0, h)], fill=(150, 132, 112))  # floor
    for i in range(5):  # tall windows
        x = 60 + i * 230
        d.rectangle([x, 60, x + 170, h * 0.68], fill=(178, 208, 228))
        d.rectangle([x + 82, 60, x + 88, h * 0.68], fill=(226, 222, 214))
        d.polygon([(x, h * 0.72), (x + 170, h * 0.72), (x + 230, h), (x + 40, h)], fill=(170, 152, 130))
    groups = [(0.18, 3), (0.52, 2), (0.8, 3)]
    for cx, n in groups:
        for k in range(n):
            person(d, w * cx + (k - (n - 1) / 2) * 110, h * 0.72, 260 + (k % 2) * 20, rng)
    d.rectangle([w * 0.33, h * 0.2, w * 0.4, h * 0.3], fill=(14, 77, 100))
    d.text((w * 0.335, h * 0.23), "XVII", font=font(28, True), fill=(255, 255, 255))
    return img


def scene_infographic(size, rng):
    w, h = size
    img = Image.new("RGB", size, (250, 247, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 16], fill=(14, 77, 100))
    d.text((60, 50), "The transparency gap", font=font(46, True, serif=True), fill=(14, 77, 100))
    d.text((60, 112), "Share of reported ammunition exports with no matching import record, 2018–2025",
           font=font(21), fill=(60, 60, 60))
    rows = [("Small-calibre", 772, 1874), ("Light weapons", 255, 611), ("Artillery", 271, 702),
            ("Mortar and rocket", 101, 225), ("All categories", 1399, 3412)]
    x0, x1 = 360, w - 140
    for i, (label, un, tot) in enumerate(rows):
        y = 200 + i * 100
        share = un / tot
        bold = i == len(rows) - 1
        d.text((60, y + 14), label, font=font(26, bold), fill=(30, 30, 30))
        d.rectangle([x0, y, x1, y + 56], fill=(226, 221, 210))
        d.rectangle([x0, y, x0 + (x1 - x0) * share, y + 56], fill=(140, 31, 41) if bold else (232, 161, 43))
        d.text((x0 + (x1 - x0) * share + 14, y + 12), f"{share * 100:.0f} %", font=font(28, True), fill=(30, 30, 30))
    d.text((60, h - 60), "Source: Lantern Coalition analysis of CCCA Article 7 reports · fictional data",
           font=font(17), fill=(110, 110, 110))
    return img


def scene_closing(size, rng):
    w, h = size
    img = vgradient(size, (38, 52, 86), (180, 120, 90))
    d = ImageDraw.Draw(img)
    d.rectangle([0, h * 0.3, w, h * 0.62], fill=(70, 64, 70))
    for i in range(20):
        x = i * w / 20
        d.rectangle([x + 10, h * 0.35, x + 50, h * 0.45], fill=(230, 190, 110) if rng.random() < 0.6 else (50, 50, 60))
    for x in (w * 0.1, w * 0.9):  # street lamps
        d.rectangle([x - 5, h * 0.2, x + 5, h * 0.7], fill=(30, 30, 30))
        d.ellipse([x - 30, h * 0.16, x + 30, h * 0.24], fill=(255, 230, 170))
    d.rectangle([0, h * 0.62, w, h], fill=(60, 58, 60))
    for i in range(8):
        person(d, w * 0.16 + i * w * 0.1, h * 0.72, 270, rng)
    d.rectangle([w * 0.1, h * 0.68, w * 0.9, h * 0.9], fill=(14, 77, 100))
    centred(d, w / 2, h * 0.705, "HALF A STEP", font(int(w / 16), True), (232, 161, 43))
    centred(d, w / 2, h * 0.795, "IS NOT ENOUGH", font(int(w / 16), True), (255, 255, 255))
    return img


SCENES = {
    "plenary": scene_plenary, "podium": scene_podium, "banner": scene_banner, "pressconf": scene_pressconf,
    "portrait": scene_portrait, "vigil": scene_vigil, "corridor": scene_corridor,
    "infographic": scene_infographic, "closing": scene_closing,
}


def xmp_packet(photo: dict) -> bytes:
    """An XMP packet with Dublin Core and Photoshop fields (caption, rights, creator, credit)."""
    esc = lambda s: html.escape(s, quote=False)  # noqa: E731
    lang = "fr-FR" if photo["lang"] == "fr" else "x-default"
    creator = (f"<dc:creator><rdf:Seq><rdf:li>{esc(photo['creator'])}</rdf:li></rdf:Seq></dc:creator>"
               if photo["creator"] else "")
    rights = (f"<dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">{esc(photo['copyright'])}</rdf:li>"
              f"</rdf:Alt></dc:rights>" if photo["copyright"] else "")
    credit = f"<photoshop:Credit>{esc(photo['credit'])}</photoshop:Credit>" if photo["credit"] else ""
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
        f'<dc:description><rdf:Alt><rdf:li xml:lang="{lang}">{esc(photo["caption"])}</rdf:li></rdf:Alt>'
        f'</dc:description>\n{creator}\n{rights}\n{credit}\n'
        f'<photoshop:DateCreated>{photo["date"]}</photoshop:DateCreated>\n'
        f'<xmp:CreatorTool>presskit sample kit generator</xmp:CreatorTool>\n'
        '</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="w"?>'
    )
    return text.encode("utf-8")


def exif_block(photo: dict) -> Image.Exif:
    """EXIF IFD0: caption, artist, copyright (UTF-8 bytes, as exiftool writes them), date, orientation."""
    ex = Image.Exif()
    ex[0x010E] = photo["caption"].encode("utf-8")  # ImageDescription
    if photo["creator"]:
        ex[0x013B] = photo["creator"].encode("utf-8")  # Artist
    if photo["copyright"]:
        ex[0x8298] = photo["copyright"].encode("utf-8")  # Copyright
    ex[0x0132] = photo["date"].replace("-", ":") + " 12:00:00"  # DateTime
    ex[0x0131] = "presskit sample kit generator"  # Software
    if photo.get("orientation"):
        ex[0x0112] = photo["orientation"]
    return ex


def iptc_app13(photo: dict) -> bytes:
    """An APP13 'Photoshop 3.0' segment holding one 8BIM 0x0404 IPTC-IIM resource (UTF-8)."""
    def ds(record: int, number: int, value: bytes) -> bytes:
        return struct.pack(">BBBH", 0x1C, record, number, len(value)) + value
    iim = ds(1, 90, b"\x1b%G")  # coded character set: UTF-8
    iim += ds(2, 0, b"\x00\x04")  # record version
    iim += ds(2, 120, photo["caption"].encode("utf-8"))
    iim += ds(2, 80, photo["creator"].encode("utf-8"))
    iim += ds(2, 110, photo["credit"].encode("utf-8"))
    iim += ds(2, 116, photo["copyright"].encode("utf-8"))
    iim += ds(2, 55, photo["date"].replace("-", "").encode())
    if len(iim) % 2:
        iim += b"\x00"
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim)) + iim
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def splice_app13(jpeg: bytes, segment: bytes) -> bytes:
    """Insert an APPn segment after the existing APP segments of a JPEG (before the tables)."""
    assert jpeg[:2] == b"\xff\xd8"
    pos = 2
    while jpeg[pos] == 0xFF and 0xE0 <= jpeg[pos + 1] <= 0xEF:
        pos += 2 + struct.unpack(">H", jpeg[pos + 2:pos + 4])[0]
    return jpeg[:pos] + segment + jpeg[pos:]


def make_photo(photo: dict, out: Path, seed: int) -> None:
    rng = random.Random(seed)
    w, h = photo["size"]
    img = SCENES[photo["scene"]]((w, h), rng)
    if photo["scene"] not in ("corridor", "infographic"):
        img = add_grain(img.filter(ImageFilter.GaussianBlur(0.8)), rng, 0.045)
    if photo.get("orientation") == 6:
        # Stored rotated: a viewer must rotate 90° clockwise (EXIF orientation 6) to show it upright.
        img = img.transpose(Image.Transpose.ROTATE_90)
    out.parent.mkdir(parents=True, exist_ok=True)
    store = photo["store"]
    kwargs: dict = {}
    if "exif" in store:
        kwargs["exif"] = exif_block(photo)
    if "xmp" in store:
        kwargs["xmp"] = xmp_packet(photo)
    suffix = out.suffix.lower()
    buf = io.BytesIO()
    if suffix in (".jpg", ".jpeg"):
        img.save(buf, "JPEG", quality=80, optimize=True, progressive=False, **kwargs)
        data = buf.getvalue()
        if "iptc" in store:
            data = splice_app13(data, iptc_app13(photo))
    elif suffix == ".png":
        info = PngImagePlugin.PngInfo()
        if "xmp" in store:
            info.add_itxt("XML:com.adobe.xmp", kwargs.pop("xmp").decode("utf-8"))
        if "png-text" in store:
            info.add_itxt("Description", photo["caption"])
            info.add_itxt("Author", photo["creator"])
            info.add_itxt("Copyright", photo["copyright"])
            info.add_itxt("Source", photo["credit"])
        img = img.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).convert("RGB")
        img.save(buf, "PNG", pnginfo=info, optimize=True, **kwargs)
        data = buf.getvalue()
    elif suffix == ".webp":
        img.save(buf, "WEBP", quality=82, method=6, **kwargs)
        data = buf.getvalue()
    else:
        raise ValueError(f"unsupported photo format: {out}")
    out.write_bytes(data)
    if "sidecar" in store:
        side = {"caption": photo["caption"], "credit": photo["credit"], "copyright": photo["copyright"]}
        Path(str(out) + ".json").write_text(json.dumps(side, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# =============================================================================================
# kit.toml and the quotation list
# =============================================================================================

def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def toml_list(items: list[str]) -> str:
    return "[" + ", ".join(toml_str(x) for x in items) + "]"


def write_kit_toml(out: Path) -> None:
    lines = [
        "# Sample press kit: everything in it (people, organisations, the convention, figures) is fictional.",
        "# Generated by tools/make_sample_kit.py; edit the generator, not this file.",
        "format = 1",
        f"title = {toml_str('Lantern Coalition at the Eighth Review Conference of the CCCA — press kit')}",
        f"organisation = {toml_str(C.ORG['en'])}",
        f"event = {toml_str(C.EVENT['en'])}",
        f"venue = {toml_str(C.VENUE['en'])}",
        "start = 2026-11-16",
        "end = 2026-11-20",
        'languages = ["en", "fr"]',
        "description = " + toml_str(
            "Press releases, statements, daily newsletters, analysis and photos from the Lantern Coalition "
            "for Arms Control at the Eighth Review Conference of the Convention on the Control of "
            "Conventional Ammunition, Geneva, 16-20 November 2026. A fictional sample kit: all people, "
            "organisations and figures are invented."),
        f"publisher = {toml_str(C.ORG['en'] + ' press office')}",
        "",
    ]
    for c in C.CONTACTS:
        lines += [
            "[[contacts]]",
            f"name = {toml_str(c['name'])}",
            f"role = {toml_str(c['role']['en'])}",
            f"organisation = {toml_str(c['organisation']['en'])}",
            f"email = {toml_str(c['email'])}",
            f"phone = {toml_str(c['phone'])}",
            f"languages = {toml_list(c['languages'])}",
            "",
        ]
    for label, url in (("Sign the petition", C.PETITION_URL), ("Follow the coalition", C.SOCIAL_URL),
                       ("Conference page", C.WEBSITE_URL)):
        lines += ["[[links]]", f"label = {toml_str(label)}", f"url = {toml_str(url)}", ""]
    # Per-item overrides: where a file name or the file itself does not say enough.
    for doc in C.STATEMENTS:
        sp = C.SPEAKERS[doc["speaker"]]
        lines += [f"[items.{toml_str(doc['path'])}]", f"speakers = {toml_list([sp['name']])}",
                  f"organisation = {toml_str(sp['org'][doc['lang']])}", f"group = {toml_str(doc['group'])}", ""]
    overrides = {
        # The French survivors release is named differently from its English twin: tie them together.
        "press-releases/PR_Survivors_18.11.26_EN.pdf": {"group": "pr-survivors"},
        "press-releases/CP_Survivants_18-11-2026_FR.pdf": {"group": "pr-survivors", "kind": "press-release",
                                                           "date": "2026-11-18", "language": "fr"},
        "newsletters/Daily Newsletter Day 2 - 17 November.pdf": {"group": "nl-day2"},
        "newsletters/Bulletin quotidien 2 - 17 novembre 2026.pdf": {"group": "nl-day2", "language": "fr"},
        "newsletters/Daily Newlsetter Day 1 - 16 November.pdf": {"title": "The Lantern Daily, issue 1",
                                                                 "kind": "newsletter"},
        C.ANALYSIS["path"]: {"speakers": ["Hélène Marchetti", "Farid Rahimi"], "tags": ["data", "stockpiles"]},
        C.ADVISORY["path"]: {"kind": "briefing", "title": "Media advisory: press conference, 18 November 2026",
                             "date": "2026-11-17"},
        C.BRIEFING_MD["path"]: {"date": "2026-11-15", "tags": ["background"]},
        C.CONTACTS_TXT["path"]: {"kind": "media-contacts", "language": "en", "date": "2026-11-14"},
        "photos/DSC_0193.JPG": {"title": "Professor Lena Vogt at Working Group II", "speakers": ["Lena Vogt"]},
        "photos/graphics/infographic_stockpile-gap_2026.webp": {"kind": "photo", "tags": ["infographic"]},
    }
    for path, fields in overrides.items():
        lines.append(f"[items.{toml_str(path)}]")
        for k, v in fields.items():
            if k == "date":
                lines.append(f"{k} = {v}")
            elif isinstance(v, list):
                lines.append(f"{k} = {toml_list(v)}")
            else:
                lines.append(f"{k} = {toml_str(v)}")
        lines.append("")
    out.write_text("\n".join(lines), encoding="utf-8")


def quote_entry(doc: dict, q: QuoteRecord) -> dict:
    a, lang = q.attrs, doc["lang"]
    speaker = role = org = ""
    inferred = False
    if "s" in a:
        sp = C.SPEAKERS[a["s"]]
        speaker, role, org = sp["name"], sp["role"][lang], sp["org"][lang]
    elif "o" in a:
        org = C.ORGS[a["o"]][lang]
    elif "inf" in a:
        org, inferred = C.ORG[lang], True
    elif "who" in a:
        speaker = a["who"]
    elif "desc" in a:
        role = a["desc"]
    entry = {"file": doc["path"], "page": q.page, "text": q.text, "speaker": speaker, "role": role,
             "organisation": org, "language": lang}
    if inferred:
        entry["inferred"] = True
    if "scare" in a:
        entry["scare"] = True
    if q.page_end != q.page:
        entry["page_end"] = q.page_end
    return entry


# =============================================================================================
# Main
# =============================================================================================

def generate(out_dir: Path) -> list[dict]:
    """Write the whole kit into ``out_dir``; return the quotation list."""
    out_dir.mkdir(parents=True, exist_ok=True)
    quotes: list[dict] = []
    for doc in C.ALL_DOCUMENTS:
        recs = WRITERS[doc["layout"]](doc, out_dir / doc["path"])
        quotes += [quote_entry(doc, q) for q in recs]
    for n, photo in enumerate(C.PHOTOS):
        make_photo(photo, out_dir / photo["path"], seed=1000 + n)
    write_kit_toml(out_dir / "kit.toml")
    return quotes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", nargs="?", default=str(DEFAULT_OUT), help="folder to write (default: %(default)s)")
    ap.add_argument("--quotes", default=None,
                    help="where to write the quotation list (default: tests/data/sample_quotes.json when "
                         "OUT_DIR is the default, otherwise not written)")
    args = ap.parse_args(argv)
    out_dir = Path(args.out_dir)
    quotes = generate(out_dir)
    qpath = args.quotes
    if qpath is None and out_dir.resolve() == DEFAULT_OUT.resolve():
        qpath = str(DEFAULT_QUOTES)
    if qpath:
        Path(qpath).parent.mkdir(parents=True, exist_ok=True)
        Path(qpath).write_text(json.dumps(quotes, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n_docs, n_photos = len(C.ALL_DOCUMENTS), len(C.PHOTOS)
    print(f"wrote {n_docs} documents, {n_photos} photos and kit.toml to {out_dir}; {len(quotes)} quotations")
    return 0


if __name__ == "__main__":
    sys.exit(main())

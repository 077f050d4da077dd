"""Text documents as safe HTML for typesetting into a merged PDF: plain text, a Markdown subset, and
HTML with only text-structure tags kept (no scripts, styles, images, links or other resources)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from ..model import OFFICE_MEDIA, Item


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def document_html(src: Path, it: Item) -> str:
    """The body of a text, Markdown, HTML, Word or OpenDocument document as safe HTML for typesetting."""
    if it.media == OFFICE_MEDIA or src.suffix.lower() in (".docx", ".odt"):
        return office_html(src)
    text = _read_text(src)
    suffix = src.suffix.lower()
    if it.media == "html" or suffix in (".html", ".htm", ".xhtml"):
        return sanitise_html(text)
    if it.media == "markdown" or suffix in (".md", ".markdown"):
        return markdown_to_html(text)
    return plain_to_html(text)



def office_html(src: Path) -> str:
    """A Word or OpenDocument file's structure (headings, paragraphs, lists, tables) as HTML; every
    piece of text escaped. Unreadable files raise what :func:`presskit.ingest.office.read_office` raises."""
    from ..ingest.office import read_office

    out: list[str] = []
    open_list = False
    for section in read_office(src).sections:
        for b in section:
            if b.kind != "item" and open_list:
                out.append("</ul>")
                open_list = False
            if b.kind == "heading":
                level = min(6, max(2, b.level + 1))  # h1 is the item's own title in the merged PDF
                out.append(f"<h{level}>{html.escape(b.text)}</h{level}>")
            elif b.kind == "item":
                if not open_list:
                    out.append('<ul style="list-style-type: none">')
                    open_list = True
                marker = html.escape(b.marker + " ") if b.marker else ""
                out.append(f'<li style="margin-left: {b.level * 18}pt">{marker}{html.escape(b.text)}</li>')
            elif b.kind == "table":
                rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in b.rows)
                out.append(f'<table border="1" cellpadding="3">{rows}</table>')
            else:
                out.append(f"<p>{html.escape(b.text)}</p>")
    if open_list:
        out.append("</ul>")
    return "\n".join(out)


def plain_to_html(text: str) -> str:
    """Paragraphs (blank-line separated) with line breaks kept; everything escaped."""
    paras = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n").strip())
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paras if p.strip())


def _md_inline(s: str) -> str:
    s = html.escape(s, quote=False)
    s = re.sub(r"`([^`]+)`", r"<code>\1</code>", s)
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)  # images: alt text only (no external resources)
    s = re.sub(r"\[([^\]]+)\]\(([^)\s]+)[^)]*\)", r"\1 (\2)", s)  # links: text and address, not clickable
    s = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"<b>\2</b>", s)
    s = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)", r"<i>\1</i>", s)
    s = re.sub(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?!\w)", r"<i>\1</i>", s)
    return s


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_BULLET = re.compile(r"^\s*[-*+]\s+")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


class _Markdown:
    """What :func:`markdown_to_html` has written so far, and the paragraph or list still open."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.para: list[str] = []
        self.list_tag: str | None = None

    def flush(self) -> None:
        if self.para:
            self.out.append("<p>" + _md_inline(" ".join(x.strip() for x in self.para)) + "</p>")
            self.para = []

    def close_list(self) -> None:
        if self.list_tag:
            self.out.append(f"</{self.list_tag}>")
            self.list_tag = None

    def code(self, lines: list[str]) -> None:
        self.flush(), self.close_list()
        self.out.append("<pre>" + html.escape("\n".join(lines)) + "</pre>")

    def list_item(self, line: str) -> None:
        self.flush()
        tag = "ul" if _BULLET.match(line) else "ol"
        if self.list_tag != tag:
            self.close_list()
            self.out.append(f"<{tag}>")
            self.list_tag = tag
        self.out.append("<li>" + _md_inline(_LIST_ITEM.sub("", line)) + "</li>")

    def line(self, line: str) -> None:
        m = _HEADING.match(line)
        if m:
            self.flush(), self.close_list()
            n = min(len(m.group(1)) + 1, 6)  # the document title is the h1
            self.out.append(f"<h{n}>{_md_inline(m.group(2))}</h{n}>")
        elif _LIST_ITEM.match(line):
            self.list_item(line)
        elif line.startswith(">"):
            self.flush(), self.close_list()
            self.out.append("<blockquote>" + _md_inline(line.lstrip("> ")) + "</blockquote>")
        elif _RULE.match(line):
            self.flush(), self.close_list()
            self.out.append("<hr>")
        elif not line.strip():
            self.flush(), self.close_list()
        elif self.list_tag and line.startswith((" ", "\t")):
            self.out[-1] = self.out[-1][:-5] + " " + _md_inline(line.strip()) + "</li>"
        else:
            self.close_list()
            self.para.append(line)


def markdown_to_html(text: str) -> str:
    """A small, safe Markdown subset: headings, paragraphs, lists, quotes, code blocks, emphasis.

    Raw HTML in the Markdown is shown as text, never interpreted.
    """
    md = _Markdown()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        if lines[i].strip().startswith("```"):
            end = i + 1
            while end < len(lines) and not lines[end].strip().startswith("```"):
                end += 1
            md.code(lines[i + 1:end])
            i = end + 1
            continue
        md.line(lines[i])
        i += 1
    md.flush()
    md.close_list()
    return "".join(md.out)


class _Sanitiser(HTMLParser):
    ALLOWED = {"p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "b", "strong", "i", "em", "u",
               "blockquote", "pre", "code", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
               "hr", "sup", "sub", "small", "span", "div", "dl", "dt", "dd", "section", "article", "header",
               "footer", "figure", "figcaption", "q", "cite", "abbr", "s", "del", "ins", "mark"}
    VOID = {"br", "hr"}
    DROP_CONTENT = {"script", "style", "head", "title", "noscript", "template", "iframe", "object", "embed",
                    "svg", "math", "canvas", "video", "audio", "form", "select", "textarea", "button"}
    KEEP_ATTRS = {"lang", "dir", "colspan", "rowspan"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.DROP_CONTENT:
            self.skip += 1
            return
        if self.skip:
            return
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.out.append(f"[{html.escape(alt)}]")
            return
        if tag not in self.ALLOWED:
            return
        keep = "".join(f' {k}="{html.escape(v or "")}"' for k, v in attrs
                       if k in self.KEEP_ATTRS and re.fullmatch(r"[\w-]{1,12}", v or ""))
        self.out.append(f"<{tag}{keep}>")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.stack and tag not in self.VOID and self.stack[-1] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in self.DROP_CONTENT:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip or tag not in self.ALLOWED or tag in self.VOID or tag not in self.stack:
            return
        while self.stack:
            t = self.stack.pop()
            self.out.append(f"</{t}>")
            if t == tag:
                break

    def handle_data(self, data):
        if not self.skip:
            self.out.append(html.escape(data, quote=False))

    def close(self):
        super().close()
        while self.stack:
            self.out.append(f"</{self.stack.pop()}>")


def sanitise_html(text: str) -> str:
    """HTML with only text-structure tags kept: no scripts, styles, images, links or other resources."""
    s = _Sanitiser()
    s.feed(text)
    s.close()
    return "".join(s.out)

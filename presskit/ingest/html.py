"""HTML files, read with the standard library's parser: visible text, title, language, links.

The title is ``<title>``, else the first ``<h1>``, else ``og:title``; the language is ``<html lang>``.
Nothing is fetched: images, scripts and styles are ignored.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ..errors import CorruptError
from ..textutil import normalise_text
from .record import Extracted, Limits
from .text import collapse_lines, decode_text, dedupe, urls_in

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "blockquote", "pre", "hr", "dt", "dd", "dl", "figure", "figcaption",
    "main", "aside", "nav", "address", "td", "th", "caption", "form", "fieldset", "details", "summary",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "head"}


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False
        self.h1: list[str] | None = None
        self.h1_done = False
        self.lang: str | None = None
        self.links: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"]
        if tag == "title":
            self.in_title = True
            return
        if tag == "meta":
            key = (a.get("name") or a.get("property") or "").lower()
            if key in ("author", "description", "keywords", "dc.date", "date", "article:published_time",
                       "og:title", "dc.title"):
                self.meta[key] = a.get("content", "")
            return
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "a":
            href = a.get("href", "").strip()
            if href.lower().startswith(("http://", "https://")):
                self.links.append(href)
        if tag == "h1" and not self.h1_done and self.h1 is None:
            self.h1 = []
        if tag in _BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _SKIP and tag not in ("meta",):
            self.skip = max(0, self.skip - 1)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
            return
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "h1" and self.h1 is not None and not self.h1_done:
            self.h1_done = True
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
            return
        if self.skip:
            return
        if self.h1 is not None and not self.h1_done:
            self.h1.append(data)
        self.parts.append(data)


def _decode_html(data: bytes) -> str:
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", data[:4096], re.IGNORECASE)
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        enc = m.group(1).decode("ascii").lower()
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)[0]


def extract_html(path: Path, limits: Limits) -> Extracted:
    data = path.read_bytes()
    text = _decode_html(data)
    p = _HTMLText()
    try:
        p.feed(text)
        p.close()
    except Exception as e:  # html.parser is lenient; this is belt and braces
        raise CorruptError(f"{path.name} is not readable HTML; re-export it.", str(e)) from e
    body = normalise_text(collapse_lines("".join(p.parts)))
    meta: dict[str, Any] = {}
    title = collapse_lines(" ".join(p.title)).replace("\n", " ").strip()
    if not title and p.h1:
        title = collapse_lines(" ".join(p.h1)).replace("\n", " ").strip()
    if not title and p.meta.get("og:title"):
        title = p.meta["og:title"].strip()
    if title:
        meta["title"] = normalise_text(title)
    if p.lang:
        meta["language"] = p.lang.split("-")[0].strip().lower()[:2] or None
    if p.meta.get("author"):
        meta["author"] = p.meta["author"].strip()
    if p.meta.get("keywords"):
        meta["keywords"] = p.meta["keywords"].strip()
    if p.meta.get("description"):
        meta["subject"] = p.meta["description"].strip()
    for k in ("dc.date", "date", "article:published_time"):
        if p.meta.get(k):
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})", p.meta[k].strip())
            if m:
                meta["date"] = m.group(0)
                break
    meta["links"] = dedupe(p.links + urls_in(body))
    return Extracted("html", [body], meta)



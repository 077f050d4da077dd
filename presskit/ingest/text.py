"""Plain text and Markdown files, and the text helpers every reader shares (decoding, links).

* Plain text: UTF-8, UTF-8/UTF-16 with BOM, else cp1252; the first line is the title.
* Markdown: text with markup stripped, title from the first ``# `` heading (or front matter), links
  collected.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from ..textutil import normalise_text
from .record import Extracted, Limits

_URL_RE = re.compile(r"\bhttps?://[^\s<>\"'\]\[)(}{|\\^`]+", re.IGNORECASE)


def urls_in(text: str) -> list[str]:
    return [u.rstrip(".,;:!?") for u in _URL_RE.findall(text)]


def dedupe(items) -> list:
    seen: set = set()
    out = []
    for x in items:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def collapse_lines(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    out: list[str] = []
    blank = False
    for ln in lines:
        if not ln:
            blank = bool(out)
            continue
        if blank:
            out.append("")
            blank = False
        out.append(ln)
    return "\n".join(out)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes: BOMs first, then UTF-8, then cp1252 (latin-1 as the last resort)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


# --- Markdown and plain text ------------------------------------------------------------------------

_MD_LINK = re.compile(r"(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_MD_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
# Line patterns match within one line ([ \t], never \s): a "##" heading or a "> " quote must not
# take the newline before or after it, or its text is glued to the paragraph next to it.
_MD_REFDEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?(\S+?)>?(?:[ \t]+.*)?$", re.MULTILINE)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_EMPH = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_MD_CODE = re.compile(r"`+([^`]*)`+")
_MD_FENCE = re.compile(r"^[ \t]*(```|~~~).*$", re.MULTILINE)
_MD_LIST = re.compile(r"^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_MD_RULE = re.compile(r"^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_MD_SETEXT = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$", re.MULTILINE)
_MD_FRONT = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_MD_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")


def _md_tables(text: str) -> str:
    """Tables as their cells, a row a line (``| A | 7.2 |`` -> ``A  7.2``), their ``|---|`` rules
    dropped: a table's markup reached the index and the snippets as pipes and dashes."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i == 0 or not _MD_TABLE_RULE.match(line) or "|" not in lines[i - 1]:
            continue
        lines[i] = None
        for j in [i - 1] + list(range(i + 1, len(lines))):
            row = lines[j]
            if j > i and (row is None or "|" not in row or not row.strip()):
                break
            cells = re.split(r"(?<!\\)\|", row.strip().strip("|"))
            lines[j] = "  ".join(c.strip().replace("\\|", "|") for c in cells)
    return "\n".join(line for line in lines if line is not None)


def _strip_markdown(src: str) -> tuple[str, str | None, list[str], dict[str, str]]:
    front: dict[str, str] = {}
    m = _MD_FRONT.match(src)
    if m:
        for line in m.group(1).splitlines():
            if ":" in line:
                k, v = line.split(":", 1)
                front[k.strip().lower()] = v.strip().strip("\"'")
        src = src[m.end():]
    links: list[str] = []

    def link(mm: re.Match[str]) -> str:
        url = mm.group(3)
        if url.lower().startswith(("http://", "https://")) and not mm.group(1):
            links.append(url)
        return mm.group(2)

    title = None
    hm = _MD_HEADING.search(src)
    if hm and re.match(r"^\s{0,3}#\s", src[hm.start():]):
        title = hm.group(1)
    t = _md_tables(_MD_FENCE.sub("", src))
    t = _MD_LINK.sub(link, t)
    t = _MD_AUTOLINK.sub(lambda mm: (links.append(mm.group(1)), mm.group(1))[1], t)
    for mm in _MD_REFDEF.finditer(t):
        if mm.group(1).lower().startswith(("http://", "https://")):
            links.append(mm.group(1))
    t = _MD_REFDEF.sub("", t)
    t = _MD_HEADING.sub(lambda mm: mm.group(1), t)
    t = _MD_RULE.sub("", t)
    t = _MD_SETEXT.sub("", t)
    t = _MD_QUOTE.sub("", t)
    t = _MD_LIST.sub(r"\1", t)
    t = _MD_CODE.sub(r"\1", t)
    for _ in range(2):
        t = _MD_EMPH.sub(r"\2", t)
    t = _MD_TAG.sub("", t)
    t = html.unescape(t)
    if title:
        title = _MD_EMPH.sub(r"\2", _MD_LINK.sub(lambda mm: mm.group(2), title)).strip()
    return t, title, links, front


def extract_markdown(path: Path, limits: Limits) -> Extracted:
    text, enc = decode_text(path.read_bytes())
    body, title, links, front = _strip_markdown(text.replace("\r\n", "\n"))
    body = normalise_text(collapse_lines(body))
    meta: dict[str, Any] = {}
    title = front.get("title") or title
    if title:
        meta["title"] = normalise_text(title)
    for k in ("author", "language", "lang", "date", "keywords", "subject"):
        if front.get(k):
            meta["language" if k == "lang" else k] = front[k]
    if "date" in meta and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta["date"])):
        meta.pop("date")
    meta["links"] = dedupe(links + urls_in(body))
    meta["encoding"] = enc
    return Extracted("markdown", [body], meta)


def extract_text(path: Path, limits: Limits) -> Extracted:
    text, enc = decode_text(path.read_bytes())
    body = normalise_text(text)
    meta: dict[str, Any] = {"encoding": enc}
    for line in body.splitlines():
        if line.strip():
            meta["title"] = line.strip()[:200]
            break
    meta["links"] = dedupe(urls_in(body))
    return Extracted("text", [body], meta)



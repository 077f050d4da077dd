"""A small, forgiving tree of an HTML page (standard library ``html.parser`` only), and the walks over
it that :mod:`presskit.ingest.webpage` needs: main content, blocks of text in reading order, site
chrome (navigation, headers, footers, sidebars). Nothing is executed or fetched; the tree has at most
400,000 nodes and 256 levels (deeper elements are flattened), so hostile pages cannot exhaust it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["Node", "TreeBuilder", "parse_html", "decode_html", "walk_blocks", "main_content", "in_chrome",
           "is_within", "ws", "HEADINGS", "BLOCK"]

_MAX_NODES = 400_000
_MAX_DEPTH = 256

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr", "keygen"}
BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li",
         "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "thead", "tbody", "tfoot",
         "blockquote", "pre", "figure", "figcaption", "dl", "dt", "dd", "address", "form", "fieldset",
         "caption", "hr", "br", "center", "details", "summary", "body", "html"}
_CLOSES_P = BLOCK - {"br", "body", "html", "td", "th", "tr", "li", "dd", "dt", "caption"}
_SKIP = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "head",
         "select", "button", "canvas", "video", "audio", "map"}
_CHROME = {"nav", "header", "footer", "aside", "form"}
_CHROME_WORDS = re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|sidebar|widget|footer|header|masthead|"
                           r"breadcrumbs?|cookie|comments?|share|sharing|social|skip-link|related)(?:$|[\s_-])",
                           re.IGNORECASE)
_MAIN_IDS = re.compile(r"^(?:content|main|main-content|primary|post|article|entry-content|post-content|"
                       r"page-content|the-content|content-area)$", re.IGNORECASE)


class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: dict[str, str], parent: "Node | None") -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list = []  # Node or str
        self.parent = parent

    def iter(self):
        stack = [self]
        while stack:
            n = stack.pop()
            yield n
            stack.extend(c for c in reversed(n.children) if isinstance(c, Node))

    def text(self) -> str:
        out: list[str] = []
        stack: list = [self]
        while stack:
            n = stack.pop()
            if isinstance(n, str):
                out.append(n)
            elif n.tag not in _SKIP:
                if n.tag in BLOCK:
                    out.append(" ")
                stack.extend(reversed(n.children))
        return ws(" ".join(out))

    def classes(self) -> str:
        return f"{self.attrs.get('id', '')} {self.attrs.get('class', '')} {self.attrs.get('role', '')}"


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


class TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.depth = 0
        self.nodes = 0
        self.lang = ""
        self.title: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}
        self.saved_from = ""

    def handle_comment(self, data: str) -> None:
        m = re.search(r"saved from url=\(\d+\)(\S+)", data)
        if m and not self.saved_from:
            self.saved_from = m.group(1)

    def handle_starttag(self, tag: str, attrs) -> None:
        a = {k.lower(): (v or "") for k, v in attrs if k}
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"]
        if tag == "title":
            self.in_title = True
            return
        if tag == "meta":
            key = (a.get("name") or a.get("property") or "").lower()
            if key:
                self.meta.setdefault(key, a.get("content", ""))
            return
        if tag == "link" and a.get("rel", "").lower() == "canonical" and not self.saved_from:
            self.saved_from = a.get("href", "")
        self.nodes += 1
        if self.nodes > _MAX_NODES:
            return
        if tag in _CLOSES_P or tag == "p":
            self._close_open("p", stop_at={"div", "td", "th", "li", "blockquote", "section", "article", "body"})
        if tag == "li":
            self._close_open("li", stop_at={"ul", "ol"})
        node = Node(tag, a, self.cur)
        self.cur.children.append(node)
        if tag not in _VOID and self.depth < _MAX_DEPTH:
            self.cur = node
            self.depth += 1

    def handle_startendtag(self, tag, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.cur.tag == tag and self.cur.parent is not None:
            self.cur = self.cur.parent
            self.depth -= 1

    def _close_open(self, tag: str, stop_at: set[str]) -> None:
        n = self.cur
        while n is not None and n.tag != "#root":
            if n.tag == tag:
                self.cur = n.parent or self.root
                self.depth = _depth(self.cur)
                return
            if n.tag in stop_at:
                return
            n = n.parent

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        n = self.cur
        while n is not None and n.tag != "#root":
            if n.tag == tag:
                self.cur = n.parent or self.root
                self.depth = _depth(self.cur)
                return
            n = n.parent

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif self.nodes <= _MAX_NODES:
            self.cur.children.append(data)


def _depth(n: Node) -> int:
    d = 0
    while n.parent is not None:
        d += 1
        n = n.parent
    return d


def decode_html(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", data[:4096], re.IGNORECASE)
    if m:
        try:
            return data.decode(m.group(1).decode("ascii").lower())
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def main_content(root: Node) -> Node:
    """The element holding the page's own content (largest of <main>, <article>, #content…)."""
    body = next((n for n in root.iter() if n.tag == "body"), root)
    cands = [n for n in body.iter() if n.tag in ("main", "article") or n.attrs.get("role") == "main"
             or _MAIN_IDS.match(n.attrs.get("id", "")) or any(_MAIN_IDS.match(c) for c in n.attrs.get("class", "").split())]
    cands = [n for n in cands if not in_chrome(n, stop=body)]
    if not cands:
        return body
    return max(cands, key=lambda n: len(n.text()))


def in_chrome(n: Node, stop: Node | None = None) -> bool:
    while n is not None and n is not stop:
        if _is_chrome(n):
            return True
        n = n.parent
    return False


HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def walk_blocks(node: Node, skip_chrome: bool = True):
    """Yield ('heading', text, node) | ('text', text, node) | ('img', None, node) | ('a', None, node)
    in document order; text comes out when its block ends (or an image or a block cuts it). A short
    paragraph whose whole text is bold counts as a heading (how many CMS pages title their lists)."""
    buf: list[str] = []
    open_blocks: list[Node] = [node]

    def flush() -> str:
        t = ws(" ".join(buf))
        buf.clear()
        return t

    stack: list = [(node, False)]
    while stack:
        n, closing = stack.pop()
        if isinstance(n, str):
            buf.append(n)
            continue
        if closing:
            t = flush()
            if t:
                yield ("heading" if n.tag in HEADINGS or _bold_only(n, t) else "text"), t, n
            open_blocks.pop()
            continue
        if n.tag in _SKIP or (skip_chrome and n is not node and _is_chrome(n)):
            continue
        if n.tag == "img":
            t = flush()
            if t:
                yield "text", t, open_blocks[-1]
            yield "img", None, n
            continue
        if n.tag == "a":
            yield "a", None, n
        if n.tag in BLOCK or n.tag in HEADINGS:
            t = flush()
            if t:
                yield "text", t, open_blocks[-1]
            open_blocks.append(n)
            stack.append((n, True))
        stack.extend((c, False) for c in reversed(n.children))
    t = flush()
    if t:
        yield "text", t, node


def _is_chrome(n: Node) -> bool:
    return n.tag in _CHROME or (n.tag in ("div", "section", "ul") and bool(_CHROME_WORDS.search(n.classes())))


def _bold_only(n: Node, text: str) -> bool:
    if n.tag not in ("p", "div", "li", "td") or len(text) > 100 or text.endswith((".", ";", ",")):
        return False
    bold = " ".join(c.text() for c in n.iter() if c.tag in ("strong", "b")
                    and (c.parent is None or c.parent.tag not in ("strong", "b")))
    return bool(bold.strip()) and re.sub(r"\W", "", bold) == re.sub(r"\W", "", text)


def is_within(n: Node, anc: Node) -> bool:
    while n is not None:
        if n is anc:
            return True
        n = n.parent
    return False




def parse_html(data: bytes) -> "TreeBuilder":
    """The page's tree (``.root``) with its ``<title>``, ``lang``, ``<meta>`` values and saved-from address."""
    tb = TreeBuilder()
    tb.feed(decode_html(data))
    tb.close()
    return tb

"""The organisation's own saved press page: its text, its captioned photos, its lists of documents.

A campaign's press page on the web is the publisher's own index of the kit: a page of text with
photos captioned "… Photo credit: NAME/ORG", and link lists under headings ("CMC Statements",
"CMC CCW Newsletters", "Press releases and other") whose link texts are the documents' real titles.
Saved with a browser ("Web page, complete") it is ``NAME.html`` plus a ``NAME_files`` folder; the
documents it links to are often downloaded beside it.

:func:`find_press_pages` finds such pages among a kit's files and :func:`read_press_page` reads one
into a :class:`PressPage`:

* the page's own text (main content only: navigation, headers, footers, sidebars, forms, scripts
  left out) becomes a document, with a title (first ``<h1>`` of the content, else ``<title>``), a
  kind from its title and opening lines, a date and a language;
* each ``<img>`` of the content that shows a file of the kit (the larger file when the image links
  to one), and is not an icon or a logo, becomes a photo; its caption and credit come from the text
  next to it: a ``<figcaption>``/WordPress caption, else the short paragraphs right after it (or
  right before it) up to the one holding "Photo credit: NAME" (→ credit "NAME", the sentences
  before it → caption), else its ``alt`` text;
* each link whose target is a file of the kit (by relative path, or by file name for a web address
  whose file was downloaded beside the page) gives that file its title (the link text) and its kind
  (from the heading of the list it stands in), and a date and language when the link text has them;
* links to the web in the content (and links to social networks anywhere) become the kit's links;
* the other files of the ``_files`` folder (styles, scripts, icons, thumbnails) are the page's
  assets, not kit items.

Everything is returned as :class:`Hint` values with the reason they were given, so the builder can
weigh them with the file names and the files' own metadata; ``kit.toml`` still wins over all of
them. The HTML is parsed with the standard library's ``html.parser``: nothing is executed, nothing
fetched, and only files already in the kit are looked at (image headers, for their size).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable, Sequence
from urllib.parse import unquote, urlsplit

from presskit.ingest.htmltree import (BLOCK, Node, TreeBuilder, in_chrome, is_within, main_content,
                                      parse_html, walk_blocks, ws)
from presskit.textutil import normalise_text

__all__ = ["Hint", "PressPage", "find_press_pages", "read_press_page", "split_credit", "ASSET_DIR_SUFFIXES"]

#: How browsers name the folder of a saved page ("Save page as… / Web page, complete"), by language.
ASSET_DIR_SUFFIXES = ("_files", "_fichiers", "_archivos", "_arquivos", "-Dateien", "_file", ".files",
                      "-filer", "_bestanden", "_pliki", "_soubory")
HTML_EXTS = {".html", ".htm", ".xhtml", ".shtml"}
IMAGE_EXTS = {".jpg", ".jpeg", ".jpe", ".png", ".webp", ".tif", ".tiff", ".gif", ".bmp"}
DOC_EXTS = {".pdf", ".docx", ".odt", ".doc", ".txt", ".md", ".html", ".htm", ".rtf", ".pptx", ".xlsx"}
MAX_HTML_BYTES = 20 * 1024 * 1024
#: Photos smaller than this (either side, in pixels) are icons, buttons or thumbnails.
MIN_PHOTO_SIDE = 150
_SOCIAL = ("twitter.com", "x.com", "facebook.com", "instagram.com", "youtube.com", "youtu.be", "flickr.com",
           "linkedin.com", "vimeo.com", "tiktok.com", "mastodon.social", "bsky.app", "threads.net",
           "avaaz.org", "change.org")
_SHARE = re.compile(r"/(?:sharer|share|intent/(?:tweet|share)|shareArticle|pin/create)\b|addthis|sharethis",
                    re.IGNORECASE)
_GENERIC_LINK = re.compile(
    r"^(?:here|click here|download|read more|more|pdf|doc|docx|link|this link|view|open|ici|cliquez ici|"
    r"t[ée]l[ée]charger|lire la suite|plus|aqu[ií]|descargar|leer m[aá]s|\W*)$", re.IGNORECASE)
_JUNK_IMAGE = re.compile(r"logo|icon|sprite|spacer|pixel|blank|button|badge|avatar|emoji|loader|arrow|bullet|"
                         r"feed|rss|banner-ad|gravatar|share", re.IGNORECASE)
_FILENAME_LIKE = re.compile(r"^[\w\-. ]+\.(?:jpe?g|png|gif|webp|tiff?)$|^(?:img|dsc|image|photo)[_\-]?\d+$",
                            re.IGNORECASE)


@dataclass(frozen=True)
class Hint:
    """One fact about a kit file that a press page gives, and why.

    Attributes:
        field: ``title`` | ``kind`` | ``date`` | ``language`` | ``caption`` | ``credit``.
        value: the value (kinds are presskit kinds, dates ISO, languages ISO 639-1).
        source: the press page's path in the kit.
        reason: what on the page says so, for people (e.g. 'link text under "CMC Statements"').
    """

    field: str
    value: str
    source: str
    reason: str


@dataclass
class PressPage:
    """What a saved press page says.

    Attributes:
        path: the page's path in the kit (POSIX, relative).
        text: the page's own text (main content), paragraphs separated by blank lines.
        hints: kit path -> hints, for the page itself, its photos and the files it links to.
        photos: kit paths of the images the page shows as photos, in page order.
        links: ``(label, url)`` of web links the page gives, in page order, without duplicates.
        assets: kit paths of the page's own files that are not kit items (styles, scripts, icons).
    """

    path: str
    text: str = ""
    hints: dict[str, list[Hint]] = field(default_factory=dict)
    photos: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    assets: set[str] = field(default_factory=set)

    def hint(self, rel: str, fld: str) -> Hint | None:
        """The first hint for ``fld`` of file ``rel``, or None."""
        return next((h for h in self.hints.get(rel, []) if h.field == fld), None)

    def _add(self, rel: str, fld: str, value: str | None, reason: str) -> None:
        if value and not self.hint(rel, fld):
            self.hints.setdefault(rel, []).append(Hint(fld, value, self.path, reason))


# --- finding pages ----------------------------------------------------------------------------------

def _asset_dir_of(rel: str, dirs: set[str]) -> str | None:
    p = PurePosixPath(rel)
    for suf in ASSET_DIR_SUFFIXES:
        cand = str(p.with_name(p.stem + suf))
        if cand in dirs:
            return cand
    return None


def _dirs_of(rels: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for r in rels:
        for parent in PurePosixPath(r).parents:
            if str(parent) != ".":
                out.add(str(parent))
    return out


def find_press_pages(root: str | Path, rels: Sequence[str]) -> list[PressPage]:
    """The saved press pages among ``rels`` (kit paths under ``root``), read.

    A page is an HTML file saved with its ``NAME_files`` folder, or any HTML file of the kit whose
    links point at two or more other files of the kit. Pages that cannot be read are left out (the
    builder reads them as ordinary HTML).
    """
    root = Path(root)
    files = set(rels)
    dirs = _dirs_of(files)
    out: list[PressPage] = []
    for rel in sorted(files):
        if PurePosixPath(rel).suffix.lower() not in HTML_EXTS:
            continue
        if any(str(parent) + "/" in rel and _is_asset_dir(str(parent)) for parent in PurePosixPath(rel).parents):
            continue  # HTML fragments inside a page's _files folder
        try:
            page = read_press_page(root, rel, files, dirs=dirs)
        except (OSError, ValueError):
            continue
        if page is not None:
            out.append(page)
    return out


def _is_asset_dir(d: str) -> bool:
    name = PurePosixPath(d).name
    return any(name.endswith(s) and len(name) > len(s) for s in ASSET_DIR_SUFFIXES)


# --- reading one page -------------------------------------------------------------------------------

@dataclass
class _Ctx:
    page: PressPage
    root: Path
    rel: str
    files: set[str]
    by_name: dict[str, list[str]]
    asset_dir: str | None


def read_press_page(root: str | Path, rel: str, files: set[str], *, dirs: set[str] | None = None,
                    force: bool = False) -> PressPage | None:
    """Read the HTML file ``rel`` as a press page; None when it is not one (see find_press_pages).

    ``force`` reads it as one even without an assets folder or links to kit files.
    """
    root = Path(root)
    path = root / PurePosixPath(rel)
    if path.stat().st_size > MAX_HTML_BYTES:
        return None
    tb = parse_html(path.read_bytes())
    dirs = dirs if dirs is not None else _dirs_of(files)
    asset_dir = _asset_dir_of(rel, dirs)
    by_name: dict[str, list[str]] = {}
    for f in files:
        by_name.setdefault(PurePosixPath(f).name.lower(), []).append(f)
    page = PressPage(rel)
    ctx = _Ctx(page, root, rel, files, by_name, asset_dir)
    main = main_content(tb.root)
    file_links = _links(ctx, tb.root, main)
    if not force and asset_dir is None and len(file_links) < 2:
        return None
    _photos(ctx, main)
    _page_document(ctx, tb, main)
    if asset_dir is not None:
        used = set(page.photos) | set(file_links)
        page.assets = {f for f in files if f.startswith(asset_dir + "/") and f not in used
                       and PurePosixPath(f).suffix.lower() not in (DOC_EXTS - HTML_EXTS)}
    return page


def _resolve(ctx: _Ctx, url: str) -> str | None:
    """The kit file a link or image address points at, or None."""
    url = url.strip()
    if not url or url.startswith(("#", "mailto:", "javascript:", "data:", "tel:")):
        return None
    parts = urlsplit(url)
    name = unquote(PurePosixPath(parts.path).name) if parts.path else ""
    if not parts.scheme and not parts.netloc:
        p = unquote(parts.path).replace("\\", "/")
        if p.startswith("/"):
            p = p.lstrip("/")
            joined = posixpath.normpath(p)
        else:
            joined = posixpath.normpath(posixpath.join(posixpath.dirname(ctx.rel), p))
        if joined in ctx.files and joined != ctx.rel:
            return joined
    if parts.scheme in ("http", "https", "file", "") and name:
        cands = [f for f in ctx.by_name.get(name.lower(), []) if f != ctx.rel]
        if len(cands) > 1:  # the same name twice: the one nearest the page
            here = posixpath.dirname(ctx.rel)
            cands.sort(key=lambda f: (posixpath.dirname(f) != here, f.count("/"), f))
        if cands:
            return cands[0]
    return None


def _links(ctx: _Ctx, root: Node, main: Node) -> set[str]:
    """Hints for kit files the page links to; web links into page.links. Returns the linked files."""
    from presskit.ingest.naming import infer_from_name

    page = ctx.page
    linked: set[str] = set()
    heading = ""
    body = next((n for n in root.iter() if n.tag == "body"), root)
    for kind, text, n in walk_blocks(body, skip_chrome=False):
        if kind == "heading":
            heading = text
            continue
        if kind != "a":
            continue
        href = n.attrs.get("href", "")
        label = ws(n.text()) or ws(n.attrs.get("title", "")) or next(
            (ws(c.attrs.get("alt", "")) for c in n.iter() if c.tag == "img"), "")
        target = _resolve(ctx, href)
        if target is not None and PurePosixPath(target).suffix.lower() not in IMAGE_EXTS:
            linked.add(target)
            if not label or _GENERIC_LINK.match(label):
                continue
            label = normalise_text(label)[:300]
            where = f' under "{heading}"' if heading else ""
            page._add(target, "title", label, f"link text on the press page{where}")
            guess_h = infer_from_name(heading) if heading else {}
            guess_l = infer_from_name(label)
            if guess_h.get("kind") and guess_h["kind"] != "photo":
                page._add(target, "kind", guess_h["kind"], f'heading "{heading}" of the list the link stands in')
            elif guess_l.get("kind") and guess_l["kind"] != "photo":
                page._add(target, "kind", guess_l["kind"], "the link text on the press page")
            if guess_l.get("date"):
                page._add(target, "date", guess_l["date"], "the link text on the press page")
            if guess_l.get("language"):
                page._add(target, "language", guess_l["language"], "the link text on the press page")
            continue
        _web_link(ctx, n, href, label, in_main=is_within(n, main) and not in_chrome(n, stop=main))
    return linked


def _web_link(ctx: _Ctx, n: Node, href: str, label: str, *, in_main: bool) -> None:
    parts = urlsplit(href.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or _SHARE.search(href):
        return
    host = parts.netloc.lower().split("@")[-1].split(":")[0]
    host = host[4:] if host.startswith("www.") else host
    social = any(host == s or host.endswith("." + s) for s in _SOCIAL)
    if not (in_main or social):
        return
    url = href.strip()
    if any(u == url for _l, u in ctx.page.links) or len(ctx.page.links) >= 60:
        return
    if not label or _GENERIC_LINK.match(label):
        label = host.split(".")[-2].capitalize() if social and host.count(".") >= 1 else host
    ctx.page.links.append((normalise_text(label)[:200], url))


# --- photos -----------------------------------------------------------------------------------------

_CREDIT = re.compile(
    r"(?:^|(?<=[\s(\[|–—-]))(?:"
    r"photo(?:graph)?s?\s*(?:credits?|courtesy(?:\s+of)?|by)?|credits?\s*photos?|cr[ée]dits?(?:\s*photos?)?|"
    r"fotos?(?:graf[ií]as?)?|photographer|photographe|image(?:\s*credit)?|pictures?"
    r")\s*[:：]\s*(?P<who>[^\n]+)"
    r"|(?:^|(?<=[\s(\[]))©\s*(?P<who2>[^\n]+)",
    re.IGNORECASE,
)


def split_credit(text: str) -> tuple[str, str]:
    """``"Campaigners in Geneva. Photo credit: Alison Locke/CMC"`` ->
    ``("Campaigners in Geneva.", "Alison Locke/CMC")``; ``("text", "")`` when no credit is written."""
    m = _CREDIT.search(text)
    if not m:
        return text.strip(), ""
    who = (m.group("who") or m.group("who2") or "").strip()
    who = re.split(r"(?<=\w{3})\.\s+(?=[A-Z])|\s+[|•]\s+", who)[0]
    who = who.strip().rstrip(").;,").strip()
    if not who or len(who) > 120 or not any(c.isalpha() for c in who):
        return text.strip(), ""
    before = text[: m.start()].rstrip(" \t([|–—-,;")
    return before.strip(), who


def _image_size(path: Path) -> tuple[int, int] | None:
    try:
        from PIL import Image

        with Image.open(path) as im:  # reads the header only
            return im.size
    except Exception:
        return None


def _photo_target(ctx: _Ctx, img: Node) -> str | None:
    a = img.parent
    while a is not None and a.tag != "a" and a.tag not in BLOCK:
        a = a.parent
    if a is not None and a.tag == "a":
        big = _resolve(ctx, a.attrs.get("href", ""))
        if big and PurePosixPath(big).suffix.lower() in IMAGE_EXTS:
            return big
    for src in (img.attrs.get("src", ""), img.attrs.get("data-src", ""), img.attrs.get("data-orig-file", "")):
        t = _resolve(ctx, src)
        if t and PurePosixPath(t).suffix.lower() in IMAGE_EXTS:
            return t
    return None


def _is_photo(ctx: _Ctx, img: Node, target: str) -> bool:
    words = " ".join([target, img.attrs.get("class", ""), img.attrs.get("alt", ""), img.attrs.get("id", "")])
    if _JUNK_IMAGE.search(PurePosixPath(target).name) or _JUNK_IMAGE.search(words.replace(target, "")):
        return False
    for k in ("width", "height"):
        v = re.match(r"\s*(\d+)", img.attrs.get(k, ""))
        if v and int(v.group(1)) < MIN_PHOTO_SIDE:
            return False
    size = _image_size(ctx.root / PurePosixPath(target))
    return size is not None and min(size) >= MIN_PHOTO_SIDE


def _container_caption(img: Node) -> str:
    n = img.parent
    for _ in range(4):
        if n is None:
            break
        if n.tag == "figure" or re.search(r"wp-caption|caption|figure", n.attrs.get("class", "")):
            for c in n.iter():
                if c.tag == "figcaption" or re.search(r"caption-text|wp-caption-dd|figcaption", c.attrs.get("class", "")):
                    return c.text()
        n = n.parent
    return ""


def _photos(ctx: _Ctx, main: Node) -> None:
    """Photos of the content, each with the caption and credit written next to it."""
    events = [(k, t, n) for k, t, n in walk_blocks(main) if k != "a"]
    used_text: set[int] = set()
    i = 0
    while i < len(events):
        kind, _t, node = events[i]
        if kind != "img":
            i += 1
            continue
        run: list[tuple[Node, str]] = []  # consecutive images (a gallery shares one caption)
        j = i
        while j < len(events) and events[j][0] == "img":
            tgt = _photo_target(ctx, events[j][2])
            if tgt and tgt not in ctx.page.photos and _is_photo(ctx, events[j][2], tgt):
                run.append((events[j][2], tgt))
            j += 1
        if run:
            _caption_run(ctx, run, events, i, j, used_text)
        i = j


def _caption_run(ctx: _Ctx, run, events, i: int, j: int, used: set[int]) -> None:
    page = ctx.page
    own = _container_caption(run[0][0])
    caption, credit, reason = "", "", ""
    if own:
        caption, credit = split_credit(own)
        reason = "the caption of the image on the press page"
        for k in range(j, min(j + 2, len(events))):  # mark the figcaption's text as used
            if events[k][0] == "text" and events[k][1] == own:
                used.add(k)
    if not credit:
        after = _window(events, j, 1)
        before = _window(events, i - 1, -1)
        for win, where in ((after, "after"), (before, "before")):
            texts = [(k, t) for k, t in win if k not in used]
            hit = next((n for n, (_k, t) in enumerate(texts) if split_credit(t)[1]), None)
            if hit is None:
                continue
            chosen = texts[: hit + 1] if where == "after" else texts[hit:hit + 1]
            cap, credit = split_credit(" ".join(t for _k, t in chosen))
            caption = caption or cap
            used.update(k for k, _t in chosen)
            reason = f"the text {where} the image on the press page"
            break
    for img, target in run:
        page.photos.append(target)
        alt = ws(img.attrs.get("alt", "")) or ws(img.attrs.get("title", ""))
        cap = caption
        why = reason
        if not cap and alt and not _FILENAME_LIKE.match(alt):
            cap, why = alt, "the image's alternative text on the press page"
        if cap:
            page._add(target, "caption", normalise_text(cap)[:1000], why)
        if credit:
            page._add(target, "credit", normalise_text(credit), reason)
        page._add(target, "kind", "photo", "an image shown on the press page")


def _window(events, start: int, step: int) -> list[tuple[int, str]]:
    """Up to two short text blocks from ``start`` going ``step``, stopping at images and headings."""
    out: list[tuple[int, str]] = []
    k = start
    while 0 <= k < len(events) and len(out) < 2:
        kind, text, _n = events[k]
        if kind != "text" or len(text) > 600:
            break
        out.append((k, text))
        if split_credit(text)[1]:
            break
        k += step
    return out


# --- the page as a document -------------------------------------------------------------------------

_RELEASE = re.compile(r"for immediate release|pour diffusion imm[ée]diate|communiqu[ée] de prensa|"
                      r"press release|communiqu[ée] de presse|news release", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'-]{2,40},\s")


def _page_document(ctx: _Ctx, tb: TreeBuilder, main: Node) -> None:
    from presskit.ingest.naming import detect_language, infer_from_name

    page = ctx.page
    parts: list[str] = []
    h1 = ""
    for kind, text, node in walk_blocks(main):
        if kind in ("img", "a"):
            continue
        if kind == "heading" and not h1 and node.tag == "h1":
            h1 = text
        if node.tag == "li" and kind == "text":
            text = "• " + text
        parts.append(text)
    page.text = normalise_text("\n\n".join(parts))
    title = ws(" ".join(tb.title))
    if h1:
        page._add(ctx.rel, "title", normalise_text(h1)[:300], "the first heading of the press page")
    elif title:
        page._add(ctx.rel, "title", normalise_text(title)[:300], "the press page's <title>")
    head = h1 or title
    opening = "\n".join(parts[:4])
    guess = infer_from_name(head) if head else {}
    if guess.get("kind") and guess["kind"] != "photo":
        page._add(ctx.rel, "kind", guess["kind"], f'the press page\'s title "{head}"')
    elif _RELEASE.search(opening) or any(_DATELINE.match(p) for p in parts[:3]):
        page._add(ctx.rel, "kind", "press-release", "the press page opens like a press release")
    for key in ("article:published_time", "dc.date", "date", "dcterms.created"):
        m = re.match(r"\s*((?:19|20)\d\d-\d\d-\d\d)", tb.meta.get(key, ""))
        if m:
            page._add(ctx.rel, "date", m.group(1), f"the press page's <meta {key}>")
            break
    if not page.hint(ctx.rel, "date"):
        for n in main.iter():
            m = re.match(r"\s*((?:19|20)\d\d-\d\d-\d\d)", n.attrs.get("datetime", "")) if n.tag == "time" else None
            if m:
                page._add(ctx.rel, "date", m.group(1), "the date on the press page")
                break
    date = page.hint(ctx.rel, "date")
    for photo in page.photos if date else []:
        page._add(photo, "date", date.value, "the date of the press page that shows it")
    lang = (tb.lang or "").split("-")[0].strip().lower()[:2]
    if lang:
        page._add(ctx.rel, "language", lang, "the press page's lang attribute")
    elif page.text:
        found = detect_language(page.text[:20000])
        if found:
            page._add(ctx.rel, "language", found, "the press page's words")

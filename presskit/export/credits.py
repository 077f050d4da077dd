"""``CREDITS.txt`` and ``index.html`` of a folder or ZIP export: every credit, readable offline."""

from __future__ import annotations

import datetime as _dt
import html
from pathlib import PurePosixPath
from urllib.parse import quote as _urlquote

from ..model import LANGUAGE_NAMES, KitInfo
from ..sizes import file_size
from .common import Entry
from .texts import Texts


def language_name(code: str | None) -> str:
    return LANGUAGE_NAMES.get(code or "", code or "")


def kit_dates(info: KitInfo) -> str:
    if info.start and info.end and info.end != info.start:
        return f"{info.start} – {info.end}"
    return info.start or info.end or ""


def kit_line(info: KitInfo) -> str:
    return " · ".join(x for x in (info.organisation, info.event, info.venue, kit_dates(info)) if x)


def credits_text(info: KitInfo, entries: list[Entry], now: _dt.datetime, t: Texts | None = None) -> str:
    """The text of CREDITS.txt, its fixed words in ``t``'s language (English by default)."""
    t = t or Texts("en")
    out = [t["credits_title"].format(title=info.title)]
    if kit_line(info):
        out.append(kit_line(info))
    out.append(t["exported_at"].format(date=f"{now:%Y-%m-%d %H:%M}"))
    out.append("")
    photos = [e for e in entries if e.item.is_photo]
    docs = [e for e in entries if not e.item.is_photo]

    colon = " :" if t.language == "fr" else ":"

    def line(label: str, value: str) -> str:  # one line per field: credits stay greppable and copyable whole
        return "  " + " ".join(f"{t[label]}{colon} {value}".split())

    if photos:
        head = t["photos"].upper()
        out += [head, "=" * len(head), ""]
        for e in photos:
            it = e.item
            out.append(e.rel or f"({it.path}: {e.note})")
            out.append(line("caption", it.caption or t["none"]))
            out.append(line("credit", it.credit or f"({t['credit_unknown']})"))
            out.append(line("copyright", it.copyright or t["not_stated"]))
            if it.title:
                out.append(line("title", it.title))
            if e.note and "drawn" in e.note:
                out.append(line("note", t["credit_burnt"]))
            out.append("")
    if docs:
        head = t["documents"].upper()
        out += [head, "=" * len(head), ""]
        for e in docs:
            it = e.item
            out.append(e.rel or f"({it.path}: {e.note})")
            out.append(line("title", it.title or PurePosixPath(it.path).name))
            out.append(line("kind", t.kind(it.kind)))
            out.append(line("organisation", it.organisation or info.organisation or t["not_stated"]))
            out.append(line("date", t.date(it.date) if it.date else t["not_stated"]))
            if it.language:
                out.append(line("language", t.language_name(it.language)))
            if it.speakers:
                out.append(line("speakers", ", ".join(it.speakers)))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


_INDEX_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.4}
h1{margin-bottom:.2rem}.kit{color:#555;margin-top:0}.exported{color:#777;font-size:.9rem}
h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
ul.docs{list-style:none;padding:0}ul.docs li{margin:.6rem 0}.meta{color:#666;font-size:.9rem}
.photos{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0;width:14rem}
figure img{width:14rem;height:10rem;object-fit:cover;background:#eee;display:block}
figcaption{font-size:.85rem}.credit{color:#444}.missing{color:#a00}
""".strip()


def index_html(info: KitInfo, entries: list[Entry], now: _dt.datetime, t: Texts | None = None) -> str:
    """The offline index.html: no scripts, no external resources, links relative to itself; its fixed
    words in ``t``'s language (the page is marked with that language)."""
    t = t or Texts("en")
    e_ = html.escape
    lang = t.language
    parts = [f'<!DOCTYPE html>\n<html lang="{e_(lang)}">\n<head>\n<meta charset="utf-8">\n'
             f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             f'<meta name="generator" content="presskit">\n'
             f"<title>{e_(info.title)} — selection</title>\n<style>\n{_INDEX_CSS}\n</style>\n</head>\n<body>\n"
             f"<h1>{e_(info.title)}</h1>\n"]
    if kit_line(info):
        parts.append(f'<p class="kit">{e_(kit_line(info))}</p>\n')
    parts.append(f'<p class="exported">{e_(t.count("index_items", len(entries), date=t.date(now)))} '
                 f'<a href="CREDITS.txt">CREDITS.txt</a></p>\n')
    current = None
    for e in entries:
        it = e.item
        if it.kind != current:
            if current is not None:
                parts.append("</div>\n" if current == "photo" else "</ul>\n")
            current = it.kind
            parts.append(f"<h2>{e_(t.kind_plural(it.kind))}</h2>\n")
            parts.append('<div class="photos">\n' if it.kind == "photo" else '<ul class="docs">\n')
        title = it.title or PurePosixPath(it.path).name
        href = _urlquote(e.rel) if e.rel else ""
        lang_attr = f' lang="{e_(it.language)}"' if it.language else ""
        if it.is_photo:
            img = (f'<a href="{e_(href)}"><img src="{e_(href)}" alt="{e_(it.caption or title)}" loading="lazy"></a>'
                   if href else f'<div class="missing">{e_(t["missing"])}</div>')
            credit = (f'<span class="credit">{e_(t["credit_label"])} {e_(it.credit)}</span>' if it.credit
                      else f'<span class="missing">{e_(t["credit_unknown_short"])}</span>')
            cr = f"<br><span class=\"credit\">{e_(it.copyright)}</span>" if it.copyright else ""
            parts.append(f"<figure>{img}<figcaption{lang_attr}><b>{e_(title)}</b><br>{e_(it.caption)}"
                         f"{'<br>' if it.caption else ''}{credit}{cr}</figcaption></figure>\n")
        else:
            pages = t.count("pages", it.pages) if it.media == "pdf" and it.pages else ""
            meta = [x for x in (t.date(it.date) if it.date else "", t.language_name(it.language), it.organisation,
                                pages, file_size(it.bytes, t.language) if it.bytes else "") if x]
            link = (f'<a href="{e_(href)}">{e_(title)}</a>' if href
                    else f'{e_(title)} <span class="missing">({e_(t["missing"])})</span>')
            parts.append(f'<li><span{lang_attr}>{link}</span><br><span class="meta">{e_(" · ".join(meta))}'
                         f"</span></li>\n")
    if current is not None:
        parts.append("</div>\n" if current == "photo" else "</ul>\n")
    parts.append("</body>\n</html>\n")
    return "".join(parts)

"""The "About this kit" page: title, event, dates, venue, media contacts, web links, contents."""

from __future__ import annotations

import html
from collections import Counter

from ..kit.format import Kit
from ..plaintext import mask_fingerprints
from .labels import date_label, kind_label, language_label
from .qt import QObject, translate
from .theme import css


class KitInfo(QObject):
    """Counts on this page, in the "KitInfo" translation context: lupdate records plural forms only
    for ``self.tr(…, n)`` calls, not for ``translate(…, n)`` with a computed ``n``."""

    def documents(self, n: int) -> str:
        return self.tr("%n document(s)", "", n)

    def photos(self, n: int) -> str:
        return self.tr("%n photo(s)", "", n)

    def more(self, n: int) -> str:
        return self.tr("and %n more", "", n)


def dates_text(kit: Kit) -> str:
    s, e = kit.info.start, kit.info.end
    if s and e and s != e:
        return f"{date_label(s)} – {date_label(e)}"
    return date_label(s or e) if (s or e) else ""


def skip_reason(reason: str) -> str:
    """Why the builder left a file out, in the reader's language ('' for an unknown reason code)."""
    return {
        "encrypted": translate("KitInfo", "protected by a password"),
        "corrupt": translate("KitInfo", "damaged"),
        "empty": translate("KitInfo", "empty"),
        "unsupported": translate("KitInfo", "not a kind of file presskit reads"),
        "too-big": translate("KitInfo", "too big"),
        "unreadable": translate("KitInfo", "could not be read"),
        "timeout": translate("KitInfo", "took too long to read"),
        "memory": translate("KitInfo", "needed too much memory to read"),
        "crash": translate("KitInfo", "made the reader crash"),
    }.get(reason, "")


def skipped_html(kit: Kit, limit: int = 50) -> str:
    """The "Files left out" section: each file the builder skipped, why, and (for a password-protected
    PDF still in the kit folder) a link to open it with its password."""
    esc = html.escape
    root_is_dir = kit.root.is_dir()
    heading = translate("KitInfo", "Files left out")
    note = translate("KitInfo", "These files are in the kit but could not be read, so they are not listed or "
                                "searchable.")
    open_label = translate("KitInfo", "Open it with its password")
    parts = [f"<h2>{esc(heading)}</h2>", css("<p style='color:@MUTED'>") + f"{esc(note)}</p><ul>"]
    for n, s in enumerate(kit.skipped[:limit]):
        path = str(s.get("path", ""))
        reason = str(s.get("reason") or "")
        why = skip_reason(reason) or str(s.get("message") or reason)
        line = f"<li><b>{esc(path)}</b> — {esc(why)}"
        if reason == "encrypted" and root_is_dir and path.lower().endswith(".pdf"):
            line += f" · <a href='skipped:{n}'>{esc(open_label)}</a>"
        parts.append(line + "</li>")
    if len(kit.skipped) > limit:
        more = KitInfo().more(len(kit.skipped) - limit)
        parts.append(f"<li>{esc(more)}</li>")
    parts.append("</ul>")
    return "".join(parts)


def about_html(kit: Kit) -> str:
    i = kit.info
    esc = html.escape
    parts = ["<div style='max-width:760px'>"]
    parts.append(f"<h1 style='margin-bottom:2px'>{esc(i.title)}</h1>")
    sub = " · ".join(x for x in (i.event, dates_text(kit), i.venue) if x)
    if sub:
        parts.append(css("<p style='font-size:12pt; color:@TEXT_SUBTITLE; margin-top:0'>") + f"{esc(sub)}</p>")
    if i.organisation:
        parts.append("<p>" + esc(translate("KitInfo", "Published by")) + f" <b>{esc(i.organisation)}</b></p>")
    if i.description:
        parts.append(f"<p>{esc(i.description)}</p>")
    docs = [it for it in kit.items if not it.is_photo]
    photos = [it for it in kit.items if it.is_photo]
    kinds = Counter(it.kind for it in docs)
    langs = Counter(it.language or "und" for it in docs)
    parts.append("<h2>" + esc(translate("KitInfo", "In this kit")) + "</h2><p>")
    counts = KitInfo()
    parts.append(esc(counts.documents(len(docs))) + ", " + esc(counts.photos(len(photos))) + "<br>")
    if kinds:
        parts.append(esc(", ".join(f"{kind_label(k)} {n}" for k, n in kinds.most_common())) + "<br>")
    if langs:
        parts.append(esc(translate("KitInfo", "Languages:")) + " "
                     + esc(", ".join(language_label(c) for c, _ in langs.most_common())))
    parts.append("</p>")
    if i.contacts:
        parts.append("<h2>" + esc(translate("KitInfo", "Media contacts")) + "</h2>")
        parts.append("<table cellspacing='0' cellpadding='6'>")
        for c in i.contacts:
            who = f"<b>{esc(c.name)}</b>"
            role = ", ".join(x for x in (c.role, c.organisation) if x)
            if role:
                who += css("<br><span style='color:@MUTED'>") + f"{esc(role)}</span>"
            reach = []
            if c.email:
                reach.append(f"<a href='mailto:{esc(c.email, quote=True)}'>{esc(c.email)}</a>")
            if c.phone:
                reach.append(esc(c.phone))
            if c.languages:
                reach.append(esc(", ".join(language_label(x) for x in c.languages)))
            parts.append(f"<tr><td valign='top' style='padding-right:24px'>{who}</td>"
                         f"<td valign='top'>{'<br>'.join(reach)}</td></tr>")
        parts.append("</table>")
    if i.links:
        parts.append("<h2>" + esc(translate("KitInfo", "On the web")) + css("</h2><p style='color:@MUTED'>")
                     + esc(translate("KitInfo", "Clicking a link copies its address; this laptop may be offline, "
                                                "so nothing is opened."))
                     + "</p><ul>")
        for link in i.links:
            parts.append(f"<li>{esc(link.label)}: <a href='{esc(link.url, quote=True)}'>{esc(link.url)}</a></li>")
        parts.append("</ul>")
    if kit.skipped:
        parts.append(skipped_html(kit))
    if i.publisher:
        # the name as the kit states it (fingerprint-like text masked); who really signed it, and the
        # key's own fingerprint, are in the signature badge: never a fingerprint written in the kit
        # one string, not "Publisher" + ": ": French puts a space before the colon
        parts.append(css("<p style='color:@MUTED'>") + esc(translate("KitInfo", "Publisher: {0}"))
                     .replace("{0}", esc(mask_fingerprints(i.publisher, 120))) + "</p>")
    parts.append("</div>")
    return "".join(parts)

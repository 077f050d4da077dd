"""Citations: a verbatim passage plus who said it, where and when, as plain text and as HTML.

:func:`cite` is what "Copy with citation" (viewer) and ``presskit quotes --cite`` call. Two styles:

* ``news``: ``“We will act,” said Amara Diallo, Director, Coalition X (press release “Title”,
  16 November 2026, p. 2).``
* ``bibliographic`` (MLA-like): the quote on its own line, then
  ``Diallo, Amara (Director). “Title.” Press release. Coalition X, 16 Nov. 2026, p. 2.``

The quoted passage is wrapped in the quotation marks of *its own* language (“…” English, « … » French
with no-break spaces, «…» Spanish, „…“ German); the framing words (said, press release, p.) are English.
Quotation marks inside the passage are turned into the secondary marks of the language (‘…’ in English,
“…” in French), as a quote within a quote should be. The passage is otherwise verbatim: only runs of
white space (line breaks from a PDF selection) become one space, words hyphenated across a line break are
rejoined, and the news style turns a final full stop into the comma that precedes "said".

A document is cited as a translation when it belongs to a translation group (``item.group``) and its
language is not the kit's first language (``kit_info.languages[0]``), which is the language the
publisher writes in first. A passage from a page whose text was recognised from a scan
(``item.ocr_pages``) says so ("text recognised from a scan"), so whoever quotes it knows to check
the words against the page. See ``docs/citations.md`` for examples.
"""

from __future__ import annotations

import datetime as _dt
import html
import re
from dataclasses import dataclass

from .model import KIND_LABELS, Item, KitInfo, Quote

__all__ = ["Citation", "STYLES", "cite", "quote_marks", "is_translation", "ENGLISH_LANGUAGE_NAMES", "NOT_STATED",
           "BY_DOCUMENT", "attribution_note", "cite_quote", "OCR_NOTE"]

#: Citation styles, in the order settings show them: (name, label).
STYLES: tuple[tuple[str, str], ...] = (("news", "News (said …)"), ("bibliographic", "Bibliographic (MLA-like)"))

NBSP = "\u00a0"

#: What a citation from a scanned page adds (the words came from OCR, not from the publisher's text).
OCR_NOTE = "text recognised from a scan"

#: Language names as they appear inside an English citation.
ENGLISH_LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "fr": "French", "es": "Spanish", "ar": "Arabic", "ru": "Russian", "zh": "Chinese",
    "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "el": "Greek", "ja": "Japanese",
}

# (open, close, inner open, inner close) per language; default is English.
_MARKS: dict[str, tuple[str, str, str, str]] = {
    "en": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "fr": ("\u00ab" + NBSP, NBSP + "\u00bb", "\u201c", "\u201d"),
    "es": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "de": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "ru": ("\u00ab", "\u00bb", "\u201e", "\u201c"),
    "zh": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "ar": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
# MLA abbreviations (months of four letters or fewer stay whole).
_MONTHS_SHORT = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

# Pairs of quotation marks that may surround a selection copied together with its marks.
_PAIRS = {("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c"), ("\u201e", "\u201d"),
          ('"', '"'), ("\u2018", "\u2019"), ("\u201a", "\u2018"), ("\u300c", "\u300d"), ("\u00bb", "\u00ab")}


def _encloses(text: str) -> bool:
    """True when text[0] and text[-1] are one pair of marks around the whole text (not two quotes)."""
    o, c = text[0], text[-1]
    if o == c:
        return o not in text[1:-1]
    depth = 0
    for i, ch in enumerate(text):
        if ch == o:
            depth += 1
        elif ch == c:
            depth -= 1
        if depth == 0 and i < len(text) - 1:
            return False
    return depth == 0


@dataclass(frozen=True)
class Citation:
    """A citation ready for the clipboard: ``plain`` text and an ``html`` fragment (escaped)."""

    plain: str
    html: str


def quote_marks(language: str | None) -> tuple[str, str]:
    """Opening and closing quotation marks for text in ``language`` (ISO 639-1; English by default)."""
    o, c, _, _ = _MARKS.get((language or "en").lower()[:2], _MARKS["en"])
    return o, c


def is_translation(item: Item, kit_info: KitInfo) -> bool:
    """True when ``item`` is a translation: in a translation group, in another language than the kit's first."""
    if not item.group or not item.language or not kit_info.languages:
        return False
    return item.language.lower() != kit_info.languages[0].lower()


def _clean_passage(text: str) -> str:
    text = text.replace("\u00ad", "")  # soft hyphens from PDF extraction
    text = re.sub(r"(\w)-[ \t]*\r?\n[ \t]*(?=[a-zà-ÿ])", r"\1", text)  # re-join "disarma-\nment"
    text = re.sub(r"\s+", " ", text).strip()
    # a selection copied with its own quotation marks: drop the outer pair when it encloses all of it
    while len(text) >= 2 and (text[0], text[-1]) in _PAIRS and _encloses(text):
        text = text[1:-1].strip(" " + NBSP + "\u202f")
    return text


def _nest(text: str, language: str | None) -> str:
    """Turn the passage's own double quotation marks into the language's secondary marks."""
    _, _, io, ic = _MARKS.get((language or "en").lower()[:2], _MARKS["en"])
    out: list[str] = []
    opening = True
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "\u201c\u201e\u00ab":
            out.append(io)
            opening = False
            # drop the no-break space that follows « in French
            if ch == "\u00ab" and i + 1 < len(text) and text[i + 1] in (NBSP, "\u202f", " "):
                i += 1
        elif ch in "\u201d\u00bb":
            if out and out[-1] in (NBSP, "\u202f", " ") and ch == "\u00bb":
                out.pop()
            out.append(ic)
            opening = True
        elif ch == '"':
            out.append(io if opening else ic)
            opening = not opening
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _date_long(iso: str | None) -> str:
    d = _parse_date(iso)
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}" if d else ""


def _date_short(iso: str | None) -> str:
    d = _parse_date(iso)
    return f"{d.day} {_MONTHS_SHORT[d.month - 1]} {d.year}" if d else ""


def _parse_date(iso: str | None) -> _dt.date | None:
    if not iso:
        return None
    try:
        return _dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _inverted(name: str) -> str:
    """'Amara Diallo' -> 'Diallo, Amara'; one word (or an organisation) stays as it is."""
    parts = name.split()
    if len(parts) < 2 or "," in name:
        return name
    # keep particles with the surname: "Jean de La Fontaine" -> "de La Fontaine, Jean"
    i = len(parts) - 1
    while i > 1 and parts[i - 1].lower() in ("de", "du", "da", "van", "von", "der", "la", "le", "al", "el", "bin", "ibn"):
        i -= 1
    return f"{' '.join(parts[i:])}, {' '.join(parts[:i])}"


def _kind_label(item: Item) -> str:
    return KIND_LABELS.get(item.kind, "Document") if item.kind != "other" else "Document"


def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _check_style(style: str) -> None:
    if style not in {s for s, _ in STYLES}:
        raise ValueError(f"Unknown citation style {style!r}; use one of: {', '.join(s for s, _ in STYLES)}.")


def _sentence_end(s: str) -> str:
    return s if s.endswith((".", "?", "!", "…")) else s + "."


#: What a citation says when the text itself does not name who spoke (``Quote.attribution``).
NOT_STATED = "speaker not stated in the text"
BY_DOCUMENT = "attributed to the document"
_ORG_SOURCE = "organisation"  # internal: the speaker is an organisation (never inverted, no note)


def attribution_note(attribution: str, speaker: str) -> str:
    """The state a citation carries: "" when the text names the speaker (or for a free selection)."""
    if attribution == "document" and speaker:
        return BY_DOCUMENT
    if attribution and attribution != "organisation" and not speaker:
        return NOT_STATED  # whatever the way: one below the threshold ("pronoun" 0.65) names nobody either
    return ""


def cite(text: str, *, item: Item, kit_info: KitInfo, page: int | None = None, speaker: str = "",
         role: str = "", organisation: str = "", style: str = "news", attribution: str = "",
         language: str | None = None) -> Citation:
    """Cite ``text`` (verbatim) from ``item``.

    Args:
        text: the passage, as selected or as extracted (white space is normalised).
        item: the document it comes from (title, kind, date, language, organisation, group).
        kit_info: the kit's info (publisher organisation, first language for translations).
        page: 1-based page number, or None (HTML/text documents, photos).
        speaker, role, organisation: who said it, when known (from a :class:`~presskit.model.Quote`).
        style: ``"news"`` or ``"bibliographic"``.
        attribution: how the quote's speaker was found (``Quote.attribution``); "" for a free selection.
            A quote the document, not its text, attributes says so ("attributed to the document"); one
            whose speaker the text does not state says that ("speaker not stated in the text"). An
            organisation that is itself the source (``organisation``) is cited as the one who said it.
        language: the passage's own language (a French quote in an English newsletter); default the
            document's.

    Returns:
        A :class:`Citation` with ``plain`` and ``html`` (every value HTML-escaped).

    Raises:
        ValueError: on an unknown style or an empty passage.
    """
    _check_style(style)
    passage = _clean_passage(text or "")
    if not passage:
        raise ValueError("There is no text to cite: select some text first.")
    lang = (language or item.language or (kit_info.languages[0] if kit_info.languages else "en") or "en").lower()
    passage = _nest(passage, lang).rstrip(",").rstrip()  # "…," said X: the comma is not part of the words
    speaker, role, organisation = speaker.strip(), role.strip(), organisation.strip()
    note = attribution_note(attribution, speaker)
    if attribution == "organisation" and organisation and not speaker:
        # the organisation said it: "“…,” said the X Institute" / "X Institute. “Title.” …"
        speaker, role, organisation, note = organisation, "", "", _ORG_SOURCE
    title = (item.title or item.path.rsplit("/", 1)[-1]).strip()
    publisher = (item.organisation or kit_info.organisation).strip()
    translation = ENGLISH_LANGUAGE_NAMES.get(item.language or "", item.language or "") if is_translation(item, kit_info) else ""
    if style == "news":
        return _news(passage, lang, item, page, speaker, role, organisation, title, publisher, translation, note)
    return _bibliographic(passage, lang, item, page, speaker, role, organisation, title, publisher, translation,
                          note)


def _news(passage, lang, item, page, speaker, role, organisation, title, publisher, translation, note) -> Citation:
    o, c = quote_marks(lang)
    body = passage
    said = ""
    if speaker:
        # “…,” said X — the comma goes inside English marks, after French/Spanish/German ones
        if body.endswith(".") and not body.endswith(".."):
            body = body[:-1]
        ends_itself = body.endswith(("?", "!", "…"))
        who = ", ".join(x for x in (speaker, role, organisation) if x)
        if lang.startswith("en") or lang not in _MARKS:
            quoted_p = f"{o}{body}{'' if ends_itself else ','}{c}"
        else:
            quoted_p = f"{o}{body}{c}{'' if ends_itself else ','}"
        said = who
    else:
        quoted_p = f"{o}{body}{c}"
    # the source, in parentheses
    kind = _kind_label(item)
    src_parts_plain = [f"{kind.lower() if kind != 'Document' else 'document'} \u201c{title}\u201d"]
    if not speaker and publisher:
        src_parts_plain.insert(0, publisher)
    date = _date_long(item.date)
    if date:
        src_parts_plain.append(date)
    if page:
        src_parts_plain.append(f"p. {page}")
    src = ", ".join(src_parts_plain)
    if translation:
        src += f"; translation, {translation}"
    if item.is_ocr_page(page):
        src += f"; {OCR_NOTE}"
    if note and note is not _ORG_SOURCE:
        src = f"{note}; {src}"
    plain = f"{quoted_p} said {said} ({src})." if said else f"{quoted_p} ({src})."
    # HTML: the same words, escaped, with the passage marked with its language
    q_html = f'<span lang="{_e(lang)}">{_e(quoted_p)}</span>'
    src_html = _e(src)
    html_ = f"<p>{q_html} said {_e(said)} ({src_html}).</p>" if said else f"<p>{q_html} ({src_html}).</p>"
    return Citation(plain, html_)


def _bibliographic(passage, lang, item, page, speaker, role, organisation, title, publisher, translation,
                  note) -> Citation:
    o, c = quote_marks(lang)
    quoted = f"{o}{passage}{c}"
    author = ""
    if speaker and note is _ORG_SOURCE:
        author, note = speaker, ""
    elif speaker:
        author = _inverted(speaker)
        extra = [x for x in (role, organisation if organisation and organisation != publisher else "") if x]
        if extra:
            author += f" ({', '.join(extra)})"
    elif publisher:
        author = publisher
    kind = _kind_label(item)
    kind_part = kind + (f" (translation, {translation})" if translation else "")
    container = []
    if publisher and (speaker or not author):
        container.append(publisher)
    container.append(_date_short(item.date) or "n.d.")
    if page:
        container.append(f"p. {page}" + (f" ({OCR_NOTE})" if item.is_ocr_page(page) else ""))
    t = _sentence_end(title)
    parts_plain = ([_sentence_end(author)] if author else []) + [f"\u201c{t}\u201d", _sentence_end(kind_part),
                                                                 _sentence_end(", ".join(container))]
    if note:
        parts_plain.insert(1 if author else 0, f"({note[0].upper() + note[1:]}.)")
    ref = " ".join(parts_plain)
    plain = f"{quoted}\n{ref}"
    html_ = (f'<p lang="{_e(lang)}">{_e(quoted)}</p>\n'
             f"<p>{_e(ref)}</p>")
    return Citation(plain, html_)


def cite_quote(q: Quote, item: Item, kit_info: KitInfo, style: str = "news") -> Citation:
    """The citation of a quotation the kit found: its speaker, role and organisation, how the speaker
    was found (the state the citation carries), its own language, and its page in a PDF."""
    return cite(q.text, item=item, kit_info=kit_info, page=q.page if item.media == "pdf" else None,
                speaker=q.speaker, role=q.role, organisation=q.organisation, style=style,
                attribution=q.attribution or ("document" if q.inferred else "named"), language=q.language)


_OWN_MARK = re.compile(r"^(\u00a9|\(c\)|copyright\b|\u00ae)", re.IGNORECASE)


def _rights(copyright_: str) -> str:
    """`` © HOLDER`` for a photo's citation, or "" with no copyright; a notice that already carries its
    own mark ("© 2026 Coalition", "Copyright 2026 …", "(c) …") is not given a second one."""
    text = " ".join(copyright_.split())
    if not text:
        return ""
    return f" {text}" if _OWN_MARK.match(text) else f" \u00a9 {text}"


def cite_photo(item: Item, kit_info: KitInfo, style: str = "news") -> Citation:
    """The citation of a photo: its caption, its credit (which travels with the photo wherever it
    goes), and its source (the photo's title, the publisher, the date). A photo with no caption is
    cited by its title; one with no credit says so."""
    _check_style(style)
    title = (item.title or item.path.rsplit("/", 1)[-1]).strip()
    caption = _sentence_end(" ".join((item.caption or title).split()))
    credit = " ".join(item.credit.split()) or "credit not stated"
    rights = _rights(item.copyright)
    publisher = (item.organisation or kit_info.organisation).strip()
    if style == "news":
        src = ", ".join(x for x in (publisher, f"photo \u201c{title}\u201d", _date_long(item.date)) if x)
        plain = f"{caption} Photo: {credit}{rights} ({src})."
        return Citation(plain, f"<p>{_e(plain)}</p>")
    credit_line = _sentence_end(f"Photo: {credit}{rights}")
    container = _sentence_end(", ".join(x for x in (publisher, _date_short(item.date) or "n.d.") if x))
    ref = f"\u201c{_sentence_end(title)}\u201d Photograph. {container}"
    plain = f"{caption} {credit_line}\n{ref}"
    return Citation(plain, f"<p>{_e(caption)} {_e(credit_line)}</p>\n<p>{_e(ref)}</p>")

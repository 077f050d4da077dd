"""Where an item's kind, date, language and title come from, and the reason a person can read.

Every value is a :class:`Choice`: the value, its source (a code: ``kit.toml``, ``name``, ``folder``,
``heading``, ``text``, ``metadata``, ``type``; a saved press page will add ``press-page``) and a
sentence. The first source that gives a value the file's own evidence agrees with wins:

* **kind**: kit.toml; the file name's words; the document's heading (its title metadata or the
  first line of its first page: "PRESS RELEASE", "Statement on …"); its folders' words, innermost
  first; else ``other``. A word counts only when the file's type agrees: ``photo`` only for an
  image, every other kind only for a document, so a PDF in a folder called ``images`` is never a
  photo and a photo in ``press-releases/`` stays a photo.
* **date**: kit.toml; the file name (a date without a year takes the kit's year, else the most
  common year of the dated names of its folder, else the year of the file's own plausible date);
  the date printed at the top of the first page; the file's metadata (a PDF's creation, then
  modification date; a photo's EXIF date). A date from the text or the metadata is not used when
  it is before 1990, in the future (metadata: after the build; printed: more than a year after), or
  far from the kit's own dates (more than two years, or the kit's spread, outside the dates its
  kit.toml and its file names give, when they give at least five); the next source is tried.
* **language**: kit.toml; a language marker in the file name; the language of the text (of a
  photo: its caption); a folder's language marker, unless the text is long and in a language
  presskit does not know; the file's metadata (PDF ``/Lang``, HTML ``lang``).
* **title**: kit.toml; the file's title metadata unless it looks generated (``Microsoft Word -
  x.doc``, ``x.dvi``); a PDF's first-page heading (:mod:`presskit.build.heading`); the file name,
  cleaned.

Everything here is decided from the file and from what the names of all the kit's files say
(:class:`KitDates`, known before any file is read), so an item is final as soon as its file is read
and can be indexed at once.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from ..ingest.naming import date_with_year, kind_in_heading
from ..ingest.language import detect_document_language, document_language
from ..ingest.record import Extracted
from ..ingest.textdates import printed_dates
from .heading import first_page_heading

#: Dates before this are not taken from a file's metadata or text (PDF and camera defaults: 1970,
#: 1980-01-01, 1969-12-31).
EARLIEST = "1990-01-01"
#: With at least this many dates from kit.toml and the file names, a date far from them is doubtful.
MIN_REFERENCE_DATES = 5
#: ... "far" being more than this outside their range (or more than the range itself, if longer).
FAR_DAYS = 730
#: A document with this many words whose language is not recognised is in a language presskit does
#: not know: a folder's language marker (``texlive-lang-french/``) is then not believed.
MUCH_TEXT = 200


@dataclass(frozen=True)
class Choice:
    """A value with its ``source`` (a code) and ``reason`` (a phrase for people, no final stop)."""

    value: str | None
    source: str
    reason: str


@dataclass(frozen=True)
class DateChoice(Choice):
    """A date, the source code ``presskit info`` counts (:data:`presskit.model.DATE_SOURCES`), and
    the dates of the file that were not used, with why (``"PDF creation date 1969-12-31 (before 1990)"``)."""

    rejected: list[str] = field(default_factory=list)
    #: "" for a day; "month" when only the month and year are known (the date is then the 1st)
    precision: str = ""


# --- the kit's own dates ------------------------------------------------------------------------------

@dataclass
class KitDates:
    """What the kit says about dates before any file is read: the year of kit.toml's dates, the most
    common year of the dated file names of each folder, the range of the kit's own dates (kit.toml's
    and the file names'), and the day of the build."""

    today: _dt.date
    kit_year: int | None = None
    folder_years: dict[str, int] = field(default_factory=dict)
    window: tuple[str, str] | None = None
    span: tuple[str, str] | None = None

    @classmethod
    def of(cls, guesses: dict[str, dict], kit_dates: list[str], today: _dt.date | None = None) -> "KitDates":
        """``guesses``: path -> :func:`presskit.ingest.naming.infer_from_name` of every file."""
        years: dict[str, Counter] = {}
        named: list[str] = []
        for rel, g in guesses.items():
            if g.get("date") and g.get("date_year") == "name":
                years.setdefault(str(PurePosixPath(rel).parent), Counter())[int(g["date"][:4])] += 1
                named.append(g["date"])
        folder_years = {f: max(c.items(), key=lambda kv: (kv[1], kv[0]))[0] for f, c in years.items()}
        kd = cls(today or _dt.date.today(), int(kit_dates[0][:4]) if kit_dates else None, folder_years)
        ref = sorted(named + kit_dates)
        if len(ref) >= MIN_REFERENCE_DATES:
            lo, hi = ref[len(ref) // 10], ref[-1 - len(ref) // 10]
            d_lo, d_hi = _dt.date.fromisoformat(lo), _dt.date.fromisoformat(hi)
            margin = _dt.timedelta(days=max(FAR_DAYS, (d_hi - d_lo).days))
            kd.window = ((d_lo - margin).isoformat(), (d_hi + margin).isoformat())
            kd.span = (lo, hi)
        return kd

    def doubt(self, iso: str, *, printed: bool) -> str | None:
        """Why a date from a file's metadata (or, ``printed``, its text) is not believed; None if it is."""
        if iso < EARLIEST:
            return "before 1990"
        latest = self.today + _dt.timedelta(days=366 if printed else 1)
        if iso > latest.isoformat():
            return "in the future"
        if self.window and not self.window[0] <= iso <= self.window[1]:
            lo, hi = self.span or self.window
            return f"far from the kit's other dates, {lo} to {hi}" if lo != hi else \
                f"far from the kit's other dates ({lo})"
        return None


# --- kind ----------------------------------------------------------------------------------------------

_ISSUE = re.compile(r"(?i)\b(?:issue|no\.|n[°o]|num[ée]ro|vol\.)\s*\d+")


def _kind_from_heading(ex: Extracted) -> Choice | None:
    if ex.is_photo:
        return None
    top = (ex.pages[0] if ex.pages else "")[:300]
    for where, text in (("title", (ex.meta.get("title") or "").strip()),
                        ("first line", next((ln.strip() for ln in top.splitlines() if ln.strip()), ""))):
        found = kind_in_heading(text[:200]) if text else None
        if found:
            return Choice(found[0], "heading", f"the document's {where} says “{_short(text)}”")
        if text and re.search(r"(?i)\bnews\b", text) and _ISSUE.search(top):
            return Choice("newsletter", "heading", f"a numbered issue: “{_short(' '.join(top.split()))}”")
    return None


def choose_kind(guess: dict, ex: Extracted, override: str | None) -> Choice:
    if override:
        return Choice(override, "kit.toml", "set in kit.toml")
    if ex.is_photo:
        return Choice("photo", "type", "the file is an image")
    ignored: list[str] = []
    named = [(k, where) for k, where in guess.get("kinds") or []]
    by_name = [(k, w) for k, w in named if w.startswith("name:")]
    by_folder = [(k, w) for k, w in named if w.startswith("folder:")]
    for k, where in by_name:
        if k != "photo":
            return Choice(k, "name", f"the file name says “{where[5:]}”")
        ignored.append(f"its name says “{where[5:]}”")
    heading = _kind_from_heading(ex)
    if heading:
        return heading
    for k, where in by_folder:
        if k != "photo":
            return Choice(k, "folder", f"it is in the folder “{where[7:]}”")
        ignored.append(f"its folder “{where[7:]}” names photos")
    reason = "nothing in its name, folders or heading names a kind"
    if ignored:
        reason += f" ({'; '.join(ignored)}, but it is a document, not an image)"
    return Choice("other", "none", reason)


# --- title ---------------------------------------------------------------------------------------------

_GENERATED_TITLE = re.compile(r"(?i)^(microsoft (word|powerpoint|excel)|untitled|document\d*$|slide \d+$)"
                              r"|\.(pdf|docx?|dvi|tex|ps|eps|odt|rtf|indd|qxd|fh\d+|ai|pptx?)$")


def looks_generated(title: str) -> bool:
    """A title a program wrote rather than a person: "Microsoft Word - x.doc", "x.dvi", "Untitled"."""
    t = title.strip()
    return len(t) < 3 or bool(_GENERATED_TITLE.search(t))


#: ``why["title"]`` of a title taken from a PDF's first-page heading (see ``items.settle_heading_titles``)
HEADING_REASON = "from the first page's heading"


def choose_title(guess: dict, ex: Extracted, rel: str, override: str | None, organisation: str = "") -> Choice:
    if override:
        return Choice(override, "kit.toml", "set in kit.toml")
    meta_title = " ".join((ex.meta.get("title") or "").split())
    what = {"pdf": "the PDF's title", "html": "the page's title", "image": "the photo's title"}.get(
        ex.media, "the document's title")
    if meta_title and not looks_generated(meta_title):
        return Choice(meta_title[:300], "metadata", f"from {what}")
    because = f" ({what}, “{_short(meta_title)}”, looks generated)" if meta_title else ""
    heading = first_page_heading(ex.meta, organisation) if ex.media == "pdf" else None
    if heading:
        return Choice(heading, "heading", HEADING_REASON + because)
    name_title = guess.get("title") or PurePosixPath(rel).stem
    return Choice(name_title, "name", "from the file name" + because)


# --- language ------------------------------------------------------------------------------------------

def choose_language(guess: dict, ex: Extracted, override: str | None) -> Choice:
    if override:
        return Choice(override, "kit.toml", "set in kit.toml")
    name_lang, where = guess.get("language"), guess.get("language_from") or ""
    if name_lang and where == "name":
        return Choice(name_lang, "name", "the file name says so")
    if ex.is_photo:
        caption = ex.meta.get("caption") or ""
        detected = detect_document_language([caption]) if caption else None
        if detected:
            return Choice(detected, "text", "detected in its caption")
    elif ex.pages:
        detected, words = document_language(ex.pages)
        if detected:
            return Choice(detected, "text", "detected in its text")
        if words >= MUCH_TEXT:
            return Choice(None, "none", "much text, in a language presskit does not tell apart"
                          + (f" (its folder “{where.removeprefix('folder:')}” is not enough)" if name_lang else ""))
    if name_lang:
        return Choice(name_lang, "folder", f"its folder “{where.removeprefix('folder:')}” says so")
    meta_lang = ex.meta.get("language")
    if meta_lang:
        return Choice(meta_lang, "metadata", "from the file's language metadata")
    if ex.is_photo:
        return Choice(None, "none", "a photo without a caption in a known language")
    if ex.status == "no-text":
        return Choice(None, "none", "the file has no text to read")
    return Choice(None, "none", "too little text, or text in no language presskit tells apart")


# --- date ----------------------------------------------------------------------------------------------

def _content_dates(ex: Extracted, kd: KitDates, rejected: list[str]) -> list[Choice]:
    """Plausible dates the file itself gives, best first: printed on the first page, then metadata."""
    meta_dates: list[tuple[str, str]] = []
    label = {"pdf": "PDF", "image": "photo", "html": "page"}.get(ex.media, "file")
    if ex.meta.get("date"):
        what = "creation date" if ex.media == "pdf" else "date"
        meta_dates.append((ex.meta["date"], f"{label} {what}" if ex.media != "image" else "photo's date"))
    if ex.meta.get("date_modified") and ex.meta.get("date_modified") != ex.meta.get("date"):
        meta_dates.append((ex.meta["date_modified"], f"{label} modification date"))
    good_meta: list[Choice] = []
    for iso, what in meta_dates:
        why = kd.doubt(iso, printed=False)
        if why:
            rejected.append(f"{what} {iso} ({why})")
        else:
            good_meta.append(Choice(iso, "metadata", f"from the {what}"))
    out: list[Choice] = []
    if not ex.is_photo and ex.pages:
        printed = _printed(ex.pages[0], good_meta[0].value if good_meta else None, kd)
        if printed:
            out.append(printed)
    return out + good_meta


def _printed(first_page: str, meta: str | None, kd: KitDates) -> Choice | None:
    """The document's date as printed at the top of its first page; a printed date the metadata
    confirms (within a week) first, else the first full date, else a month and year."""
    found = [p for p in printed_dates(first_page) if not kd.doubt(p.iso, printed=True)]
    days = [p for p in found if p.precision == "day"]
    if meta:
        m = _dt.date.fromisoformat(meta)
        near = [p for p in days if abs((_dt.date.fromisoformat(p.iso) - m).days) <= 7]
        if near:
            return Choice(near[0].iso, "text", f"printed on the first page: “{near[0].phrase}”")
    if days:
        return Choice(days[0].iso, "text", f"printed on the first page: “{days[0].phrase}”")
    months = [p for p in found if p.precision == "month"]
    if months:
        p = months[0]
        if meta and meta[:7] == p.iso[:7]:
            return Choice(meta, "text", f"printed on the first page: “{p.phrase}” (the day from the metadata)")
        return DateChoice(p.iso, "text", f"printed on the first page: “{p.phrase}” (a month, no day)",
                          precision="month")
    return None


def choose_date(guess: dict, ex: Extracted, rel: str, kd: KitDates, override: str | None) -> DateChoice:
    rejected: list[str] = []
    if override:
        return DateChoice(override, "kit.toml", "set in kit.toml")
    content = _content_dates(ex, kd, rejected)
    if guess.get("date"):
        if guess.get("date_year") == "kit":
            return DateChoice(guess["date"], "name+kit", "from the file name, with the year of kit.toml's dates",
                              rejected)
        return DateChoice(guess["date"], "name", "from the file or folder name", rejected)
    day_month = guess.get("day_month")
    if day_month:
        year = kd.folder_years.get(str(PurePosixPath(rel).parent))
        if year and (iso := date_with_year(year, day_month)):
            return DateChoice(iso, "name+folder",
                              f"from the file name, with the year of the other dated files of its folder ({year})",
                              rejected)
        if content and (iso := date_with_year(int(content[0].value[:4]), day_month)):
            return DateChoice(iso, "name+metadata",
                              f"from the file name, with the year of the file's own date ({content[0].reason})",
                              rejected)
    if content:
        best = content[0]
        return DateChoice(best.value, best.source, best.reason, rejected, getattr(best, "precision", ""))
    reason = "the name gives a day without a year, and no year was found" if day_month else \
        "no date in its name, text or metadata"
    return DateChoice(None, "", reason, rejected)


def _short(text: str, n: int = 60) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1] + "…"


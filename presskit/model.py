"""Plain data types shared by every layer: kit metadata, items, quotes.

These are the contract between ingest, index, search, export and the UI. They are JSON-friendly
(``to_dict``/``from_dict``) because ``manifest.json`` is their serialised form.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

#: Kinds of item, in the order navigators show them.
KINDS: tuple[str, ...] = (
    "press-release",
    "statement",
    "newsletter",
    "analysis",
    "summary",
    "fact-sheet",
    "briefing",
    "media-contacts",
    "photo",
    "other",
)

KIND_LABELS: dict[str, str] = {
    "press-release": "Press release",
    "statement": "Statement",
    "newsletter": "Newsletter",
    "analysis": "Analysis",
    "summary": "Summary",
    "fact-sheet": "Fact sheet",
    "briefing": "Briefing",
    "media-contacts": "Media contacts",
    "photo": "Photo",
    "other": "Other",
}

#: The media type of photos (others: "pdf", "html", "markdown", "text", "office"; see
#: presskit.ingest.formats). "office" is a Word (.docx) or OpenDocument (.odt) text.
PHOTO_MEDIA = "image"
OFFICE_MEDIA = "office"


def day_order(date: str | None) -> str:
    """The sort key that lists by day with the undated last (documents, quotations, the CLI's listings alike)."""
    return date or "9999"


def is_photo_media(media: str) -> bool:
    """Whether a file read as ``media`` is a photo: the one definition (items and extractions use it)."""
    return media == PHOTO_MEDIA


#: Where an item's date comes from (``Item.date_source``), and how ``presskit info`` says it.
DATE_SOURCES: dict[str, str] = {
    "name": "the file or folder name",
    "name+kit": "the file name, with the year of the kit's dates (kit.toml)",
    "name+folder": "the file name, with the year of the other dated files of its folder",
    "name+metadata": "the file name, with the year of the file's own date",
    "text": "the date printed on its first page",
    "metadata": "the file's own metadata",
    "press-page": "the organisation's saved press page (a link text, or the page's own date)",
    "kit.toml": "kit.toml",
}

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "ru": "Русский",
    "zh": "中文",
    "de": "Deutsch",
}


def _filter_known(cls, data: dict[str, Any]) -> dict[str, Any]:
    names = _FIELD_NAMES.get(cls)
    if names is None:  # once per class: a manifest makes thousands of items
        names = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls))
    return {k: v for k, v in data.items() if k in names}


_FIELD_NAMES: dict[type, frozenset[str]] = {}


@dataclass
class Contact:
    name: str
    role: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    languages: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Contact":
        return cls(**_filter_known(cls, d))


@dataclass
class Link:
    """A web address shown to the reader; never opened by presskit itself."""

    label: str
    url: str

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Link":
        return cls(**_filter_known(cls, d))


@dataclass
class Organisation:
    """An organisation as ``kit.toml`` names it: its name in each language, and its acronyms."""

    names: dict[str, str] = field(default_factory=dict)  # language code -> name
    acronyms: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Organisation":
        names = d.get("names") if isinstance(d.get("names"), dict) else {}
        acr = d.get("acronyms") if isinstance(d.get("acronyms"), list) else []
        return cls({str(k): v for k, v in names.items() if isinstance(v, str) and v.strip()},
                   [a for a in acr if isinstance(a, str) and a.strip()])


@dataclass
class KitInfo:
    """What ``kit.toml`` says about the kit as a whole."""

    title: str = "Untitled kit"
    organisation: str = ""
    event: str = ""
    venue: str = ""
    start: str | None = None  # ISO date
    end: str | None = None  # ISO date
    languages: list[str] = field(default_factory=list)
    description: str = ""
    contacts: list[Contact] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    publisher: str = ""
    key_fingerprint: str = ""
    organisations: list[Organisation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if not self.organisations:
            del d["organisations"]  # kits without them keep the manifest they always had
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "KitInfo":
        data = _filter_known(cls, d)
        data["contacts"] = [Contact.from_dict(c) for c in d.get("contacts", []) if isinstance(c, dict)]
        data["links"] = [Link.from_dict(c) for c in d.get("links", []) if isinstance(c, dict)]
        orgs = d.get("organisations", [])
        data["organisations"] = [Organisation.from_dict(o) for o in (orgs if isinstance(orgs, list) else [])
                                 if isinstance(o, dict)]
        return cls(**data)


@dataclass
class Item:
    """One document or photo of a kit (one entry of ``manifest.json``)."""

    id: str
    path: str  # relative POSIX path inside the kit folder
    sha256: str
    bytes: int
    kind: str = "other"
    media: str = "text"
    title: str = ""
    date: str | None = None  # ISO yyyy-mm-dd
    date_source: str = ""  # where the date comes from: see DATE_SOURCES
    date_precision: str = ""  # "" a day; "month": only the month is known ("November 2011"), date is the 1st
    language: str | None = None  # ISO 639-1
    speakers: list[str] = field(default_factory=list)
    organisation: str = ""
    group: str | None = None  # translation group: items sharing it are translations of each other
    tags: list[str] = field(default_factory=list)
    pages: int = 0  # PDF pages; sections of Word/OpenDocument files; 1 for other text; 0 for photos
    status: str = "ok"  # ok | no-text (scanned PDF whose pages could not be recognised: nothing to search)
    links: list[str] = field(default_factory=list)  # web addresses found in the document
    # pages (1-based) whose text was recognised from a scan (OCR), and scanned pages left without text
    ocr_pages: list[int] = field(default_factory=list)
    unread_pages: list[int] = field(default_factory=list)
    # photos
    caption: str = ""
    credit: str = ""
    copyright: str = ""
    width: int = 0
    height: int = 0
    #: why the kind, date, language and title are what they are: {"kind": "the file name says …", …},
    #: and "date_not_used": dates of the file that were not believed (see presskit.build.evidence);
    #: also "caption" and "credit" when the organisation's saved press page gave them
    why: dict[str, str] = field(default_factory=dict)

    @property
    def is_photo(self) -> bool:
        return is_photo_media(self.media)

    def to_dict(self) -> dict[str, Any]:
        """The manifest entry. The keys of scanned pages are left out when empty: most items have
        none, and the manifest stays as short as it was."""
        d = asdict(self)
        for key in _OPTIONAL_ITEM_KEYS:
            if not d[key]:
                del d[key]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Item":
        return cls(**_filter_known(cls, d))

    def is_ocr_page(self, page: int | None) -> bool:
        """Whether the text of ``page`` (1-based) was recognised from a scan."""
        return bool(page) and page in self.ocr_pages


_OPTIONAL_ITEM_KEYS = ("ocr_pages", "unread_pages")


#: How a quotation's speaker was found (``Quote.attribution``), from the surest to none at all.
ATTRIBUTIONS: tuple[str, ...] = ("named", "pronoun", "headline", "organisation", "unnamed", "document", "none")


@dataclass
class Quote:
    """A quotation found in a document (see :mod:`presskit.quotes`).

    ``attribution`` says how the speaker was found: ``named`` (in the sentence), ``pronoun`` (the person
    the paragraph introduced), ``headline`` (``NAME: “…”``), ``organisation`` (an organisation is the
    source, no person), ``unnamed`` (the text says someone unnamed spoke), ``document`` (the document's
    own speaker: the text does not say) or ``none``. ``confidence`` is how sure that is (0-1); below the
    extractor's threshold ``speaker`` is empty. ``evidence`` is the sentence that names the speaker.
    ``kind`` is ``quote``, or ``text`` for quoted treaty or draft text (never a person's words).
    """

    text: str
    speaker: str = ""
    role: str = ""
    organisation: str = ""
    inferred: bool = False  # True when the speaker is the document's, not stated by the text
    page: int = 1  # 1-based
    language: str | None = None
    document_id: str = ""
    title: str = ""
    date: str | None = None
    attribution: str = "none"
    confidence: float = 0.0
    evidence: str = ""
    kind: str = "quote"
    ocr: bool = False  # found on a page whose text was recognised from a scan

    @property
    def speaker_stated(self) -> bool:
        """Whether the text itself names the speaker (not the document, not nobody)."""
        return bool(self.speaker) and self.attribution in ("named", "pronoun", "headline")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quote":
        return cls(**_filter_known(cls, d))

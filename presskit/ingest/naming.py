"""Metadata from file and folder names, the way campaign press pages name their files.

``infer_from_name("2026/communiques/PR_Opening_16.11.26_French.pdf")`` gives the date, language, kind,
a human title and a translation-group key. Names come from many hands, so every rule is tolerant and
never raises: anything unclear is ``None``. :func:`detect_language` guesses a language from text.

Decisions (see docs/ingest.md):

* Dates: the file name wins over folder names (innermost folder first). Dotted, slashed, dashed and
  underscored numeric dates are DAY-first (``16.11.26`` is 16 November 2026); if day-first is impossible
  and month-first is valid (``11.16.2026``) month-first is used. Two-digit years are 20xx. A date
  without a year (``24 Nov``) takes ``default_year`` (the kit's), else a year found elsewhere in the
  path; else it is ``None`` and ``day_month`` says which day it was (the builder then takes the year
  of the folder's other dated files, else of the file's own metadata).
* Languages: full language names (``French``, ``Français``, ``Spanish``, ``Arabic`` ...) count anywhere
  as a separate word; two-letter codes (``EN``, ``fr``) only as the last word of the name, inside
  brackets, as a whole folder name, or in upper case in a mixed-case name — so the French word "de" or
  "en" in a title is not a language marker, and "Fresh" / "ENDS" never are.
* Kinds: keywords and phrases in English, French and Spanish, matched on folded words with a small
  Damerau-Levenshtein tolerance for longer words ("Newlsetter", "Pres Release", "Statment"). The file
  name wins over folders; within a name the first keyword wins. Image extensions are always ``photo``.
* ``group_key``: ``"date|kind|words"`` where words are the folded title words minus kind keywords and
  language markers; folders are not part of it, so ``en/PR_Opening.pdf`` and ``fr/PR_Opening.pdf``
  share a key.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from ..model import KINDS
from ..textmatch import fold_same_length
from ..textutil import edit_distance, fold
from .formats import IMAGE_EXTENSIONS
from .language import detect_language  # noqa: F401  (re-exported: the language of a text)

__all__ = ["infer_from_name", "kind_in_heading", "detect_language"]

# --- dates ------------------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "january jan janv janvier enero ene",
        "february feb febr fevrier fev fevr febrero",
        "march mar mars marzo",
        "april apr avr avril abril abr",
        "may mai mayo",
        "june jun juin junio",
        "july jul juil juillet julio",
        "august aug aout agosto",
        "september sep sept septembre septiembre setiembre",
        "october oct octobre octubre",
        "november nov novembre noviembre",
        "december dec decembre diciembre dic",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _num

_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NOT_DIGIT_BEFORE = r"(?<![0-9])"
_NOT_DIGIT_AFTER = r"(?![0-9])"
_SEP = r"[._\-/]"

_RE_ISO = re.compile(rf"{_NOT_DIGIT_BEFORE}((?:19|20)\d\d)({_SEP}?)(\d\d)\2(\d\d){_NOT_DIGIT_AFTER}")
_RE_DMY = re.compile(rf"{_NOT_DIGIT_BEFORE}(\d{{1,2}})({_SEP})(\d{{1,2}})\2(\d{{4}}|\d\d){_NOT_DIGIT_AFTER}")
_RE_DAY_MONTH = re.compile(
    rf"{_NOT_DIGIT_BEFORE}(\d{{1,2}})(?:st|nd|rd|th|er|eme|e)?[\s._\-]*({_MONTH_ALT})(?![a-z])\.?"
    rf"(?:[\s._,\-]*((?:19|20)\d\d){_NOT_DIGIT_AFTER})?"
)
_RE_MONTH_DAY = re.compile(
    rf"(?<![a-z])({_MONTH_ALT})\.?[\s._\-]*(\d{{1,2}})(?:st|nd|rd|th)?{_NOT_DIGIT_AFTER}"
    rf"(?:[\s._,\-]*((?:19|20)\d\d){_NOT_DIGIT_AFTER})?"
)
_RE_YEAR = re.compile(rf"{_NOT_DIGIT_BEFORE}((?:19|20)\d\d){_NOT_DIGIT_AFTER}")


def _mkdate(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return None
    if y < 100:
        y += 2000
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


DayMonth = tuple[int, int]  # (month, day) of a date written without its year


def _find_date(f: str, year_hint: int | None) -> tuple[str | None, tuple[int, int] | None, DayMonth | None]:
    """Find a date in folded text ``f``: (iso or None, span or None, (month, day) when the text gave
    no year: the year is then ``year_hint``'s, or unknown and the iso is None)."""
    cands: list[tuple[int, str | None, tuple[int, int], DayMonth | None]] = []  # (position, iso, span, md)
    for m in _RE_ISO.finditer(f):
        iso = _mkdate(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if iso:
            cands.append((m.start(), iso, m.span(), None))
    for m in _RE_DMY.finditer(f):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        iso = _mkdate(y, b, a) or _mkdate(y, a, b)
        if iso:
            cands.append((m.start(), iso, m.span(), None))
    for rx, month_group, day_group in ((_RE_DAY_MONTH, 2, 1), (_RE_MONTH_DAY, 1, 2)):
        for m in rx.finditer(f):
            month, day = _MONTHS[m.group(month_group)], int(m.group(day_group))
            y = int(m.group(3)) if m.group(3) else year_hint
            iso = _mkdate(y, month, day)
            if iso or (y is None and 1 <= day <= 31):
                cands.append((m.start(), iso, m.span(), None if m.group(3) else (month, day)))
    if not cands:
        return None, None, None
    # Prefer the longest match at the earliest position that yields a real date.
    cands.sort(key=lambda c: (c[1] is None, c[0], -(c[2][1] - c[2][0])))
    _pos, iso, span, md = cands[0]
    return iso, span, md


def date_with_year(year: int, day_month: DayMonth) -> str | None:
    """The ISO date of ``day_month`` in ``year`` (None: 29 February of a common year)."""
    return _mkdate(year, day_month[0], day_month[1])


# --- languages --------------------------------------------------------------------------------------

_LANG_WORDS: dict[str, str] = {}
for _code, _words in {
    "en": "english anglais ingles eng",
    "fr": "french francais frances fra fre vf",
    "es": "spanish espanol espagnol esp spa castellano",
    "ar": "arabic arabe ara",
    "ru": "russian russe ruso rus",
    "zh": "chinese chinois chino zho chi mandarin",
    "de": "german deutsch allemand aleman ger deu",
}.items():
    for _w in _words.split():
        _LANG_WORDS[_w] = _code
_LANG_CODES = {"en", "fr", "es", "ar", "ru", "zh", "de"}
_SHORT_LANG_WORDS = {"eng", "fra", "fre", "esp", "spa", "ara", "rus", "zho", "chi", "ger", "deu", "vf"}

# --- kinds ------------------------------------------------------------------------------------------

# (phrase of folded words, kind); longer phrases first. Words shorter than 6 letters must match exactly.
_KIND_PHRASES: list[tuple[tuple[str, ...], str]] = []
for _kind, _phrases in {
    "press-release": [
        "press release", "news release", "communique de presse", "communique", "comunicado de prensa",
        "comunicado", "pr", "release", "pressrelease", "press releases", "communiques",
    ],
    "statement": [
        "statement", "statements", "declaration", "declarations", "intervention", "interventions",
        "speech", "speeches", "discours", "discurso", "remarks", "allocution",
    ],
    "newsletter": ["newsletter", "newsletters", "bulletin", "bulletins", "daily", "quotidien", "boletin"],
    "analysis": ["analysis", "analyses", "analyse", "analisis"],
    "summary": ["summary", "summaries", "resume", "resumen", "synthese", "wrap up", "wrapup", "recap"],
    "fact-sheet": [
        "fact sheet", "factsheet", "fact sheets", "factsheets", "fiche d information", "fiche", "fiches",
        "fiche information", "ficha",
    ],
    "briefing": [
        "briefing", "briefings", "media advisory", "advisory", "briefing note", "briefing notes",
        "note aux medias", "note d information", "notes to editors", "note to editors", "background note",
        "information note", "policy note", "policy brief", "backgrounder", "brief",
    ],
    "media-contacts": [
        "media contacts", "media contact", "press contacts", "press contact", "contacts presse",
        "contact presse", "contacts", "contactos",
    ],
    "photo": ["photo", "photos", "image", "images", "picture", "pictures", "img", "pics", "foto", "fotos"],
}.items():
    for _p in _phrases:
        _KIND_PHRASES.append((tuple(_p.split()), _kind))
_KIND_PHRASES.sort(key=lambda t: -len(t[0]))
_KIND_WORDS = {w for p, _ in _KIND_PHRASES for w in p}
#: the phrases by the first letter of their first word, in their order: a word (or a misspelling of
#: it, see _close) names a phrase only if it starts with the same letter
_PHRASES_BY_INITIAL: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _p, _k in _KIND_PHRASES:
    _PHRASES_BY_INITIAL.setdefault(_p[0][:1], []).append((_p, _k))
_MAXN = max(len(p) for p, _ in _KIND_PHRASES)
assert all(k in KINDS for _, k in _KIND_PHRASES)


@lru_cache(maxsize=65536)
def _dl_distance(a: str, b: str, limit: int) -> int:
    return edit_distance(a, b, limit)


def _close(candidate: str, keyword: str) -> bool:
    if candidate == keyword:
        return True
    n = len(keyword)
    if n < 7 or not candidate or candidate[0] != keyword[0]:
        return False
    limit = 2 if n >= 12 else 1
    return _dl_distance(candidate, keyword, limit) <= limit


#: Kind words too common in prose to count in a document's heading (they count in file names).
_WEAK_IN_HEADING = {("pr",), ("release",), ("brief",), ("daily",), ("resume",),
                    ("fiche",), ("fiches",), ("ficha",), ("contacts",), ("contactos",), ("recap",),
                    ("analyse",), ("analyses",), ("intervention",), ("interventions",), ("advisory",)}


def kind_in_heading(text: str) -> tuple[str, str] | None:
    """The kind a document's heading (its title, or the first line of its first page) names, starting
    in its first three words, and those words: "PRESS RELEASE", "General Statement of …", "Fact
    sheet: …". Photo
    words and words common in prose ("release", "daily") do not count, and nothing is read as a
    misspelling ("Backgrounds" is not "Backgrounder")."""
    words = _words(fold_same_length(_CAMEL.sub(" ", text)))[:8]
    kind, idx = _kind_in_words(words, skip=_WEAK_IN_HEADING, exact=True)
    if kind is None or kind == "photo" or min(idx) > 2:
        return None  # "TikZ Library for Structural Analysis" is about analysis, not an analysis
    return kind, " ".join(words[i] for i in sorted(idx))


def _kind_in_words(words: list[str], skip: set[tuple[str, ...]] = frozenset(),
                   exact: bool = False) -> tuple[str | None, set[int]]:
    """First kind named in ``words`` (folded) and the indices of the words that named it; ``exact``:
    no misspelling tolerated."""
    for i in range(len(words)):
        for phrase, kind in _PHRASES_BY_INITIAL.get(words[i][:1], ()):
            if phrase in skip:
                continue
            n = len(phrase)
            if i + n > len(words):
                continue
            cand = words[i : i + n]
            if exact:
                ok = tuple(cand) == phrase
            elif n == 1:
                ok = _close(cand[0], phrase[0])
            else:
                ok = _close(" ".join(cand), " ".join(phrase)) or all(
                    c == p for c, p in zip(cand, phrase)
                )
            if ok:
                return kind, set(range(i, i + n))
    return None, set()


# --- the main function ------------------------------------------------------------------------------

_EXT_RE = re.compile(r"\.([A-Za-z][A-Za-z0-9]{0,4})$")
_WORD_SPLIT = re.compile(r"[\W_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _words(folded: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(folded) if w]


def _lang_of_token(tok: str, folded_tok: str, *, last: bool, bracketed: bool, mixed_case: bool,
                   whole_folder: bool) -> str | None:
    if folded_tok in _LANG_WORDS and (folded_tok not in _SHORT_LANG_WORDS or last or bracketed
                                      or whole_folder or (tok.isupper() and mixed_case)):
        return _LANG_WORDS[folded_tok]
    if folded_tok in _LANG_CODES and (last or bracketed or whole_folder or (tok.isupper() and mixed_case)):
        return folded_tok
    return None


_TOKEN_SPAN = re.compile(r"[^\W_]+")


def _language_in_stem(stem: str) -> tuple[str | None, list[tuple[int, int]]]:
    """Language marker in a file stem (date already blanked out) and the spans to remove for the title."""
    toks = list(_TOKEN_SPAN.finditer(stem))
    if not toks:
        return None, []
    letters = [c for c in stem if c.isalpha()]
    mixed_case = any(c.islower() for c in letters) and any(c.isupper() for c in letters)
    found: tuple[str, tuple[int, int]] | None = None
    slug = " " not in stem.strip() and "_" not in stem
    for idx, m in enumerate(toks):
        tok = m.group()
        ft = fold(tok)
        s, e = m.span()
        bracketed = s > 0 and stem[s - 1] in "([" and e < len(stem) and stem[e] in ")]"
        if not slug and ((s > 1 and stem[s - 1] == "-" and stem[s - 2].isalnum())
                         or (e + 1 < len(stem) and stem[e] == "-" and stem[e + 1].isalnum())):
            continue  # part of a hyphenated compound: "Franco-German", "Sino-Russian"
        lang = _lang_of_token(tok, ft, last=idx == len(toks) - 1, bracketed=bracketed,
                              mixed_case=mixed_case, whole_folder=False)
        if lang:
            if bracketed:
                s, e = s - 1, e + 1
            elif idx > 0 and fold(toks[idx - 1].group()) in ("en", "in", "version") and len(ft) > 2:
                s = toks[idx - 1].start()  # "en français", "in English", "version française"
            found = (lang, (s, e))  # the last marker wins
    if not found:
        return None, []
    return found[0], [found[1]]


def _language_of_folder(name: str) -> str | None:
    f = fold(name).strip()
    if f in _LANG_CODES:
        return f
    if f in _LANG_WORDS:
        return _LANG_WORDS[f]
    lang, _ = _language_in_stem(name)
    # a folder like "Press releases (FR)" or "PR_French"
    return lang if lang and (len(_words(f)) > 1) else None


def _clean_title(stem: str, spans: list[tuple[int, int]]) -> str:
    chars = list(stem)
    for s, e in spans:
        for i in range(max(0, s), min(len(chars), e)):
            chars[i] = " "
    t = "".join(chars)
    slug = " " not in stem and "_" not in stem
    t = t.replace("_", " ")
    if slug:
        t = t.replace("-", " ")
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r"\(\s*\)|\[\s*\]", " ", t)
    t = re.sub(r"\s+", " ", t).strip(" -_.,;:+–—")
    t = re.sub(r"^\d{1,3}[.)]?\s+(?=[^\W\d_])", "", t)  # "01 Press release" ordering prefixes
    t = re.sub(r"(\s[-–—])+$", "", t).strip()
    if t and t == t.lower() and any(c.isalpha() for c in t):
        t = t[0].upper() + t[1:]
    return t


def infer_from_name(relpath: str, *, default_year: int | None = None) -> dict:
    """What a relative path says about a file. Never raises.

    Returns a dict with keys ``date`` (ISO or None), ``date_year`` (where the year came from: "name" —
    the path itself —, "kit" — ``default_year`` — or None), ``day_month`` (``(month, day)`` of a date
    written without a year when no year is known, else None), ``language`` (ISO 639-1 or None),
    ``language_from`` (``"name"``, ``"folder:<folder>"`` or None), ``kind`` (one of
    :data:`presskit.model.KINDS` or None: ``photo`` for an image file, else the first of ``kinds``),
    ``kinds`` (the kinds the name and then the folders, innermost first, name, up to the first
    folder naming a kind other than ``photo``, as ``(kind, where)``
    with ``where`` ``"name:<the words>"`` or ``"folder:<folder>"``; the builder keeps the first one
    the file's own type agrees with), ``title`` (str, may be empty) and ``group_key`` (str).
    """
    try:
        return _infer(relpath, default_year)
    except Exception:  # pragma: no cover - belt and braces: names are untrusted input
        return {"date": None, "date_year": None, "day_month": None, "language": None, "language_from": None,
                "kind": None, "kinds": [], "title": "", "group_key": ""}


def _infer(relpath: str, default_year: int | None) -> dict:
    name, folders, stem, ext = _split_path(relpath)
    date, date_year, day_month, title_spans = _date_of_path(stem, folders, default_year)
    language, language_from, lang_spans = _language_of_path(stem, folders, title_spans)
    title_spans += lang_spans
    title = _clean_title(stem, title_spans)
    title_words = _words(fold_same_length(_CAMEL.sub(" ", title)))
    kinds, kind_idx = _kinds_of_path(title_words, folders)
    kind = "photo" if ext in IMAGE_EXTENSIONS else (kinds[0][0] if kinds else None)
    if not title:
        title = stem.replace("_", " ").strip() or name
    key_words = [w for i, w in enumerate(title_words)
                 if i not in kind_idx and w not in _KIND_WORDS and w not in _LANG_CODES]
    group_key = f"{date or ''}|{kind or ''}|{'-'.join(key_words)}"
    return {"date": date, "date_year": date_year, "day_month": None if date else day_month,
            "language": language, "language_from": language_from, "kind": kind, "kinds": kinds,
            "title": title, "group_key": group_key}


def _split_path(relpath: str) -> tuple[str, list[str], str, str]:
    """(file name, its folders outermost first, the name without its extension, the extension)."""
    p = str(relpath).replace("\\", "/")
    parts = [x for x in p.split("/") if x not in ("", ".", "..")]
    name = parts[-1] if parts else ""
    ext = ""
    stem = name
    m = _EXT_RE.search(name)
    if m and m.start() > 0:
        ext = m.group(1).lower()
        stem = name[: m.start()]
    return name, parts[:-1], stem, ext


def _date_of_path(stem: str, folders: list[str], default_year: int | None):
    """(date, where its year came from, (month, day) of a year-less date, the date's span in ``stem``):
    the file name first, then folders from the innermost, then the whole folder path."""
    # year hint: the kit's, else a four-digit year anywhere in the path
    year_hint, year_from = default_year, "kit"
    if year_hint is None:
        ym = _RE_YEAR.search(fold_same_length("/".join(folders + [stem])))
        if ym:
            year_hint, year_from = int(ym.group(1)), "name"
    date, span, day_month = _find_date(fold_same_length(stem), year_hint)
    title_spans: list[tuple[int, int]] = [span] if (span and date) else []
    date_year = (year_from if day_month else "name") if date else None
    if date is None and day_month is None:
        for folder in reversed(folders):
            date, _, _ = _find_date(fold_same_length(folder), year_hint)
            if date:
                break
        if date is None and folders:
            # dates split by "/" across path parts: "2011/11/15/x.pdf", "Statement 15/11/2011.pdf"
            date, _, _ = _find_date(fold_same_length("/".join(folders + [stem])), year_hint)
        date_year = "name" if date else None
    return date, date_year, day_month, title_spans


def _language_of_path(stem: str, folders: list[str], title_spans: list[tuple[int, int]]):
    """(language, where from, its spans in ``stem``): the file name (date blanked out) first, then
    folders from the innermost."""
    blanked = list(stem)
    for s, e in title_spans:
        for i in range(s, e):
            blanked[i] = " "
    language, lang_spans = _language_in_stem("".join(blanked))
    language_from = "name" if language else None
    if language is None:
        for folder in reversed(folders):
            language = _language_of_folder(folder)
            if language:
                language_from = f"folder:{folder}"
                break
    return language, language_from, lang_spans


@lru_cache(maxsize=4096)
def _folder_kind(folder: str) -> str | None:
    """The kind a folder's name names (a kit's files share a few hundred folders: asked once each)."""
    return _kind_in_words(_words(fold_same_length(_CAMEL.sub(" ", folder))))[0]


def _kinds_of_path(title_words: list[str], folders: list[str]) -> tuple[list[tuple[str, str]], set[int]]:
    """Every kind the name and the folders (innermost first) name, in that order, as (kind, "name:<words>"
    or "folder:<name>"); and the indexes of the title words naming it."""
    k, kind_idx = _kind_in_words(title_words)
    kinds: list[tuple[str, str]] = []
    if k:
        kinds.append((k, "name:" + " ".join(title_words[i] for i in sorted(kind_idx))))
    for folder in reversed(folders):
        fk = _folder_kind(folder)
        if fk:
            kinds.append((fk, f"folder:{folder}"))
            if fk != "photo":
                break  # a photo folder may hold documents: look further up for them
    return kinds, kind_idx

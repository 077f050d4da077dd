"""Quotations and their attribution, from a document's page texts. Pure Python, no Qt.

:func:`extract_quotes` is called once per document at kit build time. It

1. joins the page texts (remembering where each page starts) and scans the quotation marks with a
   small stack machine: ``“…”``, ``"…"``, ``«…»`` (with or without (narrow) no-break spaces inside) and
   ``„…“`` open top-level quotes; single marks (``‘…’``, ``'…'``) are only ever nested inside them, so
   apostrophes (``don't``, ``l’été``, ``the coalition’s``) never start a quote;
2. gives up an opening mark that is not closed within :data:`MAX_QUOTE_CHARS` characters or before a
   paragraph break (blank line), and rescans after it, so an unbalanced mark never swallows the rest of
   the document. A quote continued over several paragraphs in the press convention (each paragraph
   re-opens the quote, only the last one closes it) gives one quote per paragraph, all attributed
   like the last one;
3. drops scare quotes and short titles (fewer than ``min_words`` words, or a Title Case phrase with no
   sentence punctuation and no attribution);
4. attributes each quote from the sentence after it (``“…,” said NAME, ROLE of ORG.``) or the sentence(s)
   before it (``NAME, ROLE, said: “…”``), in English and French; pronouns (``she added``, ``a-t-elle
   ajouté``) and surnames (``Ms Diallo said``) resolve to people named earlier in the document; a quote
   the text does not attribute goes to ``default_speaker``/``default_organisation`` with
   ``inferred=True``.

:func:`normalise_quote_text` is the one definition of a quote's text (whitespace collapsed, line-end
hyphenation rejoined, ligatures expanded) and :func:`find_quote_span` finds a quote back in a page text
for highlighting. See ``docs/quotes.md`` for the decisions and the list of attribution patterns.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from presskit.model import Quote

__all__ = ["extract_quotes", "normalise_quote_text", "find_quote_span", "strip_page_furniture", "MAX_QUOTE_CHARS"]

#: An opening mark not closed within this many characters is not a quote (it is skipped).
MAX_QUOTE_CHARS = 1500
#: How far before a quote its attribution is looked for (and never before the previous quote's end).
_BEFORE_CHARS = 500
#: How far after a quote its attribution is looked for (and never past the sentence's end).
_AFTER_CHARS = 300

# --- normalisation ----------------------------------------------------------------------------------

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
_LINE_BREAKS = "\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029"
_HYPHENS = "-\u2010"
# letter/digit, hyphen, whitespace (which must hold a line break: checked in code), letter/digit
_HYPHEN_BREAK_RE = re.compile(r"(?<=[^\W_])[-\u2010](\s+)(?=[^\W_])")
_SOFT_HYPHEN_RE = re.compile(r"\u00ad(\s*)")


def _normalise_mapped(s: str) -> tuple[str, list[int]]:
    """Normalise ``s`` like :func:`normalise_quote_text` and return, for each output character, the
    index in ``s`` of the character it comes from."""
    # 1. character-wise: ligatures expanded, invisible characters dropped.
    chars: list[str] = []
    idx: list[int] = []
    for i, c in enumerate(s):
        if c in _INVISIBLE:
            continue
        lig = _LIGATURES.get(c)
        if lig:
            chars.extend(lig)
            idx.extend([i] * len(lig))
        else:
            chars.append(c)
            idx.append(i)
    t = "".join(chars)
    # 2. hyphenation: soft hyphens go (with a following line break); "disarma-\nment" -> "disarmament",
    #    "Franco-\nGerman" -> "Franco-German", "2020-\n2025" -> "2020-2025".
    drop: list[tuple[int, int]] = []
    if "\u00ad" in t:
        for m in _SOFT_HYPHEN_RE.finditer(t):
            ws = m.group(1)
            if any(c in _LINE_BREAKS for c in ws):
                drop.append((m.start(), m.end()))
            else:
                drop.append((m.start(), m.start() + 1))
    if "-" in t or "\u2010" in t:
        for m in _HYPHEN_BREAK_RE.finditer(t):
            ws = m.group(1)
            if not any(c in _LINE_BREAKS for c in ws):
                continue
            nxt = t[m.end()]
            if nxt.isalpha() and nxt.islower() and t[m.start() - 1].isalpha():
                drop.append((m.start(), m.end()))  # hyphen and break
            else:
                drop.append((m.start() + 1, m.end()))  # keep the hyphen, drop the break
    if drop:
        drop.sort()
        keep_chars: list[str] = []
        keep_idx: list[int] = []
        pos = 0
        for a, b in drop:
            if a < pos:
                a = pos
            if a > pos:
                keep_chars.append(t[pos:a])
                keep_idx.extend(idx[pos:a])
            pos = max(pos, b)
        keep_chars.append(t[pos:])
        keep_idx.extend(idx[pos:])
        t = "".join(keep_chars)
        idx = keep_idx
    # 3. whitespace runs -> one space; ends stripped.
    out: list[str] = []
    out_idx: list[int] = []
    in_space = False
    for c, i in zip(t, idx):
        if c.isspace():
            if not in_space and out:
                out.append(" ")
                out_idx.append(i)
            in_space = True
        else:
            out.append(c)
            out_idx.append(i)
            in_space = False
    if out and out[-1] == " ":
        out.pop()
        out_idx.pop()
    return "".join(out), out_idx


def normalise_quote_text(s: str) -> str:
    """The text of a quote as stored: whitespace (line breaks, tabs, NBSP, U+202F…) collapsed to single
    spaces and stripped, words hyphenated at a line end rejoined (``"disarma-\\nment"`` ->
    ``"disarmament"``), soft hyphens and zero-width characters removed, ligatures expanded.

    >>> normalise_quote_text("  the disarma-\\nment\\u00a0 talks ")
    'the disarmament talks'
    """
    if not isinstance(s, str) or not s:
        return ""
    return _normalise_mapped(s)[0]


def _fold_mapped(s: str, idx: list[int]) -> tuple[str, list[int]]:
    """Lowercase, accents dropped, curly apostrophes straight; keeps the index map."""
    out: list[str] = []
    out_idx: list[int] = []
    for c, i in zip(s, idx):
        if c in "\u2019\u2018\u02bc":
            f = "'"
        elif c.isascii():
            f = c.lower()
        else:
            f = "".join(ch for ch in unicodedata.normalize("NFKD", c) if not unicodedata.combining(ch)).lower()
        for ch in f:
            out.append(ch)
            out_idx.append(i)
    return "".join(out), out_idx


def find_quote_span(page_text: str, quote_text: str) -> tuple[int, int] | None:
    """Character offsets ``(start, end)`` of ``quote_text`` in ``page_text``, or None.

    Tolerant to differences of whitespace and line breaks, line-end hyphenation, ligatures, and (when the
    exact text is not found) of case and accents. ``page_text[start:end]`` is the quote as it appears on
    the page; a quote continued on the next page matches up to the page's end when the page ends with a
    prefix of at least half of the quote.
    """
    if not isinstance(page_text, str) or not isinstance(quote_text, str):
        return None
    needle = normalise_quote_text(quote_text)
    if not needle or not page_text:
        return None
    hay, idx = _normalise_mapped(page_text)
    if not hay:
        return None
    candidates = [(hay, idx, needle)]
    fh, fidx = _fold_mapped(hay, idx)
    fn, _ = _fold_mapped(needle, list(range(len(needle))))
    candidates.append((fh, fidx, fn))
    for h, ix, n in candidates:
        if not n:
            continue
        k = h.find(n)
        if k >= 0:
            return ix[k], ix[k + len(n) - 1] + 1
    # a quote that starts on this page and goes on over the page break: match its longest prefix
    h, ix, n = candidates[1]
    for cut in range(len(n) - 1, max(len(n) // 2, 8) - 1, -1):
        if n[cut - 1].isspace():
            continue
        if h.endswith(n[:cut]):
            k = len(h) - cut
            return ix[k], ix[-1] + 1
        if cut < len(n) - 400:  # long quotes: do not try every prefix
            break
    return None


# --- page furniture ----------------------------------------------------------------------------------

_PAGE_NO_RE = re.compile(r"^(?:page|p\.)?\s*[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?\s*(?:(?:of|/|sur|de)\s*\d{1,4})?$", re.I)
_EDGE_LINES = 6


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def strip_page_furniture(pages: list[str]) -> list[str]:
    """Page texts without their running headers and footers, so a quote going over a page break does
    not swallow "Newsletter · Issue 3 · Page 1 of 3".

    A line is furniture when it sits in the first or last lines of a page and the same line (digits
    aside) sits there on at least two pages (half the pages for long documents), or when it is a bare
    page number ("3", "- 3 -", "Page 3 of 5"). Only runs of such lines touching a page's top or bottom
    go; one page is returned unchanged.
    """
    pages = [p if isinstance(p, str) else "" for p in pages]
    if len(pages) < 2:
        return pages
    counts: dict[str, int] = {}
    split = [p.split("\n") for p in pages]
    for lines in split:
        full = [ln for ln in lines if ln.strip()]
        for sh in {_shape(ln) for ln in full[:_EDGE_LINES] + full[-_EDGE_LINES:]}:
            counts[sh] = counts.get(sh, 0) + 1
    need = max(2, len(pages) // 2) if len(pages) > 6 else 2
    furniture = {sh for sh, n in counts.items() if n >= need and len(sh) <= 200}

    def is_furniture(ln: str) -> bool:
        t = ln.strip()
        return not t or _shape(t) in furniture or bool(_PAGE_NO_RE.match(t))

    out = []
    for lines in split:
        j = len(lines)
        while j > 0 and len(lines) - j < 3 * _EDGE_LINES and is_furniture(lines[j - 1]):
            j -= 1
        i = 0
        while i < j and i < 3 * _EDGE_LINES and is_furniture(lines[i]):
            i += 1
        out.append("\n".join(lines[i:j]))
    return out


# --- scanning quotation marks -----------------------------------------------------------------------

# kind -> the characters that close it
_CLOSERS = {
    "\u201c": "\u201d",  # “ … ”
    "\u201d": "\u201d",  # ” … ” (Swedish/Finnish style, or a mistyped opener)
    '"': '"',
    "\u00ab": "\u00bb",  # « … »
    "\u201e": "\u201c\u201d",  # „ … “ / „ … ”
}
_DOUBLE_MARKS = "\u201c\u201d\u201e\u00ab\u00bb\""
_MARK_RE = re.compile(r'[\u201c\u201d\u201e\u00ab\u00bb"]')
_PARA_RE = re.compile(r"\n[ \t\r\u00a0\u202f]*\n")
_OPEN_PUNCT = "([{<\u2014\u2013-/\u201c\u201e\u00ab\u2018"
_SENTENCE_END_CHARS = ".!?\u2026"


def _flanking(text: str, pos: int) -> tuple[bool, bool]:
    """(can open, can close) for the mark at ``pos``, from its neighbours (CommonMark's idea)."""
    prev = text[pos - 1] if pos > 0 else " "
    nxt = text[pos + 1] if pos + 1 < len(text) else " "
    prev_space = prev.isspace() or prev in _OPEN_PUNCT
    next_space = nxt.isspace()
    next_punct = not next_space and not nxt.isalnum() and nxt not in "\u2018'\u00ab\u201c\u201e(["
    can_open = prev_space and not next_space
    can_close = not prev.isspace() and (next_space or next_punct or pos + 1 >= len(text))
    if prev in "\u201c\u201e\u00ab\u2018":  # “"… : a straight mark right after an opener opens
        can_close = False
    return can_open, can_close


@dataclass
class _Raw:
    start: int  # index of the opening mark
    end: int  # index just after the closing mark (or the continued paragraph's end)
    body: tuple[int, int]  # the text inside the marks
    group: int  # quotes continued over paragraphs share a group
    text: str = ""
    page: int = 1


def _scan(text: str, paras: list[int]) -> list[_Raw]:
    """Top-level quotations of ``text`` in order. ``paras`` are the sorted offsets of paragraph breaks."""
    marks = [m.start() for m in _MARK_RE.finditer(text)]
    flank = [_flanking(text, p) for p in marks]
    out: list[_Raw] = []
    dead: set[int] = set()  # mark indices that proved not to open a quote
    group = 0
    i = 0
    n = len(marks)
    # stack of (kind, mark index); stack[0] is the top-level quote
    stack: list[tuple[str, int]] = []

    def para_between(a: int, b: int) -> int | None:
        k = bisect.bisect_right(paras, a)
        if k < len(paras) and paras[k] < b:
            return paras[k]
        return None

    def abandon() -> int:
        top_i = stack[0][1]
        dead.add(top_i)
        stack.clear()
        return top_i + 1

    while True:
        if i >= n:
            if not stack:
                break
            i = abandon()
            continue
        pos = marks[i]
        ch = text[pos]
        can_open, can_close = flank[i]
        if not stack:
            if i in dead:
                i += 1
                continue
            if ch in "\u201c\u00ab\u201e" and not (can_close and not can_open and ch == "\u201c"):
                stack.append((ch, i))
            elif ch in '"\u201d' and can_open and not can_close:
                stack.append((ch, i))
            i += 1
            continue
        kind, top_i = stack[0]
        top_pos = marks[top_i]
        pb = para_between(top_pos, pos)
        # same kind re-opened at a line start after a finished sentence: quote continued in a new paragraph
        if (
            ch == kind
            and len(stack) == 1
            and can_open
            and not can_close
            and pos - top_pos <= MAX_QUOTE_CHARS
            and _line_start(text, pos)
        ):
            before = text[top_pos + 1 : pos].rstrip()
            only_break_at_end = pb is None or para_between(pb + 1, pos) is None and not text[pb:pos].strip()
            if before and before[-1] in _SENTENCE_END_CHARS + "\u201d\u00bb\"" and only_break_at_end:
                end = top_pos + 1 + len(before)
                out.append(_Raw(top_pos, end, (top_pos + 1, end), group))
                stack[0] = (ch, i)
                i += 1
                continue
        if pb is not None or pos - top_pos > MAX_QUOTE_CHARS:
            i = abandon()
            continue
        # does it close something on the stack?
        closed = False
        for k in range(len(stack) - 1, -1, -1):
            okind = stack[k][0]
            if ch in _CLOSERS[okind] or (ch == okind and ch in "\u201c\u201d" and can_close and not can_open):
                if ch == '"' and not can_close and can_open:
                    continue  # a straight mark that can only open does not close
                if k == 0 and ch == '"' and okind != '"' and not (can_close and not can_open):
                    continue
                del stack[k:]
                closed = True
                if k == 0:
                    out.append(_Raw(top_pos, pos + 1, (top_pos + 1, pos), group))
                    group += 1
                break
        if closed:
            i += 1
            continue
        if ch == '"' and kind != '"' and can_close and not can_open and len(stack) == 1:
            # “…" : a mismatched straight closer
            out.append(_Raw(top_pos, pos + 1, (top_pos + 1, pos), group))
            group += 1
            stack.clear()
            i += 1
            continue
        if ch == kind and can_open and not can_close:
            # the same mark opening again: the first one was never closed
            i = abandon()
            continue
        if ch in "\u201c\u00ab\u201e" or (ch == '"' and can_open):
            stack.append((ch, i))
        i += 1
    return out


def _line_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0\u202f":
        j -= 1
    return j < 0 or text[j] in _LINE_BREAKS


# --- names, roles, organisations --------------------------------------------------------------------

_UPPER = "".join(re.escape(c) for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
_UP = f"[{_UPPER}]"
_L = r"[^\W\d_]"
_APOS = "'\u2019"
_HY = "\\-\u2010\u2011"
# A capitalised word: "Diallo", "O’Brien", "Jean-Pierre", "McDonald", "al-Hassan", "d’Estaing", "Dr.", "J."
_TOK = (
    rf"(?:(?:Dr|Mr|Ms|Mrs|Mx|Prof|Mme|Mlle|Mgr|St|Jr|Sr|Rev|Gen|Sen|Rep|Amb|M|H\.E|S\.E|{_UP})\."
    rf"|(?:(?:al|el|ad|as|an|ar|at|az|ul|bin|ben|ibn)[{_HY}]|[dDlL][{_APOS}])?{_UP}(?:{_L}|[{_APOS}{_HY}](?={_L})|[{_HY}]\n[ \t]*(?={_UP}))*)"
)
_PARTICLES = ("de", "du", "des", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den",
              "ten", "ter", "bin", "bint", "ibn", "ben", "la", "le", "y", "zu", "af", "al", "el", "abu")
_CAP_PARTICLES = {"la", "le", "van", "von", "de", "du", "der", "den", "di", "da", "del"}
_PART = "(?:" + "|".join(_PARTICLES) + ")"
_NAMERUN = rf"{_TOK}(?:(?:\s+{_PART})*\s+{_TOK}){{0,7}}"

_DROP_TITLES = {"dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "mx", "mx.", "miss", "mme", "mme.",
                "mlle", "mlle.", "m.", "me", "sir", "dame", "madame", "monsieur", "mademoiselle", "herr",
                "frau", "lord", "lady", "docteur", "maître", "maitre"}
_ROLE_TITLES = {"ambassador", "amb.", "prof", "prof.", "professor", "president", "senator", "sen.",
                "minister", "judge", "justice", "h.e.", "s.e.", "ambassadeur", "ambassadrice",
                "professeur", "professeure", "président", "présidente", "ministre", "sénateur",
                "sénatrice", "général", "general", "gen.", "colonel", "captain", "admiral", "rev.",
                "reverend", "bishop", "archbishop", "cardinal", "mgr.", "commissioner", "governor",
                "mayor", "maire", "chancellor", "rep.", "representative", "secretary", "congressman",
                "congresswoman", "député", "députée", "sheikh", "king", "queen", "prince", "princess"}
_ROLE_WORDS = {
    "executive", "director", "director-general", "deputy", "secretary-general", "under-secretary-general",
    "assistant", "chair", "chairman", "chairwoman", "chairperson", "co-chair", "vice-chair", "head",
    "chief", "officer", "spokesperson", "spokesman", "spokeswoman", "coordinator", "manager", "adviser",
    "advisor", "founder", "co-founder", "ceo", "coo", "cfo", "special", "rapporteur", "envoy", "senior",
    "lead", "campaigner", "researcher", "fellow", "vice-president", "high", "commissioner", "permanent",
    "programme", "program", "policy", "legal", "board", "member", "directeur", "directrice", "exécutif",
    "exécutive", "secrétaire", "secrétaire-général", "secrétaire-générale", "porte-parole", "responsable",
    "chargé", "chargée", "adjoint", "adjointe", "délégué", "déléguée", "chef", "cheffe", "rapporteuse",
    "envoyé", "envoyée", "conseiller", "conseillère", "fondateur", "fondatrice", "coordinateur",
    "coordinatrice", "vice-président", "vice-présidente", "haut", "haute", "commissaire", "juriste",
} | _ROLE_TITLES
_ORG_WORDS = {
    "coalition", "ministry", "council", "committee", "organisation", "organization", "union", "nations",
    "united", "institute", "association", "network", "campaign", "office", "agency", "foundation",
    "group", "department", "government", "commission", "secretariat", "federation", "alliance", "bank",
    "fund", "centre", "center", "society", "international", "conference", "assembly", "forum",
    "parliament", "court", "party", "watch", "university", "school", "company", "corporation", "inc",
    "ltd", "summit", "treaty", "convention", "declaration", "report", "act", "initiative", "project",
    "unit", "service", "services", "authority", "republic", "kingdom", "states", "movement", "trust",
    "ministère", "comité", "conseil", "unies", "institut", "fondation", "groupe", "gouvernement",
    "fédération", "banque", "fonds", "société", "conférence", "assemblée", "parlement", "cour", "parti",
    "université", "sommet", "traité", "rapport", "réseau", "agence", "république", "mouvement", "ong",
    "ngo", "un", "onu", "eu", "ue", "nato", "otan", "icrc", "cicr", "unicef", "unesco", "who", "oms",
    "news", "press", "times", "post", "journal", "magazine", "radio", "television", "tv", "daily",
    "herald", "tribune", "monde", "figaro", "libération", "reuters", "afp", "ap", "bbc", "cnn",
}
_STOP_CAPS = {
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "from", "with", "by", "as",
    "but", "and", "or", "if", "when", "while", "after", "before", "during", "today", "yesterday",
    "tomorrow", "tonight", "speaking", "meanwhile", "however", "also", "then", "now", "here", "there",
    "it", "we", "they", "he", "she", "i", "you", "our", "their", "his", "her", "its", "my", "your",
    "according", "said", "says", "last", "next", "this", "every", "both", "all", "some", "many", "most",
    "to", "of", "so", "yet", "thus", "indeed", "still", "again", "earlier", "later", "finally",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "ce", "cet", "cette", "ces", "dans",
    "sur", "pour", "par", "avec", "selon", "mais", "et", "ou", "lors", "aujourd'hui", "aujourd’hui",
    "hier", "demain", "il", "elle", "ils", "elles", "nous", "vous", "on", "je", "ainsi", "enfin", "puis",
    "alors", "comme", "après", "avant", "pendant", "depuis", "en", "au", "aux", "à", "son", "sa", "ses",
    "leur", "leurs", "notre", "votre", "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "d'après", "d’après", "quote", "unquote", "note", "notes",
    "editors", "contact", "media", "english", "french", "français", "anglais", "page", "geneva",
    "genève", "new", "york", "paris", "london", "vienna", "vienne", "brussels", "bruxelles", "washington",
}

_VERBS_EN = ("said", "says", "added", "adds", "warned", "warns", "stressed", "stresses", "noted", "notes",
             "explained", "explains", "urged", "urges", "told", "tells", "declared", "declares",
             "insisted", "insists", "argued", "argues", "stated", "states", "recalled", "recalls",
             "concluded", "concludes", "commented", "comments", "affirmed", "affirms", "asked", "asks",
             "continued", "continues", "emphasised", "emphasized", "emphasises", "emphasizes",
             "underlined", "underlines", "observed", "remarked", "replied", "responded", "acknowledged",
             "pointed out", "points out", "wrote", "writes", "announced", "announces")
_VERBS_EN_NOT_INVERTED = {"told", "tells", "asked", "asks", "announced", "announces", "wrote", "writes",
                          "acknowledged"}
_PP_FR = ("déclaré", "dit", "affirmé", "ajouté", "souligné", "rappelé", "averti", "insisté", "expliqué",
          "conclu", "estimé", "indiqué", "précisé", "martelé", "assuré", "lancé", "jugé", "noté", "relevé",
          "observé", "confié", "prévenu", "commenté", "répondu", "poursuivi", "regretté", "salué",
          "dénoncé", "plaidé", "annoncé", "écrit", "exhorté", "appelé", "résumé", "réaffirmé",
          "reconnu", "confirmé")
_PRES_FR = ("déclare", "dit", "affirme", "ajoute", "souligne", "rappelle", "avertit", "insiste",
            "explique", "conclut", "estime", "indique", "précise", "martèle", "assure", "lance", "juge",
            "note", "relève", "observe", "confie", "prévient", "commente", "répond", "poursuit",
            "regrette", "salue", "dénonce", "plaide", "résume", "réaffirme", "reconnaît", "reconnait",
            "confirme", "exhorte")


def _alt(words) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


_ADV_EN = r"(?:(?:has|had|have|also|further|then|later|previously|recently|earlier|once|again|simply)\s+){0,2}"
_ADV_FR = r"(?:(?:également|aussi|encore|notamment|ensuite|enfin|alors|pour\s+sa\s+part|de\s+son\s+côté)\s+){0,2}"
_V_EN = _alt(_VERBS_EN)
_V_EN_INV = _alt(set(_VERBS_EN) - _VERBS_EN_NOT_INVERTED)
_V_FR_PP = _alt(_PP_FR)
_V_FR_PRES = _alt(_PRES_FR)
_B = r"(?![\w\u2019'\-])"  # end of word
_NB = r"(?<![\w\u2019'\-])"  # start of word
_APPOS_CHUNK = r"(?:[^,.;:!?\u201c\u201d\u00ab\u00bb\u201e\"\n(]|\n(?![ \t]*\n)|\.(?=[\w,])|\([^()\n]{0,60}\))"
_APPOS = rf"{_APPOS_CHUNK}{{1,120}}(?:,{_APPOS_CHUNK}{{1,120}}){{0,2}}"
_REST = r"(?:[^;:!?\u201c\u201d\u00ab\u00bb\u201e\"]){0,220}"

_ROLE_ALT = _alt(w for w in _ROLE_WORDS if w.isalpha() or "-" in w) + _B
# an optional role (of an organisation) before a name: "the executive director of the Coalition, "
_LROLE = (
    rf"(?:(?:the|le|la|l['\u2019])\s*)?(?P<lrole>(?i:{_ROLE_ALT})(?:\s+(?i:{_ROLE_ALT})){{0,3}}"
    rf"(?:\s+(?:of|for|at|de\s+la|de\s+l['\u2019]|de|du|des|d['\u2019])\s*(?:the\s+)?{_UP}[\w\-\u2019']*"
    rf"(?:\s+(?:for|of|on|pour|de|du|des|la|le|the|and|et)?\s*{_UP}[\w\-\u2019']*){{0,5}})?\s*,?\s+)?"
)
# "of the Halden Institute" / "de la Coalition Lanterne" right after a name
_OFORG = (
    rf"(?:of|from|at|with|de\s+la|de\s+l['\u2019]|du|de)\s+(?:the\s+)?{_UP}[\w\-\u2019']*"
    rf"(?:\s+(?:(?:for|of|on|and|pour|de|du|des|la|le|sur|et)\s+)?{_UP}[\w\-\u2019']*){{0,6}}"
)
# NAME (, APPOS,) VERB  -- "Jane Smith, Executive Director of X, said" / "Marie Dupont a déclaré"
_RE_NAME_VERB = re.compile(
    rf"(?=(?P<name>{_NB}{_NAMERUN})(?:\s*,\s*(?P<appos>{_APPOS})\s*,|\s*,|\s+(?P<oforg>{_OFORG}),?)?\s+"
    rf"(?:{_ADV_EN}(?i:{_V_EN}){_B}|(?:(?:a|avait|aurait)\s+{_ADV_FR}(?i:{_V_FR_PP})|(?i:{_V_FR_PRES})){_B}))"
)
# VERB NAME (, APPOS)  -- "said Jane Smith, Executive Director of X" / "a déclaré Marie Dupont"
_RE_VERB_NAME = re.compile(
    rf"(?:{_NB}(?i:{_V_EN_INV})|{_NB}(?:a|avait)\s+{_ADV_FR}(?i:{_V_FR_PP})|{_NB}(?i:{_V_FR_PRES}))"
    rf"\s+{_LROLE}(?P<name>{_NAMERUN})(?P<rest>{_REST})"
)
# according to NAME / selon NAME / d’après NAME / pour NAME,
_RE_ACCORDING = re.compile(
    rf"{_NB}(?P<prep>(?i:according\s+to|selon|d['\u2019]apr[eè]s|pour|in\s+the\s+words\s+of))\s+"
    rf"{_LROLE}(?P<name>{_NAMERUN})(?P<rest>{_REST})"
)
# pronouns: "she said", "said he", "a-t-elle ajouté", "ajoute-t-il", "dit-elle", "elle a déclaré"
_H = "[-\u2010\u2011]"
_RE_PRONOUN = re.compile(
    rf"{_NB}(?:(?i:she|he)\s+{_ADV_EN}(?i:{_V_EN})|(?i:{_V_EN_INV})\s+(?i:she|he)"
    rf"|(?i:a|avait){_H}t{_H}(?:il|elle)\s+{_ADV_FR}(?i:{_V_FR_PP})"
    rf"|(?i:{_V_FR_PRES}){_H}(?:t{_H})?(?:il|elle)"
    rf"|(?i:il|elle)\s+(?:a\s+{_ADV_FR}(?i:{_V_FR_PP})|(?i:{_V_FR_PRES}))){_B}"
)
# "“…” — Ingrid Solberg, The Lantern Daily"
_RE_DASH = re.compile(rf"^\s*[\u2014\u2013]\s*(?P<name>{_NAMERUN})(?P<rest>{_REST})")
# the subject of the sentence a quote is embedded in: "Dr Amara Diallo called the idea “…”"
_RE_SUBJECT = re.compile(
    rf"^\s*(?:[^\s,]+(?:\s+[^\s,]+){{0,3}},\s*)??(?P<name>{_NAMERUN})(?P<rest>\s*,\s*{_APPOS})?"
    rf"(?=\s*,?\s+(?:{_L}+\b|[{_APOS}]))"
)
_RE_ANY_VERB = re.compile(rf"{_NB}(?:(?i:{_V_EN})|(?:a|avait)\s+{_ADV_FR}(?i:{_V_FR_PP})|(?i:{_V_FR_PRES})){_B}")
# a person introduced anywhere: "Aminata Diallo, Executive Director of ..." / "Ms Aminata Diallo"
_RE_MENTION = re.compile(rf"{_NB}(?P<name>{_NAMERUN})(?=(?P<rest>\s*,\s*{_APPOS_CHUNK}{{1,120}})?)")

_ABBREV = {"dr", "mr", "ms", "mrs", "mx", "prof", "st", "jr", "sr", "m", "mme", "mlle", "no", "vs", "etc",
           "e.g", "i.e", "gen", "sen", "rep", "amb", "rev", "mgr", "h.e", "s.e", "cf", "p", "pp", "art",
           "vol", "fig", "approx", "inc", "ltd", "co", "corp", "dept", "univ"}
_SENT_END_RE = re.compile(r"[.!?\u2026]+[\u201d\u00bb\"'\u2019)\]]*(?=\s|$)")


def _sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end in ``text`` (abbreviations and initials skipped)."""
    ends = []
    for m in _SENT_END_RE.finditer(text):
        if text[m.start()] == ".":
            w = re.search(r"([\w.]+)$", text[: m.start()])
            word = w.group(1) if w else ""
            if word.lower() in _ABBREV or (len(word) == 1 and word.isupper()) or re.fullmatch(r"(?:\w\.)+\w", word):
                continue
        ends.append(m.end())
    return ends


def _tokens(run: str) -> list[str]:
    return re.sub(r"([\-\u2010])\s*\n\s*", r"\1", run).split()


def _is_particle(tok: str) -> bool:
    return tok in _PARTICLES or (tok[:1].isupper() and tok.lower() in _CAP_PARTICLES)


def _lower(tok: str) -> str:
    return tok.lower().replace("\u2019", "'")


@dataclass
class _Attr:
    speaker: str = ""
    role: str = ""
    organisation: str = ""
    surname_only: bool = False
    pronoun: bool = False
    pos: int = 0  # where in the window the match starts (for choosing the nearest)
    end: int = 0
    gender: str = ""  # "f", "m" or "" (unknown); from titles, French role words and pronouns


def _split_name(tokens: list[str], *, from_right: bool) -> tuple[list[str], list[str], list[str]] | None:
    """Split a run of capitalised tokens into (role-ish prefix, name tokens, leftover suffix).

    ``from_right``: the name is the run's right end (NAME said); else its left end (said NAME).
    """
    def kind(tok: str) -> str:
        lt = _lower(tok)
        if lt in _DROP_TITLES:
            return "title"
        if lt in _ROLE_WORDS or lt.rstrip(".") in _ROLE_WORDS:
            return "role"
        if lt in _ORG_WORDS or (len(tok) >= 2 and tok.isupper() and tok.isalpha()):
            return "org"
        if tok in _PARTICLES:
            return "particle"
        if lt in _STOP_CAPS:
            return "stop"
        if _is_particle(tok):
            return "particle"
        if re.fullmatch(rf"{_UP}\.", tok):
            return "initial"
        return "name"

    kinds = [kind(t) for t in tokens]
    # "Luc de La Tour", "Ludwig Van Beethoven": a capitalised particle inside a name
    for i in range(1, len(tokens) - 1):
        if kinds[i] == "stop" and _lower(tokens[i]) in _PARTICLES and kinds[i - 1] in ("name", "particle") \
                and kinds[i + 1] == "name":
            kinds[i] = "particle"
    if from_right:
        j = len(tokens)
        while j > 0 and kinds[j - 1] in ("name", "particle", "initial"):
            j -= 1
        # the name may not start with a particle
        while j < len(tokens) and kinds[j] == "particle":
            j += 1
        name = tokens[j:]
        prefix = tokens[:j]
        # keep only the title/role/org tail of the prefix ("Today Executive Director Jane" -> "Executive Director")
        k = len(prefix)
        while k > 0 and kinds[k - 1] in ("title", "role", "org", "particle"):
            k -= 1
        return prefix[k:], name, []
    j = 0
    while j < len(tokens) and kinds[j] in ("title", "role", "org", "particle"):
        j += 1
    prefix = tokens[:j]
    while prefix and kinds[len(prefix) - 1] == "particle":
        prefix.pop()
    k = j
    while k < len(tokens) and kinds[k] in ("name", "particle", "initial"):
        k += 1
    name = tokens[j:k]
    while name and _is_particle(name[-1]):
        name.pop()
        k -= 1
    return prefix, name, tokens[k:]


def _clean_org(s: str) -> str:
    s = re.split(r"\s*[\u00b7|\u2022]\s*|\n\s*\n", s)[0]  # page furniture ("… · Geneva") is not part of it
    s = re.sub(r"(?:\s+(?:of|for|at|and|de|du|des|la|le|pour|et|the|l['\u2019]))+\s*$", "", s)
    s = s.strip(" \t\n,.;:)(")
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"^(?:the|The|la|La|le|Le|les|Les)\s+|^[lL]['\u2019]", "", s)
    s = re.sub(r"\s*\([^()]*\)$", "", s)
    return s.strip()


def _clean_role(s: str) -> str:
    s = re.sub(r"\s+", " ", s.strip(" \t\n,.;:"))
    s = re.sub(r"^(?:the|The|a|an|An|A|un|une|Un|Une|le|la|Le|La)\s+|^[lL]['\u2019]", "", s)
    return s.strip()


_SPLIT_STRONG = re.compile(r"\s+(?:at|with|chez|auprès\s+d(?:e|u|es|e\s+la|e\s+l['\u2019])|à)\s+(?=(?:the\s+|la\s+|le\s+|l['\u2019])?[A-ZÀ-Þ0-9])")
_SPLIT_OF = re.compile(r"\s+(?:of|for|de\s+la|de\s+l['\u2019]|de|du|des|d['\u2019])\s*(?=(?:the\s+|la\s+|le\s+|l['\u2019])?[A-ZÀ-Þ])")
# "Farid Rahimi, who carried out the matching, said" / "Yuki Nakamura, 22, said"
_RELATIVE = re.compile(r"\s*(?:who|whose|which|qui|dont|\d{1,3}\s*$|\d{1,3}\s*,)", re.I)
_NOT_ROLE_START = re.compile(
    r"^(?:who|which|that|whose|adding|as|in|on|during|after|before|when|while|speaking|and|but|at\s+the\s+"
    r"(?:opening|launch|start|end|close|press)|qui|dont|en|lors|avant|après|pendant|dans|ajoutant|soulignant|"
    r"et|mais|où|on|to|from|for|here|there|today|yesterday|now|then|also|already|not|is|was|has|had|"
    r"\d)\b",
    re.I,
)
_POSSESSIVE_ROLE = re.compile(rf"^(?:the\s+)?(?P<org>(?:{_UP}[\w\-]*\s+){{0,5}}{_UP}[\w\-]*)['\u2019]s\s+(?P<role>.+)$")


# "the coalition’s policy director, Sarah O’Brien" / "Global Watch’s director Jane Smith"
_POSSESSIVE_BEFORE = re.compile(
    r"(?:(?<=\s)|^)(?:the\s+|The\s+)?(?P<org>(?:[\w\-]+\s+){0,4}[\w\-]+)['\u2019]s\s+(?P<role>(?:[\w\-]+\s+){0,4}[\w\-]+),?\s+$"
)


def _parse_appos(parts: list[str]) -> tuple[str, str]:
    """(role, organisation) from the comma-separated parts of an appositive."""
    parts = [re.sub(r"\s+", " ", p).strip(" .") for p in parts]
    parts = [p for p in parts if p and not p.isdigit()]  # "Yuki Nakamura, 22, a youth campaigner"
    if not parts or _NOT_ROLE_START.match(parts[0]):
        return "", ""
    first = parts[0]
    if len(first) > 140:
        return "", ""
    # "of the Coalition for X" / "de la Coalition X": organisation only
    m = re.match(r"^(?:of|from|at|with|de\s+la|de\s+l['\u2019]|de|du|des|d['\u2019]|chez)\s*(?=(?:the\s+)?[A-ZÀ-Þ])", first)
    if m:
        return "", _clean_org(first[m.end():])
    m = _POSSESSIVE_ROLE.match(first)
    if m and len(m.group("role").split()) <= 5:
        return _clean_role(m.group("role")), _clean_org(m.group("org"))
    role, org = _split_role_org(first)
    if not org and len(parts) >= 2 and not _NOT_ROLE_START.match(parts[1]):
        second = parts[1]
        if re.match(rf"^(?:the\s+|la\s+|le\s+|l['\u2019])?{_UP}", second) and len(second) <= 120:
            org = _clean_org(second)
    if not _looks_like_role(role) and not org:
        return "", ""
    return _clean_role(role), org


def _looks_like_role(role: str) -> bool:
    words = [_lower(w) for w in re.findall(r"[\w\-\u2019']+", role)]
    if not words or len(words) > 12:
        return False
    return any(w in _ROLE_WORDS for w in words) or bool(re.match(r"^(?:a|an|the|un|une|le|la)\s", role, re.I)) or words[0][:1].isalpha()


def _split_role_org(s: str) -> tuple[str, str]:
    strong = list(_SPLIT_STRONG.finditer(s))
    if strong:
        m = strong[-1]
        return s[: m.start()], _clean_org(s[m.end():])
    ofs = list(_SPLIT_OF.finditer(s))
    if not ofs:
        return s, ""
    for m in ofs:
        rest = s[m.end():]
        head = [_lower(w) for w in rest.split()[:4]]
        if any(w.strip(",.()") in _ORG_WORDS for w in head) or re.match(r"^(?:the\s+)?[A-Z]{2,}\b", rest):
            return s[: m.start()], _clean_org(rest)
    m = ofs[-1]
    if not _looks_like_role_strict(s[: m.start()]):
        return s, ""  # "survivor of the Hiroshima bombing" is a role, not role + organisation
    return s[: m.start()], _clean_org(s[m.end():])


_FEMININE = {"ms", "ms.", "mrs", "mrs.", "mme", "mme.", "mlle", "mlle.", "madame", "mademoiselle", "miss",
             "dame", "lady", "she", "elle", "directrice", "ambassadrice", "présidente", "conseillère",
             "fondatrice", "coordinatrice", "sénatrice", "députée", "chargée", "déléguée", "adjointe",
             "envoyée", "rapporteuse", "cheffe", "professeure", "survivante", "secrétaire-générale",
             "générale", "queen", "princess", "chairwoman", "spokeswoman", "congresswoman"}
_MASCULINE = {"mr", "mr.", "m.", "monsieur", "sir", "lord", "he", "il", "directeur", "ambassadeur", "président",
              "conseiller", "fondateur", "coordinateur", "sénateur", "député", "chargé", "délégué", "adjoint",
              "envoyé", "survivant", "secrétaire-général", "général", "king", "prince", "chairman",
              "spokesman", "congressman"}


def _gender(words) -> str:
    f = m = False
    for w in words:
        lw = _lower(w)
        f = f or lw in _FEMININE
        m = m or lw in _MASCULINE
    return "f" if f and not m else "m" if m and not f else ""


def _person(run: str, *, from_right: bool, known: "_People", at: int) -> tuple[str, str, bool, list[str], str] | None:
    """(speaker, role from titles, surname_only, leftover tokens, gender) for a NAME run, or None."""
    toks = _tokens(run)
    split = _split_name(toks, from_right=from_right)
    if split is None:
        return None
    prefix, name, leftover = split
    if not name:
        return None
    # drop trailing sentence dot glued to a name ("Smith.")
    name = [t.rstrip(".") if len(t) > 2 and not re.fullmatch(rf"{_UP}\.", t) else t for t in name]
    core = [t for t in name if not _is_particle(t)]
    if len(core) > 4:
        if from_right:
            name = name[-4:]
        else:
            name = name[:4]
        core = [t for t in name if not _is_particle(t)]
    role_titles = [t for t in prefix if _lower(t) not in _DROP_TITLES]
    has_title = any(_lower(t) in _DROP_TITLES or _lower(t) in _ROLE_TITLES for t in prefix)
    role = " ".join(role_titles)
    g = _gender(prefix)
    if len(core) >= 2:
        return " ".join(name), role, False, leftover, g
    if len(core) == 1:
        full = known.resolve(core[0], at)
        if full is not None:
            return full, role, True, leftover, g
        if has_title and len(core[0]) > 1:
            return core[0], role, True, leftover, g
    return None


@dataclass
class _Person:
    name: str
    role: str
    organisation: str
    pos: int
    gender: str = ""


@dataclass
class _People:
    """People named in the document, for surname and pronoun resolution."""

    seen: list[_Person] = field(default_factory=list)
    mentions: list[tuple[int, _Person]] = field(default_factory=list)  # every introduction, in order
    loose: list[_Person] = field(default_factory=list)  # any "First Last" seen: only for surnames

    def add(self, name: str, role: str, org: str, pos: int, gender: str = "") -> None:
        if len(name.split()) < 2:
            return
        for p in self.seen:
            if p.name == name:
                p.role = p.role or role
                p.organisation = p.organisation or org
                p.gender = p.gender or gender
                p.pos = min(p.pos, pos)
                return
        self.seen.append(_Person(name, role, org, pos, gender))

    def get(self, name: str) -> _Person | None:
        for p in self.seen:
            if p.name == name:
                return p
        return None

    def resolve(self, surname: str, at: int) -> str | None:
        key = _fold_key(surname)
        before = [p for p in self.seen if _fold_key(p.name.split()[-1]) == key or _fold_key(p.name) == key]
        if not before:
            before = [p for p in self.loose if _fold_key(p.name.split()[-1]) == key]
        if not before:
            return None
        earlier = [p for p in before if p.pos <= at]
        pick = max(earlier, key=lambda p: p.pos) if earlier else min(before, key=lambda p: p.pos)
        return pick.name


def _fold_key(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(c))


def _rest_parts(rest: str) -> list[str]:
    """Comma-separated parts of what follows a name: ", Executive Director, Coalition X." -> parts."""
    rest = rest or ""
    m = re.match(r"^\s*,\s*", rest)
    if not m:
        # "Jane Smith of the Coalition" / "Marie Dupont, de la Coalition"
        m2 = re.match(r"^\s+(?=(?:of|from|at|de\s+la|de\s+l['\u2019]|du|de)\s+(?:the\s+)?[A-ZÀ-Þ])", rest)
        if not m2:
            return []
        rest = rest[m2.end():]
    else:
        rest = rest[m.end():]
    ends = _sentence_ends(rest)
    if ends:
        rest = rest[: ends[0]]
    rest = rest.rstrip(" .\n")
    parts = []
    depth = 0
    cur = []
    for c in rest:
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        if c == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    parts.append("".join(cur))
    # stop at the first part that is a clause, not an appositive
    out = []
    for p in parts[:3]:
        if out and _NOT_ROLE_START.match(p.strip()):
            break
        out.append(p)
    return out


def _find_attributions(window: str, known: _People, base: int) -> list[_Attr]:
    """Every attribution found in ``window`` (positions relative to the window)."""
    found: list[_Attr] = []
    for m in _RE_NAME_VERB.finditer(window):
        name = m.group("name")
        start = m.start()
        res = _person(name, from_right=True, known=known, at=base + start)
        if res is None:
            continue
        speaker, trole, surname_only, _, g = res
        role, org = ("", "")
        if m.group("appos"):
            role, org = _parse_appos(_rest_parts(", " + m.group("appos")))
            if not role and not org and not _RELATIVE.match(m.group("appos")):
                continue  # "In Geneva, Jane Smith said" is found from "Jane"
        end = m.end("appos") if m.group("appos") else start + len(name)
        if m.group("oforg"):
            org = _clean_org(re.sub(r"^\S+\s+(?:la\s+|l['\u2019])?", "", m.group("oforg")))
            end = m.end("oforg")
        if not role and not org:
            pm = _POSSESSIVE_BEFORE.search(window, max(0, start - 120), start)
            if pm:
                role, org = _clean_role(pm.group("role")), _clean_org(pm.group("org"))
                start = pm.start()
        g = g or _gender((role or trole).split()[:3])
        found.append(_Attr(speaker, role or trole, org, surname_only, False, start, end + 1, g))
    for rx in (_RE_VERB_NAME, _RE_ACCORDING):
        for m in rx.finditer(window):
            if rx is _RE_ACCORDING and m.group("prep").lower() == "pour":
                if not re.match(r"\s*,", m.group("rest") or ""):
                    continue
            res = _person(m.group("name"), from_right=False, known=known, at=base + m.start())
            if res is None:
                continue
            speaker, trole, surname_only, leftover, g = res
            lorg = ""
            if m.group("lrole"):
                lrole, lorg = _split_role_org(m.group("lrole").strip(" ,\n"))
                trole = _clean_role(lrole + " " + trole)
            rest = m.group("rest") or ""
            if leftover:
                rest = " " + " ".join(leftover) + rest
            role, org = _parse_appos(_rest_parts(rest))
            g = g or _gender((m.group("lrole") or "").split()[:3] + (role or trole).split()[:3])
            found.append(_Attr(speaker, role or trole, org or lorg, surname_only, False, m.start(), m.end("name"), g))
    m = _RE_DASH.match(window)
    if m:
        res = _person(m.group("name"), from_right=False, known=known, at=base + m.start())
        if res is not None:
            speaker, trole, surname_only, leftover, g = res
            role, org = _parse_appos(_rest_parts(m.group("rest")))
            found.append(_Attr(speaker, role or trole, org, surname_only, False, m.start("name"), m.end("name"),
                               g or _gender(role.split()[:3])))
    for m in _RE_PRONOUN.finditer(window):
        g = _gender(re.findall(r"\b(?:she|he|il|elle)\b", m.group().lower()))
        found.append(_Attr(pronoun=True, pos=m.start(), end=m.end(), gender=g))
    return found


# --- the windows around a quote ---------------------------------------------------------------------


def _after_window(text: str, end: int, limit: int) -> str:
    w = text[end:min(limit, end + _AFTER_CHARS)]
    lead = len(w) - len(w.lstrip(" \t\n\u00a0\u202f"))
    if w[lead:lead + 1] in (".", "!", "?", "\u2026", ";"):
        return ""
    ends = _sentence_ends(w)
    ends = [e for e in ends if e > lead + 1]
    if ends:
        w = w[: ends[0]]
    return w


def _before_sentences(text: str, start: int, limit: int) -> tuple[str, str]:
    """(the sentence the quote is in, up to the quote; the sentence before it)."""
    w = text[max(limit, start - _BEFORE_CHARS):start]
    paras = list(_PARA_RE.finditer(w))
    if paras:
        last = paras[-1]
        tail = w[last.end():]
        if tail.strip():
            w = tail
        else:
            # the quote opens a paragraph: keep the previous paragraph only when it introduces it (":")
            prev = w[: last.start()]
            if prev.rstrip().endswith(":"):
                pp = list(_PARA_RE.finditer(prev))
                w = prev[pp[-1].end():] if pp else prev
            else:
                return "", ""
    ends = _sentence_ends(w)
    if not ends:
        return w, ""
    cur = w[ends[-1]:]
    prev_start = ends[-2] if len(ends) >= 2 else 0
    return cur, w[prev_start:ends[-1]]


# --- the public function ----------------------------------------------------------------------------

_WORD_RE = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")


def _word_count(s: str) -> int:
    return len(_WORD_RE.findall(s))


def _looks_like_title(text: str) -> bool:
    """A Title Case phrase with no sentence punctuation: “Arms and the Future of Conflict”."""
    if re.search(r"[.!?,;\u2026]", text):
        return False
    words = _WORD_RE.findall(text)
    if len(words) > 14:
        return False
    content = [w for w in words if len(w) > 3]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps >= 0.75 * len(content)


def _guess_language(text: str) -> str | None:
    try:
        from presskit.ingest.naming import detect_language
    except Exception:  # pragma: no cover - naming is part of the core
        return None
    try:
        return detect_language(text)
    except Exception:  # pragma: no cover - a guess must never break extraction
        return None


def extract_quotes(
    pages: list[str],
    *,
    language: str | None = None,
    document_id: str = "",
    title: str = "",
    date: str | None = None,
    default_speaker: str = "",
    default_organisation: str = "",
    min_words: int = 4,
) -> list[Quote]:
    """Quotations of one document, in reading order.

    Args:
        pages: the document's page texts (one entry per PDF page; a text document gives one entry).
        language: the document's language (ISO 639-1); None to guess it from the text.
        document_id, title, date: copied into every quote.
        default_speaker, default_organisation: who a quote the text does not attribute is given to
            (with ``inferred=True``): usually the document's author and its organisation.
        min_words: quotes with fewer words are scare quotes or titles and are dropped.

    Never raises on odd text: unbalanced marks are skipped, not guessed.
    """
    if isinstance(pages, str):
        pages = [pages]
    pages = strip_page_furniture([p if isinstance(p, str) else "" for p in (pages or [])])
    if not pages:
        return []
    starts = []
    parts = []
    pos = 0
    for p in pages:
        starts.append(pos)
        parts.append(p)
        pos += len(p) + 1
    text = "\n".join(parts)
    if not _MARK_RE.search(text):
        return []
    # paragraph breaks inside pages only (a page break is not a paragraph break)
    paras: list[int] = []
    for s, p in zip(starts, pages):
        lo = len(p) - len(p.lstrip())
        hi = len(p.rstrip())
        for m in _PARA_RE.finditer(p, lo, hi):
            paras.append(s + m.start())
    raws = _scan(text, paras)
    if not raws:
        return []
    doc_lang = language or _guess_language(text)
    known = _People()
    _register_mentions(text, raws, known)
    recent: list[tuple[int, _Person]] = []  # (where, who) for each quote attributed, for pronouns
    results: list[tuple[_Raw, _Attr | None]] = []
    for k, r in enumerate(raws):
        r.text = normalise_quote_text(text[r.body[0]:r.body[1]])
        r.page = max(1, bisect.bisect_right(starts, r.start))
        prev_end = raws[k - 1].end if k else 0
        next_start = raws[k + 1].start if k + 1 < len(raws) else len(text)
        attr = _attribute(text, r, prev_end, next_start, paras, known, recent)
        if attr is not None and attr.speaker:
            p = known.get(attr.speaker)
            if p is None and not attr.surname_only:
                known.add(attr.speaker, attr.role, attr.organisation, r.start, attr.gender)
                p = known.get(attr.speaker)
            if p is not None:
                attr.role = attr.role or p.role
                attr.organisation = attr.organisation or p.organisation
                p.gender = p.gender or attr.gender
            else:
                p = _Person(attr.speaker, attr.role, attr.organisation, r.start, attr.gender)
            recent.append((r.start, p))
        results.append((r, attr))
    # quotes continued over paragraphs take the attribution of their group's last part
    by_group: dict[int, _Attr] = {}
    for r, a in results:
        if a is not None and a.speaker:
            by_group[r.group] = a
    out: list[Quote] = []
    for r, a in results:
        if a is None or not a.speaker:
            a = by_group.get(r.group, a)
        if _word_count(r.text) < max(1, min_words):
            continue
        explicit = a is not None and bool(a.speaker)
        if not explicit and _looks_like_title(r.text):
            continue
        lang = language or _guess_language(r.text) or doc_lang
        if explicit:
            q = Quote(r.text, a.speaker, a.role, _expand_org(a.organisation, default_organisation), False, r.page)
        else:
            q = Quote(r.text, default_speaker or "", "", default_organisation or "", True, r.page)
        q.language = lang
        q.document_id = document_id
        q.title = title
        q.date = date
        out.append(q)
    return out


def _expand_org(org: str, default_org: str) -> str:
    """"Lantern Coalition" -> "Lantern Coalition for Arms Control" when that is the publisher's name."""
    if not org or not default_org:
        return org
    a = _fold_key(org).split()
    b = _fold_key(default_org).split()
    if a and len(a) < len(b) and b[: len(a)] == a:
        return default_org
    initials = "".join(w[0] for w in b if w not in ("of", "for", "the", "and", "de", "la", "le", "des", "du", "pour"))
    if len(a) == 1 and len(a[0]) >= 2 and a[0] == initials:
        return default_org
    return org


def _register_mentions(text: str, raws: list[_Raw], known: _People) -> None:
    """Names introduced outside quotes with a role or title ("Aminata Diallo, Executive Director of X")."""
    gaps = []
    pos = 0
    for r in raws:
        gaps.append((pos, r.start))
        pos = r.end
    gaps.append((pos, len(text)))
    for a, b in gaps:
        seg = text[a:b]
        if len(seg) < 5:
            continue
        for m in _RE_MENTION.finditer(seg):
            toks = _tokens(m.group("name"))
            split = _split_name(toks, from_right=True)
            if split is None:
                continue
            prefix, name, _ = split
            core = [t for t in name if not _is_particle(t)]
            if not 2 <= len(core) <= 4:
                continue
            if len(core) <= 3 and not any(_lower(t) in _ORG_WORDS for t in toks):
                known.loose.append(_Person(re.sub(r"([\-\u2010])\s+", r"\1", " ".join(name)), "", "", a + m.start()))
            rest = m.group("rest")
            role, org = _parse_appos(_rest_parts(rest)) if rest else ("", "")
            titled = any(_lower(t) in _DROP_TITLES or _lower(t) in _ROLE_TITLES for t in prefix)
            relative = bool(rest and re.match(r"\s*,\s*(?:who|qui|\d{1,3}\s*,)\s", rest))
            if (role and _looks_like_role_strict(role)) or titled or relative:
                trole = " ".join(t for t in prefix if _lower(t) not in _DROP_TITLES)
                g = _gender(prefix) or _gender((role or trole).split()[:3])
                full = re.sub(r"([\-\u2010])\s+", r"\1", " ".join(name))
                known.add(full, role or trole, org, a + m.start(), g)
                p = known.get(full)
                if p is not None:
                    known.mentions.append((a + m.start(), p))


def _looks_like_role_strict(role: str) -> bool:
    words = [_lower(w) for w in re.findall(r"[\w\-\u2019']+", role)]
    return any(w in _ROLE_WORDS for w in words)


def _attribute(text: str, r: _Raw, prev_end: int, next_start: int, paras: list[int], known: _People,
               recent: list[tuple[int, _Person]]) -> _Attr | None:
    # the after window stops at the next quote and at a paragraph break
    k = bisect.bisect_right(paras, r.end - 1)
    limit = min(next_start, paras[k] if k < len(paras) else len(text))
    after = _after_window(text, r.end, limit)
    closed = r.text.rstrip("\u201d\u00bb\"'\u2019)").endswith((".", "!", "?", "\u2026"))
    if closed and after.strip() and not _RE_DASH.match(after):
        tail = after.rstrip()
        if len(tail) > 160 or not tail.endswith((".", "!", "?")):
            after = ""
    cur, prev = _before_sentences(text, r.start, prev_end)

    def pick(window: str, base: int, nearest_end: bool) -> _Attr | None:
        if not window.strip():
            return None
        found = _find_attributions(window, known, base)
        if not found:
            return None
        if nearest_end:
            return max(found, key=lambda a: (a.end, -a.pos, not a.pronoun))
        return min(found, key=lambda a: (a.pos, a.pronoun))

    def resolve(a: _Attr | None) -> _Attr | None:
        if a is None:
            return None
        if a.pronoun:
            # the most recent speaker, skipping those known to be of the other gender
            cands = [(pos, p) for pos, p in recent] + [(pos, p) for pos, p in known.mentions if pos < r.start]
            for _, p in sorted(cands, key=lambda c: c[0], reverse=True):
                if not a.gender or not p.gender or p.gender == a.gender:
                    return _Attr(p.name, p.role, p.organisation, False, True, a.pos, a.end, a.gender or p.gender)
            return None
        return a

    a_after = pick(after, r.end, nearest_end=False)
    lead = len(after) - len(after.lstrip(" \t\n,\u00a0\u202f\u2014\u2013-"))
    if a_after is not None and a_after.pos <= lead + 1:
        return resolve(a_after)
    a_cur = pick(cur, r.start - len(cur), nearest_end=True)
    if a_cur is not None:
        return resolve(a_cur)
    if a_after is not None:
        return resolve(a_after)
    a_prev = pick(prev, r.start - len(cur) - len(prev), nearest_end=True)
    if a_prev is not None:
        return resolve(a_prev)
    return _subject(cur, r.start - len(cur), known)


def _subject(cur: str, base: int, known: _People) -> _Attr | None:
    """The person a sentence is about, when a quote is embedded in it and no verb of saying is found."""
    if not cur.strip() or len(cur) > 400 or _RE_ANY_VERB.search(cur):
        return None  # "X was approached by a delegate who told him, “…”": the speaker is not X
    m = _RE_SUBJECT.match(cur)
    if not m:
        return None
    res = _person(m.group("name"), from_right=True, known=known, at=base)
    if res is None:
        return None
    speaker, trole, surname_only, _, g = res
    role, org = _parse_appos(_rest_parts(m.group("rest"))) if m.group("rest") else ("", "")
    return _Attr(speaker, role or trole, org, surname_only, False, m.start(), m.end(), g)

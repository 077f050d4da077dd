"""Who said a quote: attribution from the sentences around it, and quotes of a whole document.

:func:`extract_quotes` is called once per document at kit build time. It scans the quotation marks
(:mod:`.scan`), drops scare quotes and short titles (fewer than ``min_words`` words, or a Title Case
phrase with no sentence punctuation and no attribution), and attributes each quote from the sentence
after it (``“…,” said NAME, ROLE of ORG.``) or the sentence(s) before it (``NAME, ROLE, said: “…”``),
in English and French; pronouns (``she added``, ``a-t-elle ajouté``) and surnames (``Ms Diallo
said``) resolve to people named earlier in the document (:mod:`.people`); a quote the text does not
attribute goes to ``default_speaker``/``default_organisation`` with ``inferred=True``.

Across a kit (:func:`settle_attribution`), a speaker named with a role and organisation in one document
is the same person where another document names her alone. See ``docs/quotes.md`` for the decisions
and the list of attribution patterns.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Quote
from ..ingest.naming import detect_language
from ..textutil import fold
from .people import (
    APOS, DROP_TITLES, LETTER, NAMERUN, ORG_WORDS, POSSESSIVE_BEFORE, RELATIVE, ROLE_TITLES, ROLE_WORDS, UP,
    People, Person, clean_org, clean_role, gender, is_particle, looks_like_role_strict, lower_token,
    name_tokens, parse_appos, person, rest_parts, sentence_ends, split_name, split_role_org,
)
from .scan import MARK_RE, PARA_RE, RawQuote, normalise_quote_text, scan_marks, strip_page_furniture

#: How far before a quote its attribution is looked for (and never before the previous quote's end).
_BEFORE_CHARS = 500
#: How far after a quote its attribution is looked for (and never past the sentence's end).
_AFTER_CHARS = 300

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
APPOS_CHUNK = r"(?:[^,.;:!?\u201c\u201d\u00ab\u00bb\u201e\"\n(]|\n(?![ \t]*\n)|\.(?=[\w,])|\([^()\n]{0,60}\))"
APPOS = rf"{APPOS_CHUNK}{{1,120}}(?:,{APPOS_CHUNK}{{1,120}}){{0,2}}"
_REST = r"(?:[^;:!?\u201c\u201d\u00ab\u00bb\u201e\"]){0,220}"

_ROLE_ALT = _alt(w for w in ROLE_WORDS if w.isalpha() or "-" in w) + _B
# an optional role (of an organisation) before a name: "the executive director of the Coalition, "
_LROLE = (
    rf"(?:(?:the|le|la|l['\u2019])\s*)?(?P<lrole>(?i:{_ROLE_ALT})(?:\s+(?i:{_ROLE_ALT})){{0,3}}"
    rf"(?:\s+(?:of|for|at|de\s+la|de\s+l['\u2019]|de|du|des|d['\u2019])\s*(?:the\s+)?{UP}[\w\-\u2019']*"
    rf"(?:\s+(?:for|of|on|pour|de|du|des|la|le|the|and|et)?\s*{UP}[\w\-\u2019']*){{0,5}})?\s*,?\s+)?"
)
# "of the Halden Institute" / "de la Coalition Lanterne" right after a name
_OFORG = (
    rf"(?:of|from|at|with|de\s+la|de\s+l['\u2019]|du|de)\s+(?:the\s+)?{UP}[\w\-\u2019']*"
    rf"(?:\s+(?:(?:for|of|on|and|pour|de|du|des|la|le|sur|et)\s+)?{UP}[\w\-\u2019']*){{0,6}}"
)
# NAME (, APPOS,) VERB  -- "Jane Smith, Executive Director of X, said" / "Marie Dupont a déclaré"
_RE_NAME_VERB = re.compile(
    rf"(?=(?P<name>{_NB}{NAMERUN})(?:\s*,\s*(?P<appos>{APPOS})\s*,|\s*,|\s+(?P<oforg>{_OFORG}),?)?\s+"
    rf"(?:{_ADV_EN}(?i:{_V_EN}){_B}|(?:(?:a|avait|aurait)\s+{_ADV_FR}(?i:{_V_FR_PP})|(?i:{_V_FR_PRES})){_B}))"
)
# VERB NAME (, APPOS)  -- "said Jane Smith, Executive Director of X" / "a déclaré Marie Dupont"
_RE_VERB_NAME = re.compile(
    rf"(?:{_NB}(?i:{_V_EN_INV})|{_NB}(?:a|avait)\s+{_ADV_FR}(?i:{_V_FR_PP})|{_NB}(?i:{_V_FR_PRES}))"
    rf"\s+{_LROLE}(?P<name>{NAMERUN})(?P<rest>{_REST})"
)
# according to NAME / selon NAME / d’après NAME / pour NAME,
_RE_ACCORDING = re.compile(
    rf"{_NB}(?P<prep>(?i:according\s+to|selon|d['\u2019]apr[eè]s|pour|in\s+the\s+words\s+of))\s+"
    rf"{_LROLE}(?P<name>{NAMERUN})(?P<rest>{_REST})"
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
_RE_DASH = re.compile(rf"^\s*[\u2014\u2013]\s*(?P<name>{NAMERUN})(?P<rest>{_REST})")
# the subject of the sentence a quote is embedded in: "Dr Amara Diallo called the idea “…”"
_RE_SUBJECT = re.compile(
    rf"^\s*(?:[^\s,]+(?:\s+[^\s,]+){{0,3}},\s*)??(?P<name>{NAMERUN})(?P<rest>\s*,\s*{APPOS})?"
    rf"(?=\s*,?\s+(?:{LETTER}+\b|[{APOS}]))"
)
_RE_ANY_VERB = re.compile(rf"{_NB}(?:(?i:{_V_EN})|(?:a|avait)\s+{_ADV_FR}(?i:{_V_FR_PP})|(?i:{_V_FR_PRES})){_B}")
# a person introduced anywhere: "Aminata Diallo, Executive Director of ..." / "Ms Aminata Diallo"
_RE_MENTION = re.compile(rf"{_NB}(?P<name>{NAMERUN})(?=(?P<rest>\s*,\s*{APPOS_CHUNK}{{1,120}})?)")

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


def _find_attributions(window: str, known: People, base: int) -> list[_Attr]:
    """Every attribution found in ``window`` (positions relative to the window)."""
    found: list[_Attr] = []
    for m in _RE_NAME_VERB.finditer(window):
        name = m.group("name")
        start = m.start()
        res = person(name, from_right=True, known=known, at=base + start)
        if res is None:
            continue
        speaker, trole, surname_only, _, g = res
        role, org = ("", "")
        if m.group("appos"):
            role, org = parse_appos(rest_parts(", " + m.group("appos")))
            if not role and not org and not RELATIVE.match(m.group("appos")):
                continue  # "In Geneva, Jane Smith said" is found from "Jane"
        end = m.end("appos") if m.group("appos") else start + len(name)
        if m.group("oforg"):
            org = clean_org(re.sub(r"^\S+\s+(?:la\s+|l['\u2019])?", "", m.group("oforg")))
            end = m.end("oforg")
        if not role and not org:
            pm = POSSESSIVE_BEFORE.search(window, max(0, start - 120), start)
            if pm:
                role, org = clean_role(pm.group("role")), clean_org(pm.group("org"))
                start = pm.start()
        g = g or gender((role or trole).split()[:3])
        found.append(_Attr(speaker, role or trole, org, surname_only, False, start, end + 1, g))
    for rx in (_RE_VERB_NAME, _RE_ACCORDING):
        for m in rx.finditer(window):
            if rx is _RE_ACCORDING and m.group("prep").lower() == "pour":
                if not re.match(r"\s*,", m.group("rest") or ""):
                    continue
            res = person(m.group("name"), from_right=False, known=known, at=base + m.start())
            if res is None:
                continue
            speaker, trole, surname_only, leftover, g = res
            lorg = ""
            if m.group("lrole"):
                lrole, lorg = split_role_org(m.group("lrole").strip(" ,\n"))
                trole = clean_role(lrole + " " + trole)
            rest = m.group("rest") or ""
            if leftover:
                rest = " " + " ".join(leftover) + rest
            role, org = parse_appos(rest_parts(rest))
            g = g or gender((m.group("lrole") or "").split()[:3] + (role or trole).split()[:3])
            found.append(_Attr(speaker, role or trole, org or lorg, surname_only, False, m.start(), m.end("name"), g))
    m = _RE_DASH.match(window)
    if m:
        res = person(m.group("name"), from_right=False, known=known, at=base + m.start())
        if res is not None:
            speaker, trole, surname_only, leftover, g = res
            role, org = parse_appos(rest_parts(m.group("rest")))
            found.append(_Attr(speaker, role or trole, org, surname_only, False, m.start("name"), m.end("name"),
                               g or gender(role.split()[:3])))
    for m in _RE_PRONOUN.finditer(window):
        g = gender(re.findall(r"\b(?:she|he|il|elle)\b", m.group().lower()))
        found.append(_Attr(pronoun=True, pos=m.start(), end=m.end(), gender=g))
    return found


# --- the windows around a quote ---------------------------------------------------------------------


def _after_window(text: str, end: int, limit: int) -> str:
    w = text[end:min(limit, end + _AFTER_CHARS)]
    lead = len(w) - len(w.lstrip(" \t\n\u00a0\u202f"))
    if w[lead:lead + 1] in (".", "!", "?", "\u2026", ";"):
        return ""
    ends = sentence_ends(w)
    ends = [e for e in ends if e > lead + 1]
    if ends:
        w = w[: ends[0]]
    return w


def _before_sentences(text: str, start: int, limit: int) -> tuple[str, str]:
    """(the sentence the quote is in, up to the quote; the sentence before it)."""
    w = text[max(limit, start - _BEFORE_CHARS):start]
    paras = list(PARA_RE.finditer(w))
    if paras:
        last = paras[-1]
        tail = w[last.end():]
        if tail.strip():
            w = tail
        else:
            # the quote opens a paragraph: keep the previous paragraph only when it introduces it (":")
            prev = w[: last.start()]
            if prev.rstrip().endswith(":"):
                pp = list(PARA_RE.finditer(prev))
                w = prev[pp[-1].end():] if pp else prev
            else:
                return "", ""
    ends = sentence_ends(w)
    if not ends:
        return w, ""
    cur = w[ends[-1]:]
    prev_start = ends[-2] if len(ends) >= 2 else 0
    return cur, w[prev_start:ends[-1]]


# --- one document -----------------------------------------------------------------------------------

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
        return detect_language(text)
    except Exception:  # pragma: no cover - a guess must never break extraction
        return None


@dataclass
class _Doc:
    """A document's pages joined into one text, with where pages start and paragraphs break."""

    text: str
    starts: list[int]
    paras: list[int]

    @classmethod
    def of(cls, pages: list[str]) -> "_Doc":
        starts, pos = [], 0
        for p in pages:
            starts.append(pos)
            pos += len(p) + 1
        # paragraph breaks inside pages only (a page break is not a paragraph break)
        paras: list[int] = []
        for s, p in zip(starts, pages):
            lo, hi = len(p) - len(p.lstrip()), len(p.rstrip())
            paras.extend(s + m.start() for m in PARA_RE.finditer(p, lo, hi))
        return cls("\n".join(pages), starts, paras)


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
    doc = _Doc.of(pages)
    if not MARK_RE.search(doc.text):
        return []
    raws = scan_marks(doc.text, doc.paras)
    if not raws:
        return []
    doc_lang = language or _guess_language(doc.text)
    out: list[Quote] = []
    for r, a in _attributed(doc, raws):
        if _word_count(r.text) < max(1, min_words):
            continue
        explicit = a is not None and bool(a.speaker)
        if not explicit and _looks_like_title(r.text):
            continue
        if explicit:
            q = Quote(r.text, a.speaker, a.role, _expand_org(a.organisation, default_organisation), False, r.page)
        else:
            q = Quote(r.text, default_speaker or "", "", default_organisation or "", True, r.page)
        q.language = language or _guess_language(r.text) or doc_lang
        q.document_id, q.title, q.date = document_id, title, date
        out.append(q)
    return out


def _attributed(doc: _Doc, raws: list[RawQuote]) -> list[tuple[RawQuote, _Attr | None]]:
    """Each quote with its attribution (None: the text does not say); texts and pages filled in."""
    text = doc.text
    known = People()
    _register_mentions(text, raws, known)
    recent: list[tuple[int, Person]] = []  # (where, who) for each quote attributed, for pronouns
    results: list[tuple[RawQuote, _Attr | None]] = []
    for k, r in enumerate(raws):
        r.text = normalise_quote_text(text[r.body[0]:r.body[1]])
        r.page = max(1, bisect.bisect_right(doc.starts, r.start))
        prev_end = raws[k - 1].end if k else 0
        next_start = raws[k + 1].start if k + 1 < len(raws) else len(text)
        attr = _attribute(text, r, prev_end, next_start, doc.paras, known, recent)
        if attr is not None and attr.speaker:
            recent.append((r.start, _remember(known, attr, r.start)))
        results.append((r, attr))
    # quotes continued over paragraphs take the attribution of their group's last part
    by_group = {r.group: a for r, a in results if a is not None and a.speaker}
    return [(r, a if a is not None and a.speaker else by_group.get(r.group, a)) for r, a in results]


def _remember(known: People, attr: _Attr, at: int) -> Person:
    """The person an attribution names, remembered (and completed) for the rest of the document."""
    p = known.get(attr.speaker)
    if p is None and not attr.surname_only:
        known.add(attr.speaker, attr.role, attr.organisation, at, attr.gender)
        p = known.get(attr.speaker)
    if p is None:
        return Person(attr.speaker, attr.role, attr.organisation, at, attr.gender)
    attr.role = attr.role or p.role
    attr.organisation = attr.organisation or p.organisation
    p.gender = p.gender or attr.gender
    return p


def _expand_org(org: str, default_org: str) -> str:
    """"Lantern Coalition" -> "Lantern Coalition for Arms Control" when that is the publisher's name."""
    if not org or not default_org:
        return org
    a = fold(org).split()
    b = fold(default_org).split()
    if a and len(a) < len(b) and b[: len(a)] == a:
        return default_org
    initials = "".join(w[0] for w in b if w not in ("of", "for", "the", "and", "de", "la", "le", "des", "du", "pour"))
    if len(a) == 1 and len(a[0]) >= 2 and a[0] == initials:
        return default_org
    return org


def _register_mentions(text: str, raws: list[RawQuote], known: People) -> None:
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
            toks = name_tokens(m.group("name"))
            split = split_name(toks, from_right=True)
            if split is None:
                continue
            prefix, name, _ = split
            core = [t for t in name if not is_particle(t)]
            if not 2 <= len(core) <= 4:
                continue
            if len(core) <= 3 and not any(lower_token(t) in ORG_WORDS for t in toks):
                known.loose.append(Person(re.sub(r"([\-\u2010])\s+", r"\1", " ".join(name)), "", "", a + m.start()))
            rest = m.group("rest")
            role, org = parse_appos(rest_parts(rest)) if rest else ("", "")
            titled = any(lower_token(t) in DROP_TITLES or lower_token(t) in ROLE_TITLES for t in prefix)
            relative = bool(rest and re.match(r"\s*,\s*(?:who|qui|\d{1,3}\s*,)\s", rest))
            if (role and looks_like_role_strict(role)) or titled or relative:
                trole = " ".join(t for t in prefix if lower_token(t) not in DROP_TITLES)
                g = gender(prefix) or gender((role or trole).split()[:3])
                full = re.sub(r"([\-\u2010])\s+", r"\1", " ".join(name))
                known.add(full, role or trole, org, a + m.start(), g)
                p = known.get(full)
                if p is not None:
                    known.mentions.append((a + m.start(), p))


def _attribute(text: str, r: RawQuote, prev_end: int, next_start: int, paras: list[int], known: People,
               recent: list[tuple[int, Person]]) -> _Attr | None:
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


def _subject(cur: str, base: int, known: People) -> _Attr | None:
    """The person a sentence is about, when a quote is embedded in it and no verb of saying is found."""
    if not cur.strip() or len(cur) > 400 or _RE_ANY_VERB.search(cur):
        return None  # "X was approached by a delegate who told him, “…”": the speaker is not X
    m = _RE_SUBJECT.match(cur)
    if not m:
        return None
    res = person(m.group("name"), from_right=True, known=known, at=base)
    if res is None:
        return None
    speaker, trole, surname_only, _, g = res
    role, org = parse_appos(rest_parts(m.group("rest"))) if m.group("rest") else ("", "")
    return _Attr(speaker, role or trole, org, surname_only, False, m.start(), m.end(), g)

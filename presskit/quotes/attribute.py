"""Who said a quote: the quotations of one document, each with its speaker, or none.

:func:`extract_quotes` is called once per document at kit build time. It scans the quotation marks
(:mod:`.scan`) over the document's paragraphs (:mod:`.layout`), joins a quotation continued over
several paragraphs into one, drops titles and scare quotes and keeps quoted treaty text apart
(:mod:`.kinds`), then attributes each quotation from the clause that carries its verb of saying or
its colon (:mod:`.subject`, :mod:`.forms`), or else from the context (:mod:`.carried`):

* ``named``: a person named in the sentence (``“…,” said NAME``, ``NAME, ROLE, told journalists: “…”``);
* ``pronoun``: ``“…,” she said`` / ``a-t-il lancé``, the person introduced in the paragraph
  (:func:`.antecedents.antecedent`);
* ``headline``: ``NAME: “…”`` as a heading;
* ``organisation``: an organisation is the source (``As the X Institute noted, “…”``, ``indique la
  coalition``, ``we``/``nous`` in the publisher's own document); no person;
* ``unnamed``: the text says who spoke without naming them (``a delegate who asked not to be named``);
* ``document``: nothing in the text, the document's own speaker; ``none``: nothing at all.

Each way carries a confidence; below :data:`THRESHOLD` the speaker is left empty rather than guessed.
The sentence that names the speaker is kept as ``evidence`` so a reader can check it.
See ``docs/quotes.md`` for the decisions.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Quote
from ..textutil import fold
from .court import counsel_s_party, judge_s_court
from .cues import RE_SAY, WHEN, say_verbs
from .boards import is_board_or_term
from .boxentry import box_entry
from .callers import caller
from .whotold import who_told
from .forms import RE_DASH, RE_SIGNED_AFTER, find_attributions
from .found import CONFIDENCE, Found, State, Unit, complete, fill_from_introduction, forget_texts, from_attr, from_who
from .initials import INITIALS, SPACED_INITIALS
from .kinds import (
    QUOTE, TEXT, found_back, is_epithet, is_fragment, is_held_phrase, is_name_given, is_named_before_its_noun,
    is_named_thing, is_phrase, is_quoted_text, is_title, looks_like_title_case, said_short,
)
from .otherlang import OTHER, _guess_language, foreign_speaker, language_of
from .layout import Doc
from .mentions import NEAR_BEFORE, Mention, sentence_start, scan_mentions
from .appos import parse_appos, split_role_org
from .people import (keep_possessive_names, personal_mandate, restore_apostrophes, NAMERUN, ORG_WORDS, ROLE_WORDS, People,
                     Person, clean_org, clean_role, lower_token, person, sentence_ends)
from .roleparts import body_of_treaty_role, rest_parts
from .scan import (
    MARK_RE, PARA_RE, RawQuote, has_single_quotes, normalise_quote_text, scan_marks, strip_page_furniture,
    with_single_quotes,
)
from . import bodydoc, carried, clausebefore, firstsigned, impersonal, lowerthird, oneofits, ownerof, turns, wordsof
from .bodydoc import not_a_body
from .clausebefore import NAME_AFTER_ROLE
from .between import (
    LISTENER as _LISTENER, LISTENER_THEN_WHEN as _LISTENER_THEN_WHEN, MEDIUM as _MEDIUM, NAMED_LISTENER as _NAMED_LISTENER, OBJECT_BEFORE_VERB as _OBJECT_BEFORE_VERB,
    PLURAL_AFTER as _PLURAL_AFTER, WE_AFTER as _WE_AFTER, SIGNATURE as _SIGNATURE, WHEN_AFTER as _WHEN_AFTER,
)
from .headlines import headline, title_case_headline_names
from .members import members_ask
from .described import headline_holder
from .vocab import STOP_CAPS
from .repeated import named_in_headline, repeated_below
from .replies import asks_the_speaker
from .leadins import CITED_UNNAMED, after_time_stamp, masked_titles as _masked_titles
from .context import by_first_word, is_kind_word
from .states import BODY_OF_ADJ, state_of_demonym
from .subject import Context, Who, classify_np, subject_of_clause

#: Below this confidence a quotation's speaker is left empty ("speaker not stated in the text").
THRESHOLD = 0.5
#: Ways whose speaker is left empty whatever the threshold, their attribution and confidence kept: a pronoun for
#: a person the document introduced before the pronoun's paragraph removed 8 wrong names for 3 right speakers on
#: the four halves written blind after the check was fixed (docs/quotes.md, "Checked on `dittybag`, `pouch`,
#: `tote` and `scrip`"). The person is still remembered for the quotations after it.
ABSTAINS = frozenset({("pronoun", CONFIDENCE["pronoun-earlier"])})
#: How far before a quote its attribution is looked for (and never before the previous quote's end).
_BEFORE_CHARS = 600
#: How far after a quote its attribution is looked for (and never past the sentence's end).
_AFTER_CHARS = 300

class QuoteList(list):
    """The quotations of a document, the people it introduces (full name, role, organisation), and the
    other full names it holds (a table, a list of speakers), for surnames elsewhere in the kit."""

    people: list[tuple[str, str, str]] = []
    names: list[str] = []
    #: someone unnamed of a named person's side whose body the document does not give, with that person's name:
    #: the body the kit settles for her (:mod:`.settle`)
    owned: list[tuple[Quote, str]] = []

    @classmethod
    def of(cls, quotes: list[Quote], known: People) -> "QuoteList":
        result = cls(quotes)
        # the people are read on the text whose plural possessives hold a letter for their apostrophe
        # ("Port Chaplainsʼ Network"): they leave the document as it writes them, or the kit would hold one
        # body under two names, carried to the quotations of other documents
        r = restore_apostrophes
        result.people = [(r(p.name), r(p.role), r(p.organisation)) for p in known.seen]
        result.names = sorted({r(p.name) for p in known.loose if 2 <= len(p.name.split()) <= 3})
        return result


def _units(doc: Doc, raws: list[RawQuote]) -> list[Unit]:
    units: list[Unit] = []
    for r in raws:
        r.text = normalise_quote_text(doc.text[r.body[0]:r.body[1]])
        if units and units[-1].parts[-1].group == r.group:
            units[-1].parts.append(r)
        else:
            units.append(Unit([r]))
    for u in units:
        u.text = " ".join(p.text for p in u.parts if p.text)
        u.page = doc.page_of(u.start)
    return units


def _word_count(s: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['\u2019\-][^\W_]+)*", s))


def extract_quotes(
    pages: list[str],
    *,
    language: str | None = None,
    document_id: str = "",
    title: str = "",
    date: str | None = None,
    default_speaker: str = "",
    default_organisation: str = "",
    own_organisations: tuple[str, ...] | list[str] = (),
    known_organisations: tuple[str, ...] | list[str] = (),
    own_voice: bool = True,
    min_words: int = 4,
    threshold: float = THRESHOLD,
) -> list[Quote]:
    """Quotations of one document, in reading order.

    Args:
        pages: the document's page texts (one entry per PDF page; a text document gives one entry).
        language: the document's language (ISO 639-1): the language of quotes whose own words do not
            say theirs; None to guess it from the text.
        document_id, title, date: copied into every quote.
        default_speaker: the document's own speaker (a statement's), given only to quotes the text
            does not attribute, as ``attribution="document"`` with a low confidence.
        default_organisation: the document's organisation: "we", "the coalition" in its text.
        own_organisations: the document organisation's other names (other languages, acronyms).
        known_organisations: organisations the kit knows, so they are recognised as sources.
        own_voice: whether the document speaks as ``default_organisation`` (its own release, analysis,
            summary): only then is a quotation nobody is said to have said given that organisation; in
            another writer's article, a feature or a statement hosted for another body it gets none.
        min_words: quotes with fewer words are scare quotes or titles and are dropped.
        threshold: below this confidence the speaker (and role) is left empty.

    Never raises on odd text: unbalanced marks are skipped, not guessed.
    """
    if isinstance(pages, str):
        pages = [pages]
    pages = strip_page_furniture([p if isinstance(p, str) else "" for p in (pages or [])])
    if not pages or not (MARK_RE.search("\n".join(pages)) or has_single_quotes("\n".join(pages))):
        return []
    acronyms = {w for n in (*own_organisations, *known_organisations, default_organisation) for w in n.split() if w.isupper()}
    doc = Doc.of([title_case_headline_names(keep_possessive_names(p), acronyms) for p in pages])  # "## AALVANG: “…”"
    raws = with_single_quotes(doc.text, scan_marks(doc.text, doc.paras))
    every = _units(doc, raws)
    units = [u for u in every if _keep(doc.text, u, min_words) and (len(u.parts) < 2 or found_back(doc.text[u.start:u.end], u.text))]
    if not units:
        return []
    kept = {id(u) for u in units}
    known = People()
    ctx = Context(known, [n for n in own_organisations if n], default_organisation,
                  [n for n in known_organisations if n], text=doc.text, own_voice=own_voice,
                  spoken=bool(default_speaker), title=title)
    near = [(u.start, u.end) for u in units] if len(doc.text) > 2 * NEAR_BEFORE else None
    # names inside a title or a scare quote are nobody's ("“Fair Shares: A Guide …” (2027)" is not a person
    # a later "she" can mean): the people of the text are read around every short quoted span
    mentions = scan_mentions(doc.text, _gaps(doc.text, sorted(units + [u for u in every if id(u) not in kept and u.end
                             - u.start <= 300], key=lambda u: u.start)), known, ctx, near, doc.starts[1:])
    doc_lang = language or _guess_language(doc.text)
    out: list[Quote] = []
    owned: list[tuple[Quote, str]] = []  # someone unnamed of a named person's side, and that person
    for u, f in _attribute_all(doc, units, ctx, mentions, default_speaker):
        if f.how == "document" and not f.cue and u.kind == QUOTE \
                and (looks_like_title_case(u.text) or is_fragment(u.text) or is_phrase(doc.text, u.start, u.text)
                     or _slogan_in_capitals(doc.text, u)):
            continue  # a title or a scare quote nobody is said to have said
        if f.organisation and " " not in f.organisation.strip() and is_kind_word(f.organisation):
            f.organisation = ctx.resolve_org(f.organisation, u.start) or f.organisation  # « le Conseil »: which one
        elif f.organisation.lower() == "delegation" and ctx.doc_org:
            f.organisation = ctx.doc_org  # "the delegation's radon adviser" in a delegation's report: its State
        elif f.organisation and BODY_OF_ADJ.match(f.organisation):  # "head of the Valdorian delegation": Valdoria
            f.organisation = state_of_demonym(f.organisation, ctx, doc.text) or f.organisation
        fill_from_introduction(doc.text, f, ctx, ours=own_voice or bool(default_speaker))  # "our director, NAME"
        if f.how == "document" and not own_voice and not (f.speaker and f.confidence >= threshold):
            f.organisation = ""  # abstain: whoever wrote it, the publisher did not say these words
        out.append(_quote(doc, u, f, threshold, default_organisation, language, doc_lang, tuple(ctx.own_orgs), tuple(ctx.org_names)))
        if f.owner and f.how == "unnamed" and not out[-1].organisation:
            owned.append((out[-1], restore_apostrophes(f.owner)))
    for q in out:
        q.document_id, q.title, q.date = document_id, title, date
    result = QuoteList.of(out, known)
    result.owned = owned
    forget_texts()
    return result


def _slogan_in_capitals(text: str, u: Unit) -> bool:
    """« « DES PAUSES À L’OMBRE, PAS DES PROMESSES » : LES BRIQUETIERS INTERPELLENT LA COP », "“NO SHADE, NO
    WORK”: PICKERS MARCH": words in capitals with no sentence's stop, that open a headline set in capitals and
    that nobody is said to have said, are the headline's slogan, not a quotation."""
    words = re.findall(r"[^\W\d_]+", u.text)
    if len(words) < 2 or not all(w.isupper() for w in words) or re.search(r"[.!?\u2026]", u.text):
        return False
    ls = text.rfind("\n", 0, u.start) + 1
    le = text.find("\n", u.end)
    le = len(text) if le < 0 else le
    if text[ls:u.start].strip(" \t#*\u00a0\u202f\u00ab\u201c\u201e\"") != "":
        return False
    return all(w.isupper() for w in re.findall(r"[^\W\d_]+", text[u.end:le]))


def _keep(text: str, u: Unit, min_words: int) -> bool:
    """Titles and scare quotes go; quoted treaty text stays, as ``kind="text"``."""
    if _word_count(u.text) < max(1, min_words) and not said_short(text, u.start, u.end, u.text):
        return False
    if is_title(text, u.start, u.end, u.text) or is_held_phrase(text, u.start, u.text) \
            or is_named_thing(text, u.start, u.text) or is_epithet(text, u.start, u.text) \
            or is_name_given(text, u.start, u.text) \
            or is_named_before_its_noun(text, u.start, u.end, u.text) \
            or is_board_or_term(text, u.start, u.end, u.text):
        return False
    if is_quoted_text(text, u.start, u.text):
        u.kind = TEXT
    return True


def _gaps(text: str, units: list[Unit]) -> list[tuple[int, int]]:
    gaps, pos = [], 0
    for u in units:
        for p in u.parts:
            gaps.append((pos, p.start))
            pos = p.end
    gaps.append((pos, len(text)))
    return gaps


def _quote(doc: Doc, u: Unit, f: Found, threshold: float, default_org: str, language: str | None,
           doc_lang: str | None, own: tuple[str, ...] = (), known: tuple[str, ...] = ()) -> Quote:
    keep = f.confidence >= threshold and f.how not in ("none", "unnamed") and (f.how, f.confidence) not in ABSTAINS
    speaker = f.speaker if keep else ""
    role = f.role if keep and speaker else ""
    # the organisation of a quote the text does not attribute is the document's: it is the source
    org = f.organisation if (keep or f.how in ("organisation", "document", "unnamed")) else ""
    org = "" if keep and personal_mandate(f.role) else body_of_treaty_role(role, org)
    if not (f.evidence and org and re.search(rf"(?i)(?<![\w\-])(?:the|la|le|l['\u2019])\s*{re.escape(org)}(?![\w\-])", doc.text[slice(*f.evidence)])):
        own = known = ()  # « la Veille », "the Sentinel": a body's short name has its article; "of Varnholm" is a place
    q = Quote(restore_apostrophes(u.text), restore_apostrophes(speaker), restore_apostrophes(role),
              restore_apostrophes(_expand_org(_state_of_ministry(org), default_org, own, known)), f.how == "document" and bool(speaker), u.page)
    q.language = language_of(u.text, doc.text, u.start, u.end) or language or doc_lang
    q.attribution, q.confidence, q.kind = f.how, round(f.confidence, 2), u.kind
    if f.evidence:
        a, b = f.evidence
        q.evidence = restore_apostrophes(normalise_quote_text(doc.text[a:b])[:600])
        if not keep and f.named_at is not None and f.how == "pronoun":
            # a pronoun left unstated: the sentence that last named the one it may mean comes first, so whoever
            # checks the quotation sees both (« Kwame Asante-Boateng … » … « Interrogé hier soir, il a confié … »)
            named = restore_apostrophes(normalise_quote_text(_sentence_around(doc.text, f.named_at))[:300])
            q.evidence = f"{named} … {q.evidence}" if named and named not in q.evidence else q.evidence
    return foreign_speaker(q, doc.text[u.end + 1:u.end + 160]) if q.language in OTHER and f.how != "document" else q


def _sentence_around(text: str, pos: int) -> str:
    """The sentence of ``text`` that holds ``pos`` (a paragraph break ends it)."""
    start = sentence_start(text, 0, pos)
    para_end = text.find("\n\n", pos)
    rest = text[pos:para_end if para_end >= 0 else len(text)]
    ends = sentence_ends(rest)
    return text[start:pos + (ends[0] if ends else len(rest))].strip()


#: a State's ministry speaks for the State: "the Ministry of Foreign Affairs of Mirenza", « le ministère des
#: affaires étrangères de Salvanie », "Norvia's Foreign Ministry" (the name of the State, as the text gives it)
_MINISTRY_OF_STATE = re.compile(r"^(?:the\s+)?(?:(?i:ministry|ministère|department|département)\s+(?:of|de|des|du|d['\u2019])"
                                r"\s*[^,;]{2,80}?\s(?:of|de|du|d['\u2019])\s*(?:the\s+|la\s+|l['\u2019])?"
                                r"(?P<state>[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+)?)|"
                                r"(?P<owner>[A-ZÀ-Þ][\w\-]+)['\u2019]s\s+(?:[A-Z][\w\-]+\s+)?Ministry)$")


def _state_of_ministry(org: str) -> str:
    m = _MINISTRY_OF_STATE.match(org or "")
    return (m.group("state") or m.group("owner")) if m is not None else org


def _expand_org(org: str, default_org: str, own: tuple[str, ...] = (), known: tuple[str, ...] = ()) -> str:
    """"Lantern Coalition" -> "Lantern Coalition for Arms Control" when that is the publisher's name (in any of
    its languages: « la Veille » -> « Veille pollinisateurs Marrenby »)."""
    if not org or not default_org:
        return org
    a = fold(org).split()
    for name in (default_org, *own):
        if a and len(a) < len(b := fold(name).split()) and b[: len(a)] == a:
            return name
    if len(a) == 1 and (full := by_first_word(org, list(known))):
        return full  # "director of the Sentinel": the one body the kit knows by that first word
    if len(a) == 1 and org[:1].isupper() and len(a[0]) > 3:
        ends = {name for name in (default_org, *own) if len(b := fold(name).split()) > 1 and b[-1] == a[0]}
        if len(ends) == 1:
            return ends.pop()  # "lead counsel at the Clinic" in the Tessel Legal Clinic's release: the publisher
    b = fold(default_org).split()
    initials = "".join(w[0] for w in b if w not in ("of", "for", "the", "and", "de", "la", "le", "des", "du", "pour"))
    if len(a) == 1 and len(a[0]) >= 2 and a[0] == initials:
        return default_org
    return org


# --- attribution of every quotation of a document ---------------------------------------------------


def _attribute_all(doc: Doc, units: list[Unit], ctx: Context, mentions: list[Mention],
                   default_speaker: str) -> list[tuple[Unit, Found]]:
    st = State(doc, ctx, mentions, default_speaker, [])
    out: list[tuple[Unit, Found]] = []
    for k, u in enumerate(units):
        if u.kind == TEXT:
            out.append((u, Found()))
            continue
        prev_end = units[k - 1].end if k else 0
        next_start = units[k + 1].start if k + 1 < len(units) else len(doc.text)
        f = _attribute(st, u, prev_end, next_start)
        if f.speaker and f.how in ("named", "pronoun") and not f.organisation:
            f.organisation = judge_s_court(doc.text, f.speaker, f.role)  # the judge's words are the court's
            f.organisation = f.organisation or counsel_s_party(doc.text, f.speaker, ctx.resolve_org)  # counsel's, the party's
        if f.speaker and f.how in ("named", "pronoun", "headline"):
            st.speakers.append((u.start, _remember(ctx.known, f, u.start)))
        st.last = f
        out.append((u, f))
    return out


def _remember(known: People, f: Found, at: int) -> Person:
    """The person an attribution names, remembered (and completed) for the rest of the document."""
    p = known.get(f.speaker)
    if p is None and not f.surname_only:
        known.add(f.speaker, f.role, f.organisation, at, f.gender)
        p = known.get(f.speaker)
    if p is None:
        return Person(f.speaker, f.role, f.organisation, at, f.gender)
    f.role = f.role or p.role
    f.organisation = f.organisation or p.organisation
    p.gender = p.gender or f.gender
    return p


def _after_window(text: str, end: int, limit: int) -> str:
    w = text[end:min(limit, end + _AFTER_CHARS)]
    lead = len(w) - len(w.lstrip(" \t\n\u00a0\u202f"))
    if w[lead:lead + 1] in (".", "!", "?", "\u2026", ";"):
        return ""
    ends = [e for e in sentence_ends(w) if e > lead + 1]
    return w[: ends[0]] if ends else w


def _before_sentences(text: str, start: int, limit: int) -> tuple[int, int, int]:
    """Offsets (cur_start, cur_end, prev_start): the sentence the quote is in, up to the quote (or the
    paragraph that introduces it with a colon), and the sentence before it."""
    lo = max(limit, start - _BEFORE_CHARS)
    w = text[lo:start]
    end = start
    paras = list(PARA_RE.finditer(w))
    if paras:
        last = paras[-1]
        if w[last.end():].strip():
            lo += last.end()
        else:
            # the quote opens a paragraph: keep the previous paragraph only when it introduces it (":")
            prev = w[: last.start()]
            if not prev.rstrip().endswith(":"):
                return start, start, start
            pp = list(PARA_RE.finditer(prev))
            end = lo + last.start()
            lo += pp[-1].end() if pp else 0
        w = text[lo:end]
    ends = sentence_ends(w)
    if not ends:
        return lo, end, lo
    prev_start = lo + (ends[-2] if len(ends) >= 2 else 0)
    return lo + ends[-1], end, prev_start


#: a place between an inverted verb and its subject, itself followed by a name: « a lancé à Ouagadougou NAME »
_PLACE_BEFORE_NAME = re.compile(r"\s*(?:à|in|at|from|depuis)\s+[A-ZÀ-Þ][\w\-]+(?=\s+[A-ZÀ-Þ][\w\-]+\s+[A-ZÀ-Þ])")
#: a paragraph that says whose the words just quoted were: « C’est ainsi que NAME … », "That was NAME, …"
_THUS_NEXT = re.compile(r"\s*(?:(?:That|This)\s+was\s|C['\u2019](?:était|est)\s+(?:en\s+ces\s+termes|par\s+ces\s+mots|"
                        r"avec\s+ces\s+mots|ainsi)\s+qu)[^\n]{0,200}")


#: "and" right after the closing mark opens a clause of its own ("I said that “…”, and some delegates smiled at
#: this", « j’ai dit que « … », et la salle a ri »): what follows is not the words' attribution
_AND_AFTER = re.compile(r"^[\s\u00a0\u202f]*,[\s\u00a0\u202f]*(?:and|et)\s+(?!(?:then\s+)?(?:added|ajouté|a\s+ajouté)\b)")


#: a document's finding that a speaker reports, right before the quotation: "said that the survey of Parties had
#: found that", "her ministry's audit showed that", « a rappelé que l’enquête du ministère avait montré que »
_FINDING_REPORTED = re.compile(
    r"(?i:\b(?:the|her|his|its|our|their|a|an|this|that)\s+(?:[\w\-\u2019']+\s+){0,2}?(?:survey|study|report|audit|"
    r"review|analysis|assessment|census|inventory|poll|research|investigation)(?:\s+(?:of|by|from|on|into)\s+"
    r"[^,;:.!?\u201c\u201d\u00ab\u00bb\n]{1,60}?)?\s+(?:had\s+|has\s+|have\s+)?(?:found|shown|showed|concluded|revealed|"
    r"established)\s+that|(?:l['\u2019]|la\s+|le\s+|son\s+|sa\s+|leur\s+|une?\s+)\s*(?:étude|enquête|rapport|audit|"
    r"inventaire|analyse|évaluation|recensement)(?:\s+(?:de|du|des|d['\u2019]|sur)\s*[^,;:.!?\u00ab\u00bb\n]{1,60}?)?\s+"
    r"(?:avait\s+|a\s+)?(?:montré|révélé|conclu|établi|constaté|trouvé)\s+(?:que|qu['\u2019]))"
    r"[\s\u00a0\u202f]*$")


def _opens_line(text: str, start: int) -> bool:
    """Whether the quotation at ``start`` opens its line (a quote box's or a pull quote's entry)."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return not line.strip(" \t\u00a0\u202f*_>-\u2022")


def _attribute(st: State, u: Unit, prev_end: int, next_start: int) -> Found:
    text, doc = st.doc.text, st.doc
    if (box := box_entry(text, u.start)) is not None:
        return box  # "**NAME**, director, X Institute: “…”": a quote box's entry, its name and appositions
    if (reader := caller(text, u.start, st.doc.paragraph(u.start)[0])) is not None:
        return reader  # "Tashi in Namdrok-la has texted: “…”": a listener by first name and place
    if (told := who_told(text, u.start, st.doc.paragraph(u.start)[0], st.ctx.known)) is not None:
        return told  # "I want to thank Minister NAME of X, who told me last night: “…”": the one who told
    k = bisect_left(doc.paras, u.end - 1)  # the first paragraph end at or after the quotation's (paras are sorted)
    limit = min(next_start, doc.paras[k] if k < len(doc.paras) else len(text))
    after = _after_window(text, u.end, limit)
    if not after.strip() and limit < len(text) and (sig := _SIGNATURE.match(text, limit)) is not None:
        after = text[u.end:sig.end()]  # “…” ¶ — NAME, ROLE, ORG: a quotation signed on the next line
    elif not after.strip() and limit < len(text) and (sig := _THUS_NEXT.match(text, limit)) is not None:
        after = text[u.end:sig.end()]  # « … » ¶ C’est ainsi que NAME a conclu. / “…” ¶ That was NAME, speaking …
    words_next = (not after.strip() and limit < len(text) and _alone(st, u)
                  and (sig := turns.WORDS_FROM_NEXT.match(text, limit)) is not None)
    if words_next:
        after = text[u.end:sig.end()]  # “…” ¶ The line of the morning was from NAME, …: whose words they were
    if _AND_AFTER.match(after):
        after = ""  # “…”, and some delegates smiled at this: a new clause, not who said the words
    closed = u.text.rstrip("\u201d\u00bb\"'\u2019)").endswith((".", "!", "?", "\u2026"))
    if closed and not words_next and after.strip() and not RE_DASH.match(after) \
            and not (_opens_line(text, u.start) and RE_SIGNED_AFTER.match(after)):
        tail = after.rstrip()
        if len(tail) > 160 or not tail.endswith((".", "!", "?")):
            after = ""
    if closed and not words_next and asks_the_speaker(u.text, after):
        after = ""  # "“….” The chair asked him about the timetable": a question put to the speaker, not who spoke
    cur_start, cur_end, prev_start = _before_sentences(text, u.start, prev_end)
    cur_start = after_time_stamp(text, cur_start, cur_end)  # "**11:30** — A delegate told us: “…”": not the subject
    semi = text.rfind(";", cur_start, u.start)
    if semi >= 0 and _UNNAMED_CLAUSE.match(text, semi + 1, u.start) and say_verbs(text[semi + 1:u.start]):
        cur_start = semi + 1  # « NAME y présente ses travaux ; devant son panneau, un délégué a jugé « … » »: the
        # clause after the semicolon has its own subject, someone unnamed, not the person the sentence opened on
    elif semi >= 0 and text[semi + 1:u.start].rstrip(" \t\u00a0\u202f\u201c\u00ab\"").endswith(":") \
            and not MARK_RE.search(text[semi + 1:u.start].rstrip(" \t\u00a0\u202f\u201c\u00ab\"")) \
            and not _REFERS_BACK.match(text, semi + 1):  # ("; its first line sums up the Secretariat’s position:")
        cur_start = semi + 1  # "Delegates have suggested “X”; the coalition’s answer is the one we gave: “…”": the
        # clause after the semicolon, up to its colon, introduces the words
    if (head := _NAME_COLON_LINE.search(text, cur_start, u.start)) is not None and not any(
            lower_token(w.strip(":")) in ORG_WORDS | STOP_CAPS for w in text[head.end():u.start].split()) \
            and not re.search(r"\d\s*$", text[max(cur_start, head.start() - 3):head.start()]):  # (not "2 ¶ November:")
        cur_start = head.start() + 1  # "Two views of the same conveyor ¶ Kallwarth: “…”": a column's heading line,
        # the headline's name opening its own line after the heading above it
    label = _ANSWER_LABEL.match(text, cur_start)
    if label is not None and label.end() <= cur_end and st.doc.paragraph(cur_start)[0] >= cur_start - 2:
        cur_start = label.end()  # "NAME : Pierre répète toujours la même phrase : « … »": the answer's label
        cur_start = _vocative_end(text, cur_start, cur_end)  # « RUYSDAAL : NAME, la Guilde dit … »: whom the turn
        # speaks to, then the sentence's own subject
    cur, prev = _masked_titles(text[cur_start:cur_end]), text[prev_start:cur_start]
    if closed and cur.rstrip().endswith(":") and say_verbs(cur):
        # "A: I told him: “Pay the patrols.” He laughed.": the sentence that ends with the colon said it;
        # the next sentence goes on with the story
        found = (wordsof.words_that_before(st, cur, cur_start, u)
                 or bodydoc.document_of_body(st, cur, cur_start, u) or turns.before(st, cur, cur_start, u)
                 or clausebefore.before(st, cur, cur_start, u))
        if found is not None and (found.speaker or found.how in ("unnamed", "organisation")):
            return _one_of_its(st, found, text, cur, cur_start, u)
    signed = (firstsigned.signed_by_first_name(st, text[u.end:min(len(text), u.end + 200)], u)
              or firstsigned.signed_by_role_and_name(st, text[u.end:min(len(text), u.end + 200)], u))
    found = ((lowerthird.lower_third(st, u) if not cur.strip() else None) or signed
             or wordsof.own_words_after(st, after, u)
             or turns.after(st, after, u)
             or _after_immediate(st, after, u)
             or headline(st, u, after) or impersonal.said_at_body(st, cur, cur_start, u)
             or turns.before(st, cur, cur_start, u)
             or wordsof.those_of_before(st, cur, cur_start, u)
             or wordsof.word_of_before(st, cur, cur_start, u)
             or wordsof.words_that_before(st, cur, cur_start, u)
             or wordsof.its_document(st, cur, cur_start, prev_start, u)
             or bodydoc.document_of_body(st, cur, cur_start, u)
             or bodydoc.document_said_before(st, cur, prev, prev_start, u)
             or carried.adding(st, cur, cur_start == prev_end, u)
             or carried.participle(st, cur, cur_start, u)
             or _members_ask(st, cur, u)
             or clausebefore.before(st, cur, cur_start, u)
             or _after_later(st, after, u)
             or carried.previous(st, prev, prev_start, u, prev_start <= prev_end + 3 and prev_end > 0)
             or carried.embedded_subject(st, cur, cur_start, u)
             or carried.continued(st, u, prev_end)
             or carried.under_heading(st, u)
             or carried.incise(st, u)
             or carried.lead_in(st, u))
    if found is not None and (found.how == "pronoun" or (found.how == "named" and (
            _reader_named(found, cur) or not cur.strip() and _read_out_before(text, u.start)))
                              or (found.how == "none" and found.cue)) \
            and _reads_out_unnamed(text, cur, u.start):  # (also a pronoun that fits nobody the paragraph names)
        # "NAME read out the testimony of one of her instructors: ¶ « … », a-t-il écrit": his, not hers; and
        # "NAME read to the jury an e-mail from a manager …: “…”": the one named before the words reads them out
        found = Found("unnamed", confidence=CONFIDENCE["unnamed"], evidence=(u.start, u.end), cue=True)
    if found is not None and found.how in ("named", "pronoun") and _FINDING_REPORTED.search(cur):
        # "NAME said that the survey of Parties had found that “…”": the survey's words, which nobody spoke; the
        # body the speaker speaks for is the document's
        return Found("organisation", "", "", found.organisation, CONFIDENCE["organisation"], evidence=found.evidence)
    if found is not None:
        return _one_of_its(st, found, text, cur, cur_start, u)
    return (carried.interview(st, u) or (carried.subject_before(st, prev, prev_start, u) if not cur.strip() else None)
            or carried.paragraph_before(st, u) or repeated_below(st, u) or _headline_s_person(st, u)
            or Found("document", st.default_speaker, "", st.ctx.doc_org, CONFIDENCE["document"]))


def _headline_s_person(st: State, u: Unit) -> Found | None:
    f = named_in_headline(st, u)
    return complete(st, f) if f is not None else None


def _its_role_holder(st: State, np: str, who: Who | None, u: Unit, span: tuple[int, int]) -> Found | None:
    """"## Corrigall: “…” ¶ … “…,” its general secretary told the delegates": a role by a body's possessive, nobody
    named for it, under a headline that quotes and names one person: that person; None otherwise."""
    its = _ITS_ROLE.fullmatch(np.strip())
    if who is None or who.kind != "unnamed" or who.role or its is None \
            or lower_token(its.group("role").split()[-1]) not in ROLE_WORDS:
        return None
    h = headline_holder(st.doc, u.start, "", st.speakers)
    return complete(st, Found("pronoun", h.name, its.group("role"), who.org or h.organisation, CONFIDENCE["surname"],
                              " " not in h.name, h.gender, span)) if h is not None else None


#: a role by a body's possessive: "its general secretary", « sa directrice »
_ITS_ROLE = re.compile(r"(?i:its|their|sa|son|leur)\s+(?P<role>[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+){0,2})")


#: a line that is only a name and a colon before the quotation ("…conveyor\nKallwarth: “"): a headline's speaker
_NAME_COLON_LINE = re.compile(r"(?<![\-\u2010,])\n(?=[A-ZÀ-Þ][\w\-\u2019']+(?:[ \t]+[A-ZÀ-Þ][\w\-\u2019']+){0,2}[ \t]*:[ \t\u00a0\u202f]*"
                              r"[\u201c\u00ab\u201e\"]?[ \t\u00a0\u202f]*$)")


#: a clause that opens (after a short complement of place or time) on someone unnamed: "; outside, a delegate …",
#: « ; devant son panneau, un délégué … »
_UNNAMED_CLAUSE = re.compile(r"\s*(?:[^,;:.!?\u201c\u00ab]{1,40},\s+)?(?i:an?|one|another|un|une|un\s+autre|une\s+autre)"
                             r"\s+[a-zà-ÿ]")


def _alone(st: State, u: Unit) -> bool:
    """Whether the quotation opens its paragraph (nothing but its quotation mark before it there)."""
    ps = st.doc.paragraph(u.start)[0]
    return not st.doc.text[ps:u.start].strip(" \t\r\n\u00a0\u202f\u00ab\u201c\u201e\"\u2018'")


def _members_ask(st: State, cur: str, u: Unit) -> Found | None:
    """« Les pêcheurs lacustres demandent « … » » in the release of the Fédération des pêcheurs lacustres: the body."""
    if not members_ask(cur, st.ctx.doc_org, st.ctx.own_voice):
        return None
    return Found("organisation", "", "", st.ctx.doc_org, CONFIDENCE["organisation"], evidence=(u.start, u.end), cue=True)


def _reads_out_unnamed(text: str, cur: str, start: int) -> bool:
    """Whether the words are led in, in their own sentence or at the end of the paragraph before, by someone
    reading out or citing a person the text does not name (« a lu le témoignage d’un de ses moniteurs : »)."""
    if cur.strip():
        return bool(CITED_UNNAMED.search(cur))
    before = text[max(0, start - 400):start].rstrip(" \t\n\u00a0\u202f\u00ab\u201c\"")
    line = before.splitlines()[-1] if before else ""
    return line.endswith(":") and bool(CITED_UNNAMED.search(line)) or _read_out_before(text, start)


def _read_out_before(text: str, start: int) -> bool:
    """Whether the words open their paragraph after one whose last sentence reads out or cites someone the text
    does not name, and ends there ("…, then read out a passage of a letter from a client in Lormeuil. ¶ “…”"):
    the letter's words follow, the reader's are done."""
    before = text[max(0, start - 400):start].rstrip(" \t\n\u00a0\u202f\u00ab\u201c\"")
    if not before.endswith(".") or text[max(0, start - 400) + len(before):start].count("\n") < 1:
        return False
    last = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ])", before[:-1].replace("\n", " "))[-1]
    return bool(CITED_UNNAMED.search(last + ":"))


def _reader_named(found: Found, cur: str) -> bool:
    """Whether the person ``found`` names is the one who reads out or cites, named before the reading in the
    sentence that leads the words in, and not the writer named after it ("a note from her predecessor, NAME:")."""
    m = CITED_UNNAMED.search(cur) if cur.strip() and found.speaker else None
    if m is None:
        return False
    last = found.speaker.split()[-1]
    return last in cur[:m.start()] and last not in cur[m.start():]


def _one_of_its(st: State, found: Found, text: str, cur: str, cur_start: int, u: Unit) -> Found:
    """Someone unnamed the clause before calls "one of its" people (« le témoignage d’un de ses pêcheurs : »,
    "one of its skippers, who was not named:"): the body whose people they are, when the text makes it plain."""
    if found.how != "unnamed" or found.speaker or found.organisation:
        return found
    lead, base = cur, cur_start
    if not cur.strip():  # (the words open their paragraph: the line before that leads them in with a colon)
        before = text[max(0, u.start - 400):u.start].rstrip(" \t\n\u00a0\u202f\u00ab\u201c\"")
        line = before.splitlines()[-1] if before else ""
        if not line.endswith(":"):
            return found
        lead, base = line, max(0, u.start - 400) + len(before) - len(line)
    org = oneofits.body_of_one_of_its(st, lead, base)
    if org:
        found.organisation = org
    elif owner := ownerof.owner_of_unnamed(st, lead, base):
        # "A member of her delegation": the body the document gives her, else the one the kit settles for her
        person = next((men.person for men in reversed(st.mentions) if men.person.name == owner), None)
        body = person.organisation if person is not None else ""
        if body and not not_a_body(body):
            found.organisation = body
        else:
            found.owner = owner
    return found


def _lead(after: str) -> int:
    return len(after) - len(after.lstrip(" \t\n,\u00a0\u202f\u2014\u2013-"))


def _after_immediate(st: State, after: str, u: Unit) -> Found | None:
    """“…,” said NAME / “…,” she said / “…,” the official told her / « … », indique la coalition."""
    if not after.strip():
        return None
    span = (u.start, u.end + len(after))
    lead = _lead(after)
    obj = _OBJECT_BEFORE_VERB.match(after, lead)
    if obj is not None and RE_SAY.match(after, obj.end()):  # « … », nous explique NAME: to us, not by us
        after = after[:lead] + " " * (obj.end() - lead) + after[obj.end():]
        lead = obj.end()
    forms = [a for a in find_attributions(after, st.ctx.known, u.end, signed_line=_opens_line(st.doc.text, u.start))
             if a.pos <= lead + 1]
    if forms:
        return from_attr(st, min(forms, key=lambda a: (a.pos, a.pronoun)), u, span)
    w = after[lead:]
    if _WE_AFTER.match(w.lstrip(": \u00a0\u202f")) and st.ctx.doc_org:  # “…,” we wrote; « … », avons-nous écrit;
        # « … » : c'est la demande que nous portons: the organisation itself
        return from_who(st, Who("publisher", org=st.ctx.doc_org, pos=u.end + lead), u, span)
    if _PLURAL_AFTER.match(w):  # « … », ont-ils déclaré / “…,” they said: several people, none singled out
        return Found("unnamed", confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
    learnt = _LEARNT_FROM.match(w)
    if learnt is not None:  # « … », a-t-on appris auprès du ministère des Pêches: the source, no person
        np = learnt.group("np") or ""
        at = u.end + lead + learnt.start("np")
        short = classify_np("the " + np, st.ctx, at) if np[:1].islower() and " " not in np.strip() else None
        if np[:1].islower() and lower_token(np.split()[0]) in ORG_WORDS:
            np = np[0].upper() + np[1:]
        # « … », a-t-on appris auprès de la coalition: the article went with "de la"
        who = (short if short is not None and short.kind in ("org", "publisher") and short.org else
               classify_np(np, st.ctx, at) if np else None)
        if who is not None and who.kind in ("org", "publisher", "unnamed"):
            return from_who(st, who, u, span)
        return Found("unnamed", confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
    acc = _ACCORDING_AFTER.match(w)
    if acc is not None:  # “…,” according to the Sarn Institute’s annual report / « … », selon l’Institut de Sarn
        who = classify_np(acc.group("np"), st.ctx, u.end + lead + acc.start("np"))
        if who is not None and who.kind in ("org", "publisher", "unnamed"):
            return from_who(st, who, u, span)
    v = RE_SAY.match(w)
    if v is not None:
        rest, skip = w[v.end():], 0
        if (c := _WHEN_AFTER.match(rest)) is not None:  # « … », a affirmé mercredi l’ambassadrice
            rest, skip = rest[c.end():], c.end()
        if (c := _MEDIUM.match(rest) or _LISTENER_THEN_WHEN.match(rest) or _LISTENER.match(rest)
                or _NAMED_LISTENER.match(rest)) is not None:
            rest, skip = rest[c.end():], skip + c.end()  # « … », a affirmé à la presse / a réagi sur X / à Belga NAME
        if (c := _HONORIFIC.match(rest)) is not None:  # « … », a martelé Mme la ministre …, NAME: the address, no name
            rest, skip = rest[c.end():], skip + c.end()
        if (c := _PLACE_BEFORE_NAME.match(rest)) is not None:  # « … », a lancé à Ouagadougou NAME: where, then who
            rest, skip = rest[c.end():], skip + c.end()
        np = re.split(r"[,;:.!?]|\s(?:dans|in|lors|during|à|au(?!\s+sein\s)|devant|before|after|avant|après|late|early|later|"
                      r"that|shortly)\s", rest)[0]
        named = NAME_AFTER_ROLE.match(rest[len(np):])
        portfolio = re.match(r"\s(?:à|au|aux|of|for|in)\s[^,;:.!?\n]{2,80}", rest[len(np):]) if named is None else None
        if portfolio is not None and np.strip()[:1].islower() and (
                named := NAME_AFTER_ROLE.match(rest[len(np) + portfolio.end():])) is not None:
            np += portfolio.group()  # « …, tranche le Haut-Commissaire à la faune sauvage du Gascara, NAME, qui … »
        who = classify_np(np, st.ctx, u.end + lead + v.end() + skip)
        if named is not None and who is not None and who.kind in _HOLDERS and np.strip()[:1].islower():
            # « … », a indiqué le porte-parole de l’Office …, NAME / a déclaré notre présidente, NAME: the holder
            res = person(named.group("name"), from_right=False, known=st.ctx.known, at=u.end + lead + v.end())
            if res is not None and not res[2]:
                role, org = split_role_org(_OUR.sub("", np.strip()))
                own = st.ctx.doc_org if who.kind in ("own", "publisher") else who.org  # "our": the document's body
                org = clean_org(org) or ("" if re.search(r"(?i)minist", role) and own == who.org else own)
                f = Found("named", res[0], clean_role(role), org, CONFIDENCE["named"], False, res[4], span)
                return complete(st, f)
        if who is not None and who.kind == "person" and not who.org and rest[len(np):].lstrip().startswith(","):
            role, who.org = parse_appos(rest_parts(rest[len(np):]))  # « …, a lancé NAME, qui dirige l’ONG X. »
            who.role = who.role or role
        return _its_role_holder(st, np, who, u, span) or from_who(st, who, u, span)
    v = RE_SAY.search(w[:160])
    if v is not None and re.search(r"(?i)\b(?:was|were|been|being)\s+$", w[: v.start()]):
        return None  # “…,” Ana Varga was told by an official: she heard the words
    if v is not None and 0 < v.start():
        np = w[: v.start()]
        if len(np.split()) <= 8 and "," not in np.strip(" ,"):
            who = classify_np(np, st.ctx, u.end + lead)
            return _its_role_holder(st, np, who, u, span) or from_who(st, who, u, span)
        if len(np.split()) <= 16:  # “…,” Okoye, who chairs the group, told reporters
            return from_who(st, subject_of_clause(np, st.ctx, u.end + lead), u, span)
    return None


#: what a French reporter learnt, and from whom: "a-t-on appris auprès du ministère", "apprend-on de source
#: diplomatique", "indique-t-on à l’Agence"
_LEARNT_FROM = re.compile(rf"(?i:a-t-on\s+(?:appris|indiqué|précisé|confirmé|expliqué|assuré|souligné|fait\s+valoir)|"
                          rf"fait-on\s+(?:valoir|savoir|remarquer|observer)|(?:apprend|"
                          rf"indique|précise|explique|assure|confirme|avance|souligne|glisse|confie|résume|tranche)-t?-?on)"
                          rf"(?:\s+{WHEN})?\s+(?:(?i:auprès\s+d(?:e\s+la|e\s+l['\u2019]|u|es|e)|du\s+côté\s+d(?:e\s+la|e\s+l['\u2019]|u|es|e)|"
                          rf"dans\s+l['\u2019]entourage\s+d(?:e\s+la|e\s+l['\u2019]|u|es|e)|"
                          rf"à\s+la|à\s+l['\u2019]|au|aux|de\s+la\s+part\s+d(?:e|u|es)|de\s+source)\s*(?P<np>[^.;:!?\n\u00ab]{{2,100}}))?")
_ACCORDING_AFTER = re.compile(r"(?i:according\s+to|selon|d['\u2019]apr[eè]s)\s+(?P<np>[^.;:!?\n\u201c\u00ab]{2,100})")
#: the kinds of a role phrase that a name after it can hold, and "our" before it
_HOLDERS, _OUR = ("unnamed", "org", "own", "publisher"), re.compile(r"(?i)^\s*(?:our|notre|nos|my|mon|ma)\s+")
#: a form of address before a role after an inverted verb: « a martelé Mme la ministre … », « M. le ministre »,
#: « Son Excellence l’ambassadeur », "Madam Minister"
_HONORIFIC = re.compile(r"\s*(?:(?:Mme|Madame|M\.|Monsieur|Mlle)\s+(?=(?:la|le|l['\u2019])\s*[a-zà-ÿ])|"
                        r"Son\s+Excellence\s+(?=(?:la|le|l['\u2019])\s*[a-zà-ÿ])|(?:Madam|Mister)\s+(?=[A-Z][a-z]))")

#: a clause that opens on a pronoun or a possessive, whose referent stands before the semicolon
_REFERS_BACK = re.compile(r"\s*(?i:its|their|his|her|it|they|he|she|sa|son|ses|leur|leurs|il|elle|ils|elles)(?![\w\-])")
#: a full name and a comma that open a turn, before a third person's article: whom the turn speaks to, when what
#: follows is a sentence of its own (:func:`_vocative_end`)
_VOCATIVE = re.compile(rf"{NAMERUN}[ \t]*,[ \t]+(?=(?:la|le|les|l['\u2019]|the|ce|cette)(?![\w\-]))")


def _vocative_end(text: str, start: int, end: int) -> int:
    """Where the sentence after a turn's vocative begins (« RUYSDAAL : NAME, la Guilde dit qu’elle … »), or ``start``:
    the part after the comma must have its verb of saying before any other comma (not an apposition, « NAME, la
    présidente de X, l’a mieux dit »), and "you said" is never read so (the one spoken to said it)."""
    m = _VOCATIVE.match(text, start, end)
    if m is None or not say_verbs(re.split(r"[,;:\n]", text[m.end():end], maxsplit=1)[0] + " "):
        return start
    return m.end()


#: the label of an interview's answer or question, before the sentence that follows it on its paragraph
_ANSWER_LABEL = re.compile(rf"[ \t]*(?:\*\*)?(?:{NAMERUN}|[QA]|R|{INITIALS})(?:\*\*)?[ \t\u00a0\u202f]*:(?:\*\*)?[ \t\u00a0\u202f]+"
                           rf"(?![\u201c\u00ab\u201e\"'\u2018])(?=\S)"
                           # or initials spaced, as French interviews print them: « S. H.-L. : Kurumbo l’a dit : « … » »
                           rf"|[ \t]*(?:\*\*)?{SPACED_INITIALS}(?:\*\*)?[ \t\u00a0\u202f]*"
                           rf"[:\u2014\u2013](?:\*\*)?[ \t\u00a0\u202f]+(?![\u201c\u00ab\u201e\"'\u2018])(?=\S)")


def _after_later(st: State, after: str, u: Unit) -> Found | None:
    if not after.strip():
        return None
    forms = find_attributions(after, st.ctx.known, u.end)
    if not forms:
        return None
    return from_attr(st, min(forms, key=lambda a: (a.pos, a.pronoun)), u, (u.start, u.end + len(after)))

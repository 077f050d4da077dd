"""Quotations in a language the finder does not read (Spanish, Italian, Portuguese), inside English or French
documents: « Hoy la Agencia advirtió … «No podemos esperar otra década», afirmó la Directora Ejecutiva NAME. »

Their language is that of their own words, or, for a few words, of the sentence around them. Their speaker is
never made of that language's words ("Hoy la Agencia" is no person): it is read only from a verb of saying
followed by a person whose first name is known ("afirmó la Directora Ejecutiva Ngozi Okonkwo", « ha detto la
ministra Giulia Ferretti », "disse o ministro João Carvalho"), else nobody is named.
"""

from __future__ import annotations

import re

from ..model import Quote
from ..ingest.language import _LISTS
from ..textutil import fold
from .firstnames import FEMALE, MALE
from .language import _EN_MORE, _EN_WORDS, _FR_MORE, _FR_WORDS, _guess_language, quote_language

__all__ = ["OTHER", "_guess_language", "foreign_speaker", "language_of", "other_language"]

#: the languages read here: their words are no English or French words
OTHER = frozenset({"es", "it", "pt"})

_READ = _EN_WORDS | _FR_WORDS | _EN_MORE | _FR_MORE
#: frequent words of one of these languages that are no English or French word
_WORDS = {lang: frozenset(words.split()) - _READ for lang, words in {
    "es": "el los las y del una unos unas por para con al lo como pero sus su fue esta este estos estas sobre tambien "
          "hay muy ya cuando desde hoy podemos nuestro nuestra nuestros otra otro otros somos estamos seria sera "
          "ahora nunca nada todos todas porque sin hacer puede debemos",
    "it": "il di che della dei delle per con una sono gli da nel nella alla anche questo questa siamo possiamo "
          "nostro nostra ancora oggi sempre niente tutti perche senza essere dobbiamo molto ha hanno altro altra altri "
          "poco",
    "pt": "os do da dos das em uma nao mais pelo pela tambem foi podemos nosso nossa ainda hoje nunca nada todos "
          "porque sem fazer devemos muito",
}.items()}
#: letters that are no English or French letter
_LETTERS = {"es": "ñ¿¡áíóú", "pt": "ãõáíóú", "it": "ìò"}
#: word endings of one of these languages ("podemos", « possiamo », "nação")
_ENDINGS = {"es": re.compile(r"(?:amos|emos|imos|cion|ciones)$"), "it": re.compile(r"(?:iamo|ione|ioni)$"),
            "pt": re.compile(r"(?:amos|emos|imos|cao|coes)$")}

_SAY = (r"afirmó|dijo|declaró|señaló|añadió|explicó|aseguró|advirtió|subrayó|indicó|"
        r"ha\s+detto|ha\s+dichiarato|ha\s+affermato|ha\s+aggiunto|ha\s+spiegato|ha\s+sottolineato|"
        r"disse|afirmou|declarou|acrescentou|explicou|sublinhou|advertiu")
_AFTER = re.compile(rf"^[\s,\u00a0\u202f]*(?:{_SAY})\s+(?P<rest>[^.;:!?\n\u00ab\u201c\"]{{0,120}})", re.I)
_TOKEN = re.compile(r"[A-ZÀ-Þ][\w\-\u2019']*")


def _votes(text: str) -> dict[str, int]:
    words = re.findall(r"[^\W\d_]+", fold(text))
    low = text.lower()
    return {lang: sum(w in ws or len(w) > 4 and _ENDINGS[lang].search(w) is not None for w in words)
            + sum(low.count(c) for c in _LETTERS[lang]) for lang, ws in _WORDS.items()}


def other_language(text: str, around: str) -> str | None:
    """"es", "it" or "pt" when the quotation's words (or, for a few words, the sentence ``around`` them) are in
    that language rather than in English or French; else None."""
    words = re.findall(r"[^\W\d_]+", fold(text))
    votes = _votes(text)
    best = max(votes, key=votes.get)
    # (English or French words that are that language's too say nothing: « non », « un », "la", "de")
    ours = sum((w in _EN_WORDS or w in _FR_WORDS) and w not in _LISTS[best] for w in words)
    if votes[best] < 2 or votes[best] <= ours:
        return None
    rivals = [lang for lang, v in votes.items() if v == votes[best]]
    if len(rivals) > 1:  # "podemos": Spanish or Portuguese; the sentence around tells
        near = _votes(around)
        rivals = [lang for lang in rivals if near[lang] == max(near[r] for r in rivals)]
        if len(rivals) > 1:
            return None
    return rivals[0]


def language_of(text: str, doc_text: str, start: int, end: int) -> str | None:
    """The language of the quotation ``text`` at ``doc_text[start:end]``: another language's, else English or
    French as :func:`~presskit.quotes.language.quote_language` reads them."""
    return other_language(text, doc_text[max(0, start - 200):end + 120]) or \
        quote_language(text, doc_text[max(0, start - 60):start])


def foreign_speaker(q: Quote, after: str) -> Quote:
    """A quotation in another language keeps no speaker made of its sentence's words: the person after a verb
    of saying, when her first name is known ("afirmó la Directora Ejecutiva Ngozi Okonkwo"), else nobody."""
    m = _AFTER.match(after)
    name = role = ""
    if m is not None:
        toks = _TOKEN.findall(m.group("rest"))
        first = next((i for i, t in enumerate(toks) if fold(t) in FEMALE | MALE), None)
        if first is not None and first + 1 < len(toks) and m.group("rest").find(toks[first + 1]) > 0:
            run = re.match(r"[A-ZÀ-Þ][\w\-\u2019']*(?:\s+(?:de\s+|da\s+|di\s+|del\s+)?[A-ZÀ-Þ][\w\-\u2019']*){1,3}",
                           m.group("rest")[m.group("rest").find(toks[first]):])
            name = run.group() if run else ""
            head = m.group("rest")[:m.group("rest").find(toks[first])]
            role = " ".join(w for w in head.split() if w.lower() not in ("la", "el", "il", "o", "a", "lo", "los"))
    if name:
        q.speaker, q.role, q.attribution, q.inferred = name, role.strip(" ,"), "named", False
    elif q.speaker:
        q.speaker, q.role, q.organisation, q.attribution, q.inferred = "", "", "", "none", False
    return q

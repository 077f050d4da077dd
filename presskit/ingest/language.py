"""The language of a text or a document, from its script and its commonest words. No Qt, no network,
no model file.

:func:`detect_language` (a text) and :func:`detect_document_language` (a document's pages) answer an
ISO 639-1 code, or ``None`` when the text does not say clearly enough (too short, no prose, two
languages in balance). A document's sample is at most 20,000 characters, read once.

How it decides (see docs/ingest.md):

* **Script** of most letters (a Han or kana character weighs five letters, a Hangul syllable three):
  Greek ``el``; Arabic ``ar``; Hebrew ``he``; Han ``zh`` (``ja`` with kana); Hangul ``ko``; Cyrillic
  is ``ru`` unless letters only other alphabets use are common: ``uk`` (і ї є ґ), ``bg`` (ъ and no
  ы/э), ``sr`` (ј љ њ ћ ђ џ), ``mk`` (ѓ ќ ѕ), ``mn`` (ө ү).
* **Latin script**: each of 23 languages has a list of its commonest short words, folded (no
  accents). A word listed for k languages counts 1/k for each (one-letter words half that: they are
  also variables in formulas and code); letters only one language of a family uses (Czech ř ů ě,
  Polish ł ą ę, Portuguese ã õ…) add a little. Only parts of the sample that are prose vote (at least
  8 words, 40 % of them three letters or longer, 4 % common words). The best language needs a score
  of 3 (2 with no rival at all, for a caption) and 1.4 times the next when both are of one family
  (Spanish and Galician, Czech and Slovak), 1.2 times otherwise, 1.15 from a score of 40 (long
  documents mix languages); otherwise ``None``.
"""

from __future__ import annotations

import re
from collections import Counter

from ..textutil import fold

__all__ = ["detect_language", "detect_document_language", "document_language", "LATIN_LANGUAGES"]

SAMPLE_CHARS = 20000

#: The commonest words of each language written in Latin script, folded (lower case, no accents).
_WORDS: dict[str, str] = {
    "en": "the and of to in is that for it with as was on are be by this which at from have has not will "
          "were their its an or we they our been would should can but these there also than into such",
    "fr": "de en a le la les et des du un une est que qui dans pour pas sur au aux avec par ce cette sont nous il "
          "elle ont mais ete ses leur vous etre comme tout plus ou sa son ces peut entre",
    "es": "de en a el la los las y del que un una es por para con no se al lo como mas pero sus su fue son esta "
          "este entre sobre tambien hay muy ya cuando puede desde",
    "de": "der die das und ist nicht mit den dem ein eine zu von auf fur sich auch wird werden sind des im "
          "bei oder wir ich nach aus einer eines kann wie nur wenn diese dieser",
    "it": "a in il di che la le e del della dei delle per con non una un sono gli da nel nella alla al anche "
          "come piu questo questa si ma dal sul degli alle essere viene",
    "pt": "o a os as de do da dos das em no na nos nas um uma que para com nao por mais se ao como sao "
          "pelo pela tambem foi este esta pode entre",
    "gl": "o a os as de do da dos das en no na un unha que para con non por mais se ao como son polo pola "
          "tamen foi este esta ou cando",
    "ca": "el la els les de del dels que i a en un una per amb no es son com mes pero tambe aquest aquesta "
          "al seu seva pel",
    "nl": "de het een en van in is dat op te zijn met voor niet aan er die om ook als bij door maar wordt "
          "worden dit deze naar uit",
    "pl": "i w na z sie nie do to ze jest o jak od po za co ale dla przez sa lub oraz jego jej tym tak moze "
          "byc ktory ktora ktore",
    "cs": "a v na se je ze to s z do o jako ale pro by jsou neni jeho ktere ktery ktera podle pri nebo take "
          "jiz jen tak byt bylo",
    "sk": "a v na sa je ze to s z do o ako ale pre by su nie jeho ktore ktory ktora podla pri alebo tiez uz "
          "len tak byt bolo",
    "hu": "a az es hogy nem is egy van de meg ez azt csak mint el volt mar ki meg ha kell lesz vagy pedig "
          "ezt amely",
    "fi": "ja on ei etta se oli ovat tai kun myos mutta jos niin kuin ole mika joka seka vain olla tama han",
    "et": "ja on ei et see oli ka kui ning aga voi mis nii siis ta seda selle kes ole veel juba ainult",
    "lt": "ir yra kad tai su i is ne bet kaip jo ar nuo per o uz apie buvo taip ju kuris kuri sis",
    "lv": "un ir ka ar no uz par ne bet ka tas to ari vai jo kas pie bija sis",
    "sl": "in je da se na za so v z ki ne pa bi tudi ali kot po od ter lahko pri samo",
    "hr": "i je u da se na za su od ne kao iz sa bi ali sto koji ili to biti",
    "ro": "si de la in cu pe nu ca o un este sunt din pentru care mai se al ale lui",
    "sv": "och i att det som en pa ar av for med till den har de inte om ett var jag men",
    "da": "og i at det som en pa er af for med til den har de ikke om et var jeg men",
    "tr": "ve bir bu da de icin ile olarak gibi daha cok en ne var degil olan ise kadar",
}
#: Languages whose words vote but are never the answer: Latin is no language of a press kit, but its filler
#: text ("Lorem ipsum dolor sit amet, … sed diam … et dolore … est") was read as French on the strength of
#: "et" and "est"; as a rival it leaves such a text with no language.
_RIVALS: dict[str, str] = {
    "la": "et in est non ut cum ad sed qui quae quod ab ex nec sunt esse atque vel enim per sit at ea eos "
          "eius lorem ipsum dolor amet magna vero duo",
}
_LISTS = {lang: set(words.split()) for lang, words in {**_WORDS, **_RIVALS}.items()}
#: word -> {language: weight}: 1/k for a word listed for k languages
_WEIGHTS: dict[str, dict[str, float]] = {}
for _lang, _ws in _LISTS.items():
    for _w in _ws:
        _WEIGHTS.setdefault(_w, {})[_lang] = 1.0
for _w, _langs in _WEIGHTS.items():
    for _lang in _langs:
        # one-letter words ("a", "y", "i", "o") are also variables in formulas and code
        _langs[_lang] = (0.5 if len(_w) == 1 else 1.0) / len(_langs)

LATIN_LANGUAGES = frozenset(_WORDS)

#: Letters that tell members of a family apart (counted in the text as written, lower case).
_LETTERS: dict[str, str] = {
    "cs": "řůě", "sk": "ľĺŕô", "pl": "łąęśźżń", "pt": "ãõ", "es": "ñ", "gl": "ñ", "ca": "ŀç",
    "ro": "șțăşţ", "tr": "ğışİ", "hu": "őű", "lt": "ėųįū", "lv": "āēīūķļņģ", "et": "õ", "de": "ß",
    "da": "æø", "sv": "å", "fr": "œ", "hr": "đć", "sl": "",
}
_LETTER_WEIGHT = 0.2

#: Languages close enough to share many common words.
_FAMILY = {"es": "ibero-romance", "pt": "ibero-romance", "gl": "ibero-romance", "ca": "ibero-romance",
           "fr": "romance", "it": "romance", "ro": "romance", "cs": "west-slavic", "sk": "west-slavic",
           "pl": "west-slavic", "sl": "south-slavic", "hr": "south-slavic", "da": "scandinavian",
           "sv": "scandinavian", "nl": "west-germanic", "de": "west-germanic", "fi": "finnic", "et": "finnic",
           "lt": "baltic", "lv": "baltic"}
_LETTER_LANGS: dict[str, list[str]] = {}
for _lang, _ls in _LETTERS.items():
    for _c in _ls:
        _LETTER_LANGS.setdefault(_c, []).append(_lang)

_WORD_RE = re.compile(r"[^\W\d_]+")


def _script_of(cp: int) -> str:
    if cp < 0x250 or 0x1E00 <= cp <= 0x1EFF:
        return "latin"
    if 0x0400 <= cp <= 0x052F:
        return "cyrillic"
    if 0x0370 <= cp <= 0x03FF or 0x1F00 <= cp <= 0x1FFF:
        return "el"
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF \
            or 0xFE70 <= cp <= 0xFEFF:
        return "ar"
    if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF:
        return "han"
    if 0x3040 <= cp <= 0x30FF:
        return "kana"
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF:
        return "ko"
    if 0x0590 <= cp <= 0x05FF:
        return "he"
    return "other"


def _cyrillic(sample: str) -> str:
    low = sample.lower()
    n = {c: low.count(c) for c in "іїєґъыэјљњћђџѓќѕөү"}
    total = sum(1 for c in low if "\u0400" <= c <= "\u04ff") or 1
    if n["ө"] + n["ү"] > 0.005 * total:
        return "mn"
    if n["ј"] + n["љ"] + n["њ"] + n["ћ"] + n["ђ"] + n["џ"] > 0.005 * total:
        return "mk" if n["ѓ"] + n["ќ"] + n["ѕ"] > 0.001 * total else "sr"
    if n["і"] + n["ї"] + n["є"] + n["ґ"] > 0.005 * total:
        return "uk"
    if n["ъ"] > 0.005 * total and n["ы"] + n["э"] < 0.001 * total:
        return "bg"
    return "ru"


#: A Han or kana character weighs about as much as a word of letters (Hangul syllables a little less)
_DENSE = {"han": 5, "kana": 5, "ko": 3}


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NOT_LETTER_BYTES = bytes(b for b in range(128) if not chr(b).isalpha())


def _script(sample: str) -> str | None:
    """The script of most letters of ``sample``: latin, cyrillic, el, ar, he, han, kana, ko; None when
    there are too few letters or no script has a majority."""
    ascii_letters = len(sample.encode("ascii", "ignore").translate(None, _NOT_LETTER_BYTES))
    counts: dict[str, int] = {"latin": ascii_letters}
    for c in _NON_ASCII.findall(sample):  # per character only for the few non-ASCII ones
        if c.isalpha():
            sc = _SCRIPT_OF.get(c) or _SCRIPT_OF.setdefault(c, _script_of(ord(c)))
            counts[sc] = counts.get(sc, 0) + _DENSE.get(sc, 1)
    if counts.get("kana", 0) > 0.1 * counts.get("han", 0):
        counts["kana"] += counts.pop("han", 0)  # Japanese writes kanji and kana together
    letters = sum(counts.values())
    if letters < 20:
        return None
    script, n = max(counts.items(), key=lambda kv: kv[1])
    return script if n >= 0.5 * letters else None


_SCRIPT_OF: dict[str, str] = {}


def _non_latin(script: str, sample: str) -> str | None:
    if script == "cyrillic":
        return _cyrillic(sample)
    return {"han": "zh", "kana": "ja", "el": "el", "ar": "ar", "ko": "ko", "he": "he"}.get(script)


class _Tally:
    """Common-word scores of Latin-script prose, summed over the parts of a text that are prose."""

    def __init__(self) -> None:
        self.scores = dict.fromkeys(_LISTS, 0.0)
        self.words = 0
        self.long_words = 0  # in every part, prose or not

    def add(self, sample: str) -> None:
        scores = dict.fromkeys(_LISTS, 0.0)
        found = _WORD_RE.findall(fold(sample))
        words = len(found)
        counts = Counter(found)
        long_words = sum(n for w, n in counts.items() if len(w) > 2)
        self.long_words += long_words
        for w in counts.keys() & _WEIGHTS.keys():
            n = counts[w]
            for lang, weight in _WEIGHTS[w].items():
                scores[lang] += weight * n
        if words < 8 or long_words < 0.4 * words or max(scores.values()) < 0.04 * words:
            return  # too little text, glyph codes, code or tables rather than prose
        for c in set(sample) & _LETTER_LANGS.keys():
            k = min(sample.count(c), 20)
            for lang in _LETTER_LANGS[c]:
                scores[lang] += k * _LETTER_WEIGHT / len(_LETTER_LANGS[c])
        for lang, v in scores.items():
            self.scores[lang] += v
        self.words += words

    def verdict(self) -> str | None:
        ranked = sorted(self.scores.items(), key=lambda kv: -kv[1])
        (best, s1), (second, s2) = ranked[0], ranked[1]
        if _FAMILY.get(best, best) == _FAMILY.get(second, second):
            margin = 1.4  # close languages (Spanish and Galician, Czech and Slovak) need a clear lead
        else:
            margin = 1.2  # unrelated ones share few common words: a majority of the text is enough
        if s1 >= 40:
            margin = min(margin, 1.15)  # a long text may mix languages (an English introduction, a licence)
        if s1 < 3:  # a short text (a caption) needs no rival at all
            margin = 3.0
        if s1 < 2 or s1 < margin * s2 or best in _RIVALS:
            return None
        return best


def detect_language(text: str) -> str | None:
    """Guess the language of ``text`` (ISO 639-1), or None when it is too short or unclear.

    Looks at the first 20,000 characters only.
    """
    return detect_document_language([text[:SAMPLE_CHARS]] if text else [])


def _chunks(pages: list[str], limit: int) -> list[str]:
    """Up to ``limit`` characters of a document: all of a short one; of a long one, the start of its
    first page and of seven pages spread through it (title pages and licences are often in another
    language than the body)."""
    total = 0
    for p in pages:
        total += len(p)
        if total > limit:
            break
    else:
        return [p for p in pages if p]
    n = len(pages)
    chosen = sorted({0} | {n * k // 8 for k in range(1, 8)})
    share = limit // len(chosen)
    return [pages[i][:share] for i in chosen if pages[i]]


def detect_document_language(pages: list[str], limit: int = SAMPLE_CHARS) -> str | None:
    """The language of a document's prose from its page texts (at most ``limit`` characters read):
    pages that are tables, code or glyph codes rather than prose do not vote."""
    return document_language(pages, limit)[0]


def document_language(pages: list[str], limit: int = SAMPLE_CHARS) -> tuple[str | None, int]:
    """:func:`detect_document_language`, and how many words of three letters or more the sample
    held: many words and no language means a language presskit does not tell apart (Basque)."""
    chunks = _chunks(pages, limit)
    joined = " ".join(chunks)
    script = _script(joined)
    if script is None:
        return None, 0
    if script != "latin":
        return _non_latin(script, joined), len(joined) // 5
    tally = _Tally()
    for chunk in chunks:
        tally.add(chunk)
    return tally.verdict(), tally.long_words

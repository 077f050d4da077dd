"""The language of a quotation, from its own words.

A French quotation inside an English newsletter is French: the document's language says nothing about
a quotation's. English and French are told apart by their commonest words; another language is left to
:func:`~presskit.ingest.naming.detect_language`.
"""

from __future__ import annotations

import re

from ..ingest.naming import detect_language
from ..textutil import fold

__all__ = ["quote_language"]


def _guess_language(text: str) -> str | None:
    try:
        return detect_language(text)
    except Exception:  # pragma: no cover - a guess must never break extraction
        return None


_EN_WORDS = set("the and of to in is that for it with as was on are be by this which at from have has had not will "
                "were their its an or we they our been would should can you my do did what who there all but if me "
                "your us them just only about every than when how why because".split())
_FR_WORDS = set("le la les et des du un une est que qui dans pour pas sur au aux avec par ce cette sont nous il elle "
                "ont mais ete ses leur vous etre comme tout plus je ne on se sa son mes mon ma nos notre vos votre "
                "oui non c l d j n qu s y ces ou si tres aussi deja ils elles eux de".split())
# ("de" is French alone, a name's particle aside)


#: the language the text says the words were said in, right before them: "she added in French:", « a-t-il
#: ajouté en anglais : », "in English, she said:"
_STATED = re.compile(r"(?i)(?<![\w\-])(?:(?P<en>in\s+english|en\s+anglais)|(?P<fr>in\s+french|en\s+français))"
                     r"(?![\w\-])[^.!?\u201c\u201d\u00ab\u00bb\"]{0,30}$")


def quote_language(text: str, before: str = "") -> str | None:
    """English or French, from the quotation's own words (a French quote in an English newsletter is
    French), or as the text right ``before`` it says ("a ajouté en anglais :"); another language by
    :func:`~presskit.ingest.naming.detect_language`; None when unclear."""
    stated = _STATED.search(before)
    if stated is not None:
        return "en" if stated.group("en") else "fr"
    # (an English possessive or "it's" leaves no French "s": "A lake is a glacier's last word")
    words = re.findall(r"[^\W\d_]+", re.sub(r"(?<=[^\W\d_])['\u2019]s(?![^\W\d_])", "", fold(text)))
    # (a word of both lists, "on", "me", says nothing: « On saisit, puis on relâche »)
    # "an" is English before a vowel ("an underestimate") and French before anything else (« zéro an de réparations »)
    words = [w if w != "an" or nxt[:1] in "aeiouh" else "an_fr" for w, nxt in zip(words, words[1:] + [""])]
    en = sum(1 for w in words if w in _EN_WORDS and w not in _FR_WORDS)
    fr = sum(1 for w in words if w in _FR_WORDS and w not in _EN_WORDS or w == "an_fr")
    if max(en, fr) >= 2 and max(en, fr) >= 2 * min(en, fr) and en != fr:
        return "en" if en > fr else "fr"
    if len(words) <= 8 and min(en, fr) == 0 and max(en, fr) == 1:  # « Elles boivent avant nous, toujours »
        return "en" if en else "fr"
    if len(words) <= 12 and en == fr == 0:  # "Three years, one report, no exceptions": a slogan's words
        en2 = sum(1 for w in words if w in _EN_MORE)
        fr2 = sum(1 for w in words if w in _FR_MORE)
        if min(en2, fr2) == 0 and (max(en2, fr2) >= 2 or max(en2, fr2) == 1 and len(words) <= 8):
            return "en" if en2 else "fr"
    return _guess_language(text)


#: frequent words of one language only, for a short quotation with none of the words above
_EN_MORE = set("no one two three four five ten year years more never yes here now today without after before over "
               "under new good time people day days must shall may could might first last next each much many "
               "exceptions exception nothing everything".split())
_FR_MORE = set("ans an annee annees deux trois quatre cinq dix jamais rien encore toujours sans apres avant jour jours "
               "nouveau nouvelle doit peut faut premier derniere dernier chaque beaucoup tous toutes puis alors "
               "ensuite donc car quand".split())

"""A first name the document introduces as a person's, though no list of first names holds it: features, field
pages and captions name the people they quote by first name alone ("## Yerlan, 52, Oskeldt", « Mahlet, 24 ans,
institutrice », "Odalys, a mother of two", « Fenna, l'infirmière qui dirige la clinique », « le berger Yerlan »,
"a herder, Yerlan,"). A capitalised word alone as the sayer ("“…,” Yerlan asks us", « …, sourit Yerlan ») is kept
as a person's name only when the document introduces it so: with an age between commas, or with a noun for a person
before or after it. A word the document never introduces so ("Greenpeace said", "Update: “…”") stays what it was:
maybe no person.
"""

from __future__ import annotations

import re

from .mentions import PEOPLE_NOUNS

#: nouns for people that bodies are too ("a member of the alliance", "a source", "the representative of …"): not
#: enough to make a capitalised word a person's first name
_EITHER = frozenset({"member", "membre", "source", "representative", "représentant", "représentante", "responsable",
                     "expert", "experte", "participant", "participante", "observer", "observateur", "observatrice",
                     "friend", "ami", "amie", "colleague", "collègue", "official", "fonctionnaire"})
_PERSON_NOUNS = frozenset(PEOPLE_NOUNS) - _EITHER | frozenset((
    "herder", "shepherd", "shepherdess", "berger", "bergère", "éleveur", "éleveuse", "firefighter", "pompier",
    "fisher", "pêcheur", "pêcheuse", "mum", "dad", "grandmother", "grandfather", "teenager", "pupil", "élève",
    "logisticienne", "logisticien", "patient", "patiente", "patients", "son", "daughter", "fils", "retiree",
    "retraité", "retraitée", "nun", "herdsman", "labourer", "vendor", "vendeuse", "vendeur", "maman", "papa"))
_DET = r"(?:a|an|the|our|my|their|his|her|une?|la|le|l['\u2019]|notre|mon|ma|leur|son|sa)"
_SP = r"[ \t\u00a0\u202f]"


def introduced_by_first_name(text: str, word: str) -> bool:
    """Whether ``text`` introduces ``word`` (one capitalised word) as a person's first name."""
    if not word or " " in word or len(word) < 3 or not word[:1].isupper() or word.isupper():
        return False
    w = re.escape(word)
    if re.search(rf"(?<![\w\-]){w}{_SP}*,{_SP}*\d{{1,3}}(?:{_SP}*(?:ans|years?(?:{_SP}+old)?))?{_SP}*(?:,|\.|$)",
                 text, re.M):
        return True  # "Yerlan, 52, Oskeldt", « Mahlet, 24 ans, institutrice »
    if re.search(rf"[\u201d\u00bb\"]{_SP}*[\u2014\u2013]{_SP}*{w}{_SP}*,{_SP}*(?:bâtiment|bat\.|immeuble|escalier|building|flat|"
                 rf"apartment|block|résidence|quartier)(?![\w\-])", text):
        return True  # a reader's message signed « … » — Clervie, bâtiment C: where she lives, after her first name
    for m in re.finditer(rf"(?<![\w\-]){w}{_SP}*,\s*(?:{_DET}\s*)?(?:[a-zà-ÿ\-]+\s+){{0,2}}?(?P<n>[a-zà-ÿ\-]+)", text):
        if m.group("n") in _PERSON_NOUNS:
            return True  # "Odalys, a mother of two", « Fenna, l'infirmière qui … », « Mahlet, institutrice »
    for m in re.finditer(rf"(?<![\w\-]){_DET}\s*(?P<n>[a-zà-ÿ\-]+)(?:{_SP}*,)?{_SP}+{w}(?![\w\-])", text, re.I):
        if m.group("n").lower() in _PERSON_NOUNS:
            return True  # « le berger Yerlan », "a herder, Yerlan,"
    return False

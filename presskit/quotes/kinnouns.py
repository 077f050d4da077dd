"""A person's gender from the noun of kin or of trade right before the name: "Her grandson NAME", "his daughter
NAME", "the fisherman NAME", "Chairwoman NAME".

Read by :func:`.genders.genders_from_context` for a name whose first name and title say nothing: "Her
grandson NAME, 11, helps her …. “…,” she says" is not his to say. Only nouns whose gender is their meaning
are read, English and French (« Son petit-fils NAME », where a capital « Son » opening the sentence tells
:mod:`.genders`' determiner nothing).
"""

from __future__ import annotations

import re

_MALE = ("grandson", "son", "brother", "father", "husband", "nephew", "uncle", "grandfather", "stepson",
         "stepfather", "boyfriend", "fisherman", "fishermen", "chairman", "spokesman", "businessman", "headman",
         "congressman", "councilman", "boy", "widower",
         "petit-fils", "fils", "frère", "père", "mari", "époux", "neveu", "oncle", "grand-père", "veuf")
_FEMALE = ("granddaughter", "daughter", "sister", "mother", "wife", "niece", "aunt", "grandmother", "stepdaughter",
           "stepmother", "girlfriend", "fisherwoman", "chairwoman", "spokeswoman", "businesswoman", "congresswoman",
           "councilwoman", "girl", "widow",
           "petite-fille", "fille", "sœur", "soeur", "mère", "épouse", "femme", "nièce", "tante", "grand-mère", "veuve")

_NOUN_BEFORE = re.compile(r"(?<![\w\-])(?P<noun>" + "|".join(
    f"[{n[0].upper()}{n[0]}]{n[1:]}" for n in sorted(_MALE + _FEMALE, key=len, reverse=True)) + r")[ \u00a0]+$")


def kin_gender(text: str, pos: int) -> str:
    """"m" or "f" when a noun of kin or of trade whose gender is its meaning stands right before the name at
    ``pos`` ("Her grandson NAME"), else ""."""
    m = _NOUN_BEFORE.search(text, max(0, pos - 20), pos)
    if m is None:
        return ""
    return "m" if m.group("noun").lower() in _MALE else "f"

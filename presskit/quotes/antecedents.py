"""Who a pronoun after a quotation refers to, among the people a document's text introduces
(:class:`~presskit.quotes.mentions.Mention`): the rule "Who spoke" in docs/quotes.md states in full.
"""

from __future__ import annotations

from .firstnames import first_name_gender
from .mentions import Mention
from .people import Person, distinct_people


#: how far before its paragraph a pronoun's antecedent may stand (characters)
_PRONOUN_REACH = 1500


def antecedent(mentions: list[Mention], speakers: list[tuple[int, Person]], at: int, para_start: int,
               want: str, reach: bool = True) -> Person | None:
    """Who a pronoun of gender ``want`` ("f", "m", "") at ``at`` refers to (the rule in :mod:`.mentions`' docstring)."""
    def said(p: Person) -> str:  # what the text says, unless a clearly gendered first name contradicts it
        return "" if p.gender and first_name_gender(p.name) not in ("", p.gender) else p.gender

    def gender_of(p: Person) -> str:  # what the text says, else what the first name says; both when they clash:
        # "NAME1 received Laura NAME2 in his office. … he said" reads "his" as hers: neither rules her out or in
        g = said(p)
        return g if g or p.gender else first_name_gender(p.name)

    def fits(p: Person) -> bool:
        return not want or not gender_of(p) or gender_of(p) == want

    here = [(m.pos, m.person, m.subject) for m in mentions
            if para_start <= m.pos < at and not m.compound and fits(m.person) and (not want or m.excludes not in (want, "?"))]
    here += [(pos, p, True) for pos, p in speakers if para_start <= pos < at and fits(p)]
    if want and any(said(c[1]) == want and c[1].name for c in here):
        # "she" and a woman the paragraph introduced: not a person whose gender the text does not say
        here = [c for c in here if said(c[1]) == want]
    elif want and any(gender_of(c[1]) == want and c[1].name for c in here):
        here = [c for c in here if gender_of(c[1]) == want]
    if here:
        subjects = [c for c in here if c[2]]
        pick = max(subjects, key=lambda c: c[0]) if subjects else min(here, key=lambda c: c[0])
        if any(c[0] == pick[0] and c[1].name != pick[1].name for c in here):
            return None  # two namesakes the pronoun's gender does not tell apart: nobody rather than a guess
        return pick[1]
    if not reach or want and any(para_start <= m.pos < at and m.excludes in (want, "?") and m.person.name for m in mentions):
        return None  # "NAME l’a saluée. Elle a dit …": someone the paragraph does not name, not someone before it
    # before the paragraph, only the last few paragraphs: a pronoun does not reach back a page
    lo = para_start - _PRONOUN_REACH
    earlier = [(m.pos, m.person, m.subject) for m in mentions
               if lo <= m.pos < para_start and not m.compound and m.person.name and fits(m.person)]
    earlier += [(pos, p, True) for pos, p in speakers if lo <= pos < para_start and fits(p)]
    unnamed = any(lo <= m.pos < para_start and not m.person.name and fits(m.person) for m in mentions)
    if want and (len(distinct_people(c[1].name for c in earlier)) > 1 or unnamed):
        # "Selon elle" after paragraphs about a woman and a man whose gender the text does not say: the woman;
        # before its paragraph, among several people a pronoun reaches only one known to be of its gender
        # (which of them it means is a guess otherwise)
        earlier = [c for c in earlier if gender_of(c[1]) == want]
    if not earlier:
        return None
    subjects = [c for c in earlier if c[2]]
    return max(subjects or earlier, key=lambda c: c[0])[1]

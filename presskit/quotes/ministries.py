"""A ministry named by its portfolio alone, read as the State whose minister of that portfolio the kit names.

« Le ministère du Logement nous a répondu … », "an official of the ministry of Housing": the text names no State,
but the kit names one Minister of Housing (« le ministre du Logement, NAME ») and the State she speaks for. The
ministry is that State's, in either language (a French ministry for an English minister's portfolio, by a short
list of portfolios in both languages); two States with such a minister, or none, give nothing.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..textutil import fold

__all__ = ["portfolio_of", "ministers_by_portfolio", "state_of_portfolio"]

#: "Ministry of Housing", « ministère du Logement », "Minister for Health", « ministre déléguée à la Santé », "Housing
#: Minister", "housing ministry": the portfolio's words
_PORTFOLIO = re.compile(r"(?i)^(?:the\s+|le\s+|la\s+)?(?:minist(?:ry|ère|er|re)(?:\s+délégu[ée]e?)?\s+(?:of\s+(?:the\s+)?|for\s+"
                        r"(?:the\s+)?|de\s+la\s+|de\s+l['\u2019]\s*|du\s+|des\s+|de\s+|à\s+la\s+|aux?\s+)(?P<p>[^\W\d_][\w\-]*"
                        r"(?:\s+(?:and|et|de|des|du)?\s*[^\W\d_][\w\-]*){0,2})|(?P<q>[^\W\d_][\w\-]*)\s+minist(?:ry|er))$")
#: a portfolio's word in French, as English says it (both are read as the English word)
_FR_EN = {"logement": "housing", "sante": "health", "environnement": "environment", "interieur": "interior",
          "finances": "finance", "energie": "energy", "transports": "transport", "industrie": "industry",
          "travail": "labour", "defense": "defence", "affaires": "affairs", "economie": "economy",
          "culture": "culture", "education": "education", "justice": "justice", "agriculture": "agriculture",
          "peche": "fisheries", "peches": "fisheries", "eau": "water", "climat": "climate", "mer": "sea",
          "commerce": "trade", "emploi": "employment", "femmes": "women", "jeunesse": "youth"}


def portfolio_of(name: str) -> str:
    """The portfolio of a ministry or a minister ("housing" for « ministère du Logement » and "Housing Minister"),
    "" when ``name`` names none."""
    m = _PORTFOLIO.match((name or "").strip())
    if m is None:
        return ""
    words = fold(m.group("p") or m.group("q")).split()
    return _FR_EN.get(words[0], words[0]) if words else ""


def ministers_by_portfolio(roles: Iterable[tuple[str, str]], states: Iterable[str]) -> dict[str, set[str]]:
    """Portfolio -> the States whose minister of it the kit names, from (role, organisation) pairs."""
    states = set(states)
    out: dict[str, set[str]] = {}
    for role, org in roles:
        key = portfolio_of(role)
        if key and org in states and re.search(r"(?i)minist", role):
            out.setdefault(key, set()).add(org)
    return out


def state_of_portfolio(org: str, ministers: dict[str, set[str]]) -> str:
    """The State of a ministry named by its portfolio alone (« Ministère du Logement »), when the kit names one
    State's minister of it; "" otherwise (and for a minister: only a ministry is read here)."""
    if not re.match(r"(?i)(?:the\s+|le\s+)?minist(?:ry|ère)\b|.*\bministry$", (org or "").strip()):
        return ""
    found = ministers.get(portfolio_of(org), set())
    return next(iter(found)) if len(found) == 1 else ""

"""A body's acronym beside a role whose portfolio follows: "MDB Vice-President for Infrastructure and Digital",
« vice-présidente de la BDM chargée des infrastructures ». The acronym is whom the person speaks for; what
follows "for" or « chargé(e) de » is her portfolio, part of her role, never a body (in English it holds no word
of a body's kind). Read first by :func:`.appos.split_role_org`.
"""

from __future__ import annotations

import re

from .vocab import ORG_WORDS, ROLE_WORDS

_ACRONYM_ROLE = re.compile(r"^\s*(?P<org>[A-Z][A-Z&]{1,7})\s+(?P<role>(?P<head>[A-Za-zÀ-ÿ][\w\-]*)(?:\s+[\w\-]+){0,2}?"
                           r"\s+(?:for|in\s+charge\s+of)\s+(?P<port>[^,;:()]+?))\s*$")

#: « vice-présidente de la BDM chargée des infrastructures »: the role, the acronym, then the portfolio
_ROLE_ACRONYM_FR = re.compile(r"^\s*(?P<role>(?P<head>[a-zà-ÿ][\w\-]*))\s+(?:de\s+la|de\s+l['\u2019]|du|de)\s*"
                              r"(?P<org>[A-Z][A-Z&]{1,7})\s+(?P<port>(?:chargée?|en\s+charge)\s+[^,;:()]+?)\s*$")


def acronym_then_portfolio(s: str) -> tuple[str, str] | None:
    """(role, acronym) when ``s`` is an acronym, a role and a portfolio after "for" as above; else None."""
    fr = _ROLE_ACRONYM_FR.match(s)
    if fr is not None and fr.group("head").lower() in ROLE_WORDS:
        return f"{fr.group('role')} {fr.group('port')}", fr.group("org")
    m = _ACRONYM_ROLE.match(s)
    if m is None or m.group("head").lower() not in ROLE_WORDS:
        return None
    if any(w.lower().strip(".") in ORG_WORDS for w in m.group("port").split()):
        return None  # "UNEP Adviser for the Kessa Institute": a body after "for"
    return m.group("role").strip(), m.group("org")

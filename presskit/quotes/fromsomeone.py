"""A person after "from" / « de la part de »: "a letter … came to my office in January from Fatoumata NAME, a
schoolteacher in X. She wrote: ¶ “…”". "From" names a place far more often ("from Lund", "from Kessa Mine"), so
a name after it is a person only with a first name the finder knows and a role in apposition right after it; then
a pronoun that follows may stand for her. Read by :mod:`.mentions`.
"""

from __future__ import annotations

import re

from .firstnames import first_name_gender

_FROM = re.compile(r"(?i)(?:^|[\s(])from\s*$")
#: a role noun in apposition after the name, with its article: ", a schoolteacher in X", ", the harbour master"
_ROLE_APPOS = re.compile(r"^\s*,\s*(?:a|an|the|our|its|their)\s+[a-z][\w\-]+")


def from_someone(before: str, name: str, rest: str) -> bool:
    """Whether ``name``, right after ``before`` ending on "from", is a person: a known first name, then a role in
    apposition (``rest``)."""
    return bool(_FROM.search(before) and first_name_gender(name) and _ROLE_APPOS.match(rest or ""))

"""Who signs a document written in the first person, when the kit names no speaker for it: a byline at its head («
*Par NAME, chargée de terrain …* », "By NAME"), or a letter's or a notice's signature closing it (a line with the
full name alone, then a line with the role: "NAME ¶ Maire de Ritipata"). Its « je » / "I" outside quotation marks
is that person: « je vous avais dit : « … » », "I wrote in my notebook: “…”". Read by :mod:`.found`.
"""

from __future__ import annotations

import re

from .people import NAMERUN, ROLE_WORDS, lower_token
from .vocab import untitled

_BYLINE = re.compile(rf"(?m)^[ \t]*[*_]{{0,2}}[ \t]*(?:Par|By|Texte\s+de|Written\s+by)[ \t]+(?P<name>{NAMERUN})[ \t]*(?:,|[*_]|$)")
_NAME_LINE = re.compile(rf"[ \t]*[*_]{{0,2}}(?P<name>{NAMERUN})[*_]{{0,2}}[ \t]*")


def signatory(text: str) -> str:
    """The full name (two words at least) that signs ``text`` as above; "" when none does."""
    head = _BYLINE.search(text, 0, min(len(text), 600))
    if head is not None and len(untitled(head.group("name")).split()) >= 2:
        return untitled(head.group("name"))  # "By Dr NAME": the name, without the title
    lines = [ln for ln in text.rstrip().splitlines()[-4:] if ln.strip()]
    for i in range(len(lines) - 1):
        name = _NAME_LINE.fullmatch(lines[i])
        role = re.sub(r"[,;:.]", " ", lines[i + 1]).strip(" \t*_").split()
        if name is not None and 2 <= len(name.group("name").split()) <= 5 and role \
                and lower_token(role[0]) in ROLE_WORDS and i + 2 >= len(lines) - 1:
            return untitled(name.group("name"))
    return ""

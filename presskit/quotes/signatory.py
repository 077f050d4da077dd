"""Who signs a document written in the first person, when the kit names no speaker for it: a byline at its head («
*Par NAME, chargée de terrain …* », "By NAME"), or a letter's or a notice's signature closing it (a line with the
full name alone, then a line with the role: "NAME ¶ Maire de Ritipata"). Its « je » / "I" outside quotation marks
is that person: « je vous avais dit : « … » », "I wrote in my notebook: “…”". Read by :mod:`.found`. The by-line
at the head is the one reading :func:`.byline.signer` makes; this module reads only the closing signature.
"""

from __future__ import annotations

import re

from .byline import signer
from .people import NAMERUN, ROLE_WORDS, lower_token
from .vocab import untitled

_NAME_LINE = re.compile(rf"[ \t]*[*_]{{0,2}}(?P<name>{NAMERUN})[*_]{{0,2}}[ \t]*")


def signatory(text: str) -> str:
    """The full name (two words at least) that signs ``text`` as above; "" when none does."""
    if head := signer(text):  # "By Dr NAME": the name, without the title
        return head
    lines = [ln for ln in text.rstrip().splitlines()[-4:] if ln.strip()]
    for i in range(len(lines) - 1):
        name = _NAME_LINE.fullmatch(lines[i])
        role = re.sub(r"[,;:.]", " ", lines[i + 1]).strip(" \t*_").split()
        if name is not None and 2 <= len(name.group("name").split()) <= 5 and role \
                and lower_token(role[0]) in ROLE_WORDS and i + 2 >= len(lines) - 1:
            return untitled(name.group("name"))
    return ""

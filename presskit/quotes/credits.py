"""A picture's credit line names who took or owns the picture, not anyone in it or quoted under it: "Photo: NAME /
Agency.", « Photo : NAME / Agence », "© NAME / Agency", « Crédit photo : NAME », "Photo credit: NAME". Captions and
newsletters put the credit right before the caption's words, so the photographer is often the last person named
before "“…,” she says" / « « … », plaisante-t-il »; she is no one a pronoun there may mean.

A caption that opens on the person pictured ("Photo: NAME, 24, a teacher, in …", « Photo 3 : NAME : « … » ») is no
credit: a label alone ("Photo:") counts only when the name is followed by the "/" that parts the photographer from
her agency, or when the label says it is a credit (credit, crédit, ©).
"""

from __future__ import annotations

import re

#: a credit's label right before the name, on its line
_LABEL = re.compile(r"(?i)(?:(?P<credit>©|\(c\)|(?:photo(?:graph(?:y|ie))?\s+)?cr[eé]dits?(?:\s+photos?)?|copyright)"
                    r"|(?P<photo>photos?|photographs?|photographies?|picture|image|pictures|images))"
                    r"[ \t\u00a0\u202f]*:?[ \t\u00a0\u202f]*$")
#: what follows the photographer's name in a credit: "/ Agency", "/AFP"
_SLASH_AFTER = re.compile(r"[ \t\u00a0\u202f]*/")


def in_credit(text: str, pos: int, name: str) -> bool:
    """Whether the person named ``name`` at ``pos`` in ``text`` is a picture's credit (the photographer)."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    line = line.lstrip(" \t*_>(")
    m = _LABEL.search(line)
    if m is None or m.start() > 0 and line[m.start() - 1] not in " \t.\u00a0([":
        return False
    if m.group("credit"):
        return True
    return _SLASH_AFTER.match(text, pos + len(name)) is not None

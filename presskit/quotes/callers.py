"""A listener or a reader by first name and place, as phone-ins, live blogs and letters pages name them: "Tashi in
Namdrok-la has texted: “…”", "Maria from Leeds writes: “…”", « Rosa, à Ritipata, nous écrit : « … » ». The first
name is the speaker (the text gives no more), never the host or a guest named before. Read by :mod:`.attribute`.
"""

from __future__ import annotations

import re

from .firstnames import FEMALE, MALE
from .people import lower_token
from .personphrase import _surname_like
from .vocab import STOP_CAPS
from .record import CONFIDENCE, Found
from ..textutil import fold

_PLACE = r"[A-ZÀ-Þ][\w\-\u2019']+(?:[ \t]+(?:de|du|la|le|sur|upon|on)?[ \t]*[A-ZÀ-Þ][\w\-\u2019']+){0,2}"
_CALLER = re.compile(
    rf"(?:^|[.!?:\u2014]\s+|\n|(?:\*\*|__)[ \t]+)(?P<name>[A-ZÀ-Þ][a-zà-ÿ]+),?[ \t]+(?:in|from|à|de|d['\u2019])[ \t]*{_PLACE},?[ \t]+"
    rf"(?:(?:has|have)[ \t]+)?(?:nous[ \t]+|vous[ \t]+)?(?:(?:a|ont)[ \t]+)?(?:texted|text|texts|writes|wrote|written|"
    rf"e-?mails|e-?mailed|messages|messaged|tweets|tweeted|asks|asked|says|écrit|envoie|envoyé|demande|demandé)"
    rf"(?:[ \t]+(?:in|en)[ \t]+[\w\-]+)?(?:[ \t]+(?:to\s+us|this|ceci|ceci\s+))?[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*$")


def caller(text: str, start: int, lo: int) -> Found | None:
    """The first name of a caller or a reader whose message opens at ``start`` (the paragraph from ``lo``), when it
    is a first name the finder knows or a word that could be one (no common noun, role or stop word); None
    otherwise."""
    m = _CALLER.search(text, max(lo, start - 200), start)
    if m is None:
        return None
    name = m.group("name")
    if fold(name) not in FEMALE | MALE and not (_surname_like(name) and lower_token(name) not in STOP_CAPS):
        return None  # ("Officials in Geneva say", "Everyone in the valley asks": nobody's first name)
    return Found("named", name, "", "", CONFIDENCE["subject"], evidence=(m.start("name"), start), cue=True)

"""The parts of what follows a name ("NAME, Executive Director, Coalition X, who …"): the appositives that may
give a role and an organisation, up to the first part that is a clause, and the tests of a role's words."""

from __future__ import annotations

import re

from .people import NOT_ROLE_START, ROLE_WORDS, lower_token, sentence_ends


def rest_parts(rest: str) -> list[str]:
    """Comma-separated parts of what follows a name: ", Executive Director, Coalition X." -> parts."""
    rest = rest or ""
    pm = re.match(r"^\s*\((?P<in>[^()\n]{2,80})\)", rest)
    if pm and pm.group("in")[:1].isupper() and not re.match(r"^\s*\d", pm.group("in")):
        inner = pm.group("in").strip()  # "Dr Ana Ruiz (Kessa Trauma Centre)": her organisation
        return [inner] if "," in inner or role_starts(inner) else ["of " + inner]
    m = re.match(r"^\s*,\s*", rest)
    if not m:
        # "Jane Smith of the Coalition" / "Marie Dupont, de la Coalition"
        m2 = re.match(r"^\s+(?=(?:of|from|at|de\s+la|de\s+l['\u2019]|du|de)\s+(?:the\s+)?[A-ZÀ-Þ])", rest)
        if not m2:
            return []
        rest = rest[m2.end():]
    else:
        rest = rest[m.end():]
    ends = sentence_ends(rest)
    if ends:
        rest = rest[: ends[0]]
    rest = rest.rstrip(" .\n")
    parts = []
    depth = 0
    cur = []
    for c in rest:
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        if c == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    parts.append("".join(cur))
    # stop at the first part that is a clause, not an appositive
    out = []
    for p in parts[:3]:
        if out and NOT_ROLE_START.match(p.strip()):
            break
        out.append(p)
    if m and out and HOME_TOWN.match(re.sub(r"\s+", " ", out[0].split(":")[0]).strip(" .")):
        out = out[1:]  # "Dolores NAME, of Kessel-on-Wyre," (a petition's signatory, a reader): where she lives,
        # not whom she speaks for; a role after it is hers ("NAME, of Lannbury, a nurse")
    return out


#: ", of PLACE," after a name: one proper name, hyphens and all, with no article ("of Kessel-on-Wyre", "of Oddvik")
HOME_TOWN = re.compile(r"^of\s+[A-ZÀ-Þ][a-zà-ÿ]+(?:-(?:[a-zà-ÿ]{1,4}-)?[A-ZÀ-Þ]?[a-zà-ÿ]+)*$")


def role_starts(role: str) -> bool:
    """A role word among the first two words: "Executive Director", "head of policy", "deputy foreign …"."""
    words = [lower_token(w) for w in re.findall(r"[\w\-\u2019']+", role)][:2]
    return any(w in ROLE_WORDS for w in words)


def looks_like_role_strict(role: str) -> bool:
    words = [lower_token(w) for w in re.findall(r"[\w\-\u2019']+", role)]
    return any(w in ROLE_WORDS for w in words)


#: a treaty by the word that ends (English) or starts (French) its name: "the Protocol", « la Convention de X »
_TREATY_EN = re.compile(r"^(?:the\s+)?(?P<t>(?:[A-ZÀ-Þ][\w\-'\u2019]*\s+){0,4}(?:Protocol|Convention|Treaty|Agreement|Accord|Compact|Framework))$")
_TREATY_FR = re.compile(r"^(?:la\s+|le\s+|l['\u2019])?(?P<t>(?:Protocole|Convention|Traité|Accord|Pacte|Cadre)\b.{0,80})$")
_SECRETARY = re.compile(r"(?i)\b(?:secretary|secrétaire)\b")


def body_of_treaty_role(role: str, org: str) -> str:
    """The body a treaty's secretary speaks for: "the executive secretary of the Protocol" speaks for the
    Protocol Secretariat, « la secrétaire exécutive de la Convention de X » for the secrétariat de la Convention
    de X (a treaty is no body that speaks); any other role or organisation is left as it is."""
    if not org or not _SECRETARY.search(role or ""):
        return org
    if re.search(r"(?i)secr[ée]tariat", org):  # "executive secretary of the Convention’s Secretariat": named already
        return re.sub(r"['\u2019]s\s+(?=Secretariat$)", " ", org)
    if (m := _TREATY_EN.match(org)) is not None:
        return f"{m.group('t')} Secretariat"
    if (m := _TREATY_FR.match(org)) is not None:
        t = m.group("t")
        return f"secrétariat {'du' if t.startswith(('Protocole', 'Traité', 'Pacte', 'Cadre')) else 'de la'} {t}" \
            if not t.startswith("Accord") else f"secrétariat de l’{t}"
    return org

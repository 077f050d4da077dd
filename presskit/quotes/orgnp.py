"""An organisation as the subject of a clause: "the coalition", "the Kellerman Institute’s review", « la délégation de la Tervanie ».

:func:`org_np` reads a noun phrase as an organisation (a name the kit knows, its short form, a State's
body, the document of a body) or gives nothing; :mod:`.subject` asks it before it reads a person.
"""

from __future__ import annotations

import re

from ..textutil import fold
from .context import Context, by_first_word
from .cues import APO
from .people import ORG_WORDS, ROLE_WORDS, clean_org, lower_token
from .personphrase import Who

#: the determiners before a noun phrase
_DET = r"(?:the|a|an|le|la|les|l['\u2019]|un|une|des|this|that|ce|cet|cette)"
#: the first word of an introductory phrase, not a name
_INTRO = re.compile(r"^(?:in|at|on|during|after|before|speaking|asked|interviewed|answering|for|from|with|"
                    r"unlike|like|despite|besides|contrairement|malgré|outre|hormis|sauf|"
                    r"dans|lors|pendant|après|avant|à|au|en|depuis|interrogée?s?|questionnée?s?|"
                    r"madam|madame|mr|mister|monsieur|last|this|yesterday|today|hier|aujourd)\b", re.I)
#: organisation nouns that a short form ("the Agency", "la coalition") stands for
ORG_HEADS = ("coalition", "agency", "institute", "alliance", "network", "ministry", "government", "secretariat",
              "committee", "office", "organisation", "organization", "campaign", "federation", "union",
              "council", "commission", "delegation", "mission", "presidency", "association", "foundation",
              "centre", "center", "movement", "agence", "institut", "réseau", "ministère", "gouvernement",
              "secrétariat", "comité", "bureau", "campagne", "fédération", "conseil", "délégation",
              "présidence", "fondation", "mouvement", "conférence", "conference", "trust", "forum", "syndicat",
              "observatory", "observatoire", "partnership", "partenariat", "guild", "guilde", "confederation", "confédération")
_ORG_SHORT = re.compile(rf"^(?:the|la|le|l{APO})\s*(?P<head>{'|'.join(ORG_HEADS)})\b(?!{APO}s\b)", re.I)
_THINGS = (r"(?:team|live\s+team|staff|équipe|message|position|statement|note|report|view|answer|reply|response|call|"
           r"foreword|communiqué|words|guidance|guidelines|submission|"
           r"press\s+release|verdict|conclusion|demand|plea|line|argument|appeal|review|study|analysis|brief|briefing|"
           r"survey|research|findings|figures|data|count|tally|tracker|sticker|notice|leaflet|flyer|label)")
_ORG_POSSESSIVE = re.compile(rf"^(?:[^:\u2014\u2013\n]{{0,40}}[:\u2014\u2013]\s*)?(?P<org>.+?)['\u2019]s\s+(?:(?:latest|last|new|annual|own|final|recent)\s+)?"
                             rf"{_THINGS}\b", re.I)
#: "le rapport de l’Office de déminage", "the latest report of the Institute"
_ORG_DOCUMENT = re.compile(rf"^(?:[^:\u2014\u2013\n]{{0,40}}[:\u2014\u2013]\s*)?(?:{_DET}\s*)?(?:(?:latest|last|new|annual|dernier|dernière|nouveau|nouvelle)\s+)?"
                           rf"(?:{_THINGS}|rapport|note|déclaration|bilan|étude|study|review|analysis|analyse|guide|mots|lettre|courriel)"
                           rf"\s+(?:(?:annuel|annuelle|matinale|quotidienne|quotidien|interne)\s+)?(?:of|from|by|de\s+la|de\s+l['\u2019]|du|de|d['\u2019])\s*"
                           rf"(?P<org>.+)$", re.I)
_CUT = re.compile(r"\s(?:dans|lors|pendant|devant|avant|après|depuis|in|during|at|on|before|after|to|when|"
                  r"since|while|avec|with|par|by|à|au|aux|en|sur)\s+(?:son|sa|ses|leur|leurs|un|une|le|la|"
                  r"les|l['\u2019]|its|their|his|her|the|a|an|this|ce|cette|\d)", re.I)
_EN_LINKS = {"of", "for", "the", "and", "on", "in", "at", "to", "&"}
_BODY_OF_STATE = re.compile(rf"^(?i:the|la|le|l{APO})\s*(?i:delegation|délégation|government|gouvernement|permanent\s+"
                            rf"mission|mission\s+permanente)\s+(?:of|de\s+la|de\s+l{APO}|du|des|de|d{APO})\s*"
                            rf"(?:the\s+)?(?P<state>[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+)?)(?=\s|$|[,.;:])")
#: English words that end a name in Title Case: "The Agency published …", "The Institute has …"
_EN_AFTER_NAME = {"has", "had", "is", "was", "will", "would", "can", "could", "its", "their", "a", "an", "this",
                  "that", "which", "who", "said", "says", "made", "put", "set", "took", "gave", "sent", "told"}
_FR_LINKS = {"de", "du", "des", "la", "le", "les", "pour", "sur", "et", "en", "contre", "sans", "à", "aux", "au"}


def org_np(np: str, ctx: Context, at: int) -> Who | None:
    """An organisation as subject: a known name, "ORG’s message", "the coalition", "l’Agence …"."""
    s = re.sub(rf"^(?:{_DET})(?:(?<=['\u2019])|\b)\s*", "", np, flags=re.I).strip()  # not the A of "Agence"
    if s and lower_token(s.split()[0]) in ROLE_WORDS:
        return None  # "Executive Director of the Coalition" is a role
    if re.match(r"minist(?:ère|ry)\s+(?:de|des|du|of)\s", s):
        s = s[0].upper() + s[1:]  # « le ministère des Affaires étrangères de la Tervanie »: a name, in lower case
    dele = _BODY_OF_STATE.match(np.strip())
    if dele is not None:  # « La délégation de Qutheria a distribué … », "the Government of Vardia said": the State
        return Who("org", org=dele.group("state"), pos=at)
    low = fold(s)
    for name in sorted(ctx.org_names + ctx.own_orgs + [n for _p, n in ctx.orgs_seen], key=len, reverse=True):
        f = fold(name)
        if f and (low == f or low.startswith(f + " ")):
            return Who("org", org=_full_name(name, ctx), pos=at)
        if f and (low.startswith(f + "'") or low.startswith(f + "\u2019")):
            after = [lower_token(w).strip(",.") for w in s[len(name) + 2:].split()[:4]]
            if any(w in ROLE_WORDS for w in after):
                return None  # "Belmora’s deputy foreign minister": a role, the person follows or precedes
            return Who("org", org=_full_name(name, ctx), pos=at)
    if s != np.strip() and (full := by_first_word(s, [ctx.doc_org, *ctx.own_orgs, *ctx.org_names])):
        return Who("org", org=_full_name(full, ctx), pos=at)  # « la Veille »: « Veille pollinisateurs Marrenby »
    m = _ORG_POSSESSIVE.match(np) or _ORG_DOCUMENT.match(np)
    if m:  # "le verdict de la coalition": the article went with "de la"
        inner = org_np(m.group("org"), ctx, at) or org_np("the " + m.group("org"), ctx, at)
        if inner is not None:
            return inner
    if re.match(rf"^[^,]{{0,60}}?{APO}s\s", np):
        return None  # "the coalition’s Policy Director": a role
    cut = _CUT.search(s) or re.search(r"\s(?:who|which|whose|qui|dont)\s", s)  # (lower case: not the WHO)
    s2 = s[: cut.start()] if cut else s
    words = s2.split()
    for i, w in enumerate(words[1:], 1):
        if w[:1].islower() and w.lower() not in _EN_LINKS and lower_token(w) not in ORG_WORDS \
                and (w.isascii() and re.search(r"(?:ed|s)$", w) or w.lower() in _EN_AFTER_NAME):
            if not any(x.lower() in _FR_LINKS or re.match(r"[dl]['\u2019]", x.lower()) for x in words[1:i + 1]):
                words = words[:i]  # "The Agency published its review": an English name is in Title Case
                s2 = " ".join(words)
            break  # ("Réseau des survivants", « Secrétariat d’inspection »: a French name in sentence case)
    role_at = next((i for i, w in enumerate(words) if w.islower() and lower_token(w) in ROLE_WORDS), None)
    if role_at is not None and len(words) - role_at >= 3 and all(w[:1].isupper() for w in words[role_at + 1:]):
        return None  # "Agency spokesperson Tomas Berg", "UN spokesman NAME": a person with her role
    if len(words) >= 2 and words[0][:1].isupper() and len(words) <= 9 and not _INTRO.match(s2) \
            and not re.match(r"[A-Z]['\u2019][a-zà-ÿ]", words[0]) \
            and not re.match(r"^(?!United\b)\w+(?:ed|ing)\b", s2) and any(lower_token(w).strip(",.") in ORG_WORDS for w in words[:6]):
        return Who("org", org=_full_name(clean_org(s2), ctx), pos=at)
    m = _ORG_SHORT.match(np)
    if m and not re.match(rf"^[^,]*{APO}s\s", np[m.end():]):
        head = m.group("head")
        short = head if head[:1].isupper() and lower_token(head) in ("trust", "foundation", "fondation", "guild", "guilde") else ""
        # ("The Trust's sticker": a body by the capitalised head word of its name, for the kit to complete)
        return Who("org", org=ctx.resolve_org(head, at) or short, pos=at)
    tok = s2.strip(" ,.")
    if tok and " " not in tok and (tok in ctx.states or (tok.isupper() and 2 <= len(tok) <= 6)):
        return Who("org", org=tok, pos=at)
    return None



def _full_name(org: str, ctx: Context) -> str:
    """"the Kellerman Institute": the one organisation the kit knows whose name starts so, by its full name."""
    if len(org.split()) < 2:
        return org
    full = {n for n in ctx.org_names + ctx.own_orgs if fold(n).startswith(fold(org) + " ")}
    return full.pop() if len(full) == 1 else org


"""Shapes of noun phrases that say who is meant without a name: a State by a possessive ("Tervania's Foreign
Ministry"), people by a plural noun ("diplomats said"), a body by its relative clause ("…, which said that"), an
adjective of nationality, unlike a State's own name ("an Orlandian official" / "a Quelland official")."""

from __future__ import annotations

import re

from .cues import APO

#: a relative clause whose verb is one of saying: "which said in a statement that", « qui a indiqué que »
WHICH_SAID = re.compile(r"^(?:which|qui)\b(?:\s+(?:has|had|also|then|a|avait|aussi))*(?:\s*$|\s+(?:said|says|stated|"
                        r"wrote|warned|noted|added|declared|estimated|indiqué|déclaré|écrit|estimé|précisé|souligné|"
                        r"averti|ajouté|dit)\b)", re.I)  # (the clause may stop right before the verb: "…, which")

ACCORDING_LEAD = re.compile(r"^(?i:according\s+to|selon|d['\u2019]apr[eè]s)\s+")

#: how an adjective of nationality ends ("Orlandian", "Japanese", "Danish", "Thai"), unlike a State's name
DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish|ic|ch|i|ais|ois|ien|ienne|an|ern)$")

#: a State's government, ministry or delegation by a possessive: the State
STATE_BODY = re.compile(rf"^(?:the\s+)?(?P<state>[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+)?){APO}s\s+(?:[\w\-]+\s+){{0,2}}?"
                        r"(?i:ministry|government|delegation|mission|foreign\s+office)\s*$")

#: people named by a plural common noun: "diplomats said", « plusieurs délégués »
BARE_PLURAL = re.compile(r"(?i)^(?:(?:several|many|some|other|two|three|four|senior|western|european|african|asian|"
                         r"plusieurs|certains|certaines|d['\u2019]autres|deux|trois|quatre)\s+)*(?:[a-zà-ÿ\-]+\s+)?"
                         r"(?:diplomats|delegates|officials|negotiators|observers|sources|experts|activists|"
                         r"campaigners|fishers|fishermen|scientists|délégués|déléguées|diplomates|négociateurs|"
                         r"observateurs|sources|experts|militants|pêcheurs|scientifiques)\s*$")

#: a present-tense verb only a plural subject takes: "Locals call the place …", "Regulars say …" (a surname alone
#: would take "calls", "says"): the capitalised word before it is a common noun opening the sentence
PLURAL_VERB_AFTER = re.compile(r"\s+(?:still\s+|often\s+|all\s+|also\s+)?(?:are|have|do|say|call|tell|remember|recall|"
                               r"know|agree|believe|think|want|describe|complain|joke|insist|argue|fear|hope|worry|"
                               r"swear|refer)\b")

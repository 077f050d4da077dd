"""What stands between a quotation's verb of saying and its subject, or around them.

An inverted verb may be followed, before its subject, by when and how the words were said (« a affirmé
mercredi », « a glissé en anglais », « insiste de son côté »), whom they were said to (« à la presse », "to
Reuters", « à NAME »), where they were published (« sur X », « au micro de la RTBF », « pour Le Soir »); a
French object pronoun may stand before the verb (« nous explique NAME »). :mod:`.attribute` skips these to
reach the subject.
"""

from __future__ import annotations

import re

from .cues import WHEN
from .people import NAMERUN

#: how, or where, the words were said, between an inverted verb and its subject: « a glissé en anglais NAME »,
#: "added in French NAME", « a lancé sous les applaudissements NAME »
MANNER = (r"(?i:en\s+(?:anglais|français|espagnol|arabe|russe|chinois|portugais|allemand|souriant|riant|aparté|"
           r"conclusion|écho|point\s+de\s+presse|conférence\s+de\s+presse|séance|plénière|commission)|"
           r"(?:at|during)\s+a\s+(?:press\s+conference|briefing|news\s+conference)|in\s+(?:English|French|Spanish|Arabic|Russian|Chinese|Portuguese|German|reply|response)|"
           r"à\s+voix\s+basse|dans\s+un\s+sourire|with\s+a\s+(?:smile|shrug|sigh|laugh)|sous\s+les\s+"
           r"(?:rires|applaudissements)|de\s+son\s+côté|pour\s+sa\s+part|quant\s+à\s+(?:lui|elle)|à\s+son\s+tour|"
           r"for\s+(?:her|his|their)\s+part|in\s+turn|"
           # where a body wrote the words: « a estimé dans un communiqué la Coalition X », "said in a statement the X"
           r"dans\s+(?:un|une|son|sa|leur)\s+(?:communiqué|déclaration|courriel|message|lettre|tribune|note|rapport)"
           r"(?:\s+(?:de\s+presse|publiée?|diffusée?|écrite?|commun|commune|ouverte))?|"
           r"in\s+(?:a|an|its|their)\s+(?:statement|press\s+release|release|letter|message|e-?mail|note|report|submission))")
WHEN_AFTER = re.compile(rf"(?:,?\s+(?:{WHEN}|[a-zà-ÿ]{{3,}}ement(?![\w\-])|(?i:déjà|encore|aussi|également|alors|ensuite|enfin|plus\s+tard|later|"
                         rf"again|also|then|once\s+more)|{MANNER}),?)+(?=\s)")
PLURAL_AFTER = re.compile(r"(?:ont|avaient|auront|[a-zà-ÿ]+(?:ent|ont))-(?:ils|elles)\b|(?:they|ils|elles)\s+(?:\w+\s+)?"
                           r"(?:said|say|told|added|wrote|ont\s+dit|ont\s+déclaré|disent)\b", re.I)
#: the organisation itself after a quotation, in the first person plural: "we wrote", « avons-nous écrit »,
#: « écrivions-nous », « nous avons rappelé »
WE_AFTER = re.compile(r"(?:we\s+(?:(?:have|had|also|then)\s+)?(?:said|say|told|wrote|write|added|warned|stressed|"
                      r"insisted|argued|reminded|noted|pointed\s+out)|(?:avons|avions)-nous\s+[a-zà-ÿ]+[ée]s?|"
                      r"[a-zà-ÿ]+(?:ions|ons)-nous|nous\s+(?:l['\u2019]\s*)?(?:avons|avions)\s+(?:\w+\s+)?"
                      r"(?:dit|écrit|rappelé|souligné|déclaré|répété|ajouté|averti|prévenu)|"
                      # « … » : c'est la demande que nous portons ; "…": this is what we ask of the Parties
                      r"c['\u2019]est\s+(?:(?:la|le|ce|notre|l['\u2019])\s*[a-zà-ÿ]*\s+)?(?:que|qu['\u2019])\s*nous\s+[a-zà-ÿ]+|"
                      r"(?:this|that)\s+is\s+(?:what|the\s+[a-z]+(?:\s+that)?)\s+we\s+(?:ask|want|demand|call|propose|bring|put))\b",
                      re.I)
FOR_LEAD = re.compile(r"^\s*(?i:pour|selon|d['\u2019]apr[eè]s|according\s+to|for)\s+(?P<np>[^,;:\u201c\u00ab\"]{2,80}),")
ADVERBIAL = re.compile(r"\s*(?i:to|with|in|at|on|for|after|before|during|under|amid|à|au|aux|avec|dans|pour|sous|"
                        r"devant|après|avant|pendant|sans|selon|sur|en)\s")
#: an object pronoun before an inverted verb of saying: « nous explique NAME », « me confie NAME »
OBJECT_BEFORE_VERB = re.compile(r"(?:nous|vous|me|m['\u2019]|lui|leur)\s*(?=[a-zà-ÿ])")
#: where the words were published, between an inverted verb and its subject: « a réagi sur X NAME », « a déclaré
#: au micro de la RTBF NAME », « à l’antenne de RFI », "said on social media NAME"
MEDIUM = re.compile(r"\s+(?:(?:sur|on)\s+(?:X|Twitter|Facebook|LinkedIn|Instagram|Bluesky|Mastodon|TikTok|les\s+"
                     r"réseaux\s+sociaux|social\s+media)|(?:au\s+micro|à\s+l['\u2019]antenne|sur\s+les\s+ondes|dans\s+les\s+"
                     r"colonnes|aux\s+journalistes)\s+(?:de\s+la\s+|de\s+l['\u2019]|du\s+|des\s+|de\s+|d['\u2019])"
                     r"(?:[A-ZÀ-Þ][\w\-]*(?:\s+(?=[A-ZÀ-Þ][\w\-]*\s+[a-zà-ÿ]))?)?[\w\-]*|(?:pour|to|à|au)\s+(?:Le|La|Les|The|L['\u2019])"
                     r"\s*[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+)?(?=\s+(?:le|la|l['\u2019]|the|un|une|a|an)\s*[a-zà-ÿ])|"
                     r"(?:au\s+micro|à\s+l['\u2019]antenne|sur\s+les\s+ondes|dans\s+les\s+colonnes)\s+(?:de\s+la\s+|de\s+l['\u2019]|du\s+|des\s+|de\s+|d['\u2019])"
                     r"(?:[A-ZÀ-Þ][\w\-]*(?:\s+(?=[A-ZÀ-Þ][\w\-]*\s+[a-zà-ÿ]))?)?[\w\-]*|(?:à|to)\s+(?:l['\u2019])?(?!(?i:agence|agency)\s)"
                     # (a medium of two or three words, when a first name and a surname then a comma follow it: « a
                     # déclaré à Nordis Presse NAME SURNAME, astronome »)
                     r"[A-ZÀ-Þ][\w\-]+(?:(?:\s+[A-ZÀ-Þ][\w\-]+){1,2}?(?=\s+[A-ZÀ-Þ][\w\-]+\s+[A-ZÀ-Þ][\w\-]+\s*,)|"
                     r"(?=\s+[A-ZÀ-Þ][\w\-]+\s+[A-ZÀ-Þ]))"
                     # « a déclaré à l’Agence Ostrel la secrétaire … », "told the Ostrel agency NAME": a news agency
                     r"|(?:à|au|to)\s+(?:l['\u2019]\s*|the\s+)?(?:(?i:agence|agency)\s+[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+)?"
                     r"(?=\s+(?:le|la|l['\u2019]|les|the|[A-ZÀ-Þ][\w\-]+\s+[A-ZÀ-Þ]))|[A-ZÀ-Þ][\w\-]+\s+(?i:agency|news\s+agency)))(?=\s)")
#: whom the words were said before, between an inverted verb and its subject (« l’a rappelé devant vous … »)
BEFORE_YOU = re.compile(r"\s+(?:devant|before|à|to)\s+(?:vous|nous|eux|you|us|them)(?![\w\-])")
#: a line that signs the quotation above it: "— Liesel Amundsen-Oko, coordinator, Reef Guardians Network"
SIGNATURE = re.compile(rf"\s*[\u2014\u2013][ \t]*{NAMERUN}[^\n]{{0,120}}")
#: whom the words were said to, between an inverted verb and its subject: "a affirmé à la presse NAME",
#: "said to reporters NAME" (lower-case words only, so a place or a name is never skipped)
LISTENER = re.compile(r"\s+(?:à|au|aux|devant|to|before)\s+(?:(?:la|le|les|l['\u2019]|the|des|ses|sa|son|their|"
                       r"its|his|her)\s*)?(?:press|presse|journalistes?|journalists|reporters?|correspondents?|"
                       r"correspondants?|délégués|delegates|plénière|plenary|assemblée|assembly|salle|hall|"
                       r"micro|caméras?|cameras?|auditoire|audience|public|foule|crowd|"
                       r"(?-i:[A-Z]{2,6})|Reuters|Agence\s+France-Presse|Associated\s+Press)\s+(?=[A-ZÀ-Þ])", re.I)
# (a news agency too: « a assuré à l’AFP NAME », "said to Reuters NAME")
_SUFFIX = r"\s+(?=[A-ZÀ-Þ])"
assert LISTENER.pattern.endswith(_SUFFIX)
#: whom, then when the words were said, before the subject: « a déclaré aux journalistes avant la plénière NAME »,
#: "said to reporters on Tuesday NAME"
LISTENER_THEN_WHEN = re.compile(LISTENER.pattern[:-len(_SUFFIX)] + WHEN_AFTER.pattern + r"\s+(?=(?-i:[A-ZÀ-Þ]))", re.I)


#: a named listener between the verb and its subject: "« … », a répondu à Ana Varga le délégué de Lund"
NAMED_LISTENER = re.compile(r"\s+(?:à|to)\s+(?:[A-ZÀ-Þ][\w\-\u2019']+\s+){1,4}(?=(?:le|la|les|l['\u2019]|un|une|the|a|an)"
                             r"(?:\s|(?<=['\u2019])))")

"""A person a paragraph names by one word, a surname or a first name, as the subject of a verb after a fronted time
or place (« Le soir, Okafor est passé au dispensaire », "Later, Okafor came by the shelter") or as the object of a
verb of calling or meeting ("I rang Okafor", « J'ai appelé Ilse »): the pronoun that follows in that paragraph
("He told me: “…”", « Il m'a glissé : « … » ») is that person, for the kit to complete, and never someone named
paragraphs or a heading before. Written for these tests, in the forms of field diaries, features, newsletters,
radio scripts and live blogs. A pronoun whose person the paragraph names in full stays hers.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes, settled_kit

BEFORE_EN = ("Dr Tomas Verhoeven, a hydrologist with the Delta Institute, walked the dyke with us in the morning. "
             "“The water has not finished rising,” he said.")
BEFORE_FR = ("Le docteur Tomas Verhoeven, hydrologue de l'Institut du delta, a longé la digue avec nous le matin. "
             "« L'eau n'a pas fini de monter », nous a-t-il dit.")

EN = [
    ("In the evening, Okafor came by the school where the families sleep. He told me on his way out: "
     "“Tomorrow I launch the appeal, and the first line is for the keepers.”", "Okafor"),
    ("## Tuesday, the lower villages\n\nI rang Okafor in the capital to tell him about the day. He answered "
     "straight away: “Write everything down. The ministers need the names.”", "Okafor"),
    ("That night I phoned Ilse at the relief centre. She said, tired but calm: “We have beds for forty more, "
     "not one more.”", "Ilse"),
]
FR = [
    ("À Marnay, le soir, Okafor est passé au gymnase où dorment les familles. Il m'a glissé en sortant : "
     "« Demain je lance l'appel, et la première ligne sera pour les gardiens. »", "Okafor"),
    ("## Mardi, les villages du bas\n\nJ'ai appelé Okafor à la capitale pour lui raconter la journée. Il m'a "
     "répondu tout de suite : « Écris tout. Les ministres ont besoin des noms. »", "Okafor"),
    ("Le lendemain, j'ai rencontré Ilse au centre d'accueil. Elle m'a dit, fatiguée mais calme : « Nous avons "
     "des lits pour quarante personnes de plus, pas une de plus. »", "Ilse"),
]


def _last(text: str, lang: str):
    return quotes(text, language=lang)[-1]


@pytest.mark.parametrize("para,name", EN)
def test_english_the_one_word_is_the_pronoun_s_person(para, name):
    q = _last(BEFORE_EN + "\n\n" + para, "en")
    assert q.speaker == name, (q.speaker, q.attribution)


@pytest.mark.parametrize("para,name", FR)
def test_french_the_one_word_is_the_pronoun_s_person(para, name):
    q = _last(BEFORE_FR + "\n\n" + para, "fr")
    assert q.speaker == name, (q.speaker, q.attribution)


def test_the_kit_completes_the_surname():
    diary = BEFORE_FR + "\n\n" + FR[0][0]
    release = ("Geneva — Samuel Okafor, the humanitarian coordinator, opened the meeting. “Every siren is a "
               "village we will not dig out,” said Samuel Okafor.")
    qs, _ = settled_kit(("diary", "fr", diary), ("release", "en", release))
    assert qs[-1].speaker == "Samuel Okafor", (qs[-1].speaker, qs[-1].attribution)


@pytest.mark.parametrize("text,lang", [
    # near-misses: the pronoun's person is named in full in its own paragraph; a place after a preposition; a
    # State as the subject
    (BEFORE_EN + "\n\nIn the evening, Okafor came by. Marta Ilves, the shelter's manager, stayed. She told me: "
     "“We have beds for forty more.”", "en"),
    (BEFORE_FR + "\n\nLe soir, nous sommes allés à Marnay. Il nous a glissé : « Demain, la digue tiendra. »", "fr"),
    (BEFORE_EN + "\n\nBy noon, Vardia had sent two pumps, and Vardia was thanked. He told us: “Two pumps will not be "
     "enough.”", "en"),
])
def test_near_misses_keep_their_reading(text, lang):
    q = _last(text, lang)
    assert q.speaker in ("Marta Ilves", "Tomas Verhoeven"), (q.speaker, q.attribution)

"""A quote box's or a "They said" list's entry: a line opening on a full name, then its role and its body after
commas, a colon and the words ("**NAME**, director, Delta Institute: “…”", « **NAME**, vice-ministre de
l'Environnement, Vardie : « … » », "- NAME, mayor of Port Ilse, Ostmark: “…”"). The name is the speaker, the
appositions her role and body: not the body alone, nor the State before the colon read as a name. A body's
name in the same place ("Delta Network, statement of 4 May: “…”") is still the body. Written for these tests,
in the forms of newsletters, live blogs, fact sheets and daily bulletins.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

EN = [
    ("## They said\n\n**Mirela Dancu Hart**, director, Delta Institute: “A river gives you days of warning. "
     "Paperwork takes weeks”", "Mirela Dancu Hart", "Delta Institute"),
    ("## Quotes of the day\n\n**Ana Brel**, minister of health, Vardia: “We will pay the keepers before the "
     "rains”", "Ana Brel", "Vardia"),
    ("Voices from the floor\n\n- Tomas Verhoeven, hydrologist, Delta Institute: “The dyke will hold this "
     "winter, not the next one”", "Tomas Verhoeven", "Delta Institute"),
]
FR = [
    ("## Ils ont dit\n\n**Ana Brel**, vice-ministre de l'Environnement, Vardie : « Une sirène qui n'a jamais "
     "sonné en exercice ne sonnera pas la nuit du drame »", "Ana Brel", "Vardie"),
    ("## Paroles\n\n**Mirela Dancu Hart**, directrice, Institut du delta : « Le fleuve prévient des jours à "
     "l'avance. Les papiers prennent des semaines »", "Mirela Dancu Hart", "Institut du delta"),
]


@pytest.mark.parametrize("text,name,org", EN)
def test_english_box_entry(text, name, org):
    q = quotes(text, language="en")[-1]
    assert (q.speaker, q.organisation) == (name, org), (q.speaker, q.organisation, q.attribution)


@pytest.mark.parametrize("text,name,org", FR)
def test_french_box_entry(text, name, org):
    q = quotes(text, language="fr")[-1]
    assert (q.speaker, q.organisation) == (name, org), (q.speaker, q.organisation, q.attribution)


def test_near_miss_a_body_s_entry_stays_the_body():
    q = quotes("Delta Network, statement of 4 May: “We will pay the keepers”", language="en")[-1]
    assert q.speaker == "" and q.organisation == "Delta Network", (q.speaker, q.organisation)


def test_near_miss_a_place_then_a_sentence_before_the_colon():
    text = ("Le docteur Tomas Verhoeven est monté avec nous. « L'eau monte », nous a-t-il dit.\n\n"
            "À Port Ilse, le soir, Okafor est passé au gymnase. Il m'a glissé, en sortant : « Demain je lance l'appel »")
    q = quotes(text, language="fr")[-1]
    assert q.speaker == "Okafor", (q.speaker, q.attribution)


@pytest.mark.parametrize("text,lang,name", [
    ("Dr. Ama Owusu-Ansah, a physician with the Delta Network, put it simply: “We are counting bodies, not pledges.”",
     "en", "Ama Owusu-Ansah"),
    ("Ana Brel, la cheffe de la délégation ostmarienne, a été claire : « Il n'y a pas de fonds. »", "fr", "Ana Brel"),
])
def test_near_miss_a_sentence_with_its_verb_before_the_colon(text, lang, name):
    q = quotes(text, language=lang)[-1]
    assert q.speaker == name and q.role != "put it simply", (q.speaker, q.role, q.organisation)


def test_near_miss_a_titled_name_keeps_its_reading():
    q = quotes("Minister Ana Brel, in the backgrounder's foreword: “We will pay for every drum ourselves.”",
               language="en")[-1]
    assert q.speaker == "Ana Brel", (q.speaker, q.role)


@pytest.mark.parametrize("text,lang", [
    ("Madam President, when I took office my predecessor gave me one piece of advice: “Never sign anything about a "
     "dam you have not walked.” I have walked forty of them.", "en"),
    ("Monsieur le Président, quand j'ai pris mes fonctions, mon prédécesseur m'a donné un conseil : « Ne signe "
     "jamais rien sur un barrage que tu n'as pas parcouru. »", "fr"),
])
def test_near_miss_an_address_then_a_sentence(text, lang):
    q = quotes(text, language=lang)[-1]
    assert q.speaker in ("",), (q.speaker, q.role)


def test_near_miss_a_wrapped_line_ending_a_sentence():
    text = ("Wednesday's guest, Professor Ana Brel, director of the Delta Institute for\nFlood Research, sent "
            "correspondents a note ahead of her briefing: “Bring your questions, and leave your umbrellas.”")
    q = quotes(text, language="en")[-1]
    assert q.speaker == "Ana Brel", (q.speaker, q.attribution)

"""French typed without accents (« a declare », « a ajoute », « s'est felicitee »), as some plain-text releases
and wire copy are, is read like French with them; and a named person quoting someone the text does not name
(« NAME a cité en anglais un médecin rencontré à l'hôpital : "…" », "NAME quoted a nurse she met: “…”") gives
those words to nobody, not to the person who quotes them. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one, quotes

UNACCENTED_FR = [
    ('Intro.\n\n"Nous sommes la preuve vivante que les vaccins sauvent des vies", a declare Jonas Ferreira-Ruud, '
     "fondateur du Forum.", "Jonas Ferreira-Ruud"),
    ('Intro.\n\n"Le texte est faible, mais il existe enfin", a ajoute Mme Ines Carvalho-Berg devant la presse.',
     "Ines Carvalho-Berg"),
    ("Intro.\n\nLa ministre Ines Carvalho-Berg s'est felicitee du vote : \"C'est une victoire pour les "
     'hopitaux du pays."', "Ines Carvalho-Berg"),
]

CITED = [
    ("en", "Minister Ana Kovac-Reyes quoted a nurse she met in the ward: “We ran out of options on day four.”"),
    ("en", "In her speech, Dr Lena Ostrom-Adu cited a farmer from the valley: “I will change, but not alone and not "
           "at my own cost.”"),
    ("en", "Quoting a delegate who asked not to be named, Jonas Ferreira-Ruud said: “Nobody here wants to be the first "
           "to blink.”"),
    ("fr", "Ferreira-Ruud a aussi cité en anglais un médecin rencontré à l'hôpital : « Nous étions à court "
           "d'options dès le quatrième jour. »"),
    ("fr", "La ministre Ana Kovac-Reyes a cité une infirmière de Corvelle : « Nous lavons nos mains cent fois par "
           "jour. »"),
    ("fr", "Dans son discours, Lena Ostrom-Adu a cite un eleveur de la vallee : « Je veux bien changer, mais pas seul "
           "et pas a mes frais. »"),
]


@pytest.mark.parametrize("text,speaker", UNACCENTED_FR)
def test_french_without_accents_is_read_as_french(text, speaker):
    assert one(text, language="fr").speaker == speaker


@pytest.mark.parametrize("lang,text", CITED)
def test_words_a_named_person_quotes_from_someone_unnamed_are_nobodys(lang, text):
    q = one(text, language=lang, default_organisation="")
    assert (q.speaker, q.attribution) == ("", "unnamed")


def test_the_named_person_still_speaks_after_quoting_someone():
    got = quotes("Ferreira-Ruud a aussi cité un médecin rencontré à l'hôpital : « Nous étions à court d'options. » "
                 "« Ce jour-là, c'est moi qui étais l'option qui manquait », a ajouté Jonas Ferreira-Ruud.",
                 language="fr", default_organisation="")
    assert [q.speaker for q in got] == ["", "Jonas Ferreira-Ruud"]

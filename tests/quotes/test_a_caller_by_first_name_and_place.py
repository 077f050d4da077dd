"""A listener or a reader named by first name and place, as phone-ins, live blogs and letters pages name them
("Tashi in Lower Marnay has texted: “…”", "Maria from Leeds writes: “…”", « Rosa, à Port-Ilse, nous écrit :
« … » »): the first name is the speaker, not the host or the studio guest named in the header, and not the
document. A common noun in the same place ("Officials in Geneva say: “…”", « Tout le monde à Marnay demande :
« … » ») is nobody's name. Written for these tests, in the forms of radio phone-in transcripts, podcasts, live
blogs and newsletters.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

HEADER = "Evening phone-in · Host: Tobias Rennert · Studio guest: Dr Hana Lorre, Delta Institute\n\n"

EN = [
    (HEADER + "HOST: A text message now. Tashi in Lower Marnay has texted: “We left on Sunday night with the goats, "
     "and tonight we are all alive. Leave early, neighbours”.", "Tashi"),
    (HEADER + "HOST: Maria from Leeds writes: “Why does the siren need a signature from the capital?” Doctor?",
     "Maria"),
    ("**14:32** Moses in Kisumu has e-mailed: “The river is already over the road at the market.”", "Moses"),
]
FR = [
    ("ANIMATEUR : Un message maintenant. Rosa, à Port-Ilse, nous écrit : « Dites aux ministres que nous voulons "
     "rentrer, mais pas pour mourir. »", "Rosa"),
    (HEADER + "HOST: Rosa in Port-Ilse writes in French: « Dites aux ministres que nous voulons rentrer. » Doctor?",
     "Rosa"),
]


@pytest.mark.parametrize("text,name", EN)
def test_english_the_caller_s_first_name(text, name):
    q = quotes(text, language="en")[-1]
    assert q.speaker == name, (q.speaker, q.attribution)


@pytest.mark.parametrize("text,name", FR)
def test_french_the_caller_s_first_name(text, name):
    q = quotes(text, language="fr")[-1]
    assert q.speaker == name, (q.speaker, q.attribution)


@pytest.mark.parametrize("text,lang", [
    ("Officials in Geneva say: “The talks will go on.”", "en"),
    ("Everyone in the valley asks: “Who pays the keepers?”", "en"),
])
def test_near_misses_a_common_noun_is_nobody(text, lang):
    q = quotes(text, language=lang)[-1]
    assert q.speaker == "", (q.speaker, q.attribution)

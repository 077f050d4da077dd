"""A deputy introduced by a possessive ("Her deputy, NAME, …", « Son adjoint, NAME, … ») speaks for the body of
the person named last before him, the one the possessive stands for: where that person is a minister whom the
text ties to no body, the deputy gets none from this sentence, never the body of someone named paragraphs before
(a professor's institute). Where the superior's body is given, the deputy still speaks for it. Written for these
tests, in the forms of statements, situation reports and features.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

EN = ("The Delta Institute had measured the dyke moving every hour. Professor Hana Lorre, who directs the Institute, "
      "told me that evening: “The numbers are shouting.”\n\nThe Minister of the Interior, Ana Brel, has told me that "
      "her Government will match every siren. Her deputy, Colonel Tomas Verhoeven, who heads civil protection, was "
      "more blunt: “give me sirens that work in the rain and I will give you empty villages”.")
FR = ("L'Institut du delta mesurait la digue heure par heure. La professeure Hana Lorre, qui dirige l'Institut, m'a "
      "dit ce soir-là : « Les chiffres crient. »\n\nLa ministre de l'Intérieur, Ana Brel, m'a dit que son "
      "gouvernement financerait chaque sirène. Son adjoint, le colonel Tomas Verhoeven, qui dirige la protection "
      "civile, a été plus direct : « donnez-moi des sirènes qui marchent sous la pluie ».")


@pytest.mark.parametrize("text,lang", [(EN, "en"), (FR, "fr")])
def test_the_deputy_is_not_given_an_earlier_person_s_body(text, lang):
    q = quotes(text, language=lang)[-1]
    assert q.speaker == "Tomas Verhoeven" and "Institut" not in q.organisation, (q.speaker, q.organisation)


def test_near_miss_the_superior_s_own_body():
    text = ("The director of the Delta Rescue Network, Ana Brel, opened the session. Her deputy, Tomas Verhoeven, "
            "was more blunt: “give me sirens that work in the rain”.")
    q = quotes(text, language="en")[-1]
    assert q.organisation == "Delta Rescue Network", (q.speaker, q.organisation)

"""An unnamed spokesperson of a body, read back by a pronoun, with an adverb or an object pronoun between the
body's name and the verb ("A spokesman for the X later said …. “…,” he said", « Un porte-parole de la Fondation X
m’a aussi assuré … « … », a-t-il dit »): the body ends at its name, not at the verb. Written for these tests as
wire copy, features, newsletters and live blogs write, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

CASES = [
    ('A spokesman for the Meltwater Network later said the badges had been found. “It was a printing error, not a policy,” he said.',
     'en', 'Meltwater Network'),
    ('A spokeswoman for the Delta Alliance then told reporters the figure was wrong. “It was a printing error,” she said.',
     'en', 'Delta Alliance'),
    ('A spokesman for the Fjord Trust also confirmed the delay. “It was a printing error,” he added.',
     'en', 'Fjord Trust'),
    ('A spokesperson for the Basin Forum quickly explained the change. “It was a printing error,” she said.',
     'en', 'Basin Forum'),
    ('A spokeswoman for the Harbour Agency afterwards told us the site was chosen. “It was a printing error,” she said.',
     'en', 'Harbour Agency'),
    ('A spokesman for the Kessel Institute finally said the report would be reprinted. “It was a printing error,” he said.',
     'en', 'Kessel Institute'),
    ('Un porte-parole du Réseau Delta a ensuite indiqué que les badges avaient été retrouvés. « C’était une erreur d’impression », a-t-il dit.',
     'fr', 'Réseau Delta'),
    ('Un porte-parole du Réseau Delta nous a ensuite dit que les badges étaient là. « C’était une erreur d’impression », a-t-il dit.',
     'fr', 'Réseau Delta'),
    ('Une porte-parole de l’Agence Kessel a plus tard confirmé le retard. « C’était une erreur d’impression », a-t-elle précisé.',
     'fr', 'Agence Kessel'),
    ('Un porte-parole de la Fondation Fjord m’a aussi assuré que le texte serait corrigé. « C’était une erreur d’impression », a-t-il dit.',
     'fr', 'Fondation Fjord'),
    ('Une porte-parole du Forum du bassin a enfin reconnu l’erreur. « C’était une erreur d’impression », a-t-elle dit.',
     'fr', 'Forum du bassin'),
    ('Un porte-parole de l’Institut Kessel lui a alors répondu que le rapport serait réimprimé. « C’était une erreur d’impression », a-t-il ajouté.',
     'fr', 'Institut Kessel'),
]


@pytest.mark.parametrize("text,lang,body", CASES)
def test_the_body_of_an_unnamed_spokesperson_ends_before_the_adverb(text, lang, body):
    q = quotes(text, language=lang, own_voice=False)[-1]
    assert (q.speaker, q.organisation) == ("", body)

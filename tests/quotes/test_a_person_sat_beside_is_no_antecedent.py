"""A person named after "beside" / « à côté de » in a sentence whose subject is a person named before her
("Minister NAME, who signed …, sat down beside Ms NAME2 for the signing. “…,” she said") is where the subject sat,
not whom the next pronoun stands for. A person beside whom nobody named sits, and a subject of the other gender,
are read as before. Written for these tests, in the forms of a bank's release and a French wire.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one

CASES = [
    ("Minister Hinemoa Vaila, who signed the grant agreement a few minutes after the vote, had flown in that "
     "morning and sat down beside Ms Kouyaté-Lima for the signing. “Last year our fishers pulled three pieces of "
     "a rocket stage out of their nets,” she said.", "en", "Hinemoa Vaila"),
    # the same sentence wrapped over a PDF's lines
    ("Minister Hinemoa Vaila, who signed the grant agreement a few minutes after\nthe vote, had flown in that "
     "morning and sat down beside Ms Kouyaté-Lima\nfor the signing. “Last year our fishers pulled three pieces of "
     "a\nrocket stage out of their nets,” she said.", "en", "Hinemoa Vaila"),
    ("La ministre Awa Kanté, arrivée le matin même, s'est assise à côté de Mme Losana Brel pour la signature. « "
     "L'an dernier, nos pêcheurs ont remonté trois débris », a-t-elle déclaré.", "fr", "Awa Kanté"),
]


@pytest.mark.parametrize("text,lang,speaker", CASES)
def test_the_subject_not_the_one_sat_beside(text, lang, speaker):
    assert one(text, language=lang).speaker == speaker


NEAR_MISSES = [
    # nobody named before her in the sentence
    ("The seat beside Ms Losana Brel stayed empty until noon. “We waited for the minister,” she said.", "en",
     "Losana Brel"),
    # a subject of the other gender
    ("Minister Paul Rive sat down beside Ms Losana Brel for the signing. “We waited for this,” she said.", "en",
     "Losana Brel"),
]


@pytest.mark.parametrize("text,lang,speaker", NEAR_MISSES)
def test_near_miss_the_one_beside_still_speaks(text, lang, speaker):
    assert one(text, language=lang).speaker == speaker

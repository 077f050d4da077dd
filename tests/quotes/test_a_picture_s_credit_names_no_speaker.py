"""A picture's credit ("Photo: NAME / Agency.", « Photo : NAME / Agence », "© NAME", « Crédit photo : NAME ») names
who took the picture, not who speaks under it: a pronoun after the caption's words never goes to the photographer.

A caption that opens on the person pictured, with no "/" after her name and no credit's word, keeps her (near-miss).
The sentences are written for these tests, as a newsletter's caption, a feature's photo page and a wire's picture
desk would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one


@pytest.mark.parametrize("text", [
    "*Photo: Tomas Edvardsen-Ruiz / Harbour Coalition. Caption: Ingvar mends his nets on the quay at dawn. "
    "“The fish went north and we stayed,” he says.*",
    f"Photo : Tomas Edvardsen-Ruiz / Agence Littorale. Légende : Ingvar sur le quai, le 3 mars. «{NB}Les "
    f"poissons sont partis au nord, nous sommes restés{NB}», plaisante-t-il.",
    "© Tomas Edvardsen-Ruiz / Harbour Coalition\n\nIngvar on the quay at dawn. “The fish went north and we "
    "stayed,” he said.",
    f"Crédit photo : Tomas Edvardsen-Ruiz. Un pêcheur sur le quai. «{NB}Les poissons sont partis au nord{NB}», "
    f"dit-il.",
])
def test_the_photographer_is_no_one_a_pronoun_means(text):
    q = one(text)
    assert q.speaker != "Tomas Edvardsen-Ruiz", q.speaker


def test_a_caption_that_opens_on_the_person_pictured_keeps_her():
    q = one("Photo: Ana Lindqvar-Moss, 41, a fisher, on the quay at dawn. “The fish went north and we stayed,” "
            "she says.")
    assert q.speaker == "Ana Lindqvar-Moss"


def test_a_numbered_photo_label_before_a_name_and_her_words_keeps_her():
    q = one("Photo 3: Ana Lindqvar-Moss on the quay. “The fish went north and we stayed,” she says.")
    assert q.speaker == "Ana Lindqvar-Moss"

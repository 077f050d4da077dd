"""A short paragraph that only hands over to the words, with a pronoun and a colon (« Elle a ensuite détaillé les
trois demandes de la coalition : », "She then set out the three demands:"), right after a paragraph ending on
a quotation of the person it means, goes on with that person: the quotation over the paragraphs after it is
hers, not left empty, also when the document introduced her on a page before. Another person named in the
hand-over is that person's. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

pytestmark = pytest.mark.abstains  # (the speaker a user sees)

FR = ["Idris Valcourt-Meyer, responsable des politiques de la coalition, a pris la parole à l’ouverture.\n",
      f"\n«{NB}Nous ne venons pas demander une étude de plus, nous venons demander des travaux{NB}», a déclaré "
      f"Mme Valcourt-Meyer devant les délégués.\n\n"
      f"Elle a ensuite détaillé les deux demandes du réseau{NB}:\n\n"
      f"«{NB}D’abord, des laboratoires ouverts le samedi, parce que les familles travaillent la semaine.\n\n"
      f"«{NB}Ensuite, une aide versée avant les travaux, et non après la facture.{NB}»\n"]
EN = ["Idris Valcourt-Meyer, the network's policy lead, spoke at the opening.\n",
      "\n“We are not here to ask for one more study, we are here to ask for repairs,” said Ms Valcourt-Meyer.\n\n"
      "She then set out the two demands:\n\n"
      "“First, laboratories open on Saturdays, because families work during the week.\n\n"
      "“Then, a grant paid before the works, not after the bill.”\n"]


@pytest.mark.parametrize("pages,lang", [(FR, "fr"), (EN, "en")])
def test_the_words_after_her_hand_over_are_hers(pages, lang):
    qs = quotes(pages, language=lang)
    assert [q.speaker for q in qs] == ["Idris Valcourt-Meyer", "Idris Valcourt-Meyer"]
    assert qs[-1].text.startswith(("D’abord", "First"))


def test_a_hand_over_naming_someone_else_is_not_hers():
    pages = [EN[0], EN[1].replace("She then set out the two demands:",
                                  "Then the mayor, Pieter Oduya-Lind, set out his own demands:")]
    assert quotes(pages, language="en")[-1].speaker != "Idris Valcourt-Meyer"


"""A paragraph that is a quotation alone followed by "she added" / « a-t-elle ajouté », right after a paragraph
ending on a quotation of a person the document named in full on a page before ("“…,” Kouyaté-Lima said. ¶ “…,”
she added."), goes on with that person: the pronoun is not left empty. A sentence naming another person after
the previous quotation is read as before. Written for these tests, in the forms of a bank's press releases,
English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

pytestmark = pytest.mark.abstains  # (the speaker a user sees: a pronoun for someone named pages before abstains)

EN = ["“Small island States did not put a single rocket into orbit,” said Losana Kouyaté-Lima, MDB Vice-President "
      "for Infrastructure, who chaired the Board’s review of the project.\n\n"
      "MDB staff said many of those States lack the means to check such notices.\n",
      "\n“We designed the stations so that a technician in Vailo can fix them,” said Sanga, who spent two years "
      "preparing the project.\n\n"
      "Ms Kouyaté-Lima added that the Bank would measure success by the number of warnings issued. “A station "
      "that nobody listens to is a very expensive ornament,” Kouyaté-Lima said.\n\n"
      "“We will publish every warning, and every miss,” she added.\n"]
FR = ["« Les petits États insulaires n’ont jamais lancé de fusée », a déclaré Losana Kouyaté-Lima, vice-présidente "
      "de la BDM, qui a présidé l’examen du projet.\n\n"
      "Selon la BDM, beaucoup de ces États n’ont pas les moyens de vérifier les avis.\n",
      "\n« Nous avons conçu les stations pour qu’un technicien de Vailo puisse les réparer », a déclaré Sanga, qui "
      "a préparé le projet.\n\n"
      "Mme Kouyaté-Lima a précisé que la Banque publierait chaque alerte. « Un réseau qui cache ses erreurs ne "
      "mérite la confiance de personne », a insisté Kouyaté-Lima.\n\n"
      "« Nous publierons chaque alerte, et chaque erreur », a-t-elle ajouté.\n"]


def test_she_added_goes_on_with_the_previous_speaker():
    assert [q.speaker for q in quotes(EN, language="en")][-1] == "Losana Kouyaté-Lima"


def test_a_t_elle_ajoute_goes_on_with_the_previous_speaker():
    assert [q.speaker for q in quotes(FR, language="fr")][-1] == "Losana Kouyaté-Lima"


def test_near_miss_a_sentence_naming_another_person_after_the_previous_quotation():
    text = [EN[0], EN[1].replace("Kouyaté-Lima said.\n\n", "Kouyaté-Lima said. Sione Latu, the minister, then "
                                                             "spoke of the stations' staff.\n\n")]
    assert [q.speaker for q in quotes(text, language="en")][-1] == ""

"""A pronoun after a person the text says it does not name (« une retraitée, qui n'a pas voulu donner son nom »,
"a pensioner who asked not to be named", « un négociateur, qui a requis l'anonymat »), whatever noun the text
gives her, is that unnamed person: nobody, not the woman or man the text named before. Written for these tests,
in English and French, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

NAMED_EN = "“The library opens at nine,” writes Apolline Marchand. "
NAMED_FR = f"«{NB}La médiathèque ouvre à neuf heures{NB}», écrit Apolline Marchand. "

CASES = [
    NAMED_EN + "In the queue, a pensioner of eighty-one, who did not want to be named, fans herself with a "
    "newspaper. “Under my roof it is thirty-four at night,” she says.",                              # feature
    NAMED_EN + "A shopkeeper on the square, who asked not to be named, was less patient. “We close at noon "
    "now,” he said.",                                                                                # wire copy
    NAMED_EN + "\n\n11:20 — A bus driver, speaking on condition of anonymity, waved at the queue. “They come "
    "for the cool air,” he told us.",                                                                # live blog
    NAMED_EN + "One grandmother, who declined to give her name, held a fan. “I sleep here in the afternoon,” "
    "she said.",                                                                                     # newsletter
    NAMED_EN + "A cook from the market, who preferred not to be identified, shrugged. “The kitchen is hell "
    "in July,” he said.",                                                                            # feature
    NAMED_EN + "A retired miner, who did not want to be named, sat by the door. “I come every day,” he said.",
    NAMED_FR + f"Dans la file, une retraitée de quatre-vingt-un ans, qui n’a pas voulu donner son nom, s’évente. "
    f"«{NB}Chez moi, il fait trente-quatre la nuit{NB}», confie-t-elle.",                                # reportage
    NAMED_FR + f"Un commerçant de la place, qui a requis l’anonymat, est moins patient. «{NB}Nous fermons à "
    f"midi{NB}», a-t-il dit.",                                                                         # dépêche
    NAMED_FR + f"\n\n11 h 20 — Un chauffeur de bus, sous couvert d’anonymat, montre la file. «{NB}Ils viennent "
    f"pour la fraîcheur{NB}», nous dit-il.",                                                          # direct
    NAMED_FR + f"Une grand-mère, qui n’a pas voulu être nommée, tient un éventail. «{NB}Je dors ici l’après-midi"
    f"{NB}», dit-elle.",                                                                              # bulletin
    NAMED_FR + f"Un cuisinier du marché, qui a demandé l’anonymat, hausse les épaules. «{NB}La cuisine est un "
    f"enfer en juillet{NB}», lâche-t-il.",                                                            # reportage
    NAMED_FR + f"Une couturière du quartier, qui n’a pas voulu être citée, attend à l’ombre. «{NB}Je viens "
    f"chaque jour{NB}», explique-t-elle.",                                                            # lettre
]


@pytest.mark.parametrize("text", CASES)
def test_a_pronoun_after_someone_the_text_does_not_name_gives_nobody(text):

    qs = quotes(text)
    assert qs[0].speaker == "Apolline Marchand"
    assert qs[-1].speaker == ""

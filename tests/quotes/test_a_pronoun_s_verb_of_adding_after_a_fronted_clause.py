"""A pronoun's verb of adding after a fronted clause ("Switching to French for the reporters, she added: « … »",
« Un peu plus tard, elle a ajouté : « … » ») goes on for the one who spoke in the paragraph just before, as "She
added: “…”" at the sentence's start does, when the paragraph names nobody else before it: not a woman the page
introduced further up.

Near-misses that must not change: a paragraph that names its own speaker keeps her, and "she said" (no verb of
adding) is not read as going on. The sentences are written for these tests, as wire copy, a release and a live
blog would put them.
"""

from __future__ import annotations

import pytest

from .finding import NB, quotes

_FIRST_EN = ("Dr Maria Holt, head of the Lowland Laboratories, told journalists: “Our machines are not the "
             "bottleneck. Couriers are.”\n\n")
_FIRST_FR = (f"La docteure Maria Holt, directrice des Laboratoires du Bas-Pays, a déclaré{NB}: «{NB}Nos machines ne "
             f"sont pas le problème{NB}».\n\n")
_GOES_ON = [
    _FIRST_EN + "Brannick, speaking at the coalition's stand, said the figures would be published every evening. "
                "“If the Parties want to argue with the numbers, they can argue with the mothers,” Brannick said.\n\n"
                "Across the hall, the Vardian delegation was packing its folders. Switching to French for the "
                f"local reporters, she added: «{NB}Un comprimé faux ne se voit pas, il se compte{NB}».",
    _FIRST_FR + f"Brannick, sur le stand de la coalition, a promis des chiffres chaque soir. «{NB}Si les Parties "
                f"veulent discuter les chiffres, qu’elles viennent voir les mères{NB}», a dit Brannick.\n\n"
                f"Dans la salle voisine, la délégation rangeait ses dossiers. Un peu plus tard, devant les caméras, "
                f"elle a ajouté{NB}: «{NB}nous serons là toute la semaine{NB}».",
]


@pytest.mark.parametrize("text", _GOES_ON)
def test_she_added_after_a_fronted_clause_goes_on_for_the_last_speaker(text):
    q = quotes(text)[-1]
    assert q.speaker == "Brannick", (q.speaker, q.attribution)


def test_a_paragraph_that_names_its_own_speaker_keeps_her():
    q = quotes(_FIRST_EN + "Brannick said the figures would be published every evening. “If the Parties want to "
                           "argue, they can argue with the mothers,” Brannick said.\n\nLater, Dr Holt returned to "
                           "the stand. Switching to French, she added: « nous serons là toute la semaine ».")[-1]
    assert q.speaker == "Maria Holt"

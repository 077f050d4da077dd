"""A place between a role and a name, with no comma (« le délégué d’Ysselmarque Joris Vosker », "the delegate of
Ysselmark Joris Vosker"): the place is whom the person speaks for, never the first word of her name. Written
in the forms of several presses (wire, live blog, newsletter, statement, Q&A), in English and French; the
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one, settled_kit

EN = [
    "“We consulted our provinces all night,” said the delegate of Orsk Piet Varga.",
    "The minister of Orsk Piet Varga told reporters: “We consulted our provinces all night.”",
    "The head of delegation of Orsk Piet Varga took the floor after lunch. “We consulted our provinces all "
    "night,” he said.",
    "I listened to the envoy of Orsk Piet Varga on Monday. He told me: “We consulted our provinces all night.”",
    "“We consulted our provinces all night,” the ambassador of Orsk Piet Varga said as he left the room.",
    "At the closing press conference, the representative of Orsk Piet Varga said: “We consulted our provinces "
    "all night.”",
]
FR = [
    f"«{NB}Nous avons consulté nos provinces toute la nuit{NB}», a déclaré le délégué d’Orskie Piet Varga.",
    f"L’ambassadeur de l’Orskie Piet Varga a déclaré{NB}: «{NB}Nous avons consulté nos provinces toute la nuit{NB}».",
    "Le ministre d'Orskie Piet Varga est arrivé tard. « Nous avons consulté nos provinces toute la nuit », "
    "a-t-il dit.",
    f"Avant que le chef de la délégation d’Orskie Piet Varga ne prenne la parole, la salle attendait. «{NB}Nous "
    f"avons consulté nos provinces toute la nuit{NB}», a déclaré Piet Varga.",
    "J’ai rencontré l’envoyé de l’Orskie Piet Varga lundi. Il m’a dit : « Nous avons consulté nos provinces "
    "toute la nuit ».",
    "« Nous avons consulté nos provinces toute la nuit », a expliqué aux journalistes le représentant de "
    "l'Orskie Piet Varga.",
]


@pytest.mark.parametrize("text", EN)
def test_english_place_between_role_and_name(text):
    q = one(text, language="en")
    assert (q.speaker, q.organisation) == ("Piet Varga", "Orsk")


@pytest.mark.parametrize("text", FR)
def test_french_place_between_role_and_name(text):
    q = one(text, language="fr")
    assert (q.speaker, q.organisation) == ("Piet Varga", "Orskie")


def test_a_first_name_after_de_is_no_place():
    q = one("« Nous avons consulté nos provinces toute la nuit », a déclaré Valéry Giscard d'Estaing.", language="fr")
    assert q.speaker == "Valéry Giscard d'Estaing"
    q = one("La fille de Maria Lind Berg a déclaré : « Nous avons consulté nos provinces toute la nuit ».",
            language="fr")
    assert not q.speaker.startswith(("Lind", "Berg", "de"))


def test_the_kit_keeps_the_name_without_its_place():
    wire = ("a", "fr", "Le délégué d’Orskie Piet Varga a pris la parole. « Nous avons consulté nos provinces toute "
                       "la nuit », a-t-il dit.")
    news = ("b", "en", "Orsk’s head of delegation, Piet Varga, spoke last. “Our provinces set their own limits,” "
                       "said Piet Varga.")
    assert [q.speaker for qs in settled_kit(wire, news, organisation="Org") for q in qs] == ["Piet Varga", "Piet Varga"]

"""Words a speech or an interview reports from someone else: the person heard saying them ("I also heard NAME
of X say …:", « j’ai entendu NAME dire : »), and a surname given with whom she speaks for ("I sat with Osei of
Orsk. He told me: “…”"), never the one who heard them or who answers. The sentences are written for these
tests, in the forms of statements, interviews, newsletters and Q&As, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes, settled_kit

SPEAKER = {"default_speaker": "Ardeline Voss", "own_voice": False}
EN = [
    ("Madam President, I also heard Professor Piet Varga of the Kessel Institute say in Lunde yesterday: “Speed is "
     "the one risk every government controls.”", "Piet Varga"),
    ("Last week I listened to Dr Ana Lind explain: “Speed is the one risk every government controls.”", "Ana Lind"),
    ("Piet Varga: I sat with Osei of Orsk on Monday. He told me: “Speed is the one risk every government "
     "controls.”", "Osei"),
    ("We heard Ana Lind, the network’s founder, warn the plenary: “Speed is the one risk every government "
     "controls.”", "Ana Lind"),
    ("A: I watched Piet Varga tell the ministers: “Speed is the one risk every government controls.”", "Piet Varga"),
    ("Yesterday I heard a mayor from the north say: “Speed is the one risk every government controls.”", ""),
]
FR = [
    (f"Madame la Présidente, j’ai aussi entendu le professeur Piet Varga, de l’Institut de Kessel, dire hier{NB}: "
     f"«{NB}La vitesse est le seul risque que chaque gouvernement contrôle.{NB}»", "Piet Varga"),
    ("La semaine dernière, j’ai écouté Ana Lind expliquer : « La vitesse est le seul risque que chaque "
     "gouvernement contrôle. »", "Ana Lind"),
    (f"Piet Varga{NB}: J’ai rencontré Osei, de l’Orskie, lundi. Il m’a dit{NB}: «{NB}La vitesse est le seul "
     f"risque que chaque gouvernement contrôle.{NB}»", "Osei"),
    ("Nous avons entendu Ana Lind, fondatrice du Réseau, prévenir la plénière : « La vitesse est le seul risque "
     "que chaque gouvernement contrôle. »", "Ana Lind"),
    ("R : J’ai vu Piet Varga dire aux ministres : « La vitesse est le seul risque que chaque gouvernement "
     "contrôle. »", "Piet Varga"),
    ("Hier, j’ai entendu un maire du nord dire : « La vitesse est le seul risque que chaque gouvernement "
     "contrôle. »", ""),
]


@pytest.mark.parametrize("text,speaker", EN)
def test_english_words_heard_are_the_speakers_heard(text, speaker):
    assert quotes(text, language="en", **SPEAKER)[-1].speaker == speaker


@pytest.mark.parametrize("text,speaker", FR)
def test_french_words_heard_are_the_speakers_heard(text, speaker):
    assert quotes(text, language="fr", **SPEAKER)[-1].speaker == speaker


def test_a_surname_with_its_state_takes_the_namesake_of_that_state():
    wire = ("a", "en", "Orsk’s head of delegation, Kwame Osei, spoke first. “Our provinces decide,” said Kwame Osei.\n\n"
                       "Lund’s minister, Abena Osei, spoke next. “We will adopt,” said Abena Osei.")
    qa = ("b", "en", "Piet Varga: I sat with Osei of Orsk on Monday. He told me: “Professor, I agree with every slide, "
                     "and I still cannot sign.” I respect that.")
    q = settled_kit(wire, qa)[1][0]
    assert (q.speaker, q.organisation) == ("Kwame Osei", "Orsk")

"""A body's words quoted as its own sentence's predicate, with no verb of saying: « La coalition « veillera à ce
que chaque Partie publie ses saisies » », "The coalition “will not sign a calendar without dates”": the body
said them (the coalition being the release's publisher). Written for these tests, in English and French, as
different writers of releases, newsletters and wire copy put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    "The coalition “will make sure that every Party publishes its seizures”. Its campaign goes on.",
    "The coalition “will not sign a calendar without dates” and says so in every corridor.",
    "Closing day. The coalition “cannot support a heritage exemption for old buildings”.",
    "The Harbour Coalition “remains convinced that a ban without inspectors is a press release”.",
    "In short, the coalition “has no intention of leaving Bellerive empty-handed”.",
    "Newsletter, day 3. The coalition “wants every tin labelled in figures, not adjectives”.",
]
FR = [
    "La coalition « veillera à ce que chaque Partie publie ses saisies ». Sa campagne se poursuit.",
    f"La coalition «{NB}ne signera pas un calendrier sans dates{NB}» et le dit dans chaque couloir.",
    "Dernier jour. La coalition « ne peut pas soutenir une exemption pour les bâtiments anciens ».",
    "La Harbour Coalition « reste convaincue qu'une interdiction sans inspecteurs n'est qu'un communiqué ».",
    "En bref, la coalition « n'a aucune intention de quitter Bellerive les mains vides ».",
    f"Lettre du jour 3. La coalition «{NB}veut que chaque pot porte sa teneur en chiffres{NB}».",
]


@pytest.mark.parametrize("text", EN + FR)
def test_the_publisher_s_words_as_its_predicate_are_the_publisher_s(text):
    [q] = quotes(text, language="fr" if "«" in text else "en")
    assert (q.speaker, q.organisation) == ("", "Harbour Coalition")


@pytest.mark.parametrize("text", [
    "The coalition's survey “Still on the Shelves” tested 1,200 tins.",
    "La campagne « Pas de plomb chez moi » se poursuit.",
    "The “heritage exemption” is still in the draft.",
])
def test_a_name_after_a_noun_is_no_body_s_words(text):
    assert quotes(text, language="fr" if "«" in text else "en") == []

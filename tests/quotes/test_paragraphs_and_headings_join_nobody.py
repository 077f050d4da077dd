"""A pronoun after a person the paragraph introduces, when the heading or paragraph above ends on "X and Y",
and after a surname the publisher's own role introduces ("Our policy lead, NAME,"), in English and French.

"and" / « et » at the end of a heading ("Caldessa and Tirenne") does not make the next paragraph's first
person one of a pair, so "he" goes to her or him, not to a name in the heading; "Our ROLE, SURNAME, says"
opens a sentence on a surname as "Its director, SURNAME, said" does. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

_EN_AFTER_AND = [
    # live blog
    ("## 09:40 — Vardia and Lund\n\nMinister Paul Rand met Lund's envoy, Anna Sule, over coffee. He looked tired. "
     "“We are close, but not there,” he said.", "Paul Rand"),
    # wire copy
    ("TALKS AND TENSIONS\n\nEnvoy Marta Kell met the chair, Jonas Ebbe, on Tuesday. “There is no deal yet,” she told "
     "reporters.", "Marta Kell"),
    # feature
    ("Smoke and mirrors\n\nHenrik Odum received Laura Pine in his office. Later he walked us out. “Numbers are "
     "easy; kitchens are not,” he said.", "Henrik Odum"),
    # newsletter
    ("## Farmers and fishers\n\nOur guest, Ingrid Noll, sat with Mateo Reyes of the Fishers' Union. “The nets come "
     "back empty,” she said.", "Ingrid Noll"),
    # statement
    ("Health and housing\n\nDr Sofia Brand thanked Tomas Lindqvist for his visit. “Every winter costs lives,” she "
     "said.", "Sofia Brand"),
    # Q&A
    ("## Questions and answers\n\nMinister Carlos Vidal spoke after Anna Berg. “We will sign on Friday,” he said.",
     "Carlos Vidal"),
]

_FR_AFTER_AND = [
    ("## 10 h 15 — Vardie et Lund\n\nLe ministre Paul Rand a rencontré l’envoyée de Lund, Anna Sule. « Nous sommes "
     "proches », a-t-il dit.", "Paul Rand"),
    ("NÉGOCIATIONS ET TENSIONS\n\nL’envoyée Marta Kell a croisé le président, Jonas Ebbe, mardi. « Il n’y a pas "
     "encore d’accord », a-t-elle déclaré.", "Marta Kell"),
    ("Fumée et miroirs\n\nHenrik Odum a reçu Laura Pine dans son bureau. « Les chiffres sont faciles, les cuisines "
     "non », a-t-il dit.", "Henrik Odum"),
    ("## Pêcheurs et paysans\n\nNotre invitée, Ingrid Noll, a déjeuné avec Mateo Reyes. « Les filets reviennent "
     "vides », a-t-elle confié.", "Ingrid Noll"),
    ("Santé et logement\n\nLa docteure Sofia Brand a remercié Tomas Lindqvist de sa visite. « Chaque hiver coûte des "
     "vies », a-t-elle dit.", "Sofia Brand"),
    (f"## Questions et réponses\n\nLe ministre Carlos Vidal a parlé après Anna Berg. «{NB}Nous signerons vendredi{NB}»,"
     f" a-t-il dit.", "Carlos Vidal"),
]


@pytest.mark.parametrize("text, who", _EN_AFTER_AND + _FR_AFTER_AND)
def test_and_in_the_heading_above_joins_nobody_to_the_paragraph(text, who):
    q = one(text)
    assert q.speaker == who


_EN_OUR_ROLE = [
    "Our policy lead, Okafor-Lind, says the word to watch is “shall”. “If it holds tonight, families win,” he said.",
    "Our legal adviser, Okafor-Lind, thinks the text is weak. “It binds nobody,” he told the Daily.",
    "Our field coordinator, Okafor-Lind, was in Sarn last week. “The wells are dry,” he said.",
    "Our chief economist, Okafor-Lind, expects a deal. “The money is there,” he added.",
    "My colleague, Okafor-Lind, doubts it. “Nobody will pay,” he said on the phone.",
    "Our spokesman, Okafor-Lind, was blunt on Monday. “This is a step back,” he told reporters.",
]

_FR_OUR_ROLE = [
    "Notre juriste, Okafor-Lind, juge le texte faible. « Il n’oblige personne », a-t-il dit.",
    "Notre coordinateur, Okafor-Lind, était à Sarn la semaine dernière. « Les puits sont vides », a-t-il raconté.",
    "Notre économiste, Okafor-Lind, attend un accord. « L’argent est là », a-t-il ajouté.",
    "Mon collègue, Okafor-Lind, en doute. « Personne ne paiera », a-t-il dit au téléphone.",
    "Notre porte-parole, Okafor-Lind, a été direct lundi. « C’est un recul », a-t-il déclaré.",
    "Ma collègue, Okafor-Lind, reste prudente. « Rien n’est signé », a-t-elle dit.",
]


@pytest.mark.parametrize("text", _EN_OUR_ROLE + _FR_OUR_ROLE)
def test_a_surname_after_our_role_is_the_pronoun_s_person(text):
    q = one(text)
    assert q.speaker == "Okafor-Lind"

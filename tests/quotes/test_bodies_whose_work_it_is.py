"""A person said to lead a body's work ("who led the Institute’s study", "the Network’s campaign officer")
speaks for that body: the body is the name before the possessive, not "Institute’s study", and the kit gives
its full name. The sentences are written for these tests, as wire copy, a feature, a live blog, an
interview, a newsletter and a statement would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

INSTITUTE = "Ostrander Institute for Labour Rights"
NETWORK = "Harbour Network for Clean Rivers"
EN = [
    (f"The {INSTITUTE} published its study on Monday.\n\n“We measured the gap because nobody else would,” said "
     "Priya Hallberg, the senior researcher who led the Institute’s study.", INSTITUTE),
    (f"The {NETWORK} launched its campaign.\n\n“We will walk the whole river,” said Tomas Bereni, who runs the "
     "Network’s campaign.", NETWORK),
    (f"10:00 — The {INSTITUTE} is in the room.\n\n“The numbers are already old,” said Ruth Kamsky, who led the "
     "Institute’s survey.", INSTITUTE),
    (f"Q: What does the {NETWORK} want?\n\nA: Oren Valadez, who coordinates the Network’s petition, told us: "
     "“One register for every river.”", NETWORK),
    (f"In brief: the {INSTITUTE} has a new director.\n\n“Audits are not inspections,” said Ilse Marrow, who "
     "heads the Institute’s field team.", INSTITUTE),
    (f"The {NETWORK} spoke after the vote.\n\n“Nobody asked the fishers,” said Jonas Perrault, who leads the "
     "Network’s legal work.", NETWORK),
]


@pytest.mark.parametrize("text,body", EN)
def test_who_leads_a_bodys_work_speaks_for_that_body(text, body):
    (q,), = settled_kit(("a", "en", text))
    assert q.organisation == body


FR_INSTITUTE = "Institut Ostrander pour les droits du travail"
FR = [
    f"L'{FR_INSTITUTE} a publié son étude lundi.\n\n«{NB}Nous avons mesuré l'écart{NB}», a déclaré Priya "
    f"Hallberg, la chercheuse qui a dirigé l'étude de l'Institut.",
    f"L'{FR_INSTITUTE} est dans la salle.\n\n«{NB}Les chiffres sont déjà anciens{NB}», a dit Ruth Kamsky, qui a "
    f"rédigé le rapport de l'Institut.",
    f"Q{NB}: Que veut l'{FR_INSTITUTE}{NB}?\n\nR{NB}: «{NB}Un registre par rivière{NB}», a répondu Oren Valadez, "
    f"qui coordonne la pétition de l'Institut.",
    f"En bref{NB}: l'{FR_INSTITUTE} a une nouvelle directrice.\n\n«{NB}Un audit n'est pas une inspection{NB}», a "
    f"dit Ilse Marrow, qui dirige l'équipe de terrain de l'Institut.",
    f"L'{FR_INSTITUTE} a réagi après le vote.\n\n«{NB}Personne n'a demandé aux pêcheurs{NB}», a dit Jonas "
    f"Perrault, qui mène le travail juridique de l'Institut.",
    f"L'{FR_INSTITUTE} a lancé sa campagne.\n\n«{NB}Nous marcherons le long de la rivière{NB}», a dit Tomas "
    f"Bereni, qui mène la campagne de l'Institut.",
]


@pytest.mark.parametrize("text", FR)
def test_the_work_of_a_body_is_never_taken_for_the_body(text):
    (q,), = settled_kit(("a", "fr", text))
    assert q.organisation in (FR_INSTITUTE, "")  # the body, or none: never « étude de l'Institut »
    assert q.speaker

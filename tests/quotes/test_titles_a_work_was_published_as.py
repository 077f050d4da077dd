"""What a work was published as is its title, not anyone's words: "The survey, published this morning as “…”,
finds …", « paru sous le titre « … » »; and a reading list's entry that names its publisher and its kind before
the title and its year after, with its bullet or without one as an HTML list gives it (« Cadre de Talvergne, décision « … », 2025. ») is no quotation either.
Written for these tests, in English and French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    "The survey, published this morning as “The quiet siren: warnings that never reach the village, 2030”, finds "
    "that most districts never tested their alarms.",                                                # release
    "KELBY, May 4 (Wire) - The network's audit, released on Monday under the title “Nobody rang the bell in time "
    "for the last mile”, counts 212 silent relays.",                                                 # wire copy
    "Her memoir was printed last spring as “A bell for every valley and a key for every mayor” and sold out in "
    "a week.",                                                                                        # feature
    "10:12 — The atlas, issued as “Forty minutes is all the water gives us now”, is online.",        # live blog
    "Further reading\n\nTidewatch Institute, “Forty minutes is all the water gives us”, 2030.\nHarbour "
    "Coalition, briefing “Why the relay masts still fall every winter”, 2029.\n",                   # newsletter
    "Sources\n\nKessa Water Board, decision “Warnings reach every household within fifteen minutes”, 2025.\n",  # statement
]
FR = [
    f"L’enquête, publiée ce matin sous le titre «{NB}La sirène muette : l’alerte n’arrive jamais au village{NB}», "
    "montre que la plupart des districts n’ont jamais testé leurs sirènes.",                         # communiqué
    f"KELBY, 4 mai (Dépêche) - L’audit du réseau, paru lundi sous le titre «{NB}Personne n’a sonné la cloche à "
    f"temps au dernier kilomètre{NB}», recense 212 relais muets.",                                   # dépêche
    f"Ses souvenirs, parus au printemps sous le nom «{NB}Une cloche pour chaque vallée et une clé pour chaque "
    f"maire{NB}», se sont vendus en une semaine.",                                                   # reportage
    f"10 h 12 — L’atlas, diffusé sous le titre «{NB}Quarante minutes, c’est tout ce que l’eau nous laisse{NB}», "
    "est en ligne.",                                                                                  # direct
    f"Pour en savoir plus\n\nInstitut Tidewatch, «{NB}Quarante minutes, c’est tout ce que l’eau nous laisse{NB}», "
    f"2030.\nCoalition du Port, note «{NB}Pourquoi les relais tombent encore chaque hiver{NB}», 2029.\n",  # bulletin
    f"Sources\n\nCadre de Talvergne, décision «{NB}Vers des alertes pour tous{NB}», 2025.\n",       # déclaration
]


@pytest.mark.parametrize("text", EN + FR)
def test_a_title_is_no_quotation(text):
    assert quotes(text, language="fr" if "«" in text else "en") == []


@pytest.mark.parametrize("text,speaker", [
    ("The report was published on Monday. “We published it as a warning,” said Tomas Erlandsen.", "Tomas Erlandsen"),
    (f"Le rapport est paru lundi. «{NB}Nous l’avons publié comme un avertissement{NB}», a dit Tomas Erlandsen.",
     "Tomas Erlandsen"),
    ("- Harbour Coalition, briefing note: “We will not sign a text without a date,” said Tomas Erlandsen, 2029.",
     "Tomas Erlandsen"),
])
def test_words_said_about_a_publication_stay_quotations(text, speaker):
    assert [q.speaker for q in quotes(text, language="fr" if "«" in text else "en")] == [speaker]

"""A PDF table read cell by cell puts each cell on a line of its own: the header's last cell ("Topic", « Sujet »)
stands right before the first name of the first row. That word is no part of the name, neither where the table
stands nor in the documents that give the surname alone. The tables and sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes, settled_kit

TABLES = [
    # newsletter, "who said what"
    ("en", "Who said what on Tuesday\nSpeaker\nDelegation or organisation\nTopic\nYsolde Olawale\nCastrel\n"
           "finance\nPiet Dunmore\nLorvania\nmonitoring\n\n"),
    ("en", "Contacts for the press\nName\nRole\nContact\nYsolde Olawale\ndeputy minister\n+00 000 000\n\n"),
    ("en", "Today's speakers\nTime\nRoom\nSpeaker\n10:00\nB\nYsolde Olawale\n\n"),
    ("en", "Table 2. Positions\nParty\nPosition\nDelegate\nCastrel\nagainst\nYsolde Olawale\n\n"),
    ("en", "Side events\nTitle\nHost\nPanellist\nRivers first\nCastrel\nYsolde Olawale\n\n"),
    ("en", "Briefing roster\nDay\nBriefer\nMonday\nYsolde Olawale\n\n"),
    ("fr", "Qui a dit quoi mardi\nIntervenant\nDélégation ou organisation\nSujet\nYsolde Olawale\nCastrel\n"
           "financement\n\n"),
    ("fr", "Contacts presse\nNom\nFonction\nTéléphone\nYsolde Olawale\nvice-ministre\n+00 000 000\n\n"),
    ("fr", "Intervenants du jour\nHeure\nSalle\nOratrice\n10 h\nB\nYsolde Olawale\n\n"),
    ("fr", "Tableau 2. Positions\nPartie\nPosition\nDéléguée\nCastrel\ncontre\nYsolde Olawale\n\n"),
    ("fr", "Événements parallèles\nTitre\nHôte\nPanéliste\nLes rivières d'abord\nCastrel\nYsolde Olawale\n\n"),
    ("fr", "Points presse\nJour\nThème\nYsolde Olawale\nfinances\n\n"),
]

PROSE = {"en": "“We are ready to sign if the fund opens in 2029,” Olawale said at the close.",
         "fr": f"«{NB}Nous sommes prêts à signer si le fonds ouvre en 2029{NB}», a déclaré Olawale en fin de séance."}
OTHER = {"en": "“The session is closed for today,” said the chair, Ambassador Joris Wendeln.",
         "fr": f"«{NB}La séance est levée pour aujourd'hui{NB}», a déclaré le président, l'ambassadeur Joris Wendeln."}
CLOSE = {"en": "The session closed at six.\n\n", "fr": "La séance a été levée à 18 heures.\n\n"}
LATER = {"en": "“Ask me on Friday, after the finance text,” Olawale said with a smile.",
         "fr": f"«{NB}Demandez-moi vendredi, après le texte sur les finances{NB}», a souri Olawale."}


@pytest.mark.parametrize("lang,table", TABLES)
def test_the_surname_elsewhere_in_the_kit_takes_the_name_without_the_header_cell(lang, table):
    _table, later = settled_kit(("table", lang, table + CLOSE[lang] + OTHER[lang]), ("wire", lang, LATER[lang]))
    assert later[-1].speaker == "Ysolde Olawale"


@pytest.mark.parametrize("lang,table", TABLES[:1] + TABLES[6:7])
def test_in_the_tables_own_document_the_name_is_the_same(lang, table):
    assert quotes(table + CLOSE[lang] + PROSE[lang] + "\n\n" + LATER[lang])[-1].speaker == "Ysolde Olawale"


def test_a_title_alone_on_its_line_before_a_name_is_not_taken_for_a_table_cell():
    text = ("The meeting was opened by the chair,\nAmbassador\nYsolde Olawale\nof Castrel. “We start on time,” "
            "she said.")
    assert quotes(text)[-1].speaker == "Ysolde Olawale"

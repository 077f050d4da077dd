"""A table read from a PDF cell by cell (one short line a cell) gives no person a header cell as a first name:
"Topic ¶ Marthe Okoro-Lind" is a header over a row, not the person "Topic Marthe Okoro-Lind", so the surname
alone later in the document ("Ms Okoro-Lind", « Mme Okoro-Lind ») takes the name the row gives. The tables and
sentences are written for these tests, in the forms of newsletters, wire copy, fact sheets and live blogs.
"""

from __future__ import annotations

import textwrap

import pytest

from tests.quotes.finding import NB, quotes

INTRO_EN = ("The second day of the meeting opened with a long session on national targets for the use of "
            "medicines in farming, and with a row over who would pay for the change in the poorest regions.")
INTRO_FR = ("La deuxième journée de la réunion s'est ouverte sur une longue séance consacrée aux cibles nationales "
            "pour l'usage des médicaments en élevage, et sur un désaccord au sujet du financement du changement.")


def _pdf_page(heading: str, intro: str, header: list[str], rows: list[list[str]], after: str) -> str:
    """A page as PyMuPDF gives it: paragraphs wrapped at a line width, a heading on its line, table cells one
    line each."""
    lines = textwrap.wrap(intro, 92) + [heading] + header
    for row in rows:
        lines += row
    lines += textwrap.wrap(after, 92)
    return "\n".join(lines)


EN_CASES = [
    (["Speaker", "Body", "Topic"], "Who spoke on Tuesday",
     "“A target without money is a wish,” said Ms Okoro-Lind, who spoke for the growers."),
    (["Name", "Role", "Country"], "Speakers list",
     "Later in the day Ms Okoro-Lind told reporters: “We will sign when the fund is there.”"),
    (["Delegate", "Group", "Position"], "Where they stand",
     "“Nobody in my valley can wait ten years,” Okoro-Lind said in the corridor after the session ended."),
    (["Panellist", "Organisation", "Subject"], "On the panel",
     "Asked about the fund, Dr Okoro-Lind was blunt: “Pay first, and the numbers will follow.”"),
    (["Contact", "Office", "Theme"], "Press contacts",
     "“The farms are ready, the money is not,” Ms Okoro-Lind, the growers’ chair, told the wire service."),
    (["Witness", "Affiliation", "Issue"], "Hearing schedule",
     "In her statement, Mrs Okoro-Lind put it plainly: “We count what we sell, and we sell less.”"),
]

FR_CASES = [
    (["Intervenant", "Organisation", "Sujet"], "Qui a dit quoi mardi",
     f"Mme Okoro-Lind ne lâche rien : «{NB}Sans fonds de transition, nos éleveurs diront non.{NB}»"),
    (["Nom", "Fonction", "Structure"], "Les intervenants",
     f"«{NB}Une cible sans argent n'est qu'un vœu{NB}», a déclaré Mme Okoro-Lind devant la presse."),
    (["Oratrice", "Pays", "Thème"], "À la tribune",
     f"Okoro-Lind, elle, a tranché : «{NB}Payez d'abord, et les chiffres suivront.{NB}»"),
    (["Invitée", "Réseau", "Position"], "Le débat",
     f"«{NB}Nos fermes sont prêtes, l'argent ne l'est pas{NB}», a lancé la docteure Okoro-Lind à la sortie."),
    (["Contact", "Service", "Dossier"], "Contacts presse",
     f"Interrogée sur le fonds, Mme Okoro-Lind a répondu : «{NB}Nous signerons quand le fonds sera là.{NB}»"),
    (["Témoin", "Affiliation", "Enjeu"], "Programme de l'audition",
     f"«{NB}Nous comptons ce que nous vendons, et nous vendons moins{NB}», a rappelé Mme Okoro-Lind."),
]


@pytest.mark.parametrize("header,heading,after", EN_CASES)
def test_a_header_cell_is_no_first_name_en(header, heading, after):
    rows = [["Marthe Okoro-Lind", "Growers Union", "transition fund"], ["Derek Alvar-Moss", "Drug Makers", "incentives"]]
    page = _pdf_page(heading, INTRO_EN, header, rows, after)
    got = [q.speaker for q in quotes(page, language="en")]
    assert got == ["Marthe Okoro-Lind"]


@pytest.mark.parametrize("header,heading,after", FR_CASES)
def test_a_header_cell_is_no_first_name_fr(header, heading, after):
    rows = [["Marthe Okoro-Lind", "Union des éleveurs", "fonds"], ["Derek Alvar-Moss", "Laboratoires", "incitations"]]
    page = _pdf_page(heading, INTRO_FR, header, rows, after)
    got = [q.speaker for q in quotes(page, language="fr")]
    assert got == ["Marthe Okoro-Lind"]

"""A reporter quoted in the article she signed ("“…,” writes NAME in a note to readers", « « … », écrit NAME ») speaks
for the publication the document says it appeared in ("This article first appeared in The X Gazette", « Article
paru dans La Gazette de Y ») or that her by-line gives ("Par NAME, La Gazette de Y"). A by-line with no publication,
or a person quoted who did not sign the article, gets none from it. Written for these tests, in the forms of a
reposted feature, a wire story, a newsletter's reprint, a statement and a briefing.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    # a reposted feature with its note on where it first appeared
    ("The quiet harbour — The Morvane Gazette\n\nReposted with permission. This article first appeared in The "
     "Morvane Gazette on 3 May 2031.\n\nThe quiet harbour\n\nBy Idony Rask-Pellew\n\nAt dawn the boats were still "
     "in. “I came for a treaty and found a harbour,” writes Idony Rask-Pellew in a note to readers.\n",
     "The Morvane Gazette"),
    # a wire story whose by-line gives the outlet
    ("Delegates split on the levy\n\nBy Idony Rask-Pellew, The Morvane Gazette\n\nDelegates argued all night. "
     "“Nobody in the room believed the levy would pass,” Rask-Pellew wrote in her closing dispatch.\n",
     "The Morvane Gazette"),
    # a newsletter's reprint, the note in italics and the by-line after it
    ("## From the press\n\n*This article was first published in The Morvane Gazette.*\n\n*By Idony Rask-Pellew*\n\n"
     "“The harbour is the story, not the hall,” writes Idony Rask-Pellew.\n",
     "The Morvane Gazette"),
]

FR = [
    (f"Le port tranquille\n\nArticle paru dans La Gazette de Morvane du 3 mai 2031, reproduit avec l’autorisation "
     f"du journal.\n\nPar Idony Rask-Pellew, journaliste\n\nÀ l’aube, les bateaux étaient à quai. «{NB}Ici, la "
     f"conférence commence sur le quai{NB}», écrit Idony Rask-Pellew.\n",
     "La Gazette de Morvane"),
    (f"Le port tranquille\n\nPar Idony Rask-Pellew, La Gazette de Morvane\n\n«{NB}Le port, pas la salle{NB}», "
     f"écrit Idony Rask-Pellew dans sa note aux lecteurs.\n",
     "La Gazette de Morvane"),
    # a by-line with the trade, then the outlet and the date
    (f"Au port\n\nPar Idony Rask-Pellew, journaliste — La Gazette de Morvane, 3 mai 2031. Article reproduit avec "
     f"l’autorisation du journal.\n\n«{NB}Le quai se vide à midi{NB}», écrit Rask-Pellew.\n",
     "La Gazette de Morvane"),
]


@pytest.mark.parametrize("text,pub", EN + FR)
def test_the_author_speaks_for_her_publication(text, pub):
    (q,) = quotes(text)
    assert q.speaker in ("Idony Rask-Pellew", "Rask-Pellew")
    assert q.organisation == pub


def test_near_miss_a_byline_with_no_publication_gives_none():
    text = (f"Le port tranquille\n\nPar Idony Rask-Pellew, journaliste\n\n«{NB}Ici, la conférence commence sur le "
            f"quai{NB}», écrit Idony Rask-Pellew.\n")
    (q,) = quotes(text)
    assert q.speaker == "Idony Rask-Pellew"
    assert q.organisation == ""


def test_near_miss_someone_else_in_the_article_keeps_no_publication():
    """A fisher quoted in the reporter's article does not write for the Gazette."""
    text = ("The quiet harbour\n\nThis article first appeared in The Morvane Gazette.\n\nBy Idony Rask-Pellew\n\n"
            "“The boats stay in until the quota is set,” said Tomas Hallvik, a fisher.\n")
    (q,) = quotes(text)
    assert q.speaker == "Tomas Hallvik"
    assert q.organisation == ""


def test_near_miss_a_statement_signed_by_its_speaker_keeps_its_body():
    """A statement the document's body issues keeps the body the text gives its speaker."""
    text = ("Statement on the levy\n\nBy Idony Rask-Pellew\n\n“We support the levy,” said Idony Rask-Pellew, director "
            "of the Harbour Coalition.\n")
    (q,) = quotes(text)
    assert q.organisation == "Harbour Coalition"

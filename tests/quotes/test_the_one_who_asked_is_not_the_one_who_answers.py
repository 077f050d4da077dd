"""A paragraph's last sentence opens on a surname and asks a question of no one named ("SURNAME, who chairs the board,
had asked what a good decision would look like. “…,” she said"; « SURNAME avait demandé ce qu'il fallait
retenir. « … », a-t-elle dit »): the words answer the question, so they are not the asker's, and who answered is
not said: nobody rather than a guess. A quotation that is itself a question stays the asker's. Written for these
tests, in English and French, as policy briefs, features, newsletters, podcasts and live blogs put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

CASES = [
    # a policy brief's authors' comment
    ("We would add a third number, a curfew. Lindqvist put the point to Ferreira when she visited our office in May. "
     "Okafor, who chairs the board, had asked what a good decision would look like. “Full cut-off, and everything "
     "dimmed after midnight,” she said.", "en", "Okafor"),
    # a feature
    ("The room went quiet. Brennan asked whether anyone had counted the birds. “We counted four hundred in one "
     "night,” she said.", "en", "Brennan"),
    # une lettre d'information
    (f"La séance s'est tendue. Kerbrat avait demandé ce qu'il fallait retenir du rapport.{NB}«{NB}Deux chiffres, pas "
     f"un de plus{NB}», a-t-elle dit.", "fr", "Kerbrat"),
]


@pytest.mark.parametrize("text, language, asker", CASES)
def test_the_asker_is_not_given_the_answer(text, language, asker):
    assert quotes(text, language=language)[-1].speaker != asker


@pytest.mark.parametrize("text, language, speaker", [
    # the words are themselves a question: the asker's, as before
    ("Okafor, who chairs the board, asked what a good decision would look like. “Is it a curfew?” she said.", "en",
     "Okafor"),
    # the surname was asked, not asking (a passive, or a participle in apposition): the one asked answers, as before
    ("Tessaro, leaving the session, was asked whether the Agency would name the Parties. “If the Meeting asks us to, "
     "we will,” she said.", "en", "Tessaro"),
    ("Achterberg, asked whether the Inspectorate could cope, laughed. “Nineteen inspectors. Do the arithmetic,” she "
     "said.", "en", "Achterberg"),
    # no question asked: the surname the sentence opens on, as before
    ("The board met on Monday. Okafor, who chairs it, opened the session. “We need two numbers,” she said.", "en",
     "Okafor"),
])
def test_the_asker_s_own_question_and_a_plain_lead_are_unchanged(text, language, speaker):
    assert quotes(text, language=language)[-1].speaker == speaker

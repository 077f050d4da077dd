"""A page that opens on a new sentence's capital after a page that ended its sentence opens a paragraph: the person
it names first is the one its pronoun means, not the person who opened the last paragraph of the page before. A
page that goes on with a word in lower case (a sentence cut by the page) still goes on. The texts are written for
these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

FIRST = "Ruairi Stanbrook"
NEXT = "Ewan Talloway"

CASES = [
    # a conference report
    (f"Delegate 31, {FIRST} (Drosselstrand), said he had no quarrel with the mover. “My worry is that we end up "
     "policing the salt for the employers,” he said.\n",
     f"\n{NEXT} spoke briefly in support. “If we are not at the table, we are on the menu,” he said.\n"),
    # a newsletter's member profiles
    (f"Shift leader {FIRST} has baked at the plant for twelve years. “The dough goes slack without salt,” he says.\n",
     f"The apprentice, {NEXT}, joined in March. “I never knew the old loaf, so this one is the real one,” he says.\n"),
    # une dépêche
    (f"{FIRST}, délégué du Nord, a ouvert le débat. «{NB}Nous voulons un siège à chaque comité{NB}», a-t-il dit.\n",
     f"{NEXT}, délégué de l’Ouest, l’a soutenu. «{NB}Si nous ne sommes pas à la table, nous sommes au menu{NB}», "
     "a-t-il ajouté.\n"),
]


@pytest.mark.parametrize("pages", CASES)
def test_the_new_page_s_person_is_the_one_the_pronoun_means(pages):
    qs = quotes(list(pages), own_voice=False)
    assert [q.speaker for q in qs] == [FIRST, NEXT]


def test_a_sentence_the_page_cut_still_goes_on():
    # near-miss: the page ends mid-sentence, the pronoun is still the paragraph's
    pages = [f"Delegate 31, {FIRST} (Drosselstrand), said he had no quarrel with the mover and thanked",
             f"the chair, {NEXT}, for the time. “My worry is that we end up policing the salt for the employers,” he "
             "said.\n"]
    assert [q.speaker for q in quotes(pages, own_voice=False)] == [FIRST]

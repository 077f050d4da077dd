"""A surname after a title with a gendered article (« la ministre NAME », « le docteur NAME ») says the person's
gender even when the document has already named her in full with an epicene title (a table's « NAME, ministre »,
« NAME, juge »), so that a later « a-t-il assuré » after a man and her goes to him, not to her. Before, the
article was read only for a surname nobody had named in full. Written for these tests, as a newsletter, wire copy,
a live blog and a statement would put them; the near-misses (her own « a-t-elle », and a name given no title at
all) do not change.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

_TABLE = ("| Délégation | Intervenant | Position |\n|---|---|---|\n| Corvelle | Maren Tolsvik, ministre | favorable |\n"
          "| Lanverie | Odran Pellegué, juge | réservé |\n\n")


@pytest.mark.parametrize("text, speaker", [
    # newsletter: the man first, then the woman by her article, then « il »
    (_TABLE + "Le président de la séance, l’ambassadeur Bastien Orrivel, a pris la parole à midi. La ministre "
     f"Tolsvik, elle, a rappelé les chiffres de son pays. «{NB}Aucun navire ne partira sans inspection{NB}», "
     "a-t-il assuré.", "Bastien Orrivel"),
    # wire copy: a « docteure » after the table's « juge » is nobody's here; the woman again, « la présidente »
    (_TABLE + "SAINT-AUBIN, 4 mai (APC) - Le délégué Fulbert Ancenis est arrivé tôt. La présidente Tolsvik a "
     f"ouvert la séance. «{NB}Nous voterons jeudi{NB}», a-t-il déclaré.", "Fulbert Ancenis"),
    # live blog: a man by « le juge » after the table's epicene « juge », then « elle »
    (_TABLE + "**11:05** — L’ambassadrice Iselde Marrou a demandé la parole. Le juge Pellegué, lui, est resté "
     f"assis. «{NB}Le texte n’est pas prêt{NB}», a-t-elle lancé.", "Iselde Marrou"),
])
def test_the_article_before_a_surname_named_in_full_gives_the_gender(text, speaker):
    q = one(text)
    assert q.speaker == speaker, (q.speaker, q.attribution)


@pytest.mark.parametrize("text, speaker", [
    # near-miss: her own pronoun still goes to her
    (_TABLE + "Le président de la séance, l’ambassadeur Bastien Orrivel, a pris la parole à midi. La ministre "
     f"Tolsvik, elle, a rappelé les chiffres de son pays. «{NB}Aucun navire ne partira sans inspection{NB}», "
     "a-t-elle assuré.", "Maren Tolsvik"),
    # near-miss, English statement: "Ms" already said it; unchanged
    ("| Delegation | Speaker |\n|---|---|\n| Corvelle | Maren Tolsvik, minister |\n\nAmbassador Bastien Orrivel "
     "spoke first. Ms Tolsvik then read her figures. “No ship will leave uninspected,” he said.", "Bastien Orrivel"),
])
def test_near_misses_keep_their_speaker(text, speaker):
    q = one(text)
    assert q.speaker == speaker, (q.speaker, q.attribution)

"""Words a named person relays from someone the text does not name are not hers: « une phrase du ministre
ostrandais : « … » » (the « du » holds the article of the one who said it), "quoted a Loskavian official who
had told her that the limit was “…”" (a fragment after "that", with no colon). Nobody is given, never the one who
relays them. Written for these tests, in English and French, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

RELAYED = [
    f"Au détour d’une conversation, Ines Dembel nous a confié qu’elle avait été frappée par une phrase du ministre "
    f"ostrandais{NB}: «{NB}Les semences ne sont pas des logiciels.{NB}»",                              # bulletin
    f"Ines Dembel a retenu une formule du négociateur kaldorien{NB}: «{NB}Un seuil reporté est un seuil perdu.{NB}»",
    f"10 h 15 — Ines Dembel cite les mots des délégués insulaires{NB}: «{NB}Nous n’avons pas dix ans.{NB}»",
    f"Ines Dembel a cité un responsable ostrandais qui lui avait dit en privé que la limite était «{NB}un chiffre "
    f"du nord pour des cuisines du sud{NB}».",                                                        # reportage
    f"Ines Dembel cite une infirmière qui lui a confié que le service était «{NB}à bout de souffle{NB}».",
    f"Entretien. R{NB}: J’ai gardé une phrase du ministre kaldorien{NB}: «{NB}La mer ne négocie pas.{NB}»",
    "Ines Dembel, for her part, quoted a Loskavian official who had told her in private that the limit was “a "
    "northern number for southern kitchens.”",                                                        # feature
    "Wire copy. Ines Dembel quoted a nurse who had told her that the ward was “running on goodwill alone”.",
    "Newsletter. Ines Dembel cited an Ostrandian negotiator who had told her that the text was “a door half "
    "open, and closing”.",                                                                           # newsletter
    "14:30 — Ines Dembel quoted one of the island delegates who said that the deadline was “a luxury for the "
    "dry countries”.",                                                                               # live blog
    "Statement. I quote a farmer who wrote to my ministry that the law was “a padlock on the seed drawer”.",
    "Q&A. A: I was struck by a phrase of an Ostrandian minister: “Seeds are not software.”",
]


@pytest.mark.parametrize("text", RELAYED)
def test_words_relayed_from_someone_unnamed_are_not_the_relayer_s(text):
    assert one(text).speaker == ""

""""and" right after a quotation's closing mark and its comma opens a clause of its own: in "I said that “…”, and
some delegates smiled at this", « NAME a dit que « … », et la salle a ri », the people of that clause did not say
the words (a manner of speaking such as "smiled" reads as an attribution only right after the words). The words
keep the reading of the sentence before them. "“…,” she said, and smiled" is unchanged.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one


def test_a_statement_s_speaker_own_words_before_a_clause_with_and():
    q = one("Mr President, three years ago, in a smaller room of this hall, I said that “a warden who faints at noon is "
            "not weak, he is badly protected”, and some delegates smiled at this.",
            default_speaker="Ondine Carrabé-Sowa")
    assert q.speaker == "Ondine Carrabé-Sowa"


def test_a_wire_s_named_speaker_before_a_clause_with_and():
    q = one("Rosalind Achterberg-Nwosu said on Tuesday that “a weir without a warden is a weir without a rule”, and "
            "the delegates laughed.")
    assert q.speaker == "Rosalind Achterberg-Nwosu"
    q = one(f"Rosalind Achterberg-Nwosu a affirmé mardi qu’«{NB}un barrage sans garde est un barrage sans règle{NB}», "
            f"et la ministre a souri.")
    assert q.speaker == "Rosalind Achterberg-Nwosu"


def test_near_miss_the_attribution_before_and_is_unchanged():
    q = one("“A weir without a warden is a weir without a rule,” Rosalind Achterberg-Nwosu said, and smiled.")
    assert q.speaker == "Rosalind Achterberg-Nwosu"

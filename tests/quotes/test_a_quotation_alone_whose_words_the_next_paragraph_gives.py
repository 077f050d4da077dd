"""A quotation that stands alone in its paragraph, and the next paragraph says whose words they were by a noun
of words: "The line of the morning was from NAME, ROLE", "This quote is from NAME", « Cette phrase est de la
ROLE, NAME, … », « La phrase de la matinée est venue de NAME, … ». Features and releases open on the words and
name the speaker after them; the person the noun phrase names spoke, and where it names nobody (a delegate, a
speech), nobody is named. A quotation that does not open its paragraph keeps the reading it had.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one


def test_an_english_feature_s_line_of_the_morning():
    q = one("“Our wardens carry a salinity meter now, not only a notebook.”\n\n"
            "The line of the morning was from Rosalind Achterberg-Nwosu, head of the Lower Dell fisheries "
            "inspectorate, whose wardens closed nine weirs in August.")
    assert q.speaker == "Rosalind Achterberg-Nwosu"


def test_a_wire_s_quote_is_from():
    q = one("“The weirs will not wait for the next summit.”\n\n"
            "This quote is from Tobiah Kessendorf, the wardens' spokesman, speaking at the door of room C.")
    assert q.speaker == "Tobiah Kessendorf"


def test_a_french_sentence_whose_role_comes_before_the_name():
    q = one(f"«{NB}Nous avons obtenu que les relevés des pêcheurs comptent autant que ceux des satellites.{NB}»\n\n"
            f"Cette phrase est de la ministre malvérienne de la Pêche, Ondine Carrabé-Sowa, biologiste de formation, "
            f"qui a mené la négociation pendant trois nuits.")
    assert q.speaker == "Ondine Carrabé-Sowa"


def test_a_french_newsletter_s_phrase_of_the_morning():
    q = one(f"«{NB}Nos gardes portent maintenant un salinomètre, et pas seulement un carnet.{NB}»\n\n"
            f"La phrase de la matinée est venue de Rosalind Achterberg-Nwosu, cheffe de l’inspection des pêches, "
            f"dont le service a fermé neuf barrages.")
    assert q.speaker == "Rosalind Achterberg-Nwosu"
    q = one(f"«{NB}Le barrage ne fera pas la saison.{NB}»\n\nCes mots sont de Tobiah Kessendorf, porte-parole des "
            f"gardes, à la sortie de la plénière.")
    assert q.speaker == "Tobiah Kessendorf"


def test_words_from_someone_unnamed_or_from_a_text_name_nobody():
    q = one("“The weirs will not wait.”\n\nThe quote is from a delegate who asked us not to print her name.")
    assert q.speaker == ""
    q = one(f"«{NB}Le barrage ne fera pas la saison.{NB}»\n\nLa phrase est d’un pêcheur de la délégation, qui a "
            f"demandé l’anonymat.")
    assert q.speaker == ""


def test_near_miss_a_quotation_inside_a_paragraph_keeps_its_speaker():
    # the quotation does not open its paragraph: the sentence before it attributes it, the next paragraph
    # about a line from someone else does not move it
    q = one("Rosalind Achterberg-Nwosu told the plenary: “Our wardens carry a salinity meter now.”\n\n"
            "The line was from Tobiah Kessendorf's report of 2031, which she has quoted before.")
    assert q.speaker == "Rosalind Achterberg-Nwosu"

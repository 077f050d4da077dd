"""Forms of address, agency verbs and British single quotes, in English and French.

"Son Excellence M. NAME" / "Her Excellency NAME" is a form of address, neither a role nor a name; a
sentence that opens "L’ambassadeur NAME" reads as "l’ambassadeur NAME"; agency copy's verbs ("confided",
« confiait ») and the time that comes between verb and subject (« dans la soirée », "late in the
evening"); "a UN official" is nobody named who speaks for the UN; a sentence in single quotes after a
colon is a quotation; a reading-list title may ask a question; a name inside a title is nobody a
pronoun can mean. The sentences are written for these tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one, quotes


def test_a_form_of_address_is_neither_role_nor_name():
    q = one(f"Son Excellence M. Gaspard Oyelaran-Brisset, ambassadeur de Morvanie, qui préside depuis mars le groupe "
            f"des petits États insulaires et a mené tout l’été les consultations, a déclaré mardi devant la presse : "
            f"«{NB}Les grandes flottes parlent le moins.{NB}»")
    assert (q.speaker, q.organisation) == ("Gaspard Oyelaran-Brisset", "Morvanie")
    q = one("Her Excellency Ambassador Oona Thalberg of Morvania, who has chaired the talks since March, told "
            "reporters: “We will not sign an empty text.”")
    assert (q.speaker, q.organisation) == ("Oona Thalberg", "Morvania")


def test_a_sentence_opening_with_an_elided_title_names_the_person_after_it():
    q = one(f"L’ambassadrice Thalberg l’a dit mieux que moi lundi : «{NB}Nous sommes petits sur la carte, immenses "
            f"sur la mer.{NB}»")
    assert (q.speaker, q.role, q.attribution) == ("Thalberg", "ambassadrice", "named")


def test_agency_verbs_and_the_time_between_verb_and_subject():
    q = one(f"«{NB}Personne ne pensait voir un vote avant 2030{NB}», confiait dans la soirée un fonctionnaire de "
            f"l’Organisation maritime.")
    assert (q.speaker, q.attribution) == ("", "unnamed")
    q = one("“Nobody expected a vote before 2030,” confided a UN official late in the evening.")
    assert (q.speaker, q.attribution, q.organisation) == ("", "unnamed", "UN")
    q = one("“The numbers are worse than anyone admits,” an ICRC delegate said that evening.")
    assert (q.speaker, q.attribution, q.organisation) == ("", "unnamed", "ICRC")


def test_a_sentence_in_single_quotes_after_a_colon_is_a_quotation():
    q = one("An observer from a small delegation, who asked that her country not be named, put it more bitterly: "
            "‘We were promised a seat at the table and given a seat in the gallery.’")
    assert (q.text, q.speaker, q.attribution) == (
        "We were promised a seat at the table and given a seat in the gallery.", "", "unnamed")
    q = one("A: When I met Ambassador Oona Thalberg of Morvania in June, she told me: 'If we wait for consensus, "
            "we will be protecting ruins.' She was right then and she is right now.")
    assert (q.text, q.speaker) == ("If we wait for consensus, we will be protecting ruins.", "Oona Thalberg")
    # a rule in single quotes is no quotation, and an apostrophe closes nothing
    assert quotes("The rule is simple: 'first come, first served' applies to nobody's boats.") == []


def test_a_reading_list_title_may_ask_a_question_and_names_in_titles_are_nobody():
    page = ("Reading list\n\n"
            "“Who Owns the Deep Sea?” (Tarnell Institute for Ocean Law, 2026)\n"
            "“Fair Shares: A Guide to the Agreement” (Fishers Federation, 2027)\n\n"
            "« Qui possède les grands fonds ? » (Institut Tarnell, 2026)\n\n"
            "She asked the room: “Who here has ever counted the boats?”")
    got = quotes(page)
    assert [q.text for q in got] == ["Who here has ever counted the boats?"]
    assert got[0].speaker == ""  # not "Fair Shares"

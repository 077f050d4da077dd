"""A foreman, a forewoman, « le contremaître », « la contremaîtresse » is a trade a press writer gives a person as
her role, as "the nurse" or "the warden" already were: "“…,” the asphalt foreman said" after a paragraph about one
person is that person, as the role noun of any other trade is. A paragraph that names nobody leaves the words to
nobody.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one


def test_a_newsletter_s_foreman_after_his_paragraph():
    q = one("**The quarry crews.** Eamon Rutherglen-Osei has cut stone for twenty summers in the Lower Dell, and he "
            "came to the conference with his own money. “The stone does not wait for the evening,” the quarry "
            "foreman said, standing at the coffee bar.")
    assert (q.speaker, q.role) == ("Eamon Rutherglen-Osei", "quarry foreman")


def test_a_feature_s_forewoman():
    q = one("Ines Cavalcanti-Brugg has run a picking crew in the orchards since 2029. “We start at four, we stop at "
            "eleven, and nobody argues,” the forewoman said.")
    assert q.speaker == "Ines Cavalcanti-Brugg"


def test_a_french_wire_s_contremaitre():
    q = one(f"Eamon Rutherglen-Osei taille la pierre depuis vingt étés dans la vallée. «{NB}La pierre n’attend pas le "
            f"soir{NB}», a dit le contremaître.")
    assert q.speaker == "Eamon Rutherglen-Osei"


def test_near_miss_a_foreman_in_a_paragraph_that_names_nobody():
    q = one("The quarry crews start at four. “The stone does not wait for the evening,” a foreman said.")
    assert q.speaker == ""

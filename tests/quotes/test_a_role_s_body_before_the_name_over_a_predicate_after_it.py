"""A person introduced by a role and its body before her name ("Malvera's Vice-Minister of Fisheries, Dr NAME,",
« La ministre de la Pêche de Malvera, NAME, ») and then by a predicate that names another body ("…, spent the
second morning of the COP in the contact group") speaks for the body before her name: the predicate gives her no
role, so its body is not hers. An apposition after the name that gives a role and a body keeps them.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one


def test_a_newsletter_s_possessive_state_before_the_name():
    q = one("Malvera's Vice-Minister of Fisheries, Dr Ondine Carrabé-Sowa, spent the second morning of the COP in the "
            "contact group. “A gauge on the roof of a harbour office tells you nothing about a weir,” said "
            "Carrabé-Sowa.")
    assert (q.speaker, q.organisation) == ("Ondine Carrabé-Sowa", "Malvera")


def test_a_wire_s_role_of_a_state_before_the_name():
    q = one("The Vice-Minister of Fisheries of Malvera, Ondine Carrabé-Sowa, spent the day at the Summit with the "
            "wardens. “A weir is only as safe as its warden,” Carrabé-Sowa said.")
    assert q.organisation == "Malvera"


def test_a_french_feature_s_role_of_a_state_before_the_name():
    q = one(f"La vice-ministre de la Pêche de Malvera, Ondine Carrabé-Sowa, a passé la matinée de la COP au groupe "
            f"de contact. «{NB}Un barrage ne vaut que par son garde{NB}», a dit Carrabé-Sowa.")
    assert q.organisation == "Malvera"


def test_near_miss_an_apposition_with_a_role_after_the_name_keeps_its_body():
    q = one("The Vice-Minister of Fisheries of Malvera, Ondine Carrabé-Sowa, chair of the Weir Wardens Network, "
            "spoke on Tuesday. “A weir is only as safe as its warden,” Carrabé-Sowa said.")
    assert q.organisation == "Weir Wardens Network"


def test_near_miss_a_state_after_the_name_with_of_is_hers():
    q = one("The President of the Conference, Ambassador Ondine Carrabé-Sowa of Malvera, opened the meeting at 10.05. "
            "“The patience of the presidency is not infinite,” Carrabé-Sowa said.")
    assert q.organisation == "Malvera"

"""A feature or a profile names its subject in full once and then calls her by her first name ("Ilse Marrow,
41, coordinator of the Dune Watch, …. “…,” Ilse says"; « Ilse Marrow, 41 ans, coordinatrice de la Veille des
dunes, …. « … », raconte Ilse »): the first name stands for the one person named in full before with it, as a
surname does. When two people named before share the first name, or nobody was, it stands for nobody. Written
for these tests, in the forms of profiles, features and newsletters.
"""

from __future__ import annotations

from tests.quotes.finding import NB, quotes

EN = ("Ilse Marrow, 41, coordinator of the Dune Watch, does not look like an activist. She arrives with a rake.\n\n"
      "“I found two hundred in the first hour, and I never stopped counting,” Ilse says.\n")
FR = ("Ilse Marrow, 41 ans, coordinatrice de la Veille des dunes, n’a rien d’une militante. Elle arrive avec un "
      f"râteau.\n\n«{NB}J’en ai trouvé deux cents la première heure, et je n’ai jamais arrêté de compter{NB}», "
      "raconte Ilse.\n")


def test_en_first_name_is_the_person_named_in_full():
    (q,) = quotes(EN)
    assert q.speaker == "Ilse Marrow"
    assert q.organisation == "Dune Watch"


def test_fr_first_name_is_the_person_named_in_full():
    (q,) = quotes(FR)
    assert q.speaker == "Ilse Marrow"


def test_near_miss_two_people_share_the_first_name():
    text = ("Ilse Marrow, 41, coordinator of the Dune Watch, and Ilse Brandt, a retired teacher, came together.\n\n"
            "“I found two hundred in the first hour, and I never stopped counting,” Ilse says.\n")
    (q,) = quotes(text)
    assert q.speaker not in ("Ilse Marrow", "Ilse Brandt")


def test_near_miss_first_name_before_the_full_name_is_nobody_named_before():
    text = ("“I found two hundred in the first hour, and I never stopped counting,” Ilse says.\n\n"
            "Later, at the harbour, we met Ilse Marrow, 41, coordinator of the Dune Watch, and Tomas Hale.\n")
    qs = quotes(text)
    assert qs and qs[0].speaker != "Ilse Marrow"

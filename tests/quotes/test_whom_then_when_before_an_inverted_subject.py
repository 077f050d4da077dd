"""Between an inverted verb of saying and its subject, whom the words were said to and then when (« a déclaré aux
journalistes avant la plénière NAME », "said to reporters on Tuesday NAME") are both skipped to reach the subject,
as each was alone. "a déclaré aux journalistes avant la plénière la directrice" names nobody, as before.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one


def test_a_french_release_s_whom_then_when():
    q = one(f"«{NB}Nous avons compté les noyés de trois étés sur les barrages{NB}», a déclaré aux journalistes avant la "
            f"plénière Ondine Carrabé-Sowa, directrice exécutive de la coalition, qui a passé l’été sur les rives.")
    assert (q.speaker, q.role) == ("Ondine Carrabé-Sowa", "directrice exécutive")


def test_a_french_wire_s_whom_then_the_day():
    q = one(f"«{NB}Le barrage ne fera pas la saison{NB}», a affirmé à la presse mardi soir Tobiah Kessendorf, "
            f"porte-parole des gardes.")
    assert q.speaker == "Tobiah Kessendorf"


def test_an_english_wire_s_whom_then_when():
    q = one("“We counted the drowned of three summers on the weirs,” said to reporters on Tuesday Ondine Carrabé-Sowa, "
            "executive director of the coalition.")
    assert q.speaker == "Ondine Carrabé-Sowa"


def test_near_miss_a_role_alone_after_whom_and_when_names_nobody():
    q = one(f"«{NB}Nous avons compté les noyés de trois étés sur les barrages{NB}», a déclaré aux journalistes avant la "
            f"plénière la directrice.")
    assert q.speaker == ""

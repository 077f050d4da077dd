"""A sports club's people, and someone unnamed named by a place (round 53, read on the `sachet/` half's misses). The
sentences are written for these tests, in the forms a football federation's programme, a local TV station's
transcript and a supporters' coalition's release use.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one

_PROGRAMME = ("Official match-day programme · FC Vellmar v SC Aunebrig · Sunday 18 November 2040\n\n"
              "Welcome to the last derby before the treaty meeting comes to town.\n\n")


def test_club_captain_speaks_for_the_club_the_programme_names():
    q = one(_PROGRAMME + "Club captain Jonah Kosmal, who has made 212 appearances, wrote: “My dad stood on that "
                         "terrace. I want my daughter to stand there too.”")
    assert q.speaker == "Jonah Kosmal" and q.organisation == "FC Vellmar"


def test_near_miss_the_federation_s_own_name_holding_club_is_not_the_club():
    q = one("Official programme of the Continental Federation of Club Football · FC Vellmar v SC Aunebrig\n\n"
            "FC Vellmar hosts the derby. Club captain Jonah Kosmal wrote: “My dad stood on that terrace.”")
    assert q.organisation == "FC Vellmar"


def test_a_coach_is_a_title_before_the_name():
    q = one(_PROGRAMME + "Coach Idriss Belcas-Moreau told the fans: “Come early, find the exits, and sing.”")
    assert q.speaker == "Idriss Belcas-Moreau"


def test_the_one_who_told_her_in_a_when_clause_is_unnamed():
    q = one(f"Amblard-Touss a raconté la nuit où un steward d'Aunebrig lui a confié : «{NB}Personne ne m'a jamais "
            f"appris où étaient les clés{NB}».")
    assert q.speaker == "" and q.attribution == "unnamed"


def test_a_family_from_a_place_is_nobody_named():
    q = one(f"Une famille de Hallmarken, qui témoigne dans notre rapport : «{NB}Notre fils est allé au match à seize "
            f"ans et il n'est pas rentré{NB}».")
    assert q.speaker == ""


def test_a_captain_at_an_airport_works_there_and_speaks_for_no_place():
    q = one(f"«{NB}Nous manquons de mousse sans fluor{NB}», a dit Joaquín Ardevo, capitaine à l’aéroport de Halmstad.")
    assert q.speaker == "Joaquín Ardevo" and "Halmstad" not in q.organisation


def test_near_miss_a_foreman_from_a_company_speaks_for_it():
    q = one("A: Once. A foreman from Corrivan Aquafarms told us at the gate: “the ponds are legal”.")
    assert q.organisation == "Corrivan Aquafarms"

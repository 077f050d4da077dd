"""A headline's quotation repeated below as someone's line, a treaty secretariat named with a possessive, a body
before a French clitic, a plant one works at (round 54, read on the `billfold/` half's misses). The sentences are
written for these tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one


def test_a_headline_the_standfirst_repeats_as_his_line_is_his():
    text = ("Northline News — Interview: Teodor Wynnegard, Spark Watch Coalition\n\n"
            "“A battery in a bin is a fire with a timer we cannot see”\n\n"
            "Teodor Wynnegard has spent three winters on the floors of sorting plants, where he is policy lead. He "
            "repeats the line he has used all week: a battery in a bin is a fire with a timer we cannot see.")
    q = one(text)
    assert q.speaker == "Teodor Wynnegard" and q.attribution == "named"


def test_a_french_interview_headline_repeated_below_is_the_interviewee_s():
    text = (f"Télé Vallisse · Entretien · 12 février 2041\n\n«{NB}On n’éteint pas une batterie, on attend qu’elle ait "
            f"fini{NB}»\n\nLe lieutenant-colonel Éloi Darbuzon dirige le service d’incendie de Castramar. Il répète "
            "devant notre caméra la phrase qu’il sert à chaque recrue : on n’éteint pas une batterie, on attend "
            "qu’elle ait fini.")
    assert one(text).speaker == "Éloi Darbuzon"


def test_near_miss_a_headline_nobody_repeats_is_nobody_s():
    text = ("“A battery in a bin is a fire with a timer”\n\nThe Parties met for the first time on Monday. Teodor "
            "Wynnegard, policy lead, handed out leaflets.")
    assert one(text).speaker == ""


def test_the_executive_secretary_of_the_convention_s_secretariat_speaks_for_the_secretariat():
    q = one("“Nobody should wait three years for a collection point,” said Dr Marisol Quenby, executive secretary "
            "of the Convention’s Secretariat.")
    assert q.organisation == "Convention Secretariat"


def test_a_body_before_a_french_clitic_keeps_its_name():
    q = one(f"Selon son rapport, la batterie brûle vite. La Coalition y décrit la batterie comme «{NB}le passager "
            f"clandestin de chaque benne{NB}».")
    assert q.organisation in ("Coalition", "Harbour Coalition")


def test_a_plant_he_works_at_is_no_body():
    q = one("“You learn to smell them before you see them,” said Arnor Velde, a team leader at the Haldersund plant "
            "in Ebbrand.")
    assert q.speaker == "Arnor Velde" and "Haldersund" not in q.organisation


def test_a_quote_of_the_day_from_an_operator_and_her_town_names_no_body():
    q = one("## Quote of the day\n\n“If you find a battery in the compost, you have already found the next fire.” — "
            "Sunniva Skarvold, sorting-line operator, Haldersund")
    assert q.speaker == "Sunniva Skarvold" and q.organisation == ""


def test_near_miss_a_minister_and_his_state_after_the_portfolio():
    q = one("“We will count every fire.” — Hallvard Skarvold, minister of the interior, Ebbrandia")
    assert q.organisation == "Ebbrandia"


def test_the_state_another_document_s_role_gives_is_whom_he_speaks_for():
    from tests.quotes.finding import settled_kit
    wire = ("w", "fr", f"«{NB}Nous agirons avant la fin de l’année sur chaque batterie{NB}», a déclaré Oskar Veldt, "
                       "ministre de l’Intérieur de la Castramarie. Éloi Darbuzon, chef des sapeurs-pompiers "
                       "castramariens, était présent.")
    tv = ("t", "fr", f"Le lieutenant-colonel Éloi Darbuzon a été clair : «{NB}On n’éteint pas une batterie, on attend "
                     f"qu’elle ait fini{NB}».")
    assert settled_kit(wire, tv)[1][0].organisation == "Castramarie"


def test_a_column_s_headline_name_after_its_heading_line_is_the_speaker():
    text = ("Two views of the same conveyor\nKallward: “Nobody needs to invent\nanything”\nKallward does not believe "
            "the industry needs a new invention. “Everything in paragraph 5 is on\nsale today,” she said.\n\n"
            "Ines Kallward, a fire engineer at the Tarnlow Institute, has tested the cameras under dust and steam.")
    assert quotes_of(text)[0].speaker.endswith("Kallward")


def test_its_general_secretary_under_a_headline_naming_him_is_him():
    text = ("## Corrigan: “Our members are not a fire brigade”\n\n"
            "The waste workers’ federation took its banner to the door of the plenary hall at eight. “We sort what "
            "others throw away. We will not burn for it as well,” its general secretary told the delegates.")
    assert [q.speaker for q in quotes_of(text)] == ["Corrigan", "Corrigan"]


def test_near_miss_an_answer_s_initials_are_no_one_a_headline_is_repeated_by():
    text = (f"# «{NB}Nos machines attendent les échantillons{NB}»\n\n**A. V. :** Nos machines attendent les "
            "échantillons, c’est tout.")
    assert all(q.speaker != "A. V." for q in quotes_of(text))


def quotes_of(text):
    from tests.quotes.finding import quotes
    return quotes(text)


def test_a_role_opening_the_paragraph_under_a_french_headline_is_its_person_as_sure_as_a_pronoun():
    text = (f"## Corrigan : «{NB}Le tapis de tri n’est pas un extincteur{NB}»\n\n"
            f"Le secrétaire général de la Fédération des travailleurs du tri a ouvert la matinée des syndicats. «{NB}Nos "
            f"adhérents trient à la main ce que les fabricants refusent de reprendre{NB}», a-t-il lancé.")
    assert [q.speaker for q in quotes_of(text)] == ["Corrigan", "Corrigan"]


def test_near_miss_a_place_s_name_hyphenated_across_lines_is_no_headline():
    text = ("7. Ambassador Lagi Seumalu of Malotava, whose country hosts one of the new stations, told the opening "
            "session in Port-\nSanara: “We are not asking anyone to stop launching.”")
    q = quotes_of(text)[0]
    assert q.speaker == "Lagi Seumalu" and q.organisation == "Malotava"

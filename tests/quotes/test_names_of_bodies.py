"""Bodies and the people who speak for them, as English and French press copy names them.

An organisation whose name holds a plural possessive ("Children's Health Watch", "Fishers' Relief
Network") is one name, never a possessive before a person; an acronym in brackets after a name is no part
of it; "adviser to X" speaks for X; a State's ministry is the State speaking; an adverb ("Even", « Même »)
or a participle (« Venue de … ») that opens a sentence is nobody's first name. The sentences are written
for these tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one, quotes


def test_an_organisation_named_with_a_plural_possessive_is_one_name():
    q = one("“We find lead in every sample we take,” said Dr Anna Weber of Mothers' Clean Air Network.")
    assert (q.speaker, q.organisation) == ("Anna Weber", "Mothers' Clean Air Network")
    q = one("Dr Anna Weber, medical adviser to Children’s Health Watch, presented the study on Monday. “We find "
            "lead in every sample we take,” she said.")
    assert (q.speaker, q.role, q.organisation) == ("Anna Weber", "medical adviser", "Children’s Health Watch")
    q = one(f"La Dre Anna Weber, conseillère médicale de Children's Health Watch, qui a coordonné l'étude, résume "
            f":{NB}«{NB}Ce que nous mesurons chez les enfants, ce sont les additifs{NB}».")
    assert (q.speaker, q.role, q.organisation) == ("Anna Weber", "conseillère médicale", "Children's Health Watch")


def test_a_possessive_before_a_person_or_a_role_stays_a_possessive():
    q = one("“We will not sign a text without a number,” said Norvia's Paul Mensah.")
    assert q.speaker == "Paul Mensah"
    q = one("Norvia's deputy minister, Paul Mensah, arrived late. “We will not sign a text without a number,” "
            "he said.")
    assert (q.speaker, q.organisation) == ("Paul Mensah", "Norvia")


def test_an_acronym_in_brackets_is_no_part_of_the_name():
    q = one("Rahel Lind, head of the United Nations Ocean Programme (UNOP), opened the plenary. “Fishing "
            "budgets now go to patrols,” she said.")
    assert q.organisation == "United Nations Ocean Programme"
    q = one(f"Rahel Lind, directrice du Programme des Nations unies pour les océans (PNUO), a ouvert la "
            f"plénière. «{NB}Les budgets de la pêche vont aux patrouilles{NB}», a-t-elle dit.")
    assert q.organisation == "Programme des Nations unies pour les océans"


def test_a_reaction_is_a_verb_of_saying():
    q = one("“The children of fishers are the first exposed and the last consulted,” reacted Anna Weber of "
            "Reef Watch.")
    assert (q.speaker, q.organisation) == ("Anna Weber", "Reef Watch")
    q = one(f"«{NB}Les enfants des pêcheurs sont les premiers exposés{NB}», a réagi Anna Weber, militante de "
            f"Veille océans.")
    assert (q.speaker, q.role, q.organisation) == ("Anna Weber", "militante", "Veille océans")


def test_a_day_before_its_month_at_a_line_end_does_not_make_a_heading():
    q = one("The Ministry of Foreign Affairs of Norvia put the question to us in its note verbale of 2\n"
            "November: “Small economies cannot fish their way out of a problem they did not create.” We agree.")
    assert (q.speaker, q.organisation) == ("", "Norvia")
    q = one("Reef Watch Daily · Issue 2\nLind: “No State should hold a veto over its own inspection”\n\n"
            "Ambassador Rahel Lind of Norvia spoke for the coastal States.")
    assert q.speaker == "Rahel Lind"


def test_an_adverb_or_a_participle_that_opens_a_sentence_is_nobodys_name():
    q = one("Even the Ocean Secretariat admits it in its note: “the data on the exposure of coastal people "
            "remain patchy”.", known_organisations=["Ocean Secretariat"])
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", "Ocean Secretariat")
    q = one(f"Même le Secrétariat des océans l'écrit dans sa note{NB}: «{NB}les données sur l'exposition des "
            f"populations côtières restent lacunaires{NB}».", known_organisations=["Secrétariat des océans"])
    assert (q.speaker, q.attribution, q.organisation) == ("", "organisation", "Secrétariat des océans")
    q = one(f"Venue de Norvie avec une délégation de douze personnes, l'ambassadrice Anna Weber a croisé mercredi le "
            f"président du comité, Paul Mensah. «{NB}Monsieur le Président, nous avons apporté un chiffre{NB}», lui "
            f"a-t-elle lancé.")
    assert (q.speaker, q.role) == ("Anna Weber", "ambassadrice")


def test_an_organisations_name_before_a_role_in_lower_case():
    q = one("“We were not surprised in the least by the tone of that reply,” said Anna Weber, the Reef Watch "
            "coordinator.")
    assert (q.speaker, q.role, q.organisation) == ("Anna Weber", "coordinator", "Reef Watch")
    q = one(f"«{NB}Nous n'avons pas été surpris le moins du monde{NB}», a dit Anna Weber, la coordinatrice de Reef "
            f"Watch.")
    assert (q.speaker, q.role, q.organisation) == ("Anna Weber", "coordinatrice", "Reef Watch")
    q = one("“We were not surprised in the least,” said Anna Weber, the Norvian ambassador.")
    assert q.organisation != "Norvian"  # an adjective of a State is no organisation's name


def test_a_role_carried_to_the_next_quotation_keeps_no_quotation_mark():
    got = quotes("“We will not sign a blank page,” the minister, Jonas Lund, told reporters. “And nobody here "
                 "should.”")
    assert [(q.speaker, q.role) for q in got] == [("Jonas Lund", "minister"), ("Jonas Lund", "minister")]

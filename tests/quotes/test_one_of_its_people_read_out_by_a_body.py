"""Someone unnamed who is "one of its" people, whose words a body reads out or relays: « Le syndicat a lu le
témoignage d’un de ses pêcheurs : « … » », « Le témoignage d’une de ses sages-femmes a été lu en séance : « … » »,
« Un de ses collègues, qui n’a pas souhaité être nommé, a témoigné : « … » », "The union read out the testimony of
one of its skippers: “…”". Nobody is named; the body is the one the clause's subject names, or the body of the
person who reads them out, or, in a body's own release with neither, the release's body. Someone's possessive
with no body known, and "one of its" in another writer's article with no body before it, give nothing. The
sentences are written for these tests, in the forms of a wire story, a feature, a release, a briefing and a
newsletter.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

UNION = "Syndicat des dockers de Port-Aven"

CASES = [
    # a French release: the body as the clause's subject reads the testimony out
    (f"COMMUNIQUÉ — {UNION}\n\nLe syndicat a lu en séance le témoignage d’une de ses adhérentes{NB}: «{NB}On ne "
     f"rentre plus avant la nuit, et personne ne compte ces heures-là.{NB}»\n", UNION, {"default_organisation": UNION}),
    # a French release: the testimony is the subject, read in the passive
    (f"COMMUNIQUÉ — {UNION}\n\nLe {UNION} demande des abris sur les quais. Le témoignage d’un de ses grutiers, lu à "
     f"la tribune sans que son nom soit donné, a fait taire la salle{NB}: «{NB}J’ai vu la grue plier sous le vent "
     f"et personne n’a arrêté le chantier.{NB}»\n", UNION, {"default_organisation": UNION}),
    # a French release: « Un de ses collègues » opens the sentence, after one of the body's people
    (f"COMMUNIQUÉ — {UNION}\n\nYannick Morvézen, grutier du syndicat, est venu à vélo. Un de ses collègues, qui "
     f"n’a pas souhaité être nommé, a témoigné par un message lu par la secrétaire{NB}: «{NB}Je répare les "
     f"treuils le soir, après mon autre travail.{NB}»\n", UNION, {"default_organisation": UNION}),
    # a wire story: the union named as the subject, in another writer's copy
    ("PORT AVEN, May 4 (Colporte) - The Lowmoor Fishers' Union read out the testimony of one of its skippers, who "
     "was not named: “The quota was gone by March and the boats stayed tied up all summer.”\n",
     "Lowmoor Fishers' Union", {"own_voice": False}),
    # a feature in French: the federation as the subject, « a ensuite lu »
    (f"Sur le quai, la colère ne retombe pas. La Fédération des sages-femmes rurales a ensuite lu le témoignage "
     f"d’une de ses adhérentes{NB}: «{NB}J’ai accouché une femme à la lampe frontale, faute de courant.{NB}»\n",
     "Fédération des sages-femmes rurales", {"own_voice": False}),
    # a newsletter: the body by its short form in its own newsletter, one of its volunteers
    ("Harbour Coalition members' newsletter, March\n\nThe Coalition then read out a letter from one of its "
     "volunteers, who asked not to be named: “We carried the nets back by hand because the van never came.”\n",
     "Harbour Coalition", {}),
    # a briefing: the testimony read in the passive in the body's own briefing
    ("Briefing note of the Harbour Coalition\n\nThe testimony of one of its wardens was read to the plenary "
     "without her name: “Every spring the water comes higher up the steps of the school.”\n",
     "Harbour Coalition", {}),
    # a release: the body's head reads out one of her people's words: her body
    ("Harbour Coalition — press release\n\n“We will not leave without a date,” said Ines Varga-Holt, director of the "
     "Harbour Coalition. Varga-Holt then read out the testimony of one of her wardens: “The sea wall has not been "
     "mended since my daughter was born.”\n", "Harbour Coalition", {}),
]


@pytest.mark.parametrize("text,org,kw", CASES)
def test_one_of_its_people_speaks_for_its_body(text, org, kw):
    qs = [q for q in quotes(text, **kw) if q.speaker == ""]
    assert qs, [q.text for q in quotes(text, **kw)]
    assert (qs[-1].speaker, qs[-1].organisation) == ("", org)


def test_near_miss_one_of_her_people_of_no_known_body():
    # a retired teacher reads out one of her former pupils' words in a wire story: no body is plain
    text = ("KELLMOUTH, June 2 (Colporte) - Mara Quennell, a retired teacher, read out the testimony of one of her "
            "former pupils: “Nobody told us the river would rise that night.”\n")
    (q,) = quotes(text, own_voice=False)
    assert (q.speaker, q.organisation) == ("", "")


def test_near_miss_one_of_its_in_another_writer_s_copy_with_no_body_before():
    text = ("KELLMOUTH, June 2 (Colporte) - The testimony of one of its rangers was read out without her name: "
            "“The fences come down every winter and nobody pays to put them up.”\n")
    (q,) = quotes(text, own_voice=False)
    assert q.organisation == ""


def test_near_miss_a_named_person_keeps_her_own_body():
    # "one of its" people beside a named speaker changes nothing for her
    text = (f"COMMUNIQUÉ — {UNION}\n\n«{NB}Nous voulons des abris{NB}», a déclaré Yannick Morvézen, secrétaire du "
            f"{UNION}, qui a lui-même travaillé avec un de ses grutiers pendant dix ans.\n")
    (q,) = quotes(text, default_organisation=UNION)
    assert (q.speaker, q.organisation) == ("Yannick Morvézen", UNION)


def test_near_miss_their_people_of_a_plural_subject_in_the_body_s_own_fact_sheet():
    # "their" is the donors', not the fact sheet's body, even in its own voice
    text = ("Fact sheet of the Harbour Coalition\n\nFour States have pledged. Several lenders still hesitate; one "
            "of their envoys described the plan to the Coalition as “a levy on the poor dressed up as a fund”.\n")
    (q,) = quotes(text)
    assert q.organisation != "Harbour Coalition"

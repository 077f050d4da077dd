"""Interview answers that quote someone else, reading lists whose titles ask a question, and a State's
name followed by a verb. The interviewee is the speaker of her answer's quotations only when nobody else
is said to speak in them: "she used to say" in an answer is the grandmother's, not the interviewee's; a
title in an answer is nobody's. The sentences are written for these tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one, quotes

#: an interview as the Markdown and HTML readers give it (headings and bold marks gone)
INTERVIEW = "Interview: Maren Holt, director of Reef Watch\n\nQ: {q}\n\nA: {a}\n"


def test_a_quotation_in_an_answer_said_by_someone_else_is_not_the_interviewees():
    q = one(INTERVIEW.format(q="Where does your conviction come from?", a="From my grandmother, honestly. She kept "
            "every jar and every string, and she used to say, “A thing you throw away has only gone somewhere else.” "
            "I understood it much later."))
    assert q.speaker == ""
    q = one(INTERVIEW.format(q="D'où vient votre conviction ?", a=f"De ma grand-mère. Elle gardait chaque bocal, et "
            f"elle disait souvent{NB}: «{NB}Ce qu'on jette n'est jamais parti, il est ailleurs.{NB}» Je l'ai compris "
            f"plus tard."))
    assert q.speaker == ""
    q = one(INTERVIEW.format(q="What will you tell the ministers?", a="That the bill is already being paid. “We "
            "cannot recycle our way out of this, and we will say so every day,” is what I will tell them."))
    assert q.speaker == "Maren Holt"  # her own words


def test_a_title_in_an_answer_is_nobodys_quotation():
    got = quotes(INTERVIEW.format(q="What are you reading this week?", a="*The Age of Convenience*, and the "
                 "Secretariat's “Status of National Inventories” note, which is a much sadder book."))
    assert got == []


def test_a_reading_list_title_may_ask_a_question():
    got = quotes("Further reading:\n\n- “Who Pays for the Bag?”, Ocean Institute, 2026\n"
                 f"- «{NB}Qui paie pour le sac{NB}?{NB}», Coalition Océans, octobre 2026\n")
    assert got == []


def test_a_states_name_ends_where_its_verb_starts():
    q = one("When I arrived on Monday, Minister Karim Salah of Tanoa came over and told me: “Look at the badges in "
            "the first row and you will know who is writing the text.”")
    assert (q.speaker, q.organisation) == ("Karim Salah", "Tanoa")


def test_a_special_rapporteur_speaks_for_no_organisation():
    q = one(f"Invitée pour la première fois, la rapporteuse spéciale des Nations unies sur les substances toxiques, "
            f"Ximena Ríos, a pris la parole. «{NB}Ce sont toujours les mêmes quartiers qui respirent les fumées{NB}», "
            f"a-t-elle affirmé.")
    assert (q.speaker, q.organisation) == ("Ximena Ríos", "")  # not "Nations unies sur les substances toxiques"
    q = one("“It is always the same neighbourhoods that breathe the fumes,” said Ximena Rios, the UN Special "
            "Rapporteur on toxics and human rights.")
    assert (q.speaker, q.organisation) == ("Ximena Rios", "")


def test_a_date_before_a_colon_is_nobody():
    q = one("Ostrevent, 15 November: “The boats stay in port until the quotas are published.”")
    assert q.speaker == ""
    q = one(f"Ostrevent, 15 novembre{NB}: «{NB}Les bateaux restent au port jusqu'à la publication des quotas.{NB}»")
    assert q.speaker == ""

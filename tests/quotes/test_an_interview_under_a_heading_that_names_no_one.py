"""An interview inside a newsletter, under a heading that names no one (« ## Entretien avec la directrice exécutive
», "## Interview with the director"), with a standfirst that names one person in full (« La docteure NAME dirige la
Coalition … ») and answers after dialogue dashes: the answers' own words (« ce que j'ai dit hier aux ministres, je
le répète : « … » ») are that person's. Written for these tests."""

from __future__ import annotations

from tests.quotes.finding import NB, quotes

FR = (f"## Les chiffres du jour\n\nQuarante et une délégations sont arrivées hier soir.\n\n"
      f"## Entretien avec la directrice exécutive\n\n"
      f"*La docteure Maëlys Orcival-Brandt dirige la Coalition Pierre-Saine depuis 2036. Elle revient d’une tournée "
      f"dans les villages du plateau.*\n\n"
      f"**Qu’avez-vous vu sur le plateau ?**\n\n— Des caves ouvertes et des gens très calmes.\n\n"
      f"**Qu’attendez-vous de cette réunion ?**\n\n— Un calendrier. Et ce que j’ai dit hier aux ministres, je le "
      f"répète{NB}: «{NB}le radon ne s’arrête pas à la frontière d’une carte{NB}».\n")
EN = ("## Figures of the day\n\nForty delegations arrived last night.\n\n"
      "## Interview with the executive director\n\n"
      "*Dr Maelys Orcival-Brandt has led the Stonesafe Coalition since 2036. She has just toured the upland "
      "villages.*\n\n"
      "**What did you see in the uplands?**\n\n— Open cellars and very calm people.\n\n"
      "**What do you expect from this meeting?**\n\n— A timetable. And what I told the ministers yesterday, I will "
      "say again: “radon does not stop at the edge of a map”.\n")


def test_a_french_answer_s_own_words_are_the_interviewee_s():
    assert [q.speaker for q in quotes(FR, language="fr")] == ["Maëlys Orcival-Brandt"]


def test_an_english_answer_s_own_words_are_the_interviewee_s():
    assert [q.speaker for q in quotes(EN, language="en")] == ["Maelys Orcival-Brandt"]

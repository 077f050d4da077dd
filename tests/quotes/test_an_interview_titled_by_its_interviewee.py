"""An interview the kit titles by its interviewee alone ("Entretien — NAME", "Interview with NAME"), its text
printed as a magazine prints it: the interviewee's best line quoted as the heading, questions in bold or plain,
answers after a dialogue dash (« — »). The heading's words and the answers' are the interviewee's, whom the
text itself may never name. Written for these tests, in French and English.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

FR = (f"# «{NB}Une carte des pentes vaut mieux qu'une sirène muette{NB}»\n\n"
      f"Elle dirige depuis 2031 l'observatoire des falaises de la côte nord et parcourt les villages chaque "
      f"printemps. Entretien réalisé le 3 mars.\n\n"
      f"**Qu'avez-vous vu cet hiver{NB}?**\n\n"
      f"— Des fissures partout. Je l'ai dit en plénière{NB}: «{NB}les relevés des habitants doivent compter comme "
      f"des mesures{NB}». Personne ne m'a répondu.\n\n"
      f"**Et les ministres{NB}?**\n\n"
      f"— Je leur ai répété la même chose{NB}: «{NB}une alerte sans réponse est une alerte perdue pour tout le "
      f"monde{NB}». Ils ont pris des notes.\n")
EN = ("# “A map of the slopes beats a silent siren”\n\n"
      "She has run the northern cliffs observatory since 2031 and walks its villages every spring. Interviewed on "
      "3 March.\n\n"
      "**What did you see this winter?**\n\n"
      "— Cracks everywhere. I said it in the plenary: “what residents record must count as measurement”. Nobody "
      "answered.\n\n"
      "**And the ministers?**\n\n"
      "— I told them the same thing again: “a warning nobody answers is a warning lost for everyone”. They took "
      "notes.\n")


@pytest.mark.parametrize("text, language, title", [
    (FR, "fr", "Entretien — Ilse Varvik"),
    (FR, "fr", "Entretien avec Ilse Varvik"),
    (EN, "en", "Interview with Ilse Varvik"),
    (EN, "en", "Interview: Ilse Varvik"),
], ids=["fr-dash", "fr-avec", "en-with", "en-colon"])
def test_the_heading_and_the_answers_are_the_interviewee_s(text, language, title):
    qs = quotes(text, language=language, title=title)
    assert len(qs) == 3
    assert [q.speaker for q in qs] == ["Ilse Varvik"] * 3


def test_without_such_a_title_nobody_is_named():
    # the text never names her: with a title that is no interviewee's, the words stay nobody's
    for title in ("", "Les falaises du nord", "Entretien"):
        assert [q.speaker for q in quotes(FR, language="fr", title=title)] == ["", "", ""]


def test_a_titled_article_that_is_no_interview_gives_its_heading_to_nobody():
    # titled by a name, but printed as a feature: no question, no dashed answer
    text = ("# “A map of the slopes beats a silent siren”\n\n"
            "The observatory has run the northern cliffs since 2031. Its volunteers walk the villages every spring "
            "and send their notes to the province.\n")
    assert [q.speaker for q in quotes(text, language="en", title="Interview with Ilse Varvik")] == [""]


def test_a_heading_that_is_more_than_the_words_is_not_the_interviewee_s():
    text = FR.replace(f"# «{NB}Une carte", f"# Le mot du jour{NB}: «{NB}Une carte", 1)
    qs = quotes(text, language="fr", title="Entretien — Ilse Varvik")
    assert qs[0].speaker == ""
    assert [q.speaker for q in qs[1:]] == ["Ilse Varvik"] * 2


def test_one_dashed_answer_alone_is_not_read_as_an_interview():
    # a single bold question then a dash: too little to read the dash as an interviewee's turn
    text = (f"**Qu'avez-vous vu cet hiver{NB}?**\n\n"
            f"— Des fissures partout. Je l'ai dit en plénière{NB}: «{NB}les relevés des habitants doivent compter "
            f"comme des mesures{NB}». Personne ne m'a répondu.\n")
    assert [q.speaker for q in quotes(text, language="fr", title="Entretien — Ilse Varvik")] == [""]


def test_a_standfirst_that_opens_on_her_name_and_role_names_the_interviewee():
    # the kit's title is the quoted line itself; the standfirst opens a sentence on her name and role
    text = FR.replace("Elle dirige depuis 2031", "Ilse Varvik, géologue, dirige depuis 2031", 1)
    qs = quotes(text, language="fr", title="Une carte des pentes vaut mieux qu'une sirène muette")
    assert [q.speaker for q in qs] == ["Ilse Varvik"] * 3


def test_a_standfirst_that_names_two_people_names_no_interviewee():
    text = FR.replace("Elle dirige depuis 2031", "Ilse Varvik, géologue, dirige depuis 2031", 1).replace(
        "Entretien réalisé le 3 mars.", "Entretien réalisé le 3 mars. Joran Stelbeck, son adjoint, était présent.")
    qs = quotes(text, language="fr", title="Une carte des pentes vaut mieux qu'une sirène muette")
    assert qs[0].speaker == ""

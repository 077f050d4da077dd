"""presskit.quotes.attribute: quotations of a document and who said them, in English and French."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from presskit.model import ATTRIBUTIONS, Quote
from presskit.quotes import extract_quotes, find_quote_span, normalise_quote_text, strip_page_furniture

NB = "\u00a0"
NNB = "\u202f"


def one(text, **kw) -> Quote:
    qs = extract_quotes([text] if isinstance(text, str) else text, **kw)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


def who(q: Quote) -> tuple[str, str, str, bool]:
    return q.speaker, q.role, q.organisation, q.inferred


# --- English attribution forms ------------------------------------------------------------------------


def test_said_name_role_organisation_commas():
    q = one("“We will not give up on this treaty,” said Jane Smith, Executive Director, Coalition for Peace.")
    assert q.text == "We will not give up on this treaty,"
    assert who(q) == ("Jane Smith", "Executive Director", "Coalition for Peace", False)


def test_said_name_role_of_organisation():
    q = one("“Disarmament is a duty, not an option,” said Aminata Diallo, Executive Director of the "
            "Coalition for Nuclear Disarmament.")
    assert who(q) == ("Aminata Diallo", "Executive Director", "Coalition for Nuclear Disarmament", False)


def test_name_role_at_org_said_before_quote():
    q = one("Jane Smith, Head of Policy at Global Arms Watch, said: “This treaty is a turning point for us.”")
    assert q.text == "This treaty is a turning point for us."
    assert who(q) == ("Jane Smith", "Head of Policy", "Global Arms Watch", False)


def test_name_said_colon():
    q = one("Peter van der Berg said: “The numbers speak for themselves this year.”")
    assert who(q) == ("Peter van der Berg", "", "", False)


def test_says_name():
    q = one("“Nobody expected the vote to pass so quickly,” says Omar al-Hassan.")
    assert q.speaker == "Omar al-Hassan"


def test_name_told_journalists():
    q = one("Maria Gonzalez told journalists: “We expect every state to sign before June.”")
    assert q.speaker == "Maria Gonzalez"


def test_according_to_name():
    q = one("“The stockpiles have doubled in five years,” according to John Doe, a researcher at the Peace "
            "Institute.")
    assert who(q) == ("John Doe", "researcher", "Peace Institute", False)


@pytest.mark.parametrize("verb", ["added", "warned", "stressed", "noted", "explained", "urged", "declared",
                                  "insisted", "argued", "stated", "recalled", "concluded", "commented",
                                  "affirmed"])
def test_inverted_verbs(verb):
    q = one(f"“States must act before the review conference,” {verb} Dr. Li Wei.")
    assert who(q) == ("Li Wei", "", "", False)


@pytest.mark.parametrize("verb", ["added", "stressed", "asked", "told reporters", "concluded"])
def test_name_then_verb(verb):
    q = one(f"“Who will pay for the clean-up of these sites?” Ambassador Kofi Mensah {verb}.")
    assert who(q) == ("Kofi Mensah", "Ambassador", "", False)


def test_title_dropped_from_name():
    q = one("“We have waited far too long for this,” said Ms. Sarah O’Brien, spokesperson for the Network.")
    assert q.speaker == "Sarah O’Brien"
    assert q.role == "spokesperson"
    assert q.organisation == "Network"


def test_role_before_name():
    q = one("“This is a historic day for all of us,” said Executive Director Jane Smith.")
    assert who(q) == ("Jane Smith", "Executive Director", "", False)


def test_sentence_opening_words_are_not_part_of_the_name():
    q = one("Today Jane Smith said: “The ban is finally within reach for everyone.”")
    assert q.speaker == "Jane Smith"


def test_pronoun_continuation():
    text = ("“We will not give up on disarmament,” said Aminata Diallo, Executive Director of the Coalition. "
            "Delegates applauded. “The time to act is now,” she added.")
    q1, q2 = extract_quotes([text])
    assert who(q1) == ("Aminata Diallo", "Executive Director", "Coalition", False)
    assert who(q2) == ("Aminata Diallo", "Executive Director", "Coalition", False)


def test_pronoun_follows_the_most_recent_speaker():
    text = ("“The first point is essential for us all,” said Jane Smith. "
            "“We disagree with that point entirely,” said John Doe. "
            "“And we will say so in the plenary,” he added.")
    qs = extract_quotes([text])
    assert [q.speaker for q in qs] == ["Jane Smith", "John Doe", "John Doe"]


def test_surname_resolves_to_full_name_seen_earlier():
    text = ("Aminata Diallo, Executive Director of the Coalition for Peace, opened the summit on Monday.\n\n"
            "Later in the day, “We need every state to sign this year,” Ms Diallo said.")
    q = one(text)
    assert who(q) == ("Aminata Diallo", "Executive Director", "Coalition for Peace", False)


def test_surname_resolves_to_earlier_speaker():
    text = ("“The treaty works and the numbers show it,” said Aminata Diallo, Executive Director of the "
            "Coalition.\n\nThe meeting went on.\n\n“We will be back next year with more states,” Diallo said.")
    q1, q2 = extract_quotes([text])
    assert q2.speaker == "Aminata Diallo"
    assert q2.organisation == "Coalition"


def test_consecutive_quote_in_same_paragraph_keeps_speaker():
    text = "“The first part of the statement is here,” said John Doe. “The second part follows it.”"
    q1, q2 = extract_quotes([text])
    assert q1.speaker == q2.speaker == "John Doe"
    assert not q2.inferred


def test_no_cue_leaves_the_speaker_empty_rather_than_guess_the_documents():
    text = "The coalition welcomed the vote. “This is a victory for the whole movement.” More later."
    q = one(text, default_speaker="Coalition for Peace press office", default_organisation="Coalition for Peace")
    assert who(q) == ("", "", "Coalition for Peace", False)  # the document is the source, no person
    assert (q.attribution, q.confidence) == ("document", 0.3)
    # with a threshold below its confidence, the document's speaker is given, marked as such
    q = one(text, default_speaker="Coalition for Peace press office", threshold=0.2)
    assert who(q) == ("Coalition for Peace press office", "", "", True)


def test_metadata_copied():
    q = one("“This is a victory for the whole movement,” said John Doe.", language="en", document_id="doc-1",
            title="Press release", date="2024-05-01")
    assert (q.language, q.document_id, q.title, q.date, q.page) == ("en", "doc-1", "Press release",
                                                                    "2024-05-01", 1)


# --- French attribution forms -------------------------------------------------------------------------


def test_fr_a_declare_name_role_de_org():
    q = one(f"«{NB}Nous ne renoncerons jamais au désarmement{NB}», a déclaré Marie Dupont, directrice "
            "exécutive de la Coalition pour la Paix.")
    assert q.text == "Nous ne renoncerons jamais au désarmement"
    assert who(q) == ("Marie Dupont", "directrice exécutive", "Coalition pour la Paix", False)


@pytest.mark.parametrize("verb", ["a dit", "a affirmé", "a ajouté", "a souligné", "a rappelé", "a averti",
                                  "a insisté", "a expliqué", "a conclu", "estime", "déclare"])
def test_fr_inverted_verbs(verb):
    q = one(f"« Les États doivent agir avant la conférence », {verb} Jean-Pierre Martin.")
    assert who(q) == ("Jean-Pierre Martin", "", "", False)


def test_fr_name_a_declare_colon():
    q = one("Marie Dupont a déclaré : « Le traité est une étape décisive pour nous. »")
    assert q.text == "Le traité est une étape décisive pour nous."
    assert q.speaker == "Marie Dupont"


def test_fr_selon():
    q = one(f"Selon Mme Fatou Ndiaye, «{NNB}les stocks ont doublé en cinq ans{NNB}».")
    assert who(q) == ("Fatou Ndiaye", "", "", False)


def test_fr_d_apres():
    q = one("D’après Luc de La Tour, « personne ne s’attendait à ce vote si rapide ».")
    assert q.speaker == "Luc de La Tour"


def test_fr_pour_name():
    q = one("Pour Jean Dupont, « la paix passe par le désarmement complet ».")
    assert q.speaker == "Jean Dupont"


def test_fr_pronoun_continuation():
    text = ("« Nous ne renoncerons jamais au désarmement », a déclaré Marie Dupont, directrice exécutive de la "
            "Coalition pour la Paix. « Il faut agir maintenant, sans attendre », a-t-elle ajouté. "
            "« Nous partageons cet objectif commun », a répondu M. Paul Martin. "
            "« Le temps presse pour tout le monde », a-t-elle insisté. "
            "« Nous serons au rendez-vous de Vienne », a-t-il conclu. "
            "« Rien ne se fera sans les États dotés », estime-t-elle.")
    qs = extract_quotes([text])
    assert [q.speaker for q in qs] == ["Marie Dupont", "Marie Dupont", "Paul Martin", "Marie Dupont",
                                       "Paul Martin", "Marie Dupont"]
    assert qs[1].organisation == "Coalition pour la Paix"
    assert qs[3].role == "directrice exécutive"


def test_fr_role_titles():
    q = one("« Nous saluons cette décision historique », a souligné l’ambassadrice Claire Moreau.")
    assert q.speaker == "Claire Moreau"


def test_fr_surname_with_title():
    text = ("Marie Dupont, directrice exécutive de la Coalition, a ouvert la séance.\n"
            "« Le désarmement est un devoir pour tous », a conclu Mme Dupont.")
    q = one(text)
    assert who(q) == ("Marie Dupont", "directrice exécutive", "Coalition", False)


def test_fr_language_guessed_when_not_given():
    q = one("« Le désarmement est un devoir et non une option pour les États », a déclaré Marie Dupont.")
    assert q.language == "fr"


# --- marks, nesting, spans, limits -------------------------------------------------------------------


def test_guillemets_with_and_without_spaces():
    for o, c in (("«", "»"), ("« ", " »"), ("«" + NB, NB + "»"), ("«" + NNB, NNB + "»")):
        q = one(f"Elle a dit {o}le traité est une étape décisive{c}.")
        assert q.text == "le traité est une étape décisive"


def test_straight_double_quotes():
    q = one('"We will keep pushing for a total ban," said John Doe.')
    assert q.text == "We will keep pushing for a total ban,"
    assert q.speaker == "John Doe"


def test_low_high_quotes():
    q = one("„Wir werden nicht aufgeben, niemals“, sagte sie.")
    assert q.text == "Wir werden nicht aufgeben, niemals"


def test_nested_single_quotes_kept_inside():
    q = one("“He said ‘no’ to the plan today,” said John Doe.")
    assert q.text == "He said ‘no’ to the plan today,"
    q = one("“He called it 'a farce' in front of everyone,” said John Doe.")
    assert q.text == "He called it 'a farce' in front of everyone,"


def test_nested_english_inside_guillemets():
    q = one("« Il a répondu “jamais” devant tout le monde », a dit Marie Dupont.")
    assert q.text == "Il a répondu “jamais” devant tout le monde"


def test_apostrophes_do_not_start_quotes():
    text = ("Don't worry: the coalition’s plan for l’été and aujourd’hui’s agenda isn't final. "
            "It's the members’ turn. ‘Single marks alone are not quotes’ here.")
    assert extract_quotes([text]) == []


def test_scare_quotes_and_titles_dropped():
    text = ("The so-called “peace dividend” never came. The report “Arms and the Future of Global "
            "Conflict Prevention” was launched. She called it a “big step”.")
    assert extract_quotes([text]) == []


def test_min_words():
    assert extract_quotes(["He said “a total failure today” again."], min_words=5) == []
    assert len(extract_quotes(["He said “a total failure today” again."], min_words=4)) == 1


def test_line_spanning_and_hyphenation():
    q = one("“We call on all states to sign the treaty on nuclear disarma-\nment without\n  delay,” said\n"
            "Jane\nSmith.")
    assert q.text == "We call on all states to sign the treaty on nuclear disarmament without delay,"
    assert q.speaker == "Jane Smith"


def test_page_spanning_quote_starts_on_its_first_page():
    pages = ["Page one text.", "Intro text. “This quote starts on page two and", "goes on over the break,” "
             "said John Doe. “Second quote on page three here.”"]
    q1, q2 = extract_quotes(pages)
    assert q1.text == "This quote starts on page two and goes on over the break,"
    assert q1.page == 2
    assert q2.page == 3
    assert q2.speaker == "John Doe"


def test_unbalanced_quote_does_not_swallow_the_document():
    text = ("“This opening mark is never closed. " + "Filler sentence about the conference. " * 60
            + "“A real quote with enough words,” said John Doe.")
    q = one(text)
    assert q.text == "A real quote with enough words,"
    assert q.speaker == "John Doe"


def test_unbalanced_quote_stops_at_paragraph():
    text = "“This opening mark is never closed.\n\nNext paragraph. “A real quote with enough words,” said John Doe."
    q = one(text)
    assert q.text == "A real quote with enough words,"


def test_unbalanced_guillemet_then_real_quote():
    text = "« Ouverture jamais fermée ici\n\nUne phrase. « Une vraie citation assez longue », a dit Marie Dupont."
    q = one(text)
    assert q.text == "Une vraie citation assez longue"


def test_quote_continued_over_paragraphs():
    text = ("“The first paragraph of a long statement ends here.\n\n"
            "“The second paragraph ends the statement,” said Jane Smith, Executive Director of the Coalition.")
    q = one([text], default_speaker="Org")
    assert q.text == "The first paragraph of a long statement ends here. The second paragraph ends the statement,"
    assert who(q) == ("Jane Smith", "Executive Director", "Coalition", False)


def test_intro_paragraph_ending_with_colon():
    text = "Jane Smith, Executive Director of the Coalition, said:\n\n“We expect all states to join us soon.”"
    assert one(text).speaker == "Jane Smith"


def test_odd_inputs_do_not_raise():
    assert extract_quotes([]) == []
    assert extract_quotes([""]) == []
    assert extract_quotes(["“"]) == []
    assert extract_quotes(["”“«»„\"\"'’‘"]) == []
    qs = extract_quotes([None, "He said “we will not give up now” today."])  # type: ignore[list-item]
    assert [(q.text, q.page) for q in qs] == [("we will not give up now", 2)]


# --- properties --------------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(list("ab cdeXYZ.,:;!?-\n\n\t'’‘\"“”«»„\u00a0\u202f\u00adﬁ") + ["said", " said ",
                            "Jane Smith", " she added", "a déclaré", "Ms ", "Diallo", "don't", "l’été", "\f"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_ALPHABET, max_size=60).map("".join), min_size=0, max_size=4),
       st.integers(min_value=0, max_value=5))
@example(pages=["\u201c.", "\u201ca\u201caa\""], min_words=0)  # a stray mark inside a word glued "a" and "aa"
def test_property_never_raises(pages, min_words):
    _check(pages, min_words)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=200), min_size=1, max_size=3))
def test_property_arbitrary_text(pages):
    _check(pages, 1)


def _check(pages, min_words):
    qs = extract_quotes(pages, min_words=min_words)
    whole = normalise_quote_text("\n".join(pages))
    # running headers/footers are dropped at page breaks: texts come from the pages without them
    stripped = normalise_quote_text("\n".join(strip_page_furniture(pages)))
    if len(pages) < 2:
        assert stripped == whole
    unmarked = " ".join(re.sub(r'[\u201c\u201d\u201e\u00ab\u00bb"]', " ", stripped).split())
    for q in qs:
        # a quotation continued over paragraphs drops the mark that reopens each paragraph
        assert q.text and " ".join(re.sub(r'[\u201c\u201d\u201e\u00ab\u00bb"]', " ", q.text).split()) in unmarked
        assert 1 <= q.page <= len(pages)
        assert isinstance(q.speaker, str) and q.attribution in ATTRIBUTIONS and 0 <= q.confidence <= 1
        assert find_quote_span("\n".join(strip_page_furniture(pages)), q.text) is not None


# --- forms found while tuning on the sample kit ----------------------------------------------------


def test_name_of_org_verb():
    q = one("“The Convention built the accounting system and forgot the auditor,” Professor Lena Vogt of the "
            "Halden Institute observed when she reviewed our method.")
    assert who(q) == ("Lena Vogt", "Professor", "Halden Institute", False)


def test_name_relative_clause_said():
    q = one("Farid Rahimi, who carried out most of the matching, said “this was a long exercise in reading”.")
    assert who(q) == ("Farid Rahimi", "", "", False)


def test_dash_attribution():
    q = one("Quote of the day\n“We heard the word transparency twenty-six times.” — Ingrid Solberg, The Daily\n")
    assert q.speaker == "Ingrid Solberg"


def test_subject_of_the_sentence():
    q = one("Ingrid Solberg, Executive Director of Pax Meridian, a member of the coalition, was unimpressed: "
            "“We heard the word transparency twenty-six times.”")
    assert who(q) == ("Ingrid Solberg", "Executive Director", "Pax Meridian", False)
    q = one("Dr Amara Diallo called the idea “the first crack of light under a very heavy door.”")
    assert q.speaker == "Amara Diallo"


def test_subject_is_not_the_speaker_when_someone_else_speaks():
    q = one("Kwame Asante-Boateng was approached afterwards by a delegate who told him, “I have read a "
            "hundred reports about it.”", default_speaker="")
    assert (q.speaker, q.attribution) == ("", "unnamed")


def test_a_finished_quote_does_not_take_the_next_quotes_attribution():
    text = ("Hélène Marchetti, Policy Director of the Coalition, said: “We are not asking for anything "
            "radical.”\nAccording to Kwame Asante-Boateng, who coordinates the Network, “the people who pay "
            "are never the people who signed.”")
    q1, q2 = extract_quotes([text])
    assert who(q1) == ("Hélène Marchetti", "Policy Director", "Coalition", False)
    assert q2.speaker == "Kwame Asante-Boateng"


def test_pronoun_resolves_to_a_person_introduced_after_the_last_speaker():
    text = ("“This was a long exercise in reading,” said Farid Rahimi.\nThe Chair of Working Group II, "
            "Ambassador Marguerite Ohlsson, was asked whether the groups were coordinating.\n"
            "“We are not working in separate buildings,” she replied.")
    q1, q2 = extract_quotes([text])
    assert q2.speaker == "Marguerite Ohlsson"
    assert q2.role == "Ambassador"


def test_short_form_of_the_publisher_becomes_its_full_name():
    q = one("“We will be watching every one of its meetings,” said Hélène Marchetti, Policy Director of the "
            "Lantern Coalition.", default_organisation="Lantern Coalition for Arms Control")
    assert q.organisation == "Lantern Coalition for Arms Control"


def test_name_hyphenated_over_a_line_end():
    q = one("“Nobody had counted it at all,” said Kwame Asante-\nBoateng, Coordinator of the Network.")
    assert who(q) == ("Kwame Asante-Boateng", "Coordinator", "Network", False)

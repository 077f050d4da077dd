"""Headlines on a PDF page: the last line of a wrapped title ends where the headline quotation starts.

PDF text has line breaks but no blank lines. A line that ends with no final punctuation before the next
line's first word would have fitted on it (measured against the lines that follow, so a narrow column is
measured by its own width) was ended on purpose: a heading's last line. The headline under it is then a
line of its own (`“…,” says NAME`, `NAME : « … »`), not the end of the title's sentence. A magazine's
interview under its best line (`“…”: an interview with NAME`, `« … » : entretien avec NAME`) is the
interviewee's; a caption's number and a title before a headline's name (`CTV-04. Le Haut-Commissaire NAME
: « … »`) are no part of the name. The pages are written for these tests.
"""

from __future__ import annotations

from presskit.quotes.layout import mark_paragraphs
from tests.quotes.finding import NB, one, quotes

BODY_EN = ("Port Alder, 3 May 2028 — As the Fourth Session of the Assembly on Coastal Fisheries opened on "
           "Monday,\nthe Tidewater Alliance urged governments to adopt a binding quota before the end of the "
           "week and to\npublish every catch figure that their fleets report to the regional fisheries bodies "
           "before the summer.\n")
BODY_FR = ("Port-Alder, le 3 mai 2028 – La quatrième session de l’Assemblée sur la pêche côtière s’est ouverte "
           "lundi dans\nun climat de méfiance entre les pays pêcheurs et les pays qui achètent leurs prises, "
           "a-t-on constaté sur\nplace, et les délégations se sont quittées sans calendrier pour la semaine.\n")


def test_a_headline_that_says_under_a_two_line_title_is_a_quotation():
    page = ("Tidewater Alliance · Press release · 3 May 2028\n"
            "Coastal states arrive in Port Alder with empty nets\nand no plan to share the catch\n"
            "“The sea does not wait for the next session,” says Marit Olufsen-Kaya\n" + BODY_EN)
    q = [q for q in quotes(page) if q.text.startswith("The sea")]
    assert len(q) == 1 and q[0].speaker == "Marit Olufsen-Kaya"


def test_a_french_headline_with_a_colon_under_a_two_line_title_names_its_speaker():
    page = ("Alliance Marée haute · Communiqué de presse · 3 mai 2028\n"
            "Assemblée de Port-Alder : les pays côtiers réclament un\nquota contraignant\n"
            f"Marit Olufsen-Kaya{NB}: «{NB}Ce n’est pas le poisson qui manque, c’est la règle{NB}»\n" + BODY_FR)
    q = [q for q in quotes(page) if q.text.startswith("Ce n’est pas")]
    assert len(q) == 1 and q[0].speaker == "Marit Olufsen-Kaya"
    assert q[0].attribution == "headline"


def test_a_wrapped_sentence_is_not_cut_at_its_line_end():
    page = ("The ambassador of Corvella, Ingrid Tallaksen, spoke to a small group of journalists in the\n"
            "Salle des Pêcheurs after the vote and did not hide her frustration with the week’s pace: “We "
            "came\nwith a mandate and we will leave with a footnote,” she said, before the doors closed on the "
            "hall.\n")
    assert "\n\n" not in mark_paragraphs(page)
    (q,) = quotes(page)
    assert q.speaker == "Ingrid Tallaksen"


def test_a_narrow_column_is_measured_by_its_own_width():
    page = ("Voices from the harbour: two of the people who waited on the quay all afternoon for the vote.\n"
            "Tomasz Ekwueme-Lind, a net mender from\nHalvik and a member of the Quay Workers\nUnion, has "
            "mended the same nets for\ntwenty years. “When the trawlers come,\nthe fish go,” he said.\n")
    assert "mender from\n\n" not in mark_paragraphs(page)
    (q,) = quotes(page)
    assert q.speaker == "Tomasz Ekwueme-Lind"


def test_an_interview_under_its_best_line_is_the_interviewees():
    q = one("“We counted the wells, not the promises”: an interview with Dr Oyelaran Baptiste-Kim\n\n"
            "Dr Baptiste-Kim has spent eleven years drilling in the eastern basin.")
    assert (q.speaker, q.attribution) == ("Oyelaran Baptiste-Kim", "headline")
    q = one(f"«{NB}On ne négocie pas avec la marée{NB}» : entretien avec Maëlle de La Fontenelle\n\n"
            "Maëlle de La Fontenelle dirige le réseau depuis 2021.")
    assert q.speaker == "Maëlle de La Fontenelle"
    q = one("“Nobody asked the fishers” — in conversation with Ambassador Ruth Tembo-Lindqvist\n\nText follows.")
    assert q.speaker == "Ruth Tembo-Lindqvist"


def test_an_interview_title_needs_a_person():
    q = one("“We counted the wells, not the promises”: an interview with the coalition’s lead hydrologist\n\n"
            "She asked that her name not be printed.")
    assert q.speaker == ""


def test_a_caption_label_and_a_title_before_a_headline_name():
    q = one(f"HMA-12. Le Haut-Commissaire Gaspard Ilunga-Moreau{NB}: «{NB}Trois cents puits, et pas un franc venu "
            f"d’ailleurs.{NB}» Photo{NB}: Alliance Marée haute")
    assert (q.speaker, q.role, q.attribution) == ("Gaspard Ilunga-Moreau", "Haut-Commissaire", "headline")
    q = one("Photo 3: The Minister Gaspard Ilunga-Moreau: “Three hundred wells, and not a penny from outside.” "
            "Photo: Tidewater Alliance")
    assert q.speaker == "Gaspard Ilunga-Moreau"


def test_a_wrapped_headline_keeps_its_speaker_after_its_verb():
    page = ("Bulletin Marée haute · N° 3 · mercredi 4 mai 2028\n"
            "« Les quotas ne sont pas des détails de procédure », prévient\nBrandstetter\n"
            "La coordinatrice du Réseau des pêcheurs de Halvik n’a pas mâché ses mots mercredi devant une "
            "salle\ncomble, où une quarantaine de délégués attendaient encore le texte révisé du président.\n")
    q = [q for q in quotes(page) if q.text.startswith("Les quotas")]
    assert len(q) == 1 and q[0].speaker == "Brandstetter"
    page = ("Harbour Daily · Issue 3 · Wednesday 4 May 2028\n"
            "“Quotas are not a procedural detail,” warns\nBrandstetter\n"
            "The coordinator of the Halvik Fishers Network did not mince her words on Wednesday before a "
            "packed\nroom, where some forty delegates were still waiting for the President’s revised text.\n")
    q = [q for q in quotes(page) if q.text.startswith("Quotas")]
    assert len(q) == 1 and q[0].speaker == "Brandstetter"


def test_a_table_read_cell_by_cell_gives_the_quotation_to_the_name_in_the_cell_before():
    cells = ("Delegation\n\nSpeaker\n\nPosition\n\nNorvia\n\nErik Lindqvist-Moe\n\n“We will not pay twice for the same "
             "damage.”\n\nCorvella\n\nAna Varga-Holm\n\n“A fund without money is a promise.”")
    assert [q.speaker for q in quotes(cells)] == ["Erik Lindqvist-Moe", "Ana Varga-Holm"]
    cellules = (f"Délégation\n\nPorte-parole\n\nPosition\n\nNorvie\n\nErik Lindqvist-Moe\n\n«{NB}Nous ne paierons pas "
                f"deux fois le même dommage.{NB}»")
    assert [q.speaker for q in quotes(cellules)] == ["Erik Lindqvist-Moe"]


def test_a_name_cell_must_be_a_whole_name_and_the_quotation_alone():
    assert one("Norvia\n\nThe delegation\n\n“We will not pay twice for the same damage.”").speaker == ""
    found = quotes("Erik Lindqvist-Moe\n\nAs the vote neared, “We will not pay twice for the same damage,” one "
                   "delegate kept repeating.")
    assert [q.speaker for q in found] == [""]


def test_a_column_line_with_a_relative_clause_is_no_heading():
    page = ("for the airport.\nOmar Haddad-Lind, who coordinates Reef\nWatch, was more measured. “The text is a start,\n"
            "not an end,” he said, adding that the quota table\n“still needs numbers, not brackets”.\n")
    assert [(q.speaker, q.organisation, q.attribution) for q in quotes(page)] == [
        ("Omar Haddad-Lind", "Reef Watch", "pronoun"), ("Omar Haddad-Lind", "Reef Watch", "pronoun")]


def test_a_short_headline_after_a_name_and_a_colon_is_said():
    page = (f"Ana Varga-Holm{NB}: «{NB}Nous signerons vendredi{NB}»\nLa ministre corvellane de la Pêche, Ana Varga-Holm, "
            f"a promis mercredi que son pays signerait l’accord vendredi, avec ou sans les autres délégations\nde la "
            f"région, qui attendent encore le texte révisé de la présidence.\n")
    q = one(page)
    assert (q.text, q.speaker) == ("Nous signerons vendredi", "Ana Varga-Holm")


def test_a_signature_with_a_portfolio_then_a_state():
    q = one("Quote of the day\n\n“A fund without money is a promise, and a promise without a date is a wish.”\n\n"
            "— Ana Varga-Holm, minister of fisheries, Corvella")
    assert (q.speaker, q.role, q.organisation) == ("Ana Varga-Holm", "minister of fisheries", "Corvella")

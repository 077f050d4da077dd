"""A body named in full once ("the Fishers’ Union of the Tidal Coast", « le Syndicat des marins de la Baie
Grise ») and by the words before its "of" elsewhere in the kit ("the Fishers’ Union", « le Syndicat ») is one
body, and its name is the full one: in every document of the language, whichever document the kit reads first.

A release's table, a wire story's second mention and a newsletter's round-up shorten a body's name this way; the
short form is never the body's name in a language (it replaced the full name in every English document). A
longer name that goes on without "of" ("the Fishers’ Union Pension Fund") is another body: the short name is
not lengthened to it.
The sentences are written for these tests.
"""

from __future__ import annotations

from tests.quotes.finding import settled_kit

_FULL_EN = "Fishers’ Union of the Tidal Coast"
_FULL_FR = "Syndicat des marins de la Baie Grise"


def _orgs(*docs, who):
    return [q.organisation for qs in settled_kit(*docs) for q in qs if q.speaker == who]


def test_the_short_form_met_first_gives_way_to_the_full_name():
    docs = (("a-wire", "en", "Harbourton, 4 May (Wire) — “The boats stay in port until the forecast comes,” said "
                             "Ama Koffi of the Fishers’ Union. The talks resume on Monday."),
            ("b-feature", "en", "On the quay the nets dry in the sun. “We fish by the calendar, not by the weather,” "
                                "said Ama Koffi, president of the Fishers’ Union of the Tidal Coast."))
    assert _orgs(*docs, who="Ama Koffi") == [_FULL_EN, _FULL_EN]


def test_the_full_name_met_first_is_not_replaced_by_the_short_form():
    docs = (("a-feature", "en", "“We fish by the calendar, not by the weather,” said Ama Koffi, president of the "
                                "Fishers’ Union of the Tidal Coast."),
            ("b-newsletter", "en", "**What they said.** “Send us forecasts, not tractors,” Ama Koffi of the Fishers’ "
                                   "Union told the plenary on Tuesday."))
    assert _orgs(*docs, who="Ama Koffi") == [_FULL_EN, _FULL_EN]


def test_french_the_syndicat_and_its_full_name():
    docs = (("a-depeche", "fr", "Port-Gris, 4 mai — « Nous sortirons quand la prévision sortira », a déclaré Yvette "
                                "Morvan, présidente du Syndicat des marins. Les négociations reprennent lundi."),
            ("b-reportage", "fr", "Sur le quai, les filets sèchent. « On pêche au calendrier, pas à la météo », "
                                  "explique Yvette Morvan, présidente du Syndicat des marins de la Baie Grise."))
    assert _orgs(*docs, who="Yvette Morvan") == [_FULL_FR, _FULL_FR]


def test_a_longer_name_without_of_does_not_lengthen_the_short_one():
    docs = (("a-wire", "en", "“Our members will be paid this year,” said Ama Koffi of the Fishers’ Union."),
            ("b-release", "en", "“The pensions are safe,” said Kwame Boateng, treasurer of the Fishers’ Union "
                                "Pension Fund."))
    assert _orgs(*docs, who="Ama Koffi") == ["Fishers’ Union"]

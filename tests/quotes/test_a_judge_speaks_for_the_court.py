"""A judge's words from the bench are the court's: in a report of a hearing that names one court ("Coastal Court of
Varn, second chamber", « Tribunal judiciaire de Brenne »), the judge ("Judge NAME", "the presiding judge, NAME",
« la présidente du tribunal, NAME ») speaks for that court, as counsel speak for their clients.

Near-misses: a report that names two courts says not which one the judge sits on, and a retired judge quoted in a
feature that names no court speaks for no court. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

PUB = "Harbour Coalition"

_HEARINGS = [
    # a wire's court report, "Judge NAME said"
    ("en", "Fishing crew lose first round\n\n*Coastal Court of Varn, second chamber, 4 May 2036.*\n\nThe crew of the "
           "trawler Esk argue that the ban was never published. “The ban is in the gazette, and the gazette is "
           "public,” Judge Amelia Thornbury-Osei said on Tuesday.", "gazette is", "Coastal Court of Varn"),
    # a feature's report of a hearing, "the presiding judge, NAME, …"
    ("en", "A day in court\n\nThe hearing at the Coastal Court of Varn lasted six hours. Late in the afternoon the "
           "presiding judge, Amelia Thornbury-Osei, told counsel: “You have ten minutes, and I will count "
           "them.”", "ten minutes", "Coastal Court of Varn"),
    # a French « compte rendu d'audience »
    ("fr", f"Compte rendu d’audience\n\n*Tribunal judiciaire de Brenne, 3e chambre.*\n\nLa présidente du tribunal, "
           f"Mathilde Corvaisier-Ndiaye, a rappelé les règles. «{NB}Nous jugeons des faits, pas une "
           f"profession{NB}», a-t-elle prévenu.", "jugeons", "Tribunal judiciaire de Brenne"),
    # a French newsletter's item, « la juge NAME »
    ("fr", f"La lettre de la Coalition, juin 2036\n\nAu Tribunal judiciaire de Brenne, l’audience a duré six heures. "
           f"«{NB}Le dossier est complet, le délibéré sera court{NB}», a déclaré la juge Mathilde "
           f"Corvaisier-Ndiaye.", "délibéré", "Tribunal judiciaire de Brenne"),
]


@pytest.mark.parametrize("lang,text,key,court", _HEARINGS)
def test_the_judge_speaks_for_the_court_the_report_names(lang, text, key, court):
    q = [q for q in quotes(text, default_organisation=PUB, language=lang) if key in q.text]
    assert len(q) == 1
    assert "Thornbury-Osei" in q[0].speaker or "Corvaisier-Ndiaye" in q[0].speaker
    assert q[0].organisation == court


def test_two_courts_named_leave_the_judge_s_body_empty():
    text = ("Two rulings in one week\n\nThe Coastal Court of Varn ruled on Monday; the Appeal Court of Kessel will "
            "rule in May. “The ban is in the gazette,” Judge Amelia Thornbury-Osei said.")
    q = [q for q in quotes(text, default_organisation=PUB, language="en") if "gazette" in q.text]
    assert len(q) == 1
    assert "Court" not in q[0].organisation


def test_a_retired_judge_in_a_feature_with_no_court_has_none():
    text = ("Voices from the harbour\n\nAmelia Thornbury-Osei, a retired judge who now fishes on weekends, has "
            "her own view. “The ban came too late for the cod,” she said.")
    q = [q for q in quotes(text, default_organisation=PUB, language="en") if "cod" in q.text]
    assert len(q) == 1
    assert "Court" not in q[0].organisation

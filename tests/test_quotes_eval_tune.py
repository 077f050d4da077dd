"""The quote finder on the halves of the evaluation set it was tuned on, and on the sample kit: figures pinned.

The tune half (tests/data/quotes-eval/tune) is what the quote finder was tuned on, and so, since their
misses were read, are the first four held-out halves (``heldout``, ``fresh``, ``unseen`` and ``sealed``, now spent); these tests
keep them where they are, measured exactly as ``tools/measure_quotes.py`` measures them (same matching,
same figures), on a kit built in process. A half still held out is never read here: it is measured only by that
tool, and its figures are reported, not tuned on.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

from presskit.build import build_kit
from presskit.cli.quotes import quote_to_json
from presskit.kit.open import open_kit
from presskit.locations import sample_kit_path
from presskit.search import Searcher

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import measure_quotes as mq  # noqa: E402


def _found(kit) -> dict[str, list[dict]]:
    with Searcher(kit) as s:
        quotes = s.quotes("", limit=100000)
    paths = {it.id: it.path for it in kit.items}
    by_file: dict[str, list[dict]] = defaultdict(list)
    for q in quotes:
        by_file[paths[q.document_id]].append(quote_to_json(q))
    return by_file


def _measure_half(half: str, root) -> tuple[dict, object]:
    """Build the half's kit under ``root`` and measure its quotations: (figures, tally)."""
    case = mq.eval_case(half)
    src = case.make_source(root / "source")
    build_kit(src, root / "kit", workers=1)
    tally = mq.measure(case, _found(open_kit(root / "kit")), 0.6)
    return mq.figures(tally), tally


@pytest.fixture(scope="module")
def tune_figures(tmp_path_factory):
    return _measure_half("tune", tmp_path_factory.mktemp("tune"))


#: Measured on the tune half when the attribution of issue 11 was written (52 quotations, 27 non-quotations).
#: One speaker is left empty since "pronoun 0.65" abstains (docs/quotes.md, "Checked on `dittybag`, `pouch`,
#: `tote` and `scrip`"): an interview's answer over paragraphs, "she said" for the interviewee named before.
TUNE_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.97, "speaker_empty": 1.0, "organisation": 0.98,
               "page": 1.0, "language": 1.0}
#: The spent held-out halves' figures where they are below 1.0 (``heldout``: three speakers a pronoun names from
#: an earlier paragraph, left empty since "pronoun 0.65" abstains).
SPENT_PINNED = {"heldout": {"speaker_named": 0.90, "organisation": 0.94},
                # ``sealed``: its conference's president speaks for the Conference, where every half written since
                # `spare/` gives a chair tied to no State no body; round 52 follows those (three organisations)
                "sealed": {"organisation": 0.96}}


@pytest.mark.parametrize("key", sorted(TUNE_PINNED))
def test_tune_half_figure_is_kept(tune_figures, key):
    fig, tally = tune_figures
    misses = "\n".join(" ".join(str(x) for x in m) for m in tally.misses)
    assert fig[key] >= TUNE_PINNED[key], f"{key} fell to {fig[key]:.3f}:\n{misses}"


@pytest.fixture(scope="module", params=["heldout", "fresh", "sealed"])
def spent_figures(request, tmp_path_factory):
    return (request.param, *_measure_half(request.param, tmp_path_factory.mktemp(f"spent-{request.param}")))


def test_spent_held_out_half_is_kept_where_its_misses_were_fixed(spent_figures):
    """The held-out halves read and tuned on once their figures were reported (``heldout``: 51
    quotations, 26 non-quotations; ``fresh``: 82 and 45; ``sealed``: 84 and 48): every quotation found,
    said by whom the text says, and no title or scare quote."""
    half, fig, tally = spent_figures
    pinned = {k: 1.0 for k in TUNE_PINNED} | SPENT_PINNED.get(half, {})
    low = {k: round(fig[k], 3) for k, v in pinned.items() if fig[k] < v}
    assert not low and fig["non_quotes"] == 0, (low, tally.misses)


#: The third held-out half, ``unseen`` (82 quotations, 45 non-quotations), read and tuned on once its figures
#: were reported. Its miss left: the Forum's president, whose State the kit gives elsewhere.
UNSEEN_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.98, "speaker_empty": 1.0,
                 "organisation": 0.98, "page": 1.0, "language": 1.0}


def test_unseen_half_is_kept_where_its_misses_were_fixed(tmp_path_factory):
    fig, tally = _measure_half("unseen", tmp_path_factory.mktemp("spent-unseen"))
    low = {k: round(fig[k], 3) for k, v in UNSEEN_PINNED.items() if fig[k] < v}
    assert not low and fig["non_quotes"] == 0, (low, tally.misses)


def test_tune_half_reports_no_title_scare_quote_or_treaty_text_as_a_quotation(tune_figures):
    fig, tally = tune_figures
    assert fig["non_quotes"] == 0, [m for m in tally.misses if m[2] == "NONQ"]
    assert fig["role"] >= 0.92  # (0.94 before "pronoun 0.65" abstained: its role goes with its speaker)


def test_tune_half_says_how_every_speaker_was_found(tune_figures):
    _fig, tally = tune_figures
    seen = {how for counts in tally.attribution.values() for how in counts}
    assert "(absent)" not in seen
    assert seen <= {"named", "pronoun", "headline", "organisation", "unnamed", "document", "none"}
    # the styles that name nobody are attributed to nobody, never guessed
    assert set(tally.attribution["unnamed"]) == {"unnamed"}
    assert set(tally.attribution["publisher"]) == {"organisation"}
    assert set(tally.attribution["organisation"]) == {"organisation"}


#: The sample kit against tests/data/sample_quotes.json (a hand-made list with its own conventions: the
#: misses left are its two nested inner quotes, one quote it gives to the last speaker without the text
#: saying so, and organisations it records from outside the text).
SAMPLE_PINNED = {"precision": 1.0, "recall": 0.97, "speaker_named": 0.98, "speaker_empty": 1.0,
                 "organisation": 0.87, "page": 1.0, "language": 1.0}


def test_sample_kit_figures_are_kept():
    case = mq.sample_case()
    fig = mq.figures(mq.measure(case, _found(open_kit(sample_kit_path())), 0.6))
    low = {k: round(fig[k], 3) for k, v in SAMPLE_PINNED.items() if fig[k] < v}
    assert not low, low
    assert fig["non_quotes"] == 0

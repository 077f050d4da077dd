"""tools/measure_quotes.py counts a wrong name apart from a missing one: a quotation given to the wrong
person is what a journalist would publish, a quotation with no speaker says so in the viewer."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import measure_quotes as mq  # noqa: E402


def _truth(i: int, text: str, speaker: str) -> dict:
    return {"id": f"q{i}", "file": "a.txt", "page": 1, "text": text, "speaker": speaker, "role": "",
            "organisation": "", "language": "en", "styles": ["named"]}


def _found(text: str, speaker: str) -> dict:
    return {"text": text, "speaker": speaker, "role": "", "organisation": "", "page": 1, "language": "en"}


def test_wrong_names_are_counted_apart_from_empty_speakers():
    texts = ["the river has no border", "a floor and not a ceiling at all", "counted laws and never results",
             "nobody here will sign that text", "we came to listen before we speak"]
    truth = [_truth(0, texts[0], "Ana Ruiz"), _truth(1, texts[1], "Ana Ruiz"), _truth(2, texts[2], "Ana Ruiz"),
             _truth(3, texts[3], ""), _truth(4, texts[4], "")]
    found = {"a.txt": [_found(texts[0], "Ana Ruiz"),      # right
                       _found(texts[1], "Boris Lind"),    # another person: wrong
                       _found(texts[2], ""),              # abstained: a miss, not a wrong name
                       _found(texts[3], "Ana Ruiz"),      # a name where the text names nobody: wrong
                       _found(texts[4], "")]}             # right: nobody
    case = mq.Case("t", None, truth, [], {})
    fig = mq.figures(mq.measure(case, found, 0.6))
    assert fig["speaker_named"] == 1 / 3 and fig["speaker_empty"] == 1 / 2
    assert fig["speaker_wrong"] == 2 / 5


def test_a_run_over_every_half_leaves_the_held_out_half_alone():
    """Checking the halves tuned on must not measure the held-out half by the way: its one measurement is
    taken on purpose, with --half, at the end of a round."""
    every = mq.sets_to_measure("all")
    assert mq.HELD_OUT not in every
    assert "sample" in every and "tune" in every
    assert len(every) == len(mq.qe.HALVES)  # every half but one, plus the sample kit
    assert mq.sets_to_measure(mq.HELD_OUT) == [mq.HELD_OUT]


def test_each_matched_quotation_has_one_outcome_the_figures_agree_with():
    """The matching and the speaker's outcome are importable (tools/first_measurements.py rebuilds old first
    measurements quotation by quotation with them): one outcome per matched quotation, the same the figures
    count."""
    texts = ["the river has no border", "a floor and not a ceiling at all", "counted laws and never results",
             "nobody here will sign that text", "we came to listen before we speak"]
    truth = [_truth(0, texts[0], "Ana Ruiz"), _truth(1, texts[1], "Ana Ruiz"), _truth(2, texts[2], "Ana Ruiz"),
             _truth(3, texts[3], ""), _truth(4, texts[4], "")]
    found = {"a.txt": [_found(texts[4], ""), _found(texts[3], "Ana Ruiz"), _found(texts[2], " "),
                       _found(texts[1], "Boris Lind"), _found(texts[0], "ana  ruiz"),
                       _found("a sentence nobody wrote down", "Ana Ruiz")]}
    case = mq.Case("t", None, truth, [], {})
    pairs = list(mq.matched_quotations(case, found))
    assert [t["id"] for _f, t in pairs] == ["q4", "q3", "q2", "q1", "q0"]  # the unmatched one is no pair
    outcomes = {t["id"]: mq.speaker_outcome(f, t) for f, t in pairs}
    assert outcomes == {"q0": mq.RIGHT, "q1": mq.WRONG_PERSON, "q2": mq.EMPTY_NAMED, "q3": mq.NAME_NOBODY,
                        "q4": mq.EMPTY_NOBODY}
    fig = mq.figures(mq.measure(case, found, 0.6))
    assert fig["speaker_wrong"] == sum(o in mq.WRONG_NAME for o in outcomes.values()) / 5


def test_the_rival_of_a_quotation_is_read_from_the_text_not_the_truth():
    """tools/rivals.py (docs/quotes.md "A rival near the quotation"): the people named in the quotation's paragraph
    and the one before whom its pronoun could mean, other than the speaker given; for a full name, the other people
    of its sentence."""
    import rivals as rv

    text = ("Minister Ana Ruiz of Belmora opened the session on Monday.\n\n"
            "Her deputy, Carla Mendes, and the mayor, Boris Lind, spoke after her. "
            "\u201cWe came here to listen before we speak,\u201d she said.\n\n"
            "Talks went on late. \u201cNobody here will sign that text tonight,\u201d Ana Ruiz said, as Boris Lind "
            "and Tomas Berg looked on.\n")
    doc, mentions = rv.read_document([text])
    at = rv.place(doc.text, mq.qe.fold_words("We came here to listen before we speak"))
    assert at is not None and doc.text[at[0]:at[1]] == "We came here to listen before we speak"
    rival, want = rv.pronoun_rivals(doc, mentions, *at, "Ana Ruiz")
    assert want == "f" and rival == 1  # Carla Mendes, not the speaker given, not the man
    assert rv.pronoun_rivals(doc, mentions, *at, "Carla Mendes")[0] == 1  # then Ana Ruiz is the rival
    at2 = rv.place(doc.text, mq.qe.fold_words("Nobody here will sign that text tonight"))
    assert rv.sentence_rivals(doc, mentions, *at2, "Ana Ruiz") == 2  # Boris Lind and Tomas Berg
    assert rv.same_person("Ruiz", "Ana Ruiz") and not rv.same_person("Ana Ruiz", "Boris Lind")


def test_the_nearer_rival_is_read_from_the_text_not_the_truth():
    """tools/rivals.py --nearer (docs/quotes.md "The nearer rival"): a rival named after the speaker's last mention
    (later), a rival as the subject of the sentence before the quotation (subject)."""
    import rivals as rv

    text = ("Minister Ana Ruiz of Belmora opened the session on Monday.\n\n"
            "Her deputy, Carla Mendes, spoke after her. Carla Mendes then left the room. "
            "\u201cWe came here to listen before we speak,\u201d she said.\n\n"
            "Carla Mendes had spoken first. Ana Ruiz took the floor. "
            "\u201cNobody here will sign that text tonight,\u201d she said.\n")
    doc, mentions = rv.read_document([text])
    at = rv.place(doc.text, mq.qe.fold_words("We came here to listen before we speak"))
    assert rv.nearer(doc, mentions, at[0], "Ana Ruiz", "f") == (True, True)  # Carla Mendes after Ana Ruiz, and subject
    assert rv.nearer(doc, mentions, at[0], "Ana Ruiz", "m") == (False, False)  # a man's pronoun: she is no rival
    at2 = rv.place(doc.text, mq.qe.fold_words("Nobody here will sign that text tonight"))
    assert rv.nearer(doc, mentions, at2[0], "Ana Ruiz", "f") == (False, False)  # the rival stands before the speaker
    assert rv.nearer(doc, mentions, at2[0], "Carla Mendes", "f") == (True, True)

"""A French interview prints its answers under spaced initials (« R. K.-L. : », « A. V. — »). The label is not part
of the sentence that follows it: in « R. K.-L. : Ilunga, la présidente de la coopérative, l’a mieux dit que moi :
« … » » the subject is Ilunga, not the label's letters read as a name ("R. K."). Before, only unspaced initials
(« R.K.-L. : ») and names were taken off. Written for these tests, as an interview, a newsletter's Q&A and a
feature's Q&A would put them; the interviewee's own words after her label go to her (or nobody), no longer
to the label's letters; the near-misses, unspaced initials and a name as the label, do not change.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

_STAND = ("Entretien avec Runa Kestel-Lindqvist, toxicologue\n\nRuna Kestel-Lindqvist dirige le laboratoire de "
          "Brennec depuis dix ans.\n\nQ. — Les délégués vous ont entendue{NB}?\n\nR. K.-L.{NB}: Certains. La ministre est "
          "venue me voir après la présentation.\n\nQ. — Que répondez-vous aux exportateurs{NB}?\n\n").replace("{NB}", NB)


@pytest.mark.parametrize("text, speaker", [
    (_STAND + f"R. K.-L.{NB}: Ilunga, la présidente de la coopérative, l’a mieux dit que moi hier soir{NB}: "
     f"«{NB}le cuivre a un prix, nos enfants n’en ont pas{NB}». Je n’ai rien à ajouter.", "Ilunga"),
    (_STAND + f"R. K.-L. — Le ministre Tarvel, lui, m’a répondu{NB}: «{NB}nous verrons après le vote{NB}».",
     "Tarvel"),
    (_STAND + f"**R. K.-L. :** Ilunga, la présidente de la coopérative, m’a écrit{NB}: «{NB}venez voir les "
     f"brûlures{NB}».", "Ilunga"),
])
def test_the_subject_after_a_spaced_label_is_the_speaker(text, speaker):
    q = one(text)
    assert q.speaker == speaker, (q.speaker, q.attribution)
    assert not q.speaker.startswith("R. K"), q.speaker


def test_near_miss_the_interviewee_s_own_words_stay_hers():
    q = one(_STAND + f"R. K.-L.{NB}: Je le dis depuis dix ans{NB}: «{NB}aucun prélèvement sans accord{NB}».")
    assert q.speaker in ("Runa Kestel-Lindqvist", ""), (q.speaker, q.attribution)
    assert not q.speaker.startswith("R. K"), q.speaker


@pytest.mark.parametrize("text, speaker", [
    # near-misses that were right before and must stay so: unspaced initials, and an English answer by name
    (_STAND + f"R.K.-L.{NB}: Ilunga, la présidente de la coopérative, l’a mieux dit{NB}: «{NB}le cuivre a un "
     f"prix{NB}».", "Ilunga"),
    ("Interview: Runa Kestel-Lindqvist\n\nQ: Did they listen?\n\nKestel-Lindqvist: Ilunga, the cooperative’s chair, "
     "put it better than I could: “copper has a price, our children do not.”", "Ilunga"),
])
def test_near_miss_other_labels_unchanged(text, speaker):
    q = one(text)
    assert q.speaker == speaker, (q.speaker, q.attribution)

"""A surname two people of the kit share, after a French role noun whose article gives the gender (« m’a confié la
ministre SURNAME », « le ministre SURNAME a dit ici que « … » », « selon la présidente SURNAME »): the one of the two
whose first name is of that gender, as "Mme SURNAME" and "Mr SURNAME" already are. In a minister's own statement,
« mon collègue, le ministre SURNAME » is the man of that name, not the woman who signs it.

An elided « l’ » gives no gender, and neither does an English role ("the minister, SURNAME"): the surname is left
as the kit leaves a shared surname (near-misses). The sentences are written for these tests, as a radio chronicle,
a minister's statement and a wire would put them.
"""

from __future__ import annotations

from tests.quotes.finding import NB, settled_kit

_WHO = ("who", "fr", f"«{NB}Les usines ont besoin de temps{NB}», a déclaré Henrik Lavardin, ministre de l’Industrie."
                     f"\n\n«{NB}Les pompiers ont payé{NB}», a déclaré Inès Lavardin, ministre de la Santé, sans lien de "
                     f"parenté avec lui.")


def _speakers(text: str, lang: str = "fr") -> list[str]:
    kit = settled_kit(_WHO, ("doc", lang, text))
    return [q.speaker for q in kit[1] if q.kind == "quote"]


def test_la_before_the_surname_is_the_woman():
    assert _speakers(f"Chronique.\n\nJ’ai revu la ministre au café. «{NB}Mon collègue parle d’usines, moi je parle "
                     f"de prises de sang{NB}», m’a confié la ministre Lavardin, avant de filer en séance.") == [
        "Inès Lavardin"]


def test_le_before_the_surname_is_the_man():
    assert _speakers(f"Déclaration.\n\nJe sais que mon collègue chargé de l’Industrie, le ministre Lavardin, a dit "
                     f"ici que les usines auraient besoin de «{NB}dix ans, pas deux, pour changer leurs chaînes{NB}»."
                     ) == ["Henrik Lavardin"]


def test_la_presidente_before_the_surname_is_the_woman():
    assert _speakers(f"Dépêche.\n\n«{NB}Nous ne signerons pas un chèque en blanc{NB}», a prévenu la présidente "
                     f"Lavardin devant la presse.") == ["Inès Lavardin"]


def test_an_english_role_gives_no_gender():
    assert _speakers("Wire.\n\n“We will not sign a blank cheque,” the minister, Lavardin, told reporters.",
                     "en") != ["Inès Lavardin"]
    assert _speakers("Wire.\n\n“We will not sign a blank cheque,” the minister, Lavardin, told reporters.",
                     "en") != ["Henrik Lavardin"]


def test_le_ministre_in_the_statement_of_the_woman_of_that_surname_is_the_man():
    kit = settled_kit(_WHO, ("doc", "fr", f"# Déclaration de Mme Inès Lavardin, ministre de la Santé\n\nMadame la "
                                          f"Présidente,\n\nNos pompiers attendent.\n\nJe sais que mon collègue chargé "
                                          f"de l’Industrie, le ministre Lavardin, qui n’a aucun lien de parenté avec "
                                          f"moi, a dit ici que les usines auraient besoin de «{NB}dix ans, pas deux"
                                          f"{NB}». Je respecte ses contraintes."))
    assert [q.speaker for q in kit[1] if q.kind == "quote"] == ["Henrik Lavardin"]

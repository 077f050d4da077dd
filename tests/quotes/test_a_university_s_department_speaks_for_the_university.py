"""A university's department or laboratory speaks for the university: a laboratory named with its university, in
any document, and a department named alone in the university's own release; a department named alone in another
publisher's document stays as written (a "Department of Health" is a State's). Written for these tests."""

from __future__ import annotations

from presskit.quotes.academic import university_of_unit

UNIS = ["Corlan University"]


def test_a_laboratory_named_with_its_university():
    assert university_of_unit("Reading Access Laboratory of Corlan University", UNIS) == "Corlan University"
    assert university_of_unit("Laboratoire d’accès à la lecture de l’Université de Corlan", ["Université de Corlan"]) \
        == "Université de Corlan"


def test_a_department_alone_in_the_university_s_release():
    assert university_of_unit("Department of Information Science", UNIS, "Corlan University") == "Corlan University"
    assert university_of_unit("Department of Information Science", UNIS, "Open Shelves Coalition") == ""
    assert university_of_unit("Department of Health", UNIS, "Republic of Varn") == ""


def test_no_unit_no_change():
    assert university_of_unit("Corlan University", UNIS, "Corlan University") == ""
    assert university_of_unit("Open Shelves Coalition", UNIS, "Corlan University") == ""
    assert university_of_unit("Laboratory of Another University", UNIS) == ""

"""The language of a text or a document, for the languages of real folders (issue #18)."""

from __future__ import annotations

import pytest

from presskit.ingest.language import detect_document_language, detect_language

SAMPLES = {
    "en": "The conference opened today with statements by the Chair and many delegations, which welcomed the report.",
    "fr": "La conférence s'est ouverte aujourd'hui avec les déclarations de la présidente et des délégations qui ont salué le rapport.",
    "es": "La conferencia se inauguró hoy con las declaraciones de la presidenta y de muchas delegaciones, que acogieron el informe.",
    "de": "Die Konferenz wurde heute mit Erklärungen der Vorsitzenden und vieler Delegationen eröffnet, die den Bericht begrüßten.",
    "it": "La conferenza si è aperta oggi con le dichiarazioni della presidente e di molte delegazioni, che hanno accolto il rapporto.",
    "pt": "A conferência foi aberta hoje com as declarações da presidente e de muitas delegações, que acolheram o relatório com uma nota.",
    "nl": "De conferentie werd vandaag geopend met verklaringen van de voorzitter en van veel delegaties, die het verslag verwelkomden.",
    "pl": "Konferencja rozpoczęła się dziś od oświadczeń przewodniczącej i wielu delegacji, które z zadowoleniem przyjęły raport, a także się nie zgodziły.",
    "cs": "Konference byla dnes zahájena prohlášeními předsedkyně a mnoha delegací, které uvítaly zprávu, jež je podle nich také příliš slabá.",
    "hu": "A konferencia ma az elnök és sok küldöttség nyilatkozataival kezdődött, és a küldöttségek üdvözölték a jelentést, hogy ez is megvan.",
    "ru": "Конференция открылась сегодня заявлениями председателя и многих делегаций",
    "uk": "Конференція відкрилася сьогодні заявами голови та багатьох делегацій, які привітали доповідь і її висновки",
    "ar": "افتتح المؤتمر اليوم ببيانات من الرئيس والعديد من الوفود",
    "zh": "会议今天开幕，主席和许多代表团发言欢迎报告的发表",
    "el": "Η διάσκεψη άνοιξε σήμερα με δηλώσεις του προέδρου",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_each_language(lang):
    assert detect_language(SAMPLES[lang]) == lang


@pytest.mark.parametrize("text", ["", "Hello", "12345 67890 ...", "x = y + z; a = b * c; i = 0; o = 1; e = 2",
                                  "! \"#%$ !&#('  )*+ #-,* .0/1#(23 *% 465 * 2* 67 # ' 80 91):;< =?> @A7 +& B5"])
def test_no_language_without_prose(text):
    assert detect_language(text) is None


def test_a_document_is_judged_on_its_prose_not_its_title_page_or_code():
    body = SAMPLES["pl"] + " " + SAMPLES["pl"]
    pages = ["Nie za krótkie wprowadzenie\nCopyright and licence: this document is free and can be "
             "redistributed under the terms of the licence, which is in English."] + [body] * 30
    pages[8] = "\\begin{verbatim} x = 1; y = 2; for i in range(10): print(i) \\end{verbatim}" * 20
    assert detect_document_language(pages) == "pl"


def test_chinese_with_latin_code_is_chinese():
    page = "本手册假定用户已经能处理一般的文档，并对有一定了解。如果从来没有接触过请先学习。" * 3
    code = "\\usetheme{hitszbeamer} \\begin{frame}{title} \\end{frame} \\section{intro} " * 4
    assert detect_document_language([page + code]) == "zh"


def test_a_caption_in_english():
    assert detect_language("Professor Lena Vogt of the Halden Institute for Security Research presents "
                           "verification options to Working Group I") == "en"


def test_japanese_is_kanji_and_kana_together_even_beside_english():
    page = ("All human beings are born free and equal in dignity and rights. They are endowed with reason "
            "and conscience.\nすべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。"
            "人間は、理性と良心とを授けられており、互いに同胞の精神をもって行動しなければならない。")
    assert detect_document_language([page]) == "ja"
    assert detect_language(SAMPLES["zh"]) == "zh"


def test_a_majority_is_enough_between_unrelated_languages_not_between_close_ones():
    italian = ("Calcola il suo centro, i valori dei semiassi, i fuochi e l'eccentricità. Un aereo di linea ha una "
               "potenza sonora di circa cento watt e il livello sonoro percepito dall'operatore è alto. ")
    english = "This is the end of the exam and of the test. "
    assert detect_language(italian * 4 + english * 2) == "it"
    slovak = ("Konferencia sa dnes začala vyhláseniami predsedníčky a mnohých delegácií, ktoré privítali správu, "
              "ale tiež povedali, že je to len prvý krok a nie je to dosť. ")
    assert detect_language(SAMPLES["cs"] + " " + slovak) is None


def test_placeholder_latin_is_no_language():
    """A draft left with its filler text ("Lorem ipsum … sed diam … et dolore … est") was labelled French
    on the strength of "et" and "est"; it has no language a reader could choose. French and Italian prose
    that share those words keep theirs."""
    lorem = ("Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut "
             "labore et dolore magna aliquyam erat, sed diam voluptua. At vero eos et accusam et justo duo dolores "
             "et ea rebum. Stet clita kasd gubergren, no sea takimata sanctus est Lorem ipsum dolor sit amet. ")
    assert detect_document_language([lorem * 2]) is None
    french = ("Le texte est adopté et la conférence se termine : les délégations ont salué un accord qui est, "
              "selon elles, le premier pas vers des règles communes et un suivi annuel. ")
    assert detect_language(french * 2) == "fr"
    assert detect_language(french * 6 + lorem) == "fr"  # a page of filler at the end of a French release
    italian = "Il testo è stato adottato e la conferenza si chiude con un accordo che non è ancora completo. "
    assert detect_language(italian * 3) == "it"

"""Interface language: English (source strings) and French (``i18n/presskit_fr.qm``).

The language follows the system locale unless the user picks one (View > Language), which is saved
in the settings. Translations are Qt Linguist files: ``presskit_fr.ts`` is the source (edit it with
Linguist or ``presskit/ui/i18n/update.py``), ``presskit_fr.qm`` is compiled by ``pyside6-lrelease``.
Qt's own strings (dialog buttons) come from Qt's ``qtbase_fr.qm``.
"""

from __future__ import annotations

from pathlib import Path

from .qt import QCoreApplication, QLocale, QTranslator, QtCore

I18N_DIR = Path(__file__).resolve().parent / "i18n"
#: Languages the interface ships in, with their own names.
UI_LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}

_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()[:2].lower()
    return name if name in UI_LANGUAGES else "en"


def resolve(preference: str) -> str:
    """'' (follow the system) or a code -> the language actually used."""
    return preference if preference in UI_LANGUAGES else system_language()


def install(lang: str) -> str:
    """Install the translators for ``lang`` (replacing previous ones); returns the language used."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _current[0] = lang if lang in UI_LANGUAGES else "en"
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / f"presskit_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    elif lang != "en":
        return install("en")
    if lang == "en":  # English needs its .qm only for plural forms ("1 document", "2 documents")
        return "en"
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    return lang


_current = ["en"]


def current() -> str:
    """The interface language in use ('en' or 'fr')."""
    return _current[0]

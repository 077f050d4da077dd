"""Interface language: English (source strings) and French (``i18n/presskit_fr.qm``).

The language follows the system locale unless the user picks one (View > Language), which is saved
in the settings. Translations are Qt Linguist files: ``presskit_fr.ts`` is the source (edit it with
Linguist or ``presskit/ui/i18n/update.py``), ``presskit_fr.qm`` is compiled by ``pyside6-lrelease``.
Qt's own strings (dialog buttons) come from Qt's ``qtbase_fr.qm``, save the few of Qt 6 it lacks
(:data:`QT_GAPS`: its file dialog said "Look in:" and "Files of type:" in English in a French window).
"""

from __future__ import annotations

from pathlib import Path

from .qt import QCoreApplication, QLocale, QTranslator, QtCore

I18N_DIR = Path(__file__).resolve().parent / "i18n"
#: Languages the interface ships in, with their own names.
UI_LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}

_installed: list[QTranslator] = []

#: Qt 6's own strings that its ``qtbase_<lang>.qm`` does not translate: their sources changed ("Look
#: in:" became "&Look in:") and the shipped translation kept the old ones. Found in the file dialogs
#: (open a kit, import an update, add kits to the library, export to).
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "fr": {
        ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
        ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
        ("QAbstractFileIconProvider", "Folder"): "Dossier",
        ("QAbstractFileIconProvider", "Drive"): "Lecteur",
    },
}


class _QtGaps(QTranslator):
    """The strings of :data:`QT_GAPS` for one language (every other lookup passes on to the others)."""

    def __init__(self, table: dict[tuple[str, str], str], parent=None):
        super().__init__(parent)
        self._table = table

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return self._table.get((context, source))  # None: a null string, so Qt asks the next translator

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self._table


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
    if lang in QT_GAPS:
        gaps = _QtGaps(QT_GAPS[lang], app)
        app.installTranslator(gaps)
        _installed.append(gaps)
    return lang


_current = ["en"]


def current() -> str:
    """The interface language in use ('en' or 'fr')."""
    return _current[0]

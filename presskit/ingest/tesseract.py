"""Finding Tesseract: where its language data is, which languages it reads, whether OCR works here.

No Qt, no network, no program run. :func:`find_engine` returns an :class:`OcrEngine` (ready to
read) or an :class:`OcrUnavailable` (why not, and the fix); :mod:`presskit.ingest.ocr` reads pages
with it and re-exports these names.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

__all__ = [
    "OCR_DPI",
    "MAX_OCR_PIXELS",
    "ENGINE_REVISION",
    "DEFAULT_LANGUAGES",
    "TESSERACT_CODES",
    "OcrEngine",
    "OcrUnavailable",
    "find_engine",
    "find_engine_soon",
    "find_tessdata",
    "tesseract_code",
]

#: Resolution pages are rendered at for recognition (chosen on the tuning half of bench/ocr_eval.py).
OCR_DPI = 300
#: A page rendered for OCR never has more pixels than this (a page larger than A4 or Letter gets a
#: lower dpi: A3 215 dpi): what one recognition holds grows by about 14 bytes a pixel (an A4 page at
#: 300 dpi, 8.7 million pixels: 200 MB in all, of which 74 MB are Python and PyMuPDF; a 22.5-million-
#: pixel page, allowed before at up to 36 million, 370 MB).
MAX_OCR_PIXELS = 9_000_000
#: Bumped whenever rendering, clean-up or what is kept of a reading changes: old OCR text is then redone.
#: 2: a page read as gibberish every way up (noise, a texture) gives no text instead of garbage.
#: 3: a page that shows no line of text (presskit/ingest/textlines.py) is no longer read: what an
#: earlier revision read there is dropped, so a rebuild gives what a fresh build gives.
#: 4: a page of small shapes painted in many colours (a table of emoji: presskit/ingest/inks.py) is no
#: longer read, for the same reason.
ENGINE_REVISION = 4
#: Languages read when the kit names none: what Debian's tesseract-ocr-eng/-fra/-spa provide.
DEFAULT_LANGUAGES: tuple[str, ...] = ("en", "fr", "es")
#: ISO 639-1 code -> Tesseract language data name.
TESSERACT_CODES: dict[str, str] = {
    "en": "eng", "fr": "fra", "es": "spa", "de": "deu", "it": "ita", "pt": "por", "nl": "nld",
    "ar": "ara", "ru": "rus", "uk": "ukr", "zh": "chi_sim", "ja": "jpn", "ko": "kor", "fa": "fas",
    "tr": "tur", "pl": "pol", "sv": "swe", "no": "nor", "da": "dan", "fi": "fin", "el": "ell",
    "he": "heb", "hi": "hin", "sw": "swa", "am": "amh", "bn": "ben", "ur": "urd", "vi": "vie",
    "id": "ind", "ms": "msa", "th": "tha", "ro": "ron", "hu": "hun", "cs": "ces", "sr": "srp",
}
#: Where Tesseract's data usually lives, searched in this order after TESSDATA_PREFIX.
_TESSDATA_GLOBS = (
    "/usr/share/tesseract-ocr/*/tessdata", "/usr/share/tesseract-ocr/tessdata", "/usr/share/tessdata",
    "/usr/local/share/tessdata", "/usr/local/share/tesseract-ocr/*/tessdata", "/opt/homebrew/share/tessdata",
    "/opt/local/share/tessdata", "C:/Program Files/Tesseract-OCR/tessdata",
    "C:/Program Files (x86)/Tesseract-OCR/tessdata",
)

@dataclass(frozen=True)
class OcrEngine:
    """Tesseract, ready to read: where its data is and which languages it reads.

    Attributes:
        tessdata: the folder holding ``*.traineddata``.
        languages: Tesseract names of the languages read together, e.g. ``("eng", "fra")``.
        missing: ISO codes of wanted languages that have no data here (read with the others).
        dpi: rendering resolution for recognition.
    """

    tessdata: str
    languages: tuple[str, ...]
    missing: tuple[str, ...] = ()
    dpi: int = OCR_DPI
    #: MuPDF's version, as the process that checked OCR works found it ("": ask PyMuPDF here)
    mupdf: str = field(default="", compare=False)

    @property
    def language(self) -> str:
        """The ``eng+fra`` form Tesseract takes."""
        return "+".join(self.languages)

    @property
    def key(self) -> str:
        """Identifies what produced OCR text; cached OCR text made with another key is redone."""
        version = self.mupdf
        if not version:
            import pymupdf

            version = pymupdf.VersionBind
        return f"tesseract/mupdf-{version}/{self.language}/{self.dpi}dpi/r{ENGINE_REVISION}"


@dataclass(frozen=True)
class OcrUnavailable:
    """OCR cannot run on this machine: why, and what to do.

    Attributes:
        reason: ``no-language-data`` (Tesseract's data is not installed or lacks every wanted
            language) or ``no-ocr-support`` (this PyMuPDF was built without Tesseract).
        message: one sentence for people, ending with the fix.
        wanted: the ISO language codes OCR was asked for.
        details: technical detail (folders searched, the library's message).
    """

    reason: str
    message: str
    wanted: tuple[str, ...] = ()
    details: str = ""

    key = "none"  # never equal to an engine's key: a later build with Tesseract redoes the pages


# --- finding Tesseract ------------------------------------------------------------------------------

def find_tessdata(explicit: str | os.PathLike | None = None) -> Path | None:
    """The folder of Tesseract's language data, or None.

    Looked for in ``explicit`` alone when given, else in ``PRESSKIT_TESSDATA`` alone when that is set
    (a packaged app shipping its own data, or ``PRESSKIT_TESSDATA=`` to build without OCR), else in
    ``TESSDATA_PREFIX`` and then the usual install folders.
    """
    import glob

    if explicit:
        cands = [str(explicit)]
    elif "PRESSKIT_TESSDATA" in os.environ:
        cands = [os.environ["PRESSKIT_TESSDATA"]]
    else:
        cands = []
        env = os.environ.get("TESSDATA_PREFIX")
        if env:
            cands += [env, os.path.join(env, "tessdata")]
        for pattern in _TESSDATA_GLOBS:
            cands += sorted(glob.glob(pattern), reverse=True)  # newest version folder first
    for c in cands:
        if not c:
            continue
        p = Path(c)
        try:
            if p.is_dir() and any(p.glob("*.traineddata")):
                return p
        except OSError:
            continue
    return None


def tesseract_code(iso: str) -> str:
    """``fr`` -> ``fra``; an unknown code is returned as given (it may name data directly)."""
    iso = (iso or "").strip().lower()
    return TESSERACT_CODES.get(iso.split("-")[0], iso)


def _install_hint(codes: Iterable[str]) -> str:
    names = " ".join(f"tesseract-ocr-{c.replace('_', '-')}" for c in codes)
    if sys.platform == "darwin":
        return "install it with 'brew install tesseract tesseract-lang' and build again"
    if sys.platform == "win32":
        return ("install Tesseract (with its language data), set TESSDATA_PREFIX to its tessdata folder "
                "and build again")
    return f"install it with 'sudo apt-get install tesseract-ocr {names}' and build again"


#: engines being found in the background (find_engine_soon), by find_engine's arguments
_soon: dict[tuple, Future] = {}
_soon_lock = threading.Lock()


@atexit.register
def _let_checks_finish() -> None:
    """At exit, wait for a check still running (half a second): a program that stops at once (a
    build refusing its output folder) would otherwise cut its helper process off while it starts,
    and the helper prints a traceback of its own."""
    for fut in list(_soon.values()):
        try:
            fut.exception(timeout=15)
        except BaseException:  # noqa: BLE001 - a check that fails or outlasts us: nothing to wait for
            pass


def _engine_args(languages: Sequence[str], tessdata, dpi: int) -> tuple:
    env = (os.environ.get("TESSDATA_PREFIX", ""), os.environ.get("PRESSKIT_TESSDATA"))
    return tuple(languages), str(tessdata or ""), env, dpi


def find_engine_soon(languages: Sequence[str] = (), *, tessdata: str | os.PathLike | None = None,
                     dpi: int = OCR_DPI) -> None:
    """Start :func:`find_engine` in the background: checking that OCR works takes a helper process
    about half a second, which a build spends hashing its files meanwhile. The next
    :func:`find_engine` with the same arguments waits for this answer."""
    args = _engine_args(languages, tessdata, dpi)
    fut: Future = Future()
    with _soon_lock:
        if args in _soon:
            return
        _soon[args] = fut

    def run() -> None:
        try:
            fut.set_result(_find_engine(*args))
        except BaseException as e:  # noqa: BLE001 - given to whoever asks
            fut.set_exception(e)

    threading.Thread(target=run, name="presskit-ocr-check", daemon=True).start()


def find_engine(languages: Sequence[str] = (), *, tessdata: str | os.PathLike | None = None,
                dpi: int = OCR_DPI) -> OcrEngine | OcrUnavailable:
    """Tesseract for ``languages`` (ISO codes; the kit's languages), or why it cannot run.

    With no languages, :data:`DEFAULT_LANGUAGES` are read (those installed). Wanted languages without
    data are left out and listed in :attr:`OcrEngine.missing`; when none has data the result is an
    :class:`OcrUnavailable`. The answer is cached per process (a worker asks once).
    """
    args = _engine_args(languages, tessdata, dpi)
    with _soon_lock:
        fut = _soon.pop(args, None)
    if fut is not None:
        return fut.result()
    return _find_engine(*args)


@lru_cache(maxsize=16)
def _find_engine(languages: tuple[str, ...], tessdata: str, _env: tuple, dpi: int) -> OcrEngine | OcrUnavailable:
    explicit = bool(languages)
    wanted = tuple(dict.fromkeys(x.strip().lower() for x in (languages or DEFAULT_LANGUAGES) if x.strip()))
    codes = {iso: tesseract_code(iso) for iso in wanted}
    folder = find_tessdata(tessdata or None)
    if folder is None:
        return OcrUnavailable(
            "no-language-data",
            f"Tesseract's language data was not found, so scanned pages cannot be read; "
            f"{_install_hint(codes.values() or ['eng'])}.",
            wanted, "searched " + _searched(tessdata))
    have = [iso for iso in wanted if (folder / f"{codes[iso]}.traineddata").is_file()]
    missing = tuple(iso for iso in wanted if iso not in have and explicit)
    if not have:
        return OcrUnavailable(
            "no-language-data",
            f"Tesseract has no data for {', '.join(wanted)} in {folder}, so scanned pages cannot be read; "
            f"{_install_hint(codes[i] for i in wanted)}.", wanted, str(folder))
    # English last: Tesseract leans on its first language when letters are ambiguous, and English's
    # model drops accents ("Genève" -> "Geneve"); measured on the tuning half of bench/ocr_eval.py
    have.sort(key=lambda iso: codes[iso] == "eng")
    engine = OcrEngine(str(folder), tuple(codes[i] for i in have), missing, dpi)
    checked = _probe_apart(engine)
    if checked is None:  # no helper process here: check in this one
        problem = _probe(engine)
    else:
        problem, version = checked
        engine = replace(engine, mupdf=version)
    if problem:
        return OcrUnavailable(
            "no-ocr-support",
            "This presskit cannot run Tesseract (its PDF library was built without OCR or the language "
            "data is damaged), so scanned pages cannot be read; reinstall PyMuPDF and the "
            "tesseract-ocr packages, then build again.", wanted, problem)
    return engine


def _searched(explicit: str) -> str:
    if explicit:
        return explicit
    if "PRESSKIT_TESSDATA" in os.environ:
        return f"PRESSKIT_TESSDATA={os.environ['PRESSKIT_TESSDATA']!r} only"
    return "TESSDATA_PREFIX, " + ", ".join(_TESSDATA_GLOBS)


def _probe_apart(engine: OcrEngine, timeout: float = 60.0) -> tuple[str, str] | None:
    """(:func:`_probe`'s answer, MuPDF's version) from a short-lived helper process; None when none
    could be started or it gave no answer. A build's own process then never loads PyMuPDF and
    Tesseract's models (36 MB and 10-20 MB more, kept for the whole build: the building process went
    from about 85 to 105 MB), which only its reader processes need."""
    import multiprocessing as mp

    try:
        ctx = mp.get_context("spawn")
        mine, theirs = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_probe_main, args=(theirs, engine.tessdata, engine.languages, engine.dpi),
                           daemon=True, name="presskit-ocr-check")
        proc.start()
    except Exception:  # noqa: BLE001 - no processes here (a sandbox, an embedding program)
        return None
    try:
        theirs.close()
        if mine.poll(timeout):
            got = mine.recv()
            if isinstance(got, tuple) and len(got) == 2 and all(isinstance(x, str) for x in got):
                return got
        return None
    except (EOFError, OSError):
        return None
    finally:
        mine.close()
        proc.join(timeout=5)
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=5)


def _probe_main(conn, tessdata: str, languages: tuple[str, ...], dpi: int) -> None:
    """In the helper process of :func:`_probe_apart`."""
    import pymupdf

    conn.send((_probe(OcrEngine(tessdata, tuple(languages), (), dpi)), str(pymupdf.VersionBind)))
    conn.close()


def _probe(engine: OcrEngine) -> str:
    """'' if recognising a tiny blank image works with ``engine``, else the library's complaint."""
    import pymupdf

    _quiet(pymupdf)
    try:
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 32, 32), 0)
        pix.clear_with(255)
        with _stderr_silenced():
            pix.pdfocr_tobytes(compress=False, language=engine.language, tessdata=engine.tessdata)
        return ""
    except Exception as e:  # MuPDF's FzErrorLibrary and friends
        return f"{type(e).__name__}: {e}"


def _quiet(pymupdf) -> None:
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)


class _stderr_silenced:
    """Tesseract writes to file descriptor 2 itself ("Estimating resolution…"): hide it."""

    def __enter__(self):
        try:
            sys.stderr.flush()
            self._saved = os.dup(2)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 2)
            os.close(devnull)
        except OSError:
            self._saved = None
        return self

    def __exit__(self, *exc):
        if self._saved is not None:
            os.dup2(self._saved, 2)
            os.close(self._saved)
        return False

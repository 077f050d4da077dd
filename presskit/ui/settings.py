"""Settings in one place: every option declared once; user preferences apart from window state.

Storage is an INI file through ``QSettings`` (never pickles). With ``PRESSKIT_NO_USER_STATE=1``
(tests, benchmarks, screenshots) the file lives in a temporary directory, so nothing a developer
has saved leaks in and nothing leaks out. A file Qt cannot parse is moved aside and replaced by
defaults; :attr:`Settings.notice` then holds a sentence the window shows once.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .qt import QByteArray, QSettings

MAX_RECENT = 8


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    description: str


#: User preferences (the "prefs/" group). Window state lives under "state/", "recent/", "positions/".
OPTIONS: dict[str, Option] = {o.name: o for o in [
    Option("language", str, "", "Interface language: '' follows the system, or 'en' / 'fr'."),
    Option("search_debounce_ms", int, 150, "Delay after the last keystroke before searching."),
    Option("open_at_hit", bool, True, "Opening a search result jumps to its page and highlights hits."),
    Option("restore_position", bool, True, "Reopen each document where you left it."),
    Option("citation_style", str, "news", "Copy with citation: 'news' or 'bibliographic' (docs/citations.md)."),
    Option("export_burn_credit", bool, False, "Export: draw each photo's credit under the image."),
    Option("export_format", str, "zip", "Export: last format used ('folder', 'zip' or 'pdf')."),
    Option("show_welcome", bool, True, "Show the welcome (what the kit is, how to search and export) at start."),
]}


def _settings_path() -> Path | None:
    """Explicit INI path when user state is off or redirected, else None (platform default)."""
    explicit = os.environ.get("PRESSKIT_SETTINGS")
    if explicit:
        return Path(explicit)
    if os.environ.get("PRESSKIT_NO_USER_STATE") == "1":
        d = Path(tempfile.mkdtemp(prefix="presskit-settings-"))
        return d / "presskit.ini"
    return None


class Settings:
    """Typed access to ``QSettings``.

    Args:
        path: INI file to use; default: ``PRESSKIT_SETTINGS``, a temp file under
            ``PRESSKIT_NO_USER_STATE=1``, else the platform's per-user location.
    """

    def __init__(self, path: str | os.PathLike | None = None):
        p = Path(path) if path else _settings_path()
        if p is not None:
            p.parent.mkdir(parents=True, exist_ok=True)
            self.q = QSettings(str(p), QSettings.Format.IniFormat)
        else:
            self.q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "presskit", "presskit")
        self.notice: str | None = None
        self._check()

    @property
    def path(self) -> str:
        return self.q.fileName()

    def _check(self) -> None:
        self.q.sync()
        if self.q.status() == QSettings.Status.NoError and self._readable():
            return
        bad = Path(self.path)
        aside = bad.with_name(f"{bad.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(bad, aside)
            where = str(aside)
        except OSError:
            where = ""
        self.q = QSettings(self.path, QSettings.Format.IniFormat)
        self.q.clear()
        self.q.sync()
        self.notice = "settings-reset:" + where

    def _readable(self) -> bool:
        """Values of a known type; a file of garbage bytes sometimes parses 'fine' into nonsense."""
        try:
            for o in OPTIONS.values():
                self.get(o.name)
            self.recent_kits()
        except (TypeError, ValueError):
            return False
        return True

    # -- preferences -------------------------------------------------------------------------
    def get(self, name: str) -> Any:
        o = OPTIONS[name]
        v = self.q.value(f"prefs/{name}", o.default)
        if o.type is bool:
            if isinstance(v, str):
                return v.lower() in ("true", "1", "yes")
            return bool(v)
        if o.type is int:
            try:
                return int(v)
            except (TypeError, ValueError):
                return o.default
        return o.type(v) if v is not None else o.default

    def set(self, name: str, value: Any) -> None:
        OPTIONS[name]  # KeyError for an undeclared option
        self.q.setValue(f"prefs/{name}", value)

    # -- window state ------------------------------------------------------------------------
    def state(self, key: str) -> QByteArray | None:
        v = self.q.value(f"state/{key}")
        return v if isinstance(v, QByteArray) and not v.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self.q.setValue(f"state/{key}", value)

    # -- recent kits -------------------------------------------------------------------------
    def recent_kits(self) -> list[str]:
        v = self.q.value("recent/kits", [])
        if isinstance(v, str):
            v = [v] if v else []
        if not isinstance(v, list):
            raise TypeError("recent/kits")
        return [str(x) for x in v if x]

    def add_recent_kit(self, path: str, title: str = "") -> None:
        path = str(Path(path).resolve())
        lst = [p for p in self.recent_kits() if p != path]
        kept = ([path] + lst)[:MAX_RECENT]
        self.q.setValue("recent/kits", kept)
        titles = {p: t for p, t in self.recent_titles().items() if p in kept}
        if title:
            titles[path] = title[:300]
        self.q.setValue("recent/titles", [f"{p}\t{t}" for p, t in titles.items()])

    def recent_titles(self) -> dict[str, str]:
        """Title of each recent kit, as it was when last opened (the start page lists them)."""
        v = self.q.value("recent/titles", [])
        if isinstance(v, str):
            v = [v] if v else []
        out: dict[str, str] = {}
        for x in v if isinstance(v, list) else []:
            p, _, t = str(x).partition("\t")
            if p and t:
                out[p] = t
        return out

    def clear_recent_kits(self) -> None:
        self.q.remove("recent")

    # -- last position per document ----------------------------------------------------------
    @staticmethod
    def _pos_key(kit_root: str, item_id: str) -> str:
        k = hashlib.sha1(str(kit_root).encode()).hexdigest()[:12]
        return f"positions/{k}/{hashlib.sha1(item_id.encode()).hexdigest()[:16]}"

    def position(self, kit_root: str, item_id: str) -> tuple[int, float] | None:
        v = self.q.value(self._pos_key(kit_root, item_id))
        try:
            page, frac = str(v).split(":")
            return int(page), float(frac)
        except (ValueError, AttributeError):
            return None

    def set_position(self, kit_root: str, item_id: str, page: int, frac: float = 0.0) -> None:
        self.q.setValue(self._pos_key(kit_root, item_id), f"{int(page)}:{frac:.3f}")

    # -- reset -------------------------------------------------------------------------------
    def reset(self, keep_prefs: bool = False) -> None:
        """Forget window layout, recent kits and positions (and preferences unless ``keep_prefs``)."""
        for group in ("state", "recent", "positions") + (() if keep_prefs else ("prefs",)):
            self.q.remove(group)
        self.q.sync()

    def sync(self) -> None:
        self.q.sync()

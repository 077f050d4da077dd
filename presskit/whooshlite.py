"""Whoosh without the modules it imports at start-up that presskit never uses.

whoosh-reloaded imports three things at start-up that presskit never calls: ``whoosh.compat`` takes
``urlretrieve`` from :mod:`urllib.request` (which pulls in ``http.client``, ``ssl`` and ``email``),
``whoosh.reading`` takes ``cached_property`` from the package of that name, which imports
:mod:`asyncio`, and ``whoosh.query.terms`` imports ``whoosh.lang.morph_en`` (English word variations,
some 500 rules compiled into regular expressions at import) for a query type presskit does not
use. Together they were about 40 % of what ``presskit search`` spent importing (``python -X
importtime``), paid by every command that searches and by the viewer.

:func:`install` puts a finder at the head of ``sys.meta_path`` that takes part in the import of
those three Whoosh modules only: while each one runs, ``sys.modules`` holds a stand-in for what it
imports, then the stand-in is removed, so any later ``import urllib.request`` (or the others)
gets the real module. The stand-ins: a ``urlretrieve`` that refuses (presskit works offline:
nothing may download), :class:`functools.cached_property`, which behaves the same for Whoosh's one
plain (not async) use of it, and a ``variations`` that imports the real one when first called.
Where the finder cannot help (a module already imported, a module the other finders cannot find),
Whoosh is imported as usual.

:mod:`presskit` installs it when it is first imported, before any of its modules imports Whoosh.
"""

from __future__ import annotations

import sys
import types
from contextlib import contextmanager
from functools import cached_property


def _no_download(*_args, **_kwargs):
    raise RuntimeError("presskit works offline: nothing may be downloaded")


def _variations(word):
    """English word variations (Whoosh's ``Variations`` query), compiled on first use."""
    from whoosh.lang.morph_en import variations

    return variations(word)


def _stand_in(name: str, **attrs) -> types.ModuleType:
    m = types.ModuleType(name, "presskit's stand-in while Whoosh is imported (presskit.whooshlite)")
    m.__dict__.update(attrs)
    return m


#: Whoosh module -> the stand-ins it is imported with
GUARDED = {
    "whoosh.compat": lambda: {"urllib.request": _stand_in("urllib.request", urlretrieve=_no_download)},
    "whoosh.reading": lambda: {"cached_property": _stand_in("cached_property", cached_property=cached_property)},
    "whoosh.query.terms": lambda: {"whoosh.lang.morph_en": _stand_in("whoosh.lang.morph_en", variations=_variations)},
}


@contextmanager
def _standing_in(modules: dict[str, types.ModuleType]):
    placed = {name: m for name, m in modules.items() if name not in sys.modules}
    sys.modules.update(placed)
    try:
        yield
    finally:
        for name, m in placed.items():
            if sys.modules.get(name) is m:
                del sys.modules[name]


class _Loader:
    """Runs the real loader of a guarded module with its stand-ins in place."""

    def __init__(self, real, stand_ins):
        self.real, self.stand_ins = real, stand_ins

    def create_module(self, spec):
        return self.real.create_module(spec)

    def exec_module(self, module):
        with _standing_in(self.stand_ins()):
            self.real.exec_module(module)


class _Finder:
    """Finds a guarded module with the other finders and wraps its loader."""

    def find_spec(self, name, path=None, target=None):
        stand_ins = GUARDED.get(name)
        if stand_ins is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if hasattr(spec.loader, "exec_module"):
                    spec.loader = _Loader(spec.loader, stand_ins)
                return spec
        return None


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once)."""
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())

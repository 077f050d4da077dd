"""Entry point of the frozen (PyInstaller) app: ``presskit [COMMAND ...]``, the viewer by default.

``multiprocessing.freeze_support()`` must run before anything else: the text-extraction pool
(``presskit.ingest.pool``) and the second index shard writer (``presskit.index.writer``) start worker
processes with the 'spawn' method, which in a frozen app re-runs this executable with
``--multiprocessing-fork``; ``freeze_support()`` turns such a run into the worker and exits.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()

    import sys

    from presskit.cli import main

    sys.exit(main())

"""CLI commands for trust and transport: keygen, sign, pack, diff, apply (``presskit verify`` is in
:mod:`presskit.cli.core` and prints :func:`presskit.kit.signing.verify_kit`'s summary)."""

from __future__ import annotations

import argparse
import os
import sys

from ..errors import PresskitError
from ..plaintext import mask_fingerprints, plain
from .common import TerminalProgress


def _password(args: argparse.Namespace, confirm: bool = False) -> bytes | None:
    env = getattr(args, "password_env", None)
    if env:
        v = os.environ.get(env)
        if v is None:
            raise PresskitError(f"The environment variable {env} is not set.")
        return v.encode("utf-8")
    if getattr(args, "password", False):
        import getpass  # only here: the other commands need no terminal control

        pw = getpass.getpass("Key password: ")
        if confirm and getpass.getpass("Again: ") != pw:
            raise PresskitError("The two passwords differ.")
        return pw.encode("utf-8")
    return None


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def cmd_keygen(args: argparse.Namespace) -> int:
    from ..kit.keys import generate_key

    fp = generate_key(args.output, password=_password(args, confirm=True))
    print(f"Wrote a new signing key to {args.output} (readable by you only).")
    print(f"Fingerprint: {fp}")
    print("Keep the key secret and backed up: kits signed with it can only be updated with it.")
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from ..kit.signing import sign_kit

    bar = TerminalProgress("Checking")
    try:
        res = sign_kit(args.kit, args.key, publisher=args.publisher, password=_password(args), progress=bar)
    finally:
        bar.close()
    print(f"Signed {plain(args.kit, 0)} as {mask_fingerprints(res.publisher)}.")
    print(f"Fingerprint: {res.fingerprint}")
    if res.manifest_rewritten:
        note = "its index was re-stamped" if res.index_restamped else "rebuild or re-index it if it reads as stale"
        print(f"The manifest now names the publisher, key and edition ({note}). kit.toml too, so the next "
              "build keeps them.")
    if res.index_sealed:
        print("The search index is signed too: readers use it as it is.")
    else:
        print("The search index is not signed (missing, stale, or not built on this computer): readers "
              "will build their own. Rebuild the kit here, then sign it, to ship a signed index.")
    return 0


def cmd_pack(args: argparse.Namespace) -> int:
    from ..kit.archive import pack_kit

    out = args.output
    if not out.lower().endswith(".presskit"):
        print("presskit: note: the file name does not end in .presskit; readers find kits by that ending.",
              file=sys.stderr)
    bar = TerminalProgress("Packing")
    try:
        res = pack_kit(args.kit, out, include_index=not args.no_index, progress=bar)
    finally:
        bar.close()
    idx = "with its search index" if res.index_included else "without a search index (readers will build one)"
    print(f"Wrote {res.path}: {res.files} files, {_mb(res.bytes)}, {idx}, in {res.seconds:.1f} s.")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from ..kit.updates import make_update

    bar = TerminalProgress("Packing")
    try:
        s = make_update(args.old, args.new, args.output, progress=bar, key=args.key,
                        password=_password(args) if args.key else None)
    finally:
        bar.close()
    print(f"Wrote {plain(s.path, 0)} ({_mb(s.bytes)}, {'signed' if s.signed else 'UNSIGNED'}): "
          f"{len(s.added)} new, {len(s.changed)} changed, {len(s.removed)} removed.")
    for label, names in (("NEW", s.added), ("CHANGED", s.changed), ("REMOVED", s.removed)):
        for n in names:
            print(f"  {label:8} {plain(n, 0)}")
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    from ..kit.updates import apply_update

    bar = TerminalProgress("Applying")
    try:
        res = apply_update(args.kit, args.update, progress=bar)
    finally:
        bar.close()
    print(res.summary())
    for label, names in (("NEW", res.added), ("CHANGED", res.changed), ("REMOVED", res.removed)):
        for n in names:
            print(f"  {label:8} {plain(n, 0)}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keygen", help="create a publisher signing key (Ed25519)",
                       description="Create the key a publisher signs kits and update packs with. Keep it "
                                   "secret and backed up: updates of a kit are accepted only when signed with "
                                   "the key that signed the kit. Announce its fingerprint (printed) to readers.")
    p.add_argument("-o", "--output", required=True, metavar="KEYFILE", help="file to create (never overwritten)")
    p.add_argument("--password", action="store_true", help="protect the key with a password (asked twice)")
    p.add_argument("--password-env", metavar="VAR", help="read the key password from this environment variable")
    p.set_defaults(func=cmd_keygen)

    p = sub.add_parser("sign", help="sign a built kit folder with a publisher key",
                       description="Sign a kit so readers can check who published it and that no file changed "
                                   "since ('presskit verify'). Sign again after each build.")
    p.add_argument("kit", help="kit folder (built with 'presskit build')")
    p.add_argument("--key", required=True, metavar="KEYFILE", help="the key made by 'presskit keygen'")
    p.add_argument("--publisher", metavar="NAME", help="publisher name (default: publisher in kit.toml)")
    p.add_argument("--password", action="store_true", help="the key has a password: ask for it")
    p.add_argument("--password-env", metavar="VAR", help="read the key password from this environment variable")
    p.set_defaults(func=cmd_sign)

    p = sub.add_parser("pack", help="write a kit folder as one .presskit file",
                       description="Write a kit folder as one .presskit file, easy to send or copy to a stick; "
                                   "readers open, search and verify it as it is, without unpacking it.")
    p.add_argument("kit", help="the kit folder")
    p.add_argument("-o", "--output", required=True, metavar="FILE.presskit", help="the file to write")
    p.add_argument("--no-index", action="store_true", help="leave the search index out (smaller file)")
    p.set_defaults(func=cmd_pack)

    p = sub.add_parser("diff", help="make an update pack with what changed from OLD to NEW")
    p.add_argument("old", help="the kit readers have (folder or .presskit)")
    p.add_argument("new", help="the new kit (folder or .presskit), signed with the same key")
    p.add_argument("-o", "--output", required=True, metavar="UPDATE.presskit",
                   help="the update pack to write (readers run 'presskit apply KIT UPDATE.presskit')")
    p.add_argument("--key", metavar="KEYFILE", help="the publisher key: signs the update's description "
                   "(required when the new kit is signed)")
    p.add_argument("--password", action="store_true", help="the key has a password: ask for it")
    p.add_argument("--password-env", metavar="VAR", help="read the key password from this environment variable")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("apply", help="apply an update pack to a kit folder")
    p.add_argument("kit", help="kit folder to update")
    p.add_argument("update", help="update pack (.presskit) from the same publisher")
    p.set_defaults(func=cmd_apply)

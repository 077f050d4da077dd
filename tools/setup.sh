#!/usr/bin/env bash
# Install presskit and what it needs, then (optionally) run it or its tests. The README's two lines:
#   bash tools/setup.sh --open [ARGS]    install, then run `presskit ARGS` (no ARGS: the viewer on the
#                                        bundled sample kit)
#   bash tools/setup.sh --test [ARGS]    install with the test tools and Tesseract OCR, then run
#                                        `pytest -q -n auto --dist loadfile --durations=15 ARGS` with
#                                        Qt offscreen (one test process per core, each test file in one
#                                        of them; the fifteen slowest tests listed before the summary)
# and also:
#   bash tools/setup.sh                  install only
#   bash tools/setup.sh --publisher      install, with Tesseract OCR for `presskit build` (scanned pages)
#
# 1. System packages (Debian/Ubuntu, with apt-get): the libraries Qt loads, and Tesseract OCR with
#    English, French and Spanish data for --test and --publisher. As root apt-get runs directly,
#    otherwise through sudo. When they cannot be installed (no apt-get, no sudo, offline) a sentence
#    says so and the rest goes on. PRESSKIT_NO_SYSTEM_PACKAGES=1 skips this step.
# 2. The Python environment: the active virtual environment ($VIRTUAL_ENV) if there is one; otherwise
#    the project's own .venv/ (git-ignored), made with the first Python >= 3.11 found ($PYTHON, then
#    python3, python3.13, python3.12, python3.11). A system Python is never written to: Debian 12 and
#    Ubuntu 23.04+ refuse it anyway ("externally-managed-environment").
# 3. presskit, installed editable with pip. A stamp in the environment records pyproject.toml's hash:
#    when nothing changed, pip is not run again, and a second run takes about a second.
# 4. With .venv/: a link ~/.local/bin/presskit -> .venv/bin/presskit when ~/.local/bin is on PATH.
# Written for bash 3.2 too (macOS): no empty-array expansions, no bash 4 features.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

say() { printf 'setup.sh: %s\n' "$*"; }
die() { printf 'setup.sh: %s\n' "$*" >&2; exit 1; }

mode=install
case "${1:-}" in
  --open | --test | --publisher) mode=${1#--}; shift ;;
  -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  "") ;;
  *) printf 'setup.sh: unknown option %s (try --help)\n' "$1" >&2; exit 2 ;;
esac
if [ $# -gt 0 ] && { [ "$mode" = install ] || [ "$mode" = publisher ]; }; then
  printf 'setup.sh: unexpected argument %s (try --help)\n' "$1" >&2; exit 2
fi

# -- 1. system packages ---------------------------------------------------------------------------
qt_offscreen="libegl1 libgl1 libglx0 libglvnd0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxkbcommon0 libx11-6 libxcb1 fonts-dejavu-core"
qt_window="libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
  libxcb-xkb1 libxkbcommon-x11-0"
ocr="tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa"

# apt_install WHY PACKAGE...: installs the packages not installed yet; never fails the script.
apt_install() {
  local why=$1; shift
  [ "${PRESSKIT_NO_SYSTEM_PACKAGES:-}" = 1 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    no_apt_note "$why"; return 0
  fi
  local have missing="" p sudo="" log said
  # dpkg-query fails when one of them was never installed: read what it printed all the same
  have=" $({ dpkg-query -W -f='${Status} ${Package}\n' "$@" 2>/dev/null || true; } \
           | awk '/ ok installed /{print $NF}' | tr '\n' ' ') "
  for p in "$@"; do
    case "$have" in *" $p "*) ;; *) missing="$missing $p" ;; esac
  done
  missing=${missing# }
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" != 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      say "cannot install $why (not root, and no sudo): ask an administrator for: apt-get install $missing"
      return 0
    fi
    sudo="sudo"
    [ -t 0 ] || sudo="sudo -n"  # no terminal to ask for a password on: fail at once, do not hang
    say "installing $why with sudo (it may ask for your password): $missing"
  else
    say "installing $why: $missing"
  fi
  log=$(mktemp)
  # Try the package lists as they are first (quick); on failure refresh them and try again.
  # shellcheck disable=SC2086  # $missing and $sudo are word lists on purpose
  if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing \
         >"$log" 2>&1; then
    # shellcheck disable=SC2086
    if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
           --no-install-recommends $missing; } >"$log" 2>&1; then
      say "could not install $why (offline? no rights? no such package?); going on without them."
      said=$(grep -E '^(E|sudo):' "$log" | tail -n 2 | tr '\n' ' ')
      [ -z "$said" ] || say "  it said: $said"
      say "  to install them later: ${sudo:+sudo }apt-get install $missing"
    fi
  fi
  rm -f "$log"
}

no_apt_note() {
  case "$1" in
    Tesseract*) say "no apt-get here: install Tesseract OCR with English, French and Spanish data" \
      "yourself (Fedora: dnf install tesseract tesseract-langpack-eng tesseract-langpack-fra" \
      "tesseract-langpack-spa; macOS: brew install tesseract tesseract-lang)." ;;
    *) say "no apt-get here: system libraries not checked (a desktop has what Qt needs; a server may" \
      "lack OpenGL, fontconfig or xkbcommon libraries)." ;;
  esac
}

# shellcheck disable=SC2086  # the package lists are word lists on purpose
case "$mode" in
  test) apt_install "the libraries Qt needs offscreen" $qt_offscreen ;;
  *) apt_install "the libraries Qt needs" $qt_offscreen $qt_window ;;
esac
# shellcheck disable=SC2086
case "$mode" in
  test | publisher) apt_install "Tesseract OCR (English, French, Spanish)" $ocr ;;
esac

# -- 2. the Python environment --------------------------------------------------------------------
py_ok() {  # py_ok PYTHON: is it a Python >= 3.11 that runs?
  "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

find_python() {
  local c p
  for c in "${PYTHON:-}" python3 python3.13 python3.12 python3.11 python3.14; do
    [ -n "$c" ] || continue
    p=$(command -v "$c" 2>/dev/null) || continue
    if py_ok "$p"; then printf '%s\n' "$p"; return 0; fi
  done
  return 1
}

if [ -n "${VIRTUAL_ENV:-}" ]; then
  env_dir=$VIRTUAL_ENV
  py=$env_dir/bin/python
  py_ok "$py" || die "the active virtual environment $env_dir has no Python 3.11 or newer" \
    "(presskit needs one): deactivate it, or activate another, and run this again."
  own_venv=0
else
  env_dir=$repo/.venv
  py=$env_dir/bin/python
  own_venv=1
  if ! py_ok "$py" || ! "$py" -c 'import pip' >/dev/null 2>&1; then
    if [ -e "$env_dir" ] && [ ! -f "$env_dir/pyvenv.cfg" ]; then
      die "$env_dir exists but is not a virtual environment: move it away and run this again."
    fi
    if ! find_python >/dev/null; then  # e.g. Ubuntu 22.04, whose python3 is 3.10
      apt_install "Python 3.11 (python3 is $(python3 --version 2>&1 || echo missing))" python3.11
    fi
    base=$(find_python) || die "presskit needs Python 3.11 or newer, and none was found" \
      "(python3 is $(python3 --version 2>&1 || echo missing)). Install one (Debian/Ubuntu:" \
      "apt-get install python3.11 python3.11-venv; macOS: from python.org or Homebrew) and run this" \
      "again, or use the packaged app."
    ver=$("$base" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    if ! "$base" -c 'import ensurepip, venv' >/dev/null 2>&1; then
      apt_install "Python's venv module" "python$ver-venv"  # Debian/Ubuntu ship it separately
    fi
    say "making the project's virtual environment .venv/ with $base (Python $ver)"
    rm -rf "$env_dir"
    "$base" -m venv "$env_dir" || die "could not make $env_dir with $base" \
      "(on Debian/Ubuntu it needs the python$ver-venv package)."
  fi
fi
bin=$env_dir/bin

# -- 3. presskit itself ---------------------------------------------------------------------------
# One stamp per set of extras; "[test]" includes the plain install, so it refreshes both stamps.
extras=""; stamp=$env_dir/.presskit-setup.stamp
if [ "$mode" = test ]; then extras="[test]"; stamp=$env_dir/.presskit-setup-test.stamp; fi
base_want="$("$py" -c 'import hashlib, sys
print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest(), sys.version.split()[0])') $repo"
want="$base_want $extras"
if [ -x "$bin/presskit" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  say "presskit is up to date in $env_dir"
else
  say "installing presskit$extras and its Python packages into $env_dir (the first time: a minute or two)"
  rm -f "$stamp"
  # --use-pep517: Debian's venv has pip 23.0 and no 'wheel', which builds sdists (odfpy) the
  # deprecated setup.py way with a warning; newer pips do this anyway.
  "$py" -m pip install -q --disable-pip-version-check --use-pep517 -e ".$extras" \
    || die "pip could not install presskit's Python packages (offline? the lines above say why)."
  printf '%s\n' "$want" >"$stamp"
  printf '%s\n' "$base_want " >"$env_dir/.presskit-setup.stamp"
fi

# -- 4. the command `presskit` --------------------------------------------------------------------
linked=0
if [ "$own_venv" = 1 ]; then
  link=$HOME/.local/bin/presskit
  case ":$PATH:" in
    *":$HOME/.local/bin:"* | *":$HOME/.local/bin/:"*)
      old=$(readlink "$link" 2>/dev/null || true)
      if [ "$old" = "$bin/presskit" ]; then
        linked=1
      elif [ ! -e "$link" ] && [ ! -L "$link" ] || [ "${old%/.venv/bin/presskit}" != "$old" ]; then
        mkdir -p "$HOME/.local/bin" && ln -sfn "$bin/presskit" "$link" \
          && say "linked $link -> $bin/presskit" && linked=1
      else
        say "left $link as it is (not a link this script made); this checkout's presskit is $bin/presskit"
      fi ;;
  esac
fi

# The viewer on Linux with no display would end in a long Qt abort: say it in one sentence instead.
if [ "$mode" = open ] && { [ $# = 0 ] || [ "$1" = open ]; } && [ "$(uname -s)" = Linux ] \
   && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
  die "presskit is installed, but there is no display here to open its window on (DISPLAY is not" \
    "set): run this from a desktop session. To check it without one: bash tools/setup.sh --open --self-test"
fi
case "$mode" in
  open)
    PATH=$bin:$PATH exec "$bin/presskit" ${1+"$@"} ;;
  test)
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    # The suite spends most of its time in builds and killed subprocesses, one core each: a process per
    # core (pytest-xdist) halves it on two cores. Each file runs whole in one process, so a module's
    # built kits are made once. Tests keep everything they write in their own temporary folders. The
    # fifteen slowest tests are listed before the summary: CI has a time budget, and that list says
    # where it goes.
    PATH=$bin:$PATH exec "$py" -m pytest -q -n auto --dist loadfile --durations=15 ${1+"$@"} ;;
  *)
    if [ "$linked" = 1 ]; then
      say "done: type presskit to run it"
    elif [ "$own_venv" = 1 ]; then
      say "done: run it as $bin/presskit (or put ~/.local/bin on your PATH and run this again;" \
        "then presskit is enough)"
    else
      say "done: presskit is installed in the active environment $env_dir"
    fi ;;
esac

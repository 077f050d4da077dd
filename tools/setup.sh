#!/usr/bin/env bash
# Install what presskit needs on a Debian/Ubuntu machine: the system libraries Qt loads (for a real
# window, or offscreen for tests), then presskit itself with pip.
#   bash tools/setup.sh          # to run the viewer
#   bash tools/setup.sh --test   # to run the tests (adds pytest, pytest-qt, hypothesis)
set -euo pipefail
cd "$(dirname "$0")/.."
extra=""
[ "${1:-}" = "--test" ] && extra="[test]"

pkgs=(libegl1 libgl1 libglx0 libglvnd0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
      libxkbcommon0 libx11-6 libxcb1 fonts-dejavu-core)
if [ -z "$extra" ]; then  # a real window on X11 needs the xcb platform plugin's libraries too
  pkgs+=(libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
         libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
         libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0)
fi
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
python3 -m pip install -q --disable-pip-version-check -e ".${extra}"

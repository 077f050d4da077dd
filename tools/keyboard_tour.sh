#!/usr/bin/env bash
# A keyboard-only tour of the viewer on the sample kit, as a delegate would make it, with screenshots.
#
#   bash tools/keyboard_tour.sh [WIDTHxHEIGHT] [en|fr] [OUT_DIR]      (default 1024x700 en docs/screenshots)
#
# Runs the real program (python -m presskit open) on a private Xvfb display with the openbox window
# manager, sends keys with xdotool only (no mouse, no calls into the program), and saves one PNG per
# step as OUT_DIR/tour-<lang>-<size>-<step>.png. User state lives in a temporary HOME, so the tour never
# depends on this machine's settings. Needs: Xvfb openbox and xdotool
# (Debian: apt-get install xvfb openbox xdotool).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1024x700}
lang=${2:-en}
out=${3:-docs/screenshots}
w=${size%x*}
h=${size#*x}
mkdir -p "$out"
python=${PYTHON:-python3}
display=":$((70 + RANDOM % 20))"
home=$(mktemp -d)
cleanup() {
  kill "${app:-}" "${wm:-}" "${xvfb:-}" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 "${w}x${h}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY=$display
openbox >/dev/null 2>&1 &
wm=$!
sleep 0.5

case $lang in fr) locale=fr_FR.UTF-8 ;; *) locale=en_GB.UTF-8 ;; esac
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache \
  LANG=$locale LC_ALL=$locale LANGUAGE=$lang QT_QPA_PLATFORM=xcb \
  "$python" -m presskit open assets/sample-kit >"$home/app.log" 2>&1 &
app=$!

win=$(xdotool search --sync --onlyvisible --class presskit | head -n 1)
xdotool windowactivate --sync "$win" 2>/dev/null || true
# The window manager puts a title bar and borders around the window (_NET_FRAME_EXTENTS: left, right,
# top, bottom): the window itself gets the screen less those, so the whole frame, status bar included,
# is on screen at every size.
frame() { xprop -id "$win" _NET_FRAME_EXTENTS 2>/dev/null | sed -n 's/^.*= *//p' | tr -d ' '; }
extents=""
for _ in $(seq 30); do extents=$(frame); [ -n "$extents" ] && break; sleep 0.1; done
IFS=, read -r fl fr ft fb <<<"${extents:-0,0,0,0}"
xdotool windowsize "$win" $((w - fl - fr)) $((h - ft - fb)) 2>/dev/null || true
sleep 0.3
# where the frame is: the window's own place and size (xwininfo) grown by the frame's extents
frame_geometry() {
  xwininfo -id "$win" | awk -v l="$fl" -v r="$fr" -v t="$ft" -v b="$fb" '
    /Absolute upper-left X/ {x = $NF} /Absolute upper-left Y/ {y = $NF} /^ *Width:/ {w = $NF}
    /^ *Height:/ {h = $NF} END {print x - l, y - t, w + l + r, h + t + b}'
}
# window managers differ in whether a move places the window or its frame: move, look, correct
# (no --sync: it waits for a change that a second, corrective move may not make)
xdotool windowmove "$win" 0 0 2>/dev/null || true
sleep 0.5
read -r fx fy fw fh < <(frame_geometry)
if [ "$fx" -ne 0 ] || [ "$fy" -ne 0 ]; then
  xdotool windowmove "$win" $((-fx)) $((-fy)) 2>/dev/null || true
  sleep 0.5
  read -r fx fy fw fh < <(frame_geometry)
fi
if [ $((fx + fw)) -gt "$w" ] || [ $((fy + fh)) -gt "$h" ] || [ "$fx" -lt 0 ] || [ "$fy" -lt 0 ]; then
  echo "the window (${fw}x${fh} at ${fx},${fy}, frame included) does not fit the ${w}x${h} screen" >&2
  exit 1
fi
sleep 7  # the kit opens and its index loads (slower on a busy machine)

n=0
shot() {
  n=$((n + 1))
  sleep "${2:-1.2}"
  local file
  file=$(printf '%s/tour-%s-%s-%02d-%s.png' "$out" "$lang" "$size" "$n" "$1")
  # the whole screen, grabbed by a separate Qt client on the same display
  QT_QPA_PLATFORM=xcb "$python" -c 'import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)' "$file"
  echo "$file"
}
key() { xdotool key --clearmodifiers --delay 80 "$@"; }
type_ascii() { xdotool type --delay 60 "$1"; }

shot welcome  # the first start greets a new user: Enter is "Start reading"
key Return
shot start
key ctrl+k
type_ascii "verification"
shot search 2.0
key Down Return
shot read-at-hit 2.5
key ctrl+f
type_ascii "stockpiles"
key Return
shot find-in-document 1.5
key Escape alt+Left
shot back 1.5
key ctrl+k ctrl+a
type_ascii '"une future scene de crime"'
shot french-phrase 2.0
key Down Return
shot french-at-hit 2.5
key ctrl+t
shot side-by-side 2.5
key ctrl+t ctrl+shift+q
shot quotes 2.5
key Escape F1
shot help 1.5
key Escape
kill "$app" 2>/dev/null || true
for _ in $(seq 50); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
kill -9 "$app" 2>/dev/null || true  # a program that does not end on SIGTERM must not hang the tour
wait "$app" 2>/dev/null || true
if grep -q "Traceback" "$home/app.log"; then
  echo "the program printed a traceback:" >&2
  cat "$home/app.log" >&2
  exit 1
fi

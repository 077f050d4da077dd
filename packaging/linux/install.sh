#!/bin/sh
# Install the built app for the current user: launcher, icon, and the .presskit file type.
#   packaging/linux/install.sh [APP_DIR]      (APP_DIR: the built dist/presskit folder)
# Puts a 'presskit' link in ~/.local/bin and the desktop files under ~/.local/share.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
app=$(cd "${1:-$repo/dist/presskit}" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
[ -x "$app/presskit" ] || { echo "no built app at $app (run: pyinstaller build.spec)" >&2; exit 2; }
mkdir -p "$HOME/.local/bin" "$data/applications" "$data/mime/packages"
ln -sf "$app/presskit" "$HOME/.local/bin/presskit"
for s in 16 24 32 48 64 128 256 512; do
  mkdir -p "$data/icons/hicolor/${s}x${s}/apps"
  cp "$repo/presskit/ui/resources/presskit-$s.png" "$data/icons/hicolor/${s}x${s}/apps/presskit.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$repo/presskit/ui/resources/presskit.svg" "$data/icons/hicolor/scalable/apps/presskit.svg"
sed "s|^Exec=presskit|Exec=$app/presskit|; s|^TryExec=presskit|TryExec=$app/presskit|" \
  "$here/presskit.desktop" > "$data/applications/presskit.desktop"
cp "$here/presskit-mime.xml" "$data/mime/packages/presskit.xml"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" || true
echo "installed: $data/applications/presskit.desktop (opens *.presskit files)"

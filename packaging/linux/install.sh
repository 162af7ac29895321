#!/usr/bin/env bash
# Install the built app folder (dist/trilemma) system-wide, with its menu entry, AppStream data and icons.
#   sudo packaging/linux/install.sh [PREFIX]      (PREFIX defaults to /usr/local)
# Needs the Qt xcb libraries on the machine (Debian/Ubuntu):
#   apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
#     libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 fonts-noto-cjk
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PREFIX="${1:-/usr/local}"
APP="$ROOT/dist/trilemma"
[ -x "$APP/trilemma" ] || { echo "build first: python3 packaging/build.py" >&2; exit 1; }
install -d "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo" "$PREFIX/share/icons"
rm -rf "$PREFIX/lib/trilemma"
cp -a "$APP" "$PREFIX/lib/trilemma"
ln -sf "$PREFIX/lib/trilemma/trilemma" "$PREFIX/bin/trilemma"
install -m 644 "$ROOT/packaging/linux/org.trilemma.Trilemma.desktop" "$PREFIX/share/applications/"
install -m 644 "$ROOT/packaging/linux/org.trilemma.Trilemma.metainfo.xml" "$PREFIX/share/metainfo/"
cp -r "$ROOT/resources/icons/hicolor" "$PREFIX/share/icons/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$PREFIX/share/icons/hicolor" || true
echo "installed: $PREFIX/bin/trilemma"

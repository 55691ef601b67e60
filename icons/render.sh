#!/bin/sh
# Renders the app icon's PNGs from the SVG (needs rsvg-convert: Debian's librsvg2-bin) into the hicolor
# layout and into the app's resources (window icons). The PNGs are committed: run this after editing the SVG.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/hicolor/scalable/apps/pvdm.svg"
res="$here/../src/main/resources/org/pvdm/icons"
command -v rsvg-convert >/dev/null || { echo "icons/render.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 2; }
mkdir -p "$res"
for s in 16 32 48 64 128 256; do
  mkdir -p "$here/hicolor/${s}x${s}/apps"
  rsvg-convert -w "$s" -h "$s" "$svg" -o "$here/hicolor/${s}x${s}/apps/pvdm.png"
  cp "$here/hicolor/${s}x${s}/apps/pvdm.png" "$res/pvdm-$s.png"
done
echo "icons/render.sh: rendered 16, 32, 48, 64, 128 and 256 px"

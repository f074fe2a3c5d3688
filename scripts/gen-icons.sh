#!/usr/bin/env bash
# Renders the application icon (packaging/linux/icons/io.github.pullscope.PullScope.svg)
# into the committed PNG sizes of the hicolor theme, the Windows .ico and the macOS
# .icns. The results are committed so that building and packaging need none of these
# tools; run this after changing the SVG. Needs rsvg-convert (librsvg2-bin), png2icns
# (icnsutils) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=packaging/linux/icons/io.github.pullscope.PullScope.svg
out=packaging/linux/icons
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" "$svg" -o "$out/$s.png"
done

# .ico: one PNG-compressed entry per size (Windows Vista and later read PNG entries).
python3 - "$out" packaging/windows/pullscope.ico <<'PY'
import struct, sys
src, dst = sys.argv[1], sys.argv[2]
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [open(f"{src}/{s}.png", "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
entries = b""
for s, data in zip(sizes, images):
    dim = 0 if s >= 256 else s  # 0 means 256 in an ICONDIRENTRY
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open(dst, "wb") as f:
    f.write(header + entries + b"".join(images))
PY

# .icns: png2icns picks the icon type from each PNG's size.
cp "$out"/{16,32,48,128,256,512}.png "$tmp/"
png2icns packaging/macos/pullscope.icns "$tmp"/{16,32,48,128,256,512}.png >/dev/null
echo "gen-icons: wrote $out/*.png, packaging/windows/pullscope.ico, packaging/macos/pullscope.icns"

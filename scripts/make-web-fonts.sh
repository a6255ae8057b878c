#!/usr/bin/env bash
# Makes the web fonts (WOFF2 subsets) from the Atkinson Hyperlegible TTFs the booklet embeds, so both use one source.
# "latin" (Basic Latin, Latin-1, the usual punctuation, €) covers Dutch and English and is preloaded by every page;
# "latin-ext" (Latin Extended-A/B, e.g. Turkish and Polish letters) is fetched only when a page shows such a letter
# (unicode-range in app.css). Needs Debian's fonttools with Brotli: apt-get install -y fonttools python3-brotli.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
src="$repo/src/EigenPlan.Booklet/Fonts"
dst="$repo/src/EigenPlan.Web/wwwroot/fonts"
latin="U+0000-00FF,U+0131,U+0152-0153,U+02C6,U+02DA,U+02DC,U+2013-2014,U+2018-201A,U+201C-201E,U+2020,U+2022,U+2026,U+2039-203A,U+2044,U+20AC,U+2122,U+2212,U+2215"
ext="U+0100-0130,U+0132-0151,U+0154-017F,U+0192,U+0218-021B,U+0300-0308,U+2113"
for weight in Regular Bold; do
  for part in latin ext; do
    [ "$part" = latin ] && ranges="$latin" || ranges="$ext"
    name="AtkinsonHyperlegible-$weight-$([ "$part" = latin ] && echo latin || echo latin-ext).woff2"
    /usr/bin/python3 -m fontTools.subset "$src/AtkinsonHyperlegible-$weight.ttf" --unicodes="$ranges" \
      --flavor=woff2 --layout-features='*' --output-file="$dst/$name"
  done
done
ls -l "$dst"/*.woff2

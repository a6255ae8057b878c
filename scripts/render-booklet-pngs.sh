#!/usr/bin/env bash
# Renders the cover, the huisjes page and the first topic page of a filled and a blank sample booklet, and five pages
# of the uitlegboekje, as PNGs into docs/booklet/, so people can see the booklet without opening a PDF, and the faces
# in grayscale at print resolution (what a black-and-white printer makes of them). Needs poppler-utils (pdftoppm, pdftotext).
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/booklet
dpi=${DPI:-80}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet run -c Release --project bench/EigenPlan.Bench --artifacts-path "${ARTIFACTS:-/tmp/art-booklet-pngs}" -- samples "$work" >/dev/null

# The first page whose first line matches the pattern (pages are found by their text, not by number).
find_page() {
  local pdf=$1 pattern=$2 pages
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  for ((i = 1; i <= pages; i++)); do
    if pdftotext -f "$i" -l "$i" "$pdf" - | head -1 | grep -q -- "$pattern"; then
      echo "$i"
      return
    fi
  done
  echo "Geen pagina met '$pattern' in $pdf" >&2
  exit 1
}

# "xMin yMin" in points of the first word on a page that equals the text and starts right of min_x.
word_at() {
  local pdf=$1 page=$2 text=$3 min_x=$4
  pdftotext -f "$page" -l "$page" -bbox "$pdf" - \
    | awk -F'"' -v text="$text" -v min_x="$min_x" '/<word / { w = $0; sub(/.*">/, "", w); sub(/<.*/, "", w); if (w == text && $2 + 0 >= min_x) { print $2, $4; exit } }'
}

# A part of a page (x y width height in points) in grayscale at 150 dpi.
gray_crop() {
  local pdf=$1 page=$2 x=$3 y=$4 w=$5 h=$6 name=$7
  local px="* 150 / 72" args
  args=$(awk "BEGIN { printf \"-x %d -y %d -W %d -H %d\", $x $px, $y $px, $w $px, $h $px }")
  # shellcheck disable=SC2086
  pdftoppm -gray -r 150 -f "$page" -l "$page" $args -png -singlefile "$pdf" "$out/$name"
}

mkdir -p "$out"
for kind in filled blank; do
  pdf="$work/booklet-$kind.pdf"
  cover=1
  houses=$(find_page "$pdf" '^De huisjes$')
  # A topic page starts with its house name; the first house's first topic follows the huisjes and the notes.
  topic=$(( $(find_page "$pdf" '^Wat gaat goed en wat gaat niet goed?$') ))
  while pdftotext -f "$topic" -l "$topic" "$pdf" - | grep -q 'Wat gaat goed en wat gaat niet goed'; do topic=$((topic + 1)); done
  for page in cover houses topic; do
    pdftoppm -r "$dpi" -f "${!page}" -l "${!page}" -png -singlefile "$pdf" "$out/$kind-$page"
  done

  if [[ $kind == blank ]]; then
    # The legend under the huisjes: the five faces with their words.
    read -r _ y < <(word_at "$pdf" "$houses" Gaat 0)
    gray_crop "$pdf" "$houses" 55 "$(awk "BEGIN { print $y - 36 }")" 480 72 faces-gray
  else
    # The faces beside a topic, one of them chosen.
    read -r x y < <(word_at "$pdf" "$topic" Hoe 300)
    gray_crop "$pdf" "$topic" "$(awk "BEGIN { print $x - 6 }")" "$(awk "BEGIN { print $y - 6 }")" 160 186 faces-chosen-gray
  fi
done

# The uitlegboekje: its cover, a resident's huisjes, the first topic's explanation and the first example on it, and
# the last page.
uitleg="$work/uitlegboekje.pdf"
dotnet run -c Release --project src/EigenPlan.Cli --artifacts-path "${ARTIFACTS:-/tmp/art-booklet-pngs}" -- \
  uitlegboekje --municipality almere -o "$uitleg" --date 2026-03-12 --site https://eigenplan.almere.nl >/dev/null
examples=$(find_page "$uitleg" '^Voorbeeld van')
explained=$(pdftotext "$uitleg" - | awk 'BEGIN { RS = "\f" } /Zo zijn de vragen bedoeld/ { print NR; exit }')
example=$((explained + 1))
last=$(pdfinfo "$uitleg" | awk '/^Pages:/ {print $2}')
for page in cover:1 houses:$examples topic:$explained example:$example last:$last; do
  pdftoppm -r "$dpi" -f "${page#*:}" -l "${page#*:}" -png -singlefile "$uitleg" "$out/uitleg-${page%%:*}"
done

ls -1 "$out"/*.png

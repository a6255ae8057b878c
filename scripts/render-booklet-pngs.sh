#!/usr/bin/env bash
# Renders the cover, the huisjes page and the first topic page of a filled and a blank sample booklet as PNGs into
# docs/booklet/, so people can see the booklet without opening a PDF. Needs poppler-utils (pdftoppm, pdftotext).
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
done

ls -1 "$out"/*.png

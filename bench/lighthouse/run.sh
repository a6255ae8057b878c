#!/usr/bin/env bash
# Lighthouse (mobile, its default throttled profile) on every resident page of a published Production build, then
# each page's height, controls and words at 390×844 (page-sizes.mjs).
#
#   bench/lighthouse/run.sh            # publish, start on a free loopback port, make a plan, run, print the table
#   RUNS=3 bench/lighthouse/run.sh     # median of 3 runs per page (default 1)
#   PUBLISHED=/tmp/out bench/lighthouse/run.sh   # use an existing publish folder instead of publishing
#   SIZES_ONLY=1 bench/lighthouse/run.sh         # only the page sizes (height, controls, words), no Lighthouse
#
# Needs Node/npm (Lighthouse 12.2.3 is installed into bench/lighthouse/node_modules; 13.x wants Node 22) and Debian's
# chromium (/usr/bin/chromium; Lighthouse never downloads a browser here). Reports land in test-output/lighthouse/.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
runs="${RUNS:-1}"
out="$repo/test-output/lighthouse"
mkdir -p "$out"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$CHROME_PATH" ] || { echo "chromium missing: apt-get install -y chromium" >&2; exit 2; }

if [ ! -x "$here/node_modules/.bin/lighthouse" ]; then
  (cd "$here" && npm i -E --no-audit --no-fund lighthouse@12.2.3 >/dev/null)
fi

work="$(mktemp -d)"
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

published="${PUBLISHED:-}"
if [ -z "$published" ]; then
  published="$work/app"
  echo "publishing Release to $published …" >&2
  dotnet publish "$repo/src/EigenPlan.Web" -c Release -o "$published" --nologo -v q >&2
fi

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
mkdir -p "$work/data"
(cd "$published" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
  Storage__DatabasePath="$work/data/eigenplan.db" Content__Path="$repo/content" \
  exec ./EigenPlan.Web >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fs "$base/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$base/health/ready" >/dev/null || { echo "app did not start; log:" >&2; cat "$work/app.log" >&2; exit 1; }

# A plan through the real start form (antiforgery token and all); its cookies go to Lighthouse as a header.
jar="$work/cookies"
token="$(curl -fs -c "$jar" "$base/nieuw/almere" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//;s/"$//')"
location="$(curl -fs -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode "_handler=nieuw-plan" --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Form.Name=Bench" --data-urlencode "Form.FilledInBy=Self" "$base/nieuw/almere")"
plan="${location%/code}"
plan="/${plan#*://*/}"
[[ "$plan" == /plan/* ]] || { echo "no plan made (redirect: $location)" >&2; exit 1; }
cookie="$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar")"
headers="$work/headers.json"
printf '{"Cookie":"%s"}' "$cookie" >"$headers"

pages=(
  "start|/"
  "verder|/verder"
  "code|$plan/code"
  "huisjes|$plan/huisjes"
  "een huisje|$plan/huisjes/geldzaken"
  "onderwerp|$plan/onderwerp/geldzaken.inkomen"
  "overzicht|$plan/overzicht"
  "mijn plan|$plan/mijn-plan"
)

[ -n "${SIZES_ONLY:-}" ] || printf '\n| page | perf | LCP | TBT | CLS | FCP |\n|---|---:|---:|---:|---:|---:|\n'
for entry in "${pages[@]}"; do
  [ -z "${SIZES_ONLY:-}" ] || break
  name="${entry%%|*}"
  path="${entry#*|}"
  file="$out/$(echo "$name" | tr ' ' '-')"
  for run in $(seq 1 "$runs"); do
    "$here/node_modules/.bin/lighthouse" "$base$path" --quiet --only-categories=performance \
      --extra-headers="$headers" --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
      --output=json --output-path="$file-$run.json" >/dev/null 2>>"$work/lighthouse.log" || true
  done
  node -e '
    const fs = require("fs");
    const [prefix, runs, name] = [process.argv[1], +process.argv[2], process.argv[3]];
    const rows = [];
    for (let i = 1; i <= runs; i++) {
      try { rows.push(JSON.parse(fs.readFileSync(`${prefix}-${i}.json`, "utf8"))); } catch {}
    }
    const median = (f) => { const v = rows.map(f).sort((a, b) => a - b); return v[Math.floor((v.length - 1) / 2)]; };
    if (!rows.length) { console.log(`| ${name} | failed | | | | |`); process.exit(0); }
    const a = (r, id) => r.audits[id].numericValue;
    console.log(`| ${name} | ${Math.round(median(r => r.categories.performance.score * 100))} | ` +
      `${(median(r => a(r, "largest-contentful-paint")) / 1000).toFixed(1)} s | ${Math.round(median(r => a(r, "total-blocking-time")))} ms | ` +
      `${median(r => a(r, "cumulative-layout-shift")).toFixed(3)} | ${(median(r => a(r, "first-contentful-paint")) / 1000).toFixed(1)} s |`);
  ' "$file" "$runs" "$name"
done
echo
sizes=()
for entry in "${pages[@]}"; do sizes+=("${entry%%|*}=${entry#*|}"); done
node "$here/page-sizes.mjs" "$base" "$headers" "${sizes[@]}"
echo
echo "reports: $out (Lighthouse $("$here/node_modules/.bin/lighthouse" --version), $runs run(s) per page, median)"

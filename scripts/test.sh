#!/usr/bin/env bash
# Runs every test of the solution (unit, bunit, PDF, CLI and end-to-end in Debian's Chromium).
# Installs what it needs first, so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-test-tools.sh

dotnet build EigenPlan.sln -c Release --nologo -v quiet

log=$(mktemp)
status=0
# One project at a time: the browser tests measure nothing, but they should not fight the other suites for 2 cores.
for project in tests/*/*.csproj; do
  echo "== $(basename "$(dirname "$project")")"
  dotnet test "$project" -c Release --no-build --nologo 2>&1 | tee -a "$log" || status=$?
done

# One closing line that any CI reads: the totals over all test projects.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi

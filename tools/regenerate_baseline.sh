#!/usr/bin/env bash
# Before the first release only: rewrite migration 0001 from the current models.
# (After a release, never rewrite a migration: add one with tools/new_migration.py.)
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/egide-baseline.lock
flock 9
versions=desktop/storage/migrations/versions
rm -f "$versions"/0001_*.py
.venv/bin/python tools/new_migration.py "baseline: the whole first-cut domain model" >/dev/null
mv "$versions"/0001_*.py "$versions/0001_baseline.py" 2>/dev/null || true
sed -i 's/[[:space:]]*$//' "$versions/0001_baseline.py"
echo "regenerated $versions/0001_baseline.py"

#!/usr/bin/env bash
# Runs the bundle's own self-test the way a bare PC would: a fresh empty HOME, no venv, no
# project folder on the path, no display. Prints the bundle's size; exit 1 if a check fails.
set -euo pipefail
bundle="$(realpath "${1:-dist/Egide}")"
clean="$(mktemp -d)"
trap 'rm -rf "$clean"' EXIT
echo "Paquet : $bundle ($(du -sh "$bundle" | cut -f1))"
cd "$clean"
env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$clean" QT_QPA_PLATFORM=offscreen \
    "$bundle/egide-cli" --self-test

#!/usr/bin/env bash
# Verifies systemd/tidings.service with systemd-analyze; any warning on stderr fails the check
# (systemd-analyze verify exits 0 on unknown keys). Skips with a message when systemd-analyze is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
unit=systemd/tidings.service
if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "check-unit: systemd-analyze not installed: skipped"
    exit 0
fi
# verify wants the ExecStart binary to exist: point it at a stand-in in a temporary copy.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed "s|/usr/local/bin/tidings|/bin/true|g" "$unit" > "$tmp/tidings.service"
out=$(systemd-analyze verify "$tmp/tidings.service" 2>&1 || true)
out=$(printf '%s\n' "$out" | grep -v -e '^$' -e 'Cannot add dependency job' -e 'Failed to .* bus' || true)
if [ -n "$out" ]; then
    echo "check-unit: systemd-analyze verify complained:"
    printf '%s\n' "$out"
    exit 1
fi
score=$(systemd-analyze security --offline=true "$tmp/tidings.service" 2>/dev/null | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
echo "check-unit: verify OK; exposure ${score:-unknown}"
if [ -n "$score" ] && awk -v s="$score" 'BEGIN { exit !(s > 2.5) }'; then
    echo "check-unit: exposure $score is above 2.5"
    exit 1
fi

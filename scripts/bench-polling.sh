#!/usr/bin/env bash
# Polling benchmark (issue 4): N feeds served by nginx on many 127.0.x.y hosts, four cycles of
# `tidings run --once` — first (all new), steady state (every feed 200 with a new lastBuildDate,
# items already stored), all-304, and steady state with one item of every feed edited (so every
# body is parsed and its known items compared) — beside a baseline measured in the same run:
# `curl --parallel` fetching the same URLs plus `xmllint --noout` over the same bytes.
#
# Usage: scripts/bench-polling.sh [N_FEEDS=10000] [BINARY=.build/release/tidings]
# Needs: nginx-light, curl, libxml2-utils, /usr/bin/time (apt-get install -y nginx-light curl libxml2-utils time).
set -euo pipefail
N=${1:-10000}
BIN=$(realpath "${2:-.build/release/tidings}")
HOSTS=${HOSTS:-200}
PORT=${PORT:-18080}
WORK=$(mktemp -d /tmp/tidings-bench-polling.XXXXXX)
chmod 755 "$WORK"  # nginx workers run unprivileged
trap 'nginx -c "$WORK/nginx.conf" -p "$WORK" -s stop 2>/dev/null || true; rm -rf "$WORK"' EXIT
here=$(cd "$(dirname "$0")" && pwd)

python3 "$here/bench-polling-gen.py" "$WORK/www" "$N"
bytes=$(du -sb "$WORK/www/feeds" | cut -f1)

host() { echo "127.0.$(( $1 / 250 + 1 )).$(( $1 % 250 + 1 ))"; }
{
    echo "worker_processes 2; pid $WORK/nginx.pid; error_log $WORK/error.log; user root;"
    echo "events { worker_connections 4096; }"
    echo "http { access_log off; etag on; keepalive_requests 100000; types { application/rss+xml xml; }"
    echo "  server {"
    for h in $(seq 0 $((HOSTS - 1))); do echo "    listen $(host "$h"):$PORT;"; done
    echo "    root $WORK/www; } }"
} > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK"

mkdir -p "$WORK/run"
{
    echo "database = $WORK/run/bench.db"
    echo "host_delay = 0s"
    echo "concurrency = 64"
    echo "log_level = error"
    for i in $(seq 0 $((N - 1))); do
        printf 'http://%s:%d/feeds/f%05d.xml\n' "$(host $((i % HOSTS)))" "$PORT" "$i"
    done
} > "$WORK/run/feeds.conf"
grep '^http' "$WORK/run/feeds.conf" > "$WORK/urls.txt"

measure() {  # label, command...: prints "label wall_s cpu_s maxrss_mb"
    local label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" > "$WORK/out.txt" 2> "$WORK/err.txt" || {
        echo "$label failed:"; tail -5 "$WORK/err.txt"; exit 1; }
    read -r wall user sys rss < "$WORK/time.txt"
    printf '%-28s wall %7.2f s  cpu %7.2f s  peak RSS %6.1f MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "scale=1; $rss/1024" | bc)"
    echo "$label $wall $(echo "$user + $sys" | bc) $rss" >> "$WORK/results.txt"
}

echo "== $N feeds, $((bytes / 1048576)) MB, $HOSTS hosts =="
# Baseline: fetch everything with curl --parallel, then parse the same bytes with xmllint.
sed 's|^\(.*\)/feeds/\(f[0-9]*.xml\)$|url = "\1/feeds/\2"\noutput = "'"$WORK"'/dl/\2"|' "$WORK/urls.txt" > "$WORK/curl.cfg"
mkdir -p "$WORK/dl"
measure "baseline curl --parallel" curl --parallel --parallel-max 64 --compressed -s -K "$WORK/curl.cfg"
measure "baseline xmllint --noout" sh -c "find '$WORK/dl' -name '*.xml' -print0 | xargs -0 -n 500 xmllint --noout"

cd "$WORK/run"
measure "tidings cycle 1 (all new)" "$BIN" run --once --config feeds.conf
grep -h "polled" "$WORK/err.txt" || true
python3 "$here/bench-polling-gen.py" "$WORK/www" "$N" --build-date "Tue, 25 Nov 2025 10:00:00 GMT"
measure "tidings cycle 2 (200, known)" "$BIN" run --once --config feeds.conf
measure "tidings cycle 3 (all 304)" "$BIN" run --once --config feeds.conf
grep -h "polled" "$WORK/err.txt" || true
python3 "$here/bench-polling-gen.py" "$WORK/www" "$N" --build-date "Wed, 26 Nov 2025 10:00:00 GMT" --edit-first-item
measure "tidings cycle 4 (200, 1 edit)" "$BIN" run --once --config feeds.conf
grep -h "polled" "$WORK/err.txt" || true

awk '
    { wall[$0] = 0 }
    /^baseline curl/ { ccpu = $(NF-1); cwall = $(NF-2) }
    /^baseline xmllint/ { xcpu = $(NF-1) }
    /^tidings cycle 2/ { t2 = $(NF-1) }
    /^tidings cycle 3/ { t3 = $(NF-1) }
    /^tidings cycle 4/ { t4 = $(NF-1) }
    END {
        base = ccpu + xcpu
        printf "baseline (curl + xmllint) cpu %.2f s; steady-state 200 cycle / baseline = %.2f (goal <= 1.5)\n", base, t2 / base
        printf "304 cycle cpu %.2f s (goal <= 3)\n", t3
        printf "200 cycle with one edited item per feed (every body parsed) / baseline = %.2f\n", t4 / base
    }' FS=' ' "$WORK/results.txt" | sed 's/^/  /'

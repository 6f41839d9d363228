#!/usr/bin/env bash
# CLI latency benchmark (BENCHMARKS.md, "CLI"): generates a store of ARTICLES articles in about
# ARTICLES/5 stories (once; kept in $TIDINGS_BENCH_DIR, default /tmp/tidings-bench), then times
# `tidings stories`, `tidings story ID` and `tidings search` with the release binary.
#
# usage: scripts/bench-cli.sh [ARTICLES (default 1000000)] [RUNS (default 30)]
#   TIDINGS_BENCH_REGENERATE=1 regenerates the store; TIDINGS_BINARY picks another binary.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
articles=${1:-1000000}
runs=${2:-30}
dir=${TIDINGS_BENCH_DIR:-/tmp/tidings-bench}
binary=${TIDINGS_BINARY:-$root/.build/release/tidings}

if [ ! -x "$binary" ]; then
    (cd "$root" && nice swift build -c release --product tidings)
fi
mkdir -p "$dir"
config="$dir/feeds.conf"
if [ ! -f "$dir/bench.db" ] || [ "${TIDINGS_BENCH_REGENERATE:-0}" = 1 ]; then
    rm -f "$dir"/bench.db "$dir"/bench.db-* "$dir"/bench.db.lock
    printf 'database = "%s/bench.db"\n' "$dir" > "$config"
    "$binary" run --once --config "$config" >/dev/null 2>&1   # creates the schema (every migration)
    python3 "$root/scripts/bench-cli-generate.py" "$dir/bench.db" "$articles"
fi
echo "binary: $binary ($(uname -m), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg))"
python3 "$root/scripts/bench-cli-measure.py" "$binary" "$config" "$runs"

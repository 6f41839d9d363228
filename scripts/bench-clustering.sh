#!/usr/bin/env bash
# Clustering benchmark (issue 5): ingest rate of `tidings cluster` on one core over synthetic full-text
# articles recombined from ../shared/clustering (scripts/bench-clustering-gen.py, seeded, in date order
# at 2,740 articles a day), peak memory, and the per-article cost with 10k and with 1M articles already
# ingested.
#
# Usage: scripts/bench-clustering.sh [LARGE=1000000] [BINARY=.build/release/tidings]
#   (a) 100,000 articles, whole file then cluster (the batch path the daemon uses): articles/s, peak RSS
#   (b) the same with --sorted (streamed, memory bounded by the window)
#   (c) LARGE articles with --sorted --progress 10000: processor microseconds per article for articles
#       10,001-20,000 versus the last 10,000, and peak RSS
# Needs python3 and /usr/bin/time (apt-get install -y time). Files go to $BENCH_DIR (default
# /tmp/tidings-bench-clustering, about 2 KB per article; kept for the next run).
set -euo pipefail
LARGE=${1:-1000000}
BIN=${2:-.build/release/tidings}
here=$(cd "$(dirname "$0")" && pwd)
shared=${SHARED:-$here/../../shared/clustering}
[ -d "$shared" ] || { echo "no $shared (the shared corpora); set SHARED=" >&2; exit 1; }
DIR=${BENCH_DIR:-/tmp/tidings-bench-clustering}
mkdir -p "$DIR"
if [ "${2:-}" = "" ]; then (cd "$here/.." && nice swift build -c release --product tidings >/dev/null); fi
# One core; rates are per second of user time, which other work on a shared machine barely moves.
run1() { taskset -c "${CPU:-0}" nice /usr/bin/time -f '%e %U %M' "$@"; }

gen() {  # gen N FILE
    [ -s "$2" ] || python3 "$here/bench-clustering-gen.py" "$shared" "$1" > "$2"
}
gen 100000 "$DIR/a100k.jsonl"
mb=$(( $(stat -c %s "$DIR/a100k.jsonl") / 1000000 ))
span() { python3 -c "import json,sys; print(json.loads(sys.argv[1])['date'], '..', json.loads(sys.argv[2])['date'])" "$(head -1 "$1")" "$(tail -1 "$1")"; }
echo "input: 100,000 articles, $mb MB, $(span "$DIR/a100k.jsonl")"

echo "== (a) 100k, batch (tidings cluster FILE)"
run1 "$BIN" cluster "$DIR/a100k.jsonl" --config /dev/null > "$DIR/out-batch.jsonl" 2> "$DIR/time-batch.txt"
read -r e u m < <(tail -1 "$DIR/time-batch.txt")
echo "wall ${e}s  user ${u}s  $(python3 -c "print(f'{100000/$u:,.0f}')") articles/s of user time ($(python3 -c "print(f'{100000/$e:,.0f}')") of wall time)  peak RSS $((m / 1024)) MB"

echo "== (b) 100k, streamed (tidings cluster FILE --sorted)"
run1 "$BIN" cluster "$DIR/a100k.jsonl" --config /dev/null --sorted > "$DIR/out-sorted.jsonl" 2> "$DIR/time-sorted.txt"
read -r e u m < <(tail -1 "$DIR/time-sorted.txt")
echo "wall ${e}s  user ${u}s  $(python3 -c "print(f'{100000/$u:,.0f}')") articles/s of user time ($(python3 -c "print(f'{100000/$e:,.0f}')") of wall time)  peak RSS $((m / 1024)) MB"
if cmp -s <(sort "$DIR/out-batch.jsonl") <(sort "$DIR/out-sorted.jsonl"); then echo "same assignments as batch"; else echo "ASSIGNMENTS DIFFER from batch"; fi

echo "== (c) $LARGE articles streamed, per-article cost by slice (--progress 10000)"
gen "$LARGE" "$DIR/a$LARGE.jsonl"
echo "input: $LARGE articles, $(( $(stat -c %s "$DIR/a$LARGE.jsonl") / 1000000 )) MB, $(span "$DIR/a$LARGE.jsonl")"
run1 "$BIN" cluster "$DIR/a$LARGE.jsonl" --config /dev/null --sorted --progress 10000 > /dev/null 2> "$DIR/progress.txt"
read -r e u m < <(tail -1 "$DIR/progress.txt")
python3 - "$DIR/progress.txt" "$LARGE" "$u" "$m" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if "us/article" in l]
cost = {int(r[0]): float(r[4]) for r in rows}
n, user, rss = int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
at10k, last = cost[20000], cost[max(cost)]
print(f"user {user}s  {n / user:,.0f} articles/s overall  peak RSS {rss // 1024} MB")
print(f"per article with 10k ingested (articles 10,001-20,000): {at10k:.1f} us")
print(f"per article with {max(cost) - 10000:,} ingested (the last 10,000): {last:.1f} us  ratio {last / at10k:.2f}")
marks = sorted(cost)
print("slices:", "  ".join(f"{k // 1000}k:{cost[k]:.0f}" for k in marks[:: max(1, len(marks) // 10)]))
PY

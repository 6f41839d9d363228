#!/usr/bin/env bash
# Parser throughput against libxml2 itself: 1,000 generated feeds x 50 items (~111 MB of RSS 2.0 and
# Atom with article HTML) parsed to the full model (including HTML -> text) by `tidings parse DIR`,
# and by `xmllint --noout` on the same bytes, in the same run. Prints MB/s, the ratio and peak RSS.
#
# Usage: scripts/bench-parser.sh [CORPUS_DIR] [JOBS...]     (default /tmp/tidings-parser-bench, jobs 1 2)
# Also times scripts/bench-parser-floor.c, the least libxml2 work the full model needs (when cc is there).
# Needs: python3, xmllint (Debian libxml2-utils), GNU time (/usr/bin/time). Run on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-/tmp/tidings-parser-bench}
shift || true
if [ "$#" -gt 0 ]; then jobs_list=("$@"); else jobs_list=(1 2); fi

if [ ! -f "$corpus/feed-0999.xml" ]; then
    python3 scripts/bench-parser-gen.py "$corpus" --feeds 1000 --items 50
fi
bin=.build/release/tidings
if ! nice swift build -c release --product tidings >/dev/null 2>&1; then
    [ -x "$bin" ] || { echo "release build failed" >&2; exit 1; }
    echo "warning: release build failed; measuring the existing $bin" >&2
fi
bytes=$(cat "$corpus"/feed-*.xml | wc -c)
cat "$corpus"/feed-*.xml >/dev/null  # warm the page cache for both tools

measure() {  # label, command...: prints "label wall_seconds peak_kb"
    local label=$1
    shift
    local stats
    stats=$(mktemp)
    /usr/bin/time -f '%e %M' -o "$stats" "$@" >/dev/null 2>&1 || true
    echo "$label $(tail -1 "$stats")"
    rm -f "$stats"
}

printf '%-22s %9s %9s %10s %8s\n' tool seconds MB/s peak_MB ratio
read -r _ xs xkb < <(measure xmllint xmllint --noout "$corpus"/feed-*.xml)
xrate=$(python3 -c "print(f'{$bytes/1e6/$xs:.1f}')")
printf '%-22s %9s %9s %10s %8s\n' "xmllint --noout" "$xs" "$xrate" "$((xkb / 1024))" "1.00"
# The floor: the libxml2 work the full model cannot avoid (XML SAX without a tree + the HTML SAX
# parse of every article body, entity lookups left out), one process; see bench-parser-floor.c.
floor=$(mktemp -d)
if cc -O2 scripts/bench-parser-floor.c -o "$floor/floor" $(pkg-config --cflags --libs libxml-2.0) 2>/dev/null; then
    read -r _ fs fkb < <(measure floor "$floor/floor" "$corpus"/feed-*.xml)
    frate=$(python3 -c "print(f'{$bytes/1e6/$fs:.1f}')")
    fratio=$(python3 -c "print(f'{$xs/$fs:.2f}')")
    printf '%-22s %9s %9s %10s %8s\n' "libxml2 floor" "$fs" "$frate" "$((fkb / 1024))" "$fratio"
else
    echo "(no C compiler: libxml2 floor not measured)"
fi
rm -rf "$floor"
for j in "${jobs_list[@]}"; do
    read -r _ ts tkb < <(measure tidings "$bin" parse "$corpus" --jobs "$j")
    trate=$(python3 -c "print(f'{$bytes/1e6/$ts:.1f}')")
    ratio=$(python3 -c "print(f'{$xs/$ts:.2f}')")
    printf '%-22s %9s %9s %10s %8s\n' "tidings parse --jobs $j" "$ts" "$trate" "$((tkb / 1024))" "$ratio"
done
echo "corpus: $bytes bytes in $(ls "$corpus"/feed-*.xml | wc -l) files; wall-clock seconds incl. reading files"

#!/usr/bin/env bash
# Every fixture week (Tests/TidingsEndToEndTests/Fixtures/scenarios) and ../shared's iraq-week through
# the daemon, as MultilingualScenarioTests runs them: serve the week's feeds on 127.0.0.1, `tidings run
# --once`, swap in the second poll (*.update.xml, *.page2.xml), run again, then score
# `tidings stories --json --all` with ../shared/tools/score_stories.py (its --json object, then its
# summary line, which is dropped).
#
# Usage: scripts/bench-weeks.sh [BINARY] [OUT.jsonl]
#   BINARY  default .build/release/tidings (built if missing)
#   OUT     one JSON line per week (score_stories.py --json plus "week"); default a temporary file
#   KEEP=DIR (environment) also keeps each week's `tidings stories --json --all` as DIR/WEEK.json
# Prints the summary: weeks, mean pairwise F1, stories mixing two events, weeks with English-only F1
# >= 0.95, weeks meeting all four bars of the held-back scenario (English-only >= 0.95, no mixing,
# cross-language recall >= 0.6, pairwise F1 >= 0.8). Two weeks run at a time; about half a minute.
# Needs ../shared (or SHARED=...) for the scorer, and python3.
source "$(dirname "$0")/bench-common.sh"
[ -f "$shared/tools/score_stories.py" ] || { echo "no $shared/tools/score_stories.py (the shared scorer); set SHARED=" >&2; exit 1; }
W=$(mktemp -d /tmp/tidings-weeks.XXXXXX)
trap 'rm -rf "$W"' EXIT
OUT=${2:-$W/weeks.jsonl}
: > "$OUT"

# week DIR: one JSON line for the week in DIR (retried when the local server was not up in time).
week() {
    local dir=$1 name work port server result
    name=$(basename "$dir")
    for attempt in 1 2 3; do
        work=$(mktemp -d "$W/$name.XXXXXX")
        mkdir -p "$work/www"
        # Every feed file the week serves (RSS, Atom, RDF, JSON Feed), not its labels, config or notes.
        for f in "$dir"/*; do
            case $(basename "$f") in
                labels.json | feeds.conf | README* | *.update.* | *.page2.*) ;;
                *) cp "$f" "$work/www/" ;;
            esac
        done
        touch -d '2025-01-26 00:00' "$work"/www/*
        port=$((20000 + RANDOM % 20000))
        (cd "$work/www" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
        server=$!
        for _ in $(seq 20); do (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.2; done
        { echo "host_delay = 0s"; echo "database = $work/db.sqlite"; sed "s|{BASE}|http://127.0.0.1:$port|" "$dir/feeds.conf"; } > "$work/feeds.conf"
        "$BIN" run --once --config "$work/feeds.conf" 2>/dev/null || true
        for u in "$dir"/*.update.xml "$dir"/*.page2.xml; do
            [ -e "$u" ] || continue
            local b
            b=$(basename "$u"); b=${b%.update.xml}; b=${b%.page2.xml}
            cp "$u" "$work/www/$b.xml"; touch "$work/www/$b.xml"
        done
        "$BIN" run --once --config "$work/feeds.conf" 2>/dev/null || true
        "$BIN" stories --json --all --config "$work/feeds.conf" > "$work/stories.json" 2>/dev/null || echo '[]' > "$work/stories.json"
        kill "$server" 2>/dev/null || true
        result=$(python3 "$shared/tools/score_stories.py" "$dir/labels.json" "$work/stories.json" --json |
            python3 -c "import json, sys; t = sys.stdin.read(); d = json.loads(t[:t.rindex('}') + 1]); d['week'] = sys.argv[1]; print(json.dumps(d))" "$name")
        [ -n "${KEEP:-}" ] && cp "$work/stories.json" "$KEEP/$name.json"
        rm -rf "$work"
        python3 -c "import json, sys; sys.exit(0 if json.loads(sys.argv[1])['coverage'] > 0 else 1)" "$result" && break
    done
    echo "$result"
}
export -f week
export BIN W shared KEEP

dirs=("$here"/../Tests/TidingsEndToEndTests/Fixtures/scenarios/*/)
[ -d "$shared/scenarios/iraq-week" ] && dirs+=("$shared/scenarios/iraq-week/")
printf '%s\n' "${dirs[@]}" | xargs -P 2 -I{} bash -c 'week "$1"' _ {} >> "$OUT"

python3 - "$OUT" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
def cross(r):
    c = r.get("cross_language_recall")
    return 1.0 if c in (None, "n/a") else float(c)
english = [r for r in rows if (r.get("english_pairwise_f1") or 0) >= 0.95]
bars = [r for r in english if not r["mixed_stories"] and cross(r) >= 0.6 and r["pairwise"]["f1"] >= 0.8]
print(f"weeks {len(rows)}  mean pairwise F1 {sum(r['pairwise']['f1'] for r in rows) / len(rows):.4f}  "
      f"stories mixing two events {sum(len(r['mixed_stories']) for r in rows)}  "
      f"English-only >= 0.95 in {len(english)}  all four bars in {len(bars)}")
for r in rows:
    if r.get("coverage", 1) < 1:
        print(f"{r['week']}: {len(r.get('missing', []))} labelled items not stored (coverage {r['coverage']})")
PY

#!/usr/bin/env bash
# Clustering quality on the shared labelled data, in one command:
#   ECB+ and UCI in four shuffled orders (seeds 7, 1, 2, 3) through `tidings cluster`,
#   iraq-week in one pass through `tidings cluster` and through the daemon (two polls).
# Usage: scripts/bench-quality.sh [BINARY]   (default .build/release/tidings, built if missing)
#        SHUFFLES="$(seq -s ' ' 201 216)" scripts/bench-quality.sh [BINARY]   (also mean/min/max over those)
# Needs ../shared (or SHARED=...) and python3.
source "$(dirname "$0")/bench-common.sh"
[ -d "$shared/clustering" ] || { echo "no $shared/clustering (the shared corpora); set SHARED=" >&2; exit 1; }
W=$(mktemp -d /tmp/tidings-quality.XXXXXX)
# CLUSTER_CONF=FILE: clustering settings (feeds.conf lines such as `cluster_threshold = 0.3`) for every run.
CONF=$(realpath "${CLUSTER_CONF:-/dev/null}")
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$W"' EXIT

score() {  # score GOLD PRED [score.py options]: prints "F1 (P p R r)"
    python3 "$shared/clustering/score.py" "$@" | awk '/^pairwise/ { printf "%s (P %s R %s)", $7, $3, $5 }'
}
for corpus in ecbplus-dev uci-dev; do
    line="$corpus:"
    for seed in 7 1 2 3; do
        python3 -c "import random,sys; l=open(sys.argv[1]).read().splitlines(); random.Random(int(sys.argv[2])).shuffle(l); print('\n'.join(l))" \
            "$shared/clustering/$corpus.jsonl" "$seed" > "$W/in.jsonl"
        "$BIN" cluster "$W/in.jsonl" --config "$CONF" > "$W/out.jsonl"
        line="$line  seed $seed $(score "$shared/clustering/$corpus.jsonl" "$W/out.jsonl")"
    done
    echo "$line"
done

# SHUFFLES="101 102 …": the mean and range of pairwise F1 over those shuffles as well (single
# shuffles move by ±0.02 on UCI, so compare changes over a dozen or more).
if [ -n "${SHUFFLES:-}" ]; then
    for corpus in ecbplus-dev uci-dev; do
        scores=""
        for seed in $SHUFFLES; do
            python3 -c "import random,sys; l=open(sys.argv[1]).read().splitlines(); random.Random(int(sys.argv[2])).shuffle(l); print('\n'.join(l))" \
                "$shared/clustering/$corpus.jsonl" "$seed" > "$W/in.jsonl"
            "$BIN" cluster "$W/in.jsonl" --config "$CONF" > "$W/out.jsonl"
            scores="$scores $(python3 "$shared/clustering/score.py" "$shared/clustering/$corpus.jsonl" "$W/out.jsonl" | awk '/^pairwise/ { print $7 }')"
        done
        python3 -c "import sys, statistics as s; v = [float(x) for x in sys.argv[2:]]; print(f'{sys.argv[1]} over {len(v)} shuffles: mean {s.mean(v):.4f} min {min(v):.4f} max {max(v):.4f}')" "$corpus" $scores
    done
fi

S="$shared/scenarios/iraq-week"
# One pass: every distinct item of the scenario as a JSON Lines archive (parsed by tidings itself).
for f in "$S"/*.xml; do "$BIN" parse "$f" --json > "$W/$(basename "$f" .xml).json" 2>/dev/null; done
python3 - "$S/labels.json" "$W" > "$W/iraq.jsonl" <<'PY'
import json, sys
labels, work = json.load(open(sys.argv[1])), sys.argv[2]
entries = {}
for item in labels["items"]:
    feed = item["feed"][:-4]
    for e in json.load(open(f"{work}/{feed}.json"))["entries"]:
        entries[(item["feed"], e.get("id") or e.get("link"))] = e
seen = set()
for item in labels["items"]:
    if item.get("same_item_as") or item["guid"] in seen:
        continue
    seen.add(item["guid"])
    e = entries[(item["feed"], item["guid"])]
    date = item["published"].replace("T", " ").replace("Z", "") if item["published"] else None
    print(json.dumps({"id": item["guid"], "title": e.get("title") or "", "text": e.get("text") or "",
                      "date": date, "lang": item["lang"], "source": item["feed"], "cluster": item["event"]}))
PY
"$BIN" cluster "$W/iraq.jsonl" --config "$CONF" > "$W/iraq-out.jsonl"
echo "iraq-week, one pass: $(score "$W/iraq.jsonl" "$W/iraq-out.jsonl")"

# Through the daemon: serve the feeds, poll, swap in the update, poll again, score the stories.
mkdir -p "$W/www"
cp "$S"/*.xml "$W/www/"
touch -d '2025-01-26 00:00' "$W"/www/*.xml
port=$((20000 + RANDOM % 20000))
(cd "$W/www" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
sleep 1
{ cat "$CONF"; echo "host_delay = 0s"; echo "database = $W/db.sqlite"; sed "s|{BASE}|http://127.0.0.1:$port|" "$S/feeds.conf"; } > "$W/feeds.conf"
"$BIN" run --once --config "$W/feeds.conf" 2>/dev/null
cp "$S/basnews-en.update.xml" "$W/www/basnews-en.xml"
touch "$W/www/basnews-en.xml"
"$BIN" run --once --config "$W/feeds.conf" 2>/dev/null
"$BIN" stories --json --all --config "$W/feeds.conf" > "$W/stories.json"
echo "iraq-week, daemon: $(python3 "$shared/tools/score_stories.py" "$S/labels.json" "$W/stories.json" | tail -1)"

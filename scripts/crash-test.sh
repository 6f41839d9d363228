#!/usr/bin/env bash
# Crash test: kills the tidings daemon with SIGKILL at random points of ingest, over and over, then checks
# that the database is intact, that every item the feeds serve is stored exactly once (in its latest
# version), and that every article belongs to exactly one story whose row exists.
#
# Usage:
#   swift build                                  # or: swift build -c release
#   scripts/crash-test.sh [path/to/tidings]      # default .build/debug/tidings
#
# Environment:
#   ROUNDS=50        how many start/kill rounds
#   SEED=<n>         random seed (printed at the start; pass it back to replay the same run)
#   MIN_LIFE=0.05    shortest time (s) a daemon runs before the SIGKILL
#   MAX_LIFE=1.5     longest time (s) a daemon runs before the SIGKILL
#   KEEP=1           keep the work directory (feeds, database, logs) for inspection
#
# What happens (loopback only; needs bash and python3 with its sqlite3 module; builds nothing):
#   - 20 RSS feeds of 30 items are generated into a temporary directory and served by
#     python's http.server on 127.0.0.1 (a free port), each answer delayed 0-150 ms; files carry strictly increasing mtimes so
#     Last-Modified / If-Modified-Since always see a change.
#   - Each round: some feed files change (items added, an item's title and text edited), one new feed is
#     added to feeds.conf (due at once), and on two rounds of three all feeds are marked due in the
#     database (the daemon honours next_poll across restarts, so without this a restart would not
#     re-poll; the third round starts on the WAL the SIGKILL left, which python's checkpoint-on-close
#     would otherwise always clean up);
#     then `tidings run` starts and is killed with SIGKILL after a random 0.05-1.5 s.
#   - A final clean `tidings run --once` polls everything; then python's sqlite3 checks:
#     PRAGMA integrity_check is ok, foreign keys hold, every served (feed URL, guid) is stored exactly
#     once with its latest title, no article is stored that no feed served, every article has exactly
#     one story_articles row, every story_id has a stories row, and every stories row has members
#     (with article_count equal to their number).
# Exit status: 0 when every check passes, 1 otherwise (2 on a setup problem). Takes about 1-2 minutes.
set -euo pipefail

BIN=${1:-.build/debug/tidings}
ROUNDS=${ROUNDS:-50}
SEED=${SEED:-$(( $(date +%s) % 100000 ))}
MIN_LIFE=${MIN_LIFE:-0.05}
MAX_LIFE=${MAX_LIFE:-1.5}

if [ ! -x "$BIN" ]; then
    echo "crash-test: no executable at $BIN (build first: swift build)" >&2
    exit 2
fi
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
command -v python3 >/dev/null || { echo "crash-test: python3 is required" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/tidings-crash.XXXXXX")
server_pid=""
daemon_pid=""
cleanup() {
    if [ -n "$daemon_pid" ]; then kill -9 "$daemon_pid" 2>/dev/null || true; wait "$daemon_pid" 2>/dev/null || true; fi
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    if [ "${KEEP:-0}" = 1 ]; then echo "crash-test: work directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

started=$(date +%s)
echo "crash-test: binary $BIN, $ROUNDS rounds, seed $SEED, work directory $work"
# A private copy: a rebuild during the run must not swap the binary under us.
cp "$BIN" "$work/tidings"
BIN=$work/tidings

# ---------------------------------------------------------------------------------------------------
# The fixture generator and the checker, in python.
cat > "$work/fixtures.py" <<'PY'
"""Feed fixtures for the crash test: generate, mutate, mark due, check. State lives in state.json."""
import json, os, random, sqlite3, sys
from xml.sax.saxutils import escape

WORK = sys.argv[1]
WWW = os.path.join(WORK, "www")
STATE = os.path.join(WORK, "state.json")
DB = os.path.join(WORK, "tidings.db")
WORDS = ("minister parliament Baghdad Erbil election council budget oil river dam drought protest court "
         "border trade talks ceasefire summit university hospital festival football museum bridge flood "
         "harvest airport railway market currency bank refinery pipeline governor mayor reform").split()


def load():
    with open(STATE) as f:
        return json.load(f)


def save(state):
    tmp = STATE + ".tmp"
    with open(tmp, "w") as f:
        json.dump(state, f)
    os.replace(tmp, STATE)


SYLLABLES = "ka lo mi ru te sa no vi da pe zu ho ga ri se tu ba ne ko ya".split()


def topic_words(topic):
    # Six made-up words per topic, so items of one topic (across feeds) share terms and others do not.
    r = random.Random(topic)
    return ["".join(r.choice(SYLLABLES) for _ in range(3)).capitalize() for _ in range(6)]


def sentence(rng, n, topic=None):
    own = topic_words(topic) if topic is not None else []
    words = [rng.choice(own) if own and rng.random() < 0.6 else rng.choice(WORDS) for _ in range(n)]
    return " ".join(words)


def new_item(rng, feed, number):
    topic = rng.randrange(60)
    return {"guid": f"{feed}-item-{number}", "rev": 0, "topic": topic, "words": sentence(rng, 8, topic),
            "text": sentence(rng, 30, topic), "day": rng.randint(1, 27), "hour": rng.randint(0, 23)}


def title(item):
    suffix = f" rev {item['rev']}" if item["rev"] else ""
    return f"{item['guid']} {item['words']}{suffix}"


def write_feed(state, name):
    feed = state["feeds"][name]
    items = []
    for item in reversed(feed["items"]):
        items.append(
            "<item><title>{t}</title><link>http://news.example/{f}/{g}</link><guid isPermaLink=\"false\">{g}</guid>"
            "<pubDate>Mon, {d:02d} Nov 2026 {h:02d}:00:00 GMT</pubDate><description>{x}</description></item>".format(
                t=escape(title(item)), f=name, g=escape(item["guid"]), d=item["day"], h=item["hour"],
                x=escape(item["text"] + (f" (revised {item['rev']})" if item["rev"] else ""))))
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Outlet {n}</title>'
            "<link>http://news.example/{n}</link><description>crash test</description>\n{i}\n</channel></rss>\n"
            ).format(n=name, i="\n".join(items))
    path = os.path.join(WWW, name + ".xml")
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(body)
    # Strictly increasing whole-second mtimes: Last-Modified always changes with the content.
    state["clock"] += 1
    os.utime(tmp, (state["clock"], state["clock"]))
    os.replace(tmp, path)


def write_config(state, port):
    lines = ["# crash test", "host_delay = 0s", "timeout = 20s", "min_interval = 1m", "interval = 30m",
             "concurrency = 8", "per_host_connections = 8", ""]
    for name in state["configured"]:
        lines.append(f'http://127.0.0.1:{port}/{name}.xml name="{name}" lang=en')
    with open(os.path.join(WORK, "feeds.conf"), "w") as f:
        f.write("\n".join(lines) + "\n")


def add_feed(state, rng, name, count):
    state["feeds"][name] = {"items": [], "next": 1}
    for _ in range(count):
        feed = state["feeds"][name]
        feed["items"].append(new_item(rng, name, feed["next"]))
        feed["next"] += 1
    state["configured"].append(name)
    write_feed(state, name)


def cmd_gen(seed):
    import time
    os.makedirs(WWW, exist_ok=True)
    state = {"feeds": {}, "configured": [], "clock": int(time.time()) - 30 * 86400, "seed": seed,
             "added": 0, "edited": 0}
    rng = random.Random(seed)
    for i in range(20):
        add_feed(state, rng, f"feed{i:02d}", 30)
    save(state)


def cmd_mutate(round_number, port):
    state = load()
    rng = random.Random(state["seed"] * 1000 + round_number)
    bases = [n for n in state["configured"] if n.startswith("feed")]
    for name in rng.sample(bases, 4):
        feed = state["feeds"][name]
        if rng.random() < 0.5:
            for _ in range(rng.randint(1, 3)):
                feed["items"].append(new_item(rng, name, feed["next"]))
                feed["next"] += 1
                state["added"] += 1
        else:
            item = rng.choice(feed["items"])
            item["rev"] += 1
            item["words"] = sentence(rng, 8, item.get("topic"))
            state["edited"] += 1
        write_feed(state, name)
    add_feed(state, rng, f"extra{round_number:03d}", 10)
    write_config(state, port)
    save(state)


def cmd_config(port):
    state = load()
    write_config(state, port)


def cmd_due():
    # The daemon keeps next_poll across restarts; make every feed due so the restart has work.
    if not os.path.exists(DB):
        return
    db = sqlite3.connect(DB, timeout=10)
    try:
        db.execute("UPDATE feeds SET next_poll = NULL")
        db.commit()
    finally:
        db.close()


def cmd_check():
    state = load()
    failures = []
    db = sqlite3.connect(f"file:{DB}?mode=ro", uri=True, timeout=10)
    integrity = [r[0] for r in db.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        failures.append(f"integrity_check: {integrity[:5]}")
    fk = db.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        failures.append(f"foreign_key_check: {len(fk)} violations, e.g. {fk[:3]}")

    port = state["port"]
    served = 0
    missing, duplicated, stale = [], [], []
    for name in state["configured"]:
        url = f"http://127.0.0.1:{port}/{name}.xml"
        rows = db.execute(
            "SELECT a.entry_id, a.title FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE f.url = ?", (url,)
        ).fetchall()
        stored = {}
        for entry_id, stored_title in rows:
            stored.setdefault(entry_id, []).append(stored_title)
        guids = set()
        for item in state["feeds"][name]["items"]:
            served += 1
            guids.add(item["guid"])
            titles = stored.get(item["guid"], [])
            if not titles:
                missing.append(f"{name}/{item['guid']}")
            elif len(titles) > 1:
                duplicated.append(f"{name}/{item['guid']} x{len(titles)}")
            elif titles[0] != title(item):
                stale.append(f"{name}/{item['guid']}: stored {titles[0]!r}, served {title(item)!r}")
        extra = set(stored) - guids
        if extra:
            failures.append(f"{name}: {len(extra)} stored articles no feed served, e.g. {sorted(extra)[:3]}")
    if missing:
        failures.append(f"{len(missing)} served items not stored, e.g. {missing[:5]}")
    if duplicated:
        failures.append(f"{len(duplicated)} served items stored more than once, e.g. {duplicated[:5]}")
    if stale:
        failures.append(f"{len(stale)} items stored in an old version, e.g. {stale[:3]}")

    articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    dup_rows = db.execute(
        "SELECT COUNT(*) FROM (SELECT feed_id, entry_id FROM articles GROUP BY feed_id, entry_id HAVING COUNT(*) > 1)"
    ).fetchone()[0]
    if dup_rows:
        failures.append(f"{dup_rows} (feed, entry) pairs stored more than once")
    no_story = db.execute(
        "SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)").fetchone()[0]
    if no_story:
        failures.append(f"{no_story} articles belong to no story")
    multi_story = db.execute(
        "SELECT COUNT(*) FROM (SELECT article_id FROM story_articles GROUP BY article_id HAVING COUNT(*) > 1)"
    ).fetchone()[0]
    if multi_story:
        failures.append(f"{multi_story} articles belong to more than one story")
    orphan_members = db.execute(
        "SELECT COUNT(*) FROM story_articles WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
    if orphan_members:
        failures.append(f"{orphan_members} story memberships name a missing article")
    no_story_row = db.execute(
        "SELECT COUNT(DISTINCT story_id) FROM story_articles WHERE story_id NOT IN (SELECT id FROM stories)"
    ).fetchone()[0]
    if no_story_row:
        failures.append(f"{no_story_row} story ids in story_articles have no stories row")
    empty_stories = db.execute(
        "SELECT COUNT(*) FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)").fetchone()[0]
    if empty_stories:
        failures.append(f"{empty_stories} stories have no articles")
    bad_counts = db.execute(
        "SELECT COUNT(*) FROM stories s WHERE s.article_count != "
        "(SELECT COUNT(*) FROM story_articles m WHERE m.story_id = s.id)").fetchone()[0]
    if bad_counts:
        failures.append(f"{bad_counts} stories have an article_count that differs from their members")
    stories = db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
    multi = db.execute("SELECT COUNT(*) FROM stories WHERE article_count > 1").fetchone()[0]
    feeds = db.execute("SELECT COUNT(*) FROM feeds").fetchone()[0]
    db.close()

    print(f"crash-test: {feeds} feeds, {served} served items, {articles} articles stored, "
          f"{stories} stories ({multi} with more than one article); "
          f"{state['added']} items added and {state['edited']} edited between rounds")
    for f in failures:
        print(f"crash-test: FAIL: {f}")
    if not failures:
        print("crash-test: database checks passed (integrity ok, every served item stored exactly once in its latest "
              "version, every article in exactly one existing story)")
    sys.exit(1 if failures else 0)


def cmd_port(port):
    state = load()
    state["port"] = int(port)
    save(state)


if __name__ == "__main__":
    command = sys.argv[2]
    if command == "gen":
        cmd_gen(int(sys.argv[3]))
    elif command == "port":
        cmd_port(sys.argv[3])
    elif command == "mutate":
        cmd_mutate(int(sys.argv[3]), int(sys.argv[4]))
    elif command == "config":
        cmd_config(int(sys.argv[3]))
    elif command == "due":
        cmd_due()
    elif command == "check":
        cmd_check()
    else:
        sys.exit(f"unknown command {command}")
PY
fixtures() { python3 "$work/fixtures.py" "$work" "$@"; }

# The loopback server: python's http.server for the files, each answer held back a random 0-150 ms so a
# poll cycle's fetches and writes spread over time and the SIGKILLs land in the middle of them.
cat > "$work/server.py" <<'PY'
import functools, http.server, random, sys, time

rng = random.Random(int(sys.argv[2]))


class Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        time.sleep(rng.uniform(0, 0.15))
        super().do_GET()


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=sys.argv[1]))
print(f"serving on 127.0.0.1 port {server.server_address[1]}", flush=True)
server.serve_forever()
PY

# ---------------------------------------------------------------------------------------------------
# Fixtures and the loopback server.
fixtures gen "$SEED"
python3 -u "$work/server.py" "$work/www" "$SEED" >"$work/server.out" 2>"$work/server.log" &
server_pid=$!
port=""
for _ in $(seq 1 100); do
    port=$(sed -n 's/.* port \([0-9][0-9]*\).*/\1/p' "$work/server.out" | head -n 1)
    [ -n "$port" ] && break
    sleep 0.1
done
if [ -z "$port" ]; then
    echo "crash-test: the fixture server did not start" >&2
    cat "$work/server.log" >&2
    exit 2
fi
fixtures port "$port"
fixtures config "$port"
echo "crash-test: serving 20 feeds on 127.0.0.1:$port"

# ---------------------------------------------------------------------------------------------------
# The rounds: start, let it work for a random moment, SIGKILL, change the feeds.
lifetime() {
    # A deterministic pseudo-random lifetime in [MIN_LIFE, MAX_LIFE] seconds for round $1.
    python3 -c "import random,sys; r=random.Random($SEED*7919+$1); print(f'{r.uniform($MIN_LIFE,$MAX_LIFE):.3f}')"
}
killed_starting=0
killed_ingesting=0
killed_later=0
for round in $(seq 1 "$ROUNDS"); do
    life=$(lifetime "$round")
    "$BIN" run --config "$work/feeds.conf" --database "$work/tidings.db" --log-level info \
        >>"$work/daemon.out" 2>"$work/round.log" &
    daemon_pid=$!
    sleep "$life"
    if ! kill -0 "$daemon_pid" 2>/dev/null; then
        wait "$daemon_pid" && status=0 || status=$?
        echo "crash-test: round $round: the daemon exited by itself (status $status) before the kill" >&2
        tail -n 20 "$work/round.log" >&2
        exit 1
    fi
    kill -9 "$daemon_pid"
    wait "$daemon_pid" 2>/dev/null || true
    daemon_pid=""
    # Where did the kill land? Before the daemon was ready, during its first cycle, or after it.
    if ! grep -q "tidings running" "$work/round.log"; then
        killed_starting=$((killed_starting + 1))
    elif ! grep -q "cycle 1:" "$work/round.log"; then
        killed_ingesting=$((killed_ingesting + 1))
    else
        killed_later=$((killed_later + 1))
    fi
    { echo "--- round $round (killed after ${life}s)"; cat "$work/round.log"; } >>"$work/daemon.log"
    fixtures mutate "$round" "$port"
    if [ $((round % 3)) -ne 0 ]; then fixtures due; fi
    if [ -t 1 ]; then
        printf '\rcrash-test: round %d/%d (killed after %ss)   ' "$round" "$ROUNDS" "$life"
    elif [ $((round % 10)) -eq 0 ]; then
        echo "crash-test: round $round/$ROUNDS"
    fi
done
if [ -t 1 ]; then echo; fi
echo "crash-test: $ROUNDS SIGKILLs: $killed_starting while starting, $killed_ingesting during the first poll cycle" \
    "(fetch, store, cluster), $killed_later after it"

# ---------------------------------------------------------------------------------------------------
# A clean final pass, then the checks.
if ! "$BIN" run --once --config "$work/feeds.conf" --database "$work/tidings.db" --log-level warning \
    >"$work/once.out" 2>"$work/once.log"; then
    echo "crash-test: FAIL: the final tidings run --once failed:" >&2
    cat "$work/once.log" >&2
    exit 1
fi
tail -n 1 "$work/once.log" | sed 's/^/crash-test: final run --once: /'
final_status=0
if ! grep -Eq '\(0 failed[,)]' "$work/once.log"; then
    echo "crash-test: FAIL: some feeds failed in the final pass:"
    grep -v '^$' "$work/once.log" | head -n 20
    final_status=1
fi
if grep -Eq '(^| )(error|critical): ' "$work/once.log"; then
    echo "crash-test: FAIL: the final pass logged errors:"
    grep -E '(^| )(error|critical): ' "$work/once.log" | head -n 10
    final_status=1
fi
check_status=0
fixtures check || check_status=$?
elapsed=$(( $(date +%s) - started ))
echo "crash-test: finished in ${elapsed}s (seed $SEED)"
if [ "$check_status" -ne 0 ] || [ "$final_status" -ne 0 ]; then exit 1; fi
exit 0

#!/usr/bin/env bash
# Dead hosts benchmark (issue 4): DEAD feeds on hosts that never answer a connection attempt
# (loopback listeners whose accept queue is full, so every SYN is dropped), listed BEFORE
# HEALTHY feeds served by nginx. Two cycles of `tidings run --once`; for each, the seconds until
# every healthy feed was polled (from the database) and the whole cycle's wall time.
#
# Usage: scripts/bench-dead-hosts.sh [DEAD=1000] [HEALTHY=100] [BINARY=.build/release/tidings]
# Needs: nginx-light, python3, root (it raises the open-file limit for the listeners).
set -euo pipefail
DEAD=${1:-1000}
HEALTHY=${2:-100}
BIN=$(realpath "${3:-.build/release/tidings}")
PORT=${PORT:-18090}
WORK=$(mktemp -d /tmp/tidings-bench-dead.XXXXXX)
chmod 755 "$WORK"
here=$(cd "$(dirname "$0")" && pwd)
ulimit -n 16384
trap 'kill "$listener" 2>/dev/null || true; nginx -c "$WORK/nginx.conf" -p "$WORK" -s stop 2>/dev/null || true; rm -rf "$WORK"' EXIT

# The dead hosts: 127.0.2.x … , one listener each with a zero-length accept queue, filled.
python3 - "$DEAD" "$WORK/dead.txt" <<'EOF' &
import socket, sys, time, signal
n, out = int(sys.argv[1]), sys.argv[2]
keep = []
with open(out, "w") as f:
    for i in range(n):
        address = "127.0.%d.%d" % (2 + i // 250, 1 + i % 250)
        s = socket.socket(); s.bind((address, 0)); s.listen(0)
        port = s.getsockname()[1]
        for _ in range(2):
            c = socket.socket(); c.setblocking(False)
            try: c.connect((address, port))
            except BlockingIOError: pass
            keep.append(c)
        keep.append(s)
        f.write("http://%s:%d/feed.xml\n" % (address, port))
    f.flush()
open(out + ".ready", "w").close()
signal.pause()
EOF
listener=$!
while [ ! -f "$WORK/dead.txt.ready" ]; do sleep 0.2; done

python3 "$here/bench-polling-gen.py" "$WORK/www" "$HEALTHY"
{
    echo "worker_processes 1; pid $WORK/nginx.pid; error_log $WORK/error.log; user root;"
    echo "events { worker_connections 1024; }"
    echo "http { access_log off; etag on; types { application/rss+xml xml; }"
    echo "  server { listen 127.0.1.1:$PORT; root $WORK/www; } }"
} > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK"

mkdir -p "$WORK/run"
{
    echo "database = $WORK/run/bench.db"
    echo "host_delay = 0s"
    echo "per_host_connections = 8"
    echo "concurrency = 64"
    echo "log_level = error"
    cat "$WORK/dead.txt"
    for i in $(seq 0 $((HEALTHY - 1))); do printf 'http://127.0.1.1:%d/feeds/f%05d.xml\n' "$PORT" "$i"; done
} > "$WORK/run/feeds.conf"

cd "$WORK/run"
echo "== $DEAD dead hosts listed before $HEALTHY healthy feeds; concurrency 64, connect_timeout 10s =="
for cycle in 1 2; do
    start=$(date +%s.%N)
    "$BIN" run --once --config feeds.conf > /dev/null 2> "$WORK/err.txt" || true
    end=$(date +%s.%N)
    last=$("$BIN" feeds --config feeds.conf --json | python3 -c '
import datetime, json, sys
feeds = json.load(sys.stdin)["feeds"]
healthy = [f for f in feeds if "127.0.1.1" in f["url"]]
times = [datetime.datetime.fromisoformat(f["last_poll"]).timestamp() for f in healthy if f.get("last_poll")]
print(max(times) if len(times) == len(healthy) else float("nan"))')
    python3 -c "s=$start; e=$end; l=$last; print(f'cycle $cycle: every healthy feed polled {l - s:5.1f} s after the start; cycle wall {e - s:5.1f} s')"
    grep -h "polled" "$WORK/err.txt" | sed 's/^/  /' || true
done

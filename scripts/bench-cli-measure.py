#!/usr/bin/env python3
"""Times the reading commands of the tidings CLI on a generated store (see bench-cli.sh).

usage: bench-cli-measure.py TIDINGS_BINARY CONFIG [RUNS]
Prints a Markdown table: command, p50 and p95 wall-clock milliseconds over RUNS runs each
(after one warm-up run), output bytes.
"""
import random
import re
import sqlite3
import subprocess
import sys
import time

binary, config = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 30
database = re.search(r'database\s*=\s*"([^"]+)"', open(config).read()).group(1)
db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
rng = random.Random(6)
story_ids = [row[0] for row in db.execute("SELECT id FROM stories ORDER BY random() LIMIT 200")]
big_story = db.execute("SELECT id FROM stories ORDER BY article_count DESC LIMIT 1").fetchone()[0]
articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
stories = db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]


def word_with_frequency(lang, low, high):
    """A title word of a random `lang` article whose document frequency is within [low, high]."""
    for _ in range(400):
        row = db.execute(
            "SELECT title FROM articles WHERE id = ? AND lang = ?", (rng.randint(1, articles), lang)
        ).fetchone()
        if not row:
            continue
        word = rng.choice(row[0].split())
        count = db.execute("SELECT COUNT(*) FROM article_search WHERE article_search MATCH ?", (f'"{word}"',)).fetchone()[0]
        if low <= count <= high:
            return word, count
    raise SystemExit(f"no {lang} word with {low}..{high} matches")


rare, rare_n = word_with_frequency("en", 50, 1_000)
common, common_n = word_with_frequency("en", 10_000, 200_000)
arabic, arabic_n = word_with_frequency("ar", 50, 5_000)
pair_a, _ = word_with_frequency("en", 1_000, 20_000)
pair_b, _ = word_with_frequency("en", 1_000, 20_000)

cases = [
    ("stories", ["stories"]),
    ("stories --all --limit 50", ["stories", "--all", "--limit", "50"]),
    ("stories --json --limit 50", ["stories", "--json", "--limit", "50"]),
    ("stories --min-outlets 3 --lang ar", ["stories", "--min-outlets", "3", "--lang", "ar"]),
    ("stories --tag kurdistan --since 24h", ["stories", "--tag", "kurdistan", "--since", "24h"]),
    ("stories --feed 'Outlet 7' --since 30d", ["stories", "--feed", "Outlet 7", "--since", "30d"]),
    ("story ID (random ids)", None),
    (f"story ID --json (largest story)", ["story", str(big_story), "--json"]),
    (f"search RARE ({rare_n} articles match)", ["search", rare]),
    (f"search COMMON ({common_n} articles match)", ["search", common]),
    (f"search ARABIC ({arabic_n} articles match)", ["search", arabic]),
    ("search TWO WORDS", ["search", pair_a, pair_b]),
    (f"search RARE --json", ["search", rare, "--json"]),
]


def once(arguments):
    started = time.perf_counter()
    result = subprocess.run([binary, *arguments, "--config", config], capture_output=True)
    elapsed = (time.perf_counter() - started) * 1000
    if result.returncode != 0:
        raise SystemExit(f"{arguments}: exit {result.returncode}: {result.stderr.decode()}")
    return elapsed, len(result.stdout)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


print(f"store: {articles:,} articles in {stories:,} stories; {runs} runs per command after a warm-up run\n")
print("| command | p50 ms | p95 ms | output bytes |")
print("|---|---:|---:|---:|")
for label, arguments in cases:
    times = []
    size = 0
    for i in range(runs + 1):
        args = arguments or ["story", str(story_ids[i % len(story_ids)])]
        elapsed, size = once(args)
        if i > 0:
            times.append(elapsed)
    print(f"| `tidings {label}` | {percentile(times, 50):.1f} | {percentile(times, 95):.1f} | {size:,} |")

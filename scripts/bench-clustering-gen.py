#!/usr/bin/env python3
"""Generates the clustering benchmark input: ARTICLES full-text news articles as JSON Lines, in date order.

Usage: bench-clustering-gen.py SHARED_CLUSTERING_DIR ARTICLES [--seed 7] [--per-day 2740] [--headlines]

Articles are recombined from the shared corpora (never copied into the repository): every synthetic
event draws 25 ECB+ sentences as its facts, one ECB+ event as its theme, and a made-up place name and
number of its own; each of its articles gets a headline (the event's name and a title of the theme or of
any ECB+ or UCI article), and a body of about 300 words: four fifths sentences of the event's facts, one
fifth sentences of any article, with the event's name woven into every sentence (so
that no sentence recurs under one outlet often enough to look like boilerplate) and its number in some. Event sizes are exponential around 4.5 articles, 200 outlets, and articles arrive at
PER_DAY a day (2,740 a day is 1,000,000 a year, a large aggregator's rate), each within two days of its
event's start, so the 96-hour window holds about 11,000 articles. Written in date order (RFC 3339 dates)
so that `tidings cluster --sorted` can stream it. Deterministic for a given seed.
"""
import argparse
import heapq
import json
import pathlib
import random
import re
import sys
import calendar
import time

SYLLABLES = ["ka", "ra", "mo", "sel", "din", "bar", "tu", "zan", "lo", "qu", "mir", "hal", "ve", "dor", "ish",
             "am", "bek", "ru", "sa", "tan", "kol", "ne", "vi", "gor"]


def load(directory):
    themes = {}
    everything = []
    titles = []
    for line in open(directory / "ecbplus-dev.jsonl", encoding="utf-8"):
        item = json.loads(line)
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", item.get("text") or "") if len(s.split()) >= 5]
        themes.setdefault(item["cluster"], {"sentences": [], "titles": []})
        themes[item["cluster"]]["sentences"] += sentences
        if item.get("title"):
            themes[item["cluster"]]["titles"].append(item["title"])
            titles.append(item["title"])
        everything += sentences
    for line in open(directory / "uci-dev.jsonl", encoding="utf-8"):
        item = json.loads(line)
        if item.get("title"):
            titles.append(item["title"])
    themes = [t for t in themes.values() if len(t["sentences"]) >= 3]
    return themes, everything, titles


def weave(rng, sentence, name):
    """The sentence with the event's name after one of its words."""
    words = sentence.split(" ")
    at = rng.randrange(1, len(words))
    return " ".join(words[:at] + ["in", name] + words[at:])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("shared", type=pathlib.Path)
    parser.add_argument("articles", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-day", type=float, default=2740.0)
    parser.add_argument("--headlines", action="store_true", help="titles only, no bodies")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    themes, everything, titles = load(args.shared)
    start = calendar.timegm((2024, 1, 1, 0, 0, 0))
    mean_size = 4.5
    event_gap = 86400.0 * mean_size / args.per_day  # seconds between event starts
    out = sys.stdout
    pending = []  # heap of (time, serial, line)
    written = 0
    serial = 0
    clock = float(start)
    event = 0
    while written < args.articles:
        clock += rng.expovariate(1.0 / event_gap)
        # Everything published before this event's start can no longer be preceded: write it.
        while pending and pending[0][0] <= clock and written < args.articles:
            out.write(heapq.heappop(pending)[2])
            written += 1
        event += 1
        theme = rng.choice(themes)
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        # Every sentence carries the event's name: a source re-using a corpus sentence verbatim under
        # many items would have it dropped as boilerplate, which real news does not do.
        facts = [weave(rng, s, name) for s in rng.sample(everything, 25)]
        number = str(rng.randint(3, 900))
        size = max(1, int(round(rng.expovariate(1.0 / mean_size))))
        for _ in range(size):
            when = clock + min(rng.expovariate(1.0 / 21600.0), 172800.0)
            title = name + ": " + (rng.choice(theme["titles"] or titles) if rng.random() < 0.5 else rng.choice(titles))
            body = ""
            if not args.headlines:
                words = 0
                parts = []
                while words < 300:
                    if rng.random() < 0.8:
                        sentence = rng.choice(facts)
                    else:
                        sentence = weave(rng, rng.choice(everything), name)
                    if rng.random() < 0.1:
                        sentence += " At least %s people were affected." % number
                    parts.append(sentence)
                    words += len(sentence.split())
                body = " ".join(parts)
            serial += 1
            stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(when)))
            line = json.dumps({"id": "a%d" % serial, "source": "outlet-%d" % rng.randrange(200), "title": title,
                               "text": body, "date": stamp, "lang": "en", "event": "e%d" % event},
                              ensure_ascii=False) + "\n"
            heapq.heappush(pending, (when, serial, line))
    while pending and written < args.articles:
        out.write(heapq.heappop(pending)[2])
        written += 1


if __name__ == "__main__":
    main()

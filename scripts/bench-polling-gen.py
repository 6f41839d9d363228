#!/usr/bin/env python3
"""Generates N RSS 2.0 feeds (~50 KB, 50 items each) for the polling benchmark.

Usage: bench-polling-gen.py OUT_DIR N_FEEDS [--build-date TEXT] [--edit-first-item]
       bench-polling-gen.py --jsonl N_FEEDS > items.jsonl   (the same items as `tidings cluster` input)
Files go to OUT_DIR/feeds/fNNNNN.xml. Item texts are recombined from a fixed vocabulary with a
seeded PRNG, so runs are repeatable; --build-date changes only <lastBuildDate> (a re-serve with
the same items, as most servers do); --edit-first-item also appends " (updated)" to the newest
item's title, so every feed must be parsed and its known items compared.
"""
import itertools
import os
import random
import sys
from email.utils import formatdate

WORDS = ("minister council province border security forces attack village salary budget oil pipeline "
         "export talks parliament election court ruling protest market prices drought water dam river "
         "festival museum library school university hospital vaccine storm flood earthquake bridge road "
         "railway airport harbour ship cargo container fishing farmers wheat harvest energy power grid "
         "solar wind factory workers strike union agreement treaty summit envoy delegation ceasefire "
         "drone strike militia police investigation arrest trial verdict sentence appeal report survey").split()


SYLLABLES = "ka lo mi ra ten su vor al en is ba de gu fa ni ro zel tam".split()
# A 20,000-word vocabulary drawn with a Zipf-like skew, as news text is: common words everywhere,
# rare ones (names, places, specifics) that tell one event from another.
_vocab_rng = random.Random(42)
VOCAB = WORDS + ["".join(_vocab_rng.choice(SYLLABLES) for _ in range(_vocab_rng.randint(2, 4)))
                 for _ in range(20_000)]
WEIGHTS = [1.0 / (rank + 1) for rank in range(len(VOCAB))]
CUMULATIVE = list(itertools.accumulate(WEIGHTS))  # computed once: random.choices would redo it per call


def paragraph(rng, n, names=()):
    words = rng.choices(VOCAB, cum_weights=CUMULATIVE, k=n)
    for name in names:
        words.insert(rng.randrange(len(words) + 1), name)
    return " ".join(words).capitalize() + "."


def items(index):
    """The 50 items of feed `index`: (published, title, paragraphs), newest first."""
    rng = random.Random(index)
    now = 1_764_000_000
    result = []
    for i in range(50):
        published = now - (i * 86_400 // 10) - rng.randrange(3600)
        names = ["".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() for _ in range(3)]
        title = paragraph(rng, 9, names[:2])
        paragraphs = [paragraph(rng, 40, names) for _ in range(3)]
        result.append((published, title, paragraphs))
    return result


def feed(index, build_date, edit=False):
    out = []
    for i, (published, title, paragraphs) in enumerate(items(index)):
        if edit and i == 0:
            title += " (updated)"
        html = "".join("<p>%s <a href=\"https://example.org/%d/%d\">more</a></p>" % (p, index, i) for p in paragraphs)
        out.append(
            "<item><title>%s</title><link>https://outlet%d.example/news/%d</link>"
            "<guid isPermaLink=\"false\">outlet%d-%d</guid><pubDate>%s</pubDate>"
            "<description><![CDATA[%s]]></description></item>" % (title, index, i, index, i, formatdate(published), html))
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Outlet %d</title>"
            "<link>https://outlet%d.example/</link><description>Generated</description>"
            "<lastBuildDate>%s</lastBuildDate>%s</channel></rss>\n" % (index, index, build_date, "".join(out)))


def jsonl(n):
    """The items of N feeds as `tidings cluster` input, in date order (the daemon's first pass)."""
    import json
    from datetime import datetime, timezone
    rows = []
    for index in range(n):
        for i, (published, title, paragraphs) in enumerate(items(index)):
            rows.append((published, index, i, {
                "id": "%d-%d" % (index, i), "source": str(index), "title": title,
                "text": " ".join(p + " more" for p in paragraphs),
                "date": datetime.fromtimestamp(published, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}))
    rows.sort(key=lambda row: row[:3])
    for row in rows:
        sys.stdout.write(json.dumps(row[3]) + "\n")


def main():
    if sys.argv[1] == "--jsonl":
        jsonl(int(sys.argv[2]))
        return
    out, n = sys.argv[1], int(sys.argv[2])
    args = sys.argv[3:]
    build_date = args[args.index("--build-date") + 1] if "--build-date" in args else "Mon, 24 Nov 2025 10:00:00 GMT"
    edit = "--edit-first-item" in args
    os.makedirs(os.path.join(out, "feeds"), exist_ok=True)
    for i in range(n):
        with open(os.path.join(out, "feeds", "f%05d.xml" % i), "w") as f:
            f.write(feed(i, build_date, edit))


if __name__ == "__main__":
    main()

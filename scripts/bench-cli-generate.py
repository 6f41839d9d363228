#!/usr/bin/env python3
"""Fills a Tidings database (schema already created by `tidings run --once`) with a synthetic
store for the CLI benchmark: N articles in about N/5 stories from 60 outlets over the last
60 days, 20 % of them in Arabic, with the full-text index filled as the daemon fills it.

The words are generated already in the folded form of SearchText.normalize (lower-case ASCII,
Arabic without tashkeel or letter variants), so indexing them unchanged is what the daemon
would do.

usage: bench-cli-generate.py DATABASE [ARTICLES]
"""
import random
import sqlite3
import sys
import time

db_path = sys.argv[1]
total = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rng = random.Random(6)
now = int(time.time())

latin = "bcdfghjklmnprstvwz"
vowels = "aeiou"


def latin_word(i):
    r = random.Random(i)
    return "".join(r.choice(latin) + r.choice(vowels) for _ in range(r.randint(2, 4)))


arabic_letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def arabic_word(i):
    r = random.Random(100_000 + i)
    return "".join(r.choice(arabic_letters) for _ in range(r.randint(3, 7)))


EN = [latin_word(i) for i in range(20_000)]
AR = [arabic_word(i) for i in range(20_000)]
# Zipf-like choice: index = int(len * u^3) favours the first words.


def words(vocabulary, count, topic):
    out = []
    for _ in range(count):
        if rng.random() < 0.3:
            out.append(topic[rng.randrange(len(topic))])
        else:
            out.append(vocabulary[int(len(vocabulary) * rng.random() ** 3)])
    return " ".join(out)


db = sqlite3.connect(db_path)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = OFF")
for table in ("article_search", "story_articles", "stories", "articles", "feeds"):
    db.execute(f"DELETE FROM {table}")

feeds = []
for i in range(60):
    lang = "ar" if i % 5 == 0 else "en"
    tags = ",".join(t for t, keep in (("iraq", i % 3 == 0), ("kurdistan", i % 4 == 0), ("world", True)) if keep)
    db.execute(
        "INSERT INTO feeds (id, url, name, lang, tags, configured, last_poll, last_status) VALUES (?,?,?,?,?,1,?,200)",
        (i + 1, f"https://outlet{i}.example/feed.xml", f"Outlet {i}", lang, tags, now),
    )
    feeds.append((i + 1, lang))

article_id = 0
story_rows = []
articles = []
members = []
search = []
span = 60 * 86_400


def flush():
    db.executemany(
        "INSERT INTO articles (id, feed_id, entry_id, link, canonical_link, title, text, html, published, updated,"
        " first_seen, last_changed, lang) VALUES (?,?,?,?,?,?,?,NULL,?,NULL,?,?,?)",
        articles,
    )
    db.executemany("INSERT INTO story_articles (article_id, story_id, duplicate_of, similarity) VALUES (?,?,?,?)", members)
    db.executemany("INSERT INTO article_search (rowid, title, text) VALUES (?,?,?)", search)
    db.executemany(
        "INSERT INTO stories (id, title, first_seen, updated, article_count, outlet_count, languages, feeds)"
        " VALUES (?,?,?,?,?,?,?,?)",
        story_rows,
    )
    articles.clear()
    members.clear()
    search.clear()
    story_rows.clear()


started = time.time()
while article_id < total:
    size = min(total - article_id, max(1, int(rng.expovariate(1 / 4.0)) + 1))
    start = now - int(span * rng.random())
    topic_en = [EN[rng.randrange(len(EN))] for _ in range(6)]
    topic_ar = [AR[rng.randrange(len(AR))] for _ in range(6)]
    founder = article_id + 1
    outlets = rng.sample(feeds, min(size, len(feeds)))
    times = []
    langs = []
    feed_ids = []
    headline = None
    for k in range(size):
        article_id += 1
        feed_id, lang = outlets[k % len(outlets)]
        t = min(now - 60, start + k * rng.randint(60, 3600))
        title = words(AR if lang == "ar" else EN, 8, topic_ar if lang == "ar" else topic_en)
        text = words(AR if lang == "ar" else EN, 30, topic_ar if lang == "ar" else topic_en)
        link = f"https://outlet{feed_id - 1}.example/news/{article_id}"
        articles.append((article_id, feed_id, f"id-{article_id}", link, link, title, text, t, t, t, lang))
        duplicate = founder if k > 0 and rng.random() < 0.05 else None
        members.append((article_id, founder, duplicate, 1.0 if k == 0 else round(0.3 + 0.7 * rng.random(), 3)))
        search.append((article_id, title, text))
        times.append(t)
        langs.append(lang)
        feed_ids.append(feed_id)
        if headline is None:
            headline = title
    distinct_langs = sorted(set(langs))
    distinct_feeds = sorted(set(feed_ids))
    story_rows.append(
        (
            founder, headline, min(times), max(times), size, len(distinct_feeds),
            "," + ",".join(distinct_langs) + ",", "," + ",".join(map(str, distinct_feeds)) + ",",
        )
    )
    if len(articles) >= 20_000:
        flush()
flush()
db.commit()
stories = db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
print(f"generated {article_id} articles in {stories} stories in {time.time() - started:.0f} s")
db.execute("PRAGMA optimize")
db.execute("INSERT INTO article_search (article_search) VALUES ('optimize')")
db.commit()
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.close()

#!/usr/bin/env python3
"""Generates the parser benchmark corpus: FEEDS feeds x ITEMS items with realistic article HTML.

Usage: bench-parser-gen.py OUT_DIR [--feeds 1000] [--items 50] [--seed 7]

Two thirds RSS 2.0 (escaped HTML in <description>, full HTML in <content:encoded> CDATA, dc:creator,
categories, media:content), one third Atom 1.0 (type="html" summary, type="xhtml" content).
Deterministic for a given seed; about 100 KB per feed of 50 items.
"""
import argparse
import html
import pathlib
import random

WORDS = ("the government said on monday that talks with regional officials would resume next week after "
         "a delay over budget transfers oil exports salaries and the status of disputed districts remained "
         "unresolved according to people familiar with the negotiations who spoke on condition of anonymity "
         "because they were not authorised to brief reporters protesters gathered outside parliament while "
         "analysts warned that markets could react sharply if no agreement was reached before the deadline").split()
NAMES = ["Erbil", "Baghdad", "Sulaymaniyah", "Duhok", "Kirkuk", "Mosul", "Basra", "Halabja", "Zakho"]


def sentence(rng, n=None):
    n = n or rng.randint(8, 22)
    words = [rng.choice(WORDS) for _ in range(n)]
    words[rng.randrange(n)] = rng.choice(NAMES)
    return " ".join(words).capitalize() + "."


def article_html(rng):
    parts = []
    for p in range(rng.randint(3, 4)):
        s = " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
        w = s.split(" ")
        i = rng.randrange(len(w))
        w[i] = '<a href="https://news.example.org/tag/%s?ref=feed&amp;utm=rss">%s</a>' % (w[i].lower().strip("."), w[i])
        j = rng.randrange(len(w))
        w[j] = "<em>%s</em>" % w[j]
        parts.append("<p>%s &mdash; &ldquo;%s&rdquo;&nbsp;&hellip;</p>" % (" ".join(w), rng.choice(NAMES)))
        if p == 1:
            parts.append('<figure><img src="https://cdn.example.org/img/%d.jpg" alt="%s" width="640" height="360"/>'
                         "<figcaption>%s</figcaption></figure>" % (rng.randrange(10**6), rng.choice(NAMES), sentence(rng, 6)))
        if p == 3 and rng.random() < 0.5:
            parts.append("<ul>%s</ul>" % "".join("<li>%s</li>" % sentence(rng, 5) for _ in range(3)))
    if rng.random() < 0.3:
        parts.append("<script>window.track && track('view');</script>")
    return "".join(parts)


def rfc822(rng):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %02d %s 2025 %02d:%02d:%02d +0300" % (rng.choice(days), rng.randint(1, 28), rng.choice(months),
                                                       rng.randrange(24), rng.randrange(60), rng.randrange(60))


def rss(rng, f, items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
           "<title>Outlet %d &amp; Co</title><link>https://outlet%d.example.org/</link>"
           "<description>News from outlet %d</description><language>en</language><ttl>15</ttl>"
           '<atom:link rel="self" href="https://outlet%d.example.org/feed/"/>\n' % (f, f, f, f)]
    for i in range(items):
        body = article_html(rng)
        summary = html.escape(body[: body.find("</p>") + 4], quote=False)
        out.append("<item><title>%s</title><link>https://outlet%d.example.org/%d/%d</link>"
                   '<guid isPermaLink="false">outlet%d-%d</guid><pubDate>%s</pubDate><dc:creator>%s Desk</dc:creator>'
                   "<category>%s</category><category>World</category><description>%s</description>"
                   "<content:encoded><![CDATA[%s]]></content:encoded>"
                   '<media:content url="https://cdn.example.org/%d-%d.jpg" type="image/jpeg"/></item>\n'
                   % (html.escape(sentence(rng, 9)[:-1], quote=False), f, i, rng.randrange(10**6), f, i, rfc822(rng),
                      rng.choice(NAMES), rng.choice(NAMES), summary, body, f, i))
    out.append("</channel>\n</rss>\n")
    return "".join(out)


def xhtml(body):
    # Named HTML entities are not XML: write the characters for the xhtml construct.
    for name, char in (("&mdash;", "\u2014"), ("&ldquo;", "\u201c"), ("&rdquo;", "\u201d"), ("&nbsp;", "\u00a0"),
                       ("&hellip;", "\u2026"), ("&&", "&amp;&amp;")):
        body = body.replace(name, char)
    return body


def atom(rng, f, items):
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n'
           '<title>Wire %d</title><link href="https://wire%d.example.com/"/><id>tag:wire%d.example.com,2025:feed</id>'
           "<updated>2025-01-21T10:00:00Z</updated><author><name>Wire Staff</name></author>\n" % (f, f, f)]
    for i in range(items):
        body = article_html(rng)
        out.append('<entry><title type="html">%s</title><link href="https://wire%d.example.com/%d"/>'
                   "<id>tag:wire%d.example.com,2025:%d</id><published>2025-01-%02dT%02d:%02d:00+03:00</published>"
                   "<updated>2025-01-21T10:00:00Z</updated><summary type=\"html\">%s</summary>"
                   '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">%s</div></content>'
                   '<category term="%s"/></entry>\n'
                   % (html.escape(sentence(rng, 9)[:-1], quote=False), f, i, f, i, rng.randint(1, 28),
                      rng.randrange(24), rng.randrange(60), html.escape(body[: body.find("</p>") + 4], quote=False),
                      xhtml(body), rng.choice(NAMES)))
    out.append("</feed>\n")
    return "".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    total = 0
    for f in range(args.feeds):
        doc = (atom if f % 3 == 2 else rss)(rng, f, args.items)
        data = doc.encode("utf-8")
        (out / ("feed-%04d.xml" % f)).write_bytes(data)
        total += len(data)
    print("wrote %d feeds, %d bytes (%.1f MB) to %s" % (args.feeds, total, total / 1e6, out))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Validates utterances.test2.json (the second, blind test part) against demo-home.json and LABELS.md: every item
with the per-item checks of labels.py (shared with check.py), ids en-2NNN/zh-2NNN; totals >= 420 with >= half
Chinese; category shares near LABELS.md; TEST2.md states the counts. Exit code 0 when everything holds.

Usage: python3 tests/voice-corpus/check_test2.py [--table]   (--table prints the TEST2.md table)
"""
import os, sys
from collections import Counter

from labels import CATS, HERE, check_item, err, errors, load

items = load("test2")
seen_ids, seen_text = set(), set()
rows = [row for row in (check_item("test2", it, r"(en|zh)-2\d{3}", seen_ids, seen_text) for it in items) if row]


# ---- counts ----
total = len(rows)
by_lang = Counter(l for _, _, l in rows)
cell = Counter((c, l) for _, c, l in rows)
if total < 420:
    err("totals", "only %d utterances (need >= 420)" % total)
if by_lang["zh"] * 2 < total:
    err("totals", "Chinese %d is less than half of %d" % (by_lang["zh"], total))
for c in CATS:
    for l in ("en", "zh"):
        if cell[(c, l)] == 0:
            err("totals", "no %s/%s utterance" % (c, l))
    share = 100.0 * (cell[(c, "en")] + cell[(c, "zh")]) / total
    if abs(share - CATS[c]) > 2.5:
        err("totals", "category %s is %.1f%% (LABELS.md: %d%%)" % (c, share, CATS[c]))
by_expect = Counter(it["expect"] for it in items)
expect_cell = Counter((it["language"], it["expect"]) for it in items)


def table():
    head = "| category | en | zh | total | share |\n|---|---:|---:|---:|---:|\n"
    lines = []
    for c in CATS:
        v = [cell[(c, l)] for l in ("en", "zh")]
        lines.append("| %s | %d | %d | %d | %.1f%% |" % (c, *v, sum(v), 100.0 * sum(v) / total))
    v = [by_lang[l] for l in ("en", "zh")]
    lines.append("| **all** | %d | %d | %d | 100%% |" % (*v, sum(v)))
    return head + "\n".join(lines) + "\n"


if "--table" in sys.argv:
    print(table())
    print("expect:", dict(sorted(by_expect.items())), "by language:", dict(sorted(expect_cell.items())))
else:
    doc = os.path.join(HERE, "TEST2.md")
    text = open(doc, encoding="utf-8").read() if os.path.exists(doc) else ""
    if table() not in text:
        err("TEST2.md", "the counts table does not match the file (run check_test2.py --table)")

if errors:
    for e in errors:
        print("ERROR", e)
    print("%d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d utterances (en %d, zh %d); expect %s" % (total, by_lang["en"], by_lang["zh"], dict(by_expect)))

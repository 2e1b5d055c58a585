#!/usr/bin/env python3
"""Validates utterances.dev.json and utterances.test.json against demo-home.json and LABELS.md.

Checks: JSON shape; unique ids (en-NNNN / zh-NNNN matching the language); categories and expects; every device,
property, action, argument, scene and mode named by a label exists in the home; set values fit the profile
(bool, range and step, value list); relative changes only on numeric writable properties; questions only about
readable properties; delaySeconds exactly on timers; no duplicate utterance; totals (>= 640, >= half Chinese),
split ~40/60 with every category x language in both splits, category shares near LABELS.md; and that README.md
states the counts that the files hold. Exit code 0 when everything holds.

Usage: python3 tests/voice-corpus/check.py [--table]   (--table prints the README table)
"""
import os, sys
from collections import Counter

from labels import CATS, HERE, check_item, err, errors, load

splits = {"dev": load("dev"), "test": load("test")}
seen_ids, seen_text = set(), set()
rows = []
for split, items in splits.items():
    for it in items:
        row = check_item(split, it, r"(en|zh)-\d{4}", seen_ids, seen_text)
        if row:
            rows.append(row)

# ---- counts ----
total = len(rows)
by_lang = Counter(l for _, _, l in rows)
by_split = Counter(s for s, _, _ in rows)
cell = Counter(rows)
if total < 640:
    err("totals", "only %d utterances (need >= 640)" % total)
if by_lang["zh"] * 2 < total:
    err("totals", "Chinese %d is less than half of %d" % (by_lang["zh"], total))
dev_share = by_split["dev"] / total if total else 0
if not 0.36 <= dev_share <= 0.44:
    err("totals", "dev share %.3f not about 40%%" % dev_share)
for c in CATS:
    for l in ("en", "zh"):
        for s in ("dev", "test"):
            if cell[(s, c, l)] == 0:
                err("totals", "no %s/%s utterance in %s" % (c, l, s))
    share = 100.0 * sum(cell[(s, c, l)] for s in ("dev", "test") for l in ("en", "zh")) / total
    if abs(share - CATS[c]) > 2.5:
        err("totals", "category %s is %.1f%% (LABELS.md: %d%%)" % (c, share, CATS[c]))
by_expect = Counter(it["expect"] for items in splits.values() for it in items)


def table():
    head = "| category | en dev | en test | zh dev | zh test | total | share |\n|---|---:|---:|---:|---:|---:|---:|\n"
    lines = []
    for c in CATS:
        v = [cell[(s, c, l)] for l in ("en", "zh") for s in ("dev", "test")]
        lines.append("| %s | %d | %d | %d | %d | %d | %.1f%% |" % (c, *v, sum(v), 100.0 * sum(v) / total))
    v = [sum(cell[(s, c, l)] for c in CATS) for l in ("en", "zh") for s in ("dev", "test")]
    lines.append("| **all** | %d | %d | %d | %d | %d | 100%% |" % (*v, sum(v)))
    return head + "\n".join(lines) + "\n"


if "--table" in sys.argv:
    print(table())
    print("expect:", dict(by_expect))
else:
    readme = os.path.join(HERE, "README.md")
    text = open(readme, encoding="utf-8").read() if os.path.exists(readme) else ""
    if table() not in text:
        err("README.md", "the counts table does not match the files (run check.py --table)")

if errors:
    for e in errors:
        print("ERROR", e)
    print("%d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d utterances (en %d, zh %d; dev %d, test %d); expect %s" % (
    total, by_lang["en"], by_lang["zh"], by_split["dev"], by_split["test"], dict(by_expect)))

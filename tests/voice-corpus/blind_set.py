#!/usr/bin/env python3
"""The checks of a blind test set written after test3 (test4 on): every item with the per-item checks of labels.py
(shared with check.py, check_test2.py and check_test3.py), ids en-<mark>NNN/zh-<mark>NNN; a minimum total with at
least half Chinese; category shares within 2.5 points of LABELS.md; every device of the home labelled and every room
named in both languages; no sentence quoted in an earlier writer's TEST2.md … TEST<n-1>.md; TEST<n>.md states the
counts. Each check_test<n>.py calls check() with its set's number, id mark and minimum; exit code 0 when all holds.

Usage: python3 tests/voice-corpus/check_test<n>.py [--table]   (--table prints the TEST<n>.md table)
"""
import os, re as _re, sys
from collections import Counter

from labels import CATS, HERE, check_item, devices, err, errors, load


def check(number, id_mark, minimum=480, hallway=("过道",)):
    """Validates utterances.test<number>.json; `hallway` are the Chinese hallway words beyond 玄关/走廊/门厅 it accepts."""
    name = "test%d" % number
    items = load(name)
    seen_ids, seen_text = set(), set()
    rows = [row for row in (check_item(name, it, r"(en|zh)-%s\d{3}" % id_mark, seen_ids, seen_text) for it in items) if row]


    # ---- counts ----
    total = len(rows)
    by_lang = Counter(l for _, _, l in rows)
    cell = Counter((c, l) for _, c, l in rows)
    if total < minimum:
        err("totals", "only %d utterances (need >= %d)" % (total, minimum))
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

    # ---- coverage: every device labelled, every room named, in both languages ----
    ROOM_WORDS = {
        "en": {"Bedroom": ["bedroom"], "Hallway": ["hallway", "hall"], "Kitchen": ["kitchen"],
               "Living room": ["living room", "lounge"]},
        "zh": {"Bedroom": ["卧室"], "Hallway": ["玄关", "走廊", "门厅", *hallway], "Kitchen": ["厨房"], "Living room": ["客厅"]},
    }
    for l in ("en", "zh"):
        used = set()
        for it in items:
            if it.get("language") != l:
                continue
            for a in it.get("actions", []):
                for x in [a] + a.get("or", []):
                    if "device" in x:
                        used.add(x["device"])
            used.update(ab["device"] for ab in it.get("about", []))
            used.update(it.get("candidates", []))
        for d in devices:
            if d not in used:
                err("coverage", "device %s is not labelled in %s" % (d, l))
        texts = [it["utterance"].lower() for it in items if it.get("language") == l]
        for room, words in ROOM_WORDS[l].items():
            if not any(w in t for t in texts for w in words):
                err("coverage", "room %s is not named in %s" % (room, l))


    # ---- no sentence quoted in an earlier writer's TEST2.md … (the set's build refuses them too) ----


    def _norm(s):
        return _re.sub(r"[\s,.!?，。！？…~～、]+", "", s.lower())


    _quoted = set()
    for _name in ["TEST%d.md" % n for n in range(2, number)]:
        _text = open(os.path.join(HERE, _name), encoding="utf-8").read()
        _quoted.update(_norm(a or b) for a, b in _re.findall(r'"([^"]+)"|“([^”]+)”', _text))
    for it in items:
        if _norm(it.get("utterance", "")) in _quoted:
            err("%s:%s" % (name, it.get("id")), "sentence quoted in TEST2.md … TEST%d.md: %r" % (number - 1, it["utterance"]))


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
        doc = os.path.join(HERE, "TEST%d.md" % number)
        text = open(doc, encoding="utf-8").read() if os.path.exists(doc) else ""
        if table() not in text:
            err("TEST%d.md" % number, "the counts table does not match the file (run check_test%d.py --table)" % number)
        line = "act %d, answer %d, ask %d, nothing %d" % tuple(by_expect[e] for e in ("act", "answer", "ask", "nothing"))
        if line not in text:
            err("TEST%d.md" % number, "the expect counts are not stated as '%s'" % line)

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d utterances (en %d, zh %d); expect %s" % (total, by_lang["en"], by_lang["zh"], dict(by_expect)))

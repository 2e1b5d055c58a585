#!/usr/bin/env python3
"""Regenerates utterances.test14.json (the fourteenth blind test part) from en13.py and zh13.py.

Ids are given in order per language (en-V001…, zh-V001…). The build refuses a sentence that is quoted as an example
in TEST2.md … TEST13.md (the earlier sets' documented examples), so no sentence repeats one known from there.
Usage: python3 tests/voice-corpus/build14/build13.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(CORPUS, "build"))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import en14, zh14  # noqa: E402,F401  (they fill lib.ITEMS)

QUOTED_IN = ("TEST2.md", "TEST3.md", "TEST4.md", "TEST5.md", "TEST6.md", "TEST7.md", "TEST8.md", "TEST9.md", "TEST10.md",
             "TEST11.md", "TEST12.md", "TEST13.md")


def norm(s):
    return re.sub(r"[\s,.!?，。！？…~～、]+", "", s.lower())


def known_examples():
    """Every quoted text of TEST2.md … TEST13.md ("…" or “…”), normalised."""
    seen = set()
    for name in QUOTED_IN:
        path = os.path.join(CORPUS, name)
        if not os.path.exists(path):
            sys.exit("%s is missing: cannot check for reused sentences" % name)
        text = open(path, encoding="utf-8").read()
        for a, b in re.findall(r'"([^"]+)"|“([^”]+)”', text):
            seen.add(norm(a or b))
    return seen


def main():
    seen = known_examples()
    counters, out, bad = {"en": 0, "zh": 0}, [], []
    for it in lib.ITEMS:
        counters[it["language"]] += 1
        item = {"id": "%s-V%03d" % (it["language"], counters[it["language"]])}
        item.update(it)
        if norm(it["utterance"]) in seen:
            bad.append(it["utterance"])
        out.append(item)
    if bad:
        sys.exit("sentences quoted in TEST2.md … TEST13.md: %r" % bad)
    data = {
        "description": "Fourteenth blind, held-out test part of the voice corpus (test14): a single mother with three "
                       "kids at breakfast, a retired teacher who is precise and formal, a couple hosting the in-laws, a "
                       "student flat in exam week, a man home alone with a cold, a typhoon warning night, a Sunday "
                       "barbecue, the Lantern festival and a first day with the smart home, in plain English and "
                       "Mandarin (about two thirds), and regional or non-native speech (Pittsburgh, eastern Kentucky "
                       "Appalachian, Egyptian Arabic and Greek learners' English; old Beijing, Jinan (Shandong) and "
                       "Hong Kong Mandarin) in the demo home. Written from LABELS.md, demo-home.json, the Voice section "
                       "of the API and the conventions of TEST2.md-TEST13.md only, without reading the engine or the "
                       "other corpus parts; only run, never tuned on. See TEST14.md.",
        "utterances": out,
    }
    path = os.path.join(CORPUS, "utterances.test14.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %s: en %d, zh %d" % (path, counters["en"], counters["zh"]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerates utterances.test3.json (the third blind test part) from en3.py and zh3.py.

Ids are given in order per language (en-3001…, zh-3001…). The build refuses a sentence that is quoted as an example
in TEST2.md (the second set's documented examples), so no sentence repeats one known from there.
Usage: python3 tests/voice-corpus/build3/build3.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(CORPUS, "build"))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import en3, zh3  # noqa: E402,F401  (they fill lib.ITEMS)


def known_examples():
    path = os.path.join(CORPUS, "TEST2.md")
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    quoted = re.findall(r'"([^"]+)"|“([^”]+)”', text)
    return {norm(a or b) for a, b in quoted}


def norm(s):
    return re.sub(r"[\s,.!?，。！？…]+", "", s.lower())


def main():
    seen = known_examples()
    counters, out, bad = {"en": 0, "zh": 0}, [], []
    for it in lib.ITEMS:
        counters[it["language"]] += 1
        item = {"id": "%s-3%03d" % (it["language"], counters[it["language"]])}
        item.update(it)
        if norm(it["utterance"]) in seen:
            bad.append(it["utterance"])
        out.append(item)
    if bad:
        sys.exit("sentences quoted in TEST2.md: %r" % bad)
    data = {
        "description": "Third blind, held-out test part of the voice corpus (test3): one ordinary week of a family and "
                       "their visitors in the demo home, English and Chinese. Written from LABELS.md, demo-home.json and "
                       "the Voice section of docs/api.md only, without reading the engine or the other corpus parts; "
                       "only run, never tuned on. See TEST3.md.",
        "utterances": out,
    }
    path = os.path.join(CORPUS, "utterances.test3.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %s: en %d, zh %d" % (path, counters["en"], counters["zh"]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerates utterances.test13.json (the thirteenth blind test part) from en13.py and zh13.py.

Ids are given in order per language (en-W001…, zh-W001…). The build refuses a sentence that is quoted as an example
in TEST2.md … TEST12.md (the earlier sets' documented examples), so no sentence repeats one known from there.
Usage: python3 tests/voice-corpus/build13/build13.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(CORPUS, "build"))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import en13, zh13  # noqa: E402,F401  (they fill lib.ITEMS)

QUOTED_IN = ("TEST2.md", "TEST3.md", "TEST4.md", "TEST5.md", "TEST6.md", "TEST7.md", "TEST8.md", "TEST9.md", "TEST10.md",
             "TEST11.md", "TEST12.md")


def norm(s):
    return re.sub(r"[\s,.!?，。！？…~～、]+", "", s.lower())


def known_examples():
    """Every quoted text of TEST2.md … TEST12.md ("…" or “…”), normalised."""
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
        item = {"id": "%s-W%03d" % (it["language"], counters[it["language"]])}
        item.update(it)
        if norm(it["utterance"]) in seen:
            bad.append(it["utterance"])
        out.append(item)
    if bad:
        sys.exit("sentences quoted in TEST2.md … TEST12.md: %r" % bad)
    data = {
        "description": "Thirteenth blind, held-out test part of the voice corpus (test13): a blind grandfather who "
                       "does everything by voice, a teenager gaming late, a couple arguing mildly over the air "
                       "conditioner, a dog sitter, a family in a heatwave, a Monday morning home office, a sick child "
                       "at home, Christmas morning, the Dragon Boat festival and a moving-out day, in plain English and "
                       "Mandarin (about two thirds), and regional or non-native speech (Manchester, Aberdeen Doric, "
                       "Newfoundland, Dutch and Finnish learners' English; northern Shaanxi (Yulin), Shanghai suburban "
                       "(Pudong), Wuhan Mandarin; and recogniser transcripts that drop or merge words, in both "
                       "languages) in the demo home. Written from LABELS.md, demo-home.json, the Voice section of the "
                       "API and the conventions of TEST2.md-TEST12.md only, without reading the engine or the other "
                       "corpus parts; only run, never tuned on. See TEST13.md.",
        "utterances": out,
    }
    path = os.path.join(CORPUS, "utterances.test13.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %s: en %d, zh %d" % (path, counters["en"], counters["zh"]))


if __name__ == "__main__":
    main()

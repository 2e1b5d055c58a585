"""Builds utterances.dev.json / utterances.test.json from the hand-written lists in en.py and zh.py.
Run: python3 tests/voice-corpus/build/build.py   (then python3 tests/voice-corpus/check.py)"""
import json, os, random, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa
import en  # noqa
try:
    import zh  # noqa
except ImportError:
    pass

OUT = os.path.dirname(HERE)
items = lib.ITEMS
counter = defaultdict(int)
for it in items:
    counter[it["language"]] += 1
    it["id"] = "%s-%04d" % (it["language"], counter[it["language"]])

rng = random.Random(14)
groups = defaultdict(list)
for it in items:
    groups[(it["category"], it["language"])].append(it)
split = {}
for k in sorted(groups):
    g = list(groups[k])
    rng.shuffle(g)
    ndev = round(len(g) * 0.4)
    for i, it in enumerate(g):
        split[it["id"]] = "dev" if i < ndev else "test"

ORDER = ["id", "language", "category", "utterance", "expect", "delaySeconds", "actions", "about", "candidates", "note"]
DESC = {
    "dev": "AiotHub voice corpus (issue 14), development split (~40%): may be used to develop the engine. "
           "Written blind from demo-home.json and docs/api.md only. Labels follow LABELS.md; see README.md.",
    "test": "AiotHub voice corpus (issue 14), test split (~60%): only run, never tuned on. "
            "Written blind from demo-home.json and docs/api.md only. Labels follow LABELS.md; see README.md.",
}
for name in ("dev", "test"):
    out = []
    for it in items:
        if split[it["id"]] == name:
            out.append({k: it[k] for k in ORDER if k in it})
    with open(os.path.join(OUT, "utterances.%s.json" % name), "w", encoding="utf-8") as f:
        f.write('{\n  "description": %s,\n  "utterances": [\n' % json.dumps(DESC[name], ensure_ascii=False))
        f.write(",\n".join("    " + json.dumps(u, ensure_ascii=False) for u in out))
        f.write("\n  ]\n}\n")
    print(name, len(out))

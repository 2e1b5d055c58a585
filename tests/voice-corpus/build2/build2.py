"""Builds ../utterances.test2.json from en2.py and zh2.py (ids en-2NNN / zh-2NNN)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "build"))
import lib
import en2, zh2  # noqa: F401  (they append to lib.ITEMS)
n = {"en": 2000, "zh": 2000}
out = []
for it in lib.ITEMS:
    n[it["language"]] += 1
    item = {"id": "%s-%04d" % (it["language"], n[it["language"]])}
    item.update(it)
    out.append(item)
data = {"description": "AiotHub voice corpus, second independent test part (test2): written blind from demo-home.json and "
        "docs/api.md only, by a second writer; run only, never tuned on. See TEST2.md.", "utterances": out}
with open(os.path.join(HERE, "..", "utterances.test2.json"), "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(out), n)

"""Builds a blind test set written after test4 (test5 on) from its build<n>/en<n>.py and zh<n>.py.

Ids are given in order per language (en-<mark>001…, zh-<mark>001…). The build refuses a sentence quoted as an
example in an earlier writer's TEST2.md … TEST<n-1>.md, so no sentence repeats one known from there. Each
build<n>/build<n>.py calls main() with its set's number, id mark and description."""
import importlib, json, os, re, sys

BUILD = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(BUILD)


def norm(s):
    return re.sub(r"[\s,.!?，。！？…~～、]+", "", s.lower())


def known_examples(number):
    """Every quoted text ("…" or “…”) of TEST2.md … TEST<number-1>.md, normalised."""
    seen = set()
    for name in ["TEST%d.md" % n for n in range(2, number)]:
        path = os.path.join(CORPUS, name)
        if not os.path.exists(path):
            sys.exit("%s is missing: cannot check for reused sentences" % name)
        text = open(path, encoding="utf-8").read()
        for a, b in re.findall(r'"([^"]+)"|“([^”]+)”', text):
            seen.add(norm(a or b))
    return seen


def main(number, id_mark, description):
    """Writes utterances.test<number>.json from build<number>/en<number>.py and zh<number>.py."""
    sys.path.insert(0, BUILD)
    sys.path.insert(0, os.path.join(CORPUS, "build%d" % number))
    import lib
    importlib.import_module("en%d" % number)  # they fill lib.ITEMS
    importlib.import_module("zh%d" % number)
    seen = known_examples(number)
    counters, out, bad = {"en": 0, "zh": 0}, [], []
    for it in lib.ITEMS:
        counters[it["language"]] += 1
        item = {"id": "%s-%s%03d" % (it["language"], id_mark, counters[it["language"]])}
        item.update(it)
        if norm(it["utterance"]) in seen:
            bad.append(it["utterance"])
        out.append(item)
    if bad:
        sys.exit("sentences quoted in TEST2.md … TEST%d.md: %r" % (number - 1, bad))
    path = os.path.join(CORPUS, "utterances.test%d.json" % number)
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"description": description, "utterances": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %s: en %d, zh %d" % (path, counters["en"], counters["zh"]))

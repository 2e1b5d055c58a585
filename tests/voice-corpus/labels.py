"""The label checks both corpus validators share (check.py for the first corpus, check_test2.py for the second): the
home, the labelled item's shape and every device, property, action, argument, scene and mode it names (LABELS.md)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"power": 14, "set": 14, "relative": 12, "media": 14, "scene": 8, "query": 12, "group": 8, "mode": 4,
        "timer": 4, "safety": 10}
EXPECTS = {"act", "answer", "ask", "nothing"}
ITEM_KEYS = {"id", "language", "category", "utterance", "expect", "actions", "about", "candidates", "delaySeconds", "note"}
CJK = re.compile(r"[\u4e00-\u9fff]")
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


home = json.load(open(os.path.join(HERE, "demo-home.json"), encoding="utf-8"))
devices = {d["id"]: d for d in home["devices"]}
scenes = {s["id"] for s in home["scenes"]}
modes = set(home["modes"])


def profile(dev_id):
    model = home["models"][devices[dev_id]["model"]]
    props, actions = {}, {}
    for s in model["services"]:
        for p in s["properties"]:
            props[p["key"]] = p
        for a in s["actions"]:
            actions[a["key"]] = a
    return props, actions


def check_value(where, p, v):
    fmt = p["format"]
    if fmt == "bool":
        if not isinstance(v, bool):
            err(where, "%s wants true/false, got %r" % (p["key"], v))
        return
    if fmt == "string":
        if not isinstance(v, str):
            err(where, "%s wants a string" % p["key"])
        return
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        err(where, "%s wants a number, got %r" % (p["key"], v))
        return
    if "list" in p and p["list"]:
        allowed = [x["value"] for x in p["list"]]
        if v not in allowed:
            err(where, "%s: %r not in value list %r" % (p["key"], v, allowed))
    if "range" in p and p["range"]:
        r = p["range"]
        if not (r["min"] <= v <= r["max"]):
            err(where, "%s: %r outside %s..%s" % (p["key"], v, r["min"], r["max"]))
        step = r.get("step")
        if step:
            k = (v - r["min"]) / step
            if abs(k - round(k)) > 1e-6:
                err(where, "%s: %r not on step %s" % (p["key"], v, step))
    if fmt.startswith("uint") or fmt.startswith("int"):
        if v != int(v):
            err(where, "%s is an integer property, got %r" % (p["key"], v))


def check_action(where, a, top=True):
    if not isinstance(a, dict):
        err(where, "action is not an object")
        return
    keys = set(a) - {"or"}
    if "or" in a:
        if not top:
            err(where, "nested 'or'")
        elif not isinstance(a["or"], list) or not a["or"]:
            err(where, "'or' must be a non-empty list")
        else:
            for alt in a["or"]:
                check_action(where + " (or)", alt, top=False)
    if keys == {"scene"}:
        if a["scene"] not in scenes:
            err(where, "unknown scene %r" % a["scene"])
        return
    if keys == {"mode"}:
        if a["mode"] not in modes:
            err(where, "unknown mode %r" % a["mode"])
        return
    if "device" not in keys:
        err(where, "action without device/scene/mode: %r" % a)
        return
    d = a["device"]
    if d not in devices:
        err(where, "unknown device %r" % d)
        return
    props, actions = profile(d)
    if keys in ({"device", "property", "value"}, {"device", "property", "change"}):
        p = props.get(a["property"])
        if p is None:
            err(where, "%s has no property %r" % (d, a["property"]))
            return
        if "write" not in p["access"]:
            err(where, "%s.%s is not writable" % (d, a["property"]))
        if "value" in keys:
            check_value(where, p, a["value"])
        else:
            if a["change"] not in ("up", "down"):
                err(where, "change must be up/down")
            if p["format"] in ("bool", "string") or not (p.get("range") or p.get("list")):
                err(where, "relative change on non-numeric %s" % a["property"])
    elif keys in ({"device", "action"}, {"device", "action", "arguments"}):
        act = actions.get(a["action"])
        if act is None:
            err(where, "%s has no action %r" % (d, a["action"]))
            return
        declared = {x["name"]: x for x in (act["arguments"] or [])}
        given = a.get("arguments", {})
        if not isinstance(given, dict):
            err(where, "arguments must be an object")
            return
        for name, val in given.items():
            if name not in declared:
                err(where, "%s has no argument %r" % (a["action"], name))
                continue
            spec = declared[name]["value"]
            if spec.get("list") and val not in [x["value"] for x in spec["list"]]:
                err(where, "argument %s=%r not in list" % (name, val))
            if spec.get("format") == "string" and not isinstance(val, str):
                err(where, "argument %s must be a string" % name)
    else:
        err(where, "action has an unexpected shape: %r" % sorted(keys))


def load(name):
    """The utterances of utterances.NAME.json."""
    path = os.path.join(HERE, "utterances.%s.json" % name)
    data = json.load(open(path, encoding="utf-8"))
    if set(data) != {"description", "utterances"}:
        err(name, "top-level keys must be description and utterances")
    return data["utterances"]



def check_item(split, it, id_pattern, seen_ids, seen_text):
    """Checks one labelled utterance of `split` (ids matching `id_pattern`); returns (split, category, language), or
    None when it has no utterance to check."""
    where = "%s:%s" % (split, it.get("id"))
    extra = set(it) - ITEM_KEYS
    if extra:
        err(where, "unknown keys %s" % sorted(extra))
    iid, language, cat, text, expect = (it.get(k) for k in ("id", "language", "category", "utterance", "expect"))
    if not isinstance(iid, str) or not re.fullmatch(id_pattern, iid) or iid[:2] != language:
        err(where, "bad id or id/language mismatch")
    if iid in seen_ids:
        err(where, "duplicate id")
    seen_ids.add(iid)
    if language not in ("en", "zh"):
        err(where, "language must be en or zh")
    if cat not in CATS:
        err(where, "unknown category %r" % cat)
    if expect not in EXPECTS:
        err(where, "unknown expect %r" % expect)
    if not isinstance(text, str) or not text.strip():
        err(where, "empty utterance")
        return None
    if (language, text) in seen_text:
        err(where, "duplicate utterance %r" % text)
    seen_text.add((language, text))
    if language == "zh" and not CJK.search(text):
        err(where, "Chinese utterance without Chinese characters")
    if language == "en" and CJK.search(text):
        err(where, "English utterance with Chinese characters")
    if ("delaySeconds" in it) != (cat == "timer" and expect == "act"):
        err(where, "delaySeconds exactly on acting timers")
    if "delaySeconds" in it and (not isinstance(it["delaySeconds"], int) or it["delaySeconds"] <= 0):
        err(where, "delaySeconds must be a positive whole number")
    if expect == "act":
        if not it.get("actions"):
            err(where, "act needs actions")
        for a in it.get("actions", []):
            check_action(where, a)
        if "about" in it or "candidates" in it:
            err(where, "act carries about/candidates")
    else:
        if "actions" in it:
            err(where, "%s must not carry actions" % expect)
    if expect == "answer":
        if cat != "query":
            err(where, "answer outside query")
        if not it.get("about"):
            err(where, "answer needs about")
        for ab in it.get("about", []):
            if set(ab) != {"device", "property"}:
                err(where, "about entries are {device, property}")
                return None
            if ab["device"] not in devices:
                err(where, "unknown device %r" % ab["device"])
                return None
            props, _ = profile(ab["device"])
            p = props.get(ab["property"])
            if p is None:
                err(where, "%s has no property %r" % (ab["device"], ab["property"]))
            elif "read" not in p["access"]:
                err(where, "%s.%s not readable" % (ab["device"], ab["property"]))
    elif "about" in it:
        err(where, "about only on answer")
    if "candidates" in it:
        if expect != "ask":
            err(where, "candidates only on ask")
        for c in it["candidates"]:
            if c not in devices:
                err(where, "unknown candidate %r" % c)
        if len(it["candidates"]) < 2:
            err(where, "ask with fewer than two candidates")
    if cat == "query" and expect == "act":
        err(where, "a query does not act")
    return split, cat, language

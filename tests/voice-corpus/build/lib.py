"""Tiny helpers to write the labels compactly. The utterances themselves are hand-written in en.py / zh.py."""

DEV = {
    "bulb": "bedroom-bulb", "therm": "bedroom-climate", "pur": "bedroom-purifier", "door": "front-door",
    "kettle": "kitchen-kettle-plug", "vac": "kitchen-vacuum", "ac": "living-ac", "ceil": "living-ceiling-light",
    "curt": "living-curtain", "mot": "living-motion", "spk": "living-speaker", "tv": "living-tv",
    "box": "living-tv-box", "wall": "living-wall-switch",
}
ON = {"bulb": "light.on", "ceil": "light.on", "tv": "television.on", "box": "tv-box.on",
      "ac": "air-conditioner.on", "pur": "air-purifier.on", "kettle": "switch.on"}

ITEMS = []
_lang = ["en"]


def lang(code):
    _lang[0] = code


def _d(d):
    return DEV.get(d, d)


def P(d, prop, value, alt=None):
    a = {"device": _d(d), "property": prop, "value": value}
    if alt:
        a["or"] = alt
    return a


def C(d, prop, change):
    return {"device": _d(d), "property": prop, "change": change}


def A(d, action, args=None, alt=None):
    a = {"device": _d(d), "action": action}
    if args is not None:
        a["arguments"] = args
    if alt:
        a["or"] = alt
    return a


def S(scene):
    return {"scene": scene}


def M(mode):
    return {"mode": mode}


# shorthands
def on(d): return P(d, ON[d], True)
def off(d): return P(d, ON[d], False)
def wl(v): return P("wall", "left-switch.on", v)
def wr(v): return P("wall", "right-switch.on", v)
def OPEN(): return A("curt", "curtain.open", alt=[P("curt", "curtain.target-position", 100)])
def CLOSE(): return A("curt", "curtain.close", alt=[P("curt", "curtain.target-position", 0)])
def pos(n): return P("curt", "curtain.target-position", n)
def br(d, n): return P(d, "light.brightness", n)
def ct(d, k): return P(d, "light.color-temperature", k)
def col(rgb): return P("bulb", "light.color", rgb)
def lmode(n): return P("ceil", "light.mode", n)
def tt(n): return P("ac", "air-conditioner.target-temperature", n)
def acmode(n): return P("ac", "air-conditioner.mode", n)
def acfan(n): return P("ac", "fan-control.fan-level", n)
def vol(d, n): return P(d, "speaker.volume", n)
def mute(d): return P(d, "speaker.mute", True, alt=[P(d, "speaker.volume", 0)])
def unmute(d): return P(d, "speaker.mute", False)
def inp(n): return P("tv", "television.input-source", n)
def pmode(n): return P("pur", "air-purifier.mode", n)
def pfan(n): return P("pur", "air-purifier.fan-level", n)
def vfan(n): return P("vac", "vacuum.fan-level", n)
def sweep(): return A("vac", "vacuum.start-sweep")
def dock(): return A("vac", "vacuum.start-charge")
def key(n): return A("box", "tv-box.press-key", {"key": n})
def up(d, prop): return C(d, prop, "up")
def dn(d, prop): return C(d, prop, "down")
def hotter(): return up("ac", "air-conditioner.target-temperature")
def cooler(): return dn("ac", "air-conditioner.target-temperature")
def brighter(d): return up(d, "light.brightness")
def dimmer(d): return dn(d, "light.brightness")
def louder(d): return up(d, "speaker.volume")
def quieter(d): return dn(d, "speaker.volume")
def sp(action): return A("spk", "play-control." + action)
def tvp(action): return A("tv", "television." + action)
def boxp(action): return A("box", "tv-box." + action)
def app(d, pkg=None):
    return A(d, ("television" if _d(d) == "living-tv" else "tv-box") + ".launch-app",
             {"app": pkg} if pkg else None)


NETFLIX = "com.netflix.ninja"

LIGHTS = ["bedroom-bulb", "living-ceiling-light"]
SOUND = ["living-speaker", "living-tv", "living-tv-box"]
PLAYERS = ["living-speaker", "living-tv", "living-tv-box"]
APPS = ["living-tv", "living-tv-box"]
# what "turn off everything in the living room" can switch off
# (a device that is already off may be skipped by the engine; none may be switched on)
LIVING_OFF = [off("ac"), off("ceil"), off("tv"), off("box"), wl(False), wr(False)]
ALL_OFF = [off("bulb"), off("pur"), off("kettle")] + LIVING_OFF


def _add(cat, text, expect, **kw):
    it = {"language": _lang[0], "category": cat, "utterance": text, "expect": expect}
    for k, v in kw.items():
        if v is not None:
            it[k] = v
    ITEMS.append(it)


def act(cat, text, *actions, note=None, delay=None):
    acts = []
    for a in actions:
        acts.extend(a if isinstance(a, list) else [a])
    _add(cat, text, "act", delaySeconds=delay, actions=acts, note=note)


def q(text, *about, note=None):
    _add("query", text, "answer", about=[{"device": _d(d), "property": p} for d, p in about], note=note)


def ask(cat, text, cands=None, note=None):
    _add(cat, text, "ask", candidates=cands, note=note)


def no(cat, text, note=None):
    _add(cat, text, "nothing", note=note)

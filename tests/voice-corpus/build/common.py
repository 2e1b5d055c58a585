"""Label shapes shared by the blind sets test5 on, on top of build/lib.py. Each set's en<n>.py and zh<n>.py import
them with `from common import ...`; until test15 every set carried its own copy, build<n>/common<n>.py."""
from lib import A, P, C, brighter, dimmer, on, mute, sp, tvp, boxp, ct


def dimC():
    """Dim the ceiling light: a relative change, or its profile's step action."""
    a = dimmer("ceil")
    a["or"] = [A("ceil", "light.brightness-down")]
    return a


def brightC():
    """Brighten the ceiling light: a relative change, or its profile's step action."""
    a = brighter("ceil")
    a["or"] = [A("ceil", "light.brightness-up")]
    return a


def darkBedroom():
    """'It is dark in the bedroom' while the bulb is off (demo-home.json): brighter, or simply switch it on."""
    a = brighter("bulb")
    a["or"] = [on("bulb")]
    return a


def vstop():
    """Stop the vacuum: stop where it is, or pause the clean (TEST2.md)."""
    return A("vac", "vacuum.stop-sweeping", alt=[A("vac", "vacuum.pause")])


def vpause():
    return A("vac", "vacuum.pause")


def vswing(v):
    return P("ac", "fan-control.vertical-swing", v)


def hswing(v):
    return P("ac", "fan-control.horizontal-swing", v)


def eco(v):
    return P("ac", "air-conditioner.eco", v)


def lock(v):
    """The purifier's child lock on its buttons."""
    return P("pur", "air-purifier.physical-controls-locked", v)


def warmer(d):
    """A warmer white: a lower colour temperature."""
    return C(d, "light.color-temperature", "down")


def cooler_white(d):
    """A cooler (bluer) white: a higher colour temperature."""
    return C(d, "light.color-temperature", "up")


def curt_more():
    return C("curt", "curtain.target-position", "up")


def curt_less():
    return C("curt", "curtain.target-position", "down")


def tooloud(d):
    """'Too loud' on one device: quieter, or mute it."""
    a = C(d, "speaker.volume", "down")
    a["or"] = [P(d, "speaker.mute", True)]
    return a


def say(text):
    return A("spk", "intelligent-speaker.play-text", {"text": text})


def curtstop():
    return A("curt", "curtain.stop")


MUTE_ALL = [mute("spk"), mute("tv"), mute("box")]


def pause_all():
    return [sp("pause"), tvp("pause"), boxp("pause")]


RED, GREEN, BLUE, YELLOW = 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00


def curt_half():
    return P("curt", "curtain.target-position", 50)


def warmwhite(d):
    """Warm white (暖光) = 2700 K (the warm end both lights share), a relative warmer as `or` (TEST6.md / TEST7.md)."""
    a = ct(d, 2700)
    a["or"] = [warmer(d)]
    return a


def boxstop():
    """The TV box's stop, with its pause as `or` (TEST12.md)."""
    return A("box", "tv-box.stop", alt=[boxp("pause")])


def but(group, *dropped):
    """A group with the named exceptions taken out."""
    ids = {x["device"] for x in dropped}
    return [a for a in group if a["device"] not in ids]

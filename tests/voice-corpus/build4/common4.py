"""Shared helpers of test4 on top of build/lib.py (the same shapes as build3/common3.py, written again here)."""
from lib import A, P, brighter, dimmer, on


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


def vswing(v):
    return P("ac", "fan-control.vertical-swing", v)


def hswing(v):
    return P("ac", "fan-control.horizontal-swing", v)


def eco(v):
    return P("ac", "air-conditioner.eco", v)


def warmer(d):
    """A warmer white: a lower colour temperature."""
    return {"device": "bedroom-bulb" if d == "bulb" else "living-ceiling-light",
            "property": "light.color-temperature", "change": "down"}


def cooler_white(d):
    return {"device": "bedroom-bulb" if d == "bulb" else "living-ceiling-light",
            "property": "light.color-temperature", "change": "up"}


RED, GREEN, BLUE, YELLOW, WHITE = 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFFFFFF

"""Shared helpers of test3 on top of build/lib.py."""
from lib import A, brighter, dimmer, on


def dimC():
    """Dim the ceiling light: a relative change, or its profile's step action."""
    a = dimmer("ceil")
    a["or"] = [A("ceil", "light.brightness-down")]
    return a


def brightC():
    a = brighter("ceil")
    a["or"] = [A("ceil", "light.brightness-up")]
    return a


def darkBedroom():
    """'It is dark in the bedroom' while the bulb is off (demo-home.json): brighter, or simply switch it on."""
    a = brighter("bulb")
    a["or"] = [on("bulb")]
    return a

"""Shared helpers of test3 on top of build/lib.py."""
from lib import A, brighter, dimmer


def dimC():
    """Dim the ceiling light: a relative change, or its profile's step action."""
    a = dimmer("ceil")
    a["or"] = [A("ceil", "light.brightness-down")]
    return a


def brightC():
    a = brighter("ceil")
    a["or"] = [A("ceil", "light.brightness-up")]
    return a

#!/usr/bin/env python3
"""Regenerates utterances.test6.json (the sixth blind test part) from en6.py and zh6.py with
build/blind_build.py: ids en-6001…, zh-6001…, no sentence quoted in TEST2.md … TEST5.md.
Usage: python3 tests/voice-corpus/build6/build6.py"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
import blind_build  # noqa: E402

DESCRIPTION = (
    "Sixth blind, held-out test part of the voice corpus (test6): new voices (a Welsh speaker, an Indian "
    "English speaker, a Jamaican, a Canadian, a very literal engineer, someone half asleep at 2 am, a "
    "guest who knows no device names, a parent speaking for a child; a Fujian/Taiwan-influenced speaker, "
    "a Tianjin retiree, a Xi'an speaker, a young mother with a sleeping baby, a gamer in a hurry, a "
    "distracted cook, a formal written register, roundabout state questions) in the demo home, English "
    "and Chinese. Written from LABELS.md, demo-home.json, the Voice section of docs/api.md and the "
    "conventions of TEST2.md-TEST5.md only, without reading the engine or the other corpus parts; only "
    "run, never tuned on. See TEST6.md."
)

if __name__ == "__main__":
    blind_build.main(6, "6", DESCRIPTION)

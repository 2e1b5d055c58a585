#!/usr/bin/env python3
"""Regenerates utterances.test7.json (the seventh blind test part) from en7.py and zh7.py with
build/blind_build.py: ids en-7001…, zh-7001…, no sentence quoted in TEST2.md … TEST6.md.
Usage: python3 tests/voice-corpus/build7/build7.py"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
import blind_build  # noqa: E402

DESCRIPTION = (
    "Seventh blind, held-out test part of the voice corpus (test7): plain, everyday voices of one family "
    "and their visitors (a working couple in their thirties, their teenage daughter, a grandfather, a "
    "nanny, an au pair learning Chinese, weekend guests; a minority in dialect) in the demo home, English "
    "and Chinese. Written from LABELS.md, demo-home.json, the Voice section of docs/api.md and the "
    "conventions of TEST2.md-TEST6.md only, without reading the engine or the other corpus parts; only "
    "run, never tuned on. See TEST7.md."
)

if __name__ == "__main__":
    blind_build.main(7, "7", DESCRIPTION)

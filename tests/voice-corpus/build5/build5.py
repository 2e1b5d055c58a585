#!/usr/bin/env python3
"""Regenerates utterances.test5.json (the fifth blind test part) from en5.py and zh5.py with
build/blind_build.py: ids en-5001…, zh-5001…, no sentence quoted in TEST2.md … TEST4.md.
Usage: python3 tests/voice-corpus/build5/build5.py"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
import blind_build  # noqa: E402

DESCRIPTION = (
    "Fifth blind, held-out test part of the voice corpus (test5): new voices (a New Zealander, a South "
    "African, a Nigerian, a Filipino English speaker, a US teen, a UK nurse home from a night shift, "
    "people who correct themselves, give two commands at once, hint instead of asking or ask indirectly; "
    "a Hangzhou office couple, a Henan uncle, a Hunan/Hubei speaker, a university student, a grandmother "
    "who half-remembers device names, two commands in one breath, self-corrections, indirect questions) "
    "in the demo home, English and Chinese. Written from LABELS.md, demo-home.json, the Voice section of "
    "docs/api.md and the conventions of TEST2.md/TEST3.md/TEST4.md only, without reading the engine or "
    "the other corpus parts; only run, never tuned on. See TEST5.md."
)

if __name__ == "__main__":
    blind_build.main(5, "5", DESCRIPTION)

#!/usr/bin/env python3
"""Regenerates utterances.test11.json (the eleventh blind test part) from en11.py and zh11.py with
build/blind_build.py: ids en-Y001…, zh-Y001…, no sentence quoted in TEST2.md … TEST10.md.
Usage: python3 tests/voice-corpus/build11/build11.py"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
import blind_build  # noqa: E402

DESCRIPTION = (
    "Eleventh blind, held-out test part of the voice corpus (test11): a family with teenagers, a "
    "night-shift nurse sleeping by day, a cook with his hands full and his dinner party, a child's "
    "seventh birthday, the power coming back after a cut, working from home and a rainy weekend, in plain "
    "English and Mandarin (about two thirds), and regional, non-native or transcribed speech (Yorkshire, "
    "Minnesota, Hawaiian Pidgin, Russian, Egyptian and Mexican learners' English, raw recogniser "
    "transcripts; Nanjing, Urumqi and Chaoshan Mandarin, Penang Malaysian Chinese code-switching) in the "
    "demo home. Written from LABELS.md, demo-home.json, the Voice section of the API and the conventions "
    "of TEST2.md-TEST10.md only, without reading the engine or the other corpus parts; only run, never "
    "tuned on. See TEST11.md."
)

if __name__ == "__main__":
    blind_build.main(11, "Y", DESCRIPTION)

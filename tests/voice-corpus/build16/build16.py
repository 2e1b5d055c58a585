#!/usr/bin/env python3
"""Regenerates utterances.test16.json (the sixteenth blind test part) from en16.py and zh16.py with
build/blind_build.py: ids en-T001…, zh-T001…, no sentence quoted in TEST2.md … TEST15.md.
Usage: python3 tests/voice-corpus/build16/build16.py"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
import blind_build  # noqa: E402

DESCRIPTION = (
    "Sixteenth blind, held-out test part of the voice corpus (test16): an Airbnb host turning the flat over "
    "between guests, a pensioner watching the meter, a jet-lagged traveller awake at 3 a.m., a teenage sleepover, "
    "a snow day, a Eurovision party, a piano teacher's lessons and a book club; a new mother in her month of "
    "confinement (坐月子) with her nanny and mother-in-law, the night before the gaokao, dumplings on the winter "
    "solstice (冬至), a child's piano practice, a weekend karaoke at home, an old couple and their balcony flowers "
    "and a young woman living alone, in plain English and Mandarin (about two thirds), and regional or non-native "
    "speech (Cumbrian, Shetland, Baltimore, Hebrew, Persian and Swedish speakers' English; Changsha Mandarin, a "
    "Tibetan speaker from Lhasa, a Japanese learner's Chinese), plus a recogniser that writes other words with the "
    "same sound, in the demo home. Written from LABELS.md, demo-home.json, the Voice section of the API and the "
    "conventions of TEST2.md-TEST15.md only, without reading the engine or the other corpus parts; only run, never "
    "tuned on. See TEST16.md."
)

if __name__ == "__main__":
    blind_build.main(16, "T", DESCRIPTION)

#!/usr/bin/env python3
"""Regenerates utterances.test13.json (the thirteenth blind test part) from en13.py and zh13.py with
build/blind_build.py: ids en-W001…, zh-W001…, no sentence quoted in TEST2.md … TEST12.md.
Usage: python3 tests/voice-corpus/build13/build13.py"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
import blind_build  # noqa: E402

DESCRIPTION = (
    "Thirteenth blind, held-out test part of the voice corpus (test13): a blind grandfather who does "
    "everything by voice, a teenager gaming late, a couple arguing mildly over the air conditioner, a dog "
    "sitter, a family in a heatwave, a Monday morning home office, a sick child at home, Christmas "
    "morning, the Dragon Boat festival and a moving-out day, in plain English and Mandarin (about two "
    "thirds), and regional or non-native speech (Manchester, Aberdeen Doric, Newfoundland, Dutch and "
    "Finnish learners' English; northern Shaanxi (Yulin), Shanghai suburban (Pudong), Wuhan Mandarin; and "
    "recogniser transcripts that drop or merge words, in both languages) in the demo home. Written from "
    "LABELS.md, demo-home.json, the Voice section of the API and the conventions of TEST2.md-TEST12.md "
    "only, without reading the engine or the other corpus parts; only run, never tuned on. See TEST13.md."
)

if __name__ == "__main__":
    blind_build.main(13, "W", DESCRIPTION)

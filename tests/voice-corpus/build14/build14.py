#!/usr/bin/env python3
"""Regenerates utterances.test14.json (the fourteenth blind test part) from en14.py and zh14.py with
build/blind_build.py: ids en-V001…, zh-V001…, no sentence quoted in TEST2.md … TEST13.md.
Usage: python3 tests/voice-corpus/build14/build14.py"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
import blind_build  # noqa: E402

DESCRIPTION = (
    "Fourteenth blind, held-out test part of the voice corpus (test14): a single mother with three kids "
    "at breakfast, a retired teacher who is precise and formal, a couple hosting the in-laws, a student "
    "flat in exam week, a man home alone with a cold, a typhoon warning night, a Sunday barbecue, the "
    "Lantern festival and a first day with the smart home, in plain English and Mandarin (about two "
    "thirds), and regional or non-native speech (Pittsburgh, eastern Kentucky Appalachian, Egyptian "
    "Arabic and Greek learners' English; old Beijing, Jinan (Shandong) and Hong Kong Mandarin) in the "
    "demo home. Written from LABELS.md, demo-home.json, the Voice section of the API and the conventions "
    "of TEST2.md-TEST13.md only, without reading the engine or the other corpus parts; only run, never "
    "tuned on. See TEST14.md."
)

if __name__ == "__main__":
    blind_build.main(14, "V", DESCRIPTION)

#!/usr/bin/env python3
"""Regenerates utterances.test12.json (the twelfth blind test part) from en12.py and zh12.py with
build/blind_build.py: ids en-Z001…, zh-Z001…, no sentence quoted in TEST2.md … TEST11.md.
Usage: python3 tests/voice-corpus/build12/build12.py"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
import blind_build  # noqa: E402

DESCRIPTION = (
    "Twelfth blind, held-out test part of the voice corpus (test12): a couple with a newborn up at night, "
    "flatmates sharing one living room, a man recovering from a knee operation, a guest who does not know "
    "the devices, a hot night with a thunderstorm, spring cleaning, a football final on TV, the "
    "Mid-Autumn festival and a wedding morning, in plain English and Mandarin (about two thirds), and "
    "regional or non-native speech (Birmingham, Bristol, Multicultural London English, New York, Polish, "
    "Quebec French and Italian learners' English; Inner Mongolian (Baotou), Wenzhou, Ningbo, Suzhou and "
    "Hakka (Meizhou) Mandarin, and raw recogniser transcripts with homophone slips) in the demo home. "
    "Written from LABELS.md, demo-home.json, the Voice section of the API and the conventions of "
    "TEST2.md-TEST11.md only, without reading the engine or the other corpus parts; only run, never tuned "
    "on. See TEST12.md."
)

if __name__ == "__main__":
    blind_build.main(12, "Z", DESCRIPTION)

#!/usr/bin/env python3
"""Regenerates utterances.test9.json (the ninth blind test part) from en9.py and zh9.py with
build/blind_build.py: ids en-9001…, zh-9001…, no sentence quoted in TEST2.md … TEST8.md.
Usage: python3 tests/voice-corpus/build9/build9.py"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
import blind_build  # noqa: E402

DESCRIPTION = (
    "Ninth blind, held-out test part of the voice corpus (test9): a retired couple, their visiting son, a "
    "student lodger, a night-shift worker, a family with a toddler and a dinner-party host in plain "
    "English and Mandarin (about two thirds), and regional or non-native speakers (Liverpool, Newcastle, "
    "Boston, Louisiana, Zimbabwean, Sri Lankan, Japanese and Vietnamese English; Qingdao, Hefei, Lanzhou, "
    "Guiyang, Hainan and Singaporean Mandarin) in the demo home. Written from LABELS.md, demo-home.json, "
    "the Voice section of docs/api.md and the conventions of TEST2.md-TEST8.md only, without reading the "
    "engine or the other corpus parts; only run, never tuned on. See TEST9.md."
)

if __name__ == "__main__":
    blind_build.main(9, "9", DESCRIPTION)
